//! A year written with its last two digits (`99年末`, `99年5月至10月`,
//! `10年第一季度`, `截止99年9月底止`): the way a report of the 1990s
//! writes its own year, and a Taiwan or Matsu report a Republic of China
//! year of two digits. A two-digit numeral before `年` is most often a
//! length (`连续12年`, `20年来`, `服务10年`), so it is read as a year only
//! right before a part of a year (months, a quarter, the year's end or
//! half): the phrase as written is the period, its dates those of the part
//! (the year is the document's, as the time rules take it without one).

use super::{char_count, dates, is_arabic, TAILS};
use crate::chars::digit_value;

/// What a tail of `period-tails.tsv` does that names a length of years
/// written before it rather than a part of a year (`20年来`, `10年间`,
/// `5年期间`): the time itself or since it.
const LENGTH_TAILS: [&str; 2] = ["same", "since"];

/// Whether the numeral `t` before the unit `unit`, with `next` after the
/// unit, is a year of two digits: two Arabic digits, `年`, and right after
/// it months (`5月`, `4至10月份`) or a tail naming a part of the year
/// (`末`, `底`, `第一季度`, `上半年`, `全年`).
pub(super) fn before_part(t: &str, unit: &str, next: &str) -> bool {
    if unit != "年" || char_count(t) != 2 || !t.chars().all(is_arabic) {
        return false;
    }
    if let Some((_, what)) = TAILS.prefix_of(next) {
        return !LENGTH_TAILS.contains(&what) || next.starts_with("全年");
    }
    next.chars().next().is_some_and(is_arabic)
        && dates(next).is_some_and(|(d, _)| {
            let months = |a: &super::Atom| a.month.is_some() && a.year.is_none();
            !d.odd && months(&d.start) && d.end.as_ref().is_none_or(months)
        })
}

/// The two digits a period phrase opens its year with (`99年5月至10月`:
/// 99, `截至99年9月底`), if it names its year so: the first `年` of the
/// phrase after two digits and no third, [`before_part`].
pub(crate) fn digits(period: &str) -> Option<u8> {
    let at = period.find('年')?;
    let head = &period[..at];
    let mut back = head.char_indices().rev();
    let ((_, b), (i, a)) = (back.next()?, back.next()?);
    if back.next().is_some_and(|(_, c)| is_arabic(c)) {
        return None;
    }
    if !before_part(&head[i..], "年", &period[at + '年'.len_utf8()..]) {
        return None;
    }
    Some(digit_value(a)? * 10 + digit_value(b)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digits_before_a_part_of_the_year() {
        assert!(before_part("99", "年", "末，全县"));
        assert!(before_part("99", "年", "9月底止"));
        assert!(before_part("99", "年", "4至10月份"));
        assert!(before_part("10", "年", "第一季度"));
        assert!(before_part("22", "年", "上半年"));
        assert!(before_part("９９", "年", "全年"));
    }

    #[test]
    fn lengths_of_years_are_no_year() {
        assert!(!before_part("20", "年来", ""));
        assert!(!before_part("20", "年", "来"));
        assert!(!before_part("10", "年", "间"));
        assert!(!before_part("12", "年", "6个月"));
        assert!(!before_part("90", "年", "不变价"));
        assert!(!before_part("5", "年", "末"));
        assert!(!before_part("九九", "年", "末"));
        assert!(!before_part("99", "年度", "末"));
    }

    #[test]
    fn the_digits_a_period_opens_its_year_with() {
        assert_eq!(digits("99年5月至10月"), Some(99));
        assert_eq!(digits("截止99年9月底止"), Some(99));
        assert_eq!(digits("99年7至9月"), Some(99));
        assert_eq!(digits("０５年末"), Some(5));
        assert_eq!(digits("99年上半年"), Some(99));
        assert_eq!(digits("1999年5月"), None);
        assert_eq!(digits("112年1至6月"), None);
        assert_eq!(digits("12年来"), None);
        assert_eq!(digits("99年度"), None);
        assert_eq!(digits("5月至10月"), None);
        assert_eq!(digits("九九年末"), None);
    }
}
