//! The year of a document whose first lines name none, read in a later
//! paragraph that comes before its first figure.
//!
//! A news report of a meeting often opens with its scene (`1月4日上午，…
//! 会议在…开幕。`, `上午8时30分许，大会开幕。`) and names the year it reports
//! on only when it comes to the report (`《报告》指出，2019年是…的关键一年。`);
//! the figures that follow (`全市地区生产总值预计完成4725亿元`) are that
//! year's. A year heading a clause of the first sentence of such a
//! paragraph (as [`super::clause_head_year`] reads it: not a basis, target
//! or start) dates the document, as a date line further down does (see
//! `dateline.rs`), while no paragraph has stated a figure yet: a year met
//! only after the figures is a year those figures were not written under.

use super::DocYears;

impl DocYears {
    /// Takes a line of a document that waits for its date (see
    /// [`DocYears::awaits_date`]): a paragraph before any figure whose
    /// first sentence heads a clause with a year dates the document.
    pub(super) fn observe_late_year(&mut self, t: &str) {
        if self.figured || !t.contains('。') {
            return;
        }
        if let Some(y) = super::clause_head_year(t).filter(|_| !super::dates_an_event(t)) {
            self.anchor = Some(y);
            self.results = Some(y);
            self.from_title = true;
        }
        self.note_figures(t);
    }

    /// Marks that a paragraph has stated a figure (digits that date
    /// nothing: not `2019年`, `1月4日`, `8时30分`).
    pub(super) fn note_figures(&mut self, t: &str) {
        self.figured |= super::states_a_figure(t);
    }
}
