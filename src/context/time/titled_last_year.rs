//! A title naming `去年` as a whole (`去年国内游人次超60亿`) over a lead that
//! writes the year it reports (`记者获悉，2019年我国国内旅游人数达60.06亿人次`):
//! the year written is the title's `去年`, so the text is written the year
//! after it.
//!
//! A page with a dateline is read so by `DocYears::last_year_titled`; here
//! no dateline came and the year is the lead's: the results (`全年`,
//! figures with no period) stay the lead's year, while `去年` and `今年`
//! (the title's own figure among them) count from the year after.

use super::DocYears;

impl DocYears {
    /// Takes a line of the body: once the lead has given the document a
    /// year of its own (no title or dateline did), a title naming `去年`
    /// moves the document's own year one on.
    pub(super) fn observe_titled_last_year(&mut self) {
        if !self.title_last_year || self.from_title || self.dateline.is_some() {
            return;
        }
        if let Some(a) = self.unmoved_year() {
            self.move_year_on(a);
        }
    }
}
