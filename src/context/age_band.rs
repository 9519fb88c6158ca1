//! An age band before a noun is its modifier (SPEC §2.1: nominal modifiers
//! belong to the subject). Census, sample-survey and monitoring reports
//! break a population down by age: `0-14岁的人口为168.7万人`,
//! `36-54岁人口1.4848亿人`, `60岁以上老年人2.3万人`; the band is read as a
//! figure of its own (an age), so the subject of the count after it would
//! start after the band. A count right after a band with no noun of its own
//! counts the band's group (`其中女性609万人，35岁及以下272万人`: the group
//! of a per-group list).

use crate::quantity::Quantity;
use crate::record::Kind;

/// Words that may stand between an age band and the noun it modifies:
/// the band's bound (`60岁及以上`, when not already read with the age) and
/// `的`.
const BAND_LINKS: [&str; 7] = ["及以上", "及以下", "以上", "以下", "以内", "及其以上", "的"];

/// `s` with its leading band links stripped, if only those stand there.
fn after_links(mut s: &str) -> &str {
    while let Some(w) = BAND_LINKS.iter().find(|w| s.starts_with(**w)) {
        s = &s[w.len()..];
    }
    s
}

/// The subject of quantity `k` of `line` with the age band before it: the
/// band and the noun phrase `subject` it modifies when nothing but band
/// links stands between them; the band alone for a count right after it.
/// `None` when no age band stands right before the figure.
pub(super) fn with_band<'a>(
    line: &'a str,
    quantities: &[Quantity<'_>],
    k: usize,
    subject: Option<&'a str>,
) -> Option<&'a str> {
    let band = quantities.get(k.checked_sub(1)?)?;
    let q = quantities.get(k)?;
    if band.kind != Kind::Age || q.kind == Kind::Age {
        return None;
    }
    // (`10-19岁、20-29岁和40-49岁网民占比分别为…`: a list of bands shares
    // the noun, the last band modifies it alone)
    let listed = k
        .checked_sub(2)
        .and_then(|j| quantities.get(j))
        .is_some_and(|b| {
            b.kind == Kind::Age
                && line
                    .get(b.span.end..band.span.start)
                    .is_some_and(|j| matches!(j, "、" | "和" | "及" | "与" | "與" | "或"))
        });
    let gap = line.get(band.span.end..q.span.start)?;
    if listed {
        return None;
    }
    if let Some(s) = subject {
        let at = (s.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
        let within = at >= band.span.end && at + s.len() <= q.span.start;
        if within && after_links(&line[band.span.end..at]).is_empty() && !s.is_empty() {
            return line.get(band.span.start..at + s.len());
        }
    }
    // `35岁及以下272万人`: the group counted
    let rest = after_links(gap);
    if q.kind == Kind::Count && rest.is_empty() {
        let end = band.span.end + gap.trim_end_matches('的').len();
        return line.get(band.span.start..end);
    }
    None
}
