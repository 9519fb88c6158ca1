//! A verb and its result before a count (`调解成功165件`, `检验合格3200批次`),
//! and verbs that stand inside a noun phrase (`法人或其他组织申请`).
//!
//! A result complement (`成功`, `合格`, `到位`: `words/verb-results.txt`)
//! closes the verb's phrase and takes no object. What stands after the
//! verb is then no noun phrase the verb reports on: the verb and its
//! result together name the event whose cases are counted (SPEC §2.1: a
//! subject is never a lone verb or adjective; `成功` alone names nothing).

use super::super::lexicon::dict;
use super::super::lexicon::{WordSet, VERB_SET};
use once_cell::sync::Lazy;

/// Results written after a verb, one a line.
const RESULTS: &str = include_str!("../words/verb-results.txt");

static RESULT_SET: Lazy<WordSet> = Lazy::new(|| WordSet::from_words(RESULTS));

/// Whether `rest`, all that follows a verb before the number, is a
/// result of the verb and nothing else.
pub(super) fn is_result(rest: &str) -> bool {
    rest.len() >= 6 && rest.len() <= 9 && RESULT_SET.contains(rest)
}

/// Whether a word the verb list reads as a verb, after `head` (the
/// stretch before it), stands inside a noun phrase rather than heading
/// the clause's predicate: after a determiner, which only a noun follows
/// (`其他|组织`, `各|监测`), or after a conjunction that joins it to a
/// noun before (`公办幼儿园和|认定…幼儿园`, `法人或|…`): a conjunction
/// joins like to like, and what stands before it is a noun, so the verb
/// opens a second noun conjunct, and both make one phrase.
pub(super) fn inside_noun_phrase(head: &str) -> bool {
    if DETERMINERS.iter().any(|d| head.ends_with(d)) {
        return true;
    }
    let Some(before) = CONJUNCTIONS.iter().find_map(|c| head.strip_suffix(c)) else {
        return false;
    };
    // (a noun of two characters or more right before the conjunction)
    let tail = super::phrase::tail_chars(before, 4);
    // (not a verb the dictionary tags otherwise: `新建和改建`)
    tail.chars().nth(1).is_some()
        && dict::segment(tail).iter().last().is_some_and(|(a, b, p)| {
            p.nominal() && tail[a..b].chars().nth(1).is_some() && !VERB_SET.contains(&tail[a..b])
        })
}

/// Words only a noun follows (`其他组织`): determiners of kind or scope.
const DETERMINERS: &[&str] = &["其他", "其它", "各", "该", "該"];

/// Conjunctions that join nouns (`、` joins items of a list).
const CONJUNCTIONS: &[&str] = &["和", "及", "与", "與", "或", "以及", "或者"];

#[cfg(test)]
mod tests {
    use super::super::super::lexicon;
    use super::*;

    #[test]
    fn verb_results_parse_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for w in lexicon::words(RESULTS) {
            assert!(
                w.chars().count() >= 2 && w.chars().all(crate::chars::is_ideograph),
                "verb-results.txt: malformed word {w:?}"
            );
            assert!(seen.insert(w), "verb-results.txt: {w} twice");
        }
        assert!(seen.len() >= 5);
    }

    #[test]
    fn results_are_whole_words_after_the_verb() {
        assert!(is_result("成功"));
        assert!(is_result("不合格"));
        assert!(!is_result("成功率"));
        assert!(!is_result("医疗纠纷"));
        assert!(!is_result("功"));
    }

    #[test]
    fn verbs_after_determiners_and_noun_conjuncts_are_inside_the_phrase() {
        assert!(inside_noun_phrase("法人或其他"));
        assert!(inside_noun_phrase("建成公办幼儿园和"));
        assert!(inside_noun_phrase("促进增收节支和"));
        // a conjunction between verbs joins predicates
        assert!(!inside_noun_phrase("新建和"));
        assert!(!inside_noun_phrase("新建及"));
        assert!(!inside_noun_phrase("全年"));
        assert!(!inside_noun_phrase("和"));
    }
}
