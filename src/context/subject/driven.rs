//! The growth a part drives (`分别拉动GDP增长0.63个百分点`, `拉动工业增长
//! 1.0个百分点`): the figure after `拉动…增长` is a contribution to the
//! growth of the whole, so the measure is that growth (`GDP增长`, as
//! `经济增长` is a word of its own), not the whole alone nor the verb with
//! it (`拉动工业`). Only where `拉动` opens its clause or follows `分别`
//! (`三次产业分别拉动GDP增长`): a part named right before it
//! (`第一产业拉动GDP增长`) is what drives, read by the rules of the
//! phrase before the verb.

use crate::context::lexicon;

/// What `raw`, the clause before a figure, names as the growth driven:
/// the stretch after a `拉动` that opens the clause, up to the `增长`
/// that ends it (`GDP增长`); `None` when the clause is of another shape.
pub(super) fn growth_driven(raw: &str) -> Option<&str> {
    if !raw.ends_with("增长") {
        return None;
    }
    let at = lexicon::rfind_word(raw, "拉动")?;
    let head = &raw[..at];
    // (`三次产业分别拉动GDP增长`: the parts dealt out before, the growth
    // each drives the measure of each figure)
    let dealt = head.ends_with("分别");
    let clause_start = head.rfind(super::is_clause_mark_char).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    if !dealt && !head[clause_start..].trim().is_empty() {
        return None;
    }
    let np = raw[at + "拉动".len()..].trim_start_matches('了');
    let whole = &np[..np.len() - "增长".len()];
    let n = whole.chars().count();
    ((1..=10).contains(&n) && whole.chars().all(|c| c.is_alphanumeric())).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::growth_driven;

    #[test]
    fn the_growth_a_part_drives_is_the_measure() {
        assert_eq!(growth_driven("分别拉动GDP增长"), Some("GDP增长"));
        assert_eq!(growth_driven("拉动工业增长"), Some("工业增长"));
        assert_eq!(growth_driven("拉动了财政收入增长"), Some("财政收入增长"));
        assert_eq!(growth_driven("三次产业分别拉动GDP增长"), Some("GDP增长"));
        assert_eq!(growth_driven("第一产业拉动GDP增长"), None);
        assert_eq!(growth_driven("拉动GDP"), None);
        assert_eq!(growth_driven("增长"), None);
    }
}
