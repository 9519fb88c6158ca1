//! Time phrases (`2023年`, `今年以来`, `截至9月底`, `1-9月`, `“十四五”期间`),
//! which of them is the period of a figure (SPEC §2.2), and the basis of
//! change statements (`同比`, `比上年`, `较2018年`).
//!
//! The words are data: `words/period-words.tsv` (whole-word expressions and
//! how each resolves), `period-tails.tsv`, `period-leads.tsv`,
//! `period-openers.txt`, `period-not-after.txt`, `period-plans.txt`.

use once_cell::sync::Lazy;

use super::lexicon::{self, CharMap, WordSet};
use super::section;
use super::sentence::{next_clause_end, parenthetical};
use crate::chars;
use crate::record::Span;
use first_two::FIRST_TWO;

mod adjacent;
mod after_figures;
mod answered;
mod bare_years;
mod body_year;
mod bracket_gloss;
mod bracketed;
mod by_time;
mod change_ends;
mod day_head;
mod dealt;
mod entered;
mod first_two;
mod inner_part;
mod more_years;
mod opening_frame;
mod opening_stock;
mod part_opening;
mod part_sentence;
mod placeholder_year;
mod ranges;
mod rate;
mod ratio_basis;
mod restated;
mod roc;
mod run_in_label;
mod short_year;
mod since_event;
mod split_word;
mod stock_day;
mod stock_sentence;
mod targets_named;
mod topic_year;
mod word_ends;
mod year_day;

/// How a whole-word time expression scopes (column 2 of
/// `period-words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A period of its own.
    Span,
    /// The whole of the year in force (`全年`, `年内`): a period of its
    /// own that takes its year from the written year in force.
    Year,
    /// Only refers back to the year in force (`本年`, `当年`): does not
    /// replace a written year (`１９５５年本年收入…。本年各类收入…`).
    Restate,
    /// The year in force, but only at the head of a sentence or clause
    /// (`年度涌现爆款内容52条`); inside a noun phrase it is part of a name
    /// (`150项年度任务清单`).
    Head,
    /// The time of writing (`目前`): opening a sentence, it stays in force
    /// for the paragraph, but dates only its own sentence's figures
    /// ([`InForce::carried_now`]).
    Now,
    /// No definite time (`近年来`): scopes its sentence only.
    Vague,
    /// Time to come (`今后`): no period.
    Future,
    /// Every year (`每年`): a period of its own that no lead bounds.
    Every,
}

/// A whole-word time expression: its class and how it resolves (a
/// `context::time` rule, column 3 of `period-words.tsv`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub class: Class,
    pub time: &'static str,
}

/// A word that may lead a time phrase (`period-leads.tsv`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lead {
    /// The written period keeps it (`截至`).
    pub kept: bool,
    /// A stock at the end of what follows (`截至`, `到`).
    pub until: bool,
}

/// Words keyed by their first two characters, longest first, and the
/// words of one character by that character: a text is compared with the
/// few words that share its first two characters, not with every word of
/// its first (`上` starts some thirty of them, and a text starting `上升`
/// none).
#[derive(Debug)]
pub(crate) struct Words<T> {
    /// The words of two characters or more, by their first two.
    by_two: CharMap<BySecond<T>>,
    /// The words of one character.
    single: CharMap<(Box<str>, T)>,
}

/// The words of [`Words`] that share a first character, by their second,
/// longest first.
type BySecond<T> = CharMap<Vec<(Box<str>, T)>>;

impl<T: Copy> Words<T> {
    /// The words and their values, each also in traditional script.
    fn new(rows: impl IntoIterator<Item = (&'static str, T)>) -> Words<T> {
        let mut by_two: CharMap<BySecond<T>> = CharMap::default();
        let mut single = CharMap::default();
        for (w, t) in rows {
            for w in [Some(w.to_string()), crate::chars::traditional_word(w)]
                .into_iter()
                .flatten()
            {
                let mut cs = w.chars();
                match (cs.next(), cs.next()) {
                    (Some(a), Some(b)) => by_two
                        .entry(a)
                        .or_default()
                        .entry(b)
                        .or_default()
                        .push((w.into(), t)),
                    (Some(a), None) => {
                        single.entry(a).or_insert((w.into(), t));
                    }
                    _ => {}
                }
            }
        }
        for v in by_two.values_mut().flat_map(|m| m.values_mut()) {
            // (stable: of two words as long, the first listed is found)
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Words { by_two, single }
    }

    /// The longest word that `s` starts with.
    pub(crate) fn prefix_of(&self, s: &str) -> Option<(&str, T)> {
        self.prefix_where(s, |_| true)
    }

    /// The longest word that `s` starts with and `keep` accepts (`今年来华`
    /// is `今年`, `来华` being a verb, not `今年来`).
    fn prefix_where(&self, s: &str, keep: impl Fn(&str) -> bool) -> Option<(&str, T)> {
        self.prefix_where_at(s, s.chars().next()?, keep)
    }

    /// [`Words::prefix_where`] of `s`, whose first character `a` the
    /// caller has read already.
    fn prefix_where_at(&self, s: &str, a: char, keep: impl Fn(&str) -> bool) -> Option<(&str, T)> {
        let longer = s[a.len_utf8()..]
            .chars()
            .next()
            .and_then(|b| self.by_two.get(&a)?.get(&b))
            .and_then(|v| {
                v.iter()
                    .find(|(w, _)| lexicon::starts_with(s, w) && keep(w))
            });
        longer
            .or_else(|| self.single.get(&a).filter(|(w, _)| keep(w)))
            .map(|(w, t)| (&**w, *t))
    }

    /// Every word.
    fn all(&self) -> impl Iterator<Item = &str> + '_ {
        let longer = self.by_two.values().flat_map(|m| m.values()).flatten();
        longer.chain(self.single.values()).map(|(w, _)| &**w)
    }
}

/// The non-comment, non-blank lines of a data file, split at tabs.
pub(crate) fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn class_of(name: &str) -> Option<Class> {
    Some(match name {
        "span" => Class::Span,
        "year" => Class::Year,
        "restate" => Class::Restate,
        "head" => Class::Head,
        "now" => Class::Now,
        "vague" => Class::Vague,
        "future" => Class::Future,
        "every" => Class::Every,
        _ => return None,
    })
}

const WORDS_TSV: &str = include_str!("words/period-words.tsv");
const TAILS_TSV: &str = include_str!("words/period-tails.tsv");
const LEADS_TSV: &str = include_str!("words/period-leads.tsv");
const OPENERS_TXT: &str = include_str!("words/period-openers.txt");
const NOT_AFTER_TXT: &str = include_str!("words/period-not-after.txt");
const PLANS_TXT: &str = include_str!("words/period-plans.txt");
const YEAR_VERBS_TXT: &str = include_str!("words/period-year-verbs.txt");
const TARGETS_TXT: &str = include_str!("words/period-targets.txt");
const FRAMES_TXT: &str = include_str!("words/period-frames.txt");
const RECORDS_TXT: &str = include_str!("words/period-records.txt");
const SAME_BASES_TXT: &str = include_str!("words/period-same-bases.txt");
const REPORT_VERBS_TXT: &str = include_str!("words/period-report-verbs.txt");
const EQUATED_TXT: &str = include_str!("words/period-equated-verbs.txt");

/// Whole-word time expressions (rows the tests check parse).
pub(crate) static WORDS: Lazy<Words<Word>> = Lazy::new(|| {
    Words::new(rows(WORDS_TSV).filter_map(|r| {
        let class = class_of(r.get(1)?)?;
        Some((
            r[0],
            Word {
                class,
                time: r.get(2)?,
            },
        ))
    }))
});
/// Tails and what they do to the time before them.
pub(crate) static TAILS: Lazy<Words<&'static str>> =
    Lazy::new(|| Words::new(rows(TAILS_TSV).filter_map(|r| Some((r[0], *r.get(1)?)))));
static LEADS: Lazy<Words<Lead>> = Lazy::new(|| {
    Words::new(rows(LEADS_TSV).filter_map(|r| {
        Some((
            r[0],
            Lead {
                kept: *r.get(1)? == "kept",
                until: *r.get(2)? == "until",
            },
        ))
    }))
});
/// The words of a one-column word file.
fn word_set(text: &'static str) -> WordSet {
    WordSet::from_list(&rows(text).map(|r| r[0]).collect::<Vec<_>>())
}

static OPENERS: Lazy<WordSet> = Lazy::new(|| word_set(OPENERS_TXT));
static NOT_AFTER: Lazy<WordSet> = Lazy::new(|| word_set(NOT_AFTER_TXT));
static YEAR_VERBS: Lazy<WordSet> = Lazy::new(|| word_set(YEAR_VERBS_TXT));
static TARGETS: Lazy<Vec<&'static str>> = Lazy::new(|| rows(TARGETS_TXT).map(|r| r[0]).collect());
static PLANS: Lazy<Vec<&'static str>> = Lazy::new(|| rows(PLANS_TXT).map(|r| r[0]).collect());
/// The last characters of [`PLANS`], sorted: every sentence's end is
/// looked up here before the words are compared with it.
static PLAN_LAST: Lazy<Vec<char>> = Lazy::new(|| {
    let mut last: Vec<char> = PLANS.iter().filter_map(|w| w.chars().next_back()).collect();
    last.sort_unstable();
    last
});
static FRAMES: Lazy<Vec<&'static str>> = Lazy::new(|| rows(FRAMES_TXT).map(|r| r[0]).collect());
static RECORDS: Lazy<WordSet> = Lazy::new(|| word_set(RECORDS_TXT));
/// What, right before a same-period word, makes it other years' (looked up
/// by last character).
static SAME_BASES: Lazy<WordSet> = Lazy::new(|| WordSet::by_last_words(SAME_BASES_TXT));
/// Verbs of reporting (`公布`, `预估`): a time right after one dates what
/// is reported ([`reported_time`]).
static REPORT_VERBS: Lazy<WordSet> = Lazy::new(|| WordSet::by_last_words(REPORT_VERBS_TXT));

/// Verbs that equate a figure with a multiple of another time's
/// (`等于一九五三年的两倍多`, `是2000年的1.65倍`, `恢复至2019年同期的46.2%`):
/// that time is a basis (`period-equated-verbs.txt`).
static EQUATED_TO: Lazy<WordSet> = Lazy::new(|| WordSet::by_last_words(EQUATED_TXT));

/// Whether `head`, the text right before a time, ends with a verb that
/// equates a figure with that time's (`恢复至`, `相当于`: [`EQUATED_TO`]),
/// so that the time is a basis.
pub(crate) fn equated_before(head: &str) -> bool {
    EQUATED_TO.suffix_of(head).is_some()
}

/// Whether `c` may start a time word, a lead or a plan period (besides
/// numerals). A test checks it covers the first characters of the word
/// lists.
#[inline]
const fn is_time_first(c: char) -> bool {
    matches!(
        c,
        '今' | '去'
            | '民'
            | '中'
            | '大'
            | '后'
            | '後'
            | '次'
            | '翌'
            | '是'
            | '该'
            | '該'
            | '首'
            | '未'
            | '上'
            | '明'
            | '当'
            | '全'
            | '年'
            | '本'
            | '下'
            | '前'
            | '第'
            | '近'
            | '多'
            | '每'
            | '报'
            | '如'
            | '长'
            | '長'
            | '報'
            | '同'
            | '目'
            | '现'
            | '过'
            | '過'
            | '最'
            | '推'
            | '规'
            | '規'
            | '回'
            | '這'
            | '當'
            | '現'
            | '黨'
            | '從'
            | '來'
            | '这'
            | '新'
            | '党'
            | '改'
            | '截'
            | '自'
            | '从'
            | '到'
            | '至'
            | '在'
            | '“'
            | '"'
            | '「'
            // holidays and school breaks (`春节假期`, `国庆期间`, `暑假期间`)
            | '春'
            | '国'
            | '國'
            | '元'
            | '清'
            | '端'
            | '假'
            | '黄'
            | '黃'
            | '寒'
            | '暑'
            // the flood season (`汛期以来`): a rare character
            | '汛'
            // a half-year up to now (`半年来`) and 迄今 (至今 in writing)
            | '半'
            | '迄'
    )
}

/// Whether `c` may start a time phrase at all ([`is_num_char`] or
/// [`is_time_first`]): a bit of [`START_BITS`] for an ideograph (a test
/// checks every character against the two), since it is asked of nearly
/// every character of a clause (inlined always: a call cost as much as
/// the look-up).
#[inline(always)]
pub(crate) fn may_start(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_digit() || c == '"';
    }
    match u.checked_sub(IDEOGRAPHS_FROM) {
        Some(k) if k < IDEOGRAPHS => START_BITS[(k / 64) as usize] >> (k % 64) & 1 == 1,
        _ => is_num_char(c) || is_time_first(c),
    }
}

/// The first of the ideographs (`一`) [`START_BITS`] has a bit for, and how
/// many it has (to `鿿`).
const IDEOGRAPHS_FROM: u32 = 0x4E00;
const IDEOGRAPHS: u32 = 0xA000 - IDEOGRAPHS_FROM;

/// One bit per ideograph: whether it may start a time phrase.
static START_BITS: [u64; IDEOGRAPHS as usize / 64] = start_bits();

const fn start_bits() -> [u64; IDEOGRAPHS as usize / 64] {
    let mut bits = [0u64; IDEOGRAPHS as usize / 64];
    let mut k = 0;
    while k < IDEOGRAPHS {
        if let Some(c) = char::from_u32(IDEOGRAPHS_FROM + k) {
            if is_num_char(c) || is_time_first(c) {
                bits[(k / 64) as usize] |= 1 << (k % 64);
            }
        }
        k += 1;
    }
    bits
}

/// Whether `c` is a digit (ASCII or full width) or a Chinese numeral
/// character a date may be written with.
pub(crate) const fn is_num_char(c: char) -> bool {
    c.is_ascii_digit()
        || (c >= '０' && c <= '９')
        || matches!(
            c,
            '〇' | '○'
                | '零'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '两'
        )
}

fn is_arabic(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The most numeral characters a date reads (`二〇二五`; `2023/24` reads
/// its two halves): a longer run is no date, and reading no further keeps a
/// line of numerals linear.
const MAX_DATE_NUM: usize = 8;

/// Bytes of the numeral characters `s` starts with, at most
/// [`MAX_DATE_NUM`] of them (what follows a longer run is a numeral, so no
/// date reads on from there).
///
/// (Read by bytes, since every candidate date asks it several times: an
/// ASCII digit is one byte, every other numeral character three; inlined
/// always, its callers' numerals mostly being a character or two.)
#[inline(always)]
fn num_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    for _ in 0..MAX_DATE_NUM {
        match b.get(i) {
            Some(x) if x.is_ascii_digit() => i += 1,
            // (`二O一O年`: the letter O written for `〇` among Chinese
            // numerals, which are three bytes each)
            Some(b'O') if i >= 3 && (b[i - 1] >= 0x80 || b[i - 1] == b'O') => i += 1,
            Some(0xE0..0xF0)
                if s.get(i..i + 3)
                    .and_then(|t| t.chars().next())
                    .is_some_and(is_num_char) =>
            {
                i += 3
            }
            _ => break,
        }
    }
    i
}

/// The characters of a short text (a numeral): its bytes that start one,
/// without the general counter's setup.
fn char_count(t: &str) -> usize {
    t.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// The value of a numeral as dates write it: digits (`2023`, `２０２３`),
/// Chinese digits one by one (`一九五六`, `二〇二五`), or a small Chinese
/// number (`十二`, `二十七`).
pub(crate) fn num_value(t: &str) -> Option<u32> {
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            '〇' | '○' | '零' | 'O' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    // (most numerals of dates are ASCII digits: summed by bytes)
    if t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return (!t.is_empty()).then(|| t.bytes().fold(0, |acc, b| acc * 10 + u32::from(b - b'0')));
    }
    // (and full-width ones, `２０２３`, EF BC 90..99, by their last bytes)
    let b = t.as_bytes();
    if (3..=18).contains(&b.len())
        && b.len() % 3 == 0
        && b.chunks(3)
            .all(|c| c[0] == 0xEF && c[1] == 0xBC && (0x90..=0x99).contains(&c[2]))
    {
        return Some(
            b.chunks(3)
                .fold(0, |acc, c| acc * 10 + u32::from(c[2] - 0x90)),
        );
    }
    // (a numeral is a few characters: a search of it for `十` set up a
    // substring searcher each time)
    let ten = t.char_indices().find(|&(_, c)| c == '十').map(|(i, _)| i);
    if let Some((tens, ones)) = ten.map(|i| (&t[..i], &t[i + '十'.len_utf8()..])) {
        let tens = if tens.is_empty() {
            1
        } else {
            digit_string(tens, digit)?
        };
        let ones = if ones.is_empty() {
            0
        } else {
            digit_string(ones, digit)?
        };
        return Some(tens * 10 + ones);
    }
    digit_string(t, digit)
}

fn digit_string(t: &str, digit: impl Fn(char) -> Option<u32>) -> Option<u32> {
    if t.is_empty() || char_count(t) > 6 {
        return None;
    }
    t.chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + digit(c)?))
}

/// A year as written in a date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Year {
    /// The year of the common era (Republic of China years converted).
    pub value: i32,
    /// A fiscal year from April 1 (`2023/24年度`, `二〇二五至二六年度`).
    pub fiscal: bool,
    /// A school year from September 1 (`2015/16學年`, `2022—2023学年`).
    pub school: bool,
}

/// One date as written: any of year, month, day, quarter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Atom {
    pub year: Option<Year>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub quarter: Option<u8>,
}

/// Dates as written: one, or the two ends of a range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Dates {
    pub start: Atom,
    pub end: Option<Atom>,
    /// A value that is none of its unit was written (`一二两月份`): no dates.
    pub odd: bool,
}

/// What a time phrase is built on.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Base {
    /// Written dates: `2023年1-9月`, `2020/21至2024/25年度`.
    Dates(Dates),
    /// A whole word of `period-words.tsv`: `今年以来`, `上半年`.
    Word(Word),
    /// `N年来`, `N年间`, `五年累计`: the N years up to the report's; `ago`
    /// for `N年前`.
    YearsBack { years: u32, ago: bool },
    /// `未来5年`, `未来二、三十年`: the N years from the report's on.
    YearsAhead { years: u32 },
    /// The `k`-th five-year plan: `“十四五”期间`.
    Plan(u32),
}

/// A time phrase read at the start of a text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    /// Bytes read.
    pub len: usize,
    /// Bytes of a lead the written period drops (`在`).
    pub dropped: usize,
    /// The lead makes it a stock at the end (`截至`).
    pub until: bool,
    pub base: Base,
    /// What its tails do (column 2 of `period-tails.tsv`), in order.
    pub tails: [Option<&'static str>; 2],
}

impl Reading {
    /// How it scopes.
    pub(crate) fn class(&self) -> Class {
        match self.base {
            Base::Word(w) => w.class,
            _ => Class::Span,
        }
    }

    /// A single day with no `截至`, `起` or `以来` (`2023年8月25日`): the date of
    /// an event, not a period.
    fn event_date(&self) -> bool {
        matches!(self.base, Base::Dates(d) if d.start.day.is_some() && d.end.is_none())
            && !self.until
            && self.tails.iter().flatten().all(|t| *t != "since")
    }

    /// Whether it names its span by itself wherever it stands: since a
    /// date (`2011年以来`), a range (`2009年至2024年`), up to a date
    /// (`至2024年底`).
    fn self_evident(&self) -> bool {
        self.until
            || self.tails.iter().flatten().any(|t| *t == "since")
            || matches!(self.base, Base::Dates(d) if d.end.is_some())
    }

    /// Whether it is a span up to now that `rest`, the text after it,
    /// makes the span of a record: `24年来新低`, `2011年以来的最高水平`.
    fn sets_a_record(&self, rest: &str) -> bool {
        let up_to_now = matches!(self.base, Base::YearsBack { ago: false, .. })
            || self.tails.iter().flatten().any(|t| *t == "since")
            || matches!(self.base, Base::Word(w) if w.time.starts_with("since:"));
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        up_to_now && RECORDS.prefix_of(rest).is_some()
    }

    /// Whether it names a fiscal year (`2014-15年度`, `2023/24年度首兩季`).
    fn fiscal(&self) -> bool {
        matches!(self.base, Base::Dates(d) if d.start.year.is_some_and(|y| y.fiscal || y.school))
    }

    /// Whether it writes a year out (`2023年`, `一九五六年`, `112年度`).
    pub(crate) fn dated(&self) -> bool {
        matches!(self.base, Base::Dates(d) if d.start.year.is_some())
    }
}

// (a list of two or more years or months is read as the span from its
// first to its last: `2019、2020年`, `2019年1月和2月`, `一月與二月`)
pub(super) const RANGE_MARKS: [&str; 16] = [
    "-", "——", "—", "–", "~", "～", "－", "―", "〜", "至", "到", "、", "和", "及", "与", "與",
];
/// The marks of [`RANGE_MARKS`] that join a list, not a range.
const LIST_MARKS: [&str; 5] = ["、", "和", "及", "与", "與"];
const DATE_UNITS: [&str; 13] = [
    "年度",
    "学年",
    "學年",
    "年",
    "月份",
    "月",
    "日",
    "号",
    "季度",
    "财年",
    "財年",
    "财政年度",
    "財政年度",
];
/// A company's or a government's fiscal year (`2024财年`, `2025財政年度`):
/// a year whose months the text does not tell (April, July or October on).
const FISCAL_UNITS: [&str; 4] = ["财年", "財年", "财政年度", "財政年度"];
/// The first characters of [`RANGE_MARKS`], none of which starts a word
/// of [`DATE_UNITS`] (a test checks).
const RANGE_FIRST: [char; 15] = [
    '-', '—', '–', '~', '～', '－', '―', '〜', '至', '到', '、', '和', '及', '与', '與',
];
/// The first characters of [`RANGE_MARKS`] and [`DATE_UNITS`].
const DATE_NEXT: [char; 24] = [
    '-', '—', '–', '~', '～', '－', '―', '〜', '至', '到', '年', '月', '日', '号', '季', '学',
    '學', '财', '財', '、', '和', '及', '与', '與',
];

/// A numeral waiting for its unit: the first end of `1-9月`.
#[derive(Clone, Copy)]
struct Pending<'s> {
    text: &'s str,
    /// `2023/24`: a fiscal year written with a slash.
    slash: bool,
    /// `2019、2020年`, `一月與二月`: joined by a mark of a list, not of a
    /// range.
    listed: bool,
}

/// Whether a list of dates may end where `rest` starts: not before a
/// comparison of its items (`2019年3月與2018年3月比較`: the first is the
/// figure's, the second its basis) nor before a tail that dates its last
/// item only (`一九五七年和一九五八年上半年`).
fn list_ends(rest: &str) -> bool {
    let compared = lexicon::COMPARISON_SET.prefix_of(rest).is_some();
    !compared && TAILS.prefix_of(rest).is_none()
}

/// Whether numerals `a` and `b` joined by a mark of a list may be two
/// items of one list of dates: as many characters, the first the smaller
/// (`2019、2020年`, `一月與二月`; not `1、2023年`, nor `3、2月`).
fn listed_alike(a: &str, b: &str) -> bool {
    char_count(a) == char_count(b) && num_value(a).zip(num_value(b)).is_some_and(|(x, y)| x < y)
}

/// Whether the `n`-char numeral `t` before `年` can be a year: four
/// characters (not `十…`), a Republic of China year (three Arabic digits
/// from 1, with a fiscal-year or calendar tail: `112年度`, `113年6月`,
/// `112年全年`, `112年底`, or nothing after it: a written period `112年`
/// is read again alone to resolve it), the short end of a fiscal year
/// after a four-digit one (`二〇二五至二六年度`), or two digits before a
/// part of the year (`99年末`, [`short_year`]).
fn can_be_year(t: &str, unit: &str, next: &str, fiscal_end: bool) -> bool {
    let n = char_count(t);
    let roc = n == 3
        && (t.starts_with(['1', '１']) && t.chars().all(is_arabic) || roc::written_digits(t))
        && (unit == "年度"
            || next.is_empty()
            || next.chars().next().is_some_and(is_arabic)
            || ["全年", "上半年", "下半年", "以来", "以來"]
                .iter()
                .any(|w| next.starts_with(w))
            || next.starts_with(['底', '末', '初', '第', '首', '，', ','])
            || roc_before_noun(t, next));
    (n == 2 && (fiscal_end || short_year::before_part(t, unit, next)))
        || roc
        || (n == 4 && !t.chars().any(|c| c == '十'))
}

/// `112年經濟成長率`, `113年國民所得`: a Republic of China year of this
/// century (101 to 130, 2012 to 2041) right before what it dates; not a
/// length or an anniversary (`120年来`, `101年历史`, `110年前`, `113年校庆`).
fn roc_before_noun(t: &str, next: &str) -> bool {
    /// What follows a length or an anniversary rather than a year.
    const NOT_A_YEAR_AFTER: &str =
        "来來历歷前后後间間内內以左多余餘之半期龄齡代级級校庆慶周週华華诞誕老";
    num_value(t).is_some_and(|v| (101..=130).contains(&v))
        && next
            .chars()
            .next()
            .is_some_and(|c| crate::chars::is_ideograph(c) && !NOT_A_YEAR_AFTER.contains(c))
}

/// The year a numeral before `年` names: four digits as written, three
/// (Republic of China) plus 1911, two after a four-digit start in its
/// century.
fn year_value(t: &str, start: Option<i32>) -> Option<i32> {
    let v = i32::try_from(num_value(t)?).ok()?;
    Some(match char_count(t) {
        3 => v + 1911,
        2 => {
            let s = start?;
            let y = s / 100 * 100 + v;
            if y < s {
                y + 100
            } else {
                y
            }
        }
        _ => v,
    })
}

/// Sets `unit` of `atom` to the value of `t`; false if `t` is no value
/// of that unit (`一二两月份`), or a fiscal year of months not told
/// (`2024财年`: a period, but no dates).
fn set_unit(atom: &mut Atom, unit: &str, t: &str, slash: bool, start_year: Option<i32>) -> bool {
    let small = || num_value(t).and_then(|v| u8::try_from(v).ok());
    if FISCAL_UNITS.contains(&unit) {
        atom.year = year_value(t, start_year).map(|value| Year {
            value,
            fiscal: false,
            school: false,
        });
        return false;
    }
    match unit {
        // (a year of two digits alone, `99年末`: the document's year)
        "年" if start_year.is_none() && char_count(t) == 2 => true,
        "年" | "年度" | "学年" | "學年" => {
            atom.year = year_value(t, start_year).map(|value| Year {
                value,
                fiscal: slash && !unit.ends_with("學年") && !unit.ends_with("学年"),
                school: unit.ends_with("學年") || unit.ends_with("学年"),
            });
            atom.year.is_some()
        }
        "月" | "月份" => {
            atom.month = small().filter(|m| (1..=12).contains(m));
            atom.month.is_some()
        }
        "日" | "号" => {
            atom.day = small().filter(|d| (1..=31).contains(d));
            atom.day.is_some()
        }
        _ => {
            atom.quarter = small().filter(|q| (1..=4).contains(q));
            atom.quarter.is_some()
        }
    }
}

/// `2013-14至…`, `2013-14年度至…`: a fiscal year written as its first year,
/// a dash and the last two digits of the next, that starts a range, or
/// ends one (`in_range`: `…至2015-16年度`); the text after it.
/// (`2014-15年度` alone is read as a range of two years a year apart,
/// [`one_fiscal_year`].)
fn dashed_fiscal_year<'s>(first: &str, after: &'s str, in_range: bool) -> Option<&'s str> {
    let r = ["-", "—", "–"].iter().find_map(|d| after.strip_prefix(d))?;
    let k = num_len(r);
    let (short, rest) = (r.get(..k)?, &r[k..]);
    let next = (num_value(first)? + 1) % 100;
    if char_count(short) != 2 || !short.chars().all(is_arabic) || num_value(short)? != next {
        return None;
    }
    let rest_of_range = rest.strip_prefix("年度").unwrap_or(rest);
    let starts = ["至", "到"].iter().any(|j| rest_of_range.starts_with(j));
    (starts || (in_range && rest.starts_with("年度"))).then_some(rest)
}

/// Whether `second` is the year after `first`, both written whole
/// (`2024/2025学年`).
fn next_year_whole(first: &str, second: &str) -> bool {
    char_count(second) == 4
        && num_value(first)
            .zip(num_value(second))
            .is_some_and(|(a, b)| b == a + 1)
}

/// Whether a range of years before `年度` names one fiscal year by its
/// two ends: the second written short (`二〇二五至二六年度`) or the year
/// after the first (`2014-2015年度`, not `2021-2025年度`).
fn one_fiscal_year(first: &str, second: &str) -> bool {
    match char_count(second) {
        2 => true,
        4 => next_year_whole(first, second),
        _ => false,
    }
}

/// Reads `NUM(年|月|日|季度)` atoms, ranges between them (`1-9月`,
/// `1953年至1980年`, `2020/21至2024/25年度`); returns the dates and the
/// bytes read.
fn dates(s: &str) -> Option<(Dates, usize)> {
    dates_from(s, num_len(s))
}

/// [`dates`] of `s`, whose first numeral ([`num_len`]) is `s[..first]`,
/// read already by the caller.
fn dates_from(s: &str, first: usize) -> Option<(Dates, usize)> {
    let mut pos = 0;
    let mut good = 0;
    let mut d = Dates::default();
    let mut side_end = false;
    let mut pending: Option<Pending<'_>> = None;
    // (what was read before a list joined a second date: `2019年3月`
    // of `2019年3月與2018年3月比較`)
    let mut before_list: Option<(Dates, usize)> = None;
    loop {
        let rest = &s[pos..];
        let n = if pos == 0 { first } else { num_len(rest) };
        if n == 0 {
            break;
        }
        let text = &rest[..n];
        let mut after = &rest[n..];
        // a fiscal year written with a slash: `2023/24`, `2024/2025` (the
        // next year written whole), or with a dash before a range of them
        // (`2013-14至2015-16年度`)
        let mut slash = false;
        if char_count(text) == 4 {
            if let Some(r) = after.strip_prefix('/') {
                let k = num_len(r);
                if k > 0 && (char_count(&r[..k]) == 2 || next_year_whole(text, &r[..k])) {
                    slash = true;
                    after = &r[k..];
                }
            } else if let Some(r) =
                dashed_fiscal_year(text, after, side_end || pending.is_some_and(|p| p.slash))
            {
                slash = true;
                after = r;
            }
        }
        // `2025 年`: text that sets its Arabic numerals off with spaces
        let mut spaced = false;
        if let Some(a) = after.strip_prefix(' ') {
            if text.chars().all(is_arabic) && DATE_UNITS.iter().any(|u| a.starts_with(u)) {
                after = a;
                spaced = true;
            }
        }
        let read = rest.len() - after.len();
        // (most numerals are figures: what follows them starts no range
        // mark and no date unit)
        let Some(c) = after.chars().next().filter(|c| DATE_NEXT.contains(c)) else {
            break;
        };
        // (the marks and the units start with characters of their own: the
        // words of one list are compared only after one of its characters)
        let ranged = RANGE_FIRST.contains(&c);
        // a range: `1-9月`, `2021—2025年`
        if let Some(m) = RANGE_MARKS
            .iter()
            .find(|m| ranged && after.starts_with(**m))
        {
            if pending.is_none() && after[m.len()..].chars().next().is_some_and(is_num_char) {
                let listed = LIST_MARKS.contains(m);
                pending = Some(Pending {
                    text,
                    slash,
                    listed,
                });
                pos += read + m.len();
                continue;
            }
        }
        let Some(unit) = DATE_UNITS
            .iter()
            .find(|u| !ranged && after.starts_with(**u))
        else {
            break;
        };
        let next = &after[unit.len()..];
        // (a list names like things alike: `2019、2020年`, `1、2月`, not
        // `1、2023年…`, a list item's number before a year)
        if pending.is_some_and(|p| p.listed && !listed_alike(p.text, text)) {
            break;
        }
        let from_year = pending.filter(|p| char_count(p.text) == 4);
        let year_unit = lexicon::find_word(unit, "年").is_some();
        if year_unit && !slash && !can_be_year(text, unit, next, from_year.is_some()) {
            break;
        }
        match pending.take() {
            // `二〇二五至二六年度`, `2014-2015年度`: one fiscal year named
            // by its two ends
            Some(p)
                if ["年度", "学年", "學年"].contains(unit)
                    && from_year.is_some()
                    && one_fiscal_year(p.text, text) =>
            {
                d.odd |= !set_unit(&mut d.start, unit, p.text, true, None);
            }
            Some(p) => {
                d.odd |= !set_unit(&mut d.start, unit, p.text, p.slash, None);
                let y = d.start.year.map(|y| y.value);
                let mut end = d.end.unwrap_or_default();
                d.odd |= !set_unit(&mut end, unit, text, slash, y);
                d.end = Some(end);
            }
            None if side_end => {
                let y = d.start.year.map(|y| y.value);
                let mut end = d.end.unwrap_or_default();
                d.odd |= !set_unit(&mut end, unit, text, slash, y);
                d.end = Some(end);
            }
            None => d.odd |= !set_unit(&mut d.start, unit, text, slash, None),
        }
        pos += read + unit.len();
        good = pos;
        // joiners between atoms: `1953年至1980年`
        if let Some((j, n)) = ranges::joiner_at(&s[pos..], spaced) {
            if LIST_MARKS.contains(&j) && before_list.is_none() {
                before_list = Some((d, good));
            }
            pos += n;
            side_end = true;
        }
    }
    if let Some(first) = before_list.filter(|&(_, g)| g < good && !list_ends(&s[good..])) {
        return Some(first);
    }
    (good > 0).then_some((d, good))
}

/// `十年前`, `五年来`, `3年以来`, `五年间`, `两年半内`: time counted back
/// from the report; `五年累计…`: the five years up to it.
/// `n` is the length of its numeral ([`num_len`]).
fn years_back(s: &str, n: usize) -> Option<(Base, usize)> {
    // (every phrase read here has `年` after its numeral)
    if n == 0 || !s[n..].starts_with('年') || char_count(&s[..n]) > 3 {
        return None;
    }
    if let Some(b) = more_years::more_years(s, n) {
        return Some(b);
    }
    let years = num_value(&s[..n])?;
    // `两年半内`: a half year more, counted as a year begun
    let (k, years) = match s[n..].strip_prefix("年半") {
        Some(_) => (n + "年半".len(), years + 1),
        None => (n + '年'.len_utf8(), years),
    };
    for (w, ago) in [
        ("以来", false),
        ("前", true),
        ("来", false),
        ("间", false),
        ("内", false),
        ("以來", false),
        ("來", false),
        ("間", false),
        ("內", false),
    ] {
        if s[k..].starts_with(w) {
            return Some((Base::YearsBack { years, ago }, k + w.len()));
        }
    }
    // `五年累计使用外资`, `五年建成新线`: the years, not the word after them
    let rest = s[n..].strip_prefix('年')?;
    YEAR_VERBS
        .prefix_of(rest)
        .map(|_| (Base::YearsBack { years, ago: false }, n + '年'.len_utf8()))
}

/// Words that count years or months from the time of writing before a
/// numeral (`过去5年`, `未来二、三十年`): whether they count ahead.
const COUNT_LEADS: [(&str, bool); 14] = [
    ("过去的", false),
    ("过去", false),
    ("過去的", false),
    ("過去", false),
    ("最近", false),
    ("近", false),
    ("这", false),
    ("這", false),
    ("未来的", true),
    ("未来", true),
    ("未來的", true),
    ("未來", true),
    ("今后", true),
    ("今後", true),
];

/// The first characters of the leads of `period-leads.tsv`, in both
/// scripts (a test checks).
const LEAD_FIRST: [char; 9] = ['截', '自', '从', '從', '到', '至', '在', '当', '當'];

/// The first characters of [`COUNT_LEADS`]: most texts start with none,
/// and are refused without fourteen compares.
const COUNT_FIRST: [char; 8] = ['过', '過', '最', '近', '这', '這', '未', '今'];

/// Bytes of a numeral that may be a vague range (`二、三十`, `两三`): numeral
/// characters, `、` only between them; at most [`MAX_DATE_NUM`] characters.
fn counted_num_len(s: &str) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices().take(MAX_DATE_NUM) {
        if is_num_char(c) {
            end = i + c.len_utf8();
        } else if c != '、' || end == 0 || i != end {
            break;
        }
    }
    end
}

/// The largest count a numeral of [`counted_num_len`] may mean: the last
/// of a range (`二、三十` 30, `两三` 3).
fn counted_value(t: &str) -> Option<u32> {
    let last = t.rsplit('、').next()?;
    let vague = char_count(last) == 2 && !last.chars().any(|c| c == '十' || is_arabic(c));
    match last.char_indices().nth(1) {
        Some((i, _)) if vague => num_value(&last[i..]),
        _ => num_value(last),
    }
}

/// `过去5年`, `未来二、三十年`, `近3年来`, `过去6个月`, `未来5年内`: years or
/// months counted back or ahead from the time of writing.
fn counted(s: &str) -> Option<(Base, usize)> {
    if !s.starts_with(COUNT_FIRST) {
        return None;
    }
    let (lead, ahead) = COUNT_LEADS.iter().find(|(w, _)| s.starts_with(w))?;
    let at = lead.len();
    let n = counted_num_len(&s[at..]);
    if n == 0 {
        return None;
    }
    // (`过去的2025年` is a year: a count is at most three numerals)
    let count = counted_value(&s[at..at + n]).filter(|v| *v <= 100)?;
    let after = &s[at + n..];
    let (base, unit) = if let Some(r) = after.strip_prefix("年半") {
        let b = counted_years(count + 1, *ahead);
        (b, after.len() - r.len())
    } else if after.starts_with('年') {
        (counted_years(count, *ahead), '年'.len_utf8())
    } else {
        let months = ["个月", "個月"].iter().find(|m| after.starts_with(**m))?;
        (UNDATED_SPAN, months.len())
    };
    let mut len = at + n + unit;
    let tail = [
        "以来", "以來", "来", "來", "内", "內", "间", "間", "里", "裏",
    ]
    .iter()
    .find(|t| s[len..].starts_with(**t));
    if let Some(t) = tail {
        len += t.len();
    }
    // (`近30年的`: `近` qualifies a length of time, a figure; `近3年来`,
    // `近3年，` are spans, at least at the head of a clause)
    let set_off = s[len..].starts_with(['，', ',']);
    if *lead == "近" && tail.is_none() && !set_off {
        return None;
    }
    Some((base, len))
}

/// The base of `count` years back or ahead.
fn counted_years(years: u32, ahead: bool) -> Base {
    if ahead {
        Base::YearsAhead { years }
    } else {
        Base::YearsBack { years, ago: false }
    }
}

/// `前11个月`, `前三个月`: the first months of the year in force.
fn first_months(s: &str) -> Option<(Base, usize)> {
    let (last, len) = first_months_count(s, false)?;
    let tail = &s[len..];
    let month = |m: u8| Atom {
        month: Some(m),
        ..Atom::default()
    };
    let dates = Dates {
        start: month(1),
        end: Some(month(last)),
        odd: false,
    };
    Some((Base::Dates(dates), s.len() - tail.len()))
}

/// `前11个月`, `首三个月`, `前9月`, `前10月份`, and after a year also
/// `头两个月` (`今年头两个月`): the last of the first months counted, and
/// the bytes read. A bare `月` before a day (`前3月5日`) is a date, not
/// months counted.
fn first_months_count(s: &str, after_year: bool) -> Option<(u8, usize)> {
    // (`首` is `前` in Hong Kong and Macau releases: `首十個月`, `首兩個月`)
    let rest = s
        .strip_prefix(['前', '首'])
        .or_else(|| s.strip_prefix(['头', '頭']).filter(|_| after_year))?;
    let n = num_len(rest);
    if n == 0 || char_count(&rest[..n]) > 2 {
        return None;
    }
    let count = u8::try_from(num_value(&rest[..n])?).ok()?;
    let after = &rest[n..];
    if let Some(read) = first_quarters_count(s, count, after) {
        return Some(read);
    }
    let last = Some(count).filter(|m| (2..=12).contains(m))?;
    let tail = after
        .strip_prefix("个月")
        .or_else(|| after.strip_prefix("個月"))
        .or_else(|| after.strip_prefix("月份"))
        .or_else(|| {
            // (`前10月零售業營業額`: `零` starts a word here, no day)
            after.strip_prefix('月').filter(|t| {
                let k = num_len(t);
                !(t.starts_with('日') || (k > 0 && t[k..].starts_with(['日', '号', '號'])))
            })
        })?;
    Some((last, s.len() - tail.len()))
}

/// `前3季度`, `首3季`, `前三个季度`, `頭三季` (after a year): the first
/// quarters counted, read as the months they end with (`前3季度` is months
/// 1 to 9), and the bytes read; `count` quarters were counted in `s`, and
/// `after` follows the count. A word of the lexicon (`前三季度`, `首三季`)
/// is left to the lexicon.
fn first_quarters_count(s: &str, count: u8, after: &str) -> Option<(u8, usize)> {
    let tail = ["个季度", "個季度", "季度", "季"]
        .iter()
        .find_map(|q| after.strip_prefix(q))?;
    if !(2..=4).contains(&count) || WORDS.prefix_of(s).is_some() {
        return None;
    }
    Some((count * 3, s.len() - tail.len()))
}

/// `2026年前五个月`, `今年前2个月`, `2025年头三个月`: the first months of
/// a year written right after it, as a tail (months 1 to N of that year;
/// of a fiscal year, `本财政年度首十个月`, counted from its April).
fn first_months_tail(base: &Base, rest: &str) -> Option<(&'static str, usize)> {
    let year_alone = match base {
        Base::Dates(d) => {
            d.end.is_none()
                && d.start.year.is_some()
                && d.start.month.is_none()
                && d.start.day.is_none()
                && d.start.quarter.is_none()
                && !d.odd
        }
        Base::Word(w) => {
            (!w.time.contains(':') || w.time.starts_with("fiscal:"))
                && w.time != "none"
                && matches!(w.class, Class::Span | Class::Year | Class::Restate)
        }
        _ => false,
    };
    if !year_alone {
        return None;
    }
    let (last, n) = first_months_count(rest, true)?;
    Some((MONTH_TAILS[usize::from(last - 1)].as_str(), n))
}

/// `“十四五”期间`, `"十四五"时期`, `十四五期间`, `“十四五”以来`: the
/// plan's ordinal and the bytes up to (not including) the tail.
fn plan_period(s: &str) -> Option<(Base, usize)> {
    let mut pos = 0;
    let open = s.chars().next()?;
    let quoted = matches!(open, '“' | '"' | '「');
    if quoted {
        pos += open.len_utf8();
    }
    let inner = &s[pos..];
    // (a plan's name is at most three numerals, `十四五`: a long run of
    // numerals is read once per position, so the look stays short)
    let n: usize = inner
        .char_indices()
        .take(3)
        .take_while(|&(_, c)| {
            matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        })
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if n == 0 || !inner[..n].ends_with('五') {
        return None;
    }
    let ordinal = num_value(&inner[..n - '五'.len_utf8()]).filter(|k| *k > 0)?;
    pos += n;
    if quoted {
        let close = s[pos..].chars().next()?;
        if !matches!(close, '”' | '"' | '」') {
            return None;
        }
        pos += close.len_utf8();
    }
    // (`“十三五”末的9323.1亿元`: the end of the plan, read as a tail)
    PLAN_TAILS
        .iter()
        .any(|t| s[pos..].starts_with(*t))
        .then_some((Base::Plan(ordinal), pos))
}

/// What makes a plan's name (`十四五`) a time after it.
const PLAN_TAILS: [&str; 9] = [
    "期间", "时期", "以来", "期間", "時期", "以來", "期末", "末", "初",
];

/// The characters that may follow the numerals a time phrase starts with
/// (`2023年`, `1-9月`, `2023/24`, `2025 年`, `一季度`, `十四五期间`), from
/// the readers' marks and the words of the lists; `None` if a word is
/// numerals alone. Most numerals are figures (`12.5%`, `3亿元`): [`base`]
/// refuses them on the character after their numerals, before its readers
/// each read the numerals again. Sorted, without repeats: searched by
/// halves (most numerals are followed by none of them, which a scan of the
/// list would tell only at its end).
static NUMERAL_NEXT: Lazy<Option<Vec<char>>> = Lazy::new(|| {
    let mut next: Vec<char> = DATE_NEXT.into();
    next.extend(['/', ' ']);
    next.extend(PLAN_TAILS.iter().filter_map(|t| t.chars().next()));
    for w in WORDS.all() {
        if w.starts_with(is_num_char) {
            next.push(w[num_len(w)..].chars().next()?);
        }
    }
    next.sort_unstable();
    next.dedup();
    Some(next)
});

/// A relative word (one of `leads`) glossed with its number in brackets,
/// as Taiwan writes them (`今(114)`, `上（9）`): the Arabic digits, of a
/// count of characters in `len`, and the text after the closing bracket.
fn glossed<'s>(
    s: &'s str,
    leads: &[char],
    len: std::ops::RangeInclusive<usize>,
) -> Option<(&'s str, &'s str)> {
    let rest = s.strip_prefix(leads)?.strip_prefix(['(', '（'])?;
    let n = num_len(rest);
    let digits = &rest[..n];
    if !len.contains(&char_count(digits)) || !digits.chars().all(is_arabic) {
        return None;
    }
    Some((digits, rest[n..].strip_prefix([')', '）'])?))
}

/// `今(114)年`, `去（113）年1至11月`, `今(2024)年`: a relative year glossed
/// with its number in brackets (Taiwan), and the months written after it.
fn year_glossed(s: &str) -> Option<(Base, usize)> {
    let (digits, after) = glossed(s, &['今', '去', '明', '前'], 3..=4)?;
    let after = after.strip_prefix('年')?;
    let value = year_value(digits, None)?;
    let year = Some(Year {
        value,
        ..Year::default()
    });
    let mut d = Dates {
        start: Atom {
            year,
            ..Atom::default()
        },
        end: None,
        odd: false,
    };
    let mut len = s.len() - after.len();
    // (`1至11月`: months of that year, read as written dates are)
    let no_year = |a: &Atom| a.year.is_none() && a.day.is_none();
    if let Some((m, k)) = dates(after).filter(|(m, _)| {
        !m.odd && m.start.month.is_some() && no_year(&m.start) && m.end.as_ref().is_none_or(no_year)
    }) {
        d.start.month = m.start.month;
        d.end = m.end;
        len += k;
    }
    Some((Base::Dates(d), len))
}

/// `上(9)月`, `本（10）月`: a relative month glossed with its number in
/// brackets (Taiwan), the month of that number in the year in force.
fn month_glossed(s: &str) -> Option<(Base, usize)> {
    let (digits, after) = glossed(s, &['上', '本', '当', '當'], 1..=2)?;
    let month = u8::try_from(num_value(digits)?)
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let after = after.strip_prefix('月')?;
    let after = after.strip_prefix('份').unwrap_or(after);
    let d = Dates {
        start: Atom {
            month: Some(month),
            ..Atom::default()
        },
        end: None,
        odd: false,
    };
    Some((Base::Dates(d), s.len() - after.len()))
}

/// `现尚有约18公顷`, `现仍有…`: `现` before an adverb of what still holds
/// is the time of writing (elsewhere it starts a word: `现代`, `现行`; and
/// `现已累计…` sums up what was done, with no period of its own).
fn now_before_adverb(s: &str) -> Option<(Base, usize)> {
    let rest = s.strip_prefix('现').or_else(|| s.strip_prefix('現'))?;
    if !rest.starts_with(['尚', '仍']) {
        return None;
    }
    let now = Word {
        class: Class::Now,
        time: "end:R",
    };
    Some((Base::Word(now), s.len() - rest.len()))
}

/// The time phrase at the start of `body` (after any lead): its base and
/// the bytes read.
fn base(body: &str) -> Option<(Base, usize)> {
    base_at(body, body.chars().next()?)
}

/// [`base`] of `body`, whose first character `first` the caller has read
/// already.
fn base_at(body: &str, first: char) -> Option<(Base, usize)> {
    // (one dispatch on the first character: each reader below starts with
    // a numeral or with characters of its own, and is asked only then)
    let numeral = is_num_char(first);
    if numeral {
        // (the numeral is read once, for the three readers)
        let n = num_len(body);
        // (`20xx年`: a year whose last digits are left out)
        if let Some(b) = placeholder_year::placeholder_year(body, n) {
            return Some(b);
        }
        if let Some(next) = NUMERAL_NEXT.as_ref() {
            let after = body[n..].chars().next();
            if after.is_none_or(|c| next.binary_search(&c).is_err()) {
                return None;
            }
        }
        // (dates and years counted back start with their numeral)
        if let Some((d, n)) = dates_from(body, n) {
            return Some((Base::Dates(d), n));
        }
        if let Some(b) = years_back(body, n) {
            return Some(b);
        }
    }
    // (every first character read below but by `WORDS` is in
    // `first_two::has_own_reader`, `LEAD_FIRST`, `COUNT_FIRST` or the era)
    let b = match first {
        '前' => first_months(body).or_else(|| year_glossed(body)),
        '首' => first_months(body),
        '现' | '現' => now_before_adverb(body),
        '今' | '去' | '明' => year_glossed(body),
        '上' | '本' | '当' | '當' => month_glossed(body),
        '民' | '中' => roc::roc_year(body),
        _ => None,
    };
    if b.is_some() {
        return b;
    }
    // (`过去五年` is a word; `过去5年`, `未来10年` are counted: the longer)
    let word = WORDS
        .prefix_where_at(body, first, |w| !word_ends::continues(w, &body[w.len()..]))
        .map(|(w, word)| (Base::Word(word), w.len()));
    let counted = COUNT_FIRST
        .contains(&first)
        .then(|| counted(body))
        .flatten();
    match (word, counted) {
        (Some(w), Some(c)) => return Some(if c.1 > w.1 { c } else { w }),
        (w, c) => {
            if let Some(b) = w.or(c) {
                return Some(b);
            }
        }
    }
    match first {
        '第' => quarter_written(body).or_else(|| plan_written(body)),
        '“' | '"' | '「' => plan_period(body),
        _ if numeral => plan_period(body),
        _ => None,
    }
}

/// `第3季度`, `第4季` alone (as `第三季度` is a word): the quarter of the
/// year in force, read as the word written out.
fn quarter_written(s: &str) -> Option<(Base, usize)> {
    let (n, _) = quarter_tail(s)?;
    let r = &s['第'.len_utf8()..];
    let digit = r.chars().next()?;
    let k = usize::try_from(num_value(&r[..digit.len_utf8()])?).ok()?;
    let word = ["第一季", "第二季", "第三季", "第四季"].get(k.checked_sub(1)?)?;
    WORDS.prefix_of(word).map(|(_, w)| (Base::Word(w), n))
}

/// `第一个五年计划期间`, `第二个五年计划时期`: the `k`-th five-year plan
/// written out, with the tail that makes it a time (not `第一个五年计划的
/// 完成`); the bytes up to the tail.
fn plan_written(s: &str) -> Option<(Base, usize)> {
    let rest = s.strip_prefix('第')?;
    let n = rest
        .char_indices()
        .take(3)
        .take_while(|&(_, c)| "一二三四五六七八九十".contains(c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let k = num_value(rest.get(..n).filter(|t| !t.is_empty())?).filter(|k| *k > 0)?;
    let after = ["个五年计划", "個五年計劃"]
        .iter()
        .find_map(|w| rest[n..].strip_prefix(w))?;
    ["期间", "时期", "期間", "時期"]
        .iter()
        .any(|t| after.starts_with(t))
        .then_some((Base::Plan(k), s.len() - after.len()))
}

/// Reads the time phrase at the start of `s`: `2023年`, `２０２３年１-９月`,
/// `一九五三年`, `截至9月底`, `今年以来`, `“十四五”期间`, `过去五年`,
/// `从2001年起`, `十年前`, `五年来`.
pub(crate) fn read(s: &str) -> Option<Reading> {
    // cheap refusal: what no time phrase starts with
    let first = s.chars().next()?;
    if !may_start(first) || FIRST_TWO.refuses(s, first) {
        return None;
    }
    read_unrefused(s, first)
}

/// [`read`] of `s`, whose first character `first` passed the refusal.
fn read_unrefused(s: &str, first: char) -> Option<Reading> {
    // (most phrases have no lead: the table is asked only after one of
    // the first characters of `period-leads.tsv`)
    let lead = LEAD_FIRST
        .contains(&first)
        .then(|| LEADS.prefix_of(s))
        .flatten();
    // (`到每年` is no phrase: a lead needs a time it can bound)
    let bounded = |b: &(Base, usize)| !matches!(b.0, Base::Word(w) if w.class == Class::Every);
    let led = lead.and_then(|(l, _)| base(&s[l.len()..]).filter(bounded));
    // `当年末`: a whole word as long as the lead and what follows it
    let led = led.filter(|(_, n)| !ranges::word_covers(s, lead.map_or(0, |(l, _)| l.len()) + n));
    let (pos, b, lead) = match led {
        Some((b, n)) => (lead.map_or(0, |(l, _)| l.len()) + n, b, lead),
        // `当年`: a word that starts like a lead
        None => {
            let (b, n) = base_at(s, first)?;
            (n, b, None)
        }
    };
    // `一季度至三季度`, `第一季度到第三季度`: a range of two quarters
    let (b, mut pos) = quarter_range(b, &s[pos..]).map_or((b, pos), |(r, n)| (r, pos + n));
    // tails, possibly two: `年底以来`; months after a year word first
    let mut tails = [None; 2];
    let mut slots = tails.iter_mut();
    if let Some((what, n)) =
        months_of_year_word(&b, &s[pos..]).or_else(|| first_months_tail(&b, &s[pos..]))
    {
        if let Some(t) = slots.next() {
            *t = Some(what);
            pos += n;
        }
    }
    for t in slots {
        let tail = TAILS
            .prefix_of(&s[pos..])
            .filter(|&(w, _)| !opens_longer_word(s, pos, w))
            .map(|(w, what)| (w.len(), what))
            .or_else(|| quarter_tail(&s[pos..]));
        match tail {
            Some((n, what)) => {
                pos += n;
                *t = Some(what);
            }
            None => break,
        }
    }
    // `2019年起至2023年`: a start on and its end, one span
    let mut b = b;
    let since = tails[0] == Some("since");
    if let Some((range, n)) = since
        .then(|| ranges::since_until(&b, &tails, &s[pos..]))
        .flatten()
    {
        (b, pos, tails) = (range, pos + n, [None; 2]);
    }
    Some(Reading {
        len: pos,
        dropped: lead.filter(|(_, l)| !l.kept).map_or(0, |(w, _)| w.len()),
        until: lead.is_some_and(|(_, l)| l.until),
        base: b,
        tails,
    })
}

/// Whether the tail `w` at byte `pos` of `s` is the first character of a
/// longer word the dictionary reads there (`目前初步确认`: `初步`, not the
/// `初` of `月初`; `2023年止跌回升`: `止跌`, not the `止` of `截至…止`).
/// Only `初` and `止` are asked: the other one-character tails (`底`, `末`,
/// `中`) open no word a time phrase is written before.
fn opens_longer_word(s: &str, pos: usize, w: &str) -> bool {
    if w != "初" && w != "止" {
        return false;
    }
    // (the tail and the character after it: `初步`, `初中`)
    let end = s[pos + w.len()..]
        .chars()
        .next()
        .map_or(s.len(), |c| pos + w.len() + c.len_utf8());
    lexicon::dict::segment(&s[pos..end])
        .iter()
        .next()
        .is_some_and(|(_, e, _)| e > w.len())
}

/// [`read`] of a written period, one a verb of entering opens too
/// (`进入三季度以来`: the time after the verb, read as long as the whole).
#[inline(never)]
pub(crate) fn read_written(s: &str) -> Option<Reading> {
    match read(s) {
        // `今年1月1日以来`: read whole as the day told on
        Some(r) if r.len < s.len() => Found::at(s)
            .and_then(|f| year_day::widened(s, f))
            .filter(|f| f.reading.len == s.len())
            .map_or(Some(r), |f| Some(f.reading)),
        Some(r) => Some(r),
        None => entered::entered_time(s).map(|f| f.reading),
    }
}

pub(crate) use dealt::dealt_item;
pub(crate) use short_year::digits as short_year_digits;

/// The first and last month of a quarter word of the year in force
/// (`C:04-06`).
fn quarter_months(b: &Base) -> Option<(u8, u8)> {
    let Base::Word(w) = b else {
        return None;
    };
    let (first, last) = w.time.strip_prefix("C:")?.split_once('-')?;
    Some((first.parse().ok()?, last.parse().ok()?))
}

/// `一季度至三季度`, `第一季度到第四季度`, `第1季-第3季`: after a quarter
/// word, a range mark and a later quarter, the months from the first's
/// start to the second's end, and the bytes read after the first.
fn quarter_range(first: Base, rest: &str) -> Option<(Base, usize)> {
    let (start, _) = quarter_months(&first)?;
    let mark = RANGE_MARKS.iter().find(|m| rest.starts_with(**m))?;
    let (second, n) = base(&rest[mark.len()..])?;
    let (_, end) = quarter_months(&second)?;
    if end <= start {
        return None;
    }
    let month = |m: u8| Atom {
        month: Some(m),
        ..Atom::default()
    };
    let dates = Dates {
        start: month(start),
        end: Some(month(end)),
        odd: false,
    };
    Some((Base::Dates(dates), mark.len() + n))
}

/// `第3季`, `第4季度` (the tails `第三季度` and the like written with a
/// digit): the months of that quarter, and the bytes read.
fn quarter_tail(rest: &str) -> Option<(usize, &'static str)> {
    let r = rest.strip_prefix('第')?;
    let q = r.chars().next().filter(|c| is_arabic(*c))?;
    let after = &r[q.len_utf8()..];
    let unit = ["季度", "季"].iter().find(|u| after.starts_with(**u))?;
    let what = match num_value(&r[..q.len_utf8()])? {
        1 => "01-03",
        2 => "04-06",
        3 => "07-09",
        4 => "10-12",
        _ => return None,
    };
    Some((rest.len() - after.len() + unit.len(), what))
}

/// Month ranges as tails do them (`01-09`), keyed by first and last month
/// (owned by the static, not leaked: a fuzz run's leak check stays quiet).
static MONTH_TAILS: Lazy<Vec<String>> = Lazy::new(|| {
    (1..=12)
        .flat_map(|a| (1..=12).map(move |b| (a, b)))
        .map(|(a, b)| format!("{a:02}-{b:02}"))
        .collect()
});

/// `今年1-9月`, `去年１——５月份`, `本年５月`: months written right after a
/// word naming a year: the tail they make (months of that year) and the
/// bytes they take.
fn months_of_year_word(base: &Base, rest: &str) -> Option<(&'static str, usize)> {
    let Base::Word(w) = base else {
        return None;
    };
    let plain_year = !w.time.contains(':') && w.time != "none";
    if !plain_year || !matches!(w.class, Class::Span | Class::Year | Class::Restate) {
        return None;
    }
    let (d, n) = dates(rest)?;
    let months_only = |a: &Atom| a.year.is_none() && a.day.is_none() && a.quarter.is_none();
    let first = d.start.month?;
    let last = match d.end {
        Some(e) if months_only(&e) => e.month?,
        Some(_) => return None,
        None => first,
    };
    if d.odd || !months_only(&d.start) || last < first {
        return None;
    }
    let k = usize::from(first - 1) * 12 + usize::from(last - 1);
    Some((MONTH_TAILS[k].as_str(), n))
}

/// The length in bytes of the time phrase at the start of `s`, 0 if none
/// (or one that is a time only at the head of a clause, [`Class::Head`]).
pub(crate) fn time_phrase(s: &str) -> usize {
    read(s)
        .filter(|r| r.class() != Class::Head)
        .map_or(0, |r| r.len)
}

/// A time phrase found in a line: where its written period starts in the
/// line's text, and how it reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found<'a> {
    /// The written period, as it goes into `period` (a dropped lead left
    /// out: `在2023年底` is written `2023年底`).
    pub text: &'a str,
    pub reading: Reading,
}

impl<'a> Found<'a> {
    /// The time phrase at the start of `s`, unless what follows makes it a
    /// date inside a name or an event (`2023年度优秀案件`,
    /// `2022年7月1日起施行`).
    fn at(s: &'a str) -> Option<Found<'a>> {
        let r = read(s)?;
        if NOT_AFTER.prefix_of(&s[r.len..]).is_some()
            || (r.event_date() && !stock_day::tells_a_stock(&s[r.len..]))
            || r.class() == Class::Future
            || (s.starts_with(['到', '至']) && names_a_target(&s[r.len..]))
            || r.sets_a_record(&s[r.len..])
        {
            return None;
        }
        Some(Found {
            text: &s[r.dropped..r.len],
            reading: r,
        })
    }

    /// The first `end` bytes of `c` read as a span the text does not date
    /// ([`UNDATED_SPAN`]: `专项行动期间`, `自《条例》实施以来`).
    fn undated_span(c: &'a str, end: usize) -> Found<'a> {
        Found {
            text: &c[..end],
            reading: Reading {
                len: end,
                dropped: 0,
                until: false,
                base: UNDATED_SPAN,
                tails: [None; 2],
            },
        }
    }
}

/// A span whose dates the text does not give (`两年多来`, `三个月来`, an
/// event's `期间`): a period with no time.
const UNDATED_SPAN: Base = Base::Word(Word {
    class: Class::Span,
    time: "none",
});

/// Whether the time phrase at the start of `s` is a period, not a date
/// inside a name or an event (`2023年度优秀案件`, `2022年7月1日起施行`).
pub(crate) fn is_period_at(s: &str) -> bool {
    Found::at(s).is_some()
}

/// Every time phrase of `text`, in order, as written (leads such as `在`
/// dropped), full dates included (`——2026年1月26日在…会议上`): for titles
/// and headings.
pub(crate) fn phrases(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to || !may_start(c) {
            continue;
        }
        if let Some(r) = read(&text[i..]) {
            out.push(&text[i + r.dropped..i + r.len]);
            skip_to = i + r.len;
        }
    }
    out
}

/// Whether the rest of a clause names a plan's target (`…实现全覆盖的目标`):
/// the `到2025年` before it is the target's year, not a period.
fn names_a_target(rest: &str) -> bool {
    let end = next_clause_end(rest, 0, rest.len()).unwrap_or(rest.len());
    let clause = &rest[..end];
    TARGETS.iter().any(|w| clause.contains(w))
}

/// The time phrase at the head of a clause, past a list marker and a
/// discourse opener (`例如一九五三年…`, `其中，2023年…`).
#[cfg(test)]
fn clause_head(clause: &str) -> Option<Found<'_>> {
    head_of(head_start(clause), None).0
}

/// [`clause_head`] of `clause`, given what [`Found::at`] read at its first
/// byte, if that is known (`start`, from an [`InsideScan`] of the same
/// text): a head that starts there is not read again.
fn clause_head_read<'a>(clause: &'a str, start: Option<Option<Found<'a>>>) -> Option<Found<'a>> {
    let c = head_start(clause);
    head_of(c, start.filter(|_| c.len() == clause.len())).0
}

/// `s.trim_start()`, without the look-up of a first ideograph in the
/// table of blanks: no character whose first byte is E4 to EF (`一` to
/// the full-width forms) is a blank, and the ASCII blanks are those
/// `u8::is_ascii_whitespace` names and `\x0B`.
fn trim_blanks(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(0xE4..=0xEF) => s,
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() && *b != 0x0B => s,
        _ => s.trim_start(),
    }
}

/// `s.trim_end()`, without the look-up of a last ideograph in the table
/// of blanks: a text that ends with a character whose first byte is E4 to
/// E9 (`一` to `鿿`), or with an ASCII character that is no blank, ends
/// with no blank (as [`trim_blanks`] tells its start).
pub(crate) fn trim_end_blanks(s: &str) -> &str {
    let b = s.as_bytes();
    match b {
        [.., 0xE4..=0xE9, _, _] | [] => s,
        [.., x] if x.is_ascii() && !x.is_ascii_whitespace() && *x != 0x0B => s,
        _ => s.trim_end(),
    }
}

/// Where the head of `clause` starts: past blanks, a list marker, dashes,
/// a bracketed remark and a run-in label ([`run_in_label`]). (Inlined always: 11k calls a pass, whose
/// common case, a clause opening with an ideograph, is a few compares.)
#[inline(always)]
fn head_start(clause: &str) -> &str {
    let c = trim_blanks(clause);
    // (most clauses open with an ideograph, lead byte E4 to E9, that opens
    // no list marker: no dash, bracket or quotation mark starts so, and
    // the clause is its own head, told where it is asked)
    if section::opens_no_marker(c) {
        // `大气环境 2022年，…`: past a run-in label to the time after it
        return run_in_label::past_label(c).unwrap_or(c);
    }
    head_start_past_marks(c)
}

/// [`head_start`] of `c` (trimmed of blanks) past its marker, dashes and
/// remark.
fn head_start_past_marks(c: &str) -> &str {
    let marker = section::marker_len(c);
    // (`- 年內共處理…`: a dash that marks a list item, set off by a blank)
    past_remark(trim_blanks(
        c[marker..].trim_start_matches(['—', '－', '-']),
    ))
}

/// `c` past a short bracketed remark that opens it (`（2024年4月18日）今年一季度，…`,
/// `（记者 王明）…`, `【本报讯】…`): a date line or a byline, not the time of
/// the clause after it, which starts the head; past a yearbook's run-in
/// entry label (`【民族工作】2004年，…`), as past a bulletin's
/// ([`run_in_label`]); and past the mark that opens a quotation.
fn past_remark(c: &str) -> &str {
    for (open, close) in [('（', '）'), ('(', ')'), ('【', '】')] {
        let Some(rest) = c.strip_prefix(open) else {
            continue;
        };
        let Some(end) = rest.find(close) else {
            continue;
        };
        let after = rest[end + close.len_utf8()..].trim_start();
        if !after.is_empty()
            && rest[..end].chars().count() <= 24
            && !rest[..end].contains(['，', ',', '。', '；'])
        {
            return after;
        }
    }
    // `“2023年，全市…”市长说`: a quotation that opens with its time (not a
    // quoted name such as `“十四五”`, which closes before the clause ends)
    for (open, close) in [('“', '”'), ('「', '」')] {
        if let Some(rest) = c.strip_prefix(open) {
            let clause_end = rest.find(['，', ',', '。', '；']).unwrap_or(rest.len());
            if !rest[..clause_end].contains(close) {
                return rest;
            }
        }
    }
    c
}

/// The time phrase at the head `c` of a clause (see [`clause_head`]), and
/// whether it was read past a discourse opener (`在此期间，…`), into the
/// next clause. `at_c` is [`Found::at`] of `c`, if already read.
fn head_of<'a>(c: &'a str, at_c: Option<Option<Found<'a>>>) -> (Option<Found<'a>>, bool) {
    // (most heads start with no time: refused here, without a call; the
    // first character is decoded once, for this and the jurisdiction)
    let first = c.chars().next();
    let at = || at_c.unwrap_or_else(|| Found::at(c));
    if let Some(f) = first.is_some_and(may_start).then(at).flatten() {
        // `今年1月1日以来`: the year word and its day told on, one phrase
        return (Some(year_day::widened(c, f).unwrap_or(f)), false);
    }
    // `2月15日，全市新增…`: a day heading its sentence of figures
    if let Some(f) = first
        .is_some_and(is_num_char)
        .then(|| day_head::day_heading(c))
        .flatten()
    {
        return (Some(f), false);
    }
    // `全县全年共受理…`, `我省2025年…`: the jurisdiction, then its time
    let jurisdiction = first.and_then(|a| jurisdiction_len(c, a));
    if let Some(f) = jurisdiction.and_then(|n| Found::at(&c[n..])) {
        return (Some(f), false);
    }
    // `安徽省一季度的GDP`, `政府下年度的总开支`: a named body, then its time
    if let Some(f) = named_body_time(c) {
        return (Some(f), false);
    }
    // `进入三季度以来，…`: a verb of entering, then a time told on
    if let Some(f) = entered::may_open(c)
        .then(|| entered::entered_time(c))
        .flatten()
    {
        return (Some(f), false);
    }
    // `在刚刚过去的１９８７年`
    let c = c.strip_prefix('在').unwrap_or(c);
    match OPENERS.prefix_of(c) {
        Some(w) => (
            Found::at(c[w.len()..].trim_start_matches(['，', ','])),
            true,
        ),
        None => (event_span(c).or_else(|| since_event::since_event(c)), false),
    }
}

/// The bytes of a clause's head [`event_span`] reads: a name of twelve
/// ideographs, then `期`.
const EVENT_NAME_BYTES: usize = 14 * 3;

/// The time of an event that heads a clause (`疫情防控期间，`, `专项行动期间，`,
/// `會議期間，`): a few ideographs naming it, then `期间`, then a clause
/// mark. A period whose dates the text does not give (like `春节期间`).
fn event_span(c: &str) -> Option<Found<'_>> {
    // (asked of every clause head with no time at its start: only the
    // bytes a name of twelve ideographs and the mark can take are searched,
    // for one character, by its last byte: `str::find` of a wide character
    // sets a substring searcher up at each call)
    let near = &c[..crate::chars::floor_boundary(c, EVENT_NAME_BYTES)];
    let at = lexicon::find_word(near, "期")?;
    let after = at + '期'.len_utf8();
    if !c[after..].starts_with(['间', '間']) {
        return None;
    }
    let end = after + '间'.len_utf8();
    let name = &c[..at];
    let n = name.chars().count();
    let named = (2..=12).contains(&n) && name.chars().all(crate::chars::is_ideograph);
    let closes = c[end..]
        .chars()
        .next()
        .is_some_and(super::sentence::is_clause_mark);
    (named && closes).then(|| Found::undated_span(c, end))
}

/// The heads of the sentences of one line read for the paragraph's
/// openings ([`paragraph_opening`]), by the offset where each head starts
/// ([`head_start`]), so that the sentences' own heads ([`sentence_head`])
/// are not read again.
///
/// A head read from a text that runs to the end of its first clause reads
/// the same from any such text (a reading stops at the first clause mark
/// after its start, `names_a_target` at the first that ends a clause; no
/// word of the lists holds a mark, a test checks): two texts from one
/// start are read the same when the shorter holds a clause end, reaches the
/// end of the line or stops right before a `。` (which no reading tells
/// from the end of the text). A head read past an opener is read again.
#[derive(Clone, Debug, Default)]
pub(crate) struct Heads {
    /// The heads read, in the order of the line.
    read: Vec<HeadRead>,
}

/// One head kept in [`Heads`].
#[derive(Clone, Copy, Debug)]
struct HeadRead {
    /// Where the head starts in the line.
    at: usize,
    /// Where the text it was read from ends.
    end: usize,
    /// It was read past an opener.
    opener: bool,
    /// The phrase: its text's offset and length, its reading.
    found: Option<(usize, usize, Reading)>,
}

impl Heads {
    /// Forgets the heads of the last line.
    pub(crate) fn clear(&mut self) {
        self.read.clear();
    }

    /// The head of `clause` (a slice of `line`) as read before, if it was
    /// and reads the same.
    #[cfg(test)]
    fn recall<'a>(&self, line: &'a str, clause: &'a str) -> Option<Option<Found<'a>>> {
        self.recall_head(line, head_start(clause))
    }

    /// [`Heads::recall`] of the head `c` ([`head_start`] of a clause).
    fn recall_head<'a>(&self, line: &'a str, c: &'a str) -> Option<Option<Found<'a>>> {
        let at = offset_in(line, c);
        let end = at + c.len();
        let k = self.read.partition_point(|r| r.at < at);
        let r = self.read.get(k).filter(|r| r.at == at)?;
        let same = r.end == end || (!r.opener && holds_clause_end(line, at, r.end.min(end)));
        same.then(|| {
            r.found.map(|(t, n, reading)| Found {
                text: &line[t..t + n],
                reading,
            })
        })
    }

    /// [`clause_head`] of `clause` (a slice of `line`), as read before if
    /// it was and reads the same.
    fn head<'a>(&self, line: &'a str, clause: &'a str) -> Option<Found<'a>> {
        self.head_read(line, clause, None)
    }

    /// [`Heads::head`], given what [`Found::at`] read at the first byte of
    /// `clause`, if known (see [`clause_head_read`]).
    fn head_read<'a>(
        &self,
        line: &'a str,
        clause: &'a str,
        start: Option<Option<Found<'a>>>,
    ) -> Option<Found<'a>> {
        let c = head_start(clause);
        self.recall_head(line, c).unwrap_or_else(|| {
            let start = start.filter(|_| c.len() == clause.len());
            head_of(c, start).0
        })
    }

    /// Keeps `found`, read at the head `c` (a slice of `line`), past an
    /// opener if `opener` (as [`head_of`] tells both).
    fn keep(&mut self, line: &str, c: &str, found: Option<Found<'_>>, opener: bool) {
        let at = offset_in(line, c);
        if self.read.last().is_none_or(|r| r.at < at) {
            self.read.push(HeadRead {
                at,
                end: at + c.len(),
                opener,
                found: found.map(|f| (offset_in(line, f.text), f.text.len(), f.reading)),
            });
        }
    }
}

/// Where `part` (a slice of `line`) starts in `line`.
fn offset_in(line: &str, part: &str) -> usize {
    let at = (part.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
    debug_assert!(at + part.len() <= line.len(), "not a slice of the line");
    at
}

/// Whether `line[at..end]` runs to the end of its first clause, as far as
/// a head read from it can tell: it holds a clause end, reaches the end of
/// the line, or stops right before a `。`.
fn holds_clause_end(line: &str, at: usize, end: usize) -> bool {
    // (a clause read whole ends with its mark: no search for it; a comma
    // may separate thousands, and is searched for as any mark)
    let ends_marked = line[at..end]
        .chars()
        .next_back()
        .is_some_and(|c| super::sentence::is_clause_mark(c) && !matches!(c, '，' | ','));
    ends_marked
        || end == line.len()
        || line[end..].starts_with('。')
        || next_clause_end(line, at, end).is_some()
}

/// The most characters of a body's name before its time at the head of a
/// clause (`黑龙江省`, `香港特区政府`).
const BODY_CHARS: usize = 7;

/// The time phrase after the name of a place or public body that `c`
/// starts with, when it dates what the body has (`安徽省一季度的GDP`,
/// `政府下年度的总开支`) or a written span (`浙江省2023年GDP`, `该市去年全年
/// 接待`), not an act by a bare relative year (`政府去年建议…`): a short run
/// of ideographs ending in a character that ends such names, no comparison
/// in it (`较政府去年的承诺`).
fn named_body_time(c: &str) -> Option<Found<'_>> {
    // (asked of nearly every clause head: read by bytes, each ideograph
    // three of them; most are plain, told by their last byte alone, and
    // the others' class is looked up in one table that every lead byte E4
    // to E9 indexes without a range check)
    let b = c.as_bytes();
    for (k, ch) in b.chunks_exact(3).take(BODY_CHARS).enumerate() {
        let &[x, y, z] = ch else {
            return None;
        };
        // (no ideograph: a lead byte past E4..E9, or E4 before `一`)
        if !chars::ideograph_lead(x, y) {
            return None;
        }
        if !BODY_LAST[usize::from(z)] {
            continue;
        }
        let u = chars::three_byte_char(x, y, z);
        let class = BODY_CLASSES[(u - BODY_FROM) as usize];
        if matches!(class, BodyClass::Other | BodyClass::Comparing) {
            return None;
        }
        if k == 0 || class != BodyClass::EndsName {
            continue;
        }
        let at = 3 * k + 3;
        if let Some(f) = Found::at(&c[at..]).filter(|f| {
            matches!(f.reading.class(), Class::Span | Class::Year | Class::Now)
                && f.reading.dropped == 0
                && (c[at + f.reading.len..].starts_with(['的', '，', ','])
                    || f.reading.dated()
                    || f.reading.tails[0].is_some())
        }) {
            return Some(f);
        }
    }
    None
}

/// What an ideograph is to [`named_body_time`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyClass {
    /// No ideograph (not in the table).
    Other,
    /// [`is_comparing`].
    Comparing,
    /// [`ends_body_name`].
    EndsName,
    /// Any other ideograph.
    Plain,
}

/// The first code point [`BODY_CLASSES`] has an entry for: that of the
/// first character whose lead byte is E4 (`㐀`), so that every character
/// of lead byte E4 to E9 has one (those before `一` are no ideographs:
/// [`BodyClass::Other`]).
const BODY_FROM: u32 = 0x4000;

/// How many entries [`BODY_CLASSES`] has: to `鿿`, the last character of
/// lead byte E9.
const BODY_SPAN: usize = (0xA000 - BODY_FROM) as usize;

/// The [`BodyClass`] of each character from [`BODY_FROM`].
static BODY_CLASSES: [BodyClass; BODY_SPAN] = {
    let mut t = [BodyClass::Other; BODY_SPAN];
    let mut k = IDEOGRAPHS_FROM - BODY_FROM;
    while k < BODY_SPAN as u32 {
        if let Some(c) = char::from_u32(BODY_FROM + k) {
            t[k as usize] = if is_comparing(c) {
                BodyClass::Comparing
            } else if ends_body_name(c) {
                BodyClass::EndsName
            } else {
                BodyClass::Plain
            };
        }
        k += 1;
    }
    t
};

/// For each byte, whether it ends the UTF-8 form of an ideograph whose
/// [`BodyClass`] is not [`BodyClass::Plain`]: an ideograph ending
/// otherwise is plain.
static BODY_LAST: [bool; 256] = {
    let mut last = [false; 256];
    let mut k = IDEOGRAPHS_FROM - BODY_FROM;
    while k < BODY_SPAN as u32 {
        if !matches!(BODY_CLASSES[k as usize], BodyClass::Plain) {
            last[(((BODY_FROM + k) & 0x3F) | 0x80) as usize] = true;
        }
        k += 1;
    }
    last
};

/// A character that compares or relates (`比`, `较`, `与`, `对`): no name of a
/// body holds it. (`matches!` compiles to a few compares; `str::contains`
/// scanned the string for every character of every clause.)
const fn is_comparing(ch: char) -> bool {
    matches!(
        ch,
        '比' | '较'
            | '較'
            | '与'
            | '與'
            | '同'
            | '和'
            | '跟'
            | '对'
            | '對'
            | '于'
            | '於'
            | '将'
            | '將'
            | '在'
    )
}

/// A character that ends the name of a place (`省`, `市`, `县`, `旗`).
const fn ends_place_name(ch: char) -> bool {
    matches!(
        ch,
        '国' | '國'
            | '省'
            | '市'
            | '县'
            | '縣'
            | '区'
            | '區'
            | '州'
            | '镇'
            | '鎮'
            | '乡'
            | '鄉'
            | '盟'
            | '旗'
    )
}

/// A character that ends the name of a place or public body (`省`, `市`,
/// `府`, `局`).
const fn ends_body_name(ch: char) -> bool {
    ends_place_name(ch)
        || matches!(
            ch,
            '府' | '港' | '澳' | '湾' | '灣' | '局' | '部' | '委' | '院' | '厅' | '廳'
        )
}

/// Bytes of a jurisdiction or body that `c`, whose first character is
/// `a`, starts with (`全县`, `我省`, `本市`, `本院`).
fn jurisdiction_len(c: &str, a: char) -> Option<usize> {
    if !matches!(a, '全' | '我' | '本') {
        return None;
    }
    let b = c[a.len_utf8()..]
        .chars()
        .next()
        .filter(|&b| ends_place_name(b) || matches!(b, '院' | '局' | '厅' | '廳' | '委' | '所'))?;
    Some(a.len_utf8() + b.len_utf8())
}

/// The time phrase a paragraph opens with, past a list marker, a form of
/// address (`各位代表！`) and an opener (`刚刚过去的2025年，…`).
pub(crate) fn paragraph_opening<'a>(
    line: &'a str,
    text: &'a str,
    heads: Option<&mut Heads>,
) -> Option<&'a str> {
    let t = trim_blanks(text);
    // (only the first nine characters are looked at: a long line is read
    // once per sentence)
    let t = match opening_mark(t) {
        Some((i, c)) if matches!(c, '！' | '!') => &t[i + c.len_utf8()..],
        // `各位代表，刚刚过去的2025年，…`
        Some((i, c)) if matches!(c, '，' | ',') && vocative(&t[..i]) => &t[i + c.len_utf8()..],
        _ => t,
    };
    // (most sentences open with no time, told by their first characters:
    // those are not read, and kept as read)
    let c = head_start(t);
    let (found, opener) = if may_head(c) {
        head_of(c, None)
    } else {
        debug_assert!(head_of(c, None).0.is_none(), "{c}");
        (None, false)
    };
    if let Some(h) = heads {
        h.keep(line, c, found, opener);
    }
    found.map(|f| f.text)
}

/// Whether [`head_of`] may find a time at the head `c` of a clause: false
/// only where it surely finds none, told from its first characters (asked
/// of every sentence of every paragraph, most of which open with no time).
/// [`head_of`] finds one only at the first character, where a time phrase
/// ([`may_start`]), a jurisdiction (`全县`, `我省`) or an opener may start;
/// after the name of a body ([`named_body_time`]: a run of ideographs
/// with no comparing one, whose last ends such names); or before the
/// `期间` of an event ([`event_span`]).
fn may_head(c: &str) -> bool {
    let Some(first) = c.chars().next() else {
        return false;
    };
    if may_start(first)
        || matches!(first, '全' | '我' | '本')
        || OPENERS.may_key(first)
        || entered::may_open(c)
    {
        return true;
    }
    for (k, ch) in c.as_bytes().chunks_exact(3).take(BODY_CHARS).enumerate() {
        let &[x, y, z] = ch else {
            break;
        };
        if !chars::ideograph_lead(x, y) {
            break;
        }
        if !BODY_LAST[usize::from(z)] {
            continue;
        }
        match BODY_CLASSES[(chars::three_byte_char(x, y, z) - BODY_FROM) as usize] {
            BodyClass::Other | BodyClass::Comparing => break,
            BodyClass::EndsName if k > 0 => return true,
            _ => {}
        }
    }
    let near = &c[..crate::chars::floor_boundary(c, EVENT_NAME_BYTES)];
    lexicon::find_word(near, "期").is_some()
}

/// The first `！`, `!`, `，`, `,` or `。` among the first nine characters of
/// `t`, and where it is: read by bytes, each character's length told by its
/// first byte, since every paragraph's every sentence is asked.
fn opening_mark(t: &str) -> Option<(usize, char)> {
    let b = t.as_bytes();
    let mut i = 0;
    for _ in 0..9 {
        let x = *b.get(i)?;
        // (an ideograph, lead byte E4 to E9, the most of them: no mark)
        if matches!(x, 0xE4..=0xE9) {
            i += 3;
            continue;
        }
        let mark = match x {
            b'!' => Some('!'),
            b',' => Some(','),
            0xEF if b[i + 1] == 0xBC && b[i + 2] == 0x81 => Some('！'),
            0xEF if b[i + 1] == 0xBC && b[i + 2] == 0x8C => Some('，'),
            0xE3 if b[i + 1] == 0x80 && b[i + 2] == 0x82 => Some('。'),
            _ => None,
        };
        if let Some(c) = mark {
            return Some((i, c));
        }
        i += match x {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
    }
    None
}

/// A clause that only sets the frame of a comparison: `与上年相比`,
/// `同原来的预算相比`.
fn comparison_frame(clause: &str) -> bool {
    clause.starts_with(['与', '同', '和', '跟', '與'])
        && (clause.ends_with("相比") || clause.ends_with("比较") || clause.ends_with("相較"))
}

/// The time phrase that opens a sentence, past a list marker, an opening
/// parenthetical or comparing clause (`初步核算，全年…`, `与上年相比，2023年…`);
/// failing that, a dated phrase inside an opening parenthetical
/// (`根据１９５５年对…的统计，`); past a clause naming the field
/// (`在基本建设方面，`). None for a question or a heading-like
/// sentence about what comes next (`2026年重点做好哪些工作？`,
/// `2026年工作安排。`).
#[cfg(test)]
fn sentence_head<'a>(line: &'a str, text: &'a str, heads: &Heads) -> Option<Found<'a>> {
    sentence_head_read(line, text, heads).0
}

/// [`sentence_head`], and where the first clause of `text` ends (in
/// `text`), if it was looked for in the whole of `text`: the later heads of
/// the sentence ([`Scope::take_later_heads`]) start there.
fn sentence_head_read<'a>(
    line: &'a str,
    text: &'a str,
    heads: &Heads,
) -> (Option<Found<'a>>, Option<Option<usize>>) {
    let body = text.trim_end_matches(|c: char| {
        matches!(
            c,
            '。' | '；' | ';' | '：' | ':' | '”' | '’' | '」' | '）' | ')'
        ) || c.is_whitespace()
    });
    let plan = || {
        body.chars()
            .next_back()
            .is_some_and(|c| PLAN_LAST.binary_search(&c).is_ok())
            && PLANS.iter().any(|p| body.ends_with(p))
    };
    if body.ends_with(['？', '?']) || plan() {
        return (None, None);
    }
    let marker = section::marker_len(text);
    let mut text = &text[marker..];
    let mut framed = None;
    let mut first_end = None;
    // past up to two framing clauses
    for k in 0..2 {
        let end = next_clause_end(text, 0, text.len());
        if k == 0 && marker == 0 {
            first_end = Some(end);
        }
        let Some(i) = end else {
            break;
        };
        let first = text[..i].trim_end_matches(super::sentence::is_clause_mark);
        if parenthetical(first) {
            framed = framed.or_else(|| inside(first).filter(|f| f.reading.dated()));
        } else if k == 0
            && stated_topic(&text[..i])
            && opens_with_period(line, &text[i..], heads)
            && names_no_figure(first)
        {
            // (`全县就业形势稳定有序，全年城镇新增就业…`)
        } else if !may_frame(first)
            || (!comparison_frame(first)
                && !topic_frame(first)
                && !circumstance_frame(first)
                && !vocative(first)
                && !report_frame(first)
                && !first.ends_with("的是"))
        {
            break;
        }
        text = &text[i..];
    }
    let found = heads
        .head(line, text)
        .or(framed)
        .or_else(|| closing_years(body));
    (found, first_end)
}

/// The most characters of a clause that states the topic of a sentence
/// ([`stated_topic`]).
const TOPIC_CHARS: usize = 16;

/// A short opening clause that states what the figures after it show and
/// holds no number or time phrase (`全县就业形势稳定有序`,
/// `检察机关积极推动构建…体系`): the time phrase that heads the next clause
/// opens the sentence (and [`names_no_figure`]: a clause with a digit or
/// numeral is a record's, not a topic's).
fn stated_topic(clause: &str) -> bool {
    let announces = clause.ends_with([':', '：']);
    let clause = clause.trim_end_matches(super::sentence::is_clause_mark);
    // (cheap refusal: the last character of every word of TOPIC_ENDS)
    let may_end = clause
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '面' | '序' | '好' | '进' | '進' | '稳' | '穩' | '定'));
    (announces || may_end && TOPIC_ENDS.iter().any(|w| clause.ends_with(w)))
        && clause.chars().count() <= TOPIC_CHARS
}

/// Whether a clause holds no number, list or time phrase: a topic's, not a
/// record's (asked last, as it reads the whole clause).
fn names_no_figure(clause: &str) -> bool {
    !clause.chars().any(|c| is_num_char(c) || c == '、') && read(clause).is_none()
}

/// What a clause stating the topic of a sentence ends with, besides a
/// colon: the field it speaks of (`方面`) or how the field stands
/// (`稳定有序`, `回升向好`, `稳中有进`, `平稳`, `良好`).
const TOPIC_ENDS: [&str; 10] = [
    "方面", "有序", "向好", "有进", "有進", "平稳", "平穩", "良好", "稳定", "穩定",
];

/// Whether `rest` opens with a span or the year (`全年`, `1月~7月`), not a
/// rate or the time of writing (`每年`, `目前`), which scope their own
/// clause.
fn opens_with_period(line: &str, rest: &str, heads: &Heads) -> bool {
    heads
        .head(line, rest)
        .is_some_and(|f| matches!(f.reading.class(), Class::Span | Class::Year))
}

/// The words a framing clause of [`sentence_head`] ends with, besides
/// [`CIRCUMSTANCE_ENDS`] and `period-frames.txt`: of a comparison, a topic,
/// an address, and `…的是`.
const FRAME_ENDS: [&str; 12] = [
    "相比",
    "比较",
    "相較",
    "方面",
    "领域",
    "看",
    "代表",
    "同志们",
    "代表们",
    "主席",
    "议长",
    "的是",
];

/// The last characters of every word a framing clause ends with, sorted.
static FRAME_LAST: Lazy<Vec<char>> = Lazy::new(|| {
    let words = FRAME_ENDS
        .iter()
        .chain(&CIRCUMSTANCE_ENDS)
        .chain(FRAMES.iter());
    let mut last: Vec<char> = words.filter_map(|w| w.chars().next_back()).collect();
    last.sort_unstable();
    last.dedup();
    last
});

/// Whether `clause` may be a framing clause (a comparison, a topic, a
/// circumstance, an address, a report): it ends with the last character of
/// one of their words. Most clauses do not, and are passed over without
/// some fifty comparisons of their ending.
fn may_frame(clause: &str) -> bool {
    clause
        .chars()
        .next_back()
        .is_some_and(|c| FRAME_LAST.binary_search(&c).is_ok())
}

/// What an opening parenthetical may cite that dates itself, not the
/// figures after it (`根据１９５５年…会议关于…的提案，`).
const ACTS: [&str; 18] = [
    "提案", "决议", "决定", "规定", "通知", "要求", "部署", "指示", "讲话", "意见", "精神", "方针",
    // traditional script
    "決議", "決定", "規定", "講話", "意見", "方針",
];

/// Whether the rest of a clause names an act it cites (`…的提案`).
fn names_an_act(rest: &str) -> bool {
    let end = next_clause_end(rest, 0, rest.len()).unwrap_or(rest.len());
    let clause = rest[..end].trim_end_matches(super::sentence::is_clause_mark);
    ACTS.iter().any(|w| clause.ends_with(w))
}

/// `这是…升级焕新的五年。`: a sentence that names the years it speaks of at
/// its end.
fn closing_years(body: &str) -> Option<Found<'_>> {
    let t = body.strip_suffix('年')?;
    let n = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_num_char(c))
        .last()
        .map(|(i, _)| i)?;
    if !t[..n].ends_with('的') || t.len() - n > 6 {
        return None;
    }
    let years = num_value(&t[n..]).filter(|y| *y > 1)?;
    Some(Found {
        text: &body[n..],
        reading: Reading {
            len: body.len() - n,
            dropped: 0,
            until: false,
            base: Base::YearsBack { years, ago: false },
            tails: [None; 2],
        },
    })
}

/// Endings of a clause that only sets the circumstances or the voice of
/// what follows: `在世界经济增长明显减速的情况下`, `在党中央坚强领导下`,
/// `这里要特别指出`, `应当看到`.
const CIRCUMSTANCE_ENDS: [&str; 11] = [
    "情况下",
    "形势下",
    "背景下",
    "领导下",
    "推动下",
    "基础上",
    "指出",
    "看到",
    "情況下",
    "領導下",
    "基礎上",
];

/// A clause that only sets the circumstances of the sentence (see
/// [`CIRCUMSTANCE_ENDS`]) and names no time itself.
fn circumstance_frame(clause: &str) -> bool {
    sets_circumstances(clause) && read(clause).is_none()
}

/// Whether a clause ends as one that sets circumstances (see
/// [`CIRCUMSTANCE_ENDS`]), whatever time it names
/// (`在去年农业丰收…的基础上`).
fn sets_circumstances(clause: &str) -> bool {
    let c = clause.trim_end_matches(super::sentence::is_clause_mark);
    CIRCUMSTANCE_ENDS.iter().any(|w| c.ends_with(w))
}

/// A clause that only addresses the audience: `各位代表`, `主席`.
fn vocative(clause: &str) -> bool {
    clause.starts_with('各') && clause.ends_with("代表")
        || ["同志们", "代表们", "主席", "议长"]
            .iter()
            .any(|w| clause.ends_with(w))
            && clause.chars().count() <= 8
}

/// The most characters of a clause that only says who reports what follows.
const FRAME_CHARS: usize = 24;

/// A clause that only says who reports what follows and names no time
/// itself (`柏仇勇介绍`, `数据显示`; `period-frames.txt`).
fn report_frame(clause: &str) -> bool {
    FRAMES.iter().any(|w| clause.ends_with(w))
        && clause.chars().count() <= FRAME_CHARS
        && read(clause).is_none()
}

/// A clause that only names the field the sentence speaks of: `在基本建设方面`,
/// `分区域看`, `开支方面`.
fn topic_frame(clause: &str) -> bool {
    let led = clause.starts_with(['在', '从', '就', '分'])
        && (clause.ends_with("方面") || clause.ends_with("领域") || clause.ends_with("看"));
    let bare = clause.ends_with("方面") && clause.chars().count() <= 8;
    (led || bare) && read(clause).is_none()
}

/// Whether `c` may lead a time phrase inside a clause: `对2024年度…审计`,
/// `在一九五八年动员…`, `、近五年累计…`.
fn is_mid_lead(c: char) -> bool {
    // (`继今年第二季实质上升1.9%后`: the time of the change told after 继)
    matches!(
        c,
        '对' | '對' | '在' | '当' | '當' | '、' | '据' | '據' | '继' | '繼'
    )
}

/// Whether the time phrase at byte `i` of `clause` writes its year out and
/// stands between the topic of its clause and what is said of it
/// (`公司2024年实现营业收入`, `全省粮食产量2023年达到`, `深圳2021年全年地区生产
/// 总值`): the dictionary reads a noun just before it, no comparison comes
/// before it in the clause (`比五年计划原定1957年…`), and no `起` or `以后`
/// follows (`条例2022年7月1日起施行`), nor an ordinal of an event
/// (`公司2024年第一次临时股东大会`). A verb before it makes it an object
/// (`实现2035年远景目标`), `的` a modifier (`产量最高的1936年`). A time
/// phrase with no year written (`去年`, `一季度`) is taken only before what
/// is said of the topic ([`predicate_follows`]); the year in force, its
/// end or start, before a noun too (`粮食全年总产量`, [`topic_year`]).
fn after_topic(clause: &str, i: usize, f: &Found<'_>) -> bool {
    let rest = &clause[i + f.reading.len..];
    let whole_year = f.reading.class() == Class::Year;
    if !(f.reading.dated() || f.reading.class() == Class::Span || whole_year)
        || rest.starts_with(['起', '以', '之', '前', '后', '後', '第'])
        || clause[..i].contains(['比', '较', '較'])
    {
        return false;
    }
    let from = clause[..i]
        .char_indices()
        .rev()
        .nth(5)
        .map_or(0, |(k, _)| k);
    if !body_year::ends_with_topic(&clause[from..i]) {
        return false;
    }
    if f.reading.dated() || topic_year::of_year_in_force(f) {
        return true;
    }
    // `政府去年建议…`: a body's act by a bare relative year (`去年`, `今年`)
    // is no period of what it did (see [`named_body_time`])
    let bare_year = !whole_year && f.text.ends_with('年') && f.text.chars().count() == 2;
    let body = clause[..i].chars().next_back().is_some_and(ends_body_name);
    predicate_follows(rest) && !(bare_year && body && !rest.starts_with('的'))
}

/// Whether the month or part of a year at byte `i` of `clause` (after `p`)
/// dates the measure written right after it, what a figure of the clause
/// is of (`主計總處今公布8月失業率3.56%`, `另9月失業人數為49.1萬人`,
/// `海南省一季度GDP为…`, `发放第一季度城市低保金301.6万元`): a noun follows
/// (not a verb: `9月召开…`; not `底`, `起`, `以来`), no comparison comes
/// before it in the clause, and it is no end of a range. A year alone is
/// not taken so: before a noun it mostly names (`2023年度优秀案件`).
fn dates_a_measure(clause: &str, i: usize, f: &Found<'_>, p: char) -> bool {
    if !part_of_year(f)
        // (`由上月持平转为上涨`: a change's start; `占当月总销量的`: a
        // share's whole; `前10月`: part of a longer phrase)
        || matches!(
            p,
            '至' | '到' | '从' | '從' | '自' | '由' | '与' | '與' | '同' | '占' | '佔' | '前'
        )
        || clause[..i].contains(['比', '较', '較'])
    {
        return false;
    }
    let rest = &clause[i + f.reading.len..];
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let noun = rest.chars().next().is_some_and(|c| {
        c.is_ascii_uppercase()
            || (crate::chars::is_ideograph(c) && !"起以之前后後底末初中内內".contains(c))
    });
    noun && !predicate_follows(rest)
}

/// Whether `f` names a month, a quarter or another part of a year
/// (`8月`, `2024年1-9月`, `一季度`, `上半年`, `本月`, `今年首季`), not a day.
fn part_of_year(f: &Found<'_>) -> bool {
    let r = &f.reading;
    // (`今年1月`, `今年首季`, `2023年首三季`: a year with its months told by
    // a tail, `01-03`)
    if inner_part::months_tail(r) {
        return !r.event_date();
    }
    match r.base {
        Base::Dates(d) => {
            (d.start.month.is_some() || d.start.quarter.is_some()) && !d.odd && !r.event_date()
        }
        Base::Word(w) => {
            w.class == Class::Span
                && (w.time.starts_with("month:")
                    || w.time.starts_with("quarter:")
                    || w.time.split_once(':').is_some_and(|(y, m)| {
                        matches!(y, "A" | "C" | "R") && m.starts_with(['0', '1'])
                    }))
        }
        _ => false,
    }
}

/// Whether the year written at byte `i` of `clause` (after `p`) heads the
/// jurisdiction its clause speaks of (`最终计算2021年全县生产总值…`,
/// `即2024年全国生产安全事故…`, `网站讯 2022年全国完成…`): a year right
/// before `全县`, `全国`, `我省` dates the whole noun phrase it opens, as at
/// the head of a clause. Not the year of an award (`获评2023年全国…`) nor of
/// a meeting (`2024年全市市场监管工作会议`).
fn year_of_jurisdiction(clause: &str, i: usize, f: &Found<'_>, p: char) -> bool {
    let rest = &clause[i + f.reading.len..];
    // (cheap refusal: `全`, `我`, `本` start every jurisdiction)
    if !rest.starts_with(['全', '我', '本'])
        || !f.reading.dated()
        || f.reading.dropped > 0
        || matches!(p, '获' | '獲' | '评' | '評' | '选' | '選' | '为' | '爲')
        || f.text.starts_with(['到', '至', '从', '從', '自', '截'])
    {
        return false;
    }
    let first = rest.chars().next();
    first.and_then(|a| jurisdiction_len(rest, a)).is_some() && !rest.contains(['会', '會'])
}

/// Whether the time phrase at byte `i` of `clause` (after `p`) stands
/// right after a verb of reporting (`财政部昨公布十一月出口…`, `預估十二月
/// 出口…`, `统计局发布2023年全县…`): a part of a year or a written year
/// there dates what is reported, as after `据`. (Cheap refusal: the last
/// characters of the verbs.)
fn reported_time(clause: &str, i: usize, f: &Found<'_>, p: char) -> bool {
    if !matches!(
        p,
        '布' | '佈' | '示' | '估' | '计' | '計' | '测' | '測' | '出' | '绍' | '紹' | '露' | '悉'
    ) || !(f.reading.dated() || part_of_year(f))
    {
        return false;
    }
    REPORT_VERBS.suffix_of(&clause[..i]).is_some()
}

/// Whether `于` (`p`, after `pp`) leads a time phrase as a preposition
/// (`于2021年花费`), not after a comparison (`高于2019年`), a basis
/// (`相较于2022年`) or a verb that takes it (`等于`, `应于`).
fn leads_with_yu(p: char, pp: char) -> bool {
    matches!(p, '于' | '於')
        && !matches!(
            pp,
            '高' | '低'
                | '多'
                | '少'
                | '大'
                | '小'
                | '等'
                | '超'
                | '优'
                | '当'
                | '应'
                | '须'
                | '较'
                | '較'
        )
}

/// Whether the phrase at byte `i` of `clause`, after `p`, is in brackets
/// that gloss a comparison's basis (`較上一期(7月至9月)下跌`, `比上季（4-6
/// 月）增长`): the basis's months, not the figure's period. A basis starts
/// with `比`, `较`, `較` at most six characters before the bracket.
fn glosses_a_basis(clause: &str, i: usize, p: char) -> bool {
    if !matches!(p, '(' | '（') {
        return false;
    }
    let before = &clause[..i - p.len_utf8()];
    before
        .chars()
        .rev()
        .take(6)
        .any(|c| matches!(c, '比' | '较' | '較'))
}

/// Whether `rest` opens with what is said of a topic: `的` and its noun
/// (`深圳一季度的财政收入`), a verb, an adverb or a preposition (`收入去年增长`,
/// `里程今年将达`), not a noun that the time phrase modifies (`公司上年度末
/// 经审计净资产`).
fn predicate_follows(rest: &str) -> bool {
    use lexicon::dict::Pos;
    if rest.starts_with('的') {
        return true;
    }
    let to = rest.char_indices().nth(4).map_or(rest.len(), |(k, _)| k);
    let words = lexicon::dict::segment(&rest[..to]);
    let first = words.iter().next();
    first.is_some_and(|(_, _, pos)| {
        matches!(pos, Pos::Verb | Pos::VerbNoun | Pos::Adverb | Pos::Prep)
    })
}

/// A time phrase inside a clause (not at its head) that scopes what
/// follows: after a lead (`对2024年度区本级预算…`), or one that names a span
/// by itself (`截至…`, `近五年`, `“一五”时期`, `从一九五三年至一九八○年`); never
/// a comparison basis (`比2019年`), since no lead comes before one.
fn inside(clause: &str) -> Option<Found<'_>> {
    inside_read(clause, 0).0
}

/// [`inside`] of `clause`, whose first `clean` bytes are known to hold no
/// [`is_inner_time_char`], and what [`Found::at`] read at its first byte,
/// if it was read (see [`clause_head_read`]).
fn inside_read(clause: &str, clean: usize) -> (Option<Found<'_>>, Option<Option<Found<'_>>>) {
    let mut scan = InsideScan {
        clear: clean,
        ..InsideScan::default()
    };
    scan.read_to(clause, clause.len());
    (scan.found(), scan.start(clause))
}

/// Whether `c` may stand in a phrase that [`inside`] takes: a clause with
/// none of them is passed over without reading it character by character.
fn is_inner_time_char(c: char) -> bool {
    (c as u32)
        .checked_sub(IDEOGRAPHS_FROM)
        .is_some_and(|k| k < IDEOGRAPHS && INNER_BITS[(k / 64) as usize] >> (k % 64) & 1 == 1)
}

/// The characters of [`is_inner_time_char`]: each is three bytes long in
/// UTF-8 (a test checks).
const INNER_TIME_CHARS: [char; 13] = [
    '年', '月', '日', '号', '季', '期', '前', '在', '今', '底', '末', '来', '段',
];

/// For each byte, whether it ends a character of [`INNER_TIME_CHARS`].
static INNER_LAST_BYTE: [bool; 256] = {
    let mut last = [false; 256];
    let mut k = 0;
    while k < INNER_TIME_CHARS.len() {
        last[(INNER_TIME_CHARS[k] as usize & 0x3F) | 0x80] = true;
        k += 1;
    }
    last
};

/// Whether `s` holds a character of [`is_inner_time_char`], looked for by
/// the last of its three bytes (no character decoded elsewhere): asked of
/// most of every clause a figure stands in.
fn holds_inner_time_char(s: &str) -> bool {
    let b = s.as_bytes();
    // (read a character at a time, by its lead byte: one of three bytes,
    // E0 to EF, is flagged by its last byte and only then has its code
    // point read from the three and looked up in a table of bits)
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x & 0xF0 == 0xE0 {
            let z = b[i + 2];
            if INNER_LAST_BYTE[usize::from(z)] {
                let u = chars::three_byte_char(x, b[i + 1], z);
                if char::from_u32(u).is_some_and(is_inner_time_char) {
                    return true;
                }
            }
            i += 3;
        } else {
            i += lexicon::utf8_width(x);
        }
    }
    false
}

/// One bit per ideograph (from [`IDEOGRAPHS_FROM`]): whether it is one of
/// [`INNER_TIME_CHARS`] (every one is an ideograph, a test checks).
static INNER_BITS: [u64; IDEOGRAPHS as usize / 64] = {
    let mut bits = [0u64; IDEOGRAPHS as usize / 64];
    let mut k = 0;
    while k < INNER_TIME_CHARS.len() {
        let i = INNER_TIME_CHARS[k] as u32 - IDEOGRAPHS_FROM;
        bits[(i / 64) as usize] |= 1 << (i % 64);
        k += 1;
    }
    bits
};

/// How far a scan of a clause for inner time phrases ([`inside`]) has read,
/// so that a longer prefix of the same clause (the clause up to the next
/// figure) is read on from there instead of from its start: without it, a
/// long clause of many figures is read once per figure.
#[derive(Clone, Copy, Debug)]
struct InsideScan<'a> {
    /// Bytes of the clause read.
    pos: usize,
    /// The character before `pos`, and the one before that.
    prev: (char, char),
    /// The end of the last phrase read: nothing starts inside it.
    skip_to: usize,
    /// The last phrase taken, and its end.
    last: Option<(usize, Found<'a>)>,
    /// Up to where the clause from `pos` on is known to hold no character
    /// of [`is_inner_time_char`]: the same clause read on for the next
    /// figure, longer, is searched for one from there only.
    clear: usize,
    /// What [`Found::at`] read at the clause's first byte, and the length
    /// of the text it was read from: the clause's head reads it again
    /// ([`clause_head_read`]) when its text is the same.
    start: Option<(usize, Option<Found<'a>>)>,
    /// The end of the last comparison basis read (`比前三季度`), 0 if none:
    /// a phrase listed right after it is a basis too.
    basis_end: usize,
}

impl Default for InsideScan<'_> {
    fn default() -> Self {
        InsideScan {
            pos: 0,
            prev: (' ', ' '),
            basis_end: 0,
            skip_to: 0,
            last: None,
            clear: 0,
            start: None,
        }
    }
}

impl<'a> InsideScan<'a> {
    /// Reads `clause` on from where this scan stands up to byte `to` (a
    /// char boundary at or after `self.pos`), in place (the scan is not
    /// copied in and out at each figure).
    fn read_to(&mut self, clause: &'a str, to: usize) {
        let from = self.pos;
        // cheap refusal: every phrase taken here holds one of these
        let known = self.clear.clamp(from, clause.len());
        if !holds_inner_time_char(&clause[known..]) {
            self.clear = clause.len();
            let mut tail = clause[..to].chars().rev();
            let p = tail.next().unwrap_or(self.prev.0);
            let pp = tail.next().unwrap_or(self.prev.1);
            self.prev = (p, pp);
            self.pos = to;
            return;
        }
        // (the characters before each are kept here, the step asked only
        // where a phrase may start: not inside the last one read, nor
        // inside a numeral, `二十八年` being read from its start)
        let (mut p, mut pp) = self.prev;
        for (k, c) in clause[from..to].char_indices() {
            let i = from + k;
            if i >= self.skip_to && may_start(c) && !is_num_char(p) {
                self.step(clause, i, c, (p, pp));
            }
            (p, pp) = (c, p);
        }
        self.prev = (p, pp);
        self.pos = to;
    }

    /// Reads at byte `i` of `clause`, where `c` stands after `p` (after
    /// `pp`), a character that may start a phrase.
    fn step(&mut self, clause: &'a str, i: usize, c: char, (p, pp): (char, char)) {
        let found = Found::at(&clause[i..]);
        if i == 0 {
            self.start = Some((clause.len(), found));
        }
        let Some(f) = found else {
            return;
        };
        let prev_end = self.skip_to;
        let before = (prev_end > 0)
            .then(|| clause.get(prev_end.min(i)..i))
            .flatten();
        self.skip_to = i + f.reading.len;
        // `比“六五”期间增加百分之四十九`: a comparison basis;
        // `《2023年度…目录》`: a title
        if matches!(p, '比' | '较' | '較' | '《') {
            self.basis_end = self.skip_to;
            return;
        }
        // `比前三季度、1~8月…`: the next item of a list of bases
        if self.basis_end > 0 && restated::lists_a_basis(clause.get(self.basis_end..i)) {
            self.basis_end = self.skip_to;
            return;
        }
        // `2019年至2023年五年间`: the length of the span read just before
        if i > 0 && restated::restates_a_span(before, &f) {
            return;
        }
        if same_period_of_others(clause, i, &f) || glosses_a_basis(clause, i, p) {
            return;
        }
        // `已經達到一九四九年的九倍多`, `是2000年的1.65倍`: the time a ratio
        // is of
        let after = &clause[self.skip_to..];
        if c == '到' && matches!(p, '达' | '達') && after.starts_with('的')
            || ratio_basis::names_ratio_basis(after)
        {
            return;
        }
        // `由2000年的2003亿元增加到2005年的4070亿元，年均增长11.6%`: the ends
        // of a change date their own figures only
        if change_ends::bound_to_figure(c, after) {
            return;
        }
        // the head is the clause head's (`进入三季度以来` too, read there
        // whole); `平均每年增长`, `每人每年` are rates; `PM2.5年均浓度`,
        // `PM10年均`: a numeral after a Latin letter or a point names a thing
        if i == 0
            || rate::every_in_rate(c, p, pp)
            || (c.is_ascii_digit() && (p.is_ascii_alphabetic() || p == '.'))
            || entered::is_verb(&clause[..i], &f)
            || (i <= 6 && year_day::after_year_word(&clause[..i], &f.reading))
        {
            return;
        }
        // `从事教育工作近30年，`: a length closing its clause, no span
        let closes = clause[self.skip_to..]
            .chars()
            .next()
            .is_none_or(super::sentence::is_clause_mark);
        if c == '近' && closes && !is_mid_lead(p) {
            let spans = ['来', '來', '内', '內', '间', '間', '里', '裏'];
            if !f.text.ends_with(spans) {
                return;
            }
        }
        // `主要表现在，`, `体现在`: `现` ends a verb here, no `现在` starts
        if c == '现' && "表体实出呈发展兑涌再".contains(p) {
            return;
        }
        // `重点项目前期经费`, `题目前`: `目` ends a noun here, no `目前` starts
        if c == '目' && "项题栏科节剧书账條条数名纲盲醒注瞩面細细".contains(p)
        {
            return;
        }
        let now = f.reading.class() == Class::Now;
        let yu = leads_with_yu(p, pp);
        // `仍快于7月和8月，`, `好于去年同期，`: a comparison's basis after an
        // adjective of degree, even a span that names itself (but `高于
        // 2018-2019年的平均水平0.7%`: the basis's own figure, its own time)
        if matches!(p, '于' | '於')
            && inner_part::degree_before_yu(pp)
            && !clause[self.skip_to..].starts_with('的')
        {
            return;
        }
        let every = f.reading.class() == Class::Every;
        // `导致2023年多计…，相应2024年少计…`: a year after a connective
        // dates the verb phrase it opens
        let connective = matches!(
            (pp, p),
            ('导', '致') | ('致', '使') | ('相', '应') | ('从', '而') | ('进', '而')
        );
        // `根据１９５５年…会议关于…的提案`: the date of an act
        if matches!(p, '据' | '據') && names_an_act(&clause[i..]) {
            return;
        }
        // `較上(108)年底減少`: the end of a word a year's gloss splits
        if matches!(p, ')' | '）') && split_word::splits_a_word(&clause[..i]) {
            return;
        }
        let topic = after_topic(clause, i, &f);
        // `中新社北京3月13日電 (記者 張素)2015年,…`: a year right after a
        // bracket closes a dateline's aside opens what the text says
        // `本报北京2023年11月15日讯 10月份，…`: a time after a news lead's
        // end and a space alone opens what the text says, as after a comma
        let led = is_mid_lead(p)
            || matches!(p, ')' | '）')
            || (matches!(p, ' ' | '\u{3000}') && matches!(pp, '讯' | '訊' | '电' | '電'))
            || topic
            || dates_a_measure(clause, i, &f, p)
            || year_of_jurisdiction(clause, i, &f, p)
            || reported_time(clause, i, &f, p)
            || targets_named::dates_targets(clause, i, &f)
            || connective
            || yu
            || now
            || f.reading.dropped > 0
            // `多报2023年度服务实体经济规模`, `寬免2014-15年度首兩季差餉`: a
            // fiscal year scopes by itself, unless it names an award
            // (`获评2023年度…`, `入选2024年度…`)
            || (f.reading.dated()
                && (f.text.ends_with("年度") || f.reading.fiscal())
                && !matches!(p, '获' | '獲' | '评' | '評' | '选' | '選' | '为' | '爲'))
            || f.reading.self_evident()
            || matches!(c, '截' | '“' | '"' | '「' | '近' | '过' | '每')
            || matches!(
                f.reading.base,
                Base::Plan(_) | Base::YearsBack { ago: false, .. } | Base::YearsAhead { .. }
            );
        let whole_year = topic && f.reading.class() == Class::Year;
        if !led || !(now || every || whole_year || f.reading.class() == Class::Span) {
            return;
        }
        // `从一九五三年至一九八○年的二十八年间`: the second restates the first
        if self
            .last
            .is_some_and(|(end, _)| clause.get(end..i) == Some("的"))
        {
            return;
        }
        self.last = Some((self.skip_to, f));
    }

    /// What this scan read on to the end of `clause` finds, the scan left
    /// where it stands: the last phrase taken and what [`Found::at`] read
    /// at the first byte ([`InsideScan::start`]). When no
    /// [`is_inner_time_char`] lies ahead, those are the scan's own, and the
    /// clause is known clear to its end (none is looked for there again, for
    /// the next figure's tail or for the clause read whole,
    /// [`Scope::open_clean`]); else a copy of the scan reads on.
    fn found_to_end(&mut self, clause: &'a str) -> (Option<Found<'a>>, Option<Option<Found<'a>>>) {
        let known = self.clear.clamp(self.pos, clause.len());
        if !holds_inner_time_char(&clause[known..]) {
            self.clear = clause.len();
            return (self.found(), self.start(clause));
        }
        let mut tail = *self;
        tail.read_to(clause, clause.len());
        (tail.found(), tail.start(clause))
    }

    /// The last phrase taken.
    fn found(&self) -> Option<Found<'a>> {
        self.last.map(|(_, f)| f)
    }

    /// What [`Found::at`] read at the first byte of `clause`, if this scan
    /// read it from the same text.
    fn start(&self, clause: &str) -> Option<Option<Found<'a>>> {
        self.start
            .filter(|(len, _)| *len == clause.len())
            .map(|(_, f)| f)
    }
}

/// How many bytes a time phrase read at one position may look ahead (lead,
/// dates, tails and what may not follow): a scan resumed this far behind the
/// end of a clause reads the same as one of the whole clause.
const READ_AHEAD: usize = 160;

/// A phrase after the figure in its clause that names its span by itself
/// (`6家银行2022年以来…`, `3家地方中小银行至2024年底…`, `…在未来5年推出`):
/// the subject comes first, then the time.
fn ahead(rest: &str) -> Option<Found<'_>> {
    // (both kinds write `年`: a written year's unit, `今(114)年`, or the
    // years counted, `未来5年`; the text after most figures has none, and
    // is not read; looked for by its last byte)
    lexicon::find_word(rest, "年")?;
    inside(rest).filter(|f| {
        (f.reading.self_evident() && f.reading.dated())
            // `约150幅土地…预计在未来5年推出`: years to come
            || matches!(f.reading.base, Base::YearsAhead { .. })
    })
}

/// A time phrase bound to the figure that follows it by `的`
/// (`由一九五七年的五百三十五万吨`, `压缩到目前的平均4个工作日`): the period
/// of that figure alone. `before` is the text up to the figure.
pub(crate) fn own_period(before: &str) -> Option<&str> {
    // (asked of every figure: each reader below needs the text before the
    // figure to end with a character of its own, told from the last
    // character decoded once; most figures' text ends with none of them)
    let last = chars::last_char(trim_end_blanks(before))?;
    (YEAR_VERB_LAST
        .contains(&last)
        .then(|| own_year_verb(before)))
    .flatten()
    .or_else(|| {
        DE_LAST
            .contains(&last)
            .then(|| own_period_de(before))
            .flatten()
    })
    .or_else(|| {
        CHANGE_LAST
            .contains(&last)
            .then(|| years_of_change(before))
            .flatten()
    })
    .or_else(|| {
        if BASIS_LAST.contains(&last) {
            basis_figure(before).or_else(|| adjacent::period(before))
        } else {
            (crate::chars::is_ideograph(last))
                .then(|| basis_figure(before))
                .flatten()
        }
    })
    .or_else(|| {
        matches!(last, '(' | '（')
            .then(|| bracketed::period(before))
            .flatten()
    })
    .or_else(|| {
        (last == '即')
            .then(|| bracketed::restated_basis(before))
            .flatten()
    })
}

/// The last characters of [`OWN_YEAR_VERBS`]: [`own_year_verb`] reads
/// only a text that ends with one.
const YEAR_VERB_LAST: [char; 5] = ['产', '到', '成', '现', '为'];

/// `的` and the last characters of [`DE_MODIFIERS`]: [`own_period_de`]
/// reads only a text that ends with one.
const DE_LAST: [char; 6] = ['的', '均', '约', '近', '达', '平'];

/// The last characters of [`CHANGE_VERBS`]: [`years_of_change`] reads
/// only a text that ends with one.
const CHANGE_LAST: [char; 9] = ['长', '加', '升', '高', '降', '少', '低', '大', '了'];

/// The last character of every time phrase a basis names
/// ([`basis_figure`]).
const BASIS_LAST: [char; 11] = [
    '年', '期', '月', '度', '底', '末', '数', '數', '额', '額', '的',
];

/// The figure of a comparison basis, written right after it
/// (`较上年28899万元增长9.9%`, `比上年同期1.2亿元减少`, `与2022年3.5万人相比`):
/// that figure is the basis's own, of the period the basis names, not of
/// the period in force. `before` is the text up to the figure.
fn basis_figure(before: &str) -> Option<&str> {
    let t = trim_end_blanks(before);
    // (cheap refusal: the last character of every time phrase a basis
    // names; most figures' text ends otherwise)
    if !t.ends_with(BASIS_LAST) {
        return basis_noun_figure(t);
    }
    let starts = t.char_indices().rev().take(11).map(|(i, _)| i);
    let mut found = None;
    for i in starts {
        // (`相较于2022年`, `相較於110年`: the basis word before `于`)
        let head = &t[..i];
        let head = head
            .strip_suffix(['于', '於'])
            .filter(|h| h.ends_with(['较', '較']))
            .unwrap_or(head);
        let basis = head
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '比' | '较' | '較' | '与' | '與'));
        if !basis {
            continue;
        }
        if let Some(f) = Found::at(&t[i..]) {
            let rest = &t[i + f.reading.len..];
            if (rest.is_empty() || basis_measure(rest) || basis_time_de(rest))
                && f.reading.dropped == 0
            {
                found = Some(f.text);
            }
        }
    }
    found
}

/// Whether `rest`, after the time phrase of a basis, names the measure the
/// basis figure is (`比上年决算数14.94亿元`, `较上年预算数`, `比上年同期的
/// 成交额`): a short run of ideographs ending in `数` or `额`.
fn basis_measure(rest: &str) -> bool {
    let rest = rest.strip_suffix('的').unwrap_or(rest);
    rest.ends_with(['数', '數', '额', '額'])
        && rest.chars().count() <= 4
        && rest.chars().all(crate::chars::is_ideograph)
}

/// The time of a basis whose figure follows the nouns of its measure
/// (`相较于2022年出生人口9100人`, `比上年粮食产量`): the last basis word
/// (`比`, `较`, `較`, `相较于`) within the last twelve characters of `t`,
/// the time right after it, then [`basis_noun`]. One reading per figure.
fn basis_noun_figure(t: &str) -> Option<&str> {
    let (k, c) = t
        .char_indices()
        .rev()
        .take(12)
        .find(|&(_, c)| matches!(c, '比' | '较' | '較'))?;
    let after = &t[k + c.len_utf8()..];
    let after = if c == '比' {
        after
    } else {
        after.strip_prefix(['于', '於']).unwrap_or(after)
    };
    // (`比上年增长`: most such figures are the change itself, whose verb
    // no noun of a measure ends with; refused before reading the time)
    if CHANGE_VERBS.iter().any(|v| after.ends_with(v)) {
        return None;
    }
    let f = Found::at(after)?;
    (f.reading.dropped == 0 && basis_noun(&after[f.reading.len..])).then_some(f.text)
}

/// Whether `rest`, after the time phrase of a basis, names the measure of
/// the basis figure with nouns alone (`相较于2022年出生人口9100人`,
/// `比上年粮食产量`): at most four ideographs the dictionary reads as
/// nouns, no verb of the change (`比上年增加`, `较上年末下降`).
fn basis_noun(rest: &str) -> bool {
    use lexicon::dict::Pos;
    let n = rest.chars().count();
    (2..=4).contains(&n)
        && rest.chars().all(crate::chars::is_ideograph)
        && lexicon::dict::segment(rest)
            .iter()
            .all(|(_, _, pos)| pos == Pos::Noun)
}

/// Whether `rest`, after the time phrase of a basis, binds the basis
/// figure to it with `的` (`较上年的1.2万人`, `較110年12月時的2337萬人`,
/// `比去年同期时的`): the figure is the value at that time.
fn basis_time_de(rest: &str) -> bool {
    matches!(rest, "的" | "时的" | "時的")
}

/// Verbs of a change that a count of years may scope:
/// `内河港口吞吐量5年增长1.6倍`.
const CHANGE_VERBS: [&str; 9] = [
    "增长", "增加", "提升", "提高", "下降", "减少", "降低", "扩大", "翻了",
];

/// `5年增长1.6倍`, `五年提升10.6个百分点`: a count of years right before
/// the verb of a change is the span the change is over. `before` is the
/// text up to the figure.
fn years_of_change(before: &str) -> Option<&str> {
    let t = trim_end_blanks(before);
    let t = CHANGE_VERBS.iter().find_map(|v| t.strip_suffix(v))?;
    let n = t.strip_suffix('年')?;
    let digits: Vec<(usize, char)> = n
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_num_char(c))
        .take(3)
        .collect();
    let &(start, _) = digits.last()?;
    if digits.len() > 2 || num_value(&n[start..]).is_none_or(|v| v < 2) {
        return None;
    }
    // (`近五年增长`, `这五年`, `过去五年`: a phrase of its own, read as such)
    if n[..start].ends_with(['近', '这', '這', '去', '前', '每', '第']) {
        return None;
    }
    // (`较民國90年增加`, `比90年增长`: a year, the basis of the change)
    if n[..start].ends_with(['比', '较', '較']) || roc::ends_with_era(&n[..start]) {
        return None;
    }
    Some(&t[start..])
}

/// How far back in its sentence [`from_to`] looks for the years of a
/// change: a long sentence of figures stays linear.
const FROM_TO_BYTES: usize = 240;

/// The last characters of what [`from_to`] reads: its marks and the last
/// characters of [`DATE_UNITS`] and of the tails `底`, `末`.
const FROM_TO_LAST: [char; 13] = [
    '由', '从', '從', '到', '至', '年', '度', '份', '月', '日', '号', '底', '末',
];

/// The marks binding a time phrase to the figure after it: `的`, and `之`
/// in formal and Taiwan writing (`由91年底之8,736人增至101年底之11,596人`).
const GENITIVE: [char; 2] = ['的', '之'];

/// A period of the figure at byte `at` of `line` (its sentence starting
/// at `sent_start`) read beyond its clause: the year of a change's end
/// ([`from_to`], in its sentence), else the time opening the bracketed
/// aside it stands in ([`bracket_gloss::period`], in its line: a `；`
/// inside the bracket ends a sentence).
pub(crate) fn own_beyond_clause(line: &str, sent_start: usize, at: usize) -> Option<&str> {
    from_to(&line[sent_start.min(at)..at]).or_else(|| bracket_gloss::period(&line[..at]))
}

/// A change from one year's figure to another's
/// (`由2002年7703元增加到2007年13786元，…由2476元增加到4140元`): a figure
/// right after `由2002年` or `到2007年` is of that year, and in the rest of
/// the sentence a figure right after `由`/`从` is of the year the change
/// starts from, one right after `到`/`至` of the year it reaches. `before`
/// is the sentence up to the figure.
pub(crate) fn from_to(before: &str) -> Option<&str> {
    // (cheap refusal: the text before the figure ends with a date read
    // after one of these marks, whose last character is a date unit's, or
    // with a mark itself; most figures' text ends otherwise)
    let t = trim_end_blanks(before);
    let t = t.strip_suffix(GENITIVE).unwrap_or(t);
    if !t.ends_with(FROM_TO_LAST) {
        return None;
    }
    let start = crate::chars::ceil_boundary(before, before.len().saturating_sub(FROM_TO_BYTES));
    let w = &before[start..];
    // (each side keeps the last date read after one of its marks: the marks
    // are sought from the end, by their last bytes, and the first that
    // reads one is taken)
    let from = last_dated_mark(w, &["由", "从", "從"], |b| {
        memchr::memrchr3(0xB1, 0x8E, 0x9E, b)
    });
    let t = trim_end_blanks(w);
    let t = t.strip_suffix(GENITIVE).unwrap_or(t);
    let year = |(a, b): (usize, usize)| &w[a..b];
    if let Some(y) = from.filter(|&(_, end)| end == t.len()) {
        return Some(year(y));
    }
    let from = from?;
    let to = last_dated_mark(w, &["到", "至"], |b| memchr::memrchr2(0xB0, 0xB3, b))?;
    if to.1 == t.len() || t.ends_with(['到', '至']) {
        Some(year(to))
    } else if t.ends_with(['由', '从', '從']) {
        Some(year(from))
    } else {
        None
    }
}

/// The last of `marks` in `w` read by a year alone (`由2019年`,
/// `由2019年底`) followed by a figure, a genitive or nothing: where that
/// year starts and ends in `w` ([`from_to`]). `last_byte` finds the last
/// position before an end holding the last byte of one of the marks.
fn last_dated_mark(
    w: &str,
    marks: &[&str],
    last_byte: impl Fn(&[u8]) -> Option<usize>,
) -> Option<(usize, usize)> {
    let b = w.as_bytes();
    let mut end = b.len();
    // (the marks' last bytes are continuation bytes: a match of a whole
    // mark is a character of the text)
    while let Some(j) = last_byte(&b[..end]) {
        end = j;
        if !marks.iter().any(|m| b[..=j].ends_with(m.as_bytes())) {
            continue;
        }
        let at = j + 1;
        let rest = &w[at..];
        let Some((d, n)) = dates(rest) else {
            continue;
        };
        // (`由2019年底的120万人`: a stock at the year's end)
        let n = n + ["底", "末"]
            .iter()
            .find(|t| rest[n..].starts_with(**t))
            .map_or(0, |t| t.len());
        let next = rest[n..].chars().next();
        if d.start.year.is_some()
            && d.end.is_none()
            && next.is_none_or(|c| is_num_char(c) || GENITIVE.contains(&c))
        {
            return Some((at, at + n));
        }
    }
    None
}

/// Verbs that may stand between a figure and the year it is of:
/// `我国一九五二年生产六千六百四十九万吨`.
const OWN_YEAR_VERBS: [&str; 6] = ["生产", "产", "达到", "完成", "实现", "为"];

/// A year right before a verb of the figure (`一九五二年生产`), in a
/// clause that compares parties (`英国在一八五四年…，同我国一九五二年生产…`):
/// the figure's own year, not a basis (`比2019年增长`).
fn own_year_verb(before: &str) -> Option<&str> {
    let t = trim_end_blanks(before);
    let t = OWN_YEAR_VERBS.iter().find_map(|v| t.strip_suffix(v))?;
    if !t.ends_with('年') {
        return None;
    }
    // the dated phrase that ends right there: at most eight characters back
    let mut found = None;
    for (i, _) in t.char_indices().rev().take(8) {
        if let Some(f) = Found::at(&t[i..]) {
            if f.reading.len == t.len() - i && f.reading.dated() && f.reading.dropped == 0 {
                let basis = t[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| "比较同与和跟于自从到至".contains(c));
                found = (!basis && !t[i..].starts_with(['到', '至', '自', '从'])).then_some(f.text);
            }
        }
    }
    found
}

/// What may stand between `的` and the figure in [`own_period_de`]
/// (`目前的平均4个工作日`).
const DE_MODIFIERS: [&str; 6] = ["平均", "人均", "约", "近", "达", "水平"];

/// A time phrase bound to its figure by `的` (see [`own_period`]).
fn own_period_de(before: &str) -> Option<&str> {
    let t = trim_end_blanks(before);
    let t = DE_MODIFIERS
        .iter()
        .find_map(|m| t.strip_suffix(m))
        .unwrap_or(t);
    let t = t.strip_suffix('的')?;
    let last = t.chars().next_back()?;
    if !matches!(
        last,
        '年' | '月' | '日' | '度' | '季' | '期' | '底' | '末' | '前' | '间' | '在' | '今'
    ) {
        return None;
    }
    // the phrase that ends right before `的`: at most twelve characters back
    // (`压缩到目前的`: `到` is the verb's; `十年前的3倍`: a basis)
    let taken = |head: &str, f: &Found<'_>| {
        let i = head.len();
        !matches!(f.reading.base, Base::YearsBack { ago: true, .. })
            && !equated_before(head)
            && !t[i..].starts_with(['到', '至'])
            && !same_period_of_others(t, i, f)
    };
    time_ending_at_end(t, 12, taken).map(|(_, f)| f.text)
}

/// The longest time phrase that ends where `t` ends and starts within its
/// last `back` characters, of those `ok` takes (given the text before the
/// phrase): where it starts, and the phrase. The readers of a time written
/// right against a figure read back so (`own_period_de`, `adjacent.rs`,
/// `bracketed.rs`).
#[inline]
fn time_ending_at_end<'a>(
    t: &'a str,
    back: usize,
    ok: impl Fn(&'a str, &Found<'a>) -> bool,
) -> Option<(usize, Found<'a>)> {
    let mut found = None;
    for (i, _) in t.char_indices().rev().take(back) {
        let Some(f) = Found::at(&t[i..]).filter(|f| i + f.reading.len == t.len()) else {
            continue;
        };
        if ok(&t[..i], &f) {
            found = Some((i, f));
        }
    }
    found
}

/// Which time phrase is in force at each figure of a line (SPEC §2.2).
///
/// The phrase at the head of the figure's clause or of an earlier clause of
/// its sentence, or inside one after a lead, else the last one that opened
/// a sentence of the paragraph up to the figure's. Vague phrases (`近年来`)
/// scope their sentence only; a time of writing (`目前`) stays in force but
/// dates its own sentence only; a
/// word that only refers back to the year (`本年`) leaves a written year in
/// force; a year or span heading a later clause of a sentence without
/// figures scopes the sentences after it.
#[derive(Clone, Debug)]
pub(crate) struct Scope<'a> {
    /// The paragraph's phrase: the last sentence-head one so far.
    para: Option<Found<'a>>,
    /// The last dated phrase of the paragraph (`2023年`): the year in force.
    para_dated: Option<&'a str>,
    /// A phrase that scopes one sentence only, and that sentence.
    sent: (usize, Option<Found<'a>>),
    /// The last dated phrase put in force within a sentence, and that
    /// sentence: the year `次年`, `同年` count from in a later clause.
    sent_dated: (usize, Option<&'a str>),
    /// The phrase that scopes one sentence only from its head, and that
    /// sentence: what is in force again after a half-width `;`.
    head_sent: (usize, Option<Found<'a>>),
    /// Sentences already looked at for a head phrase.
    scanned: usize,
    /// Sentences (before the figure's) whose later clauses were looked at
    /// for a head phrase.
    closed: usize,
    /// The sentence of the last figure asked about.
    asked: Option<usize>,
    /// (sentence, offset) up to which its whole clauses were looked at.
    done: (usize, usize),
    /// The figure's own clause (sentence, start in the line) and how far
    /// it has been read for inner phrases, [`READ_AHEAD`] short of the
    /// figure last asked about.
    open: (usize, usize, InsideScan<'a>),
    /// The whole clauses of the line read so far.
    clauses: ClauseReads,
    /// The last sentence whose head was read, and where its first clause
    /// ends, if that was looked for ([`sentence_head_read`]).
    first_end: (usize, Option<Option<usize>>),
    /// The period that opens the parts of a sentence, read at its first
    /// figure ([`part_opening`]), and that sentence.
    opening: (usize, Option<Found<'a>>),
}

/// What the whole clauses of one line (`line[from..end]`, `end` a clause
/// end or where the figure's own clause starts) read, kept by their bytes:
/// the clauses before a figure are asked again for the next figure's
/// basis check, for the later heads of a sentence and when a basis is
/// taken back ([`Scope::retake_without_bases`]); each is read once.
///
/// Valid for one line: [`Scope::new`] starts each line with none. The
/// phrases are kept by their offsets in the line, so that the buffer is
/// kept from line to line ([`Scope::take_reads`]) instead of grown anew.
#[derive(Clone, Debug, Default)]
pub(crate) struct ClauseReads {
    /// The clauses read, by their bytes.
    read: Vec<ClauseRead>,
}

/// A phrase [`Found`] in a line, kept by where its text stands in the line.
#[derive(Clone, Copy, Debug)]
struct Kept {
    /// Its text's offset in the line, and length.
    at: usize,
    len: usize,
    reading: Reading,
}

impl Kept {
    /// `f`, a phrase of `line`, kept.
    fn of(line: &str, f: Found<'_>) -> Kept {
        Kept {
            at: offset_in(line, f.text),
            len: f.text.len(),
            reading: f.reading,
        }
    }

    /// The phrase again, in `line` (the line it was kept from).
    fn found(self, line: &str) -> Found<'_> {
        Found {
            text: &line[self.at..self.at + self.len],
            reading: self.reading,
        }
    }
}

/// One clause kept in [`ClauseReads`].
#[derive(Clone, Copy, Debug)]
struct ClauseRead {
    /// Its bytes in the line.
    from: usize,
    end: usize,
    /// Its head ([`clause_head`]).
    head: Option<Kept>,
    /// The phrase read inside it ([`inside`]), once asked.
    inner: Option<Option<Kept>>,
}

impl ClauseReads {
    /// The entry of `line[from..end]`, its head read if it is new (as
    /// [`Heads`] holds it, if it does and reads the same), and the phrase
    /// inside it first if `inner` is given (the reading at its first byte
    /// is then the head's too): the bytes from the clause's start known to
    /// hold no [`is_inner_time_char`].
    fn entry(
        &mut self,
        line: &str,
        (from, end): (usize, usize),
        heads: &Heads,
        inner: Option<usize>,
    ) -> &mut ClauseRead {
        // (clauses are asked in the order of the line, mostly: kept in
        // that order and found by halves, a line of many clauses stays
        // linear)
        let k = self.read.partition_point(|r| (r.from, r.end) < (from, end));
        if self
            .read
            .get(k)
            .is_none_or(|r| (r.from, r.end) != (from, end))
        {
            let clause = &line[from..end];
            let (inner, start) = match inner {
                Some(clean) => {
                    let (found, start) = inside_read(clause, clean);
                    (Some(found.map(|f| Kept::of(line, f))), start)
                }
                None => (None, None),
            };
            let head = heads.head_read(line, clause, start);
            self.read.insert(
                k,
                ClauseRead {
                    from,
                    end,
                    head: head.map(|f| Kept::of(line, f)),
                    inner,
                },
            );
        }
        &mut self.read[k]
    }

    /// The heads kept of the clauses within `line[from..to]`, in order,
    /// leaving out those of a circumstance or a comparison's basis (see
    /// [`Scope::take_later_heads`]); no clause is read.
    fn kept_heads<'b, 'a: 'b>(
        &'b self,
        line: &'a str,
        (from, to): (usize, usize),
    ) -> impl Iterator<Item = (usize, Option<Found<'a>>)> + 'b {
        let k = self.read.partition_point(|r| r.from < from);
        self.read[k..]
            .iter()
            .take_while(move |r| r.end <= to)
            .map(move |r| {
                let clause = &line[r.from..r.end];
                let head = r.head.map(|h| h.found(line));
                let head =
                    head.filter(|_| !sets_circumstances(clause) && !basis_headed(clause, head));
                (r.from, head)
            })
    }

    /// [`clause_head`] of `line[from..end]`.
    fn head<'a>(
        &mut self,
        line: &'a str,
        span: (usize, usize),
        heads: &Heads,
    ) -> Option<Found<'a>> {
        let head = self.entry(line, span, heads, None).head;
        head.map(|k| k.found(line))
    }

    /// [`inside`] of `line[from..end]`, failing that its head.
    fn scoping<'a>(
        &mut self,
        line: &'a str,
        span: (usize, usize),
        heads: &Heads,
    ) -> Option<Found<'a>> {
        let e = self.entry(line, span, heads, Some(0));
        let inner = *e
            .inner
            .get_or_insert_with(|| inside(&line[span.0..span.1]).map(|f| Kept::of(line, f)));
        inner.or(e.head).map(|k| k.found(line))
    }

    /// [`basis_headed`] of a clause before the figure's, `line[from..end]`
    /// (whose inner phrase is asked next, and read with its head), whose
    /// first `clean` bytes are known to hold no [`is_inner_time_char`].
    fn heads_a_basis(
        &mut self,
        line: &str,
        span: (usize, usize),
        heads: &Heads,
        clean: usize,
    ) -> bool {
        let head = self.entry(line, span, heads, Some(clean)).head;
        basis_headed(&line[span.0..span.1], head.map(|k| k.found(line)))
    }
}

/// The period in force at a figure, and the dated phrase that gives the year
/// in force, if any.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct InForce<'a> {
    pub period: Option<&'a str>,
    pub year_from: Option<&'a str>,
    /// The period is a time of writing (`目前`) that opened an earlier
    /// sentence of the paragraph: it is written in force, but it dates
    /// only what its own sentence states.
    pub carried_now: bool,
}

impl<'a> Scope<'a> {
    /// The scope at the start of a line: nothing in force. `reads` is a
    /// buffer to keep the line's clauses in (its content is dropped).
    pub(crate) fn new(mut reads: ClauseReads) -> Scope<'a> {
        reads.read.clear();
        Scope {
            para: None,
            para_dated: None,
            sent: (usize::MAX, None),
            sent_dated: (usize::MAX, None),
            head_sent: (usize::MAX, None),
            scanned: 0,
            closed: 0,
            asked: None,
            done: (usize::MAX, 0),
            open: (usize::MAX, 0, InsideScan::default()),
            clauses: reads,
            first_end: (usize::MAX, None),
            opening: (usize::MAX, None),
        }
    }

    /// The buffer of the line's clauses, for the next line's scope.
    pub(crate) fn take_reads(&mut self) -> ClauseReads {
        std::mem::take(&mut self.clauses)
    }

    /// Whether `new` leaves `old` in force: it only refers back to the
    /// year of a written year.
    fn keeps(old: Option<Found<'a>>, new: &Found<'a>) -> bool {
        old.is_some_and(|o| o.reading.dated()) && new.reading.class() == Class::Restate
    }

    /// Takes in the heads of sentences `..=si` of `sentences` (spans of
    /// `line`), and the phrases heading later clauses of those before
    /// `si`, in the order written.
    fn scan_sentences(&mut self, line: &'a str, sentences: &[Span], si: usize, heads: &Heads) {
        loop {
            if self.closed < self.scanned && self.closed < si {
                let i = self.closed;
                self.closed += 1;
                if self.asked != Some(i) {
                    self.take_later_heads(line, (i, sentences[i]), heads);
                    self.take_inner_year(line, sentences, i);
                } else {
                    self.take_last_listed_year(line, (i, sentences[i]), heads);
                    self.keep_opening_period(line, sentences, i);
                }
                continue;
            }
            if self.scanned > si || self.scanned >= sentences.len() {
                break;
            }
            let i = self.scanned;
            self.scanned += 1;
            let (found, first_end) = sentence_head_read(line, &line[sentences[i].range()], heads);
            self.first_end = (i, first_end);
            let Some(f) = found else {
                // (`…。对…进度缓慢问题，…1个项目已完工`: a new finding answered)
                if answered::answers_a_finding(&line[sentences[i].range()]) {
                    self.para = None;
                }
                self.carry_now(line, sentences, i);
                self.carry_stock(line, sentences, i);
                continue;
            };
            if f.reading.dated() {
                self.para_dated = Some(f.text);
            }
            if Scope::keeps(self.para, &f) {
                continue;
            }
            // (`去年同期为80万人次。`: a comparison's basis scopes its
            // sentence only)
            let basis = basis_headed(&line[sentences[i].range()], Some(f));
            // (`分季度看，一季度…`: one of the parts a breakdown lists)
            let part = by_time::breaks_down_by_time(&line[sentences[i].range()]);
            // (`十年共增加…`: the length of its own sentence's change)
            let own = basis || part || bare_years::bare_count(&line[sentences[i].range()], &f);
            // (`…。年末生猪存栏14.4万头。`: a later sentence's stock)
            let opening = i == 0 || (i == 1 && run_in_heading(&line[sentences[0].range()]));
            let own = own || (!opening && stock_sentence::year_end_word(&f));
            // (`…。其中6月当月同比下降17.6%。`: a part of the time before)
            let own = own || part_sentence::after_among(&line[sentences[i].range()], &f);
            let class = f.reading.class();
            if own || matches!(class, Class::Now | Class::Vague) {
                self.sent = (i, Some(f));
                self.head_sent = self.sent;
            }
            // (a time of writing also stays in force after its sentence,
            // dating none of the figures there: [`InForce::carried_now`])
            if !own && class != Class::Vague {
                self.para = Some(f);
            }
        }
    }

    /// `目前超过7,000亿元，但当中2,200亿元是…；约1,300亿元属于…`: a time of
    /// writing (or a vague time) in force in a sentence that ends with `；`
    /// stays in force in sentence `i` after it (with no head of its own):
    /// the two are parts of one list.
    fn carry_now(&mut self, line: &str, sentences: &[Span], i: usize) {
        let Some(prev) = i.checked_sub(1).and_then(|p| sentences.get(p)) else {
            return;
        };
        let listed = line[prev.range()].ends_with(['；', ';']);
        let now = self
            .sent
            .1
            .is_some_and(|f| matches!(f.reading.class(), Class::Now | Class::Vague));
        if listed && now && self.sent.0 == i - 1 {
            self.sent.0 = i;
        }
    }

    /// `…。年末户籍人口21万人。其中，男10.8万人`: the stock word heading
    /// the sentence before sentence `i` (with no head of its own), in force
    /// there for that sentence only, stays in force in `i` when `i` goes on
    /// breaking its stock down ([`stock_sentence`]).
    fn carry_stock(&mut self, line: &str, sentences: &[Span], i: usize) {
        let Some(prev) = i.checked_sub(1).and_then(|p| sentences.get(p)) else {
            return;
        };
        // (`…机构803个，…，年末收养各类人员5.6万人。其中…`: not a stock word
        // heading a later clause after figures it does not date)
        let own_clause = |f: &Found<'_>| {
            let at = offset_in(line, f.text);
            line.get(prev.start..at)
                .is_some_and(after_figures::figures_before)
        };
        let stock = self
            .sent
            .1
            .filter(|f| self.sent.0 == i - 1 && stock_sentence::year_end_word(f) && !own_clause(f));
        let goes_on = stock_sentence::goes_on(&line[prev.range()], &line[sentences[i].range()]);
        if self.sent.0 == i - 1 && stock.is_some() && goes_on {
            self.sent.0 = i;
            self.head_sent = self.sent;
        }
    }

    /// `…扩面提质，应对…有力有效，全年粮食总产稳中略升。出台…20条措施`: a
    /// year or span heading a later clause of a sentence that reports no
    /// figure stays in force for the sentences after it, as one opening a
    /// sentence does (in a sentence of figures it is theirs).
    fn take_later_heads(&mut self, line: &'a str, (i, span): (usize, Span), heads: &Heads) {
        // (the clause ends are found in the sentence alone, as it is read)
        let sentence = &line[span.range()];
        let first_end = match self.first_end {
            (k, Some(end)) if k == i => end,
            _ => next_clause_end(sentence, 0, sentence.len()),
        };
        let mut from = match first_end {
            Some(end) => end,
            None => return,
        };
        while from < sentence.len() {
            let end = next_clause_end(sentence, from, sentence.len()).unwrap_or(sentence.len());
            let clause = &sentence[from..end];
            // (`在去年农业丰收…的基础上`: the time of a circumstance; `2023年
            // 同期无事故`: the basis of a comparison)
            let at = (span.start + from, span.start + end);
            let head = self.clauses.head(line, at, heads);
            let f = head.filter(|_| !sets_circumstances(clause) && !basis_headed(clause, head));
            if let Some(f) = f.filter(|f| matches!(f.reading.class(), Class::Year | Class::Span)) {
                if f.reading.dated() {
                    self.para_dated = Some(f.text);
                }
                self.para = Some(f);
            }
            from = end;
        }
    }

    /// `全县上下在2023年取得了新成绩。地区生产总值增长5%`, `审计局对2023年度
    /// 区本级预算执行情况进行了审计。查出问题金额…`: in a paragraph that has
    /// put no period in force, a written year (or a part of one) that its
    /// opening sentence (the first, or the first after a run-in heading),
    /// reporting no figure, holds inside a clause, after a lead or
    /// between its topic and what is said of it, dates the figures of the
    /// sentences after it, as one opening that sentence would: the text
    /// has said what year it speaks of. The last one of the sentence is
    /// taken; no plan's target (`到2025年`) and no day (an event's date).
    fn take_inner_year(&mut self, line: &'a str, sentences: &[Span], i: usize) {
        let opening = i == 0 || (i == 1 && run_in_heading(&line[sentences[0].range()]));
        if self.para.is_some() || !opening {
            return;
        }
        let sentence = &line[sentences[i].range()];
        // (cheap refusal: every phrase taken writes its year with `年`
        // after a numeral, or a part of a year: [`inner_part`])
        if !writes_a_year(sentence) && !inner_part::writes_a_part(sentence) {
            return;
        }
        let mut from = 0;
        let mut last = None;
        while from < sentence.len() {
            let end = next_clause_end(sentence, from, sentence.len()).unwrap_or(sentence.len());
            let clause = &sentence[from..end];
            let dated = writes_a_year(clause);
            if let Some(f) = (dated || inner_part::writes_a_part(clause))
                .then(|| inside(clause))
                .flatten()
                .filter(|f| inner_year_carries(clause, f) || inner_part::carries(clause, f))
                .or_else(|| opening_frame::part_framing(clause))
            {
                last = Some(f);
            }
            from = end;
        }
        if let Some(f) = last {
            if f.reading.dated() {
                self.para_dated = Some(f.text);
            }
            self.para = Some(f);
        }
    }

    /// `2018年审结2520万件，2019年审结2905.6万件，…2022年审结3082.4万件。
    /// 其中，…连续两年超过3000万件`: a sentence of figures that walks year
    /// by year, three or more of its later clauses headed by written years,
    /// leaves the last of them in force for the sentences after it (not the
    /// first, which opened it): the text has come up to that year. (Two
    /// years are as often a change from one to the other: `１９８２年为…，
    /// １９８７年提高到…`; theirs, see [`Scope::take_later_heads`].)
    fn take_last_listed_year(&mut self, line: &'a str, (i, span): (usize, Span), heads: &Heads) {
        // (the heads of the clauses before the sentence's last figure were
        // read for its figures and are kept: no text is read again but the
        // last figure's own clause)
        let first = match self.first_end {
            (k, Some(Some(end))) if k == i => span.start + end,
            _ => span.start,
        };
        let mut walk = YearWalk::default();
        let mut read_to = first;
        for (at, f) in self.clauses.kept_heads(line, (first, span.end)) {
            if !walk.step(f) {
                return;
            }
            read_to = at + 1;
        }
        let (s, open_start, _) = self.open;
        if s == i && open_start >= read_to && walk.years > 0 {
            let end = next_clause_end(line, open_start, span.end).unwrap_or(span.end);
            let head = self.clauses.head(line, (open_start, end), heads);
            let clause = &line[open_start..end];
            let f = head.filter(|_| !sets_circumstances(clause) && !basis_headed(clause, head));
            if !walk.step(f) {
                return;
            }
        }
        if let (Some(f), 3..) = (walk.last, walk.years) {
            self.para_dated = Some(f.text);
            self.para = Some(f);
        }
    }

    /// `一是拓宽主动公开渠道。强化…功能，全年通过门户网站主动公开信息4511条。
    /// 督促…发布信息3044条`: a report states once, in a paragraph's opening
    /// sentence, what period its figures are of, at the sentence's head or
    /// after a topic clause. In a paragraph that has put no period in
    /// force, a plain period heading a later clause of its opening sentence
    /// of figures (the first, or the first after a run-in heading), and in
    /// force at its end, stays in force for the sentences after it, as one
    /// opening it does; so does one after a lead at a clause's head
    /// (`对2024年度区本级预算执行情况进行了审计，查出…。审计发现…`), and a
    /// stock's day (`…发布…快报，截至2022年底，…`, [`opening_stock`]). At a
    /// half-width `;` of the opening sentence the same holds. Further on,
    /// such a phrase scopes its sentence only; so do a span that names
    /// itself (`到2025年`, `2018年以来`), N years (`五年累计`), a
    /// same-period basis and a phrase inside a clause
    /// (`国民生产总值１９８７年达到…`).
    fn keep_opening_period(&mut self, line: &'a str, sentences: &[Span], i: usize) {
        let (s, Some(f)) = self.sent else {
            return;
        };
        let opening = i == 0 || (i == 1 && run_in_heading(&line[sentences[0].range()]));
        let plain = plain_period(&f) || opening_stock::stock_day(&f);
        if s != i || !opening || self.para.is_some() || !plain {
            return;
        }
        let before = &line[sentences[i].start..offset_in(line, f.text)];
        if !heads_clause(before)
            && !inner_part::after_opening_topic(&line[sentences[i].range()], &f)
        {
            return;
        }
        // (`…机构803个，拥有床位9.8万张，年末收养…`: a later clause's own)
        if after_figures::figures_before(before) {
            return;
        }
        if f.reading.dated() {
            self.para_dated = Some(f.text);
        }
        self.para = Some(f);
    }

    /// `2018年至2022年,…;其中,2022年受理…;办理民事案件…`: a later part of
    /// a sentence (starting after `sent_start`) that a half-width `;` ends
    /// at `end` is read as a sentence of its own, as `；` would end one: a
    /// time phrase opening it stays in force after it.
    fn keep_part_head(&mut self, line: &'a str, (sent_start, end): (usize, usize), heads: &Heads) {
        let Some(k) = line[sent_start..end - 1].rfind(';') else {
            return;
        };
        let part = &line[sent_start + k + 1..end];
        let (Some(f), _) = sentence_head_read(line, part, heads) else {
            return;
        };
        let vague = matches!(f.reading.class(), Class::Now | Class::Vague);
        if vague || basis_headed(part, Some(f)) || Scope::keeps(self.para, &f) {
            return;
        }
        if f.reading.dated() {
            self.para_dated = Some(f.text);
        }
        self.para = Some(f);
    }

    /// A time phrase at the head of the clause `line[from..end]` (of
    /// sentence `si`), or after a lead inside it, scopes the rest of its
    /// sentence.
    fn take_clause(
        &mut self,
        line: &'a str,
        span: (usize, usize),
        si: usize,
        heads: &Heads,
    ) -> bool {
        let found = self.clauses.scoping(line, span, heads);
        self.take(found, si, false)
    }

    /// Whether the phrase in force for the sentence is a yearly rate
    /// (`每年`) read inside the clause at bytes `from..end` of the line, not
    /// at its head: `按过往每年约3%的趋势提升服务，政府开支…增加7.5%` rates
    /// that clause alone.
    fn yearly_inside(&self, line: &str, from: usize, end: usize) -> bool {
        let Some(f) = self.sent.1 else {
            return false;
        };
        let at = (f.text.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
        f.reading.class() == Class::Every && at > from && at < end
    }

    /// As [`Scope::take_clause`] for the figure's own clause (`clause`,
    /// starting at `clause_start` of the line), which grows figure by
    /// figure: read on from where the last figure's reading stopped.
    fn take_open_clause(&mut self, clause: &'a str, si: usize, clause_start: usize) -> bool {
        let (s, c, ref scan) = self.open;
        if s != si || c != clause_start || scan.pos > clause.len() {
            self.open = (si, clause_start, InsideScan::default());
        }
        let scan = &mut self.open.2;
        let safe = crate::chars::floor_boundary(clause, clause.len().saturating_sub(READ_AHEAD))
            .max(scan.pos);
        // (nothing to read before the tail: the tail's own reading asks
        // whether the clause holds a time character at all)
        if safe > scan.pos {
            scan.read_to(clause, safe);
        }
        let (found, start) = scan.found_to_end(clause);
        match found {
            Some(f) => self.take(Some(f), si, false),
            None => self.take(clause_head_read(clause, start), si, true),
        }
    }

    /// The bytes from `from` (the start of a clause of sentence `si`) known
    /// to hold no [`is_inner_time_char`]: those the figure's own clause was
    /// searched for one, when it started there and was read from its start
    /// alone (its scan stands at its start).
    fn open_clean(&self, si: usize, from: usize) -> usize {
        let (s, c, ref scan) = self.open;
        if s == si && c == from && scan.pos == 0 {
            scan.clear
        } else {
            0
        }
    }

    /// Puts `found` in force for the rest of sentence `si`, unless it
    /// restates a written year in force and heads a clause before the
    /// figure's (`own`): `2017年，…。当年城镇新增就业人数41976人` has the
    /// word as written, `本年各项收入中，税收收入5亿元` the year.
    fn take(&mut self, found: Option<Found<'a>>, si: usize, own: bool) -> bool {
        let Some(f) = found else {
            return false;
        };
        let old = self.sent.1.filter(|_| self.sent.0 == si).or(self.para);
        if own || !Scope::keeps(old, &f) {
            self.sent = (si, Some(f));
        }
        if f.reading.dated() {
            self.sent_dated = (si, Some(f.text));
        }
        true
    }

    /// What is in force in sentence `si` after its clauses `from..to` of
    /// `line`, read again leaving out those a comparison's basis heads
    /// (`去年同期为98件，同比增加22件`: the basis's period, put in force
    /// for the figure of its own clause, is taken back).
    fn retake_without_bases(
        &mut self,
        line: &'a str,
        (from, to): (usize, usize),
        si: usize,
        heads: &Heads,
    ) {
        self.sent = if self.head_sent.0 == si {
            self.head_sent
        } else {
            (usize::MAX, None)
        };
        self.sent_dated = (usize::MAX, None);
        let mut at = from;
        while at < to {
            let end = next_clause_end(line, at, to).unwrap_or(to);
            if !self.clauses.heads_a_basis(line, (at, end), heads, 0) {
                self.take_clause(line, (at, end), si, heads);
            }
            if half_width_stop(line, end) {
                self.sent = self.head_sent;
            }
            at = end;
        }
    }

    /// The time phrase in force for a figure of sentence `si` (of
    /// `sentences`, spans of `line`) whose clause starts at `clause_start`
    /// and reads `clause` up to the figure and `rest` after it to the
    /// clause end.
    pub(crate) fn in_force(
        &mut self,
        line: &'a str,
        sentences: &[Span],
        si: usize,
        clause_start: usize,
        (clause, rest): (&'a str, &'a str),
        heads: &Heads,
    ) -> InForce<'a> {
        self.scan_sentences(line, sentences, si, heads);
        self.asked = Some(si);
        let sent_start = sentences
            .get(si)
            .map_or(clause_start, |s| s.start)
            .min(clause_start);
        if self.done.0 != si {
            self.done = (si, sent_start);
        }
        // the clauses of the sentence before the figure's, each once
        while self.done.1 < clause_start {
            let from = self.done.1;
            let end = next_clause_end(line, from, clause_start).unwrap_or(clause_start);
            let clean = self.open_clean(si, from);
            if self.clauses.heads_a_basis(line, (from, end), heads, clean) {
                self.retake_without_bases(line, (sent_start, from), si, heads);
            } else {
                self.take_clause(line, (from, end), si, heads);
            }
            let stop = half_width_stop(line, end);
            let para = self.para.map(|f| f.text.as_ptr());
            if stop {
                // (a `;` ends the opening sentence's part as `；` would)
                self.keep_opening_period(line, sentences, si);
                self.keep_part_head(line, (sent_start, end), heads);
            }
            if stop || self.yearly_inside(line, from, end) {
                self.sent = self.head_sent;
            }
            // (no part head kept: the period that opened the sentence's
            // first figure opens the next part too)
            let part_head = para != self.para.map(|f| f.text.as_ptr());
            if stop && !part_head && self.head_sent.0 != si && self.opening.0 == si {
                if let Some(f) = self.opening.1 {
                    self.sent = (si, Some(f));
                }
            }
            self.done.1 = end;
        }
        if !self.take_open_clause(clause, si, clause_start) {
            self.take(ahead(rest), si, false);
        }
        let (found, carried) = match self.sent {
            (s, Some(f)) if s == si => (Some(f), false),
            _ => (self.para, true),
        };
        if self.opening.0 != si {
            let opening = found
                .filter(|_| !carried)
                .and_then(|f| part_opening::opening(line, clause_start, clause, f));
            self.opening = (si, opening);
        }
        let carried_now = carried && found.is_some_and(|f| f.reading.class() == Class::Now);
        let dated = found.filter(|f| f.reading.dated()).map(|f| f.text);
        let sent_dated = self.sent_dated.1.filter(|_| self.sent_dated.0 == si);
        InForce {
            period: found.map(|f| f.text),
            year_from: dated.or(sent_dated).or(self.para_dated),
            carried_now,
        }
    }
}

/// The written years heading the later clauses of a sentence, in order
/// ([`Scope::take_last_listed_year`]).
#[derive(Clone, Copy, Debug, Default)]
struct YearWalk<'a> {
    /// The last year read, and how many.
    last: Option<Found<'a>>,
    years: u32,
}

impl<'a> YearWalk<'a> {
    /// Takes in a clause head; false when the clauses walk no years:
    /// `１９８２年为…，１９８７年提高到…` are the two ends of a change
    /// (a year not after the one before), `2020年以来` a span, not a year.
    fn step(&mut self, head: Option<Found<'a>>) -> bool {
        let Some(f) = head.filter(|f| f.reading.dated()) else {
            return true;
        };
        let prev = self.last.and_then(|l| whole_year(&l)).unwrap_or(i32::MIN);
        match whole_year(&f) {
            Some(y) if y > prev => {
                self.last = Some(f);
                self.years += 1;
                true
            }
            _ => false,
        }
    }
}

/// Whether a phrase after `before` (the text of its sentence before it)
/// heads its clause: at the head (or after a dateline's bracketed aside:
/// `中新社北京3月13日電 (記者 張素)2015年,`), after a lead there (`，在2023年`), or
/// after `对` and the short name of the body that acts (`审计机关对2024年度
/// 区本级预算执行情况进行了审计`).
fn heads_clause(before: &str) -> bool {
    let clause_start =
        |s: &str| s.is_empty() || s.ends_with(['，', '；', '：', ',', ';', ':', ')', '）']);
    if let Some(s) = before.strip_suffix(['对', '對']) {
        let body = s
            .rsplit(['，', '；', '：', ',', ';', ':'])
            .next()
            .unwrap_or(s);
        return body.chars().count() <= 8
            && body.chars().all(crate::chars::is_ideograph)
            && !body.ends_with(['比', '较', '較', '相']);
    }
    let s = before
        .strip_suffix(['在', '当', '當', '于', '於'])
        .unwrap_or(before);
    clause_start(s)
}

/// Whether `sentence` is a run-in heading or topic line that opens a
/// paragraph (`一是拓宽主动公开渠道。`, `2. 强化执法协调监督。`): short, and
/// one clause.
fn run_in_heading(sentence: &str) -> bool {
    sentence.len() <= 20 * 3 && !sentence.contains(['，', '；', '：', '、', ',', ';', ':'])
}

/// Whether `f` is a plain period of its own, one that may stay in force
/// past its sentence ([`Scope::keep_opening_period`]): written dates, a
/// part of the year or the whole year in force (`2023年`, `2025年1至11月`,
/// `上半年`, `全年`), not a span that names itself ([`Reading::self_evident`]:
/// up to a date, since one, a range across years), not a count of years,
/// not the same period of another year.
fn plain_period(f: &Found<'_>) -> bool {
    let r = &f.reading;
    match r.base {
        // (a range within one year, `2025年1至11月`, is a part of it)
        Base::Dates(d) => {
            let within_year = d
                .end
                .is_none_or(|e| e.year.is_none_or(|y| Some(y) == d.start.year));
            !d.odd
                && !r.event_date()
                && within_year
                && !r.until
                && r.tails.iter().flatten().all(|t| *t != "since")
        }
        // (`年度`, `本年度`, `当年`: the year in force, as `全年` is)
        Base::Word(w) => {
            matches!(
                w.class,
                Class::Year | Class::Span | Class::Head | Class::Restate
            ) && !w.time.starts_with("since:")
                && !w.time.starts_with("same:")
                && !r.self_evident()
        }
        _ => false,
    }
}

/// The year of a phrase that writes one whole year and nothing else
/// (`2019年`, `一九八七年`): no month, range, lead or tail.
fn whole_year(f: &Found<'_>) -> Option<i32> {
    match f.reading.base {
        Base::Dates(d)
            if d.end.is_none()
                && d.start.month.is_none()
                && d.start.quarter.is_none()
                && !f.reading.until
                && f.reading.tails[0].is_none() =>
        {
            d.start.year.map(|y| y.value)
        }
        _ => None,
    }
}

/// Whether `clause`, whose head ([`clause_head`]) is `head`, opens with the
/// same period of another year, the basis a comparison is made against
/// (`2023年同期无事故，相比增加2人`, `去年同期为0人，…`): its time holds in
/// that clause only, never for the figures compared after it.
fn basis_headed(clause: &str, head: Option<Found<'_>>) -> bool {
    let Some(f) = head else {
        return false;
    };
    let end = f.text.as_ptr() as usize - clause.as_ptr() as usize + f.text.len();
    f.text.ends_with("同期") || clause[end..].starts_with("同期")
}

/// Whether `f`, read at byte `i` of `clause` (not its head), is a
/// same-period word (`同期`, `同月`, `同季`) naming the same period of other
/// years, the basis a figure is measured against: after a word of
/// `period-same-bases.txt` (`為歷年同期新高`, `恢復至疫前同期的70.1%`) or
/// before a record (`為同期最高`). The figure keeps the period in force.
fn same_period_of_others(clause: &str, i: usize, f: &Found<'_>) -> bool {
    if !["同期", "同月", "同季"].iter().any(|w| f.text.ends_with(w)) {
        return false;
    }
    let after = &clause[i + f.reading.len..];
    SAME_BASES.suffix_of(&clause[..i]).is_some()
        || follows_other_time(&clause[..i])
        || RECORDS
            .prefix_of(after.strip_prefix('的').unwrap_or(after))
            .is_some()
}

/// Whether `text` holds a `年` right after a numeral (`2023年`, `一九八六年`,
/// `112年`): a year written out.
fn writes_a_year(text: &str) -> bool {
    text.match_indices('年')
        .any(|(k, _)| text[..k].chars().next_back().is_some_and(is_num_char))
}

/// Whether `f`, read inside `clause` of a sentence with no figure, may
/// stay in force after it ([`Scope::take_inner_year`]): a written year or
/// a part of one, no day, no plan's target (`到2025年`) and no span that
/// names itself from a start (`2018年以来` scopes its own sentence); after
/// a lead (`在`, `对`) or between a topic and what is said of it
/// (`全县经济2023年稳中有进`, not `券商2021年半年度财务报表`, a name), not
/// modifying a noun with `的`
/// (`在2013-2014年度的最终应缴税款中反映`: the year names the tax), and
/// no date of an act told (`已在１９８６年春宣布`).
fn inner_year_carries(clause: &str, f: &Found<'_>) -> bool {
    let Base::Dates(d) = f.reading.base else {
        return false;
    };
    let i = offset_in(clause, f.text);
    let mut before = clause[..i].chars().rev();
    let (p, pp) = (before.next().unwrap_or(' '), before.next().unwrap_or(' '));
    let rest = &clause[i + f.text.len()..];
    // (`并已在１９８６年春宣布…`, `早在2019年就…`: the date of an act told,
    // an adverb of the past before `在`, or a season after the year)
    let act = matches!(pp, '已' | '曾' | '早') || rest.starts_with(['春', '夏', '秋', '冬']);
    // (between a topic and a noun it names one: `券商2021年半年度财务报表`)
    let topic = || after_topic(clause, i, f) && predicate_follows(rest);
    (is_mid_lead(p) || topic())
        && !act
        && !rest.starts_with('的')
        && d.start.year.is_some()
        && d.start.day.is_none()
        && !d.odd
        && f.reading.class() == Class::Span
        && !f.text.starts_with(['到', '至', '从', '從', '自'])
        && !f.text.ends_with(['起', '来', '來', '今'])
}

/// Whether `before`, what stands before a same-period word inside a
/// clause, ends with another time that the word is the same period of
/// (`相当于2019年同期的80.0%`, `恢復至疫情前同期的18.1%`, `较2022年同月`):
/// a year written out or a time before an event (`疫情前`); `去年同期`
/// and `上年同期` are words of their own, read whole.
fn follows_other_time(before: &str) -> bool {
    let mut tail = before.chars().rev();
    match (tail.next(), tail.next()) {
        (Some('年'), Some(d)) => d.is_ascii_digit() || is_num_char(d),
        (Some('前'), Some(d)) => crate::chars::is_ideograph(d),
        _ => false,
    }
}

/// Whether the clause mark that ends at byte `end` of `line` is a
/// half-width `;` before an ideograph (`…上漲28.47%;民間固定投資…`): in text
/// punctuated so, it ends a sentence as `；` does, for the time phrases of
/// its clauses (the sentence itself is kept whole: SPEC's sentences are
/// cut at `；` alone).
fn half_width_stop(line: &str, end: usize) -> bool {
    line[..end].ends_with(';')
        && line[end..]
            .chars()
            .next()
            .is_some_and(crate::chars::is_ideograph)
}

/// Longest basis read between `与` and its closer, in characters.
const COMPARED_MAX_CHARS: usize = 16;

/// Where a basis written `与…相比` (`同…相比`, `與…比較`) that ends `s`
/// starts: at the nearest `与`/`與`/`同` before the closer in the same
/// clause (`与2020年同期相比`, `与疫情前的2019年相比`; `同` of `同期` opens
/// none).
fn compared_with(s: &str) -> Option<usize> {
    // (the closers of `words/comparison-closers.txt`)
    let w = lexicon::COMPARISON_TAIL.suffix_of(s)?;
    let head = &s[..s.len() - w.len()];
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= COMPARED_MAX_CHARS || crate::chars::is_clause_mark(c) {
            return None;
        }
        let next = head[i + c.len_utf8()..].chars().next();
        let opens = match c {
            '与' | '與' => true,
            '同' => !matches!(next, Some('期' | '比' | '样' | '樣' | '时' | '時' | '等')),
            _ => false,
        };
        if opens && next.is_some() {
            return Some(i);
        }
    }
    None
}

/// The words that name the basis of a change by themselves: `同比`,
/// `环比`, `与上年相比`; Hong Kong's `按年上升12%` (year on year).
pub(crate) const COMPARISONS: [&str; 10] = [
    "同比",
    "环比",
    "環比",
    "與上年相比",
    "与上年相比",
    "与去年相比",
    "與去年相比",
    "按年",
    "按季",
    "按月",
];

/// The basis of a change that ends `s` (the text right before a change
/// verb): `同比`, `环比`, `比上年`, `较2018年`, `比上年同期`. Returns the
/// byte offset where the basis starts.
pub(crate) fn basis_start(s: &str) -> Option<usize> {
    for w in COMPARISONS {
        if s.ends_with(w) {
            return Some(s.len() - w.len());
        }
    }
    if let Some(i) = compared_with(s) {
        return Some(i);
    }
    // `比上年`, `较2018年`, `比1980年末`: 比/较 within the last 10 chars,
    // not the noun 比重/比例/比率
    let mut count = 0;
    for (i, c) in s.char_indices().rev() {
        count += 1;
        if count > 10 {
            break;
        }
        if matches!(c, '，' | ',' | '、' | '。' | '；' | ';') {
            break;
        }
        if c == '比' || c == '较' || c == '較' {
            let rest = &s[i + c.len_utf8()..];
            if rest.is_empty()
                || rest.starts_with('重')
                || rest.starts_with('例')
                || rest.starts_with('率')
                || rest.starts_with('值')
            {
                return None;
            }
            // `较` inside a word (`较快`, `较大`) is an adverb
            if c != '比'
                && (rest.starts_with('快') || rest.starts_with('大') || rest.starts_with('好'))
            {
                return None;
            }
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(s: &str) -> &str {
        &s[..time_phrase(s)]
    }

    #[test]
    fn blanks_are_trimmed_as_trim_start_does() {
        for s in [
            "",
            "2023年",
            "一九五六年",
            "，全年",
            "（一）",
            "\u{3000}\u{3000}全年",
            "\u{a0}全年",
            "\u{2003}2023年",
            "\u{feff}全年",
            "\t 全年",
            "\u{b}全年",
            "\u{1c}全年",
            "\r\n本年",
            "ａ全年",
        ] {
            assert_eq!(trim_blanks(s), s.trim_start(), "{s:?}");
        }
    }

    #[test]
    fn full_width_numerals_are_valued_as_ascii_ones() {
        for t in ["0", "7", "12", "2023", "123456", "1234567", ""] {
            let wide: String = t
                .chars()
                .map(|c| char::from_u32(u32::from(c) - u32::from('0') + u32::from('０')).unwrap())
                .collect();
            assert_eq!(num_value(&wide), num_value(t), "{wide}");
        }
        assert_eq!(num_value("２0２3"), Some(2023));
        assert_eq!(num_value("一九五三"), Some(1953));
        assert_eq!(num_value("二十七"), Some(27));
    }

    #[test]
    fn blanks_are_trimmed_as_trim_end_does() {
        for s in [
            "",
            "全年",
            "增长",
            "2023",
            "全年\u{3000}",
            "全年\u{a0}",
            "全年\u{2003}",
            "全年\u{feff}",
            "全年 \t",
            "全年\u{b}",
            "全年\u{1c}",
            "本年\r\n",
            "全年ａ",
            "全年，",
            "㐀",
            "\u{1680}",
        ] {
            assert_eq!(trim_end_blanks(s), s.trim_end(), "{s:?}");
        }
    }

    #[test]
    fn date_next_holds_the_first_characters_of_marks_and_units() {
        for w in RANGE_MARKS.iter().chain(&DATE_UNITS) {
            assert!(w.starts_with(DATE_NEXT), "{w}");
        }
        for w in RANGE_MARKS {
            assert!(w.starts_with(RANGE_FIRST), "{w}");
        }
        for w in DATE_UNITS {
            assert!(!w.starts_with(RANGE_FIRST), "{w}");
        }
        for w in DATE_UNITS {
            assert!(w.ends_with(FROM_TO_LAST), "{w}");
        }
    }

    /// Each reader of [`own_period`] is asked only of a text ending with a
    /// character of its own: those characters end every word it strips.
    #[test]
    fn own_period_readers_are_refused_on_last_characters_they_read() {
        let ends = |words: &[&str], last: &[char]| {
            for w in words {
                assert!(w.ends_with(last), "{w}");
            }
        };
        ends(&OWN_YEAR_VERBS, &YEAR_VERB_LAST);
        ends(&DE_MODIFIERS, &DE_LAST);
        ends(&["的"], &DE_LAST);
        ends(&CHANGE_VERBS, &CHANGE_LAST);
        for (text, period) in [
            ("我国一九五二年生产", Some("一九五二年")),
            ("由一九五七年的", Some("一九五七年")),
            ("内河港口吞吐量5年增长", Some("5年")),
            ("较上年", Some("上年")),
            ("比上年增长", None),
            ("", None),
        ] {
            assert_eq!(own_period(text), period, "{text}");
        }
    }

    /// The byte search for inner time characters finds what a character
    /// search finds.
    #[test]
    fn inner_time_chars_are_found_by_their_last_byte() {
        for c in INNER_TIME_CHARS {
            assert_eq!(c.len_utf8(), 3, "{c}");
        }
        for c in ('\u{3000}'..='\u{FFFF}').chain(['a', '2']) {
            assert_eq!(is_inner_time_char(c), INNER_TIME_CHARS.contains(&c), "{c}");
        }
        for s in [
            "",
            "年",
            "a年",
            "2023年度",
            "增长5.2%",
            "其中前三季度",
            "來段",
            "é年",
            "增加",
            "ab年",
            "中华人民共和国成立以来",
            "１２月",
        ] {
            assert_eq!(
                holds_inner_time_char(s),
                s.contains(is_inner_time_char),
                "{s}"
            );
        }
    }

    /// The refusal of numerals on the character after them is in use (no
    /// word is numerals alone) and lets through every phrase a numeral
    /// starts, while figures are refused.
    #[test]
    fn numerals_are_refused_on_what_follows_them() {
        assert!(NUMERAL_NEXT.is_some());
        for s in [
            "2023年",
            "1-9月",
            "2023/24年度",
            "2025 年",
            "一季度",
            "五年来",
            "十四五期间",
            "十四五末",
        ] {
            assert!(s.starts_with(tp(s)) && tp(s).len() > 4, "{s}");
        }
        assert!(base("12.5%").is_none() && base("3亿元").is_none());
    }

    /// [`opening_mark`] reads by bytes what a character loop finds: the
    /// first mark among the first nine characters, in text of one-, two-,
    /// three- and four-byte characters.
    #[test]
    fn opening_mark_agrees_with_a_character_loop() {
        let by_chars = |t: &str| {
            t.char_indices()
                .take(9)
                .find(|(_, c)| matches!(c, '！' | '!' | '，' | ',' | '。'))
        };
        let texts = [
            "各位代表！刚刚过去的2025年，",
            "各位代表，",
            "2023年,天宁区",
            "一二三四五六七八，九",
            "一二三四五六七八九，",
            "ab𠀀é中！",
            "é𠀀、；：（），",
            "全年。",
            "",
            "Hello!",
        ];
        for t in texts {
            assert_eq!(opening_mark(t), by_chars(t), "{t}");
        }
        assert_eq!(opening_mark("一二三四五六七八，九"), Some((24, '，')));
        assert_eq!(opening_mark("一二三四五六七八九，"), None);
    }

    #[test]
    fn time_phrases() {
        assert_eq!(tp("2023年,天宁区"), "2023年");
        assert_eq!(tp("截至9月底,我区"), "截至9月底");
        assert_eq!(tp("今年以来共组织"), "今年以来");
        assert_eq!(tp("１９５５年国家决算"), "１９５５年");
        assert_eq!(tp("一九五三年中央"), "一九五三年");
        assert_eq!(tp("1-9月，全市"), "1-9月");
        assert_eq!(tp("2023年1-9月，全市"), "2023年1-9月");
        assert_eq!(tp("“十四五”期间，累计"), "“十四五”期间");
        assert_eq!(tp("过去五年，我们"), "过去五年");
        assert_eq!(tp("2012年底已达到"), "2012年底");
        assert_eq!(tp("从2001年起，在"), "从2001年起");
        assert_eq!(tp("去年底企业数量"), "去年底");
        assert_eq!(tp("全年制作执法证"), "全年");
        assert_eq!(tp("上半年"), "上半年");
        assert_eq!(tp("十年前的3倍"), "十年前");
        assert_eq!(tp("五年来，我们"), "五年来");
        assert_eq!(tp("五年累计使用外资"), "五年");
        assert_eq!(tp("当年新增"), "当年");
        assert_eq!(tp("2023年第一季度，全市"), "2023年第一季度");
        assert_eq!(tp("2023/24年度，共"), "2023/24年度");
        assert_eq!(tp("2020/21至2024/25年度，共興建"), "2020/21至2024/25年度");
        assert_eq!(tp("一九五三年年底，全国"), "一九五三年年底");
        assert_eq!(tp("过去5年，政府"), "过去5年");
        assert_eq!(tp("未来二、三十年，收入"), "未来二、三十年");
        assert_eq!(tp("未来10年供应"), "未来10年");
        assert_eq!(tp("近3年来，全市"), "近3年来");
        assert_eq!(tp("过去6个月，全市"), "过去6个月");
        // the first months of a year written after it (issue 9)
        assert_eq!(tp("2026年前五个月，全市"), "2026年前五个月");
        assert_eq!(tp("今年前2个月，全县"), "今年前2个月");
        assert_eq!(tp("2022年前10月，全省"), "2022年前10月");
        assert_eq!(tp("2025年头三个月，全区"), "2025年头三个月");
        // a bare `月` counts months alone too (`前9月`, `累計前10月`)
        assert_eq!(tp("前9月，全省"), "前9月");
        assert_eq!(tp("前10月份出口"), "前10月份");
        assert_eq!(tp("前3月5日"), "");
        // a quarter alone, without 度 or with a digit
        assert_eq!(tp("第三季，全省"), "第三季");
        assert_eq!(tp("第3季度，全省"), "第3季度");
        assert_eq!(tp("第３季出口"), "第３季");
        assert_eq!(tp("前三季，全省"), "前三季");
        assert_eq!(tp("2025年前三季，全省"), "2025年前三季");
        // `今年来` is since the year began; `今年来华` is `今年`, then a verb
        assert_eq!(tp("今年来，全市"), "今年来");
        assert_eq!(tp("今年来华游客"), "今年");
        // (not after a month, nor `前` before a noun)
        assert_eq!(tp("2025年3月前两个月"), "2025年3月");
        assert_eq!(tp("2025年前期工作"), "2025年");
        assert_eq!(tp("两年半内已开展"), "两年半内");
        assert_eq!(tp("回归以来政府"), "回归以来");
        assert_eq!(tp("到推算期末，收入"), "到推算期末");
        // (a year, not a count: `过去的2025年`)
        assert_eq!(tp("过去的2025年，全省"), "");
        assert_eq!(read("未来基金").map(|r| r.class()), Some(Class::Future));
    }

    #[test]
    fn first_characters_cover_the_word_lists() {
        for w in WORDS.all().chain(LEADS.all()) {
            let c = w.chars().next().unwrap_or(' ');
            assert!(is_num_char(c) || is_time_first(c), "{w}");
        }
    }

    /// Every row of every period word file parses, and no word is listed
    /// twice in one file.
    #[test]
    fn word_files_parse_without_duplicates() {
        let files: [(&str, &str, usize); 13] = [
            ("period-frames.txt", FRAMES_TXT, 1),
            ("period-equated-verbs.txt", EQUATED_TXT, 1),
            ("period-report-verbs.txt", REPORT_VERBS_TXT, 1),
            ("period-same-bases.txt", SAME_BASES_TXT, 1),
            ("period-records.txt", RECORDS_TXT, 1),
            ("period-words.tsv", WORDS_TSV, 3),
            ("period-tails.tsv", TAILS_TSV, 2),
            ("period-leads.tsv", LEADS_TSV, 3),
            ("period-openers.txt", OPENERS_TXT, 1),
            ("period-not-after.txt", NOT_AFTER_TXT, 1),
            ("period-plans.txt", PLANS_TXT, 1),
            ("period-year-verbs.txt", YEAR_VERBS_TXT, 1),
            ("period-targets.txt", TARGETS_TXT, 1),
        ];
        for (name, text, cols) in files {
            let mut seen = std::collections::HashSet::new();
            let mut n = 0;
            for r in rows(text) {
                assert_eq!(r.len(), cols, "{name}: {r:?}");
                assert!(!r[0].is_empty() && !r[0].contains(' '), "{name}: {r:?}");
                assert!(seen.insert(r[0]), "{name}: {} twice", r[0]);
                n += 1;
            }
            assert!(n > 0, "{name} is empty");
        }
        assert!(WORDS.all().count() > rows(WORDS_TSV).count());
        for r in rows(WORDS_TSV) {
            assert!(class_of(r[1]).is_some(), "period-words.tsv: class {}", r[1]);
        }
        for r in rows(LEADS_TSV) {
            assert!(matches!(r[1], "kept" | "dropped"), "{r:?}");
            assert!(matches!(r[2], "until" | "same"), "{r:?}");
        }
    }

    #[test]
    fn start_bits_agree_with_the_characters_that_start_phrases() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(may_start(c), is_num_char(c) || is_time_first(c), "{c}");
        }
    }

    /// What [`Heads`] rests on: a reading stops at the first clause mark
    /// after its start, since no word it is read with holds one.
    #[test]
    fn phrase_words_hold_no_clause_mark() {
        use super::super::sentence::is_clause_mark;
        let texts = [
            WORDS_TSV,
            TAILS_TSV,
            LEADS_TSV,
            OPENERS_TXT,
            NOT_AFTER_TXT,
            YEAR_VERBS_TXT,
            RECORDS_TXT,
            SAME_BASES_TXT,
            REPORT_VERBS_TXT,
            TARGETS_TXT,
        ];
        let listed = texts.into_iter().flat_map(rows).map(|r| r[0]);
        let counted = COUNT_LEADS.iter().map(|(w, _)| *w);
        for w in listed.chain(counted).chain(WORDS.all()).chain(TAILS.all()) {
            assert!(!w.chars().any(is_clause_mark), "{w}");
        }
    }

    /// A sentence's head recalled from the paragraph's openings is the one
    /// read from the sentence.
    #[test]
    fn heads_kept_for_openings_are_the_sentences_heads() {
        let lines = [
            "2023年，全区GDP增长5%。与上年相比，2024年收入增长3%。",
            "在此期间，2023年共办理12件。全年GDP增长5%",
            "截至2024年底，共有3家；目前有4家。今年以来，新增2家。",
            "我省2025年完成投资1,200亿元，增长6%。到2025年实现全覆盖的目标。",
            "全年粮食产量112年,增加。政府去年建议增加3%。",
        ];
        let mut recalled = 0;
        for line in lines {
            let mut heads = Heads::default();
            for piece in super::super::sentence::split_full_stops(line) {
                paragraph_opening(line, piece, Some(&mut heads));
            }
            let mut spans = Vec::new();
            super::super::sentence::split(line, &mut spans);
            for sp in spans {
                let s = &line[sp.range()];
                recalled += usize::from(heads.recall(line, s).is_some());
                let kept = sentence_head(line, s, &heads).map(|f| f.text);
                let read = sentence_head(line, s, &Heads::default()).map(|f| f.text);
                assert_eq!(kept, read, "{s}");
            }
        }
        assert!(recalled >= 4, "{recalled}");
    }

    /// `may_head` refuses only heads `head_of` reads no time at: checked
    /// at every character of three reports and at the heads a time is
    /// read at through each of its ways in.
    #[test]
    fn heads_refused_on_their_first_characters_read_no_time() {
        let texts = [
            include_str!("../../tests/data/001_national_gwr_1954.txt"),
            include_str!("../../tests/data/029_prov_gwr_2026_jiangsu.txt"),
            include_str!("../../tests/data/context/tianning-justice-2023.txt"),
            "刚刚过去的2025年，全省GDP增长5%。安徽省一季度的GDP增长。政府下年度的总开支。\
             疫情防控期间，共办理3件。专项行动期间，全县。我省2025年。全县全年共受理。\
             （2024年4月18日）今年一季度，增长。“2023年，全市…”市长说。例如一九五三年",
        ];
        let (mut refused, mut found) = (0, 0);
        for text in texts {
            for (i, _) in text.char_indices() {
                let c = head_start(&text[i..]);
                let read = head_of(c, None).0;
                found += usize::from(read.is_some());
                if !may_head(c) {
                    refused += 1;
                    assert!(
                        read.is_none(),
                        "{}",
                        &c[..crate::chars::floor_boundary(c, 60)]
                    );
                }
            }
        }
        assert!(refused > found, "{refused} {found}");
        for s in [
            "刚刚过去的2025年，",
            "安徽省一季度的GDP",
            "疫情防控期间，",
            "我省2025年",
        ] {
            assert!(clause_head(s).is_some() && may_head(s), "{s}");
        }
    }

    #[test]
    fn leads_start_with_their_first_characters() {
        for w in LEADS.all() {
            assert!(w.starts_with(LEAD_FIRST), "{w}");
        }
    }

    #[test]
    fn count_leads_start_with_their_first_characters() {
        for (w, _) in COUNT_LEADS {
            assert!(w.starts_with(COUNT_FIRST), "{w}");
        }
    }

    #[test]
    fn framing_clauses_are_told_by_their_last_character() {
        for w in FRAME_ENDS
            .iter()
            .chain(&CIRCUMSTANCE_ENDS)
            .chain(FRAMES.iter())
        {
            assert!(may_frame(&format!("在{w}")), "{w}");
        }
        assert!(!may_frame("全年地区生产总值增加"));
        assert!(!may_frame(""));
    }

    #[test]
    fn periods_inside_clauses() {
        let f = |s: &'static str| inside(s).map(|f| f.text);
        assert_eq!(
            f("审计机关对2024年度区本级预算执行情况进行了审计"),
            Some("2024年度")
        );
        assert_eq!(
            f("我们在一九五八年动员全民的力量增产钢铁"),
            Some("一九五八年")
        );
        assert_eq!(
            f("我国农业总产值从一九五三年至一九八○年的二十八年间"),
            Some("一九五三年至一九八○年")
        );
        // (up to a figure bound to it by `的`: that figure's own time, or
        // the basis of its ratio, read by `own_period`)
        assert_eq!(f("我国农业总产值从一九五三年至一九八○年的"), None);
        assert_eq!(f("收入是“九五”时期的4.08倍，"), None);
        assert_eq!(
            f("连续部署推进“十大重点民生实事”、近五年累计投入资金"),
            Some("近五年")
        );
        // comparison bases, dates in names and events: none
        assert_eq!(f("地区生产总值比2019年增长"), None);
        assert_eq!(f("获评2023年度优秀案件"), None);
        assert_eq!(f("贯彻对2022年7月1日起施行的条例"), None);
        assert_eq!(f("平均每年增长"), None);
        assert_eq!(f("截至9月底,我区"), None);
        assert_eq!(f("6家银行2022年以来"), Some("2022年以来"));
        assert_eq!(f("学校却于2021年花费"), Some("2021年"));
        assert_eq!(f("增速高于2019年"), None);
        assert_eq!(f("提前完成到2025年实现全覆盖的目标"), None);
        assert_eq!(f("3家地方中小银行至2024年底"), Some("至2024年底"));
    }

    #[test]
    fn sentence_heads() {
        let f = |s: &'static str| sentence_head(s, s, &Heads::default()).map(|f| f.text);
        assert_eq!(f("2023年,天宁区司法局坚持…。"), Some("2023年"));
        assert_eq!(f("初步核算，全年地区生产总值…。"), Some("全年"));
        assert_eq!(
            f("与解放前相比，在一九五三年年底，全国…；"),
            Some("一九五三年年底")
        );
        assert_eq!(f("例如一九五三年中央六个工业部…。"), Some("一九五三年"));
        assert_eq!(
            f("根据１９５５年对３，２８０个单位的统计，节约…。"),
            Some("１９５５年")
        );
        assert_eq!(
            f("在基本建设方面，根据１９５５年对３，２８０个单位的统计，节约…。"),
            Some("１９５５年")
        );
        assert_eq!(
            f("这里要指出的是，在刚刚过去的１９８７年，我国…。"),
            Some("１９８７年")
        );
        assert_eq!(f("——这是产业发展升级焕新的五年。"), Some("五年"));
        assert_eq!(f("今后，农村产业结构的调整要…。"), None);
        assert_eq!(f("2026年重点做好哪些工作？"), None);
        assert_eq!(f("2026年工作安排。"), None);
        assert_eq!(f("2022年7月1日起施行的条例规定…。"), None);
    }

    #[test]
    fn a_figure_s_own_period() {
        assert_eq!(own_period("使钢产量由一九五七年的"), Some("一九五七年"));
        assert_eq!(own_period("压缩到目前的平均"), Some("目前"));
        assert_eq!(own_period("截至2023年底的"), Some("截至2023年底"));
        assert_eq!(own_period("提高到现在的"), Some("现在"));
        assert_eq!(own_period("是十年前的"), None);
        assert_eq!(own_period("全区的"), None);
    }

    #[test]
    fn dates_as_written() {
        let d = |s: &str| match read(s).map(|r| r.base) {
            Some(Base::Dates(d)) => Some(d),
            _ => None,
        };
        let y = |value| {
            Some(Year {
                value,
                fiscal: false,
                school: false,
            })
        };
        let fy = |value| {
            Some(Year {
                value,
                fiscal: true,
                school: false,
            })
        };
        assert_eq!(
            d("2023年1-9月").map(|d| (d.start.year, d.start.month, d.end.and_then(|e| e.month))),
            Some((y(2023), Some(1), Some(9)))
        );
        assert_eq!(
            d("2020至2024年").map(|d| (d.start.year, d.end.and_then(|e| e.year))),
            Some((y(2020), y(2024)))
        );
        assert_eq!(
            d("二〇二五至二六年度").map(|d| (d.start.year, d.end)),
            Some((fy(2025), None))
        );
        assert_eq!(
            d("2020/21至2024/25年度").map(|d| (d.start.year, d.end.and_then(|e| e.year))),
            Some((fy(2020), fy(2024)))
        );
        assert_eq!(d("112年度").map(|d| d.start.year), Some(y(2023)));
        assert_eq!(d("一九五六年").map(|d| d.start.year), Some(y(1956)));
        assert_eq!(d("2023年一季度").map(|d| d.start.quarter), Some(Some(1)));
        assert_eq!(
            d("九月二十七日").map(|d| (d.start.month, d.start.day)),
            Some((Some(9), Some(27)))
        );
    }

    #[test]
    fn five_year_plans_written_out() {
        assert_eq!(tp("第一个五年计划期间，国家"), "第一个五年计划期间");
        assert_eq!(tp("第二个五年计划时期内"), "第二个五年计划时期");
        assert!(matches!(
            read("第一个五年计划期间").map(|r| r.base),
            Some(Base::Plan(1))
        ));
        assert_eq!(tp("第一个五年计划的完成"), "");
    }

    #[test]
    fn not_time_phrases() {
        for s in [
            "5年过渡期",
            "连续3年",
            "区法律援助中心",
            "一批",
            "十件民生实事",
            "三年行动",
            // durations of three digits are no Republic of China years
            "100年历程",
            "150年历史",
            "二六年度",
        ] {
            assert_eq!(tp(s), "", "{s}");
        }
    }

    #[test]
    fn record_spans_are_no_periods() {
        let at = |s: &'static str| Found::at(s).map(|f| f.text);
        assert_eq!(at("24年来新低之3.38%"), None);
        assert_eq!(at("2011年以来的最高水平"), None);
        assert_eq!(at("改革开放以来首次"), None);
        assert_eq!(at("24年来，全市"), Some("24年来"));
        // (a year alone is no span up to now: `2023年最高气温`)
        assert_eq!(at("2023年最高气温"), Some("2023年"));
    }

    #[test]
    fn republic_of_china_and_fiscal_years() {
        assert_eq!(tp("112年度中央政府總預算"), "112年度");
        assert_eq!(tp("截至113年6月底，全國"), "截至113年6月底");
        assert_eq!(tp("112年全年來臺旅客"), "112年全年");
        assert_eq!(tp("二〇二五至二六年度財政預算案"), "二〇二五至二六年度");
        assert_eq!(tp("2014-2015年度的政府經營開支"), "2014-2015年度");
        assert_eq!(tp("2013-14至2015-16年度，房屋署"), "2013-14至2015-16年度");
        assert_eq!(tp("2015/16學年，全港"), "2015/16學年");
        assert_eq!(tp("2024/2025学年，全市"), "2024/2025学年");
        assert_eq!(tp("2024/2026学年"), "");
        assert_eq!(tp("2024财年，公司"), "2024财年");
        assert_eq!(tp("2025財政年度，公司"), "2025財政年度");
        assert_eq!(tp("汛期以来，全市"), "汛期以来");
        assert_eq!(tp("上(9)月出口"), "上(9)月");
        assert_eq!(tp("本（10）月份，全市"), "本（10）月份");
        assert_eq!(tp("上(13)月"), "");
        assert_eq!(tp("第一季度至第四季度，结案率"), "第一季度至第四季度");
        assert_eq!(tp("一季度到三季度，全市"), "一季度到三季度");
        assert_eq!(tp("第三季度至第一季度"), "第三季度");
        assert_eq!(tp("春运期间，全市"), "春运期间");
        assert_eq!(tp("一学年内"), "");
        assert_eq!(tp("2013-14年度至2015-16年度，"), "2013-14年度至2015-16年度");
        assert_eq!(tp("今年首三季訪港旅客"), "今年首三季");
        assert_eq!(tp("今年以來，訪港"), "今年以來");
        assert_eq!(tp("過去五年，政府"), "過去五年");
        assert_eq!(tp("2018年以來，共"), "2018年以來");
        assert_eq!(tp("五年來，我們"), "五年來");
        // a year opening a clause, set off by a comma of either width
        assert_eq!(tp("113年,我國經濟"), "113年");
        // Taiwan glosses a relative year with its number
        assert_eq!(tp("今(114)年1至3月出口"), "今(114)年1至3月");
        assert_eq!(tp("去（113）年全年出口"), "去（113）年全年");
        assert_eq!(tp("今(2024)年"), "今(2024)年");
        assert_eq!(tp("今(1)年"), "");
        assert_eq!(tp("今年一季度，全市"), "今年一季度");
        assert_eq!(tp("本財政年度的赤字"), "本財政年度");
        assert_eq!(tp("112年，全國"), "112年");
        assert_eq!(tp("113年第3季經濟成長"), "113年第3季");
        assert_eq!(tp("113年上半年出口"), "113年上半年");
        // (`113年前`: years ago, no year)
        assert!(matches!(
            read("113年前").map(|r| r.base),
            Some(Base::YearsBack { ago: true, .. })
        ));
        // (a length of time: `建校113年校庆`)
        assert_eq!(tp("113年校庆"), "");
    }

    #[test]
    fn hong_kong_basis() {
        assert_eq!(basis_start("按年"), Some(0));
        assert_eq!(
            basis_start("訪港旅客按年").map(|i| &"訪港旅客按年"[i..]),
            Some("按年")
        );
    }

    #[test]
    fn bases() {
        fn b(s: &str) -> Option<&str> {
            basis_start(s).map(|i| &s[i..])
        }
        assert_eq!(b("规模以上工业增加值同比"), Some("同比"));
        assert_eq!(b("城镇化率比上年"), Some("比上年"));
        assert_eq!(b("受理量较2018年"), Some("较2018年"));
        assert_eq!(b("占服务业比重"), None);
        assert_eq!(b("地区生产总值"), None);
        // `与…相比`: from `与` (not the `同` of `同期`) to the closer
        assert_eq!(b("案件与2020年同期相比"), Some("与2020年同期相比"));
        assert_eq!(b("案件與2019年同期比較"), Some("與2019年同期比較"));
        assert_eq!(b("人数同疫情前的2019年相比"), Some("同疫情前的2019年相比"));
        assert_eq!(b("同期相比"), None);
        assert_eq!(b("案件，2020年同期相比"), None);
    }
}
