//! The record types: what one metric says (SPEC §2).

use std::fmt;

use compact_str::CompactString;

/// A byte range of the input, `start..end`, on UTF-8 character boundaries.
///
/// This is passive data: both fields are public.
///
/// # Example
///
/// ```
/// use zh_metrics::Span;
///
/// let text = "受理申请628件";
/// let span = Span { start: 12, end: 18 };
/// assert_eq!(&text[span.range()], "628件");
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl Span {
    /// The span as a `Range<usize>`, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The number of bytes the span covers.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The span moved `by` bytes to the right.
    pub(crate) fn shifted(self, by: usize) -> Span {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span {
            start: r.start,
            end: r.end,
        }
    }
}

/// How the text qualifies a number (SPEC §3).
///
/// # Example
///
/// ```
/// use zh_metrics::{Approx, Extractor};
///
/// let metrics = Extractor::new().extract("惠及企业400余家");
/// assert_eq!(metrics[0].approx(), Approx::MoreThan);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approx {
    /// As reported: no qualifier, or `共`, `累计`, `达`, `为`.
    #[default]
    Exact,
    /// A bit more than the value: `余`, `多`, `超`, `超过`, `逾`, `突破`.
    MoreThan,
    /// The value or more: `以上`, `至少`, `不少于`, `不低于`.
    AtLeast,
    /// A bit less than the value: `近`, `将近`, `接近`.
    Nearly,
    /// Around the value: `约`, `左右`, `上下`, vague numerals such as `数十`.
    About,
    /// Below the value: `不到`, `不足`, `少于`, `未满`.
    LessThan,
    /// The value or less: `以内`, `以下`, `不超过`, `最多`.
    AtMost,
}

impl Approx {
    /// The SPEC name of the qualifier, as it appears in JSON: `"more_than"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::MoreThan => "more_than",
            Approx::AtLeast => "at_least",
            Approx::Nearly => "nearly",
            Approx::About => "about",
            Approx::LessThan => "less_than",
            Approx::AtMost => "at_most",
        }
    }
}

impl fmt::Display for Approx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What sort of quantity a metric is (SPEC §2 `kind`).
///
/// # Example
///
/// ```
/// use zh_metrics::{Extractor, Kind};
///
/// let metrics = Extractor::new().extract("预算支出２．４５亿元");
/// assert_eq!(metrics[0].kind(), Kind::Money);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Kind {
    /// Things counted with a measure word: `件`, `人次`, `家`, `个`.
    Count,
    /// Percentages: `%`, `百分之`, `成`, fractions such as `三分之一`.
    Percent,
    /// `个百分点`.
    PercentagePoint,
    /// `‰`, `千分之`.
    Permille,
    /// Money: `元`, `美元`, `港元`.
    Money,
    /// Multiples: `倍`, `番`.
    Multiple,
    /// Lengths of time: `连续3年`, `6个月`, `15分钟`.
    Duration,
    /// Ages: `岁`.
    Age,
    /// Lengths: `公里`, `米`.
    Length,
    /// Areas: `平方米`, `亩`, `公顷`.
    Area,
    /// Volumes: `立方米`, `升`.
    Volume,
    /// Masses: `吨`, `公斤`, `斤`.
    Mass,
    /// Energy: `千瓦时`, `度`.
    Energy,
    /// Power: `千瓦`, `兆瓦`.
    Power,
    /// Temperatures: `摄氏度`, `℃`.
    Temperature,
    /// Anything else: scores, speeds, concentrations, rates per population.
    Other,
}

impl Kind {
    /// The SPEC name of the kind, as it appears in JSON: `"percentage_point"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::PercentagePoint => "percentage_point",
            Kind::Permille => "permille",
            Kind::Money => "money",
            Kind::Multiple => "multiple",
            Kind::Duration => "duration",
            Kind::Age => "age",
            Kind::Length => "length",
            Kind::Area => "area",
            Kind::Volume => "volume",
            Kind::Mass => "mass",
            Kind::Energy => "energy",
            Kind::Power => "power",
            Kind::Temperature => "temperature",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which way a change statement goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Direction {
    /// `增长`, `增加`, `提高`, `上升`.
    Up,
    /// `下降`, `减少`, `降低`.
    Down,
}

/// A change statement around a metric: `同比增长12.3%` is up, basis `同比`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Change {
    pub(crate) direction: Direction,
    pub(crate) basis: Option<CompactString>,
}

impl Change {
    /// Which way the change goes.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// What the change is measured against, as written: `同比`, `比上年`,
    /// `较2018年`; `None` when the text does not say.
    pub fn basis(&self) -> Option<&str> {
        self.basis.as_deref()
    }
}

/// A calendar date (proleptic Gregorian), as `time` bounds are given.
///
/// Always a real day: the month is 1 to 12 and the day exists in that month
/// (February 29 only in leap years). Displays, and serializes with the
/// `serde` feature, as ISO 8601 `YYYY-MM-DD`; parses back with [`str::parse`].
///
/// # Example
///
/// ```
/// use zh_metrics::Date;
///
/// let d = Date::new(2024, 2, 29).unwrap();
/// assert_eq!(d.to_string(), "2024-02-29");
/// assert_eq!("2024-02-29".parse::<Date>(), Ok(d));
/// assert_eq!(Date::new(2023, 2, 29), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if `year`-`month`-`day` is a real day (years 1 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// The last day of `month` (1 to 12) of `year`: 28, 29, 30 or 31.
    pub(crate) fn last_of(year: i32, month: u8) -> Option<Date> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Date::new(year, month.into(), days_in_month(year, month).into())
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month.into()
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.day.into()
    }
}

/// Days in `month` of `year`, leap years counted.
fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// The ten bytes of `YYYY-MM-DD`, written by hand (every year is of
    /// four digits, see [`Date::new`]): each record of a JSON output writes
    /// two dates, and the formatting machinery costs more than the digits.
    fn iso_bytes(self) -> [u8; 10] {
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let y = self.year.unsigned_abs();
        let (m, d) = (u32::from(self.month), u32::from(self.day));
        [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.iso_bytes();
        // (ASCII digits and dashes only)
        f.write_str(std::str::from_utf8(&bytes).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Why a string is no `YYYY-MM-DD` date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{text:?} is not a YYYY-MM-DD date")]
pub struct DateError {
    text: String,
}

impl DateError {
    /// The text that was given.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError {
            text: s.to_string(),
        };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let t = &s[r];
            if t.bytes().all(|c| c.is_ascii_digit()) {
                t.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let year = i32::try_from(num(0..4)?).map_err(|_| err())?;
        Date::new(year, num(5..7)?, num(8..10)?).ok_or_else(err)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes = self.iso_bytes();
        // (ASCII digits and dashes only)
        let text = std::str::from_utf8(&bytes).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(text)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The time a figure refers to, resolved to dates (SPEC §2.2 `time`):
/// from `start` to `end`, both days included.
///
/// An open bound is `None`: `截至9月底` (a stock at a date) has no start,
/// `今年以来` (since January 1, up to the time of writing) no end. A year
/// alone runs from January 1 to December 31, `1-9月` from January 1 to
/// September 30, a Hong Kong fiscal year `2023/24年度` from 2023-04-01 to
/// 2024-03-31. In JSON: `{"start": "2023-01-01", "end": "2023-09-30"}`,
/// with `null` for an open bound.
///
/// # Example
///
/// ```
/// use zh_metrics::Extractor;
///
/// let text = "2023年工作总结\n全年受理法律援助申请628件。截至9月底，调解纠纷3058起。";
/// let ms = Extractor::new().extract(text);
/// let t = ms[0].time().unwrap();
/// assert_eq!(t.start().map(|d| d.to_string()).as_deref(), Some("2023-01-01"));
/// assert_eq!(t.end().map(|d| d.to_string()).as_deref(), Some("2023-12-31"));
/// let t = ms[1].time().unwrap();
/// assert_eq!(t.start(), None);
/// assert_eq!(t.end().map(|d| d.to_string()).as_deref(), Some("2023-09-30"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TimeSpan {
    pub(crate) start: Option<Date>,
    pub(crate) end: Option<Date>,
}

impl TimeSpan {
    /// The span from `start` to `end` (either open), if both bounds are not
    /// open and `start` is not after `end`.
    pub fn new(start: Option<Date>, end: Option<Date>) -> Option<TimeSpan> {
        match (start, end) {
            (None, None) => None,
            (Some(s), Some(e)) if s > e => None,
            _ => Some(TimeSpan { start, end }),
        }
    }

    /// The first day, `None` when open.
    pub fn start(&self) -> Option<Date> {
        self.start
    }

    /// The last day, `None` when open.
    pub fn end(&self) -> Option<Date> {
        self.end
    }
}

/// One metric with its context: the owned record of SPEC §2.
///
/// Produced by [`Extractor::extract`](crate::Extractor::extract). With the
/// `serde` feature it serializes to exactly the JSON form of the SPEC, with
/// the extra fields `parent`, `distributive` and `resolved_subject`.
///
/// # Example
///
/// ```
/// use zh_metrics::{Approx, Extractor, Kind};
///
/// let text = "区法律援助中心累计受理各类法律援助申请628件";
/// let m = &Extractor::new().extract(text)[0];
/// assert_eq!(m.text(), "628件");
/// assert_eq!(&text[m.span().range()], "628件");
/// assert_eq!(m.value(), 628.0);
/// assert_eq!(m.unit(), Some("件"));
/// assert_eq!(m.kind(), Kind::Count);
/// assert_eq!(m.approx(), Approx::Exact);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Metric {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// (the strings of a record are short, held inline up to 24 bytes:
    /// no allocation for them in nearly every record)
    pub(crate) text: CompactString,
    pub(crate) value: f64,
    pub(crate) upper: Option<f64>,
    pub(crate) approx: Approx,
    pub(crate) unit: Option<CompactString>,
    pub(crate) kind: Kind,
    pub(crate) subject: Option<CompactString>,
    pub(crate) action: Option<CompactString>,
    pub(crate) sentence: Span,
    pub(crate) period: Option<CompactString>,
    pub(crate) change: Option<Change>,
    /// The period resolved to dates (SPEC §2.2).
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) time: Option<TimeSpan>,
    pub(crate) section: std::sync::Arc<[String]>,
    /// Index (in extraction order, counted from the start of the document)
    /// of the metric this one is a part of (`其中`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) parent: Option<usize>,
    /// `各1名`: the value holds for each of several things.
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) distributive: bool,
    /// The subject with list ellipsis resolved (`二审` → `二审行政应诉案件`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) resolved_subject: Option<CompactString>,
}

impl Metric {
    /// Byte span of [`text`](Self::text) in the input.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }

    /// Byte offset where the metric starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the metric.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The quantity as written, qualifiers included: `近千次`, `5000余份`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The resolved number, magnitude words applied (`1.5万元` → 15000),
    /// percentages as written (`12.5%` → 12.5). Always finite.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The upper end of a range (`3至5人` → 5), else `None`.
    pub fn upper(&self) -> Option<f64> {
        self.upper
    }

    /// The qualifier.
    pub fn approx(&self) -> Approx {
        self.approx
    }

    /// The unit without magnitude, in simplified script: `件`, `元`, `%`;
    /// `None` when the number has no written unit.
    pub fn unit(&self) -> Option<&str> {
        self.unit.as_deref()
    }

    /// What sort of quantity it is.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// What is counted or measured, as written: `法律援助申请`.
    pub fn subject(&self) -> Option<&str> {
        self.subject.as_deref()
    }

    /// The reporting verb: `受理`, `接待`.
    pub fn action(&self) -> Option<&str> {
        self.action.as_deref()
    }

    /// Byte span of the sentence that holds the metric.
    pub fn sentence(&self) -> Span {
        self.sentence
    }

    /// The time scope in force, as written: `2023年`, `全年`, `1-9月`.
    pub fn period(&self) -> Option<&str> {
        self.period.as_deref()
    }

    /// The change statement, for `同比增长12.3%` and the like.
    pub fn change(&self) -> Option<&Change> {
        self.change.as_ref()
    }

    /// The time the figure refers to, resolved to dates: from the written
    /// [`period`](Self::period), else the headings above it, else the
    /// document's year (its title, or the year its opening paragraph starts
    /// with); `None` when nothing states it. See [`TimeSpan`].
    pub fn time(&self) -> Option<TimeSpan> {
        self.time
    }

    /// The headings above the metric, outermost first, as written.
    pub fn section(&self) -> &[String] {
        &self.section
    }

    /// Index of the whole this metric is a part of (`其中`), counted in
    /// extraction order from the start of the document.
    pub fn parent(&self) -> Option<usize> {
        self.parent
    }

    /// Whether the value holds for each of several things (`各1名`).
    pub fn is_distributive(&self) -> bool {
        self.distributive
    }

    /// The subject with list ellipsis resolved: in `一审行政应诉案件27件、二审3件`
    /// the `3件` has subject `二审` and resolved subject `二审行政应诉案件`.
    pub fn resolved_subject(&self) -> Option<&str> {
        self.resolved_subject.as_deref()
    }
}

impl Metric {
    /// The record of a quantity found in a line that starts at byte `offset`,
    /// under the headings `section`, with its other context fields empty.
    pub(crate) fn from_quantity(
        q: &crate::quantity::Quantity<'_>,
        offset: usize,
        section: std::sync::Arc<[String]>,
    ) -> Metric {
        Metric {
            start: q.span.start + offset,
            end: q.span.end + offset,
            text: CompactString::new(q.text),
            value: q.value,
            upper: q.upper,
            approx: q.approx,
            unit: q.unit.map(CompactString::new),
            kind: q.kind,
            subject: None,
            action: None,
            sentence: Span::default(),
            period: None,
            change: None,
            time: None,
            section,
            parent: None,
            distributive: q.distributive,
            resolved_subject: None,
        }
    }

    /// The context fields that hold words of the text (`subject`, `action`,
    /// `period`, `resolved_subject` and a change's `basis`), for the
    /// readers that rewrite them as the line writes them (a traditional
    /// line read simplified, a line read without its pinyin glosses).
    pub(crate) fn worded_fields_mut(&mut self) -> impl Iterator<Item = &mut CompactString> {
        let basis = self.change.as_mut().and_then(|c| c.basis.as_mut());
        [
            self.subject.as_mut(),
            self.action.as_mut(),
            self.period.as_mut(),
            self.resolved_subject.as_mut(),
            basis,
        ]
        .into_iter()
        .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_the_formatter_pads_them() {
        for (y, m, d) in [
            (1, 1, 1),
            (9, 9, 9),
            (987, 10, 31),
            (2024, 2, 29),
            (9999, 12, 31),
        ] {
            let date = Date::new(y, m, d).expect("a real day");
            assert_eq!(date.to_string(), format!("{y:04}-{m:02}-{d:02}"));
        }
    }
}
