//! An activity named by one word and the verb right before the figure:
//! `义务植树212万株`, `四旁植树60万株`, `危桥改造25座`, `法律帮助804宗`,
//! `省内转移46.83万人`. A count or amount (not a share: `向基层投放50%
//! 以上号源` is a share of what is given) whose clause holds nothing
//! before its verb but one word of two characters names the activity counted with both: the word
//! says which kind of the activity (`义务`, `四旁`, `省内`) or what it is
//! done on (`危桥`), and the verb is part of the name, as `营造林` keeps
//! its one character. Not a word of persons or bodies, which is who acts
//! (`法院审结`), nor a verb of completion (`水稻完成30万亩`: the word is
//! the thing, the verb only reports it) or of handling a caseload
//! (`受理`), nor a time or a word of any other class (`全年`, `共`), nor
//! a word after a preposition (`向基层投放`: where it goes).

use super::super::carry;
use super::super::lexicon::dict::{self, Pos};
use super::super::lexicon::ends_as_measure;
use super::super::relations;
use super::counted;

/// Whether `word`, all that stands before the verb `v` in its clause
/// besides what `lead` held before it (determiners, `其中`; no
/// preposition, `向基层投放`), modifies `v` as the name of the activity a
/// figure right after `v` counts. Not a word that names a measure
/// (`岁入编列`: it ends as a measure's name does), which is what the verb
/// reports.
pub(super) fn names_activity(lead: &str, word: &str, v: &str) -> bool {
    if word.chars().count() != 2 || v.chars().nth(1).is_none() {
        return false;
    }
    let completion = v.get(..6).is_some_and(relations::completes);
    let measure = ends_as_measure(word);
    if completion || measure || carry::handles(v) || counted::names_party(word) {
        return false;
    }
    if !lead.is_empty() && dict::segment(lead).iter().any(|(_, _, p)| p == Pos::Prep) {
        return false;
    }
    let words = dict::segment(word);
    let of_a_kind = words
        .iter()
        .all(|(_, _, p)| matches!(p, Pos::Noun | Pos::Locative | Pos::Adj));
    of_a_kind
}
