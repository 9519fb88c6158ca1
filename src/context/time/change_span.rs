//! The change between two years a sentence names.
//!
//! `由2000年的548亿元增加到2005年的2293亿元，年均增长33.5%`, `由二零二一年的
//! 2 316人上升至二零二二年的2 666人，增幅為15%`, `由前年的134億元跌至去年的
//! 110億元，跌幅超過一成五`: the level reached is dated by the year after
//! `到`/`至` (its period, `到2005年`, a point: `{start: null, …}`), but
//! the change written after it, a rate of change (`年均增长`, `增幅`), is
//! the change over the years from the one after the starting year to that
//! year: 2001 to 2005, the whole of 2022, the whole of `去年`.

use super::{averages, changes_by, Point, Prepared, Template, YearRef};

impl super::Resolver {
    /// `p`, the prepared time of a figure whose period is `period` and
    /// whose clause reads `near` up to it, made the span of a change from
    /// the year `from` (the year after the last `由`/`从` of its sentence)
    /// to the year of its period, when the period reaches a whole year
    /// (`到2005年`, `至二零二二年`) and the figure is a rate of change
    /// (`年均增长`, `增幅为`); else `p` as it is.
    pub(crate) fn change_between(
        &mut self,
        p: Prepared,
        from: Option<&str>,
        period: Option<&str>,
        near: &str,
    ) -> Prepared {
        let (Some(from), Some(period)) = (from, period) else {
            return p;
        };
        if !period.starts_with(['到', '至']) || !rates_a_change(near) {
            return p;
        }
        let (Template::Span(a, a2), Template::Until(b)) =
            (self.template(from), self.template(period))
        else {
            return p;
        };
        let whole = |x: Point| x.month == 0 && x.day == 0;
        let Some(next) = year_after(a.year).filter(|_| a == a2 && whole(a) && whole(b)) else {
            return p;
        };
        if let (YearRef::Abs(x), YearRef::Abs(y)) = (next, b.year) {
            if x > y {
                return p;
            }
        }
        Prepared {
            template: Some(Template::Span(Point::year(next), b)),
            ..p
        }
    }
}

/// Whether the clause before a figure makes it a rate of change: a verb of
/// change (`年均增长`), an average, or an amplitude (`增幅为`, `跌幅超過`).
/// A verb of change with a copula after it (`下降为16%`) names the level
/// reached, not the change.
fn rates_a_change(near: &str) -> bool {
    let amplitude = near
        .trim_end_matches(['为', '為', '达', '達', '是', ' '])
        .ends_with('幅');
    changes_by(near) || averages(near) || amplitude
}

/// The year after `y`, as it is counted.
fn year_after(y: YearRef) -> Option<YearRef> {
    match y {
        YearRef::Abs(v) => Some(YearRef::Abs(v + 1)),
        YearRef::Anchor(o) => Some(YearRef::Anchor(o + 1)),
        YearRef::Results(o) => Some(YearRef::Results(o + 1)),
        YearRef::Written(o) => Some(YearRef::Written(o + 1)),
        YearRef::Current | YearRef::CenturyEnd => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_of_change() {
        for c in ["，年均增长", "，增幅为", "，跌幅", "同比增长"] {
            assert!(rates_a_change(c), "{c}");
        }
        for c in ["，占比为", "，比重", "的比重则由1954年的25%下降为"] {
            assert!(!rates_a_change(c), "{c}");
        }
    }
}
