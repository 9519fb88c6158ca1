//! Subjects carried to a figure whose own clause names nothing, from the
//! words that stand just before that clause in the same sentence.
//!
//! - A label before a colon (`设计速度：350公里/小时`, `总投资：约320亿元`):
//!   a figure that opens the clause after `：` is the value of the label,
//!   when the label is a short noun phrase of its own clause.
//! - A count whose clause names nothing but its verb (`…共受理政府信息公开
//!   申请749件，其中自然人申请741件；共办理718件，结转下一年31件`) counts
//!   what the last whole figure of the line with its measure word counted
//!   (not a part of a `其中` breakdown, not a change), or the object of
//!   the clause before (`收到政府信息公开申请，共办理718件`), when the verb
//!   handles a caseload (`words/handling-verbs.txt`: `办理`, `审结`,
//!   `整改`): a verb of another sort (`惠及`, `招生`, `帮扶`) counts
//!   something else.

use once_cell::sync::Lazy;

use super::lexicon::WordSet;
use super::sentence::last_clause_end;
use super::subject;
use crate::record::{Kind, Metric};

/// Verbs that handle a caseload (`words/handling-verbs.txt`).
const HANDLING_VERBS: &str = include_str!("words/handling-verbs.txt");

static HANDLING: Lazy<WordSet> = Lazy::new(|| WordSet::from_words(HANDLING_VERBS));

/// Whether the verb `v` handles a caseload named before it (`办理`, `审结`).
pub(super) fn handles(v: &str) -> bool {
    HANDLING.contains(v)
}

/// How long a label before a colon may be, in characters: a name, not a
/// sentence (`主要做法：`, `设计速度：`).
const LABEL_CHARS: usize = 12;

/// The label before the colon that ends the text before `clause_start`
/// (`设计速度：350公里/小时` → `设计速度`), when the figure opens its clause
/// (`before`, the clause up to the figure, holds nothing) and the label,
/// read from the clause mark before it, is a short noun phrase.
pub(super) fn colon_label<'a>(
    line: &'a str,
    sent_start: usize,
    clause_start: usize,
    before: &str,
    (kind, unit): (Kind, Option<&str>),
) -> Option<&'a str> {
    if !before.trim().is_empty() || clause_start <= sent_start {
        return None;
    }
    let head = &line[sent_start..clause_start];
    let label_end = head
        .strip_suffix('：')
        .or_else(|| head.strip_suffix(':'))?
        .len();
    let from = last_clause_end(line, sent_start, sent_start + label_end).unwrap_or(sent_start);
    let label = line[from..sent_start + label_end].trim();
    if label.is_empty() || label.chars().count() > LABEL_CHARS {
        return None;
    }
    let found = subject::analyse(label, "", kind, unit);
    // (a verb read in the label makes it a clause: `主要做法是：`)
    found
        .subject
        .filter(|_| found.action.is_none() && found.change.is_none())
}

/// How many records of the line a verb-only count looks back over for the
/// whole it goes on counting.
const WHOLE_REACH: usize = 8;

/// The subject of the last whole figure among `records` (those of `line`
/// so far, which starts at byte `offset` of the document) with the
/// measure word `unit`: no part of a breakdown (`parent`, or after `其中`
/// in its sentence), no change.
pub(super) fn last_whole<'m>(
    records: &'m [Metric],
    (line, offset): (&str, usize),
    unit: Option<&str>,
) -> Option<&'m str> {
    let unit = unit?;
    records
        .iter()
        .rev()
        .take(WHOLE_REACH)
        .filter(|m| m.unit.as_deref() == Some(unit) && m.change.is_none())
        .find(|m| !is_part(m, (line, offset)))
        .and_then(|m| m.subject.as_deref())
}

/// Whether the record `m` of `line` (at byte `offset` of the document) is
/// a part of a breakdown: it has a `parent`, or `其中` stands before it in
/// its sentence.
pub(super) fn is_part(m: &Metric, (line, offset): (&str, usize)) -> bool {
    let from = m.sentence.start.saturating_sub(offset);
    let to = m.start.saturating_sub(offset);
    m.parent.is_some() || line.get(from..to).is_some_and(|s| s.contains("其中"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(line: &str, kind: Kind) -> Option<&str> {
        let colon = line.find('：').unwrap();
        let start = colon + '：'.len_utf8();
        colon_label(line, 0, start, "", (kind, None))
    }

    #[test]
    fn handling_verbs_parse_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for w in super::super::lexicon::words(HANDLING_VERBS) {
            assert!(w.chars().all(|c| c > '\u{2e80}'), "malformed {w:?}");
            assert!(seen.insert(w), "{w} twice");
        }
        assert!(seen.len() > 20);
        assert!(handles("办理") && handles("審結") && !handles("惠及"));
    }

    #[test]
    fn a_figure_after_a_colon_takes_the_label() {
        assert_eq!(
            label("设计速度：350公里/小时", Kind::Other),
            Some("设计速度")
        );
        assert_eq!(
            label("线路全长128公里，总投资：约320亿元", Kind::Money),
            Some("总投资")
        );
    }

    #[test]
    fn no_label_when_it_is_a_clause_or_a_connector() {
        assert_eq!(label("其中：城镇12万人", Kind::Count), None);
        assert_eq!(label("全年新增就业人数达到：", Kind::Count), None);
        let long = "全区上下坚持以人民为中心的发展思想认真落实各项工作部署：";
        assert_eq!(label(long, Kind::Count), None);
    }
}
