//! `全国共有儿童收养救助服务机构803个，拥有床位9.8万张，年末收养各类人员5.6万人。
//! 其中儿童福利机构529个…`: a period heading a later clause of a paragraph's
//! opening sentence, after clauses whose figures it does not date, is that
//! clause's own: the sentence did not open under it, and the sentences
//! after it (`其中…` breaks the 803 institutions down, not the 5.6万人) stay
//! out of it. Only when nothing is counted before it does such a period
//! state once what the paragraph's figures are of (`一是拓宽主动公开渠道。
//! 强化…功能，全年通过门户网站主动公开信息4511条。`).

/// Whether `before`, the text of a sentence before the period heading one
/// of its later clauses (past its list marker), holds a figure: Arabic
/// digits followed by no unit of a date (`803个`, `9.8万张`, `35%`; not
/// `2023年`, `9月`, `12日`).
pub(super) fn figures_before(before: &str) -> bool {
    let before = super::head_start(before);
    let mut digits = false;
    for c in before.chars() {
        let digit = crate::chars::is_digit(c);
        if digit || (digits && matches!(c, '.' | '．' | ',' | '，')) {
            digits = digits || digit;
            if !digit && c != '.' && c != '．' {
                // (`，` after digits ends the run: a clause mark, no figure)
                digits = false;
            }
            continue;
        }
        if digits
            && !matches!(
                c,
                '年' | '月' | '日' | '号' | '號' | '季' | '时' | '時' | '点' | '點'
            )
        {
            return true;
        }
        digits = false;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_before_the_clause() {
        assert!(figures_before("全国共有服务机构803个，拥有床位9.8万张，"));
        assert!(figures_before("达标率为35%，"));
    }

    #[test]
    fn no_count_before_the_clause() {
        assert!(!figures_before("强化门户网站功能，"));
        assert!(!figures_before("1.强化门户网站功能，"));
        assert!(!figures_before("2023年3月起，强化门户网站功能，"));
        assert!(!figures_before(""));
    }
}
