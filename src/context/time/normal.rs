//! A climate normal named before a figure as what the year is compared
//! with (`较常年同期(负2.9℃)偏高0.7℃`, `比历年平均值12.7℃偏高1.3℃`): the
//! figure is the average of thirty years, no figure of the period
//! reported (SPEC §2.2: the text fixes no time for it). The normal named
//! at the head of its own clause (`常年同期为…`) is read by
//! [`super::names_a_normal`].

/// The names of a normal that a compared figure follows directly.
const NORMALS: [&str; 6] = [
    "常年",
    "常年同期",
    "常年值",
    "历年平均值",
    "历年同期",
    "历年平均",
];

/// What may stand between the normal's name and its figure: an opening
/// bracket, the sign of a temperature below zero (`负2.9℃`).
const BETWEEN: [char; 3] = ['(', '（', '负'];

/// Whether the clause before a figure ends with the name of a normal it
/// is compared with (`较常年同期(负`, `比历年平均值`).
pub(super) fn compared_normal(clause: &str) -> bool {
    // (asked of every clause: refused on the last character first)
    let Some(last) = crate::chars::last_char(clause) else {
        return false;
    };
    if !matches!(last, '年' | '期' | '值' | '均') && !BETWEEN.contains(&last) {
        return false;
    }
    let c = clause.trim_end_matches(BETWEEN);
    NORMALS.iter().any(|n| c.ends_with(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normals_compared_with() {
        assert!(compared_normal("较常年同期(负"));
        assert!(compared_normal("比历年平均值"));
        assert!(compared_normal("较常年同期（"));
        // (the change from the normal is the year's)
        assert!(!compared_normal("较常年同期偏高"));
        assert!(!compared_normal("全年"));
        assert!(!compared_normal("本年平均气温"));
    }

    #[test]
    fn names_are_listed_once_and_end_as_the_first_test_lets_through() {
        let mut seen = NORMALS.to_vec();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), NORMALS.len());
        for n in NORMALS {
            let last = n.chars().last().unwrap();
            assert!(matches!(last, '年' | '期' | '值' | '均'), "{n}");
        }
    }
}
