"""Shared inputs of the Python tests: the repository's report texts, the
shared corpus beside the checkout when there is one, and the Rust
`examples/extract` whose JSON lines the records must equal."""

import datetime
import json
import os
import pathlib
import shutil
import subprocess
from collections import defaultdict

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
# ../shared beside the checkout (as CI lays it out); ZH_METRICS_SHARED
# points elsewhere (a worktree). The tests never need it: without it, the
# corpus tests are skipped and the repository's texts still checked.
SHARED = pathlib.Path(os.environ.get("ZH_METRICS_SHARED", REPO.parent / "shared"))


def repo_files():
    """The report texts in the repository: the bundled sample and tests/data."""
    return sorted((REPO / "examples" / "data").glob("*.txt")) + sorted(
        (REPO / "tests" / "data").glob("*.txt")
    )


def shared_files():
    """The files of ../shared/corpus, or [] when it is not there."""
    corpus = SHARED / "corpus"
    return sorted(corpus.glob("*.txt")) if corpus.is_dir() else []


def read_texts(files):
    return [f.read_text(encoding="utf-8") for f in files]


@pytest.fixture(scope="session")
def extract_bin():
    """The Rust `examples/extract` binary: $ZH_METRICS_EXTRACT, else built
    (debug, a no-op after `cargo test`) so it matches the checked-out source."""
    given = os.environ.get("ZH_METRICS_EXTRACT")
    if given:
        return pathlib.Path(given)
    if shutil.which("cargo") is None:
        pytest.skip("cargo not found: cannot build examples/extract")
    subprocess.run(
        ["cargo", "build", "--quiet", "--example", "extract"], cwd=REPO, check=True
    )
    return REPO / "target" / "debug" / "examples" / "extract"


def cli_records(extract_bin, files):
    """The JSON records `examples/extract` prints for each of `files`."""
    out = subprocess.run(
        [str(extract_bin), *map(str, files)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    per_file = defaultdict(list)
    for line in out.splitlines():
        rec = json.loads(line)
        # with several files each record starts with its "file"
        per_file[rec.pop("file", str(files[0]))].append(rec)
    return [per_file[str(f)] for f in files]


def flat_row(doc, rec):
    """A record dict as a row of extract_batch (the corpus CSV's flattening)."""
    change = rec["change"] or {}
    row = {"doc": doc}
    for key, value in rec.items():
        if key == "sentence":
            row["sentence_start"], row["sentence_end"] = value["start"], value["end"]
        elif key == "time":
            span = value or {}
            for bound in ("start", "end"):
                day = span.get(bound)
                row[f"time_{bound}"] = datetime.date.fromisoformat(day) if day else None
        elif key == "change":
            row["change_direction"] = change.get("direction")
            row["change_basis"] = change.get("basis")
        else:
            row[key] = value
    return row
