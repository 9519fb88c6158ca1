//! The thing a measure word counts, named right after it at the end of
//! a clause.
//!
//! SPEC §2.1: a noun phrase right after the number is the subject. After
//! a verb and its object (`贯彻防止冤假错案33项制度，`, `出台稳经济30项
//! 举措。`), the figure with its measure word of things (`项`, `个`,
//! `条`) counts the noun that follows it, not the object read before
//! it, even where that noun closes the clause. Not a verb closing the
//! clause (`至少一人就业`), nor a second count (`11件11犯`), nor markup
//! (`628件</b>，`).

use super::super::lexicon::dict::{self, Pos};
use super::phrase;
use crate::record::Kind;

/// Whether `np`, read right after a figure of `kind` whose measure word
/// is no verbal one (`次`, `批`), names the thing it counts.
pub(super) fn counts_thing(kind: Kind, verbal: bool, np: &str) -> bool {
    if kind != Kind::Count || verbal {
        return false;
    }
    if np.starts_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c))
    {
        return false;
    }
    // (words of the text, not markup left in it, `</b>`)
    if np.contains(['<', '>']) {
        return false;
    }
    let tail = phrase::tail_chars(np, 4);
    dict::segment(tail)
        .iter()
        .last()
        .is_some_and(|(_, _, p)| p != Pos::Verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_after_a_measure_word_of_things() {
        assert!(counts_thing(Kind::Count, false, "制度"));
        assert!(counts_thing(Kind::Count, false, "政策措施"));
        assert!(!counts_thing(Kind::Count, false, "就业"));
        assert!(!counts_thing(Kind::Count, false, "11犯"));
        assert!(!counts_thing(Kind::Count, false, "</script>"));
        assert!(!counts_thing(Kind::Count, true, "专项检查"));
        assert!(!counts_thing(Kind::Money, false, "资金"));
    }
}
