//! A sentence of a biography (`县长：王某 1946年生，大专文化，1964年参加
//! 工作`): the years it names are of a person's life, never the year a
//! document reports on, even where such a sentence opens the body (the
//! leaders listed at the head of a yearbook's county entry).

/// Whether the sentence `s` tells a birth: a year written out, with or
/// without its month, right before `生` or `出生` ending its clause or
/// its brackets (`1946年生，`, `一九五八年出生，`, `1946年10月生,`,
/// `（1962年3月出生）`; not `2023年生产总值`, `2023年出生人口`,
/// `2023年10月生产…`).
pub(super) fn tells_a_birth(s: &str) -> bool {
    // (cheap refusal: most sentences tell no birth)
    if !["年生", "年出生", "月生", "月出生"]
        .iter()
        .any(|w| s.contains(w))
    {
        return false;
    }
    s.match_indices('年').any(|(i, _)| {
        let after = &s[i + '年'.len_utf8()..];
        let year = s[..i]
            .chars()
            .next_back()
            .is_some_and(crate::context::period::is_num_char);
        let after = past_month(after);
        let Some(rest) = after
            .strip_prefix('生')
            .or_else(|| after.strip_prefix("出生"))
        else {
            return false;
        };
        year && rest
            .chars()
            .next()
            .is_none_or(|c| crate::chars::is_clause_mark(c) || matches!(c, ')' | '）'))
    })
}

/// `after` (the text after a year's `年`) past a month written right
/// there (`10月`, `十月`), else as it is.
fn past_month(after: &str) -> &str {
    let digits = after
        .char_indices()
        .find(|(_, c)| !crate::context::period::is_num_char(*c))
        .map_or(after.len(), |(i, _)| i);
    match after[digits..].strip_prefix('月') {
        Some(rest) if digits > 0 && digits <= 6 => rest,
        _ => after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn births() {
        assert!(tells_a_birth(
            "县长：王某 1946年生，大专文化，1964年参加工作"
        ));
        assert!(tells_a_birth("李某，女，一九五八年出生"));
        assert!(tells_a_birth("市委书记:张某 1950年10月生,研究生学历"));
        assert!(tells_a_birth("县长李某（1962年3月出生）主持会议"));
    }

    #[test]
    fn no_birth() {
        assert!(!tells_a_birth("2023年全县新生儿出生率为8‰"));
        assert!(!tells_a_birth("2023年生产总值增长5%"));
        assert!(!tells_a_birth("全年出生人口3万人"));
        assert!(!tells_a_birth("2023年10月生产总值增长5%"));
    }
}
