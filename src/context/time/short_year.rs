//! A year written with its last two digits in a document that names no
//! year of its own (`99年5月至10月`, `截止99年9月底止`): the period module
//! reads such a year as the document's (`99年末` in a 1999 bulletin), so
//! with no title or opening year to take it from, its dates would be lost
//! although the period itself states the year. The two digits then give
//! the year: in a report in traditional script, a Republic of China year
//! (`99年` in a Matsu county report: 2010, as `112年` is 2023); else the
//! year of the century they name (`99年`: 1999, `05年`: 2005). The
//! digits are read by the period module (`period/short_year.rs`).

/// The year the two digits `v` name in a document written in traditional
/// script (`traditional`: a Republic of China year, from 38, 1949, when
/// Taiwan's reports begin) or not. A mainland report copied into
/// traditional script writes `05年` for 2005, not for 1916.
pub(super) fn year(v: u8, traditional: bool) -> i32 {
    let v = i32::from(v);
    match (traditional, v) {
        (true, 38..) => v + 1911,
        (_, 50..) => 1900 + v,
        (_, _) => 2000 + v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_by_script() {
        assert_eq!(year(99, true), 2010);
        assert_eq!(year(99, false), 1999);
        assert_eq!(year(5, false), 2005);
        assert_eq!(year(5, true), 2005);
        assert_eq!(year(38, true), 1949);
    }
}
