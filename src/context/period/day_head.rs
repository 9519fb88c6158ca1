//! A single day heading a sentence (`2月15日，全市新增…`, `10月7日，全国接待
//! 游客…`): the day the figures after it are of, a period of one day. A
//! date is otherwise an event's (`2022年7月1日起施行`, `于3月5日召开`), and a
//! day that heads a news lead before a verb of reporting is the release's
//! (`4月28日，记者从市统计局获悉，…`, `3月5日，国家统计局发布…`) or of
//! issuing a named document (`…印发《…》，提出21条措施`), not the figures'.

use super::{num_len, read, rows, Base, Found, REPORT_VERBS_TXT};

/// The bytes a written day with its month and year may take before the
/// comma (`2023年12月31日`: 11 characters, 17 bytes; wide digits more).
const DAY_BYTES: usize = 36;

/// The day at the head `c` of a sentence, followed by a comma, when the
/// rest of its sentence reports no release.
pub(super) fn day_heading(c: &str) -> Option<Found<'_>> {
    // (most heads that open with a numeral are figures: `12亿元`)
    if !c[num_len(c)..].starts_with(['年', '月']) {
        return None;
    }
    let near = &c.as_bytes()[..c.len().min(DAY_BYTES)];
    // (`日，`, `日,`, `号，`: told by bytes before anything is read)
    let closes = ["日，", "日,", "号，", "号,"]
        .iter()
        .any(|m| near.windows(m.len()).any(|w| w == m.as_bytes()));
    if !closes {
        return None;
    }
    let r = read(c)?;
    let after = &c[r.len..];
    // (`13日，…`, a day of the dateline's month, is a news event's)
    let month = matches!(r.base, Base::Dates(d) if d.start.month.is_some());
    if !r.event_date() || !month || r.dropped > 0 || !after.starts_with(['，', ',']) {
        return None;
    }
    // (the rest of its sentence must be at hand: a head read as a clause
    // alone, `…条：2025年4月1日，`, tells nothing of what the day is of)
    let rest = &after[after.chars().next().map_or(0, char::len_utf8)..];
    let sentence = rest.split(['。', '；', ';']).next().unwrap_or(rest);
    if sentence.is_empty() {
        return None;
    }
    // (`2025年4月1日，省政府印发《…》，提出21条措施`: the day a named
    // document was issued)
    if sentence.contains('《') || rows(REPORT_VERBS_TXT).any(|w| sentence.contains(w[0])) {
        return None;
    }
    Some(Found {
        text: &c[..r.len],
        reading: r,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(c: &str) -> Option<&str> {
        day_heading(c).map(|f| f.text)
    }

    #[test]
    fn a_day_heading_a_sentence_of_figures_is_its_period() {
        assert_eq!(text("2月15日，全市新增确诊病例12例。"), Some("2月15日"));
        assert_eq!(
            text("2023年10月7日,全国接待游客0.42亿人次。"),
            Some("2023年10月7日")
        );
    }

    #[test]
    fn a_release_day_or_an_event_date_is_none() {
        assert_eq!(text("4月28日，记者从市统计局获悉，全市增长5%。"), None);
        assert_eq!(text("3月5日，国家统计局发布数据，CPI上涨2%。"), None);
        assert_eq!(text("2月15日召开会议，参会120人。"), None);
        assert_eq!(text("2月起，全市新增12例。"), None);
        assert_eq!(
            text("2025年4月1日，省政府印发《若干措施》，提出21条措施。"),
            None
        );
        assert_eq!(text("2月15日，"), None);
        assert_eq!(text("13日，基金会在会上通报，募集善款4亿元。"), None);
    }
}
