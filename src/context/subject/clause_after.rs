//! Where the noun counted after a measure word ends and a clause of its
//! own begins: `300个单位|安置受拆迁影响`, `500个单位|予伤残军人家庭`,
//! `六成案件|中当事人是老年人`.
//!
//! The phrase read after a number runs to a clause mark, so it may take in
//! what the clause goes on to say of the things counted. Jieba tags many
//! nouns and noun modifiers as verbs (`整改举措`, `复议意见书`, `在建项目`),
//! so a verb alone does not end the noun phrase; but a verb whose next word
//! cannot stand in a noun phrase with it does:
//!
//! - after a noun of two characters or more, a verb of one character
//!   and a verb or adjective of two or more with more words after it
//!   (`单位|予|体恤|安置…`): a verb and its object; or a verb, a verb of
//!   one character and a verb or adjective of two or more
//!   (`单位|安置|受|拆迁|影响`). A verb of one character between words of
//!   two is a predicate of its own; one that a one-character word
//!   stands beside, or that ends the phrase, is most often a bound
//!   morpheme that jieba split off (`物|联|感知`, `赤字|率|控制`,
//!   `执法|站`);
//! - the copula [`COPULA`] after the noun (`案件|是|…`);
//! - a localiser `中` or `里` after the noun with a noun and a verb after
//!   it (`案件|中|当事人|是`): the things counted are a range, and a new
//!   clause with its own subject follows.
//!
//! The two rules of verbs are not asked of a phrase that ends in a head
//! noun (`整改举措`, `检测检验机构`): there the verbs modify that head.

use super::super::lexicon::dict::Pos;

/// The copula: after a noun it states what that noun is, never part of
/// the noun's name.
const COPULA: &str = "是";

/// Whether `ws[j]`, a word after the noun counted in `phrase` (the words
/// `ws[..n]`), begins a clause that says something of that noun;
/// `head`: the phrase ends in a head noun.
pub(super) fn begins_clause(
    phrase: &str,
    ws: &[(usize, usize, Pos)],
    j: usize,
    n: usize,
    head: bool,
) -> bool {
    if j + 1 >= n {
        return false;
    }
    let word = |i: usize| &phrase[ws[i].0..ws[i].1];
    let one_char = |i: usize| word(i).chars().nth(1).is_none();
    // a word of two characters or more of the kind `kinds`
    let long = |i: usize, kinds: &[Pos]| i < n && !one_char(i) && kinds.contains(&ws[i].2);
    const NOUN: &[Pos] = &[Pos::Noun, Pos::Abbrev, Pos::Other];
    const VERB_ADJ: &[Pos] = &[Pos::Verb, Pos::Adj];
    match ws[j].2 {
        Pos::Verb if word(j) == COPULA => true,
        Pos::Verb if head || j == 0 || !long(j - 1, NOUN) => false,
        // `单位|予|体恤安置`: a verb of one character and its object
        Pos::Verb if one_char(j) => long(j + 1, VERB_ADJ) && j + 2 < n,
        // `单位|安置|受|重建`: a verb, a verb of one character, and its object
        Pos::Verb => one_char(j + 1) && ws[j + 1].2 == Pos::Verb && long(j + 2, VERB_ADJ),
        Pos::Locative => {
            matches!(word(j), "中" | "里")
                && j + 2 < n
                && ws[j + 1].2.nominal()
                && (j + 2..n).any(|i| ws[i].2 == Pos::Verb)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::lexicon::dict;

    fn cut(s: &str) -> Option<String> {
        let ws: Vec<_> = dict::segment(s).iter().collect();
        (1..ws.len())
            .find(|&j| begins_clause(s, &ws, j, ws.len(), false))
            .map(|j| s[..ws[j].0].to_string())
    }

    #[test]
    fn a_clause_after_the_noun_counted() {
        assert_eq!(cut("单位安置受拆迁影响").as_deref(), Some("单位"));
        assert_eq!(cut("单位予伤残军人家庭").as_deref(), Some("单位"));
        assert_eq!(cut("单位予体恤安置类别").as_deref(), Some("单位"));
        assert_eq!(cut("案件中当事人是老年人").as_deref(), Some("案件"));
    }

    #[test]
    fn verbs_that_modify_a_noun_begin_nothing() {
        assert_eq!(cut("复议意见书"), None);
        assert_eq!(cut("在建项目"), None);
        assert_eq!(cut("安置房"), None);
        assert_eq!(cut("质量检测检验机构"), None);
        assert_eq!(cut("老旧高层建筑安装消防物联感知设备"), None);
        assert_eq!(cut("总体赤字率控制"), None);
        assert_eq!(cut("反走私综合执法站实战化"), None);
    }
}
