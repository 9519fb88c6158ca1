//! Periods resolved to dates: the `time` field (SPEC §2.2).
//!
//! A written period is first read into a [`Template`], which depends on the
//! text alone and is cached per distinct period string of a document; the
//! template is then resolved against the [`Years`] in force: the
//! document's own year (what `今年` means), the year its results are for,
//! and the year in force at the figure (the paragraph's written year, else
//! the headings', else the results year).
//!
//! - A year alone runs from January 1 to December 31; `1-9月` from January
//!   1 to September 30 of the year in force; months end on their real last
//!   day (February 29 in leap years).
//! - `截至9月底`, `年末`, `2012年底`, `目前` are stocks at a date:
//!   `{start: null, end: …}`. `今年以来`, `从2001年起`: `{start: …, end: null}`.
//! - `上年`, `去年` are the year before the document's; `过去五年`, `五年来`
//!   the five years up to the results year.
//! - Republic of China year N is N + 1911; a Hong Kong fiscal year
//!   `2023/24年度` (`二〇二五至二六年度`) runs from April 1 to March 31;
//!   `一九五六年` is read digit by digit; the `k`-th five-year plan
//!   (`“十四五”期间`) is its five years.
//! - A paragraph or sentence opening a span of years (`这五年，`,
//!   `回望过去五年，`) starts a review block: figures with no period of
//!   their own span those years until another time opens a sentence; a
//!   heading that names no year but the plan (`三、全力抓好七项重点工作`) is
//!   the document's own year.
//! - Within a span of years, a level reached (`达到3.6万亿元`,
//!   `提高到58.8%`) or a stock (`覆盖13.5亿人`, `装机容量突破8000万千瓦`,
//!   `现已吸纳…`; words in `time-levels.tsv`) is the final year's, unless a
//!   flow word (`累计`, `年均`, `每年`; `time-flows.txt`) says otherwise;
//!   the start of a change (`从0.94万家增加到…`) is the year before the
//!   span's, or the year written after its `从`/`由` (`由2002年7703元…`).
//!   A yearly amount (`每年资助…`) spans the review's years; a yearly
//!   average dated by the last year of a span the review opened
//!   (`五年来…。1987年…平均每年增长14.7%`) is that span's.
//! - A report delivered to a people's congress in November or December
//!   (`——2022年12月27日在…人民代表大会…上`) reports that year, whatever
//!   year its title names (`year_end.rs`); an unmarked part title of a
//!   review (`过去五年工作回顾`) dates the numbered headings under it
//!   (`part_title.rs`).
//! - A document whose first lines name no year (a news report of a
//!   meeting opening with its scene) takes the year a later paragraph
//!   heads its first sentence with (`《报告》指出，2019年是…`), when no
//!   figure came before it (`late_year.rs`); the years of a biography
//!   (`县长：某某 1946年生，…`, `1946年10月生`) and a founding date
//!   (`1984年8月建队，…`) date no document (`biography.rs`,
//!   [`dates_an_event`]), nor does a year a title compares with
//!   (`…恢复至2019年九成`, `title_basis.rs`). A report titled with its
//!   year that opens with a congress session of the next year was
//!   delivered then (`session_day.rs`).
//! - A news lead reporting a release, that day, of a year's whole record
//!   (`某处今日发表工作回顾，总结…2022年`) is written the next year: its
//!   `去年` is the year released (`released.rs`).
//! - A title line with a year and `实事`/`任务`/`目标` after the headings
//!   began (`2026年省十件民生实事`, an appendix) dates the figures under
//!   it; a count of the text's own topics (`以上讲的五个问题`) has no time.

use once_cell::sync::Lazy;

use super::lexicon::WordSet;
use super::period::{self, Atom, Base, Dates, Reading};

use crate::record::{Date, TimeSpan};

mod anaphora;
mod basis_value;
mod biography;
mod breakdown;
mod calendar;
mod change_span;
mod cited_record;
mod continued;
mod dateline;
mod glossed_year;
mod held_list;
mod holiday;
mod late_year;
mod listed_measures;
mod looked_back;
mod measure_list;
mod multiple;
mod normal;
mod part_title;
mod reference;
mod released;
mod sentence_roles;
mod session_day;
mod short_year;
mod since;
mod title_basis;
mod title_range;
mod titled_last_year;
mod year_end;
mod year_flow;
mod year_start;

pub(crate) use basis_value::{basis_role, basis_value};
pub(crate) use dateline::MAX_AWAITED;
pub(crate) use listed_measures::{listed_role, next_value};
pub(crate) use measure_list::listed_under_measure;
pub(crate) use sentence_roles::{At, SentenceRoles};
pub(crate) use since::{since_event_at, Since, YilaiScan};
pub(crate) use year_flow::after_flow;

/// Which year a point of a period counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// A year as written.
    Abs(i32),
    /// The document's own year plus an offset (`今年`, `去年`, `明年`).
    Anchor(i32),
    /// The year in force at the figure (`全年`, `年底`, `1-9月`).
    Current,
    /// The results year plus an offset (`过去五年` starts at −4).
    Results(i32),
    /// The last year of the document's century (`本世纪末` in 1988: 2000).
    CenturyEnd,
    /// The year written last before it, in its paragraph or headings,
    /// plus an offset (`同年`, `次年` +1); none without one.
    Written(i32),
}

/// A day, month or year of a period: `month` 0 is the whole year, `day` 0
/// the whole month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Point {
    year: YearRef,
    month: u8,
    day: u8,
}

impl Point {
    fn year(year: YearRef) -> Point {
        Point {
            year,
            month: 0,
            day: 0,
        }
    }

    fn month(year: YearRef, month: u8) -> Point {
        Point {
            year,
            month,
            day: 0,
        }
    }

    fn first(self, ys: &Years) -> Option<Date> {
        let y = ys.year(self.year)?;
        Date::new(y, u32::from(self.month.max(1)), u32::from(self.day.max(1)))
    }

    fn last(self, ys: &Years) -> Option<Date> {
        let y = ys.year(self.year)?;
        match (self.month, self.day) {
            (0, _) => Date::last_of(y, 12),
            (m, 0) => Date::last_of(y, m),
            (m, d) => Date::new(y, m.into(), d.into()),
        }
    }
}

/// A period read from its text, before the years in force are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Template {
    /// From the first day of one point to the last day of another.
    Span(Point, Point),
    /// From the first day of a point on: `今年以来`.
    Since(Point),
    /// A stock at the last day of a point: `截至9月底`, `年末`.
    Until(Point),
    /// A stock at the first day of a point: `年初`.
    AtFirst(Point),
    /// Written, but not resolvable to dates: `近年来`, `同期`.
    Unknown,
}

/// The years a period is resolved against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Years {
    /// The document's own year: what `今年` means.
    pub anchor: Option<i32>,
    /// The year the document's results are for.
    pub results: Option<i32>,
    /// The year in force at the figure.
    pub current: Option<i32>,
    /// The year written last before the figure, in its paragraph or
    /// headings (not the document's title).
    pub written: Option<i32>,
}

impl Years {
    fn year(&self, r: YearRef) -> Option<i32> {
        match r {
            YearRef::Abs(y) => Some(y),
            YearRef::Anchor(o) => self.anchor.or(self.current).map(|y| y + o),
            YearRef::Current => self.current.or(self.results).or(self.anchor),
            YearRef::Results(o) => self.results.or(self.current).or(self.anchor).map(|y| y + o),
            YearRef::CenturyEnd => self.anchor.or(self.results).map(|y| (y + 99) / 100 * 100),
            YearRef::Written(o) => self.written.map(|y| y + o),
        }
    }
}

impl Template {
    /// The dates, with the years in force.
    pub(crate) fn resolve(self, ys: &Years) -> Option<TimeSpan> {
        match self {
            Template::Span(a, b) => TimeSpan::new(Some(a.first(ys)?), Some(b.last(ys)?)),
            Template::Since(a) => TimeSpan::new(Some(a.first(ys)?), None),
            Template::Until(b) => TimeSpan::new(None, Some(b.last(ys)?)),
            Template::AtFirst(a) => TimeSpan::new(None, Some(a.first(ys)?)),
            Template::Unknown => None,
        }
    }

    /// The whole year `y`.
    pub(crate) fn year(y: i32) -> Template {
        let p = Point::year(YearRef::Abs(y));
        Template::Span(p, p)
    }

    /// Whether it is whole months of one year (`今年5月`, `1-6月`,
    /// `一季度`): no whole year, no day, no span of years.
    pub(crate) fn months_of_one_year(self) -> bool {
        matches!(self, Template::Span(a, b) if a.year == b.year && a.day == 0 && b.day == 0 && a.month > 0)
    }

    /// The year it writes out, if it writes one (the last).
    pub(crate) fn written_year(self) -> Option<i32> {
        let p = match self {
            Template::Span(_, p)
            | Template::Since(p)
            | Template::Until(p)
            | Template::AtFirst(p) => p,
            Template::Unknown => return None,
        };
        match p.year {
            YearRef::Abs(y) => Some(y),
            _ => None,
        }
    }

    /// The year it starts in, if written (`二〇二四至二五年度`: 2024).
    pub(crate) fn first_year(self) -> Option<i32> {
        match self.ends()?.0.year {
            YearRef::Abs(y) => Some(y),
            _ => None,
        }
    }

    /// Whether it runs over more than one year (`过去五年`, `“十四五”时期`).
    fn spans_years(self) -> bool {
        matches!(self, Template::Span(a, b) if a.year != b.year)
    }

    /// The first and last points.
    fn ends(self) -> Option<(Point, Point)> {
        match self {
            Template::Span(a, b) => Some((a, b)),
            Template::Since(p) | Template::Until(p) | Template::AtFirst(p) => Some((p, p)),
            Template::Unknown => None,
        }
    }
}

/// The first day of the `k`-th five-year plan: 1953, 1958, then from the
/// third (1966) every five years.
fn plan_start(k: u32) -> Option<i32> {
    let k = i32::try_from(k).ok()?;
    match k {
        1 => Some(1953),
        2 => Some(1958),
        3..=40 => Some(1966 + 5 * (k - 3)),
        _ => None,
    }
}

/// The first and last points of a written date.
fn atom_points(a: &Atom, inherit: Option<&Atom>) -> (Point, Point) {
    let year = a
        .year
        .or(inherit.and_then(|i| i.year))
        .map_or(YearRef::Current, |y| YearRef::Abs(y.value));
    let whole = a.month.is_none() && a.quarter.is_none();
    let fiscal = a.year.is_some_and(|y| y.fiscal) && whole;
    if let (true, YearRef::Abs(y)) = (fiscal, year) {
        return fiscal_points(y);
    }
    // a school year: September to August
    if let (true, YearRef::Abs(y)) = (a.year.is_some_and(|y| y.school) && whole, year) {
        return (Point::month(year, 9), Point::month(YearRef::Abs(y + 1), 8));
    }
    if let Some(q) = a.quarter {
        return (Point::month(year, 3 * q - 2), Point::month(year, 3 * q));
    }
    let month = a
        .month
        .or(inherit.and_then(|i| i.month).filter(|_| a.day.is_some()));
    let p = Point {
        year,
        month: month.unwrap_or(0),
        day: a.day.filter(|_| month.is_some()).unwrap_or(0),
    };
    (p, p)
}

fn dates_template(d: &Dates) -> Template {
    let (first, last) = atom_points(&d.start, None);
    let last = d.end.map_or(last, |e| atom_points(&e, Some(&d.start)).1);
    Template::Span(first, last)
}

/// Parses a year of the rule language of `period-words.tsv`: `A`, `A-1`,
/// `C`, `R`, `2012`.
fn rule_year(s: &str) -> Option<YearRef> {
    let (head, off) = match s.find(['-', '+']) {
        Some(i) => (&s[..i], s[i..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    Some(match head {
        "A" => YearRef::Anchor(off),
        "R" => YearRef::Results(off),
        "C" if off == 0 => YearRef::Current,
        "W" => YearRef::Written(off),
        "century" if off == 0 => YearRef::CenturyEnd,
        _ => YearRef::Abs(s.parse().ok()?),
    })
}

fn month_of(s: &str) -> Option<u8> {
    s.parse().ok().filter(|m| (1..=12).contains(m))
}

/// Parses a rule of `period-words.tsv` (column 3); see the file's header.
pub(crate) fn rule(s: &str) -> Option<Template> {
    // (the part of a year the title names is put in by the resolver)
    let s = match s {
        "part" => "R",
        "end:part" => "end:R",
        s => s,
    };
    // (a month word's month is the document's: put in by the resolver)
    if s == "none" || s.starts_with("same:") || calendar::own_rule(s).is_some() {
        return Some(Template::Unknown);
    }
    if let Some(t) = calendar::years_rule(s) {
        return t;
    }
    if let Some(n) = s.strip_prefix("years:") {
        let n: i32 = n.parse().ok().filter(|n| *n > 0)?;
        let a = Point::year(YearRef::Results(1 - n));
        return Some(Template::Span(a, Point::year(YearRef::Results(0))));
    }
    if let Some(rest) = s.strip_prefix("since:") {
        if let Ok(d) = rest.parse::<Date>() {
            let p = Point {
                year: YearRef::Abs(d.year()),
                month: u8::try_from(d.month()).ok()?,
                day: u8::try_from(d.day()).ok()?,
            };
            return Some(Template::Since(p));
        }
        return Some(Template::Since(Point::year(rule_year(rest)?)));
    }
    if let Some(rest) = s.strip_prefix("first:") {
        return Some(Template::AtFirst(Point::year(rule_year(rest)?)));
    }
    if let Some(rest) = s.strip_prefix("end:") {
        return Some(match rest.split_once(':') {
            Some((y, m)) => Template::Until(Point::month(rule_year(y)?, month_of(m)?)),
            None => Template::Until(Point::year(rule_year(rest)?)),
        });
    }
    match s.split_once(':') {
        Some((y, months)) => {
            let y = rule_year(y)?;
            let (a, b) = months.split_once('-')?;
            Some(Template::Span(
                Point::month(y, month_of(a)?),
                Point::month(y, month_of(b)?),
            ))
        }
        None => {
            let p = Point::year(rule_year(s)?);
            Some(Template::Span(p, p))
        }
    }
}

/// Applies a tail (column 2 of `period-tails.tsv`) to a template.
fn tail(t: Template, what: &str) -> Option<Template> {
    let (first, last) = t.ends()?;
    let months = |m: &str| -> Option<(u8, u8)> {
        let (a, b) = m.split_once('-')?;
        Some((month_of(a)?, month_of(b)?))
    };
    Some(match what {
        "same" => t,
        "since" => Template::Since(first),
        "end" => Template::Until(last),
        // (the days are the resolver's, by the year: see `holiday_tail`)
        w if w.starts_with("holiday:") => t,
        "first" => Template::AtFirst(first),
        _ => {
            if let Some(days) = what.strip_prefix("days:") {
                return calendar::days_tail(t, days);
            } else if let Some(m) = what.strip_prefix("end:") {
                Template::Until(Point::month(last.year, month_of(m)?))
            } else if let Some(m) = what.strip_prefix("first:") {
                Template::AtFirst(Point::month(first.year, month_of(m)?))
            } else {
                let (a, b) = months(what)?;
                if let Some(t) = fiscal_months(first, last, a, b) {
                    return Some(t);
                }
                Template::Span(Point::month(last.year, a), Point::month(last.year, b))
            }
        }
    })
}

/// Months `a` to `b` counted within a fiscal year running from April
/// (`2014-15年度首兩季`: April to September 2014), if `first`..`last` is
/// one.
fn fiscal_months(first: Point, last: Point, a: u8, b: u8) -> Option<Template> {
    let (YearRef::Abs(y0), YearRef::Abs(y1)) = (first.year, last.year) else {
        return None;
    };
    if (first.month, last.month, first.day, last.day) != (4, 3, 0, 0) || y1 != y0 + 1 {
        return None;
    }
    let at = |m: u8| {
        let k = m + 2; // months after January of the first year
        Point::month(YearRef::Abs(y0 + i32::from(k / 12)), k % 12 + 1)
    };
    Some(Template::Span(at(a), at(b)))
}

/// A fiscal year written as the pair of years it spans, with a unit of
/// fiscal years (`2023-24財政年度`, `2024/25财政年度`): as `2023/24年度`,
/// April to March (SPEC §2.2). A single year of such a unit (`2024财年`)
/// does not tell its months.
fn fiscal_pair(d: &Dates) -> Option<Template> {
    let whole = |a: &Atom| a.month.is_none() && a.quarter.is_none() && a.day.is_none();
    let end = d.end.as_ref().filter(|e| whole(e) && whole(&d.start))?;
    let (a, b) = (d.start.year?.value, end.year?.value);
    (b == a + 1).then(|| fiscal_year(a))
}

/// The first and last months of the fiscal year that starts in April of
/// `y` (SPEC §2.2: `2023/24年度` runs from 2023-04-01 to 2024-03-31).
fn fiscal_points(y: i32) -> (Point, Point) {
    (
        Point::month(YearRef::Abs(y), 4),
        Point::month(YearRef::Abs(y + 1), 3),
    )
}

/// The fiscal year that starts in April of `y`, as a template.
fn fiscal_year(y: i32) -> Template {
    let (a, b) = fiscal_points(y);
    Template::Span(a, b)
}

/// [`fiscal_pair`] written with a slash (`2024/25财政年度`,
/// `2024/2025財政年度`), which the reading keeps as its first year only.
fn slashed_fiscal_year(period: &str, r: &Reading) -> Option<Template> {
    let Base::Dates(d) = r.base else {
        return None;
    };
    if !d.odd || d.end.is_some() || r.tails.iter().any(Option::is_some) {
        return None;
    }
    let a = d.start.year?.value;
    let (_, after) = period.split_once(['/', '／'])?;
    let n: String = after
        .chars()
        .take_while(|c| period::is_num_char(*c))
        .collect();
    let v = i32::try_from(period::num_value(&n)?).ok()?;
    let next = match n.chars().count() {
        2 => v == (a + 1) % 100,
        4 => v == a + 1,
        _ => false,
    };
    next.then(|| fiscal_year(a))
}

/// The template of a time phrase as read.
fn from_reading(r: &Reading) -> Option<Template> {
    let mut t = match r.base {
        Base::Dates(d) if d.odd => fiscal_pair(&d).unwrap_or(Template::Unknown),
        Base::Dates(d) => dates_template(&d),
        Base::Word(w) => rule(w.time)?,
        Base::YearsBack { ago: true, .. } => Template::Unknown,
        Base::YearsBack { years, .. } => {
            let n = i32::try_from(years).ok().filter(|n| *n > 0)?;
            Template::Span(
                Point::year(YearRef::Results(1 - n)),
                Point::year(YearRef::Results(0)),
            )
        }
        Base::YearsAhead { years } => {
            let n = i32::try_from(years).ok().filter(|n| *n > 0)?;
            Template::Span(
                Point::year(YearRef::Anchor(1)),
                Point::year(YearRef::Anchor(n)),
            )
        }
        Base::Plan(k) => {
            let s = plan_start(k)?;
            Template::Span(
                Point::year(YearRef::Abs(s)),
                Point::year(YearRef::Abs(s + 4)),
            )
        }
    };
    for what in r.tails.iter().flatten() {
        t = tail(t, what)?;
    }
    if r.until {
        t = Template::Until(t.ends()?.1);
    }
    Some(t)
}

/// `五年` (as a period written before `累计`): the five years up to the
/// results year.
fn bare_years(period: &str) -> Option<Template> {
    let n = period.strip_suffix('年')?;
    if n.is_empty() || n.chars().count() > 2 || !n.chars().all(period::is_num_char) {
        return None;
    }
    let n = i32::try_from(period::num_value(n)?)
        .ok()
        .filter(|n| *n > 0)?;
    Some(Template::Span(
        Point::year(YearRef::Results(1 - n)),
        Point::year(YearRef::Results(0)),
    ))
}

/// The template of a written period (as `period` holds it).
pub(crate) fn template(period: &str) -> Template {
    template_of(period, period::read(period).as_ref())
}

/// [`template`] of `period` from its reading `r`.
fn template_of(period: &str, r: Option<&Reading>) -> Template {
    r.filter(|r| r.len == period.len())
        .and_then(|r| slashed_fiscal_year(period, r).or_else(|| from_reading(r)))
        .or_else(|| bare_years(period))
        .unwrap_or(Template::Unknown)
}

/// What the time rules ask of one written period, from its text alone:
/// read once per distinct period string of a document (see
/// [`Resolver::facts`]), not once per figure.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PeriodFacts {
    /// Its [`template`].
    pub template: Template,
    /// The class of the time phrase it starts with (`每年`: every year,
    /// `目前`: now), if it starts with one.
    pub class: Option<period::Class>,
    /// Whether it starts with a range of dates whose end names a year
    /// (`2020年到2025年`).
    written_range: bool,
    /// The month word it is (`上月`, `本月以来`), as read: its dates wait
    /// for the document's month.
    month: Option<Reading>,
    /// The holiday a tail names after its year (`今年“五一”假期`: `五一`).
    holiday: Option<&'static str>,
    /// It names the same part of a year as one written (`同季`, `同月`,
    /// `上年同期`): its dates wait for that one.
    same: Option<Same>,
    /// The two digits it writes its year with (`99年5月至10月`: 99), see
    /// `short_year.rs`.
    short: Option<u8>,
}

impl PeriodFacts {
    fn read(period: &str) -> PeriodFacts {
        let r = period::read_written(period);
        PeriodFacts {
            template: template_of(period, r.as_ref()),
            class: r.as_ref().map(Reading::class),
            written_range: r.is_some_and(
                |r| matches!(r.base, Base::Dates(d) if d.end.is_some_and(|e| e.year.is_some())),
            ),
            month: r.filter(calendar::is_month_word),
            same: r.and_then(|r| same_part(&r)),
            holiday: r.and_then(|r| holiday_tail(&r)),
            short: period::short_year_digits(period),
        }
    }
}

/// The holiday a tail of a time phrase as read names (`今年“五一”假期`,
/// `2023年国庆黄金周`: a holiday of that year).
fn holiday_tail(r: &Reading) -> Option<&'static str> {
    r.tails
        .iter()
        .flatten()
        .find_map(|t| t.strip_prefix("holiday:"))
}

/// Which part of a year written elsewhere a word names (`same:` rules of
/// `period-words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Same {
    /// `同季`: the last single quarter written.
    Quarter,
    /// `同月`: the last single month written.
    Month,
    /// `上年同期`: the part of a year in force, one year earlier.
    YearBefore,
}

/// The part of a year written elsewhere that a time phrase as read names
/// (`同季`, `同月`, `上年同期`); none if it names none.
fn same_part(r: &Reading) -> Option<Same> {
    match r.base {
        Base::Word(w) => match w.time {
            "same:quarter" => Some(Same::Quarter),
            "same:month" => Some(Same::Month),
            "same:before" => Some(Same::YearBefore),
            _ => None,
        },
        _ => None,
    }
}

/// A rough day count of a date, to compare the lengths of spans.
fn ordinal(d: Date) -> i64 {
    (i64::from(d.year()) * 12 + i64::from(d.month())) * 31 + i64::from(d.day())
}

/// The narrowest time a heading names (`一、2025年和“十四五”时期工作回顾`:
/// 2025), if it names one. A point of the year that names a budget's
/// version (`1、一般公共预算收入由年初预算12981万元调整为…`: the budget set
/// at the year's start) dates no figure under the heading, nor does the
/// time of writing (`（三）扣除上限會由現時的76,000元增加至8萬元。`, a list
/// item read as a heading): it scopes its own sentence only.
pub(crate) fn heading_template(text: &str) -> Option<Template> {
    let probe = Years {
        anchor: Some(2000),
        results: Some(2000),
        current: Some(2000),
        // (a heading's `第二年` names no year of its own: left out)
        written: None,
    };
    period::phrases(text)
        .into_iter()
        .filter(|p| !names_budget_version(text, p) && !is_basis(text, p) && !is_now(p))
        .map(template)
        .filter_map(|t| {
            let s = t.resolve(&probe)?;
            let len = match (s.start(), s.end()) {
                (Some(a), Some(b)) => ordinal(b) - ordinal(a),
                _ => i64::MAX / 2,
            };
            Some((len, t))
        })
        .min_by_key(|(len, _)| *len)
        .map(|(_, t)| t)
}

/// Whether a time phrase is the time of writing (`目前`, `現時`).
fn is_now(p: &str) -> bool {
    period::read_written(p).is_some_and(|r| r.class() == period::Class::Now)
}

/// Whether the phrase `p` (a slice of `text`) is the basis of a
/// comparison (`一、全县粮食总产量8.5万吨，比2015年增加0.3万吨`, `较上年`,
/// `与2019年相比`): the time compared with, never the time of the figures
/// under a heading that runs on into such a sentence.
fn is_basis(text: &str, p: &str) -> bool {
    let at = p.as_ptr() as usize - text.as_ptr() as usize;
    text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| "比较較与與同".contains(c))
        || ["比", "较", "較"].iter().any(|w| p.starts_with(w))
}

/// Whether a title line names a session of a people's congress
/// (`——2024年1月10日在县第十八届人民代表大会第三次会议上`), where the year
/// just past is reported on; a meeting of its standing committee
/// (`…人民代表大会常务委员会第十二次会议上`) hears reports on the year under
/// way (`上半年计划执行情况`, a budget adjustment) or on a year it names.
fn congress_session(t: &str) -> bool {
    t.contains("代表大会") && !t.contains("常务委员会") && !t.contains("常委会")
}

/// Whether the phrase `p` (a slice of `text`) is a point of the year
/// right before `预算` (`年初预算`, `年中预算`): the name of a budget's
/// version, not a time the figures are of.
fn names_budget_version(text: &str, p: &str) -> bool {
    let end = p.as_ptr() as usize - text.as_ptr() as usize + p.len();
    text[end..].starts_with("预算")
        && matches!(template(p), Template::AtFirst(_) | Template::Until(_))
}

/// The document's own year and the year its results are for, read from
/// its first lines: a title (`…2023年工作总结`, `2026年…政府工作报告`,
/// `… 2025 年 …年度报告`), else a dateline (`(2026年1月23日)`,
/// `——2026年1月26日在…人民代表大会…上`), else the year an opening paragraph
/// starts with (`2023年，区司法局…`, `截至2024年12月`; never `自1997年起`).
/// A report delivered to a people's congress (`工作报告`, `代表大会`)
/// reports the year before its own, unless its title names the year it is
/// on (`关于2024年度…的审计工作报告`, delivered in 2025). A speech with no title (`各位代表：`)
/// reports on the latest year its opening lines name (`首先报告２００１年的工作`,
/// `国民生产总值１９８７年达到…`), not counting targets (`到１９８５年`).
#[derive(Clone, Debug, Default)]
pub(crate) struct DocYears {
    anchor: Option<i32>,
    results: Option<i32>,
    /// The year of a dateline, used when no title names one.
    dateline: Option<i32>,
    /// The day of that dateline, when it names one (`发布时间：2023-07-25`).
    posted: Option<Point>,
    /// The latest year the opening lines of a speech name.
    latest: Option<i32>,
    /// Non-blank lines seen while looking.
    lines: u8,
    /// The time the document declares for its figures (see
    /// `reference.rs`).
    declared: reference::Declared,
    /// A paragraph or heading came: the title lines are over.
    pub opened: bool,
    /// Paragraphs (not headings) read while looking.
    body_lines: u8,
    settled: bool,
    congress: bool,
    /// The first line opens a speech (`各位代表：`).
    speech: bool,
    /// The anchor comes from a title or a dateline.
    from_title: bool,
    /// The anchor comes from a title.
    titled: bool,
    /// The title's year is written as the year reported on (`2024年度`).
    reported: bool,
    /// The part of a year the title or opening sentence names (`首季`,
    /// `上半年`, `2022年半年度`): the time of figures under no heading.
    pub part: Option<Template>,
    /// A dateline after the title names a later year (the anchor is then
    /// the dateline's, the results year the title's).
    delivered_later: bool,
    /// Lines read further down for a date line (see `dateline.rs`).
    late_lines: u8,
    /// No date line came in time: the records are no longer held for one.
    waited_out: bool,
    /// A title line with no year names the year before as a whole
    /// (`最高法：去年全国法院…`, `去年全省GDP增长5%`).
    title_last_year: bool,
    /// The title that gave the year names a yearly record of that year
    /// (`2023年…统计公报`, `2022年年报`): published later, it still counts
    /// `上年` and `今年` from its own year.
    yearly_record: bool,
    /// The year of a congress session's dateline in the last months of
    /// that year (see `year_end.rs`).
    year_end_session: Option<i32>,
    /// A paragraph has stated a figure (see `late_year.rs`).
    figured: bool,
    /// Paragraphs of the body read for a release of the year's record
    /// (see `released.rs`).
    lead_lines: u8,
    /// A line so far was written in traditional script (see
    /// `short_year.rs`).
    pub traditional: bool,
}

/// Words of a title naming a yearly record of the year before them
/// (`某市2023年国民经济和社会发展统计公报`, published in March 2024).
const YEARLY_RECORDS: [&str; 3] = ["公报", "年报", "年度报告"];

/// Words after a year of a title that make it the year of a plan, not of
/// the report: `2024年工作思路`.
const PLAN_AFTER: [&str; 6] = [
    "工作计划",
    "工作思路",
    "工作打算",
    "工作安排",
    "工作要点",
    "计划",
];

/// How many non-blank lines may come before the opening paragraph.
const TITLE_LINES: u8 = 8;

/// Words that make a year one to come (`words/time-forecasts.tsv`): each
/// word, and whether it is read before the year too (`将于2014年`), not
/// only after it (`一九五四年預計…`).
const FORECASTS: &str = include_str!("words/time-forecasts.tsv");

/// The words of [`FORECASTS`], parsed once.
fn forecast_words() -> &'static [(&'static str, bool)] {
    static WORDS: std::sync::OnceLock<Vec<(&'static str, bool)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        parse_words(FORECASTS)
            .into_iter()
            .map(|l| {
                let (w, place) = l.split_once('\t').unwrap_or((l, "after"));
                (w, place.trim() == "both")
            })
            .collect()
    })
}

/// Whether `after`, the text right after a year, opens with a word that
/// makes the year one of forecasts or plans (`一九五四年預計…`,
/// `１９５６年计划…`).
fn forecast_after(after: &str) -> bool {
    forecast_words().iter().any(|(w, _)| after.starts_with(w))
}

/// How many non-blank lines of a speech are read for its latest year.
const SPEECH_LINES: u8 = 12;

impl DocYears {
    /// Takes in one line of the document for its years (all lines, in
    /// order; only the first few are read).
    fn observe_years(&mut self, line: &str, heading: bool) {
        if self.settled {
            if self.awaits_date() {
                self.observe_late(line.trim());
                if self.awaits_date() {
                    self.observe_late_year(line.trim());
                }
            }
            return;
        }
        let t = line.trim();
        if t.is_empty() {
            return;
        }
        self.lines += 1;
        if self.lines == 1 {
            self.speech = t.starts_with("各位代表");
        }
        if self.speech {
            self.observe_speech(t);
            return;
        }
        // (a line ending in a clause mark is a list item of the body:
        // `地区生产总值从2011年的1520亿元增加到…;`, never a title)
        let body = heading
            || t.contains('。')
            || t.ends_with(['；', ';', '，', ','])
            || t.chars().nth(60).is_some();
        self.opened |= body;
        if body && !heading {
            self.note_figures(t);
        }
        self.body_lines = self.body_lines.saturating_add(u8::from(body && !heading));
        if body {
            if self.anchor.is_none()
                && self.dateline.is_none()
                && !heading
                && self.observe_session_day(t)
            {
                self.congress = true;
            } else if self.anchor.is_none()
                && self.dateline.is_none()
                && !heading
                && !dates_an_event(t)
            {
                self.anchor = opening_year(t).or_else(|| reported_year(t));
                // (the part of a year a later paragraph names is an
                // event's, `警队于2022年6月推出…`, not the page's)
                if self.anchor.is_some() && !self.from_title {
                    let first = t.split('。').next().unwrap_or(t);
                    self.part = self.part.or_else(|| part_named(first));
                } else if self.anchor.is_none() {
                    self.observe_lead(t);
                    if self.anchor.is_none() {
                        self.observe_late(t);
                    }
                    if self.anchor.is_none() {
                        self.observe_opening_clauses(t);
                    }
                }
            } else if !heading && self.observe_session_after_title(t) {
                // (`2010年3月11日，…全国人民代表大会第三次会议…` under a title
                // of 2009: delivered the next year, `session_day.rs`)
            } else if self.congress && !heading && self.anchor == opening_year_set_off(t) {
                // `某区人民法院2023年工作报告` opening `2023年，全院…`: the
                // title's year is the year reported on
                self.reported = true;
            } else if !self.congress && !heading && !self.titled && self.anchor == self.dateline {
                self.earlier_results(t);
                self.last_year_titled();
                // (`1-11月` in a page posted in January: the months of the
                // year before, read where they stand, not the page's part)
                let part = lead_part(t).filter(|p| {
                    !p.ends()
                        .is_some_and(|(_, end)| self.month_of_last_year(end.month))
                });
                self.part = self.part.or(part);
            }
            if !heading {
                self.observe_glossed_year(t);
            }
            self.settled |= self.anchor.is_some() || self.dateline.is_some();
        } else {
            self.congress |= t.contains("工作报告") || congress_session(t);
            let y = title_year(t);
            self.title_last_year |= y.is_none() && names_last_year(t);
            self.part = self.part.or_else(|| part_named(t));
            if is_dateline(t) {
                self.dateline = self.dateline.or(y.map(|y| y.0));
                self.posted = self.posted.or_else(|| dateline_day(t));
                self.year_end_session = self.year_end_session.or_else(|| year_end::session_year(t));
            } else if let Some(d) = posted_year(t).or_else(|| dateline::posted_month_year(t)) {
                self.dateline = self.dateline.or(Some(d));
                self.posted = self.posted.or_else(|| dateline_day(t));
            } else if self.anchor.is_none() {
                if let Some((y, reported)) = y {
                    self.anchor = Some(y);
                    self.from_title = true;
                    self.titled = true;
                    self.reported = reported;
                    self.yearly_record = YEARLY_RECORDS.iter().any(|w| t.contains(w));
                }
            }
        }
        self.settled |= self.lines >= TITLE_LINES;
        if self.anchor.is_none() && self.dateline.is_some() {
            self.anchor = self.dateline;
            self.from_title = true;
        }
        // a title year that is not the year the report was delivered in
        // (`关于2024年度…`, dated 2025) is the year reported on
        let delivered = self.dateline.is_none_or(|d| Some(d) == self.anchor);
        if self.delivered_later {
            return;
        }
        let back = i32::from(self.congress && self.from_title && !self.reported && delivered);
        self.results = self.anchor.map(|y| y - back);
        if let Some(d) = self
            .year_end_session
            .filter(|d| self.reports_session_year(*d))
        {
            self.anchor = Some(d);
            self.results = Some(d);
            return;
        }
        // (`关于2019年预算执行情况…的报告` dated `2020年1月5日`: `今年` and
        // `过去的一年` count from the year it was delivered in)
        if let (Some(d), Some(y)) = (self.dateline, self.anchor) {
            if d > y {
                self.anchor = Some(if self.yearly_record { y } else { d });
                self.results = Some(y);
                self.delivered_later = true;
            }
        }
    }

    /// A page dated by its posting date whose first sentence reports an
    /// earlier year at the head of a clause (`2024-01-20` over `记者从省统计局
    /// 获悉，2023年全省地区生产总值…`) or after a verb of looking back
    /// (`回顾总结2018年…`): its results (`全年`) are that year's; `今年`
    /// stays the posting year.
    fn earlier_results(&mut self, t: &str) {
        let Some(y) = clause_head_year(t).or_else(|| dateline::reviewed_year(t)) else {
            return;
        };
        if self.anchor.is_some_and(|a| y < a) {
            self.results = Some(y);
            self.delivered_later = true;
        }
    }

    /// The document's year while it is still the year its results are
    /// for and no later delivery has been read: the year a review written
    /// after it (`looked_back.rs`, `released.rs`) may move one on.
    fn unmoved_year(&self) -> Option<i32> {
        let (a, r) = (self.anchor?, self.results?);
        (!self.delivered_later && a == r).then_some(a)
    }

    /// The document was written the year after `a`, the year of its
    /// results: `今年` and `去年` count from `a + 1`.
    fn move_year_on(&mut self, a: i32) {
        self.anchor = Some(a + 1);
        self.delivered_later = true;
    }

    /// A page dated by its posting date whose title reports `去年` (see
    /// [`names_last_year`]) and whose lead names no earlier year: its
    /// results (`全年`, `这四年间`, figures with no period) are the year
    /// before the posting year's; `今年` stays the posting year.
    fn last_year_titled(&mut self) {
        if !self.title_last_year || self.delivered_later {
            return;
        }
        if let Some(a) = self.anchor {
            self.results = Some(a - 1);
            self.delivered_later = true;
        }
    }

    /// A line of a speech's opening: the latest year it names that is no
    /// target or starting point.
    fn observe_speech(&mut self, t: &str) {
        for p in period::phrases(t) {
            let at = p.as_ptr() as usize - t.as_ptr() as usize;
            let opens_clause = t[..at]
                .chars()
                .next_back()
                .is_none_or(|c| "，。；：,;:".contains(c));
            let target = opens_clause && ["到", "至"].iter().any(|w| p.starts_with(w));
            // `一九五四年預計…將…`: a year of forecasts, not of results
            let after = &t[at + p.len()..];
            let forecast = forecast_after(after);
            if target || forecast || ["自", "从"].iter().any(|w| p.starts_with(w)) {
                continue;
            }
            // a span of years is as often a plan's (`一九八六年到一九九○年`)
            let tm = template(p);
            if matches!(tm, Template::Since(_)) || tm.first_year() != tm.written_year() {
                continue;
            }
            if let Some(y) = tm.written_year().filter(|y| (1900..=2200).contains(y)) {
                self.latest = Some(self.latest.map_or(y, |l| l.max(y)));
            }
        }
        self.results = self.latest;
        self.anchor = self.latest.map(|y| y + 1);
        self.settled |= self.lines >= SPEECH_LINES;
    }
}

/// The year a paragraph opens with, if it is a period of that year (not a
/// starting point: `自1997年起`).
/// Whether the phrase `p` (a slice of `sentence`) is a clause of its own
/// (`回望过去五年，`), not the head of one running on (`十年来我国…`).
fn stands_alone(sentence: &str, p: &str) -> bool {
    let end = (p.as_ptr() as usize).saturating_sub(sentence.as_ptr() as usize) + p.len();
    sentence
        .get(end..)
        .is_some_and(|rest| rest.starts_with(['，', ',', '：', ':']))
}

/// Whether the phrase `p` opening `sentence` names the year just past as
/// such (`刚刚过去的2025年`, `过去一年`, `一年来`).
fn reviews_past_year(sentence: &str, p: &str) -> bool {
    let at = (p.as_ptr() as usize).saturating_sub(sentence.as_ptr() as usize);
    let before = sentence.get(..at).unwrap_or("");
    before.ends_with("过去的") || matches!(p, "过去一年" | "过去的一年" | "一年来")
}

fn opening_year(t: &str) -> Option<i32> {
    let r = period::read(t).filter(|r| r.dated())?;
    let tm = template(&t[r.dropped..r.len]);
    if matches!(tm, Template::Since(_)) {
        return None;
    }
    tm.written_year()
}

/// Whether a paragraph opens with the date of an event, not with the
/// period a report is on: a date that runs on into its clause or names a
/// single month or day (`1999年7月撤市建区，是…`, `2012年某县被命名为…`,
/// `2020年7月29日，入选…`), in a paragraph that states no figure. A
/// description of a place or body that mentions when it was founded or
/// honoured is dated by none of its facts (`土地面积426平方公里`); a
/// report's year opens a clause of its own (`2023年，全局…`) or heads its
/// figures (`2023年全县地区生产总值增长5.8%`). A sentence telling a
/// birth (`biography.rs`) dates a life, whatever it opens with.
fn dates_an_event(t: &str) -> bool {
    // (`市长：某某 1944年9月生，…1996年4月任现职。`: a life's years)
    if biography::tells_a_birth(t.split('。').next().unwrap_or(t)) {
        return true;
    }
    let Some(r) = period::read(t).filter(|r| r.dated()) else {
        return false;
    };
    let rest = t.get(r.len..).unwrap_or("");
    if states_a_figure(rest) {
        return false;
    }
    // (`2023年，…`, `2023年。`, `2023年是…的关键一年`: the year itself)
    let set_off =
        rest.is_empty() || rest.starts_with(['，', ',', '。', '：', ':', '是', '为', '為']);
    let whole = match template(&t[r.dropped..r.len]) {
        Template::Span(a, b) => a.day == 0 && (a.month == 0 || a.month != b.month),
        _ => true,
    };
    !set_off || !whole
}

/// Whether `s` writes a figure in digits: a run of digits that is not
/// part of a date or a span of dates (`2017-2019周期`, `7月29日`).
fn states_a_figure(s: &str) -> bool {
    // (a time of day, `8时30分`, is a date's too)
    let dated = |c: Option<char>| c.is_some_and(|c| "年月日时時-－—~～至".contains(c));
    let mut before = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !crate::chars::is_digit(c) {
            before = Some(c);
            continue;
        }
        while chars
            .next_if(|&n| crate::chars::is_digit(n) || crate::chars::is_decimal_point(n))
            .is_some()
        {}
        if !dated(before) && !dated(chars.peek().copied()) {
            return true;
        }
        before = Some(c);
    }
    false
}

/// Whether a time phrase is a range of written years (`2019年至2023年`,
/// `2020/21至2024/25年度`), not a span counted back (`过去五年`).
fn written_range(p: &str) -> bool {
    period::read(p).is_some_and(|r| matches!(r.base, Base::Dates(_)))
}

/// The year a paragraph opens with as a clause of its own (`2023年，全院
/// 共受理…`), not as the subject of a sentence (`2023年是…`).
fn opening_year_set_off(t: &str) -> Option<i32> {
    let r = period::read(t).filter(|r| r.dated())?;
    let set_off = t[r.len..].starts_with(['，', ',']);
    opening_year(t).filter(|_| set_off)
}

/// The first part of a single year that `t` names (`首季`, `一季度`,
/// `上半年`, `2022年半年度`), as months of the year in force.
fn part_named(t: &str) -> Option<Template> {
    // (`2017年12月及全年环境质量状况`: the month and the whole year)
    let with_year = |p: &str| {
        let end = p.as_ptr() as usize - t.as_ptr() as usize + p.len();
        ["及全年", "和全年", "与全年", "以及全年"]
            .iter()
            .any(|w| t[end..].starts_with(w))
    };
    period::phrases(t)
        .into_iter()
        .filter(|p| !with_year(p))
        .find_map(|p| match template(p) {
            Template::Span(a, b)
                if a.year == b.year
                    && a.month >= 1
                    && b.month >= a.month
                    && (a.day, b.day) == (0, 0)
                    && (a.month, b.month) != (1, 12) =>
            {
                Some(Template::Span(
                    Point {
                        year: YearRef::Current,
                        ..a
                    },
                    Point {
                        year: YearRef::Current,
                        ..b
                    },
                ))
            }
            _ => None,
        })
}

/// Whether the clause after a year led by `与`/`同` compares with it
/// (`与2019年相比`, `同2016年同期比较`, `与2025年12月涨幅一致`): the year
/// is a basis. Without a word of comparison `与`/`同` join
/// (`…同2017年一季度经济运行情况`).
fn compared_with(after: &str) -> bool {
    super::lexicon::COMPARISON_SET.occurs_in(clause_past_asides(after))
}

/// The clause that `after` opens, up to its first clause mark outside
/// brackets: a mark inside an aside (`与2010年(第六次全国人口普查数据,下同)
/// 的133972万人相比`) does not end the clause.
fn clause_past_asides(after: &str) -> &str {
    let mut depth = 0u32;
    for (i, c) in after.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            '，' | ',' | '；' | '。' if depth == 0 => return &after[..i],
            _ => {}
        }
    }
    after
}

/// The year the first sentence of an opening paragraph names, when no
/// title did (`东方财富日前发布了…2022年半年度…报表。`): a single year
/// written out, not a basis, target or start (`比2021年`, `到2025年`,
/// `自2019年起`) nor a date inside a name (`2023年度优秀案件`).
fn reported_year(t: &str) -> Option<i32> {
    let first = t.split('。').next().unwrap_or(t);
    if biography::tells_a_birth(first) {
        return None;
    }
    period::phrases(first).into_iter().find_map(|p| {
        let at = p.as_ptr() as usize - first.as_ptr() as usize;
        let before = first[..at].chars().next_back();
        let after = &first[at + p.len()..];
        // (`记者从2020年前三季度…通气会上获悉`: a source, not a start)
        let from = |c: char| "自从從".contains(c) && !dateline::names_a_source(after);
        if before.is_some_and(|c| "比较較到至截".contains(c) || from(c))
            || (before.is_some_and(|c| "与同與".contains(c)) && compared_with(after))
            || reference::foretold(&first[..at])
            || !period::is_period_at(&first[at..])
            || ["到", "至", "截"].iter().any(|w| p.starts_with(w))
            || (["自", "从"].iter().any(|w| p.starts_with(w)) && !dateline::names_a_source(after))
        {
            return None;
        }
        let tm = template(p);
        if matches!(tm, Template::Since(_)) || tm.first_year() != tm.written_year() {
            return None;
        }
        tm.written_year().filter(|y| (1900..=2200).contains(y))
    })
}

/// Whether a title line names the year before its posting as a whole
/// (`去年`, `上年度`), not a part of it or a span from it (`去年底`,
/// `去年以来`, `去年同期`).
fn names_last_year(t: &str) -> bool {
    // (cheap refusal: both words write `年`, and most titles name no year)
    if !t.contains("去年") && !t.contains("上年") {
        return false;
    }
    let last = Point::year(YearRef::Anchor(-1));
    period::phrases(t)
        .into_iter()
        .any(|p| template(p) == Template::Span(last, last))
}

/// The months of one year that head a clause of the first sentence of a
/// dated page with no year in its title (`统计局资料显示，2025年8月至10月
/// 总体失业率…`, `记者获悉，1-9月全县…`): a release's period, in force over
/// its later paragraphs as a title's part is ([`part_named`]). Only the
/// first phrase heading a clause is read: a year first (`2022年，…`)
/// names no part.
fn lead_part(t: &str) -> Option<Template> {
    let first = t.split('。').next().unwrap_or(t);
    let p = period::phrases(first).into_iter().find(|p| {
        let at = p.as_ptr() as usize - first.as_ptr() as usize;
        first[..at]
            .chars()
            .next_back()
            .is_none_or(|c| "，,：:".contains(c))
    })?;
    part_named(p)
}

/// The year [`reported_year`] reads in the first sentence of `t`, when it
/// heads a clause (`记者获悉，2023年全省…`, not `在2023年基础上`).
fn clause_head_year(t: &str) -> Option<i32> {
    let first = t.split('。').next().unwrap_or(t);
    let y = reported_year(first)?;
    period::phrases(first).into_iter().find_map(|p| {
        let at = p.as_ptr() as usize - first.as_ptr() as usize;
        let heads = first[..at]
            .chars()
            .next_back()
            .is_none_or(|c| "，,：:".contains(c));
        (heads && template(p).written_year() == Some(y)).then_some(y)
    })
}

/// A line that only dates the document: `(2026年1月23日)`,
/// `——2026年1月26日在…上`.
fn is_dateline(t: &str) -> bool {
    let rest = t.trim_start_matches(['(', '（', '—', '-', ' ']);
    rest.len() < t.len() || (rest.contains('日') && rest.contains('月'))
}

/// The year of a date written with Arabic numerals and dashes, slashes
/// or dots on a short line of a web page's head (`发布时间：2023-07-25
/// 09:30`, `2023/07/25 来源：市统计局`): the day it was posted, a dateline.
fn posted_year(t: &str) -> Option<i32> {
    posted_day(t).map(|(y, _, _)| y)
}

/// The day of a dateline (`发布时间：2023-07-25`, `（2025年8月20日）`) as a
/// point: what the time of writing (`目前`, `截至目前`) ends at.
fn dateline_day(t: &str) -> Option<Point> {
    if let Some((y, month, day)) = posted_day(t) {
        return Some(Point {
            year: YearRef::Abs(y),
            month,
            day,
        });
    }
    period::phrases(t)
        .into_iter()
        .find_map(|p| match template(p) {
            Template::Span(a, b) if a == b && a.day > 0 && matches!(a.year, YearRef::Abs(_)) => {
                Some(a)
            }
            _ => None,
        })
}

/// The year, month and day of [`posted_year`]'s date.
fn posted_day(t: &str) -> Option<(i32, u8, u8)> {
    if let Some(half) = dateline::half_width(t) {
        return posted_day(&half);
    }
    year_first_day(t).or_else(|| dateline::other_order_day(t))
}

/// [`posted_day`] for a year written first (`2023-07-25`).
fn year_first_day(t: &str) -> Option<(i32, u8, u8)> {
    let b = t.as_bytes();
    (0..b.len().saturating_sub(7)).find_map(|i| {
        let digit_before = i > 0 && b[i - 1].is_ascii_digit();
        let y = std::str::from_utf8(b.get(i..i + 4)?).ok()?;
        if digit_before || !y.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let sep = *b.get(i + 4)?;
        if !matches!(sep, b'-' | b'/' | b'.') {
            return None;
        }
        let rest = &t[i + 5..];
        let (m, rest) = rest.split_once(char::from(sep))?;
        let d: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let ok = |v: &str, hi: u32| {
            (1..=2).contains(&v.len()) && v.parse::<u32>().is_ok_and(|n| (1..=hi).contains(&n))
        };
        if !(ok(m, 12) && ok(&d, 31)) {
            return None;
        }
        let y = y.parse().ok().filter(|y| (1900..=2200).contains(y))?;
        Some((y, m.parse().ok()?, d.parse().ok()?))
    })
}

/// The first year of a title line that is not a plan's (a fiscal year's
/// first: `二〇二四至二五年度財政預算案` is a 2024 document), and
/// whether it is the year the report is on: a year `…年度` (`关于2024年度
/// 中央预算执行…的审计工作报告`) or the year of a budget or final accounts
/// the title names after it (`关于2022年预算调整方案的报告`, `2023年市级决算`:
/// a budget is for the year it names, whenever it is delivered).
fn title_year(t: &str) -> Option<(i32, bool)> {
    if t.contains(' ') {
        let joined: String = t.chars().filter(|c| *c != ' ').collect();
        return title_year(&joined);
    }
    period::phrases(t).into_iter().find_map(|p| {
        // (`《…纲要（2011—2020年）》…报告`: a plan's years, not the report's)
        if reference::named(t, p) {
            return None;
        }
        let end = p.as_ptr() as usize - t.as_ptr() as usize + p.len();
        if PLAN_AFTER.iter().any(|w| t[end..].starts_with(w)) {
            return None;
        }
        // (`…入境旅客302万人次，恢复至2019年86%`: a basis, `title_basis.rs`)
        if title_basis::compares(t, p) {
            return None;
        }
        let budget = ["预算", "决算"].iter().any(|w| t[end..].contains(w));
        // (`五年(2017年-2021年)检察工作报告`: the range's last year reported)
        if let Some(last) = title_range::reviewed_range_end(t, template(p)) {
            return Some((last, true));
        }
        Some((template(p).first_year()?, p.ends_with("年度") || budget))
    })
}

/// What a figure is within its span of years: a level reached at its end
/// (`达到3.6万亿元`, `提高到58.8%`) is the final year's, the start of a
/// change (`从0.94万家增加到…`) the year before the span's; any other
/// figure (a flow, a change, a cumulative total) spans the years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Role {
    /// Spans the period.
    #[default]
    Flow,
    /// A level at the period's end.
    Level,
    /// The starting value of a change over the period.
    Start,
    /// The starting value of a change over a written range of years
    /// (`2020年到2025年`): the first year's.
    First,
    /// A stock at the period's end: compared with an earlier point, not a
    /// span (`余额5000亿元，比年初增加`, `占比达43.1%，较2023年12月提升`).
    Stock,
    /// What is held, by its noun or a verb of holding (`在校生1.58亿人`,
    /// `全县现有龙头企业22家`): a stock at the end of the year in force
    /// when no period is written; under a written one (`全年…在校生…`)
    /// it spans that period, as a level if `level` (`全县常住人口` ends
    /// with a level word), else as a flow.
    Held {
        /// What it is under a written period: a level, else a flow.
        level: bool,
        /// Whether it stays a stock under a year written alone (`2015年，
        /// 全国共有…床位10万张`, `现有建档人口`): not when held by `共有`
        /// alone, which counts those who took part as well (`共有500名运动员
        /// 参加`), nor as a rate per head (`每千人口注册护士`).
        at_year_end: bool,
    },
    /// A change since the start of the year (`比年初增加`): from January 1
    /// to the end of its period (see [`year_start`]).
    SinceYearStart,
    /// A change compared with the same months a year earlier (`同比多增`):
    /// a flow, from January 1 when its period is a day.
    Added,
    /// A level a year's flow reaches (`人均可支配收入达17840元`, `产量达`):
    /// the final year's within a span of years, as [`Role::Level`], but
    /// from January 1 under a period that is an end (`年末`; see
    /// `year_flow.rs`).
    YearLevel,
    /// What comes about over a year (`肉类总产量`, `死亡人口`): a flow,
    /// from January 1 under a period that is an end (`年末`; see
    /// `year_flow.rs`).
    YearFlow,
}

/// What makes a figure a level at its span's end (`end`, `lead`, `mark`
/// columns) and what keeps it a flow, one word list each.
struct RoleWords {
    end: Vec<&'static str>,
    lead: Vec<&'static str>,
    mark: Vec<&'static str>,
    after: Vec<&'static str>,
    flows: Vec<&'static str>,
    /// `flows` and `mark`, looked for together in one pass over the
    /// clause.
    flow_marks: FlowMarks,
    /// `end` by last character.
    end_set: WordSet,
    /// `after`, looked for in one pass over the clause after a figure.
    after_set: WordSet,
}

/// Whether `clause` holds a word of `time-flows.txt` (`累计`, `新增`,
/// `招生`): what it counts is a flow over its span, never a stock held.
pub(super) fn names_a_flow(clause: &str) -> bool {
    role_words().flows.iter().any(|w| clause.contains(w))
}

const LEVEL_WORDS: &str = include_str!("words/time-levels.tsv");
const FLOW_WORDS: &str = include_str!("words/time-flows.txt");

fn role_words() -> &'static RoleWords {
    static WORDS: std::sync::OnceLock<RoleWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = RoleWords {
            end: Vec::new(),
            lead: Vec::new(),
            mark: Vec::new(),
            after: Vec::new(),
            flows: parse_words(FLOW_WORDS),
            flow_marks: FlowMarks::new(&[], &[], &[]),
            end_set: WordSet::exact(&[]),
            after_set: WordSet::exact(&[]),
        };
        for r in period::rows(LEVEL_WORDS) {
            match r.get(1).copied() {
                Some("end") => w.end.push(r[0]),
                Some("lead") => w.lead.push(r[0]),
                Some("mark") => w.mark.push(r[0]),
                Some("after") => w.after.push(r[0]),
                _ => {}
            }
        }
        w.flow_marks = FlowMarks::new(&w.flows, &w.mark, &stock_words().have);
        w.end_set = WordSet::exact_by_last(&w.end);
        w.after_set = WordSet::exact(&w.after);
        w
    })
}

/// Whether the clause after a figure (to its first clause mark) holds one
/// of the rank words `words`.
fn ranked(after: &str, words: &WordSet) -> bool {
    words.occurs_in(&after[..first_stop(after)])
}

/// Where the first `，`, `；`, `。`, `、`, `,` or `;` of `s` starts, or its
/// length: found by their bytes (`，` `；` EF BC 8C and 9B, `。` `、` E3 80 82
/// and 81: lead bytes, found by a vectorised search), no character decoded.
fn first_stop(s: &str) -> usize {
    let b = s.as_bytes();
    let ascii = memchr::memchr2(b',', b';', b).unwrap_or(b.len());
    let mut i = 0;
    while let Some(k) = memchr::memchr2(0xEF, 0xE3, &b[i..ascii]) {
        let j = i + k;
        let stop = match b[j] {
            0xEF => matches!(b.get(j + 1..j + 3), Some([0xBC, 0x8C | 0x9B])),
            _ => matches!(b.get(j + 1..j + 3), Some([0x80, 0x81 | 0x82])),
        };
        if stop {
            return j;
        }
        i = j + 1;
    }
    ascii
}

/// What a word of [`FlowMarks`] is: a flow word, a mark word, or a verb
/// of holding (`have` in `time-stocks.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Found {
    Flow,
    Mark,
    Have,
}

/// What [`FlowMarks::scan_all`] found in a clause with no flow word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Scanned {
    /// A mark word.
    marked: bool,
    /// A verb of holding with something after it.
    held: bool,
}

/// The words of `flows`, of `mark` and the verbs of holding, looked for
/// together in one pass over a clause by [`FlowMarks::scan_all`].
#[derive(Debug)]
struct FlowMarks {
    /// The words by their first character (its three bytes, as a number):
    /// each word with what it is.
    by_first: Vec<(u32, Vec<(&'static str, Found)>)>,
    /// One bit per value of the low twelve bits of a word's first
    /// character (the low six bits of its last two bytes): most characters
    /// of a clause start no word and are passed over on that bit,
    /// undecoded.
    first_bits: [u64; 64],
}

/// The three bytes of a character that starts at `b[0]`, as one number.
#[inline]
fn wide_key(b: &[u8]) -> u32 {
    u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2])
}

/// The low twelve bits of a character of three bytes `_ y z`, read from the
/// last two bytes: the bit of [`FlowMarks::first_bits`] it has.
#[inline]
fn low_bits(y: u8, z: u8) -> usize {
    usize::from(y & 0x3F) << 6 | usize::from(z & 0x3F)
}

impl FlowMarks {
    fn new(flows: &[&'static str], marks: &[&'static str], have: &[&'static str]) -> FlowMarks {
        let mut f = FlowMarks {
            by_first: Vec::new(),
            first_bits: [0; 64],
        };
        for (list, flow) in [
            (flows, Found::Flow),
            (marks, Found::Mark),
            (have, Found::Have),
        ] {
            for &w in list {
                // (every word opens with a character of three bytes, as
                // Chinese ones do: `role_words_parse_once_each` checks it)
                if w.chars().next().map(char::len_utf8) != Some(3) {
                    continue;
                }
                let key = wide_key(w.as_bytes());
                let h = low_bits(w.as_bytes()[1], w.as_bytes()[2]);
                f.first_bits[h >> 6] |= 1 << (h & 63);
                match f.by_first.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, ws)) => ws.push((w, flow)),
                    None => f.by_first.push((key, vec![(w, flow)])),
                }
            }
        }
        f
    }

    /// None if a flow word occurs in `clause`, else whether a mark word
    /// does.
    #[cfg(test)]
    fn scan(&self, clause: &str) -> Option<bool> {
        self.scan_all(clause).map(|s| s.marked)
    }

    /// None if a flow word occurs in `clause`, else whether a mark word
    /// does and whether a verb of holding does, not at its end.
    fn scan_all(&self, clause: &str) -> Option<Scanned> {
        let b = clause.as_bytes();
        let mut found = Scanned::default();
        let mut i = 0;
        while let Some(&x) = b.get(i) {
            let width = match x {
                0..0x80 => 1,
                0x80..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            if width == 3 && {
                let h = low_bits(b[i + 1], b[i + 2]);
                self.first_bits[h >> 6] >> (h & 63) & 1 == 1
            } {
                let key = wide_key(&b[i..]);
                if let Some((_, ws)) = self.by_first.iter().find(|(k, _)| *k == key) {
                    for &(w, kind) in ws {
                        if b[i..].starts_with(w.as_bytes()) {
                            match kind {
                                Found::Flow => return None,
                                Found::Mark => found.marked = true,
                                Found::Have => found.held |= i + w.len() < b.len(),
                            }
                        }
                    }
                }
            }
            i += width;
        }
        Some(found)
    }
}

/// None if a word of `flows` occurs in `clause`, else what else it holds.
fn flow_or_mark(w: &RoleWords, clause: &str) -> Option<Scanned> {
    w.flow_marks.scan_all(clause)
}

impl Role {
    /// Whether a figure of this role runs from January 1 of the year its
    /// period ends in: a change since the start of the year always, a
    /// `同比多增` when its period is a day (`open`: no start).
    fn runs_from_year_start(self, open: bool) -> bool {
        self == Role::SinceYearStart
            || (matches!(self, Role::Added | Role::YearFlow | Role::YearLevel) && open)
    }

    /// The role of a figure written `text` whose clause reads `clause` up
    /// to it: a flow word (`累计`, `年均`) keeps it spanning the years; a
    /// stock noun or verb before it (`覆盖`, `装机容量`, `达到`), a lead of
    /// its own (`突破4000个`) or `现已` in the clause make it a level.
    /// A rank after it in its clause (`9种矿产查明资源量居全国第1位`) makes
    /// it a level too.
    pub(crate) fn of(clause: &str, text: &str, after: &str) -> Role {
        let c = period::trim_end_blanks(clause);
        if let Some(r) = year_start::role(c) {
            return r;
        }
        // (`是2016年的2.5倍`: of the level reached, at the span's end)
        if multiple::of_a_year(c, text) {
            return Role::Level;
        }
        let w = role_words();
        if (compared_to_a_point(after) || names_a_stock(c)) && !changes_by(c) && !averages(c) {
            return Role::Stock;
        }
        let Some(Scanned { marked, held }) = flow_or_mark(w, c) else {
            return year_flow::or_year_flow(c, &w.flows);
        };
        if c.ends_with(['从', '由']) {
            return Role::Start;
        }
        let reached =
            w.lead.iter().any(|l| text.starts_with(l)) || marked || ranked(after, &w.after_set);
        // (`死亡人口1549人`: a level's noun, `人口`, after what the year saw)
        let end = w
            .end_set
            .suffix_of(c)
            .filter(|e| reached || !year_flow::counted_by_year_flow(c, e));
        let level = end.is_some() || reached;
        if (held || holds_a_stock(c)) && !changes_by(c) && !averages(c) {
            // (`共有医院12家`: a noun of what exists after `共有` is held
            // as after any verb; `共有46支队伍` counts who took part)
            let at_year_end = !c.contains('每') && (names_what_exists(c) || !c.contains("共有"));
            Role::Held { level, at_year_end }
        } else if level {
            year_flow::level_of(c, &w.flows)
        } else {
            year_flow::or_year_flow(c, &w.flows)
        }
    }
}

/// Whether a clause opens with a climate normal (`常年平均气温为9.8℃`,
/// `常年全国平均年降水量为640毫米`, `常年同期为…`): the figure is the
/// average of thirty years a bulletin compares its year with, no figure
/// of that year; `常年在外务工人员` (all the year round) is not one.
pub(crate) fn names_a_normal(clause: &str) -> bool {
    // (asked of every clause: a prefix test first, no trimming)
    clause
        .strip_prefix("常年")
        .is_some_and(|r| r.starts_with("同期") || r.contains("平均") || r.starts_with('值'))
        || normal::compared_normal(clause)
}

/// Whether the clause before a figure ends with a stock (`本外币贷款余额`,
/// `民用汽车保有量为`): the figure is held at its period's end.
fn names_a_stock(clause: &str) -> bool {
    // (most clauses end with neither: refused on their last character)
    if !crate::chars::last_char(clause).is_some_and(|l| STOCK_OR_COPULA_LAST.contains(&l)) {
        return false;
    }
    let c = before_copula(clause);
    stock_words().stocks.suffix_of(c).is_some()
}

/// The last characters of the stocks of `words/time-stocks.tsv` and of [`COPULAS`]: a
/// clause that ends with none of them names no stock.
const STOCK_OR_COPULA_LAST: [char; 16] = [
    '额', '額', '量', '存', '栏', '备', '備', '余', '餘', '为', '為', '是', '到', '达', '達', '共',
];

/// Verbs that may stand between a measure and its value (`优良天数为320天`,
/// `贷款余额达到13万亿元`, `保有量共3亿辆`, `参保人数分别为9.25亿人`).
const COPULAS: [&str; 9] = [
    "分别为",
    "分別為",
    "为",
    "為",
    "是",
    "达到",
    "达",
    "達",
    "共",
];

const STOCK_WORDS: &str = include_str!("words/time-stocks.tsv");

/// The words of `time-stocks.tsv`: stocks whatever the period (as
/// written, traditional forms rows of their own); nouns of what is held
/// with no period written, with their traditional forms, by last
/// character; verbs of holding as written, looked for with the flow words
/// by [`FlowMarks`].
struct StockWords {
    /// The stocks, by last character, for [`names_a_stock`].
    stocks: WordSet,
    nouns: WordSet,
    have: Vec<&'static str>,
}

fn stock_words() -> &'static StockWords {
    static WORDS: std::sync::OnceLock<StockWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let (mut stocks, mut nouns, mut have) = (Vec::new(), Vec::new(), Vec::new());
        for r in period::rows(STOCK_WORDS) {
            match r.get(1).copied() {
                Some("stock") => stocks.push(r[0]),
                Some("noun") => {
                    nouns.push(r[0].to_string());
                    nouns.extend(crate::chars::traditional_word(r[0]));
                }
                Some("have") => have.push(r[0]),
                _ => {}
            }
        }
        let nouns: Vec<&str> = nouns.iter().map(String::as_str).collect();
        StockWords {
            stocks: WordSet::exact_by_last(&stocks),
            nouns: WordSet::exact_by_last(&nouns),
            have,
        }
    })
}

/// Whether the clause before a figure (which holds no flow word) ends
/// with a noun of what is held at the period's end, a copula aside
/// (`在校生1.58亿人`, `基本养老保险参保1140万人`), and not as the object
/// of a verb of action (`培训家政从业人员超2万人次`, `资助在校生1200人`:
/// flows); the verbs of holding (`全县现有龙头企业22家`) are found by
/// [`FlowMarks::scan_all`].
fn holds_a_stock(clause: &str) -> bool {
    // (a copula is looked for only where the clause ends with the last
    // character of one: most end with neither it nor a noun of the list)
    let nouns = &stock_words().nouns;
    let c = match crate::chars::last_char(clause) {
        Some(l) if COPULA_LAST.contains(&l) => before_copula(clause),
        Some(l) if nouns.may_key(l) => clause,
        _ => return false,
    };
    let Some(noun) = nouns.suffix_of(c) else {
        return false;
    };
    !super::lexicon::VERB_SET.occurs_in(&c[..c.len() - noun.len()])
}

/// Whether `clause` ends, short of a copula, in a noun of what exists
/// (`全县共有医院`), whatever verb stands before it.
fn names_what_exists(clause: &str) -> bool {
    stock_words()
        .nouns
        .suffix_of(before_copula(clause))
        .is_some()
}

/// The last characters of the words of [`COPULAS`].
const COPULA_LAST: [char; 7] = ['为', '為', '是', '到', '达', '達', '共'];

/// `clause` without one verb of [`COPULAS`] at its end: what names the
/// measure.
fn before_copula(clause: &str) -> &str {
    // (most clauses end with no copula's last character: no suffix tried)
    if !crate::chars::last_char(clause).is_some_and(|l| COPULA_LAST.contains(&l)) {
        return clause;
    }
    COPULAS
        .iter()
        .find_map(|v| clause.strip_suffix(v))
        .unwrap_or(clause)
}

/// Words that compare a figure with the figure of another time, written
/// right after it (`，比年初增加`, `，较2023年12月提升`).
const COMPARED_WITH: [&str; 5] = ["比", "较", "較", "相比", "与"];

/// What may follow the point a figure is compared with: a verb of change
/// (`比年初增加`, `较2023年12月提升`), `的`, `相比`; not a noun the point
/// names (`比2019年初预算数增长`).
const AFTER_POINT: [char; 14] = [
    '增', '减', '提', '下', '上', '降', '多', '少', '扩', '缩', '净', '的', '相', '有',
];

/// Whether the text after a figure compares it with a point in time (the
/// end or start of a year or month, one month: `比上年末`, `比年初`,
/// `较2023年12月`), which makes the figure a stock at its own period's
/// end; not with a span (`比上年`, `同比`, `比2019年`) nor with a plan's
/// last year (`较“十三五”末`).
fn compared_to_a_point(after: &str) -> bool {
    let rest = after.trim_start_matches(['，', ',', ' ']);
    let Some(rest) = COMPARED_WITH.iter().find_map(|w| rest.strip_prefix(w)) else {
        return false;
    };
    let Some(r) = period::read(rest).filter(|r| !matches!(r.base, Base::Plan(_))) else {
        return false;
    };
    if !rest[r.len..].starts_with(AFTER_POINT) {
        return false;
    }
    match template(&rest[..r.len]) {
        Template::Until(_) | Template::AtFirst(_) => true,
        Template::Span(a, b) => a == b && a.month != 0 && a.day == 0,
        _ => false,
    }
}

const TOPIC_WORDS: &str = include_str!("words/time-topics.tsv");

fn topic_words() -> &'static (Vec<&'static str>, Vec<&'static str>) {
    static WORDS: std::sync::OnceLock<(Vec<&'static str>, Vec<&'static str>)> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let (mut markers, mut nouns) = (Vec::new(), Vec::new());
        for r in period::rows(TOPIC_WORDS) {
            match r.get(1).copied() {
                Some("marker") => markers.push(r[0]),
                Some("noun") => nouns.push(r[0]),
                _ => {}
            }
        }
        (markers, nouns)
    })
}

/// Whether a figure counts the topics of the text itself (`以上讲的五个问题`,
/// `包括以下十个方面`): a marker pointing at the text in `clause`, a topic
/// noun starting `after`. Such a count has no time.
pub(crate) fn counts_topics(clause: &str, after: &str) -> bool {
    static MARKERS: Lazy<WordSet> = Lazy::new(|| WordSet::exact(&topic_words().0));
    static NOUNS: Lazy<WordSet> = Lazy::new(|| WordSet::exact(&topic_words().1));
    // (the noun first: looked up by the first character of `after`, where
    // the markers are looked for through the whole clause)
    NOUNS.prefix_of(after.trim_start()).is_some() && MARKERS.occurs_in(clause)
}

/// Words ending the text before a figure that make it a change by that
/// much: `优良天数增加25天`, `办理时间缩短3个工作日` (not `再延长30年`: a
/// length of time to come).
const CHANGED_BY: [&str; 12] = [
    "增加", "减少", "缩短", "压减", "提升", "提高", "下降", "降低", "增长", "上升", "偏多", "偏少",
];

/// Words ending the text before a length of time that make it a measured
/// value of the period in force (`人均每周上网时长为28.7个小时`), not a
/// length of its own (`连续13年`).
const MEASURED: [&str; 11] = [
    "时长", "时间", "用时", "耗时", "工期", "天数", "日数", "时数", "周期", "年限", "期限",
];

/// Whether the length of time after `clause` is a measured value: the
/// clause ends with a measure of time (`时长`, `天数`, `工期`), perhaps with
/// a verb after it (`为`, `达到`).
pub(crate) fn measured(clause: &str) -> bool {
    let c = before_copula(period::trim_end_blanks(clause));
    MEASURED.iter().any(|w| c.ends_with(w))
}

/// Words before a figure that make it a yearly average over a span.
const AVERAGE: [&str; 3] = ["平均每年", "年均", "年平均"];

/// The character every word of [`AVERAGE`] holds: a clause without it
/// (most) is refused by one vectorised search.
const AVERAGE_MARK: char = '均';

/// Whether the figure after `clause` is a yearly average (`年均增长`).
pub(crate) fn averages(clause: &str) -> bool {
    static SET: Lazy<WordSet> = Lazy::new(|| WordSet::exact(&AVERAGE));
    // (asked of most figures: the mark looked for by its last byte alone,
    // no char searcher set up)
    let mut mark = [0; 3];
    super::lexicon::find_word(clause, AVERAGE_MARK.encode_utf8(&mut mark)).is_some()
        && SET.occurs_in(clause)
}

/// Whether a length of time followed by `after` is the years an average
/// is taken over (`两年平均增长7.5%`) within `period`, the period in force
/// (`一季度`), which is then its period; not when the period in force is
/// itself a span of years the length restates (`“六五”期间五年平均`), nor
/// for a yearly rate over years before it (`１９９２年…，五年平均每年增长`).
pub(crate) fn averaged_over(after: &str, period: Option<&str>) -> bool {
    after.starts_with("平均")
        && !after.starts_with("平均每年")
        && period.is_some_and(|p| !template(p).spans_years())
}

/// Whether the figure after `clause` is the amount of a change.
pub(crate) fn changes_by(clause: &str) -> bool {
    let c = period::trim_end_blanks(clause);
    // (asked of most figures, whose clauses mostly end with none of the
    // words' last characters: refused on it, no suffix tried)
    if !crate::chars::last_char(c).is_some_and(|l| CHANGED_LAST.contains(&l)) {
        return false;
    }
    CHANGED_BY.iter().any(|w| c.ends_with(w))
}

/// The last characters of the words of [`CHANGED_BY`].
const CHANGED_LAST: [char; 10] = ['加', '少', '短', '减', '升', '高', '降', '低', '长', '多'];

/// How far into a paragraph [`states_year_targets`] looks: forty
/// characters.
const TARGETS_LEAD_BYTES: usize = 120;

/// `经济社会发展的主要预期目标是：地区生产总值增长5.5%左右…`: a paragraph
/// that opens by stating the targets of a year (not of a five-year plan):
/// its figures with no period are of the document's own year.
fn states_year_targets(line: &str) -> bool {
    let head = &line[..crate::chars::floor_boundary(line, TARGETS_LEAD_BYTES.min(line.len()))];
    // (asked of every paragraph: searched for by their last bytes, no
    // substring searcher set up for each)
    let has = |w: &str| super::lexicon::find_word(head, w).is_some();
    has("预期目标") && !has("五年") && !has("五”") && !has("五\"")
}

/// Words of a heading that announce the plan part of a report.
const PLAN_HEADINGS: &str = include_str!("words/period-plan-headings.txt");

/// Words that keep a heading a review, plan words notwithstanding.
const REVIEW_HEADINGS: [&str; 5] = ["回顾", "完成", "成效", "成绩", "情况"];

/// Whether a heading announces the plan part of a report
/// (`三、全力抓好七项重点工作`, `…推动“十五五”开好局`).
fn plan_heading(text: &str) -> bool {
    // (each list looked for in one pass over the heading, not a substring
    // search per word)
    static REVIEW: Lazy<WordSet> = Lazy::new(|| WordSet::exact(&REVIEW_HEADINGS));
    static PLAN: Lazy<WordSet> = Lazy::new(|| WordSet::exact(plan_heading_words()));
    !REVIEW.occurs_in(text) && PLAN.occurs_in(text)
}

fn plan_heading_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| parse_words(PLAN_HEADINGS))
}

const TARGET_TITLES: &str = include_str!("words/time-plan-titles.txt");

fn target_title_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| parse_words(TARGET_TITLES))
}

/// The year of a standalone title line opening a list of that year's
/// targets (`2026年省十件民生实事`, `二〇二五年重点工作任务`): short, no
/// sentence punctuation, a written year, a word of time-plan-titles.txt last;
/// and whether that is a single year (not `“十五五”时期`).
fn targets_title(line: &str) -> Option<(i32, bool)> {
    let t = line.trim();
    // (more than 120 bytes hold more than 30 characters: a paragraph is
    // refused on its length, not counted through)
    if t.len() > 30 * 4
        || t.chars().nth(30).is_some()
        || t.contains(['。', '，', '；', '：', ',', ';'])
    {
        return None;
    }
    if !target_title_words().iter().any(|w| t.ends_with(w)) {
        return None;
    }
    let first = period::phrases(t).into_iter().next()?;
    if !t.starts_with(first) {
        return None;
    }
    let tm = template(first);
    tm.written_year().map(|y| (y, tm.first_year() == Some(y)))
}

/// The words of a word list: one a line, `#` comments and blanks skipped.
fn parse_words(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Resolves the periods of one document, with a cache of templates per
/// distinct period string.
#[derive(Clone, Debug, Default)]
pub(crate) struct Resolver {
    /// The document's years.
    pub doc: DocYears,
    /// The time each heading level in force names, outermost first.
    headings: Vec<Option<Template>>,
    /// The span of years of the review block in force (`五年来，…`).
    block: Option<Template>,
    /// The year of a title line opening a list of targets
    /// (`2026年省十件民生实事`), under whatever headings follow it.
    targets: Option<Template>,
    /// The time of an unmarked part title of a review (`过去五年工作回顾`),
    /// under whatever headings follow it (see `part_title.rs`).
    part_title: Option<Template>,
    /// The last span of years that opened a sentence under the top-level
    /// heading in force, even once a single year has closed its block.
    recent: Option<Template>,
    /// Whether a heading came yet (a title line before any is the
    /// document's own title, not a list of targets).
    headed: bool,
    /// The paragraph states the year's targets (`主要预期目标是：…`).
    year_targets: bool,
    /// The years written at sentence heads under the heading in force.
    written: anaphora::WrittenYears,
    /// What is known of each distinct period string of the document.
    cache: std::collections::HashMap<Box<str>, PeriodFacts>,
    /// The last two periods asked of [`Resolver::facts`] (their strings
    /// in reused buffers), most recent first: the figures of a clause ask
    /// the same one or two periods in turn, answered without hashing.
    asked: [(String, Option<PeriodFacts>); 2],
    /// The time in force at the end of the last paragraph that broke
    /// nothing down, and the one a breakdown of it carries (`按行业分，`;
    /// see `breakdown.rs`).
    last_opening: Option<Template>,
    carried: Option<Template>,
    /// The part of a year written as the period of the last figure that
    /// wrote one, in the paragraph read last: what a paragraph going on
    /// with its list keeps (see `continued.rs`).
    last_dated: Option<Template>,
    /// The role of the figure prepared last: a `同比多增` right after a
    /// `比年初增加` compares that change (see [`year_start`]).
    last_role: Role,
}

impl Resolver {
    /// Enters a heading at `depth` (0 outermost) reading `text`: a heading
    /// that names no time but a plan (`三、全力抓好七项重点工作`) is the
    /// document's own year.
    pub(crate) fn enter_heading(&mut self, depth: usize, text: &str) {
        self.headed = true;
        self.written.heading();
        self.headings.truncate(depth);
        self.headings.resize(depth, None);
        let plan = || {
            let p = Point::year(YearRef::Anchor(0));
            plan_heading(text).then_some(Template::Span(p, p))
        };
        self.headings.push(heading_template(text).or_else(plan));
        self.end_carry();
        if depth == 0 {
            self.block = None;
            self.recent = None;
        }
    }

    /// Takes in the sentence openings of a paragraph: one opening with a
    /// span of years (`五年来，`, `这五年，`, `回望过去五年，`) starts a
    /// block of the review whose figures span those years (`——…的五年`
    /// bullets included) when it opens the paragraph, until a sentence
    /// opens with another time
    /// (`刚刚过去的2025年，`, `过去一年，`) or a top-level heading comes.
    pub(crate) fn paragraph(&mut self, line: &str, mut heads: Option<&mut period::Heads>) {
        self.year_targets = states_year_targets(line);
        self.written.paragraph();
        // (after the opening paragraphs, with no heading yet: a title of
        // one year's targets, `2017年主要工作`, not of a plan's years)
        let opened = |single: bool| self.doc.opened && single;
        if let Some((y, _)) = targets_title(line).filter(|&(_, one)| self.headed || opened(one)) {
            self.targets = Some(Template::year(y));
            self.headings.clear();
            self.block = None;
            self.part_title = None;
            return;
        }
        if self.take_part_title(line) {
            return;
        }
        let mut opening = None;
        // (split at `。` alone, found by its first byte)
        for (k, sentence) in super::sentence::split_full_stops(line).enumerate() {
            if let Some(p) = period::paragraph_opening(line, sentence, heads.as_deref_mut()) {
                let tm = self.template(p);
                opening = Some(tm);
                // (a title line's year is the document's, no antecedent)
                if self.doc.opened {
                    self.written.opening(tm);
                }
                self.block = match tm {
                    // (`未来5年，…`, `“十五五”时期，…` in 2023, `今明两年，…`:
                    // years to come open no review)
                    Template::Span(a, b)
                        if self.to_come(a) || matches!(b.year, YearRef::Anchor(k) if k > 0) =>
                    {
                        self.block
                    }
                    // (`…。十年来我国居民消费价格涨幅稳定在2%左右`: a span
                    // running on into a later sentence is that sentence's;
                    // `…。回望过去五年，` opens a block)
                    Template::Span(a, b)
                        if a.year != b.year && k > 0 && !stands_alone(sentence, p) =>
                    {
                        self.recent = Some(tm);
                        self.block
                    }
                    // (`2019年至2023年，全县累计…`: a written range scopes
                    // its own paragraph, the next one is the report's own)
                    Template::Span(a, b) if a.year != b.year && written_range(p) => {
                        self.recent = Some(tm);
                        None
                    }
                    // (`“十三五”时期，…` in a 2025 bulletin: a span that ended
                    // years before the one reported on dates its own
                    // paragraph, not the review after it)
                    Template::Span(a, b) if a.year != b.year && self.doc.ended_long_before(b) => {
                        self.recent = Some(tm);
                        None
                    }
                    Template::Span(a, b) if a.year != b.year => {
                        self.recent = Some(tm);
                        Some(tm)
                    }
                    Template::Unknown => self.block,
                    // `刚刚过去的2025年，…`, `过去一年，…`: the part of a
                    // review on the last year, under a heading of five
                    _ if k == 0 && reviews_past_year(sentence, p) => Some(tm),
                    // (`…。全年GDP增长4%`: the year in force, restated)
                    Template::Span(a, _)
                        if a.year == YearRef::Current
                            && self.block.is_some_and(|b| !b.spans_years()) =>
                    {
                        self.block
                    }
                    _ => None,
                };
            }
        }
        self.carry_breakdown(line, opening);
    }

    /// Whether a span starting at `a` lies ahead of the document's year.
    fn to_come(&self, a: Point) -> bool {
        match a.year {
            YearRef::Anchor(k) => k > 0,
            YearRef::Abs(y) => self.doc.anchor.is_some_and(|d| y > d),
            _ => false,
        }
    }

    fn template(&mut self, period: &str) -> Template {
        self.facts(period).template
    }

    /// What is known of `period` from its text alone, read at its first
    /// occurrence in the document.
    pub(crate) fn facts(&mut self, period: &str) -> PeriodFacts {
        match &self.asked {
            [(p, Some(f)), _] if p == period => return *f,
            [_, (p, Some(f))] if p == period => {
                let f = *f;
                self.asked.swap(0, 1);
                return f;
            }
            _ => {}
        }
        let f = match self.cache.get(period) {
            Some(f) => *f,
            None => {
                let f = PeriodFacts::read(period);
                self.cache.insert(period.into(), f);
                f
            }
        };
        // (the older one's buffer is reused for this one)
        self.asked.swap(0, 1);
        let (p, slot) = &mut self.asked[0];
        p.clear();
        p.push_str(period);
        *slot = Some(f);
        f
    }

    /// What the time of a figure whose period is `period`, with the dated
    /// phrase `year_from` in force in its paragraph, depends on, before
    /// the document's years are known.
    pub(crate) fn prepare(
        &mut self,
        period: Option<&str>,
        year_from: Option<&str>,
        role: Role,
    ) -> Prepared {
        let own_year = Template::Span(
            Point::year(YearRef::Anchor(0)),
            Point::year(YearRef::Anchor(0)),
        );
        let heading = (self.year_targets.then_some(own_year))
            .or(self.block)
            .or(self.carried)
            .or_else(|| self.headings.iter().rev().flatten().next().copied())
            .or(self.part_title)
            .or(self.targets)
            .or(self.doc.part);
        let current = match year_from.and_then(|p| self.template(p).written_year()) {
            Some(y) => Current::Written(y),
            None => heading.map_or(Current::Results, Current::Heading),
        };
        let facts = period.map(|p| (p, self.facts(p)));
        let year_before = facts.is_some_and(|(_, f)| f.same == Some(Same::YearBefore));
        let template = match facts {
            // `1-6月，…，上年同期为5%`: the year or part opening the
            // paragraph, else the title's part, a year earlier; none when
            // neither is known (`到５月份为止，…，去年同期则完成２４％`: the
            // span of its clause, which is not read here)
            _ if year_before => Some(
                self.written
                    .para_part()
                    .or(self.doc.part)
                    .unwrap_or(Template::Unknown),
            ),
            Some((p, f)) => match self.report_period(p, f) {
                // `每年资助…` in a review of five years: a yearly amount
                // over them (under a single year's heading, or none: the
                // year in force)
                Template::Unknown if f.class == Some(period::Class::Every) => heading,
                t => Some(t),
            },
            None => heading,
        };
        // (`比年初增加200亿元，同比多增20亿元`: the same change compared)
        let role = match (role, self.last_role) {
            (Role::Added, Role::SinceYearStart) => Role::SinceYearStart,
            _ => role,
        };
        self.last_role = role;
        if let Some(t) = template.filter(|_| period.is_some()) {
            self.last_dated = Some(t).filter(|t| t.months_of_one_year());
        }
        // `2020年到2025年，…比重从17.9%提升到35.5%`: the start is the
        // first year written, not the year before a span counted back
        let role = match role {
            Role::Start if facts.is_some_and(|(_, f)| f.written_range) => Role::First,
            // (`2015年，全国共有床位10万张`: held at that year's end)
            Role::Held {
                at_year_end: true, ..
            } if period.is_some_and(bare_year) => role,
            Role::Held { level, .. } if period.is_some() => {
                if level {
                    Role::Level
                } else {
                    Role::Flow
                }
            }
            role => role,
        };
        Prepared {
            template,
            current,
            role,
            over: None,
            averaged: false,
            written: self.written.before(),
            year_before,
            holiday: period
                .filter(|_| template == Some(Template::Unknown))
                .and_then(holiday::named)
                .or(facts.and_then(|(_, f)| f.holiday)),
            short: facts
                .and_then(|(_, f)| f.short)
                .map(|v| short_year::year(v, self.doc.traditional)),
        }
    }

    /// The template of `p`, with the reporting period of a report on part
    /// of a year (`报告期内`, `报告期末` in `2023年半年度报告`) made the part
    /// its title names, and the time of writing (`目前`, `截至目前`) the
    /// end of that part (`2024年上半年工作情况`: June 30).
    fn report_period(&self, p: &str, f: PeriodFacts) -> Template {
        if let Some(r) = f.month {
            return self.doc.month_word(&r);
        }
        match f.same {
            Some(Same::Quarter) => return self.written.same(true),
            Some(Same::Month) => return self.written.same(false),
            _ => {}
        }
        let t = f.template;
        let now = || f.class == Some(period::Class::Now);
        let year = |y: YearRef| [YearRef::Results(0), YearRef::Anchor(0)].contains(&y);
        let Some(part) = self.doc.part else {
            return self.posted_now(t, now());
        };
        let report = p.contains("报告期");
        match (t, part.ends()) {
            (Template::Span(a, b), _) if report && a == b && a.month == 0 && year(a.year) => part,
            (Template::Until(b), Some((_, end)))
                if b.month == 0 && year(b.year) && (report || now()) =>
            {
                Template::Until(end)
            }
            _ => t,
        }
    }

    /// The time of writing (`目前`, `截至目前`) in a page or reply dated
    /// to the day (`发布时间：2026-03-15`, `（2025年8月20日）`) of the
    /// document's own year: a stock at that day, not at the year's end.
    fn posted_now(&self, t: Template, now: bool) -> Template {
        // (a work report delivered to a congress on a day of March reads
        // `目前` as its year's: left as it is)
        let Some(day) = self.doc.posted.filter(|_| now && !self.doc.congress) else {
            return t;
        };
        let own = |y: YearRef| {
            y == YearRef::Anchor(0) && Some(day.year) == self.doc.anchor.map(YearRef::Abs)
        };
        match t {
            Template::Until(b) if b.month == 0 && own(b.year) => Template::Until(day),
            _ => t,
        }
    }

    /// A figure counted from an event of the year `y` on
    /// (`自2019年成立以来`, see [`since_event_at`]).
    pub(crate) fn since_year(&self, y: i32) -> Prepared {
        Prepared {
            template: Some(Template::Since(Point::year(YearRef::Abs(y)))),
            current: Current::Results,
            role: Role::Flow,
            over: None,
            averaged: false,
            written: None,
            year_before: false,
            holiday: None,
            short: None,
        }
    }

    /// Marks a prepared figure as a yearly average (`平均每年增长14.7%`):
    /// dated by the last year of the span of years the review opened
    /// (`五年来，…。1987年…，平均每年增长…`), it is that span's.
    pub(crate) fn average(&self, p: Prepared) -> Prepared {
        Prepared {
            over: self.recent,
            averaged: true,
            ..p
        }
    }

    /// Whether a prepared time resolved now stays right: once the first
    /// paragraph or heading comes (a title's own figures wait for a
    /// dateline after it: `我市上半年外贸进出口增长12%` over `发布时间：
    /// 2023-07-25`), and in a speech (`各位代表：`) once its opening lines
    /// are read (at most `SPEECH_LINES` non-blank lines are held back).
    pub(crate) fn settled(&self) -> bool {
        (self.doc.settled || (self.doc.opened && !self.doc.speech)) && !self.doc.awaits_date()
    }

    /// The time of a prepared figure, with the document's years.
    pub(crate) fn resolve(&self, p: Prepared) -> Option<TimeSpan> {
        let span = self.resolve_as_written(p)?;
        if !p.year_before {
            return Some(span);
        }
        TimeSpan::new(
            span.start().and_then(year_earlier),
            span.end().and_then(year_earlier),
        )
    }

    /// [`Resolver::resolve`] before a `上年同期` is moved a year back.
    fn resolve_as_written(&self, p: Prepared) -> Option<TimeSpan> {
        if let Some(at) = self.at_reference(&p) {
            return Some(at);
        }
        let written = match p.current {
            Current::Written(y) => Some(y),
            Current::Heading(h) => p.written.or(h.written_year()),
            Current::Results => p.written,
        };
        // (a year of two digits in a document naming none: its own)
        let short = p.short.filter(|_| self.doc.results.is_none());
        let base = Years {
            anchor: self.doc.anchor.or(short),
            results: self.doc.results,
            current: None,
            written,
        };
        let current = match p.current {
            Current::Written(y) => Some(y),
            Current::Heading(h) => h
                .resolve(&base)
                .and_then(|s| s.end().or(s.start()))
                .map(Date::year)
                .or(self.doc.results),
            Current::Results => self.doc.results,
        };
        let current = current.map(|y| y - i32::from(self.last_years_month(&p)));
        let ys = Years { current, ..base };
        // (`国庆假期`: the holiday's days in the year in force; `去年“五一”
        // 假期`: in the year written before it)
        if let Some(h) = p.holiday {
            let own = p
                .template
                .and_then(|t| t.resolve(&ys))
                .and_then(|s| s.end());
            return own
                .map(Date::year)
                .or(current)
                .and_then(|y| holiday::days(h, y));
        }
        // (a title's own figure, held back: the part of a year that the
        // opening sentence named after it, `2022年半年度`)
        let part = self
            .doc
            .part
            .filter(|_| matches!(p.current, Current::Results));
        let span = p
            .template
            .or(part)
            .or_else(|| current.map(Template::year))?
            .resolve(&ys)?;
        if let Some(b) = span
            .end()
            .filter(|_| p.role.runs_from_year_start(span.start().is_none()))
        {
            return TimeSpan::new(Date::new(b.year(), 1, 1), Some(b));
        }
        let (Some(a), Some(b)) = (span.start(), span.end()) else {
            return Some(span);
        };
        if matches!(p.role, Role::Stock | Role::Held { .. }) {
            return TimeSpan::new(None, Some(b));
        }
        let over = p.over.and_then(|t| t.resolve(&ys));
        if let Some(o) = over.filter(|o| {
            a.year() == b.year() && o.end().map(Date::year) == Some(b.year()) && o.start().is_some()
        }) {
            return Some(o);
        }
        // (one fiscal year, `二〇二三至二四年度`: April to March, is one
        // year for a level as for a flow)
        let one_year = b.year() == a.year() + 1 && b.month() < a.month();
        if a.year() >= b.year() || one_year {
            return Some(span);
        }
        match p.role {
            _ if p.averaged => Some(span),
            Role::Flow => Some(span),
            Role::Level | Role::YearLevel => TimeSpan::new(Date::new(b.year(), 1, 1), Some(b)),
            Role::Start => TimeSpan::new(
                Date::new(a.year() - 1, 1, 1),
                Date::last_of(a.year() - 1, 12),
            ),
            Role::First => TimeSpan::new(Date::new(a.year(), 1, 1), Date::last_of(a.year(), 12)),
            Role::Stock | Role::Held { .. } => TimeSpan::new(None, Some(b)),
            Role::SinceYearStart | Role::Added | Role::YearFlow => Some(span),
        }
    }
}

impl Resolver {
    /// Whether the period of `p`, a month or months with no year of its
    /// own, no year in force and no heading, ends in a month after the
    /// one the document was posted in (see
    /// [`DocYears::month_of_last_year`]): it is of the year before.
    fn last_years_month(&self, p: &Prepared) -> bool {
        let end = match p.template {
            Some(Template::Span(a, b)) if a.year == YearRef::Current && a.month > 0 => b,
            Some(Template::Until(b)) => b,
            _ => return false,
        };
        matches!(p.current, Current::Results)
            && end.year == YearRef::Current
            && end.month > 0
            && self.doc.month_of_last_year(end.month)
    }
}

/// The same day a year earlier; the last of a month stays the last
/// (`2024-02-29`: `2023-02-28`).
fn year_earlier(d: Date) -> Option<Date> {
    let m = u8::try_from(d.month()).ok()?;
    if Date::last_of(d.year(), m) == Some(d) {
        Date::last_of(d.year() - 1, m)
    } else {
        Date::new(d.year() - 1, d.month(), d.day())
    }
}

/// Where the year in force at a figure comes from.
#[derive(Clone, Copy, Debug)]
enum Current {
    /// A year written in its paragraph.
    Written(i32),
    /// The time of the headings (or review block) in force.
    Heading(Template),
    /// The document's results year.
    Results,
}

/// A figure's time before the document's years are known (the title or
/// opening lines of a speech may name them only after its first figures).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Prepared {
    /// The period's template, else the headings'; none: the year in force.
    template: Option<Template>,
    current: Current,
    role: Role,
    /// For a yearly average, the span of years the review opened.
    over: Option<Template>,
    /// The last year written at a sentence head of an earlier paragraph
    /// under the heading in force (what `次年` counts from when its own
    /// paragraph writes none).
    written: Option<i32>,
    /// A yearly average (`“六五”期间五年平均`): over its whole span, a
    /// level word notwithstanding.
    averaged: bool,
    /// Its dates are those of its template one year earlier (`上年同期`).
    year_before: bool,
    /// The public holiday the period names (`春节假期`: `春节`), its days
    /// found in the year in force.
    holiday: Option<&'static str>,
    /// The year its period writes with two digits (`99年5月至10月`), for a
    /// document that names no year (see `short_year.rs`).
    short: Option<i32>,
}

impl Prepared {
    /// Whether it is of what is held, with no period written (see
    /// [`Role::Held`]).
    pub(crate) fn held(&self) -> bool {
        matches!(self.role, Role::Held { .. })
    }

    /// Whether it is a stock at a day, by its role (`余额`, `现有…`) or by
    /// its period (`年末`, `截至9月底`).
    pub(crate) fn is_stock(&self) -> bool {
        matches!(self.role, Role::Stock | Role::Held { .. })
            || matches!(
                self.template,
                Some(Template::Until(_) | Template::AtFirst(_))
            )
    }
}

/// Whether a period is a year alone (`2015年`).
fn bare_year(p: &str) -> bool {
    p.strip_suffix('年')
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every holiday a tail of `period-tails.tsv` names has days in
    /// `time-holidays.tsv`.
    #[test]
    fn holiday_tails_name_holidays_of_the_table() {
        let names: Vec<_> = include_str!("words/period-tails.tsv")
            .lines()
            .filter_map(|l| l.split('\t').nth(1)?.strip_prefix("holiday:"))
            .collect();
        assert!(names.len() >= 20, "{names:?}");
        for h in names {
            assert!(holiday::days(h, 2024).is_some(), "{h}");
        }
    }

    #[test]
    fn forecast_words_parse_once_each() {
        let words = forecast_words();
        assert!(words.len() >= 10);
        for line in parse_words(FORECASTS) {
            let place = line.split('\t').nth(1);
            assert!(matches!(place, Some("both" | "after")), "{line}");
        }
        let mut seen = std::collections::HashSet::new();
        assert!(words.iter().all(|(w, _)| !w.is_empty() && seen.insert(*w)));
        assert!(forecast_after("預計全年"));
        assert!(!forecast_after("全年"));
    }

    #[test]
    fn a_year_led_by_yu_or_tong_is_a_basis_only_when_compared_with() {
        // (compared: a basis, never the document's year)
        assert_eq!(
            reported_year("我国今年1月通胀维持在1.6%，与2025年12月涨幅一致"),
            None
        );
        assert_eq!(reported_year("同2010年相比，增加7206万人"), None);
        // (joined, not compared: the year reported)
        assert_eq!(
            reported_year("本文同2017年一季度全市经济运行情况一并发布"),
            Some(2017)
        );
    }

    #[test]
    fn a_year_earlier_keeps_the_last_of_a_month_the_last() {
        let d = |y, m, d| Date::new(y, m, d).expect("a date");
        assert_eq!(year_earlier(d(2024, 2, 29)), Some(d(2023, 2, 28)));
        assert_eq!(year_earlier(d(2025, 2, 28)), Some(d(2024, 2, 29)));
        assert_eq!(year_earlier(d(2025, 6, 15)), Some(d(2024, 6, 15)));
    }

    fn t(period: &str, ys: Years) -> (Option<String>, Option<String>) {
        let span = template(period).resolve(&ys);
        (
            span.and_then(|s| s.start()).map(|d| d.to_string()),
            span.and_then(|s| s.end()).map(|d| d.to_string()),
        )
    }

    fn both(a: &str, b: &str) -> (Option<String>, Option<String>) {
        (Some(a.to_string()), Some(b.to_string()))
    }

    const Y2023: Years = Years {
        anchor: Some(2023),
        results: Some(2023),
        current: Some(2023),
        written: None,
    };

    #[test]
    fn years_months_and_ranges() {
        assert_eq!(
            t("2023年", Years::default()),
            both("2023-01-01", "2023-12-31")
        );
        assert_eq!(t("1-9月", Y2023), both("2023-01-01", "2023-09-30"));
        assert_eq!(t("2024年2月", Y2023), both("2024-02-01", "2024-02-29"));
        assert_eq!(t("2023年2月", Y2023), both("2023-02-01", "2023-02-28"));
        assert_eq!(t("2020至2024年", Y2023), both("2020-01-01", "2024-12-31"));
        assert_eq!(
            t("一九五三年至一九八○年", Y2023),
            both("1953-01-01", "1980-12-31")
        );
        assert_eq!(t("一九五六年", Y2023), both("1956-01-01", "1956-12-31"));
        assert_eq!(t("2023年3月至6月", Y2023), both("2023-03-01", "2023-06-30"));
        assert_eq!(t("2023年一季度", Y2023), both("2023-01-01", "2023-03-31"));
        assert_eq!(t("2023年第三季度", Y2023), both("2023-07-01", "2023-09-30"));
        assert_eq!(t("上半年", Y2023), both("2023-01-01", "2023-06-30"));
        assert_eq!(t("全年", Y2023), both("2023-01-01", "2023-12-31"));
    }

    #[test]
    fn stocks_and_open_ends() {
        let end = |d: &str| (None, Some(d.to_string()));
        assert_eq!(t("截至9月底", Y2023), end("2023-09-30"));
        assert_eq!(t("年末", Y2023), end("2023-12-31"));
        assert_eq!(t("2012年底", Y2023), end("2012-12-31"));
        assert_eq!(t("截至113年6月底", Y2023), end("2024-06-30"));
        assert_eq!(t("一九五三年年底", Y2023), end("1953-12-31"));
        assert_eq!(t("上年末", Y2023), end("2022-12-31"));
        assert_eq!(t("截至2024年2月", Y2023), end("2024-02-29"));
        assert_eq!(t("今年以来", Y2023), (Some("2023-01-01".to_string()), None));
        assert_eq!(
            t("从2001年起", Y2023),
            (Some("2001-01-01".to_string()), None)
        );
    }

    #[test]
    fn relative_years() {
        let gwr = Years {
            anchor: Some(2026),
            results: Some(2025),
            current: Some(2025),
            written: None,
        };
        assert_eq!(t("上年", Y2023), both("2022-01-01", "2022-12-31"));
        assert_eq!(t("今年", gwr), both("2026-01-01", "2026-12-31"));
        assert_eq!(t("去年", gwr), both("2025-01-01", "2025-12-31"));
        assert_eq!(t("过去五年", gwr), both("2021-01-01", "2025-12-31"));
        assert_eq!(t("五年", gwr), both("2021-01-01", "2025-12-31"));
        assert_eq!(t("过去一年", gwr), both("2025-01-01", "2025-12-31"));
        assert_eq!(t("“十四五”期间", gwr), both("2021-01-01", "2025-12-31"));
        assert_eq!(t("“一五”时期", gwr), both("1953-01-01", "1957-12-31"));
        assert_eq!(t("近年来", gwr), (None, None));
        assert_eq!(t("一二两月份", gwr), (None, None));
    }

    #[test]
    fn republic_of_china_and_hong_kong_fiscal_years() {
        assert_eq!(t("112年度", Y2023), both("2023-01-01", "2023-12-31"));
        assert_eq!(t("2023/24年度", Y2023), both("2023-04-01", "2024-03-31"));
        assert_eq!(
            t("2023-24財政年度", Y2023),
            both("2023-04-01", "2024-03-31")
        );
        assert_eq!(
            t("2024/25财政年度", Y2023),
            both("2024-04-01", "2025-03-31")
        );
        assert_eq!(t("2024财年", Y2023), (None, None));
        assert_eq!(t("2021-2025财政年度", Y2023), (None, None));
        assert_eq!(
            t("2024/2025財政年度", Y2023),
            both("2024-04-01", "2025-03-31")
        );
        assert_eq!(t("2024/26财政年度", Y2023), (None, None));
        assert_eq!(
            t("二〇二五至二六年度", Y2023),
            both("2025-04-01", "2026-03-31")
        );
        assert_eq!(
            t("2020/21至2024/25年度", Y2023),
            both("2020-04-01", "2025-03-31")
        );
        assert_eq!(
            t("2013-14至2015-16年度", Y2023),
            both("2013-04-01", "2016-03-31")
        );
        assert_eq!(
            t("2013-14年度至2015-16年度", Y2023),
            both("2013-04-01", "2016-03-31")
        );
        // a school year runs from September to August
        assert_eq!(t("2015/16學年", Y2023), both("2015-09-01", "2016-08-31"));
        assert_eq!(t("2024/2025学年", Y2023), both("2024-09-01", "2025-08-31"));
        assert_eq!(t("2024/2025年度", Y2023), both("2024-04-01", "2025-03-31"));
        assert_eq!(t("2022—2023学年", Y2023), both("2022-09-01", "2023-08-31"));
        assert_eq!(t("2023学年", Y2023), both("2023-09-01", "2024-08-31"));
        // the months of a fiscal year count from its April
        assert_eq!(
            t("2014-15年度首兩季", Y2023),
            both("2014-04-01", "2014-09-30")
        );
        assert_eq!(
            t("2023/24年度第四季", Y2023),
            both("2024-01-01", "2024-03-31")
        );
        // two ends a year apart name one fiscal year; more, a span of years
        assert_eq!(t("2014-2015年度", Y2023), both("2014-04-01", "2015-03-31"));
        assert_eq!(t("2021-2025年度", Y2023), both("2021-01-01", "2025-12-31"));
    }

    #[test]
    fn plan_heading_words_parse_once_each() {
        let words = plan_heading_words();
        assert!(words.len() >= 5);
        let set: std::collections::HashSet<_> = words.iter().collect();
        assert_eq!(set.len(), words.len(), "duplicate plan heading word");
        assert!(plan_heading("三、全力抓好七项重点工作"));
        assert!(!plan_heading("一、过去一年重点工作完成情况"));
        assert!(!plan_heading("（二）加快建设现代化产业体系"));
    }

    #[test]
    fn levels_and_starts_of_a_span() {
        assert_eq!(
            Role::of("地区生产总值突破3万亿元、达", "4万亿元", ""),
            Role::Level
        );
        assert_eq!(Role::of("消费贡献率由54.9%提高到", "60%", ""), Role::Level);
        assert_eq!(Role::of("服务业比重从", "40%", ""), Role::Start);
        assert_eq!(Role::of("产业产值分别增长", "5%", ""), Role::Flow);
        assert_eq!(Role::of("城乡居民医保覆盖", "13亿人", ""), Role::Level);
        // compared with a point in time: a stock; with a year or a plan: not
        assert_eq!(
            Role::of("存款余额", "5000亿元", "，比年初增加"),
            Role::Stock
        );
        // a stock named: held at the period's end, compared or not
        assert_eq!(
            Role::of("全省贷款余额", "13万亿元", "，增长8%"),
            Role::Stock
        );
        assert_eq!(Role::of("民用汽车保有量为", "3亿辆", ""), Role::Stock);
        assert_eq!(Role::of("开发储备", "超8000个", ""), Role::Flow);
        assert_eq!(Role::of("贷款余额增加", "500亿元", ""), Role::Flow);
        assert_eq!(
            Role::of("占比达", "43.1%", "，较2023年12月提升"),
            Role::Stock
        );
        assert_eq!(
            Role::of("地区生产总值", "500亿元", "，比上年增长"),
            Role::Flow
        );
        assert_eq!(
            Role::of("年均增长", "5.2%", "，较“十三五”末净增"),
            Role::Flow
        );
        assert_eq!(
            Role::of("支出", "69亿元", "，比2022年初预算数增长"),
            Role::Flow
        );
        assert_eq!(Role::of("风电装机容量", "超过900万千瓦", ""), Role::Level);
        assert_eq!(Role::of("注册商标总数", "突破5万件", ""), Role::Level);
        assert_eq!(
            Role::of("民营企业现已吸纳就业", "300多万人", ""),
            Role::Level
        );
        assert_eq!(Role::of("累计新增装机容量", "800万千瓦", ""), Role::Flow);
        assert_eq!(Role::of("粮食产量年均增长率达到", "2%", ""), Role::Flow);
        assert_eq!(Role::of("每年资助学生", "500万人次", ""), Role::Flow);
        assert_eq!(
            Role::of("钒钛等", "9种", "矿产储量居全国第1位，"),
            Role::Level
        );
        assert_eq!(Role::of("建成", "9个", "园区，居全国第1位"), Role::Flow);
    }

    #[test]
    fn last_characters_are_those_of_the_change_words() {
        let mut last: Vec<char> = CHANGED_BY.iter().filter_map(|w| w.chars().last()).collect();
        last.sort_unstable();
        last.dedup();
        let mut listed = CHANGED_LAST.to_vec();
        listed.sort_unstable();
        assert_eq!(last, listed);
        assert!(changes_by("GDP增长"));
        assert!(changes_by("办理时间缩短 "));
        assert!(!changes_by("再延长"));
    }

    #[test]
    fn stops_found_by_bytes_as_by_chars() {
        for s in [
            "居全国第1位，比上年",
            "居第2；后",
            "排名第3、第4",
            "位居前列。",
            "第5,6",
            "第7;8",
            "（第8位）：其余",
            "",
            "无标点",
        ] {
            let by_chars = s
                .find(['，', '；', '。', '、', ',', ';'])
                .unwrap_or(s.len());
            assert_eq!(first_stop(s), by_chars, "{s}");
        }
    }

    #[test]
    fn flows_and_marks_found_in_one_pass_as_by_each_list() {
        let w = role_words();
        let flows = WordSet::exact(&w.flows);
        let marks = WordSet::exact(&w.mark);
        for c in [
            "累计完成投资",
            "现已达到",
            "全市现已覆盖每年新增",
            "五年来年均增长",
            "覆盖每万人拥有",
            "已达",
            "平均每",
            "ab现已12，每千",
            "",
        ] {
            let each = if flows.occurs_in(c) {
                None
            } else {
                Some(marks.occurs_in(c))
            };
            assert_eq!(w.flow_marks.scan(c), each, "{c}");
        }
    }

    #[test]
    fn every_average_word_holds_its_mark() {
        assert!(AVERAGE.iter().all(|w| w.contains(AVERAGE_MARK)));
        assert!(averages("五年来年均增长"));
        assert!(averages("平均每年"));
        assert!(!averages("平均增长"));
    }

    #[test]
    fn topic_counts() {
        assert!(counts_topics("各位代表！以上讲的", "问题，贯穿着"));
        assert!(counts_topics("今年要着重抓好以下", "工作。"));
        assert!(!counts_topics("解决了群众反映的", "问题。"));
        assert!(!counts_topics("以上项目共", "亿元"));
        let (m, n) = topic_words();
        let mut all: Vec<_> = m.iter().chain(n).collect();
        let k = all.len();
        assert_eq!(
            k,
            period::rows(TOPIC_WORDS).count(),
            "time-topics.tsv: bad row"
        );
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), k, "time-topics.tsv has a duplicate");
    }

    #[test]
    fn lengths_an_average_is_taken_over() {
        assert!(averaged_over("平均增长7.5%", Some("一季度")));
        assert!(!averaged_over(
            "平均每年增长百分之七点九",
            Some("１９９２年")
        ));
        assert!(!averaged_over("平均降到百分之三十左右", Some("“六五”期间")));
        assert!(!averaged_over("平均增长7.5%", None));
        assert!(!averaged_over("过万亿元", Some("一季度")));
    }

    #[test]
    fn a_budget_in_a_title_is_the_year_it_names() {
        assert_eq!(
            title_year("关于2022年预算调整方案（草案）的报告"),
            Some((2022, true))
        );
        assert_eq!(title_year("某县2023年市级决算的报告"), Some((2023, true)));
        assert_eq!(title_year("2024年政府工作报告"), Some((2024, false)));
    }

    #[test]
    fn a_basis_dates_no_heading() {
        let h = "一、全县粮食总产量8.5万吨，比2015年增加0.3万吨";
        assert_eq!(heading_template(h), None);
        assert_eq!(heading_template("二、与2019年相比的变化"), None);
        assert!(heading_template("三、2016年粮食生产").is_some());
    }

    #[test]
    fn congress_sessions_not_standing_committees() {
        assert!(congress_session(
            "——2024年1月10日在县第十八届人民代表大会第三次会议上"
        ));
        assert!(!congress_session(
            "——2023年8月28日在市第十七届人民代表大会常务委员会第十二次会议上"
        ));
        assert!(!congress_session("关于2023年上半年计划执行情况的报告"));
    }

    #[test]
    fn a_budget_version_dates_no_heading() {
        let h = "1、一般公共预算收入由年初预算12981万元调整为13250万元";
        assert_eq!(heading_template(h), None);
        assert!(heading_template("（一）2022年预算执行情况").is_some());
        assert!(heading_template("（二）年初以来的工作").is_some());
    }

    #[test]
    fn target_titles() {
        assert_eq!(targets_title("2026年省十件民生实事"), Some((2026, true)));
        assert_eq!(
            targets_title("二〇二五年市政府重点工作任务"),
            Some((2025, true))
        );
        assert_eq!(targets_title("2017年主要工作"), Some((2017, true)));
        assert_eq!(targets_title("2026年要完成好以下任务，确保目标"), None);
        assert_eq!(targets_title("省十件民生实事"), None);
        let mut w = target_title_words().to_vec();
        let n = w.len();
        w.sort_unstable();
        w.dedup();
        assert_eq!(w.len(), n, "time-plan-titles.txt has a duplicate");
    }

    #[test]
    fn climate_normals() {
        assert!(names_a_normal("常年全国平均年降水量为"));
        assert!(names_a_normal("常年同期为"));
        assert!(!names_a_normal("常年在外务工人员"));
        assert!(!names_a_normal("较常年平均偏高"));
        assert!(names_a_normal("较常年同期(负"));
    }

    #[test]
    fn stock_words_parse_once_each() {
        let rows: Vec<Vec<&str>> = period::rows(STOCK_WORDS).collect();
        assert!(rows.len() >= 10);
        let mut words: Vec<&str> = rows
            .iter()
            .map(|r| {
                assert_eq!(r.len(), 2, "time-stocks.tsv: {r:?}");
                assert!(["stock", "noun", "have"].contains(&r[1]), "{r:?}");
                r[0]
            })
            .collect();
        words.sort_unstable();
        let n = words.len();
        words.dedup();
        assert_eq!(words.len(), n, "a word of time-stocks.tsv twice");
        for r in &rows {
            let held = match r[1] {
                "stock" => names_a_stock(&format!("全市{}为", r[0])),
                "noun" => holds_a_stock(&format!("全市{}", r[0])),
                _ => {
                    matches!(
                        Role::of(&format!("全市{}人员", r[0]), "5人", ""),
                        Role::Held { level: false, .. }
                    )
                }
            };
            assert!(held, "{r:?}");
        }
    }

    #[test]
    fn what_is_held_with_no_flow_word() {
        assert_eq!(
            Role::of("全县现有龙头企业", "22家", ""),
            Role::Held {
                level: false,
                at_year_end: true
            }
        );
        assert_eq!(
            Role::of("各级各类学历教育在校生", "2.91亿人", ""),
            Role::Held {
                level: false,
                at_year_end: true
            }
        );
        assert_eq!(
            Role::of("全國共有幼兒園", "29.48萬所", ""),
            Role::Held {
                level: false,
                at_year_end: false
            }
        );
        assert_eq!(
            Role::of("参保人数分别为", "9.25亿人", ""),
            Role::Held {
                level: false,
                at_year_end: true
            }
        );
        // (`共有` alone, or a rate per head: no stock under `2022年`)
        assert_eq!(
            Role::of("全国武术锦标赛共有46支队伍", "500余名", "运动员参加"),
            Role::Held {
                level: false,
                at_year_end: false
            }
        );
        assert!(matches!(
            Role::of("每千人口注册护士", "6.6人", ""),
            Role::Held {
                at_year_end: false,
                ..
            }
        ));
        assert!(bare_year("2015年") && !bare_year("全年") && !bare_year("2015年末"));
        // (a flow word, a change, or `共有` right before a count of
        // those who took part)
        assert_eq!(Role::of("新增参保", "1.2万人", ""), Role::Flow);
        assert_eq!(Role::of("在校生比上年增加", "54万人", ""), Role::Flow);
        assert_eq!(Role::of("培训活动共有", "3000人", "参加"), Role::Flow);
        assert_eq!(
            Role::of("全县现有企业累计实现产值", "5亿元", ""),
            Role::Flow
        );
    }

    #[test]
    fn copula_last_characters_are_those_of_the_words() {
        let mut want: Vec<char> = COPULAS
            .iter()
            .filter_map(|w| w.chars().next_back())
            .collect();
        want.sort_unstable();
        want.dedup();
        let mut have = COPULA_LAST.to_vec();
        have.sort_unstable();
        assert_eq!(have, want);
    }

    #[test]
    fn stock_or_copula_last_characters_are_those_of_the_words() {
        let stocks = period::rows(STOCK_WORDS).filter(|r| r.get(1) == Some(&"stock"));
        let mut want: Vec<char> = stocks
            .map(|r| r[0])
            .chain(COPULAS.iter().copied())
            .filter_map(|w| w.chars().next_back())
            .collect();
        want.sort_unstable();
        want.dedup();
        let mut have = STOCK_OR_COPULA_LAST.to_vec();
        have.sort_unstable();
        assert_eq!(have, want);
    }

    #[test]
    fn role_words_parse_once_each() {
        let w = role_words();
        let mut all: Vec<(&str, &str)> = period::rows(LEVEL_WORDS)
            .map(|r| {
                assert_eq!(r.len(), 2, "time-levels.tsv: {r:?}");
                assert!(["end", "lead", "mark", "after"].contains(&r[1]), "{r:?}");
                (r[0], r[1])
            })
            .collect();
        let n = all.len();
        assert_eq!(w.end.len() + w.lead.len() + w.mark.len() + w.after.len(), n);
        // (FlowMarks reads a clause by the first characters' three bytes)
        for word in w.flows.iter().chain(&w.mark) {
            assert_eq!(word.chars().next().map(char::len_utf8), Some(3), "{word}");
        }
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "time-levels.tsv has a duplicate");
        let mut flows = w.flows.clone();
        flows.sort_unstable();
        flows.dedup();
        assert_eq!(flows.len(), w.flows.len(), "time-flows.txt has a duplicate");
    }

    #[test]
    fn every_word_rule_parses() {
        for r in period::rows(include_str!("words/period-words.tsv")) {
            assert!(
                rule(r[2]).is_some(),
                "period-words.tsv: {} has rule {}",
                r[0],
                r[2]
            );
        }
        for r in period::rows(include_str!("words/period-tails.tsv")) {
            // (the days of a month apply to a month)
            let march = Point::month(YearRef::Abs(2023), 3);
            let y = if r[1].starts_with("days:") {
                Template::Span(march, march)
            } else {
                Template::year(2023)
            };
            assert!(
                tail(y, r[1]).is_some(),
                "period-tails.tsv: {} does {}",
                r[0],
                r[1]
            );
        }
    }
}
