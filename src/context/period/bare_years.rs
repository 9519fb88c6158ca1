//! `与2010年相比，十年共增加3.2万人，增长6.5%。男性人口26.5万人…`: a bare
//! count of years opening a sentence (`十年共增加`, `五年建成新线`: a
//! numeral and `年` before the verb, no `来`, `以来`, `间` after it, no
//! `过去`, `近` before it) is the length its own sentence's change or sum
//! is over. It scopes that sentence only: the sentences after it report
//! the time in force before it, not a length of years. (Set off by a comma,
//! `五年累计，共淘汰…`, the years frame what follows, as `五年来，` does.)

use super::{is_num_char, Base, Found, YEAR_VERBS};

/// Whether `f`, a phrase of `sentence`, is a bare count of years: `十年`,
/// `5年` right before a verb of a sum or change (`period-year-verbs.txt`),
/// not the years a sentence closes on (`这是…的五年。`).
pub(super) fn bare_count(sentence: &str, f: &Found<'_>) -> bool {
    let bare = matches!(f.reading.base, Base::YearsBack { ago: false, .. })
        && f.text
            .strip_suffix('年')
            .is_some_and(|n| !n.is_empty() && n.chars().all(is_num_char));
    bare && {
        // (a head is read from the sentence's text: where it ends there)
        let at = (f.text.as_ptr() as usize).wrapping_sub(sentence.as_ptr() as usize);
        let rest = sentence.get(at.wrapping_add(f.text.len())..).unwrap_or("");
        // (`五年累计，共淘汰…`: set off by a comma, the years frame what
        // follows, as `五年来，` does)
        YEAR_VERBS.prefix_of(rest).is_some_and(|v| {
            !rest[v.len()..]
                .chars()
                .next()
                .is_none_or(crate::context::sentence::is_clause_mark)
        })
    }
}
