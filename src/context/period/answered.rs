//! `对提前下达比例未达到要求问题，截至2021年11月底，…。…。对省级预算内基建投资
//! 部分项目进度缓慢问题，有关单位…，1个项目已完工`: a report on how audit
//! findings were rectified answers them one by one, each sentence opening
//! with the finding it answers (`对…问题，`). Such a sentence starts a new
//! topic: the period an earlier finding's answer put in force is not
//! carried into it.

/// How long the finding a sentence opens with may be, in characters.
const FINDING_CHARS: usize = 42;

/// Whether `sentence` opens by naming the finding it answers: `对`, then
/// at most [`FINDING_CHARS`] characters with no clause mark, then `问题` (or `問題`)
/// and a comma.
pub(super) fn answers_a_finding(sentence: &str) -> bool {
    let Some(rest) = sentence.strip_prefix(['对', '對']) else {
        return false;
    };
    let end = rest
        .find(['，', ','])
        .filter(|&e| rest[..e].chars().count() <= FINDING_CHARS);
    end.is_some_and(|e| {
        let clause = &rest[..e];
        clause.ends_with("问题") || clause.ends_with("問題")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_answered() {
        assert!(answers_a_finding(
            "对部分项目进度缓慢问题，有关单位加快建设进度，1个项目已完工。"
        ));
        assert!(!answers_a_finding(
            "对全区12个街道开展审计，查出问题金额3亿元。"
        ));
        assert!(!answers_a_finding("有关单位加快建设进度。"));
    }
}
