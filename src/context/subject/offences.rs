//! Offences listed before `等` and a noun of cases or crimes
//! (`审结故意杀人、绑架等案件397件`, `贪污贿赂、渎职等案件`,
//! `集资诈骗、非法吸收公众存款等涉众型经济犯罪`). Chinese names an offence
//! by what is done (`故意杀人`, `危害食品药品安全`, `恶意欠薪`), so such a
//! list reads as verb phrases; yet each item is a kind of the cases
//! counted, a nominal modifier that stays with the head as a list of
//! plain nouns does (`养老诈骗、电信网络诈骗等诈骗案件`).

/// Last words of a noun of cases or crimes: what a list of offences
/// before `等` is a list of kinds of.
const CASE_ENDS: &[&str] = &["案件", "案", "犯罪", "罪", "罪案"];

/// Quote, title and footnote marks (`\u{22}` is the ASCII double quote): a
/// text holding one names single
/// cases, not a kind of them.
const NAME_MARKS: [char; 11] = [
    '“', '”', '\u{22}', '《', '》', '「', '」', '[', ']', '［', '］',
];

/// Whether `examples`, the stretch before a list-closing `等`, names
/// offences of the cases or crimes `class` (what follows the `等`) counts:
/// the class ends in a noun of cases, and the examples are written out
/// as items (no quoted or titled name, no footnote mark: `“…”非法吸收
/// 公众存款案[3]等案件` names single cases, which are dropped).
pub(super) fn listed(examples: &str, class: &str) -> bool {
    let class = class.trim_end();
    CASE_ENDS.iter().any(|e| class.ends_with(e))
        && !examples.is_empty()
        && !examples.contains(NAME_MARKS)
}

/// Whether `object`, the words after the verb opening a clause (as a
/// procuratorate's `批准逮捕` or the police's `侦查` open one), names a
/// kind of crimes or cases by the offence (`破坏市场经济秩序犯罪`,
/// `涉枪涉毒涉赌犯罪`, `交通、市政、能源等工程建设领域职务犯罪`): it ends
/// in a noun of cases other than a bare `案` (which also ends `方案`,
/// `预案`, `提案`) and is longer than that noun. Its verbs then name the
/// offence, and the whole is the verb's object, a noun phrase.
pub(super) fn names_offence(object: &str) -> bool {
    CASE_ENDS
        .iter()
        .filter(|&&e| e != "案")
        .any(|e| object.len() > e.len() + 3 && object.ends_with(e))
        && !object.contains(NAME_MARKS)
}

/// Whether a verb after `、` opens an item of a list of offences
/// (`起诉贪污、挪用公款等职务犯罪`, `职务侵占、挪用资金等案件`): `before`,
/// the text before the verb, ends in `、`, and `after`, the text after
/// it, closes the list with `等` and a noun of cases or crimes. The verb
/// names an offence, no act of the clause.
pub(super) fn verb_in_list(before: &str, after: &str) -> bool {
    if !before.ends_with('、') {
        return false;
    }
    let Some(i) = after.find('等') else {
        return false;
    };
    let item = &after[..i];
    !item.is_empty()
        && !item.contains(['，', ',', '；', ';', '的'])
        && listed(item, &after[i + '等'.len_utf8()..])
}

/// Words that state an act is against the law (`非法`, `违法`): before a
/// verb they make it the name of an offence (`非法传销`, `违法排污`).
const UNLAWFUL: &[&str] = &["非法", "违法", "違法"];

/// Last words of a noun of those who commit an offence or where they do
/// it (`传销团伙`, `制假窝点`): named by the offence as cases are.
const OFFENDER_ENDS: &[&str] = &["团伙", "團夥", "窝点", "窩點"];

/// Whether a verb after `head` (the stretch before it) names an offence
/// inside the noun phrase it opens rather than heading the clause
/// (`打掉非法传销团伙`, `捣毁违法排污窝点`): `head` ends in a word of
/// unlawfulness, and `rest` (what follows the verb) ends in a noun of
/// cases, crimes or offenders, which the offence names the kind of. The
/// clause's verb is an earlier one (`打掉`), whose object is the whole.
pub(super) fn unlawful_kind(head: &str, rest: &str) -> bool {
    UNLAWFUL.iter().any(|w| head.ends_with(w))
        && CASE_ENDS
            .iter()
            .filter(|&&e| e != "案")
            .chain(OFFENDER_ENDS)
            .any(|e| rest.ends_with(e))
        && !rest.contains(NAME_MARKS)
}

#[cfg(test)]
mod tests {
    use super::{listed, names_offence, unlawful_kind, verb_in_list};

    #[test]
    fn an_unlawful_act_naming_a_kind_of_offenders() {
        assert!(unlawful_kind("打掉非法", "团伙"));
        assert!(unlawful_kind("查处违法", "排污案件"));
        assert!(!unlawful_kind("打掉", "团伙"));
        assert!(!unlawful_kind("查处非法", "耕地"));
    }

    #[test]
    fn a_verb_opening_an_item_of_offences() {
        assert!(verb_in_list("起诉贪污、", "公款等职务犯罪"));
        assert!(!verb_in_list("起诉贪污", "公款等职务犯罪"));
        assert!(!verb_in_list("新建、", "农村公路等工程"));
    }

    #[test]
    fn an_object_named_by_the_offence() {
        assert!(names_offence("破坏市场经济秩序犯罪"));
        assert!(names_offence("涉枪涉毒涉赌犯罪"));
        assert!(!names_offence("犯罪"));
        assert!(!names_offence("改造供热管网"));
    }

    #[test]
    fn offences_before_a_noun_of_cases() {
        assert!(listed("故意杀人、绑架", "案件"));
        assert!(listed("集资诈骗、非法吸收公众存款", "涉众型经济犯罪"));
        assert!(!listed("改造燃气、供排水", "地下管网"));
        assert!(!listed("“哈斯根金融集团”非法吸收公众存款案[3]", "案件"));
    }
}
