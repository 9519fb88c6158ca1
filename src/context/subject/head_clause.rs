//! A head word that opens a relative clause: `达到服务能力标准的乡镇卫生院`,
//! `属于低保对象的困难群众`, `包括在建项目的投资`.
//!
//! Some words dropped at the head of a subject (`达到`, `属于`, `包括`,
//! `经过`: `words/head-drop.txt`) are verbs. Alone before a noun or a
//! number they are the predicate's (`达到90%`, `包括…`), but with an object
//! of their own closed by `的` they head a relative clause, and Chinese puts
//! a relative clause before the noun it modifies: the clause is a modifier
//! of the noun after `的`, and a noun phrase keeps its modifiers (SPEC
//! §2.1). The verb then stays with the subject.

use super::super::lexicon::dict::{self, Pos};
use super::super::lexicon::VERB_SET;

/// Longest object read between the verb and `的`, in characters.
const MAX_OBJECT_CHARS: usize = 10;

/// Whether the head word `w` that opens `s` heads a relative clause: the
/// dictionary reads it there as a verb of two characters or more, a noun
/// phrase of two characters or more follows it (nominal words only: no
/// numeral, time, adverb or mark, `达到90%的` states a level), then `的`
/// and a noun of two characters or more.
pub(super) fn opens_relative(s: &str, w: &str) -> bool {
    let rest = &s[w.len()..];
    // (a cheap test first: most head words have no `的` close after them)
    let Some(de) = rest
        .char_indices()
        .take(MAX_OBJECT_CHARS + 1)
        .find(|&(_, c)| c == '的')
        .map(|(i, _)| i)
    else {
        return false;
    };
    if w.chars().nth(1).is_none() || rest[..de].chars().nth(1).is_none() {
        return false;
    }
    let clause = &s[..w.len() + de];
    let words = dict::segment(clause);
    let mut it = words.iter();
    if it.next() != Some((0, w.len(), Pos::Verb)) {
        return false;
    }
    let object =
        it.all(|(a, b, p)| p.nominal() && clause[a..b].chars().all(crate::chars::is_ideograph));
    let head = &rest[de + '的'.len_utf8()..];
    object
        && dict::segment(super::phrase::head_chars(head, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, p)| p.nominal() && head[a..b].chars().nth(1).is_some())
}

/// Whether `modifier`, all that stands before the last `的` of a long noun
/// phrase, is one relative clause of the noun `head` after it
/// (`具有资质等级的总承包和专业承包建筑业企业`, `市本级统筹的…基金预算收入`,
/// `国家发展改革委认定的企业技术中心`): one verb at most, no adverb,
/// particle, time, locative or modal (a clause that runs on, `完全化解了历史上承担的`, or
/// a verb that takes the phrase as object, `削减…设立的`, has more), and
/// a head with no adverb nor `是` (no predicate read into it). Such a
/// clause restricts the noun to the things counted and stays with it.
pub(super) fn restricts(modifier: &str, head: &str) -> bool {
    let n = modifier.chars().count();
    if !(2..=MAX_CLAUSE_CHARS).contains(&n) || modifier.starts_with('的') {
        return false;
    }
    let words = dict::segment(modifier);
    // (a reporting verb that opens it is the clause's, and the whole
    // phrase its object: `处置网上危害儿童的违法和不良信息`)
    if words
        .iter()
        .next()
        .is_some_and(|(a, b, _)| VERB_SET.contains(&modifier[a..b]))
    {
        return false;
    }
    let mut verbs = 0;
    for (a, b, p) in words.iter() {
        let w = &modifier[a..b];
        if matches!(
            p,
            Pos::Adverb | Pos::Particle | Pos::Pronoun | Pos::Idiom | Pos::Time | Pos::Locative
        ) || MODALS.contains(&w)
        {
            return false;
        }
        if p == Pos::Verb || VERB_SET.contains(w) {
            verbs += 1;
        }
    }
    verbs <= 1
        && !dict::segment(head)
            .iter()
            .any(|(a, b, p)| p == Pos::Adverb || MODALS.contains(&&head[a..b]))
}

/// Longest relative clause [`restricts`] reads, in characters.
const MAX_CLAUSE_CHARS: usize = 24;

/// Words of a predicate that a relative clause never holds: the copula
/// and modals (`是`, `将`, `要`, `会`).
const MODALS: &[&str] = &["是", "将", "將", "要", "会", "會", "应", "應"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_with_its_object_and_de_heads_a_clause() {
        assert!(opens_relative("达到服务能力标准的乡镇卫生院占比", "达到"));
        assert!(opens_relative("属于低保对象的困难群众", "属于"));
    }

    #[test]
    fn a_level_a_bare_verb_or_no_de_heads_none() {
        // a level reached, not a kind of noun
        assert!(!opens_relative("达到90%的企业", "达到"));
        // no `的`: the verb is the predicate's
        assert!(!opens_relative("达到服务能力标准", "达到"));
        // `的` right after the verb: no object of its own
        assert!(!opens_relative("达到的水平", "达到"));
        // a word of one character is no verb with an object here
        assert!(!opens_relative("共有企业的产值", "共"));
    }
    #[test]
    fn one_restrictive_clause_stays_with_its_noun() {
        assert!(restricts("具有资质等级", "总承包和专业承包建筑业企业"));
        assert!(restricts("市本级统筹", "机关事业单位养老保险基金预算收入"));
    }

    #[test]
    fn a_clause_that_runs_on_or_a_reporting_verb_restricts_nothing() {
        // a particle and an adverb: the clause's own predicate
        assert!(!restricts(
            "完全化解了历史上承担",
            "国有商业银行和农村信用社"
        ));
        // two verbs: one takes the phrase as object
        assert!(!restricts("削减中央政府层面设立", "涉企收费项目"));
        // a reporting verb that opens it
        assert!(!restricts("处置网上危害儿童", "违法和不良信息"));
        // a predicate read into the head
        assert!(!restricts("促进非网民上网", "首要因素是方便沟通"));
    }
}
