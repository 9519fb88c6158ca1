//! Subjects carried to a figure whose own clause names nothing, from the
//! words that stand just before that clause in the same sentence.
//!
//! - A label before a colon (`设计速度：350公里/小时`, `总投资：约320亿元`):
//!   a figure that opens the clause after `：` is the value of the label,
//!   when the label is a short noun phrase of its own clause.

use super::sentence::last_clause_end;
use super::subject;
use crate::record::Kind;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn label(line: &str, kind: Kind) -> Option<&str> {
        let colon = line.find('：').unwrap();
        let start = colon + '：'.len_utf8();
        colon_label(line, 0, start, "", (kind, None))
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
