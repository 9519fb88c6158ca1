//! A subject that is nothing but a time: the basis of a comparison, no
//! measure.
//!
//! `恢复至2019年同期的46.2%`, `是“九五”期末的2.69倍`: the time before
//! `的` is the basis the figure is reckoned against (SPEC §2.1: the basis
//! of a comparison is no subject), and a time names nothing counted or
//! measured. The figure takes the measure that opens its clause before
//! the verb (`民航旅客运输量仅恢复至2019年同期的14.8%` → `民航旅客运输量`),
//! else the one of the figure before, as a figure with no phrase of its
//! own does.

use super::super::lexicon::dict::{self, Pos};
use super::super::period;

/// Whether `np` is one time phrase and nothing else (`同期`,
/// `上年`, `“九五”期末`).
pub(super) fn only_time(np: &str) -> bool {
    let np = np.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if np.contains(char::is_whitespace) {
        // `“九五” 期末`: a space the layout left inside the phrase
        let joined: String = np.split_whitespace().collect();
        return only_time(&joined);
    }
    np.starts_with(period::may_start) && period::time_phrase(np) == np.len()
}

/// The noun phrase that `raw` (the clause up to the figure) opens with
/// before the verb and adverbs ahead of the time `time` it ends in:
/// `民航旅客运输量仅恢复至` before `2019年同期的`.
pub(super) fn measure_before<'a>(raw: &'a str, time: &str) -> Option<&'a str> {
    // (`2019年` before `同期`: the time phrase's year, read off before)
    let head = raw[..raw.rfind(time)?].trim_end_matches(|c| period::is_num_char(c) || c == '年');
    let head = super::strip_head(head);
    if head.chars().count() > dict::MAX_SPAN || head.contains(super::is_clause_mark_char) {
        return None;
    }
    let words = dict::segment(head);
    let mut end = head.len();
    let mut verb = false;
    for (a, _, p) in words.iter().collect::<Vec<_>>().into_iter().rev() {
        match p {
            Pos::Verb => verb = true,
            Pos::Adverb | Pos::Prep => {}
            _ => break,
        }
        end = a;
    }
    let np = &head[..end];
    let last = words.iter().take_while(|&(_, b, _)| b <= end).last();
    let nominal =
        last.is_some_and(|(_, _, p)| matches!(p, Pos::Noun | Pos::VerbNoun | Pos::Abbrev));
    (verb && nominal && !np.contains(|c: char| c.is_ascii_digit()) && super::well_formed(np))
        .then_some(np)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_alone_is_no_subject() {
        assert!(only_time("同期"));
        assert!(only_time("上年"));
        assert!(only_time("“九五” 期末"));
        assert!(!only_time("上年 城镇人口"));
        assert!(!only_time("上年末城镇人口"));
        assert!(!only_time("民航旅客运输量"));
        assert!(!only_time(""));
    }

    #[test]
    fn the_measure_opens_the_clause_before_the_verb() {
        assert_eq!(
            measure_before("民航旅客运输量仅恢复至2019年同期的", "同期"),
            Some("民航旅客运输量")
        );
        assert_eq!(measure_before("恢复至2019年同期的", "同期"), None);
    }
}
