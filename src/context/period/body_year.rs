//! A body's name, a time and what the body did then: `消防處去年共接獲
//! 31 111宗樓宇火警召喚`, `入境處反恐科去年在各管制站進行了11,302次巡查`.
//! The time dates the figure, as it does after any topic noun (`收入去年
//! 增长5.1%`). A body's name often ends in a noun of one character the
//! dictionary reads apart (`消防|处`, `反恐|科`): with a word before it,
//! that is the topic's head.

use crate::context::lexicon::dict::{segment, Pos};

/// Whether `before`, the few characters before a time phrase, ends with a
/// topic noun: a noun of two characters or more (`部门`, `马来西亚`), or
/// the one-character head of a body's name right after a noun or verb that
/// it makes the name with (`消防处`, `司法局`, `反恐科`; not `数字连`).
pub(super) fn ends_with_topic(before: &str) -> bool {
    let words = segment(before);
    let mut last = None;
    let mut prev = None;
    for w in words.iter() {
        prev = last;
        last = Some(w);
    }
    let Some((a, b, pos)) = last else {
        return false;
    };
    if pos != Pos::Noun {
        return false;
    }
    let mut head = before[a..b].chars();
    let one = head.next().filter(|_| head.next().is_none());
    let Some(c) = one else {
        return true;
    };
    (super::ends_body_name(c) || BODY_HEADS.contains(&c))
        && prev.is_some_and(|(_, _, p)| matches!(p, Pos::Noun | Pos::Verb))
}

/// Heads of bodies' names besides those of [`super::ends_body_name`]
/// (`消防处`, `反恐科`, `警务署`), both scripts.
const BODY_HEADS: [char; 6] = ['处', '處', '科', '署', '队', '隊'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ending_in_a_noun_of_one_character() {
        assert!(ends_with_topic("消防处"));
        assert!(ends_with_topic("区司法局"));
        assert!(ends_with_topic("部门"));
        assert!(ends_with_topic("入境处反恐科"));
        assert!(!ends_with_topic("该处"));
        assert!(!ends_with_topic("共"));
        assert!(!ends_with_topic("人口数字连"));
    }
}
