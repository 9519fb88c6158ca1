#!/usr/bin/env python3
"""Re-runs the items of earlier `time` spot checks against an extractor.

rescore.py EXTRACT ROUND_DIR... [--docs DIR ...] [--quiet] [--json]

Each ROUND_DIR holds items.jsonl (drawn by make_sample.py) and
verdicts.jsonl (one line a checked item: i, text, verdict, expected, why).
The expected time of an item is the checker's `expected` when it gave one,
else the time the item carried when it was judged `right`; a `wrong` item
without `expected` expects no time. `arguable` items are counted apart
(kept if the new time is the old or the expected one).

An item is found again by its document, its text and its paragraph up to
its sentence's end (as make_sample.py writes it); if the sentence's end
moved, by document, text and the paragraph's start; of two such records
(the same figure twice in a sentence), the one with the item's period.
A figure whose unit grew since (`1260辆` now `1260辆次`) is found by the
record whose text starts with the item's, in the same paragraph; one that
grew at its front (`五％` now `三十九．五％`), by the record whose text ends
with it.
Documents are looked for in the --docs folders (default: eval/blind/docs,
every set's own eval/blind/SET/docs and $SHARED/corpus, SHARED defaulting to
../shared beside the checkout, as score.sh does).

Prints, per round, right/wrong/missing (and arguable kept), then every
wrong, missing or no longer kept arguable item: document, text, period
now, time now, time expected, and the checker's reason; `changed` marks a
wrong item that was judged right with its old time (the checker accepted
that one; the new one needs a look, it may be right too). --quiet leaves
the list out.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('SHARED', os.path.join(HERE, '..', '..', '..', '..', 'shared'))
DEFAULT_DOCS = ([os.path.join(HERE, '..', 'docs')]
                + sorted(glob.glob(os.path.join(HERE, '..', '*', 'docs')))
                + [os.path.join(SHARED, 'corpus')])


def find_doc(name, dirs):
    for d in dirs:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    return None


def doc_records(extract, path):
    """(text, paragraph up to sentence end, record) of a document's records."""
    raw = open(path, 'rb').read()
    run = subprocess.run([extract, path], capture_output=True, text=True, check=True)
    out = []
    for r in map(json.loads, run.stdout.splitlines()):
        ls = raw.rfind(b'\n', 0, r['start']) + 1
        para = raw[ls:r['sentence']['end']].decode()
        out.append((r['text'], para, r))
    return out


def lookup(recs, item):
    text, para = item['text'], item['paragraph_to_sentence_end']
    same = [r for t, p, r in recs if t == text and p == para]
    if not same:
        # The sentence's end moved: same paragraph start, the item's
        # sentence within the new one or the other way round.
        same = [r for t, p, r in recs
                if t == text and (p.startswith(para) or para.startswith(p)) and text in p]
    if not same:
        # The figure's unit grew (`1260辆` now read `1260辆次`): the record
        # whose text starts with the item's, in the same paragraph.
        same = [r for t, p, r in recs if t != text and t.startswith(text) and p == para]
    if not same:
        # The figure grew at its front (`五％` now read `三十九．五％`, a
        # decimal point the scanner once missed): the record whose text
        # ends with the item's, in the same paragraph.
        same = [r for t, p, r in recs if t != text and t.endswith(text) and p == para]
    # (the same figure twice in a sentence: the one with the item's period)
    return next((r for r in same if r.get('period') == item.get('period')), same[0] if same else None)


def expected(item, verdict):
    if verdict.get('expected') is not None:
        return verdict['expected']
    if verdict['verdict'] in ('right', 'arguable'):
        return item.get('time')
    return None


def rescore(extract, rdir, dirs, cache):
    items = [json.loads(l) for l in open(os.path.join(rdir, 'items.jsonl'), encoding='utf-8')]
    verdicts = [json.loads(l) for l in open(os.path.join(rdir, 'verdicts.jsonl'), encoding='utf-8')]
    tally = dict(right=0, wrong=0, missing=0, arguable=0, arguable_kept=0)
    bad = []
    for v in verdicts:
        item = items[v['i']]
        doc = item['doc']
        if doc not in cache:
            path = find_doc(doc, dirs)
            cache[doc] = doc_records(extract, path) if path else None
        recs = cache[doc]
        r = lookup(recs, item) if recs is not None else None
        exp = expected(item, v)
        if v['verdict'] == 'arguable':
            tally['arguable'] += 1
            if r is not None and r.get('time') in (exp, item.get('time')):
                tally['arguable_kept'] += 1
            else:
                bad.append(('arguable', item, v, r, exp))
            continue
        if r is None:
            tally['missing'] += 1
            bad.append(('missing', item, v, None, exp))
        elif r.get('time') == exp:
            tally['right'] += 1
        else:
            tally['wrong'] += 1
            # (`changed`: judged right as it was; the new time may be right too)
            bad.append(('changed' if v['verdict'] == 'right' else 'wrong', item, v, r, exp))
    return tally, bad


def span(t):
    if t is None:
        return '-'
    return f"{t.get('start') or '…'}..{t.get('end') or '…'}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('extract')
    ap.add_argument('rounds', nargs='+')
    ap.add_argument('--docs', nargs='*', default=DEFAULT_DOCS)
    ap.add_argument('--quiet', action='store_true')
    ap.add_argument('--json', action='store_true', help='one summary line of JSON per round')
    a = ap.parse_args()
    cache = {}
    total = dict(right=0, wrong=0, missing=0)
    for rdir in a.rounds:
        tally, bad = rescore(a.extract, rdir, a.docs, cache)
        name = os.path.basename(os.path.normpath(rdir))
        judged = tally['right'] + tally['wrong'] + tally['missing']
        for k in total:
            total[k] += tally[k]
        if a.json:
            print(json.dumps(dict(round=name, **tally)))
        else:
            print(f"{name}: right {tally['right']}/{judged} ({tally['right'] / max(judged, 1):.3f}), "
                  f"wrong {tally['wrong']}, missing {tally['missing']}; "
                  f"arguable {tally['arguable']} ({tally['arguable_kept']} kept)")
        if a.quiet or a.json:
            continue
        for what, item, v, r, exp in bad:
            now = r.get('time') if r else None
            period = r.get('period') if r else None
            print(f"  {what} [{name} #{v['i']}] {item['doc']} {item['text']!r} "
                  f"period {period!r} time {span(now)} expected {span(exp)}\n"
                  f"      {v.get('why', '')}")
    judged = sum(total.values())
    if len(a.rounds) > 1 and not a.json:
        print(f"all: right {total['right']}/{judged} ({total['right'] / max(judged, 1):.3f})")
    return 0


if __name__ == '__main__':
    sys.exit(main())
