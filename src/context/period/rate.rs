//! `每年` inside a rate rather than heading a clause: `平均每年增长5%` (the
//! average of a span, a rate) and `每人每年3500元`, `每户每月200元` (a
//! second `每` after a first: the unit of a compound rate, a standard of
//! so much per person per year). The figure's period is the one in force,
//! not `每年`; a clause headed by `每年` (`每年资助学生8000万人次`) keeps
//! it.

/// Whether a time phrase starting with `c` after `p` (after `pp`) is the
/// `每…` of a rate: `c` is `每` after `均` (`平均每年`, `年均每月`) or
/// after a first `每` and the one character it counts by (`每人每年`).
pub(super) fn every_in_rate(c: char, p: char, pp: char) -> bool {
    c == '每' && (p == '均' || pp == '每')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_after_an_average_or_another_every() {
        assert!(every_in_rate('每', '均', '平'));
        assert!(every_in_rate('每', '人', '每'));
        assert!(every_in_rate('每', '户', '每'));
        assert!(!every_in_rate('每', '，', '元'));
        assert!(!every_in_rate('每', '养', '供'));
        assert!(!every_in_rate('今', '人', '每'));
    }
}
