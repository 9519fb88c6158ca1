//! The days of a public holiday that a period word names (`春节假期`,
//! `国庆期间`, `五一假期`) in the year in force: the State Council's
//! arrangement of that year, from `words/time-holidays.tsv`; none for a
//! year the table does not hold (a lunar holiday moves).

use std::sync::OnceLock;

use super::period;
use crate::record::{Date, TimeSpan};

const HOLIDAYS: &str = include_str!("../words/time-holidays.tsv");

/// One row of the table: the holiday, its year (none: any year not
/// listed), and its first and last month and day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Row {
    name: &'static str,
    year: Option<i32>,
    first: (u32, u32),
    last: (u32, u32),
}

fn month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.split_once('-')?;
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((m, d))
}

fn parse_row(r: &[&'static str]) -> Option<Row> {
    let [name, year, days] = r else {
        return None;
    };
    let year = match *year {
        "*" => None,
        y => Some(y.parse().ok()?),
    };
    let (a, b) = days.split_once("..")?;
    Some(Row {
        name,
        year,
        first: month_day(a)?,
        last: month_day(b)?,
    })
}

fn table() -> &'static [Row] {
    static ROWS: OnceLock<Vec<Row>> = OnceLock::new();
    ROWS.get_or_init(|| {
        period::rows(HOLIDAYS)
            .map(|r| parse_row(&r).unwrap_or_else(|| panic!("time-holidays.tsv: bad row {r:?}")))
            .collect()
    })
}

/// The holiday a period names, if it names one of the table's by its
/// first words (`春节假期`, `国庆黄金周`, `五一期间`).
pub(super) fn named(period: &str) -> Option<&'static str> {
    table()
        .iter()
        .map(|r| r.name)
        .find(|name| period.starts_with(name))
}

/// The days of holiday `name` in year `y`.
pub(super) fn days(name: &str, y: i32) -> Option<TimeSpan> {
    let rows = table().iter().filter(|r| r.name == name);
    let row = rows
        .clone()
        .find(|r| r.year == Some(y))
        .or_else(|| rows.clone().find(|r| r.year.is_none()))?;
    let end_year = if row.last < row.first { y + 1 } else { y };
    TimeSpan::new(
        Date::new(y, row.first.0, row.first.1),
        Date::new(end_year, row.last.0, row.last.1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(name: &str, y: i32) -> Option<(String, String)> {
        let s = days(name, y)?;
        Some((s.start()?.to_string(), s.end()?.to_string()))
    }

    #[test]
    fn holiday_rows_parse_once_each() {
        let rows = table();
        assert!(rows.len() >= 30);
        let mut keys: Vec<_> = rows.iter().map(|r| (r.name, r.year)).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), rows.len(), "time-holidays.tsv has a duplicate");
    }

    #[test]
    fn days_of_a_holiday_in_a_year() {
        let s = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(span("春节", 2024), s("2024-02-10", "2024-02-17"));
        assert_eq!(span("国庆", 2023), s("2023-09-29", "2023-10-06"));
        // a year not listed: the fixed days, else none
        assert_eq!(span("国庆", 2019), s("2019-10-01", "2019-10-07"));
        assert_eq!(span("春节", 1990), None);
        assert_eq!(named("国庆黄金周"), Some("国庆"));
        assert_eq!(named("假期期间"), None);
    }
}
