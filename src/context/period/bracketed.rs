//! A figure in brackets right after a time phrase (`较一季度(-10.8%)回升`,
//! `处于2020年同期(7,092宗)及2019年同期(10,598宗)之间`, `较上年同期（3.2%）
//! 大幅增长`): the bracket glosses the time with its value, so the figure is
//! of that time, not of the period in force. Reports write a comparison's
//! basis so, and a list of earlier values; and restate a basis's value in
//! brackets after the change (`较2021年上升6.7%(即29 157宗)`).

use super::adjacent::may_have_a_value;
use super::{time_ending_at_end, trim_end_blanks, Found};
use crate::context::time;

/// The most characters of a time phrase read back from the bracket.
const BACK_CHARS: usize = 12;

/// The time phrase that ends right at the opening bracket that ends
/// `before` (the text up to the figure): written dates with no day, a part
/// of the year, a year word or a same-period word (`上年同期`); not a span
/// to or from a time (`到2025年（`), which names a target or a start.
pub(super) fn period(before: &str) -> Option<&str> {
    let t = trim_end_blanks(before);
    let t = t.strip_suffix(['(', '（'])?;
    let t = trim_end_blanks(t);
    // (`到2025年(`: a span's bound, read whole above, not a year)
    let glossed = |head: &str, f: &Found<'_>| {
        may_have_a_value(f)
            && !f.text.starts_with('截')
            && !head.ends_with(['到', '至', '从', '從', '自', '由'])
    };
    let (i, f) = time_ending_at_end(t, BACK_CHARS, glossed)?;
    Some(with_year(t, i).unwrap_or(f.text))
}

/// `2020年同期`: a same-period word read at byte `i` of `t` after the
/// year it is of, the two read as one time (the year's phrase and the
/// word); None when no year phrase ends at `i`.
fn with_year(t: &str, i: usize) -> Option<&str> {
    if !t[i..].starts_with(['同', '上']) {
        return None;
    }
    let dated = |_: &str, f: &Found<'_>| f.reading.dated() && f.reading.dropped == 0;
    let (j, _) = time_ending_at_end(&t[..i], BACK_CHARS, dated)?;
    Some(&t[j..])
}

/// The basis whose value a bracket restates after a change (`较二〇二一年
/// 上升6.7%(即29 157宗)`, `与二〇二一年相比(即33 891宗)`): the figure is the
/// basis's own, of its time, as `time` dates it ([`time::basis_value`]).
/// `before` is the clause up to the figure, ending with `(即`.
pub(super) fn restated_basis(before: &str) -> Option<&str> {
    time::basis_value(before, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_value_is_of_the_time_before_it() {
        assert_eq!(period("较一季度("), Some("一季度"));
        assert_eq!(period("处于2020年同期("), Some("2020年同期"));
        assert_eq!(period("及2019年同期("), Some("2019年同期"));
        assert_eq!(period("增长11.6%，较上年同期（"), Some("上年同期"));
    }

    #[test]
    fn other_brackets_are_not_read() {
        assert_eq!(period("全市完成投资("), None);
        assert_eq!(period("较一季度"), None);
        assert_eq!(period("到2025年("), None);
    }

    #[test]
    fn a_restated_basis_value_is_of_the_basis() {
        let v = restated_basis;
        assert_eq!(v("较二〇二一年上升6.7%(即"), Some("二〇二一年"));
        assert_eq!(v("与二〇二一年相比(即"), Some("二〇二一年"));
        assert_eq!(v("较服务承诺的既定目标(即"), None);
        assert_eq!(v("比上年增长5%(即"), None);
    }
}
