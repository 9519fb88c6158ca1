//! A part of a breakdown named after its figure with a copula:
//! `由7名董事组成，其中3名为独立董事，1名为职工董事`, `其中10,487公吨为转口
//! 货物`, `其中665,447人次为内地旅客`.
//!
//! The figure opens its clause (after `其中` at most) and says how many of
//! the whole are of a kind; the noun phrase after `为` (`是`) names that
//! kind, and is the part's subject rather than the whole's noun the clause
//! would otherwise carry. Only a short phrase that reads as a noun phrase
//! (a noun at its end, no adverb or preposition in it, no reporting verb
//! opening it) is taken: `其中3省为完成支出考核…` names no kind.

use super::super::lexicon;
use super::super::lexicon::dict::{self, Pos};
use crate::chars::is_ideograph;
use crate::record::Kind;

/// Longest phrase after the copula, in characters.
const MAX_CHARS: usize = 10;

/// The kind named after `为` (`是`, `為`) right after a figure that opens
/// its clause: `before` is the text of the clause before the figure,
/// `after` the text after it.
pub(crate) fn part_named_after<'a>(before: &str, after: &'a str, kind: Kind) -> Option<&'a str> {
    // (most figures are followed by no copula: refused on the first bytes)
    let rest = after
        .strip_prefix('为')
        .or_else(|| after.strip_prefix('為'))
        .or_else(|| after.strip_prefix('是'))?;
    // (a share, rate, duration or age is no quantity of a kind: never a
    // part of a breakdown)
    if super::super::relations::never_part(kind) {
        return None;
    }
    let lead = before.trim_matches(char::is_whitespace);
    let lead = lead
        .strip_prefix("其中")
        .unwrap_or(lead)
        .trim_start_matches([',', '，', ':', '：']);
    if !lead.is_empty() {
        return None;
    }
    let end = rest
        .char_indices()
        .find(|&(_, c)| !is_ideograph(c))
        .map_or(rest.len(), |(i, _)| i);
    let np = &rest[..end];
    let n = np.chars().count();
    // (the phrase must run to its clause's end: `为…的` opens a modifier)
    let closed = rest[end..].is_empty()
        || rest[end..].starts_with(['，', ',', '；', ';', '。', '、', '）', ')']);
    if !(2..=MAX_CHARS).contains(&n) || !closed {
        return None;
    }
    noun_phrase(np).then_some(np)
}

/// Whether `np` reads as a noun phrase: a noun last, no adverb,
/// preposition, particle, pronoun or conjunction among its words, and no
/// reporting verb at its start (`完成支出考核`); a verb inside modifies
/// the noun (`独立董事`).
fn noun_phrase(np: &str) -> bool {
    if lexicon::VERB_SET.prefix_of(np).is_some() {
        return false;
    }
    let words = dict::segment(np);
    let mut last = None;
    for (_, _, p) in words.iter() {
        if matches!(
            p,
            Pos::Adverb | Pos::Prep | Pos::Particle | Pos::Pronoun | Pos::Conj
        ) {
            return false;
        }
        last = Some(p);
    }
    last == Some(Pos::Noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_after_the_copula_names_the_part() {
        let k = Kind::Count;
        assert_eq!(
            part_named_after("其中", "为独立董事，", k),
            Some("独立董事")
        );
        assert_eq!(
            part_named_after("", "为职工董事，董事会", k),
            Some("职工董事")
        );
        assert_eq!(
            part_named_after("其中", "为转口货物。", Kind::Mass),
            Some("转口货物")
        );
        assert_eq!(part_named_after("", "是内地旅客", k), Some("内地旅客"));
    }

    #[test]
    fn no_part_without_an_opening_figure_or_a_noun_phrase() {
        let k = Kind::Count;
        // a clause that names something before the figure
        assert_eq!(part_named_after("全县共有", "为女性", k), None);
        // a verb after the copula, a modifier, a rate
        assert_eq!(part_named_after("其中", "为完成支出考核", k), None);
        assert_eq!(part_named_after("其中", "为女性的", k), None);
        assert_eq!(part_named_after("其中", "为女性", Kind::Percent), None);
        // no copula
        assert_eq!(part_named_after("其中", "女性", k), None);
    }
}
