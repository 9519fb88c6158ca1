//! The value of a comparison basis: a figure written as what a year had,
//! against which the figure reported is compared, is of that year.
//!
//! Chinese writes the basis's own value right after the basis and `的`
//! (`比2010年的3.10人减少0.48人`, `比2017年全年的1,034宗增加了82宗`,
//! `与2010年(第六次全国人口普查数据,下同)的133972万人相比`), or restates
//! it in brackets after the change (`较2021年上升6.7%(即29 157宗)`,
//! `与2021年相比(即33 891宗)`). Such a figure is of the basis's time, not
//! of the period in force (`去年…`, the report's year).

use crate::context::lexicon::COMPARISON_SET;
use crate::context::period;

/// How far back from a figure the basis is looked for, in bytes.
const BASIS_BYTES: usize = 90;

/// The basis time whose value the figure after `before` (its sentence up
/// to the figure) is: `比2010年的`, `较2017年全年的`, `…较2021年上升6.7%(即`;
/// after `与`/`同` only when `after` (the text after the figure) compares
/// (`与2010年的133972万人相比`), else they join (`完成A与2019年的…`).
pub(crate) fn basis_value<'a>(before: &'a str, after: &str) -> Option<&'a str> {
    let b = tail(before);
    if let Some(rest) = b.strip_suffix("(即").or_else(|| b.strip_suffix("（即")) {
        // (the basis of the clause the bracket closes, when the bracket
        // restates the basis: after the comparison or its rate of change,
        // not after a count of the change, `减少168宗(即5%)`, the change)
        if !restates_basis(rest) {
            return None;
        }
        let clause = rest.rsplit(['，', ',', '；', '。']).next().unwrap_or(rest);
        return last_basis(clause, true).map(|(p, _)| p);
    }
    let b = b.strip_suffix('的')?;
    let b = b.strip_suffix("全年").unwrap_or(b);
    let b = without_aside(b);
    let b = b.rsplit(['，', ',', '；', '。']).next().unwrap_or(b);
    let (p, end) = last_basis(b, super::compared_with(after))?;
    (end == b.len()).then_some(p)
}

/// Whether a bracket `(即…)` after `rest` may restate the basis's value:
/// `rest` ends with the comparison (`与2021年相比`) or with a rate of
/// change (`较2021年上升6.7%`); after a count (`减少168宗`) it restates
/// the change in another measure.
fn restates_basis(rest: &str) -> bool {
    let closer = rest.char_indices().rev().nth(1).map(|(i, _)| &rest[i..]);
    rest.ends_with(['%', '％']) || closer.is_some_and(|w| COMPARISON_SET.contains(w))
}

/// The last single year (or day or month of one) written after a basis
/// lead in `s` (`比2010年`, `同第六次全国人口普查2010年11月1日零时`), and
/// where it ends; `joins` whether `与`/`同` lead one too. Not a lead: the
/// `比` of a noun (`比重`, `比例`) or of `相比`, which follows its basis.
fn last_basis(s: &str, joins: bool) -> Option<(&str, usize)> {
    let leads = s.char_indices().rev().filter(|&(i, c)| {
        let next = s[i + c.len_utf8()..].chars().next();
        match c {
            '比' => !next.is_some_and(|n| "重例率值".contains(n)) && !s[..i].ends_with('相'),
            '较' => true,
            '与' | '同' => joins,
            _ => false,
        }
    });
    leads.into_iter().find_map(|(i, c)| {
        let from = i + c.len_utf8();
        let p = *period::phrases(&s[from..]).last()?;
        let at = p.as_ptr() as usize - s.as_ptr() as usize;
        // (a name may stand between: `同第六次全国人口普查2010年…`; a
        // start or end may not: `比重由2007年`)
        let between = &s[from..at];
        if between.chars().count() > 12 || between.contains(['由', '从', '到', '至']) {
            return None;
        }
        let t = super::template(p);
        let single = t.written_year().is_some() && t.first_year() == t.written_year();
        single.then_some((p, at + p.len()))
    })
}

/// The role of the basis value of `p` (see [`basis_value`]): a value at
/// one day (`2010年11月1日的13.3972亿人`) is a stock at that day.
pub(crate) fn basis_role(p: &str, role: super::Role) -> super::Role {
    match super::template(p) {
        super::Template::Span(a, b) if a == b && a.day > 0 => super::Role::Stock,
        _ => role,
    }
}

/// `s` without a bracketed aside at its end (`2010年(第六次全国人口普查
/// 数据,下同)`: `2010年`).
fn without_aside(s: &str) -> &str {
    let Some(inner) = s.strip_suffix(')').or_else(|| s.strip_suffix('）')) else {
        return s;
    };
    match inner.rfind(['(', '（']) {
        Some(at) => &s[..at],
        None => s,
    }
}

/// The last [`BASIS_BYTES`] of `s`, from a character boundary.
fn tail(s: &str) -> &str {
    let mut at = s.len().saturating_sub(BASIS_BYTES);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

#[cfg(test)]
mod tests {
    use super::basis_value;

    #[test]
    fn values_of_a_basis() {
        let v = |b| basis_value(b, "减少0.48人");
        assert_eq!(v("共31 111宗,较2021年上升6.7%(即"), Some("2021年"));
        assert_eq!(v("共34 775宗,与2021年相比(即"), Some("2021年"));
        assert_eq!(v("共3 200宗,较2021年减少168宗(即"), None);
        assert_eq!(v("平均每个家庭户的人口为2.62人,比2010年的"), Some("2010年"));
        assert_eq!(v("火警出勤共有1,116宗，比2017年全年的"), Some("2017年"));
        assert_eq!(v("共有141178万人,与2010年(普查数据,下同)的"), None);
        assert_eq!(
            basis_value("共有141178万人,与2010年(普查数据,下同)的", "相比"),
            Some("2010年")
        );
        assert_eq!(
            v("共接获31 111宗，较二〇二一年上升6.7%(即"),
            Some("二〇二一年")
        );
        assert_eq!(v("共有34 775宗，与二〇二一年相比(即"), Some("二〇二一年"));
        // (not a basis: the figure is the report's)
        assert_eq!(v("2023年全县的"), None);
        assert_eq!(v("比上年增长5%(即"), None);
        assert_eq!(v("比2019年增长"), None);
        assert_eq!(v("比2019年增长5%，2020年的"), None);
        assert_eq!(v("支出占国内生产总值的比重由2007年的"), None);
        assert_eq!(v("比重由2007年的1.4%提高到2012年的"), None);
    }
}
