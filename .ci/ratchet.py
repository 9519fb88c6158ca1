#!/usr/bin/env python3
"""Fail when a scorer figure drops below the one README.md records.

README.md holds the recorded figures between `<!-- ratchet:start -->` and
`<!-- ratchet:end -->`, as table rows `| name | value | ... |` where name is
a key of the scorers' `--json` output (score.py: f1, precision, recall,
unit_acc, approx_acc, kind_acc, subject_acc, subject_partial_acc;
numerals.py: rate). An output given as `PREFIX=PATH` has its keys read as
`PREFIX_KEY` (the blind set's halves: `blind_dev=…` gives
`blind_dev_subject_acc`). Raise the recorded figures as they rise; never
lower them to land.
"""
import json
import re
import sys


def last_json(path):
    with open(path, encoding="utf-8") as fh:
        lines = [l for l in fh.read().splitlines() if l.startswith("{")]
    if not lines:
        sys.exit(f"ratchet: no JSON figures in {path}")
    return json.loads(lines[-1])


def main():
    readme, *outputs = sys.argv[1:]
    text = open(readme, encoding="utf-8").read()
    m = re.search(r"<!-- ratchet:start -->(.*?)<!-- ratchet:end -->", text, re.S)
    if not m:
        sys.exit("ratchet: README.md has no ratchet block")
    recorded = {}
    for row in m.group(1).splitlines():
        cells = [c.strip().strip("`") for c in row.strip().strip("|").split("|")]
        if len(cells) >= 2:
            try:
                recorded[cells[0]] = float(cells[1])
            except ValueError:
                pass
    got = {}
    for o in outputs:
        prefix, _, path = o.rpartition("=")
        figures = last_json(path)
        if prefix:
            figures = {f"{prefix}_{k}": v for k, v in figures.items()}
        got.update(figures)
    failed = False
    for name, want in sorted(recorded.items()):
        have = got.get(name)
        ok = isinstance(have, (int, float)) and have + 1e-9 >= want
        print(f"ratchet: {name:22s} recorded {want:.4f}  now {have}  {'ok' if ok else 'DROPPED'}")
        failed |= not ok
    if not recorded:
        sys.exit("ratchet: no figures recorded")
    if failed:
        sys.exit("ratchet: a figure dropped below the README's")


if __name__ == "__main__":
    main()
