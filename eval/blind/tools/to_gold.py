#!/usr/bin/env python3
"""Turn annotations into gold (SPEC §5 format) and measure agreement.
to_gold.py HALF ANNOTATOR [ANNOTATOR2]
- writes /work/blind/HALF/gold/blind.jsonl from ANNOTATOR's labels, where a
  file /work/blind/ann/ADJ/HALF.jsonl exists its labels replace disagreements
- prints agreement between the two annotators when two are given."""
import json, os, sys, shutil

half, a = sys.argv[1], sys.argv[2]
b = sys.argv[3] if len(sys.argv) > 3 else None
# BLIND_BASE: the working folder of the set (pool/, ann/, raw/ or docs/)
base = os.environ.get('BLIND_BASE', '/work/blind')

def load(path):
    # path: ann/X/HALF.jsonl; also reads ann/X/HALF2.jsonl (the second pool)
    out = {}
    for p in (path, path.replace('.jsonl', '2.jsonl')):
        if not os.path.exists(p):
            continue
        for line in open(p, encoding='utf-8'):
            if line.strip():
                r = json.loads(line)
                out[(r['doc'], r['sentence'])] = r['labels']
    return out

def char_f1(x, y):
    x, y = x or '', y or ''
    if not x and not y:
        return 1.0
    if not x or not y:
        return 0.0
    from collections import Counter
    c = sum((Counter(x) & Counter(y)).values())
    if c == 0:
        return 0.0
    p, r = c / len(x), c / len(y)
    return 2 * p * r / (p + r)

import re
def contested(it, m):
    # SPEC §1 judgement calls and issue 12: scope phrases (五年来, 过去五年,
    # 这五年, 三年内, 过去的五年) are periods for some readers and durations for others;
    # spec labels that type a noun (220千伏及以上输电线路) likewise.
    s, t = it['sentence'], m['text']
    i = s.find(t)
    before, after = s[max(0, i - 2):i], s[i + len(t):i + len(t) + 3]
    before3 = s[max(0, i - 3):i]
    if m['kind'] == 'duration' and (after[:1] in ('来', '内', '來', '內') or t.endswith(('来', '内', '來', '內')) or before.endswith(('过去', '这', '近', '過去', '這', '今后', '今後')) or before3.endswith(('过去的', '過去的', '今后的', '今後的', '未来的', '未來的'))):
        return True
    if m['unit'] in ('千伏', '英寸', '纳米') and not after[:1] in ('，', '。', '、', '；'):
        return True
    return False

pools = []
for fn in sorted(os.listdir(os.path.join(base, 'pool', half))):
    for line in open(os.path.join(base, 'pool', half, fn), encoding='utf-8'):
        if line.strip():
            pools.append(json.loads(line))
la = load(os.path.join(base, 'ann', a, f'{half}.jsonl'))
lb = load(os.path.join(base, 'ann', b, f'{half}.jsonl')) if b else {}
adj = load(os.path.join(base, 'ann', 'ADJ', f'{half}.jsonl'))
os.makedirs(os.path.join(base, half, 'gold'), exist_ok=True)
os.makedirs(os.path.join(base, half, 'docs'), exist_ok=True)
agree = dict(n=0, subj=0, subj_part=0, period=0, both_sub=0)
n_metrics = 0
with open(os.path.join(base, half, 'gold', 'blind.jsonl'), 'w', encoding='utf-8') as out:
    for it in pools:
        key = (it['doc'], it['sentence'])
        if key not in la:
            continue
        labs = la[key]
        if len(labs) != len(it['metrics']):
            print('skip (label count):', it['doc'], it['sentence'][:30], file=sys.stderr)
            continue
        if key in adj and len(adj[key]) == len(labs):
            labs = adj[key]
        if key in lb and len(lb[key]) == len(la[key]):
            for x, y in zip(la[key], lb[key]):
                if x.get('not_metric') or y.get('not_metric'):
                    continue
                agree['n'] += 1
                agree['subj'] += (x['subject'] or None) == (y['subject'] or None)
                if x['subject'] and y['subject']:
                    agree['both_sub'] += 1
                    agree['subj_part'] += char_f1(x['subject'], y['subject']) >= 0.5
                agree['period'] += (x['period'] or None) == (y['period'] or None)
        ms = []
        for m, l in zip(it['metrics'], labs):
            if l.get('not_metric'):
                continue
            g = dict(m)
            g['subject'] = l['subject']
            g['period'] = l['period']
            g['optional'] = contested(it, m)
            ms.append(g)
        n_metrics += len(ms)
        out.write(json.dumps(dict(doc=it['doc'], sentence=it['sentence'], metrics=ms), ensure_ascii=False) + '\n')
        src = None
        for d in ('/work/shared/corpus', os.path.join(base, 'raw'), os.path.join(base, 'docs')):
            if os.path.exists(os.path.join(d, it['doc'])):
                src = os.path.join(d, it['doc'])
        dst = os.path.join(base, half, 'docs', it['doc'])
        if src and not os.path.exists(dst):
            shutil.copy(src, dst)
print(f'{half}: gold metrics {n_metrics}')
if agree['n']:
    n = agree['n']
    print(f"agreement over {n} metrics: subject exact {agree['subj']/n:.3f}, "
          f"subject char-F1>=0.5 {agree['subj_part']/max(1,agree['both_sub']):.3f} (of {agree['both_sub']} both non-null), "
          f"period exact {agree['period']/n:.3f}")
