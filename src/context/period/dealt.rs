//! A list of years written as the period of a `分别` clause
//! (`全市2019年、2020年、2021年分别完成投资12亿元、13亿元和14亿元`): `分别`
//! deals the values out to the listed items, one each, as it deals
//! subjects out (context/relations.rs); each value is of its own year, not
//! of the span from the first to the last.

use super::{read, Base};

/// The marks that join the items of a list of dates.
const JOINS: [char; 5] = ['、', '和', '及', '与', '與'];

/// The `i`-th item of `period`, a list of as many dates as the `n` values
/// a `分别` deals out (`2019年、2020年和2021年`), each item written whole
/// (`2019、2020年`, whose first item has no unit, stays a span).
pub(crate) fn dealt_item(period: &str, i: usize, n: usize) -> Option<&str> {
    if n < 2 || !period.contains(JOINS) {
        return None;
    }
    let items: Vec<&str> = period.split(JOINS).collect();
    let whole = |s: &str| {
        read(s).is_some_and(|r| {
            r.len == s.len()
                && r.dropped == 0
                && matches!(r.base, Base::Dates(d) if d.start.year.is_some() && d.end.is_none())
        })
    };
    (items.len() == n && items.iter().all(|s| whole(s)))
        .then(|| items.get(i).copied())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_value_takes_its_own_year() {
        assert_eq!(dealt_item("2019年、2020年、2021年", 1, 3), Some("2020年"));
        assert_eq!(dealt_item("2019年、2020年和2021年", 2, 3), Some("2021年"));
        assert_eq!(dealt_item("2022年和2023年", 0, 2), Some("2022年"));
    }

    #[test]
    fn a_span_or_a_list_of_another_length_is_kept() {
        assert_eq!(dealt_item("2019年至2021年", 0, 2), None);
        assert_eq!(dealt_item("2019、2020年", 0, 2), None);
        assert_eq!(dealt_item("2019年、2020年、2021年", 0, 2), None);
        assert_eq!(dealt_item("2023年", 0, 1), None);
    }
}
