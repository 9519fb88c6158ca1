//! The time a ratio is taken of: `是2000年的1.65倍`, `恢复至2019年同期的46.2%`,
//! `相当于“九五”时期的5倍`. A time phrase bound by `的` to a multiple or a
//! share written right after it names the basis the figure is a ratio of:
//! it is not the figure's period, and it scopes nothing after it in its
//! clause or sentence (`…，是“九五”时期的4.08倍，农民人均纯收入3267元` keeps
//! the period in force for `3267元`).

use crate::numeral::Form;

/// What may stand between the time phrase and `的`: the same part of that
/// time, or its level (`2019年同期水平的95%`, `去年同期时的`).
const BETWEEN: [&str; 5] = ["同期水平", "同期", "水平", "时", "時"];

/// Whether `after`, the text right after a time phrase, binds it to a
/// ratio figure: `的` (after [`BETWEEN`]), perhaps `约` or `近`, then a
/// numeral and `倍`, `%`, `‰` or `成`, or a percent in words (`百分之八十`,
/// `三成`); or `的` ending the text read (the figure's own clause, cut
/// where the figure starts).
pub(super) fn names_ratio_basis(after: &str) -> bool {
    let t = BETWEEN
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let Some(t) = t.strip_prefix(['的', '之']) else {
        return false;
    };
    let t = t.strip_prefix(['约', '約', '近']).unwrap_or(t);
    // (the text of a figure's own clause ends where the figure starts: a
    // time bound to it so is a ratio's basis or its own time, which
    // `own_period` reads; the clause read on for a later figure, with this
    // one in it, is told by the figure)
    if t.is_empty() {
        return true;
    }
    // (the crate's own numeral reader: `1.2倍`, `一点二倍`, `三成`,
    // `百分之八十`)
    let Some(n) = crate::numeral::scan_number(t, 0) else {
        return false;
    };
    n.form != Form::Plain || t[n.end..].starts_with(['倍', '%', '％', '‰', '成'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multiple_or_share_after_de_is_a_ratio_of_the_time() {
        assert!(names_ratio_basis("的1.65倍，"));
        assert!(names_ratio_basis("同期的46.2%。"));
        assert!(names_ratio_basis("同期水平的95%"));
        assert!(names_ratio_basis("的九倍多"));
        assert!(names_ratio_basis("的三成"));
        assert!(names_ratio_basis("的百分之八十"));
        assert!(names_ratio_basis("的约1.2倍"));
        assert!(names_ratio_basis("同期的一点二倍，"));
        assert!(!names_ratio_basis("的1.2万人"));
        assert!(!names_ratio_basis("的水平"));
        assert!(!names_ratio_basis("实现增长5%"));
        assert!(names_ratio_basis("同期的"));
        assert!(!names_ratio_basis("同期"));
    }
}
