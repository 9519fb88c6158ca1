#!/usr/bin/env python3
"""Draws a sample of extracted records for a spot check of `time`.

make_sample.py EXTRACT OUT.jsonl SEED COUNT [EARLIER.jsonl ...]

Records of the blind set's annotated sentences (both halves), each with its
document's title, its section path and its paragraph up to its sentence's
end, shuffled with SEED; records already in an EARLIER sample are left out.
Rounds: round1 (seed 7, 240), round2 (seed 11, 230, without round1), round3
(seed 23, 220, without rounds 1 and 2). Paths are those of the session that
built the set (/work/blind/{dev,held}/...)."""
import json
import random
import subprocess
import sys

extract, out, seed, count, *earlier = sys.argv[1:]
rng = random.Random(int(seed))
seen = {(j['doc'], j['text'], j['paragraph_to_sentence_end'])
        for f in earlier for j in map(json.loads, open(f, encoding='utf-8'))}
items = []
for half in ('dev', 'held'):
    gold = [json.loads(l) for l in open(f'/work/blind/{half}/gold/blind.jsonl', encoding='utf-8')]
    sents = {}
    for g in gold:
        sents.setdefault(g['doc'], set()).add(g['sentence'])
    for doc, ss in sents.items():
        path = f'/work/blind/{half}/docs/{doc}'
        text = open(path, encoding='utf-8').read()
        raw = text.encode()
        run = subprocess.run([extract, path], capture_output=True, text=True)
        recs = [json.loads(l) for l in run.stdout.splitlines()]
        title = next(l for l in text.split('\n') if l.strip())
        for r in recs:
            s = raw[r['sentence']['start']:r['sentence']['end']].decode()
            if not any(s.strip() in x or x in s for x in ss):
                continue
            ls = raw.rfind(b'\n', 0, r['start']) + 1
            para = raw[ls:r['sentence']['end']].decode()
            if (doc, r['text'], para) in seen:
                continue
            items.append(dict(doc=doc, title=title.strip(), section=r.get('section'),
                              paragraph_to_sentence_end=para, text=r['text'], kind=r['kind'],
                              period=r['period'], time=r.get('time')))
rng.shuffle(items)
with open(out, 'w', encoding='utf-8') as f:
    for it in items[:int(count)]:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
