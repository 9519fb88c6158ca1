//! A sentence whose first figure is scoped by a period written before it,
//! in a clause of its own or at the head of the figure's clause, though no
//! sentence head (`《…公報》顯示,目前,我國森林面積…;草地面積…`,
//! `加大…力度,2020年我省共争取…资金24.91亿元…;全省使用…资金24.85亿元`,
//! `…時表示,過去3年,…共480次;由其他機構舉辦的共約950項`): a half-width `;`
//! ends a part of the sentence, not the sentence (SPEC §2.2: a period at
//! the head of an earlier clause of the sentence scopes the figure), so the
//! parts after it are of that period too, as they are of a sentence head's.
//! A phrase inside the first figure's own clause (`景气指数全年平均为…`)
//! scopes its clause and is left alone.

use super::{head_start, offset_in, Class, Found};

/// The period in force at the first figure of a sentence (`found`, not
/// carried from an earlier sentence), whose clause starts at byte
/// `clause_start` of `line` and reads `clause` up to the figure, when it
/// opens the sentence's parts: a span, the year or the time of writing,
/// written in a clause before the figure's or heading the figure's clause.
pub(super) fn opening<'a>(
    line: &str,
    clause_start: usize,
    clause: &str,
    found: Found<'a>,
) -> Option<Found<'a>> {
    if !matches!(
        found.reading.class(),
        Class::Span | Class::Year | Class::Now
    ) {
        return None;
    }
    let at = offset_in(line, found.text);
    if at < clause_start {
        return Some(found);
    }
    let head = offset_in(line, head_start(clause));
    (at <= head + found.reading.dropped).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::super::Found;
    use super::*;

    fn opens(line: &'static str, clause_start: usize, period: &str) -> bool {
        let at = line.find(period).expect("the period is in the line");
        let found = Found::at(&line[at..]).expect("a period");
        opening(line, clause_start, &line[clause_start..], found).is_some()
    }

    #[test]
    fn a_period_before_the_first_figure_or_heading_its_clause() {
        let line = "公报显示,目前,全国森林面积";
        assert!(opens(line, line.find("全国").unwrap(), "目前"));
        let line = "加大筹集力度,2020年我省共争取资金";
        assert!(opens(line, line.find("2020").unwrap(), "2020年"));
    }

    #[test]
    fn not_a_phrase_inside_the_figure_s_clause() {
        let line = "企业家信心指数全年平均为";
        assert!(!opens(line, 0, "全年"));
    }
}
