//! Figures written in brackets beside the name they belong to: one figure
//! per place or unit under one measure named once (SPEC §2.1), the shape a
//! report gives its figures of comparison in.
//!
//! - A name right before a bracket that holds the figure alone
//!   (`比全省（7.4%）和全国（6.3%）分别高1.7、2.8个百分点`, `纺织（12.1%）、
//!   食品（9.8%）`, `既定目标（即92.5%）`): the figure is the value of that
//!   name, after the preposition of a comparison (`比`, `较`) if one opens
//!   it.
//! - A scope word of a place (`全国`, `全省`: `全` and a place's ending)
//!   alone before a figure inside a bracket (`增长11.0%（全国10.7%、全省
//!   10.1%）`): the place whose value it is. At the head of a longer
//!   subject such a word is dropped (`全省规模以上工业增加值`); standing
//!   alone, or before the name of a level (`全国平均水平`), it names what
//!   the figure is of.

use super::super::lexicon::dict;
use super::super::period;
use super::super::place_list;
use crate::record::Kind;

/// Brackets that open and close.
const OPEN: [char; 2] = ['（', '('];
/// See [`OPEN`].
const CLOSE: [char; 2] = ['）', ')'];

/// The longest stretch before a figure that may be a scope word with the
/// marks around it (`（全自治区`, `、 全国 `), in bytes.
const SCOPE_STRETCH_BYTES: usize = 24;

/// A figure written in brackets beside its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Bracketed<'a> {
    /// The name it belongs to.
    pub(crate) subject: &'a str,
    /// Whether it is a value compared with (a place beside a figure, or
    /// after `比` in its clause): then no `分别` after it deals its name
    /// out, and a bare difference after it is of [`Self::measure`].
    pub(crate) compared: bool,
    /// The measure compared, named before `比` in the clause
    /// (`增速比全省（17.3%）…`); none named, the measure of the figure
    /// before.
    pub(crate) measure: Option<&'a str>,
}

/// The name a figure written in brackets belongs to: `head` is its
/// sentence up to it, `clause` its clause up to it, `before` the stretch
/// read before it (from the previous figure or the clause's start),
/// `after` the text after it.
pub(crate) fn bracketed<'a>(
    head: &str,
    clause: &'a str,
    before: &'a str,
    after: &str,
    kind: Kind,
    unit: Option<&str>,
) -> Option<Bracketed<'a>> {
    // (most figures are neither: a short stretch before, or a bracket
    // closing right after, told by length and bytes first)
    if before.len() <= SCOPE_STRETCH_BYTES {
        if let Some(s) = scope_in_bracket(head, before) {
            return Some(Bracketed {
                subject: s,
                compared: true,
                measure: None,
            });
        }
    }
    if !matches!(
        after.as_bytes(),
        [b')' | b' ', ..] | [0xEF, 0xBC, 0x89, ..] | [0xE3, 0x80, 0x80, ..]
    ) {
        return None;
    }
    let subject = named_before_bracket(before, after, kind, unit)?;
    let basis = comparison_at(clause);
    let measure = basis
        .map(|(at, _)| clause[..at].trim())
        .filter(|m| !m.is_empty())
        .and_then(|m| super::analyse(m, "", kind, unit).subject);
    Some(Bracketed {
        subject,
        compared: basis.is_some(),
        measure,
    })
}

/// The length in bytes of a scope word of a place at the start of `s`
/// (`全国`, `全省`, `全地区`).
fn scope_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('全')?;
    place_list::place_end_at_start(rest).map(|n| '全'.len_utf8() + n)
}

/// A scope word alone before the figure (`before`, after the list mark
/// or bracket that opens it) inside a bracket still open in `head`.
fn scope_in_bracket<'a>(head: &str, before: &'a str) -> Option<&'a str> {
    let s = before
        .trim_start_matches(|c: char| {
            c.is_whitespace() || OPEN.contains(&c) || matches!(c, '、' | '，' | ',' | '；' | ';')
        })
        .trim_end();
    if scope_len(s)? != s.len() {
        return None;
    }
    let open = head.rfind(OPEN)?;
    (!head[open..].contains(CLOSE)).then_some(s)
}

/// The name right before a bracket holding the figure alone (or after
/// `即`, which restates what the name is).
fn named_before_bracket<'a>(
    before: &'a str,
    after: &str,
    kind: Kind,
    unit: Option<&str>,
) -> Option<&'a str> {
    if !after.trim_start().starts_with(CLOSE) {
        return None;
    }
    let inner = before.trim_end();
    let inner = inner.strip_suffix('即').unwrap_or(inner).trim_end();
    let stretch = inner.strip_suffix(OPEN)?;
    // (from the last bracket closed and the list mark after it:
    // `砂拉越(8.%)及吉隆坡(`, `彭亨(5.2%)、柔佛(`)
    let from = stretch
        .char_indices()
        .rfind(|&(_, c)| CLOSE.contains(&c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let stretch = stretch[from..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','))
        .trim_end();
    // (`与上年相比（即…）`: the basis closed, no name)
    if stretch.is_empty() || stretch.ends_with("相比") {
        return None;
    }
    let named = after_comparison(stretch).unwrap_or(stretch);
    // (a time compared with, `比2022年（56.8%）`, `较去年同期（`: the
    // figure is the measure's at that time, not a place's)
    if is_time_basis(named) {
        return None;
    }
    name_of(named, kind, unit)
}

/// Whether `s` is a time phrase, whole or before `同期` (`2022年`,
/// `2020年末`, `“十三五”末`, `去年同期`, `同期`).
fn is_time_basis(s: &str) -> bool {
    let s = s.strip_suffix("同期").unwrap_or(s);
    s.is_empty() || period::read(s).is_some_and(|r| r.len == s.len())
}

/// Where the last word of comparison (`比`, `较`) of `s` starts and ends,
/// read as a word (not `比重`, `比较`).
fn comparison_at(s: &str) -> Option<(usize, usize)> {
    if !s.contains(['比', '较', '較']) {
        return None;
    }
    dict::segment(s)
        .iter()
        .filter(|&(a, b, _)| matches!(&s[a..b], "比" | "较" | "較"))
        .last()
        .map(|(a, b, _)| (a, b))
}

/// The stretch after the last word of comparison of `s` ([`comparison_at`]).
fn after_comparison(s: &str) -> Option<&str> {
    let rest = s[comparison_at(s)?.1..].trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// The name `np` is read as: a scope word of a place alone or before the
/// name of a level (`全国平均水平`) whole, else what the subject rules read.
fn name_of<'a>(np: &'a str, kind: Kind, unit: Option<&str>) -> Option<&'a str> {
    // (a join before it: `和全国`)
    let joined = np
        .strip_prefix(['和', '及', '与', '與'])
        .filter(|s| scope_len(s).is_some())
        .unwrap_or(np);
    let read = super::analyse(np, "", kind, unit).subject;
    match scope_len(joined) {
        Some(n) if n == joined.len() => Some(joined),
        Some(n) if read == Some(&joined[n..]) => Some(joined),
        _ => read,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject<'a>(head: &'a str, before: &'a str, after: &str) -> Option<&'a str> {
        bracketed(head, head, before, after, Kind::Percent, Some("%")).map(|b| b.subject)
    }

    #[test]
    fn a_scope_word_inside_a_bracket_is_the_place_compared() {
        let head = "零售总额增长9.5%（全国8.0%、全省";
        assert_eq!(subject(head, "、全省", "）"), Some("全省"));
        assert_eq!(subject("增长9.5%（全国", "（全国", "、"), Some("全国"));
        // (outside a bracket, or with more named, no such reading)
        assert_eq!(subject("增长9.5%，全国", "全国", "，"), None);
        assert_eq!(subject("增长9.5%（全国工业", "（全国工业", "、"), None);
    }

    #[test]
    fn a_name_before_a_bracket_owns_the_figure_in_it() {
        assert_eq!(subject("比全省（", "比全省（", "）和"), Some("全省"));
        assert_eq!(
            subject("）和全国平均水平（", "）和全国平均水平（", "）分别高"),
            Some("全国平均水平")
        );
        let b = bracketed(
            "增速比全省（",
            "增速比全省（",
            "比全省（",
            "）",
            Kind::Percent,
            None,
        );
        assert_eq!(
            b.map(|b| (b.compared, b.measure)),
            Some((true, Some("增速")))
        );
        assert_eq!(subject("与上年相比（即", "与上年相比（即", "）"), None);
        // (a time compared with is no name: the measure's figure then)
        for head in [
            "比2022年（",
            "较去年同期（",
            "较2020年末（",
            "较“十三五”末（",
        ] {
            assert_eq!(subject(head, head, "）提高"), None, "{head}");
        }
        // (a bracket right after a figure restates it)
        assert_eq!(subject("下降13.9%（", "（", "）"), None);
    }
}
