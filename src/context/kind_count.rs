//! A count of kinds written in Chinese numerals right before a noun
//! (`八类严重暴力案件破案率提升2.5个百分点`, `三类可防性案件同比下降21.88%`).
//! The scanner reads `八类` as a figure of its own, so the stretch of the
//! next figure opens after it; yet a numeral and a measure word of kinds
//! before a noun modify it (which eight kinds of cases), and the subject
//! of the figure after begins with them. A tally written in digits
//! (`33项制度`) counts, and is left to the figure it is.

use crate::chars::{is_small_chinese_digit, simplified};
use crate::quantity::Quantity;

/// Measure words of kinds.
const KIND_UNITS: &[&str] = &["类", "類", "项", "項", "种", "種"];

/// `subject` (a slice of `line`) with the count of kinds `prev` before
/// it, when the subject opens right where `prev` ends and `prev` is a
/// Chinese numeral and a measure word of kinds; else `None`.
pub(super) fn with_kinds<'a>(
    line: &'a str,
    prev: &Quantity<'_>,
    subject: &'a str,
) -> Option<&'a str> {
    let at = (subject.as_ptr() as usize).checked_sub(line.as_ptr() as usize)?;
    let end = at + subject.len();
    if at != prev.span.end || end > line.len() || prev.span.start >= at {
        return None;
    }
    let kinds = prev.unit.is_some_and(|u| KIND_UNITS.contains(&u));
    let numeral = line
        .get(prev.number.start..prev.number.end)
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| is_small_chinese_digit(simplified(c))));
    (kinds && numeral).then(|| &line[prev.span.start..end])
}
