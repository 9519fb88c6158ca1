//! `国家医保局发布…统计快报，截至2022年底，基本医疗保险参保人数…。其中，…`:
//! the day a report counts its stocks at (`截至2022年底`, `截至9月底`),
//! heading a later clause of a paragraph's opening sentence, stays in force
//! for the sentences after it, as it does opening the sentence: the report
//! states once what day its figures stand at. (Other spans that name
//! themselves, since a date or across years, scope their sentence only
//! there.)

use super::{Base, Found};

/// Whether `f` is `截至` (or `截止`, `到`) a single date of one year:
/// a stock's day, no range and no `以来`.
pub(super) fn stock_day(f: &Found<'_>) -> bool {
    let r = &f.reading;
    r.until
        && matches!(r.base, Base::Dates(d) if !d.odd && d.end.is_none())
        && r.tails.iter().flatten().all(|t| *t != "since")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn until_a_day_of_one_year() {
        let at = |s: &'static str| Found::at(s).map(|f| stock_day(&f));
        assert_eq!(at("截至2022年底，"), Some(true));
        assert_eq!(at("截至9月底，"), Some(true));
        assert_eq!(at("2022年底，"), Some(false));
        assert_eq!(at("2018年以来，"), Some(false));
        assert!(!at("截至2020年至2022年，").unwrap_or(false));
    }
}
