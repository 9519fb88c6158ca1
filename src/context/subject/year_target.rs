//! The target of a whole year named after a verb of completion
//! (`完成全年目标数65.3%`, `完成全年征缴任务3900万元的76%`): `全年` there
//! modifies the noun of a target or task (the year's target, as `年度目标`),
//! it is no time phrase scoping the clause, and stays with the noun. The
//! nouns are `words/target-heads.txt`.

use crate::context::lexicon::TARGET_HEAD_TAIL;

/// Whether `dropped`, the words dropped at the head of the object of a
/// verb, ends in `全年` before `rest`, a noun of a target or task.
pub(super) fn year_target(dropped: &str, rest: &str) -> bool {
    dropped.ends_with("全年")
        && rest.chars().nth(1).is_some()
        && TARGET_HEAD_TAIL.suffix_of(rest).is_some()
}

#[cfg(test)]
mod tests {
    use super::year_target;

    #[test]
    fn a_whole_year_before_a_target_names_the_target() {
        assert!(year_target("全年", "目标数"));
        assert!(year_target("全县全年", "扩面任务"));
        assert!(year_target("全年", "目標數"));
        assert!(year_target("全年", "計劃"));
        assert!(!year_target("全年", "地区生产总值"));
        assert!(!year_target("全县", "目标任务"));
    }
}
