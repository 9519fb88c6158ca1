//! A time word split by a bracket that glosses its year (`較上(108)年底減少
//! 4.2萬人`, `本（109）年1至9月`): what follows the bracket (`年底`) is the
//! end of that word, not a time phrase of its own. The word is mostly a
//! comparison's basis, and read alone its end would date the figure with
//! the document's year.

use super::is_num_char;

/// The first characters of the relative time words a bracket may split
/// (`上年`, `去年`, `前年`, `本年`, `今年`, `同年`, `次年`).
const WORD_STARTS: [char; 7] = ['上', '去', '前', '本', '今', '同', '次'];

/// Whether `before`, the clause up to a time phrase, ends with a bracket
/// holding a numeral alone (a year, `108`, `2022年`) right after the first
/// character of a relative time word.
pub(super) fn splits_a_word(before: &str) -> bool {
    let Some(inner) = before.strip_suffix([')', '）']) else {
        return false;
    };
    let Some(open) = inner.rfind(['(', '（']) else {
        return false;
    };
    let gloss = &inner[open..];
    let gloss = gloss
        .strip_prefix(['(', '（'])
        .unwrap_or(gloss)
        .trim_end_matches('年');
    let numeral = !gloss.is_empty() && gloss.chars().count() <= 4 && gloss.chars().all(is_num_char);
    numeral
        && inner[..open]
            .chars()
            .next_back()
            .is_some_and(|c| WORD_STARTS.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_gloss_inside_a_relative_word_splits_it() {
        assert!(splits_a_word("人口為2356.1萬人,較上(108)"));
        assert!(splits_a_word("較上（2022年）"));
        assert!(splits_a_word("本（109）"));
        assert!(!splits_a_word("全市（不含县）"));
        assert!(!splits_a_word("新北市(108)"));
        assert!(!splits_a_word("上(甲)"));
        assert!(!splits_a_word("較上"));
    }
}
