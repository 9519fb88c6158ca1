//! What a measure word of persons or of bodies counts: the noun of its
//! class in the phrase after the number.
//!
//! A measure word agrees with the noun it counts: `名` and `位` count
//! persons, `家`, `所` and `户` count enterprises, institutions, schools
//! and households. When the phrase read after the number goes on past
//! that noun into what is said of it (`27万名学前一年幼儿保教费`,
//! `7家商业银行审计情况看`, `64家单位政府信息公开年度报告`,
//! `8家企业亮相…`), the figure still counts the persons or bodies: the
//! phrase ends at the noun of the class. A phrase that itself ends in
//! such a noun (`63家村(社区)公共法律服务室`, `200名学生家长`) is
//! kept whole, modifiers and all.

use once_cell::sync::Lazy;

use super::super::lexicon;
use super::super::lexicon::dict::{self, Pos};
use super::super::lexicon::WordSet;

/// Endings of nouns of persons (`words/counted-persons.txt`).
const PERSONS: &str = include_str!("../words/counted-persons.txt");
/// Endings of nouns of bodies (`words/counted-bodies.txt`).
const BODIES: &str = include_str!("../words/counted-bodies.txt");

static PERSON_ENDS: Lazy<WordSet> = Lazy::new(|| WordSet::by_last_words(PERSONS));
static BODY_ENDS: Lazy<WordSet> = Lazy::new(|| WordSet::by_last_words(BODIES));

/// The classes of nouns that the measure word `unit` counts, if it
/// counts persons or bodies (`户`, a household, counts both:
/// `3户企业实控人`).
fn class_of(unit: &str) -> Option<&'static [&'static Lazy<WordSet>]> {
    static PERSONS_ONLY: [&Lazy<WordSet>; 1] = [&PERSON_ENDS];
    static BODIES_ONLY: [&Lazy<WordSet>; 1] = [&BODY_ENDS];
    static HOUSEHOLDS: [&Lazy<WordSet>; 2] = [&BODY_ENDS, &PERSON_ENDS];
    match unit {
        "名" | "位" => Some(&PERSONS_ONLY),
        "家" | "所" => Some(&BODIES_ONLY),
        "户" | "戶" => Some(&HOUSEHOLDS),
        _ => None,
    }
}

/// Whether `w` ends in a noun of one of the classes `ends` (the ending
/// inside the word: `幼儿` is a person, `卫生` is none).
fn of_class(ends: &[&Lazy<WordSet>], w: &str) -> bool {
    ends.iter()
        .any(|set| set.suffix_of(w).is_some_and(|e| e.len() <= w.len()))
}

/// Whether `w` ends in a noun of persons or of bodies (`干部`, `法院`):
/// one who acts, not a kind of what is done.
pub(super) fn names_party(w: &str) -> bool {
    of_class(&[&PERSON_ENDS, &BODY_ENDS], w)
}

/// Whether a figure in `unit` may count `np`: a measure word of persons
/// or bodies (`户`, `名`, `家`) counts only a noun of its class (`有8户11个
/// 项目`: the `户` are enterprises, not projects); any other counts any.
pub(crate) fn may_count(unit: Option<&str>, np: &str) -> bool {
    unit.and_then(class_of)
        .is_none_or(|ends| of_class(ends, np))
}

/// The phrase `np` read after the number of a figure in `unit`, ended at
/// the last noun the measure word counts when `np` ends in another word.
pub(super) fn by_measure_word<'a>(unit: Option<&str>, np: &'a str) -> &'a str {
    let Some(ends) = unit.and_then(class_of) else {
        return np;
    };
    // most phrases end in the noun counted: refused before segmenting
    if np.chars().nth(2).is_none() || of_class(ends, np) || np.len() > 3 * dict::MAX_SPAN {
        return np;
    }
    let words = dict::segment(np);
    let mut cut = None;
    for (a, b, p) in words.iter() {
        let w = &np[a..b];
        // (a list or bracket goes on: `高校、职业院校`; a verb after the
        // noun counted begins what is said of it: `县级医院共享三级医院服务`)
        if w.contains(['、', '（', '(', '“']) || (cut.is_some() && p == Pos::Verb) {
            break;
        }
        if p.nominal() && b < np.len() && of_class(ends, w) && np[..b].chars().nth(1).is_some() {
            cut = Some(b);
        }
    }
    match cut {
        Some(b) => &np[..b],
        None => np,
    }
}

/// The subject `subj`, read before a figure of persons (`人`, `名`,
/// `位`, `人次`), without the verbs that follow the persons named:
/// `高校毕业生就业2800万人` counts graduates, `就业困难人员实现就业` the
/// persons, not the finding of work (the verb is what they did, and
/// a subject is no clause). A subject with no noun of persons before its
/// verbs (`城镇新增就业`) is the name of the indicator and is kept; a verb
/// that reaches the persons leaves what reaches them ([`reached_by_verb`]).
pub(super) fn persons_before_verbs<'a>(unit: Option<&str>, subj: &'a str) -> &'a str {
    if !matches!(unit, Some("人" | "名" | "位" | "人次")) || of_class(&[&PERSON_ENDS], subj) {
        return subj;
    }
    if let Some(head) = reached_by_verb(unit, subj) {
        return head;
    }
    if subj.chars().nth(2).is_none() || subj.len() > 3 * dict::MAX_SPAN {
        return subj;
    }
    let words = dict::segment(subj);
    let mut cut = None;
    for (a, b, p) in words.iter() {
        let w = &subj[a..b];
        if p.nominal() && of_class(&[&PERSON_ENDS], w) && subj[..b].chars().nth(1).is_some() {
            cut = Some(b);
        } else if cut.is_some() && !matches!(p, Pos::Verb | Pos::Adverb) {
            cut = None;
        }
    }
    match cut {
        Some(b) if b < subj.len() => &subj[..b],
        _ => subj,
    }
}

/// `城镇失业人员实现再就业1243人`: a count of persons whose clause names
/// them before its verb (`失业人员|实现|再就业`) counts those persons; what
/// the verb reaches after them (`再就业`) is what befell them, not who is
/// counted. The stretch `s` before the number up to the verb `v` that
/// opens `np` (the phrase after the verb), when the unit counts persons
/// (`人`, `名`) and that stretch ends in a noun of persons of two
/// characters or more; None otherwise.
pub(super) fn persons_before_verb<'a>(
    unit: Option<&str>,
    s: &'a str,
    v: &str,
    np: &str,
) -> Option<&'a str> {
    if !matches!(unit, Some("人" | "名")) || np.is_empty() {
        return None;
    }
    let at = (np.as_ptr() as usize).checked_sub(s.as_ptr() as usize)?;
    let head = s.get(..at)?.strip_suffix(v)?;
    let tail = super::phrase::tail_chars(head, 4);
    let persons = dict::segment(tail).iter().last().is_some_and(|(a, b, p)| {
        p.nominal() && tail[a..b].chars().nth(1).is_some() && of_class(&[&PERSON_ENDS], &tail[a..b])
    });
    (persons && head.chars().nth(1).is_some()).then_some(head)
}

/// `社会养老保险覆盖9亿多人`: persons that a verb reaches are its object;
/// the subject is what reaches them, before the verb. Only a verb the
/// dictionary reads as one (not `育儿补贴`, `内镜检查`, which name what
/// was given or done) ending the subject after a noun.
fn reached_by_verb<'a>(unit: Option<&str>, subj: &'a str) -> Option<&'a str> {
    if unit == Some("人次") {
        return None;
    }
    let v = super::phrase::tail_chars(subj, 2);
    let head = &subj[..subj.len() - v.len()];
    if !lexicon::WEAK_SET.contains(v) || head.chars().nth(1).is_none() {
        return None;
    }
    let words = dict::segment(super::phrase::tail_chars(subj, 5));
    let mut before = None;
    let mut last = None;
    for w in words.iter() {
        before = last;
        last = Some(w);
    }
    let verb = last.is_some_and(|(a, b, p)| p == Pos::Verb && b - a == v.len());
    let noun = before.is_some_and(|(_, _, p)| matches!(p, Pos::Noun | Pos::Abbrev));
    (verb && noun).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persons_named_before_their_verb_are_counted() {
        let s = "城镇失业人员实现再就业";
        let np = &s["城镇失业人员实现".len()..];
        assert_eq!(
            persons_before_verb(Some("人"), s, "实现", np),
            Some("城镇失业人员")
        );
        // not a count of persons, nor a noun of things before the verb
        assert_eq!(persons_before_verb(Some("件"), s, "实现", np), None);
        let s = "城镇新增就业人员";
        let np = &s["城镇新增".len()..];
        assert_eq!(persons_before_verb(Some("人"), s, "新增", np), None);
    }

    fn parse_unique(name: &str, text: &str) {
        let mut seen = std::collections::HashSet::new();
        for w in lexicon::words(text) {
            assert!(
                !w.contains(char::is_whitespace) && w.chars().all(|c| c > '\u{2e80}'),
                "{name}: malformed word {w:?}"
            );
            assert!(seen.insert(w), "{name}: {w} twice");
        }
        assert!(seen.len() > 20, "{name}: too few words");
    }

    #[test]
    fn word_lists_parse_without_duplicates() {
        parse_unique("counted-persons.txt", PERSONS);
        parse_unique("counted-bodies.txt", BODIES);
    }

    #[test]
    fn the_phrase_ends_at_the_noun_counted() {
        let n = Some("名");
        assert_eq!(by_measure_word(n, "学前一年幼儿保教费"), "学前一年幼儿");
        assert_eq!(
            by_measure_word(n, "困难家庭老年人实施白内障手术"),
            "困难家庭老年人"
        );
        let j = Some("家");
        assert_eq!(by_measure_word(j, "商业银行审计情况看"), "商业银行");
        assert_eq!(by_measure_word(j, "单位政府信息公开年度报告"), "单位");
        assert_eq!(by_measure_word(j, "企业亮相国际消费电子展"), "企业");
        assert_eq!(by_measure_word(j, "县级医院共享三级医院服务"), "县级医院");
        assert_eq!(by_measure_word(Some("户"), "企业实控人"), "企业实控人");
    }

    #[test]
    fn persons_before_their_verbs() {
        let r = Some("人");
        assert_eq!(persons_before_verbs(r, "高校毕业生就业"), "高校毕业生");
        assert_eq!(
            persons_before_verbs(r, "就业困难人员实现就业"),
            "就业困难人员"
        );
        assert_eq!(persons_before_verbs(r, "城镇新增就业"), "城镇新增就业");
        assert_eq!(persons_before_verbs(r, "长期护理保险覆盖"), "长期护理保险");
        assert_eq!(persons_before_verbs(r, "育儿补贴"), "育儿补贴");
        assert_eq!(
            persons_before_verbs(Some("元"), "高校毕业生就业"),
            "高校毕业生就业"
        );
    }

    #[test]
    fn a_phrase_ending_in_the_noun_counted_is_kept() {
        assert_eq!(by_measure_word(Some("名"), "学生家长"), "学生家长");
        assert_eq!(
            by_measure_word(Some("家"), "村(社区)公共法律服务室"),
            "村(社区)公共法律服务室"
        );
        assert_eq!(
            by_measure_word(Some("所"), "高校、职业院校"),
            "高校、职业院校"
        );
        // other measure words are left alone, and phrases with no noun
        // of the class
        assert_eq!(
            by_measure_word(Some("个"), "镇土地延包试点任务"),
            "镇土地延包试点任务"
        );
        assert_eq!(
            by_measure_word(Some("户"), "不动产登记问题"),
            "不动产登记问题"
        );
    }
}
