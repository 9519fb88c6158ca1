//! Where a subject read before its number ends (SPEC §2.1: a noun phrase
//! that holds no verb of the clause). Words written between the noun
//! phrase and the figure that are no part of it are cut off:
//!
//! - a rate's unit (`每` and a measure word, a number before it or not)
//!   between the measure and its figure: `小麦市场价为每斤1.17元`,
//!   `公路密度每100平方公里达134公里`, `补助标准为每人每年3500元`;
//! - a locative closing a range (`受访者当中，89%认为`) or the topic word
//!   `方面` (`消防特别服务方面共有4835宗`);
//! - a passive verb (`审计建议被采纳131条`) and `新增` after a noun
//!   (`城市低保新增276户`);
//! - another figure (`暴力犯罪下降16﹪（-26宗）`: a percent sign the scanner
//!   does not read leaves `16﹪` in the stretch before the bracketed count),
//!   with the change verb or link before it.
//!
//! Nothing but a comparison (`与去年相比`) or a change of another figure
//! left (`同比下降17.6﹪（-32宗）`) is no subject: the figure then restates
//! the one before and takes its subject.

use super::super::lexicon::{
    self,
    dict::{self, Pos},
};
use super::{strip_tail, Tail};
use crate::chars::{is_digit, is_small_chinese_digit, simplified};
use crate::units::BUILTIN;
use crate::Kind;

/// The subject `s` read before its number with the words after its noun
/// phrase cut off; `None` when nothing of it is left, or it is only a
/// comparison.
#[inline]
pub(super) fn cut_end(s: &str) -> Option<&str> {
    if !may_cut(s) {
        return Some(s);
    }
    cut_words(s)
}

/// [`cut_end`] of a subject [`may_cut`] lets through (few are: kept out
/// of line, so that the caller's own code stays as it was).
#[inline(never)]
fn cut_words(s: &str) -> Option<&str> {
    let mut s = s;
    for _ in 0..4 {
        if compares_only(s) || alone_no_subject(s) {
            return None;
        }
        let cut = before_figure(s)
            .or_else(|| before_per_unit(s))
            .or_else(|| before_figure_with_unit(s))
            .or_else(|| before_reckoning_note(s))
            .or_else(|| before_closing_word(s))
            .or_else(|| before_passive(s));
        let Some(head) = cut else {
            break;
        };
        s = strip_tail(head, &mut Tail::default());
        if s.is_empty() {
            return None;
        }
    }
    Some(s)
}

/// The last characters of `s` (three bytes each) that a rule of
/// [`cut_end`] reads: a rate's unit (`每100平方公里`) and a passive verb
/// are shorter.
const READ_CHARS: usize = 10;

/// Whether a rule of [`cut_end`] may act on `s`: its last character ends
/// a word or a figure they cut, or `每` or `被` stands among its last
/// [`READ_CHARS`] characters (most subjects are refused on these).
fn may_cut(s: &str) -> bool {
    let Some(last) = s.chars().next_back() else {
        return false;
    };
    let b = s.as_bytes();
    // (a figure with its unit, `人均GDP17861元`: a digit among the last
    // twelve bytes, four characters of three bytes)
    if is_digit(last)
        || b[b.len().saturating_sub(12)..]
            .iter()
            .any(u8::is_ascii_digit)
        || matches!(
            last,
            '比' | '较'
                | '較'
                | '中'
                | '面'
                | '着'
                | '著'
                | '第'
                | '增'
                | '﹪'
                | '%'
                | '％'
                | '‰'
                | '万'
                | '萬'
                | ')'
                | '）'
        )
    {
        return true;
    }
    // (`每` is E6 AF 8F in UTF-8, `被` E8 A2 AB: their middle bytes looked
    // for at once, each hit checked for the whole character)
    let from = b.len().saturating_sub(3 * READ_CHARS);
    memchr::memchr2_iter(0xAF, 0xA2, &b[from..]).any(|i| {
        let at = from + i;
        at >= 1
            && matches!(
                b.get(at - 1..at + 2),
                Some([0xE6, 0xAF, 0x8F] | [0xE8, 0xA2, 0xAB])
            )
    })
}

/// Whether `s` ends with a word closing a comparison (`相比`, `比较`:
/// `words/comparison-closers.txt`): a frame (`与2021年相比`), no measure.
fn compares_only(s: &str) -> bool {
    lexicon::COMPARISON_TAIL.suffix_of(s).is_some()
}

/// Whether `s` is a word that never names what is measured: the topic
/// word `方面` or a sequence word (`接着`) alone, or a phrase ending with
/// the ordinal prefix `第` cut from its number (`位列第`).
fn alone_no_subject(s: &str) -> bool {
    matches!(s, "方面" | "接着" | "接著") || s.ends_with('第')
}

/// Whether `np`, read after the measure word, names the level a figure
/// reaches (`突破43亿人次大关`, `跃上6000亿元台阶`), not what is counted:
/// the measure is then named before the number.
pub(super) fn names_level(np: &str) -> bool {
    matches!(
        np,
        "大关" | "大關" | "关口" | "關口" | "台阶" | "台階" | "臺階"
    )
}

/// `s` before a figure that ends it (`暴力犯罪下降16﹪` → `暴力犯罪下降`,
/// `孕产妇死亡率为 16.9/10 万`): digits after an ideograph or a blank,
/// with a decimal point, a slash, a percent sign or `万` among them. A
/// Latin code keeps its digits (`PM2.5`).
fn before_figure(s: &str) -> Option<&str> {
    let t = s.trim_end_matches(|c: char| {
        is_digit(c)
            || matches!(
                c,
                '.' | '．' | '/' | '﹪' | '%' | '％' | '‰' | ' ' | '万' | '萬' | '和' | '及' | '、'
            )
    });
    let cut = &s[t.len()..];
    let last = t.chars().next_back()?;
    (cut.chars().any(is_digit)
        && cut.trim_start().starts_with(is_digit)
        && !last.is_ascii_alphanumeric())
    .then_some(t)
}

/// `s` before a figure with its unit that ends it, a quantity the scanner
/// did not take as a metric (`人均GDP17861元` before `（折合2805美元）`):
/// digits, a magnitude word or none, and a whole unit of a count, a sum
/// or a physical quantity (no time: `2023年`), with two characters or
/// more before them. Unlike [`before_figure`] a Latin word may stand
/// before the digits: the unit shows them a figure, no code (`PM2.5`).
fn before_figure_with_unit(s: &str) -> Option<&str> {
    let digits_end = s.rfind(is_digit)?;
    let digits_end = digits_end + s[digits_end..].chars().next()?.len_utf8();
    let unit = s[digits_end..].trim_start_matches(['万', '萬', '亿', '億', '千', '百']);
    let m = BUILTIN.longest_match(unit)?;
    if unit.is_empty()
        || m.len != unit.len()
        || matches!(m.kind, Kind::Duration | Kind::Age | Kind::Other)
    {
        return None;
    }
    let head =
        s[..digits_end].trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    // (`每100平方公里`: a rate's unit, [`before_per_unit`]'s)
    (head.chars().nth(1).is_some() && !head.ends_with('每')).then_some(head)
}

/// `s` before a bracket closing it that says how the measure is reckoned
/// (`整体罪案率（以每十万名人口计算的罪案比率）`, `经费投入强度（与营业收入
/// 之比）`): a note opening with `以`, `按` or `与` and holding `计算` or
/// `之比`, no part of the name (a bracket naming a part or a kind stays:
/// `县（市、区）`, `总规模（总产出）`).
fn before_reckoning_note(s: &str) -> Option<&str> {
    if !s.ends_with([')', '）']) {
        return None;
    }
    let open = s.rfind(['（', '('])?;
    let note = &s[open..];
    let inner = note[note.chars().next()?.len_utf8()..].trim_end_matches([')', '）']);
    let reckons = inner.starts_with(['以', '按', '与', '與'])
        && ["计算", "計算", "之比"].iter().any(|w| inner.contains(w))
        && !inner.contains(['（', '(']);
    (reckons && s[..open].chars().nth(1).is_some()).then(|| &s[..open])
}

/// `s` before a rate's unit that ends it: `每`, a number or none, and a
/// measure word (`每斤`, `每100平方公里`, `每人每年`), with two characters
/// or more before it.
fn before_per_unit(s: &str) -> Option<&str> {
    let mut end = s.len();
    let mut cut = None;
    // (`每人每年`: one unit after another)
    for _ in 0..3 {
        let Some(i) = s[..end].rfind('每') else {
            break;
        };
        let unit = s[i + '每'.len_utf8()..end].trim_start_matches(|c: char| {
            let c = simplified(c);
            is_digit(c) || is_small_chinese_digit(c) || matches!(c, '百' | '千' | '万')
        });
        let whole = !unit.is_empty()
            && BUILTIN
                .longest_match(unit)
                .is_some_and(|u| u.len == unit.len());
        if !whole {
            break;
        }
        end = i;
        cut = Some(i);
    }
    let i = cut?;
    (s[..i].chars().nth(1).is_some()).then(|| &s[..i])
}

/// `s` before a locative closing a range (`当中`, `之中`) or the topic
/// word `方面`, with two characters or more before it.
fn before_closing_word(s: &str) -> Option<&str> {
    let w = ["当中", "當中", "之中", "方面"]
        .into_iter()
        .find(|w| s.ends_with(w))?;
    let head = &s[..s.len() - w.len()];
    (head.chars().nth(1).is_some()).then_some(head)
}

/// `s` before a passive verb that ends it (`审计建议被采纳`) or `新增`
/// after a noun (`城市低保新增`), with two characters or more before it.
fn before_passive(s: &str) -> Option<&str> {
    let head = if let Some(h) = s.strip_suffix("新增") {
        h
    } else {
        let i = s.rfind('被')?;
        let verb = &s[i + '被'.len_utf8()..];
        let ws = dict::segment(verb);
        let mut it = ws.iter();
        match (it.next(), it.next()) {
            (Some((0, e, Pos::Verb)), None) if e == verb.len() => &s[..i],
            _ => return None,
        }
    };
    (head.chars().nth(1).is_some()).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::cut_end;

    #[test]
    fn words_after_the_noun_phrase_are_cut() {
        for (s, want) in [
            ("小麦集贸市场价为每斤", Some("小麦集贸市场价")),
            ("公路密度每100平方公里", Some("公路密度")),
            ("补助标准为每人每年", Some("补助标准")),
            ("受访者当中", Some("受访者")),
            ("消防特别服务方面", Some("消防特别服务")),
            ("审计建议被采纳", Some("审计建议")),
            ("城市低保新增", Some("城市低保")),
            ("暴力犯罪下降16﹪", Some("暴力犯罪")),
            ("孕产妇死亡率为 16.9/10 万", Some("孕产妇死亡率")),
            (
                "城乡死亡率分别为 14.1/10 万和 18.5/10 万",
                Some("城乡死亡率"),
            ),
            ("人均GDP17861元", Some("人均GDP")),
            ("综合收入12.5亿元", Some("综合收入")),
            (
                "整体罪案率（以每十万名人口计算的罪案比率）",
                Some("整体罪案率"),
            ),
            ("经费投入强度(与营业收入之比)", Some("经费投入强度")),
            ("位列第", None),
            ("接着", None),
            ("方面", None),
            ("同比下降17.6﹪", None),
            ("与2021年相比", None),
        ] {
            assert_eq!(cut_end(s), want, "{s}");
        }
    }

    #[test]
    fn whole_noun_phrases_stay() {
        for s in [
            "PM2.5",
            "每万人口拥有执业医师",
            "平均每年人口增长",
            "城镇新增就业",
            "5G基站",
            "县(市、区)",
            "体育产业总规模(总产出)",
            "2023年",
            "每人每月实质总薪资",
        ] {
            assert_eq!(cut_end(s), Some(s), "{s}");
        }
    }
}
