//! A verb of achieving (`实现`, `完成`) before a bare measure of two
//! characters (`企业实现产值8417万元`, `全县完成产量3.2万吨`): the measure
//! is the verb's object, what was achieved, not a measure named with the
//! verb as `造林面积` or `资助金额` are (an act's extent). Such a verb
//! names no act of its own whose extent could be measured, so the phrase
//! after it is the subject and the verb is the action.
//!
//! A word of the dictionary may join such a verb and its measure
//! (`完成投资`); with no noun phrase before it in the clause
//! (`全年完成投资5970.5万元`, `…项目24个，完成投资11.8亿元`) the measure
//! written inside it is the subject (SPEC §2.1: after a clause break,
//! the measure written there), not the noun a figure before counted.
//!
//! A sector of the economy before the verb (`第一产业实现增加值77.84亿元`,
//! `金融業實現增加值`, `限上批发零售业完成销售额`) is the unit a breakdown
//! by sector gives each figure to, the measure being the same for each
//! (SPEC §2.1: one figure per unit under one measure → the unit): the
//! sector is the subject and the verb with its bare measure is no part of
//! it. A sector is a phrase ending in `业` (`業`) other than a word that
//! names a firm, a job or an act (`企业`, `就业`: `words/not-sectors.txt`).

use super::{phrase_before_verb, strip_tail, Found, Tail};
use crate::context::lexicon::dict::{self, Pos};
use crate::context::lexicon::NOT_SECTOR_TAIL;

/// Whether `v` is a verb of achieving a result, simplified or traditional.
fn achieves(v: &str) -> bool {
    matches!(v, "实现" | "實現" | "完成")
}

/// Whether `measure`, the bare measure right after verb `v`, is that
/// verb's object: `v` achieves and the measure is a word of two
/// characters (`产值`, `产量`; not a one-character head such as `率`).
pub(super) fn object_of(v: &str, measure: &str) -> bool {
    achieves(v) && measure.chars().count() == 2
}

/// The byte length of the measure written inside verb `v`, a word that
/// joins a verb of achieving and its object (`完成投资` → `投资`): a noun
/// or verbal noun of the dictionary, two characters or more.
pub(super) fn measure_in(v: &str) -> Option<usize> {
    let rest = ["完成", "实现", "實現"]
        .iter()
        .find_map(|p| v.strip_prefix(p))?;
    one_word(rest, |p| matches!(p, Pos::Noun | Pos::VerbNoun)).then_some(rest.len())
}

/// The sector named before the last verb of `vs` (the verbs of `s`)
/// when the figure is given to it ([`by_sector`]; `rest` is what follows
/// the verb, `rest_np` its noun phrase, the same when nothing is cut off
/// it), the verb set as `found`'s action; `None` otherwise.
pub(super) fn sector_subject<'a>(
    s: &'a str,
    vs: &[(usize, &'static str)],
    (rest, rest_np): (&str, &str),
    found: &mut Found<'a>,
) -> Option<&'a str> {
    let &(at, v) = vs.last()?;
    // (the verb asked first: most are no verb of achieving)
    if !achieves(v) {
        return None;
    }
    let head = strip_tail(&s[..at], &mut Tail::default());
    if rest_np.len() != rest.len() || !by_sector(head, v, rest_np) {
        return None;
    }
    found.action = Some(v);
    // (a sector's measure: no activity named by a word and its verb)
    Some(phrase_before_verb(s, vs, false, found))
}

/// Whether the figure after verb `v` and its bare measure `measure` is
/// given to the sector that `head`, the noun phrase right before the
/// verb, names: `v` achieves, `measure` is one noun of the dictionary
/// (`增加值`, `销售额`; not `施工产值`, a measure of its own kind, nor
/// `营业收入`, two words of it: `规模以上服务业实现营业收入` keeps the
/// measure as subject), and
/// `head` names a sector of the economy (`第一产业`, `金融業`), not a firm
/// or an act (`工业企业`, `就业`).
fn by_sector(head: &str, v: &str, measure: &str) -> bool {
    achieves(v)
        && head.ends_with(['业', '業'])
        && NOT_SECTOR_TAIL.suffix_of(head).is_none()
        && one_noun(measure)
}

/// Whether `s` is one noun of the dictionary, two characters or more.
fn one_noun(s: &str) -> bool {
    one_word(s, |p| p == Pos::Noun)
}

/// Whether `s` is one word of the dictionary, two characters or more,
/// whose part of speech `pos` accepts.
fn one_word(s: &str, pos: impl Fn(Pos) -> bool) -> bool {
    let ws = dict::segment(s);
    let mut it = ws.iter();
    matches!((it.next(), it.next()), (Some((0, end, p)), None) if end == s.len() && pos(p))
        && s.chars().nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::{by_sector, measure_in, object_of};

    #[test]
    fn the_measure_inside_a_verb_of_achieving_is_its_object() {
        assert_eq!(measure_in("完成投资"), Some("投资".len()));
        assert_eq!(measure_in("完成"), None);
        assert_eq!(measure_in("受理"), None);
    }

    #[test]
    fn a_measure_after_a_verb_of_achieving_is_its_object() {
        assert!(object_of("实现", "产值"));
        assert!(object_of("實現", "產值"));
        assert!(object_of("完成", "产量"));
        assert!(!object_of("造林", "面积"));
        assert!(!object_of("完成", "率"));
    }

    #[test]
    fn a_sector_is_a_phrase_ending_in_ye_that_names_no_firm() {
        assert!(by_sector("第一产业", "实现", "增加值"));
        assert!(by_sector("金融業", "實現", "增加值"));
        assert!(by_sector("限上批发零售业", "完成", "销售额"));
        assert!(!by_sector("规模以上工业企业", "实现", "产值"));
        assert!(!by_sector("建築業企業", "完成", "产值"));
        assert!(!by_sector("城镇新增就业", "实现", "增加值"));
        assert!(!by_sector("全行业", "完成", "增加值"));
        assert!(!by_sector("第一产业", "增加", "产值"));
    }
}
