//! Reports delivered to a people's congress in the last months of a
//! year (`——2022年12月27日在张湾区第十届人民代表大会第二次会议上`): district
//! and county congresses often meet in December, and their government,
//! court and procuratorate reports look back on the year about to end
//! (`即将过去的一年`), whatever year the title names (`2023年…政府工作报告`,
//! the year of the session's term). Their results, and their `今年`, are
//! the dateline's year; a report delivered early in a year reports the
//! year before (`time.rs`).

use super::{congress_session, dateline_day, DocYears, YearRef};

/// The first month of a year's last months: a session from November on
/// reports the year it meets in.
const YEAR_END_MONTH: u8 = 11;

/// The year of a congress session's dateline `t` when it falls in the
/// last months of that year.
pub(super) fn session_year(t: &str) -> Option<i32> {
    if !congress_session(t) {
        return None;
    }
    let day = dateline_day(t)?;
    match day.year {
        YearRef::Abs(y) if day.month >= YEAR_END_MONTH => Some(y),
        _ => None,
    }
}

impl DocYears {
    /// Whether a report delivered at a session late in year `d` reports
    /// that year: it names no other year as its own, or the next one (the
    /// year of the session's term: `2023年…政府工作报告`), and no title
    /// names the year it reports on (`关于2024年度…的报告`).
    pub(super) fn reports_session_year(&self, d: i32) -> bool {
        !self.reported && self.anchor.is_none_or(|a| a == d || a == d + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_late_in_a_year() {
        let t = "——2022年12月27日在张湾区第十届人民代表大会第二次会议上";
        assert_eq!(session_year(t), Some(2022));
        let t = "——2021年11月26日在某县第十八届人民代表大会第一次会议上";
        assert_eq!(session_year(t), Some(2021));
        let t = "——2024年1月10日在县第十八届人民代表大会第三次会议上";
        assert_eq!(session_year(t), None);
        let t = "——2023年12月28日在市第十七届人民代表大会常务委员会第十五次会议上";
        assert_eq!(session_year(t), None);
    }
}
