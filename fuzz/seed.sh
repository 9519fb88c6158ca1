#!/bin/sh
# Seeds the fuzz corpora (fuzz/corpus/, not committed) with lines of the
# bench reports and with numerals. Run from the crate root: sh fuzz/seed.sh
set -e
mkdir -p fuzz/corpus/extract fuzz/corpus/numeral
i=0
for f in benches/data/*.txt; do
  # one seed per 20 lines, each at most 4 KiB
  split -l 20 -a 4 "$f" "fuzz/corpus/extract/$(basename "$f" .txt)-"
done
find fuzz/corpus/extract -size +4k -exec truncate -s 4096 {} \;
for n in 628 1.5万 ２．４５亿 "59 225" 1,234,567 二〇二三 三千四百五十六万七千 两万五 2334萬9666 2亿3000万 \
         百分之十四點五 三成半 千分之五 三分之一 壹仟贰佰叁拾肆 三四十 九千九百万亿亿 一一万千 十余 百余 近千 数十 几十 "+9.2" -32.7; do
  i=$((i+1)); printf '%s' "$n" > "fuzz/corpus/numeral/seed-$i"
done
