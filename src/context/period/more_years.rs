//! `两年多来`, `兩年多來`, `三年多以来`: more than a count of years up to the
//! time of writing, a span and so a period (SPEC §2.2). How much more is
//! not written, so the span has no dates. (`一年多来` is a word of
//! `period-words.tsv`, the results year, and is left to it.)

use super::{num_value, Base, UNDATED_SPAN};

/// The last words of such a span, after `年多`.
const SINCE: [&str; 4] = ["以来", "以來", "来", "來"];

/// The span `s` starts with, whose numeral is its first `n` bytes, and the
/// bytes read: a count of two years or more, `年多`, then `来` or `以来`.
pub(super) fn more_years(s: &str, n: usize) -> Option<(Base, usize)> {
    let rest = s.get(n..)?.strip_prefix("年多")?;
    let tail = SINCE.iter().find(|t| rest.starts_with(**t))?;
    if num_value(&s[..n])? < 2 {
        return None;
    }
    Some((UNDATED_SPAN, n + "年多".len() + tail.len()))
}
