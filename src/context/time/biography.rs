//! A sentence of a biography (`县长：王某 1946年生，大专文化，1964年参加
//! 工作`): the years it names are of a person's life, never the year a
//! document reports on, even where such a sentence opens the body (the
//! leaders listed at the head of a yearbook's county entry).

/// Whether the sentence `s` tells a birth: a year written out, right
/// before `生` or `出生` ending its clause (`1946年生，`, `一九五八年出生，`;
/// not `2023年生产总值`, `2023年出生人口`).
pub(super) fn tells_a_birth(s: &str) -> bool {
    // (cheap refusal: most sentences tell no birth)
    if !s.contains("年生") && !s.contains("年出生") {
        return false;
    }
    s.match_indices('年').any(|(i, _)| {
        let after = &s[i + '年'.len_utf8()..];
        let year = s[..i]
            .chars()
            .next_back()
            .is_some_and(crate::context::period::is_num_char);
        let Some(rest) = after
            .strip_prefix('生')
            .or_else(|| after.strip_prefix("出生"))
        else {
            return false;
        };
        year && rest.chars().next().is_none_or(crate::chars::is_clause_mark)
    })
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
    }

    #[test]
    fn no_birth() {
        assert!(!tells_a_birth("2023年全县新生儿出生率为8‰"));
        assert!(!tells_a_birth("2023年生产总值增长5%"));
        assert!(!tells_a_birth("全年出生人口3万人"));
    }
}
