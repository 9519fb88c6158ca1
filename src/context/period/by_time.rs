//! Sentences that break a figure down by time (`分季度看，一季度同比增长
//! 6.7%，二季度增长6.7%，三季度增长6.7%。`, `分月看，`, `按季度分：`): the
//! part of the year that heads such a sentence is one of the parts listed,
//! each scoping its own clause, not a period put in force for the
//! sentences after it. A release states its period once
//! (`前三季度国内生产总值…`), lists the quarters, and goes on with the
//! period it stated (`分产业看，第一产业增加值…`).

/// The units of time a breakdown's frame names (`分季度看`, `按月份分`),
/// longer ones first.
const UNITS: [&str; 6] = ["季度", "季", "月份", "月", "年度", "年"];

/// Whether `sentence` opens with the frame of a breakdown by time: `分` or
/// `按`, a unit of time, `看` (`来看`) or `分`, set off by a comma or colon.
pub(super) fn breaks_down_by_time(sentence: &str) -> bool {
    let Some(rest) = sentence.trim_start().strip_prefix(['分', '按']) else {
        return false;
    };
    let Some(rest) = UNITS.iter().find_map(|u| rest.strip_prefix(u)) else {
        return false;
    };
    let rest = rest.strip_prefix('来').unwrap_or(rest);
    rest.strip_prefix(['看', '分'])
        .is_some_and(|r| r.starts_with(['，', ',', '：', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_of_a_breakdown_by_time() {
        assert!(breaks_down_by_time("分季度看，一季度同比增长6.7%"));
        assert!(breaks_down_by_time("分季度来看，一季度增长5%"));
        assert!(breaks_down_by_time("分月看：1月增长3%"));
        assert!(breaks_down_by_time("按季度分,一季度增长5%"));
        assert!(!breaks_down_by_time("分产业看，第一产业增加值…"));
        assert!(!breaks_down_by_time("分季度，一季度增长5%"));
        assert!(!breaks_down_by_time("按月发放补贴300元"));
    }
}
