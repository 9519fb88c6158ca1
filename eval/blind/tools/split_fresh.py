#!/usr/bin/env python3
"""Splits the fresh set's gold by document into an open half and a closed
one, before anyone looked at either: split_fresh.py GOLD.jsonl... OUTDIR
writes OUTDIR/fresh-dev/gold.jsonl and OUTDIR/fresh-held/gold.jsonl (a
seeded shuffle of the document names, alternately)."""
import json
import random
import sys

*golds, out = sys.argv[1:]
items = [json.loads(l) for g in golds for l in open(g, encoding='utf-8') if l.strip()]
docs = sorted({i['doc'] for i in items})
random.Random(20261205 + 2).shuffle(docs)
half = {d: ('fresh-dev' if k % 2 == 0 else 'fresh-held') for k, d in enumerate(docs)}
files = {h: open(f'{out}/{h}/gold.jsonl', 'w', encoding='utf-8') for h in set(half.values())}
for it in items:
    files[half[it['doc']]].write(json.dumps(it, ensure_ascii=False) + '\n')
