//! A paragraph that opens with a run-in label, a space, then its time
//! (`大气环境 2022年，市区空气质量优良天数比例为95.1%`, `农业 全年粮食总产量…`):
//! bulletins head each part so, the label naming the topic as a heading
//! would. The time after the space heads the clause, as with no label.

use super::Found;
use crate::context::lexicon::dict::{segment, Pos};

/// The most characters a run-in label takes.
const LABEL_CHARS: usize = 8;

/// `c`, a clause that opens with an ideograph, past a run-in label and its
/// space when a time phrase follows them: two to eight ideographs ending
/// in a noun (not `分别比 2010 年`, a basis in text spaced between words),
/// then one or more spaces (ASCII or ideographic).
pub(super) fn past_label(c: &str) -> Option<&str> {
    // (asked at the head of every clause: a label is all ideographs of
    // three bytes, so its space, ASCII or the lead byte of `\u{3000}`,
    // stands at a multiple of three bytes; only those seven bytes are read)
    let b = c.as_bytes();
    let k = (2..=LABEL_CHARS)
        .map(|n| n * 3)
        .find(|&at| matches!(b.get(at), Some(b' ' | 0xE3)))?;
    if !c[k..].starts_with([' ', '\u{3000}']) {
        return None;
    }
    let label = &c[..k];
    if label.chars().count() < 2 || !label.chars().all(crate::chars::is_ideograph) {
        return None;
    }
    let words = segment(label);
    if words
        .iter()
        .last()
        .is_none_or(|(_, _, pos)| pos != Pos::Noun)
    {
        return None;
    }
    let after = c[k..].trim_start_matches([' ', '\u{3000}']);
    Found::at(after).is_some().then_some(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_then_a_time() {
        assert_eq!(past_label("大气环境 2022年"), Some("2022年"));
        assert_eq!(
            past_label("农业\u{3000}全年粮食总产量"),
            Some("全年粮食总产量")
        );
    }

    #[test]
    fn no_label_or_no_time() {
        assert_eq!(past_label("大气环境 市区空气质量"), None);
        assert_eq!(past_label("全市 2022年"), Some("2022年"));
        assert_eq!(past_label("某 2022年"), None);
        assert_eq!(past_label("分别比 2010 年降低"), None);
        assert_eq!(past_label("2022年全市"), None);
        assert_eq!(past_label("一二三四五六七八九 2022年"), None);
    }
}
