//! A sum or size after a noun that the figure before counted:
//! `158个重点项目完成投资189.4亿元`, `14个项目638亩土地出让`. The noun
//! (`重点项目`, `项目`) is what the count before it counts; the sum or size
//! measures something of those things, named by the object of the verb
//! before it (`投资`) or by the noun phrase right after it (`土地`).

use super::lexicon::dict::{self, Pos};
use super::subject;
use crate::record::Kind;

/// The measure of a figure whose clause names only the noun the figure
/// before counted: `rest`, the text between that noun and the figure, read
/// as a verb and its object (`完成投资` → `投资`), else the noun phrase
/// that opens `after`. Sums and sizes only: a count of the same noun
/// (`12个乡镇36个村`) and a share (`占比`) are read by other rules.
pub(super) fn own_measure<'a>(
    rest: &'a str,
    after: &'a str,
    kind: Kind,
    unit: Option<&str>,
) -> Option<&'a str> {
    if subject::count_like(kind)
        || matches!(kind, Kind::Percent | Kind::Permille | Kind::PercentagePoint)
    {
        return None;
    }
    if !rest.is_empty() {
        return object_of_verb(rest);
    }
    super::counted_twice::noun_phrase_opening(after, kind, unit)
}

/// The object of the verb that opens `s` (`完成投资` → `投资`): a verb
/// word, then words to the end of which the last is a noun or a verbal
/// noun, two characters or more.
fn object_of_verb(s: &str) -> Option<&str> {
    if s.chars().nth(8).is_some() {
        return None;
    }
    let ws = dict::segment(s);
    let mut it = ws.iter();
    let (_, verb_end, first) = it.next()?;
    let (_, last_end, last) = it.last()?;
    let object = &s[verb_end..];
    (first == Pos::Verb
        && last_end == s.len()
        && matches!(last, Pos::Noun | Pos::VerbNoun)
        && object.chars().nth(1).is_some())
    .then_some(object)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_object_of_the_verb_is_the_measure() {
        assert_eq!(object_of_verb("完成投资"), Some("投资"));
        assert_eq!(object_of_verb("实现产值"), Some("产值"));
        assert_eq!(object_of_verb("投资"), None);
        assert_eq!(object_of_verb("完成"), None);
    }

    #[test]
    fn counts_and_shares_are_left_to_other_rules() {
        assert_eq!(own_measure("", "个村", Kind::Count, Some("个")), None);
        assert_eq!(own_measure("占比", "。", Kind::Percent, Some("%")), None);
        assert_eq!(
            own_measure("", "高标准农田，", Kind::Area, Some("亩")),
            Some("高标准农田")
        );
    }
}
