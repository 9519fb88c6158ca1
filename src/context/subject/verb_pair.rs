//! Two verbs joined by a conjunction before one object
//! (`追回和收缴违规资金`, `清理及核减不合理用地`): the second verb is the
//! first one's conjunct, a predicate of the clause as the first is, so it
//! takes the nouns after it as its object as a verb opening the clause
//! does; it modifies none of them.

use super::super::lexicon::dict::{self, Pos};
use super::super::lexicon::VERB_SET;

/// Conjunctions that join two verbs of one predicate.
const JOINS: &[&str] = &["和", "及", "与", "與", "并", "並", "或"];

/// Whether `lead`, what stands before a phrase in its clause, ends with a
/// verb of two characters or more (tagged a verb by the dictionary, or a
/// reporting verb of the lexicon) and a conjunction right after it: the
/// verb opening the phrase is then that verb's conjunct.
pub(super) fn ends_with_verb_and(lead: &str) -> bool {
    let Some(before) = JOINS.iter().find_map(|j| lead.strip_suffix(j)) else {
        return false;
    };
    let from = super::phrase::back_chars(before, before.len(), 6);
    let words = dict::segment(&before[from..]);
    words.iter().last().is_some_and(|(a, b, p)| {
        let w = &before[from + a..from + b];
        w.chars().nth(1).is_some() && (p == Pos::Verb || VERB_SET.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use super::ends_with_verb_and;

    #[test]
    fn a_verb_and_a_conjunction_end_the_lead() {
        assert!(ends_with_verb_and("相关责任单位追回和"));
        assert!(ends_with_verb_and("全年清理及"));
        assert!(!ends_with_verb_and("城乡居民和"));
        assert!(!ends_with_verb_and("追回"));
    }
}
