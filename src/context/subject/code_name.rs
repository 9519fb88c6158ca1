//! A measure named by a Latin code alone: `PM2.5`, `PM10`, `SO2`, `M2`
//! (`其中，PM2.5为30微克/立方米`). Such a code is a word of the report
//! though it holds no ideograph: capital letters, then capitals, digits
//! or a decimal point (`GDP`, `CPI` are its plainest case).

/// Longest code read, in bytes.
const MAX_LEN: usize = 12;

/// Whether `s` is a Latin code: it opens with a capital letter, holds two
/// capitals or a capital and a digit, only capitals, digits and `.` in
/// between, and ends in a capital or a digit.
pub(super) fn is_code_name(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    b.len() >= 2
        && b.len() <= MAX_LEN
        && first.is_ascii_uppercase()
        && (last.is_ascii_uppercase() || last.is_ascii_digit())
        && b.iter()
            .all(|&x| x.is_ascii_uppercase() || x.is_ascii_digit() || x == b'.')
}

#[cfg(test)]
mod tests {
    use super::is_code_name;

    #[test]
    fn codes_of_measures_are_names() {
        for s in ["PM2.5", "PM10", "SO2", "GDP", "M2", "CPI"] {
            assert!(is_code_name(s), "{s}");
        }
    }

    #[test]
    fn units_numbers_and_words_are_not() {
        for s in [
            "km",
            "2.5",
            "P",
            "PM2.",
            "Pm2.5",
            "万t",
            "",
            "ABCDEFGHIJKLM",
        ] {
            assert!(!is_code_name(s), "{s}");
        }
    }
}
