//! The year that `同年`, `次年`, `翌年` count from when their own paragraph
//! writes none: the last year written at the head of a sentence of an
//! earlier paragraph under the same heading (`2019年，全县…。` then a
//! paragraph `次年，全县…`). A heading starts afresh (its own year, if it
//! writes one, is used then); the document's title is never one.

use super::{Template, YearRef};

/// The years written at sentence heads, paragraph by paragraph.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WrittenYears {
    /// The last year written before the paragraph being read.
    before: Option<i32>,
    /// The last year written so far, the paragraph being read included.
    last: Option<i32>,
}

impl WrittenYears {
    /// A heading: no year written under it yet.
    pub(super) fn heading(&mut self) {
        *self = WrittenYears::default();
    }

    /// A new paragraph begins.
    pub(super) fn paragraph(&mut self) {
        self.before = self.last;
    }

    /// A sentence of the paragraph opens with the time `t`: a year
    /// written, or one counted from the last (`次年` after `2019年`: 2020).
    pub(super) fn opening(&mut self, t: Template) {
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
}
