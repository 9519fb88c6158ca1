//! `1-6月，全区规模以上工业企业完成产值同比下降1.8%。其中6月当月同比下降
//! 17.6%。全区规模工业增加值…增长1.0%`: a sentence that opens with `其中`
//! and then a time phrase reports a part of the time of the sentence
//! before it (its last month, one quarter). The phrase scopes that
//! sentence only: the sentences after it go on reporting the time in force
//! before it.

use super::Found;

/// Whether the head `f` of `sentence` comes right after the `其中` that
/// opens it (`其中6月当月`, `其中，一季度`).
pub(super) fn after_among(sentence: &str, f: &Found<'_>) -> bool {
    let Some(rest) = sentence.trim_start().strip_prefix("其中") else {
        return false;
    };
    let rest = rest.trim_start_matches([',', '，', ':', '：', ' ']);
    rest.as_ptr() == f.text.as_ptr()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_after_among() {
        let s = "其中6月当月同比下降17.6%。";
        let f = Found::at(&s["其中".len()..]).unwrap();
        assert!(after_among(s, &f));
        let s = "其中，一季度增长3%。";
        let f = Found::at(&s["其中，".len()..]).unwrap();
        assert!(after_among(s, &f));
        let s = "6月当月同比下降17.6%。";
        let f = Found::at(s).unwrap();
        assert!(!after_among(s, &f));
    }
}
