//! Republic of China years written with their era (`民國91年`, `民国38年`,
//! `中華民國九十一年`, `民國一百零一年度`, `民國112年6月`): year N of the
//! era is N + 1911 (SPEC §2.2). A bare year of three digits (`112年`) is
//! read with the other dates; with its era written, a year of one to three
//! digits or Chinese numerals is one.

use super::{dates, is_arabic, is_num_char, num_value, Atom, Base, Dates, Year};

/// The era's names in both scripts, longest first (compared as bytes: the
/// reader is asked at every `中` and `民` of a clause).
pub(super) const ERA: [&str; 4] = ["中华民国", "中華民國", "民国", "民國"];

/// The first year of the era, less one.
const ERA_BEFORE: i32 = 1911;

/// The most characters a year of the era is written with (`一百一十二`).
const MAX_NUMERAL: usize = 5;

/// Marks between the two years of a range (`民國91年至95年`, `民國91-95年`).
const RANGE_MARKS: [&str; 6] = ["至", "到", "-", "—", "–", "~"];

/// The units a year of the era is written with.
const UNITS: [&str; 2] = ["年度", "年"];

/// Whether `t`, a numeral of three characters before `年`, is a Republic
/// of China year of this century written in Chinese digits one by one
/// (`一一二年上繳中央政府稅收`, `一一三年度`: 112, 113), as Taiwan's
/// documents write them beside `112年`: `一` first, no `十`, a value from
/// 101 to 130 (2012 to 2041). (`一百年` has its `百`; no length of years is
/// written digit by digit.)
pub(super) fn written_digits(t: &str) -> bool {
    t.starts_with('一')
        && t.chars()
            .all(|c| is_num_char(c) && !is_arabic(c) && !matches!(c, '十' | '两'))
        && num_value(t).is_some_and(|v| (101..=130).contains(&v))
}

/// Bytes of the era's name `t` starts with, if it does.
fn era_len(t: &str) -> Option<usize> {
    ERA.iter().find(|e| t.starts_with(**e)).map(|e| e.len())
}

/// The year `v` of the era.
fn era_year(v: u32) -> Option<Year> {
    Some(Year {
        value: i32::try_from(v).ok()? + ERA_BEFORE,
        ..Year::default()
    })
}

/// `民國91年`, `中華民國九十一年`, `民国38年底` (the tail is read after it),
/// `民國112年1至6月`, `民國91年至95年`, `民國91-95年`: the dates, and the
/// bytes read up to the tail.
pub(super) fn roc_year(s: &str) -> Option<(Base, usize)> {
    let at = era_len(s)?;
    let (value, n) = era_numeral(&s[at..])?;
    let after = &s[at + n..];
    let unit = UNITS.iter().find(|u| after.starts_with(**u));
    let after = &after[unit.map_or(0, |u| u.len())..];
    let mut d = Dates {
        start: Atom {
            year: era_year(value),
            ..Atom::default()
        },
        end: None,
        odd: false,
    };
    if let Some((last, k)) = range_end(after, value) {
        d.end = Some(Atom {
            year: era_year(last),
            ..Atom::default()
        });
        return Some((Base::Dates(d), s.len() - after.len() + k));
    }
    unit?;
    let months = months_after(after, &mut d);
    Some((Base::Dates(d), s.len() - after.len() + months))
}

/// The last year of a range after its first, `first` (`至95年`, `-95年`,
/// `到民国九十五年`: the era may be written again), and the bytes read.
fn range_end(after: &str, first: u32) -> Option<(u32, usize)> {
    let j = RANGE_MARKS.iter().find(|j| after.starts_with(**j))?;
    let r = &after[j.len()..];
    let e = era_len(r).unwrap_or(0);
    let (last, k) = era_numeral(&r[e..]).filter(|(v, _)| *v > first)?;
    let u = UNITS.iter().find(|u| r[e + k..].starts_with(**u))?;
    Some((last, j.len() + e + k + u.len()))
}

/// Whether `s` ends with the era's name (`…較民國`): the numeral after it is
/// a year of the era, not a count of years.
pub(super) fn ends_with_era(s: &str) -> bool {
    ERA.iter().any(|e| s.ends_with(e))
}

/// The year of the era `s` starts with, and its bytes: one to three Arabic
/// digits (`91`, `１０１`), or Chinese numerals (`九十一`, `一〇一`,
/// `一百零一`, `一百一十二`); from 1 to 200.
fn era_numeral(s: &str) -> Option<(u32, usize)> {
    let n: usize = s
        .chars()
        .take(MAX_NUMERAL)
        .take_while(|c| is_num_char(*c) || *c == '百')
        .map(char::len_utf8)
        .sum();
    let t = &s[..n];
    let arabic = t.chars().all(is_arabic);
    if t.is_empty() || (arabic && t.chars().count() > 3) {
        return None;
    }
    let value = match t.split_once('百') {
        Some((h, rest)) => {
            let h = if h.is_empty() { 1 } else { num_value(h)? };
            let rest = rest.trim_start_matches(['零', '〇']);
            let r = if rest.is_empty() { 0 } else { num_value(rest)? };
            (r < 100).then_some(h * 100 + r)?
        }
        None => num_value(t)?,
    };
    (1..=200).contains(&value).then_some((value, n))
}

/// Months written right after the year (`6月`, `1至6月`, `1-9月份`): put
/// into `d`; the bytes they take (0 if none).
fn months_after(after: &str, d: &mut Dates) -> usize {
    let no_year = |a: &Atom| a.year.is_none() && a.day.is_none() && a.quarter.is_none();
    let Some((m, k)) = dates(after).filter(|(m, _)| {
        !m.odd && m.start.month.is_some() && no_year(&m.start) && m.end.as_ref().is_none_or(no_year)
    }) else {
        return 0;
    };
    d.start.month = m.start.month;
    d.start.day = m.start.day;
    d.end = m.end.map(|e| Atom {
        year: d.start.year,
        ..e
    });
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year_of(s: &str) -> Option<(i32, usize)> {
        match roc_year(s)? {
            (Base::Dates(d), n) => Some((d.start.year?.value, n)),
            _ => None,
        }
    }

    #[test]
    fn years_of_the_era_in_either_script_and_any_numeral() {
        assert_eq!(year_of("民國91年底，"), Some((2002, "民國91年".len())));
        assert_eq!(year_of("民国38年，"), Some((1949, "民国38年".len())));
        assert_eq!(
            year_of("中華民國九十一年，"),
            Some((2002, "中華民國九十一年".len()))
        );
        assert_eq!(
            year_of("中华民国一百零一年度全县"),
            Some((2012, "中华民国一百零一年度".len()))
        );
        assert_eq!(year_of("民國一〇一年"), Some((2012, "民國一〇一年".len())));
        assert_eq!(year_of("民國101年全縣"), Some((2012, "民國101年".len())));
        assert_eq!(year_of("民國１１２年"), Some((2023, "民國１１２年".len())));
    }

    #[test]
    fn ranges_of_years_of_the_era() {
        for (s, read) in [
            ("民國91年至95年，", "民國91年至95年"),
            ("民國91-95年全縣", "民國91-95年"),
            ("民国九十一年到民国九十五年", "民国九十一年到民国九十五年"),
        ] {
            let Some((Base::Dates(d), n)) = roc_year(s) else {
                panic!("{s}: no dates");
            };
            assert_eq!(&s[..n], read);
            assert_eq!(d.start.year.map(|y| y.value), Some(2002));
            assert_eq!(d.end.and_then(|e| e.year).map(|y| y.value), Some(2006));
        }
        // (no range backwards, none without the last year's unit)
        assert_eq!(
            roc_year("民國95年至91年").map(|(_, n)| n),
            Some("民國95年".len())
        );
        assert!(roc_year("民國91至95").is_none());
    }

    #[test]
    fn months_after_the_year_are_read() {
        let Some((Base::Dates(d), n)) = roc_year("民國112年1至6月，") else {
            panic!("no dates");
        };
        assert_eq!(n, "民國112年1至6月".len());
        assert_eq!(
            (d.start.month, d.end.and_then(|e| e.month)),
            (Some(1), Some(6))
        );
        assert_eq!(d.end.and_then(|e| e.year).map(|y| y.value), Some(2023));
    }

    #[test]
    fn the_era_ends_a_text() {
        assert!(ends_with_era("較民國"));
        assert!(ends_with_era("中华民国"));
        assert!(!ends_with_era("全国"));
        assert!(!ends_with_era(""));
    }

    #[test]
    fn not_a_year_of_the_era() {
        assert!(roc_year("民国时期").is_none());
        assert!(roc_year("民國2023年").is_none());
        assert!(roc_year("民国91").is_none());
        assert!(roc_year("民國三百年").is_none());
        assert!(roc_year("民主91年").is_none());
    }
}
