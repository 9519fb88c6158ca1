//! The public whole-string parser.

use std::fmt;

use super::dec::{ratio, Dec, MAX_SCALE};
use super::grammar::{ara_digit, ch, cls, full, skip_ws, Core, Full, Opts, Stop, C};
use super::Form;

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
    /// `百分之…`), `Some("‰")` for `‰` and `千分之`, `Some("个百分点")` for
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
            Detail::UnitOrder(c, p) => {
                let exp = |x: char| match cls(x) {
                    C::Small(e) | C::Big(e) => e,
                    _ => 0,
                };
                if exp(c) < exp(p) {
                    write!(f, "unit {c} after a larger unit {p}")
                } else {
                    write!(f, "unit {c} after a smaller or equal unit {p}")
                }
            }
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
/// - a trailing `%` `％` `﹪` (unit `"%"`), `‰` (`"‰"`), `个百分点`/`百分点`
///   (`"个百分点"`);
/// - discounts `九折` (90 %), `八五折` (85 %), `8.5折`;
/// - an exponent after Arabic digits (`2e5`, `12.32e+14`);
/// - mixed fractions with `又` (`三又二分之一` = 3.5, a plain number) and
///   Arabic fractions `1/2` (0.5);
/// - whitespace between the parts (`八千 三百 八十五`).
///
/// `N分之M` on its own is the fraction M/N (`三分之一` → 0.333…, no unit), as
/// other numeral parsers read it; in running text the extractor reports it as
/// a proportion in percent (SPEC §1: `三分之一` → 33.33… `%`).
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
    let input = Input::new(s);
    let t = input.compact.as_str();
    if t.is_empty() {
        return Err(input.err(0, Detail::Empty));
    }
    let (neg, start) = read_sign(&input)?;
    if let Some(n) = half_word(&t[start..], neg) {
        return Ok(n);
    }
    let Some(f) = full(t, start, LOOSE) else {
        return Err(input.err(start, detail_of(Stop::Char, ch(t, start).map(|x| x.0))));
    };
    if f.end <= start || f.core.stop == Stop::Overflow {
        return Err(input.stopped(&f.core));
    }
    let mut p = Parsed {
        val: Val {
            exact: f.exact,
            value: f.value,
        },
        upper: f.upper_exact.map(Val::of).or(f.upper.map(|u| Val {
            exact: None,
            value: u,
        })),
        unit: match f.form {
            Form::Plain => None,
            Form::Percent => Some("%"),
            Form::Permille => Some("‰"),
        },
        j: skip_ws(t, f.end),
    };
    let plain = f.form == Form::Plain && p.upper.is_none() && !f.core.vague;
    if plain && f.core.arabic && !f.core.chinese {
        arabic_extras(&input, &mut p)?;
    }
    if plain && f.core.val.is_integer() {
        mixed_fraction(&input, &mut p)?;
    }
    if f.form == Form::Percent && is_plain_fraction(&t[start..f.end]) {
        p.make_fraction();
    }
    if p.unit.is_none() && p.upper.is_none() {
        read_suffix(&input, &f, plain, &mut p)?;
    }
    let j = skip_ws(t, p.j);
    if j < t.len() {
        return Err(input.trailing(j, &f.core));
    }
    finalize(&input, p, neg, start)
}

/// Whole-string parsing: whitespace skipped, long digit runs read.
const LOOSE: Opts = Opts {
    high: false,
    loose: true,
    max_digits: 39,
};

/// The input of [`parse_numeral`] with its whitespace taken out, and the
/// map from offsets in the compacted copy back to the input.
struct Input<'s> {
    s: &'s str,
    compact: String,
    map: Vec<usize>,
}

impl<'s> Input<'s> {
    /// Whitespace between the parts is ignored; one space is kept between
    /// two Arabic digits (`59 225` is a thousands group, `1 4` is no
    /// number).
    fn new(s: &'s str) -> Input<'s> {
        let mut compact = String::with_capacity(s.len());
        let mut map: Vec<usize> = Vec::with_capacity(s.len() + 1);
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
            map.extend(std::iter::repeat_n(k, c.len_utf8()));
        }
        map.push(s.trim_end_matches(char::is_whitespace).len());
        Input { s, compact, map }
    }

    /// The error at `offset` of the compacted copy.
    fn err(&self, offset: usize, detail: Detail) -> NumeralError {
        NumeralError {
            input: self.s.to_owned(),
            offset: self.map.get(offset).copied().unwrap_or(self.s.len()),
            detail,
        }
    }

    /// The error where the grammar stopped.
    fn stopped(&self, f: &Core) -> NumeralError {
        let at = f.err_at.max(f.end);
        self.err(at, detail_of(f.stop, ch(&self.compact, at).map(|x| x.0)))
    }

    /// The error for text left over at `j` after the numeral.
    fn trailing(&self, j: usize, core: &Core) -> NumeralError {
        if core.err_at == j && core.stop != Stop::Char {
            return self.stopped(core);
        }
        let c = ch(&self.compact, j).map(|x| x.0);
        let d = match (core.err_at == j, c) {
            (true, c) => detail_of(core.stop, c),
            (false, Some(c)) => Detail::Unexpected(c),
            (false, None) => Detail::Empty,
        };
        self.err(j, d)
    }
}

/// The numeral being parsed: value, upper end, unit, and where reading is.
struct Parsed {
    val: Val,
    upper: Option<Val>,
    unit: Option<&'static str>,
    j: usize,
}

impl Parsed {
    /// `N分之M` on its own is the fraction M/N (`三分之一` → 0.333…), as
    /// numeral parsers read it, not the percent the scanner reports.
    fn make_fraction(&mut self) {
        fn hundredth(v: Val) -> Val {
            match v.exact {
                Some(d) => Val::of(Dec { m: d.m, s: d.s + 2 }),
                None => Val {
                    exact: None,
                    value: v.value / 100.0,
                },
            }
        }
        self.val = hundredth(self.val);
        self.upper = self.upper.map(hundredth);
        self.unit = None;
    }
}

/// A leading sign `-` `+` `负` `正` (`－` `＋` `−`): (negative, where the
/// number starts).
fn read_sign(input: &Input<'_>) -> Result<(bool, usize), NumeralError> {
    let t = input.compact.as_str();
    match ch(t, 0) {
        Some((c @ ('-' | '－' | '−' | '负' | '負' | '+' | '＋' | '正'), n)) => {
            let i = skip_ws(t, n);
            if i >= t.len() {
                return Err(input.err(i, Detail::NoDigits("sign")));
            }
            Ok((matches!(c, '-' | '－' | '−' | '负' | '負'), i))
        }
        _ => Ok((false, 0)),
    }
}

/// Words for a half, the whole rest of the input: `半` (0.5), `一半` (0.5),
/// `半百` (50), `半成` (5 %), `对折` (50 %).
fn half_word(rest: &str, neg: bool) -> Option<Numeral> {
    let halves: [(&str, Dec, Option<&'static str>); 6] = [
        ("半", Dec { m: 5, s: 1 }, None),
        ("一半", Dec { m: 5, s: 1 }, None),
        ("半百", Dec::int(50), None),
        ("半成", Dec::int(5), Some("%")),
        ("对折", Dec::int(50), Some("%")),
        ("對折", Dec::int(50), Some("%")),
    ];
    let &(_, d, u) = halves.iter().find(|h| rest == h.0)?;
    let v = d.to_f64();
    Some(Numeral {
        value: if neg { -v } else { v },
        upper: None,
        unit: u,
        exact: Some((neg, d.m, d.s)),
    })
}

/// After a plain Arabic number: an exponent (`2e5`, `12.32e+14`), a
/// metric multiplier (`100K`, `1.2M`, `.0012G`), a fraction (`1/2`).
fn arabic_extras(input: &Input<'_>, p: &mut Parsed) -> Result<(), NumeralError> {
    let t = input.compact.as_str();
    match read_exponent(t, p.j) {
        Some(Ok((e, end))) => {
            p.val = scale_by(p.val, e).ok_or_else(|| input.err(p.j, Detail::Overflow))?;
            p.j = skip_ws(t, end);
        }
        Some(Err(at)) => return Err(input.err(at, Detail::NoDigits("exponent"))),
        None => {}
    }
    if let Some((c, n)) = ch(t, p.j) {
        let e = match c {
            'k' | 'K' => 3,
            'M' => 6,
            'G' => 9,
            _ => 0,
        };
        if e > 0 {
            p.val = scale_by(p.val, e).ok_or_else(|| input.err(p.j, Detail::Overflow))?;
            p.j += n;
        }
    }
    // 1/2; 1 4/3 is not read: a space is not a fraction sign
    if let Some(('/', n)) = ch(t, p.j) {
        let d0 = skip_ws(t, p.j + n);
        if let Some(d) = full(t, d0, LOOSE)
            .filter(|d| d.end > d0 && d.form == Form::Plain && d.core.arabic && !d.core.chinese)
        {
            let (Some(num), Some(den)) = (p.val.exact, d.exact) else {
                return Err(input.err(d0, Detail::Overflow));
            };
            let (ex, v) = ratio(num, den, 1).ok_or_else(|| input.err(d0, Detail::Overflow))?;
            p.val = Val {
                exact: ex,
                value: v,
            };
            p.j = skip_ws(t, d.end);
        }
    }
    Ok(())
}

/// `三又二分之一`: a whole number and a fraction.
fn mixed_fraction(input: &Input<'_>, p: &mut Parsed) -> Result<(), NumeralError> {
    let t = input.compact.as_str();
    let Some(('又', n)) = ch(t, p.j) else {
        return Ok(());
    };
    let k = skip_ws(t, p.j + n);
    let Some(g) = full(t, k, LOOSE).filter(|g| g.end > k && g.form != Form::Plain) else {
        return Ok(());
    };
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
    p.val = match (p.val.exact, frac.exact) {
        (Some(a), Some(b)) => Val::of(a.add(b).ok_or_else(|| input.err(k, Detail::Overflow))?),
        _ => Val {
            exact: None,
            value: p.val.value + frac.value,
        },
    };
    p.j = skip_ws(t, g.end);
    Ok(())
}

/// Whether a percent form read from `head` is a plain fraction `N分之M`:
/// `百分之` and `千分之` stay percent and permille, and `万分之` and
/// smaller stay what the grammar made of them.
fn is_plain_fraction(head: &str) -> bool {
    let per_hundred = ["百分之", "百分點", "佰分之"]
        .iter()
        .any(|p| head.starts_with(p));
    let tiny = [
        "万分之",
        "萬分之",
        "百万分之",
        "百萬分之",
        "千万分之",
        "千萬分之",
        "万万分之",
        "萬萬分之",
        "百万万分之",
        "百萬萬分之",
    ]
    .iter()
    .any(|p| head.starts_with(p));
    head.contains("分之") && !per_hundred && !tiny
}

/// Suffixes after the numeral: `%`, `‰`, `个百分点`, a measure word that
/// other parsers fold into the numeral (`一个`, `一打`, `壹拾壹圆整`), a
/// discount (`九折` = 90 %, `八五折` = 85 %, `8.5折`).
fn read_suffix(
    input: &Input<'_>,
    f: &Full,
    plain: bool,
    p: &mut Parsed,
) -> Result<(), NumeralError> {
    let t = input.compact.as_str();
    let Some((c, n)) = ch(t, p.j) else {
        return Ok(());
    };
    let rest = &t[p.j..];
    if matches!(c, '%' | '％' | '﹪') {
        p.unit = Some("%");
        p.j += n;
    } else if c == '‰' {
        p.unit = Some("‰");
        p.j += n;
    } else if let Some(w) = ["个百分点", "個百分點", "百分点", "百分點"]
        .iter()
        .find(|w| rest.starts_with(**w))
    {
        p.unit = Some("个百分点");
        p.j += w.len();
    } else if let Some((w, times)) = [
        ("个", 1),
        ("個", 1),
        ("打", 12),
        ("圆整", 1),
        ("圆正", 1),
        ("圆", 1),
        ("圓", 1),
    ]
    .iter()
    .find(|(w, _)| rest.starts_with(*w))
    .filter(|_| plain)
    {
        if *times != 1 {
            p.val = match p.val.exact {
                Some(d) => Val::of(
                    d.mul_int(*times)
                        .ok_or_else(|| input.err(p.j, Detail::Overflow))?,
                ),
                None => Val {
                    exact: None,
                    value: p.val.value * *times as f64,
                },
            };
        }
        p.j += w.len();
    } else if c == '折' && plain {
        discount(input, f, n, p)?;
    }
    Ok(())
}

/// `九折` = 90 %, `八五折` = 85 %, `8.5折` = 85 %.
fn discount(input: &Input<'_>, f: &Full, n: usize, p: &mut Parsed) -> Result<(), NumeralError> {
    let d = f.core.val;
    let two = (f.core.digit_string || f.core.plain_int) && (10..100).contains(&d.int_part());
    let ok = d.int_part() < 10 || two;
    if ok && !d.is_zero() {
        let v = if d.int_part() < 10 {
            d.mul_int(10)
        } else {
            Some(d)
        };
        p.val = Val::of(v.ok_or_else(|| input.err(p.j, Detail::Overflow))?);
        p.unit = Some("%");
        p.j += n;
    }
    Ok(())
}

/// The numeral from what was parsed: the sign applied, the exact value
/// checked against `i128`.
fn finalize(
    input: &Input<'_>,
    p: Parsed,
    neg: bool,
    start: usize,
) -> Result<Numeral, NumeralError> {
    let fin = |v: Val| -> Result<(f64, Option<Exact>), NumeralError> {
        if let Some(d) = v.exact {
            if i128::try_from(d.m).is_err() {
                return Err(input.err(start, Detail::Overflow));
            }
        }
        let x = if neg { -v.value } else { v.value };
        Ok((x, v.exact.map(|d| (neg && d.m != 0, d.m, d.s))))
    };
    let (mut value, mut exact) = fin(p.val)?;
    let mut up = match p.upper {
        Some(u) => Some(fin(u)?),
        None => None,
    };
    if neg {
        // 负三四十 is -40..-30: the negated upper end is the lower one
        if let Some((u, ux)) = up {
            up = Some((value, exact));
            value = u;
            exact = ux;
        }
    }
    Ok(Numeral {
        value,
        upper: up.map(|u| u.0),
        unit: p.unit,
        exact,
    })
}
