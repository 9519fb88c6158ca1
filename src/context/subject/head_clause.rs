//! A head word that opens a relative clause: `达到服务能力标准的乡镇卫生院`,
//! `属于低保对象的困难群众`, `包括在建项目的投资`.
//!
//! Some words dropped at the head of a subject (`达到`, `属于`, `包括`,
//! `经过`: `words/head-drop.txt`) are verbs. Alone before a noun or a
//! number they are the predicate's (`达到90%`, `包括…`), but with an object
//! of their own closed by `的` they head a relative clause, and Chinese puts
//! a relative clause before the noun it modifies: the clause is a modifier
//! of the noun after `的`, and a noun phrase keeps its modifiers (SPEC
//! §2.1). The verb then stays with the subject.

use super::super::lexicon::dict::{self, Pos};

/// Longest object read between the verb and `的`, in characters.
const MAX_OBJECT_CHARS: usize = 10;

/// Whether the head word `w` that opens `s` heads a relative clause: the
/// dictionary reads it there as a verb of two characters or more, a noun
/// phrase of two characters or more follows it (nominal words only: no
/// numeral, time, adverb or mark, `达到90%的` states a level), then `的`
/// and a noun of two characters or more.
pub(super) fn opens_relative(s: &str, w: &str) -> bool {
    let rest = &s[w.len()..];
    // (a cheap test first: most head words have no `的` close after them)
    let Some(de) = rest
        .char_indices()
        .take(MAX_OBJECT_CHARS + 1)
        .find(|&(_, c)| c == '的')
        .map(|(i, _)| i)
    else {
        return false;
    };
    if w.chars().nth(1).is_none() || rest[..de].chars().nth(1).is_none() {
        return false;
    }
    let clause = &s[..w.len() + de];
    let words = dict::segment(clause);
    let mut it = words.iter();
    if it.next() != Some((0, w.len(), Pos::Verb)) {
        return false;
    }
    let object = it.all(|(a, b, p)| {
        p.nominal() && clause[a..b].chars().all(crate::chars::is_ideograph)
    });
    let head = &rest[de + '的'.len_utf8()..];
    object
        && dict::segment(super::phrase::head_chars(head, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, p)| p.nominal() && head[a..b].chars().nth(1).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_with_its_object_and_de_heads_a_clause() {
        assert!(opens_relative(
            "达到服务能力标准的乡镇卫生院占比",
            "达到"
        ));
        assert!(opens_relative("属于低保对象的困难群众", "属于"));
    }

    #[test]
    fn a_level_a_bare_verb_or_no_de_heads_none() {
        // a level reached, not a kind of noun
        assert!(!opens_relative("达到90%的企业", "达到"));
        // no `的`: the verb is the predicate's
        assert!(!opens_relative("达到服务能力标准", "达到"));
        // `的` right after the verb: no object of its own
        assert!(!opens_relative("达到的水平", "达到"));
        // a word of one character is no verb with an object here
        assert!(!opens_relative("共有企业的产值", "共"));
    }
}
