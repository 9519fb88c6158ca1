//! The first item of a list with one figure per place or group under one
//! measure (SPEC §2.1: the place or unit is the subject). Statistical
//! bulletins name the measure once, in the first item, and the places after
//! it bare: `东部地区拥有法人单位1280.2万个，占58.8%；中部地区492.9万个，占22.6%`.
//! The later items read as their place (`中部地区`); the first, read alone,
//! takes the measure (`法人单位`). When an item of the same sentence and
//! unit is a bare name ending as a name at the start of the first item's
//! clause ends (`中部地区`, `东部地区`: parallel names of places or
//! groups), the first item's figures take that name.

use super::lexicon::dict::{self, Pos};
use crate::chars::is_clause_mark;
use crate::quantity::Quantity;
use crate::record::Metric;

/// Endings of names of places and groups (`words/place-ends.txt`).
const PLACE_ENDS: &str = include_str!("words/place-ends.txt");

static PLACE_END: once_cell::sync::Lazy<Vec<&'static str>> =
    once_cell::sync::Lazy::new(|| super::lexicon::words(PLACE_ENDS).collect());

/// The last characters of [`PLACE_END`]: a subject ending otherwise names
/// no place, asked before anything else.
static PLACE_LAST: once_cell::sync::Lazy<Vec<char>> = once_cell::sync::Lazy::new(|| {
    let mut cs: Vec<char> = PLACE_END.iter().filter_map(|e| e.chars().last()).collect();
    cs.sort_unstable();
    cs.dedup();
    cs
});

/// The longest place or group name read at the start of a first item, in
/// characters.
const MAX_NAME_CHARS: usize = 8;

/// The clause of `line` up to byte `end`: from the last clause mark,
/// colon or `、` before it.
fn clause_to(line: &str, end: usize) -> &str {
    let head = &line[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_mark(c) || matches!(c, '：' | ':' | '、'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head[start..].trim()
}

/// Whether a clause opens after `head`: it is empty or ends with a clause
/// mark, a colon or `、`.
fn opens_clause(head: &str) -> bool {
    head.chars()
        .next_back()
        .is_none_or(|c| is_clause_mark(c) || matches!(c, '：' | ':' | '、'))
}

/// The name at the start of `clause` parallel to `item` (a later item's
/// bare name): as many characters, the same last one (`东部地区` to
/// `中部地区`), a whole word of the clause, and more follows it.
fn parallel_name<'c>(clause: &'c str, item: &str) -> Option<&'c str> {
    let n = item.chars().count();
    let last = item.chars().last()?;
    let (i, c) = clause.char_indices().nth(n - 1)?;
    let name = &clause[..i + c.len_utf8()];
    if c != last || name.len() >= clause.len() || name.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let head = &clause[..crate::chars::ceil_boundary(clause, (name.len() + 9).min(clause.len()))];
    let ends_word = dict::segment(head).iter().any(|(_, b, _)| b == name.len());
    ends_word.then_some(name)
}

/// Whether `s` ends with the ending of a name of a place or group
/// ([`PLACE_ENDS`]: `全省`, `年末全县`, `辖区`).
pub(crate) fn ends_as_place(s: &str) -> bool {
    PLACE_END.iter().any(|e| s.ends_with(e))
}

/// The length in bytes of the longest ending of a place's name
/// ([`PLACE_ENDS`]) that `s` starts with (`国`, `地区`): read after `全`,
/// a scope word (`全国`, `全地区`).
pub(super) fn place_end_at_start(s: &str) -> Option<usize> {
    PLACE_END
        .iter()
        .filter(|e| s.starts_with(**e))
        .map(|e| e.len())
        .max()
}

/// Whether a bare item names a place or group ([`PLACE_ENDS`]), no verb
/// (`增产24.12万吨`) and no part of a measure (`新能源装机1.7亿千瓦`).
fn names_place(item: &str) -> bool {
    if !ends_as_place(item) {
        return false;
    }
    let words = dict::segment(item);
    let last = words.iter().last();
    last.is_some_and(|(_, _, p)| p.nominal() || p == Pos::Locative)
}

/// Gives the figures of the first item of a per-place list in `line` the
/// place it opens with (`metrics` are the records of `quantities`, one
/// each, in order).
pub(super) fn first_items(line: &str, quantities: &[Quantity<'_>], metrics: &mut [Metric]) {
    for k in 1..quantities.len().min(metrics.len()) {
        let q = &quantities[k];
        // (a byte test first: most subjects are no bare name before their
        // figure, and the clause is not looked for then)
        let Some(item) = metrics[k].subject.as_deref() else {
            continue;
        };
        if !(4..=MAX_NAME_CHARS * 3).contains(&item.len())
            || !item
                .chars()
                .next_back()
                .is_some_and(|c| PLACE_LAST.contains(&c))
        {
            continue;
        }
        let head = line[..q.span.start].trim_end();
        if !head.ends_with(item)
            || !opens_clause(&head[..head.len() - item.len()])
            || !names_place(item)
        {
            continue;
        }
        // (the items of a list are parted by `；` too, which ends a
        // sentence here: the first item is looked for back to a full stop)
        let stop = line[..q.span.start].rfind(['。', '！', '？']).unwrap_or(0);
        let Some(j0) = (0..k).find(|&j| {
            quantities[j].span.start > stop
                && quantities[j].unit == q.unit
                && quantities[j].kind == q.kind
        }) else {
            continue;
        };
        let clause = clause_to(line, quantities[j0].span.start);
        let Some(old) = metrics[j0].subject.clone() else {
            continue;
        };
        let Some(name) = parallel_name(clause, item) else {
            continue;
        };
        // the measure named after the place (`东部地区拥有法人单位`,
        // `东部地区法人单位从业人员`), not the place itself
        let measured = clause[name.len()..].contains(old.as_str()) || old.starts_with(name);
        if name == item || old == name || !measured {
            continue;
        }
        for m in metrics[j0..k]
            .iter_mut()
            .take_while(|m| m.subject.as_deref() == Some(old.as_str()))
        {
            m.subject = Some(name.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_ends_parse_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for w in super::super::lexicon::words(PLACE_ENDS) {
            assert!(!w.contains(char::is_whitespace), "{w}");
            assert!(seen.insert(w), "place-ends.txt: {w} twice");
        }
        assert!(seen.contains("地区") && seen.contains("农村"));
    }

    #[test]
    fn a_bare_item_names_a_place_not_a_verb_or_measure() {
        assert!(names_place("中部地区"));
        assert!(!names_place("新能源装机"));
        assert!(!names_place("增产"));
    }

    #[test]
    fn the_first_item_opens_with_a_name_parallel_to_a_later_one() {
        assert_eq!(
            parallel_name("东部地区拥有法人单位", "中部地区"),
            Some("东部地区")
        );
        assert_eq!(parallel_name("东部地区拥有法人单位", "华北"), None);
    }
}
