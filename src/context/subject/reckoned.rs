//! A measure named after the basis it is reckoned on: `按户籍人口计算的人均
//! 地区生产总值达10366元`, `按常住人口计算的人均生产总值为52000元`.
//!
//! `按…计算的` (`按照…计算的`, `以…计的`) says how the measure after it is
//! reckoned, as `按可比价格计算` does before a change: a phrase of manner,
//! no part of what is measured. Read as a comparison (`按` opening the
//! stretch), it left the figure without a subject; the measure is the
//! noun phrase after its `的`.

/// Verbs of reckoning that close the manner phrase before `的`.
const RECKON: [&str; 4] = ["计算的", "計算的", "计的", "計的"];

/// `s`, the stretch before a figure, from the measure after a manner phrase
/// `按…计算的` that opens it (after head words only: a place or time,
/// `全县`, `2019年`); none when there is no such phrase or nothing after it.
pub(super) fn after_reckoning(s: &str) -> Option<&str> {
    // (a byte search: most stretches have no `按`)
    let at = s.find('按')?;
    if !super::strip_head(&s[..at]).is_empty() {
        return None;
    }
    let (i, w) = RECKON
        .iter()
        .filter_map(|w| s[at..].find(w).map(|i| (at + i, w.len())))
        .min()?;
    // (the basis is a short noun phrase: `户籍人口`, `可比价格`)
    let basis = &s[at..i];
    if basis.chars().count() > 12 || basis.contains(['，', ',', '；', ';']) {
        return None;
    }
    let rest = &s[i + w..];
    rest.chars().nth(1).is_some().then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measure_after_its_reckoning() {
        assert_eq!(
            after_reckoning("按户籍人口计算的人均地区生产总值首次"),
            Some("人均地区生产总值首次")
        );
        assert_eq!(
            after_reckoning("全县按常住人口计算的人均生产总值为"),
            Some("人均生产总值为")
        );
        // the phrase of manner opens no stretch here
        assert_eq!(after_reckoning("工业增加值按可比价计算的增速为"), None);
        assert_eq!(after_reckoning("按可比价格计算，增长"), None);
        assert_eq!(after_reckoning("人均地区生产总值"), None);
    }
}
