//! Pinyin glosses printed inside words, read without them.
//!
//! Some sites that copy mainland reports into traditional script print the
//! reading of a character whose simplified form stands for two traditional
//! ones right after it, in brackets: `產(chǎn)業(yè)增加值增長(zhǎng)6.9%`. The word
//! dictionary, the word lists and the rules never see `產業` or `增長` in
//! such a line, so each gloss splits a subject and hides a verb. A line in
//! traditional script with glosses is read without them: the rules see
//! `產業增加值增長6.9%`, the records' spans are put back where the line
//! wrote them, and a subject (or period, action, basis) that spans a gloss
//! is taken from the line with its glosses, as written
//! (`規(guī)模以上工業(yè)增加值`).
//!
//! A gloss is one syllable of pinyin with its tone mark, in half-width or
//! full-width brackets, right after an ideograph; a gloss inside a quantity
//! (`3個(gè)百分點`) or right after it (`89.62萬(wàn)噸`, where the unit is
//! no part of the quantity read) is kept.

use compact_str::CompactString;

use crate::chars::is_ideograph;
use crate::quantity::Quantity;
use crate::record::{Metric, Span};

/// Letters of pinyin with a tone mark (or `ü`): a bracket of latin letters
/// holding one is a reading, no list mark or abbreviation.
const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";

/// The longest pinyin syllable, in letters (`zhuang`).
const SYLLABLE: usize = 6;

/// A line read without its glosses.
#[derive(Clone, Debug, Default)]
pub(crate) struct Stripped {
    /// The line as written.
    written: String,
    /// Where each gloss stood in the line read without them, and its
    /// length in bytes, in order.
    cuts: Vec<(usize, usize)>,
}

/// The byte length of the gloss starting at `rest` (its opening bracket),
/// if it is one.
fn gloss_len(rest: &str) -> Option<usize> {
    let close = match rest.chars().next()? {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let open = rest.chars().next()?.len_utf8();
    let inner = &rest[open..];
    let end = inner.find(close)?;
    let syllable = &inner[..end];
    let letters = syllable.chars().count();
    let latin = syllable
        .chars()
        .all(|c| c.is_ascii_lowercase() || TONED.contains(c));
    let toned = syllable.chars().any(|c| TONED.contains(c));
    (latin && toned && (1..=SYLLABLE).contains(&letters)).then(|| open + end + close.len_utf8())
}

/// The glosses of `line`, as byte ranges, but for those inside a quantity
/// or right after one.
fn glosses(line: &str, quantities: &[Quantity<'_>]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut after_ideograph = false;
    for (i, c) in line.char_indices() {
        if after_ideograph {
            if let Some(len) = gloss_len(&line[i..]) {
                let inside = quantities
                    .iter()
                    .any(|q| q.span.start < i && i <= q.span.end);
                if !inside {
                    found.push((i, len));
                }
            }
        }
        after_ideograph = is_ideograph(c);
    }
    found
}

/// `line` without the byte ranges `cut`.
fn without(line: &str, cut: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for &(i, len) in cut {
        out.push_str(&line[at..i]);
        at = i + len;
    }
    out.push_str(&line[at..]);
    out
}

/// `span` of the line as written, in the line read without the glosses
/// `found` (byte ranges of the line as written; no quantity holds one).
fn inward(found: &[(usize, usize)], span: Span) -> Span {
    let removed_before = |p: usize| -> usize {
        found
            .iter()
            .take_while(|&&(i, len)| i + len <= p)
            .map(|&(_, len)| len)
            .sum()
    };
    Span {
        start: span.start - removed_before(span.start),
        end: span.end - removed_before(span.end),
    }
}

impl Stripped {
    /// `written` and `read` (the same line in simplified script) without
    /// their glosses, and `quantities` moved to match; `None` when the line
    /// has none.
    pub(crate) fn of<'q>(
        written: &str,
        read: &str,
        quantities: &[Quantity<'q>],
    ) -> Option<(Stripped, String, String, Vec<Quantity<'q>>)> {
        // (the glosses are ASCII inside: quick refusal of most lines)
        if !read.as_bytes().contains(&b'(') && !read.contains('（') {
            return None;
        }
        let found = glosses(read, quantities);
        if found.is_empty() {
            return None;
        }
        let mut removed = 0;
        let cuts: Vec<(usize, usize)> = found
            .iter()
            .map(|&(i, len)| {
                let at = i - removed;
                removed += len;
                (at, len)
            })
            .collect();
        let stripped = Stripped {
            written: written.to_owned(),
            cuts,
        };
        let moved = quantities
            .iter()
            .map(|q| {
                let mut q = *q;
                q.span = inward(&found, q.span);
                q.number = inward(&found, q.number);
                q.unit_span = q.unit_span.map(|s| inward(&found, s));
                q
            })
            .collect();
        Some((
            stripped,
            without(written, &found),
            without(read, &found),
            moved,
        ))
    }

    /// The bytes removed at or before position `p` of the stripped line
    /// (`at_end`: a gloss right at `p` counted too, as the reading of the
    /// character before `p`).
    fn removed_to(&self, p: usize, at_end: bool) -> usize {
        self.cuts
            .iter()
            .take_while(|&&(i, _)| i < p || (at_end && i == p))
            .map(|&(_, len)| len)
            .sum()
    }

    /// `span` of the stripped line in the line as written, shifted by
    /// `offset` both ways.
    fn outward(&self, span: Span, offset: usize, at_end: bool) -> Span {
        let (s, e) = (span.start - offset, span.end - offset);
        Span {
            start: s + self.removed_to(s, true) + offset,
            end: e + self.removed_to(e, at_end) + offset,
        }
    }

    /// `word`, cut from `stripped` (the line read without glosses, in the
    /// line's script), as the line wrote it: with the glosses inside it and
    /// the one after its last character.
    fn as_written(&self, stripped: &str, word: &CompactString) -> Option<CompactString> {
        let a = stripped.find(word.as_str())?;
        let b = a + word.len();
        let glossed = self.cuts.iter().any(|&(i, _)| a < i && i <= b);
        glossed.then(|| {
            let s = a + self.removed_to(a, true);
            let e = b + self.removed_to(b, true);
            self.written[s..e].into()
        })
    }

    /// Puts the records of the line (`records`, read from `stripped`, with
    /// absolute offsets from `offset`) back as the line wrote them.
    pub(crate) fn restore(&self, stripped: &str, offset: usize, records: &mut [Metric]) {
        for m in records {
            let span = self.outward(
                Span {
                    start: m.start,
                    end: m.end,
                },
                offset,
                false,
            );
            (m.start, m.end) = (span.start, span.end);
            m.sentence = self.outward(m.sentence, offset, true);
            for s in m.worded_fields_mut() {
                if let Some(w) = self.as_written(stripped, s) {
                    *s = w;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glosses_are_toned_syllables_after_an_ideograph() {
        let line = "產(chǎn)業(yè)增長(zhǎng)6.9%(a)，見(附表一)";
        let found: Vec<&str> = glosses(line, &[])
            .into_iter()
            .map(|(i, len)| &line[i..i + len])
            .collect();
        assert_eq!(found, ["(chǎn)", "(yè)", "(zhǎng)"]);
        assert_eq!(
            without(line, &glosses(line, &[])),
            "產業增長6.9%(a)，見(附表一)"
        );
    }
}
