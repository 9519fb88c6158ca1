#!/usr/bin/env python3
"""Summarise the last `cargo bench --bench extract` run.

Reads criterion's estimates under target/criterion/ and prints MB/s of each
benchmark of the `extract` and `adversarial` groups, the ratio of `extract`
and `find_iter` to the regex baseline, and the time per byte of every
adversarial input relative to `adversarial/real` (the bound is 3x).

    python3 benches/ratios.py [TARGET_DIR]

Exit status 1 when an adversarial ratio is above 3 or `extract` is more than
3x slower than the baseline; 2 when the estimates are missing.
"""

import json
import os
import sys

BOUND = 3.0


def load(root, group, name):
    base = os.path.join(root, "criterion", group, name, "new")
    try:
        with open(os.path.join(base, "estimates.json")) as f:
            est = json.load(f)
        with open(os.path.join(base, "benchmark.json")) as f:
            bench = json.load(f)
    except OSError:
        return None
    ns = est["median"]["point_estimate"]
    thr = bench.get("throughput") or {}
    nbytes = thr.get("Bytes")
    return ns, nbytes


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target")
    bad = False
    print("group/bench                     bytes        ms/iter      MB/s   ns/byte")
    rows = {}
    for group in ("extract", "adversarial"):
        gdir = os.path.join(root, "criterion", group)
        if not os.path.isdir(gdir):
            print(f"no estimates for group {group!r} under {gdir}", file=sys.stderr)
            sys.exit(2)
        for name in sorted(os.listdir(gdir)):
            got = load(root, group, name)
            if got is None or not got[1]:
                continue
            ns, nbytes = got
            rows[(group, name)] = ns / nbytes
            print(f"{group + '/' + name:<30} {nbytes:>8} {ns / 1e6:>12.3f} {nbytes / ns * 1e3:>9.1f} {ns / nbytes:>9.3f}")
    print()
    for bname in ("baseline", "baseline_numerals"):
        base = rows.get(("extract", bname))
        if not base:
            continue
        for name in ("find_iter", "extract"):
            if ("extract", name) in rows:
                r = rows[("extract", name)] / base
                flag = "" if r <= BOUND or name != "extract" or bname != "baseline" else "  ABOVE 3x"
                bad |= bool(flag)
                print(f"{name} / {bname} (time per byte): {r:.2f}x{flag}")
    ref = rows.get(("adversarial", "real"))
    if ref:
        print()
        for (group, name), v in sorted(rows.items()):
            if group != "adversarial" or name == "real":
                continue
            r = v / ref
            flag = "" if r <= BOUND else "  ABOVE 3x"
            bad |= bool(flag)
            print(f"adversarial/{name:<22} {r:6.2f}x real per byte{flag}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
