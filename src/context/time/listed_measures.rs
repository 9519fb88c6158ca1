//! Values listed after a list of measures and one copula
//! (`职工人数、从业人员、注册资金为1.2万人、3.4万人和56亿元`): each value is
//! of the measure at its place in the list, so whether it is a stock is
//! read from that measure alone, not from the last one before the copula.

use super::Role;
use crate::context::lexicon;

/// The copulas a list of measures may stand before (`为`, `达`), wide
/// and traditional forms; `分别` before them is dropped.
const COPULA: [char; 4] = ['为', '為', '达', '達'];

/// What separates values listed after the copula.
const VALUE_SEPARATORS: [char; 5] = ['、', '，', ',', '和', '及'];

/// How far back from a figure the copula of a list of values is looked
/// for: some six values of a few characters each.
const VALUES_BYTES: usize = 120;

/// What ends the clause the list of measures is written in.
const CLAUSE_ENDS: [char; 6] = ['，', ',', '。', '；', '：', ';'];

/// The role of a figure written `text` whose sentence reads `before` up
/// to it, when the sentence lists measures before one copula and values
/// after it (`户数、从业人员为2.5万户、`): the role of the measure at the
/// figure's place, read as if written alone before it, when that makes
/// the figure a stock held at its period's end; else None.
pub(crate) fn listed_role(before: &str, text: &str, after: &str) -> Option<Role> {
    // (most figures follow neither a copula nor a listed value: refused
    // on the last character; the copula is looked for only within the
    // values a list may hold before the figure)
    let last = before.chars().next_back()?;
    if !COPULA.contains(&last) && !VALUE_SEPARATORS.contains(&last) {
        return None;
    }
    let from = crate::chars::floor_boundary(before, before.len().saturating_sub(VALUES_BYTES));
    let at = from + before[from..].rfind(COPULA)?;
    let copula_len = before[at..].chars().next()?.len_utf8();
    let values = &before[at + copula_len..];
    let k = place_of_value(values)?;
    let head = before[..at]
        .trim_end_matches("分别")
        .trim_end_matches("分別");
    let head = head.rsplit(CLAUSE_ENDS).next().unwrap_or(head);
    if !head.contains('、') {
        return None;
    }
    let measure = head.split('、').nth(k)?;
    match Role::of(measure, text, after) {
        r @ (Role::Stock | Role::Held { .. }) => Some(r),
        _ => None,
    }
}

/// Whether a figure whose clause reads `before` since the figure before
/// it is the next value of one list with that figure: set off by `、`
/// (`分别提升至95%左右、96%以上`), or joined by a word of [`lexicon::LAST_JOINERS`]
/// alone (`分别达24.1%和50.2%`; not `和农民收入增长8%`, an item of its
/// own). Such a value is of the role of the value before it.
pub(crate) fn next_value(before: &str) -> bool {
    let b = before.trim_start();
    b.starts_with('、') || lexicon::LAST_JOINERS.contains(&b.trim_end())
}

/// The place (from 0) of the value that follows `values`, the text
/// between the copula and it: each value before it begins with a digit
/// and is followed by a separator; None if `values` is no such run.
fn place_of_value(values: &str) -> Option<usize> {
    if values.is_empty() {
        return Some(0);
    }
    let pieces: Vec<&str> = values.split(VALUE_SEPARATORS).collect();
    let (last, listed) = pieces.split_last()?;
    let digits = |p: &&str| p.starts_with(crate::chars::is_digit);
    (last.is_empty() && listed.iter().all(digits)).then_some(listed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_values_of_a_list() {
        assert!(next_value("、"));
        assert!(next_value("和"));
        assert!(next_value(" 及 "));
        assert!(!next_value("和农民人均纯收入"));
        assert!(!next_value("，"));
    }

    #[test]
    fn each_value_is_of_its_own_measure() {
        let s = "企业户数、从业人员、注册资金为2.5万户、";
        assert_eq!(
            listed_role(s, "9.9万人", ""),
            Some(Role::Held {
                level: false,
                at_year_end: true
            })
        );
        let s = "企业户数、从业人员、注册资金为2.5万户,9.9万人和";
        assert_eq!(listed_role(s, "256亿元", ""), None);
        assert_eq!(
            listed_role("从业人员、注册资金分别为", "9万人", ""),
            Some(Role::Held {
                level: false,
                at_year_end: true
            })
        );
        // (no list of measures, or what follows the copula is no list of values)
        assert_eq!(listed_role("从业人员为", "9万人", ""), None);
        assert_eq!(listed_role("户数、从业人员为一批、", "9万人", ""), None);
        // (values in full-width digits are listed values as well)
        assert_eq!(
            listed_role("从业人员、注册资金分别为", "９万人", ""),
            Some(Role::Held {
                level: false,
                at_year_end: true
            })
        );
        assert_eq!(
            listed_role("企业户数、从业人员为２．５万户、", "9.9万人", ""),
            Some(Role::Held {
                level: false,
                at_year_end: true
            })
        );
    }
}
