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

use std::fmt;

// ---------------------------------------------------------------------------
// Exact decimals
// ---------------------------------------------------------------------------

/// An exact non-negative decimal `m / 10^s`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Dec {
    m: u128,
    s: u32,
}

/// Largest decimal scale kept (10^30 fits in u128 with room).
const MAX_SCALE: u32 = 30;

const POW10_F64: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

fn pow10(k: u32) -> Option<u128> {
    10u128.checked_pow(k)
}

impl Dec {
    const ZERO: Dec = Dec { m: 0, s: 0 };

    fn int(n: u128) -> Dec {
        Dec { m: n, s: 0 }
    }

    fn is_zero(self) -> bool {
        self.m == 0
    }

    fn mul_pow10(self, k: u32) -> Option<Dec> {
        if k <= self.s {
            // divide the scale instead of multiplying the mantissa
            return Some(
                Dec {
                    m: self.m,
                    s: self.s - k,
                }
                .norm(),
            );
        }
        let m = self.m.checked_mul(pow10(k - self.s)?)?;
        Some(Dec { m, s: 0 })
    }

    fn mul_int(self, n: u128) -> Option<Dec> {
        Some(Dec {
            m: self.m.checked_mul(n)?,
            s: self.s,
        })
    }

    fn add(self, o: Dec) -> Option<Dec> {
        let s = self.s.max(o.s);
        let a = self.m.checked_mul(pow10(s - self.s)?)?;
        let b = o.m.checked_mul(pow10(s - o.s)?)?;
        Some(
            Dec {
                m: a.checked_add(b)?,
                s,
            }
            .norm(),
        )
    }

    fn norm(self) -> Dec {
        let mut d = self;
        while d.s > 0 && d.m % 10 == 0 {
            d.m /= 10;
            d.s -= 1;
        }
        d
    }

    /// Integer part (truncated).
    fn int_part(self) -> u128 {
        match pow10(self.s) {
            Some(p) => self.m / p,
            None => 0,
        }
    }

    fn is_integer(self) -> bool {
        self.norm().s == 0
    }

    /// The correctly rounded `f64` of the exact decimal.
    fn to_f64(self) -> f64 {
        let d = self.norm();
        if d.s == 0 {
            return d.m as f64;
        }
        if d.m < (1u128 << 53) && (d.s as usize) < POW10_F64.len() {
            // both operands exact: one IEEE division rounds correctly
            return d.m as f64 / POW10_F64[d.s as usize];
        }
        // general case: let the correctly rounding float parser do it,
        // from a stack buffer (no allocation)
        let mut buf = [0u8; 64];
        let mut digits = [0u8; 40];
        let mut n = 0;
        let mut m = d.m;
        loop {
            digits[n] = b'0' + (m % 10) as u8;
            n += 1;
            m /= 10;
            if m == 0 || n == digits.len() {
                break;
            }
        }
        let mut k = 0;
        for i in (0..n).rev() {
            buf[k] = digits[i];
            k += 1;
        }
        buf[k] = b'e';
        buf[k + 1] = b'-';
        k += 2;
        let s = d.s;
        if s >= 10 {
            buf[k] = b'0' + (s / 10 % 10) as u8;
            k += 1;
        }
        buf[k] = b'0' + (s % 10) as u8;
        k += 1;
        std::str::from_utf8(&buf[..k])
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    }
}

/// `num / den * 100` as an exact decimal when it terminates within
/// [`MAX_SCALE`] digits, else as a correctly rounded-ish f64 (both operands
/// exact when below 2^53).
fn ratio(num: Dec, den: Dec, times: u128) -> Option<(Option<Dec>, f64)> {
    if den.is_zero() {
        return None;
    }
    // num.m/10^num.s / (den.m/10^den.s) * times
    //   = num.m * 10^den.s * times / (den.m * 10^num.s)
    let a = num.m.checked_mul(pow10(den.s)?)?.checked_mul(times)?;
    let b = den.m.checked_mul(pow10(num.s)?)?;
    let mut k = 0;
    while k <= 20 {
        if let Some(ak) = pow10(k).and_then(|p| a.checked_mul(p)) {
            if ak % b == 0 {
                let d = Dec { m: ak / b, s: k }.norm();
                return Some((Some(d), d.to_f64()));
            }
        } else {
            break;
        }
        k += 1;
    }
    let v = if a < (1u128 << 53) && b < (1u128 << 53) {
        a as f64 / b as f64
    } else {
        Dec::int(a).to_f64() / Dec::int(b).to_f64()
    };
    Some((None, v))
}

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum C {
    /// Chinese digit 1..=9; `liang` for 两/兩.
    Dig(u8, bool),
    /// 零 〇
    Zero,
    /// Arabic digit, ASCII or full-width.
    Ara(u8),
    /// 十 百 千 as powers of ten (1, 2, 3).
    Small(u32),
    /// 万 亿 兆 as powers of ten (4, 8, 12).
    Big(u32),
    /// 廿 卅 卌: 2, 3, 4 tens.
    Tens(u8),
    /// 点 點
    Point,
    /// 几 幾 数 數
    Vague,
    /// 余 多
    More,
    Other,
}

fn cls(c: char) -> C {
    match c {
        '0'..='9' => C::Ara(c as u8 - b'0'),
        '０'..='９' => C::Ara((c as u32 - '０' as u32) as u8),
        // ○ (U+25CB), ◯ and a full-width Ｏ stand for 〇 in many texts (一九八○年)
        '零' | '〇' | '○' | '◯' | 'Ｏ' => C::Zero,
        '一' | '壹' | '弌' => C::Dig(1, false),
        '二' | '贰' | '貳' | '弍' => C::Dig(2, false),
        '两' | '兩' | '俩' | '倆' => C::Dig(2, true),
        '三' | '叁' | '參' | '叄' | '弎' => C::Dig(3, false),
        '四' | '肆' => C::Dig(4, false),
        '五' | '伍' => C::Dig(5, false),
        '六' | '陆' | '陸' => C::Dig(6, false),
        '七' | '柒' => C::Dig(7, false),
        '八' | '捌' => C::Dig(8, false),
        '九' | '玖' => C::Dig(9, false),
        '十' | '拾' => C::Small(1),
        '百' | '佰' => C::Small(2),
        '千' | '仟' => C::Small(3),
        '万' | '萬' => C::Big(4),
        '亿' | '億' => C::Big(8),
        '兆' => C::Big(12),
        '廿' => C::Tens(2),
        '卅' => C::Tens(3),
        '卌' => C::Tens(4),
        '点' | '點' => C::Point,
        '几' | '幾' | '数' | '數' => C::Vague,
        '余' | '多' | '餘' => C::More,
        _ => C::Other,
    }
}

/// A character that can begin a numeral: an Arabic digit (ASCII or
/// full-width), a Chinese digit or `零〇`, a unit `十百千万亿` (and their
/// financial/traditional forms), `廿卅卌`, or the vague `几数`.
///
/// Cheap: one `match`. `百` and `千` begin percent forms (`百分之`).
#[inline]
pub(crate) fn is_numeral_start(c: char) -> bool {
    !matches!(cls(c), C::Other | C::Point | C::More)
}

fn is_numeralish(c: char) -> bool {
    !matches!(cls(c), C::Other) || matches!(c, '.' | '．' | ',' | '，' | '分' | '之' | '成' | '半')
}

/// End (byte offset) of the maximal run of numeral-ish characters from `at`:
/// digits, Chinese numeral characters, `点`, separators, `余多`, `分之`, `成半`.
///
/// The scanner can skip a whole run that [`scan_number`] refuses (a megabyte of
/// `一`, 100 000 digits) in one step. Returns `at` when `at` is not on a
/// character boundary or no such character starts there.
pub(crate) fn numeral_run_end(text: &str, at: usize) -> usize {
    let Some(rest) = text.get(at..) else {
        return at;
    };
    let mut end = at;
    let mut prev_digit = false;
    let mut it = rest.chars().peekable();
    while let Some(c) = it.next() {
        // a space counts only between two Arabic digits (`59 225`)
        let space_in_number =
            c == ' ' && prev_digit && it.peek().is_some_and(|&d| ara_digit(d).is_some());
        if !(is_numeralish(c) || space_in_number) {
            break;
        }
        prev_digit = ara_digit(c).is_some();
        end += c.len_utf8();
    }
    end
}

#[inline]
fn ch(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

fn is_ws(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\t' || c == '\u{a0}'
}

fn skip_ws(text: &str, mut i: usize) -> usize {
    while let Some((c, n)) = ch(text, i) {
        if !is_ws(c) {
            break;
        }
        i += n;
    }
    i
}

/// Does the magnitude character `c` (ending at byte `j`) begin a unit word
/// such as `千米`, `千瓦`, `兆赫`, `百分点`?
fn unit_word_after(text: &str, j: usize, c: char) -> bool {
    let Some((n1, l1)) = ch(text, j) else {
        return false;
    };
    let n2 = ch(text, j + l1).map(|x| x.0);
    match c {
        '千' | '仟' => {
            matches!(
                n1,
                '米' | '克'
                    | '瓦'
                    | '伏'
                    | '帕'
                    | '卡'
                    | '兆'
                    | '焦'
                    | '赫'
                    | '升'
                    | '牛'
                    | '欧'
                    | '歐'
            ) || (n1 == '比' && n2 == Some('特'))
                || (n1 == '字' && n2 == Some('节'))
                || (n1 == '字' && n2 == Some('節'))
        }
        '兆' => {
            matches!(
                n1,
                '瓦' | '帕' | '赫' | '焦' | '欧' | '歐' | '伏' | '位' | '帧' | '周' | '安'
            ) || (n1 == '比' && n2 == Some('特'))
                || (n1 == '字' && matches!(n2, Some('节') | Some('節')))
                || n1 == 'B'
                || n1 == 'b'
        }
        '百' | '佰' => n1 == '分' && matches!(n2, Some('点') | Some('點') | Some('比')),
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Why the grammar stopped
// ---------------------------------------------------------------------------

/// Why the core grammar stopped reading (used for error messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    /// End of input or a character that is not part of a numeral.
    Char,
    /// A unit after a unit it cannot follow: (this, previous).
    UnitOrder(char, char),
    /// A unit that needs a digit before it.
    BareUnit(char),
    /// A digit where none can follow.
    Digit,
    /// Too many digits or a value too large for the representation.
    Overflow,
    /// `点` without digits after it.
    Point,
}

// ---------------------------------------------------------------------------
// Core grammar
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct Core {
    end: usize,
    /// Where the character that stopped the grammar starts.
    err_at: usize,
    val: Dec,
    /// Why reading stopped at `end`.
    stop: Stop,
    has_range: bool,
    arabic: bool,
    chinese: bool,
    int_digits: u32,
    decimal: bool,
    separator: bool,
    digit_string: bool,
    more: bool,
    vague: bool,
    magnitude: bool,
    /// The whole numeral is one Chinese digit (or 十); for `X成`.
    single: Option<u8>,
    /// The whole numeral is one Arabic integer without separator.
    plain_int: bool,
}

#[derive(Clone, Copy, Debug)]
enum PKind {
    /// One Chinese digit, possibly right after a unit.
    Digit,
    Arabic,
    Vague,
}

#[derive(Clone, Copy, Debug)]
struct Pending {
    val: Dec,
    kind: PKind,
    /// Read directly after a unit (no 零 between): the omitted-unit rule.
    after_unit: bool,
}

/// Limits: `max_digits` for an Arabic integer run.
#[derive(Clone, Copy, Debug)]
struct Opts {
    /// The upper alternative of a range pair (`三四十` → 40).
    high: bool,
    /// Skip whitespace between tokens (whole-string parsing).
    loose: bool,
    /// Longest Arabic integer digit run.
    max_digits: u32,
}

struct Arabic {
    val: Dec,
    end: usize,
    int_digits: u32,
    separator: bool,
    decimal: bool,
}

fn ara_digit(c: char) -> Option<u8> {
    match cls(c) {
        C::Ara(d) => Some(d),
        _ => None,
    }
}

/// Exactly three Arabic digits from `i`, then a non-digit: returns the
/// value and end.
fn three_digits(text: &str, i: usize) -> Option<(u128, usize)> {
    let mut j = i;
    let mut v = 0u128;
    for _ in 0..3 {
        let (c, n) = ch(text, j)?;
        v = v * 10 + ara_digit(c)? as u128;
        j += n;
    }
    if let Some((c, _)) = ch(text, j) {
        if ara_digit(c).is_some() {
            return None;
        }
    }
    Some((v, j))
}

fn read_arabic(text: &str, at: usize, o: Opts) -> Result<Arabic, Stop> {
    let mut i = at;
    let mut m: u128 = 0;
    let mut nd: u32 = 0;
    while let Some((c, n)) = ch(text, i) {
        let Some(d) = ara_digit(c) else { break };
        nd += 1;
        if nd > o.max_digits {
            return Err(Stop::Overflow);
        }
        m = m.checked_mul(10).ok_or(Stop::Overflow)? + d as u128;
        i += n;
    }
    let mut separator = false;
    if (1..=3).contains(&nd) {
        // thousands separators: the same separator between groups of three
        let mut sep: Option<char> = None;
        while let Some((c, n)) = ch(text, i) {
            if !matches!(c, ',' | '，' | ' ') || sep.is_some_and(|s| s != c) {
                break;
            }
            let Some((g, j)) = three_digits(text, i + n) else {
                break;
            };
            nd += 3;
            if nd > o.max_digits {
                return Err(Stop::Overflow);
            }
            m = m
                .checked_mul(1000)
                .and_then(|x| x.checked_add(g))
                .ok_or(Stop::Overflow)?;
            sep = Some(c);
            separator = true;
            i = j;
        }
    }
    let int_digits = nd;
    let mut s = 0u32;
    let mut decimal = false;
    if let Some((c, n)) = ch(text, i) {
        if c == '.' || c == '．' {
            if let Some((c2, _)) = ch(text, i + n) {
                if ara_digit(c2).is_some() {
                    decimal = true;
                    i += n;
                    while let Some((c, n)) = ch(text, i) {
                        let Some(d) = ara_digit(c) else { break };
                        if s >= MAX_SCALE - 4 {
                            return Err(Stop::Overflow);
                        }
                        m = m
                            .checked_mul(10)
                            .and_then(|x| x.checked_add(d as u128))
                            .ok_or(Stop::Overflow)?;
                        s += 1;
                        i += n;
                    }
                }
            }
        }
    }
    Ok(Arabic {
        val: Dec { m, s }.norm(),
        end: i,
        int_digits,
        separator,
        decimal,
    })
}

/// Chinese or Arabic fraction digits after a point at `i`: (fraction, count, end).
fn read_fraction(text: &str, mut i: usize) -> Result<(Dec, usize), Stop> {
    let mut m: u128 = 0;
    let mut s = 0u32;
    while let Some((c, n)) = ch(text, i) {
        let d = match cls(c) {
            C::Dig(d, false) => d,
            C::Zero => 0,
            C::Ara(d) => d,
            _ => break,
        };
        if s >= MAX_SCALE - 4 {
            return Err(Stop::Overflow);
        }
        m = m * 10 + d as u128;
        s += 1;
        i += n;
    }
    if s == 0 {
        return Err(Stop::Point);
    }
    Ok((Dec { m, s }, i))
}

fn digit_of(c: char) -> Option<u8> {
    match cls(c) {
        C::Dig(d, false) => Some(d),
        C::Zero => Some(0),
        _ => None,
    }
}

/// Reads the numeral grammar from `at`. `None` when nothing numeral starts
/// there (or it cannot be represented).
fn core(text: &str, at: usize, o: Opts) -> Option<Core> {
    let mut r = Core {
        end: at,
        err_at: at,
        val: Dec::ZERO,
        stop: Stop::Char,
        has_range: false,
        arabic: false,
        chinese: false,
        int_digits: 0,
        decimal: false,
        separator: false,
        digit_string: false,
        more: false,
        vague: false,
        magnitude: false,
        single: None,
        plain_int: false,
    };
    let mut total = Dec::ZERO; // sum of completed 万/亿 sections
    let mut section = Dec::ZERO; // current section below 万
    let mut pending: Option<Pending> = None;
    let mut last_small: u32 = 0; // exponent of the last 十百千 in this section
    let mut last_small_char = ' ';
    let mut last_big: u32 = 0; // exponent of the last section (万亿 = 12)
    let mut last_big_raw: u32 = 0; // exponent of the last 万亿兆 character
    let mut last_big_char = ' ';
    let mut max_big: u32 = 0;
    let mut last_exp: u32 = 0; // exponent of the last unit read
    let mut prev_unit = false; // the previous token was a unit
    let mut zero_gap = false;
    let mut started = false;
    let mut i = at;
    // arithmetic that overflows stops the grammar with Stop::Overflow
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Some(v) => v,
                None => {
                    r.stop = Stop::Overflow;
                    break;
                }
            }
        };
    }

    loop {
        let j = if o.loose && started {
            skip_ws(text, i)
        } else {
            i
        };
        r.err_at = j;
        let Some((c, n)) = ch(text, j) else {
            r.stop = Stop::Char;
            break;
        };
        let mut k = cls(c);
        if o.loose
            && !started
            && matches!(c, '.' | '．')
            && ch(text, j + n).is_some_and(|(c2, _)| ara_digit(c2).is_some())
        {
            // `.5` on its own
            k = C::Ara(0);
        }
        match k {
            C::Ara(_) => {
                if pending.is_some() || (started && !prev_unit && !zero_gap) {
                    r.stop = Stop::Digit;
                    break;
                }
                let a = match read_arabic(text, j, o) {
                    Ok(a) => a,
                    Err(e) => {
                        r.stop = e;
                        break;
                    }
                };
                if !started {
                    r.int_digits = a.int_digits;
                    r.plain_int = !a.separator && !a.decimal;
                }
                r.arabic = true;
                r.separator |= a.separator;
                r.decimal |= a.decimal;
                pending = Some(Pending {
                    val: a.val,
                    kind: PKind::Arabic,
                    after_unit: prev_unit,
                });
                prev_unit = false;
                started = true;
                i = a.end;
            }
            C::Dig(d, liang) => {
                if pending.is_some() {
                    r.stop = Stop::Digit;
                    break;
                }
                let after = j + n;
                let next = ch(text, after);
                let mut dv = d;
                let mut end = after;
                if let Some((c2, n2)) = next {
                    let k2 = cls(c2);
                    let pair = matches!(k2, C::Dig(d2, _) if d2 == d + 1);
                    let after_pair_digit = pair
                        && ch(text, after + n2).is_some_and(|(c3, _)| {
                            matches!(cls(c3), C::Dig(..) | C::Zero | C::Ara(_))
                        });
                    if pair && !after_pair_digit {
                        r.has_range = true;
                        if o.high {
                            dv = d + 1;
                        }
                        end = after + n2;
                    } else if matches!(k2, C::Dig(_, false) | C::Zero) && !liang && !started {
                        if !o.loose {
                            return digit_string(text, at, o, r);
                        }
                        // whole-string parsing: a digit string may take units
                        // after it (`一一万`); read it as one pending number
                        let (m, end) = match digit_run(text, j, o) {
                            Ok(x) => x,
                            Err(e) => {
                                r.stop = e;
                                break;
                            }
                        };
                        r.chinese = true;
                        r.digit_string = true;
                        pending = Some(Pending {
                            val: Dec::int(m),
                            kind: PKind::Arabic,
                            after_unit: false,
                        });
                        started = true;
                        i = end;
                        r.end = i;
                        continue;
                    }
                    // else a digit after a digit inside a numeral: stops below
                }
                r.chinese = true;
                pending = Some(Pending {
                    val: Dec::int(dv as u128),
                    kind: PKind::Digit,
                    after_unit: prev_unit && !zero_gap,
                });
                if !started {
                    r.single = Some(d);
                }
                prev_unit = false;
                started = true;
                i = end;
            }
            C::Zero => {
                if pending.is_some() {
                    r.stop = Stop::Digit;
                    break;
                }
                if !started {
                    // 零 at the start: 零 / 零点五 / 零十 / a digit string 〇一
                    if let Some((c2, _)) = ch(text, j + n) {
                        if digit_of(c2).is_some() {
                            if !o.loose {
                                return digit_string(text, at, o, r);
                            }
                            let (m, end) = match digit_run(text, j, o) {
                                Ok(x) => x,
                                Err(e) => {
                                    r.stop = e;
                                    break;
                                }
                            };
                            r.chinese = true;
                            r.digit_string = true;
                            pending = Some(Pending {
                                val: Dec::int(m),
                                kind: PKind::Arabic,
                                after_unit: false,
                            });
                            started = true;
                            i = end;
                            r.end = i;
                            continue;
                        }
                    }
                }
                r.chinese = true;
                zero_gap = true;
                prev_unit = false;
                started = true;
                i = j + n;
            }
            C::Small(e) => {
                let u = tri!(pow10(e));
                // a unit word such as 千米 after a bare number: stop before it,
                // except inside a multi-section numeral (一万四千米 = 14000 米)
                if unit_word_after(text, j + n, c)
                    && !(e == 3 && pending.is_some() && last_big > 0 && section.is_zero())
                {
                    r.stop = Stop::Char;
                    break;
                }
                if last_small != 0 && e >= last_small {
                    r.stop = Stop::UnitOrder(c, last_small_char);
                    break;
                }
                let mult = match pending {
                    Some(p) => match p.kind {
                        PKind::Arabic => {
                            // 3千, 1.5千, 5百万; not 2023十
                            if p.val.int_part() >= 10 {
                                r.stop = Stop::UnitOrder(c, c);
                                break;
                            }
                            p.val
                        }
                        PKind::Vague => Dec::int(1),
                        PKind::Digit => p.val,
                    },
                    None => {
                        let ok =
                            !started || zero_gap || (e == 1 && (last_small == 0 || last_small > 1));
                        if !ok {
                            r.stop = if last_small == 0 && last_big > 0 {
                                Stop::UnitOrder(c, last_big_char)
                            } else {
                                Stop::BareUnit(c)
                            };
                            break;
                        }
                        Dec::int(1)
                    }
                };
                section = tri!(mult.mul_int(u).and_then(|x| section.add(x)));
                pending = None;
                last_small = e;
                last_small_char = c;
                last_exp = e;
                prev_unit = true;
                zero_gap = false;
                r.chinese = true;
                if !started && e == 1 {
                    r.single = Some(10);
                } else {
                    r.single = None;
                }
                started = true;
                i = j + n;
            }
            C::Tens(t) => {
                if pending.is_some()
                    || !(last_small == 0 || last_small > 1)
                    || (started && !zero_gap && !prev_unit)
                {
                    r.stop = Stop::Digit;
                    break;
                }
                section = tri!(section.add(Dec::int(t as u128 * 10)));
                last_small = 1;
                last_small_char = c;
                last_exp = 1;
                prev_unit = true;
                zero_gap = false;
                r.chinese = true;
                r.single = None;
                started = true;
                i = j + n;
            }
            C::Big(e) => {
                if !started {
                    // 万分之三, and in whole-string parsing 萬九 (19000)
                    let fen = ch(text, j + n).is_some_and(|(c2, n2)| {
                        c2 == '分' && ch(text, j + n + n2).is_some_and(|x| x.0 == '之')
                    });
                    if !(o.loose || fen) || e == 12 {
                        r.stop = Stop::BareUnit(c);
                        break;
                    }
                    pending = Some(Pending {
                        val: Dec::int(1),
                        kind: PKind::Digit,
                        after_unit: false,
                    });
                    started = true;
                }
                if unit_word_after(text, j + n, c) {
                    r.stop = Stop::Char;
                    break;
                }
                if e == 12 && !o.loose {
                    // 兆 is 10^12 only inside a longer numeral (五兆六十二亿);
                    // at the end it is mega (100兆宽带): the unit lexicon's
                    let cont = ch(text, j + n).is_some_and(|(c2, _)| {
                        matches!(cls(c2), C::Dig(..) | C::Zero | C::Ara(_) | C::Big(_))
                    });
                    if !cont {
                        r.stop = Stop::Char;
                        break;
                    }
                }
                let pv = match pending {
                    Some(p) => match p.kind {
                        PKind::Vague => {
                            if last_small > 0 {
                                Dec::ZERO
                            } else {
                                Dec::int(1)
                            }
                        }
                        // the omitted unit before a section unit: 百二万 = 120万
                        PKind::Digit if p.after_unit && last_small >= 2 => {
                            tri!(p.val.mul_pow10(last_small - 1))
                        }
                        _ => p.val,
                    },
                    None => Dec::ZERO,
                };
                let val = tri!(section.add(pv));
                let empty = pending.is_none() && section.is_zero();
                if empty && prev_unit && last_big > 0 && e >= last_big_raw {
                    // a compound section unit: 万万 = 10^8, 万亿 = 10^12, 亿亿
                    total = tri!(total.mul_pow10(e));
                    last_big += e;
                    max_big = max_big.max(last_big);
                } else if e > max_big && !empty {
                    // 一千一百万一千一百亿: everything so far is multiplied
                    total = tri!(total.add(val).and_then(|x| x.mul_pow10(e)));
                    max_big = e;
                    last_big = e;
                } else if e < last_big && !empty {
                    total = tri!(val.mul_pow10(e).and_then(|x| total.add(x)));
                    last_big = e;
                } else {
                    r.stop = if empty {
                        Stop::BareUnit(c)
                    } else {
                        Stop::UnitOrder(c, last_big_char)
                    };
                    break;
                }
                section = Dec::ZERO;
                pending = None;
                last_small = 0;
                last_big_raw = e;
                last_big_char = c;
                last_exp = last_big;
                prev_unit = true;
                zero_gap = false;
                r.chinese = true;
                r.single = None;
                i = j + n;
            }
            C::Vague => {
                // 几十, 数百, 十几, 二十几万; 数 only before a unit
                if pending.is_some() {
                    r.stop = Stop::Digit;
                    break;
                }
                let next_unit = ch(text, j + n).is_some_and(|(c2, n2)| match cls(c2) {
                    C::Small(_) | C::Big(_) => !unit_word_after(text, j + n + n2, c2),
                    _ => false,
                });
                let is_ji = matches!(c, '几' | '幾');
                if !(next_unit || (is_ji && (prev_unit || zero_gap) && started)) {
                    r.stop = Stop::Char;
                    break;
                }
                pending = Some(Pending {
                    val: Dec::ZERO,
                    kind: PKind::Vague,
                    after_unit: false,
                });
                r.vague = true;
                r.chinese = true;
                r.single = None;
                prev_unit = false;
                started = true;
                i = j + n;
            }
            C::More => {
                // 300多万, 十余万: consumed only before 万/亿
                if !started || zero_gap {
                    r.stop = Stop::Char;
                    break;
                }
                let k2 = if o.loose { skip_ws(text, j + n) } else { j + n };
                let before_big = ch(text, k2).is_some_and(|(c2, n2)| {
                    matches!(cls(c2), C::Big(4) | C::Big(8)) && !unit_word_after(text, k2 + n2, c2)
                });
                if !before_big {
                    r.stop = Stop::Char;
                    break;
                }
                r.more = true;
                if let Some(p) = pending.as_mut() {
                    p.after_unit = false;
                }
                i = j + n;
            }
            C::Point => {
                if !started
                    || matches!(
                        pending,
                        Some(Pending {
                            kind: PKind::Vague,
                            ..
                        })
                    )
                {
                    r.stop = Stop::Char;
                    break;
                }
                if matches!(
                    pending,
                    Some(Pending {
                        kind: PKind::Arabic,
                        ..
                    })
                ) && r.decimal
                {
                    r.stop = Stop::Char;
                    break;
                }
                let (frac, fend) = match read_fraction(text, j + n) {
                    Ok(x) => x,
                    Err(e) => {
                        r.stop = e;
                        break;
                    }
                };
                // finalize the integer part, omitted unit included (两千三点一)
                let int = finish(total, section, pending, last_exp, last_small);
                let Some(int) = int else {
                    r.stop = Stop::Overflow;
                    break;
                };
                let mut v = tri!(int.add(frac));
                r.decimal = true;
                r.chinese = true;
                r.single = None;
                r.plain_int = false;
                let mut end = fend;
                r.magnitude = false;
                // 三点五万: a section unit after the decimal multiplies it
                if max_big == 0 && last_small == 0 {
                    let k2 = if o.loose { skip_ws(text, fend) } else { fend };
                    if let Some((c2, n2)) = ch(text, k2) {
                        if let C::Big(e2) = cls(c2) {
                            let cont_ok = e2 != 12 || o.loose;
                            if cont_ok && !unit_word_after(text, k2 + n2, c2) {
                                v = tri!(v.mul_pow10(e2));
                                end = k2 + n2;
                                r.magnitude = true;
                                // 三点五万亿
                                if e2 == 4 {
                                    if let Some((c3, n3)) = ch(text, end) {
                                        if cls(c3) == C::Big(8)
                                            && !unit_word_after(text, end + n3, c3)
                                        {
                                            v = tri!(v.mul_pow10(8));
                                            end += n3;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                r.val = v;
                r.end = end;
                r.stop = Stop::Char;
                return Some(r);
            }
            C::Other => {
                r.stop = Stop::Char;
                break;
            }
        }
        r.end = i;
    }
    if r.stop == Stop::Overflow {
        if !o.loose {
            return None;
        }
        return Some(r);
    }
    if !started {
        return if o.loose { Some(r) } else { None };
    }
    if let Some(p) = pending {
        if let PKind::Vague = p.kind {
            if !prev_unit && last_small == 0 && last_big == 0 && !zero_gap {
                // a lone 几/数: not a numeral
                if o.loose {
                    r.end = at;
                    r.err_at = at;
                    r.stop = Stop::Char;
                    return Some(r);
                }
                return None;
            }
        }
    }
    r.magnitude = prev_unit;
    r.val = match finish(total, section, pending, last_exp, last_small) {
        Some(v) => v,
        None => {
            if o.loose {
                r.stop = Stop::Overflow;
                r.err_at = at;
                r.val = Dec::ZERO;
                return Some(r);
            }
            return None;
        }
    };
    Some(r)
}

/// The digits of a digit-by-digit Chinese numeral from `at`: (value, end).
fn digit_run(text: &str, at: usize, o: Opts) -> Result<(u128, usize), Stop> {
    let mut i = at;
    let mut m: u128 = 0;
    let mut nd = 0u32;
    while let Some((c, n)) = ch(text, i) {
        let Some(d) = digit_of(c) else { break };
        nd += 1;
        if nd > o.max_digits {
            return Err(Stop::Overflow);
        }
        m = m.checked_mul(10).ok_or(Stop::Overflow)? + d as u128;
        i += n;
    }
    Ok((m, i))
}

/// Sum of sections plus the pending digit, with the omitted-unit rule
/// (`三万五` = 35000, `一百二` = 120).
fn finish(
    total: Dec,
    section: Dec,
    pending: Option<Pending>,
    last_exp: u32,
    _last_small: u32,
) -> Option<Dec> {
    let mut v = total.add(section)?;
    if let Some(p) = pending {
        let pv = match p.kind {
            PKind::Vague => Dec::ZERO,
            PKind::Digit if p.after_unit && last_exp >= 2 => p.val.mul_pow10(last_exp - 1)?,
            _ => p.val,
        };
        v = v.add(pv)?;
    }
    Some(v)
}

/// A digit-by-digit Chinese numeral (`二〇二三`, `一七二零点一`) from `at`.
fn digit_string(text: &str, at: usize, o: Opts, mut r: Core) -> Option<Core> {
    let (m, mut i) = digit_run(text, at, o).ok()?;
    let mut v = Dec::int(m);
    if let Some((c, n)) = ch(text, i) {
        if cls(c) == C::Point {
            if let Ok((frac, fend)) = read_fraction(text, i + n) {
                v = v.add(frac)?;
                i = fend;
                r.decimal = true;
            }
        }
    }
    r.end = i;
    r.val = v;
    r.chinese = true;
    r.digit_string = true;
    r.stop = Stop::Char;
    Some(r)
}

// ---------------------------------------------------------------------------
// Percent forms around the core
// ---------------------------------------------------------------------------

/// Second characters that make `成` a word, not "tenths": `一成不变`, `成功`,
/// `成立`, `成为`, `成本`, `成果`, `成员`, `成交`, `成长`, `成熟`, `成都`...
/// `X成` is read as X×10 percent only when the character after `成` is not
/// one of these.
const CHENG_WORDS: &str = "功立为為本果员員交长長熟就效绩績型片套网網群都品人年分份语語像形才色败敗家器事名全婚活行衣药藥天因批对對双雙倍千百万萬亿億规規见見不仙佛真材章考化组組列堆串块塊捆图圖昆渝绵綿灌德贵貴雅华華安武县縣吉龙龍道礼禮文荫蔭风風灾災瘾癮仇亲親命器员型熟品绩效鱼魚虫蟲药片团團军軍趣婚型宿方算竹规";

fn cheng_word(c: char) -> bool {
    CHENG_WORDS.contains(c)
}

/// A numeral with its form, before scanner-facing flags are copied.
#[derive(Clone, Copy, Debug)]
struct Full {
    core: Core,
    end: usize,
    exact: Option<Dec>,
    value: f64,
    upper: Option<f64>,
    upper_exact: Option<Dec>,
    form: Form,
}

fn core_range(text: &str, at: usize, o: Opts) -> Option<(Core, Option<Dec>)> {
    let c = core(text, at, o)?;
    if c.has_range {
        let h = core(text, at, Opts { high: true, ..o })?;
        if h.end == c.end && h.val != c.val {
            return Some((c, Some(h.val)));
        }
    }
    Some((c, None))
}

fn full(text: &str, at: usize, o: Opts) -> Option<Full> {
    let (c, hi) = core_range(text, at, o)?;
    let f = Full {
        core: c,
        end: c.end,
        exact: Some(c.val),
        value: c.val.to_f64(),
        upper: hi.map(Dec::to_f64),
        upper_exact: hi,
        form: Form::Plain,
    };
    if matches!(c.stop, Stop::Char) {
        // N分之M
        let j = if o.loose { skip_ws(text, c.end) } else { c.end };
        if let Some((c1, n1)) = ch(text, j) {
            if c1 == '分' {
                let j2 = if o.loose {
                    skip_ws(text, j + n1)
                } else {
                    j + n1
                };
                if let Some(('之', n2)) = ch(text, j2) {
                    let mstart = if o.loose {
                        skip_ws(text, j2 + n2)
                    } else {
                        j2 + n2
                    };
                    if c.val.is_integer() && !c.val.is_zero() && hi.is_none() && !c.more && !c.vague
                    {
                        if let Some((m, mhi)) = core_range(text, mstart, o) {
                            if m.end > mstart
                                && m.stop != Stop::Overflow
                                && (!m.digit_string || o.loose)
                            {
                                let permille = c.val == Dec::int(1000)
                                    && ch(text, j).is_some()
                                    && text[at..j]
                                        .chars()
                                        .last()
                                        .is_some_and(|x| x == '千' || x == '仟');
                                let (ex, v, ux, uv) = if permille {
                                    (Some(m.val), m.val.to_f64(), mhi, mhi.map(Dec::to_f64))
                                } else {
                                    let (ex, v) = ratio(m.val, c.val, 100)?;
                                    let (ux, uv) = match mhi {
                                        Some(h) => {
                                            let (a, b) = ratio(h, c.val, 100)?;
                                            (a, Some(b))
                                        }
                                        None => (None, None),
                                    };
                                    (ex, v, ux, uv)
                                };
                                let mut core2 = m;
                                core2.arabic |= c.arabic;
                                core2.chinese |= c.chinese;
                                core2.int_digits = c.int_digits;
                                core2.single = None;
                                core2.plain_int = false;
                                return Some(Full {
                                    core: core2,
                                    end: m.end,
                                    exact: ex,
                                    value: v,
                                    upper: uv,
                                    upper_exact: ux,
                                    form: if permille {
                                        Form::Permille
                                    } else {
                                        Form::Percent
                                    },
                                });
                            }
                        }
                    }
                }
            } else if c1 == '成' {
                // X成: X one Chinese digit 一..十/两, an Arabic 1..=10, or a
                // decimal below 10 with one decimal (八点五成, 9.5成)
                let x = match c.single {
                    Some(d) if !c.has_range => Some(d as u128),
                    _ if c.plain_int && c.arabic && (1..=10).contains(&c.val.int_part()) => {
                        Some(c.val.int_part())
                    }
                    _ => None,
                };
                let dec_x = c.decimal
                    && !c.has_range
                    && !c.more
                    && !c.vague
                    && !c.digit_string
                    && c.val.s == 1
                    && c.val.int_part() < 10;
                if dec_x && !ch(text, j + n1).is_some_and(|(c2, _)| cheng_word(c2)) {
                    let v = Dec { m: c.val.m, s: 0 };
                    let mut core2 = c;
                    core2.single = None;
                    core2.magnitude = false;
                    return Some(Full {
                        core: core2,
                        end: j + n1,
                        exact: Some(v),
                        value: v.to_f64(),
                        upper: None,
                        upper_exact: None,
                        form: Form::Percent,
                    });
                }
                if let Some(x) = x {
                    let after = j + n1;
                    let next = ch(text, after);
                    let word = next.is_some_and(|(c2, _)| cheng_word(c2));
                    if !word {
                        let mut v = Dec::int(x * 10);
                        let mut end = after;
                        if let Some((c2, n2)) = next {
                            let follow = ch(text, after + n2).map(|x| cls(x.0));
                            let free = !matches!(
                                follow,
                                Some(C::Dig(..) | C::Zero | C::Small(_) | C::Big(_) | C::Ara(_))
                            );
                            if c2 == '半' {
                                v = Dec::int(x * 10 + 5);
                                end = after + n2;
                            } else if let (C::Dig(d, false), true) = (cls(c2), free) {
                                if x < 10 {
                                    v = Dec::int(x * 10 + d as u128);
                                    end = after + n2;
                                }
                            }
                        }
                        let mut core2 = c;
                        core2.single = None;
                        core2.magnitude = false;
                        return Some(Full {
                            core: core2,
                            end,
                            exact: Some(v),
                            value: v.to_f64(),
                            upper: None,
                            upper_exact: None,
                            form: Form::Percent,
                        });
                    }
                }
            }
        }
    }
    Some(f).map(|mut f| {
        f.end = c.end;
        f
    })
}

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
    })
}

// ---------------------------------------------------------------------------
// Public parser
// ---------------------------------------------------------------------------

/// A numeral parsed on its own by [`parse_numeral`].
///
/// Keeps the exact decimal value next to the `f64`: [`Numeral::to_integer`]
/// and [`Numeral::to_decimal`] give it back without rounding.
///
/// ```
/// use zh_metrics::parse_numeral;
///
/// let n = parse_numeral("七八十万")?;
/// assert_eq!(n.value(), 700_000.0);
/// assert_eq!(n.upper(), Some(800_000.0));
/// assert_eq!(n.unit(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    value: f64,
    upper: Option<f64>,
    unit: Option<&'static str>,
    /// Exact value as (negative, mantissa, scale), when it is a terminating
    /// decimal (`三分之一` is not).
    exact: Option<Exact>,
}

/// (negative, mantissa, scale): `mantissa / 10^scale`, negated when negative.
type Exact = (bool, u128, u32);

impl Numeral {
    /// The value, correctly rounded to `f64`: `1.5万` → 15000,
    /// `百分之十四點五` → 14.5, `负三十二` → -32.
    ///
    /// ```
    /// use zh_metrics::parse_numeral;
    ///
    /// assert_eq!(parse_numeral("1.5万")?.value(), 15_000.0);
    /// assert_eq!(parse_numeral("百分之十四點五")?.value(), 14.5);
    /// assert_eq!(parse_numeral("负三十二")?.value(), -32.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The upper end when the numeral is a range (`三四十` → 40), else `None`.
    ///
    /// ```
    /// use zh_metrics::parse_numeral;
    ///
    /// assert_eq!(parse_numeral("三四十")?.upper(), Some(40.0));
    /// assert_eq!(parse_numeral("四十")?.upper(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn upper(&self) -> Option<f64> {
        self.upper
    }

    /// `Some("%")` for percent forms (`5%`, `百分之五`, `三成`, `九折`,
    /// `三分之一`), `Some("‰")` for `‰` and `千分之`, `Some("个百分点")` for
    /// percentage points, else `None`.
    ///
    /// ```
    /// use zh_metrics::parse_numeral;
    ///
    /// assert_eq!(parse_numeral("三成")?.unit(), Some("%"));
    /// assert_eq!(parse_numeral("千分之五")?.unit(), Some("‰"));
    /// assert_eq!(parse_numeral("0.6个百分点")?.unit(), Some("个百分点"));
    /// assert_eq!(parse_numeral("八五折")?.value(), 85.0);
    /// assert_eq!(parse_numeral("628")?.unit(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unit(&self) -> Option<&'static str> {
        self.unit
    }

    /// The exact value when it is an integer that fits `i128`, else `None`
    /// (`2.5`, `三分之一`). Large Chinese numerals resolve exactly, beyond
    /// the 2^53 that `f64` holds.
    ///
    /// ```
    /// use zh_metrics::parse_numeral;
    ///
    /// assert_eq!(parse_numeral("九千九百万亿亿")?.to_integer(), Some(990_000_000_000_000_000_000_000));
    /// assert_eq!(parse_numeral("2.35亿")?.to_integer(), Some(235_000_000));
    /// assert_eq!(parse_numeral("2.5")?.to_integer(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_integer(&self) -> Option<i128> {
        let (neg, m, s) = self.exact?;
        if s != 0 {
            return None;
        }
        let v = i128::try_from(m).ok()?;
        Some(if neg { -v } else { v })
    }

    /// The exact value as `(mantissa, scale)`, meaning `mantissa / 10^scale`,
    /// when it is a terminating decimal that fits `i128`; `None` for
    /// `三分之一`. The scale is the smallest possible (no trailing zeros).
    ///
    /// ```
    /// use zh_metrics::parse_numeral;
    ///
    /// assert_eq!(parse_numeral("九十四點三")?.to_decimal(), Some((943, 1)));
    /// assert_eq!(parse_numeral("-0.050")?.to_decimal(), Some((-5, 2)));
    /// assert_eq!(parse_numeral("三分之一")?.to_decimal(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_decimal(&self) -> Option<(i128, u32)> {
        let (neg, m, s) = self.exact?;
        let v = i128::try_from(m).ok()?;
        Some((if neg { -v } else { v }, s))
    }
}

/// What kind of mistake a [`NumeralError`] reports.
///
/// ```
/// use zh_metrics::{parse_numeral, NumeralErrorKind};
///
/// let e = parse_numeral("一万千").unwrap_err();
/// assert_eq!(e.kind(), NumeralErrorKind::MisplacedUnit);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumeralErrorKind {
    /// The input is empty or only whitespace.
    Empty,
    /// A character that cannot begin or continue the numeral.
    UnexpectedChar,
    /// A unit in a place it cannot take: after a unit it cannot follow
    /// (`一万千`, `三百四千`), or with no number before it (`万`).
    MisplacedUnit,
    /// Too large or too precise to be represented exactly (beyond `i128`,
    /// more than 38 digits, more than 26 decimals).
    Overflow,
    /// Digits are missing: after a sign, a decimal point or an exponent.
    MissingDigits,
}

/// Why a numeral could not be parsed: the detail for the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Detail {
    Empty,
    Unexpected(char),
    UnitOrder(char, char),
    BareUnit(char),
    Overflow,
    NoDigits(&'static str),
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Detail::Empty => f.write_str("empty input"),
            Detail::Unexpected(c) => write!(f, "unexpected {c:?}"),
            Detail::UnitOrder(c, p) if c == p => {
                write!(f, "unit {c} cannot follow this number")
            }
            Detail::UnitOrder(c, p) => write!(f, "unit {c} after a larger unit {p}"),
            Detail::BareUnit(c) => write!(f, "unit {c} without a number before it"),
            Detail::Overflow => f.write_str("number too large or too long to be exact"),
            Detail::NoDigits(what) => write!(f, "no digits after the {what}"),
        }
    }
}

/// Why a numeral could not be parsed, and where.
///
/// The message names the input, the byte offset and the reason:
///
/// ```
/// use zh_metrics::parse_numeral;
///
/// let e = parse_numeral("一一万千").unwrap_err();
/// assert_eq!(e.offset(), 9);
/// assert_eq!(e.to_string(), r#"invalid numeral "一一万千": unit 千 after a larger unit 万 at byte 9"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid numeral {input:?}: {detail} at byte {offset}")]
pub struct NumeralError {
    input: String,
    offset: usize,
    detail: Detail,
}

impl NumeralError {
    /// The input that failed to parse, as given.
    ///
    /// ```
    /// use zh_metrics::parse_numeral;
    ///
    /// assert_eq!(parse_numeral("三百x").unwrap_err().input(), "三百x");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Byte offset in [`input`](Self::input) where parsing failed.
    ///
    /// ```
    /// use zh_metrics::parse_numeral;
    ///
    /// assert_eq!(parse_numeral("三百x").unwrap_err().offset(), 6);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// What went wrong.
    ///
    /// ```
    /// use zh_metrics::{parse_numeral, NumeralErrorKind};
    ///
    /// assert_eq!(parse_numeral("").unwrap_err().kind(), NumeralErrorKind::Empty);
    /// assert_eq!(parse_numeral("三百x").unwrap_err().kind(), NumeralErrorKind::UnexpectedChar);
    /// assert_eq!(parse_numeral("一千亿亿亿亿亿").unwrap_err().kind(), NumeralErrorKind::Overflow);
    /// ```
    pub fn kind(&self) -> NumeralErrorKind {
        match self.detail {
            Detail::Empty => NumeralErrorKind::Empty,
            Detail::Unexpected(_) => NumeralErrorKind::UnexpectedChar,
            Detail::UnitOrder(..) | Detail::BareUnit(_) => NumeralErrorKind::MisplacedUnit,
            Detail::Overflow => NumeralErrorKind::Overflow,
            Detail::NoDigits(_) => NumeralErrorKind::MissingDigits,
        }
    }
}

fn detail_of(stop: Stop, c: Option<char>) -> Detail {
    match stop {
        Stop::UnitOrder(a, b) => Detail::UnitOrder(a, b),
        Stop::BareUnit(a) => Detail::BareUnit(a),
        Stop::Overflow => Detail::Overflow,
        Stop::Point => Detail::NoDigits("decimal point"),
        Stop::Char | Stop::Digit => match c {
            Some(c) => Detail::Unexpected(c),
            None => Detail::Empty,
        },
    }
}

/// Exact value with sign, or an approximate one.
#[derive(Clone, Copy, Debug)]
struct Val {
    exact: Option<Dec>,
    value: f64,
}

impl Val {
    fn of(d: Dec) -> Val {
        Val {
            exact: Some(d),
            value: d.to_f64(),
        }
    }
}

/// Reads an exponent `e+14`, `E-1` at `i` (the `e` included): (exponent, end).
fn read_exponent(t: &str, i: usize) -> Option<Result<(i32, usize), usize>> {
    let (c, n) = ch(t, i)?;
    if c != 'e' && c != 'E' {
        return None;
    }
    let mut j = i + n;
    let mut neg = false;
    if let Some((c2, n2)) = ch(t, j) {
        if c2 == '+' || c2 == '-' {
            neg = c2 == '-';
            j += n2;
        }
    }
    let mut v: i32 = 0;
    let start = j;
    while let Some((c3, n3)) = ch(t, j) {
        let Some(d) = ara_digit(c3) else { break };
        v = v.saturating_mul(10).saturating_add(d as i32);
        j += n3;
    }
    if j == start {
        return Some(Err(j));
    }
    Some(Ok((if neg { -v } else { v }, j)))
}

fn scale_by(v: Val, exp: i32) -> Option<Val> {
    let d = v.exact?;
    let d = if exp >= 0 {
        d.mul_pow10(exp as u32)?
    } else {
        let s = d.s.checked_add(exp.unsigned_abs())?;
        if s > MAX_SCALE {
            return None;
        }
        Dec { m: d.m, s }.norm()
    };
    Some(Val::of(d))
}

/// Parses a whole string as one numeral: Arabic, full-width, Chinese or
/// mixed, with an optional sign and percent suffix.
///
/// Accepts everything the scanner reads (see the module documentation:
/// `628`, `1,234.5`, `２０２３`, `一千零八`, `两万五`, `1.5万`, `2334萬9666`,
/// `三四十`, `几十`, `300多万`, `百分之十四點五`, `千分之五`, `三分之一`, `三成`)
/// plus:
///
/// - a leading sign `-` `+` `负` `正` (and full-width `－` `＋`, `−`);
/// - a trailing `%` `％` (unit `"%"`), `‰` (`"‰"`), `个百分点`/`百分点`
///   (`"个百分点"`);
/// - discounts `九折` (90 %), `八五折` (85 %), `8.5折`;
/// - an exponent after Arabic digits (`2e5`, `12.32e+14`);
/// - mixed fractions with `又` (`三又二分之一` = 3.5, a plain number) and
///   Arabic fractions `1/2` (0.5);
/// - whitespace between the parts (`八千 三百 八十五`).
///
/// `N分之M` on its own is a proportion in percent (`三分之一` → 33.33… `%`),
/// as the scanner reports it.
///
/// ```
/// use zh_metrics::parse_numeral;
///
/// assert_eq!(parse_numeral("2334萬9666")?.value(), 23_349_666.0);
/// assert_eq!(parse_numeral("二〇二三")?.value(), 2023.0);
/// assert_eq!(parse_numeral("-12.5%")?.value(), -12.5);
/// assert_eq!(parse_numeral("百分之十四點五")?.unit(), Some("%"));
/// assert_eq!(parse_numeral("三又二分之一")?.value(), 3.5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// A [`NumeralError`] with the byte offset and the reason when the string is
/// not exactly one numeral, or when its value does not fit `i128` exactly.
pub fn parse_numeral(s: &str) -> Result<Numeral, NumeralError> {
    // whitespace between the parts is ignored: parse a compacted copy and
    // map error offsets back to the input
    let mut compact = String::with_capacity(s.len());
    let mut map: Vec<usize> = Vec::with_capacity(s.len() + 1);
    // (one space is kept between two Arabic digits: `59 225` is a thousands
    // group, `1 4` is not a number)
    let mut gap: Option<usize> = None;
    for (k, c) in s.char_indices() {
        if c.is_whitespace() {
            gap = gap.or(Some(k));
            continue;
        }
        if let Some(g) = gap.take() {
            let prev_digit = compact
                .chars()
                .last()
                .is_some_and(|p| ara_digit(p).is_some());
            if prev_digit && ara_digit(c).is_some() {
                compact.push(' ');
                map.push(g);
            }
        }
        compact.push(c);
        map.extend(std::iter::repeat(k).take(c.len_utf8()));
    }
    map.push(s.trim_end_matches(char::is_whitespace).len());
    let err = |offset: usize, detail: Detail| NumeralError {
        input: s.to_owned(),
        offset: map.get(offset).copied().unwrap_or(s.len()),
        detail,
    };
    let t = compact.as_str();
    let mut i = 0;
    if t.is_empty() {
        return Err(err(i, Detail::Empty));
    }
    // sign
    let mut neg = false;
    if let Some((c, n)) = ch(t, i) {
        if matches!(c, '-' | '－' | '−' | '负' | '負' | '+' | '＋' | '正') {
            neg = matches!(c, '-' | '－' | '−' | '负' | '負');
            i = skip_ws(t, i + n);
            if i >= t.len() {
                return Err(err(i, Detail::NoDigits("sign")));
            }
        }
    }
    // words for a half: 半 (0.5), 一半 (0.5), 半百 (50), 半成 (5 %), 对折 (50 %)
    let halves: [(&str, Dec, Option<&'static str>); 6] = [
        ("半", Dec { m: 5, s: 1 }, None),
        ("一半", Dec { m: 5, s: 1 }, None),
        ("半百", Dec::int(50), None),
        ("半成", Dec::int(5), Some("%")),
        ("对折", Dec::int(50), Some("%")),
        ("對折", Dec::int(50), Some("%")),
    ];
    if let Some(&(_, d, u)) = halves.iter().find(|h| t.get(i..) == Some(h.0)) {
        let v = d.to_f64();
        return Ok(Numeral {
            value: if neg { -v } else { v },
            upper: None,
            unit: u,
            exact: Some((neg, d.m, d.s)),
        });
    }
    let o = Opts {
        high: false,
        loose: true,
        max_digits: 39,
    };
    let start = i;
    let fail = |f: &Core| -> NumeralError {
        let at = f.err_at.max(f.end);
        err(at, detail_of(f.stop, ch(t, at).map(|x| x.0)))
    };
    let Some(f) = full(t, start, o) else {
        return Err(err(start, detail_of(Stop::Char, ch(t, start).map(|x| x.0))));
    };
    if f.end <= start || f.core.stop == Stop::Overflow {
        return Err(fail(&f.core));
    }
    let mut val = Val {
        exact: f.exact,
        value: f.value,
    };
    let mut upper = f.upper_exact.map(Val::of).or(f.upper.map(|u| Val {
        exact: None,
        value: u,
    }));
    let mut unit = match f.form {
        Form::Plain => None,
        Form::Percent => Some("%"),
        Form::Permille => Some("‰"),
    };
    let mut j = skip_ws(t, f.end);
    let plain = f.form == Form::Plain && upper.is_none() && !f.core.vague;
    if plain && f.core.arabic && !f.core.chinese {
        // 2e5, 12.32e+14
        match read_exponent(t, j) {
            Some(Ok((e, end))) => {
                val = scale_by(val, e).ok_or_else(|| err(j, Detail::Overflow))?;
                j = skip_ws(t, end);
            }
            Some(Err(at)) => return Err(err(at, Detail::NoDigits("exponent"))),
            None => {}
        }
        // metric multipliers: 100K, 1.2M, .0012G
        if let Some((c, n)) = ch(t, j) {
            let e = match c {
                'k' | 'K' => 3,
                'M' => 6,
                'G' => 9,
                _ => 0,
            };
            if e > 0 {
                val = scale_by(val, e).ok_or_else(|| err(j, Detail::Overflow))?;
                j += n;
            }
        }
        // 1/2, 1 4/3 is not read: a space is not a fraction sign
        if let Some(('/', n)) = ch(t, j) {
            let d0 = skip_ws(t, j + n);
            if let Some(d) = full(t, d0, o)
                .filter(|d| d.end > d0 && d.form == Form::Plain && d.core.arabic && !d.core.chinese)
            {
                let (Some(num), Some(den)) = (val.exact, d.exact) else {
                    return Err(err(d0, Detail::Overflow));
                };
                let (ex, v) = ratio(num, den, 1).ok_or_else(|| err(d0, Detail::Overflow))?;
                val = Val {
                    exact: ex,
                    value: v,
                };
                j = skip_ws(t, d.end);
            }
        }
    }
    if plain && f.core.val.is_integer() {
        // 三又二分之一: a whole number and a fraction
        if let Some(('又', n)) = ch(t, j) {
            let k = skip_ws(t, j + n);
            if let Some(g) = full(t, k, o).filter(|g| g.end > k && g.form != Form::Plain) {
                let (shift, div) = match g.form {
                    Form::Permille => (3, 1000.0),
                    _ => (2, 100.0),
                };
                let frac = match g.exact {
                    Some(d) => Val::of(Dec {
                        m: d.m,
                        s: d.s + shift,
                    }),
                    None => Val {
                        exact: None,
                        value: g.value / div,
                    },
                };
                val = match (val.exact, frac.exact) {
                    (Some(a), Some(b)) => {
                        Val::of(a.add(b).ok_or_else(|| err(k, Detail::Overflow))?)
                    }
                    _ => Val {
                        exact: None,
                        value: val.value + frac.value,
                    },
                };
                j = skip_ws(t, g.end);
            }
        }
    }
    if unit.is_none() && upper.is_none() {
        // suffixes
        if let Some((c, n)) = ch(t, j) {
            let rest = &t[j..];
            if c == '%' || c == '％' {
                unit = Some("%");
                j += n;
            } else if c == '‰' {
                unit = Some("‰");
                j += n;
            } else if let Some(p) = ["个百分点", "個百分點", "百分点", "百分點"]
                .iter()
                .find(|p| rest.starts_with(**p))
            {
                unit = Some("个百分点");
                j += p.len();
            } else if c == '折' && plain {
                // 九折 = 90 %, 八五折 = 85 %, 8.5折 = 85 %
                let d = f.core.val;
                let two =
                    (f.core.digit_string || f.core.plain_int) && (10..100).contains(&d.int_part());
                let ok = d.int_part() < 10 || two;
                if ok && !d.is_zero() {
                    let v = if d.int_part() < 10 {
                        d.mul_int(10)
                    } else {
                        Some(d)
                    };
                    val = Val::of(v.ok_or_else(|| err(j, Detail::Overflow))?);
                    unit = Some("%");
                    j += n;
                }
            }
        }
    }
    let j = skip_ws(t, j);
    if j < t.len() {
        if f.core.err_at == j && f.core.stop != Stop::Char {
            return Err(fail(&f.core));
        }
        if let Some((c, _)) = ch(t, j) {
            let d = match (f.core.err_at == j, f.core.stop) {
                (true, s) => detail_of(s, Some(c)),
                _ => Detail::Unexpected(c),
            };
            return Err(err(j, d));
        }
    }
    let fin = |v: Val| -> Result<(f64, Option<Exact>), NumeralError> {
        if let Some(d) = v.exact {
            if i128::try_from(d.m).is_err() {
                return Err(err(start, Detail::Overflow));
            }
        }
        let x = if neg { -v.value } else { v.value };
        Ok((x, v.exact.map(|d| (neg && d.m != 0, d.m, d.s))))
    };
    let (value, exact) = fin(val)?;
    let up = match upper.take() {
        Some(u) => Some(fin(u)?.0),
        None => None,
    };
    Ok(Numeral {
        value,
        upper: up,
        unit,
        exact,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sc(s: &str) -> Scanned {
        match scan_number(s, 0) {
            Some(x) => x,
            None => panic!("no numeral in {s:?}"),
        }
    }

    /// scan from 0: (value, consumed text)
    macro_rules! t {
        ($name:ident, $text:expr, $value:expr) => {
            #[test]
            fn $name() {
                let s = sc($text);
                assert_eq!(s.value, $value as f64, "{}", $text);
                assert_eq!(
                    s.end,
                    $text.len(),
                    "{} consumed {:?}",
                    $text,
                    &$text[..s.end]
                );
            }
        };
        ($name:ident, $text:expr, $value:expr, $consumed:expr) => {
            #[test]
            fn $name() {
                let s = sc($text);
                assert_eq!(s.value, $value as f64, "{}", $text);
                assert_eq!(&$text[..s.end], $consumed, "{}", $text);
            }
        };
    }

    t!(arabic, "628件", 628, "628");
    t!(arabic_fw, "６２８件", 628, "６２８");
    t!(arabic_dec, "12.5%", 12.5, "12.5");
    t!(arabic_dec_fw, "１２．５％", 12.5, "１２．５");
    t!(sep_comma, "1,234,567人", 1234567, "1,234,567");
    t!(sep_fw_comma, "1，234人", 1234, "1，234");
    t!(sep_not_4, "2019，2020年", 2019, "2019");
    t!(sep_space, "59 225宗", 59225, "59 225");
    t!(year, "2023年", 2023, "2023");
    t!(yiqian, "一千二百万", 12_000_000);
    t!(lingba, "一千零八", 1008);
    t!(wanlingwu, "一万零五", 10005);
    t!(liangwanwu, "两万五", 25000);
    t!(sanqianwu, "三千五", 3500);
    t!(yibaier, "一百二", 120);
    t!(sections, "三千四百五十六万七千", 34_567_000);
    t!(eryi, "二亿三千万", 230_000_000);
    t!(shiwu, "十五", 15);
    t!(yishiwu, "一十五", 15);
    t!(sandianwu, "三点五", 3.5);
    t!(jiushisi, "九十四點三", 94.3);
    t!(fin, "壹仟贰佰叁拾肆", 1234);
    t!(trad, "兩萬參仟", 23000);
    t!(nian, "廿二", 22);
    t!(sa, "卅", 30);
    t!(digits, "二〇二三年", 2023, "二〇二三");
    t!(mixed_wan, "1.5万", 15000);
    t!(mixed_yi_wan, "2亿3000万", 230_000_000);
    t!(mixed_trad, "2334萬9666人", 23_349_666, "2334萬9666");
    t!(mixed_qianyi, "4千亿", 400_000_000_000u64);
    t!(mixed_qian, "3千", 3000);
    t!(mixed_baiwan, "5百万", 5_000_000);
    t!(more_wan, "300多万", 3_000_000);
    t!(more_shi, "十余万", 100_000);
    t!(more_trailing, "百余人次", 100, "百");
    t!(more_trailing_ar, "5000余份", 5000, "5000");
    t!(qianmi, "3千米", 3, "3");
    t!(qianwa, "20万千瓦", 200_000, "20万");
    t!(baifendian, "0.5百分点", 0.5, "0.5");
    t!(exact_yi, "2.35亿", 235_000_000);
    t!(wanwan, "四萬萬", 400_000_000);
    t!(wanyi, "4.78萬億", 4_780_000_000_000u64);
    t!(zhao, "五兆六十二億四萬五千二", 5_006_200_045_200u64);
    t!(zhao_mega, "100兆宽带", 100, "100");
    t!(percent, "百分之三十", 30);
    t!(percent_dec, "百分之十四點五", 14.5);
    t!(percent_zero, "百分之零点五", 0.5);
    t!(permille, "千分之五", 5);
    t!(fraction_third, "三分之一", 100.0 / 3.0);
    t!(fraction_tenth, "十分之一", 10);
    t!(cheng, "三成", 30);
    t!(cheng_half, "三成半", 35);
    t!(cheng_five, "七成五", 75);
    t!(cheng_word, "一成不变", 1, "一");
    t!(ji, "几十", 10);
    t!(shiji, "十几", 10);
    t!(shubai, "数百", 100);
    t!(shushiwan, "数十万", 100_000);
    t!(zero_ten, "零十", 10);
    t!(zero_point, "零点五", 0.5);

    // more rows: sections, zeros, omitted units, traditional and mixed forms
    t!(wanling, "一万零四十", 10040);
    t!(yilingyi, "一亿零一", 100_000_001);
    t!(baiershiwan, "百二万", 1_200_000);
    t!(yibaishiyi, "一百十一", 111);
    t!(wansan, "一百二十万三", 1_203_000);
    t!(
        zhao_full,
        "五十五兆壹十二億四萬五千二",
        55_001_200_045_200u64
    );
    t!(sa_mid, "五百卅四", 534);
    t!(mixed_bai, "1百01", 101);
    t!(mixed_wan_ch, "100万三千", 1_003_000);
    t!(mixed_zero, "200亿零四千230", 20_000_004_230u64);
    t!(mixed_qianling, "2千零30万", 20_300_000);
    t!(mixed_wan_qian, "25万6千", 256_000);
    t!(mixed_sep, "1,100.9亿", 110_090_000_000u64);
    t!(chinese_point_wan, "三点五万", 35_000);
    t!(chinese_point_arabic, "一百点123", 100.123);
    t!(int_then_point, "两千万点五五四四", 20_000_000.554_4);
    t!(digits_point, "一七二零点一三四", 1720.134);
    t!(point_fw, "３．２５", 3.25);
    t!(wan_fen, "万分之三", 0.03);
    t!(fraction_big, "一百分之五十五点五七九", 55.579);
    t!(fraction_arabic_m, "百分之2.5", 2.5);
    t!(cheng_arabic, "3成", 30);
    t!(cheng_dec, "八点五成", 85);
    t!(cheng_liang, "两成", 20);
    t!(more_ji_wan, "二十几万", 200_000);
    t!(ji_wan, "几万", 10_000);
    t!(jibai_ling, "壹百零幾萬", 1_000_000);
    t!(stop_at_yi, "3亿元", 300_000_000, "3亿");
    t!(stop_qianke, "一千克", 1, "一");
    t!(qian_in_sections, "一万四千米", 14_000, "一万四千");
    t!(zhaowa, "3兆瓦", 3, "3");
    t!(baifenbi, "3百分比", 3, "3");
    t!(comma_after, "1,2345", 1, "1");

    #[test]
    fn arabic_separator_rules() {
        // the first group has 1-3 digits, then groups of exactly three
        assert_eq!(sc("1234,567").end, 4);
        assert_eq!(sc("1,234,5678").value, 1234.0);
        assert_eq!(sc("12，345人").value, 12345.0);
        // a space needs the same 3-digit rule; no mixed separators
        assert_eq!(sc("59 2250").value, 59.0);
        assert_eq!(sc("1,234 567").value, 1234.0);
        assert_eq!(sc("1,000元").int_digits, 4);
        // mid-text, with a Chinese comma after the number
        let t = "共1,000，其中";
        let n = scan_number(t, 3).map(|n| (n.value, &t[3..n.end]));
        assert_eq!(n, Some((1000.0, "1,000")));
    }

    #[test]
    fn exact_values() {
        // the f64 is the correctly rounded value of the exact decimal
        for (s, v) in [
            ("2.35亿", 235_000_000.0),
            ("0.1", 0.1),
            ("1.1万", 11_000.0),
            ("3.3333333333333333", 3.3333333333333333),
            ("0.000000000000000000001", 1e-21),
            ("零点零零零零零零零零零零零零零零一", 1e-15),
        ] {
            assert_eq!(sc(s).value, v, "{s}");
        }
        assert_eq!(sc("9007199254740992").value, 9_007_199_254_740_992.0);
        assert_eq!(scan_number("9007199254740993", 0), None);
        assert_eq!(scan_number("12345678901234567", 0), None);
        assert_eq!(scan_number("九千九百万亿", 0), None);
        assert_eq!(sc("九千万亿").value, 9e15);
    }

    #[test]
    fn starts_and_runs() {
        assert!(is_numeral_start('1') && is_numeral_start('３') && is_numeral_start('两'));
        assert!(is_numeral_start('百') && is_numeral_start('几') && is_numeral_start('〇'));
        assert!(!is_numeral_start('余') && !is_numeral_start('点') && !is_numeral_start('人'));
        assert_eq!(numeral_run_end("三百余人", 0), "三百余".len());
        assert_eq!(numeral_run_end("59 225宗", 0), "59 225".len());
        assert_eq!(numeral_run_end("5 宗", 0), 1);
        assert_eq!(numeral_run_end("人", 0), 0);
        assert_eq!(numeral_run_end("一", 1), 1);
    }

    #[test]
    fn pathological_runs_are_cheap() {
        // refused after reading a bounded prefix: the scanner skips the run
        let ones = "一".repeat(1_000_000);
        assert_eq!(scan_number(&ones, 0), None);
        assert_eq!(numeral_run_end(&ones, 0), ones.len());
        let digits = "7".repeat(100_000);
        assert_eq!(scan_number(&digits, 0), None);
        let tens = "十".repeat(1_000_000);
        assert_eq!(sc(&tens).end, 3);
        let yi = format!("一{}", "亿".repeat(100_000));
        assert_eq!(scan_number(&yi, 0), None);
        let commas = format!("1{}", ",000".repeat(100_000));
        assert_eq!(scan_number(&commas, 0), None);
        // every start of a long run, as a naive scanner would: still fast
        let mixed = "三四十五六七八九十百千万亿".repeat(10_000);
        let mut i = 0;
        while i < mixed.len() {
            if let Some(s) = scan_number(&mixed, i) {
                assert!(s.end > i);
            }
            i += 3;
        }
    }

    #[test]
    fn cheng_words() {
        for w in ["一成不变", "十成功", "三成立", "八成员", "两成为"] {
            let s = sc(w);
            assert_eq!(s.form, Form::Plain, "{w}");
        }
        assert_eq!(sc("三成以上").value, 30.0);
        assert_eq!(sc("七成，").end, "七成".len());
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        const ALPHABET: &[char] = &[
            '0', '1', '5', '9', '０', '７', '.', '．', ',', '，', ' ', '零', '〇', '一', '二',
            '两', '三', '五', '九', '十', '百', '千', '万', '亿', '兆', '廿', '点', '几', '数',
            '余', '多', '分', '之', '成', '半', '米', '瓦', '人', '%', '壹', '拾', '萬', '億', '-',
        ];

        fn dense() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(ALPHABET), 0..40)
                .prop_map(|v| v.into_iter().collect())
        }

        fn check(t: &str) {
            let mut i = 0;
            while i <= t.len() {
                if let Some(s) = scan_number(t, i) {
                    assert!(s.end > i && s.end <= t.len(), "{t:?} at {i}");
                    assert!(t.is_char_boundary(s.end));
                    assert!(s.end <= numeral_run_end(t, i), "{t:?} at {i}");
                    assert!(s.value.is_finite() && s.value >= 0.0);
                    if let Some(u) = s.upper {
                        assert!(u.is_finite() && u >= s.value, "{t:?} at {i}");
                    }
                }
                let _ = numeral_run_end(t, i);
                i += 1;
            }
            let _ = parse_numeral(t);
        }

        proptest! {
            #[test]
            fn never_panics_dense(t in dense()) {
                check(&t);
            }

            #[test]
            fn never_panics_any(t in "\\PC{0,40}") {
                check(&t);
            }
        }
    }

    #[test]
    fn ranges() {
        for (s, lo, hi) in [
            ("三四十", 30.0, 40.0),
            ("一两", 1.0, 2.0),
            ("七八十万", 700_000.0, 800_000.0),
            ("二三百", 200.0, 300.0),
            ("十七八", 17.0, 18.0),
            ("五六", 5.0, 6.0),
        ] {
            let n = sc(s);
            assert_eq!((n.value, n.upper, n.end), (lo, Some(hi), s.len()), "{s}");
        }
    }

    #[test]
    fn refusals() {
        assert_eq!(scan_number("320402199001011234", 0), None);
        assert_eq!(scan_number("几个", 0), None);
        assert_eq!(scan_number("数据", 0), None);
        assert_eq!(scan_number("万人", 0), None);
        assert_eq!(scan_number("零售", 0), None);
        assert_eq!(scan_number("零三个月", 0), None);
        assert_eq!(scan_number("陆续", 0), None);
        assert_eq!(sc("陆拾人").value, 60.0);
        assert_eq!(sc("一九八○年").value, 1980.0);
        let s = sc("100成功");
        assert_eq!((s.value, s.end, s.form), (100.0, 3, Form::Plain));
    }

    #[test]
    fn flags() {
        let s = sc("2023年");
        assert_eq!((s.int_digits, s.arabic, s.chinese), (4, true, false));
        assert!(sc("二〇二三").digit_string);
        assert!(sc("300多万").more);
        assert!(sc("几十").vague);
        assert!(sc("3万").magnitude);
        assert!(!sc("3万5").magnitude);
        assert!(sc("1,000").separator);
        assert!(sc("1.5").decimal);
        assert_eq!(sc("百分之三十").form, Form::Percent);
        assert_eq!(sc("千分之五").form, Form::Permille);
    }
}
