//! Where the noun a measure word of things counts ends and what is said
//! of it begins.
//!
//! SPEC §2.1: the figure of `3项指标增速全市第一` counts the indicators;
//! `增速全市第一` is what is said of them, not part of the subject. After
//! a general measure word of things (`个`, `项`, `条`, `处`, `座`), the
//! phrase read after the number ends before the first verb (by the
//! dictionary's parts of speech) that follows its nouns, when the verb
//! (of two characters or more, or of one taking a noun as its object:
//! `2处场地供居民健身`) goes on to more words and the phrase does
//! not end in a noun: a verb inside a compound noun (`政府投资项目`,
//! `示范村`) or closing one (`专项检查`) is kept, and so is a phrase with
//! a bracket or a list in it.

use super::super::lexicon::dict::{self, Pos};

/// Whether `unit` is a general measure word of things.
fn of_things(unit: Option<&str>) -> bool {
    matches!(
        unit,
        Some("个" | "個" | "项" | "項" | "条" | "條" | "处" | "處" | "座")
    )
}

/// The phrase `np` read after the number of a figure in `unit`, ended
/// before the predicate said of the nouns it opens with.
pub(super) fn before_predicate<'a>(unit: Option<&str>, np: &'a str) -> &'a str {
    if !of_things(unit) || np.chars().nth(2).is_none() || np.len() > 3 * dict::MAX_SPAN {
        return np;
    }
    // (a bracket or quotation goes on with the noun: `社区(村居)`)
    if np.contains(['(', '（', '“', '"', '、']) {
        return np;
    }
    let words: Vec<_> = dict::segment(np).iter().collect();
    let ends_in_noun = words
        .last()
        .is_some_and(|(_, _, p)| matches!(p, Pos::Noun | Pos::VerbNoun | Pos::Other));
    if ends_in_noun {
        return np;
    }
    for (i, &(a, b, p)) in words.iter().enumerate() {
        // (a verb of one character is often a part of a noun, `文化带`,
        // unless it takes a noun as its object: `场地供居民健身`)
        let takes_object = || {
            words
                .get(i + 1)
                .is_some_and(|&(c, d, q)| q == Pos::Noun && np[c..d].chars().nth(1).is_some())
        };
        if p == Pos::Verb && (np[a..b].chars().nth(1).is_some() || takes_object()) {
            return if i > 0 && i + 1 < words.len() {
                &np[..a]
            } else {
                np
            };
        }
        if !matches!(p, Pos::Noun | Pos::Abbrev | Pos::Other) {
            return np;
        }
    }
    np
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nouns_counted_end_before_their_predicate() {
        assert_eq!(before_predicate(Some("项"), "指标增速全市第一"), "指标");
        // a verb inside or closing a compound noun is kept
        assert_eq!(before_predicate(Some("项"), "政府投资项目"), "政府投资项目");
        assert_eq!(before_predicate(Some("项"), "专项检查"), "专项检查");
        assert_eq!(before_predicate(Some("条"), "文化带建设"), "文化带建设");
        assert_eq!(before_predicate(Some("处"), "场地供居民健身"), "场地");
        // not a measure word of things
        assert_eq!(
            before_predicate(Some("亿元"), "指标增速全市第一"),
            "指标增速全市第一"
        );
    }
}
