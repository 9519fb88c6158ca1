//! Unmarked part titles of a report (`过去五年工作回顾`, `2022年工作回顾`): a
//! short line with no list marker and no sentence punctuation that names a
//! time and ends with `回顾`, or ends with a count of years after `的`
//! (`赶超发展的五年`), opens the part of a report that looks back on
//! that time. The numbered headings under it (`一、讲政治、敢担当…`) name no
//! time of their own, so its time is in force under them, until another
//! part title comes: one of a review, or one that announces the plan part
//! (`2023年工作安排`).

use super::{plan_heading, Resolver, Template};

/// The most characters of a part title.
const TITLE_CHARS: usize = 30;

/// Whether `t` is short and holds no sentence punctuation.
fn title_like(t: &str) -> bool {
    // (more than 120 bytes hold more than 30 characters)
    t.len() <= TITLE_CHARS * 4
        && t.chars().nth(TITLE_CHARS).is_none()
        && !t.contains(['。', '，', '；', '：', ',', ';', ':', '？', '?', '！'])
}

/// The years a part title of a review names as its last words, a count
/// of years after `的` (`赶超发展的五年`, `砥砺奋进的十年`: the five or ten
/// years up to the one reported on), if it ends so.
fn years_named(t: &str) -> Option<&str> {
    let (_, years) = t.rsplit_once('的')?;
    let count = years.strip_suffix('年')?;
    let numeral = !count.is_empty()
        && count.chars().count() <= 2
        && count.chars().all(|c| "两三四五六七八九十".contains(c));
    numeral.then_some(years)
}

impl Resolver {
    /// Whether `t` names a span to come (`未来的五年`, `今后五年`): a title
    /// counting the years ahead (`展望未来的五年`) opens no review.
    fn looks_ahead(&mut self, t: &str) -> bool {
        super::period::phrases(t)
            .into_iter()
            .any(|p| match self.template(p) {
                Template::Span(a, _) => self.to_come(a),
                _ => false,
            })
    }

    /// Takes in a paragraph that may be a part title: one of a review puts
    /// the time it opens with in force under the headings after it (true:
    /// the line has nothing else to read); one of the plan part ends it.
    pub(super) fn take_part_title(&mut self, line: &str) -> bool {
        let t = line.trim();
        if !title_like(t) {
            return false;
        }
        let tm = if t.ends_with("回顾") {
            let Some(p) = super::period::phrases(t).into_iter().next() else {
                return false;
            };
            Some(self.template(p)).filter(|_| t.starts_with(p))
        } else if let Some(years) = years_named(t) {
            // (`展望未来的五年`: the years to come open the plan part)
            if self.looks_ahead(t) {
                self.part_title = None;
                return false;
            }
            Some(self.template(years))
        } else {
            if plan_heading(t) {
                self.part_title = None;
            }
            return false;
        };
        let Some(tm) = tm.filter(|tm| *tm != Template::Unknown) else {
            return false;
        };
        self.part_title = Some(tm);
        self.headings.clear();
        self.block = None;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_titles_are_short_lines_without_punctuation() {
        assert!(title_like("过去五年工作回顾"));
        assert!(!title_like("过去五年，我们坚持稳中求进。"));
    }

    #[test]
    fn a_count_of_years_ends_a_review_title() {
        assert_eq!(years_named("赶超发展的五年"), Some("五年"));
        assert_eq!(years_named("砥砺奋进的十年"), Some("十年"));
        assert_eq!(years_named("今后五年的重点目标"), None);
        assert_eq!(years_named("我们的2023年"), None);
        assert_eq!(years_named("不平凡的一年"), None);
    }
}
