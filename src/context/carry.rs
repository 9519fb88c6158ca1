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
//!   something else. In the run of a breakdown, such a count counts what
//!   the part right before it counts (`其中受理刑事案件1501件，审结1441件`).
//! - Values dealt out by `分别` with no list in their own clause
//!   (`网络文学、网上外卖、网络支付和在线旅行预订的用户规模增长最快，较上年
//!   分别增长5474万人、4777万人…`) go with the items listed in the clause
//!   before, when it lists as many; a head they share after `的` is no
//!   part of the last item.
//! - A bare change after a clause that says how the measure went
//!   (`工业用电量增长较快，同比增长12.4%`): the measure, without the trend
//!   words after it ([`before_trend`]).

use once_cell::sync::Lazy;

use super::lexicon::dict::{self, Pos};
use super::lexicon::{WordSet, CHANGE_SET};
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

/// The list named by the clause before `clause_start` (back to the clause
/// mark before it, within the sentence from `sent_start`; none if the
/// figure before, ending at `prev_end`, stands in it), when it lists `len`
/// items: the clause up to a `的` that follows the list (`…和在线旅行预订的
/// 用户规模` → `…和在线旅行预订`), else its subject.
pub(super) fn list_before<'a>(
    line: &'a str,
    (sent_start, clause_start, prev_end): (usize, usize, usize),
    len: usize,
    (kind, unit): (Kind, Option<&str>),
) -> Option<&'a str> {
    let head = line.get(sent_start..clause_start)?;
    let mark = head.chars().next_back()?;
    if !crate::chars::is_clause_mark(mark) {
        return None;
    }
    let end = clause_start - mark.len_utf8();
    let from = last_clause_end(line, sent_start, end).unwrap_or(sent_start);
    // (a clause of figures names what they measure itself)
    if prev_end > from {
        return None;
    }
    let clause = line[from..end].trim();
    let list = match clause.rfind('的') {
        Some(i) if clause[..i].contains('、') => &clause[..i],
        _ => subject::analyse(clause, "", kind, unit).subject?,
    };
    // (`进口和出口增长较快，全年分别增长…`: the trend said of the list is no
    // part of its last item)
    let list = list_only(before_trend(list));
    let items = list.split(['、', '和', '与', '及']).count();
    (items == len).then_some(list)
}

/// A list without a verb or preposition that opens its first item
/// (`客源主要来自中国台湾及中国大陆` → `中国台湾及中国大陆`), nor the frame
/// `以…为主` around it (`以中国大陆、香港及中国台湾旅客为主` → `中国大陆、
/// 香港及中国台湾旅客`): the words of the clause around the list. A verb
/// inside the last item stays (`网络支付`, `在线旅行预订`).
fn list_only(list: &str) -> &str {
    let first_end = list.find(['、', '和', '与', '及']).unwrap_or(list.len());
    let verbal = |p: Pos| matches!(p, Pos::Verb | Pos::Prep);
    let start = dict::segment(&list[..first_end])
        .iter()
        .filter(|&(_, b, p)| verbal(p) && b < first_end)
        .last()
        .map_or(0, |(_, b, _)| b);
    let rest = &list[start..];
    // (`以…为主`: the frame closes after the list)
    if list[..start].ends_with('以') {
        return rest.strip_suffix("为主").unwrap_or(rest);
    }
    rest
}

/// Whether the clause `s` is nothing but a time phrase (`过去10年来`,
/// `2020年`, `今年以来`): it names no measure for a figure after it.
pub(super) fn only_time(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && super::period::time_phrase(s) == s.len()
}

/// The measure `s` read from a clause without its figure, less the trend
/// said of it at its end: a change verb with the adverbs and adjectives
/// around it (`工业用电量增长较快` → `工业用电量`, `营业性货运量平稳增长` →
/// `营业性货运量`, `港口货物吞吐量平稳`, the change already cut); `s` itself
/// when that would leave less than two characters.
pub(super) fn before_trend(s: &str) -> &str {
    let words = dict::segment(s);
    let mut end = s.len();
    for (a, b, p) in words.iter().collect::<Vec<_>>().into_iter().rev() {
        if b != end {
            break;
        }
        let change = CHANGE_SET.contains(&s[a..b]);
        // (`较快`: the dictionary reads `较` as a preposition)
        let degree = matches!(p, Pos::Adverb | Pos::Adj) || matches!(&s[a..b], "较" | "最" | "更");
        if !(change || degree) {
            break;
        }
        end = a;
    }
    if s[..end].chars().nth(1).is_some() {
        &s[..end]
    } else {
        s
    }
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

/// The subject of the part right before a count whose clause names only a
/// verb that handles a caseload, in the same run of a breakdown
/// (`其中受理刑事案件1501件，审结1441件；受理民商事案件…`): the record
/// before it in `records` (those of `line`, at byte `offset` of the
/// document) is a part, with the same measure word, no change, and no
/// `；` or `共` (a total, `；共办理718件`) between it and `at`, the byte
/// where the count starts.
pub(super) fn same_part<'m>(
    records: &'m [Metric],
    (line, offset): (&str, usize),
    at: usize,
    unit: Option<&str>,
) -> Option<&'m str> {
    let p = records.last()?;
    let between = line.get(p.end.checked_sub(offset)?..at.checked_sub(offset)?)?;
    let run = !between.contains(['；', ';', '。', '共']);
    let same = p.unit.is_some() && p.unit.as_deref() == unit && p.change.is_none();
    (run && same && is_part(p, (line, offset)))
        .then_some(p.subject.as_deref())
        .flatten()
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
    fn values_dealt_out_take_the_list_of_the_clause_before() {
        let line = "其中，网络文学、网上外卖和网络支付的用户规模增长最快，较上年分别增长5474万人、4777万人和7505万人。";
        let clause = line.find("较").unwrap();
        let got = list_before(line, (0, clause, 0), 3, (Kind::Count, Some("人")));
        assert_eq!(got, Some("网络文学、网上外卖和网络支付"));
        // a clause before that holds figures names their own
        assert_eq!(
            list_before(line, (0, clause, clause - 3), 3, (Kind::Count, None)),
            None
        );
    }

    #[test]
    fn a_measure_is_read_without_its_trend() {
        assert_eq!(before_trend("工业用电量增长较快"), "工业用电量");
        assert_eq!(before_trend("营业性货运量平稳增长"), "营业性货运量");
        assert_eq!(before_trend("港口货物吞吐量平稳"), "港口货物吞吐量");
        assert_eq!(before_trend("地区生产总值"), "地区生产总值");
        assert_eq!(before_trend("增长较快"), "增长较快");
    }

    #[test]
    fn a_list_is_read_without_the_words_around_it() {
        assert_eq!(
            list_only("客源主要来自中国台湾及中国大陆"),
            "中国台湾及中国大陆"
        );
        assert_eq!(
            list_only("以中国大陆、香港及中国台湾旅客为主"),
            "中国大陆、香港及中国台湾旅客"
        );
        assert_eq!(
            list_only("化学需氧量、二氧化硫排放总量"),
            "化学需氧量、二氧化硫排放总量"
        );
        assert_eq!(
            list_only("网上外卖、网络支付和在线旅行预订"),
            "网上外卖、网络支付和在线旅行预订"
        );
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
