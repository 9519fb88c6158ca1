//! A document's declared reference time (SPEC §2.2: "a report's unstated
//! figures are that year's" unless the text says otherwise). A census or
//! a sample survey counts all its figures at one instant and says so once,
//! near its opening: `以2015年11月1日零时为标准时点进行了…抽样调查`,
//! `普查标准时点为2018年12月31日`, `现将2020年11月1日零时我市人口的基本
//! 情况公布如下`; a release may say its data run to a day (`数据截至2023年
//! 12月31日`). Its figures with no time of their own are stocks at that day
//! (`{start: null, end: 2020-11-01}`), and the year its results are for is
//! that day's, not the year it was published in (a bulletin signed
//! `2021年6月3日` on the census of 2020). A census that also declares the
//! year its flows are for (`普查时期资料为2018年年度资料`) keeps its
//! unstated flows that year's: only its stocks are at the day.
//!
//! An event of given days (`第十四届全国运动会于2021年9月15日至27日在陕西
//! 举行`) stated in the first lines of a report on it dates its unstated
//! figures (the athletes, the medals) as those days.
//!
//! Also here: a year foretold (`下届省运会将于2014年在济宁市举行`) or the
//! span of years in the name of a plan (`《中国妇女发展纲要（2011—2020年）》
//! 中期统计监测报告`) is no year of the document's results.

use super::{period, template, Current, DocYears, Point, Prepared, Resolver, Role, Template};
use super::{YearRef, Years};
use crate::record::TimeSpan;

/// How many non-blank lines from the top are read for a reference time:
/// a bulletin states it in its title lines or opening paragraph.
const REFERENCE_LINES: u8 = 10;

/// The word that names the instant a census or survey counts at
/// (`标准时点`, `调查时点`, `统计时点`, `普查时点`).
const INSTANT: &str = "时点";

/// Midnight of a day (`2020年11月1日零时`): an instant, when the sentence
/// announces the figures counted at it (`现将…公布如下`).
const MIDNIGHT: &str = "零时";

/// What a sentence announcing the figures that follow says.
const ANNOUNCES: &str = "如下";

/// Statements that the data run to a day (`数据截至2023年12月31日`).
const DATA_UNTIL: [&str; 4] = ["数据截至", "数据截止", "统计截至", "统计截止"];

/// Words declaring the year a census's flows are for (`普查时期资料为2018
/// 年年度资料`): its unstated flows stay that year's.
const PERIOD_DATA: [&str; 2] = ["时期资料", "时期数据"];

/// Verbs that hold an event on the days before them (`于…至…在西安举行`).
const HELD: [&str; 3] = ["举行", "举办", "召开"];

/// The time a document declares for its figures, read from its first
/// lines.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Declared {
    /// The day its figures are counted at (`以2020年11月1日零时为标准时点`).
    day: Option<Point>,
    /// It also declares the year its flows are for
    /// (`普查时期资料为2018年年度资料`).
    periodic: bool,
    /// Non-blank lines read for it.
    lines: u8,
    /// The days of the event the document is on (`于2021年9月15日至27日
    /// …举行`).
    event: Option<Template>,
}

impl DocYears {
    /// Takes in one line of the document (all lines, in order): the
    /// document's years, then the reference time its first lines declare.
    pub(crate) fn observe(&mut self, line: &str, heading: bool) {
        self.observe_years(line, heading);
        if !heading {
            self.observe_looked_back(line);
            self.observe_released(line);
            self.observe_titled_last_year();
        }
        self.read_reference(line);
        if let Some(YearRef::Abs(y)) = self.declared.day.map(|p| p.year) {
            self.results = Some(y);
            self.anchor = self.anchor.or(Some(y));
        }
    }

    /// Reads a line near the top for a declared reference time.
    fn read_reference(&mut self, line: &str) {
        let d = &mut self.declared;
        if d.day.is_some() || d.lines >= REFERENCE_LINES {
            return;
        }
        let t = line.trim();
        if t.is_empty() {
            return;
        }
        d.lines += 1;
        // (cheap refusal: each reading is asked only of a line holding
        // its marks)
        let instant = t.contains(INSTANT) || t.contains(MIDNIGHT) || t.contains('截');
        let held = d.event.is_none() && HELD.iter().any(|w| t.contains(w));
        if !(instant || held) {
            return;
        }
        for sentence in t.split(['。', '；']) {
            if let Some(day) = instant.then(|| declared_day(sentence)).flatten() {
                d.day = Some(day);
                d.periodic = PERIOD_DATA.iter().any(|w| t.contains(w));
                return;
            }
            if held && d.event.is_none() {
                d.event = event_days(sentence);
            }
        }
    }
}

/// The day a sentence declares its document's figures are counted at, if
/// it declares one.
fn declared_day(sentence: &str) -> Option<Point> {
    if sentence.contains(INSTANT) {
        return period::phrases(sentence).into_iter().find_map(day_of);
    }
    if sentence.contains(MIDNIGHT) && sentence.contains(ANNOUNCES) {
        return period::phrases(sentence).into_iter().find_map(|p| {
            let end = p.as_ptr() as usize - sentence.as_ptr() as usize + p.len();
            sentence[end..].starts_with(MIDNIGHT).then(|| day_of(p))?
        });
    }
    let at = DATA_UNTIL
        .iter()
        .find_map(|w| sentence.find(w).map(|i| i + w.len()))?;
    period::phrases(&sentence[at..])
        .into_iter()
        .next()
        .and_then(until_of)
}

/// The days an event is held on (`于2021年9月15日至27日在陕西举行`): a
/// span of days with its year written, after `于`, in a sentence that
/// holds the event.
fn event_days(sentence: &str) -> Option<Template> {
    if !HELD.iter().any(|w| sentence.contains(w)) {
        return None;
    }
    // (the phrase is read where `于` stands, not looked for all along)
    sentence.match_indices('于').find_map(|(i, w)| {
        let rest = &sentence[i + w.len()..];
        let r = period::read(rest)?;
        match template(&rest[r.dropped..r.len]) {
            t @ Template::Span(a, b)
                if a != b && a.day > 0 && b.day > 0 && matches!(a.year, YearRef::Abs(_)) =>
            {
                Some(t)
            }
            _ => None,
        }
    })
}

/// The day a time phrase names, with its year written (`2020年11月1日`).
fn day_of(p: &str) -> Option<Point> {
    match template(p) {
        Template::Span(a, b) if a == b && a.day > 0 && matches!(a.year, YearRef::Abs(_)) => Some(a),
        _ => None,
    }
}

/// The day a phrase of `截至` names, with its year written: a day, or the
/// last day of a month or year (`2023年12月31日`, `2023年底`).
fn until_of(p: &str) -> Option<Point> {
    match template(p) {
        Template::Until(b) if matches!(b.year, YearRef::Abs(_)) => Some(b),
        Template::Span(_, b) if b.month > 0 && matches!(b.year, YearRef::Abs(_)) => Some(b),
        _ => None,
    }
}

impl Resolver {
    /// The time of a prepared figure with no time of its own (no period,
    /// no year written in its paragraph, no heading's) in a document that
    /// declares a reference time: a stock at that day; in a report on an
    /// event of given days, those days.
    pub(super) fn at_reference(&self, p: &Prepared) -> Option<TimeSpan> {
        if p.template.is_some() || p.holiday.is_some() || !matches!(p.current, Current::Results) {
            return None;
        }
        let d = self.doc.declared;
        let Some(day) = d.day else {
            // (the days of the event the report is on)
            return d.event?.resolve(&Years::default());
        };
        if d.periodic && p.role != Role::Stock {
            return None;
        }
        TimeSpan::new(None, Some(day.last(&Years::default())?))
    }
}

/// Whether the text before a year foretells it (`下届省运会将于`,
/// `拟于`): the year is one to come.
pub(super) fn foretold(before: &str) -> bool {
    let b = before.trim_end_matches(['于', '於', '在']);
    // (a word ending in `于` is read with it: `定于`, not `稳定在`)
    super::forecast_words().iter().any(|&(w, before_too)| {
        before_too
            && if w.ends_with(['于', '於']) {
                before.ends_with(w)
            } else {
                b.ends_with(w)
            }
    })
}

/// Whether the phrase `p`, a slice of `t`, is the span of years of a
/// work it stands in the name of (`《中国妇女发展纲要（2011—2020年）》`):
/// the years a plan runs over are no time of the document's figures. (A
/// single year in a name is often the document's own: `关于《2023年政府
/// 工作报告》重点任务落实情况的报告`.)
pub(super) fn named(t: &str, p: &str) -> bool {
    let at = (p.as_ptr() as usize).saturating_sub(t.as_ptr() as usize);
    let before = t.get(..at).unwrap_or("");
    if before.matches('《').count() <= before.matches('》').count() {
        return false;
    }
    let tm = template(p);
    tm.first_year()
        .is_some_and(|a| tm.written_year().is_some_and(|b| b > a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declared(s: &str) -> Option<(Option<i32>, u8, u8)> {
        declared_day(s).map(|p| {
            let y = match p.year {
                YearRef::Abs(y) => Some(y),
                _ => None,
            };
            (y, p.month, p.day)
        })
    }

    #[test]
    fn reference_days_a_bulletin_declares() {
        assert_eq!(
            declared("我省以2015年11月1日零时为标准时点进行了全省人口抽样调查"),
            Some((Some(2015), 11, 1))
        );
        assert_eq!(
            declared("普查标准时点为2018年12月31日，普查时期资料为2018年年度资料"),
            Some((Some(2018), 12, 31))
        );
        assert_eq!(
            declared("现将2020年11月1日零时我市人口的基本情况公布如下："),
            Some((Some(2020), 11, 1))
        );
        assert_eq!(
            declared("本公报数据截至2023年12月31日"),
            Some((Some(2023), 12, 31))
        );
    }

    #[test]
    fn no_reference_day_in_a_comparison_or_a_period() {
        // (a midnight compared with, not announced)
        assert_eq!(
            declared("同第六次全国人口普查2010年11月1日零时的133972万人相比，增加3377万人"),
            None
        );
        assert_eq!(declared("截至2023年末，全市共有医疗机构1200个"), None);
        assert_eq!(declared("2023年，全市地区生产总值增长5%"), None);
    }

    #[test]
    fn days_of_an_event() {
        let t = event_days("第十四届全国运动会于2021年9月15日至27日在陕西举行");
        let span = t.and_then(|t| t.resolve(&Years::default()));
        assert_eq!(
            span.map(|s| (
                s.start().map(|d| d.to_string()),
                s.end().map(|d| d.to_string())
            )),
            Some((Some("2021-09-15".into()), Some("2021-09-27".into())))
        );
        // (a day range heading its sentence dates that sentence only)
        assert_eq!(event_days("2023年5月10日至12日，我局举办了培训班"), None);
        assert_eq!(event_days("大会于2021年9月15日召开"), None);
    }

    #[test]
    fn dates_inside_the_name_of_a_work() {
        let slice = |t: &'static str, p: &str| {
            let i = t.find(p).unwrap();
            &t[i..i + p.len()]
        };
        let t = "《中国妇女发展纲要（2011—2020年）》2018年统计监测报告";
        assert!(named(t, slice(t, "2011—2020年")));
        assert!(!named(t, slice(t, "2018年")));
        let t = "关于《2023年政府工作报告》重点任务落实情况的报告";
        assert!(!named(t, slice(t, "2023年")));
    }

    #[test]
    fn foretelling_words() {
        assert!(foretold("下届省运会将于"));
        assert!(foretold("大会拟于"));
        assert!(foretold("计划"));
        assert!(!foretold("我市于"));
        assert!(!foretold("记者获悉，"));
        assert!(foretold("大會擬於"));
        assert!(!foretold("主要在"));
        assert!(foretold("大会定于"));
        assert!(!foretold("产量稳定在"));
    }
}
