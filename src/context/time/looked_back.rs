//! A document written after the year it reports, told by a sentence that
//! compares `去年` with the year before that one.
//!
//! A year's review or data release is often published in the next year
//! under a title naming the year it reviews (`消防局2018年工作数据`,
//! `某处2022年工作回顾`); its `去年` is then the year of the title. Titles
//! alone do not tell it (a summary written in December, `2021年工作回顾`,
//! says `截至目前` of that year), but a sentence does when it compares
//! `去年` with the year before the title's (`去年全年火警出勤共有1,116宗，
//! 比2017年全年的1,034宗增加了82宗` under `2018年…`): a year is never
//! compared with itself, so `去年` is the title's year and the document's
//! own year the next. From that sentence on, `去年` and `今年` count from
//! that later year; the results (`全年`, figures with no period) stay the
//! title's year.

use super::{compared_with, template, DocYears, Template, YearRef};
use crate::context::period;
use memchr::memmem;
use once_cell::sync::Lazy;

impl DocYears {
    /// Takes a line of the body: a sentence comparing `去年` with the
    /// year before the document's moves the document's own year one on.
    pub(super) fn observe_looked_back(&mut self, t: &str) {
        // (cheap refusal: most lines name no `去年`; asked of every line
        // of the body, by the vectorised substring search of `memchr`,
        // set up once: `str::contains` sets its searcher up at each call)
        static LAST_YEAR: Lazy<memmem::Finder<'static>> =
            Lazy::new(|| memmem::Finder::new("去年".as_bytes()));
        if LAST_YEAR.find(t.as_bytes()).is_none() {
            return;
        }
        let Some(a) = self.unmoved_year() else {
            return;
        };
        // (cheap refusal: the year before the document's written out)
        if !names_year(t, a - 1) {
            return;
        }
        let mut sentences = t.split('。').filter(|s| s.contains("去年"));
        if sentences.any(|s| last_year_against(s, a - 1)) {
            self.move_year_on(a);
        }
    }
}

/// Whether `t` writes the year `y` out, in digits (`2017`) or Chinese
/// numerals (`二〇二一`, `二○二一`).
fn names_year(t: &str, y: i32) -> bool {
    let digits = y.to_string();
    if t.contains(&digits) {
        return true;
    }
    ["〇", "○"].iter().any(|zero| {
        let cn: String = digits
            .chars()
            .map(|d| match d {
                '0' => zero,
                _ => &"一二三四五六七八九"[(d as usize - '1' as usize) * 3..][..3],
            })
            .collect();
        t.contains(&cn)
    })
}

/// Whether `s` opens a figure's time with `去年` (not as a basis:
/// `比去年`) and later compares with the year `y` written out
/// (`比2017年`, `较2017年全年`, `与2017年…相比`, `相对2017年`).
fn last_year_against(s: &str, y: i32) -> bool {
    let mut seen = false;
    for p in period::phrases(s) {
        let at = p.as_ptr() as usize - s.as_ptr() as usize;
        let before = &s[..at];
        let after = &s[at + p.len()..];
        let basis = before.ends_with(['比', '较'])
            || before.ends_with("相对")
            || (before.ends_with(['与', '同']) && compared_with(after));
        match template(p) {
            Template::Span(a, _) if a.year == YearRef::Anchor(-1) && !basis => seen = true,
            tm if seen && basis && tm.first_year() == Some(y) => return true,
            _ => {}
        }
    }
    false
}
