//! The time written right before a figure in a change told from one value
//! to another (`由9月2.8%升至10月3.2%`, `扭转了去年12月2.9%的跌幅`): each
//! figure there is of the time written against it, not of the period in
//! force (`10月份，全市CPI由9月2.8%…`: the 2.8% is September's).

use super::{time_ending_at_end, trim_end_blanks, Base, Class, Found};

/// The most characters of a time phrase read back from the figure.
const BACK_CHARS: usize = 10;

/// The time phrase that ends right where the figure starts (`before` is the
/// text up to it), when what stands before the phrase makes the figure a
/// value of that time: `由`, `从` (a change's start), a verb and `至` or `到`
/// (its end: `升至10月3.2%`, read without the `至`), `扭转了` (a change
/// reversed). Written dates, a part of the year or a year word; no basis
/// word (`同期`), no span up to or since a time.
pub(super) fn period(before: &str) -> Option<&str> {
    let t = trim_end_blanks(before);
    // (cheap refusal: every phrase taken stands after one of these, within
    // reach; most figures' text has none of them there)
    let from = t
        .char_indices()
        .rev()
        .nth(BACK_CHARS + 2)
        .map_or(0, |(i, _)| i);
    if !t[from..].contains(['由', '从', '從', '至', '到', '了']) {
        return None;
    }
    time_ending_at_end(t, BACK_CHARS, valued_at).map(|(_, f)| f.text)
}

/// Whether `f` is a time a figure written right against it may be the
/// value of: written dates with no day, a part of the year or a year
/// word, read whole; not a span up to, from or since a time (also asked by
/// `bracketed.rs`).
pub(super) fn may_have_a_value(f: &Found<'_>) -> bool {
    let r = &f.reading;
    let kind = match r.base {
        Base::Dates(d) => d.start.day.is_none() && !d.odd,
        Base::Word(w) => matches!(w.class, Class::Span | Class::Year | Class::Restate),
        _ => false,
    };
    kind && !r.until
        && r.dropped == 0
        && !f.text.starts_with(['至', '到', '从', '從', '自', '由'])
        && !r.tails.iter().flatten().any(|t| *t == "since")
}

/// Whether the phrase `f`, after `head`, dates the figure right after it.
fn valued_at(head: &str, f: &Found<'_>) -> bool {
    if !may_have_a_value(f) || f.text.ends_with("同期") {
        return false;
    }
    let mut back = head.chars().rev();
    let (p, pp) = (back.next().unwrap_or(' '), back.next().unwrap_or(' '));
    let change_end = matches!(p, '至' | '到')
        && matches!(
            pp,
            '升' | '降'
                | '增'
                | '减'
                | '減'
                | '提'
                | '落'
                | '涨'
                | '漲'
                | '跌'
                | '扩'
                | '擴'
                | '缩'
                | '縮'
        );
    matches!(p, '由' | '从' | '從')
        || change_end
        || head.ends_with("扭转了")
        || head.ends_with("扭轉了")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_value_of_a_change_has_its_time() {
        assert_eq!(period("全市CPI由9月"), Some("9月"));
        assert_eq!(period("全市CPI由9月2.8%升至10月"), Some("10月"));
        assert_eq!(period("扭转了去年12月"), Some("去年12月"));
    }

    #[test]
    fn a_time_after_other_words_is_not_the_figure_s() {
        assert_eq!(period("全市完成投资"), None);
        assert_eq!(period("截至10月"), None);
        assert_eq!(period("由上年同期"), None);
        assert_eq!(period("全市1-10月"), None);
    }
}
