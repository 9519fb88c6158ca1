"""Throughput of Extractor.extract_batch against the Rust `corpus` example.

    cargo build --release --example corpus
    python python/benches/throughput.py ../shared/corpus [--repeat 10] [--rounds 5]

Reads every *.txt of the folder, `--repeat` times over (so that start-up
costs do not count), and times in the same run, best of `--rounds`:
the Rust `corpus` example on one thread over the same files (copied to a
temporary folder), then `extract_batch` on 1 and 2 threads, from a list of
str and from a pyarrow array. Wall and CPU time (user + sys) are both
given: on a machine that other processes share, CPU time is the fairer
single-thread figure, wall time the only one that shows threads scaling.
"""

import argparse
import pathlib
import resource
import shutil
import subprocess
import tempfile
import time

import pyarrow as pa

import zh_metrics

REPO = pathlib.Path(__file__).resolve().parents[2]


def best(rounds, run):
    """(wall, cpu) of the fastest of `rounds` runs of `run() -> cpu seconds`."""
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        cpu = run()
        out.append((time.perf_counter() - t0, cpu))
    return min(out)


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def rust_corpus(files, repeat, rounds):
    binary = REPO / "target" / "release" / "examples" / "corpus"
    if not binary.exists():
        raise SystemExit(f"{binary} missing: cargo build --release --example corpus")
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(repeat):
            for f in files:
                shutil.copy(f, pathlib.Path(tmp) / f"{r:03}-{f.name}")

        def run():
            before = children_cpu()
            subprocess.run(
                [binary, "-j", "1", "--no-progress", "-o", "/dev/null", tmp],
                check=True,
                stderr=subprocess.DEVNULL,
            )
            return children_cpu() - before

        return best(rounds, run)


def python_batch(texts, threads, rounds):
    ex = zh_metrics.Extractor()

    def run():
        c0 = time.process_time()
        ex.extract_batch(texts, threads=threads)
        return time.process_time() - c0

    return best(rounds, run)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=pathlib.Path)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files] * args.repeat
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} documents, {mb:.1f} MB, best of {args.rounds}")
    rows = [("rust corpus -j 1", rust_corpus(files, args.repeat, args.rounds))]
    arrow = pa.array(texts)
    for threads in (1, 2):
        rows.append((f"extract_batch(list), threads={threads}", python_batch(texts, threads, args.rounds)))
        rows.append((f"extract_batch(pyarrow), threads={threads}", python_batch(arrow, threads, args.rounds)))
    base_wall, base_cpu = rows[0][1]
    print(f"{'':40} {'wall s':>7} {'MB/s':>6} {'vs rust':>7} {'cpu s':>7} {'vs rust':>7}")
    for name, (wall, cpu) in rows:
        print(
            f"{name:40} {wall:7.3f} {mb / wall:6.1f} {base_wall / wall:7.2f} "
            f"{cpu:7.3f} {base_cpu / cpu:7.2f}"
        )
    one = dict(rows)["extract_batch(pyarrow), threads=1"][0]
    two = dict(rows)["extract_batch(pyarrow), threads=2"][0]
    print(f"2 threads vs 1 (pyarrow input, wall): {one / two:.2f}x")


if __name__ == "__main__":
    main()
