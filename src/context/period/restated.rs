//! Time phrases that only go on with the one read right before them in a
//! clause, and so are not the figure's period on their own: the items of a
//! list of comparison bases (`分别比前三季度、1~8月和1~7月加快1.6、2.6、2.7个
//! 百分点`: all three are bases), and a count of years that restates the
//! span before it (`2019年至2023年五年间`, `2019年到2023年的5年间`).

use super::{Base, Found};

/// The marks that join the items of a list.
const LIST_JOINS: [&str; 5] = ["、", "和", "及", "与", "與"];

/// Whether the text `between` the end of a basis read after `比` and the
/// phrase that follows is a list mark: the phrase is one more basis.
pub(super) fn lists_a_basis(between: Option<&str>) -> bool {
    between.is_some_and(|b| LIST_JOINS.contains(&b))
}

/// Whether `f`, a count of years (`五年间`, `5年间`, `三年来`), follows
/// another time phrase right on, or after `的` (`between` is the text from
/// the end of that phrase to `f`): it restates that span's length.
pub(super) fn restates_a_span(between: Option<&str>, f: &Found<'_>) -> bool {
    matches!(f.reading.base, Base::YearsBack { ago: false, .. })
        && matches!(between, Some("" | "的"))
}

#[cfg(test)]
mod tests {
    use super::super::inside;

    fn period(clause: &str) -> Option<&str> {
        inside(clause).map(|f| f.text)
    }

    #[test]
    fn the_items_listed_after_a_basis_are_bases() {
        assert_eq!(period("工业投资分别比前三季度、1~8月和1~7月加快"), None);
        assert_eq!(period("比上年同期和2019年同期分别增长"), None);
    }

    #[test]
    fn a_count_of_years_after_a_span_restates_it() {
        assert_eq!(period("全市在2019年至2023年五年间"), Some("2019年至2023年"));
        assert_eq!(
            period("全市在2019年到2023年的5年间"),
            Some("2019年到2023年")
        );
    }

    #[test]
    fn a_count_of_years_on_its_own_is_a_span() {
        assert_eq!(period("全市在五年间"), Some("五年间"));
    }
}
