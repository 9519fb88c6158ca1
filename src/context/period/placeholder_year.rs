//! A year written with placeholders for its last digits (`20xx年`,
//! `20**年`, `20____年`, `201X年度`): a template's or an anonymised
//! report's year, written where a year opens a paragraph or heads a
//! clause. It is a period as written (SPEC §2.2), the year the report's
//! results are for (none when the document names no year).

use super::{char_count, is_arabic, is_num_char, Base, Class, Word};

/// The characters written for a digit left out.
const MARKS: [char; 8] = ['x', 'X', '*', '_', '×', 'Ｘ', '＊', '＿'];

/// The first bytes of [`MARKS`] (`×` is C3 97, the full-width ones EF BC):
/// what follows most numerals is refused on it alone.
const MARK_FIRST: [u8; 6] = [b'x', b'X', b'*', b'_', 0xC3, 0xEF];

/// The most characters of a year with its placeholders (`20____`).
const MOST_CHARS: usize = 6;

/// The word a placeholder year reads as: a span of its own, the results
/// year.
const WORD: Word = Word {
    class: Class::Span,
    time: "R",
};

/// The placeholder year `s` starts with, whose first `n` bytes are its
/// numeral ([`super::num_len`]), and the bytes read: one to three Arabic
/// digits, placeholders for the rest (four to six characters in all),
/// then `年` or `年度`; not a day of it (`20**年2月27日`, the date of an
/// event).
pub(super) fn placeholder_year(s: &str, n: usize) -> Option<(Base, usize)> {
    let rest = s.get(n..)?;
    if !MARK_FIRST.contains(rest.as_bytes().first()?) {
        return None;
    }
    let digits = char_count(&s[..n]);
    if !(1..=3).contains(&digits) || !s[..n].chars().all(is_arabic) {
        return None;
    }
    let marks: Vec<char> = rest.chars().take_while(|c| MARKS.contains(c)).collect();
    let total = digits + marks.len();
    if marks.is_empty() || !(4..=MOST_CHARS).contains(&total) {
        return None;
    }
    let k: usize = marks.iter().map(|c| c.len_utf8()).sum();
    let after = &rest[k..];
    let unit = ["年度", "年"].into_iter().find(|u| after.starts_with(u))?;
    if after[unit.len()..].starts_with(is_num_char) {
        return None;
    }
    Some((Base::Word(WORD), n + k + unit.len()))
}

#[cfg(test)]
mod tests {
    use super::super::{num_len, read};
    use super::*;

    fn len(s: &str) -> Option<usize> {
        placeholder_year(s, num_len(s)).map(|(_, n)| n)
    }

    #[test]
    fn years_with_digits_left_out() {
        assert_eq!(len("20xx年全县"), Some("20xx年".len()));
        assert_eq!(len("20**年,经"), Some("20**年".len()));
        assert_eq!(len("20____年林业"), Some("20____年".len()));
        assert_eq!(len("201X年度预算"), Some("201X年度".len()));
        assert_eq!(len("２０ＸＸ年，"), Some("２０ＸＸ年".len()));
        assert_eq!(read("20xx年，全县").map(|r| r.len), Some("20xx年".len()));
    }

    #[test]
    fn other_texts_are_no_placeholder_year() {
        // a day of it: an event's date
        assert_eq!(len("20**年2月27日印发"), None);
        // too few or too many characters for a year, or no unit
        assert_eq!(len("2x年"), None);
        assert_eq!(len("20xxxxx年"), None);
        assert_eq!(len("20xx县"), None);
        assert_eq!(len("2023年"), None);
        assert_eq!(len("5*3年"), None);
    }
}
