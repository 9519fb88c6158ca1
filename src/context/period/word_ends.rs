//! Words of `period-words.tsv` that are a time only when they end a word
//! (`words/period-word-ends.tsv`): `同年` is a time in `同年新增学位`, the
//! start of another word in `同年龄人口`; `后年` a time in `后年全市计划`,
//! not in `以后年度预算`.

use once_cell::sync::Lazy;

use super::{rows, Words};
use crate::chars::simplified;

const ENDS_TSV: &str = include_str!("../words/period-word-ends.tsv");

/// Each word, in both scripts, with the characters (simplified) that may
/// not follow it; keyed by first character, so that the other time words
/// are passed at one look-up.
static ENDS: Lazy<Words<&'static str>> =
    Lazy::new(|| Words::new(rows(ENDS_TSV).filter_map(|r| Some((r[0], *r.get(1)?)))));

/// Whether the time word `word` (as written, either script) is followed in
/// `rest` by a character that makes it part of a longer word.
pub(super) fn continues(word: &str, rest: &str) -> bool {
    let Some((_, after)) = ENDS.prefix_of(word).filter(|(w, _)| w.len() == word.len()) else {
        return false;
    };
    rest.chars()
        .next()
        .is_some_and(|c| after.contains(simplified(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row parses into a word of `period-words.tsv` and characters
    /// after it; no word is listed twice.
    #[test]
    fn rows_parse_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        let mut n = 0;
        for r in rows(ENDS_TSV) {
            assert_eq!(r.len(), 2, "{r:?}");
            assert!(seen.insert(r[0]), "{} twice", r[0]);
            assert!(
                super::super::WORDS
                    .prefix_of(r[0])
                    .is_some_and(|(w, _)| w == r[0]),
                "{} is no word of period-words.tsv",
                r[0]
            );
            assert!(!r[1].is_empty());
            n += 1;
        }
        assert!(n > 0);
    }

    #[test]
    fn a_word_followed_by_its_listed_characters_continues() {
        assert!(continues("同年", "龄人口"));
        assert!(continues("後年", "度預算"));
        assert!(!continues("同年", "新增学位"));
        assert!(!continues("同年", ""));
        assert!(!continues("今年", "度"));
    }
}
