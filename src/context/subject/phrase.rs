//! The subject as a phrase of words: its ends moved to word boundaries
//! of jieba's dictionary ([`dict`]), function words and a predicate cut
//! off, and brackets and quotes checked (SPEC §2.1).

use super::super::lexicon::dict::{self, Pos};
use super::super::lexicon::{self, VERB_SET};
use super::super::section;
use super::{is_clause_mark_char, is_space};
use crate::chars;

/// The byte range of `part` inside `whole`, if it is a slice of it.
fn offset_in(part: &str, whole: &str) -> Option<usize> {
    let (p, w) = (part.as_ptr() as usize, whole.as_ptr() as usize);
    (p >= w && p + part.len() <= w + whole.len()).then(|| p - w)
}

/// `s` moved `n` characters back from byte `at` (or to its start; one
/// character when `n` is 0), counted by the bytes that begin characters.
pub(super) fn back_chars(s: &str, at: usize, n: usize) -> usize {
    lexicon::chars_back(s, at, n.max(1)).unwrap_or(0)
}

/// The first `n` characters of `s` (or all of it).
pub(super) fn head_chars(s: &str, n: usize) -> &str {
    &s[..on_chars(s, 0, n)]
}

/// The last `n` characters of `s` (or all of it).
pub(super) fn tail_chars(s: &str, n: usize) -> &str {
    &s[back_chars(s, s.len(), n)..]
}

/// `s` moved `n` characters on from byte `at` (or to its end), by the
/// widths their first bytes give.
fn on_chars(s: &str, at: usize, n: usize) -> usize {
    // (`nth(n)` of the characters from `at`: none when exactly `n` are left)
    lexicon::chars_on(s, at, n).map_or(s.len(), |i| i.min(s.len()))
}

/// The subject `subj` (a slice of `before` or `after`) at word boundaries:
/// a word it cuts is taken whole when it is a noun (`基层党` →
/// `基层党组织`) and left out otherwise (`死亡率下` → `死亡率`, `案件同` →
/// `案件`); function words at its ends are dropped, and so is a verb at
/// the end of a phrase read after the number (`社区有望` → `社区`). None
/// when nothing but a verb or a function word is left, or when the phrase
/// is not well formed ([`well_formed`]).
pub(super) fn tidy<'a>(subj: &'a str, before: &'a str, after: &'a str) -> Option<&'a str> {
    let (buf, off, read_after) = match (offset_in(subj, before), offset_in(subj, after)) {
        (Some(o), _) => (before, o, false),
        (None, Some(o)) => (after, o, true),
        _ => return Some(subj).filter(|s| well_formed(s)),
    };
    let w0 = back_chars(buf, off, 4);
    let w1 = on_chars(buf, off + subj.len(), 4);
    let window = &buf[w0..w1];
    if window.len() > 3 * dict::MAX_SPAN && window.chars().count() > dict::MAX_SPAN {
        return Some(subj).filter(|s| well_formed(s));
    }
    let words = dict::segment(window);
    let (a, b, at_words) = snap(window, &words, off - w0, off - w0 + subj.len());
    if a >= b {
        return None;
    }
    // the words of the subject (those of the window when it begins and
    // ends at theirs), then its ends trimmed
    let phrase = &window[a..b];
    // (only the first `n` are read; `Noun`, the first part of speech,
    // makes the start all zeros)
    let mut ws: [(usize, usize, Pos); dict::MAX_SPAN] = [(0, 0, Pos::Noun); dict::MAX_SPAN];
    let mut n = 0;
    if at_words {
        for (s, e, p) in words.iter().filter(|&(s, e, _)| s >= a && e <= b) {
            ws[n] = (s - a, e - a, p);
            n += 1;
        }
    } else {
        for w in dict::segment(phrase).iter() {
            ws[n] = w;
            n += 1;
        }
    }
    // (`占全年目标任务6.9万人的`: the whole after `占` names the amount,
    // without the verb)
    let mut skip = 0;
    if !read_after && compares(phrase, &ws[..n]) {
        if !basis_amount(phrase, after) {
            return None;
        }
        skip = 1;
    }
    let rest = &buf[w0 + b..];
    // nothing but marks before the phrase in its clause, and the number
    // right after it (a phrase before a change verb is the measure that
    // changes: `实有企业较上年增长`)
    // (or a section marker: `3．少计债务支出`)
    // (what stands before it is read only where a rule asks)
    let lead = (!read_after && buf[w0 + b..].chars().all(is_space)).then(|| &buf[..w0 + a]);
    let (k, n) = trim(phrase, &ws[skip..n], read_after, lead, rest);
    let (k, n) = (k + skip, n + skip);
    if n == k {
        return None;
    }
    let (a, b) = (ws[k].0, ws[n - 1].1);
    let back = &ws[k..n];
    let out = &phrase[a..b];
    // (`占全年目标任务`: the whole named after the verb drops its head
    // words, as a subject does)
    let out = if skip > 0 {
        super::strip_head(out)
    } else {
        out
    };
    // nothing but a verb or a function word
    let lone = (back.len() == 1 && lone_word(out, back[0].2)) || verb_phrase(phrase, back);
    if lone || out.is_empty() {
        return None;
    }
    Some(out)
        .filter(|s| well_formed(s))
        .or_else(|| balanced_part(out))
}

/// Whether `w`, the last word of a subject read before its number, is
/// `的` right before the share verb (`未上过学的占0.8%`, `调解撤诉的占`,
/// but not `占比`): it makes what is said before it a noun, those it
/// names, and stays (SPEC §2.1: no noun follows to close the phrase).
fn de_before_share(w: &str, rest: &str) -> bool {
    w == "的"
        && rest
            .strip_prefix(['占', '佔'])
            .is_some_and(|r| !r.starts_with('比'))
}

/// Whether the phrase before a number is a comparison or a share, not a
/// noun phrase: a preposition of comparison or manner and its basis
/// (`比上一年增产`, `较上年同期多`, `按可比口径增加`), or `占` and the
/// whole the figure is a part of without a measure naming the share
/// (`占网民整体的`; but `占全国份额`, `占地区生产总值的比重` are
/// measures). The figure then takes the subject of the one before.
fn compares(phrase: &str, ws: &[(usize, usize, Pos)]) -> bool {
    let Some(&(a, b, p)) = ws.first() else {
        return false;
    };
    // `与2020年同期相比上升`: the verb of comparing alone names no measure
    if ws.len() == 1 && lexicon::COMPARISON_SET.contains(phrase) {
        return true;
    }
    if ws.len() < 2 {
        return false;
    }
    match &phrase[a..b] {
        "比" | "較" | "按" | "同" => p == Pos::Prep,
        "较" => true,
        "占" | "佔" => {
            let (_, e, _) = ws[ws.len() - 1];
            let end = phrase[..e].trim_end_matches('的');
            !names_share(end)
        }
        _ => false,
    }
}

/// Whether the figure after `phrase` is the amount of a whole a share is
/// then taken of (`占全年目标任务6.9万人的111.2%`: `N的` and the next
/// figure right after): the whole after `占` names that figure, which
/// takes no subject from the one before.
fn basis_amount(phrase: &str, after: &str) -> bool {
    crate::context::after_share_verb(phrase) && after.trim_end() == "的"
}

/// Whether the whole after `占` ends in a word naming the share itself
/// (`占全国份额`, `占地区生产总值的比重`, `占总资产的比例`, `的百分比`):
/// the phrase is then the measure. A whole (`占岁出总额`, `占捐赠总量`,
/// `占政府经常性收入`) names what the figure is a part of, not a measure.
fn names_share(end: &str) -> bool {
    end.ends_with(['例', '重', '比']) || ["份额", "份額", "比率"].iter().any(|w| end.ends_with(w))
}

/// The longest clause head read before a phrase, in characters: time
/// words, determiners and adverbs are short.
const MAX_LEAD: usize = 12;

/// What stands before a phrase in its clause.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// Nothing but marks or a section marker: the phrase opens the clause.
    Bare,
    /// Time words, determiners and adverbs (`全年`, `累计`, `今年以来共`).
    Head,
    /// A subject, a verb, or more.
    Runs,
    /// A figure and `、` (`调出五保对象8人、`): the phrase opens the next
    /// item of a list of figures, which takes its form from the list
    /// ([`Lead::Runs`]) but for a verb with its complement of direction
    /// or result ([`resultative`]), which opens an item of its own.
    NextItem,
}

/// What stands before a phrase in its clause: [`lead_kind`] of the
/// `before` stretch up to the phrase when the number follows the phrase
/// (else [`Lead::Runs`]), read at the first rule that asks and kept.
struct LeadOf<'s> {
    lead: Option<&'s str>,
    kind: Option<Lead>,
}

impl LeadOf<'_> {
    fn kind(&mut self) -> Lead {
        let lead = self.lead;
        *self
            .kind
            .get_or_insert_with(|| lead.map_or(Lead::Runs, lead_kind))
    }
}

/// What `lead`, the `before` stretch up to a phrase, leaves before it
/// after the last clause mark ([`Lead`]). A verb that opens the phrase
/// after a bare or head lead heads the clause
/// (`全年交付保障性租赁住房`).
fn lead_kind(lead: &str) -> Lead {
    // `追回和|收缴违规资金`: the phrase's verb is a conjunct of the verb
    // before, a predicate of the clause
    if super::verb_pair::ends_with_verb_and(lead) {
        return Lead::Bare;
    }
    // (after a figure a `、` may join clauses of their own, each opening
    // with its verb: `调出五保对象8人、调入五保对象4人`; a lead of the mark
    // alone follows the figure before, where the stretch begins)
    if lead
        .strip_suffix('、')
        .is_some_and(|h| h.chars().all(is_space) || ends_with_figure(h))
    {
        return Lead::NextItem;
    }
    let from = back_chars(lead, lead.len(), MAX_LEAD + 1);
    let tail = &lead[from..];
    let part = match tail.rfind(|c: char| is_clause_mark_char(c)) {
        Some(i) => &tail[i..],
        // the lead runs on further back than a clause head
        None if from > 0 => return Lead::Runs,
        None => tail,
    };
    let part = part.trim_matches(|c: char| is_space(c) || is_clause_mark_char(c));
    if section::marker_len(part) == part.len() {
        return Lead::Bare;
    }
    // (an item of a list after `、` takes its form from the list, where a
    // verb before a noun most often names a kind: `执法监督证`)
    if part.ends_with('、') {
        return Lead::Runs;
    }
    // (after `其中` the parts of a whole are named: `其中参保企业职工`)
    if lexicon::find_word(part, "其中").is_some() {
        return Lead::Runs;
    }
    let rest = super::strip_head(part);
    let head = rest.is_empty()
        || dict::segment(rest)
            .iter()
            .all(|(_, _, p)| matches!(p, Pos::Time | Pos::Adverb | Pos::Pronoun));
    if head {
        Lead::Head
    } else {
        Lead::Runs
    }
}

/// Whether the verb `w` is a verb of two characters and a complement of
/// direction or result (`调入`, `调出`, `收回`, `办完`): such a verb takes
/// the nouns after it as its object and never names a kind of them, as
/// `执法` does in `执法监督证` (the intransitive ones that do, `迁入人口`,
/// are read apart: [`super::verb_result::takes_no_object`]).
fn resultative(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some()
        && cs
            .next()
            .is_some_and(|c| matches!(c, '入' | '出' | '回' | '成' | '完' | '好' | '到' | '掉'))
        && cs.next().is_none()
}

/// Whether `s` ends with a figure: a digit among its last five
/// characters (`8人`, `1.2万人次`, `3个百分点`, `300余件`), the number and
/// the measure word of the item before a list mark.
fn ends_with_figure(s: &str) -> bool {
    s.chars().rev().take(5).any(crate::chars::is_digit)
}

/// The well-formed part of a phrase cut across a bracket or quote: what
/// follows a closing mark whose opening one stands before the phrase
/// (`一件事”重点事项` → `重点事项`), or what precedes an opening mark never
/// closed (`工业（不包括村办工业` → `工业`). None when nothing of two
/// characters or more is left.
fn balanced_part(s: &str) -> Option<&str> {
    let closer = |ch: char| PAIRS.iter().any(|&(_, c)| c == ch);
    let opener = |ch: char| PAIRS.iter().any(|&(o, _)| o == ch);
    let mut part = s;
    if let Some(i) = part.rfind(closer) {
        let c = part[i..].chars().next().unwrap_or(' ');
        let o = PAIRS.iter().find(|p| p.1 == c).map_or(' ', |p| p.0);
        if !part[..i].contains(o) {
            part = &part[i + c.len_utf8()..];
        }
    }
    if let Some(i) = part.find(opener) {
        let o = part[i..].chars().next().unwrap_or(' ');
        let c = PAIRS.iter().find(|p| p.0 == o).map_or(' ', |p| p.1);
        if !part[i..].contains(c) {
            part = &part[..i];
        }
    }
    let part = part.trim_matches(|c: char| is_space(c) || is_clause_mark_char(c) || c == '、');
    (part.chars().nth(1).is_some() && well_formed(part)).then_some(part)
}

/// The parts of speech that occur among some words, one bit each. Valid
/// for the words it was read from and any run of them: a part of speech
/// absent from all is absent from each (so that a rule that needs a word
/// of one is not run where none occurs).
#[derive(Clone, Copy)]
struct Tags(u32);

impl Tags {
    fn of(ws: &[(usize, usize, Pos)]) -> Tags {
        Tags(ws.iter().fold(0, |m, w| m | 1 << w.2 as u32))
    }

    /// Whether some word is tagged `p`.
    fn has(self, p: Pos) -> bool {
        self.0 >> (p as u32) & 1 == 1
    }
}

/// The words `ws[k..n]` of `phrase` that make the subject: function words
/// dropped at either end; a phrase read after the number ends where a
/// predicate begins ([`predicate_at`]) and loses a verb that ends it when
/// the clause runs on (`社区有望获评` → `社区`).
fn trim(
    phrase: &str,
    ws: &[(usize, usize, Pos)],
    read_after: bool,
    lead: Option<&str>,
    rest: &str,
) -> (usize, usize) {
    let word = |w: (usize, usize, Pos)| &phrase[w.0..w.1];
    // (a one-character word is left: `暂予`, `并网`, `本外币`, `对东盟`
    // begin with one that the dictionary does not join to the rest; but
    // not `的`, `后`: `的水平`, `还原后实际不良率`)
    let long = |w: (usize, usize, Pos)| two_chars_at(phrase, w.0, w.1);
    let (mut k, mut n) = (0, ws.len());
    while n - k > 1
        && ((long(ws[k]) && matches!(ws[k].2, Pos::Conj | Pos::Particle | Pos::Prep))
            || phrase.as_bytes()[ws[k].0..ws[k].1] == *"的".as_bytes()
            || (!long(ws[k])
                && matches!(ws[k].2, Pos::Particle | Pos::Locative)
                && long(ws[k + 1])
                && ws[k + 1].2.nominal()))
    {
        k += 1;
    }
    if read_after {
        n = predicate_at(phrase, ws, k, n);
        n = before_attribute(phrase, ws, k, n);
        // `14种农产品产量`: a measure word counts things, not the amount
        // of them that the clause goes on to state, nor their rate of
        // change (`32家企业增速`) (but `服务名额`, a quota, is counted
        // itself)
        // (nor a measure written as a Latin acronym, `8个省份GDP`)
        let upper = |j: usize| word(ws[j]).bytes().all(|b| b.is_ascii_uppercase());
        let mut j = n;
        while j > k && upper(j - 1) {
            j -= 1;
        }
        if j < n && phrase[ws[j].0..ws[n - 1].1].len() >= 2 && j > k && ws[j - 1].2.nominal() {
            n = j;
        }
        let last = word(ws[n - 1]);
        if n - k >= 2
            && names_measure(last)
            && last.ends_with(['量', '速', '幅', '率'])
            && phrase[ws[k].0..ws[n - 2].1].chars().count() >= 2
            // (or a verb: `矿产查明资源量`, the measure named with its verb)
            && (ws[n - 2].2.nominal() || ws[n - 2].2 == Pos::Verb)
        {
            n -= 1;
        }
        // `8件行政复议意见书和建议书履行率`: a rate written as a verb and
        // `率` (`履行率`, `办结率`) is no thing counted either
        if n - k >= 3
            && word(ws[n - 1]) == "率"
            && ws[n - 2].2 == Pos::Verb
            && two_chars_at(phrase, ws[n - 2].0, ws[n - 2].1)
            && ws[n - 3].2.nominal()
        {
            n -= 2;
        }
    } else {
        (k, n) = trim_before(phrase, ws, (k, n), lead);
    }
    while n - k > 1 {
        let l = ws[n - 1];
        let prev = ws[n - 2];
        let next = if l.1 == phrase.len() {
            rest
        } else {
            &phrase[l.1..]
        };
        // (before the number a verb after a noun is most often part of
        // the name of a measure: `研发投入`, `城镇新增就业`)
        // (a noun of one character too when it is all the measure word
        // counts: `4个村|有望被命名`)
        let verb_after_noun = read_after
            && long(l)
            && l.2 == Pos::Verb
            && prev.2.nominal()
            && (long(prev) || n - k == 2)
            && runs_on(next);
        // `私营工业则`: an adverb of one character too
        let drop = (long(l) && l.2.function() && l.2 != Pos::Locative)
            || (l.2 == Pos::Particle
                && (long(l) || matches!(word(l), "的" | "了" | "着" | "过"))
                && !(!read_after && l.1 == phrase.len() && de_before_share(word(l), rest)))
            || (!long(l) && l.2 == Pos::Adverb && long(prev))
            // `水电站和|六十五万千瓦`, `经营开支及|八十八亿元`: a conjunction
            // opens the next conjunct, it never ends a noun phrase (after
            // the number the phrase may run on to a figure of its own,
            // `三轮|汽车和低速货车694万辆`: left to the rules of lists)
            || (!read_after && matches!(word(l), "和" | "及" | "与" | "與" | "或" | "以及"))
            // `25个镇中，`, `33个项目中，`: after a measure word `中` ending
            // the clause makes the things counted a range (among them), no
            // part of their noun (before `的` the figure after reads on
            // from the whole phrase: `三个领域中的网络销售`)
            // (or before the predicate: `在184个国家中位列第62位`)
            || (read_after
                && matches!(word(l), "中" | "之中" | "当中" | "當中")
                && !next.starts_with('的'))
            // `121个县共设有`: an adverb after a noun of one character
            || (read_after && !long(l) && l.2 == Pos::Adverb && n - k == 2 && prev.2.nominal())
            || verb_after_noun;
        if !drop {
            break;
        }
        n -= 1;
    }
    (k, n)
}

/// The head and predicate rules of a phrase read before the number
/// (`ws[k..n]` of `phrase`; `lead`, what stands before it in its clause,
/// as [`trim`] is given it): the new bounds.
fn trim_before(
    phrase: &str,
    ws: &[(usize, usize, Pos)],
    (mut k, mut n): (usize, usize),
    lead: Option<&str>,
) -> (usize, usize) {
    let word = |w: (usize, usize, Pos)| &phrase[w.0..w.1];
    // (a rule that needs a word of some part of speech runs only where
    // one occurs)
    let tags = Tags::of(ws);
    // (the head rules read the noun before a closing qualifier,
    // `旅客总消费（不包括博彩）`: its verb opens no clause)
    let full = n;
    n = before_qualifier(phrase, ws, k, n);
    let qualifier = n;
    // `企业退休人员基本养老金从2004年`: a preposition before a date or
    // a number opens the phrase of a figure, not part of the subject
    if let Some(j) = (k + 1..n.saturating_sub(1))
        .filter(|_| tags.has(Pos::Prep))
        .find(|&j| {
            ws[j].2 == Pos::Prep
                && (phrase[ws[j + 1].0..]
                    .starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                    || matches!(ws[j + 1].2, Pos::Numeral | Pos::Time))
        })
    {
        n = j;
    }
    if tags.has(Pos::Verb) {
        let opens_clause = LeadOf { lead, kind: None };
        k = after_clause_head(phrase, ws, k, n, opens_clause);
    }
    k = after_inner_adverb(phrase, ws, k, n);
    if tags.has(Pos::Pronoun) {
        k = after_verb_determiner(phrase, ws, k, n);
    }
    if tags.has(Pos::Prep) {
        k = after_prep_phrase(phrase, ws, k, n);
    }
    if tags.has(Pos::Verb) {
        k = after_existential(phrase, ws, k, n);
        k = after_opening_existential(phrase, ws, (k, n), LeadOf { lead, kind: None });
    }
    // `超过一半的实用面积`: a share of the things (a numeral and `的`)
    // says how many of them, not what they are (but a measure word of
    // one character after a noun is that noun's: `家庭户的人口`)
    let noun_suffix = |j: usize| {
        j >= k + 2 && !two_chars_at(phrase, ws[j - 1].0, ws[j - 1].1) && ws[j - 2].2 == Pos::Noun
    };
    if let Some(j) = (k + 1..n.saturating_sub(1))
        .filter(|_| tags.has(Pos::Numeral))
        .find(|&j| word(ws[j]) == "的" && ws[j - 1].2 == Pos::Numeral && !noun_suffix(j))
    {
        if phrase[ws[j + 1].0..ws[n - 1].1].chars().nth(1).is_some() {
            k = j + 1;
        }
    }
    let cut = before_predicate(phrase, ws, k, n, tags.has(Pos::Adverb));
    n = if qualifier < full && cut == qualifier {
        full
    } else {
        cut
    };
    // `茅台金石基金累计实缴出资总额`: a running total names what follows;
    // after `的` it is the noun's own modifier (`外汇基金的累计盈余`)
    if let Some(j) = (k..n.saturating_sub(1))
        .rev()
        .find(|&j| matches!(word(ws[j]), "累计" | "共计" | "合计" | "总计"))
        .filter(|&j| j == 0 || word(ws[j - 1]) != "的")
    {
        if phrase[ws[j].1..ws[n - 1].1].chars().count() >= 2 {
            k = j + 1;
        }
    }
    (k, n)
}

/// The end of the words `ws[k..n]` of `phrase` before a bracket of scope
/// that closes the phrase (`旅客总消费（不包括博彩）`, `投资（未计入农户）`,
/// `收入（含基金）`): it qualifies the noun before it, and the verb inside
/// it opens no clause. `n` when the phrase ends in no such bracket.
fn before_qualifier(phrase: &str, ws: &[(usize, usize, Pos)], k: usize, n: usize) -> usize {
    if !phrase.ends_with(['）', ')']) || n - k < 4 {
        return n;
    }
    let opens = |j: usize| matches!(&phrase[ws[j].0..ws[j].1], "（" | "(");
    let Some(j) = (k + 1..n - 2).rev().find(|&j| opens(j)) else {
        return n;
    };
    let scope = [
        "不", "未", "包括", "包含", "含", "不含", "不计", "除", "扣除", "剔除",
    ];
    if scope.contains(&&phrase[ws[j + 1].0..ws[j + 1].1]) {
        j
    } else {
        n
    }
}

/// The first word of a phrase read before the number after the head of
/// its clause: an adverb (or adjective) and a verb that open it and take
/// the rest as object (`认真学习会议精神`, `有序改造供热管网`), unless the rest is the bare name of a measure the
/// verb belongs to (`参保人数`, `出口总额`).
fn after_clause_head(
    phrase: &str,
    ws: &[(usize, usize, Pos)],
    mut k: usize,
    n: usize,
    mut opens_clause: LeadOf<'_>,
) -> usize {
    let word = |j: usize| &phrase[ws[j].0..ws[j].1];
    loop {
        let mut j = k;
        while j < n
            && j < k + 2
            && (ws[j].2 == Pos::Adverb
                || (ws[j].2 == Pos::Adj && two_chars_at(phrase, ws[j].0, ws[j].1)))
        {
            j += 1;
        }
        if j + 1 >= n || ws[j].2 != Pos::Verb || !two_chars_at(phrase, ws[j].0, ws[j].1) {
            return k;
        }
        // `跟进学习…讲话精神`, `传达学习…会议精神`: verbs in a row before a
        // long object are one predicate; the last takes the object
        if serial_verb(phrase, ws, j, n) {
            j += 1;
        }
        let rest = &phrase[ws[j + 1].0..ws[n - 1].1];
        // `非法传销团伙`: an unlawful act names the kind of offenders
        if super::offences::unlawful_kind(&phrase[..ws[j].0], rest) {
            return k;
        }
        // a noun phrase: nominal at both ends, no function word, time or
        // idiom inside (verbs inside modify: `保障性租赁住房`)
        let nominal = ws[j + 1..n].iter().all(|w| {
            !matches!(
                w.2,
                Pos::Prep | Pos::Adverb | Pos::Idiom | Pos::Time | Pos::Locative | Pos::Pronoun
            )
        }) && (ws[j + 1].2.nominal() || ws[j + 1].2 == Pos::Pronoun)
            && ws[n - 1].2.nominal();
        // (`批准逮捕|破坏市场经济秩序犯罪`: crimes named by the offence, its
        // verbs and set phrases inside, are a noun phrase too)
        let offence = !nominal
            && (super::offences::names_offence(rest)
                && ws[j + 1..n].iter().all(|w| {
                    !matches!(
                        w.2,
                        Pos::Prep | Pos::Adverb | Pos::Time | Pos::Locative | Pos::Pronoun
                    )
                }));
        let nominal = nominal || offence;
        let value = named_value(rest, &ws[j + 1..n]);
        let measure = !value && rest.chars().count() <= 3 && lexicon::ends_as_measure(rest);
        // (`建设里程`, `使用人次`: a measure of the verb's extent)
        // (`参加城镇职工基本养老保险人数`: the count of those who joined,
        // named with the verb)
        // (`调解成功`: a result closes the verb's phrase, no object)
        // (`常住人口`: an intransitive verb modifies the noun after it)
        if !nominal
            || super::verb_result::is_result(rest)
            || super::verb_result::takes_no_object(word(j))
            || measure
            || lexicon::names_verb_measure(rest)
            || rest.chars().count() < 2
            || (counts_event(rest) && joined_object(rest))
        {
            return k;
        }
        // a verb that opens the clause takes the nouns after it as object
        // (`攻克关键核心技术`, `募集资金`); after a reporting verb or a
        // subject a verb before a noun most often modifies it (jieba tags
        // as verbs many such words: `发放就业专项资金`, `全年执法案卷`)
        // (not a relative clause, `参加互助组的农户`, nor verbs in a row,
        // `援藏援疆工作`)
        // (after a time word or determiner a verb and one noun is most
        // often a name: `全年执法案卷`; a longer object is one)
        let object = j > k
            || (ws[j + 1].2 != Pos::Other
                // (a first noun of one character, `兑付惠企资金`, when the
                // verb opens the clause and the object is longer)
                && (two_chars_at(phrase, ws[j + 1].0, ws[j + 1].1)
                    || (ws[j + 1].2 == Pos::Noun
                        && !word(j + 1).starts_with(NOUN_SUFFIXES)
                        && rest.chars().count() >= 3))
                && ws[j + 1..n].iter().all(|w| w.2 != Pos::Particle)
                && match opens_clause.kind() {
                    Lead::Runs => false,
                    Lead::NextItem => resultative(word(j)),
                    Lead::Bare => true,
                    Lead::Head => rest.chars().count() >= 3 || value,
                });
        if !object {
            return k;
        }
        // (a verb makes a compound with a head noun that heads the whole
        // phrase, `调解委员会`, not with one coordinated before another,
        // `建成机构及社区养老服务设施`)
        let last = word(n - 1);
        let compound = modifies_head(rest)
            && NOUN_HEADS
                .suffix_of(last)
                .is_some_and(|h| h.len() == last.len() || h.chars().nth(1).is_some());
        if compound {
            return k;
        }
        k = j + 1;
        // (the offence's own verbs are no predicate: `破坏…秩序犯罪`)
        if offence {
            return k;
        }
    }
}

/// Whether `rest`, the words `ws` after a verb opening the clause, is one
/// noun of the dictionary naming a value (`产值`, `总产值`, `增加值`): a
/// measure in its own right, named with its own verb, so the verb before
/// it (`完成`, `实现`, `新增`) only reports it (`全年完成产值` → `产值`),
/// unlike a bare measure of that verb's act (`完成额`, `参保人数`).
fn named_value(rest: &str, ws: &[(usize, usize, Pos)]) -> bool {
    rest.ends_with('值') && rest.chars().nth(1).is_some() && matches!(ws, [(_, _, Pos::Noun)])
}

/// Characters that end a noun made of a verb (`抢救性`, `服务型`): no
/// noun of one character after a verb.
const NOUN_SUFFIXES: &[char] = &[
    '性', '型', '化', '式', '者', '员', '員', '业', '業', '费', '費',
];

/// After an adverb inside a phrase read before the number, the word that
/// follows it is a predicate (adverbs do not modify nouns) and the nouns
/// after it are its object: `门户网站主动公开政府信息` → `政府信息`,
/// `交易所共上市…基金` → `…基金`. The first word of the object, or `k`.
fn after_inner_adverb(phrase: &str, ws: &[(usize, usize, Pos)], k: usize, n: usize) -> usize {
    let word = |j: usize| &phrase[ws[j].0..ws[j].1];
    let long = |j: usize| two_chars_at(phrase, ws[j].0, ws[j].1);
    for j in (k + 1..n.saturating_sub(2)).rev() {
        if !adverb_at(phrase, ws, j) {
            continue;
        }
        // `长沙市全年平均优良天数比例`: after a time word an adjective
        // modifies the noun; the time word, and what stands before it,
        // scope the clause
        if matches!(ws[j].2, Pos::Time | Pos::Numeral) && ws[j + 1].2 == Pos::Adj {
            let nominal = ws[j + 1..n]
                .iter()
                .all(|w| w.2.nominal() || w.2 == Pos::Numeral);
            if nominal && phrase[ws[j + 1].0..ws[n - 1].1].chars().count() >= 3 {
                return j + 1;
            }
            continue;
        }
        let verb = long(j + 1)
            && (matches!(ws[j + 1].2, Pos::Verb | Pos::VerbNoun | Pos::Adj)
                || is_verb_word(word(j + 1)));
        if !verb {
            continue;
        }
        let rest = &phrase[ws[j + 2].0..ws[n - 1].1];
        let nominal = ws[j + 2..n]
            .iter()
            .all(|w| w.2.nominal() || w.2 == Pos::Numeral)
            && ws[j + 2].2.nominal();
        // `失业人员再就业人数`: a bare measure after the verb is the
        // verb's (the count of those who found work again), no object
        if nominal && rest.chars().count() >= 2 && !bare_measure(rest) {
            return j + 2;
        }
    }
    k
}

/// Whether `np` is a count of those an event befell, named with the
/// event: a verb or noun of the event before `人数`, `户数`, `家数`,
/// `起数`, `件数`, `次数` (`就业人数`, `参保户数`; not a bare `人数`).
pub(super) fn counts_event(np: &str) -> bool {
    np.len() > 6
        && ["人数", "户数", "家数", "起数", "件数", "次数"]
            .iter()
            .any(|m| np.ends_with(m))
}

/// Whether the count `np` (see [`counts_event`]) names the event by a
/// noun phrase of four characters or more with no reporting verb in it
/// (`城镇职工基本养老保险人数`): the verb opening the clause before it
/// takes that phrase as object, and with it names the event
/// (`参加城镇职工基本养老保险人数`, those who joined); a verb in it
/// (`参保人数`, `城镇新增就业人数`) names the event itself, and the verb
/// before is the clause's (`完成`).
pub(super) fn joined_object(np: &str) -> bool {
    let object = &np[..np.len() - "人数".len()];
    object.chars().count() >= 4 && !lexicon::VERB_SET.occurs_in(object)
}

/// Whether the verb `ws[j]` is followed by another verb of two characters
/// and an object of four characters or more (`跟进|学习|习近平…精神`): a
/// series of verbs that is one predicate, not verbs that name a kind of
/// the nouns after them (`援藏援疆工作` has a short head; `分散供养五保对象
/// 月保障标准`, `集中供养…资金` end with the name of a measure, which the
/// verbs classify).
fn serial_verb(phrase: &str, ws: &[(usize, usize, Pos)], j: usize, n: usize) -> bool {
    if j + 2 >= n || ws[j + 1].2 != Pos::Verb || !two_chars_at(phrase, ws[j + 1].0, ws[j + 1].1) {
        return false;
    }
    let object = &phrase[ws[j + 2].0..ws[n - 1].1];
    object.chars().count() >= 4 && !lexicon::ends_as_measure(object)
}

/// Whether `rest`, the nouns after a verb, are only the bare name of a
/// measure (`人数`, `金额`, `总量`: three characters at most, ending as a
/// measure's name does): a measure of the verb's event, not its object.
fn bare_measure(rest: &str) -> bool {
    rest.chars().count() <= 3 && lexicon::ends_as_measure(rest)
}

/// The existential verb: a one-character word `有` after a place, a
/// noun or an adverb states that what follows exists there (`辖区有幼儿园`,
/// `另有小学教学点`, `行政村有标准化卫生室`). It never modifies a noun as
/// a word of its own (the dictionary joins `有机`, `有限`, `国有`).
const EXISTENTIAL: &str = "有";

/// After [`EXISTENTIAL`] inside a phrase read before the number, the noun
/// phrase that follows is what is counted; the place or noun before it is
/// the scope (`全县87个行政村有标准化卫生室152个` → `标准化卫生室`). Not
/// when `有` opens the phrase (`有进出口实绩企业`, a relative clause) or
/// what follows holds a function word (`有…的企业`). The first word of
/// the noun phrase, or `k`.
fn after_existential(phrase: &str, ws: &[(usize, usize, Pos)], k: usize, n: usize) -> usize {
    let Some(j) = (k + 1..n.saturating_sub(1))
        .rev()
        .find(|&j| &phrase[ws[j].0..ws[j].1] == EXISTENTIAL)
    else {
        return k;
    };
    let before = ws[j - 1].2;
    let scope = before.nominal() || matches!(before, Pos::Locative | Pos::Adverb | Pos::Pronoun);
    let nominal = ws[j + 1..n].iter().all(|w| w.2.nominal()) && ws[n - 1].2 != Pos::Adj;
    if scope && nominal && phrase[ws[j + 1].0..ws[n - 1].1].chars().nth(1).is_some() {
        j + 1
    } else {
        k
    }
}

/// [`EXISTENTIAL`] opening a phrase read before the number after the head
/// of its clause that ends with a place (`全省|有普惠性幼儿园`,
/// `年末全市|有医院`): the clause states what exists in that place, and
/// the noun phrase after `有` is what is counted. Not after a bare lead
/// or a time word alone (`全年有进出口实绩企业`: `有…` is then most often a
/// relative clause, the firms that have trade) nor before a function
/// word. The first word of the noun phrase, or `k`.
fn after_opening_existential(
    phrase: &str,
    ws: &[(usize, usize, Pos)],
    (k, n): (usize, usize),
    mut lead: LeadOf<'_>,
) -> usize {
    if n < k + 2 || &phrase[ws[k].0..ws[k].1] != EXISTENTIAL {
        return k;
    }
    let place = lead
        .lead
        .is_some_and(|l| crate::context::place_list::ends_as_place(l.trim_end_matches(is_space)));
    let nominal = ws[k + 1..n].iter().all(|w| w.2.nominal()) && ws[n - 1].2 != Pos::Adj;
    if place
        && nominal
        && phrase[ws[k + 1].0..ws[n - 1].1].chars().nth(1).is_some()
        && lead.kind() == Lead::Head
    {
        k + 1
    } else {
        k
    }
}

/// A determiner (`各类`, `各项`, `各种`) after a verb inside a phrase read
/// before the number opens the noun phrase of the verb's object (a
/// determiner comes first in its noun phrase): `统筹各类保障性住房` →
/// `保障性住房`. The first word of the object, or `k`.
fn after_verb_determiner(phrase: &str, ws: &[(usize, usize, Pos)], k: usize, n: usize) -> usize {
    let word = |j: usize| &phrase[ws[j].0..ws[j].1];
    for j in (k + 1..n.saturating_sub(1)).rev() {
        let determiner = ws[j].2 == Pos::Pronoun
            && word(j).starts_with('各')
            && lexicon::HEAD_SET.contains(word(j));
        if !determiner {
            continue;
        }
        let verb = ws[j - 1].2 == Pos::Verb || is_verb_word(word(j - 1));
        let object = ws[j + 1..n].iter().all(|w| w.2.nominal())
            && phrase[ws[j + 1].0..ws[n - 1].1].chars().nth(1).is_some();
        if verb && object {
            return j + 1;
        }
    }
    k
}

/// After a preposition of whom the work is for or aimed at (`为`, `向`,
/// `对`, `给`) and its noun, the word that follows is the verb and the
/// nouns after it its object: `交易为用户节约用电成本` → `用电成本`. The
/// first word of the object, or `k`.
fn after_prep_phrase(phrase: &str, ws: &[(usize, usize, Pos)], k: usize, n: usize) -> usize {
    let word = |j: usize| &phrase[ws[j].0..ws[j].1];
    let long = |j: usize| two_chars_at(phrase, ws[j].0, ws[j].1);
    for j in (k..n.saturating_sub(3)).rev() {
        if ws[j].2 != Pos::Prep
            || !matches!(word(j), "为" | "為" | "向" | "对" | "對" | "给" | "給")
        {
            continue;
        }
        let verb = long(j + 2)
            && (matches!(ws[j + 2].2, Pos::Verb | Pos::VerbNoun) || is_verb_word(word(j + 2)));
        let rest = &phrase[ws[j + 3].0..ws[n - 1].1];
        let object = ws[j + 3..n].iter().all(|w| w.2.nominal()) && rest.chars().count() >= 2;
        if long(j + 1) && ws[j + 1].2.nominal() && verb && object {
            return j + 3;
        }
        break;
    }
    k
}

/// Whether the word `ws[j]` is an adverb by its tag or its use as a head
/// word (`共`, `主动`, `累计`, `首次`; not `和`, `为`, `全国`).
fn adverb_at(phrase: &str, ws: &[(usize, usize, Pos)], j: usize) -> bool {
    ws[j].2 == Pos::Adverb
        || (matches!(ws[j].2, Pos::Adj | Pos::Verb | Pos::Numeral | Pos::Time)
            && lexicon::HEAD_SET.contains(&phrase[ws[j].0..ws[j].1]))
}

/// Where a predicate that ends a phrase read before the number begins,
/// after the noun phrase that is its subject: a comparison and its basis
/// (`增加值增幅高于全国`), and an adverb and the verbs it modifies
/// (`总产值就应当是`, `承包到期后再延长`). (A verb after a noun without an
/// adverb most often names the measure, `普通高校招生`, and stays.)
fn before_predicate(
    phrase: &str,
    ws: &[(usize, usize, Pos)],
    k: usize,
    mut n: usize,
    adverb: bool,
) -> usize {
    // the subject before keeps two characters of nouns
    let nouns_before = |j: usize| {
        j > k
            && (ws[j - 1].2.nominal() || ws[j - 1].2 == Pos::Verb)
            && phrase[ws[k].0..ws[j - 1].1].chars().count() >= 2
            && ws[k..j].iter().all(|w| w.2 != Pos::Particle)
    };
    // (`快于` may be read `快/于`)
    let compares = |j: usize| compares_at(&phrase[ws[j].0..]);
    if let Some(j) = (k + 1..n).find(|&j| compares(j) && nouns_before(j)) {
        n = j;
    }
    // (by its tag only: `主动沟通`, `正、副职` are names; `adverb`: some
    // word of the phrase is one)
    if let Some(j) = (k + 1..n)
        .filter(|_| adverb)
        .find(|&j| ws[j].2 == Pos::Adverb && n - j <= 3 && nouns_before(j))
    {
        let tail = &ws[j + 1..n];
        if !tail.is_empty() && tail.iter().all(|w| matches!(w.2, Pos::Verb | Pos::Adverb)) {
            n = j;
        }
    }
    n
}

/// Comparison verbs whose basis follows them (`高于全国`).
const COMPARISONS: &[&str] = &[
    "高于", "低于", "快于", "慢于", "多于", "少于", "好于", "优于", "大于", "小于", "高出", "超出",
    "高於", "低於", "快於", "慢於", "多於", "少於", "好於", "優於", "大於", "小於",
];

/// Whether `s` begins with a comparison verb ([`COMPARISONS`]): one
/// lookup by first character, most of which begin none.
fn compares_at(s: &str) -> bool {
    static SET: once_cell::sync::Lazy<lexicon::WordSet> =
        once_cell::sync::Lazy::new(|| lexicon::WordSet::exact(COMPARISONS));
    // (each is an ideograph and 于, 於 or 出, told by bytes first: most
    // words are refused without the set)
    let b = s.as_bytes();
    b.len() >= 6
        && b[0] & 0xF0 == 0xE0
        && matches!(
            b[3..6],
            [0xE4, 0xBA, 0x8E] | [0xE6, 0x96, 0xBC] | [0xE5, 0x87, 0xBA]
        )
        && SET.prefix_of(s).is_some()
}

/// Whether `w` has two characters or more (its length beyond the width of
/// its first character, read from the lead byte).
#[inline]
fn two_chars(w: &str) -> bool {
    two_chars_at(w, 0, w.len())
}

/// [`two_chars`] of the word `s[a..b]`, read from the bytes (no slice of
/// the text taken).
#[inline]
fn two_chars_at(s: &str, a: usize, b: usize) -> bool {
    let first = match s.as_bytes().get(a) {
        Some(0..=0x7F) => 1,
        Some(0xC0..=0xDF) => 2,
        Some(0xE0..=0xEF) => 3,
        Some(_) => 4,
        None => return false,
    };
    b > a && b - a > first
}

/// Whether the lexicon knows `w` as a reporting verb (jieba tags some as
/// nouns: `上市`, `落地`).
fn is_verb_word(w: &str) -> bool {
    VERB_SET.contains(w) || lexicon::WEAK_SET.contains(w)
}

/// Where a predicate begins in a phrase read after the number (`楼宇拔地而起`,
/// `背街小巷整治`, `中学购买单价`, `银行2022年以来`): the first verb, idiom,
/// preposition, adverb, time word, comparison (`企业增速高于`) or digit
/// after a noun. A verb before a
/// head noun ([`NOUN_HEADS`]: `人民调解委员会`, `监外执行社区矫正对象`)
/// modifies it and begins nothing.
fn predicate_at(phrase: &str, ws: &[(usize, usize, Pos)], k: usize, n: usize) -> usize {
    let word = |j: usize| &phrase[ws[j].0..ws[j].1];
    let heads = &*NOUN_HEADS;
    let ends_in_head = heads.suffix_of(word(n - 1)).is_some();
    let mut noun = false;
    let mut nouns = 0;
    for j in k..n {
        let (_, _, p) = ws[j];
        let w = word(j);
        // `87个行政村有标准化卫生室`: `有` right after the noun counted
        // states what it has ([`EXISTENTIAL`]) (not after a verb, `订有`,
        // nor in a phrase that opens with a preposition, `在全国有…`)
        // (what it has may lie past a verb the stretch was cut at:
        // `77种矿产有|新增查明资源储量`)
        if noun && w == EXISTENTIAL && ws[j - 1].2.nominal() && ws[k].2 != Pos::Prep {
            return j;
        }
        if noun {
            let begins = match p {
                // a verb before a noun may modify it (`复议意见书`), and
                // jieba tags many nouns as verbs (`整改举措`): only a verb
                // before a function word begins a predicate
                // (`叫好又叫座`); one that ends the phrase is left to
                // [`trim`]
                // (a verb of one character after the name of a measure is
                // one too: `产量居全国第一`; a measure ends a noun phrase)
                Pos::Verb => {
                    !ends_in_head
                        && j + 1 < n
                        && (ws[j + 1].2.function() || (!two_chars(w) && names_measure(word(j - 1))))
                }
                // (a set phrase of four characters, `拔地而起`; jieba's
                // three-character ones are most often names, `出入境`,
                // `一体化`, `合作社`, where a noun or verb follows them; one
                // that ends the phrase is a predicate, `说了算`)
                Pos::Idiom => {
                    w.chars().nth(3).is_some()
                        || !(j + 1 < n
                            && (ws[j + 1].2.nominal()
                                || matches!(ws[j + 1].2, Pos::Verb | Pos::Locative)))
                }
                Pos::Prep | Pos::Adverb | Pos::Time => true,
                // an adjective before a verb modifies it, not a noun
                // (`文化带建设扎实推进`), and a locative before a verb
                // closes a place (`行动区内现有`)
                // (a verb of the lexicon, ending the phrase or before a
                // function word: `特困供养机构`, `重大应用` are names)
                Pos::Adj => {
                    two_chars(w)
                        && j + 1 < n
                        && ws[j + 1].2 == Pos::Verb
                        && is_verb_word(word(j + 1))
                        && (j + 2 == n || !ws[j + 2].2.nominal())
                }
                // (not `后`, `外`: `灾后恢复`, `外送通道`)
                Pos::Locative => {
                    matches!(w, "内" | "中" | "里" | "上")
                        && j + 1 < n
                        && matches!(ws[j + 1].2, Pos::Verb | Pos::Adverb)
                        && two_chars_at(phrase, ws[j - 1].0, ws[j - 1].1)
                }
                // `住宅单位及建设商业枢纽区`: a conjunction before a
                // reporting verb joins a second predicate, not a noun
                Pos::Conj => {
                    j + 2 < n && is_verb_word(word(j + 1)) && !modifies_head(&phrase[ws[j + 1].1..])
                }
                _ => w.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)),
            } || compares_at(&phrase[ws[j].0..])
                // (`单位|安置受…`, `案件|中当事人是…`; not in a phrase
                // that opens with a preposition, `在全国有…`)
                || (ws[k].2 != Pos::Prep
                    && super::clause_after::begins_clause(phrase, ws, j, n, ends_in_head));
            if begins {
                return j;
            }
        }
        // `六个方面工作`, `四个方面着重用力`: the aspects counted take no
        // noun after them; what follows is the predicate
        if w == "方面" && j + 1 < n {
            return j + 1;
        }
        // (two characters of nouns: `楼宇` may be read `楼/宇`)
        if p.nominal() && !is_mark(w) {
            nouns += w.chars().count();
        }
        noun = nouns >= 2;
    }
    n
}

/// Measures of a thing counted (`words/attribute-measures.txt`), by last
/// character.
static ATTRIBUTES: once_cell::sync::Lazy<lexicon::WordSet> = once_cell::sync::Lazy::new(|| {
    lexicon::WordSet::by_last_words(include_str!("../words/attribute-measures.txt"))
});

/// The end of the words `ws[k..n]` of a phrase read after a measure word
/// without the measure of the things counted that ends it
/// (`城市|环境空气质量`, `大类行业|增加值`, `省级统计单位|事故起数和死亡人数`):
/// a measure word counts things, and a measure named right after their
/// noun is what the clause goes on to state of them. Two measures joined
/// by `和`, `及` or `、` go together; the noun left must be two
/// characters or more and end in a noun.
fn before_attribute(phrase: &str, ws: &[(usize, usize, Pos)], k: usize, n: usize) -> usize {
    let start = ws[k].0;
    let mut s = &phrase[start..ws[n - 1].1];
    let mut cut = None;
    while let Some(m) = ATTRIBUTES.suffix_of(s) {
        let at = start + s.len() - m.len();
        let Some(j) = (k + 1..n).find(|&j| ws[j].0 == at) else {
            break;
        };
        cut = Some(j);
        s = &phrase[start..at];
        match s.strip_suffix(['和', '及', '、']) {
            Some(t) if ATTRIBUTES.suffix_of(t).is_some() => s = t,
            _ => break,
        }
    }
    match cut {
        Some(j) if ws[j - 1].2.nominal() && phrase[start..ws[j].0].chars().nth(1).is_some() => j,
        _ => n,
    }
}

/// Whether the word `w` names a measure (`产量`, `资源量`, `总额`; not
/// `标准`): two
/// characters or more ending like one (lexicon `MEASURE_HEAD_END`).
fn names_measure(w: &str) -> bool {
    // (a standard, `国家标准`, is a thing counted as well)
    two_chars(w) && lexicon::ends_as_measure(w) && !w.ends_with('准')
}

/// The head nouns (`words/noun-heads.txt`).
const HEADS: &str = include_str!("../words/noun-heads.txt");

/// Whether `rest`, what follows a verb, begins with a head noun that the
/// verb modifies: `调解委员会`, `调解中心` (not a single-character head,
/// which may begin another word: `人民`, `所有`).
pub(super) fn modifies_head(rest: &str) -> bool {
    static FIRST: once_cell::sync::Lazy<lexicon::WordSet> =
        once_cell::sync::Lazy::new(|| lexicon::WordSet::from_words(HEADS));
    // (`中心城区`: the head begins a longer noun, no head)
    FIRST
        .prefix_of(rest)
        .is_some_and(|h| h.chars().nth(1).is_some() && !dict::inside_noun(rest, 0, h.len()))
}

/// Whether `w` is a head noun of one character ([`NOUN_HEADS`]: `室`,
/// `站`, `员`) that a verb before it makes a noun with (`调解室`,
/// `监测站`, `调解员`).
pub(super) fn one_char_head(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some() && cs.next().is_none() && NOUN_HEADS.suffix_of(w) == Some(w)
}

/// Head nouns that a verb modifies (`words/noun-heads.txt`), by last
/// character.
static NOUN_HEADS: once_cell::sync::Lazy<lexicon::WordSet> =
    once_cell::sync::Lazy::new(|| lexicon::WordSet::by_last_words(HEADS));

/// How much likelier (natural log) the dictionary must find a reading
/// that crosses a subject's end than one that keeps it, to move the end.
const SURE: f32 = 3.0;

/// The subject `window[a..b]` moved to word boundaries: a word it cuts at
/// its end is taken whole when it is a noun and left out otherwise, when
/// the dictionary is sure of the word ([`SURE`]); a word it cuts at its
/// start is left out unless it may belong to a noun phrase (the rules cut
/// a time or determiner that way: `本年收入` → `收入`). And whether both
/// ends are then at the window's words (none inside one of them).
fn snap(window: &str, words: &dict::Words, mut a: usize, mut b: usize) -> (usize, usize, bool) {
    // (whether both ends are at words of the window once moved: an end
    // moved is at one's start or end, one kept inside a word is not)
    let mut at_words = true;
    if let Some((ws, we, p)) = words.around(b) {
        let kept = dict::segment(&window[..b]).score + dict::segment(&window[b..]).score;
        if words.score - kept > SURE {
            b = if p == Pos::Noun && ws >= a { we } else { ws };
        } else {
            at_words = false;
        }
    }
    if let Some((_, we, p)) = words.around(a) {
        if p.nominal() {
            at_words = false;
        } else {
            a = we;
        }
    }
    (a, b, at_words)
}

/// Whether `w`, a word of part of speech `p`, alone is no subject: a
/// function word, a numeral or time word, a single character that is no
/// noun (`有`, `年`, `新`), or a verb the lexicon knows as a reporting,
/// change or linking verb (`投入`, `实现`, `占比`; jieba's tags alone say
/// `收入` is a verb too, so they do not decide).
fn lone_word(w: &str, p: Pos) -> bool {
    p.function()
        || matches!(p, Pos::Numeral | Pos::Time)
        || (!two_chars(w) && !matches!(p, Pos::Noun | Pos::Other))
        || (p == Pos::Verb
            && (VERB_SET.contains(w)
                || lexicon::WEAK_SET.contains(w)
                || lexicon::CHANGE_SET.contains(w)
                || lexicon::TAIL_SET.suffix_of(w) == Some(w)))
        || w == "占比"
}

/// Whether the words of a subject make a verb phrase and no noun phrase:
/// no noun in them, and a preposition, numeral, locative or a verb of one
/// character last (`结转下一年`, `调整至`, `破千万`, `平均降`).
fn verb_phrase(phrase: &str, ws: &[(usize, usize, Pos)]) -> bool {
    ws.len() >= 2
        && ws
            .iter()
            .all(|w| !matches!(w.2, Pos::Noun | Pos::Other | Pos::Abbrev))
        && ws.iter().any(|w| matches!(w.2, Pos::Verb | Pos::Prep))
        && match ws[ws.len() - 1] {
            // (a verb of two characters may end the name of an event
            // counted: `集中学习`, `暂予监外执行`)
            // (not `率`, which jieba tags a verb: `受理率` names a rate)
            (a, b, Pos::Verb) => b - a <= 4 && !phrase[a..b].ends_with(lexicon::MEASURE_HEAD_END),
            // (a numeral: `破千万`, `下一年`; not a noun's last character
            // that jieba tags a numeral as it tags a measure word: `托位`,
            // `登记点`, `充电桩`)
            (a, b, Pos::Numeral) => {
                let mut cs = phrase[a..b].chars();
                cs.next().is_some_and(crate::numeral::is_numeral_start) || cs.next().is_some()
            }
            (_, _, p) => matches!(p, Pos::Prep | Pos::Locative | Pos::Time),
        }
}

/// Whether a predicate goes on after a phrase (a word, not a mark, comes
/// next): `社区有望获评` runs on, `城乡低保、教育` does not.
fn runs_on(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| !is_mark(c.encode_utf8(&mut [0; 4])))
}

/// A mark or an ASCII character (no word of the dictionary).
fn is_mark(w: &str) -> bool {
    !w.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Brackets and quotes of subjects, in pairs.
const PAIRS: &[(char, char)] = &[
    ('(', ')'),
    ('（', '）'),
    ('“', '”'),
    ('《', '》'),
    ('【', '】'),
    ('「', '」'),
    ('[', ']'),
    ('『', '』'),
    ('‘', '’'),
];

/// Whether `c` opens one of the [`PAIRS`].
fn opens_pair(c: char) -> bool {
    matches!(c, '(' | '（' | '“' | '《' | '【' | '「' | '[' | '『' | '‘')
}

/// Whether `c` closes one of the [`PAIRS`].
fn closes_pair(c: char) -> bool {
    matches!(c, ')' | '）' | '”' | '》' | '】' | '」' | ']' | '』' | '’')
}

/// Whether `s` may be a subject: some word in it, every bracket and quote
/// closed, no clause or list mark at either end, no closing bracket first
/// and no opening one last.
pub(crate) fn well_formed(s: &str) -> bool {
    let edge = |c: char| {
        is_clause_mark_char(c) || matches!(c, '、' | '…' | '·' | '—' | '-' | '~' | '～' | '/')
    };
    let b = s.as_bytes();
    // (an ideograph at either end, as most often, is no mark nor part of a
    // pair: the ends are decoded only when one is not)
    let ends_cjk = b.len() >= 3 && cjk_at(b, 0) && cjk_at(b, b.len() - 3);
    if !ends_cjk {
        let (Some(first), Some(last)) = (s.chars().next(), s.chars().next_back()) else {
            return false;
        };
        if edge(first) || edge(last) {
            return false;
        }
        if closes_pair(first) || opens_pair(last) {
            return false;
        }
    }
    // one pass: some word in it (a CJK character), and the depth of each
    // pair, never below nought, nought at the end; a CJK character
    // ([`cjk_at`]) or an ASCII letter or digit is passed over by its
    // bytes, and a character of a pair is told by one match ([`pair_of`])
    let mut word = ends_cjk;
    let mut depth = [0i32; PAIRS.len()];
    let mut i = 0;
    while i < b.len() {
        // (a run of CJK characters in a loop of its own)
        if cjk_at(b, i) {
            word = true;
            i += 3;
            while i < b.len() && cjk_at(b, i) {
                i += 3;
            }
            continue;
        }
        let x = b[i];
        if x.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        i += ch.len_utf8();
        match pair_of(ch) {
            Some((k, true)) => depth[k] += 1,
            Some((k, false)) => {
                depth[k] -= 1;
                if depth[k] < 0 {
                    return false;
                }
            }
            None => {}
        }
    }
    // (a Latin acronym or code is a word: `GDP`, `PM2.5`)
    let acronym = || super::code_name::is_code_name(s);
    (word || acronym()) && depth.iter().all(|&d| d == 0)
}

/// Whether a CJK ideograph begins at byte `i` of the UTF-8 `b` (a
/// character boundary).
#[inline]
fn cjk_at(b: &[u8], i: usize) -> bool {
    matches!(b.get(i..i + 2), Some(&[x, y]) if chars::ideograph_lead(x, y))
}

/// The index in [`PAIRS`] of the pair that `c` opens (true) or closes
/// (false), if any.
fn pair_of(c: char) -> Option<(usize, bool)> {
    Some(match c {
        '(' => (0, true),
        ')' => (0, false),
        '（' => (1, true),
        '）' => (1, false),
        '“' => (2, true),
        '”' => (2, false),
        '《' => (3, true),
        '》' => (3, false),
        '【' => (4, true),
        '】' => (4, false),
        '「' => (5, true),
        '」' => (5, false),
        '[' => (6, true),
        ']' => (6, false),
        '『' => (7, true),
        '』' => (7, false),
        '‘' => (8, true),
        '’' => (8, false),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_measures_parse_without_duplicates() {
        let text = include_str!("../words/attribute-measures.txt");
        let mut seen = std::collections::HashSet::new();
        for w in lexicon::words(text) {
            assert!(w.chars().all(crate::chars::is_ideograph), "{w}");
            assert!(seen.insert(w), "{w} twice");
        }
        assert_eq!(
            ATTRIBUTES.suffix_of("城市环境空气质量"),
            Some("环境空气质量")
        );
        assert_eq!(ATTRIBUTES.suffix_of("大類行業增加值"), Some("增加值"));
    }

    #[test]
    fn scope_brackets_end_the_head_reading() {
        let end = |p: &str| {
            let ws: Vec<_> = dict::segment(p).iter().collect();
            let i = before_qualifier(p, &ws, 0, ws.len());
            ws.get(i).map_or(p.len(), |w| w.0)
        };
        assert_eq!(
            &"旅客总消费（不包括博彩）"[..end("旅客总消费（不包括博彩）")],
            "旅客总消费"
        );
        // (a bracket of another sort, a time or a gloss, is read as before)
        let p = "英国的煤产量在二十世纪初期（一九一三年）";
        assert_eq!(end(p), p.len());
    }

    #[test]
    fn shares_named_apart_from_wholes() {
        for w in [
            "占全国份额",
            "占地区生产总值的比重",
            "占总资产的比例",
            "占全澳的百分比",
        ] {
            assert!(names_share(w), "{w}");
        }
        for w in ["占岁出总额", "占捐赠总量", "占政府经常性收入", "占网民整体"]
        {
            assert!(!names_share(w), "{w}");
        }
    }

    #[test]
    fn characters_counted_by_bytes_as_by_chars() {
        let s = "GDP增长é𝄞（区）5%";
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
        for &at in &bounds {
            for n in 0..12usize {
                let back = s[..at]
                    .char_indices()
                    .rev()
                    .nth(n.saturating_sub(1))
                    .map_or(0, |(i, _)| i);
                assert_eq!(back_chars(s, at, n), back, "{at} {n}");
                let on = s[at..]
                    .char_indices()
                    .nth(n)
                    .map_or(s.len(), |(i, _)| at + i);
                assert_eq!(on_chars(s, at, n), on, "{at} {n}");
            }
        }
    }

    #[test]
    fn tags_say_which_parts_of_speech_occur() {
        let phrase = "主动公开各类政府信息";
        let ws: Vec<_> = dict::segment(phrase).iter().collect();
        let tags = Tags::of(&ws);
        for p in [
            Pos::Noun,
            Pos::Verb,
            Pos::Adverb,
            Pos::Prep,
            Pos::Pronoun,
            Pos::Numeral,
        ] {
            assert_eq!(tags.has(p), ws.iter().any(|w| w.2 == p), "{p:?}");
        }
        assert!(!Tags::of(&[]).has(Pos::Noun));
    }

    #[test]
    fn comparisons_are_an_ideograph_and_a_second_the_byte_test_knows() {
        for w in COMPARISONS {
            let mut cs = w.chars();
            let (Some(first), Some(second), None) = (cs.next(), cs.next(), cs.next()) else {
                panic!("{w}: two characters");
            };
            assert_eq!(first.len_utf8(), 3, "{w}");
            assert!(matches!(second, '于' | '於' | '出'), "{w}");
            assert!(compares_at(&format!("{w}全国")), "{w}");
        }
        assert!(!compares_at("高速") && !compares_at("于是") && !compares_at("高"));
    }

    #[test]
    fn ideographs_told_by_bytes_as_by_code_points() {
        let s = "一丁鿿䷿a（、年”𝄞é龟";
        for (i, c) in s.char_indices() {
            assert_eq!(
                cjk_at(s.as_bytes(), i),
                ('\u{4E00}'..='\u{9FFF}').contains(&c),
                "{c}"
            );
        }
        for w in [
            "年",
            "增长（",
            "（增长",
            "、增长",
            "增长、",
            "GDP",
            "（GDP）",
            "增长”",
        ] {
            let naive = !w.starts_with(['、', '（']) && !w.ends_with(['、', '（', '”']);
            assert_eq!(well_formed(w), naive, "{w}");
        }
    }

    #[test]
    fn pair_of_reads_the_pairs() {
        for (k, &(o, c)) in PAIRS.iter().enumerate() {
            assert_eq!(pair_of(o), Some((k, true)), "{o}");
            assert_eq!(pair_of(c), Some((k, false)), "{c}");
        }
        let listed = |m: char| PAIRS.iter().any(|&(o, c)| o == m || c == m);
        for m in "<>〈〉\"'、，。a1年".chars() {
            assert_eq!(pair_of(m).is_some(), listed(m), "{m}");
        }
    }

    #[test]
    fn pair_marks_are_those_of_the_pairs() {
        for &(o, c) in PAIRS {
            assert!(opens_pair(o) && !closes_pair(o), "{o}");
            assert!(closes_pair(c) && !opens_pair(c), "{c}");
        }
        let marks: Vec<char> = "()（）“”《》【】「」[]『』‘’<>〈〉\"'".chars().collect();
        let listed = |m: char| PAIRS.iter().any(|&(o, c)| o == m || c == m);
        for m in marks {
            assert_eq!(opens_pair(m) || closes_pair(m), listed(m), "{m}");
        }
    }
}
