//! A review's title that writes the span of years it reviews
//! (`五年(2017年-2021年)检察工作报告`, `2016—2020年工作总结`): its results
//! are the span's last year, not its first.
//!
//! A title's year is otherwise its first written year; for a review of a
//! range that year is the first one reviewed, and `五年来`, `过去五年`
//! counted back from it would fall before the range. The last year is the
//! year reported on (`2021年度`): the report is delivered in it or, told
//! by a later dateline, after it.

use super::{Template, YearRef};

/// Words of a title naming a review or report of what was done, not a
/// plan of what is to come (`规划`, `纲要`, see `PLAN_AFTER`).
const REVIEW_TITLES: [&str; 3] = ["报告", "总结", "回顾"];

/// The last year of `tm`, a range of years written in the title `t` of a
/// review (`五年(2017年-2021年)检察工作报告`: 2021).
pub(super) fn reviewed_range_end(t: &str, tm: Template) -> Option<i32> {
    let Template::Span(a, b) = tm else {
        return None;
    };
    let (YearRef::Abs(first), YearRef::Abs(last)) = (a.year, b.year) else {
        return None;
    };
    let whole = a.month == 0 && b.month == 0;
    (whole && last > first && REVIEW_TITLES.iter().any(|w| t.contains(w))).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::super::template;
    use super::*;

    #[test]
    fn a_reviewed_range_ends_the_title_year() {
        let t = "五年(2017年-2021年)检察工作报告";
        assert_eq!(reviewed_range_end(t, template("2017年-2021年")), Some(2021));
        let t = "某区2016—2020年工作总结";
        assert_eq!(reviewed_range_end(t, template("2016—2020年")), Some(2020));
    }

    #[test]
    fn no_range_or_no_review() {
        assert_eq!(
            reviewed_range_end("某区2021年工作报告", template("2021年")),
            None
        );
        let t = "某市2021—2025年发展规划";
        assert_eq!(reviewed_range_end(t, template("2021—2025年")), None);
    }
}
