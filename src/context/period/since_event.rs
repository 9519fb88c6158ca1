//! A span from an event up to now heading a clause (`自《守則》推行以來，`,
//! `自专项行动开展以来，`, `从新机制运行以来，`): `自` or `从`, a few words
//! naming the event, then `以来` and a clause mark. A period (SPEC §2.2),
//! whose start the text does not date, as an event's `期间` (see
//! `event_span` in `period.rs`). A start the reader dates (`自2019年以来`)
//! is read as a date before this is asked; an event named with its year
//! (`自2019年成立以来`) is left to the reading of that year.

use super::Found;
use crate::context::sentence::is_clause_mark;

/// The words that open such a span, longest first.
const OPENS: [&str; 5] = ["自从", "自從", "自", "从", "從"];

/// The UTF-8 bytes of the first characters of [`OPENS`] (`自`, `从`,
/// `從`): compared as bytes, no character decoded.
const FIRST_BYTES: [[u8; 3]; 3] = [[0xE8, 0x87, 0xAA], [0xE4, 0xBB, 0x8E], [0xE5, 0xBE, 0x9E]];

/// The words that close it.
const CLOSES: [&str; 2] = ["以来", "以來"];

/// The most characters the event's name takes.
const NAME_CHARS: usize = 20;

/// The span from an event that `c`, the head of a clause, opens with.
pub(super) fn since_event(c: &str) -> Option<Found<'_>> {
    // (asked of clause heads no other reader took: refused at once unless
    // the first character opens one)
    if !matches!(c.as_bytes().get(..3), Some(b) if FIRST_BYTES.iter().any(|f| f == b)) {
        return None;
    }
    let open = OPENS.iter().find(|o| c.starts_with(**o))?;
    let body = &c[open.len()..];
    let (at, close) = body
        .char_indices()
        .take(NAME_CHARS + 1)
        .take_while(|&(_, ch)| !is_clause_mark(ch) && ch != '。')
        .find_map(|(i, _)| {
            CLOSES
                .iter()
                .find(|w| body[i..].starts_with(**w))
                .map(|w| (i, w))
        })?;
    // (an event dated in its name, `自2019年成立以来`, `自三月开展以来`, is
    // left to the reading of its date: its time runs from that day; a
    // numeral of a name stays, `自十四五规划实施以来`, `自两会召开以来`)
    let name = &body[..at];
    if name.chars().count() < 2
        || name
            .chars()
            .any(|ch| crate::chars::is_digit(ch) || matches!(ch, '年' | '月' | '日'))
    {
        return None;
    }
    let end = open.len() + at + close.len();
    let closes = c[end..].chars().next().is_some_and(is_clause_mark);
    closes.then(|| Found::undated_span(c, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_then_since() {
        let f = since_event("自《条例》实施以来，全市受理投诉120件").unwrap();
        assert_eq!(f.text, "自《条例》实施以来");
        let f = since_event("从新机制运行以來，").unwrap();
        assert_eq!(f.text, "从新机制运行以來");
        // a numeral of the event's name is no date
        let f = since_event("自十四五规划实施以来，全市新增就业8万人").unwrap();
        assert_eq!(f.text, "自十四五规划实施以来");
        assert!(since_event("自两会召开以来，").is_some());
    }

    #[test]
    fn first_bytes_are_the_openers() {
        for (o, b) in ["自", "从", "從"].iter().zip(FIRST_BYTES) {
            assert_eq!(o.as_bytes(), b);
        }
    }

    #[test]
    fn no_span() {
        // no clause mark after it, a name too short or too long, no `以来`
        assert!(since_event("自开展以来共受理120件").is_none());
        assert!(since_event("自此以来，").is_none());
        assert!(since_event("自行车道12公里，").is_none());
        assert!(since_event("自今年一月开始执行新的标准和新的要求的措施全面铺开以来，").is_none());
        assert!(since_event("自治区受理，以来").is_none());
        assert!(since_event("自2019年成立以来，").is_none());
        assert!(since_event("自三月开展以来，").is_none());
        assert!(since_event("自10日起实施以来，").is_none());
    }
}
