//! Numeral parsing: Arabic, full-width and Chinese numerals, percent forms.
//!
//! STUB: to be replaced by the numeral work (interface below is fixed).

use std::fmt;

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
    /// A 余/多 inside the numeral before a magnitude (`3万余`? no: `300多万`,
    /// `十余万`): the value is a lower bound.
    pub more: bool,
    /// Vague: `几十`, `数百`, `十几`.
    pub vague: bool,
    /// The numeral ends in a magnitude word (`万`, `亿`, `千`, `百`).
    pub magnitude: bool,
}

/// Reads the longest numeral that starts at byte `at` of `text`.
///
/// Returns `None` when no numeral starts there, or when the numeral cannot be
/// represented exactly (more than 2^53). Never consumes a magnitude character
/// that begins a unit (`千米`, `千瓦`, `千克`, `兆瓦`, `百分点`) nor a sign.
pub(crate) fn scan_number(text: &str, at: usize) -> Option<Scanned> {
    let b = text.as_bytes();
    let mut i = at;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == at {
        return None;
    }
    let mut decimal = false;
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        decimal = true;
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    let value: f64 = text[at..i].parse().ok()?;
    Some(Scanned {
        end: i,
        value,
        upper: None,
        form: Form::Plain,
        arabic: true,
        chinese: false,
        int_digits: text[at..i].split('.').next().map_or(0, |s| s.len() as u32),
        decimal,
        separator: false,
        digit_string: false,
        more: false,
        vague: false,
        magnitude: false,
    })
}

/// A numeral parsed on its own by [`parse_numeral`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    value: f64,
    upper: Option<f64>,
    unit: Option<&'static str>,
}

impl Numeral {
    /// The value: `1.5万` → 15000, `百分之十四點五` → 14.5.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The upper end when the numeral is a range (`三四十` → 40).
    pub fn upper(&self) -> Option<f64> {
        self.upper
    }

    /// `Some("%")` for percent forms, `Some("‰")` for 千分之, else `None`.
    pub fn unit(&self) -> Option<&'static str> {
        self.unit
    }
}

/// Why a numeral could not be parsed, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumeralError {
    input: String,
    offset: usize,
}

impl fmt::Display for NumeralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid numeral {:?} at byte {}",
            self.input, self.offset
        )
    }
}

impl std::error::Error for NumeralError {}

/// Parses a whole string as one numeral.
///
/// # Errors
///
/// When the string is not one numeral.
pub fn parse_numeral(s: &str) -> Result<Numeral, NumeralError> {
    match scan_number(s, 0) {
        Some(n) if n.end == s.len() => Ok(Numeral {
            value: n.value,
            upper: n.upper,
            unit: None,
        }),
        _ => Err(NumeralError {
            input: s.to_string(),
            offset: 0,
        }),
    }
}

/// Whether `c` can begin a numeral. (stub)
pub(crate) fn is_numeral_start(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "零〇一二两三四五六七八九十百千万亿兆廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸几数"
            .contains(c)
}

/// End of the maximal run of numeral characters from `at`. (stub)
pub(crate) fn numeral_run_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !(is_numeral_start(c) || ".．,，点點".contains(c)))
        .map_or(text.len(), |(i, _)| at + i)
}
