//! The scanner: finds quantities (number, qualifiers, unit) in text.
//!
//! The scanner walks the text once. At every character that can begin a
//! numeral it reads the longest numeral ([`scan_number`]), then looks around
//! it: a sign and a qualifier before it (`-`, `约`, `超过`, `近`), a qualifier
//! and a unit after it (`余`, `万元`, `以上`), a second number that makes a
//! range (`3至5人`). The result is either a [`Quantity`] or a reason to skip:
//! points in time (`2023年`), ordinals (`第二届`), quoted labels and titles
//! (`“十四五”`, `《…2023年…》`), codes (`5G`, `PM2.5`), idioms (`一体化`,
//! `千家万户`), rate denominators (`每万人`) and bare numbers with no unit.
//!
//! Work per byte is constant: a numeral run is read once and the scanner
//! never restarts inside it, and every look-around is bounded.

use memchr::{memchr, memchr2, memrchr, memrchr2};
use once_cell::sync::Lazy;

mod candidates;
mod marks;
mod words;

use self::candidates::next_candidate;
use self::marks::{wide_quote, Marks, Quote};

use self::words::{
    names_after, CLASS_BEFORE, LOCATIVE_WORDS, PLACE_SUFFIXES, PLAN_WORDS, SCOPE_AFTER,
    SCOPE_BEFORE, SLOGAN_VERBS, SPEC_UNITS, STATED_BEFORE,
};
use crate::chars::{
    ceil_boundary, ends_with_digit, first_char, floor_boundary, has_byte, is_clause_mark, is_digit,
    is_ideograph, is_punct, is_small_chinese_digit, last_char, leading_space, simplified,
    CJK_WIDTH,
};
use crate::numeral::{
    continues_numeral, is_numeral_start, numeral_run_end, scan_number, Form, Scanned,
};
use crate::quantity::Quantity;
use crate::record::{Approx, Kind, Span};
use crate::units::Lexicon;

/// The longest numeral run the scanner reads; a longer run of numeral
/// characters (OCR debris, a megabyte of `一`) is skipped whole.
const MAX_RUN: usize = 96;

/// How far back (in bytes) a quote or title mark is looked for.
const QUOTE_LOOKBACK: usize = 45;
/// How far ahead (in bytes) the closing quote of a short label may stand.
const QUOTE_LOOKAHEAD: usize = 45;
/// How far back and ahead a book title `《…》` is looked for.
const TITLE_LOOK: usize = 240;

/// Iterator over the quantities of a text, from
/// [`Extractor::find_iter`](crate::Extractor::find_iter).
///
/// Quantities come in text order and never overlap.
#[derive(Clone, Debug)]
pub struct Quantities<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    pos: usize,
    /// End of the last quantity found: nothing before it is looked at again
    /// (a qualifier or sign is never shared by two quantities).
    floor: usize,
    /// The line being scanned, `line_start..line_end` (without its `\n`):
    /// no rule looks across a line break, so scanning a whole text gives
    /// what scanning it line by line gives.
    line_start: usize,
    line_end: usize,
    /// The quote and title marks of the line before `pos`.
    marks: Marks,
}

impl<'a> Quantities<'a> {
    pub(crate) fn new(lexicon: &'a Lexicon, text: &'a str) -> Quantities<'a> {
        Quantities {
            lexicon,
            text,
            pos: 0,
            floor: 0,
            line_start: 0,
            line_end: 0,
            marks: Marks::default(),
        }
    }

    /// The quantities of `line`, a text that holds no line break (as
    /// [`Extractor::extract`](crate::Extractor::extract) cuts them): its
    /// bounds are the line's, and the search for them is skipped, which
    /// would read the whole line again.
    pub(crate) fn in_line(lexicon: &'a Lexicon, line: &'a str) -> Quantities<'a> {
        debug_assert!(memchr(b'\n', line.as_bytes()).is_none());
        Quantities {
            line_end: line.len(),
            ..Quantities::new(lexicon, line)
        }
    }
}

impl<'a> Iterator for Quantities<'a> {
    type Item = Quantity<'a>;

    fn next(&mut self) -> Option<Quantity<'a>> {
        let text = self.text;
        let b = text.as_bytes();
        while let Some(at) = next_candidate(b, self.pos) {
            if at >= self.line_end {
                // Each byte is looked at once by these two searches.
                let from = self.line_end;
                self.line_start = memrchr(b'\n', &b[from..at]).map_or(from, |i| from + i + 1);
                self.line_end = memchr(b'\n', &b[at..]).map_or(text.len(), |i| at + i);
                self.marks = Marks::default();
            }
            if let Some(width) = self.marks.note_at(b, at) {
                self.pos = at + width;
                continue;
            }
            let lo = self.line_start.max(self.floor);
            let marks = self.marks.from(lo);
            let (found, next) = scan_at(self.lexicon, &text[lo..self.line_end], at - lo, &marks);
            let next = next + lo;
            debug_assert!(next > at);
            self.pos = next.max(at + 1);
            // Numerals, qualifiers and built-in units hold no mark; a unit
            // of the caller's own may.
            if self.lexicon.holds_marks() {
                self.marks.note_within(b, at, self.pos);
            }
            if let Some(q) = found {
                let q = shifted(q, lo);
                self.floor = q.span.end;
                return Some(q);
            }
        }
        self.pos = text.len();
        None
    }
}

/// The quantity with its spans moved `by` bytes to the right.
fn shifted(mut q: Quantity<'_>, by: usize) -> Quantity<'_> {
    q.span = q.span.shifted(by);
    q.number = q.number.shifted(by);
    q.unit_span = q.unit_span.map(|s| s.shifted(by));
    q
}

impl std::iter::FusedIterator for Quantities<'_> {}

/// A numeral read at a position, with its span.
#[derive(Clone, Copy, Debug)]
struct Num {
    start: usize,
    n: Scanned,
    /// The character right before the number, if any (read once for the
    /// code, ordinal, sign and qualifier rules).
    before: Option<char>,
}

impl Num {
    fn new(text: &str, start: usize, n: Scanned) -> Num {
        Num {
            start,
            n,
            before: last_char(&text[..start]),
        }
    }
}

/// What follows a number: optional inner qualifier, optional unit.
#[derive(Clone, Copy, Debug)]
struct Tail<'l> {
    /// End of the whole tail (after unit and suffix qualifiers).
    end: usize,
    /// Unit span and canonical unit.
    unit: Option<(Span, &'l str, Kind)>,
    approx: Option<Approx>,
    /// `一年半`, `两个半月`: add one half.
    half: bool,
    /// `1256.3千公顷` (1e3), `2兆元` (1e12): a magnitude before the unit
    /// that the numeral did not take.
    scale: f64,
}

/// Reads what starts at `at` (a character that can begin a numeral).
/// Returns the quantity, if any, and where scanning resumes.
fn scan_at<'a>(
    lex: &'a Lexicon,
    text: &'a str,
    at: usize,
    marks: &Marks,
) -> (Option<Quantity<'a>>, usize) {
    let first_len = text[at..].chars().next().map_or(1, char::len_utf8);
    let scanned = scan_number(text, at);
    // The run of numeral characters is measured only where the number read
    // does not plainly end it (the common case, `628件`, needs no second
    // pass over its digits).
    let plainly_ends =
        scanned.is_some_and(|n| n.end - at <= MAX_RUN && !continues_numeral(text, n.end));
    if !plainly_ends {
        let run_end = numeral_run_end(text, at);
        if run_end.saturating_sub(at) > MAX_RUN {
            return (None, run_end.max(at + first_len));
        }
        if scanned.is_none() {
            // Nothing readable here. A digit run that is no number (too long
            // to be exact: an ID, an account) is skipped whole, so that none
            // of its sub-numbers is read; elsewhere (`数` before `4.59个`) the
            // next character may start a number.
            let digit = text[at..].chars().next().is_some_and(is_digit);
            let next = if digit { run_end } else { at };
            return (None, next.max(at + first_len));
        }
    }
    let Some(n) = scanned else {
        return (None, at + first_len);
    };
    let n = slash_fraction(text, n).unwrap_or(n);
    let num = Num::new(text, at, n);
    let resume = n.end.max(at + first_len);

    // Too long to be exact, or an ID-like digit string: never a metric.
    if !n.value.is_finite() {
        return (None, resume);
    }

    let before = &text[..at];

    // A code or identifier: letters or digits glued to the front
    // (`PM2.5`, `G20`, `A3`), or a digit string continuing after a dot.
    // A currency sign of letters is no code: `RM2000`, `RMB500`.
    if let Some(p) = num.before {
        let code_mark = p.is_ascii_alphanumeric() || matches!(p, '_' | '/' | '@' | '#');
        if code_mark && (!p.is_ascii_alphabetic() || currency_before(text, at).is_none()) {
            return (None, skip_code(text, resume));
        }
        if crate::chars::is_decimal_point(p)
            && ends_with_digit(&before[..before.len() - p.len_utf8()])
        {
            return (None, resume);
        }
    }

    // Ordinals: `第二届`, `第4位`; rate denominators: `每万人口`; weekdays.
    if let Some(p) = num.before {
        if matches!(
            p,
            '第' | '每'
                | '初'
                | '其'
                | '之'
                | '周'
                | '逐'
                | '唯'
                | '统'
                | '同'
                | '单'
                | '万'
                | '任'
        ) && n.chinese
            && !n.arabic
        {
            return (None, resume);
        }
        if matches!(p, '届' | '屆') && n.chinese {
            // `十一届三中全会`, `十二届十次全会`: session numbers.
            return (None, resume);
        }
        if matches!(p, '第' | '每')
            || continues_ordinal(before)
            || (matches!(p, ' ' | '\u{3000}') && spaced_ordinal(before))
        {
            return (None, skip_unit(lex, text, resume));
        }
        if p == '星' || before.ends_with("星期") || before.ends_with("礼拜") {
            return (None, resume);
        }
    }

    if plainly_no_figure(lex, text, &num) {
        return (None, resume);
    }
    let (q, next) = read_quantity(lex, text, &num, resume);
    // Quoted labels and book titles: `“十四五”`, `《…2023年工作要点》`
    // (looked for last: most candidates never get this far).
    match q {
        Some(q) if in_label(text, q.number.start, q.number.end, marks) => (None, next),
        _ => (q, next),
    }
}

/// The quantity of the number `num` read with its tail, as a range or in
/// years and months, if it makes one, and where scanning resumes (at
/// `resume` or past the quantity).
fn read_quantity<'a>(
    lex: &'a Lexicon,
    text: &'a str,
    num: &Num,
    resume: usize,
) -> (Option<Quantity<'a>>, usize) {
    let tail = read_tail(lex, text, num);
    if let Some((q, next)) = try_years_months(lex, text, num, &tail) {
        // Years and months: `一年零三个月`, `2年6个月` (in months).
        (Some(q), next)
    } else if let Some((q, next)) = try_range(lex, text, num, &tail) {
        // A range: `3至5人`, `20%—30%`, `5~10万元`.
        (q, next)
    } else {
        let q = finish(lex, text, num, &tail, None);
        (q, q.map_or(resume, |q| q.span.end).max(resume))
    }
}

/// A Chinese numeral that plainly counts nothing (`一体化`, `统一规划`,
/// `进一步`), told from the characters around it before its tail is read:
/// with no Arabic digit, only a unit makes a figure of it (or a currency
/// sign before it), and the character after it begins no unit, no
/// qualifier or magnitude the tail reads and no range; with none of the
/// characters before it that a qualifier, a `各` or a currency sign ends
/// with, [`finish`] would find no unit. The common candidate that becomes
/// no figure is so dropped without the reading of its tail and lead.
fn plainly_no_figure(lex: &Lexicon, text: &str, num: &Num) -> bool {
    let n = &num.n;
    if n.arabic || !n.chinese || n.form != Form::Plain {
        return false;
    }
    let after_ok = match first_char(&text[n.end..]) {
        None => true,
        Some(c) => {
            !(c.is_whitespace()
                || c == '\u{3000}'
                || c.is_ascii()
                || matches!(
                    c,
                    // qualifiers inside or after (`余`, `来`, `以上`, `左右`)
                    '余' | '餘' | '多' | '来' | '以' | '及' | '之' | '左' | '上' | '前'
                        | '内' | '內'
                        // a magnitude before the unit; range connectors
                        | '兆' | '至' | '到' | '～' | '—' | '－' | '–' | '−'
                )
                || lex.begins_entry(c))
        }
    };
    // (no qualifier and no `各` before: the lead is the number itself,
    // and no currency sign stands before it)
    after_ok
        && currency_before(text, num.start).is_none()
        && num
            .before
            .is_none_or(|p| p != '各' && prefix_qualifier(text, num.start, p, num, None).is_none())
}

/// A term of a slash fraction: a plain integer of at most two Arabic
/// digits, no decimal point, separator or Chinese numeral.
fn is_small_integer(n: &Scanned) -> bool {
    n.arabic
        && !n.chinese
        && !n.decimal
        && !n.separator
        && n.form == Form::Plain
        && n.int_digits <= 2
}

/// `1/3`, `２／５`: a proportion written with a slash, read like `三分之一`
/// as a percentage. Only small proper fractions of integers: `2023/24`
/// (a fiscal year) and `12/31` (a date) stay as they are.
fn slash_fraction(text: &str, n: Scanned) -> Option<Scanned> {
    if !is_small_integer(&n) || n.value < 1.0 {
        return None;
    }
    let rest = &text[n.end..];
    let slash = ['/', '／'].into_iter().find(|c| rest.starts_with(*c))?;
    let s2 = n.end + slash.len_utf8();
    let d = scan_number(text, s2)?;
    if !is_small_integer(&d) || d.value <= n.value {
        return None;
    }
    let after = text[d.end..].chars().next();
    if after.is_some_and(|c| {
        c.is_ascii_digit() || matches!(c, '/' | '／' | '.' | '-' | '日' | '号' | '月' | '年')
    }) {
        return None;
    }
    Some(Scanned {
        end: d.end,
        value: n.value / d.value * 100.0,
        form: Form::Percent,
        ..n
    })
}

/// Whether the clause before `start` divides by a population (`每千人口`,
/// `每万人`, `每百户`): a `每` followed by a numeral.
fn per_population(text: &str, start: usize) -> bool {
    let from = floor_boundary(text, start.saturating_sub(60));
    let window = &text[from..start];
    if !window.contains('每') {
        return false;
    }
    let clause = window
        .rfind(['，', '。', '；', '：', '！', '？', ',', ';'])
        .map_or(window, |i| &window[i..]);
    clause.match_indices('每').any(|(i, m)| {
        clause[i + m.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || is_numeral_start(c))
    })
}

/// Whether the number at `start..end` stands inside a short quoted label or
/// a book title, told from the `marks` of `text` before `start` (as
/// [`in_label_searched`] tells it by searching back).
fn in_label(text: &str, start: usize, end: usize, marks: &Marks) -> bool {
    if marks.reach(start) {
        return in_label_searched(text, start, end);
    }
    let b = text.as_bytes();
    let back = floor_boundary(text, start.saturating_sub(QUOTE_LOOKBACK));
    if marks
        .quote
        .is_some_and(|(p, q)| p >= back && q == Quote::Open)
        && closes_label(text, back, start, end)
    {
        return true;
    }
    let back = floor_boundary(text, start.saturating_sub(TITLE_LOOK));
    match marks.title_open {
        Some(o) if o >= back && marks.title_close.is_none_or(|c| c < o) => {
            closes_title(b, text, end)
        }
        _ => false,
    }
}

/// Whether a quote opened at or after `back` closes soon after `end` and is
/// no quoted speech.
fn closes_label(text: &str, back: usize, start: usize, end: usize) -> bool {
    let ahead = ceil_boundary(text, (end + QUOTE_LOOKAHEAD).min(text.len()));
    has_closing_quote(&text.as_bytes()[end..ahead])
        && !quotes_speech(&text[back..start], &text[end..ahead])
}

/// Whether a title opened before `end` closes after it, before any other
/// title opens.
fn closes_title(b: &[u8], text: &str, end: usize) -> bool {
    let ahead = ceil_boundary(text, (end + TITLE_LOOK).min(text.len()));
    find_wide(&b[end..ahead], wide('》'))
        .is_some_and(|c| find_wide(&b[end..end + c], wide('《')).is_none())
}

/// [`in_label`] by searching back from `start` for the marks.
fn in_label_searched(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let back = floor_boundary(text, start.saturating_sub(QUOTE_LOOKBACK));
    // A quote opened before the number (its last mark opens one) and a
    // closing mark soon after it.
    if last_quote_mark(&b[back..start]) == Some(Quote::Open) && closes_label(text, back, start, end)
    {
        return true;
    }
    let back = floor_boundary(text, start.saturating_sub(TITLE_LOOK));
    let window = &b[back..start];
    rfind_wide(window, wide('《')).is_some_and(|o| {
        find_wide(&window[o..], wide('》')).is_none() && closes_title(b, text, end)
    })
}

/// Whether the quote around a number is quoted speech, whose figures are
/// figures (`“2023年，我们共帮扶困难群众1.5万人。”`), not a label or a
/// slogan (`“两个确保”`, `“一个国家，两种制度”`): a full stop before the
/// closing quote, or a clause mark in a quote longer than a slogan.
/// `before` ends at the number and holds the opening quote; `after` starts
/// after it and holds the closing one.
fn quotes_speech(before: &str, after: &str) -> bool {
    let open = before
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '“' | '「' | '『' | '"'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let close = after.find(['”', '」', '』', '"']).unwrap_or(after.len());
    let (inside_before, inside_after) = (&before[open..], &after[..close]);
    if inside_after.contains(['。', '！', '？']) {
        return true;
    }
    let clause = |s: &str| s.contains(['，', '；', '：', ',', ';']);
    let long = inside_before.chars().count() + inside_after.chars().count() >= SLOGAN_CHARS;
    long && (clause(inside_before) || clause(inside_after))
}

/// Characters around a number inside a quote from which a quote with a
/// clause mark in it is speech rather than a slogan (`一个国家，两种制度`
/// has seven).
const SLOGAN_CHARS: usize = 12;

/// The last quote mark of `window` (whole characters of UTF-8). Searches
/// bytes, not characters: the `"` and the `0x80` in the middle of a wide
/// mark are the only bytes to stop at.
fn last_quote_mark(window: &[u8]) -> Option<Quote> {
    let mut end = window.len();
    while let Some(i) = memrchr2(0x80, b'"', &window[..end]) {
        if window[i] == b'"' {
            return Some(Quote::Open);
        }
        if i > 0 && i + 1 < window.len() {
            if let Some(q) = wide_quote(window[i - 1], window[i + 1]) {
                return Some(q);
            }
        }
        end = i;
    }
    None
}

/// Whether `window` (whole characters of UTF-8) holds a closing quote mark
/// or a `"`.
fn has_closing_quote(window: &[u8]) -> bool {
    let mut from = 0;
    while let Some(k) = memchr2(0x80, b'"', &window[from..]) {
        let i = from + k;
        if window[i] == b'"'
            || (i > 0
                && i + 1 < window.len()
                && wide_quote(window[i - 1], window[i + 1]) == Some(Quote::Close))
        {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Where the three-byte character `c` first occurs in `hay` (whole
/// characters of UTF-8): a byte search for its last byte, then a check of
/// the two before it.
fn find_wide(hay: &[u8], c: [u8; 3]) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = memchr(c[2], &hay[from..]) {
        let i = from + k;
        if i >= 2 && hay[i - 2] == c[0] && hay[i - 1] == c[1] {
            return Some(i - 2);
        }
        from = i + 1;
    }
    None
}

/// Where the three-byte character `c` last occurs in `hay`, as
/// [`find_wide`].
fn rfind_wide(hay: &[u8], c: [u8; 3]) -> Option<usize> {
    let mut end = hay.len();
    while let Some(i) = memrchr(c[2], &hay[..end]) {
        if i >= 2 && hay[i - 2] == c[0] && hay[i - 1] == c[1] {
            return Some(i - 2);
        }
        end = i;
    }
    None
}

/// The UTF-8 bytes of a three-byte character.
#[inline]
fn wide(c: char) -> [u8; 3] {
    let mut b = [0; 4];
    c.encode_utf8(&mut b);
    [b[0], b[1], b[2]]
}

/// Skips the rest of a code such as `5G`, `3A`, `PM2.5`.
fn skip_code(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'-') {
        i += 1;
    }
    i
}

/// After an excluded number, skips the unit that follows it as well, so that
/// `第二届` or `2023年度` leaves nothing behind to be read.
fn skip_unit(lex: &Lexicon, text: &str, i: usize) -> usize {
    lex.longest_match(&text[i..]).map_or(i, |u| i + u.len)
}

/// Prefix qualifiers, written right before the number.
const PREFIXES: &[(&str, Approx)] = &[
    ("不超过", Approx::AtMost),
    ("不高于", Approx::AtMost),
    ("不少于", Approx::AtLeast),
    ("不低于", Approx::AtLeast),
    ("超过", Approx::MoreThan),
    ("超過", Approx::MoreThan),
    ("不超過", Approx::AtMost),
    ("將近", Approx::Nearly),
    ("約", Approx::About),
    ("大約", Approx::About),
    ("多于", Approx::MoreThan),
    ("突破", Approx::MoreThan),
    ("逾", Approx::MoreThan),
    ("超", Approx::MoreThan),
    ("至少", Approx::AtLeast),
    ("将近", Approx::Nearly),
    ("接近", Approx::Nearly),
    ("近乎", Approx::Nearly),
    ("几近", Approx::Nearly),
    ("近", Approx::Nearly),
    ("大约", Approx::About),
    ("大概", Approx::About),
    ("约", Approx::About),
    ("不到", Approx::LessThan),
    ("不足", Approx::LessThan),
    ("少于", Approx::LessThan),
    ("未满", Approx::LessThan),
    ("最多", Approx::AtMost),
    ("至多", Approx::AtMost),
];

/// The low six bits of the last characters of the prefix qualifiers and of
/// `上`, as a set: a character whose bit is clear ends none of them.
const PREFIX_LAST_BITS: u64 = {
    // The low six bits of a code point are those of its last UTF-8 byte.
    let mut bits = 1u64 << ('上' as u32 & 63);
    let mut i = 0;
    while i < PREFIXES.len() {
        let w = PREFIXES[i].0.as_bytes();
        bits |= 1 << (w[w.len() - 1] & 0x3F);
        i += 1;
    }
    bits
};

/// The prefix qualifiers that end in one character.
type PrefixGroup = (char, Vec<(&'static str, Approx)>);

/// The prefix qualifiers grouped by their last character, groups sorted by
/// it: most numbers have none of them before them, and are done with one
/// look-up; the others compare only the qualifiers of their group.
static PREFIXES_BY_END: Lazy<Vec<PrefixGroup>> = Lazy::new(|| {
    let mut groups: Vec<PrefixGroup> = Vec::new();
    for &(w, a) in PREFIXES {
        let Some(last) = w.chars().next_back() else {
            continue;
        };
        match groups.iter_mut().find(|g| g.0 == last) {
            Some(g) => g.1.push((w, a)),
            None => groups.push((last, vec![(w, a)])),
        }
    }
    groups.sort_unstable_by_key(|g| g.0);
    groups
});

/// Suffix qualifiers, written after the unit (or the number).
const SUFFIXES: &[(&str, Approx)] = &[
    ("以上", Approx::AtLeast),
    // `65岁及以上`, `三级及以上`: the bound itself included, said outright.
    ("及以上", Approx::AtLeast),
    ("及以下", Approx::AtMost),
    ("以下", Approx::AtMost),
    ("以内", Approx::AtMost),
    ("以內", Approx::AtMost),
    ("之内", Approx::AtMost),
    ("之內", Approx::AtMost),
    ("左右", Approx::About),
];

/// Characters before `约` that make it part of another word (`签约`, `节约`),
/// in simplified script (a traditional character is compared through the
/// one map: `節約`). Not `和`: `和约2万个` is `and about`, a treaty is
/// rarely counted.
const NOT_BEFORE_YUE: &[char] = &[
    '签', '合', '制', '节', '预', '公', '条', '契', '邀', '特', '相', '协', '履', '违', '解', '守',
    '践', '集', '续', '毁', '租', '失', '赴', '立', '缔', '誓', '俭', '婚',
];

/// Characters before `近` that make it part of another word (`最近`, `附近`),
/// in simplified script (`臨近`, `親近` compared through the one map).
const NOT_BEFORE_JIN: &[char] = &['最', '附', '临', '就', '亲', '靠', '贴', '远', '邻'];

/// Whether the character before byte `s` of `text`, in simplified script,
/// is one of `chars`.
fn simplified_before(text: &str, s: usize, chars: &[char]) -> bool {
    text[..s]
        .chars()
        .next_back()
        .is_some_and(|p| chars.contains(&simplified(p)))
}

/// The prefix qualifier right before `start`, with its start offset.
fn prefix_qualifier(
    text: &str,
    start: usize,
    last: char,
    num: &Num,
    unit: Option<&str>,
) -> Option<(usize, Approx)> {
    // Most numbers have no qualifier: reject on the last character first.
    let verb = matches!(last, '有' | '为' | '為' | '占' | '佔' | '达' | '達');
    if !verb && !may_end_prefix(last) {
        return None;
    }
    if verb {
        // `约有3000人`, `约占三成`, `至少有十个`: a qualifier before the verb
        // that introduces the number (only those that can stand there).
        let s = start - last.len_utf8();
        let before_verb = last_char(&text[..s])?;
        return direct_prefix(text, s, before_verb, num, unit).filter(|(_, a)| {
            matches!(
                a,
                Approx::About | Approx::AtLeast | Approx::Nearly | Approx::AtMost
            )
        });
    }
    direct_prefix(text, start, last, num, unit)
}

/// Whether `c` may end a prefix qualifier (or be the `上` of `上百`): one
/// bit per group by the low bits of the character.
#[inline]
fn may_end_prefix(c: char) -> bool {
    PREFIX_LAST_BITS & (1u64 << (u32::from(c) & 63)) != 0
}

/// The qualifier written right before `start` (no verb between).
fn direct_prefix(
    text: &str,
    start: usize,
    last: char,
    num: &Num,
    unit: Option<&str>,
) -> Option<(usize, Approx)> {
    let before = &text[..start];
    if !may_end_prefix(last) {
        return None;
    }
    let groups = &*PREFIXES_BY_END;
    let group = match groups.binary_search_by_key(&last, |g| g.0) {
        Ok(i) => &groups[i].1[..],
        Err(_) if last == '上' => &[],
        Err(_) => return None,
    };
    let mut best: Option<(&str, Approx)> = None;
    for &(w, a) in group {
        if before.ends_with(w) && best.is_none_or(|(b, _)| w.len() > b.len()) {
            best = Some((w, a));
        }
    }
    if let Some((w, a)) = best {
        let s = start - w.len();
        if w == "近" {
            if simplified_before(text, s, NOT_BEFORE_JIN) {
                return None;
            }
            // `近五年`, `近3年`: the recent years, a period rather than a
            // qualifier of the count.
            if unit == Some("年") {
                return None;
            }
        }
        if w == "超" && simplified_before(text, s, &['赶']) {
            return None;
        }
        // `签约`, `合约`, `节约`, `預約`: `约` ends another word.
        if (w == "约" || w == "約") && simplified_before(text, s, NOT_BEFORE_YUE) {
            return None;
        }
        return Some((s, a));
    }
    // `上百人`, `上千家`, `上万`: vague, about.
    if before.ends_with('上') && starts_with_magnitude(text, num) {
        return Some((start - '上'.len_utf8(), Approx::About));
    }
    None
}

fn starts_with_magnitude(text: &str, num: &Num) -> bool {
    matches!(
        text[num.start..].chars().next(),
        Some('十' | '百' | '千' | '万' | '亿' | '拾' | '佰' | '仟' | '萬' | '億')
    )
}

/// Reads the qualifiers and the unit after a number.
fn read_tail<'l>(lex: &'l Lexicon, text: &str, num: &Num) -> Tail<'l> {
    let n = &num.n;
    let (mut i, mut approx) = read_inner_qualifier(lex, text, num);
    let mut tail = Tail {
        end: i,
        unit: None,
        approx: None,
        half: false,
        scale: 1.0,
    };
    match n.form {
        Form::Percent => tail.unit = Some((Span { start: i, end: i }, "%", Kind::Percent)),
        Form::Permille => tail.unit = Some((Span { start: i, end: i }, "‰", Kind::Permille)),
        Form::Plain => {
            if let Some(end) = read_unit(lex, text, num, i, &mut tail, &mut approx) {
                i = end;
            }
        }
    }
    if let Some((w, a)) = suffix_qualifier(&text[i..], tail.unit, approx) {
        i += w.len();
        // A qualifier written before the number wins (`近400余名`).
        approx = Some(a);
    }
    tail.end = i;
    tail.approx = approx;
    tail
}

/// `5000余份`, `300多个`, `十来个`: a qualifier between the number and its
/// unit. Returns where the unit may start, and the qualifier.
fn read_inner_qualifier(lex: &Lexicon, text: &str, num: &Num) -> (usize, Option<Approx>) {
    let n = &num.n;
    let i = n.end;
    match first_char(&text[i..]) {
        Some(c @ ('余' | '餘' | '多')) if !is_word_after_yu_duo(&text[i + c.len_utf8()..]) => {
            (i + c.len_utf8(), Some(Approx::MoreThan))
        }
        Some(c @ '来')
            if n.value >= 10.0
                && n.value % 10.0 == 0.0
                && lex.longest_match(&text[i + CJK_WIDTH..]).is_some() =>
        {
            (i + c.len_utf8(), Some(Approx::About))
        }
        _ => (i, None),
    }
}

/// Reads the unit of a plain number from `i` into `tail` (with a scale
/// written before it, a half or a qualifier inside it). Returns where the
/// unit ends, `None` when no unit is written there.
fn read_unit<'l>(
    lex: &'l Lexicon,
    text: &str,
    num: &Num,
    i: usize,
    tail: &mut Tail<'l>,
    approx: &mut Option<Approx>,
) -> Option<usize> {
    let n = &num.n;
    // One space may stand between the number and its unit: `11 个`.
    let space = leading_space(&text[i..]);
    let mut j = i + space;
    let spaced_magnitude = (space > 0)
        .then(|| magnitude_after_space(lex, &text[j..], n))
        .flatten();
    if let Some((scale, len)) = spaced_magnitude.or_else(|| scale_before_unit(lex, &text[j..], n)) {
        tail.scale = scale;
        j += len;
    }
    let Some(u) = lex.longest_match(&text[j..]) else {
        if n.arabic && !n.chinese {
            // A unit written once for a list: `分别提高20.9、36.2和15个百分点`.
            if let Some((canonical, kind)) = shared_unit(lex, text, i) {
                tail.unit = Some((Span { start: i, end: i }, canonical, kind));
            }
        }
        return None;
    };
    let (mut unit_end, mut canonical, mut kind) = (j + u.len, u.unit, u.kind);
    let after_unit = &text[unit_end..];
    let c = first_char(after_unit);
    if matches!(&text[j..unit_end], "个" | "個") && matches!(c, Some('多' | '余' | '半')) {
        // `3个多月`, `一个半小时`: a qualifier or a half inside a unit that
        // starts with `个`.
        let inner = &after_unit[CJK_WIDTH..];
        let inner = &inner[..floor_boundary(inner, inner.len().min(12))];
        if let Some(u2) = lex.longest_match(&format!("个{inner}")) {
            if u2.len > CJK_WIDTH {
                canonical = u2.unit;
                kind = u2.kind;
                unit_end += u2.len;
                if c == Some('半') {
                    tail.half = true;
                } else {
                    *approx = Some(Approx::MoreThan);
                }
            }
        }
    } else if c == Some('半') && kind == Kind::Duration {
        // `一年半`.
        tail.half = true;
        unit_end += CJK_WIDTH;
    }
    tail.unit = Some((
        Span {
            start: j,
            end: unit_end,
        },
        canonical,
        kind,
    ));
    Some(unit_end)
}

/// `x` times the magnitude `scale` written after it, without the binary
/// rounding of a decimal fraction (`8.8 亿` is 880000000, not
/// 880000000.0000001): the digits of `x` (up to six decimals) are scaled
/// as an integer and divided back once.
fn scaled(x: f64, scale: f64) -> f64 {
    if scale == 1.0 {
        return x;
    }
    for d in 0..=6 {
        let p = 10f64.powi(d);
        let digits = (x * p).round();
        if digits.abs() < 2f64.powi(53) / scale && digits / p == x {
            return digits * scale / p;
        }
    }
    x * scale
}

/// The magnitude that a space parts from its Arabic number (`3191 億元`,
/// `12.5 万人`, as text taken from PDF pages and Taiwan news spaces its
/// numbers), and its length, when a unit follows it: the numeral reader
/// stops at the space.
fn magnitude_after_space(lex: &Lexicon, rest: &str, n: &Scanned) -> Option<(f64, usize)> {
    if !n.arabic || n.magnitude {
        return None;
    }
    let len = rest
        .chars()
        .take(2)
        .take_while(|c| matches!(c, '万' | '萬' | '亿' | '億'))
        .count()
        * CJK_WIDTH;
    (len > 0 && lex.longest_match(&rest[len..]).is_some())
        .then(|| (trailing_magnitude(&rest[..len]), len))
}

/// Two magnitude characters that make one magnitude after an Arabic number
/// (`7,654百萬元`, as Hong Kong and company accounts write millions).
const COMPOUND_MAGNITUDES: [(&str, f64); 8] = [
    ("百万", 1e6),
    ("百萬", 1e6),
    ("千万", 1e7),
    ("千萬", 1e7),
    ("百亿", 1e10),
    ("百億", 1e10),
    ("千亿", 1e11),
    ("千億", 1e11),
];

/// A magnitude written before the unit that the numeral did not take, and
/// its length: `1256.3千公顷`, `3,456千元` (a table's unit in thousands),
/// `7,654百萬元` (millions), `2兆元`, `新臺幣1兆元` (a trillion, as Taiwan
/// writes it; before other units `兆` is mega: `兆瓦`, `100兆宽带`).
fn scale_before_unit(lex: &Lexicon, rest: &str, n: &Scanned) -> Option<(f64, usize)> {
    if n.arabic && !n.magnitude && rest.starts_with(['百', '千']) {
        if let Some(&(m, scale)) = COMPOUND_MAGNITUDES
            .iter()
            .find(|(m, _)| rest.starts_with(m) && lex.longest_match(&rest[m.len()..]).is_some())
        {
            return Some((scale, m.len()));
        }
        if rest.starts_with('千')
            && lex.longest_match(rest).is_none()
            && lex.longest_match(&rest[CJK_WIDTH..]).is_some()
        {
            return Some((1e3, CJK_WIDTH));
        }
    }
    (rest.starts_with('兆')
        && lex
            .longest_match(&rest[CJK_WIDTH..])
            .is_some_and(|u| u.kind == Kind::Money))
    .then_some((1e12, CJK_WIDTH))
}

/// The qualifier written after the unit (or the number) at the head of
/// `rest`: `以上`, `左右`, `上下`, a duration's `内`, `一年多`.
fn suffix_qualifier<'r>(
    rest: &'r str,
    unit: Option<UnitRead<'_>>,
    approx: Option<Approx>,
) -> Option<(&'r str, Approx)> {
    if !rest.starts_with([
        '以', '及', '之', '左', '上', '前', '内', '內', '多', '余', '餘',
    ]) {
        return None;
    }
    let duration = unit.is_some_and(|u| u.2 == Kind::Duration);
    if let Some(&(w, a)) = SUFFIXES.iter().find(|(w, _)| rest.starts_with(w)) {
        Some((&rest[..w.len()], a))
    } else if (rest.starts_with("上下") || rest.starts_with("前后"))
        && ends_phrase(&rest[2 * CJK_WIDTH..])
    {
        // Only at the end of a phrase: not `上下游`, `前后端`.
        Some((&rest[..2 * CJK_WIDTH], Approx::About))
    } else if duration && (rest.starts_with('内') || rest.starts_with('內')) {
        Some((&rest[..CJK_WIDTH], Approx::AtMost))
    } else if (duration || unit.is_some_and(|u| u.2 == Kind::Multiple))
        && approx.is_none()
        && rest.starts_with(['多', '余', '餘'])
        && ends_phrase(&rest[CJK_WIDTH..])
    {
        // `一年多`, `3年余`, `两倍多`.
        Some((&rest[..CJK_WIDTH], Approx::MoreThan))
    } else {
        None
    }
}

/// Separators of a list of numbers that share one unit.
const LIST_SEPARATORS: &[&str] = &["、", "和", "与", "及", "，"];

/// The unit written after the last number of a list of bare Arabic numbers
/// that starts at `i` with a separator: `、36.2和15个百分点`. At most eight
/// items are read.
fn shared_unit<'l>(lex: &'l Lexicon, text: &str, mut i: usize) -> Option<(&'l str, Kind)> {
    for _ in 0..8 {
        let sep = LIST_SEPARATORS
            .iter()
            .find(|s| text[i..].starts_with(**s))?;
        i += sep.len();
        let n = scan_number(text, i)?;
        if !n.arabic || n.chinese || n.form != Form::Plain {
            return None;
        }
        i = n.end;
        if is_year_like(&n) {
            // `2020年的0.375和2022年的0.378`: a year, no shared unit
            return None;
        }
        if text[i..].starts_with(['余', '多']) {
            i += CJK_WIDTH;
        }
        if let Some(u) = lex.longest_match(&text[i..]) {
            return Some((u.unit, u.kind));
        }
    }
    None
}

/// Whether `before` ends with an ordinal and a list separator, so that the
/// number after it is an ordinal too: `第一、二轮`, `第3、4季度`.
fn continues_ordinal(before: &str) -> bool {
    let Some(b) = before.strip_suffix('、') else {
        return false;
    };
    let head = b.trim_end_matches(|c: char| c.is_ascii_digit() || is_numeral_start(c));
    head.len() < b.len() && head.ends_with('第')
}

/// `第 七 次`, `第 3 次`: an ordinal whose `第` stands apart, as text
/// copied from a page set with spaces between characters is.
fn spaced_ordinal(before: &str) -> bool {
    let head = before.trim_end_matches([' ', '\u{3000}']);
    head.len() < before.len() && head.ends_with('第')
}

/// Whether `after` starts with a month (`3月`, `十二月`) or a span of
/// months (`4至10月`, `7-9月`), as a date does.
fn is_month_after(after: &str) -> bool {
    let month_digits = |s: &str| -> Option<usize> {
        let rest = s.trim_start_matches(|c: char| is_digit(c) || is_small_chinese_digit(c));
        (rest.len() < s.len()).then_some(s.len() - rest.len())
    };
    let Some(n) = month_digits(after) else {
        return false;
    };
    let rest = &after[n..];
    if rest.starts_with('月') {
        return true;
    }
    let Some(joined) = CONNECTORS.iter().find_map(|j| rest.strip_prefix(j)) else {
        return false;
    };
    month_digits(joined).is_some_and(|m| joined[m..].starts_with('月'))
}

/// Currency signs written before a number, longest first, with the unit
/// they stand for.
const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("HK$", "港元"),
    ("US$", "美元"),
    ("NT$", "新台币"),
    ("MOP$", "澳门元"),
    ("S$", "新元"),
    ("RMB", "元"),
    ("RM", "令吉"),
    ("¥", "元"),
    ("￥", "元"),
    ("$", "美元"),
    ("＄", "美元"),
    ("€", "欧元"),
    ("£", "英镑"),
];

/// The last bytes of the [`CURRENCY_SIGNS`], as a set: most numbers have
/// none of them before them, and are done with one look-up.
const CURRENCY_LAST_BYTES: [bool; 256] = {
    let mut set = [false; 256];
    let mut i = 0;
    while i < CURRENCY_SIGNS.len() {
        let sign = CURRENCY_SIGNS[i].0.as_bytes();
        set[sign[sign.len() - 1] as usize] = true;
        i += 1;
    }
    set
};

/// The currency sign right before byte `start`: its start and unit.
fn currency_before(text: &str, start: usize) -> Option<(usize, &'static str)> {
    let before = text[..start].trim_end_matches(' ');
    if !CURRENCY_LAST_BYTES[usize::from(*before.as_bytes().last()?)] {
        return None;
    }
    CURRENCY_SIGNS
        .iter()
        .find(|(sign, _)| {
            before.ends_with(sign) && !ends_latin_word(&before[..before.len() - sign.len()], sign)
        })
        .map(|(sign, unit)| (before.len() - sign.len(), *unit))
}

/// Whether a sign of Latin letters (`RM`, `RMB`) is the end of a longer
/// Latin word (`FORM 3`), so no currency sign.
fn ends_latin_word(before_sign: &str, sign: &str) -> bool {
    sign.starts_with(|c: char| c.is_ascii_alphabetic())
        && before_sign.ends_with(|c: char| c.is_ascii_alphanumeric())
}

/// Whether `余`/`多` at the head of `rest` begins a word (`多元化`, `余额`)
/// rather than qualifying the number before it.
fn is_word_after_yu_duo(rest: &str) -> bool {
    rest.starts_with("元化") || rest.starts_with('额')
}

/// Whether the text after a suffix ends the phrase: punctuation, a particle
/// or the end.
fn ends_phrase(rest: &str) -> bool {
    match rest.chars().next() {
        None | Some('\n' | '\r') => true,
        Some(c) => {
            c.is_ascii_punctuation()
                || matches!(
                    c,
                    '，' | '。'
                        | '、'
                        | '；'
                        | '：'
                        | '）'
                        | '”'
                        | '的'
                        | '！'
                        | '？'
                        | ' '
                        | '\t'
                )
        }
    }
}

/// Whether a Chinese numeral and its unit, followed by `after`, name a
/// street or place (`五元路`, `三元桥`): after a price (no street is counted
/// in yuan), after a locative word (`位于九眼桥`), or with a house number
/// after the street (`五棵路12号`).
fn is_place_name(text: &str, start: usize, after: &str, kind: Kind) -> bool {
    let Some(suffix_len) = PLACE_SUFFIXES.len_at(after) else {
        return false;
    };
    kind == Kind::Money
        || LOCATIVE_WORDS.ends(&text[..start])
        || after[suffix_len..].starts_with(|c: char| is_digit(c))
}

/// Whether a unit that can type a noun (`千伏`, `英寸`) is followed by one:
/// `500千伏变电站`, `12英寸晶圆` label the plant, they report no figure.
fn is_spec_label(unit: &str, after: &str) -> bool {
    SPEC_UNITS.has(unit)
        && after.chars().next().is_some_and(|c| {
            is_ideograph(c) && !matches!(c, '和' | '与' | '或' | '至' | '到' | '的')
        })
}

/// Whether a duration is the time scope of what follows (a period, SPEC
/// §2.2) rather than a reported length: `过去十年，`, `近三年来`, `五年来`,
/// `三年内`. `连续3年`, `二十八年间` and `5个工作日内` stay metrics.
fn is_scope_period(before: &str, after: &str, unit: &str) -> bool {
    SCOPE_BEFORE.ends(before)
        || SCOPE_AFTER.starts(after)
        || (unit == "年" && (after.starts_with('内') || after.starts_with('內')))
}

/// `抽查卷宗260余，`: an Arabic number with `余`/`多` and no unit at the end
/// of a clause counts the noun written before it.
fn is_unitless_more_than(text: &str, num: &Num, tail: &Tail<'_>) -> bool {
    num.n.arabic
        && !num.n.chinese
        && tail.approx == Some(Approx::MoreThan)
        && tail.end > num.n.end
        && ends_clause(&text[tail.end..])
}

fn kind_of(unit: Option<(Span, &str, Kind)>) -> Option<Kind> {
    unit.map(|u| u.2)
}

/// Whether the text right after a number makes it a class or grade:
/// `级` directly, after Latin letters (`5A级`) or after a unit (`20万吨级`).
fn is_grade(lex: &Lexicon, after: &str) -> bool {
    // Cheap test first: no `级` in the next few bytes, no grade.
    let near = &after.as_bytes()[..after.len().min(24)];
    let ji = wide('级');
    if !has_byte(near, ji[1]) || find_wide(near, ji).is_none() {
        return false;
    }
    let rest = after.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    rest.starts_with('级')
        || lex
            .non_unit_at(rest)
            .is_some_and(|len| rest[..len].ends_with('级'))
}

/// At most `max` bytes of `s` (on a char boundary), cut at the first
/// punctuation mark: the words right after a number.
fn clause_head(s: &str, max: usize) -> &str {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if i + c.len_utf8() > max || is_punct(c) {
            break;
        }
        end = i + c.len_utf8();
    }
    &s[..end]
}

/// Whether a clause ends here: `，`, `。`, `；`, or the end of the line.
fn ends_clause(rest: &str) -> bool {
    match first_char(rest) {
        None | Some('\n' | '\r') => true,
        Some(c) => is_clause_mark(c),
    }
}

/// Units after which a Chinese numeral names something rather than counts
/// it: `十四届`, `二期工程`, `十分重要` (very), bare `季度` (`二季度` is a
/// quarter).
fn is_label_unit(unit_written: &str, num: &Num) -> bool {
    if unit_written.starts_with("季度") {
        return true;
    }
    if num.n.chinese && !num.n.arabic {
        return matches!(
            unit_written,
            "届" | "期"
                | "则"
                | "分"
                | "号"
                | "代"
                | "版"
                | "级"
                | "楼"
                | "路"
                | "线"
                | "产"
                | "方"
                | "门"
        );
    }
    false
}

/// Whether a 4-digit Arabic integer (or a digit-by-digit Chinese numeral)
/// reads as a year.
fn is_year_like(n: &Scanned) -> bool {
    if n.digit_string {
        return !is_spelled_amount(n);
    }
    n.arabic
        && !n.chinese
        && n.int_digits == 4
        && !n.decimal
        && !n.separator
        && (1000.0..3000.0).contains(&n.value)
}

/// Whether an Arabic integer reads as a year of the Republic of China
/// calendar, as Taiwanese reports write them (`112年`, `113年度`): a
/// duration of a hundred-odd years is rarer there than a year is.
fn is_roc_year(n: &Scanned) -> bool {
    n.arabic && !n.chinese && n.int_digits == 3 && !n.decimal && (100.0..=150.0).contains(&n.value)
}

/// Range connectors between two numbers.
const CONNECTORS: &[&str] = &["——", "至", "到", "-", "~", "～", "—", "－", "–", "−"];

fn try_range<'a>(
    lex: &'a Lexicon,
    text: &'a str,
    num: &Num,
    tail: &Tail<'a>,
) -> Option<(Option<Quantity<'a>>, usize)> {
    // The first number may carry its unit (`20%—30%`) or not (`3至5人`).
    let after1 = tail.end;
    let rest = &text[after1..];
    if !rest.starts_with(['至', '到', '-', '~', '～', '—', '－', '–', '−']) {
        return None;
    }
    let conn = CONNECTORS.iter().find(|c| rest.starts_with(**c))?;
    let s2 = after1 + conn.len();
    let c2 = text[s2..].chars().next()?;
    if !is_numeral_start(c2) {
        return None;
    }
    let n2 = scan_number(text, s2)?;
    let num2 = Num::new(text, s2, n2);
    let mut tail2 = read_tail(lex, text, &num2);
    // `百分之二到三`, `百分之八至九`: the upper end of a percent written with
    // words is a bare numeral and takes the unit of the lower end.
    if num.n.form != Form::Plain && n2.form == Form::Plain && tail2.unit.is_none() {
        tail2.unit = tail.unit.map(|(_, u, k)| {
            (
                Span {
                    start: n2.end,
                    end: n2.end,
                },
                u,
                k,
            )
        });
    }
    let ascii_dash = matches!(*conn, "-" | "－" | "–" | "−");
    // Years: `2021-2025年`, `1953—1957年`.
    if is_year_like(&num.n) && is_year_like(&n2) {
        return Some((None, tail2.end.max(num2.n.end)));
    }
    // Dates and codes: `1-9月`, `0519-8888` have no unit after them.
    let unit2 = tail2.unit?;
    if let Some(u1) = tail.unit {
        if u1.1 != unit2.1 {
            return None;
        }
    }
    if ascii_dash && (num.n.chinese || n2.chinese && !n2.arabic) {
        return None;
    }
    if num.n.form != Form::Plain && n2.form == Form::Plain && tail.unit.is_none() {
        return None;
    }
    // Magnitude written once applies to both ends: `5~10万元`.
    let mut low = num.n.value;
    if !num.n.magnitude && n2.magnitude && tail.unit.is_none() {
        let factor = trailing_magnitude(&text[s2..n2.end]);
        if factor > 1.0 && low * factor <= n2.value {
            low *= factor;
        }
    }
    let high = n2.value;
    if high <= low || !low.is_finite() || !high.is_finite() {
        return None;
    }
    let mut q = finish(lex, text, &num2, &tail2, Some((num, low)))?;
    q.upper = Some(high * tail2.scale);
    Some((Some(q), q.span.end))
}

/// `一年零三个月`, `两年又六个月`, `2年6个月`: one duration in months.
fn try_years_months<'a>(
    lex: &'a Lexicon,
    text: &'a str,
    num: &Num,
    tail: &Tail<'a>,
) -> Option<(Quantity<'a>, usize)> {
    let (ys, unit, _) = tail.unit?;
    if unit != "年"
        || tail.approx.is_some()
        || tail.half
        || is_year_like(&num.n)
        || tail.end != ys.end
    {
        return None;
    }
    let mut s2 = tail.end;
    let rest = &text[s2..];
    if rest.starts_with(['零', '又']) {
        s2 += CJK_WIDTH;
    }
    let n2 = scan_number(text, s2)?;
    let num2 = Num::new(text, s2, n2);
    let tail2 = read_tail(lex, text, &num2);
    if tail2.unit.map(|u| u.1) != Some("个月")
        || n2.value >= 12.0
        || num.n.upper.is_some()
        || n2.upper.is_some()
    {
        return None;
    }
    let mut q = finish(lex, text, &num2, &tail2, None)?;
    let start = num.start.min(q.span.start);
    q.value += num.n.value * 12.0;
    q.span.start = start;
    q.number.start = start;
    q.text = &text[start..q.span.end];
    Some((q, q.span.end))
}

/// The value of the magnitude characters a numeral ends with (`10万` → 1e4,
/// `3万亿` → 1e12), or 1.
fn trailing_magnitude(s: &str) -> f64 {
    let mut f = 1.0;
    for c in s.chars().rev() {
        let m = match c {
            '万' | '萬' => 1e4,
            '亿' | '億' => 1e8,
            '千' | '仟' => 1e3,
            '百' | '佰' => 1e2,
            '兆' => 1e12,
            _ => break,
        };
        f *= m;
    }
    f
}

/// The unit read after a number: its span, canonical name and kind.
type UnitRead<'l> = (Span, &'l str, Kind);

/// What stands before a number: a sign, a qualifier, `各`.
#[derive(Clone, Copy, Debug)]
struct Lead {
    /// Where the quantity starts, sign and qualifier included.
    start: usize,
    /// -1 for a written minus.
    sign: f64,
    /// The qualifier written before the number (`约`, `超过`).
    prefix: Option<Approx>,
    /// `各1名`: the value holds for each.
    distributive: bool,
}

/// Builds the quantity for a number (or the second number of a range, with
/// the first given as `low`), or `None` when it is no metric.
fn finish<'a>(
    lex: &Lexicon,
    text: &'a str,
    num: &Num,
    tail: &Tail<'a>,
    low: Option<(&Num, f64)>,
) -> Option<Quantity<'a>> {
    let first = low.map_or(num, |(f, _)| f);
    let n = &num.n;
    let unit = tail.unit;
    // Most candidates without a unit report nothing (`统一`, `一些`): for
    // them the lead and the unit are resolved first, before the exclusions.
    let unitless = match unit {
        None => Some(lead_and_unit(text, num, first, tail, low.is_some())?),
        Some(_) => None,
    };
    if is_point_in_time(text, num, first, tail)
        || is_grade(lex, &text[n.end..])
        || unit.is_some_and(|u| text[u.0.end..].starts_with('级'))
        || is_plan_name(text, tail)
        || unit.is_some_and(|(s, _, _)| is_label_unit(&text[s.range()], num))
    {
        return None;
    }
    let (lead, start, (unit_name, kind, unit_span)) = match unitless {
        Some(resolved) => resolved,
        None => lead_and_unit(text, num, first, tail, low.is_some())?,
    };
    let approx = lead
        .prefix
        .or(tail.approx)
        .or((n.more || first.n.more).then_some(Approx::MoreThan))
        .or((n.vague || first.n.vague).then_some(Approx::About));
    let written = &text[first.start..n.end];
    let single_char =
        first_char(written).is_some_and(|c| c.len_utf8() == written.len()) && low.is_none();
    if (single_char && approx.is_none() && is_numeral_word(text, first, tail))
        || (approx.is_none() && is_named_phrase(text, num, first, tail))
        || is_spelled_digit_string(n)
        || unit.is_some_and(|u| is_spec_label(u.1, &text[tail.end..]))
        || is_time_scope(text, first, unit, lead.prefix)
        || is_counted_back(text, first, tail)
        || is_class_label(text, first, unit)
        || unit.is_some_and(|u| is_lone_medal(text, first, u))
    {
        return None;
    }
    if is_code_after(text, n.end, unit_span) || is_class_threshold(text, tail.end, kind) {
        return None;
    }
    // A count per so many people is a rate: `每千人口拥有执业医师3.45人`.
    let kind = if kind == Kind::Count && per_population(text, start) {
        Kind::Other
    } else {
        kind
    };
    let half = if tail.half { 0.5 } else { 0.0 };
    let value = scaled(
        (low.map_or(n.value, |(_, v)| v) + half) * lead.sign,
        tail.scale,
    );
    if !value.is_finite() {
        return None;
    }
    let upper = n
        .upper
        .filter(|_| low.is_none())
        .map(|u| scaled(u, tail.scale))
        .filter(|u| u.is_finite() && *u > value);
    let end = tail.end;
    Some(Quantity {
        span: Span { start, end },
        text: &text[start..end],
        number: Span {
            start: first.start,
            end: n.end,
        },
        unit_span,
        value,
        upper,
        approx: approx.unwrap_or(Approx::Exact),
        unit: unit_name,
        kind,
        distributive: lead.distributive,
    })
}

/// What stands before the number (see [`read_lead`]), where the quantity
/// starts and its unit (see [`resolve_unit`]); `None` when the figure is no
/// metric.
fn lead_and_unit<'a>(
    text: &str,
    num: &Num,
    first: &Num,
    tail: &Tail<'a>,
    ranged: bool,
) -> Option<(Lead, usize, ResolvedUnit<'a>)> {
    let lead = read_lead(text, first, tail.unit.map(|u| u.1));
    let mut start = lead.start;
    let unit = resolve_unit(text, num, tail, ranged, &mut start)?;
    Some((lead, start, unit))
}

/// Points in time: `2023年`, `二〇一九年`, and years of other eras or
/// written short, told by what follows (`112年度`, `13年底`, `98年3月`,
/// `90年不变价`: the prices of that year) or what precedes (`民国38年`).
fn is_point_in_time(text: &str, num: &Num, first: &Num, tail: &Tail<'_>) -> bool {
    let Some((span, "年", _)) = tail.unit else {
        return false;
    };
    let after = &text[span.end..];
    let before = &text[..first.start];
    is_year_like(&num.n)
        || is_year_like(&first.n)
        || is_roc_year(&num.n)
        || after.starts_with(['度', '底', '末', '初', '中', '起'])
        || is_month_after(after)
        || crate::chars::starts_with_simplified(after, "不变价")
        || before.ends_with("民国")
        || before.ends_with("民國")
        || ends_roc_range_start(before)
}

/// Whether `before` ends with the first year of a range of the Republic of
/// China era and its joiner (`民國91年至`, `民國91-`): the number after it
/// is the range's last year (`民國91年至95年`).
fn ends_roc_range_start(before: &str) -> bool {
    let Some(t) = ["至", "到", "-", "—", "–", "~"]
        .iter()
        .find_map(|j| before.strip_suffix(j))
    else {
        return false;
    };
    let t = t
        .strip_suffix("年度")
        .or_else(|| t.strip_suffix('年'))
        .unwrap_or(t);
    let digits = |c: char| {
        c.is_ascii_digit() || "０１２３４５６７８９〇零一二三四五六七八九十百".contains(c)
    };
    let n = t.trim_end_matches(digits);
    n.len() < t.len() && (n.ends_with("民国") || n.ends_with("民國"))
}

/// Plans named by their length: `三年行动`, `三年提质行动`, `五年规划`.
fn is_plan_name(text: &str, tail: &Tail<'_>) -> bool {
    tail.unit.is_some_and(|u| u.1 == "年") && PLAN_WORDS.within(clause_head(&text[tail.end..], 15))
}

/// The sign, prefix qualifier and `各` before the number that starts at
/// `first`.
fn read_lead(text: &str, first: &Num, unit_name: Option<&str>) -> Lead {
    let mut lead = Lead {
        start: first.start,
        sign: 1.0,
        prefix: None,
        distributive: false,
    };
    // The character before the number, read once for the sign, the
    // qualifier and `各`.
    let prev = first.before;
    // Sign: `(-5610宗)`, `为-32.7%`, `(+9.2%)`.
    if let Some(p @ ('-' | '+' | '－' | '＋' | '−')) = prev {
        let s = first.start - p.len_utf8();
        let glued = last_char(&text[..s]).is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || is_digit(c)
                || crate::chars::is_decimal_point(c)
                || matches!(c, '%' | '％' | '﹪')
        });
        if !glued && first.n.arabic {
            lead.start = s;
            if p != '+' && p != '＋' {
                lead.sign = -1.0;
            }
        }
    }
    let signed = lead.start != first.start;
    let prefix = prev
        .filter(|_| !signed)
        .and_then(|last| prefix_qualifier(text, first.start, last, first, unit_name));
    let before_lead = if signed {
        last_char(&text[..lead.start])
    } else {
        prev
    };
    if let Some((s, a)) = prefix {
        lead.start = s;
        lead.prefix = Some(a);
    } else if before_lead == Some('各') {
        lead.distributive = true;
        lead.start -= '各'.len_utf8();
    }
    lead
}

/// Chinese numerals that are words: `一体化`, `一批`, `千家万户`, `百年大计`.
/// A lone `一` or a lone magnitude character counts nothing unless a
/// qualifier says it does (`近千次`, `百余人次`, `一个月以上`).
fn is_numeral_word(text: &str, first: &Num, tail: &Tail<'_>) -> bool {
    let n = &first.n;
    n.chinese
        && !n.arabic
        && !tail.half
        && n.form == Form::Plain
        && first_char(&text[first.start..]).is_some_and(|c| {
            matches!(
                c,
                '一' | '壹'
                    | '百'
                    | '千'
                    | '万'
                    | '亿'
                    | '兆'
                    | '佰'
                    | '仟'
                    | '萬'
                    | '億'
                    | '零'
                    | '〇'
            )
        })
}

/// A Chinese numeral, its unit and what follows name a thing rather than
/// count it: formulas (`五位一体`, `三省一区`), session numbers (`三次会议`,
/// `二次會議`), fixed political terms and slogans (`五项原则`, `四个现代化`,
/// `坚持两个毫不动摇`), class labels (`三类占`), place names (`五元路`).
fn is_named_phrase(text: &str, num: &Num, first: &Num, tail: &Tail<'_>) -> bool {
    let Some((_, unit, kind)) = tail.unit else {
        return false;
    };
    if !num.n.chinese || num.n.arabic {
        return false;
    }
    let after = &text[tail.end..];
    first_char(after).is_some_and(is_small_chinese_digit)
        || names_after(unit, after)
        || SLOGAN_VERBS.ends(&text[..first.start])
        || is_place_name(text, first.start, after, kind)
}

/// A numeral and `类` that name a quality class rather than count
/// categories: compared or assigned (`劣四类`, `优于三类`), given a share
/// (`三类为5.3%`), or one of an
/// enumeration of classes (`一、二类`, `Ⅰ、Ⅱ类`), which counts never are.
fn is_class_label(text: &str, first: &Num, unit: Option<UnitRead<'_>>) -> bool {
    let Some((span, "类", _)) = unit else {
        return false;
    };
    let before = &text[..first.start];
    // (a class given its share: `三类为5.3%`, `四類為3.8%`)
    let share = text[span.end..]
        .strip_prefix(['为', '為'])
        .is_some_and(|rest| rest.starts_with(is_digit));
    if share || CLASS_BEFORE.ends(before) {
        return true;
    }
    // (a heading marker at the start of a line is no class: `二、3类…`)
    let Some(listed) = before.strip_suffix('、') else {
        return false;
    };
    let mut back = listed.chars().rev();
    back.next()
        .is_some_and(|c| is_digit(c) || is_small_chinese_digit(c) || ('Ⅰ'..='Ⅻ').contains(&c))
        && back.next().is_some_and(|c| c != '\n')
}

/// Whether a medal read as a unit (`金`, `银`, `铜`) is no medal count: a
/// results line counts medals in Arabic digits side by side and ends the
/// list there (`26金18银26铜共70枚`, `9金、4银。`); a medal glued to more
/// ideographs is a word (`32金融机构`, `3银行`), and `五金` is hardware.
fn is_lone_medal(text: &str, first: &Num, (span, unit, _): UnitRead<'_>) -> bool {
    if !matches!(unit, "金牌" | "银牌" | "铜牌") || span.len() != CJK_WIDTH {
        return false;
    }
    if !first.n.arabic || first.n.chinese {
        return true;
    }
    let is_medal = |c: char| matches!(c, '金' | '银' | '铜' | '銀' | '銅');
    let after = text[span.end..].trim_start_matches(['、', '，', ',']);
    let next = after.trim_start_matches(|c: char| is_digit(c) || c == '.');
    let medal_after = next.len() < after.len() && next.starts_with(is_medal);
    let list_ends = after.len() < text.len() - span.end
        || ends_clause(after)
        || after.starts_with(['共', '等', '的', '（', '(']);
    !(medal_after || list_ends)
}

/// `三一起` (a name, `张三` + `一起`), `二〇二三号`: Chinese numerals written
/// digit by digit are years, codes and names, never counts, unless they
/// are amounts (see [`is_spelled_amount`]).
fn is_spelled_digit_string(n: &Scanned) -> bool {
    n.digit_string && !n.arabic && !is_spelled_amount(n)
}

/// `七二九．二億美元`, `一七二三億美元`: Taiwanese news writes amounts digit
/// by digit in Chinese numerals; a decimal or a magnitude after the digits
/// makes one an amount, which no year or code has.
fn is_spelled_amount(n: &Scanned) -> bool {
    n.digit_string && (n.decimal || n.magnitude)
}

/// A duration that is the time scope of what follows (see
/// [`is_scope_period`]). A qualifier read before the number (`近3个月`)
/// is no scope word.
fn is_time_scope(
    text: &str,
    first: &Num,
    unit: Option<UnitRead<'_>>,
    prefix: Option<Approx>,
) -> bool {
    let Some((span, u, Kind::Duration)) = unit else {
        return false;
    };
    let before = if prefix.is_none() {
        &text[..first.start]
    } else {
        ""
    };
    is_scope_period(before, &text[span.end..], u)
}

/// Points in time counted back: `十年前`, `3年前的水平`; ranks and leading
/// periods: `居全国前10位`, `前三季度`.
fn is_counted_back(text: &str, first: &Num, tail: &Tail<'_>) -> bool {
    let duration = kind_of(tail.unit) == Some(Kind::Duration);
    if duration && text[tail.end..].starts_with('前') {
        return true;
    }
    let before = &text[..first.start];
    // (the first months of a year: `首十個月`, `头两个月`)
    if duration && before.ends_with(['首', '头', '頭']) {
        return true;
    }
    before.ends_with('前')
        && !before[..before.len() - CJK_WIDTH]
            .ends_with(['提', '以', '之', '此', '目', '当', '超', '向', '空', '事'])
        && (duration || matches!(tail.unit, Some((_, "位" | "名" | "强", _))))
}

/// A quantity's unit as [`resolve_unit`] gives it: its name, kind and
/// written span.
type ResolvedUnit<'a> = (Option<&'a str>, Kind, Option<Span>);

/// The unit of the quantity: the one read after the number, a currency
/// sign before it (which moves `start` back), or none where a bare figure
/// still reports something. `None` when the figure is no metric.
fn resolve_unit<'a>(
    text: &str,
    num: &Num,
    tail: &Tail<'a>,
    ranged: bool,
    start: &mut usize,
) -> Option<ResolvedUnit<'a>> {
    let n = &num.n;
    if let Some((s, u, k)) = tail.unit {
        // A unit implied by the numeral (`百分之…`) or shared with a list
        // has no written span of its own.
        return Some((Some(u), k, (!s.is_empty()).then_some(s)));
    }
    if !ranged {
        if let Some((sign_start, unit)) = currency_before(text, *start) {
            // A currency sign before the number: `¥5000`, `HK$12億`.
            let s = Span {
                start: sign_start,
                end: *start,
            };
            *start = sign_start;
            return Some((Some(unit), Kind::Money, Some(s)));
        }
    }
    // No unit: a figure with a magnitude word (`惠及300多万各族群众`), a
    // count whose noun came before it (`抽查卷宗260余，`), or a figure
    // stated with a copula or a verb of reaching at the end of a clause
    // (`死亡率为0`, `基尼系数报0.433，`).
    if n.arabic && n.magnitude && trailing_magnitude(&text[num.start..n.end]) >= 1e4 {
        return Some((None, Kind::Count, None));
    }
    if !ranged && is_unitless_more_than(text, num, tail) {
        return Some((None, Kind::Count, None));
    }
    let before = &text[..*start];
    let after = &text[tail.end..];
    let stated = STATED_BEFORE.ends(before) && !is_taken_as(before) && ends_clause(after);
    (n.arabic
        && !n.chinese
        && !ranged
        && !is_year_like(n)
        && (stated || is_value_of_year(n, before, after)))
    .then_some((None, Kind::Other, None))
}

/// A bare decimal given as the value of a year, as coefficients and
/// indices are (`2022年的0.378。`, `从前年的0.452降至…`): a year and `的`
/// before it, and a clause end, a list joiner or a change verb after.
fn is_value_of_year(n: &Scanned, before: &str, after: &str) -> bool {
    n.decimal
        && before.ends_with("年的")
        && (ends_clause(after)
            || after.starts_with(['和', '与', '與', '及', '、'])
            || after.starts_with(['降', '升', '增', '减', '減'])
            || after.starts_with("下降")
            || after.starts_with("上升"))
}

/// Whether the clause before a figure is `以…为`, which takes something as
/// the base of a ratio rather than reports it: `性别比（以女性为100，…）`.
fn is_taken_as(before: &str) -> bool {
    let head = before
        .rfind(|c: char| is_clause_mark(c) || matches!(c, '(' | '（' | '\n'))
        .map_or(before, |i| &before[i..]);
    let head =
        head.trim_start_matches(|c: char| is_clause_mark(c) || matches!(c, '(' | '（' | '\n'));
    head.starts_with('以') && head.ends_with(['为', '為'])
}

/// ASCII letters right after the number (and no unit between): a code or a
/// foreign unit we do not read: `5G`, `3D`, `4K`, `5A级`.
fn is_code_after(text: &str, end: usize, unit_span: Option<Span>) -> bool {
    unit_span.is_none_or(|s| s.is_empty())
        && text[end..]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
}

/// A sum or an age with `以上`/`以下` before a noun names a class rather
/// than reports a figure: `亿元以上项目`, `5000万元以上的企业`,
/// `65岁以上老年人` (counts keep theirs: `1000个以上村级服务站`).
fn is_class_threshold(text: &str, end: usize, kind: Kind) -> bool {
    matches!(kind, Kind::Money | Kind::Age)
        && (text[..end].ends_with("以上") || text[..end].ends_with("以下"))
        && first_char(&text[end..]).is_some_and(is_ideograph)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_plainly_no_figure_are_none_when_read_whole() {
        let lex = &crate::units::BUILTIN;
        let mut dropped = 0;
        for text in [
            "推进一体化发展，进一步加强管理，一部分地区统一规划，一系列措施",
            "五年计划完成，三是坚持，两会召开，十五五规划，万众一心，百姓",
            "约一成，各一人，¥三百，超过一万，一至三年，一年半，一余人，三 个",
            "七八十万，二〇二三年，一九五八年的，数十家，几个，十几年，五六",
        ] {
            for (at, c) in text.char_indices() {
                if !crate::numeral::is_numeral_start(c) {
                    continue;
                }
                let Some(n) = scan_number(text, at) else {
                    continue;
                };
                let num = Num::new(text, at, n);
                if plainly_no_figure(lex, text, &num) {
                    dropped += 1;
                    let (q, next) = read_quantity(lex, text, &num, n.end);
                    assert!(q.is_none(), "{text} at {at}: {q:?}");
                    assert_eq!(next, n.end, "{text} at {at}");
                }
            }
        }
        // (the test tells something: most of these are dropped early)
        assert!(dropped >= 8, "{dropped}");
    }

    #[test]
    fn a_scaled_decimal_is_the_decimal_of_its_digits() {
        assert_eq!(scaled(8.8, 1e8), 880_000_000.0);
        assert_eq!(scaled(3.456, 1e3), 3456.0);
        assert_eq!(scaled(0.07, 1e4), 700.0);
        assert_eq!(scaled(-1.1, 1e8), -110_000_000.0);
        assert_eq!(scaled(12.5, 1.0), 12.5);
        // (more than six decimals: the plain product)
        assert_eq!(scaled(1.0 / 3.0, 1e4), 1.0 / 3.0 * 1e4);
    }

    #[test]
    fn wide_quote_marks_by_their_bytes() {
        for (c, q) in [
            ('“', Quote::Open),
            ('「', Quote::Open),
            ('『', Quote::Open),
            ('”', Quote::Close),
            ('」', Quote::Close),
            ('』', Quote::Close),
        ] {
            let b = c.to_string().into_bytes();
            assert_eq!(b[1], 0x80, "{c}");
            assert_eq!(wide_quote(b[0], b[2]), Some(q), "{c}");
        }
        // `。`, `、`, `《` share the middle byte and are no quotes.
        for c in ['。', '、', '《', '》', '…', '—'] {
            let b = c.to_string().into_bytes();
            assert_eq!(wide_quote(b[0], b[2]), None, "{c}");
        }
    }

    #[test]
    fn wide_characters_found_as_characters_would_be() {
        let texts = [
            "",
            "《",
            "》《》",
            "一《二》三《四",
            "级别5A级",
            "中国《》",
            "》",
        ];
        for t in texts {
            for c in ['《', '》', '级'] {
                assert_eq!(find_wide(t.as_bytes(), wide(c)), t.find(c), "{t:?} {c}");
                assert_eq!(rfind_wide(t.as_bytes(), wide(c)), t.rfind(c), "{t:?} {c}");
            }
        }
    }

    /// The look back by the marks noted before a number against the search
    /// back from it, at every number of texts with quotes and titles.
    #[test]
    fn labels_told_by_noted_marks_as_by_searching() {
        let texts = [
            "提出“十四五”规划，完成“两个确保”和《2023年工作要点》中的5项任务",
            "他说：“2023年，我们共帮扶困难群众1.5万人。”全年“三”个",
            "「一带一路」和『两个』以及\"三\"个，《关于〈十四五〉的3项》说明",
            "《报告》发布后，新增3家，“5”个，》前4个《后",
            "没有引号的一句话，共计12件，只有标点。“",
        ];
        let mut tried = 0;
        for t in texts {
            let starts = t
                .char_indices()
                .filter(|&(_, c)| c.is_ascii_digit() || is_numeral_start(c));
            for (start, c) in starts {
                for end in [start + c.len_utf8(), t.len()] {
                    let mut marks = Marks::default();
                    marks.note_within(t.as_bytes(), 0, start);
                    for lo in [0, start / 2, start] {
                        let lo = floor_boundary(t, lo);
                        let (s, e) = (&t[lo..], start - lo);
                        assert_eq!(
                            in_label(s, e, end - lo, &marks.from(lo)),
                            in_label_searched(s, e, end - lo),
                            "{t:?} at {start}..{end} from {lo}"
                        );
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried > 100, "{tried}");
    }

    /// A unit of the caller's own that holds a mark is looked through for
    /// marks (here one skipped after an ordinal); the built-in units hold
    /// none.
    #[test]
    fn marks_inside_units_of_ones_own() {
        let builtin = Lexicon::builtin();
        assert!(!builtin.holds_marks());
        let mut own = Lexicon::builtin();
        own.insert("个“", "个", Kind::Count);
        assert!(own.holds_marks());
        let text = "第5个“三件”，3人";
        for lex in [&builtin, &own] {
            let found: Vec<_> = Quantities::new(lex, text).map(|q| q.text).collect();
            assert_eq!(found, ["3人"]);
        }
    }

    /// The byte searches against the character searches they replace.
    #[test]
    fn quote_marks_found_as_characters_would_be() {
        let texts = [
            "",
            "\"",
            "提出“十四五”规划",
            "「一带一路」和『两个』以及\"三\"",
            "一、二。《三》”前“后",
            "没有引号的一句话，只有标点。",
            "”",
            "“",
        ];
        for t in texts {
            let open = t.rfind(['“', '「', '『', '"']);
            let close = t.rfind(['”', '」', '』']);
            let expected = match (open, close) {
                (Some(o), c) if c.is_none_or(|c| c < o) => Some(Quote::Open),
                (_, Some(_)) => Some(Quote::Close),
                _ => None,
            };
            assert_eq!(last_quote_mark(t.as_bytes()), expected, "{t:?}");
            assert_eq!(
                has_closing_quote(t.as_bytes()),
                t.contains(['”', '」', '』', '"']),
                "{t:?}"
            );
        }
    }
}
