#!/usr/bin/env bash
# Scores an extractor on one half of the blind set with ../shared's scorer.
#   eval/blind/score.sh EXTRACT dev|held|fresh-dev|fresh-held|third|fourth|fourth-unread|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth [score.py options: --json, --errors N]
# The documents are those of ../shared/corpus, eval/blind/docs and every set's
# own eval/blind/SET/docs, linked
# into one temporary folder (the scorer reads one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED:-$here/../../../shared}
extract=$1 half=$2
shift 2
docs=$(mktemp -d)
trap 'rm -rf "$docs"' EXIT
ln -s "$shared"/corpus/*.txt "$here"/docs/*.txt "$here"/*/docs/*.txt "$docs"/
gold=$here/$half/gold.jsonl
# fourth-unread: the fourth set without the documents listed in
# fourth/read.txt (found again in the open probe corpus, so read)
if [ "$half" = fourth-unread ]; then
  gold=$docs/fourth-unread.jsonl
  grep -v -F -f "$here/fourth/read.txt" "$here/fourth/gold.jsonl" >"$gold"
fi
python3 "$shared/eval/score.py" --gold "$gold" --docs "$docs" \
  --extract "$extract" "$@"
