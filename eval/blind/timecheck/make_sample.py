#!/usr/bin/env python3
"""Draws a sample of extracted records for a spot check of `time`.

make_sample.py EXTRACT OUT.jsonl SEED COUNT [--earlier F.jsonl ...] [--docs DOC ...]

Each record comes with its document's title, its section path and its
paragraph up to its sentence's end, shuffled with SEED; records already in
an --earlier sample are left out.

Without --docs: the records of the blind set's annotated sentences (both
halves, as the session that built it kept them: /work/blind/{dev,held}/...).
Rounds 1-3: round1 (seed 7, 240), round2 (seed 11, 230, without round1),
round3 (seed 23, 220, without rounds 1 and 2).
With --docs: every record of the documents named (round 4: the documents of
the fresh set's closed half, fresh-held, seed 2026, 240, at most 40 a document)."""
import argparse
import json
import random
import subprocess
from collections import Counter


def annotated_docs():
    """(path, sentences) of the first blind set's annotated sentences."""
    for half in ('dev', 'held'):
        sents = {}
        for line in open(f'/work/blind/{half}/gold/blind.jsonl', encoding='utf-8'):
            g = json.loads(line)
            sents.setdefault(g['doc'], set()).add(g['sentence'])
        for doc, ss in sents.items():
            yield f'/work/blind/{half}/docs/{doc}', ss


def records(extract, path, sents, seen):
    doc = path.rsplit('/', 1)[-1]
    text = open(path, encoding='utf-8').read()
    raw = text.encode()
    run = subprocess.run([extract, path], capture_output=True, text=True, check=True)
    title = next(l for l in text.split('\n') if l.strip())
    for r in map(json.loads, run.stdout.splitlines()):
        s = raw[r['sentence']['start']:r['sentence']['end']].decode()
        if sents is not None and not any(s.strip() in x or x in s for x in sents):
            continue
        ls = raw.rfind(b'\n', 0, r['start']) + 1
        para = raw[ls:r['sentence']['end']].decode()
        if (doc, r['text'], para) in seen:
            continue
        yield dict(doc=doc, title=title.strip(), section=r.get('section'),
                   paragraph_to_sentence_end=para, text=r['text'], kind=r['kind'],
                   period=r['period'], time=r.get('time'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('extract')
    ap.add_argument('out')
    ap.add_argument('seed', type=int)
    ap.add_argument('count', type=int)
    ap.add_argument('--earlier', nargs='*', default=[])
    ap.add_argument('--docs', nargs='*')
    ap.add_argument('--per-doc', type=int, default=0, help='at most this many of a document')
    a = ap.parse_args()
    seen = {(j['doc'], j['text'], j['paragraph_to_sentence_end'])
            for f in a.earlier for j in map(json.loads, open(f, encoding='utf-8'))}
    sources = [(d, None) for d in a.docs] if a.docs else list(annotated_docs())
    items = [it for path, ss in sources for it in records(a.extract, path, ss, seen)]
    random.Random(a.seed).shuffle(items)
    if a.per_doc:
        taken = Counter()
        kept = []
        for it in items:
            taken[it['doc']] += 1
            if taken[it['doc']] <= a.per_doc:
                kept.append(it)
        items = kept
    with open(a.out, 'w', encoding='utf-8') as f:
        for it in items[:a.count]:
            f.write(json.dumps(it, ensure_ascii=False) + '\n')


main()
