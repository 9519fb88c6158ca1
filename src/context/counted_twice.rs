//! One thing counted in two measures: `起诉盗窃、诈骗案件120件150人`
//! (cases and persons), `对全县6.48万户23.24万农村常住人口` (households and
//! persons). Two counts written one right after the other, with nothing
//! between them and different measure words, count the same thing: they
//! are no list of two items, and a noun phrase right after the second is
//! what both count.

use once_cell::sync::Lazy;

use super::lexicon::dict::{self, Pos};
use crate::quantity::Quantity;
use crate::record::Kind;

/// The pairs of measure words (`words/counted-twice.tsv`).
const PAIRS_TSV: &str = include_str!("words/counted-twice.tsv");

/// The pairs, `None` for a bare number (`-`).
static PAIRS: Lazy<Vec<(&'static str, Option<&'static str>)>> = Lazy::new(|| parse(PAIRS_TSV));

/// The pairs of a file: `first<TAB>second` a line, `#` comments.
fn parse(text: &'static str) -> Vec<(&'static str, Option<&'static str>)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a, (b != "-").then_some(b)))
        .collect()
}

/// The noun phrase right after the second of two counts of one thing
/// (`对全县6.48万户23.24万|农村常住人口|进行遍访`): what both count. `k` is
/// the first count, `sent_end` the end of its sentence; `None` unless the
/// next quantity counts the same thing ([`one_thing`]) and a noun phrase of
/// two characters or more opens the text after it.
pub(super) fn noun_after_pair<'a>(
    line: &'a str,
    quantities: &[Quantity<'_>],
    k: usize,
    sent_end: usize,
) -> Option<&'a str> {
    let (a, b) = (quantities.get(k)?, quantities.get(k + 1)?);
    if b.span.start < a.span.end || !one_thing(a, b, line.get(a.span.end..b.span.start)?) {
        return None;
    }
    let end = quantities
        .get(k + 2)
        .map_or(sent_end, |n| n.span.start.min(sent_end))
        .max(b.span.end);
    noun_phrase_opening(line.get(b.span.end..end)?, b.kind, b.unit)
}

/// The noun phrase that opens `after`, the text right after the figure
/// (`kind`, `unit`): two characters or more, its first word no verb (`享受城乡低保`
/// says what the persons counted do; it names nothing counted).
pub(super) fn noun_phrase_opening<'a>(
    after: &'a str,
    kind: Kind,
    unit: Option<&str>,
) -> Option<&'a str> {
    let np = super::subject::analyse("", after, kind, unit).subject?;
    (after.starts_with(np) && np.chars().nth(1).is_some() && !verb_and_object(np)).then_some(np)
}

/// Whether `np` opens with a verb and a word of two characters or more
/// after it (`享受|城乡|低保`: a verb and its object); a verb with a
/// one-character noun ending (`认证|费`) is a noun.
fn verb_and_object(np: &str) -> bool {
    let ws = dict::segment(np);
    let mut it = ws.iter();
    match (it.next(), it.next()) {
        (Some((_, _, Pos::Verb)), Some((a, b, _))) => np[a..b].chars().nth(1).is_some(),
        _ => false,
    }
}

/// A measure word in its simplified form (`戶` → `户`).
fn folded(unit: Option<&str>) -> Option<&str> {
    unit.map(|u| if u == "戶" { "户" } else { u })
}

/// Whether `a` and `b`, with `between` the text from the end of `a` to the
/// start of `b`, count one thing in two measures: both counts, nothing
/// but white space between them, measure words of a pair that counts one
/// thing twice (not `9人1队13次`: persons, teams and times are three).
pub(super) fn one_thing(a: &Quantity<'_>, b: &Quantity<'_>, between: &str) -> bool {
    if a.kind != Kind::Count || b.kind != Kind::Count || !between.trim().is_empty() {
        return false;
    }
    let (x, y) = (folded(a.unit), folded(b.unit));
    x.is_some() && PAIRS.iter().any(|&(p, q)| Some(p) == x && q == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_and_its_object_is_no_noun_phrase() {
        assert!(verb_and_object("享受城乡低保"));
        assert!(!verb_and_object("认证费"));
        assert!(!verb_and_object("农村常住人口"));
    }

    #[test]
    fn pairs_parse_without_duplicates() {
        let pairs = parse(PAIRS_TSV);
        assert!(pairs.len() >= 8);
        assert!(pairs.contains(&("件", Some("人"))));
        assert!(pairs.contains(&("户", None)));
        let mut seen = std::collections::HashSet::new();
        for p in &pairs {
            assert!(seen.insert(*p), "duplicate pair {p:?}");
        }
    }
}
