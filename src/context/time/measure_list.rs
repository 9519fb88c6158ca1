//! Lengths of time listed under a measure of time named once before a
//! colon (`高温日数：中心城区30天，郊区11天~27天`, `日照时数：全市1850小时`):
//! each is a value of that measure, counted within the period in force,
//! not a length of time of its own (`连续13年`, which has no time, even
//! within such a list).
//!
//! A measure named right before its figure (`优良天数为320天`) is read by
//! [`super::measured`]; a list of places or units after the measure and a
//! colon (SPEC §2.1: `常住人口：甲县52万人、乙县38万人`) puts the places
//! between them.

use super::MEASURED;
use crate::context::period;

/// The colons that end a list's measure, wide and narrow.
const COLONS: [char; 2] = ['：', ':'];

/// Whether the sentence up to a length of time, the end of `line_before`
/// after its last full stop, holds a measure of time right before a colon
/// (`高温日数：中心城区30天，比常年多21天；郊区`): the length is a value of
/// that measure. The list runs on over `；`, which ends no sentence of it.
pub(crate) fn listed_under_measure(line_before: &str) -> bool {
    let before = line_before.rsplit('。').next().unwrap_or(line_before);
    // (most sentences hold no colon: refused by one search; `连续` makes
    // what follows a run of time, `；连续3年保持全省最短`, no value)
    if !before.contains(COLONS) || before.ends_with("连续") {
        return false;
    }
    before.match_indices(COLONS).any(|(at, _)| {
        let head = period::trim_end_blanks(&before[..at]);
        MEASURED.iter().any(|w| head.ends_with(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_length_listed_under_a_measure() {
        assert!(listed_under_measure("日最高气温≥35℃的高温日数：中心城区"));
        assert!(listed_under_measure("全年优良天数: 市区"));
        assert!(listed_under_measure("高温日数：中心城区30天，比常年多"));
        assert!(listed_under_measure("暴雨日数：市区6天，比常年多2天；山区"));
    }

    #[test]
    fn no_measure_before_the_colon() {
        assert!(!listed_under_measure("主要成绩：连续"));
        assert!(!listed_under_measure("高温日数为"));
        assert!(!listed_under_measure("高温日数：市区6天。主要成绩：连续"));
        assert!(!listed_under_measure("结案天数：刑事案件45天；连续"));
    }
}
