//! A time told on from when it was entered, at the head of a clause
//! (`进入三季度以来，…`, `步入2023年以来`): the verb of entering and the time
//! after it are one period, the time on from the start of what follows the
//! verb. Only the verbs of `period-entered.txt`, and only before a time
//! read with a `以来` (or `起`) tail: `进入新阶段` names no period.

use once_cell::sync::Lazy;

use super::super::lexicon::WordSet;
use super::{word_set, Found};

const ENTERED_TXT: &str = include_str!("../words/period-entered.txt");
static ENTERED: Lazy<WordSet> = Lazy::new(|| word_set(ENTERED_TXT));

/// The first characters of the verbs of [`ENTERED`] (a test checks).
const FIRST: [char; 5] = ['进', '進', '步', '迈', '邁'];

/// The period at the head `c` of a clause that a verb of entering opens,
/// read whole (`进入三季度以来`), when the time after the verb is told on.
pub(super) fn entered_time(c: &str) -> Option<Found<'_>> {
    let verb = verb_at(c)?;
    let f = Found::at(&c[verb.len()..])?;
    let r = f.reading;
    (told_on(&r) && r.dropped == 0).then(|| {
        let len = verb.len() + r.len;
        Found {
            text: &c[..len],
            reading: super::Reading { len, ..r },
        }
    })
}

/// The verb of entering that starts `c`: two characters, the second `入`
/// (a test checks), told by bytes first (`进一步…` heads many clauses).
fn verb_at(c: &str) -> Option<&str> {
    if !may_open(c) {
        return None;
    }
    let two = c.get(..6).filter(|t| t.starts_with(FIRST))?;
    ENTERED.prefix_of(two)
}

/// Whether a verb of entering may open the clause head `c` (see
/// [`entered_time`]): its second character is `入`, told by bytes (asked of
/// every clause head that opens with no time).
#[inline(always)]
pub(super) fn may_open(c: &str) -> bool {
    c.as_bytes().get(3..6) == Some("入".as_bytes())
}

/// Whether `before`, the text of a clause before a time, is one verb of
/// entering (that time is read with it at the clause head), when
/// `f`, the time read after it, is told on (`以来`).
pub(super) fn is_verb(before: &str, f: &Found<'_>) -> bool {
    before.len() == 6 && may_open(before) && told_on(&f.reading) && verb_at(before).is_some()
}

/// Whether `r` is read with a tail that tells it on (`以来`, `起`).
fn told_on(r: &super::Reading) -> bool {
    r.tails.iter().flatten().any(|t| *t == "since")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verb_and_a_time_told_on_are_one_period() {
        let text = |c| entered_time(c).map(|f| f.text);
        assert_eq!(text("进入三季度以来，全市"), Some("进入三季度以来"));
        assert_eq!(text("步入2023年以来，"), Some("步入2023年以来"));
        assert_eq!(text("进入三季度，全市"), None);
        assert_eq!(text("进入新阶段以来，"), None);
        assert_eq!(text("全市进入三季度以来"), None);
    }

    #[test]
    fn the_verbs_parse_once_each_and_their_first_characters_are_known() {
        let mut seen = std::collections::HashSet::new();
        for r in super::super::rows(ENTERED_TXT) {
            let c = r[0].chars().next().unwrap_or(' ');
            assert!(FIRST.contains(&c), "{r:?}");
            assert_eq!(r[0].chars().count(), 2, "{r:?}");
            assert!(r[0].ends_with('入'), "{r:?}");
            assert_eq!(r.len(), 1, "{r:?}");
            assert!(seen.insert(r[0]), "{} twice", r[0]);
        }
        assert!(!seen.is_empty());
    }
}
