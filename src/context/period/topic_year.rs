//! The year in force, or its end or start, written between a topic and the
//! measure it dates (`粮食全年总产量`, `企业家信心指数全年平均为`, `大牲畜年末
//! 存栏数`): bulletins put `全年`, `年末`, `年初` after the thing counted as
//! often as before it, and the word scopes the clause there as at its head.
//! A named year or a part of one stays for [`super::predicate_follows`]
//! (`券商2021年半年度财务报表` names a report).

use super::{Base, Class, Found};

/// Whether `f` is a word of the year in force: the whole year (`全年`,
/// `年内`), or its end or start (`年末`, `年底`, `年初`), not a year of its
/// own (`去年末`) or a part of one (`上半年`).
pub(super) fn of_year_in_force(f: &Found<'_>) -> bool {
    match f.reading.base {
        Base::Word(w) => w.class == Class::Year || matches!(w.time, "end:C" | "first:C"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::inside;

    fn period(clause: &str) -> Option<&str> {
        inside(clause).map(|f| f.text)
    }

    #[test]
    fn the_year_in_force_after_the_thing_counted() {
        assert_eq!(period("粮食全年总产量4.2万吨"), Some("全年"));
        assert_eq!(period("企业景气指数全年平均为118.6"), Some("全年"));
        assert_eq!(period("大牲畜年末存栏数2.6万头"), Some("年末"));
    }

    #[test]
    fn not_after_a_verb_nor_a_basis() {
        assert_eq!(period("完成全年目标任务的85%"), None);
        assert_eq!(period("粮食产量比上年末增加"), None);
    }
}
