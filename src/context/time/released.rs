//! A news report of a year's record released after that year, told by
//! its lead: `某处今日发表工作回顾，总结部门2022年…`, `省环保厅今日发布全省
//! 2017年12月及全年环境质量状况`, `文化和旅游部近日公布2019年文化和旅游发展
//! 统计公报`.
//!
//! A year's review, bulletin or whole-year data is released once the year
//! is over, and a report of the release (`今日`, `近日`: the day it is
//! written) is written in the next year: its `去年` is the year released
//! (`去年总出入境人次约530万`), its `今年` the year after. The document's own
//! year (read from its title or its lead as the year reported) moves one
//! on; the results (`全年`, figures with no period) stay the year released.
//! Only the lead is read (the first [`LEAD_PARAGRAPHS`] paragraphs): a
//! release told further down is one the report mentions, not the one it is
//! about. A lead citing a yearly record of the year by its title
//! (`《2015年…统计公报》显示`) tells the same (`cited_record.rs`).

use super::{template, DocYears, Template};
use crate::context::period;

/// The words of a release's lead: `day` words (`今日`) and `verb` words
/// (`发布`), one a line (`words/time-release-words.txt`).
const RELEASE_WORDS: &str = include_str!("../words/time-release-words.txt");

/// The day words and the verbs of [`RELEASE_WORDS`], parsed once.
fn release_words() -> &'static (Vec<&'static str>, Vec<&'static str>) {
    static WORDS: std::sync::OnceLock<(Vec<&'static str>, Vec<&'static str>)> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let (mut days, mut verbs) = (Vec::new(), Vec::new());
        for l in super::parse_words(RELEASE_WORDS) {
            match l.split_once(' ') {
                Some(("day", w)) => days.push(w.trim()),
                Some(("verb", w)) => verbs.push(w.trim()),
                _ => {}
            }
        }
        (days, verbs)
    })
}

/// How many paragraphs of the body count as the lead.
const LEAD_PARAGRAPHS: u8 = 2;

impl DocYears {
    /// Takes a paragraph of the body: a lead that reports a release, made
    /// recently, of the record of the document's year moves the document's
    /// own year one on.
    pub(super) fn observe_released(&mut self, t: &str) {
        let t = t.trim();
        if !self.opened || t.is_empty() || self.lead_lines >= LEAD_PARAGRAPHS {
            return;
        }
        self.lead_lines += 1;
        let Some(a) = self.unmoved_year() else {
            return;
        };
        if t.split('。')
            .any(|s| releases_year(s, a) || super::cited_record::cites_record(s, a))
        {
            self.move_year_on(a);
        }
    }
}

/// Whether the sentence `s` reports a recent release (`今日发布`, `近日公布`)
/// of the record of the year `y`: after the verb, in the same sentence, the
/// whole year `y` or a part of it that ends with it (`2017年12月及全年`,
/// `二○二五年第四季`) is written.
fn releases_year(s: &str, y: i32) -> bool {
    let Some(at) = recent_release(s) else {
        return false;
    };
    let rest = &s[at..];
    period::phrases(rest)
        .into_iter()
        .any(|p| whole_or_last_month(template(p), y))
}

/// Where the text after a recent release verb starts in `s`: a release
/// verb right after a day word (`今日发布`, `近日公布`; see
/// [`RELEASE_WORDS`]).
fn recent_release(s: &str) -> Option<usize> {
    let (days, verbs) = release_words();
    days.iter().find_map(|r| {
        s.match_indices(r).find_map(|(i, _)| {
            let after = &s[i + r.len()..];
            verbs
                .iter()
                .find(|v| after.starts_with(*v))
                .map(|v| i + r.len() + v.len())
        })
    })
}

/// Whether `tm` is the whole year `y` or a part of it that ends with it
/// (`12月`, `第四季`, `下半年`): the year is over when it is released.
fn whole_or_last_month(tm: Template, y: i32) -> bool {
    let Template::Span(a, b) = tm else {
        return false;
    };
    let yr = super::YearRef::Abs(y);
    a.year == yr && b.year == yr && b.day == 0 && matches!(b.month, 0 | 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_words_parse_once_each() {
        let (days, verbs) = release_words();
        assert!(days.len() >= 4 && verbs.len() >= 4);
        let mut all: Vec<_> = days.iter().chain(verbs).collect();
        assert!(all.iter().all(|w| !w.is_empty() && !w.contains(' ')));
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "time-release-words.txt has a duplicate");
    }

    #[test]
    fn a_recent_release_of_the_year() {
        assert!(releases_year(
            "某处今日发表工作回顾，总结部门2022年的工作成果",
            2022
        ));
        assert!(releases_year(
            "省环保厅今日发布全省2017年12月及全年环境质量状况",
            2017
        ));
        assert!(releases_year("统计局近日公布2019年统计公报", 2019));
        assert!(releases_year(
            "主计总处昨天发布二○二五年第四季经济成长率概估",
            2025
        ));
    }

    #[test]
    fn no_release_or_another_year() {
        assert!(!releases_year("统计局近日公布2019年统计公报", 2020));
        assert!(!releases_year("统计局公布2019年统计公报", 2019));
        assert!(!releases_year("统计局今日发布2019年上半年数据", 2019));
        assert!(!releases_year("统计局今日发布2019年1-11月数据", 2019));
        assert!(!releases_year("今日2019年数据显示", 2019));
    }
}
