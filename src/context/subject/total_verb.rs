//! An adverb of total between a noun and a verb (`各级财政共支出城市低保资金
//! 719.3亿元`, `市县两级共投入资金1600余万元`, `本年预算共支出7914万元`):
//! `共`, `共计`, `合计`, `累计` stand before a predicate, so the noun before
//! them is the clause's topic and the word after them its verb, even a
//! verb that is often a noun (`投入`) or one of paying (`支出`) that
//! counts only where it opens the clause. The figure counts the verb's
//! object; with no object, it measures the topic (the verb's action).

use super::super::lexicon::{self, dict};
use super::{phrase, strip_head, strip_head_after_verb, strip_tail, Tail};

/// Adverbs of total, the longest first.
const TOTALS: &[&str] = &["共计", "合计", "累计", "共"];

/// A verb right after an adverb of total in `s` (the stretch before the
/// figure, which no verb cut) with a noun before the adverb: the verb
/// and the phrase the figure counts, its object when one follows, else
/// the noun before the adverb; the `bool` tells whether the verb ends the
/// stretch.
pub(super) fn split(s: &str) -> Option<(&'static str, &str, bool)> {
    // (the verb after the adverb is looked up first, the dictionary read
    // only when one follows)
    let (at, total, verb) = s
        .match_indices(['共', '累', '合'])
        .filter(|&(at, _)| at > 0)
        .find_map(|(at, _)| {
            let total = TOTALS.iter().find(|t| s[at..].starts_with(*t))?;
            let rest = &s[at + total.len()..];
            let verb = lexicon::VERB_SET
                .prefix_of(rest)
                .or_else(|| lexicon::LEAD_VERB_SET.prefix_of(rest))
                .filter(|v| v.chars().count() >= 2)?;
            Some((at, *total, verb))
        })?;
    if !dict::word_at(s, at, total.len()) {
        return None;
    }
    let rest = &s[at + total.len()..];
    // the topic before the adverb ends in a noun or a count of ranks
    // (`市县两级`), not in a verb or adverb (`公共`, `总共` are words the
    // adverb's character closes, refused above)
    let topic = strip_head(&s[..at]);
    let noun_before = dict::segment(phrase::tail_chars(topic, 4))
        .iter()
        .last()
        .is_some_and(|(_, _, p)| !p.function() && !matches!(p, dict::Pos::Verb | dict::Pos::Other));
    if !noun_before {
        return None;
    }
    let after = &rest[verb.len()..];
    if after.is_empty() {
        return Some((verb, topic, true));
    }
    let object = strip_tail(strip_head_after_verb(after), &mut Tail::default());
    let ends_in_noun = dict::segment(phrase::tail_chars(object, 4))
        .iter()
        .last()
        .is_some_and(|(_, _, p)| !p.function() && p != dict::Pos::Verb);
    (object.chars().count() >= 2 && ends_in_noun && !after.contains('的'))
        .then_some((verb, object, false))
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn a_verb_after_an_adverb_of_total_is_the_clauses() {
        assert_eq!(
            split("各级财政共支出城市低保资金"),
            Some(("支出", "城市低保资金", false))
        );
        assert_eq!(split("市县两级共投入资金"), Some(("投入", "资金", false)));
        assert_eq!(split("预算共支出"), Some(("支出", "预算", true)));
        assert_eq!(split("镇村两级共投入资金"), Some(("投入", "资金", false)));
        assert_eq!(split("公共服务支出"), None);
    }
}
