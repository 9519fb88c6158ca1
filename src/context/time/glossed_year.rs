//! A relative year glossed with its number in brackets in the opening of
//! the body (`在議會報告明年度（115）總預算`, `今年（2024年）全市…`): the
//! document is written in the year the gloss counts from. `今年（114）` is
//! written in 2025, `明年度（115）` in 2025 too, `去年（2023年）` in 2024.
//!
//! The gloss moves only the document's own year (what `今年`, `明年` mean);
//! the year its results are for stays the title's (`彰化縣115年度總預算`:
//! a budget for 2026 delivered in 2025, its figures with no period are
//! 2026's).

use super::DocYears;

/// The relative years that may be glossed, with how far each lies from
/// the year of writing.
const RELATIVE: [(&str, i32); 5] = [
    ("今年", 0),
    ("本年", 0),
    ("明年", 1),
    ("去年", -1),
    ("上年", -1),
];

/// The year of writing a line's first glossed relative year gives: the
/// bracketed year less the relative word's distance.
pub(super) fn written_in(t: &str) -> Option<i32> {
    RELATIVE.iter().find_map(|(w, off)| {
        t.match_indices(w)
            .find_map(|(at, _)| bracketed_year(&t[at + w.len()..]))
            .map(|y| y - off)
    })
}

/// The year in brackets right after a relative year word (a `度` between
/// them allowed): `（115）`, `(2024年)`, `（114年度）`. Up to three digits
/// are a Republic of China year.
fn bracketed_year(rest: &str) -> Option<i32> {
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    let inner = rest.strip_prefix('（').or_else(|| rest.strip_prefix('('))?;
    let close = inner.find(['）', ')'])?;
    let inner = &inner[..close];
    let digits = inner
        .strip_suffix("年度")
        .or_else(|| inner.strip_suffix('年'))
        .unwrap_or(inner);
    let len = digits.chars().count();
    if !(2..=4).contains(&len) {
        return None;
    }
    let n = digits.chars().try_fold(0i32, |n, c| {
        Some(n * 10 + i32::from(crate::chars::digit_value(c)?))
    })?;
    match len {
        2 | 3 if (1..=200).contains(&n) => Some(n + 1911),
        4 if (1900..=2200).contains(&n) => Some(n),
        _ => None,
    }
}

impl DocYears {
    /// Takes an opening line of the body: a relative year glossed with
    /// its number makes that year's the document's own; the year its
    /// results are for, once a title gave it, stays.
    pub(super) fn observe_glossed_year(&mut self, t: &str) {
        let Some(y) = written_in(t) else {
            return;
        };
        if self.anchor == Some(y) {
            return;
        }
        self.anchor = Some(y);
        if self.results.is_some() {
            self.delivered_later = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::written_in;

    #[test]
    fn glossed_relative_years() {
        assert_eq!(
            written_in("處長今天在議會報告明年度（115）總預算"),
            Some(2025)
        );
        assert_eq!(written_in("今年度（114）歲入減少"), Some(2025));
        assert_eq!(written_in("今年（2024年）全市新建学校3所"), Some(2024));
        assert_eq!(written_in("去年(2023年)全县完成投资5亿元"), Some(2024));
        assert_eq!(written_in("明年（１１６年度）預算"), Some(2026));
    }

    #[test]
    fn no_gloss_of_a_year() {
        assert_eq!(written_in("今年全市新建学校3所"), None);
        assert_eq!(written_in("今年（第二季度）增长5%"), None);
        assert_eq!(written_in("去年（含补报）完成5亿元"), None);
        assert_eq!(written_in("明年（1）月"), None);
    }
}
