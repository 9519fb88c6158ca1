//! A figure that opens a `从…到…` frame in a clause of its own, after a
//! clause naming the measure and its change: `十五岁以下人口稍有增加，
//! 从69.6万人增加到69.8万人`, `城市低保对象有所减少，由1200户减少到
//! 1000户`. The frame gives the levels of the measure named before it,
//! whatever the measure word: a count there counts no new thing of its own
//! clause, so it takes the measure of the clause before as an amount does.

use super::lexicon::dict::{self, Pos};
use super::period;
use super::subject;

/// Whether `before`, the text of the clause up to a figure, is only the
/// `从` or `由` that opens a frame (a time phrase may stand before it), and
/// `after`, the text after the figure, runs on with a change to the level
/// reached (`增加到`, `下跌至`).
pub(super) fn opens_frame(before: &str, after: &str) -> bool {
    let s = before.trim();
    let s = s[period::time_phrase(s)..].trim_start();
    matches!(s, "从" | "從" | "由") && subject::opens_to_frame(after)
}

/// Whether the measure `s` read from the clause before names a thing: its
/// last word, less a closing bracket's gloss (`对象(含…)`), is a noun
/// (`十五岁以下人口`, `低保对象`), not a verb left over (`稳步发展`, `调整`),
/// and more than the figure's measure word `unit` (`人次(包括…)`).
pub(super) fn names_thing(s: &str, unit: Option<&str>) -> bool {
    let s = match s.strip_suffix([')', '）']) {
        Some(t) => t.rfind(['(', '（']).map_or(s, |i| &s[..i]),
        None => s,
    };
    Some(s) != unit
        && dict::segment(s).iter().last().is_some_and(|(a, b, p)| {
            b == s.len() && p == Pos::Noun && s[a..].chars().nth(1).is_some()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_of_from_and_the_figure_opens_a_frame() {
        assert!(opens_frame("从", "增加到69.8万人"));
        assert!(opens_frame("由", "下跌至13246人次"));
        assert!(opens_frame("2022年由", "下跌至13246人次"));
        // the measure is named in the clause itself
        assert!(!opens_frame("常住人口从", "增加到55万人"));
        // no level reached after it
        assert!(!opens_frame("由", "人组成"));
        assert!(!opens_frame("", "增加到55万人"));
    }

    #[test]
    fn the_measure_before_names_a_thing() {
        let u = Some("人");
        assert!(names_thing("十五岁以下人口", u));
        assert!(names_thing("城市低保对象(含特困人员)", Some("户")));
        assert!(!names_thing("人次(包括定罪、还押人士)", Some("人次")));
        assert!(!names_thing("规上企业稳步发展", Some("家")));
        assert!(!names_thing("调整", Some("所")));
    }
}
