//! A note in brackets between a measure and its figure:
//! `全市平均年降水量(全市11个气象观测站平均)1213毫米`,
//! `总人口性别比(以女性为100,男性对女性的比例)为105.07`.
//! (A note of how a measure is reckoned that holds neither, `经费投入强度
//! (与国内生产总值之比)`, is cut from the subject's end by
//! `end::before_reckoning_note`.)
//!
//! The note says how the measure was taken; the figure after it is the
//! measure's. A figure inside the note (`11个`) counts its own thing, and
//! the noun it counts is no subject of the figure after the bracket. A
//! note holds a figure or a clause of its own; a short name in brackets
//! (`(GDP)`, `村(社区)`) is part of the noun phrase and no note.

use crate::chars::is_digit;

/// Fewest characters in a note (a footnote mark `(注3)` is shorter).
const MIN_CHARS: usize = 4;

/// The text before the note in brackets that `head` (a sentence up to a
/// figure) ends with, after at most a copula: `全市平均年降水量` of
/// `全市平均年降水量(全市11个气象观测站平均)`; none if `head` ends
/// otherwise or the bracket holds no note.
pub(crate) fn before_note(head: &str) -> Option<&str> {
    // (told by the last byte first: `)` or the last byte of `）`, before
    // or after a copula; most figures follow neither)
    let h = head.trim_end();
    let h = h.strip_suffix(['为', '是', '达']).map_or(h, str::trim_end);
    if !matches!(h.as_bytes().last(), Some(b')' | 0x89)) || !h.ends_with([')', '）']) {
        return None;
    }
    let open = matching_open(h)?;
    let close = h.len() - h.chars().next_back().map_or(0, char::len_utf8);
    let note = &h[open..close];
    let note = &note[note.chars().next().map_or(0, char::len_utf8)..];
    let holds = note.chars().any(|c| is_digit(c) || matches!(c, ',' | '，'));
    let before = h[..open].trim_end();
    (holds && note.chars().count() >= MIN_CHARS && !before.is_empty()).then_some(before)
}

/// Where the bracket that `s`'s last character closes opens.
fn matching_open(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::before_note;

    #[test]
    fn a_note_with_a_figure_or_clause_is_passed_over() {
        assert_eq!(
            before_note("全市平均年降水量(全市11个气象观测站平均)"),
            Some("全市平均年降水量")
        );
        assert_eq!(
            before_note("总人口性别比(以女性为100,男性对女性的比例)为"),
            Some("总人口性别比")
        );
        assert_eq!(
            before_note("全县粮食总产量（含3个国有农场）为"),
            Some("全县粮食总产量")
        );
    }

    #[test]
    fn a_name_in_brackets_is_no_note() {
        assert_eq!(before_note("全市生产总值(GDP)"), None);
        assert_eq!(before_note("建成村(社区)"), None);
        assert_eq!(before_note("常住人口（注3）"), None);
        assert_eq!(before_note("(全市11个气象观测站平均)"), None);
        assert_eq!(before_note("全市平均年降水量"), None);
    }
}
