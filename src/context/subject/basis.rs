//! The basis of a comparison read as the subject (`在第四季與上年同期比較
//! 實質上升6.0%`, `在一季度与去年同期相比增长`): `与`/`與`/`同`/`跟` opens a
//! prepositional phrase that a word of comparison (`比较`, `相比`,
//! `words/comparison-closers.txt`) closes; what stands inside names what
//! the figure is measured against, never the measure. The figure takes the
//! measure named before, as a clause with no noun of its own does.

use crate::context::lexicon;
use crate::context::lexicon::dict;

/// Prepositions that open the basis of a comparison.
const OPENERS: [char; 4] = ['与', '與', '同', '跟'];

/// Whether `subject`, a stretch of `raw` (the text before the figure),
/// is the basis of a comparison: it begins with a preposition of
/// comparison and the text right after it in `raw` begins with a word
/// that closes the comparison.
pub(super) fn is_basis(raw: &str, subject: &str) -> bool {
    if !subject.starts_with(OPENERS) || subject.chars().count() < 3 {
        return false;
    }
    // (the preposition a word of its own: not `同类产品`, `与会代表`)
    if dict::segment(subject)
        .iter()
        .next()
        .is_some_and(|(a, b, _)| b - a > 3)
    {
        return false;
    }
    let (r, s) = (raw.as_ptr() as usize, subject.as_ptr() as usize);
    if s < r || s + subject.len() > r + raw.len() {
        return false;
    }
    let after = &raw[s - r + subject.len()..];
    lexicon::COMPARISON_SET.prefix_of(after).is_some()
}

#[cfg(test)]
mod tests {
    use super::is_basis;

    #[test]
    fn a_basis_closed_by_a_word_of_comparison() {
        let raw = "在第四季與上年同期比較實質上升";
        let i = raw.find('與').unwrap();
        let j = raw.find("比較").unwrap();
        assert!(is_basis(raw, &raw[i..j]));
        let raw = "与上年同期持平的企业";
        let j = raw.find("持平").unwrap();
        assert!(!is_basis(raw, &raw[..j]));
        let raw = "同类产品相比";
        assert!(!is_basis(raw, &raw[..raw.find("相比").unwrap()]));
    }
}
