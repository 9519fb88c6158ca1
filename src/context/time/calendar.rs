//! Rules of the time language that count within a calendar: a run of
//! years named from the document's (`今明两年`: `A..A+1`), the days of a
//! month's third (`3月上旬`: `days:01-10`), and months and quarters named
//! from the document's own (`本月`, `上月`, `本季度`: `month:0`,
//! `month:-1`, `quarter:0`).

use super::period::{Base, Reading};
use super::{rule_year, tail, DocYears, Point, Template, YearRef};

/// `A..A+1`: from the first year to the last; `None` if `s` is no run of
/// years, `Some(None)` if one of its ends does not parse.
pub(super) fn years_rule(s: &str) -> Option<Option<Template>> {
    let (a, b) = s.split_once("..")?;
    Some(
        rule_year(a)
            .zip(rule_year(b))
            .map(|(a, b)| Template::Span(Point::year(a), Point::year(b))),
    )
}

/// The last day a `days:` tail may name: the month's last, whatever it is.
const MONTH_END: u8 = 31;

/// `days:DD-DD` applied to the month of `t` (`3月上旬`: March 1 to 10;
/// `下旬`: the 21st to the month's last day); none if `t` is not a single
/// month.
pub(super) fn days_tail(t: Template, days: &str) -> Option<Template> {
    let Template::Span(first, last) = t else {
        return None;
    };
    if first != last || first.month == 0 || first.day != 0 {
        return None;
    }
    let (a, b) = days.split_once('-')?;
    let (a, b): (u8, u8) = (a.parse().ok()?, b.parse().ok()?);
    if !(1..=MONTH_END).contains(&a) || !(a..=MONTH_END).contains(&b) {
        return None;
    }
    let at = |day: u8| Point { day, ..first };
    // (day 0 of a month is its last day)
    let end = if b == MONTH_END { 0 } else { b };
    Some(Template::Span(at(a), at(end)))
}

/// A period counted from the document's own month or quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct OwnRule {
    /// Quarters (`quarter:N`), else months (`month:N`).
    quarter: bool,
    /// Hong Kong fiscal years, April to March (`fiscal:N`).
    fiscal: bool,
    /// How many after the document's own (`上月`: -1).
    offset: i32,
    /// A stock at its end (`end:quarter:0`: `本季末`).
    end: bool,
}

/// Parses `month:N`, `quarter:N`, `end:quarter:N`, `fiscal:N`.
pub(super) fn own_rule(rule: &str) -> Option<OwnRule> {
    let (end, rest) = match rule.strip_prefix("end:") {
        Some(r) => (true, r),
        None => (false, rule),
    };
    let fiscal = rest.strip_prefix("fiscal:");
    let (quarter, n) = match (fiscal, rest.strip_prefix("month:")) {
        (Some(n), _) | (None, Some(n)) => (false, n),
        (None, None) => (true, rest.strip_prefix("quarter:")?),
    };
    Some(OwnRule {
        quarter,
        fiscal: fiscal.is_some(),
        offset: n.parse().ok()?,
        end,
    })
}

/// The rule of a word counted from the document's month or quarter, as
/// read.
fn own_rule_of(r: &Reading) -> Option<OwnRule> {
    match r.base {
        Base::Word(w) => own_rule(w.time),
        _ => None,
    }
}

/// Whether a time phrase as read is counted from the document's month or
/// quarter (`上月`, `本月以来`, `本季度`).
pub(super) fn is_month_word(r: &Reading) -> bool {
    own_rule_of(r).is_some()
}

impl DocYears {
    /// The document's own month: the single month its title names
    /// (`2025年3月份全市经济运行情况`), else the month of its dateline
    /// (`发布时间：2025-04-15`); with its year.
    fn own_month(&self) -> Option<(i32, u8)> {
        let titled = match self.part {
            Some(Template::Span(a, b)) if a.month == b.month && a.month > 0 => {
                self.results.or(self.anchor).map(|y| (y, a.month))
            }
            _ => None,
        };
        titled.or(match self.posted {
            Some(Point {
                year: YearRef::Abs(y),
                month,
                ..
            }) if month > 0 => Some((y, month)),
            _ => None,
        })
    }

    /// The time of a month or quarter word as read (`上月`, `本月以来`,
    /// `本季度`): counted from the document's own, its tails applied;
    /// unknown if `r` is none or the document names no month.
    pub(super) fn month_word(&self, r: &Reading) -> Template {
        let Some(rule) = own_rule_of(r) else {
            return Template::Unknown;
        };
        let mut t = if rule.fiscal {
            self.fiscal_year_from_own(rule.offset)
        } else if rule.quarter {
            self.quarter_from_own(rule.offset)
        } else {
            self.month_from_own(rule.offset)
        };
        let until = r.until || rule.end;
        for what in r.tails.iter().flatten() {
            t = tail(t, what).unwrap_or(Template::Unknown);
        }
        if until {
            t = t
                .ends()
                .map_or(Template::Unknown, |(_, b)| Template::Until(b));
        }
        t
    }

    /// The quarter `offset` quarters after the document's own (the quarter
    /// its title names, `2025年一季度`, or ends a run of, `前三季度`; else
    /// the quarter of its own month), as a template.
    pub(super) fn quarter_from_own(&self, offset: i32) -> Template {
        let titled = match self.part {
            Some(Template::Span(a, b))
                if b.month % 3 == 0 && (a.month == 1 || a.month + 2 == b.month) =>
            {
                self.results.or(self.anchor).map(|y| (y, b.month / 3))
            }
            _ => None,
        };
        let Some((y, q)) = titled.or_else(|| self.own_month().map(|(y, m)| (y, m.div_ceil(3))))
        else {
            return Template::Unknown;
        };
        let k = y * 4 + i32::from(q) - 1 + offset;
        let Ok(q) = u8::try_from(k.rem_euclid(4) + 1) else {
            return Template::Unknown;
        };
        let y = YearRef::Abs(k.div_euclid(4));
        Template::Span(Point::month(y, 3 * q - 2), Point::month(y, 3 * q))
    }

    /// Whether a span of years ending at `last` (a year as written) ended
    /// more than a year before the year the document reports on: a plan
    /// period looked back on (`“十三五”时期` in 2025), not the years a
    /// review covers (`“十三五”时期` in the 2021 report on 2020).
    pub(super) fn ended_long_before(&self, last: Point) -> bool {
        match (last.year, self.results) {
            (YearRef::Abs(y), Some(r)) => y < r - 1,
            _ => false,
        }
    }

    /// The Hong Kong fiscal year (April 1 to March 31) `offset` years
    /// after the one holding the document's own month (`上个财政年度` in a
    /// reply of April 2023: 2022/23); unknown when the document names no
    /// month.
    pub(super) fn fiscal_year_from_own(&self, offset: i32) -> Template {
        let Some((y, m)) = self.own_month() else {
            return Template::Unknown;
        };
        let first = if m >= 4 { y } else { y - 1 } + offset;
        Template::Span(
            Point::month(YearRef::Abs(first), 4),
            Point::month(YearRef::Abs(first + 1), 3),
        )
    }

    /// The month `offset` months after the document's own, as a template
    /// (`上月` in a March report: February); unknown when the document
    /// names no month.
    pub(super) fn month_from_own(&self, offset: i32) -> Template {
        let Some((y, m)) = self.own_month() else {
            return Template::Unknown;
        };
        let k = y * 12 + i32::from(m) - 1 + offset;
        let Ok(month) = u8::try_from(k.rem_euclid(12) + 1) else {
            return Template::Unknown;
        };
        let p = Point::month(YearRef::Abs(k.div_euclid(12)), month);
        Template::Span(p, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fiscal_year_rules_parse() {
        let r = own_rule("fiscal:-1").expect("a rule");
        assert!(r.fiscal && !r.quarter && r.offset == -1 && !r.end);
        assert_eq!(own_rule("fiscal:+1").map(|r| r.offset), Some(1));
        assert!(!own_rule("month:0").expect("a rule").fiscal);
    }

    #[test]
    fn a_run_of_years_from_the_documents() {
        let t = years_rule("A..A+1").flatten().expect("a template");
        assert_eq!(
            t,
            Template::Span(
                Point::year(YearRef::Anchor(0)),
                Point::year(YearRef::Anchor(1))
            )
        );
        assert_eq!(years_rule("A+1"), None);
        assert_eq!(years_rule("A..X"), Some(None));
    }

    #[test]
    fn thirds_of_a_month() {
        let march = Point::month(YearRef::Abs(2025), 3);
        let t = Template::Span(march, march);
        let day = |d| Point { day: d, ..march };
        assert_eq!(days_tail(t, "01-10"), Some(Template::Span(day(1), day(10))));
        assert_eq!(days_tail(t, "21-31"), Some(Template::Span(day(21), day(0))));
        let year = Point::year(YearRef::Abs(2025));
        assert_eq!(days_tail(Template::Span(year, year), "01-10"), None);
    }

    #[test]
    fn months_counted_from_the_documents_own() {
        let doc = DocYears {
            posted: Some(Point {
                year: YearRef::Abs(2025),
                month: 1,
                day: 15,
            }),
            ..DocYears::default()
        };
        let dec = Point::month(YearRef::Abs(2024), 12);
        assert_eq!(doc.month_from_own(-1), Template::Span(dec, dec));
        let jan = Point::month(YearRef::Abs(2025), 1);
        assert_eq!(doc.month_from_own(0), Template::Span(jan, jan));
        assert_eq!(DocYears::default().month_from_own(0), Template::Unknown);
        assert_eq!(own_rule("month:-1").map(|r| r.offset), Some(-1));
        assert_eq!(own_rule("A-1"), None);
        assert_eq!(
            own_rule("end:quarter:0"),
            Some(OwnRule {
                quarter: true,
                fiscal: false,
                offset: 0,
                end: true
            })
        );
        // (January's quarter before is the last of the year before)
        let q4 = |m| Point::month(YearRef::Abs(2024), m);
        assert_eq!(doc.quarter_from_own(-1), Template::Span(q4(10), q4(12)));
    }

    #[test]
    fn spans_ended_long_before_the_year_reported() {
        let doc = DocYears {
            results: Some(2025),
            ..DocYears::default()
        };
        assert!(doc.ended_long_before(Point::year(YearRef::Abs(2020))));
        assert!(!doc.ended_long_before(Point::year(YearRef::Abs(2024))));
        assert!(!doc.ended_long_before(Point::year(YearRef::Results(0))));
        assert!(!DocYears::default().ended_long_before(Point::year(YearRef::Abs(2020))));
    }
}
