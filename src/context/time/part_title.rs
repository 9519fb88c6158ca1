//! Unmarked part titles of a report (`过去五年工作回顾`, `2022年工作回顾`): a
//! short line with no list marker and no sentence punctuation that names a
//! time and ends with `回顾` opens the part of a report that looks back on
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

impl Resolver {
    /// Takes in a paragraph that may be a part title: one of a review puts
    /// the time it opens with in force under the headings after it (true:
    /// the line has nothing else to read); one of the plan part ends it.
    pub(super) fn take_part_title(&mut self, line: &str) -> bool {
        let t = line.trim();
        if !title_like(t) {
            return false;
        }
        if !t.ends_with("回顾") {
            if plan_heading(t) {
                self.part_title = None;
            }
            return false;
        }
        let Some(p) = super::period::phrases(t).into_iter().next() else {
            return false;
        };
        let tm = self.template(p);
        if !t.starts_with(p) || tm == Template::Unknown {
            return false;
        }
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
}
