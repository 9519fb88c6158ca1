//! A figure that is itself the value compared with (SPEC §2.1: the
//! comparison value still takes the measure as subject): `比2000年第五次全国
//! 人口普查的2.91人减少了0.46人`, `与第五次全国人口普查的总人口126583万人相比`.
//! The basis of the comparison (the year, the census before) is no subject;
//! the measure is the noun after the basis's `的`, else the measure named
//! before the comparison.

use crate::context::lexicon;

/// What a compared value is measured by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compared<'a> {
    /// The measure named after the basis's `的` (`总人口`).
    Measure(&'a str),
    /// Nothing named after the basis: the measure of the figure before.
    Before,
}

/// Words that open a basis with `比` or `较` and are no comparison
/// (`比重`, `比例`, `较大`, `较差的`): the preposition must stand alone.
const NOT_PREPOSITION: [char; 11] = [
    '重', '例', '率', '值', '赛', '賽', '较', '較', '大', '差', '好',
];

/// Whether what follows the basis's `的` names a measure and no predicate:
/// `比1954年的铺轨里数增长了` and `比计划规定的单位数多` state a change with
/// the figure after it, no value compared with.
fn names_measure(np: &str) -> bool {
    !np.contains(['占', '佔', '为', '為', '了', '是', '达', '達'])
        && !np.ends_with(['多', '少', '高', '低'])
        && super::change_suffix(np).is_none()
}

/// Whether the figure whose stretch before it is `raw` (from its clause's
/// start or the figure before) and the text after it `after` is the value
/// compared with, and how it is measured. `比…的N` and `较…的N` open the
/// comparison before the figure and end the basis with `的`; `与…N相比`
/// and `同…N相比` close it with `相比` after the figure.
pub(crate) fn compared_value<'a>(raw: &'a str, after: &str) -> Option<Compared<'a>> {
    let mut chars = raw.chars();
    let first = chars.next()?;
    let closed = || {
        lexicon::COMPARISON_SET
            .prefix_of(after.trim_start())
            .is_some()
    };
    let opens = match first {
        '比' | '较' | '較' => chars.next().is_some_and(|c| !NOT_PREPOSITION.contains(&c)),
        '与' | '與' | '同' | '跟' => closed(),
        _ => false,
    };
    if !opens {
        return None;
    }
    let basis = &raw[first.len_utf8()..];
    match basis.rfind('的') {
        Some(i) => {
            let measure = &basis[i + '的'.len_utf8()..];
            if measure.is_empty() {
                Some(Compared::Before)
            } else {
                names_measure(measure).then_some(Compared::Measure(measure))
            }
        }
        // `比2010年的` is needed to tell a compared value after `比`
        // (`比上年增长5%` states a change, not a value compared with),
        // unless the basis is a target or a plan, named right before its
        // amount (`比“十五”计划目标1080亿元超额156亿元`)
        None if first == '比' || first == '较' || first == '較' => {
            planned_basis(basis).map(Compared::Measure)
        }
        None => Some(Compared::Before),
    }
}

/// Whether `raw`, the stretch before a figure, is `比` or `较` and a basis
/// that names a target or a plan ([`planned_basis`]): the figure is that
/// basis's amount, and the figures after it in the clause (`超额156亿元`)
/// are of the measure named before the comparison, not of the basis.
pub(crate) fn planned_basis_before(raw: &str) -> bool {
    let raw = raw.trim_start();
    raw.strip_prefix(['比', '较', '較']).is_some_and(|basis| {
        !basis.starts_with(NOT_PREPOSITION)
            && !basis.contains('的')
            && planned_basis(basis).is_some()
    })
}

/// The basis after `比` or `较`, when a head of `words/target-heads.txt`
/// ends it (`“十五”计划目标`, `这个年度预算数`): the figure right after is
/// that basis's amount, and what it measures is the basis without the
/// connectors, time phrases and determiners opening it
/// ([`super::strip_head`]: `年度预算数`). A target head that stripping took
/// as an opening is given back (`计划目标`, not `目标`). None for a basis
/// that ends in anything else, such as a change or a comparison (`上年增长`,
/// `计划多`), which names no amount.
fn planned_basis(basis: &str) -> Option<&str> {
    let b = basis.trim();
    let kept = super::strip_head(b);
    lexicon::TARGET_HEAD_TAIL.suffix_of(kept)?;
    let dropped = &b[..b.len() - kept.len()];
    let head = lexicon::TARGET_HEAD_TAIL
        .suffix_of(dropped)
        .map_or(0, str::len);
    Some(&b[dropped.len() - head..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_after_the_basis_of_bi_takes_the_measure_before() {
        assert_eq!(
            compared_value("比2000年第五次全国人口普查的", "减少了0.46人"),
            Some(Compared::Before)
        );
        assert_eq!(compared_value("比上年", "，增长"), None);
        assert_eq!(compared_value("比重达", "。"), None);
        // a change stated after the basis's noun: no value compared with
        assert_eq!(compared_value("比1954年的铺轨里数增长了", "。"), None);
        assert_eq!(compared_value("比计划规定的单位数多", "；"), None);
        assert_eq!(compared_value("较差的占", "，"), None);
    }

    #[test]
    fn a_value_closed_by_xiangbi_takes_the_noun_after_the_basis() {
        assert_eq!(
            compared_value("与第五次全国人口普查的总人口", "相比，增加了"),
            Some(Compared::Measure("总人口"))
        );
        assert_eq!(compared_value("同2010年", "相比"), Some(Compared::Before));
        // `与` without `相比` joins two nouns
        assert_eq!(compared_value("与农村居民的", "，分别"), None);
    }
}
