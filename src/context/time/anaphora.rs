//! The year that `同年`, `次年`, `翌年` count from when their own paragraph
//! writes none: the last year written at the head of a sentence of an
//! earlier paragraph under the same heading (`2019年，全县…。` then a
//! paragraph `次年，全县…`). A heading starts afresh (its own year, if it
//! writes one, is used then); the document's title is never one.
//! So too the quarter and the month that `同季`, `同月` name: the last
//! single quarter or month written so at a sentence head
//! (`今年第3季新生嬰兒…` then a paragraph `同季死亡人數…`).

use super::{Template, YearRef};

/// The years written at sentence heads, paragraph by paragraph.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WrittenYears {
    /// The last year written before the paragraph being read.
    before: Option<i32>,
    /// The last year written so far, the paragraph being read included.
    last: Option<i32>,
    /// The last single quarter and single month written so far, the
    /// paragraph being read included.
    parts: Parts,
    /// The last year or part of one (`2024年`, `1-6月`, `一季度`, `10月`)
    /// written at a sentence head of the paragraph being read: what `上年同期` at a
    /// clause head restates one year earlier.
    para_part: Option<Template>,
}

/// A single quarter and a single month, each as last written.
#[derive(Clone, Copy, Debug, Default)]
struct Parts {
    quarter: Option<Template>,
    month: Option<Template>,
}

impl WrittenYears {
    /// A heading: no year written under it yet.
    pub(super) fn heading(&mut self) {
        *self = WrittenYears::default();
    }

    /// A new paragraph begins.
    pub(super) fn paragraph(&mut self) {
        self.before = self.last;
        self.para_part = None;
    }

    /// A sentence of the paragraph opens with the time `t`: a year
    /// written, or one counted from the last (`次年` after `2019年`: 2020).
    pub(super) fn opening(&mut self, t: Template) {
        if let Template::Span(a, b) = t {
            if a.year == b.year && a.day == 0 && b.day == 0 {
                self.para_part = Some(t);
            }
            if t.months_of_one_year() {
                match b.month - a.month.min(b.month) {
                    0 => self.parts.month = Some(t),
                    2 if a.month % 3 == 1 => self.parts.quarter = Some(t),
                    _ => {}
                }
            }
        }
        if let Some(y) = t.written_year() {
            self.last = Some(y);
        } else if let Template::Span(a, b) = t {
            if let (YearRef::Written(k), true) = (a.year, a.year == b.year) {
                self.last = self.last.map(|y| y + k);
            }
        }
    }

    /// The last year written before the paragraph being read.
    pub(super) fn before(&self) -> Option<i32> {
        self.before
    }

    /// The last year or part of one written at a sentence head of the
    /// paragraph being read.
    pub(super) fn para_part(&self) -> Option<Template> {
        self.para_part
    }

    /// The last single quarter (else month) written at a sentence head
    /// under the heading in force, the paragraph being read included (a
    /// release writes `同季` after the quarter it restates): what `同季`
    /// (`同月`) names.
    pub(super) fn same(&self, quarter: bool) -> Template {
        let p = self.parts;
        let t = if quarter { p.quarter } else { p.month };
        t.unwrap_or(Template::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_of_an_earlier_paragraph_until_a_heading() {
        let mut w = WrittenYears::default();
        w.paragraph();
        w.opening(Template::year(2019));
        assert_eq!(w.before(), None);
        w.paragraph();
        assert_eq!(w.before(), Some(2019));
        w.opening(Template::Unknown);
        w.paragraph();
        assert_eq!(w.before(), Some(2019));
        // (`次年，…` counts on from the last)
        let next = super::super::rule("W+1").expect("a rule");
        w.opening(next);
        w.paragraph();
        assert_eq!(w.before(), Some(2020));
        w.heading();
        w.paragraph();
        assert_eq!(w.before(), None);
        w.opening(next);
        w.paragraph();
        assert_eq!(w.before(), None);
    }

    /// `同季` names the last single quarter written, not a run of them
    /// (`首三季`), until a heading; `同月` the last single month.
    #[test]
    fn the_same_quarter_is_the_last_single_one_written() {
        let rule = |s| super::super::rule(s).expect("a rule");
        let mut w = WrittenYears::default();
        assert_eq!(w.same(true), Template::Unknown);
        w.paragraph();
        w.opening(rule("2015:07-09"));
        w.opening(rule("2015:01-09"));
        w.opening(rule("2015:08-08"));
        w.paragraph();
        assert_eq!(w.same(true), rule("2015:07-09"));
        assert_eq!(w.same(false), rule("2015:08-08"));
        // (months 2 to 4 are no quarter)
        w.opening(rule("2015:02-04"));
        assert_eq!(w.same(true), rule("2015:07-09"));
        w.heading();
        assert_eq!(w.same(true), Template::Unknown);
    }
}
