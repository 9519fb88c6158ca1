//! A report whose opening sentence is the day its congress session met.
//!
//! A work report reprinted as news often has no year in its title
//! (`湖州市政府工作报告(极简版)`) and opens with the session it was
//! delivered at: `2017年4月22日，湖州市第八届人民代表大会第一次会议开幕。`.
//! That day is the report's date line, though it runs on into its clause
//! (which elsewhere dates an event, not the document: see
//! [`super::dates_an_event`]): the report is delivered in 2017 and, early
//! in a year, reports the year before (see `time.rs`).

use super::DocYears;

/// Verbs of a session meeting on the day written.
const MEETS: [&str; 3] = ["开幕", "召开", "举行"];

impl DocYears {
    /// Takes an opening paragraph `t` of a document with no year yet:
    /// whether its first sentence opens with the day a people's congress
    /// session met (`2017年4月22日，…人民代表大会第一次会议开幕`), which then
    /// dates the document as a congress report's date line does.
    pub(super) fn observe_session_day(&mut self, t: &str) -> bool {
        let Some((y, day)) = session_day(t) else {
            return false;
        };
        self.dateline = Some(y);
        self.posted = Some(day);
        self.anchor = Some(y);
        self.from_title = true;
        true
    }

    /// Takes an opening paragraph `t` of a document whose title named
    /// its year (`2009年最高法受理案件13318件`): when its first sentence
    /// opens with the day a people's congress session met in the next
    /// year (`2010年3月11日，…全国人民代表大会第三次会议…举行…`), the report
    /// was delivered then and reviews the title's year, as a date line
    /// after the title's year tells (`time.rs`): `去年` is the title's
    /// year, the results stay it.
    pub(super) fn observe_session_after_title(&mut self, t: &str) -> bool {
        let Some(a) = self.anchor.filter(|_| self.titled && !self.delivered_later) else {
            return false;
        };
        match session_day(t) {
            Some((y, day)) if y == a + 1 => {
                self.dateline = Some(y);
                self.posted = Some(day);
                true
            }
            _ => false,
        }
    }
}

/// The year and day a people's congress session met, when the first
/// sentence of `t` opens with it (`2017年4月22日，…人民代表大会第一次会议
/// 开幕`).
fn session_day(t: &str) -> Option<(i32, super::Point)> {
    let first = t.split('。').next().unwrap_or(t);
    if !super::congress_session(first) || !MEETS.iter().any(|w| first.contains(w)) {
        return None;
    }
    let day = super::dateline::lead_day(first)?;
    match day.year {
        super::YearRef::Abs(y) => Some((y, day)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::DocYears;

    fn years(lines: &[&str]) -> (Option<i32>, Option<i32>) {
        let mut d = DocYears::default();
        for l in lines {
            d.observe(l, false);
        }
        (d.anchor, d.results)
    }

    #[test]
    fn the_day_a_session_opened_dates_its_report() {
        let t = "2019年1月8日，某县第十七届人民代表大会第四次会议开幕。县长作政府工作报告。";
        assert_eq!(years(&["某县政府工作报告", t]), (Some(2019), Some(2018)));
        // (an event of a paragraph, not a session: no date line)
        let t = "2019年1月8日，某县召开安全生产工作会议。";
        assert_ne!(years(&["某县政府工作报告", t]).0, Some(2019));
    }

    #[test]
    fn a_session_the_year_after_the_title_s_year_delivers_its_review() {
        let t = "2019年3月2日，某市第十五届人民代表大会第三次会议举行全体会议，听取市中级人民法院工作报告。";
        assert_eq!(
            years(&["2018年市法院审结案件2万件", t]),
            (Some(2019), Some(2018))
        );
        // (a session the same year as the title's: no later delivery)
        let t = "2018年3月2日，某市第十五届人民代表大会第二次会议举行全体会议。";
        assert_eq!(years(&["2018年市法院审结案件2万件", t]).1, Some(2018));
    }
}
