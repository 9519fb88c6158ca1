//! `全年粮食总产量30.4万吨。年末生猪存栏14.4万头。水产总产量7.3万吨，…`:
//! a word for a stock at the end of a year (`年末`, `年底`, `上年末`)
//! heading a later sentence of a paragraph dates the stocks of that
//! sentence only: the sentences after it report what the paragraph was
//! reporting before it (its flows, the year in force), not the year's end.
//! Only the sentences that go on breaking its stock down stay with it:
//! one that a `；` joins to it, or one that opens with `其中`
//! (`年末户籍人口21万人。其中，男10.8万人，女10.2万人`).
//! (Opening the paragraph, the word is in force for all of it.)

use super::{Base, Class, Found};

/// Whether `f` is a word (no `截至` before it) for a stock at the end of a
/// year or part (`年末`, `年底`, `去年底`): a span whose column 3 of
/// `period-words.tsv` is `end:…` (not a time of writing, `目前`).
pub(super) fn year_end_word(f: &Found<'_>) -> bool {
    !f.reading.until
        && matches!(f.reading.base, Base::Word(w) if w.class == Class::Span && w.time.starts_with("end:"))
}

/// Whether `sentence`, coming right after `prev`, goes on breaking down
/// the stock `prev` reported: `prev` ends with `；` (or `;`), or `sentence`
/// opens with `其中`.
pub(super) fn goes_on(prev: &str, sentence: &str) -> bool {
    prev.trim_end().ends_with(['；', ';']) || sentence.trim_start().starts_with("其中")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_of_year_words() {
        let at = |s: &'static str| Found::at(s).map(|f| year_end_word(&f));
        assert_eq!(at("年末全县户籍人口"), Some(true));
        assert_eq!(at("年底，"), Some(true));
        assert_eq!(at("全年，"), Some(false));
        assert_eq!(at("2022年，"), Some(false));
        assert!(!at("截至年底，").unwrap_or(false));
        assert_eq!(at("目前，"), Some(false));
    }

    #[test]
    fn breakdowns_go_on() {
        assert!(goes_on("年末户籍人口21万人。", "其中，男10.8万人。"));
        assert!(goes_on("年末生猪存栏14万头；", "牛存栏2万头。"));
        assert!(!goes_on("年末生猪存栏14万头。", "水产总产量7.3万吨。"));
    }
}
