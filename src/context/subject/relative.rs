//! A counted thing named by a relative clause after its measure word:
//! `对319名具有从宽情节的被告人依法判处缓刑`, `5家符合条件的企业获得补贴`,
//! `指出三個值得特別注意的地方`.
//!
//! Chinese puts a relative clause before the noun it modifies, closed by
//! `的`: after a number and its measure word, a stretch that opens with a
//! verb or an adverb (`具有`, `符合`, `不属于`, `已修复`) and ends at `的` is
//! no noun of its own, only what is said of the noun after `的`, which is
//! what the figure counts. The subject is the whole phrase, clause and
//! head noun (`具有从宽情节的被告人`), as a noun phrase keeps its modifiers.
//! A phrase that opens with a noun (`5家企业的产值`) is a possessor and is
//! left alone: there the noun before `的` is what is counted.

use super::super::lexicon::dict::{self, Pos};
use super::super::lexicon::NP_STOP_SET;

/// Longest relative clause read before `的`, in characters.
const MAX_CLAUSE_CHARS: usize = 14;

/// Longest head noun read after `的`, in characters: a longer stretch is a
/// clause of its own, not a noun.
const MAX_HEAD_CHARS: usize = 8;

/// The phrase read at the start of `after` (the text after a measure
/// word; `np`, what the noun-phrase reader took) extended through `的` to
/// the noun it modifies, when the stretch before `的` is a relative clause
/// (it opens with a verb or an adverb).
pub(super) fn extended<'a>(after: &'a str, np: &str) -> Option<&'a str> {
    if np.is_empty() || !after.starts_with(np) {
        return None;
    }
    // (a byte search in the bytes of the longest clause first: most
    // phrases have no `的` near)
    let mut cap = after.len().min(3 * (MAX_CLAUSE_CHARS + 1));
    while !after.is_char_boundary(cap) {
        cap -= 1;
    }
    let de = after[..cap].find('的')?;
    let clause = &after[..de];
    if !clause.chars().all(crate::chars::is_ideograph) {
        return None;
    }
    if clause.len() < np.len() || !opens_clause(clause) {
        return None;
    }
    let rest = &after[de + '的'.len_utf8()..];
    let head = head_noun(rest)?;
    Some(&after[..after.len() - rest.len() + head.len()])
}

/// Whether `np` opens with a verb or an adverb by the dictionary's first
/// word (`具有`, `符合`, `不`, `已`): the mark of a clause, not a noun.
fn opens_clause(np: &str) -> bool {
    let first = dict::segment(super::phrase::head_chars(np, 4))
        .iter()
        .next()
        .map(|(_, _, p)| p);
    matches!(first, Some(Pos::Verb | Pos::Adverb))
}

/// The noun at the start of `s` (after `的`): its words while they are
/// nouns or adjectives, up to a stop word, ending in a noun (`被告人`,
/// `困难群众`); none when `s` opens otherwise or the noun runs long.
fn head_noun(s: &str) -> Option<&str> {
    let window = super::phrase::head_chars(s, MAX_HEAD_CHARS + 1);
    let mut end = None;
    for (a, b, p) in dict::segment(window).iter() {
        // (`案件依法裁定`: a stop word of the noun-phrase reader ends it)
        if a > 0 && NP_STOP_SET.prefix_of(&window[a..]).is_some() {
            break;
        }
        match p {
            Pos::Noun => end = Some(b),
            Pos::Adj if end.is_none() => {}
            _ => {
                if a == 0 {
                    return None;
                }
                break;
            }
        }
    }
    let end = end?;
    (s[..end].chars().count() <= MAX_HEAD_CHARS).then(|| &s[..end])
}

/// Whether `rest`, the words after a verb, open with a relative clause
/// of their own before `的`: a verb of two characters or more with its
/// object or preposition (`救助|符合条件的人员`, `资助|具有学籍的学生`,
/// `实现|归属于上市公司股东的净利润`, `新增|取得职业资格证书的劳动者`). That
/// verb heads the clause, and the verb before takes the whole phrase as
/// object. A verb right before `的` (`完成|改造的小区`), a verb followed
/// by another (`安排就业的`, `交付使用的`: the object or part of the verb
/// before) or a noun opening `rest` (`参加|农业劳动互助组的农户`) leaves the
/// clause to the verb before.
pub(in crate::context) fn headed_by_own_verb(rest: &str) -> bool {
    let Some(de) = rest.find('的') else {
        return false;
    };
    let clause = &rest[..de];
    if clause.chars().count() > MAX_CLAUSE_CHARS {
        return false;
    }
    let words = dict::segment(clause);
    let mut it = words.iter();
    let Some((0, b, Pos::Verb)) = it.next() else {
        return false;
    };
    b >= 6
        && it
            .next()
            .is_some_and(|(_, _, p)| p.nominal() || matches!(p, Pos::Prep | Pos::Numeral))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_clause_reaches_its_noun() {
        let after = "具有从宽情节的被告人依法判处缓刑";
        assert_eq!(
            extended(after, "具有从宽情节"),
            Some("具有从宽情节的被告人")
        );
        let after = "不属于受理范围的案件，";
        assert_eq!(extended(after, "不属于"), Some("不属于受理范围的案件"));
    }

    #[test]
    fn a_possessor_or_a_long_clause_is_left_alone() {
        assert_eq!(extended("企业的产值增长", "企业"), None);
        assert_eq!(extended("符合条件的", "符合条件"), None);
        assert_eq!(extended("符合条件的，", "符合条件"), None);
        let far = "符合国家和省里规定的各项申报条件和标准的企业获得补贴。";
        assert_eq!(extended(far, "符合国家和省里规定"), None);
    }
}
