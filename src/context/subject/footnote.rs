//! Footnote marks written after the name of a measure: statistical
//! bulletins number their notes so (`地区生产总值[2]`, `常住人口（注3）`,
//! `城镇化率¹`). A mark is no part of the noun phrase. (A circled number
//! after a name is left alone: the shared gold keeps it as written in a
//! 1956 report, `硫＠①`, where it may be part of a garbled name.)

use crate::chars::is_digit;

/// `s` without the footnote mark it ends with, if any.
pub(super) fn trim_marks(s: &str) -> &str {
    mark_len(s).map_or(s, |n| &s[..s.len() - n])
}

/// Bytes of the footnote mark that `s` ends with: a number in brackets,
/// with or without `注` (`[2]`, `［2］`, `(注3)`, `（注3）`) or
/// superscript digits.
pub(super) fn mark_len(s: &str) -> Option<usize> {
    // (told by the last byte first: most names end in an ideograph, and
    // every mark ends in `]`, `)`, `］` (…BD), `）` (…89) or a
    // superscript digit (…B0, …B2–B9))
    let &b = s.as_bytes().last()?;
    if !matches!(b, b']' | b')' | 0x89 | 0xBD | 0xB0 | 0xB2..=0xB9) {
        return None;
    }
    let last = s.chars().next_back()?;
    match last {
        _ if is_superscript(last) => Some(
            s.chars()
                .rev()
                .take_while(|&c| is_superscript(c))
                .map(char::len_utf8)
                .sum(),
        ),
        ']' | '］' | ')' | '）' => bracketed_len(s, last),
        _ => None,
    }
}

/// Bytes of `[2]`, `(注3)` and the like at the end of `s`, which ends
/// with the closing bracket `close`: one or two digits inside, after an
/// optional `注` or `註`.
fn bracketed_len(s: &str, close: char) -> Option<usize> {
    let inner = &s[..s.len() - close.len_utf8()];
    let digits: usize = inner
        .chars()
        .rev()
        .take_while(|&c| is_digit(c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    let count = inner[inner.len() - digits..].chars().count();
    if count == 0 || count > 2 {
        return None;
    }
    let rest = &inner[..inner.len() - digits];
    let rest = rest
        .strip_suffix('注')
        .or_else(|| rest.strip_suffix('註'))
        .unwrap_or(rest);
    let open = rest.chars().next_back()?;
    let pairs = match close {
        ']' => open == '[',
        '］' => open == '［',
        _ => matches!(open, '(' | '（'),
    };
    pairs.then(|| s.len() - (rest.len() - open.len_utf8()))
}

/// Superscript digits (`¹`, `²`, `³`, `⁰`…`⁹`).
fn is_superscript(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰' | '⁴'..='⁹')
}

#[cfg(test)]
mod tests {
    use super::mark_len;

    #[test]
    fn marks_of_notes_are_measured_from_the_end() {
        for (s, mark) in [
            ("地区生产总值[2]", "[2]"),
            ("常住人口［4］", "［4］"),
            ("城镇化率(注3)", "(注3)"),
            ("城镇化率（註12）", "（註12）"),
            ("城镇化率¹", "¹"),
        ] {
            assert_eq!(mark_len(s), Some(mark.len()), "{s}");
        }
    }

    #[test]
    fn other_brackets_and_names_are_no_marks() {
        for s in [
            "生产总值(GDP)",
            "地区生产总值",
            "人口(万人)",
            "项目(123)",
            "（注）",
            "【2】",
            "硫＠①",
        ] {
            assert_eq!(mark_len(s), None, "{s}");
        }
    }
}
