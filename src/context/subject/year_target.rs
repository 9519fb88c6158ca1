//! The target of a whole year named after a verb of completion
//! (`完成全年目标数65.3%`, `完成全年征缴任务3900万元的76%`): `全年` there
//! modifies the noun of a target or task (the year's target, as `年度目标`),
//! it is no time phrase scoping the clause, and stays with the noun.

/// Heads of nouns naming a target, a task or a plan set for a period.
const TARGET_HEADS: [&str; 8] = [
    "任务",
    "任務",
    "目标",
    "目標",
    "目标数",
    "目標數",
    "计划",
    "計劃",
];

/// Whether `dropped`, the words dropped at the head of the object of a
/// verb, ends in `全年` before `rest`, a noun of a target or task.
pub(super) fn year_target(dropped: &str, rest: &str) -> bool {
    dropped.ends_with("全年")
        && rest.chars().nth(1).is_some()
        && TARGET_HEADS.iter().any(|h| rest.ends_with(h))
}

#[cfg(test)]
mod tests {
    use super::year_target;

    #[test]
    fn a_whole_year_before_a_target_names_the_target() {
        assert!(year_target("全年", "目标数"));
        assert!(year_target("全县全年", "扩面任务"));
        assert!(!year_target("全年", "地区生产总值"));
        assert!(!year_target("全县", "目标任务"));
    }
}
