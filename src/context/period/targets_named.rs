//! A clause that announces a plan's targets and names their year
//! (`报告提出了2019年经济社会发展主要预期目标：地区生产总值增长9%，…`,
//! `建议今年全市经济社会发展的主要预期目标是：…`): the time inside it is the
//! period of the targets listed after it, as `到2025年达到80%` has period
//! `到2025年` (SPEC §2.2: a target is scoped by its year). At the head of
//! the clause (`2019年主要预期目标：`) the time is read as any head is.

use super::Found;

/// The words a clause announcing targets ends with (before `是`, `为`).
const TARGET_WORDS: [&str; 2] = ["目标", "目標"];

/// Words that may follow the target word before the clause ends.
const COPULAS: [&str; 3] = ["是", "为", "為"];

/// Whether `f`, read at byte `i` of `clause` (a whole clause with its
/// mark), is the year of the targets the clause announces: the clause
/// ends with `目标：` (or `目标是：`, `目标为:`), `f` is written or names a year
/// of its own, and no comparison comes before it (`比2018年…`).
pub(super) fn dates_targets(clause: &str, i: usize, f: &Found<'_>) -> bool {
    let Some(clause_body) = clause.strip_suffix(['：', ':']) else {
        return false;
    };
    let body = COPULAS
        .iter()
        .find_map(|c| clause_body.strip_suffix(c))
        .unwrap_or(clause_body);
    TARGET_WORDS.iter().any(|w| body.ends_with(w))
        && (f.reading.dated() || f.text.ends_with('年'))
        && !clause[..i].contains(['比', '较', '較'])
}

#[cfg(test)]
mod tests {
    use super::super::Found;
    use super::*;

    fn at(clause: &str, phrase: &str) -> bool {
        let i = clause.find(phrase).unwrap();
        let f = Found::at(&clause[i..]).unwrap();
        dates_targets(clause, i, &f)
    }

    #[test]
    fn the_year_of_targets() {
        assert!(at("报告提出了2019年经济社会发展主要预期目标：", "2019年"));
        assert!(at("建议今年全市经济社会发展的主要预期目标是:", "今年"));
    }

    #[test]
    fn no_targets() {
        assert!(!at("报告回顾了2018年经济社会发展情况：", "2018年"));
        assert!(!at("比2018年提高的目标：", "2018年"));
        assert!(!at("报告提出了2019年经济社会发展主要预期目标，", "2019年"));
    }
}
