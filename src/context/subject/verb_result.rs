//! A verb and its result before a count: `调解成功165件`, `检验合格3200批次`.
//!
//! A result complement (`成功`, `合格`, `到位`: `words/verb-results.txt`)
//! closes the verb's phrase and takes no object. What stands after the
//! verb is then no noun phrase the verb reports on: the verb and its
//! result together name the event whose cases are counted (SPEC §2.1: a
//! subject is never a lone verb or adjective; `成功` alone names nothing).

use super::super::lexicon::WordSet;
use once_cell::sync::Lazy;

/// Results written after a verb, one a line.
const RESULTS: &str = include_str!("../words/verb-results.txt");

static RESULT_SET: Lazy<WordSet> = Lazy::new(|| WordSet::from_words(RESULTS));

/// Whether `rest`, all that follows a verb before the number, is a
/// result of the verb and nothing else.
pub(super) fn is_result(rest: &str) -> bool {
    rest.len() >= 6 && rest.len() <= 9 && RESULT_SET.contains(rest)
}

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
}
