//! The thing a sum is put into, named after the sum by a verb of purpose:
//! `筹措12.42亿元实施生态惠民工程`, `政府已預留10億元，設立“回收基金”`,
//! `投入665亿元用于为民办实事项目`.
//!
//! A verb that sets money aside (`预留`, `筹措`, `安排`, `投入`) right
//! before the figure leaves nothing between them to name what the money
//! is; the clause goes on with what it is for, the object of `用于`,
//! `实施`, `设立`, `推行`. That object, to the end of its clause, is the
//! subject; one that is a verb phrase (`用于支持小微企业发展`) is not.

use super::super::lexicon;
use crate::chars;

/// Shortest and longest object of purpose taken, in characters: a bare
/// field of spending (`用于民生`, `用于教育`) is no name of what the sum
/// is, and a longer one is a clause.
const CHARS: std::ops::RangeInclusive<usize> = 3..=24;

/// What the sum after `raw` (the clause before the figure) is for, read
/// from `after` (the text after the figure), when `raw` ends with a
/// funding verb and `after` opens with a verb of purpose (both lists in
/// `words/`, traditional forms added).
pub(super) fn named_after<'a>(raw: &str, after: &'a str) -> Option<&'a str> {
    let raw = raw.trim_end_matches('了');
    lexicon::FUNDING_TAIL.suffix_of(raw)?;
    let rest = after
        .trim_start_matches(char::is_whitespace)
        .trim_start_matches(['，', ',']);
    let verb = lexicon::PURPOSE_SET.prefix_of(rest)?;
    let object = &rest[verb.len()..];
    let end = object
        .find(|c: char| chars::is_clause_mark(c) || matches!(c, '：' | ':' | '\n'))
        .unwrap_or(object.len());
    let np = unquoted(&object[..end]);
    let n = np.chars().count();
    if !CHARS.contains(&n) || lexicon::VERB_SET.prefix_of(np).is_some() || !super::well_formed(np) {
        return None;
    }
    Some(np)
}

/// `“回收基金”` → `回收基金`: a name quoted whole, in curly quotes or in
/// corner brackets ([`super::unquoted`]); a title in `《》` keeps them.
fn unquoted(s: &str) -> &str {
    if let Some(inner) = s.strip_prefix('“').and_then(|t| t.strip_suffix('”')) {
        if !inner.contains(['“', '”']) {
            return inner;
        }
    }
    super::unquoted(s)
}

#[cfg(test)]
mod tests {
    use super::named_after;

    #[test]
    fn the_sum_takes_what_it_is_for() {
        assert_eq!(
            named_after("筹措", "实施生态惠民工程，开展森林"),
            Some("生态惠民工程")
        );
        assert_eq!(
            named_after("政府已預留", "，設立“回收基金”。"),
            Some("回收基金")
        );
        assert_eq!(
            named_after("省级财政累计投入", "用于为民办实事项目。"),
            Some("为民办实事项目")
        );
    }

    #[test]
    fn no_funding_verb_or_no_purpose_reads_nothing() {
        assert_eq!(named_after("实现营业收入", "用于研发。"), None);
        assert_eq!(
            named_after("每年安排", "，系统性解决群众急难愁盼问题。"),
            None
        );
        assert_eq!(named_after("筹措", "实施"), None);
        assert_eq!(named_after("全年投入", "用于民生。"), None);
        assert_eq!(named_after("安排", "用于支持小微企业发展。"), None);
    }
}
