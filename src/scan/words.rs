//! The scanner's word lists, read from the data files in `src/data/` at
//! first use. Each file holds one entry per line (`#` starts a comment
//! line); a keyed file holds `key<TAB>word`. Words are in simplified script
//! and are matched on text in either script
//! ([`starts_with_simplified`](crate::chars::starts_with_simplified)).

use once_cell::sync::Lazy;

use crate::chars::{simplified, starts_with_simplified};

/// One word per line.
fn parse_words(text: &'static str) -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.contains(char::is_whitespace) {
            return Err(format!("one word per line, no spaces: {line:?}"));
        }
        out.push(line);
    }
    Ok(out)
}

/// `key<TAB>word` per line.
fn parse_keyed(text: &'static str) -> Result<Vec<(&'static str, &'static str)>, String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split('\t').collect::<Vec<_>>()[..] {
            [k, w] if !k.is_empty() && !w.is_empty() && !w.contains(' ') => out.push((k, w)),
            _ => return Err(format!("expected key<TAB>word: {line:?}")),
        }
    }
    Ok(out)
}

/// The words of one data file, with the sorted sets of their first and
/// last characters: most texts start or end with none of them and are done
/// with one look-up.
struct WordSet {
    words: Vec<&'static str>,
    /// Per word, its first and last characters and its length in
    /// characters (so that no word is decoded at each look-up).
    shapes: Vec<(char, char, usize)>,
    firsts: Vec<char>,
    lasts: Vec<char>,
}

impl WordSet {
    fn new(words: Vec<&'static str>) -> WordSet {
        let set = |pick: fn(&str) -> Option<char>| {
            let mut v: Vec<char> = words.iter().filter_map(|w| pick(w)).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let shapes = words
            .iter()
            .map(|w| {
                let mut cs = w.chars();
                let first = cs.next().unwrap_or_default();
                (first, cs.next_back().unwrap_or(first), w.chars().count())
            })
            .collect();
        WordSet {
            firsts: set(|w| w.chars().next()),
            lasts: set(|w| w.chars().next_back()),
            shapes,
            words,
        }
    }
}

/// A word list read from one data file.
pub(crate) struct Words {
    set: Lazy<WordSet>,
}

impl Words {
    /// The words whose first character is `text`'s (in simplified script).
    fn starting_like<'s>(&'s self, text: &str) -> impl Iterator<Item = &'static str> + 's {
        let first = text
            .chars()
            .next()
            .map(simplified)
            .filter(|c| self.set.firsts.binary_search(c).is_ok());
        // (no word starts so: nothing to walk)
        let words = if first.is_some() {
            &self.set.words[..]
        } else {
            &[]
        };
        words
            .iter()
            .zip(&self.set.shapes)
            .filter(move |(_, shape)| Some(shape.0) == first)
            .map(|(w, _)| *w)
    }

    /// Whether `text` starts with one of the words.
    pub(crate) fn starts(&self, text: &str) -> bool {
        self.starting_like(text)
            .any(|w| starts_with_simplified(text, w))
    }

    /// The length in bytes of `text` of the longest word it starts with.
    pub(crate) fn len_at(&self, text: &str) -> Option<usize> {
        self.starting_like(text)
            .filter(|w| starts_with_simplified(text, w))
            .map(|w| {
                let n = w.chars().count();
                text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
            })
            .max()
    }

    /// Whether `text` ends with one of the words.
    pub(crate) fn ends(&self, text: &str) -> bool {
        let Some(last) = text.chars().next_back().map(simplified) else {
            return false;
        };
        if self.set.lasts.binary_search(&last).is_err() {
            return false;
        }
        self.set
            .words
            .iter()
            .zip(&self.set.shapes)
            .any(|(w, &(_, w_last, n))| {
                w_last == last
                    && text
                        .char_indices()
                        .rev()
                        .nth(n - 1)
                        .is_some_and(|(i, _)| starts_with_simplified(&text[i..], w))
            })
    }

    /// Whether `text` contains one of the words.
    pub(crate) fn within(&self, text: &str) -> bool {
        text.char_indices().any(|(i, _)| self.starts(&text[i..]))
    }

    /// Whether `word` is in the list (most words end with a character no
    /// listed word ends with, and are done with one look-up).
    pub(crate) fn has(&self, word: &str) -> bool {
        word.chars()
            .next_back()
            .is_some_and(|last| self.set.lasts.binary_search(&last).is_ok())
            && self.set.words.contains(&word)
    }
}

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident = $file:literal) => {
        $(#[$doc])*
        pub(crate) static $name: Words = Words {
            set: Lazy::new(|| WordSet::new(parse_words(include_str!($file)).unwrap_or_default())),
        };
    };
}

word_list!(
    /// Verbs that govern a slogan (`坚持两个毫不动摇`).
    SLOGAN_VERBS = "../data/slogan-verbs.txt"
);
word_list!(
    /// Words that end a street or place name (`五元路`).
    PLACE_SUFFIXES = "../data/place-suffixes.txt"
);
word_list!(
    /// Words that say where something stands (`位于`).
    LOCATIVE_WORDS = "../data/locative-words.txt"
);
word_list!(
    /// Units that type the noun after them (`500千伏变电站`).
    SPEC_UNITS = "../data/spec-units.txt"
);
word_list!(
    /// Words before a duration that make it a scope (`过去十年`).
    SCOPE_BEFORE = "../data/scope-before.txt"
);
word_list!(
    /// Words after a duration that make it a scope (`五年来`).
    SCOPE_AFTER = "../data/scope-after.txt"
);
word_list!(
    /// Words before a numeral and `类` that make it a class (`劣四类`).
    CLASS_BEFORE = "../data/class-before.txt"
);
word_list!(
    /// Words that state a bare figure at a clause end (`报0.433`).
    STATED_BEFORE = "../data/stated-before.txt"
);
word_list!(
    /// Words that name a plan by its length (`三年行动`).
    PLAN_WORDS = "../data/plan-words.txt"
);

/// A unit and the words after which it names (each with its first
/// character).
type NamedGroup = (&'static str, Vec<(char, &'static str)>);

/// What follows a Chinese numeral and its unit when the whole is a name:
/// the words of `src/data/named-after.tsv`, grouped by unit.
static NAMED_AFTER: Lazy<Vec<NamedGroup>> = Lazy::new(|| {
    let mut groups: Vec<NamedGroup> = Vec::new();
    for (unit, word) in parse_keyed(include_str!("../data/named-after.tsv")).unwrap_or_default() {
        let entry = (word.chars().next().unwrap_or_default(), word);
        match groups.iter_mut().find(|g| g.0 == unit) {
            Some(g) => g.1.push(entry),
            None => groups.push((unit, vec![entry])),
        }
    }
    groups
});

/// Whether `after` (the text after a Chinese numeral and its unit `unit`)
/// starts with a word that makes the whole a name (`二次會議`, `四个意识`).
pub(crate) fn names_after(unit: &str, after: &str) -> bool {
    let Some(first) = after.chars().next().map(simplified) else {
        return false;
    };
    NAMED_AFTER.iter().find(|g| g.0 == unit).is_some_and(|g| {
        g.1.iter()
            .any(|&(f, w)| f == first && starts_with_simplified(after, w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const FILES: &[(&str, &str)] = &[
        ("slogan-verbs", include_str!("../data/slogan-verbs.txt")),
        ("place-suffixes", include_str!("../data/place-suffixes.txt")),
        ("locative-words", include_str!("../data/locative-words.txt")),
        ("spec-units", include_str!("../data/spec-units.txt")),
        ("scope-before", include_str!("../data/scope-before.txt")),
        ("scope-after", include_str!("../data/scope-after.txt")),
        ("plan-words", include_str!("../data/plan-words.txt")),
        ("class-before", include_str!("../data/class-before.txt")),
        ("stated-before", include_str!("../data/stated-before.txt")),
    ];

    #[test]
    fn word_lists_parse_without_duplicates() {
        for (name, text) in FILES {
            let words = parse_words(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!words.is_empty(), "{name} is empty");
            let set: HashSet<_> = words.iter().collect();
            assert_eq!(set.len(), words.len(), "{name}: a word listed twice");
        }
        assert!(parse_words("a b\n").is_err());
    }

    #[test]
    fn named_after_parses_without_duplicates() {
        let pairs = parse_keyed(include_str!("../data/named-after.tsv")).expect("parses");
        assert!(pairs.len() > 40);
        let set: HashSet<_> = pairs.iter().collect();
        assert_eq!(set.len(), pairs.len(), "a pair listed twice");
        assert_eq!(
            NAMED_AFTER.iter().map(|g| g.1.len()).sum::<usize>(),
            pairs.len()
        );
        assert!(parse_keyed("个\n").is_err());
    }

    #[test]
    fn words_in_units_of_the_table() {
        // The units keyed in named-after.tsv and listed in spec-units.txt
        // are canonical units of the built-in lexicon.
        let lex = crate::units::Lexicon::builtin();
        let canonical = |u: &str| lex.longest_match(u).is_some_and(|m| m.unit == u);
        for (u, _) in NAMED_AFTER.iter() {
            assert!(canonical(u), "{u}");
        }
        for u in SPEC_UNITS.set.words.iter() {
            assert!(canonical(u), "{u}");
        }
    }

    #[test]
    fn matching_in_either_script() {
        assert!(names_after("次", "會議"));
        assert!(names_after("个", "毫不动摇"));
        assert!(!names_after("次", "大会"));
        assert!(SCOPE_BEFORE.ends("在過去"));
        assert!(!SCOPE_BEFORE.ends("过去了"));
        assert!(PLAN_WORDS.within("提质行動"));
        assert!(SPEC_UNITS.has("千伏"));
    }
}
