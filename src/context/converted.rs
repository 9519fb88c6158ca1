//! A figure restated in another unit: `人均GDP达70429元（折合10209美元）`,
//! `地区生产总值320亿元，折合约45亿美元`, `(按年平均汇率折算为9847美元)`.
//!
//! After a verb of conversion (`words/conversion-verbs.txt`) the figure is
//! the figure before it, written in another unit: it measures what that one
//! measures. Read alone, the verb would be taken for the subject (`折合`),
//! which names nothing measured.

use super::lexicon;

/// Characters that may stand between the verb and the figure: a copula or
/// result particle (`折算为`, `折算成`) and a qualifier (`折合约`).
const AFTER_VERB: [char; 5] = ['为', '為', '成', '约', '約'];

/// Whether `before`, the text between the figure before and this one,
/// is only a verb of conversion, opened at most by a mark, a bracket or a
/// frame of the rate used (`，折合约`, `（折合`, `(按年平均汇率折算为`).
pub(super) fn restates(before: &str) -> bool {
    // (most figures follow no such verb: refused on the last character)
    let s = before.trim_end();
    let last = s.chars().next_back();
    if !last.is_some_and(|c| AFTER_VERB.contains(&c) || lexicon::CONVERSION_TAIL.may_key(c)) {
        return false;
    }
    let s = s.trim_end_matches(AFTER_VERB);
    let Some(verb) = lexicon::CONVERSION_TAIL.suffix_of(s) else {
        return false;
    };
    let lead = s[..s.len() - verb.len()]
        .trim_start_matches(|c: char| c.is_whitespace() || "，,、（(：:".contains(c));
    lead.is_empty() || lead.starts_with('按')
}

#[cfg(test)]
mod tests {
    use super::restates;

    #[test]
    fn a_verb_of_conversion_alone_restates_the_figure_before() {
        for s in [
            "（折合",
            "，折合约",
            "(按年平均汇率折算为",
            "，約合",
            "折算成",
        ] {
            assert!(restates(s), "{s}");
        }
        for s in ["，其中", "，比上年增长", "（", "，投入资金折合", "合"] {
            assert!(!restates(s), "{s}");
        }
    }
}
