//! The quote and title marks of a line, noted as the scanner passes them.
//!
//! Whether a number stands in a quoted label or a book title (`“十四五”`,
//! `《…2023年工作要点》`) depends on the last quote mark and the last title
//! marks before it. Searching back from every number for them cost about a
//! tenth of the scanner's time (short byte searches that stop at every
//! `、`, `。` and at characters such as `性`, `者`, `通` whose UTF-8 holds the
//! same `0x80` byte as the marks). The candidate search stops at the marks
//! as well ([`MARKS`]), and the scanner notes the last of each kind here,
//! so the look back is a comparison of offsets.

/// The wide quote and title marks the candidate search stops at, besides
/// the characters that can begin a numeral. The ASCII `"` is one too.
pub(super) use crate::chars::WIDE_MARKS as MARKS;

/// A quote mark, opening (`“`, `「`, `『`, `"`) or closing (`”`, `」`, `』`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Quote {
    Open,
    Close,
}

/// A mark and its width in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Quote(Quote),
    TitleOpen,
    TitleClose,
}

/// The quote mark whose UTF-8 form has `lead` and `last` around its middle
/// byte `0x80` (every curly quote and corner bracket is `E2 80 xx` or
/// `E3 80 xx`).
pub(super) fn wide_quote(lead: u8, last: u8) -> Option<Quote> {
    match (lead, last) {
        (0xE2, 0x9C) | (0xE3, 0x8C | 0x8E) => Some(Quote::Open),
        (0xE2, 0x9D) | (0xE3, 0x8D | 0x8F) => Some(Quote::Close),
        _ => None,
    }
}

/// The mark whose UTF-8 form has `lead` and `last` around a middle `0x80`.
fn wide_mark(lead: u8, last: u8) -> Option<Mark> {
    match (lead, last) {
        (0xE3, 0x8A) => Some(Mark::TitleOpen),
        (0xE3, 0x8B) => Some(Mark::TitleClose),
        _ => wide_quote(lead, last).map(Mark::Quote),
    }
}

/// The mark that starts at byte `at` of `b` (UTF-8), with its width.
fn mark_at(b: &[u8], at: usize) -> Option<(Mark, usize)> {
    if b.get(at) == Some(&b'"') {
        return Some((Mark::Quote(Quote::Open), 1));
    }
    match *b.get(at..at + 3)? {
        [lead, 0x80, last] => wide_mark(lead, last).map(|m| (m, 3)),
        _ => None,
    }
}

/// The last quote mark and the last title marks of a line before the
/// scanner's position, as byte offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Marks {
    /// The last quote mark (`"` counts as opening): where it starts, and
    /// whether it opens.
    pub(super) quote: Option<(usize, Quote)>,
    /// Where the last `《` starts.
    pub(super) title_open: Option<usize>,
    /// Where the last `》` starts.
    pub(super) title_close: Option<usize>,
}

impl Marks {
    fn note_mark(&mut self, at: usize, m: Mark) {
        match m {
            Mark::Quote(q) => self.quote = Some((at, q)),
            Mark::TitleOpen => self.title_open = Some(at),
            Mark::TitleClose => self.title_close = Some(at),
        }
    }

    /// Notes the mark at byte `at` of `b`, if one starts there; returns
    /// its width.
    pub(super) fn note_at(&mut self, b: &[u8], at: usize) -> Option<usize> {
        let (m, width) = mark_at(b, at)?;
        self.note_mark(at, m);
        Some(width)
    }

    /// Notes every mark of `b[from..to]` (whole characters), in order.
    /// Byte by byte: what the scanner read (`628件`) is a few bytes long.
    pub(super) fn note_within(&mut self, b: &[u8], from: usize, to: usize) {
        for (i, &x) in b[from..to].iter().enumerate() {
            let hit = from + i;
            if x == b'"' {
                self.note_mark(hit, Mark::Quote(Quote::Open));
            } else if x == 0x80 && hit > from && hit + 1 < to {
                if let Some(m) = wide_mark(b[hit - 1], b[hit + 1]) {
                    self.note_mark(hit - 1, m);
                }
            }
        }
    }

    /// The marks at or after `lo`, with offsets counted from `lo`.
    pub(super) fn from(&self, lo: usize) -> Marks {
        let shift = |p: usize| p.checked_sub(lo);
        Marks {
            quote: self.quote.and_then(|(p, q)| Some((shift(p)?, q))),
            title_open: self.title_open.and_then(shift),
            title_close: self.title_close.and_then(shift),
        }
    }

    /// Whether a mark was noted at or after `at`: the marks then tell
    /// nothing of what stands before `at`.
    pub(super) fn reach(&self, at: usize) -> bool {
        self.quote.is_some_and(|(p, _)| p >= at)
            || self.title_open.is_some_and(|p| p >= at)
            || self.title_close.is_some_and(|p| p >= at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_by_their_bytes() {
        for (c, m) in [
            ('“', Mark::Quote(Quote::Open)),
            ('「', Mark::Quote(Quote::Open)),
            ('『', Mark::Quote(Quote::Open)),
            ('”', Mark::Quote(Quote::Close)),
            ('」', Mark::Quote(Quote::Close)),
            ('』', Mark::Quote(Quote::Close)),
            ('《', Mark::TitleOpen),
            ('》', Mark::TitleClose),
        ] {
            assert!(MARKS.contains(&c), "{c}");
            let b = c.to_string().into_bytes();
            assert_eq!(b[1], 0x80, "{c}");
            assert_eq!(mark_at(&b, 0), Some((m, 3)), "{c}");
        }
        assert_eq!(mark_at(b"\"", 0), Some((Mark::Quote(Quote::Open), 1)));
        // `。`, `、`, `〇`, `…`, `—` share the middle byte and are no marks.
        for c in ['。', '、', '〇', '…', '—', '性', '者'] {
            assert_eq!(mark_at(c.to_string().as_bytes(), 0), None, "{c}");
        }
    }

    /// Marks noted one by one, as the scanner meets them, and all at once.
    #[test]
    fn noted_within_as_one_by_one() {
        let t = "他说“十四五”规划，《关于2023年的报告》。\"五\"「三」『一』性者";
        let mut one = Marks::default();
        for (i, _) in t.char_indices() {
            one.note_at(t.as_bytes(), i);
        }
        let mut all = Marks::default();
        all.note_within(t.as_bytes(), 0, t.len());
        assert_eq!(one, all);
        assert_eq!(all.quote, t.rfind('』').map(|p| (p, Quote::Close)));
        assert_eq!(all.title_open, t.rfind('《'));
        assert_eq!(all.title_close, t.rfind('》'));
        assert!(all.reach(t.rfind('』').unwrap_or(0)));
        assert!(!all.reach(t.len()));
        let from = all.from(t.rfind('《').unwrap_or(0) + 1);
        assert_eq!(from.title_open, None);
        assert_eq!(
            from.title_close.map(|p| p + t.rfind('《').unwrap_or(0) + 1),
            t.rfind('》')
        );
    }
}
