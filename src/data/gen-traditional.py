#!/usr/bin/env python3
"""Appends to traditional.tsv the traditional characters of OpenCC's
character table that the hand-picked part of the file lacks.

usage: python3 gen-traditional.py TSCharacters.txt < traditional.tsv > new.tsv

TSCharacters.txt is OpenCC's traditional→simplified character table
(Apache-2.0), as shipped in the PyPI package opencc-python-reimplemented
0.1.7 (opencc/dictionary/TSCharacters.txt; `pip download --no-deps
opencc-python-reimplemented`, then unzip the wheel). The file up to the line
`# generated` is kept as it is (the pairs the units and the scanner's words
were written against); after it come, in code-point order, the pairs of
OpenCC whose traditional character
- is one character whose first simplified form is one other character of
  the same UTF-8 width (so a line read in simplified script keeps every
  offset),
- does not also stand for itself in simplified text (OpenCC lists it among
  its own simplified forms: 乾, 夥, 徵), but for 於, a surname only in
  simplified text and in traditional text the preposition 于,
- and is no simplified form of another pair (the map goes one way).
"""
import sys

MARK = "# generated"
ALSO = {"於"}

def main():
    kept = []
    for line in sys.stdin:
        if line.rstrip("\n") == MARK:
            break
        kept.append(line.rstrip("\n"))
    pairs = [l.split("\t") for l in kept if l and not l.startswith("#")]
    have = {t for t, _ in pairs}
    simple = {s for _, s in pairs}
    new = []
    for line in open(sys.argv[1], encoding="utf-8"):
        t, forms = line.rstrip("\n").split("\t")
        forms = forms.split()
        s = forms[0]
        if len(t) != 1 or len(s) != 1 or t == s or t in have:
            continue
        if len(t.encode()) != len(s.encode()):
            continue
        if t in forms and t not in ALSO:
            continue
        new.append((t, s))
    keys = have | {t for t, _ in new}
    new = [(t, s) for t, s in new if s not in keys and t not in simple]
    print("\n".join(kept))
    print(MARK)
    for t, s in sorted(new):
        print(f"{t}\t{s}")

main()
