//! `全社会` before an aggregate of official statistics named with it
//! (`全社会固定资产投资`, `全社会用电量`, `全社会劳动生产率`): the indicator
//! counts the whole society, all ownership types together, as against its
//! state or urban part (`城镇固定资产投资`), so `全社会` is part of its name
//! and stays in the subject. Elsewhere it is a determiner of scope like
//! `全区` and is dropped (`全社会研发投入强度` → `研发投入强度`). The
//! aggregates are `words/society-measures.txt`.

use super::super::lexicon::WordSet;
use once_cell::sync::Lazy;

/// Aggregates named with `全社会`, one a line.
const MEASURES: &str = include_str!("../words/society-measures.txt");

static MEASURE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::from_words(MEASURES));

/// Whether the head word `w` is `全社会` and `rest`, what follows it,
/// opens with an aggregate named with it.
pub(super) fn names_aggregate(w: &str, rest: &str) -> bool {
    matches!(w, "全社会" | "全社會") && MEASURE_SET.prefix_of(rest).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon;
    use super::*;

    #[test]
    fn society_measures_parse_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for w in lexicon::words(MEASURES) {
            assert!(
                w.chars().count() >= 2 && w.chars().all(crate::chars::is_ideograph),
                "society-measures.txt: malformed word {w:?}"
            );
            assert!(seen.insert(w), "society-measures.txt: {w} twice");
        }
    }

    #[test]
    fn the_whole_society_names_its_aggregates_only() {
        assert!(names_aggregate("全社会", "固定资产投资增长8%"));
        assert!(names_aggregate("全社會", "固定資產投資"));
        assert!(names_aggregate("全社会", "用电量"));
        assert!(!names_aggregate("全社会", "研发投入强度"));
        assert!(!names_aggregate("全区", "固定资产投资"));
    }
}
