//! A change since the start of the year. Financial and monthly releases
//! report a balance at a day and, beside it, how much it grew since the
//! year began: `截至2月末，存款余额43463.67亿元，比年初增加1876.09亿元，
//! 同比多增1209.08亿元`. The balance is a stock at the day; the change is a
//! flow from January 1 to that day, whatever span the period in force
//! names (`三季度…9月末…比年初增加`: January to September, not July to
//! September). `比上年末增加` says the same (the end of last year is the
//! start of this one). `同比多增` and `少增` compare such a flow with the
//! same months of the year before: under a day (`截至2月末`) they too run
//! from January 1; under a span (`10月份，人民币贷款增加…，同比多增…`)
//! they are that span's.

use super::Role;

/// The points a change is counted from that are the start of the year
/// (after `比`, `较`: `比年初`, `较上年末`).
const YEAR_START: [&str; 6] = ["年初", "上年末", "去年末", "上年底", "去年底", "上年年末"];

/// Words comparing a figure with a point, written before that point.
const COMPARED: [&str; 2] = ["比", "较"];

/// Verbs of change written right before a figure (`比年初增加`).
const CHANGES: [&str; 9] = [
    "增加", "减少", "新增", "净增", "增长", "下降", "净减", "多增", "少增",
];

/// Verbs comparing a change with the same months a year earlier
/// (`同比多增`, `少增`).
const ADDED: [&str; 2] = ["多增", "少增"];

/// The role a clause ending right before a figure gives it when it counts
/// a change since the start of the year: [`Role::SinceYearStart`] after
/// `比年初增加`, [`Role::Added`] after `同比多增` or `少增`.
pub(super) fn role(clause: &str) -> Option<Role> {
    // (most clauses end with no verb of change: refused on the last
    // character)
    let last = crate::chars::last_char(clause)?;
    if !matches!(last, '加' | '少' | '增' | '长' | '降' | '减') {
        return None;
    }
    let verb = CHANGES.iter().find(|v| clause.ends_with(*v))?;
    let rest = &clause[..clause.len() - verb.len()];
    let from_start = YEAR_START
        .iter()
        .filter_map(|p| rest.strip_suffix(p))
        .any(|r| COMPARED.iter().any(|c| r.ends_with(c)));
    if from_start {
        Some(Role::SinceYearStart)
    } else if ADDED.contains(verb) {
        Some(Role::Added)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_since_the_start_of_the_year() {
        assert_eq!(role("比年初增加"), Some(Role::SinceYearStart));
        assert_eq!(role("较上年末减少"), Some(Role::SinceYearStart));
        assert_eq!(role("存款余额比年初新增"), Some(Role::SinceYearStart));
        assert_eq!(role("同比多增"), Some(Role::Added));
        assert_eq!(role("少增"), Some(Role::Added));
        // (a change over a span, not since a point)
        assert_eq!(role("比上年增加"), None);
        assert_eq!(role("同比增长"), None);
        // (the start of the year named, not compared with)
        assert_eq!(role("年初增加"), None);
        assert_eq!(role("存款余额"), None);
    }

    #[test]
    fn word_lists_hold_no_duplicates() {
        for list in [&YEAR_START[..], &COMPARED, &CHANGES, &ADDED] {
            let mut seen = list.to_vec();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), list.len());
        }
        // (every verb of change ends with a character the first test lets
        // through)
        for v in CHANGES {
            let last = v.chars().last().unwrap();
            assert!(
                matches!(last, '加' | '少' | '增' | '长' | '降' | '减'),
                "{v}"
            );
        }
    }
}
