//! The document's date where its title lines do not give it: a date line
//! further down (an issuing office's signature and date at the end,
//! `市统计局` over `2024年11月15日`; a page's `2024-02-05` under its
//! editor's name; a last paragraph closed by `（2024年4月18日）`), the
//! day of a news lead (`新华社北京2024年3月7日电`, `本报讯 2024年3月7日，`),
//! and a posting line that names a month only (`发布时间：2012-07`).

use super::{period, posted_day, template, DocYears, Point, Template, YearRef};

/// The years of the Republic of China a posting date may be written in
/// with three digits (`113-11-20`: 2024): 1991 to 2061.
const ROC_YEARS: std::ops::RangeInclusive<i32> = 80..=150;

const REVIEW_VERBS: &str = include_str!("../words/time-review-verbs.txt");

fn review_verbs() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| super::parse_words(REVIEW_VERBS))
}

/// The year a verb of looking back names in the first sentence of `t`
/// (`回顾总结2018年全市红十字工作的成效`, `通报2023年全省…情况`): a single
/// year written right after the verb.
pub(super) fn reviewed_year(t: &str) -> Option<i32> {
    let first = t.split('。').next().unwrap_or(t);
    period::phrases(first).into_iter().find_map(|p| {
        let at = p.as_ptr() as usize - first.as_ptr() as usize;
        // (`回顾了2018年…`)
        let before = first[..at].trim_end_matches('了');
        if !review_verbs().iter().any(|w| before.ends_with(w)) {
            return None;
        }
        let tm = template(p);
        (tm.first_year() == tm.written_year()).then_some(tm.written_year())?
    })
}

/// How many non-blank lines after the title lines a document with no
/// year of its own is read for a date line: a short release or news copy
/// ends within them.
const LATE_LINES: u8 = 60;

/// How many records a document with no year of its own holds back while
/// it waits for a date line (a streaming reader's memory stays bounded).
pub(crate) const MAX_AWAITED: usize = 128;

/// How many characters other than the date a date line may hold: a label
/// (`发布日期：`), an office (`经济部统计处`), an editor (`责任编辑：王某`).
const LABEL_CHARS: usize = 10;

/// Verbs of learning that make a `从`/`自` before a year name a news
/// source, not a start (`记者从2020年前三季度经济运行情况新闻通气会上获悉`:
/// a briefing on the period reported).
const LEARNED: [&str; 5] = ["获悉", "了解到", "得悉", "得知", "获知"];

/// Whether the clause after a time phrase led by `从` or `自` goes on to a
/// verb of learning (`…新闻通气会上获悉，`): the phrase is in the name of
/// the source the news came from, the period the release reports.
pub(super) fn names_a_source(after: &str) -> bool {
    let clause = after.split(['，', ',', '。', '；']).next().unwrap_or(after);
    LEARNED.iter().any(|w| clause.contains(w))
}

/// How many characters before a news lead's date its agency and place
/// may take (`新华社北京`, `本报讯（记者王某）`, `中新社澳门`).
const LEAD_CHARS: usize = 20;

/// What may follow the date of a news lead: the lead's end (`电`, `讯`),
/// a comma or a space.
const LEAD_ENDS: &str = "电電讯訊，, （(";

impl DocYears {
    /// Whether the document opened with no year of its own found in its
    /// first lines: its records wait for a date line further down.
    pub(crate) fn awaits_date(&self) -> bool {
        self.opened
            && !self.speech
            && !self.waited_out
            && self.anchor.is_none()
            && self.dateline.is_none()
    }

    /// Stops waiting for a date line: the records held for one are
    /// resolved as they are (a long document with no date of its own, or
    /// more records held than [`MAX_AWAITED`]).
    pub(crate) fn stop_waiting(&mut self) {
        self.waited_out = true;
    }

    /// Takes a line read after the title lines of a document that
    /// [`awaits_date`](Self::awaits_date): a line that only dates it
    /// dates the document; past [`LATE_LINES`] lines it waits no more.
    pub(super) fn observe_late(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        self.late_lines = self.late_lines.saturating_add(1);
        if self.late_lines > LATE_LINES {
            self.stop_waiting();
        } else if let Some(day) = date_line(t) {
            self.date_by(day);
        }
    }

    /// The day of a news lead in the opening paragraph's first sentence,
    /// taken as the document's date.
    pub(super) fn observe_lead(&mut self, t: &str) {
        if let Some(day) = lead_day(t) {
            self.date_by(day);
        }
    }

    /// The year at the head of a clause of a later sentence of an opening
    /// paragraph whose first sentence named none, in a document with no
    /// year in its title lines (`中新网4月18日电 …举行新闻发布会。…介绍，2023年
    /// 一季度，民航经济运行持续恢复…`): the year the release reports on.
    pub(super) fn observe_opening_clauses(&mut self, t: &str) {
        if self.body_lines > 1 {
            return;
        }
        // (`1984年8月建队，是副科级单位`: the date of an event, not a year
        // reported on)
        let Some(y) = t
            .split('。')
            .skip(1)
            .filter(|s| !super::dates_an_event(s))
            .find_map(super::clause_head_year)
        else {
            return;
        };
        self.anchor = Some(y);
        self.results = Some(y);
        self.from_title = true;
    }

    /// Dates the document by the day `day` of a date line: its year is
    /// the document's own and the one its results are for.
    fn date_by(&mut self, day: Point) {
        let YearRef::Abs(y) = day.year else {
            return;
        };
        self.dateline = Some(y);
        self.posted = Some(day);
        self.anchor = Some(y);
        self.results = Some(y);
        self.from_title = true;
    }

    /// Whether the end month `month` of a period with no year of its own
    /// lies after the month the document was posted in, by at most three
    /// months back round the year (`十二月` or `1-11月` in a page posted on
    /// 2023-02-02): a month of the year before, the latest reported.
    pub(super) fn month_of_last_year(&self, month: u8) -> bool {
        let Some(Point {
            year: YearRef::Abs(y),
            month: posted,
            ..
        }) = self.posted
        else {
            return false;
        };
        let own_year = self.anchor == Some(y) && self.results == Some(y);
        own_year && posted > 0 && month > posted && (u32::from(posted) + 12 - u32::from(month)) <= 3
    }
}

/// The day of a posting date written in another order than
/// [`posted_day`]'s: day first with slashes as Macau and Hong Kong pages
/// write it (`20/11/2024`), or in a Republic of China year of three
/// digits (`發布日期：113-11-20`, `113/11/20`).
pub(super) fn other_order_day(t: &str) -> Option<(i32, u8, u8)> {
    digit_runs(t).windows(3).find_map(|w| {
        let (a, b, c) = (w[0], w[1], w[2]);
        let sep = &t[a.2..b.1];
        if sep.len() != 1 || &t[b.2..c.1] != sep {
            return None;
        }
        let (y, m, d) = match (a.0.len(), b.0.len(), c.0.len()) {
            (1..=2, 1..=2, 4) if sep == "/" => (c.0.parse().ok()?, b.0, a.0),
            (3, 1..=2, 1..=2) if "-/.".contains(sep) => {
                let roc: i32 = a.0.parse().ok()?;
                (ROC_YEARS.contains(&roc).then_some(roc + 1911)?, b.0, c.0)
            }
            _ => return None,
        };
        let m: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        let d: u8 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
        Some((y, m, d))
    })
}

/// `t` with its full-width digits and date marks made ASCII
/// (`２０２４－０３－１５`), if it holds a full-width digit.
pub(super) fn half_width(t: &str) -> Option<String> {
    let wide = |c: char| ('０'..='９').contains(&c) || "－／．".contains(c);
    if !t.chars().any(|c| ('０'..='９').contains(&c)) {
        return None;
    }
    Some(
        t.chars()
            .map(|c| {
                if wide(c) {
                    char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// The runs of ASCII digits of `t`: each with its start and end.
fn digit_runs(t: &str) -> Vec<(&str, usize, usize)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push((&t[start..i], start, i));
        } else {
            i += 1;
        }
    }
    out
}

/// What may follow the month of a posting line's year and month.
const MONTH_ENDS: &str = "|）)，,;；";

/// The year of a posting line that names a year and a month only, written
/// with Arabic numerals and a dash, slash or dot (`发布时间：2012-07`).
pub(super) fn posted_month_year(t: &str) -> Option<i32> {
    let b = t.as_bytes();
    (0..b.len().saturating_sub(5)).find_map(|i| {
        let digit_before = i > 0 && b[i - 1].is_ascii_digit();
        let y = t.get(i..i + 4)?;
        if digit_before || !y.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        if !matches!(b.get(i + 4)?, b'-' | b'/' | b'.') {
            return None;
        }
        let m: String = t[i + 5..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let after = t[i + 5 + m.len()..].chars().next();
        let month_ok =
            (1..=2).contains(&m.len()) && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
        // (`2012-07-15` is a day, [`posted_day`]'s; `2023.5亿元` a number)
        if !month_ok || after.is_some_and(|c| !c.is_whitespace() && !MONTH_ENDS.contains(c)) {
            return None;
        }
        y.parse().ok().filter(|y| (1900..=2200).contains(y))
    })
}

/// The day of a line that only dates the document: a date with its day
/// (`2024年11月15日`, `中華民國113年11月22日`, `2024-02-05 10:30`), with
/// at most a short label, office or editor beside it, or closing a
/// paragraph in brackets (`…。（2024年4月18日）`).
fn date_line(t: &str) -> Option<Point> {
    if let Some(day) = closing_bracket_date(t) {
        return Some(day);
    }
    // (cheap refusal, before the line is copied and read whole: a line
    // with a clause mark keeps it once the date is taken out, since no
    // time phrase holds one, and is refused below; most long lines, a
    // paragraph's text, are refused here)
    if t.contains(['。', '，', ',']) {
        return None;
    }
    // (`中华民国113年` is read as a year of its own, apart from its day)
    let t = &t.replacen("中华民国", "", 1);
    let (day, date) = match posted_day(t) {
        Some((y, month, day)) => (
            Point {
                year: YearRef::Abs(y),
                month,
                day,
            },
            None,
        ),
        None => {
            let p = period::phrases(t).into_iter().next()?;
            (single_day(p)?, Some(p))
        }
    };
    let rest = match date {
        Some(p) => t.replacen(p, "", 1),
        None => t.to_string(),
    };
    let label = rest
        .chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace() && !"-/.:：()（）[]【】".contains(*c))
        .count();
    (label <= LABEL_CHARS && !rest.contains(['。', '，', ','])).then_some(day)
}

/// The date in brackets that closes a paragraph (`…。（2024年4月18日）`).
fn closing_bracket_date(t: &str) -> Option<Point> {
    let inner = t
        .strip_suffix('）')
        .map(|s| s.rsplit_once('（'))
        .or_else(|| t.strip_suffix(')').map(|s| s.rsplit_once('(')))??
        .1;
    let p = period::phrases(inner).into_iter().next()?;
    (p.len() == inner.trim().len()).then(|| single_day(p))?
}

/// The day a time phrase names, if it names one of a written year.
fn single_day(p: &str) -> Option<Point> {
    match template(p) {
        Template::Span(a, b) if a == b && a.day > 0 && matches!(a.year, YearRef::Abs(_)) => Some(a),
        _ => None,
    }
}

/// The day of a news lead: a date with its day written in the first
/// sentence of `t`, after at most an agency and a place
/// (`新华社北京2024年3月7日电`, `本报讯 2024年3月7日，`) and before the
/// lead's end or a comma, an hour of that day aside (`2010年3月11日15时，`).
pub(super) fn lead_day(t: &str) -> Option<Point> {
    let first = t.split('。').next().unwrap_or(t);
    let p = period::phrases(first).into_iter().next()?;
    let at = p.as_ptr() as usize - first.as_ptr() as usize;
    let before = &first[..at];
    let after = past_hour(&first[at + p.len()..]).chars().next();
    let lead = before.chars().count() <= LEAD_CHARS && !before.contains(['，', ',', '；', ';']);
    let ends = after.is_none_or(|c| LEAD_ENDS.contains(c));
    (lead && ends).then(|| single_day(p))?
}

/// `s` past an hour of the day written at its start (`15时`, `9时30分`,
/// `10点`, `１５时`, `十五时`), else as it is: its numeral in any of the
/// digits a date is written with, as the day before it is.
fn past_hour(s: &str) -> &str {
    // (bytes of the numeral `t` opens with, at most three characters: a
    // longer run is none)
    let numeral = |t: &str| {
        t.char_indices()
            .take(4)
            .find(|&(_, c)| !period::is_num_char(c))
            .map_or(0, |(i, _)| i)
    };
    let n = numeral(s);
    let Some(rest) = ["时", "時", "点", "點"]
        .iter()
        .find_map(|w| s[n..].strip_prefix(w))
        .filter(|_| n > 0)
    else {
        return s;
    };
    let m = numeral(rest);
    match rest[m..].strip_prefix('分') {
        Some(r) if m > 0 => r,
        _ => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(t: &str) -> Option<(YearRef, u8, u8)> {
        date_line(t).map(|p| (p.year, p.month, p.day))
    }

    #[test]
    fn an_hour_after_a_lead_s_day() {
        let t = "2010年3月11日15时，十一届全国人大三次会议举行全体会议。";
        assert!(lead_day(t).is_some());
        let t = "2024年3月7日9时30分，某县召开大会。";
        assert!(lead_day(t).is_some());
        let t = "２０２４年３月７日１５时，某县召开大会。";
        assert!(lead_day(t).is_some());
        let t = "二〇二四年三月七日十五时三十分，某县召开大会。";
        assert!(lead_day(t).is_some());
        assert_eq!(past_hour("15日"), "15日");
        assert_eq!(past_hour("2024时"), "2024时");
    }

    #[test]
    fn a_source_the_news_was_learned_from() {
        assert!(names_a_source("经济运行情况新闻通气会上获悉，前三季度"));
        assert!(names_a_source("一季度经济运行新闻发布会上了解到"));
        // (a start: `从2020年起`, `自2019年以来`)
        assert!(!names_a_source("起，全市累计投入"));
        assert!(!names_a_source("以来，我们获悉各地"));
        let mut seen = LEARNED.to_vec();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), LEARNED.len());
    }

    #[test]
    fn lines_that_only_date_a_document() {
        let nov15 = Some((YearRef::Abs(2024), 11, 15));
        assert_eq!(day("2024年11月15日"), nov15);
        assert_eq!(day("市统计局 2024年11月15日"), nov15);
        assert_eq!(day("发布日期：2024-11-15 10:30"), nov15);
        assert_eq!(day("中华民国113年11月15日"), nov15);
        assert_eq!(day("本次共接诊1200人次。（2024年11月15日）"), nov15);
        // a sentence that holds a date is no date line
        assert_eq!(
            day("2024年11月15日，全市召开大会，部署冬季安全工作。"),
            None
        );
        assert_eq!(day("截至2024年11月15日，全市累计接种疫苗120万剂次"), None);
        // a month or a year alone names no day
        assert_eq!(day("2024年11月"), None);
    }

    #[test]
    fn news_leads_with_a_day() {
        let mar7 = Some((YearRef::Abs(2024), 3, 7));
        let lead = |t: &str| lead_day(t).map(|p| (p.year, p.month, p.day));
        assert_eq!(lead("新华社北京2024年3月7日电 海关总署7日发布数据。"), mar7);
        assert_eq!(lead("本报讯 2024年3月7日，海关总署发布数据。"), mar7);
        assert_eq!(
            lead("据区新闻报道：2024年3月7日，区红十字会举行仪式。"),
            mar7
        );
        // a date well into the sentence, or a year alone, is no lead
        assert_eq!(
            lead("海关总署发布数据显示，2024年3月7日进出口总值创新高。"),
            None
        );
        assert_eq!(lead("2024年，全市进出口总值增长8%。"), None);
    }

    #[test]
    fn posting_lines_with_a_month_only() {
        assert_eq!(posted_month_year("发布时间:2012-07"), Some(2012));
        assert_eq!(posted_month_year("2023/02 来源：本站"), Some(2023));
        assert_eq!(posted_month_year("2012-07-15"), None);
        assert_eq!(posted_month_year("2020-21年度"), None);
        assert_eq!(posted_month_year("2023-2024学年"), None);
        assert_eq!(posted_month_year("营收2023.5亿元"), None);
    }

    #[test]
    fn review_verbs_parse_once_each() {
        let w = review_verbs();
        assert!(w.len() >= 4 && w.iter().all(|v| !v.is_empty() && !v.contains(' ')));
        let mut sorted = w.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            w.len(),
            "time-review-verbs.txt has a duplicate"
        );
    }

    #[test]
    fn years_a_review_names() {
        let t = "今天下午，市红十字会召开理事会，回顾总结2018年全市红十字工作的成效，谋划2019年重点任务。";
        assert_eq!(reviewed_year(t), Some(2018));
        assert_eq!(
            reviewed_year("省统计局通报2023年全省经济运行情况。"),
            Some(2023)
        );
        // a year written elsewhere, or a span, is none
        assert_eq!(reviewed_year("会议谋划2019年重点任务。"), None);
        assert_eq!(reviewed_year("会议回顾2019年至2023年的工作。"), None);
        assert_eq!(reviewed_year("会议总结了2023年的工作。"), Some(2023));
        // a page that publishes an earlier year's report
        assert_eq!(reviewed_year("警务处9日发表2022年度年报。"), Some(2022));
        assert_eq!(
            reviewed_year("人民银行10日发布2022年金融统计数据报告。"),
            Some(2022)
        );
    }

    #[test]
    fn full_width_posting_dates() {
        assert_eq!(
            half_width("发布时间：２０２４－０３－１５").as_deref(),
            Some("发布时间：2024-03-15")
        );
        assert_eq!(half_width("2024-03-15"), None);
    }

    #[test]
    fn posting_days_in_other_orders() {
        assert_eq!(other_order_day("20/11/2024"), Some((2024, 11, 20)));
        assert_eq!(other_order_day("發布日期：113-11-20"), Some((2024, 11, 20)));
        assert_eq!(other_order_day("113/1/5 更新"), Some((2024, 1, 5)));
        // a range, a ratio, a year first or a code is no such date
        assert_eq!(other_order_day("1-10/2024"), None);
        assert_eq!(other_order_day("2024/11/20"), None);
        assert_eq!(other_order_day("编号 250-12-03"), None);
        assert_eq!(other_order_day("20/13/2024"), None);
    }
}
