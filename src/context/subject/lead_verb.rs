//! A verb of paying, granting, finding, pooling or putting into service
//! that opens the clause before its
//! object and the figure (`其中支付法律援助办案补贴151.59万元`,
//! `全年授权发明专利92.1万件`, `檢出不合格食品347批次`): the figure counts
//! the object, so the object is the subject and the verb its action.
//!
//! These verbs (`words/lead-verbs.txt`) are no reporting verbs wherever
//! they stand: after a noun they are that noun's (`网络支付用户规模`,
//! `生物医药海外授权交易`, `县乡自筹`, `一般公共预算支出`), so only one
//! that opens the stretch, past its head words and time phrase, is read.

use super::super::lexicon::{self, dict};
use super::{phrase, strip_head, strip_head_after_verb, strip_tail, Tail};

/// The verb opening `s` (the stretch before the figure, cut at no
/// reporting verb) and its object, when a verb of
/// [`lexicon::LEAD_VERB_SET`] opens it past its head words
/// (`其中`, `全年`, `又`), no noun of the dictionary runs across it, and
/// an object of two characters or more that ends in a noun follows
/// (not a bare measure of the act: `支付金额`, `购买数量`) and opens with
/// no reporting verb (`统筹推进…`).
pub(super) fn object_after(s: &str) -> Option<(&'static str, &str)> {
    let head = strip_head(s);
    let v = lexicon::LEAD_VERB_SET.prefix_of(head)?;
    let at = s.len() - head.len();
    if dict::inside_noun(s, at, v.len()) {
        return None;
    }
    let object = strip_tail(
        strip_head_after_verb(&head[v.len()..]),
        &mut Tail::default(),
    );
    let n = object.chars().count();
    let measure = n <= 2
        && object.chars().next_back().is_some_and(|c| {
            matches!(
                c,
                '积' | '積' | '模' | '量' | '值' | '额' | '額' | '率' | '数' | '數' | '期'
            )
        });
    // (`工资款`: a measure word may close it; a verb may not)
    let ends_in_noun = dict::segment(phrase::tail_chars(object, 4))
        .iter()
        .last()
        .is_some_and(|(_, _, p)| !p.function() && p != dict::Pos::Verb);
    // (`统筹推进稳增长`: a verb opening what follows makes the lead verb an
    // adverb of manner, and what follows no object)
    let verb_follows = lexicon::VERB_SET.prefix_of(object).is_some();
    (n >= 2 && !measure && ends_in_noun && !verb_follows && !lexicon::names_verb_measure(object))
        .then_some((v, object))
}

#[cfg(test)]
mod tests {
    use super::object_after;

    #[test]
    fn a_verb_opening_the_clause_takes_the_counted_thing() {
        assert_eq!(
            object_after("其中支付法律援助办案补贴"),
            Some(("支付", "法律援助办案补贴"))
        );
        assert_eq!(object_after("上缴税金"), Some(("上缴", "税金")));
        assert_eq!(object_after("追讨工资款"), Some(("追讨", "工资款")));
        assert_eq!(object_after("网络支付用户规模"), None);
        assert_eq!(object_after("县乡自筹"), None);
        assert_eq!(object_after("支付金额"), None);
        assert_eq!(object_after("统筹各类财政资金"), Some(("统筹", "财政资金")));
        assert_eq!(object_after("统筹推进重点工作"), None);
    }
}
