//! A year a title compares with: never the year the document is on.
//!
//! A news title often measures a figure against an earlier year
//! (`澳门7月入境旅客302万人次，恢复至2019年86%`, `出口额较2019年增长两成`,
//! `客流量达2019年同期九成`): that year is the basis of the comparison; the
//! figure's own year is not written (`7月`, `今年`). Such a year is no
//! title year, so the document's year comes from its body or stays unknown
//! (SPEC §2.2: a time a reader cannot tell is null), never the basis.
//! The words before such a year are those the body's bases are read by
//! (`period::equated_before`, `period::basis_start`).

/// Words that, right after a year, make it a basis: the same months of
/// that year (`2019年同期`).
const AFTER: [&str; 2] = ["同期", "同月"];

/// Whether the period phrase `p` (a slice of the title `t`) is the basis
/// of a comparison (see the module's note).
pub(super) fn compares(t: &str, p: &str) -> bool {
    let at = p.as_ptr() as usize - t.as_ptr() as usize;
    let (before, after) = (&t[..at], &t[at + p.len()..]);
    // (the readers of the body's bases: a verb that equates, `恢复至`,
    // `相当于`; `比`, `较` before a change's basis)
    crate::context::period::equated_before(before)
        || crate::context::period::basis_start(&t[..at + p.len()]).is_some_and(|i| i < at)
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
