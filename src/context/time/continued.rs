//! Paragraphs that go on with the list of the paragraph before: a release
//! ranks places or items by a figure of one month (`今年5月的进口增至293亿元，
//! 其中以甲州居首，增长107亿元。`) and the next paragraph opens with a word
//! of going on (`接着是增长52亿元的乙州…`, `其次是…`) and writes no time of
//! its own. Its figures are of the time in force at the end of the
//! paragraph it goes on from, carried as a breakdown's are
//! (`breakdown.rs`): the time opening that paragraph, else the part of a
//! year written last as a figure's period in it (`…说，今年5月的进口…`).
//! Its `period` stays empty (SPEC §2.2).

/// The words that open such a paragraph, one a line
/// (`words/time-continuations.txt`).
const WORDS: &str = include_str!("../words/time-continuations.txt");

/// The words of [`WORDS`], parsed once, and the characters they open with.
fn words() -> &'static (Vec<&'static str>, Vec<char>) {
    static W: std::sync::OnceLock<(Vec<&'static str>, Vec<char>)> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let words = super::parse_words(WORDS);
        let mut firsts: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        (words, firsts)
    })
}

/// Whether the paragraph `line` opens with a word of going on with the
/// list before it.
pub(super) fn goes_on(line: &str) -> bool {
    let t = line.trim_start();
    let (words, firsts) = words();
    // (cheap refusal: few paragraphs open with the first character of one)
    if !t.chars().next().is_some_and(|c| firsts.contains(&c)) {
        return false;
    }
    words.iter().any(|w| t.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuations() {
        assert!(goes_on("接着是增长52亿元的乙州（份额占19.1%）"));
        assert!(goes_on("接著是增長38億令吉的丙州"));
        assert!(goes_on("其次是批发和零售业，占12%"));
        assert!(!goes_on("接着，全市开展了专项行动"));
        assert!(!goes_on("2023年，全市接着是增长"));
    }

    #[test]
    fn no_duplicates() {
        let (w, _) = words();
        let set: std::collections::HashSet<_> = w.iter().collect();
        assert!(!w.is_empty());
        assert_eq!(set.len(), w.len(), "time-continuations.txt has a duplicate");
    }
}
