//! What comes about over a year, written under a year-end period.
//!
//! A bulletin's paragraph opened by `年末` lists stocks (`年末大牲畜存栏
//! 35935头`, `年末户籍人口210084人`) and, in the same breath, what the year
//! produced (`肉猪出栏238787头，增长1.9%，肉类总产量35958吨`) or saw happen
//! (`出生人口1290人，…；死亡人口1549人`). Output, slaughter, births and
//! deaths are flows: from January 1 to the end of the period in force
//! (the whole year under `年末`, January to September under `截至9月底`),
//! and so is the change written right after one (`增长1.9%`).

use super::{parse_words, Role};
use crate::context::lexicon::dict::{self, Pos};
use crate::context::lexicon::{WordSet, DOWN_SET, UP_SET};
use once_cell::sync::Lazy;

/// The words of `words/time-year-flows.txt`.
const YEAR_FLOWS: &str = include_str!("../words/time-year-flows.txt");

/// [`YEAR_FLOWS`], looked for in one pass over a clause.
static WORDS: Lazy<WordSet> = Lazy::new(|| WordSet::exact(&parse_words(YEAR_FLOWS)));

/// [`YEAR_FLOWS`], looked for at the end of a text.
static ENDS: Lazy<WordSet> = Lazy::new(|| WordSet::exact_by_last(&parse_words(YEAR_FLOWS)));

/// Whether the clause before a figure names a flow counted over a year
/// (`肉类总产量`, `死亡人口`).
pub(super) fn names_a_year_flow(clause: &str) -> bool {
    WORDS.occurs_in(clause)
}

/// Whether `clause`, which ends with `end`, a level's word of
/// `time-levels.tsv`, names a flow counted over a year all the same: `end`
/// is a noun right after a word of a year's flow, or the end of one noun
/// with it (`死亡人口`, `出生人口`): what the flow counts, not a verb of
/// reaching (`原煤产量达`, `年产量增至`).
pub(super) fn counted_by_year_flow(clause: &str, end: &str) -> bool {
    let Some(before) = clause.strip_suffix(end) else {
        return false;
    };
    let Some(flow) = ENDS.suffix_of(before) else {
        return false;
    };
    let tail = &clause[before.len() - flow.len()..];
    let at = tail.len() - end.len();
    dict::segment(tail)
        .iter()
        .last()
        .is_some_and(|(start, _, pos)| start <= at && pos == Pos::Noun)
}

/// A flow: from the year's start (`肉类总产量`, `死亡人口`) unless a word of
/// `flows` (`累计`, `年均`) makes it one over a span of years.
pub(super) fn or_year_flow(clause: &str, flows: &[&str]) -> Role {
    if names_a_year_flow(clause) && !flows.iter().any(|f| clause.contains(f)) {
        Role::YearFlow
    } else {
        Role::Flow
    }
}

/// A level reached (`收入达`): of a year's flow (`人均可支配收入达`, `产量达`)
/// unless a word of `flows` (`累计`, `年均`) is written too.
pub(super) fn level_of(clause: &str, flows: &[&str]) -> Role {
    match or_year_flow(clause, flows) {
        Role::YearFlow => Role::YearLevel,
        _ => Role::Level,
    }
}

/// The role of a figure whose clause is a bare change (`，增长1.9%`) right
/// after a figure of `last` role: a change of a year's flow is one too.
pub(crate) fn after_flow(role: Role, clause: &str, last: Role) -> Role {
    let c = clause.trim_start_matches(['，', ',', ' ']);
    // (`收入达17840元，…分别增长11.5%`: each listed flow's change)
    let c = c
        .strip_prefix("分别")
        .or_else(|| c.strip_prefix("分別"))
        .unwrap_or(c);
    let c = c
        .strip_prefix("同比")
        .or_else(|| c.strip_prefix("比上年"))
        .unwrap_or(c);
    if matches!(last, Role::YearFlow | Role::YearLevel)
        && role == Role::Flow
        && (UP_SET.contains(c) || DOWN_SET.contains(c))
    {
        Role::YearFlow
    } else {
        role
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_flow_words_parse_once_each() {
        let mut w = parse_words(YEAR_FLOWS);
        let n = w.len();
        assert!(n > 0);
        w.sort_unstable();
        w.dedup();
        assert_eq!(w.len(), n, "time-year-flows.txt has a duplicate");
    }

    #[test]
    fn flows_of_a_year() {
        assert!(names_a_year_flow("肉类总产量"));
        assert!(names_a_year_flow("死亡人口"));
        assert!(!names_a_year_flow("年末大牲畜存栏"));
        assert_eq!(
            after_flow(Role::Flow, "增长", Role::YearFlow),
            Role::YearFlow
        );
        assert_eq!(after_flow(Role::Flow, "增长", Role::Stock), Role::Flow);
        assert_eq!(
            after_flow(Role::Flow, "完成投资", Role::YearFlow),
            Role::Flow
        );
        assert_eq!(
            Role::of("肉猪出栏", "238787头", "，增长1.9%"),
            Role::YearFlow
        );
        assert_eq!(Role::of("粮食产量年均增长", "2%", ""), Role::Flow);
        assert_ne!(Role::of("年末大牲畜存栏", "35935头", ""), Role::YearFlow);
        assert_eq!(Role::of("死亡人口", "1549人", ""), Role::YearFlow);
        assert_eq!(Role::of("原煤产量增加到", "8.5亿吨", ""), Role::YearLevel);
        assert_eq!(
            Role::of("城镇居民人均可支配收入达", "17840元", ""),
            Role::YearLevel
        );
        assert_eq!(
            after_flow(Role::Flow, "，分别增长", Role::YearLevel),
            Role::YearFlow
        );
    }
}
