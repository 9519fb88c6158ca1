//! A verb of achieving (`实现`, `完成`) before a bare measure of two
//! characters (`企业实现产值8417万元`, `全县完成产量3.2万吨`): the measure
//! is the verb's object, what was achieved, not a measure named with the
//! verb as `造林面积` or `资助金额` are (an act's extent). Such a verb
//! names no act of its own whose extent could be measured, so the phrase
//! after it is the subject and the verb is the action.

/// Whether `v` is a verb of achieving a result, simplified or traditional.
fn achieves(v: &str) -> bool {
    matches!(v, "实现" | "實現" | "完成")
}

/// Whether `measure`, the bare measure right after verb `v`, is that
/// verb's object: `v` achieves and the measure is a word of two
/// characters (`产值`, `产量`; not a one-character head such as `率`).
pub(super) fn object_of(v: &str, measure: &str) -> bool {
    achieves(v) && measure.chars().count() == 2
}

#[cfg(test)]
mod tests {
    use super::object_of;

    #[test]
    fn a_measure_after_a_verb_of_achieving_is_its_object() {
        assert!(object_of("实现", "产值"));
        assert!(object_of("實現", "產值"));
        assert!(object_of("完成", "产量"));
        assert!(!object_of("造林", "面积"));
        assert!(!object_of("完成", "率"));
    }
}
