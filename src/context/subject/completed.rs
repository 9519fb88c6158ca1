//! A verb of completion right before another verb that the figure ends
//! (`全国完成造林383万公顷`, `全县完成植树12万株`): the second verb is a
//! verbal noun, the object of `完成`, and names what the figure measures
//! (the land afforested, the trees planted), as a noun object does
//! (`完成绿化面积`). `完成` is the reporting verb and no part of it. A
//! bare procedure verb with no verb of completion before it (`其中受理80
//! 件`) is left as it was: it names no measure; nor is a rate given the
//! verb (`完成增长`).

use super::{Found, VerbCut};
use crate::Kind;

/// When the last two of `vs` (the verbs of `s`, in order) are a verb of
/// completion and, right after it, a verb that ends `s` (`rest`, what
/// follows it, is empty), and the figure (`kind`) is no rate: sets the
/// verb of completion as `found`'s action and the verbal noun as `cut`'s
/// phrase, read from a verb (`全国完成造林383万公顷` → `造林`); whether it
/// did.
pub(super) fn take_object<'a>(
    s: &'a str,
    vs: &[(usize, &'static str)],
    (kind, rest): (Kind, &str),
    (found, cut): (&mut Found<'a>, &mut VerbCut<'a>),
) -> bool {
    if !rest.is_empty() || matches!(kind, Kind::Percent | Kind::Permille | Kind::PercentagePoint) {
        return false;
    }
    let [.., (pat, pv), (at, v)] = *vs else {
        return false;
    };
    let Some(np) = object_of_completion(s, (pat + pv.len(), pv), (at, v)) else {
        return false;
    };
    found.action = Some(pv);
    cut.np = np;
    cut.from_verb = true;
    true
}

/// The verbal noun `v` at byte `at` of `s` when the verb `prev`, ending
/// at byte `prev_end`, is one of completion written right before it
/// (`完成造林`, `完成了植树`); `None` otherwise.
fn object_of_completion<'a>(
    s: &'a str,
    (prev_end, prev): (usize, &str),
    (at, v): (usize, &str),
) -> Option<&'a str> {
    let between = s.get(prev_end..at)?;
    let joined = between.is_empty() || between == "了";
    (joined && completes(prev) && v.chars().nth(1).is_some()).then(|| &s[at..at + v.len()])
}

/// Whether `v` is a verb of completion ending in `完成` (`完成`, `累计完成`,
/// `共完成`).
fn completes(v: &str) -> bool {
    v.ends_with("完成")
}

#[cfg(test)]
mod tests {
    use super::object_of_completion;

    #[test]
    fn a_verbal_noun_after_completion_is_the_measure() {
        let s = "全县完成造林";
        assert_eq!(
            object_of_completion(s, (12, "完成"), (12, "造林")),
            Some("造林")
        );
        let s = "完成了植树";
        assert_eq!(
            object_of_completion(s, (6, "完成"), (9, "植树")),
            Some("植树")
        );
        let s = "组织受理";
        assert_eq!(object_of_completion(s, (6, "组织"), (6, "受理")), None);
    }
}
