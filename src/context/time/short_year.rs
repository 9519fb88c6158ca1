//! A year written with its last two digits in a document that names no
//! year of its own (`99年5月至10月`, `截止99年9月底止`): the period module
//! reads such a year as the document's (`99年末` in a 1999 bulletin), so
//! with no title or opening year to take it from, its dates would be lost
//! although the period itself states the year. The two digits then give
//! the year: in a report in traditional script, a Republic of China year
//! (`99年` in a Matsu county report: 2010, as `112年` is 2023); else the
//! year of the century they name (`99年`: 1999, `05年`: 2005).

use crate::chars::digit_value;

/// The two digits before `年` that a period opens its year with, if it
/// names its year that way (`99年5月至10月`, `截至99年9月底`, `99年7至9月`):
/// two Arabic digits with no digit before them and `年` (not `年度`, nor
/// a length, `12年来`) with a month or a part of the year after it.
pub(super) fn digits(period: &str) -> Option<u8> {
    let at = period.find('年')?;
    let head = &period[..at];
    let mut back = head.chars().rev();
    let (b, a) = (back.next()?, back.next()?);
    if back.next().is_some_and(|c| digit_value(c).is_some()) {
        return None;
    }
    let v = digit_value(a)? * 10 + digit_value(b)?;
    let after = &period[at + '年'.len_utf8()..];
    let part = after
        .chars()
        .next()
        .is_some_and(|c| digit_value(c).is_some())
        || ["末", "底", "初", "第", "首", "上半年", "下半年", "全年"]
            .iter()
            .any(|w| after.starts_with(w));
    part.then_some(v)
}

/// The year the two digits `v` name in a document written in traditional
/// script (`traditional`: a Republic of China year, from 38, 1949, when
/// Taiwan's reports begin) or not. A mainland report copied into
/// traditional script writes `05年` for 2005, not for 1916.
pub(super) fn year(v: u8, traditional: bool) -> i32 {
    let v = i32::from(v);
    match (traditional, v) {
        (true, 38..) => v + 1911,
        (_, 50..) => 1900 + v,
        (_, _) => 2000 + v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digits_before_a_part_of_the_year() {
        assert_eq!(digits("99年5月至10月"), Some(99));
        assert_eq!(digits("截止99年9月底止"), Some(99));
        assert_eq!(digits("99年7至9月"), Some(99));
        assert_eq!(digits("０５年末"), Some(5));
        assert_eq!(digits("99年上半年"), Some(99));
    }

    #[test]
    fn other_years_and_lengths_are_not() {
        assert_eq!(digits("1999年5月"), None);
        assert_eq!(digits("112年1至6月"), None);
        assert_eq!(digits("12年来"), None);
        assert_eq!(digits("99年度"), None);
        assert_eq!(digits("5月至10月"), None);
        assert_eq!(digits("九九年末"), None);
    }

    #[test]
    fn the_year_by_script() {
        assert_eq!(year(99, true), 2010);
        assert_eq!(year(99, false), 1999);
        assert_eq!(year(5, false), 2005);
        assert_eq!(year(5, true), 2005);
        assert_eq!(year(38, true), 1949);
    }
}
