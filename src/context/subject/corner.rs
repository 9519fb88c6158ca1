//! A term quoted whole in corner brackets: `「侵犯財產罪」共錄得1595宗`
//! → `侵犯財產罪`.
//!
//! Reports of Hong Kong, Macau and Taiwan quote with corner brackets
//! (`「」`, `『』`) the names under which they count: offence groups of a
//! crime table (`「搶劫」`, `「販毒」`), schemes and programmes
//! (`「弱勢家庭緊急生活扶助計畫」6人次`). A subject that is one such
//! quotation and nothing else is the term quoted. A quotation that is only
//! part of the phrase stays (`「普通傷人」案`, `「…」的案件`), and so do
//! the curly quotes of mainland text, where a whole quotation is a coined
//! name written with its quotes (`“司机之家”37个`).

/// The corner brackets, in pairs.
const CORNERS: [(char, char); 2] = [('「', '」'), ('『', '』')];

/// Whether `s` holds a corner bracket at all (one pass over its bytes, so
/// that [`inside_quotation`] is asked only of text that quotes).
pub(crate) fn quotes(s: &str) -> bool {
    s.contains(['「', '『'])
}

/// Whether byte `i` of `s` stands inside a corner quotation closed in
/// `s` (`「未納入其他組別之罪案」`): a verb there is part of the name
/// quoted, no verb of the clause.
pub(crate) fn inside_quotation(s: &str, i: usize) -> bool {
    CORNERS.iter().any(|&(open, close)| {
        s[..i]
            .rfind([open, close])
            .is_some_and(|o| s[o..].starts_with(open))
            && s[i..]
                .find([open, close])
                .is_some_and(|c| s[i + c..].starts_with(close))
    })
}

/// `s` without the corner brackets around it, when it is one quotation
/// whole (no other bracket of the pair inside).
pub(crate) fn unquoted(s: &str) -> &str {
    for (open, close) in CORNERS {
        if let Some(inner) = s.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            if !inner.is_empty() && !inner.contains([open, close]) {
                return inner;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{inside_quotation, unquoted};

    #[test]
    fn a_verb_inside_a_closed_quotation_is_inside_it() {
        let s = "「未納入其他組別之罪案」共有";
        assert!(inside_quotation(s, s.find('納').unwrap()));
        assert!(!inside_quotation(s, s.find('共').unwrap()));
        let open = "「未納入其他組別之罪案";
        assert!(!inside_quotation(open, open.find('納').unwrap()));
        let two = "「搶劫」及「盜竊」";
        assert!(!inside_quotation(two, two.find('及').unwrap()));
    }

    #[test]
    fn a_whole_corner_quotation_is_its_term() {
        assert_eq!(unquoted("「侵犯財產罪」"), "侵犯財產罪");
        assert_eq!(unquoted("『長者生活津貼』"), "長者生活津貼");
        assert_eq!(unquoted("「普通傷人」案"), "「普通傷人」案");
        assert_eq!(unquoted("「搶劫」及「盜竊」"), "「搶劫」及「盜竊」");
        assert_eq!(unquoted("“司机之家”"), "“司机之家”");
        assert_eq!(unquoted("「」"), "「」");
    }
}
