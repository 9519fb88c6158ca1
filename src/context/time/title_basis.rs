//! A year a title compares with: never the year the document is on.
//!
//! A news title often measures a figure against an earlier year
//! (`澳门7月入境旅客302万人次，恢复至2019年86%`, `出口额较2019年增长两成`,
//! `客流量达2019年同期九成`): that year is the basis of the comparison; the
//! figure's own year is not written (`7月`, `今年`). Such a year is no
//! title year, so the document's year comes from its body or stays unknown
//! (SPEC §2.2: a time a reader cannot tell is null), never the basis.

/// Words that, right before a year, make it what a figure is compared
/// with or returns to (`比2019年`, `较2019年`, `恢复至2019年`, `相当于2019年`),
/// one a line (`words/time-title-bases.txt`).
const BEFORE: &str = include_str!("../words/time-title-bases.txt");

/// The words of [`BEFORE`], parsed once.
fn before_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| super::parse_words(BEFORE))
}

/// Words that, right after a year, make it a basis: the same months of
/// that year (`2019年同期`).
const AFTER: [&str; 2] = ["同期", "同月"];

/// Whether the period phrase `p` (a slice of the title `t`) is the basis
/// of a comparison (see the module's note).
pub(super) fn compares(t: &str, p: &str) -> bool {
    let at = p.as_ptr() as usize - t.as_ptr() as usize;
    let (before, after) = (&t[..at], &t[at + p.len()..]);
    before_words()
        .iter()
        .any(|w| before.ends_with(w) || p.starts_with(w))
        || AFTER.iter().any(|w| after.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year_in(t: &'static str, p: &str) -> bool {
        let at = t.find(p).unwrap();
        compares(t, &t[at..at + p.len()])
    }

    #[test]
    fn bases() {
        assert!(year_in(
            "某市8月客流量120万人次，恢复至2019年九成",
            "2019年"
        ));
        assert!(year_in("出口额较2019年增长两成", "2019年"));
        assert!(year_in("客流量达2019年同期九成", "2019年"));
        assert!(year_in("港口吞吐量回復2019年水平", "2019年"));
    }

    #[test]
    fn a_share_of_a_year_is_its_basis() {
        assert!(year_in(
            "某市8月接待游客120万人次，相当于2019年的九成",
            "2019年"
        ));
        assert!(year_in("某縣8月旅客量相當於2019年同期", "2019年"));
    }

    #[test]
    fn not_bases() {
        assert!(!year_in("某市2019年国民经济和社会发展统计公报", "2019年"));
        assert!(!year_in("2019年同比增长5%", "2019年"));
    }
}
