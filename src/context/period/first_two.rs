//! An exact refusal of [`read`](super::read) by a text's first two
//! characters, built from the reader's own word files when they are read.
//!
//! Most characters that may start a time phrase ([`may_start`]) start one
//! only with a few second characters: a word of [`WORDS`] (`全年`, `国庆`),
//! a lead of `period-leads.tsv` (`截至`, `在`) and what may follow it, or
//! the era of a Republic of China year (`民国`, `中华民国`). A text whose
//! first character is read by nothing else (no numeral, count, word of one
//! character or reader of its own, [`has_own_reader`]) reads as nothing
//! unless its first two characters are those of such a word, or its first
//! is a lead of one character and its second may start a phrase. Most
//! texts asked (`国家`, `在全`, `中央`, `民生`) are so refused before the
//! reader runs.

use once_cell::sync::Lazy;

use super::roc::ERA;
use super::{is_num_char, may_start, COUNT_FIRST, IDEOGRAPHS, IDEOGRAPHS_FROM, LEADS, WORDS};

/// Whether [`base_at`](super::base_at) hands a text starting with `c` to a
/// reader of its own besides numerals, leads ([`LEAD_FIRST`](super::LEAD_FIRST)), counts
/// ([`COUNT_FIRST`]) and the era (`民国`): a phrase starting with any other
/// character is a word of [`WORDS`].
pub(super) const fn has_own_reader(c: char) -> bool {
    matches!(
        c,
        '前' | '首'
            | '现'
            | '現'
            | '今'
            | '去'
            | '明'
            | '上'
            | '本'
            | '当'
            | '當'
            | '第'
            | '“'
            | '"'
            | '「'
    )
}

/// The refusal: over the ideographs, the first characters whose phrases
/// are all told by their first two characters and those of one character
/// that are a lead alone, and a filter of the first two characters of the
/// words, leads and eras hashed (no false negatives). Valid for [`WORDS`]
/// and [`LEADS`] as built.
pub(super) struct FirstTwo {
    /// The ideographs from [`IDEOGRAPHS_FROM`] refused but by their pairs.
    by_pairs: Vec<u64>,
    /// The ideographs that are a lead of one character (`在`, `到`).
    lone_lead: Vec<u64>,
    /// The first two characters of the words, by [`FirstTwo::bit`].
    pairs: Vec<u64>,
}

/// The refusal of the word files as read.
pub(super) static FIRST_TWO: Lazy<FirstTwo> = Lazy::new(FirstTwo::new);

/// The index of `c` among the ideographs [`FirstTwo`] has bits for.
fn ideograph(c: char) -> Option<usize> {
    (c as u32)
        .checked_sub(IDEOGRAPHS_FROM)
        .filter(|&k| k < IDEOGRAPHS)
        .map(|k| k as usize)
}

fn set(bits: &mut [u64], k: usize) {
    bits[k / 64] |= 1 << (k % 64);
}

fn has(bits: &[u64], k: usize) -> bool {
    bits[k / 64] >> (k % 64) & 1 == 1
}

impl FirstTwo {
    /// Bits of [`FirstTwo::pairs`] (4 KiB: with 8 Ki bits, `新建` hashed where
    /// a word's pair does).
    const PAIR_BITS: u32 = 1 << 15;

    fn new() -> FirstTwo {
        let ideographs = IDEOGRAPHS as usize / 64;
        let mut by_pairs = vec![0u64; ideographs];
        let mut lone_lead = vec![0u64; ideographs];
        let mut pairs = vec![0u64; Self::PAIR_BITS as usize / 64];
        // (a character read by a reader of its own, a count or a word of
        // one character is never refused)
        let own = |a: char| {
            is_num_char(a)
                || COUNT_FIRST.contains(&a)
                || has_own_reader(a)
                || WORDS.single.contains_key(&a)
        };
        let words = WORDS.all().map(|w| (w, false));
        let leads = LEADS.all().map(|w| (w, true));
        for (w, lead) in words.chain(leads).chain(ERA.iter().map(|&e| (e, false))) {
            let mut cs = w.chars();
            let Some(a) = cs.next() else { continue };
            let Some(k) = ideograph(a).filter(|_| !own(a)) else {
                continue;
            };
            set(&mut by_pairs, k);
            match cs.next() {
                Some(b) => set(&mut pairs, Self::bit(a, b)),
                None if lead => set(&mut lone_lead, k),
                // (a word of one character made `a` its own)
                None => {}
            }
        }
        FirstTwo {
            by_pairs,
            lone_lead,
            pairs,
        }
    }

    /// Where the pair `a`, `b` stands in [`FirstTwo::pairs`].
    fn bit(a: char, b: char) -> usize {
        let h =
            (u64::from(a as u32) << 21 | u64::from(b as u32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - Self::PAIR_BITS.trailing_zeros())) as usize
    }

    /// Whether `s`, starting with `first`, surely reads as no phrase.
    #[inline]
    pub(super) fn refuses(&self, s: &str, first: char) -> bool {
        let Some(k) = ideograph(first).filter(|&k| has(&self.by_pairs, k)) else {
            return false;
        };
        let rest = &s[first.len_utf8()..];
        let Some(b) = rest.chars().next() else {
            return true;
        };
        if has(&self.pairs, Self::bit(first, b)) {
            return false;
        }
        // (after a lead of one character, a phrase: what follows must
        // start one, by the refusal of words alone)
        !(has(&self.lone_lead, k) && may_start(b) && !self.refuses_word(rest, b))
    }

    /// [`FirstTwo::refuses`] of a text `s` read with no lead (what
    /// follows a lead): a first character that is a lead of one character
    /// is told by its pairs alone.
    fn refuses_word(&self, s: &str, first: char) -> bool {
        if !ideograph(first).is_some_and(|k| has(&self.by_pairs, k)) {
            return false;
        }
        s[first.len_utf8()..]
            .chars()
            .next()
            .is_none_or(|b| !has(&self.pairs, Self::bit(first, b)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{base_at, read_unrefused};
    use super::*;
    use proptest::prelude::*;

    /// Every word, lead and era of the files, alone, before more text and
    /// before each word (`在全年`, `截至2023年`, `民国38年`), passes.
    #[test]
    fn passes_every_word_of_the_files() {
        let words: Vec<&str> = WORDS.all().collect();
        let passes = |s: &str| {
            let first = s.chars().next().unwrap_or(' ');
            !FIRST_TWO.refuses(s, first)
        };
        for w in &words {
            assert!(passes(w) && passes(&format!("{w}的")), "{w}");
        }
        for l in LEADS.all() {
            assert!(passes(&format!("{l}2023年")), "{l}");
            for w in &words {
                let s = format!("{l}{w}");
                assert!(
                    passes(&s) || read_unrefused(&s, s.chars().next().unwrap_or(' ')).is_none(),
                    "{s}"
                );
            }
        }
        for e in ERA {
            assert!(passes(&format!("{e}38年")), "{e}");
        }
    }

    /// What is refused reads as nothing: at every character of two
    /// reports, alone and with what follows.
    #[test]
    fn refuses_only_texts_that_read_as_nothing() {
        let texts = [
            include_str!("../../../tests/data/001_national_gwr_1954.txt"),
            include_str!("../../../tests/data/029_prov_gwr_2026_jiangsu.txt"),
        ];
        let mut refused = 0;
        for text in texts {
            for (i, first) in text.char_indices() {
                let s = &text[i..];
                let alone = &s[..first.len_utf8()];
                for s in [s, alone] {
                    if may_start(first) && FIRST_TWO.refuses(s, first) {
                        refused += 1;
                        assert!(
                            read_unrefused(s, first).is_none(),
                            "{}",
                            s.chars().take(8).collect::<String>()
                        );
                    }
                    if FIRST_TWO.refuses_word(s, first) {
                        assert!(base_at(s, first).is_none(), "{}", &s[..alone.len()]);
                    }
                }
            }
        }
        assert!(refused > 100, "{refused}");
    }

    /// Pieces a phrase is written with (words, leads, eras, numerals,
    /// units), and characters it is not.
    fn pieces() -> Vec<String> {
        let mut ps: Vec<String> = WORDS
            .all()
            .chain(LEADS.all())
            .chain(ERA)
            .map(String::from)
            .collect();
        let chars = WORDS
            .all()
            .chain(LEADS.all())
            .chain(ERA)
            .flat_map(str::chars);
        ps.extend(chars.map(String::from));
        let more = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿零〇两年月日季度底末初以来至到-—～“”\"「」．.，国家全新推动进";
        ps.extend(more.chars().map(String::from));
        ps.extend(["2023年", "十四五", "九十一", "1-9月", "2023", "三季度"].map(String::from));
        ps.sort_unstable();
        ps.dedup();
        ps
    }

    static PIECES: Lazy<Vec<String>> = Lazy::new(pieces);

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        /// `time_phrase(s) > 0`, indeed any reading, implies the refusal
        /// passes `s`.
        #[test]
        fn a_text_that_reads_is_never_refused(ix in proptest::collection::vec(any::<prop::sample::Index>(), 1..5)) {
            let ps = &*PIECES;
            let s: String = ix.iter().map(|i| ps[i.index(ps.len())].as_str()).collect();
            let first = s.chars().next().unwrap_or(' ');
            if read_unrefused(&s, first).is_some() {
                prop_assert!(!FIRST_TWO.refuses(&s, first), "{}", s);
            }
            if base_at(&s, first).is_some() {
                prop_assert!(!FIRST_TWO.refuses_word(&s, first), "{}", s);
            }
        }
    }
}
