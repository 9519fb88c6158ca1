#!/usr/bin/env python3
"""Build the blind annotation pool: sentences with metrics from report text the
gold does not cover. Usage: make_pool.py EXTRACT OUTDIR DOC... (docs split
into dev/held halves by a seeded shuffle of document names, before anyone
looks at the sentences). With POOL=NAME in the environment every document
goes into one pool, OUTDIR/NAME/pool.jsonl, rewritten on each run (the fresh
set: POOL=held2 PER_DOC=50 over its first 16 documents, POOL=held3
PER_DOC=40 over the other 5; split later by tools/split_fresh.py)."""
import json, random, re, subprocess, sys, os

extract, out = sys.argv[1], sys.argv[2]
docs = sys.argv[3:]
gold_sents = set()
for f in os.listdir('/work/shared/gold'):
    for line in open(os.path.join('/work/shared/gold', f), encoding='utf-8'):
        if line.strip():
            gold_sents.add(json.loads(line)['sentence'])

rng = random.Random(20261205)
names = sorted(os.path.basename(d) for d in docs)
rng.shuffle(names)
half = {n: ('dev' if i % 2 == 0 else 'held') for i, n in enumerate(names)}
POOL = os.environ.get('POOL')
if POOL:
    half = {n: POOL for n in names}
    os.makedirs(os.path.join(out, POOL), exist_ok=True)
    open(os.path.join(out, POOL, 'pool.jsonl'), 'w').close()
PER_DOC = int(os.environ.get('PER_DOC', '14'))
MAX_M = 8

def sentences(line):
    i = 0
    for m in re.finditer(r'[^。！？!?]*[。！？!?]?', line):
        s = m.group(0)
        if s:
            yield m.start(), s

for path in docs:
    text = open(path, encoding='utf-8').read()
    recs = [json.loads(l) for l in subprocess.run([extract, path], capture_output=True, text=True, check=True).stdout.splitlines() if l]
    raw = text.encode('utf-8')
    # char offset of each byte offset
    b2c = {}
    b = 0
    for ci, ch in enumerate(text):
        b2c[b] = ci
        b += len(ch.encode('utf-8'))
    b2c[b] = len(text)
    lines = text.split('\n')
    title = next((l.strip() for l in lines if l.strip()), '')
    items = []
    pos = 0
    headings = []
    for line in lines:
        ls, le = pos, pos + len(line)
        pos = le + 1
        st = line.strip()
        if not st:
            continue
        if len(st) < 60 and not st.endswith('。'):
            headings.append(st)
            headings = headings[-3:]
        for so, s in sentences(line):
            if s.strip() in gold_sents or s in gold_sents or len(s.strip()) < 6:
                continue
            cs, ce = ls + so, ls + so + len(s)
            ms = [r for r in recs if cs <= b2c.get(r['start'], -1) and b2c.get(r['end'], 1 << 60) <= ce]
            if not ms or len(ms) > MAX_M:
                continue
            items.append(dict(doc=os.path.basename(path), title=title, headings=list(headings),
                              paragraph_before=line[:so], sentence=s,
                              metrics=[dict(text=r['text'], value=r['value'], upper=r['upper'], approx=r['approx'],
                                            unit=r['unit'], kind=r['kind']) for r in ms]))
    rng.shuffle(items)
    picked, n = [], 0
    for it in items:
        if n >= PER_DOC:
            break
        picked.append(it)
        n += len(it['metrics'])
    os.makedirs(os.path.join(out, half[os.path.basename(path)]), exist_ok=True)
    with open(os.path.join(out, half[os.path.basename(path)], 'pool.jsonl'), 'a', encoding='utf-8') as f:
        for it in picked:
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
