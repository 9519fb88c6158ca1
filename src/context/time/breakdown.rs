//! Paragraphs that break down the figures of the paragraph before
//! (`按行业分，…`, `按区域分，…`, `分地区看，…`): a bulletin
//! states the time once (`2018年末，全国共有法人单位2178.9万个…`) and
//! breaks the total down in the paragraphs after it, which write no time
//! of their own. Their figures are of the time that was in force at the
//! end of the paragraph broken down, until a paragraph that breaks nothing
//! down or a heading comes. Their `period` stays empty (SPEC §2.2: a
//! period is written in the same paragraph); their `time` is that time.

use super::{Resolver, Template};

/// The longest first clause, in characters, that reads as a breakdown's
/// frame (`按登记注册类型分`: 8).
const FRAME_CHARS: usize = 12;

/// How a breakdown's frame opens and how it closes: `按…分`, `按…看`,
/// `按…划分`, `按…统计`, `分…看`. (`从…看` frames an aspect, not a
/// breakdown: `从GDP同比增速看，` after `截至4月26日，…发布了一季度GDP`
/// is of the quarter, not of that day.)
const FRAMES: [(char, &[&str]); 2] = [('按', &["分", "看", "统计"]), ('分', &["看"])];

impl Resolver {
    /// Takes in the time in force at the end of a paragraph's openings
    /// (`opening`, none if no sentence opened with one): a paragraph that
    /// breaks down the one before, or goes on with its list
    /// (`continued.rs`), and opens with no time keeps that one's time in
    /// force; any other paragraph ends the carry.
    pub(super) fn carry_breakdown(&mut self, line: &str, opening: Option<Template>) {
        let opening = opening.filter(|t| *t != Template::Unknown);
        let dated = self.last_dated.take();
        if opening.is_none() && breaks_down(line) {
            self.carried = self.carried.or(self.last_opening);
        } else if opening.is_none() && super::continued::goes_on(line) {
            self.carried = self.carried.or(self.last_opening).or(dated);
        } else {
            self.carried = None;
            self.last_opening = opening;
        }
    }

    /// A heading ends any carry: the paragraph after it breaks down
    /// nothing before it.
    pub(super) fn end_carry(&mut self) {
        self.carried = None;
        self.last_opening = None;
        self.last_dated = None;
    }
}

/// Whether a paragraph opens with the frame of a breakdown, set off by a
/// comma or colon (`按行业分，`, `分地区看：`).
pub(super) fn breaks_down(line: &str) -> bool {
    let t = line.trim_start();
    // (cheap refusal: most paragraphs open with no frame's first character)
    let Some(close) = t
        .chars()
        .next()
        .and_then(|c| FRAMES.iter().find(|(open, _)| *open == c))
        .map(|(_, close)| close)
    else {
        return false;
    };
    // (the frame's clause is short: its mark is looked for near the start)
    let head = &t[..crate::chars::floor_boundary(t, 3 * (FRAME_CHARS + 1))];
    let Some(end) = head.find(['，', ',', '：', ':']) else {
        return false;
    };
    let first = &t[..end];
    let n = first.chars().count();
    if !(3..=FRAME_CHARS).contains(&n) {
        return false;
    }
    close.iter().any(|c| first.ends_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breakdown_frames() {
        assert!(breaks_down("按行业分，法人单位数量居前三位的行业是"));
        assert!(breaks_down("按登记注册类型分：内资企业"));
        assert!(breaks_down("分地区看，东部地区增长5%"));
        assert!(!breaks_down("从GDP同比增速看，27个省份全部达到两位数增长"));
        assert!(!breaks_down("按照部署，全市开展了"));
        assert!(!breaks_down("分别增长5%和6%"));
        assert!(!breaks_down("从全年看"));
        assert!(!breaks_down("按此计算，全年节约"));
    }
}
