//! Ordinals listed before the noun they number (`一、二审刑事案件`,
//! `一、二、三产业增加值`): `一、` there opens no item of a numbered list
//! (a section marker) but the first of the ordinals the noun takes, and
//! the whole list belongs to the subject (the noun's modifier).

/// The Chinese numerals from one to ten, in order.
const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// Whether the section marker of `m` bytes opening `s` (`一、`) is the
/// first ordinal of a list: a numeral and `、`, right after it the next
/// numeral (`二`), and after that no numeral (`一、二〇二三年…` is a heading).
pub(super) fn opens_ordinal_list(s: &str, m: usize) -> bool {
    let mut marker = s[..m].chars();
    let (Some(n), Some('、'), None) = (marker.next(), marker.next(), marker.next()) else {
        return false;
    };
    let Some(i) = NUMERALS.iter().position(|&c| c == n) else {
        return false;
    };
    let mut rest = s[m..].chars();
    rest.next() == NUMERALS.get(i + 1).copied()
        && rest
            .next()
            .is_some_and(|c| !NUMERALS.contains(&c) && !matches!(c, '〇' | '零' | '百'))
}

#[cfg(test)]
mod tests {
    use super::opens_ordinal_list;

    #[test]
    fn a_numeral_before_the_next_one_opens_a_list_of_ordinals() {
        let m = "一、".len();
        assert!(opens_ordinal_list("一、二审刑事案件", m));
        assert!(opens_ordinal_list("一、二、三产业增加值", m));
        assert!(!opens_ordinal_list("一、三农工作", m));
        assert!(!opens_ordinal_list("一、二〇二三年工作回顾", m));
        assert!(!opens_ordinal_list("一是二审案件", "一是".len()));
    }
}
