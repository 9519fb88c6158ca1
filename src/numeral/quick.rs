//! Fast paths of [`scan_number`](super::scan_number) for shapes common in
//! reports, each giving what the grammar gives (tests compare them with
//! [`scan_grammar`](super::scan_grammar) on every short string of an
//! alphabet of numeral characters and followers):
//!
//! - one Chinese numeral character that nothing numeral follows: a lone
//!   magnitude (`百`, `近万人`), or no numeral at all (`数据`, `零售`, `队伍`);
//! - an Arabic number and one section unit (`3万`, `1.5亿`) that nothing
//!   numeral follows;
//! - a Chinese numeral written digit by digit (`一九五八`, `二〇二三`), as
//!   years are;
//! - tens (`十五`, `二十`, `三十六`) that nothing numeral follows.

use super::grammar::{
    ch, cls, digit_of, is_numeralish, is_point_at, is_range_pair, is_ws, three_digits,
    unit_word_after, C,
};
use super::{is_financial, Form, Scanned};

/// Whether the character after a numeral (`None` at the end) ends it for
/// certain: no digit, numeral character, separator or unit word goes on.
pub(super) fn ends_numeral(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) if c.is_ascii() => {
            !(matches!(c, '.' | ',' | ' ' | '0'..='9') || c.is_ascii_alphabetic())
        }
        Some(c) => !(is_numeralish(c) || is_ws(c)),
    }
}

/// Whether the Chinese digit at `i`, after the digit `last` that ends the
/// tens read, ends the numeral there: no range with `last` (`十五五`
/// is 15 then `五`, the grammar stops at a second digit; `十四五` is the
/// range 14..15).
fn digit_ends(text: &str, i: usize, last: Option<u8>) -> bool {
    let (Some(d), Some((c, n))) = (last, ch(text, i)) else {
        return false;
    };
    let k = cls(c);
    matches!(k, C::Dig(..)) && !is_range_pair(text, d, k, i + n)
}

/// `百分之三十`, `百分之五`: a percentage written with words whose
/// numerator is a lone digit or tens that nothing numeral follows (what
/// [`tens`] and [`lone_chinese_digit`](super::lone_chinese_digit) read).
/// `None` to ask the grammar.
pub(super) fn percent_words(text: &str, at: usize) -> Option<Scanned> {
    let m_at = at
        + text
            .get(at..)?
            .strip_prefix("百分之")
            .map(|_| "百分之".len())?;
    let m = tens(text, m_at).or_else(|| super::lone_chinese_digit(text, m_at))?;
    Some(Scanned {
        form: Form::Percent,
        magnitude: false,
        ..m
    })
}

/// Whether the character at `i`, after an Arabic number of `int_digits`
/// integer digits and `scale` decimals, ends it for certain though a
/// numeral could go on with it elsewhere: a `,` or `，` that no group of
/// three digits follows (`1，2`, `58.3，`: no thousands separator), a point
/// that no digit follows (`1. 做好`), a `余` or `多` that no `万` or `亿`
/// follows (`70余份`: the scanner reads it as a qualifier).
pub(super) fn ends_arabic(text: &str, i: usize, int_digits: u32, scale: u32) -> bool {
    let Some((c, n)) = ch(text, i) else {
        return false;
    };
    match c {
        ',' | '，' => scale > 0 || int_digits > 3 || three_digits(text, i + n).is_none(),
        // (a digit after the point was read as the decimals)
        c if crate::chars::is_decimal_point(c) => true,
        '余' | '多' | '餘' => {
            !ch(text, i + n).is_some_and(|(c2, _)| matches!(cls(c2), C::Big(4 | 8)))
        }
        _ => false,
    }
}

/// A numeral that is one Chinese character: `Some(answer)` where the
/// answer is certain without the grammar, `None` to ask the grammar.
#[inline]
pub(super) fn lone_chinese_char(text: &str, at: usize) -> Option<Option<Scanned>> {
    let (c, n) = ch(text, at)?;
    if !ends_numeral(ch(text, at + n).map(|x| x.0)) {
        return None;
    }
    match cls(c) {
        // `数据`, `几年`: a vague digit needs a unit after it; `零售`: a
        // lone zero is a word; `队伍`, `拾取`: a lone financial numeral too.
        C::Vague | C::Zero => Some(None),
        C::Dig(..) | C::Small(_) if is_financial(c) => Some(None),
        // `兆` alone is mega (the unit lexicon's).
        C::Big(12) => Some(None),
        C::Small(e) | C::Big(e) => {
            Some((!unit_word_after(text, at + n, c)).then(|| magnitude_only(at + n, e)))
        }
        _ => None,
    }
}

/// `百`, `千`, `万`, `亿` alone, ending at `end`: 10^`e`.
fn magnitude_only(end: usize, e: u32) -> Scanned {
    Scanned {
        magnitude: true,
        bare: true,
        ..Scanned::lone_chinese(end, 10f64.powi(e as i32))
    }
}

/// The Arabic number read so far (`mantissa` / 10^`scale`, with
/// `int_digits` before the point).
pub(super) struct Arabic {
    pub(super) mantissa: u64,
    pub(super) scale: u32,
    pub(super) int_digits: u32,
}

/// `3万`, `1.5亿`: the Arabic number `a`, read up to `i`, then `万` or `亿`
/// and a character that ends the numeral. `None` to ask the grammar (any
/// other shape, or a value that is no integer or beyond 2^53).
pub(super) fn arabic_with_section(text: &str, i: usize, a: &Arabic) -> Option<Scanned> {
    let (c, n) = ch(text, i)?;
    let e = match cls(c) {
        C::Big(e @ (4 | 8)) => e,
        _ => return None,
    };
    if a.scale > e || unit_word_after(text, i + n, c) || !ends_numeral(ch(text, i + n).map(|x| x.0))
    {
        return None;
    }
    // (u64 arithmetic: a product beyond it is beyond 2^53 as well)
    let value = POW10_U64
        .get((e - a.scale) as usize)
        .and_then(|p| a.mantissa.checked_mul(*p))
        .filter(|v| *v <= 1 << 53)?;
    Some(Scanned {
        arabic: true,
        chinese: true,
        int_digits: a.int_digits,
        decimal: a.scale > 0,
        magnitude: true,
        ..Scanned::plain(i + n, value as f64)
    })
}

/// The powers of ten up to 10^8, the largest section unit's.
const POW10_U64: [u64; 9] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
];

/// `一九五八`, `二〇二三`: a digit-by-digit Chinese numeral of two to
/// fifteen digits, starting with a digit `一`..`九` (not `两`). The digits'
/// value, flagged as a digit string. `None` to ask the grammar: a
/// consecutive pair that is a range (`三四`), a point (`一七二零点一`,
/// `七二九．二`), a magnitude (`一七二三億`), `分` or `成` after the
/// digits, a longer run.
#[inline]
pub(super) fn digit_string(text: &str, at: usize) -> Option<Scanned> {
    let (c0, n0) = ch(text, at)?;
    let C::Dig(d0, false) = cls(c0) else {
        return None;
    };
    digit_string_from(text, at, d0, n0)
}

/// [`digit_string`] after its first digit `d0` (`n0` bytes) at `at`.
fn digit_string_from(text: &str, at: usize, d0: u8, n0: usize) -> Option<Scanned> {
    let (c1, n1) = ch(text, at + n0)?;
    let k1 = cls(c1);
    if !matches!(k1, C::Dig(_, false) | C::Zero) || is_range_pair(text, d0, k1, at + n0 + n1) {
        return None;
    }
    let (mut i, mut m, mut digits) = (at, 0u64, 0u32);
    while let Some((c, n)) = ch(text, i) {
        let Some(d) = digit_of(c) else { break };
        digits += 1;
        if digits > 15 {
            return None;
        }
        m = m * 10 + u64::from(d);
        i += n;
    }
    if is_point_at(text, i)
        || ch(text, i).is_some_and(|(c, _)| matches!(cls(c), C::Big(_)) || c == '分' || c == '成')
    {
        return None;
    }
    Some(Scanned {
        digit_string: true,
        ..Scanned::lone_chinese(i, m as f64)
    })
}

/// `十五`, `二十`, `三十六` (`拾` likewise): tens with at most one digit
/// before and one after, that nothing numeral follows. `None` to ask the
/// grammar (any other shape, or a `十` that begins a unit word).
pub(super) fn tens(text: &str, at: usize) -> Option<Scanned> {
    let (c0, n0) = ch(text, at)?;
    let (tens_digit, shi_at) = match cls(c0) {
        C::Dig(d, _) => (d, at + n0),
        C::Small(1) => (1, at),
        _ => return None,
    };
    let (shi, n) = ch(text, shi_at)?;
    if cls(shi) != C::Small(1) || unit_word_after(text, shi_at + n, shi) {
        return None;
    }
    let mut end = shi_at + n;
    let mut value = u32::from(tens_digit) * 10;
    let mut last_digit = None;
    let unit_last = match ch(text, end).map(|(c, n)| (cls(c), n)) {
        Some((C::Dig(d, _), n)) => {
            value += u32::from(d);
            end += n;
            last_digit = Some(d);
            false
        }
        _ => true,
    };
    if end - at == n
        || !(ends_numeral(ch(text, end).map(|x| x.0)) || digit_ends(text, end, last_digit))
    {
        return None;
    }
    Some(Scanned {
        magnitude: unit_last,
        ..Scanned::lone_chinese(end, f64::from(value))
    })
}
