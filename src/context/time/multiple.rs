//! A multiple of a year's figure (`地区生产总值从129.8亿元增长到325亿元，是
//! 2016年的2.5倍`): it compares the level reached with that year's, so
//! within a span of years it is the final year's, as the level is; not a
//! figure of the whole span.

use crate::context::period;

/// The verbs that state a multiple of another year's figure.
const STATES: [&str; 4] = ["是", "為", "为", "相当于"];

/// Whether the clause before a multiple `text` ends by naming a year
/// whose figure it multiplies (`是2016年的`, `相当于1997年的`).
pub(super) fn of_a_year(clause: &str, text: &str) -> bool {
    if !text.ends_with('倍') {
        return false;
    }
    let Some(year) = clause
        .strip_suffix("年的")
        .and_then(|c| STATES.iter().find_map(|v| c.rsplit_once(v)).map(|(_, y)| y))
    else {
        return false;
    };
    year.chars().count() == 4 && period::num_value(year).is_some_and(|y| (1000..3000).contains(&y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiples_of_a_year() {
        assert!(of_a_year("是2016年的", "2.5倍"));
        assert!(of_a_year("相当于1997年的", "1.8倍"));
        // (full-width digits and Chinese digits written one by one)
        assert!(of_a_year("是２０１６年的", "2.5倍"));
        assert!(of_a_year("为一九九七年的", "1.8倍"));
        assert!(!of_a_year("是十二年的", "2倍"));
        assert!(!of_a_year("是2016年的", "25%"));
        assert!(!of_a_year("是“九五”期末的", "2.69倍"));
        assert!(!of_a_year("是1950年到1997年总和的", "1.7倍"));
    }
}
