//! A list of kinds summed by `共计`/`合计` before a verb and the noun they
//! are kinds of (`国内增值税、营业税、资源税和城建税共计完成税收956亿元`):
//! the figure totals the listed items, and the noun after the verb only
//! repeats what they are (each item is a kind of it: Chinese compounds
//! put the head last, `增值税` is a `税`). The list is the subject.

use crate::context::lexicon;

/// Words of summing that close a list of what is summed.
const TOTALS: [&str; 4] = ["共计", "合计", "共計", "合計"];

/// The list of kinds in `raw` (the clause before the figure) that a word
/// of summing closes, when `subject` (read after that word) names what
/// each item is a kind of: every item's last character stands in it.
pub(super) fn listed_kinds<'a>(raw: &'a str, subject: &str) -> Option<&'a str> {
    // (one scan for the second character before the words are matched)
    let (i, total) = raw.match_indices(['计', '計']).find_map(|(k, _)| {
        let at = k.checked_sub(3)?;
        let t = raw.get(at..k + 3)?;
        TOTALS.contains(&t).then_some((at, t))
    })?;
    let (r, s) = (raw.as_ptr() as usize, subject.as_ptr() as usize);
    if s < r + i + total.len() || s > r + raw.len() {
        return None;
    }
    let start = raw[..i]
        .rfind(['，', ',', '；', ';', '：', ':', '。'])
        .map_or(0, |k| k + raw[k..].chars().next().map_or(1, char::len_utf8));
    let list = &raw[start..i];
    if !list.contains('、') || list.contains(['的', '等']) {
        return None;
    }
    let mut items: Vec<&str> = list.split('、').collect();
    let last = items.pop()?;
    let split = lexicon::LAST_JOINERS
        .iter()
        .find_map(|c| last.rfind(c).map(|k| (k, c.len())))
        .map(|(k, n)| vec![&last[..k], &last[k + n..]])
        .unwrap_or_else(|| vec![last]);
    items.extend(split);
    let kinds = items.iter().all(|it| {
        it.chars().count() >= 2 && it.chars().next_back().is_some_and(|c| subject.contains(c))
    });
    kinds.then_some(list)
}

#[cfg(test)]
mod tests {
    use super::listed_kinds;

    #[test]
    fn kinds_summed_before_the_noun_they_are_of() {
        let raw = "其中国内增值税、营业税和资源税共计完成税收";
        let subj = &raw[raw.rfind("税收").unwrap()..];
        assert_eq!(
            listed_kinds(raw, subj),
            Some("其中国内增值税、营业税和资源税")
        );
        let raw = "企业、个人共计捐款";
        let subj = &raw[raw.rfind("捐款").unwrap()..];
        assert_eq!(listed_kinds(raw, subj), None);
    }
}
