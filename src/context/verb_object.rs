//! A figure between a verb and its object: `收取1322.1万元认证费`,
//! `投入85亿元资金`, `会录得一百六十八亿元的综合盈余`. The stretch before the
//! number is only the verb (with its adverbs and prepositions), which is
//! never a subject (SPEC §2.1); the noun phrase after the figure is what it
//! measures.

use super::counted_twice::noun_phrase_opening;
use super::lexicon::dict::{self, Pos};
use crate::record::Kind;

/// The object after the figure when `subject` is only a verb phrase
/// ([`only_verbs`]) and a noun phrase opens `after` (after a `的`, if one
/// stands there); `None` otherwise.
pub(super) fn object_after<'a>(
    subject: &str,
    after: &'a str,
    kind: Kind,
    unit: Option<&str>,
) -> Option<&'a str> {
    // (`减价40%`, `增产…的基础上`: a rate or level after a verb is the
    // verb's; ages and spans name bands, no object)
    let amount = matches!(
        kind,
        Kind::Count | Kind::Money | Kind::Area | Kind::Length | Kind::Volume | Kind::Mass
    );
    // (most figures end their clause: whether an ideograph follows is asked
    // first, the dictionary only where one does)
    let opens_word = after
        .chars()
        .next()
        .is_some_and(|c| ('\u{3400}'..='\u{9fff}').contains(&c));
    if !amount || !opens_word || !only_verbs(subject) {
        return None;
    }
    let after = after.strip_prefix('的').unwrap_or(after);
    // (`在收取…认证费后，`: the frame `在…后` closes after the object)
    let clause = after
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or(after);
    let object = clause
        .strip_suffix(['后', '時', '时', '前'])
        .filter(|_| clause.len() < after.len())
        .unwrap_or(after);
    // (`折合1148亿元人民币`: a currency is the unit's; `…的基础上`: a
    // frame of place)
    noun_phrase_opening(object, kind, unit)
        .filter(|np| !np.ends_with(['币', '上', '中', '下', '内', '里']))
}

/// Whether `s` (four characters at most) is a verb with nothing but
/// adverbs, prepositions and particles about it (`收取`, `在收取`, `会录得`):
/// its words are of those parts of speech, one at least a verb, and it
/// ends in a verb or a particle after one.
fn only_verbs(s: &str) -> bool {
    if s.chars().nth(4).is_some() {
        return false;
    }
    let ws = dict::segment(s);
    let mut verb = false;
    let mut last = None;
    let mut last_long = false;
    for (a, b, p) in ws.iter() {
        match p {
            Pos::Verb => {
                verb = true;
                last_long = s[a..b].chars().nth(1).is_some();
            }
            Pos::Adverb | Pos::Prep | Pos::Particle => {}
            _ => return false,
        }
        last = Some(p);
    }
    // (`认证费`: the dictionary tags `费` a verb; a verb of one character
    // at the end is a noun's ending)
    verb && last_long && matches!(last, Some(Pos::Verb | Pos::Particle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_with_adverbs_and_prepositions_only() {
        assert!(only_verbs("收取"));
        assert!(only_verbs("在收取"));
        assert!(!only_verbs("认证费"));
        assert!(!only_verbs("投资"));
        assert!(!only_verbs("规划署物色"));
    }

    #[test]
    fn the_object_after_the_figure() {
        let obj = |s, after| object_after(s, after, Kind::Money, Some("元"));
        assert_eq!(obj("收取", "认证费后，"), Some("认证费"));
        assert_eq!(obj("收取", "。"), None);
        assert_eq!(obj("投入", "资金，"), Some("资金"));
        assert_eq!(obj("折合", "人民币。"), None);
        assert_eq!(obj("增产", "的基础上，"), None);
        assert_eq!(
            object_after("减价", "供应新式农具", Kind::Percent, Some("%")),
            None
        );
        assert_eq!(obj("认证费", "。"), None);
    }
}
