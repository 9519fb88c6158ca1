//! A part of the year that an opening sentence with no figure writes as
//! the frame of what it says, in places the lead and topic readings of
//! [`super::inner_part`] do not reach: before the subject it dates
//! (`全市上下攻坚克难，推动1-10月全市经济运行稳中有进。`), after a subject that a
//! jurisdiction heads (`全县经济运行上半年保持平稳。`), or naming the data the
//! sentence reports from (`据市统计局1-10月份数据显示，…`, `市统计局发布的上半年
//! 数据显示，…`). Release paragraphs open so and go on with that time's
//! figures, sentence after sentence.

use super::{
    inner_part, is_num_char, jurisdiction_len, may_start, part_of_year, predicate_follows, Found,
};

/// Nouns of the data a report speaks from: a part of the year right before
/// one of them is the time the data are of (`1-10月份数据显示`).
const DATA_NOUNS: [&str; 4] = ["数据", "數據", "统计", "統計"];

/// The last part of the year in `clause` that frames it as the module says:
/// a month, a span of months, a quarter or a half, with no year and no day
/// (see [`inner_part::carries`] for what else it must not be).
pub(super) fn part_framing(clause: &str) -> Option<Found<'_>> {
    // (cheap refusal: a clause that writes no part of a year is not read)
    if !inner_part::writes_a_part(clause) {
        return None;
    }
    let mut last = None;
    let mut skip_to = 0;
    let mut prev = ' ';
    for (i, c) in clause.char_indices() {
        let p = prev;
        prev = c;
        if i < skip_to || !may_start(c) || is_num_char(p) {
            continue;
        }
        let Some(f) = Found::at(&clause[i..]) else {
            continue;
        };
        skip_to = i + f.reading.len;
        if frames(clause, i, &f) {
            last = Some(f);
        }
    }
    last
}

/// Whether `f`, at byte `i` of `clause`, frames it.
fn frames(clause: &str, i: usize, f: &Found<'_>) -> bool {
    let r = &f.reading;
    if r.dated() || !part_of_year(f) || r.until || r.tails.iter().flatten().any(|t| *t == "since") {
        return false;
    }
    let rest = &clause[i + f.text.len()..];
    let before_subject = rest
        .chars()
        .next()
        .is_some_and(|a| jurisdiction_len(rest, a).is_some());
    let of_data = DATA_NOUNS.iter().any(|n| rest.starts_with(n));
    let subject_first = clause
        .chars()
        .next()
        .is_some_and(|a| jurisdiction_len(clause, a).is_some())
        && i > 0
        && predicate_follows(rest);
    (before_subject || of_data || subject_first) && !inner_part::names_a_noun_or_bound(clause, i, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framing(clause: &str) -> Option<&str> {
        part_framing(clause).map(|f| f.text)
    }

    #[test]
    fn a_part_before_the_subject_or_of_the_data_frames_the_clause() {
        assert_eq!(framing("推动1-10月全市经济运行稳中有进"), Some("1-10月"));
        assert_eq!(framing("全县经济运行上半年保持平稳"), Some("上半年"));
        assert_eq!(framing("据市统计局1-10月份数据显示"), Some("1-10月份"));
        assert_eq!(framing("市统计局发布的上半年数据显示"), Some("上半年"));
    }

    #[test]
    fn a_part_bounding_a_span_or_after_a_verb_alone_does_not() {
        assert_eq!(framing("全县各项工作截至10月底进展顺利"), None);
        assert_eq!(framing("确保完成上半年目标任务"), None);
        assert_eq!(framing("全县经济2023年总体平稳"), None);
    }
}
