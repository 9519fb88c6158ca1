//! A rate written after its figure with `的`: `湖北省以58.3%的同比增速排名`,
//! `19.5%的增速，也高于全国`, `過去10年4.5%的平均趨勢增長率`.
//!
//! The figure modifies the noun of the rate, and that noun is what it
//! measures, whatever stands before the figure (the place it is of, a
//! preposition `以`). The noun of a rate opens with a change word
//! (`增速`, `增长率`, `涨幅`), which the noun-phrase reader takes for a
//! predicate; here it is read as a noun: a short stretch after `的`, with
//! no verb in it, that ends in the name of a rate.

use super::super::lexicon;

/// Longest name of a rate read, in characters.
const MAX_CHARS: usize = 10;

/// The name of a rate at the start of `s` (the text after `的` that
/// follows a percentage), ending in a rate's name (`words/rate-ends.txt`).
pub(super) fn rate_named_after(s: &str) -> Option<&str> {
    let mut end = None;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n >= MAX_CHARS || !is_name_char(c) {
            break;
        }
        if let Some(e) = lexicon::RATE_END_SET.prefix_of(&s[i..]) {
            end = Some((i, i + e.len()));
            break;
        }
    }
    let (start, end) = end?;
    let np = &s[..end];
    let modifier = &np[..start];
    if lexicon::VERB_SET.occurs_in(modifier) {
        return None;
    }
    Some(np)
}

/// Characters a name of a rate is written with: no clause mark, bracket,
/// quote or `的` (which opens another modifier).
fn is_name_char(c: char) -> bool {
    c != '的' && (c.is_alphanumeric() || c == '·')
}

#[cfg(test)]
mod tests {
    use super::rate_named_after;

    #[test]
    fn a_rate_after_its_figure_is_read_whole() {
        assert_eq!(
            rate_named_after("同比增速排名全国第一位。"),
            Some("同比增速")
        );
        assert_eq!(rate_named_after("增速，也高于全国"), Some("增速"));
        assert_eq!(
            rate_named_after("平均趨勢增長率。外圍"),
            Some("平均趨勢增長率")
        );
        assert_eq!(rate_named_after("GDP同比增速，足以"), Some("GDP同比增速"));
    }

    #[test]
    fn no_rate_or_a_clause_reads_nothing() {
        assert_eq!(rate_named_after("县医院达到三级医院服务能力"), None);
        assert_eq!(rate_named_after("目标。"), None);
        assert_eq!(rate_named_after("企业实现营业收入增速"), None);
    }
}
