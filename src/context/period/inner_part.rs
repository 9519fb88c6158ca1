//! A part of the year stated inside the opening sentence of a paragraph
//! that reports no figure (`细看各大领域，多数在1月迎来增长。`, `全市经济10月份
//! 继续保持回升态势。`, `全市规上工业在1-10月保持较快增长。`): release paragraphs
//! open so and go on with the figures of that month or span, sentence after
//! sentence (`其中，制造业增长6.2%。`). The part of the year dates them, as a
//! written year there does ([`super::Scope`]'s inner year): the text has
//! said what time it speaks of.

use super::{
    after_topic, is_mid_lead, is_num_char, offset_in, part_of_year, predicate_follows, Base, Class,
    Found, Reading,
};

/// Whether `r` tells its months by a tail after a year (`今年1月`, `今年首季`,
/// `2023年首三季`): the tails of `period-tails.tsv` that name months are
/// written `MM-MM` (`01-03`), and the months after a year word too.
/// `01-12` (`去年全年`) is the whole year, no part of it.
pub(super) fn months_tail(r: &Reading) -> bool {
    r.tails[0].is_some_and(|t| t.as_bytes().first().is_some_and(u8::is_ascii_digit) && t != "01-12")
}

/// Whether `text` may write a part of a year: `月` or `季` after a numeral
/// (`10月份`, `1-10月`, `第四季度`, `前三季`), or `半年` (`上半年`). A cheap
/// refusal, asked before a clause is read for its phrases.
pub(super) fn writes_a_part(text: &str) -> bool {
    let after_numeral = |unit: char| {
        text.match_indices(unit)
            .any(|(k, _)| text[..k].chars().next_back().is_some_and(is_num_char))
    };
    after_numeral('月') || after_numeral('季') || text.contains("半年")
}

/// Whether `f`, read inside `clause` of an opening sentence with no
/// figure, is a part of the year that stays in force after it: a month, a
/// span of months, a quarter or a half with no year written (a year is
/// the inner year's), no day; after a lead (`在1月`, `于前三季度`) or between
/// the topic and what is said of it (`全市经济10月份继续…`), not modifying a
/// noun with `的` (`去年第四季度的销售额`: the figure's own), no span up to or
/// since a time (`至10月底`, `1月以来` scope their own sentence), no date of
/// an act told (`已在10月…`).
pub(super) fn carries(clause: &str, f: &Found<'_>) -> bool {
    let r = &f.reading;
    if r.dated() || !part_of_year(f) || r.until || r.tails.iter().flatten().any(|t| *t == "since") {
        return false;
    }
    let i = offset_in(clause, f.text);
    let p = clause[..i].chars().next_back().unwrap_or(' ');
    let rest = &clause[i + f.text.len()..];
    let placed = is_mid_lead(p) && !matches!(p, '、' | '对' | '對');
    (placed || (after_topic(clause, i, f) && predicate_follows(rest)))
        && !names_a_noun_or_bound(clause, i, f)
}

/// Whether `f`, at byte `i` of `clause`, modifies a noun with `的`
/// (`去年第四季度的销售额`), bounds a span (`至10月底`, `1月以来`, `10月起`)
/// or dates an act told (`已在10月…`): then it carries no period on.
pub(super) fn names_a_noun_or_bound(clause: &str, i: usize, f: &Found<'_>) -> bool {
    let pp = clause[..i].chars().rev().nth(1).unwrap_or(' ');
    let rest = &clause[i + f.text.len()..];
    matches!(pp, '已' | '曾' | '早')
        || rest.starts_with(['的', '起', '底', '末'])
        || f.text.starts_with(['到', '至', '从', '從', '自'])
        || f.text.ends_with(['起', '来', '來', '今', '底', '末'])
}

/// Whether `f`, the period of the last figure of a paragraph's opening
/// sentence `sentence`, a part of the year (a month, a span of months, a
/// quarter, a half), stands right after the topic its clause opens with
/// (`规模以上工业增加值1-10月同比增长5%。`, `该公司上半年营业收入10亿元…。`,
/// `…公布，该国第三季度国内生产总值…`): the sentence has said what time it
/// reports, and the figures of the sentences after it (`其中，制造业增长
/// 6.2%。`) are of that time, as after one heading the sentence. The topic
/// is a short run of ideographs ending in a noun or the name of a body,
/// with no comparison, share or span in it (`比2019年`, `占2023年`, `至10月`);
/// no `的`, `起`, `以来`, `底` after the phrase (a noun it names, or a span
/// that names itself).
pub(super) fn after_opening_topic(sentence: &str, f: &Found<'_>) -> bool {
    // (a year alone after a topic is as often one step of a review walking
    // year by year, `国民生产总值１９８７年达到…`, or the year of a name,
    // `上海高院2024年工作报告`)
    if !part_of_year(f) && !year_word(f) {
        return false;
    }
    let at = offset_in(sentence, f.text);
    let start = sentence[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '：' | ':'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let topic = &sentence[start..at];
    let rest = &sentence[at + f.reading.len..];
    let short = (1..=TOPIC_CHARS).contains(&topic.chars().count());
    short
        && topic.chars().all(crate::chars::is_ideograph)
        && !topic.contains(NOT_IN_TOPIC)
        && !rest.starts_with(NOT_AFTER)
        && ends_a_topic(topic)
}

/// Whether `f` is a word for the whole year in force or its end (`全年`,
/// `年末`, `年底`), no year written: after a bulletin's run-in topic
/// (`国民经济全年实现…`, `人口年末常住人口…`, `粮食全年农作物播种面积…`) it
/// says what time the paragraph reports, as a part of the year does; it
/// can be no step of a review walking year by year.
fn year_word(f: &Found<'_>) -> bool {
    match f.reading.base {
        Base::Word(w) => {
            f.reading.tails.iter().all(Option::is_none)
                && (w.class == Class::Year || w.time.starts_with("end:"))
        }
        _ => false,
    }
}

/// The most characters of the topic before the phrase in
/// [`after_opening_topic`].
const TOPIC_CHARS: usize = 12;

/// Characters no topic of [`after_opening_topic`] holds: of a comparison, a
/// share, a span's end or start, a lead.
const NOT_IN_TOPIC: [char; 17] = [
    '比', '较', '較', '与', '與', '同', '占', '佔', '至', '到', '从', '從', '自', '由', '在', '于',
    '於',
];

/// Characters that make the phrase part of a noun or a span naming itself
/// when they follow it ([`after_opening_topic`]).
const NOT_AFTER: [char; 11] = [
    '的', '起', '以', '之', '前', '后', '後', '末', '底', '第', '初',
];

/// Whether `topic` ends in a noun (the dictionary's last word of it) or a
/// character that ends the name of a place or body (`该国`, `全市`).
fn ends_a_topic(topic: &str) -> bool {
    use crate::context::lexicon::dict::{segment, Pos};
    if topic.chars().next_back().is_some_and(super::ends_body_name) {
        return true;
    }
    let words = segment(topic);
    words
        .iter()
        .last()
        .is_some_and(|(a, b, pos)| pos == Pos::Noun && topic[a..b].chars().count() > 1)
}

/// Whether `c`, right before `于`, makes it compare (`高于`, `快于`, `好于`,
/// `早于`, `等于`): what follows is the basis of a comparison, no period of
/// the figure (`但仍快于7月和8月，也比三季度快0.2个百分点`).
pub(super) fn degree_before_yu(c: char) -> bool {
    matches!(
        c,
        '高' | '低'
            | '多'
            | '少'
            | '大'
            | '小'
            | '超'
            | '优'
            | '優'
            | '快'
            | '慢'
            | '好'
            | '强'
            | '強'
            | '弱'
            | '早'
            | '晚'
            | '等'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_the_year_are_told_by_their_units() {
        assert!(writes_a_part("多数在1月迎来增长"));
        assert!(writes_a_part("全市经济在前三季度持续回升"));
        assert!(writes_a_part("全县经济上半年稳中有进"));
        assert!(!writes_a_part("全县经济运行平稳"));
        assert!(!writes_a_part("全市经济2023年稳中有进"));
    }

    fn carried(clause: &str) -> Option<&str> {
        super::super::inside(clause)
            .filter(|f| carries(clause, f))
            .map(|f| f.text)
    }

    #[test]
    fn a_part_after_a_lead_or_a_topic_carries() {
        assert_eq!(carried("多数在1月迎来增长"), Some("1月"));
        assert_eq!(carried("全市规上工业在1-10月保持较快增长"), Some("1-10月"));
    }

    #[test]
    fn a_part_naming_a_noun_or_bounding_a_span_does_not() {
        assert_eq!(carried("所有行业去年第四季度的销售额都有所增长"), None);
        assert_eq!(carried("各项工作截至10月底进展顺利"), None);
        assert_eq!(carried("全市经济在2023年稳中有进"), None);
    }
}
