//! A topic named before `方面` and counted after it: `特别服务召唤方面，去年
//! 共有35 314宗`, `全年消防特别服务方面共有4,835宗`.
//!
//! `X方面` sets the topic of what follows; a figure whose own clause says
//! only when and that there were so many (`去年共有`, `共录得`) counts the
//! topic itself (`特别服务召唤`). A clause that names its own measure
//! (`在救护工作方面，消防去年出勤共53,051架次`) is read by the other rules.

use super::super::lexicon::dict::{self, Pos};
use super::super::period;
use super::phrase::well_formed;

/// The words that only say there were so many (`去年共有N宗`, `共录得N宗`).
const TALLY: [&str; 6] = ["共有", "录得", "共计", "合共", "共", "有"];

/// The word that closes a topic.
const TOPIC_END: &str = "方面";

/// Whether `s`, the text of a clause before its figure, says nothing but
/// when (`去年`, `全年`) and that there were so many (`共有`, `录得`):
/// empty, time phrases and [`TALLY`] words.
pub(crate) fn only_tally(s: &str) -> bool {
    let mut s = s.trim();
    while !s.is_empty() {
        let t = period::time_phrase(s);
        let w = TALLY
            .iter()
            .find(|w| s.starts_with(**w))
            .map_or(0, |w| w.len());
        let n = t.max(w);
        if n == 0 {
            return false;
        }
        s = s[n..].trim_start();
    }
    true
}

/// The topic of a clause `c` that ends in `方面` (`特别服务召唤方面`,
/// `在救护工作方面`, `去年全年消防特别服务方面`): what stands before it,
/// less time phrases and a preposition that open it (`在`, `于`, `就`,
/// `对`); none when that is not a well-formed phrase of two characters or
/// more without a figure.
pub(crate) fn topic(c: &str) -> Option<&str> {
    let mut s = c.trim().strip_suffix(TOPIC_END)?.trim();
    loop {
        let t = period::time_phrase(s);
        if t > 0 {
            s = s[t..].trim_start();
            continue;
        }
        // (a preposition as a word of its own: `在建项目` keeps its `在`)
        let first = dict::segment(s).iter().next();
        match first {
            Some((0, b, Pos::Prep)) if b < s.len() => s = s[b..].trim_start(),
            _ => break,
        }
    }
    let figure = s.chars().any(|c| c.is_ascii_digit());
    (s.chars().nth(1).is_some() && !figure && well_formed(s)).then_some(s)
}

/// The words of a tally that says how many in all (`共`, `共录得`, `合共`):
/// after a clause that names what is counted, they count it (Hong Kong and
/// Macau releases: `…的生態導賞活動，共480次`, `…的案件，共錄得150宗`).
/// A bare `有` is left out: after a clause it often opens a new statement
/// (`以韓國居首，有超過45萬人次`).
fn totals(s: &str) -> bool {
    let s = s.trim();
    s.contains('共') && !s.contains('有') || s.ends_with("录得")
}

/// What the clause `c` before a tally of its own ([`only_tally`], a total
/// or `录得`, [`totals`]) names as counted, read as if the figure followed
/// it (`由漁護署…所舉辦的生態導賞活動，共480次` as `…生態導賞活動共480次`):
/// none when the clause says only when (`…行動期間，共有963人`).
pub(crate) fn named_before_tally<'a>(
    c: &'a str,
    tally: &str,
    after: &'a str,
    (kind, unit): (crate::record::Kind, Option<&str>),
) -> Option<&'a str> {
    if !totals(tally) || c.chars().any(crate::chars::is_digit) {
        return None;
    }
    let np = super::analyse(c, after, kind, unit).subject?;
    let timed = period::time_phrase(np) > 0 || np.ends_with("期间") || np.ends_with("方面");
    (np.chars().nth(1).is_some() && !timed && well_formed(np)).then_some(np)
}

/// The topic of the clause `c` that holds a figure after `before` (the
/// clause's text up to the figure): in the clause itself (`全年消防特别服务
/// 方面共有4,835宗`), when only time and tally words follow `方面`.
pub(crate) fn topic_within(before: &str) -> Option<&str> {
    let i = before.rfind(TOPIC_END)?;
    let rest = &before[i + TOPIC_END.len()..];
    only_tally(rest)
        .then(|| topic(&before[..i + TOPIC_END.len()]))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tally_words_and_times_only() {
        assert!(only_tally("去年共有"));
        assert!(only_tally("共录得"));
        assert!(only_tally(""));
        assert!(!only_tally("消防去年出勤共"));
        assert!(!only_tally("受理"));
    }

    #[test]
    fn the_topic_before_fangmian() {
        assert_eq!(topic("特别服务召唤方面"), Some("特别服务召唤"));
        assert_eq!(topic("在救护工作方面"), Some("救护工作"));
        assert_eq!(topic("去年全年消防特别服务方面"), Some("消防特别服务"));
        assert_eq!(topic("方面"), None);
        assert_eq!(topic("特别服务召唤"), None);
        assert_eq!(
            topic_within("去年全年消防特别服务方面共有"),
            Some("消防特别服务")
        );
        assert_eq!(topic_within("在救护工作方面消防出勤共"), None);
    }

    #[test]
    fn what_a_clause_names_before_a_total() {
        let count = (crate::record::Kind::Count, Some("次"));
        assert_eq!(
            named_before_tally(
                "由渔护署在各海岸公园所举办的生态导赏活动",
                "共",
                "；",
                count
            ),
            Some("生态导赏活动")
        );
        assert_eq!(
            named_before_tally("警务行动和侦查行动期间", "共", "。", count),
            None
        );
        assert_eq!(named_before_tally("以韩国居首", "有", "。", count), None);
    }
}
