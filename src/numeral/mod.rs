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
//!   thousands separators (`,`, `，`, one space): the first group has 1 to 3
//!   digits, every later group exactly 3 and no digit after it (`1，234人`
//!   is 1234, `2019，2020年` is 2019), one kind of separator per number.
//! - Chinese digits `零〇○一二两三四五六七八九`, financial `壹贰叁肆伍陆柒捌玖`
//!   and traditional forms, units `十百千` (`拾佰仟`), `廿卅卌`, sections
//!   `万亿` (`萬億`) and `兆` (10^12, only inside a longer numeral such as
//!   `五兆六十二億`: a trailing `兆` is mega, `100兆宽带`); compound section
//!   units `万万`, `万亿`, `亿亿`; `零` gaps (`一千零八`); an omitted unit
//!   after the last one (`三万五` = 35000, `一百二` = 120, `百二万` = 1200000);
//!   decimals with `点`/`點` (`九十四點三`, `两千三点一`, `三点五万`).
//! - Digit by digit (`二〇二三`, `一九八○`): the digits' value, flagged
//!   [`Scanned::digit_string`]; years and codes are written so.
//! - Arabic and Chinese mixed: `1.5万`, `2亿3000万`, `2334萬9666`, `4千亿`,
//!   `1百01`, `200亿零四千230`.
//! - Ranges inside a numeral: two consecutive digits (`三四十` 30..40,
//!   `一两` 1..2, `七八十万`, `十七八`) and the idiomatic `三五` (3..5);
//!   vague digits (`几十` → 10, `十几` → 10, `数百` → 100, `二十几万` →
//!   200000), flagged [`Scanned::vague`].
//! - `余`/`多` directly followed by `万`/`亿` is read inside the numeral
//!   (`300多万` = 3000000, [`Scanned::more`]); a trailing `余`/`多` (`百余`,
//!   `3万余`) is NOT consumed: the scanner reads it as a qualifier.
//! - A magnitude character that begins a unit is not consumed: `千米 千克 千瓦
//!   千伏 千帕 千卡 千焦 千赫 千升 千牛 千兆 千字节 千比特`, `兆瓦 兆帕 兆赫
//!   兆焦 兆字节 兆比特 兆B`, `百分点 百分比` (`3千米` is 3 then `千米`,
//!   `20万千瓦` is 200000 then `千瓦`), except a `千` inside a numeral with a
//!   section unit before it (`一万四千米` = 14000 then `米`).
//! - A lone `万` or `亿` (`近万人`, `超亿元`, `万余人`) is 10^4 or 10^8 and is
//!   read alone or as `万亿` (`万一` is not 10001); magnitude-only numerals are
//!   flagged [`Scanned::bare`] for the scanner to weigh.
//! - Percent forms: `百分之三十` (30), `百分之零点五`, `千分之五` (permille 5),
//!   `万分之三` (0.03 %), `N分之M` as a proportion in percent (`三分之一` →
//!   33.33…, `十分之一` → 10), and tenths with `成`: `三成` = 30, `三成半` =
//!   35, `七成五` = 75, `八点五成` = 85, for a single digit `一`..`十`/`两`,
//!   an Arabic 1..=10 or a one-decimal number below 10, and only when the
//!   character after `成` does not make a word (`成功 成立 成为 成本 成果 成员
//!   成交 成长 成熟 成就 成效 成绩 成都 成品 成人 成年 成分 一成不变 成千上万`
//!   ...: the list is `src/data/cheng-followers.txt`).
//! - Refused by [`scan_number`] as words rather than numbers: a bare `零`
//!   (`零售`, `零碳`), `零` and one digit (`一年零三个月`: the number is the
//!   `三`), one financial digit alone (`陆续`, `大陆`, `队伍`, `參加`).
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
mod quick;
#[cfg(test)]
mod tests;

use self::dec::Dec;
use self::grammar::{ch, cls, full, Opts, C};
pub(crate) use self::grammar::{continues_numeral, is_numeral_start, numeral_run_end};
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
        (None, _) => !(cls(a) == C::Zero || is_financial(a)),
        (Some(b), None) => !(cls(a) == C::Zero && matches!(cls(b), C::Dig(..))),
        _ => true,
    }
}

/// A financial numeral (`壹`..`玖`, `拾佰仟`): written with units (`陆拾`,
/// `伍佰`), alone a word (`陆续`, `队伍`, `收拾`, `參加`).
fn is_financial(c: char) -> bool {
    matches!(
        c,
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
    )
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
/// The common case read without the grammar: ASCII digits, at most one
/// decimal point, at most 15 digits in all, and after them a character that
/// no numeral continues with (`628件`, `12.5%`). Gives what the grammar
/// gives for such input (a test checks it); `None` sends everything else to
/// the grammar.
fn plain_ascii(text: &str, at: usize) -> Option<Scanned> {
    let mut i = at;
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    // ASCII or full-width digits (`628`, `１９５５`), one kind or both.
    let mut read_digits = |i: &mut usize, digits: &mut u32| -> Option<u32> {
        let mut run = 0;
        while let Some((d, n)) = digit_at(text.as_bytes(), *i) {
            mantissa = mantissa * 10 + u64::from(d);
            *digits += 1;
            run += 1;
            *i += n;
            if *digits > 15 {
                return None;
            }
        }
        Some(run)
    };
    if read_digits(&mut i, &mut digits)? == 0 {
        return None;
    }
    let int_digits = digits;
    let mut scale = 0u32;
    if let Some((_, n)) = ch(text, i).filter(|&(p, _)| crate::chars::is_decimal_point(p)) {
        if digit_at(text.as_bytes(), i + n).is_some() {
            i += n;
            scale = read_digits(&mut i, &mut digits)?;
        }
    }
    // What follows must end the numeral for certain, or end this Arabic
    // number (`1，2`, `70余份`, `1. `), or be a section unit that does
    // (`3万`).
    if !quick::ends_numeral(text[i..].chars().next())
        && !quick::ends_arabic(text, i, int_digits, scale)
    {
        let a = quick::Arabic {
            mantissa,
            scale,
            int_digits,
        };
        return quick::arabic_with_section(text, i, &a);
    }
    let value = if scale == 0 {
        mantissa as f64
    } else {
        // Both exact in f64 (below 2^53): the quotient is correctly rounded.
        // (10^scale is exact in f64, from the table as from `powi`)
        mantissa as f64 / dec::POW10_F64[scale as usize]
    };
    Some(Scanned {
        arabic: true,
        int_digits,
        decimal: scale > 0,
        ..Scanned::plain(i, value)
    })
}

/// The ASCII or full-width digit at byte `i` of `b` (UTF-8), with its
/// width: read from the bytes (`０`..`９` are `EF BC 90`..`EF BC 99`).
#[inline]
fn digit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match *b.get(i)? {
        d @ b'0'..=b'9' => Some((d - b'0', 1)),
        0xEF if b.get(i + 1) == Some(&0xBC) => match *b.get(i + 2)? {
            d @ 0x90..=0x99 => Some((d - 0x90, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// The common Chinese case read without the grammar: one ordinary digit
/// `一`..`九` (`两`) that nothing numeral follows (`五项`, `两个`, `统一`).
/// Gives what the grammar gives for such input (a test checks it); `None`
/// sends everything else to the grammar.
#[inline]
fn lone_chinese_digit(text: &str, at: usize) -> Option<Scanned> {
    let (c, n) = ch(text, at)?;
    if !matches!(
        c,
        '一' | '二' | '两' | '兩' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    ) {
        return None;
    }
    let C::Dig(d, _) = cls(c) else {
        return None;
    };
    let end = at + n;
    if ch(text, end).is_some_and(|(c2, _)| grammar::is_numeralish(c2)) {
        return None;
    }
    Some(Scanned::lone_chinese(end, f64::from(d)))
}

impl Scanned {
    /// A plain number ending at `end`, read by a fast path: no range, no
    /// qualifier, no flags set (each path sets its own over this).
    fn plain(end: usize, value: f64) -> Scanned {
        Scanned {
            end,
            value,
            upper: None,
            form: Form::Plain,
            arabic: false,
            chinese: false,
            int_digits: 0,
            decimal: false,
            separator: false,
            digit_string: false,
            more: false,
            vague: false,
            magnitude: false,
            bare: false,
        }
    }

    /// A Chinese numeral character read alone, ending at `end` (`三`).
    fn lone_chinese(end: usize, value: f64) -> Scanned {
        Scanned {
            chinese: true,
            ..Scanned::plain(end, value)
        }
    }
}

pub(crate) fn scan_number(text: &str, at: usize) -> Option<Scanned> {
    if let Some(n) = plain_ascii(text, at).or_else(|| lone_chinese_digit(text, at)) {
        return Some(n);
    }
    if let Some(known) = quick::lone_chinese_char(text, at) {
        return known;
    }
    if let Some(n) = quick::digit_string(text, at)
        .or_else(|| quick::tens(text, at))
        .or_else(|| quick::percent_words(text, at))
    {
        return Some(n);
    }
    scan_grammar(text, at)
}

/// [`scan_number`] by the grammar alone.
fn scan_grammar(text: &str, at: usize) -> Option<Scanned> {
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
