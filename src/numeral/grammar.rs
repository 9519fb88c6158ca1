//! The numeral grammar shared by `scan_number` and `parse_numeral`:
//! characters, the core state machine, percent forms around it.

use once_cell::sync::Lazy;

use crate::chars::digit_value;

use super::dec::{pow10, ratio, Dec, MAX_SCALE};
use super::Form;

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum C {
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

/// The class of `c`: one look-up in [`CLASS_TABLE`], which holds what
/// [`class_of`] says for every character of the Basic Multilingual Plane
/// (no numeral character lies beyond it).
#[inline]
pub(super) fn cls(c: char) -> C {
    let cp = u32::from(c) as usize;
    if cp >= 0x10000 {
        return C::Other;
    }
    let t: &ClassTable = &CLASS_TABLE;
    let block = &t.blocks[usize::from(t.index[cp >> 6])];
    t.classes[usize::from(block[cp & 63])]
}

/// [`class_of`] for the Basic Multilingual Plane, in blocks of 64 code
/// points: most blocks hold no numeral character and share block 0.
struct ClassTable {
    /// The block of each run of 64 code points.
    index: Box<[u8; 1024]>,
    /// Per block, the class of each code point, as an index into `classes`.
    blocks: Vec<[u8; 64]>,
    /// The distinct classes; `classes[0]` is [`C::Other`].
    classes: Vec<C>,
    /// One bit per code point: [`numeralish_by_definition`].
    numeralish: Box<[u64; 1024]>,
}

static CLASS_TABLE: Lazy<ClassTable> = Lazy::new(|| {
    let mut t = ClassTable {
        index: Box::new([0; 1024]),
        blocks: vec![[0; 64]],
        classes: vec![C::Other],
        numeralish: Box::new([0; 1024]),
    };
    for hi in 0..1024u32 {
        let mut block = [0u8; 64];
        for (lo, code) in (0u32..).zip(block.iter_mut()) {
            let Some(c) = char::from_u32(hi << 6 | lo) else {
                continue;
            };
            if numeralish_by_definition(c) {
                t.numeralish[hi as usize] |= 1 << lo;
            }
            let k = class_of(c);
            let i = match t.classes.iter().position(|&x| x == k) {
                Some(i) => i,
                None => {
                    t.classes.push(k);
                    t.classes.len() - 1
                }
            };
            *code = u8::try_from(i).expect("fewer than 256 classes");
        }
        if block != [0; 64] {
            t.blocks.push(block);
            t.index[hi as usize] = u8::try_from(t.blocks.len() - 1).expect("fewer than 256 blocks");
        }
    }
    t
});

/// The class of `c`, by definition (see [`cls`] for the fast form).
pub(super) fn class_of(c: char) -> C {
    if let Some(d) = digit_value(c) {
        return C::Ara(d);
    }
    match c {
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

/// A character a numeral may hold or run on with (see [`numeral_run_end`]):
/// one look-up in [`CLASS_TABLE`], built from [`numeralish_by_definition`].
#[inline]
pub(super) fn is_numeralish(c: char) -> bool {
    let cp = u32::from(c) as usize;
    cp < 0x10000 && CLASS_TABLE.numeralish[cp >> 6] & (1 << (cp & 63)) != 0
}

/// [`is_numeralish`] by definition.
pub(super) fn numeralish_by_definition(c: char) -> bool {
    !matches!(class_of(c), C::Other)
        || crate::chars::is_decimal_point(c)
        || matches!(c, ',' | '，' | '分' | '之' | '成' | '半')
}

/// End (byte offset) of the maximal run of numeral-ish characters from `at`:
/// digits, Chinese numeral characters, `点`, separators, `余多`, `分之`, `成半`.
///
/// The scanner can skip a whole run that [`scan_number`](super::scan_number) refuses (a megabyte of
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

/// Whether a numeral-ish character starts at `at`: whether
/// [`numeral_run_end`]`(text, at) != at`, without walking the run.
#[inline]
pub(crate) fn continues_numeral(text: &str, at: usize) -> bool {
    ch(text, at).is_some_and(|(c, _)| is_numeralish(c))
}

#[inline]
pub(super) fn ch(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

pub(super) fn is_ws(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\t' || c == '\u{a0}'
}

pub(super) fn skip_ws(text: &str, mut i: usize) -> usize {
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
pub(super) fn unit_word_after(text: &str, j: usize, c: char) -> bool {
    let Some((n1, l1)) = ch(text, j) else {
        return false;
    };
    // Units of the lexicon that start with a magnitude character
    // (`千公顷`, `千瓦时`) keep it (most magnitude characters, `万` `亿`
    // `十`, begin none: one look-up tells).
    if crate::units::begins_builtin_entry(c)
        && text
            .get(j.saturating_sub(c.len_utf8())..)
            .is_some_and(|rest| rest.starts_with(c) && crate::units::starts_magnitude_unit(rest))
    {
        return true;
    }
    if !matches!(c, '千' | '仟' | '兆' | '百' | '佰') {
        return false;
    }
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
pub(super) enum Stop {
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
pub(super) struct Core {
    pub(super) end: usize,
    /// Where the character that stopped the grammar starts.
    pub(super) err_at: usize,
    pub(super) val: Dec,
    /// Why reading stopped at `end`.
    pub(super) stop: Stop,
    pub(super) has_range: bool,
    pub(super) arabic: bool,
    pub(super) chinese: bool,
    pub(super) int_digits: u32,
    pub(super) decimal: bool,
    pub(super) separator: bool,
    pub(super) digit_string: bool,
    pub(super) more: bool,
    pub(super) vague: bool,
    pub(super) magnitude: bool,
    /// The whole numeral is one Chinese digit (or 十); for `X成`.
    pub(super) single: Option<u8>,
    /// The whole numeral is one Arabic integer without separator.
    pub(super) plain_int: bool,
    /// Only magnitude characters (`百`, `千万`, `万`), the one implicit.
    pub(super) bare: bool,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum PKind {
    /// One Chinese digit, possibly right after a unit.
    Digit,
    Arabic,
    Vague,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Pending {
    pub(super) val: Dec,
    pub(super) kind: PKind,
    /// Read directly after a unit (no 零 between): the omitted-unit rule.
    pub(super) after_unit: bool,
}

/// Limits: `max_digits` for an Arabic integer run.
#[derive(Clone, Copy, Debug)]
pub(super) struct Opts {
    /// The upper alternative of a range pair (`三四十` → 40).
    pub(super) high: bool,
    /// Skip whitespace between tokens (whole-string parsing).
    pub(super) loose: bool,
    /// Longest Arabic integer digit run.
    pub(super) max_digits: u32,
}

pub(super) struct Arabic {
    pub(super) val: Dec,
    pub(super) end: usize,
    pub(super) int_digits: u32,
    pub(super) separator: bool,
    pub(super) decimal: bool,
}

pub(super) fn ara_digit(c: char) -> Option<u8> {
    match cls(c) {
        C::Ara(d) => Some(d),
        _ => None,
    }
}

/// Exactly three Arabic digits from `i`, then a non-digit: returns the
/// value and end.
pub(super) fn three_digits(text: &str, i: usize) -> Option<(u128, usize)> {
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

pub(super) fn read_arabic(text: &str, at: usize, o: Opts) -> Result<Arabic, Stop> {
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
        if crate::chars::is_decimal_point(c) {
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
pub(super) fn read_fraction(text: &str, mut i: usize) -> Result<(Dec, usize), Stop> {
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

/// Whether a decimal point of a Chinese numeral stands at `i`: `点`,
/// `點`, or a full stop (`．`, `.`) with a Chinese digit after it, as
/// Taiwanese news writes decimals in Chinese numerals (`三十九．五％`,
/// `七二九．二億美元`). A full stop before anything else (`一．總則`) ends
/// the numeral.
pub(super) fn is_point_at(text: &str, i: usize) -> bool {
    match ch(text, i) {
        Some((c, _)) if cls(c) == C::Point => true,
        Some((p, n)) if crate::chars::is_decimal_point(p) => {
            ch(text, i + n).is_some_and(|(c, _)| digit_of(c).is_some())
        }
        _ => false,
    }
}

pub(super) fn digit_of(c: char) -> Option<u8> {
    match cls(c) {
        C::Dig(d, false) => Some(d),
        C::Zero => Some(0),
        _ => None,
    }
}

/// What a character handler of the grammar tells the reading loop.
enum Flow {
    /// Go on at this offset; the numeral read so far ends there.
    Go(usize),
    /// Go on at this offset without moving the end of the numeral (a digit
    /// string read as one pending number, `一一万`).
    Skip(usize),
    /// Reading is over, with this result.
    Return(Option<Core>),
}

/// The state of the numeral grammar between two characters: the result
/// being built and the sums and exponents of the sections read so far.
struct Reader<'t> {
    text: &'t str,
    at: usize,
    o: Opts,
    r: Core,
    /// Sum of the completed 万/亿 sections.
    total: Dec,
    /// The current section below 万.
    section: Dec,
    pending: Option<Pending>,
    /// Exponent of the last 十百千 in this section.
    last_small: u32,
    last_small_char: char,
    /// Exponent of the last section (万亿 = 12).
    last_big: u32,
    /// Exponent of the last 万亿兆 character.
    last_big_raw: u32,
    last_big_char: char,
    max_big: u32,
    /// Exponent of the last unit read.
    last_exp: u32,
    /// The previous token was a unit.
    prev_unit: bool,
    zero_gap: bool,
    started: bool,
    i: usize,
    /// 万 or 亿 at the start, in running text.
    bare_big: bool,
}

/// Reads the numeral grammar from `at`. `None` when nothing numeral starts
/// there (or it cannot be represented).
pub(super) fn core(text: &str, at: usize, o: Opts) -> Option<Core> {
    let mut g = Reader::new(text, at, o);
    loop {
        match g.step() {
            Ok(Flow::Go(i)) => {
                g.i = i;
                g.r.end = i;
            }
            Ok(Flow::Skip(i)) => g.i = i,
            Ok(Flow::Return(r)) => return r,
            Err(stop) => {
                g.r.stop = stop;
                break;
            }
        }
    }
    g.end()
}

impl<'t> Reader<'t> {
    fn new(text: &'t str, at: usize, o: Opts) -> Reader<'t> {
        Reader {
            text,
            at,
            o,
            r: Core {
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
                bare: true,
            },
            total: Dec::ZERO,
            section: Dec::ZERO,
            pending: None,
            last_small: 0,
            last_small_char: ' ',
            last_big: 0,
            last_big_raw: 0,
            last_big_char: ' ',
            max_big: 0,
            last_exp: 0,
            prev_unit: false,
            zero_gap: false,
            started: false,
            i: at,
            bare_big: false,
        }
    }

    /// Reads the next character and hands it to the handler of its class.
    fn step(&mut self) -> Result<Flow, Stop> {
        let j = if self.o.loose && self.started {
            skip_ws(self.text, self.i)
        } else {
            self.i
        };
        self.r.err_at = j;
        let (c, n) = ch(self.text, j).ok_or(Stop::Char)?;
        let mut k = cls(c);
        if self.bare_big && !matches!(k, C::Big(_)) {
            return Err(Stop::Char);
        }
        if !matches!(k, C::Small(_) | C::Big(_) | C::More | C::Other) {
            self.r.bare = false;
        }
        if self.o.loose
            && !self.started
            && crate::chars::is_decimal_point(c)
            && ch(self.text, j + n).is_some_and(|(c2, _)| ara_digit(c2).is_some())
        {
            // `.5` on its own
            k = C::Ara(0);
        }
        if k == C::Other && !self.r.arabic && is_point_at(self.text, j) {
            k = C::Point;
        }
        match k {
            C::Ara(_) => self.on_arabic(j),
            C::Dig(d, liang) => self.on_digit(j, n, d, liang),
            C::Zero => self.on_zero(j, n),
            C::Small(e) => self.on_small(c, j, n, e),
            C::Tens(t) => self.on_tens(c, j, n, t),
            C::Big(e) => self.on_big(c, j, n, e),
            C::Vague => self.on_vague(c, j, n),
            C::More => self.on_more(j, n),
            C::Point => self.on_point(j, n),
            C::Other => Err(Stop::Char),
        }
    }

    /// A run of Arabic digits (`628`, `1,234.5`).
    fn on_arabic(&mut self, j: usize) -> Result<Flow, Stop> {
        if self.pending.is_some() || (self.started && !self.prev_unit && !self.zero_gap) {
            return Err(Stop::Digit);
        }
        let a = read_arabic(self.text, j, self.o)?;
        if !self.started {
            self.r.int_digits = a.int_digits;
            self.r.plain_int = !a.separator && !a.decimal;
        }
        self.r.arabic = true;
        self.r.separator |= a.separator;
        self.r.decimal |= a.decimal;
        self.pending = Some(Pending {
            val: a.val,
            kind: PKind::Arabic,
            after_unit: self.prev_unit,
        });
        self.prev_unit = false;
        self.started = true;
        Ok(Flow::Go(a.end))
    }

    /// A Chinese digit `一`..`九` (`两`): alone, one of an approximate pair
    /// (`三四`, `三五`), or the head of a digit string (`二〇二三`).
    fn on_digit(&mut self, j: usize, n: usize, d: u8, liang: bool) -> Result<Flow, Stop> {
        if self.pending.is_some() {
            return Err(Stop::Digit);
        }
        let after = j + n;
        let mut dv = d;
        let mut end = after;
        if let Some((c2, n2)) = ch(self.text, after) {
            let k2 = cls(c2);
            if is_range_pair(self.text, d, k2, after + n2) {
                self.r.has_range = true;
                if self.o.high {
                    dv = if d == 3 && matches!(k2, C::Dig(5, _)) {
                        5
                    } else {
                        d + 1
                    };
                }
                end = after + n2;
            } else if matches!(k2, C::Dig(_, false) | C::Zero) && !liang && !self.started {
                return self.digit_string_at(j);
            }
            // else a digit after a digit inside a numeral: stops below
        }
        self.r.chinese = true;
        self.pending = Some(Pending {
            val: Dec::int(dv as u128),
            kind: PKind::Digit,
            after_unit: self.prev_unit && !self.zero_gap,
        });
        if !self.started {
            self.r.single = Some(d);
        }
        self.prev_unit = false;
        self.started = true;
        Ok(Flow::Go(end))
    }

    /// A digit string (`二〇二三`, `〇一`) starting at `j`: the whole numeral
    /// in running text; in whole-string parsing one pending number that
    /// units may follow (`一一万`).
    fn digit_string_at(&mut self, j: usize) -> Result<Flow, Stop> {
        if !self.o.loose {
            return Ok(Flow::Return(digit_string(
                self.text, self.at, self.o, self.r,
            )));
        }
        let (p, end) = digit_string_pending(self.text, j, self.o, &mut self.r)?;
        self.pending = Some(p);
        self.started = true;
        Ok(Flow::Skip(end))
    }

    /// `零`, `〇`: a gap (`一千零八`), or the start of `零点五` or a digit
    /// string.
    fn on_zero(&mut self, j: usize, n: usize) -> Result<Flow, Stop> {
        if self.pending.is_some() {
            return Err(Stop::Digit);
        }
        if !self.started && ch(self.text, j + n).is_some_and(|(c2, _)| digit_of(c2).is_some()) {
            return self.digit_string_at(j);
        }
        self.r.chinese = true;
        self.zero_gap = true;
        self.prev_unit = false;
        self.started = true;
        Ok(Flow::Go(j + n))
    }

    /// `十`, `百`, `千` (`拾佰仟`): multiplies the digit before it into the
    /// current section.
    fn on_small(&mut self, c: char, j: usize, n: usize, e: u32) -> Result<Flow, Stop> {
        let u = pow10(e).ok_or(Stop::Overflow)?;
        // a unit word such as 千米 after a bare number: stop before it,
        // except inside a multi-section numeral (一万四千米 = 14000 米)
        if unit_word_after(self.text, j + n, c)
            && !(e == 3 && self.pending.is_some() && self.last_big > 0 && self.section.is_zero())
        {
            return Err(Stop::Char);
        }
        if self.last_small != 0 && e >= self.last_small {
            return Err(Stop::UnitOrder(c, self.last_small_char));
        }
        let mult = self.small_multiplier(c, e)?;
        self.section = mult
            .mul_int(u)
            .and_then(|x| self.section.add(x))
            .ok_or(Stop::Overflow)?;
        self.pending = None;
        self.last_small = e;
        self.last_small_char = c;
        self.last_exp = e;
        self.prev_unit = true;
        self.zero_gap = false;
        self.r.chinese = true;
        self.r.single = if !self.started && e == 1 {
            Some(10)
        } else {
            None
        };
        self.started = true;
        Ok(Flow::Go(j + n))
    }

    /// What a `十百千` multiplies: the pending digit or number, or an
    /// implicit one (`十五`, `一千零十`).
    fn small_multiplier(&self, c: char, e: u32) -> Result<Dec, Stop> {
        match self.pending {
            Some(p) => match p.kind {
                // 3千, 1.5千, 5百万; not 2023十
                PKind::Arabic if p.val.int_part() >= 10 => Err(Stop::UnitOrder(c, c)),
                PKind::Arabic | PKind::Digit => Ok(p.val),
                PKind::Vague => Ok(Dec::int(1)),
            },
            None => {
                let ok = !self.started
                    || self.zero_gap
                    || (e == 1 && (self.last_small == 0 || self.last_small > 1));
                if ok {
                    Ok(Dec::int(1))
                } else if self.last_small == 0 && self.last_big > 0 {
                    Err(Stop::UnitOrder(c, self.last_big_char))
                } else {
                    Err(Stop::BareUnit(c))
                }
            }
        }
    }

    /// `廿`, `卅`, `卌`: two, three, four tens.
    fn on_tens(&mut self, c: char, j: usize, n: usize, t: u8) -> Result<Flow, Stop> {
        if self.pending.is_some()
            || !(self.last_small == 0 || self.last_small > 1)
            || (self.started && !self.zero_gap && !self.prev_unit)
        {
            return Err(Stop::Digit);
        }
        self.section = self
            .section
            .add(Dec::int(t as u128 * 10))
            .ok_or(Stop::Overflow)?;
        self.last_small = 1;
        self.last_small_char = c;
        self.last_exp = 1;
        self.prev_unit = true;
        self.zero_gap = false;
        self.r.chinese = true;
        self.r.single = None;
        self.started = true;
        Ok(Flow::Go(j + n))
    }

    /// `万`, `亿`, `兆`: closes a section and multiplies what came before.
    fn on_big(&mut self, c: char, j: usize, n: usize, e: u32) -> Result<Flow, Stop> {
        if !self.started {
            // 万 or 亿 alone, the one implicit: 近万人, 超亿元, 万余人,
            // 万分之三; in running text nothing follows but a further
            // section unit (万亿); in whole-string parsing 萬九 (19000)
            if e == 12 {
                return Err(Stop::BareUnit(c));
            }
            self.bare_big = !self.o.loose;
            self.pending = Some(Pending {
                val: Dec::int(1),
                kind: PKind::Digit,
                after_unit: false,
            });
            self.started = true;
        }
        if unit_word_after(self.text, j + n, c) {
            return Err(Stop::Char);
        }
        if e == 12 && !self.o.loose && !continues_after_zhao(self.text, j + n) {
            // 兆 is 10^12 only inside a longer numeral (五兆六十二亿);
            // at the end it is mega (100兆宽带): the unit lexicon's
            return Err(Stop::Char);
        }
        let val = self
            .section
            .add(self.pending_before_big()?)
            .ok_or(Stop::Overflow)?;
        self.close_section(c, e, val)?;
        self.section = Dec::ZERO;
        self.pending = None;
        self.last_small = 0;
        self.last_big_raw = e;
        self.last_big_char = c;
        self.last_exp = self.last_big;
        self.prev_unit = true;
        self.zero_gap = false;
        self.r.chinese = true;
        self.r.single = None;
        Ok(Flow::Go(j + n))
    }

    /// The pending value a section unit multiplies.
    fn pending_before_big(&self) -> Result<Dec, Stop> {
        Ok(match self.pending {
            Some(p) => match p.kind {
                PKind::Vague if self.last_small > 0 => Dec::ZERO,
                PKind::Vague => Dec::int(1),
                // the omitted unit before a section unit: 百二万 = 120万
                PKind::Digit if p.after_unit && self.last_small >= 2 => {
                    p.val.mul_pow10(self.last_small - 1).ok_or(Stop::Overflow)?
                }
                _ => p.val,
            },
            None => Dec::ZERO,
        })
    }

    /// Adds the section `val` closed by section unit `c` (10^`e`) to the
    /// total.
    fn close_section(&mut self, c: char, e: u32, val: Dec) -> Result<(), Stop> {
        let empty = self.pending.is_none() && self.section.is_zero();
        if empty && self.prev_unit && self.last_big > 0 && e >= self.last_big_raw {
            // a compound section unit: 万万 = 10^8, 万亿 = 10^12, 亿亿
            self.total = self.total.mul_pow10(e).ok_or(Stop::Overflow)?;
            self.last_big += e;
            self.max_big = self.max_big.max(self.last_big);
        } else if e > self.max_big && !empty {
            // 一千一百万一千一百亿: everything so far is multiplied
            self.total = self
                .total
                .add(val)
                .and_then(|x| x.mul_pow10(e))
                .ok_or(Stop::Overflow)?;
            self.max_big = e;
            self.last_big = e;
        } else if e < self.last_big && !empty {
            self.total = val
                .mul_pow10(e)
                .and_then(|x| self.total.add(x))
                .ok_or(Stop::Overflow)?;
            self.last_big = e;
        } else if empty {
            return Err(Stop::BareUnit(c));
        } else {
            return Err(Stop::UnitOrder(c, self.last_big_char));
        }
        Ok(())
    }

    /// `几`, `数` (`幾`, `數`): a vague digit (`几十`, `数百`, `十几`,
    /// `二十几万`); `数` only before a unit.
    fn on_vague(&mut self, c: char, j: usize, n: usize) -> Result<Flow, Stop> {
        if self.pending.is_some() {
            return Err(Stop::Digit);
        }
        let next_unit = ch(self.text, j + n).is_some_and(|(c2, n2)| match cls(c2) {
            C::Small(_) | C::Big(_) => !unit_word_after(self.text, j + n + n2, c2),
            _ => false,
        });
        let is_ji = matches!(c, '几' | '幾');
        if !(next_unit || (is_ji && (self.prev_unit || self.zero_gap) && self.started)) {
            return Err(Stop::Char);
        }
        self.pending = Some(Pending {
            val: Dec::ZERO,
            kind: PKind::Vague,
            after_unit: false,
        });
        self.r.vague = true;
        self.r.chinese = true;
        self.r.single = None;
        self.prev_unit = false;
        self.started = true;
        Ok(Flow::Go(j + n))
    }

    /// `余`, `多`: inside the numeral only before `万`/`亿` (`300多万`,
    /// `十余万`).
    fn on_more(&mut self, j: usize, n: usize) -> Result<Flow, Stop> {
        if !self.started || self.zero_gap {
            return Err(Stop::Char);
        }
        let k2 = if self.o.loose {
            skip_ws(self.text, j + n)
        } else {
            j + n
        };
        let before_big = ch(self.text, k2).is_some_and(|(c2, n2)| {
            matches!(cls(c2), C::Big(4) | C::Big(8)) && !unit_word_after(self.text, k2 + n2, c2)
        });
        if !before_big {
            return Err(Stop::Char);
        }
        self.r.more = true;
        if let Some(p) = self.pending.as_mut() {
            p.after_unit = false;
        }
        Ok(Flow::Go(j + n))
    }

    /// `点`, `點`: the decimal point of a Chinese numeral; the fraction and
    /// a section unit after it (`三点五万`) end the numeral.
    fn on_point(&mut self, j: usize, n: usize) -> Result<Flow, Stop> {
        let vague = matches!(self.pending, Some(p) if matches!(p.kind, PKind::Vague));
        let arabic = matches!(self.pending, Some(p) if matches!(p.kind, PKind::Arabic));
        if !self.started || vague || (arabic && self.r.decimal) {
            return Err(Stop::Char);
        }
        let (frac, fend) = read_fraction(self.text, j + n)?;
        // 三点三十分, 3点30分, 三点零五分: a clock time, not a decimal
        if is_clock_after(self.text, fend) && !self.o.loose {
            return Err(Stop::Char);
        }
        // finalize the integer part, omitted unit included (两千三点一)
        let int = finish(
            self.total,
            self.section,
            self.pending,
            self.last_exp,
            self.last_small,
        )
        .ok_or(Stop::Overflow)?;
        let v = int.add(frac).ok_or(Stop::Overflow)?;
        self.r.decimal = true;
        self.r.chinese = true;
        self.r.single = None;
        self.r.plain_int = false;
        self.r.magnitude = false;
        let (v, end) = if self.max_big == 0 {
            self.magnitude_after_decimal(v, fend)?
        } else {
            (v, fend)
        };
        self.r.val = v;
        self.r.end = end;
        self.r.stop = Stop::Char;
        Ok(Flow::Return(Some(self.r)))
    }

    /// `三点五万`, `三点五万亿`: a section unit after a decimal multiplies
    /// it. Returns the value and where the numeral ends.
    fn magnitude_after_decimal(&mut self, mut v: Dec, fend: usize) -> Result<(Dec, usize), Stop> {
        let text = self.text;
        let k2 = if self.o.loose {
            skip_ws(text, fend)
        } else {
            fend
        };
        let Some((c2, n2)) = ch(text, k2) else {
            return Ok((v, fend));
        };
        let C::Big(e2) = cls(c2) else {
            return Ok((v, fend));
        };
        if (e2 == 12 && !self.o.loose) || unit_word_after(text, k2 + n2, c2) {
            return Ok((v, fend));
        }
        v = v.mul_pow10(e2).ok_or(Stop::Overflow)?;
        let mut end = k2 + n2;
        self.r.magnitude = true;
        if e2 == 4 {
            if let Some((c3, n3)) = ch(text, end) {
                if cls(c3) == C::Big(8) && !unit_word_after(text, end + n3, c3) {
                    v = v.mul_pow10(8).ok_or(Stop::Overflow)?;
                    end += n3;
                }
            }
        }
        Ok((v, end))
    }

    /// The result once reading has stopped.
    fn end(mut self) -> Option<Core> {
        let (o, at) = (self.o, self.at);
        if self.r.stop == Stop::Overflow {
            return o.loose.then_some(self.r);
        }
        if !self.started {
            return o.loose.then_some(self.r);
        }
        if let Some(Pending {
            kind: PKind::Vague, ..
        }) = self.pending
        {
            if !self.prev_unit && self.last_small == 0 && self.last_big == 0 && !self.zero_gap {
                // a lone 几/数: not a numeral
                self.r.end = at;
                self.r.err_at = at;
                self.r.stop = Stop::Char;
                return o.loose.then_some(self.r);
            }
        }
        self.r.magnitude = self.prev_unit;
        match finish(
            self.total,
            self.section,
            self.pending,
            self.last_exp,
            self.last_small,
        ) {
            Some(v) => {
                self.r.val = v;
                Some(self.r)
            }
            None => {
                self.r.stop = Stop::Overflow;
                self.r.err_at = at;
                self.r.val = Dec::ZERO;
                o.loose.then_some(self.r)
            }
        }
    }
}

/// Whether Chinese digit `d` and the character class `k2` after it form an
/// approximate pair: consecutive digits (`三四`, `一两`, `七八`) and the
/// idiomatic `三五` (`三五天`: three to five days), not followed by a
/// further digit (`三四五` is a digit string).
pub(super) fn is_range_pair(text: &str, d: u8, k2: C, after_pair: usize) -> bool {
    let pair = matches!(k2, C::Dig(d2, _) if d2 == d + 1 || (d, d2) == (3, 5));
    pair && !ch(text, after_pair)
        .is_some_and(|(c3, _)| matches!(cls(c3), C::Dig(..) | C::Zero | C::Ara(_)))
}

/// Whether a numeral goes on after `兆` at `i` (`五兆六十二亿`), so that the
/// `兆` is 10^12 and not mega.
fn continues_after_zhao(text: &str, i: usize) -> bool {
    ch(text, i)
        .is_some_and(|(c2, _)| matches!(cls(c2), C::Dig(..) | C::Zero | C::Ara(_) | C::Big(_)))
}

/// Whether what follows the fraction at `i` makes `点` a clock's
/// (`三点三十分`, `3点30分`, `三点零五分`).
fn is_clock_after(text: &str, i: usize) -> bool {
    ch(text, i).is_some_and(|(c2, n2)| match cls(c2) {
        C::Small(_) | C::Tens(_) => true,
        _ => c2 == '分' && ch(text, i + n2).is_none_or(|x| x.0 != '之'),
    })
}

/// The digits of a digit-by-digit Chinese numeral from `at`: (value, end).
/// In whole-string parsing, a digit string read at `j` as one pending
/// number that units may follow (`一一万`): marks `r` and returns the
/// pending value and where it ends.
fn digit_string_pending(
    text: &str,
    j: usize,
    o: Opts,
    r: &mut Core,
) -> Result<(Pending, usize), Stop> {
    let (m, end) = digit_run(text, j, o)?;
    r.chinese = true;
    r.digit_string = true;
    r.end = end;
    Ok((
        Pending {
            val: Dec::int(m),
            kind: PKind::Arabic,
            after_unit: false,
        },
        end,
    ))
}

pub(super) fn digit_run(text: &str, at: usize, o: Opts) -> Result<(u128, usize), Stop> {
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
pub(super) fn finish(
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
pub(super) fn digit_string(text: &str, at: usize, o: Opts, mut r: Core) -> Option<Core> {
    let (m, mut i) = digit_run(text, at, o).ok()?;
    let mut v = Dec::int(m);
    if let Some((_, n)) = ch(text, i).filter(|_| is_point_at(text, i)) {
        if let Ok((frac, fend)) = read_fraction(text, i + n) {
            v = v.add(frac)?;
            i = fend;
            r.decimal = true;
        }
    }
    // `一七二三億美元`, `一二四．五億`: an amount written digit by digit
    // (Taiwanese news) takes the magnitude after it
    if let Some((C::Big(e), n)) = ch(text, i).map(|(c, n)| (cls(c), n)) {
        v = v.mul_pow10(e)?;
        i += n;
        r.magnitude = true;
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
/// (`src/data/cheng-followers.txt`). `X成` is read as X×10 percent only
/// when the character after `成` is not one of these.
static CHENG_FOLLOWERS: Lazy<Vec<char>> = Lazy::new(|| {
    let mut v = parse_chars(include_str!("../data/cheng-followers.txt")).unwrap_or_default();
    v.sort_unstable();
    v
});

/// One character per line, `#` comment lines.
pub(super) fn parse_chars(text: &str) -> Result<Vec<char>, String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cs = line.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => out.push(c),
            _ => return Err(format!("one character per line: {line:?}")),
        }
    }
    Ok(out)
}

pub(super) fn cheng_word(c: char) -> bool {
    CHENG_FOLLOWERS.binary_search(&c).is_ok()
}

/// A numeral with its form, before scanner-facing flags are copied.
#[derive(Clone, Copy, Debug)]
pub(super) struct Full {
    pub(super) core: Core,
    pub(super) end: usize,
    pub(super) exact: Option<Dec>,
    pub(super) value: f64,
    pub(super) upper: Option<f64>,
    pub(super) upper_exact: Option<Dec>,
    pub(super) form: Form,
}

pub(super) fn core_range(text: &str, at: usize, o: Opts) -> Option<(Core, Option<Dec>)> {
    let c = core(text, at, o)?;
    if c.has_range {
        let h = core(text, at, Opts { high: true, ..o })?;
        if h.end == c.end && h.val != c.val {
            return Some((c, Some(h.val)));
        }
    }
    Some((c, None))
}

pub(super) fn full(text: &str, at: usize, o: Opts) -> Option<Full> {
    let (c, hi) = core_range(text, at, o)?;
    let plain = Full {
        core: c,
        end: c.end,
        exact: Some(c.val),
        value: c.val.to_f64(),
        upper: hi.map(Dec::to_f64),
        upper_exact: hi,
        form: Form::Plain,
    };
    if !matches!(c.stop, Stop::Char) {
        return Some(plain);
    }
    let j = if o.loose { skip_ws(text, c.end) } else { c.end };
    match ch(text, j) {
        Some(('分', n1)) => {
            fraction_after(text, at, j, n1, (c, hi), o).map(|f| f.unwrap_or(plain))
        }
        Some(('成', n1)) => Some(tenths_after(text, j + n1, c).unwrap_or(plain)),
        _ => Some(plain),
    }
}

/// `N分之M` (`三分之一`, `百分之三十`, `千分之五`): the denominator `c` (with
/// its range end) was read from `at` and `分` stands at `j`. `Some(None)`
/// when no fraction is written there; `None` when its value cannot be
/// represented.
fn fraction_after(
    text: &str,
    at: usize,
    j: usize,
    n1: usize,
    (c, hi): (Core, Option<Dec>),
    o: Opts,
) -> Option<Option<Full>> {
    let ws = |i: usize| if o.loose { skip_ws(text, i) } else { i };
    let j2 = ws(j + n1);
    let Some(('之', n2)) = ch(text, j2) else {
        return Some(None);
    };
    let mstart = ws(j2 + n2);
    if !c.val.is_integer() || c.val.is_zero() || hi.is_some() || c.more || c.vague {
        return Some(None);
    }
    let Some((m, mhi)) = core_range(text, mstart, o) else {
        return Some(None);
    };
    if m.end <= mstart || m.stop == Stop::Overflow || (m.digit_string && !o.loose) {
        return Some(None);
    }
    let permille = c.val == Dec::int(1000)
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
    Some(Some(Full {
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
    }))
}

/// `X成` as tenths, `after` just past `成`: X one Chinese digit `一`..`十`
/// (`两`), an Arabic 1..=10, or a decimal below 10 with one decimal
/// (`八点五成`, `9.5成`); `三成半` = 35, `七成五` = 75. `None` when `成`
/// makes a word with what follows (`成功`, `一成不变`).
fn tenths_after(text: &str, after: usize, c: Core) -> Option<Full> {
    let next = ch(text, after);
    if next.is_some_and(|(c2, _)| cheng_word(c2)) {
        return None;
    }
    let percent = |v: Dec, end: usize| {
        let mut core2 = c;
        core2.single = None;
        core2.magnitude = false;
        Full {
            core: core2,
            end,
            exact: Some(v),
            value: v.to_f64(),
            upper: None,
            upper_exact: None,
            form: Form::Percent,
        }
    };
    let dec_x = c.decimal
        && !c.has_range
        && !c.more
        && !c.vague
        && !c.digit_string
        && c.val.s == 1
        && c.val.int_part() < 10;
    if dec_x {
        return Some(percent(Dec { m: c.val.m, s: 0 }, after));
    }
    let x = match c.single {
        Some(d) if !c.has_range => d as u128,
        _ if c.plain_int && c.arabic && (1..=10).contains(&c.val.int_part()) => c.val.int_part(),
        _ => return None,
    };
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
    Some(percent(v, end))
}
