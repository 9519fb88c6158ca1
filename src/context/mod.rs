//! Context: sentence, section, subject, action, period, change, relations.
//!
//! [`DocContext`] is fed the lines of one document in order. All state that
//! crosses lines (the heading path, the running count of records) lives in
//! it, so the records depend only on the lines fed so far: a streaming
//! reader gets the same records as [`Extractor::extract`] on the whole text.
//!
//! Within a line (a paragraph) the rules are:
//!
//! - `sentence`: see [`sentence`] (cut at `。！？；!?`, not at `;` or `：`).
//! - `section`: see [`section`].
//! - `subject`, `action`, `change`: see [`subject`]. Values joined by `、`,
//!   `和` right after another (`分别增长5.3%、8.1%`) share its subject and
//!   change; after `分别` a list of as many items as values is dealt out in
//!   order (`生产安全事故起数、死亡人数分别下降38.3%、17.9%`; items joined by
//!   `和`, `与`, `及` too: `事故起数和死亡人数分别下降`) unless the items
//!   share one head (`食品、药品抽检合格率分别超98.5%和99%`; not when the
//!   first item names a measure itself: `国内游客人次、总花费`). A `、` list
//!   followed by as many values is dealt out the same way without `分别`
//!   (`国内游客人次、总花费增长5.6％、7.5％`). A `分别` that opens its clause
//!   deals its values to the figures before it in the sentence, in order
//!   (`产业类投资553.1亿元、研发投入133.5亿元，分别增长10.6%、10.3%`). A figure reached
//!   by `提高到`, `增至` is a level, not a change (`从450元提高到610元`: no
//!   change on either); a comparison with a basis is one
//!   (`比去年预算低0.4个百分点`: down, `比去年预算`). A direction word never
//!   changes `value`.
//! - `period`: the time phrase at the head of the metric's clause or of an
//!   earlier clause of its sentence (`优化队伍结构,2023年局党组共研究…,
//!   先后提任…各1名`), else the last one that opened a sentence of the
//!   paragraph up to the metric's (`今年以来,…。…`; an opening
//!   parenthetical such as `初步核算，` is passed over), else none. Time
//!   phrases include Republic of China years (`112年度`, `截至113年6月底`,
//!   `112年全年`), fiscal years (`二〇二五至二六年度`) and `首三季`; `按年`
//!   (year on year) is a change basis.
//! - `parent`: a metric in a `其中` clause (to the clause end; to the
//!   sentence end after `其中，`) is part of the last metric with the same
//!   unit before `其中` in its sentence. A sentence that opens with `其中`
//!   breaks down the first figure of the same unit in the sentence before
//!   (the total it opens with); after `其中，` its parts run on over `；`
//!   clauses to the full stop (`…收入为A元。其中，甲收入为B元；乙收入为C元。`).
//!   Percentages, multiples, durations, ages, rates (`每千人`, `人均`),
//!   changes (`比去年增加4000亿元`) and figures in a comparing clause
//!   (`比一九五七年的704亿元`) are never wholes or parts; neither are the two
//!   ends of a from–to pair (`由40元提高到80元`). Indices count records from
//!   the start of the document.
//! - `distributive`: as the scanner sets it (`各1名`).
//! - `resolved_subject`: a short list item whose last character matches
//!   the same place in the item before (`一审行政应诉案件27件、二审3件`)
//!   borrows the rest of it: `二审行政应诉案件`. A part with no subject of
//!   its own gets its whole's subject. Otherwise none.
//!
//! [`Extractor::extract`]: crate::Extractor::extract

pub(crate) mod audit;
mod lexicon;
mod period;
mod section;
mod sentence;
mod subject;

use crate::quantity::Quantity;
use crate::record::{Change, Direction, Kind, Metric, Span};

/// Context state carried through a document, one line at a time.
///
/// Feeding the lines of a document in order through [`DocContext::push_line`]
/// gives the same records whether the document is held whole in memory or
/// streamed.
#[derive(Clone, Debug, Default)]
pub(crate) struct DocContext {
    /// Metrics emitted so far in this document (for `parent` indices).
    emitted: usize,
    /// The heading path in force.
    sections: section::Sections,
    /// Sentence spans of the current line (reused buffer).
    sentences: Vec<Span>,
    /// Offsets of `其中` in the current line (reused buffer).
    qizhong: Vec<usize>,
    /// What the rules said of each quantity of the current line.
    flags: Vec<Flags>,
}

/// What the rules said of one quantity, kept for the breakdown search.
#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    change: bool,
    /// Its clause compares (`比一九五七年的704亿元`, `比预算数…少支…`).
    compared: bool,
    level: bool,
    per: bool,
}

/// What the line so far says about the metric before the current one.
#[derive(Clone, Copy, Default)]
struct Prev<'a> {
    sentence: usize,
    subject: Option<&'a str>,
    change: Option<(Direction, Option<&'a str>)>,
}

/// A `分别` list being dealt out to the values that follow.
struct Run<'a> {
    items: Vec<&'a str>,
    next: usize,
    left: usize,
}

fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?'
    )
}

/// End of the last clause mark in `line[from..to]`; a comma between digits
/// (`２９，８２１，８２８`) separates thousands and is no mark.
fn last_clause_end(line: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let is_digit =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    // backwards over bytes: every mark is ASCII or starts with E3/EF, bytes
    // that never occur inside a character
    let mut i = to;
    while i > from {
        i -= 1;
        let b = bytes[i];
        let c = match b {
            b',' | b';' | b':' | b'!' | b'?' => b as char,
            0xE3 | 0xEF => match line.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => c,
                None => continue,
            },
            _ => continue,
        };
        if !is_clause_mark(c) {
            continue;
        }
        let end = i + c.len_utf8();
        if end > to {
            continue;
        }
        // a comma between digits (`２９，８２１`) separates thousands
        if matches!(c, '，' | ',')
            && is_digit(line[..i].chars().next_back())
            && is_digit(line[end..].chars().next())
        {
            continue;
        }
        return Some(end);
    }
    None
}

fn only_joins(s: &str) -> bool {
    s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '、' | '和' | '及' | '与' | '或' | '至')
    })
    .is_empty()
}

fn never_part(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Percent
            | Kind::PercentagePoint
            | Kind::Permille
            | Kind::Multiple
            | Kind::Duration
            | Kind::Age
            | Kind::Temperature
    )
}

/// Whether a clause compares with something (`比上年`, `较2018年`), which
/// makes its figures bases or differences rather than totals or parts.
fn has_comparison(clause: &str) -> bool {
    clause.match_indices(['比', '较', '較']).any(|(i, c)| {
        let rest = &clause[i + c.len()..];
        !(rest.starts_with(['重', '例', '率', '值', '赛', '较', '如'])
            || clause[..i].ends_with(['对', '相', '类', '无']))
    })
}

/// How many values from the `k`-th on are joined by `、`, `和` only,
/// within the sentence ending at `sent_end`: the values of one `分别`.
fn joined_run_len(line: &str, quantities: &[Quantity<'_>], k: usize, sent_end: usize) -> usize {
    let mut len = 1;
    for w in quantities[k..].windows(2) {
        if w[1].span.start >= sent_end || !only_joins(&line[w[0].span.end..w[1].span.start]) {
            break;
        }
        len += 1;
    }
    len
}

/// Whether the items of a `分别` list share one head: the last names a
/// measure (`合格率`) and the first does not (`食品`).
fn shared_head(items: &[&str]) -> bool {
    let ends = |s: &str| {
        s.chars()
            .last()
            .is_some_and(|c| lexicon::MEASURE_HEAD_END.contains(&c))
    };
    // (`人次` names a measure too: `游客人次、旅游花费` share nothing)
    let first_ends = |s: &str| ends(s) || s.ends_with("人次");
    match (items.first(), items.last()) {
        // `食品、药品抽检合格率`; `国家级、部级创新平台`
        (Some(f), Some(l)) => {
            let (nf, nl) = (f.chars().count(), l.chars().count());
            // (a last item of one measure word, `国内游客人次、总花费`, shares
            // nothing)
            (ends(l) && !first_ends(f) && (nf <= nl || nl >= 6)) || (nf <= 3 && nl >= nf + 3)
        }
        _ => false,
    }
}

/// `二审` after `一审行政应诉案件`: `二审行政应诉案件`.
fn resolve_ellipsis(short: &str, full: &str) -> Option<String> {
    let n = short.chars().count();
    if n == 0 || n > 3 || full.chars().count() <= n + 1 {
        return None;
    }
    let last = short.chars().last()?;
    let (i, c) = full.char_indices().nth(n - 1)?;
    if c != last || full.starts_with(short) {
        return None;
    }
    Some(format!("{short}{}", &full[i + c.len_utf8()..]))
}

/// Clauses that only say how a figure is counted: `按可比部分计算`.
fn parenthetical(clause: &str) -> bool {
    clause.starts_with(['按', '据', '如', '若'])
        || clause.starts_with("扣除")
        || clause.starts_with("剔除")
        || clause.ends_with("计算")
        || clause.ends_with("核算")
        || clause.ends_with("统计")
}

/// The measure named by a clause before `clause_start` in the sentence
/// (`覆盖面逐步扩大，2012年底已达到12.5%`), skipping parenthetical clauses;
/// none if that clause holds a figure (ends after `prev_end`).
fn previous_clause_measure<'a>(
    line: &'a str,
    sent_start: usize,
    mut clause_start: usize,
    prev_end: Option<usize>,
    q: &Quantity<'_>,
) -> Option<&'a str> {
    for _ in 0..3 {
        if clause_start <= sent_start {
            return None;
        }
        let mark_len = line[..clause_start]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        let head = &line[sent_start..clause_start - mark_len];
        let pstart =
            last_clause_end(line, sent_start, sent_start + head.len()).unwrap_or(sent_start);
        if prev_end.is_some_and(|e| e > pstart) {
            return None;
        }
        let pc = &line[pstart..clause_start - mark_len];
        if parenthetical(pc.trim()) {
            clause_start = pstart;
            continue;
        }
        return subject::analyse(pc, "", q.kind, q.unit).subject;
    }
    None
}

impl DocContext {
    pub(crate) fn new() -> DocContext {
        DocContext::default()
    }

    /// Turns the quantities found in one line into records.
    ///
    /// `line` is one line of the document without its terminator (`\n` or
    /// `\r\n`), `offset` the absolute byte offset of its first byte, and
    /// `quantities` the quantities found in `line`, in order, with spans
    /// relative to `line`. Records are appended to `out` in the same order,
    /// with absolute offsets.
    pub(crate) fn push_line(
        &mut self,
        line: &str,
        offset: usize,
        quantities: &[Quantity<'_>],
        out: &mut Vec<Metric>,
    ) {
        if let Some(h) = section::parse(line) {
            self.sections.enter(line, h);
        }
        if quantities.is_empty() {
            return;
        }
        let base = out.len();
        let first_index = self.emitted;

        let mut prev: Option<Prev<'_>> = None;
        // (sentence, subject, whether a change or a share) of the last
        // records of the line
        let mut recent: [(usize, Option<&str>, bool); 6] = [(usize::MAX, None, false); 6];
        let mut nrecent = 0;
        let mut run: Option<Run<'_>> = None;
        // paragraph period: the last sentence-head time phrase so far
        let mut para_period: Option<&str> = None;
        // a clause-head time phrase and the sentence it scopes
        let mut sent_period: (usize, Option<&str>) = (usize::MAX, None);
        let mut period_scanned = 0;
        // `其中` scope: (position of 其中, end of scope, where the whole may
        // start, whether it is in the sentence before)
        let mut part_scope: Option<(usize, usize, usize, bool)> = None;
        // the clause whose head was last looked at for a time phrase
        let mut last_clause_seen = usize::MAX;
        // (sentence index, clause start) of the previous quantity
        let mut prev_clause = (usize::MAX, 0);
        // sentences, and where `其中` occurs up to the last quantity
        let upto = quantities.last().map_or(0, |q| q.span.start);
        let upto_end = quantities.last().map_or(0, |q| q.span.end);
        sentence::split_marking(line, upto, upto_end, &mut self.sentences, &mut self.qizhong);
        let qizhong = std::mem::take(&mut self.qizhong);
        self.flags.clear();

        for (k, q) in quantities.iter().enumerate() {
            let mut m =
                Metric::from_quantity(q, offset, std::sync::Arc::clone(self.sections.path()));
            let si = sentence::index_of(&self.sentences, q.span.start);
            let sent = self.sentences.get(si).copied().unwrap_or(q.span);
            m.sentence = sent.shifted(offset);

            // period
            while period_scanned <= si && period_scanned < self.sentences.len() {
                let s = self.sentences[period_scanned];
                let text = &line[s.range()];
                let text = &text[section::marker_len(text)..];
                // `初步核算，全年…`: past an opening parenthetical clause
                let text = match text.find(['，', ',']) {
                    Some(i) if parenthetical(&text[..i]) => {
                        text[i..].trim_start_matches(['，', ','])
                    }
                    _ => text,
                };
                let n = period::time_phrase(text);
                if n > 0 {
                    para_period = Some(&text[..n]);
                }
                period_scanned += 1;
            }
            let sent_start = sent.start.min(q.span.start);
            // the clause: search back only to the previous quantity of the
            // sentence; without a mark in between, the clause is its clause
            let prev_here = k
                .checked_sub(1)
                .map(|j| quantities[j].span.end)
                .filter(|&e| e > sent_start && e <= q.span.start && prev_clause.0 == si);
            let lower = prev_here.unwrap_or(sent_start);
            let clause_start =
                last_clause_end(line, lower, q.span.start).unwrap_or(if prev_here.is_some() {
                    prev_clause.1
                } else {
                    sent_start
                });
            prev_clause = (si, clause_start);
            let clause = &line[clause_start..q.span.start];
            if clause_start != last_clause_seen {
                // once per clause: a time phrase at its head scopes the rest
                // of its sentence
                last_clause_seen = clause_start;
                let clause_trim = clause.trim_start();
                let clause_trim = &clause_trim[section::marker_len(clause_trim)..];
                let n = period::time_phrase(clause_trim);
                if n > 0 {
                    sent_period = (si, Some(&clause_trim[..n]));
                }
            }
            let period = if sent_period.0 == si && sent_period.1.is_some() {
                sent_period.1
            } else {
                para_period
            };
            m.period = period.map(str::to_string);

            // subject, action, change
            let same_sentence_prev = prev.filter(|p| p.sentence == si);
            let prev_q = k.checked_sub(1).map(|j| &quantities[j]);
            let left = match prev_q {
                Some(p) if p.span.end > clause_start && p.span.end <= q.span.start => p.span.end,
                _ => clause_start,
            };
            let joined = left != clause_start;
            let before = &line[left..q.span.start];
            let after_end = quantities
                .get(k + 1)
                .map_or(sent.end, |n| n.span.start.min(sent.end))
                .max(q.span.end);
            let after = &line[q.span.end..after_end];

            let mut subject: Option<&str>;
            let mut action: Option<&str> = None;
            let change;
            let mut flags = Flags::default();
            if joined && only_joins(before) && same_sentence_prev.is_some() {
                let p = same_sentence_prev.unwrap_or_default();
                match run.as_mut().filter(|r| r.left > 0) {
                    Some(r) => {
                        subject = r.items.get(r.next).copied().or(p.subject);
                        r.next += 1;
                        r.left -= 1;
                    }
                    None => subject = p.subject,
                }
                change = p.change;
            } else {
                run = None;
                let f = subject::analyse(before, after, q.kind, q.unit);
                flags.level = f.level;
                flags.per = f.per
                    || f.subject.is_some_and(|s| {
                        // `人均`, `户均`, `每`
                        s.contains(['均', '每'])
                    });
                subject = f.subject;
                action = f.action;
                change = f.change;
                let run_len = || joined_run_len(line, quantities, k, sent.end);
                if f.respectively && subject.is_none() {
                    // `国内游客1.23亿人次…国内旅游收入1567.8亿元，分别增长
                    // 12.3%和15.6%`: the values go with the figures before, in
                    // order
                    let len = run_len();
                    let mut items: Vec<&str> = Vec::new();
                    if len > 1 {
                        let n = nrecent.min(recent.len());
                        for j in 1..=n {
                            let (rs, subj, was_change) = recent[(nrecent - j) % recent.len()];
                            if rs != si || items.len() == len {
                                break;
                            }
                            match subj {
                                Some(x) if !was_change => items.push(x),
                                _ => break,
                            }
                        }
                    }
                    if items.len() == len && len > 1 {
                        items.reverse();
                        subject = Some(items[0]);
                        run = Some(Run {
                            items,
                            next: 1,
                            left: len - 1,
                        });
                    }
                }
                if f.inherits && subject.is_none() {
                    if let Some(p) = same_sentence_prev {
                        subject = p.subject;
                    } else if clause_start > sent_start && !subject::count_like(q.kind) {
                        // `覆盖面逐步扩大，2012年底已达到12.5%`: the measure
                        // named in the clause before, if it holds no figure
                        subject = previous_clause_measure(
                            line,
                            sent_start,
                            clause_start,
                            k.checked_sub(1).map(|j| quantities[j].span.end),
                            q,
                        );
                    }
                }
                // `分别`, or a list joined to as many values without it
                // (`国内游客人次、总花费增长5.6％、7.5％`)
                if f.respectively || subject.is_some_and(|s| s.contains('、')) {
                    if let Some(s) = subject {
                        // the values dealt out: this one and those joined to it
                        let len = run_len();
                        let mut items: Vec<&str> = s.split('、').collect();
                        if items.len() != len && f.respectively {
                            // `事故起数和死亡人数分别下降`
                            items = s.split(['、', '和', '与', '及']).collect();
                        }
                        if len > 1 && items.len() == len && !shared_head(&items) {
                            subject = Some(items[0]);
                            run = Some(Run {
                                items,
                                next: 1,
                                left: len - 1,
                            });
                        }
                    }
                }
            }
            m.subject = subject.filter(|s| !s.is_empty()).map(str::to_string);
            m.action = action.map(str::to_string);
            m.change = change.map(|(direction, basis)| Change {
                direction,
                basis: basis.map(str::to_string),
            });

            // list ellipsis: `一审行政应诉案件27件、二审3件`
            if joined && before.starts_with('、') {
                if let (Some(s), Some(p)) = (subject, same_sentence_prev.and_then(|p| p.subject)) {
                    m.resolved_subject = resolve_ellipsis(s, p);
                }
            }

            // breakdowns: `其中`
            if let Some(&at) = qizhong
                .iter()
                .rev()
                .find(|&&p| p >= sent_start && p + "其中".len() <= q.span.start)
            {
                let after_qz = &line[at + "其中".len()..];
                let head = line[sent.start..at].trim();
                let opens = head.len() == section::marker_len(head);
                let prev_sentence_start = si
                    .checked_sub(1)
                    .and_then(|p| self.sentences.get(p))
                    .map_or(usize::MAX, |s| s.start);
                let (scope_end, whole_from) = if opens && after_qz.starts_with(is_clause_mark) {
                    // `…总额A元。其中，甲B元；乙C元。`: the parts run over the
                    // `；` clauses, the whole is in the sentence before
                    let mut e = si;
                    while e + 1 < self.sentences.len()
                        && line[self.sentences[e].range()].ends_with(['；', ';'])
                    {
                        e += 1;
                    }
                    let end = self.sentences.get(e).map_or(sent.end, |s| s.end);
                    (end, prev_sentence_start)
                } else if after_qz.starts_with(is_clause_mark) {
                    (sent.end, sent.start)
                } else {
                    let end = after_qz
                        .char_indices()
                        .find(|&(_, c)| is_clause_mark(c))
                        .map_or(sent.end, |(i, _)| at + "其中".len() + i);
                    // `…7500多万户。其中参加高级社的农户达到470多万户。`
                    (
                        end,
                        if opens {
                            prev_sentence_start
                        } else {
                            sent.start
                        },
                    )
                };
                part_scope = Some((at, scope_end, whole_from, opens));
            }
            if let Some((at, end, whole_from, across)) = part_scope {
                let compared = has_comparison(clause);
                if q.span.start > at
                    && q.span.start < end
                    && !never_part(q.kind)
                    && !flags.per
                    && !compared
                {
                    // the whole: the last figure before 其中, in its sentence
                    // (or the sentence before, for a sentence-opening 其中)
                    let mut whole = None;
                    for j in (0..k).rev() {
                        let w = &quantities[j];
                        if w.span.end > at {
                            continue;
                        }
                        if w.span.start < whole_from {
                            break;
                        }
                        // a change or a rate is no whole: `比去年增加4000亿元`
                        let wf = self.flags.get(j).copied().unwrap_or_default();
                        if never_part(w.kind) || wf.change || wf.per || wf.compared {
                            continue;
                        }
                        if w.unit == q.unit {
                            whole = Some(j);
                            // in the sentence before, its first such figure
                            // (the total it opens with); here, the last
                            if !across {
                                break;
                            }
                        }
                    }
                    if flags.level {
                        // `由40元提高到80元`: a from–to pair states one
                        // quantity twice, it is no pair of parts
                        if let Some(prev) = out.get_mut(base + k.saturating_sub(1)) {
                            if k > 0 && prev.parent.is_some() && prev.sentence == m.sentence {
                                prev.parent = None;
                            }
                        }
                    } else if let Some(j) = whole {
                        m.parent = Some(first_index + j);
                        if m.subject.is_none() {
                            m.resolved_subject = out[base + j].subject.clone();
                        }
                    }
                }
            }

            // the subjects of the sentence so far, for a `分别` with no list
            recent[nrecent % recent.len()] = (si, subject, change.is_some() || never_part(q.kind));
            nrecent += 1;
            flags.change = change.is_some();
            // only breakdowns need it: lines without 其中 skip the search
            flags.compared = !qizhong.is_empty() && has_comparison(clause);
            self.flags.push(flags);
            prev = Some(Prev {
                sentence: si,
                subject,
                change,
            });
            out.push(m);
            self.emitted += 1;
        }
        self.qizhong = qizhong;
    }
}
