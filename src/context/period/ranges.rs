//! Spans whose two ends are written apart: a start told as a time on
//! (`2019年起`, `1月1日以来`) and an end after `至` or `到`
//! (`2019年起至2023年`, `自1月1日起至9月30日`). Reports of several years and
//! of a stretch of days write them so; the span is the whole phrase, not its
//! end alone (`至2023年` bounds nothing the report did not say began).

use super::{dates, is_num_char, Base, Dates, RANGE_MARKS, WORDS};

/// The marks that join a start told as a time on to its end.
const TO_MARKS: [char; 2] = ['至', '到'];

/// The end joined to a start `b` read with a tail `tails` that makes it a
/// time on (`起`, `以来`), when `rest`, the text after them, goes on with
/// `至` or `到` and a written date (`至2023年`, `至9月30日`): the range from
/// the start to that end, and the bytes of `rest` read. Only written dates on
/// both sides; the end may close on `底` or `末` (`至2023年底`: its last
/// day, as the end of a range is), no other tail (`至2023年初`).
pub(super) fn since_until(
    b: &Base,
    tails: &[Option<&str>; 2],
    rest: &str,
) -> Option<(Base, usize)> {
    let Base::Dates(start) = b else {
        return None;
    };
    let since = tails[0] == Some("since") && tails[1].is_none();
    let mark = rest.chars().next().filter(|c| TO_MARKS.contains(c))?;
    if !since || start.end.is_some() {
        return None;
    }
    let after = &rest[mark.len_utf8()..];
    if !after.chars().next().is_some_and(is_num_char) {
        return None;
    }
    let (end, mut n) = dates(after)?;
    if let Some(c) = after[n..]
        .chars()
        .next()
        .filter(|c| matches!(c, '底' | '末'))
    {
        n += c.len_utf8();
    }
    if end.end.is_some() || end.odd || ends_with_tail(&after[n..]) {
        return None;
    }
    let mut last = end.start;
    // (`2019年3月起至5月`: the end's year is the start's)
    if last.year.is_none() && last.month.is_some() {
        last.year = start.start.year;
    }
    let range = Dates {
        start: start.start,
        end: Some(last),
        odd: start.odd,
    };
    Some((Base::Dates(range), mark.len_utf8() + n))
}

/// Whether `s`, the text after an end date, starts with a tail that makes
/// that end a time of its own (`初`, `以来`, `起`, `期间`).
fn ends_with_tail(s: &str) -> bool {
    s.starts_with(['初', '以', '起', '期', '间', '間', '来', '來'])
}

/// The joiner between two dates that starts `s` (`至`, `—`, `－`), and the
/// bytes it takes, when a numeral follows it; in text that sets its Arabic
/// numerals off with spaces (`spaced`: `2019 年至 2023 年`, as text taken
/// from a PDF often is), with a space on either side of it.
pub(super) fn joiner_at(s: &str, spaced: bool) -> Option<(&'static str, usize)> {
    let lead = usize::from(spaced && s.starts_with(' '));
    let j = RANGE_MARKS.iter().find(|j| s[lead..].starts_with(**j))?;
    let mut n = lead + j.len();
    if spaced && s[n..].starts_with(' ') {
        n += 1;
    }
    s[n..]
        .chars()
        .next()
        .is_some_and(is_num_char)
        .then_some((*j, n))
}

/// Whether a word of `period-words.tsv` starts `s` and is at least `len`
/// bytes long: a lead and what it bounds (`当` + `年末`) are then that word
/// (`当年末`, the end of the year in force), read whole.
pub(super) fn word_covers(s: &str, len: usize) -> bool {
    WORDS.prefix_of(s).is_some_and(|(w, _)| w.len() >= len)
}

#[cfg(test)]
mod tests {
    use super::super::read;

    fn text(s: &str) -> &str {
        &s[..read(s).map_or(0, |r| r.len)]
    }

    #[test]
    fn a_start_on_and_an_end_make_one_span() {
        assert_eq!(text("2019年起至2023年，全市"), "2019年起至2023年");
        assert_eq!(text("自1月1日起至9月30日，全市"), "自1月1日起至9月30日");
        assert_eq!(text("2019年以来至2023年，"), "2019年以来至2023年");
        assert_eq!(text("2019年起至2023年底，"), "2019年起至2023年底");
    }

    #[test]
    fn a_start_on_alone_or_an_end_with_its_own_tail_stays() {
        assert_eq!(text("2019年起，全市"), "2019年起");
        assert_eq!(text("2019年以来，至2023年"), "2019年以来");
        assert_eq!(text("2019年起至2023年初，"), "2019年起");
        assert_eq!(text("2019年起至今，"), "2019年起至今");
    }

    #[test]
    fn ranges_join_with_any_dash_and_spaced_numerals() {
        assert_eq!(text("2019－2023年，"), "2019－2023年");
        assert_eq!(text("2019年―2023年，"), "2019年―2023年");
        assert_eq!(text("2019年——2023年，"), "2019年——2023年");
        assert_eq!(text("2019〜2023年，"), "2019〜2023年");
        assert_eq!(text("2019 年至 2023 年，"), "2019 年至 2023 年");
        assert_eq!(text("当年末，全区"), "当年末");
        assert_eq!(text("在2023年，全区"), "在2023年");
        assert_eq!(text("2019年 至2023年，"), "2019年");
    }
}
