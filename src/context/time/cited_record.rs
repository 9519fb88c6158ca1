//! A news report on a year's yearly record, told by its lead citing the
//! record by its title: `民政部公布的《2015年社会服务发展统计公报》显示，…`.
//!
//! A yearly record (`公报`, `年报`, `年度报告`) of a year comes out once
//! that year is over, so a text that cites one of its own year as its
//! source (`《2015年…统计公报》显示`, `据《2022年年报》`) is written in a
//! later year even with no day word (`今日`, `近日`; see `released.rs`):
//! its `去年` (`截至去年底`) is the year of the record. Only a record named
//! in title marks counts, the year written inside them: the record itself
//! (`某市2023年统计公报` as a title line) names itself without them.

use super::{template, Template, YearRef, YEARLY_RECORDS};
use crate::context::period;

/// Whether the sentence `s` cites, in title marks, a yearly record of the
/// whole year `y` (`《2015年社会服务发展统计公报》`).
pub(super) fn cites_record(s: &str, y: i32) -> bool {
    s.split('《').skip(1).any(|rest| {
        let Some((name, _)) = rest.split_once('》') else {
            return false;
        };
        YEARLY_RECORDS.iter().any(|w| name.ends_with(w))
            && period::phrases(name)
                .into_iter()
                .any(|p| whole_year(template(p), y))
    })
}

/// Whether `tm` is the year `y` as a whole (`2015年`, `2015年度`).
fn whole_year(tm: Template, y: i32) -> bool {
    let yr = YearRef::Abs(y);
    matches!(tm, Template::Span(a, b) if a.year == yr && b.year == yr && a.month == 0 && b.month == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cited_record_of_the_year() {
        assert!(cites_record(
            "民政部公布的《2015年社会服务发展统计公报》显示，截至2015年底",
            2015
        ));
        assert!(cites_record("据《某公司2022年年度报告》，营业收入", 2022));
    }

    #[test]
    fn no_record_or_another_year() {
        assert!(!cites_record("《2015年社会服务发展统计公报》显示", 2016));
        assert!(!cites_record("2015年社会服务发展统计公报显示", 2015));
        assert!(!cites_record("《2015年政府工作报告》提出", 2015));
        assert!(!cites_record("《2015年上半年统计公报》显示", 2015));
    }
}
