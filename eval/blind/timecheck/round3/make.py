import json, random, subprocess
rng = random.Random(23)
seen = {(j['doc'], j['text'], j['paragraph_to_sentence_end']) for f in ('/work/blind/timecheck/items.jsonl', '/work/blind/timecheck2/items.jsonl') for j in map(json.loads, open(f))}
items = []
for half in ('dev', 'held'):
    gold = [json.loads(l) for l in open(f'/work/blind/{half}/gold/blind.jsonl')]
    sents = {}
    for g in gold:
        sents.setdefault(g['doc'], set()).add(g['sentence'])
    for doc, ss in sents.items():
        path = f'/work/blind/{half}/docs/{doc}'
        text = open(path, encoding='utf-8').read()
        raw = text.encode()
        recs = [json.loads(l) for l in subprocess.run(['/work/main/target/release/examples/extract', path], capture_output=True, text=True).stdout.splitlines()]
        title = next(l for l in text.split('\n') if l.strip())
        for r in recs:
            s = raw[r['sentence']['start']:r['sentence']['end']].decode()
            if not any(s.strip() in x or x in s for x in ss):
                continue
            ls = raw.rfind(b'\n', 0, r['start']) + 1
            para = raw[ls:r['sentence']['end']].decode()
            if (doc, r['text'], para) in seen:
                continue
            items.append(dict(doc=doc, title=title.strip(), section=r.get('section'), paragraph_to_sentence_end=para,
                              text=r['text'], kind=r['kind'], period=r['period'], time=r.get('time')))
rng.shuffle(items)
items = items[:220]
with open('/work/blind/timecheck3/items.jsonl', 'w') as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
print(len(items), sum(1 for i in items if i['time']), 'with time')
