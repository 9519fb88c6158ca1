//! Numeral parsing: Arabic, full-width and Chinese numerals, percent forms.
//!
//! Two entry points share one grammar:
//!
//! - [`scan_number`] (crate-internal) reads the longest numeral that starts at
//!   a byte offset of running text, for the scanner;
//! - [`parse_numeral`] parses a whole string as one numeral, with a sign and
//!   percent suffixes.
//!
//! # Grammar, in short
//!
//! - Arabic digits (ASCII or full-width), a decimal point (`.`, `．`),
//!   thousands separators (`,`, `，`, one space) between groups of exactly
//!   three digits.
//! - Chinese digits `零〇一二两三四五六七八九`, financial `壹贰叁肆伍陆柒捌玖`
//!   and traditional forms, units `十百千` (`拾佰仟`), `廿卅卌`, sections
//!   `万亿兆` (`萬億`), `万万` and `万亿` as products, `零` gaps, an omitted
//!   trailing unit (`三万五` = 35000), decimals with `点`/`點`.
//! - Arabic and Chinese mixed: `1.5万`, `2亿3000万`, `2334萬9666`, `4千亿`.
//! - Ranges inside a numeral (`三四十`, `七八十万`, `十七八`), vague digits
//!   (`几十` → 10, `十几` → 10, `数百` → 100).
//! - `余`/`多` directly followed by `万`/`亿` is read inside the numeral
//!   (`300多万` = 3000000, "more"); a trailing `余`/`多` is NOT consumed: the
//!   scanner reads it as a qualifier.
//! - Percent forms: `百分之三十`, `千分之五` (permille), `N分之M` (a proportion
//!   in percent), `三成`, `三成半`, `七成五`.
//!
//! # Cost
//!
//! [`scan_number`] allocates nothing and costs O(bytes examined): it examines
//! no further than [`numeral_run_end`] plus a few characters of look-ahead
//! (a unit word such as `千米`, `分之`, the character after `成`), and it bails
//! out after 16 integer digits. A range (`三四十`) is evaluated twice.
//!
//! # Exactness
//!
//! Values are computed as exact decimals (a `u128` mantissa and a decimal
//! scale), never accumulated in `f64`; the `f64` returned is the correctly
//! rounded value of the exact decimal.

mod dec;
mod grammar;
mod parse;
#[cfg(test)]
mod tests;

use self::dec::Dec;
use self::grammar::{ch, cls, full, Opts, C};
pub(crate) use self::grammar::{is_numeral_start, numeral_run_end};
pub use self::parse::{parse_numeral, Numeral, NumeralError, NumeralErrorKind};

// ---------------------------------------------------------------------------
// Scanner interface
// ---------------------------------------------------------------------------

/// How the numeral is written, as far as the scanner cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// A plain number: `628`, `1.5万`, `六十七萬`.
    Plain,
    /// A percentage written with words: `百分之三十` (30), `三成` (30),
    /// `三分之一` (33.33…).
    Percent,
    /// `千分之五` (5).
    Permille,
}

/// A numeral read from the text at some position (crate-internal).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Scanned {
    /// Byte offset just past the numeral.
    pub end: usize,
    /// The value, magnitude words applied; finite and exact.
    pub value: f64,
    /// Upper end of a range written inside the numeral: `三四十` (30..40),
    /// `一两` (1..2).
    pub upper: Option<f64>,
    /// Plain number, or a percent/permille written with words.
    pub form: Form,
    /// At least one Arabic (ASCII or full-width) digit.
    pub arabic: bool,
    /// At least one Chinese numeral character (digit or magnitude).
    pub chinese: bool,
    /// Digits in the integer part of the leading Arabic digit run (`2023` → 4),
    /// 0 when the numeral starts with a Chinese character.
    pub int_digits: u32,
    /// A decimal point was read.
    pub decimal: bool,
    /// A thousands separator (`,`, `，`, a space) was read.
    pub separator: bool,
    /// Digit-by-digit Chinese (`二〇二三`), as years and codes are written.
    pub digit_string: bool,
    /// A 余/多 inside the numeral before a magnitude (`300多万`, `十余万`):
    /// the value is a lower bound. A trailing 余/多 (`3万余`, `百余`) is not
    /// consumed: the scanner reads it as a qualifier.
    pub more: bool,
    /// Vague: `几十`, `数百`, `十几`.
    pub vague: bool,
    /// The numeral ends in a magnitude word (`万`, `亿`, `千`, `百`, `十`).
    pub magnitude: bool,
    /// Written with magnitude characters only, the leading one implicit:
    /// `百`, `千`, `十万`, `万`, `亿`, `万亿` (as in `百余人次`, `近千次`,
    /// `近万人`, `超亿元`, `万余人`). Alone, such characters are often part of
    /// a word (`百姓`, `千万不要`, `万人空巷`, `十分`); the scanner decides
    /// from a qualifier or a unit around them. A `万`/`亿` at the start is
    /// read alone (or as `万亿`): `万一` is not 10001.
    pub bare: bool,
}

/// Numerals that are words more often than numbers in running text, refused
/// by [`scan_number`] (not by [`parse_numeral`]): a bare `零` (`零售`, `零碳`);
/// `零` and one digit (`一年零三个月`: the number is the `三`); one financial
/// digit alone (`陆续`, `大陆`, `队伍`, `收拾`, `參加`): financial numerals are
/// written with units (`陆拾`, `伍佰`).
fn lone_word(s: &str) -> bool {
    let mut cs = s.chars();
    let (Some(a), b, rest) = (cs.next(), cs.next(), cs.next()) else {
        return true;
    };
    match (b, rest) {
        (None, _) => {
            !(cls(a) == C::Zero
                || matches!(
                    a,
                    '壹' | '贰'
                        | '貳'
                        | '叁'
                        | '參'
                        | '叄'
                        | '肆'
                        | '伍'
                        | '陆'
                        | '陸'
                        | '柒'
                        | '捌'
                        | '玖'
                        | '拾'
                        | '佰'
                        | '仟'
                ))
        }
        (Some(b), None) => !(cls(a) == C::Zero && matches!(cls(b), C::Dig(..))),
        _ => true,
    }
}

/// 2^53: larger integers are not metrics (ID-card numbers, codes) and are
/// not exact in `f64`.
const MAX_EXACT: u128 = 1 << 53;

/// Reads the longest numeral that starts at byte `at` of `text`.
///
/// Returns `None` when no numeral starts there, or when the numeral cannot be
/// represented exactly (an integer part above 2^53, a digit run longer than
/// 16 digits). Never consumes a magnitude character that begins a unit
/// (`千米`, `千瓦`, `千克`, `兆瓦`, `百分点`) nor a sign, a `%`, a qualifier or a
/// trailing `余`/`多`.
///
/// Cost: O(bytes examined), no allocation; it examines no further than
/// [`numeral_run_end`]`(text, at)` plus a few characters of look-ahead.
pub(crate) fn scan_number(text: &str, at: usize) -> Option<Scanned> {
    if !ch(text, at).is_some_and(|(c, _)| is_numeral_start(c)) {
        return None;
    }
    let o = Opts {
        high: false,
        loose: false,
        max_digits: 16,
    };
    let f = full(text, at, o)?;
    if f.end <= at {
        return None;
    }
    if f.form == Form::Plain && !lone_word(&text[at..f.end]) {
        return None;
    }
    let c = f.core;
    let int_ok = |d: Option<Dec>, v: f64| match d {
        Some(d) => d.int_part() <= MAX_EXACT,
        None => v.is_finite() && v <= MAX_EXACT as f64,
    };
    if !int_ok(f.exact, f.value) || !f.value.is_finite() {
        return None;
    }
    if let Some(u) = f.upper {
        if !int_ok(f.upper_exact, u) {
            return None;
        }
    }
    Some(Scanned {
        end: f.end,
        value: f.value,
        upper: f.upper,
        form: f.form,
        arabic: c.arabic,
        chinese: c.chinese,
        int_digits: c.int_digits,
        decimal: c.decimal,
        separator: c.separator,
        digit_string: c.digit_string,
        more: c.more,
        vague: c.vague,
        magnitude: c.magnitude && f.form == Form::Plain,
        bare: c.bare && f.form == Form::Plain,
    })
}
