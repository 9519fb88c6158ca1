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
//! - `parent`, `distributive`, `resolved_subject`: see [`relations`].
//!
//! [`Extractor::extract`]: crate::Extractor::extract

mod age_band;
pub(crate) mod audit;
mod carry;
mod converted;
mod counted_before;
mod counted_twice;
mod frame_start;
mod gloss;
mod kind_count;
mod last_joined;
mod lexicon;
mod period;
mod place_list;
mod relations;
mod script;
mod section;
mod sentence;
mod subject;
mod time;
mod verb_object;

use std::sync::Arc;

use crate::quantity::Quantity;
use crate::record::{Change, Kind, Metric, Span};
use lexicon::find_word;
use relations::{ChangeRef, Flags, Lists, Part, Parts, Prev};
use sentence::{last_clause_end, parenthetical};

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
    /// The document's years and the times of its headings, for `time`.
    times: time::Resolver,
    /// The role in its span of the last figure given a time.
    last_role: time::Role,
    /// What the time of each record of the current line depends on.
    prepared: Vec<Option<time::Prepared>>,
    /// Records held back until the document's years are settled, with
    /// what their times depend on.
    held: Vec<(Metric, Option<time::Prepared>)>,
    /// Whether the document is read in simplified script.
    script: script::Script,
    /// The sentence heads of the current line read for its paragraph's
    /// openings.
    heads: period::Heads,
    /// The clauses of the current line read for their periods (a buffer
    /// kept from line to line, see [`period::ClauseReads`]).
    clause_reads: period::ClauseReads,
    /// The pinyin glosses taken out of the current line, if any.
    glosses: Option<gloss::Stripped>,
}

/// The year of the starting value of a change, written after the last
/// `从`/`由` of `before` (its sentence up to the figure): the figure right
/// after it (`由2002年7703元增加到…`), or the start of a later change of the
/// sentence (`从2002年…增加到2007年…，比重从1.07%提高到…`: `is_start`).
fn from_year(before: &str, is_start: bool) -> Option<&str> {
    // `从2002年…占比从1.07%`: the phrase stands within a few words
    let before = tail(before, FROM_YEAR_BYTES);
    let before = if is_start {
        before.trim_end().trim_end_matches(['从', '由'])
    } else {
        before
    };
    let at = rfind_wide(before, ['从', '由'])?;
    let rest = &before[at + '从'.len_utf8()..];
    let n = period::time_phrase(rest);
    if n == 0 {
        return None;
    }
    let (phrase, between) = rest.split_at(n);
    let t = time::template(phrase);
    let single = t.written_year().is_some() && t.first_year() == t.written_year();
    (single && (between.trim().is_empty() || is_start)).then_some(phrase)
}

/// The year a change reaches, as written before a figure: `至2023年` of
/// `由2022年的52万人上升至2023年的54万人，增幅为`, the last `到`/`至`
/// and the time phrase after it, where a `由`/`从` stands before it.
fn reached_year(before: &str) -> Option<&str> {
    let before = tail(before, FROM_YEAR_BYTES);
    let at = rfind_wide(before, ['到', '至'])?;
    rfind_wide(&before[..at], ['从', '由'])?;
    let n = period::time_phrase(&before[at + '到'.len_utf8()..]);
    (n > 0).then(|| &before[at..at + '到'.len_utf8() + n])
}

/// Where the last of two three-byte characters `cs` starts in `s`, found
/// by a vectorised search (`memchr`) for their last bytes, each hit checked;
/// as `s.rfind(cs)` gives it, without decoding every character on the way.
fn rfind_wide(s: &str, cs: [char; 2]) -> Option<usize> {
    let mut bufs = [[0u8; 4]; 2];
    let [a, b] = [0, 1].map(|k| cs[k].encode_utf8(&mut bufs[k]).len());
    debug_assert!(a == 3 && b == 3, "three-byte characters only");
    let (x, y) = (&bufs[0][..3], &bufs[1][..3]);
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(i) = memchr::memrchr2(x[2], y[2], &bytes[..end]) {
        let start = i.saturating_sub(2);
        if i >= 2 && (&bytes[start..=i] == x || &bytes[start..=i] == y) {
            return Some(start);
        }
        end = i;
    }
    None
}

/// How far back the time rules read the clause before a figure for the
/// words that decide its role (`累计`, `现已`, `年均`, `以上讲的`): fifty
/// characters. Reading no further keeps a long clause of figures linear.
const NEAR_BYTES: usize = 150;

/// How far back a start year (`从2002年…`) is looked for: eighty characters.
const FROM_YEAR_BYTES: usize = 240;

/// Whether `part` occurs in `text`: seen where it stands when it is a
/// slice of `text` (a period read in the clause before its figure), else
/// searched for by its last byte ([`lexicon::find_word`]: a period is a
/// few characters, and `str::contains` sets a searcher up for each figure).
fn occurs(text: &str, part: &str) -> bool {
    let (t, p) = (text.as_ptr() as usize, part.as_ptr() as usize);
    (p >= t && p + part.len() <= t + text.len()) || lexicon::find_word(text, part).is_some()
}

/// The last `max` bytes of `s` at most, from a char boundary.
fn tail(s: &str, max: usize) -> &str {
    &s[crate::chars::ceil_boundary(s, s.len().saturating_sub(max))..]
}

/// Where one quantity stands in its line: its sentence and clause, and the
/// text the subject rules read around it.
#[derive(Clone, Copy, Debug)]
struct Site<'a> {
    /// Index of the quantity in the line.
    k: usize,
    /// Index of its sentence.
    si: usize,
    /// The span of its sentence.
    sent: Span,
    /// Where its sentence starts (at the latest, where it starts).
    sent_start: usize,
    /// Where its clause starts.
    clause_start: usize,
    /// The clause up to the quantity.
    clause: &'a str,
    /// The text read before it: from the previous quantity of the clause,
    /// else from the clause start.
    before: &'a str,
    /// The text after it, to the next quantity or the sentence end.
    after: &'a str,
    /// Whether `before` starts at a previous quantity of the clause.
    joined: bool,
}

/// Whether `np` is the bare name of a rate or share, of nothing named
/// (`增长率`, `增幅`, `比重`: `words/rate-ends.txt`).
fn bare_rate(np: &str) -> bool {
    lexicon::RATE_END_SET.contains(np)
}

/// Whether a figure's clause (`before`) names only a rate, of nothing
/// named (`增幅`, `同比增幅`, `下降幅度为`): `np`, read as its subject,
/// opens the clause and is a rate's bare name after at most a basis word,
/// and at most a copula stands between it and the figure.
fn names_rate_alone(np: &str, before: &str) -> bool {
    let Some(rest) = before.trim().strip_prefix(np) else {
        return false;
    };
    let name = period::COMPARISONS
        .iter()
        .find_map(|w| np.strip_prefix(w))
        .unwrap_or(np);
    bare_rate(name) && matches!(rest.trim(), "" | "为" | "是" | "达" | "达到")
}

/// Whether `clause` opens with the verb of a share (`占`, `佔`); asked
/// also by the basis and subject readers of `占…N的M%`.
fn after_share_verb(clause: &str) -> bool {
    clause.trim_start().starts_with(['占', '佔'])
}

/// Whether the figure opens the values a colon announces after `分别为`
/// (`占比分别为：39.3%、19.0%、41.7%`): nothing before it in its clause, and
/// the clause before ends so; the values are dealt to the figures before as
/// `分别` before them would deal them.
fn values_announced(line: &str, site: &Site<'_>) -> bool {
    line.get(site.sent_start..site.clause_start)
        .and_then(|head| head.strip_suffix('：').or_else(|| head.strip_suffix(':')))
        .is_some_and(|head| {
            ["分别为", "分别是", "依次为", "依次是"]
                .iter()
                .any(|w| head.ends_with(w))
        })
        && site.before.trim().is_empty()
}

/// What the subject rules said of one quantity.
struct Said<'a> {
    subject: Option<&'a str>,
    action: Option<&'a str>,
    change: Option<ChangeRef<'a>>,
    flags: Flags,
    /// Nothing but a verb stands before the figure in its clause.
    verb_only: bool,
    /// A phrase known well formed ([`subject::Found::formed`]): the
    /// subject, if it reads the same, is not checked again.
    formed: Option<&'a str>,
    /// A figure in brackets beside its name ([`subject::bracketed`]).
    bracketed: Option<subject::Bracketed<'a>>,
    /// The name of a rate written alone, when the figure took what the
    /// rate measures ([`LineState::rate_of_figure_before`]): the figures
    /// after it in its sentence that change it are the rate's.
    rate: Option<&'a str>,
}

/// The rules at work on one line: the line, its quantities and sentences,
/// and what has been said of the quantities so far.
struct LineState<'a, 'c> {
    line: &'a str,
    quantities: &'c [Quantity<'c>],
    sentences: &'c [Span],
    qizhong: &'c [usize],
    /// What the rules said of each quantity so far (for breakdowns).
    flags: &'c mut Vec<Flags>,
    /// (sentence index, clause start) of the previous quantity.
    prev_clause: (usize, usize),
    periods: period::Scope<'a>,
    /// The sentence heads of the line read for its paragraph's openings.
    heads: &'c period::Heads,
    lists: Lists<'a>,
    parts: Parts,
    /// The last run of joined values read (for `分别` and lists).
    runs: relations::JoinedRuns,
}

/// The measure named by a clause before `clause_start` in the sentence
/// (`覆盖面逐步扩大，2012年底已达到12.5%`), skipping parenthetical clauses;
/// none if that clause holds a figure (ends after `prev_end`). For a count
/// `q` the clause must have a verb; for a count with no verb of its own
/// that opens a frame (`frame`: `人口稍有增加，从69.6万人增加到…`), the
/// clause must state a change of a thing named.
fn previous_clause_measure<'a>(
    line: &'a str,
    sent_start: usize,
    mut clause_start: usize,
    prev_end: Option<usize>,
    (q, frame): (&Quantity<'_>, bool),
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
        // (`…月入中位数，过去10年来，每年增长3.5%`: a clause that is only a
        // time phrase names no measure; the one before it does)
        if parenthetical(pc.trim()) || carry::only_time(pc) {
            clause_start = pstart;
            continue;
        }
        let found = subject::analyse(pc, "", q.kind, q.unit);
        // (`工业用电量增长较快，同比增长12.4%`)
        let measure = found.subject.map(carry::before_trend);
        // (a frame gives the levels of a measure whose change the clause
        // before states: `人口稍有增加`, not `企业稳步发展`, `布局调整`)
        let told =
            found.change.is_some() && measure.is_some_and(|m| frame_start::names_thing(m, q.unit));
        if (frame && !told) || (subject::count_like(q.kind) && found.action.is_none() && !frame) {
            return None;
        }
        return measure;
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
        // (a line in traditional script is read in simplified script)
        self.glosses = None;
        let Some(read) = self.script.read(line).map(str::to_owned) else {
            return self.push_read(line, line, offset, quantities, out);
        };
        // (`產(chǎn)業(yè)增長(zhǎng)`: read without its pinyin glosses)
        match gloss::Stripped::of(line, &read, quantities) {
            Some((glosses, written, read, moved)) => {
                self.glosses = Some(glosses);
                self.push_read(&written, &read, offset, &moved, out);
            }
            None => self.push_read(line, &read, offset, quantities, out),
        }
    }

    /// [`push_line`](Self::push_line) of `written`, read as `line` (the
    /// same line, in simplified script).
    fn push_read(
        &mut self,
        written: &str,
        line: &str,
        offset: usize,
        quantities: &[Quantity<'_>],
        out: &mut Vec<Metric>,
    ) {
        self.heads.clear();
        let heading = section::parse(line);
        // (the same slice unless the line was read from traditional script)
        self.times.doc.traditional |= !std::ptr::eq(written, line);
        self.times.doc.observe(line, heading.is_some());
        if let Some(h) = heading {
            let depth = self.sections.enter(written, h);
            self.times.enter_heading(depth, &line[h.start..h.end]);
        } else {
            // (the heads are kept for the figures' periods, if any)
            let keep = !quantities.is_empty();
            self.times.paragraph(line, keep.then_some(&mut self.heads));
        }
        let Some(last) = quantities.last() else {
            return;
        };
        // sentences, and where `其中` occurs up to the last quantity
        sentence::split_marking(
            line,
            last.span.start,
            last.span.end,
            &mut self.sentences,
            &mut self.qizhong,
        );
        self.flags.clear();
        let mut state = LineState {
            line,
            quantities,
            sentences: &self.sentences,
            qizhong: &self.qizhong,
            flags: &mut self.flags,
            prev_clause: (usize::MAX, 0),
            periods: period::Scope::new(std::mem::take(&mut self.clause_reads)),
            heads: &self.heads,
            lists: Lists::new(),
            parts: Parts::default(),
            runs: relations::JoinedRuns::default(),
        };
        let base = out.len();
        let mut prev_own = None;
        let mut yilai = time::YilaiScan::default();
        let mut roles = time::SentenceRoles::default();
        for (k, q) in quantities.iter().enumerate() {
            let site = state.locate(k);
            let mut m = Metric::from_quantity(q, offset, Arc::clone(self.sections.path()));
            m.sentence = site.sent.shifted(offset);
            let in_force = state.period(&site);
            // `由一九五七年的五百三十五万吨`: a period of its own; a length
            // of time (`连续13年`) has no other, but a change in a number
            // of days (`优良天数增加25天`) is the period's
            let own = period::own_period(site.clause)
                .or_else(|| period::own_beyond_clause(line, site.sent_start, q.span.start))
                .or_else(|| listed_own_period(prev_own, &site));
            prev_own = own.map(|p| (k, p));
            let near = tail(site.clause, NEAR_BYTES);
            let length = is_length(q, near, &line[..q.span.start]);
            // (`一季度…同比增长21.8%，两年平均增长7.5%`: the years an average
            // is taken over, within the period in force)
            let period = if length && !time::averaged_over(site.after, in_force.period) {
                own
            } else {
                own.or(in_force.period)
            };
            // (`2019年、2020年、2021年分别完成…`: each value its own year)
            let period = period.map(|p| dealt_year(line, quantities, &site, p).unwrap_or(p));
            // (`今年要着重抓好以下九个方面工作`: the year written keeps it)
            let written = period.is_some_and(|p| {
                occurs(near, p)
                    && (self.times.facts(p).class).is_some_and(|c| c != period::Class::Now)
            });
            let topics = q.kind == Kind::Count && !written && time::counts_topics(near, site.after);
            // (`项目实施以来，累计完成投资…`: from an event, not the year's)
            let since = period
                .is_none()
                .then(|| {
                    let from = site.sent_start.min(q.span.start);
                    let at = yilai.last_before(line, from, q.span.start);
                    time::since_event_at(&line[from..q.span.start], at)
                })
                .flatten();
            // (`常年平均降水量为640毫米`: a climate normal, no year's)
            let normal = time::names_a_normal(site.clause);
            let prepared = if (period.is_none() && length) || topics || normal {
                None
            } else if let Some(s) = since {
                match s {
                    time::Since::Undated => None,
                    time::Since::Year(y) => Some(self.times.since_year(y)),
                }
            } else {
                let before = &line[site.sent_start.min(q.span.start)..q.span.start];
                let at = time::At {
                    line,
                    sentences: state.sentences,
                    si: site.si,
                    sent_start: site.sent_start,
                    after: site.after,
                };
                let of = Figure {
                    text: &m.text,
                    before,
                    count: q.kind == Kind::Count,
                    own: own.is_some(),
                };
                let role = figure_role(&site, &at, of, near, self.last_role, &mut roles);
                self.last_role = role;
                // (`比2010年的3.10人`: the basis's own value)
                let basis = || time::basis_value(before, site.after);
                match from_year(before, role == time::Role::Start) {
                    Some(y) => Some(self.times.prepare(Some(y), Some(y), time::Role::Flow)),
                    None if basis().is_some() => {
                        let role = basis().map_or(role, |p| time::basis_role(p, role));
                        Some(self.times.prepare(basis(), basis(), role))
                    }
                    None => {
                        let dating = period.filter(|_| own.is_some() || !in_force.carried_now);
                        let p = self.times.prepare(dating, in_force.year_from, role);
                        Some(of_its_period(&mut self.times, p, before, dating, near))
                    }
                }
            };
            m.time = prepared.and_then(|p| self.times.resolve(p));
            roles.prepared(site.si, prepared.is_some_and(|p| p.is_stock()));
            self.prepared.push(prepared);
            m.period = period.map(Into::into);
            state.relate(&site, &mut m, out, (base, self.emitted));
            part_of_whole(&mut m, &out[base..], self.emitted, &mut self.prepared);
            out.push(m);
        }
        self.clause_reads = state.periods.take_reads();
        // `东部地区拥有法人单位…；中部地区…`: the first place of the list
        place_list::first_items(line, quantities, &mut out[base..]);
        self.emitted += quantities.len();
        self.restore_written(written, line, offset, &mut out[base..]);
        self.release(base, out);
    }

    /// Puts back in `records` (those of one line) what the rules cut out of
    /// `line` as `written` wrote it: its traditional script and the pinyin
    /// glosses taken out of it.
    fn restore_written(
        &mut self,
        written: &str,
        line: &str,
        offset: usize,
        records: &mut [Metric],
    ) {
        if !std::ptr::eq(written, line) {
            script::restore(written, line, records);
        }
        if let Some(g) = self.glosses.take() {
            g.restore(written, offset, records);
        }
    }

    /// Holds the records of this line (from `base` in `out`) back while the
    /// document's years are unsettled; once they are, puts the held records
    /// back before them with their times resolved again.
    fn release(&mut self, base: usize, out: &mut Vec<Metric>) {
        if self.held.len() + (out.len() - base) > time::MAX_AWAITED && self.times.doc.awaits_date()
        {
            self.times.doc.stop_waiting();
        }
        if !self.times.settled() {
            self.held
                .extend(out.drain(base..).zip(self.prepared.drain(..)));
            return;
        }
        self.prepared.clear();
        if self.held.is_empty() {
            return;
        }
        let times = &self.times;
        let held: Vec<Metric> = self
            .held
            .drain(..)
            .map(|(mut m, p)| {
                m.time = p.and_then(|p| times.resolve(p));
                m
            })
            .collect();
        out.splice(base..base, held);
    }

    /// Ends the document: records still held back are appended to `out`.
    pub(crate) fn finish(&mut self, out: &mut Vec<Metric>) {
        let times = &self.times;
        out.extend(self.held.drain(..).map(|(mut m, p)| {
            m.time = p.and_then(|p| times.resolve(p));
            m
        }));
    }
}

/// The prepared time `p` of a figure dated by its period `dating`, whose
/// sentence reads `before` up to it and its clause `near`: the span of the
/// change between two years the sentence names (`由2000年的…增加到2005年
/// 的…，年均增长33.5%`), and a yearly average (`平均每年增长`) over the
/// span of years a review opened.
fn of_its_period(
    times: &mut time::Resolver,
    p: time::Prepared,
    before: &str,
    dating: Option<&str>,
    near: &str,
) -> time::Prepared {
    // (the start year is looked for only where a year is reached: the
    // figure's period, or a `到`/`至` year its sentence writes before it
    // when the period is another, as a paragraph's `过去五年` heading
    // `由2022年的…上升至2023年的…，增幅为3.8%`)
    let reach = match dating {
        Some(d) if d.starts_with(['到', '至']) => Some(d),
        _ => reached_year(before),
    };
    let from = reach.and_then(|_| from_year(before, true));
    let p = times.change_between(p, from, reach, near);
    if time::averages(near) {
        times.average(p)
    } else {
        p
    }
}

/// What the role of a figure asks of it besides where it stands: its text,
/// its sentence up to it, whether it is a count and whether it has a
/// period of its own.
#[derive(Clone, Copy, Debug)]
struct Figure<'a> {
    text: &'a str,
    /// Its sentence up to it.
    before: &'a str,
    count: bool,
    own: bool,
}

/// The role in its period of the figure `of` at `site` (`at`), whose clause
/// reads `near` up to it, the figure before it having the role `last`: by
/// its clause, the list it stands in and the sentences of its line before
/// it (`roles`).
fn figure_role(
    site: &Site<'_>,
    at: &time::At<'_>,
    of: Figure<'_>,
    near: &str,
    last: time::Role,
    roles: &mut time::SentenceRoles,
) -> time::Role {
    // (`户数、从业人员为2.5万户、9.9万人`: the measure at its place)
    let listed = time::listed_role(of.before, of.text, site.after);
    // `分别提升至95%左右、96%以上`, `分别达24.1%和50.2%`: a list item is
    // as the first
    let role = match listed.unwrap_or_else(|| time::Role::of(near, of.text, site.after)) {
        time::Role::Flow
            if site.joined && time::next_value(site.before) && !time::changes_by(near) =>
        {
            last
        }
        // (`肉猪出栏238787头，增长1.9%`: the change of a year's flow)
        role => time::after_flow(role, near, last),
    };
    // (`全县现有企业22家，…；家庭农场472家`: held as the first;
    // `年末就业人员…。按产业划分，…`: parts of a stock)
    roles.role(at, near, of.count, of.own, role)
}

/// How far after a figure the period rule looks for a phrase that names its
/// span (`6家银行2022年以来`): forty characters.
const AHEAD_BYTES: usize = 120;

impl<'a, 'c> LineState<'a, 'c> {
    /// Where the `k`-th quantity stands: its sentence, clause and the text
    /// around it.
    fn locate(&mut self, k: usize) -> Site<'a> {
        let (line, q) = (self.line, &self.quantities[k]);
        let si = sentence::index_of(self.sentences, q.span.start);
        let sent = self.sentences.get(si).copied().unwrap_or(q.span);
        let sent_start = sent.start.min(q.span.start);
        // the clause: search back only to the previous quantity of the
        // sentence; without a mark in between, the clause is its clause
        let prev_end = k.checked_sub(1).map(|j| self.quantities[j].span.end);
        let prev_here =
            prev_end.filter(|&e| e > sent_start && e <= q.span.start && self.prev_clause.0 == si);
        let lower = prev_here.unwrap_or(sent_start);
        let clause_start =
            last_clause_end(line, lower, q.span.start).unwrap_or(if prev_here.is_some() {
                self.prev_clause.1
            } else {
                sent_start
            });
        self.prev_clause = (si, clause_start);
        let left = match prev_end {
            Some(e) if e > clause_start && e <= q.span.start => e,
            _ => clause_start,
        };
        let after_end = self
            .quantities
            .get(k + 1)
            .map_or(sent.end, |n| n.span.start.min(sent.end))
            .max(q.span.end);
        Site {
            k,
            si,
            sent,
            sent_start,
            clause_start,
            clause: &line[clause_start..q.span.start],
            before: &line[left..q.span.start],
            after: &line[q.span.end..after_end],
            joined: left != clause_start,
        }
    }

    /// The period rule: the time phrase in force at the quantity.
    fn period(&mut self, site: &Site<'a>) -> period::InForce<'a> {
        let q_end = self.quantities[site.k].span.end;
        let sent_end = site.sent.end.max(q_end);
        // a phrase after the figure stands within a few words of it: read
        // no further (a long clause of figures stays linear)
        let reach = crate::chars::floor_boundary(self.line, sent_end.min(q_end + AHEAD_BYTES));
        let rest_end = sentence::next_clause_end(self.line, q_end, reach).unwrap_or(reach);
        self.periods.in_force(
            self.line,
            self.sentences,
            site.si,
            site.clause_start,
            (site.clause, &self.line[q_end..rest_end]),
            self.heads,
        )
    }

    /// The subject, list and breakdown rules: fills the subject, action,
    /// change, `resolved_subject` and `parent` of `m`. `out` holds the
    /// records so far, those of this line from `base` on; `first_index` is
    /// the document index of the line's first record.
    fn relate(
        &mut self,
        site: &Site<'a>,
        m: &mut Metric,
        out: &mut [Metric],
        (base, first_index): (usize, usize),
    ) {
        let prev = self.lists.prev_in(site.si);
        let mut said = self.subject(site, prev);
        // `0-14岁的人口为168.7万人`: the age band before the noun modifies it
        if let Some(s) = age_band::with_band(self.line, self.quantities, site.k, said.subject) {
            said.subject = Some(s);
        }
        // (null rather than broken, whatever rule cut it: SPEC §2.1)
        m.subject = said
            .subject
            .filter(|&s| said.formed == Some(s) || subject::well_formed(s))
            // (`「侵犯財產罪」共錄得1595宗`: the term quoted)
            .map(subject::unquoted)
            .map(Into::into);
        m.action = said.action.map(Into::into);
        self.carried(site, said.verb_only, m, &mut out[base..]);
        m.change = said.change.map(|(direction, basis)| Change {
            direction,
            basis: basis.map(Into::into),
        });
        // list ellipsis: `一审行政应诉案件27件、二审3件`
        if site.joined && site.before.starts_with('、') {
            if let (Some(s), Some(p)) = (said.subject, prev.and_then(|p| p.subject)) {
                m.resolved_subject = relations::resolve_ellipsis(s, p);
            }
        }
        self.breakdown(site, said.flags, m, out, (base, first_index));
        let mut flags = said.flags;
        let q = &self.quantities[site.k];
        let of_basis = relations::names_basis(q.kind, site.before, site.after);
        // (`比全省（7.4%）`: a value compared with, of the measure compared)
        let compared = said.bracketed.filter(|b| b.compared).map(|b| b.measure);
        self.lists.push(
            site.si,
            said.rate.or(said.subject),
            said.change,
            q.kind,
            (of_basis, compared),
        );
        flags.change = said.change.is_some();
        // only breakdowns need it: lines without 其中 skip the search
        flags.compared = !self.qizhong.is_empty() && relations::has_comparison(site.clause);
        self.flags.push(flags);
    }

    /// The subjects carried between the records of the line (`line`, this
    /// one's before it): a chain of counts shares the noun after it
    /// (`12类45件民生实事`); a count after a verb that handles a caseload
    /// alone counts what the line's last whole counted (`…，其中…8件；
    /// 共办理718件`), not the part before.
    fn carried(&self, site: &Site<'a>, verb_only: bool, m: &mut Metric, line: &mut [Metric]) {
        if let (Some(s), Some(p)) = (&m.subject, line.last_mut()) {
            let adjacent = site.joined && site.before.trim().is_empty();
            let counts = m.kind == Kind::Count
                && p.kind == Kind::Count
                && subject::may_count(p.unit.as_deref(), s);
            if adjacent && counts && p.subject.is_none() && occurs(site.after, s) {
                p.subject = Some(s.clone());
            }
        }
        // (whether the figure before is a part is asked only of a count
        // whose clause names only its verb: most figures are none)
        let text = (self.line, m.sentence.start - site.sent.start);
        let after_part = || line.last().is_some_and(|p| carry::is_part(p, text));
        if verb_only && m.kind == Kind::Count && (m.subject.is_none() || after_part()) {
            let unit = m.unit.as_deref();
            let w = carry::same_part(line, text, m.start, unit)
                .or_else(|| carry::last_whole(line, text, unit));
            if let Some(w) = w {
                m.subject = Some(w.into());
            }
        }
    }

    /// The subject rules, with values joined to the one before and lists
    /// dealt out by `分别`.
    fn subject(&mut self, site: &Site<'a>, prev: Option<Prev<'a>>) -> Said<'a> {
        // (`12类45件民生实事`: a chain of figures with nothing named yet
        // reads on)
        let chain = self.in_chain(site, prev);
        if let Some(p) =
            prev.filter(|_| site.joined && relations::only_joins(site.before) && !chain)
        {
            // a figure with nothing between it and the one before takes
            // what that one carries on where it differs from its own
            // subject: the amount of a planned basis carries the measure
            // named before the comparison (`比“十五”计划目标3000亿元超过
            // 1070亿元`: the 1070亿元 is no target)
            let adjacent = site.before.trim().is_empty();
            let fallback = match (p.subject, p.carry) {
                (Some(s), Some(c)) if adjacent && s != c => Some(c),
                _ => p.subject,
            };
            return Said {
                subject: self.lists.next_item(fallback),
                action: None,
                change: p.change,
                flags: Flags::default(),
                verb_only: false,
                formed: None,
                bracketed: None,
                rate: None,
            };
        }
        if let Some(said) = prev.and_then(|p| self.joined_with_change(site, p, chain)) {
            return said;
        }
        self.lists.end_run();
        let q = &self.quantities[site.k];
        let before = self.before_note(site).unwrap_or(site.before);
        let f = subject::analyse(before, site.after, q.kind, q.unit);
        let flags = Flags {
            level: f.level,
            // `人均`, `户均`, `每`
            per: f.per || f.subject.is_some_and(|s| s.contains(['均', '每'])),
            ..Flags::default()
        };
        let mut subject = f.subject;
        let mut rate = None;
        // `6.48万户23.24万农村常住人口`: one thing counted twice, named after
        if let Some(np) =
            counted_twice::noun_after_pair(self.line, self.quantities, site.k, site.sent.end)
        {
            subject = Some(np);
        }
        // `收取1322.1万元认证费`: a verb before the figure, its object after
        if let Some(np) =
            subject.and_then(|s| verb_object::object_after(s, site.after, q.kind, q.unit))
        {
            subject = Some(np);
        }
        // `三类可防性案件同比下降21.88%`: a count of kinds right before the
        // subject modifies it
        if let Some(np) = site.k.checked_sub(1).and_then(|j| {
            subject.and_then(|s| kind_count::with_kinds(self.line, &self.quantities[j], s))
        }) {
            subject = Some(np);
        }
        // `2个省份GDP超过2万亿元`: the noun that the figure before counted
        // (read after its measure word) is no part of this one's measure
        if let (Some(s), Some(p)) = (subject, prev.and_then(|p| p.subject)) {
            let rest = s.get(p.len()..).unwrap_or("").trim_start_matches('的');
            if s.as_ptr() == p.as_ptr() && rest.chars().nth(1).is_some() {
                subject = Some(rest);
            } else if s.as_ptr() == p.as_ptr()
                && s.len() == p.len()
                && self.counts_before(site.k, p)
            {
                // `14个项目638亩土地出让`, `158个重点项目完成投资189.4亿元`
                let at = (p.as_ptr() as usize).wrapping_sub(site.before.as_ptr() as usize);
                let rest = site.before.get(at + p.len()..).unwrap_or("").trim();
                if let Some(np) = counted_before::own_measure(rest, site.after, q.kind, q.unit) {
                    subject = Some(np);
                }
            }
        }
        if subject.is_none() && (f.respectively || values_announced(self.line, site)) {
            subject = self.respective(site);
        } else if f.respectively && subject.is_some_and(bare_rate) {
            // `…分别增长5474万人、4777万人，增长率分别为10.5%、8.8%`: a rate
            // named alone is the rate of each item dealt out before
            subject = self.respective_rate(site).or(subject);
        } else if let Some(m) = subject.and_then(|s| self.rate_of_figure_before(site, prev, s)) {
            rate = subject;
            subject = Some(m);
        }
        if f.inherits && subject.is_none() && !f.respectively {
            subject = self.parallel_run(site);
        }
        // `总投资：约320亿元`: the label before the colon
        if subject.is_none() {
            let q = (q.kind, q.unit);
            subject = carry::colon_label(
                self.line,
                site.sent_start,
                site.clause_start,
                site.before,
                q,
            );
        }
        // `其中3名为独立董事`: the kind named after the copula
        if let Some(np) = subject::part_named_after(site.before, site.after, q.kind) {
            subject = Some(np);
        }
        let verb_only = handled_only(&f, site.before);
        // (`，2个1类创新药`: the chain's noun comes after it)
        if f.inherits && subject.is_none() && !self.starts_chain(site) {
            subject = self.inherited(site, prev, verb_only);
        }
        // `特别服务召唤方面，去年共有35 314宗`: the topic before `方面`
        if subject.is_none_or(|s| s.ends_with("方面")) {
            subject = self.topic(site).or(subject);
        }
        // `分别`, or a list joined to as many values without it
        // (`国内游客人次、总花费增长5.6％、7.5％`)
        // (`、` looked for by its last byte: `str::contains` of a wide
        // character sets a substring searcher up for each figure)
        let listed = |s: &str| lexicon::find_word(s, "、").is_some();
        if let Some(s) = subject.filter(|s| f.respectively || listed(s)) {
            subject = self.deal_list(site, s, f.respectively).or(subject);
        }
        // `70429元（折合10209美元）`: the figure before, in another unit
        if let Some(s) = self.restated(site, prev) {
            subject = Some(s);
        }
        // `比全省（7.4%）`, `（全国10.7%、全省10.1%）`: the name beside it
        let head = &self.line[site.sent_start.min(q.span.start)..q.span.start];
        let (clause, before, after) = (site.clause, site.before, site.after);
        let bracketed = subject::bracketed(head, clause, before, after, q.kind, q.unit);
        Said {
            subject: bracketed.map(|b| b.subject).or(subject),
            action: f.action,
            change: f.change,
            flags,
            verb_only,
            formed: f.formed,
            bracketed,
            rate,
        }
    }

    /// The clause before a note in brackets between a measure and the
    /// figure, when nothing is named after the figure
    /// (`全市平均年降水量(全市11个气象观测站平均)1213毫米`,
    /// [`subject::before_note`]): the measure is read there, not in the
    /// note, whatever figure the note holds.
    fn before_note(&self, site: &Site<'a>) -> Option<&'a str> {
        let q = &self.quantities[site.k];
        let from = site.sent_start.min(q.span.start);
        let noted = subject::before_note(&self.line[from..q.span.start])?;
        let named_after = site
            .after
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| !sentence::is_clause_mark(c));
        if named_after {
            return None;
        }
        let end = from + noted.len();
        let start = last_clause_end(self.line, from, end).unwrap_or(from);
        Some(&self.line[start..end])
    }

    /// The topic set by `方面` that a figure with nothing after it counts
    /// when its clause says only when and that there were so many
    /// ([`subject::only_tally`]):
    /// in its own clause (`全年消防特别服务方面共有4,835宗`) or as the whole
    /// clause before, with no figure (`特别服务召唤方面，去年共有35 314宗`);
    /// without `方面`, what that clause names when the tally is a total
    /// (`…的生態導賞活動，共480次`: [`subject::named_before_tally`]).
    fn topic(&self, site: &Site<'a>) -> Option<&'a str> {
        // (`…等方面29项促消费政策`: a figure with its own noun after it)
        let closed = site
            .after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| sentence::is_clause_mark(c) || matches!(c, '(' | '（'));
        if site.joined || !closed {
            return None;
        }
        if let Some(t) = subject::topic_within(site.clause) {
            return Some(t);
        }
        if site.clause_start <= site.sent_start || !subject::only_tally(site.clause) {
            return None;
        }
        let mark = self.line[..site.clause_start]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        let end = site.clause_start - mark;
        let start = last_clause_end(self.line, site.sent_start, end).unwrap_or(site.sent_start);
        let figure_before = site
            .k
            .checked_sub(1)
            .is_some_and(|j| self.quantities[j].span.end > start);
        if figure_before {
            return None;
        }
        let q = &self.quantities[site.k];
        subject::topic(&self.line[start..end]).or_else(|| {
            let c = self.line[start..end].trim_start_matches(sentence::is_clause_mark);
            subject::named_before_tally(c, site.clause, site.after, (q.kind, q.unit))
        })
    }

    /// The subject of a figure restated in another unit after a verb of
    /// conversion (`70429元（折合10209美元）`): that of the figure before,
    /// of the same kind, in its sentence.
    fn restated(&self, site: &Site<'a>, prev: Option<Prev<'a>>) -> Option<&'a str> {
        let p = prev.filter(|_| converted::restates(site.before))?;
        let kind = |j: usize| self.quantities.get(j).map(|q| q.kind);
        let same = site.k.checked_sub(1).map(kind) == Some(kind(site.k));
        p.subject.filter(|_| same)
    }

    /// Whether the figure before the `k`-th is a count that may count `np`
    /// by its measure word (`100所|海拔`: `所` counts schools, not a height).
    fn counts_before(&self, k: usize, np: &str) -> bool {
        k.checked_sub(1)
            .and_then(|j| self.quantities.get(j))
            .is_some_and(|p| p.kind == Kind::Count && subject::may_count(p.unit, np))
    }

    /// A value joined to the one before by a join and its own change verb
    /// (`同比分别上升3.6%和下降3.4%`): the next item of the list dealt out,
    /// with the change that verb states.
    fn joined_with_change(
        &mut self,
        site: &Site<'a>,
        p: Prev<'a>,
        chain: bool,
    ) -> Option<Said<'a>> {
        // (a count and its growth, `31.3万个、增长46.1%`, are no pair)
        let kinds = |j: usize| self.quantities.get(j).map(|q| q.kind);
        if !site.joined || chain || site.k == 0 || kinds(site.k - 1) != kinds(site.k) {
            return None;
        }
        let dir = relations::join_then_change(site.before)?;
        Some(Said {
            subject: self.lists.next_item(p.subject),
            action: None,
            change: Some((dir, None)),
            flags: Flags::default(),
            verb_only: false,
            formed: None,
            bracketed: None,
            rate: None,
        })
    }

    /// Whether the figure follows the one before with nothing between
    /// them, both counts and the one before with nothing named yet
    /// (`12类45件民生实事`).
    fn in_chain(&self, site: &Site<'a>, prev: Option<Prev<'a>>) -> bool {
        let counts = |j: usize| {
            self.quantities
                .get(j)
                .is_some_and(|q| q.kind == Kind::Count)
        };
        site.before.trim().is_empty()
            && prev.is_some_and(|p| p.subject.is_none())
            && counts(site.k)
            && site.k.checked_sub(1).is_some_and(counts)
    }

    /// Whether the count opens a chain of counts right before the noun
    /// phrase they count (`，2个1类创新药`): it inherits nothing.
    fn starts_chain(&self, site: &Site<'a>) -> bool {
        site.after.is_empty()
            && self.quantities[site.k].kind == Kind::Count
            && self.quantities.get(site.k + 1).is_some_and(|n| {
                let named = self.line[n.span.end..].chars().next();
                n.kind == Kind::Count
                    && named.is_some_and(|c| !c.is_whitespace() && !crate::chars::is_clause_mark(c))
            })
    }

    /// The first subject of values dealt out by `分别` with no list of
    /// their own: the figures before in the sentence (`国内游客1.23亿人次…
    /// 国内旅游收入1567.8亿元，分别增长12.3%和15.6%`), else the list of
    /// the clause before (`…和在线旅行预订的用户规模增长最快，较上年分别
    /// 增长…`).
    fn respective(&mut self, site: &Site<'a>) -> Option<&'a str> {
        let len = self.run_len(site);
        if len < 2 {
            return None;
        }
        if let Some(items) = self.lists.figures_before(site.si, len) {
            return self.lists.deal(items);
        }
        let q = &self.quantities[site.k];
        let prev_end = site
            .k
            .checked_sub(1)
            .map_or(0, |j| self.quantities[j].span.end);
        let at = (site.sent_start, site.clause_start, prev_end);
        carry::list_before(self.line, at, len, (q.kind, q.unit))
    }

    /// The first subject of values dealt out by `分别` after the bare name
    /// of a rate (`增长率分别为10.5%、8.8%`): the figures before in the
    /// sentence, changes too, else as [`Self::respective`] finds them.
    fn respective_rate(&mut self, site: &Site<'a>) -> Option<&'a str> {
        let len = self.run_len(site);
        if len < 2 {
            return None;
        }
        match self.lists.figures_before_of(site.si, len, true) {
            Some(items) => self.lists.deal(items),
            None => self.respective(site),
        }
    }

    /// The first subject of a run of values that name nothing of their own
    /// and follow as many figures of their sentence (`电单车及轻型私家车分别
    /// 有86,995架及68,386架，占总数52%及41%`; `城镇人口52万人，乡村人口38万人，
    /// 占总人口的57.8%和42.2%`): parallel values, dealt out one to each
    /// figure before, as `分别` deals them.
    fn parallel_run(&mut self, site: &Site<'a>) -> Option<&'a str> {
        // (ages and lengths of time name a band or span, no parallel value)
        if matches!(
            self.quantities[site.k].kind,
            Kind::Age | Kind::Duration | Kind::Temperature
        ) {
            return None;
        }
        let len = self.run_len(site);
        if len < 2 {
            return None;
        }
        let items = self.lists.figures_before(site.si, len)?;
        self.lists.deal(items)
    }

    /// The measure a rate named alone in its clause (`np`) is the rate of
    /// (`比上年增加29,821万元，增幅69.52%`, `下降609宗，下降幅度为1.27%`):
    /// what the figure before it in its sentence measured, as a bare `占比`
    /// after a count takes the counted thing (SPEC §2.1).
    fn rate_of_figure_before(
        &self,
        site: &Site<'a>,
        prev: Option<Prev<'a>>,
        np: &str,
    ) -> Option<&'a str> {
        if site.joined || !names_rate_alone(np, site.before) {
            return None;
        }
        prev?.carry.filter(|&c| !bare_rate(c))
    }

    /// How many values from this one on are joined by `、`, `和` only.
    fn run_len(&mut self, site: &Site<'a>) -> usize {
        self.runs
            .len(self.line, self.quantities, site.k, site.sent.end)
    }

    /// The subject of a figure that compares with or links to the one
    /// before (`高于全国`, `提高到`).
    fn inherited(&self, site: &Site<'a>, prev: Option<Prev<'a>>, verb: bool) -> Option<&'a str> {
        let q = &self.quantities[site.k];
        if let Some(p) = prev {
            // `经常开支占经营开支超过94%，为3074亿元`: an amount is no share;
            // it is the part the share was taken of
            let percent = matches!(
                q.kind,
                Kind::Percent | Kind::Permille | Kind::PercentagePoint
            );
            match p.carry.and_then(|s| s.find(['占', '佔']).map(|i| (s, i))) {
                Some((s, i)) if i > 0 && !percent => Some(&s[..i]),
                // `预算数60999万元的40.4%`: the share of the basis just named
                // (`占全年目标任务6.9万人的111.2%`: after `占` the share is
                // the part's, the figure before it's)
                _ if percent && site.before.trim() == "的" && !after_share_verb(site.clause) => {
                    p.subject.or(p.carry)
                }
                _ => p.carry,
            }
        } else if site.clause_start > site.sent_start {
            // `覆盖面逐步扩大，2012年底已达到12.5%`: the measure named in the
            // clause before, if it holds no figure; for a count after its
            // verb alone, the object of that clause's verb (`收到政府信息
            // 公开申请，共办理718件`); for a count opening a frame, the
            // measure whose levels it gives (`人口稍有增加，从69.6万人增加到`)
            let frame = subject::count_like(q.kind)
                && !verb
                && frame_start::opens_frame(site.before, site.after);
            if subject::count_like(q.kind) && !verb && !frame {
                return None;
            }
            previous_clause_measure(
                self.line,
                site.sent_start,
                site.clause_start,
                site.k.checked_sub(1).map(|j| self.quantities[j].span.end),
                (q, frame),
            )
        } else {
            None
        }
    }

    /// A list subject (`生产安全事故起数、死亡人数`) dealt out to as many
    /// values, unless its items share one head: the first item.
    fn deal_list(&mut self, site: &Site<'a>, s: &'a str, respectively: bool) -> Option<&'a str> {
        // the values dealt out: this one and those joined to it
        let len = self.run_len(site);
        let mut items: Vec<&str> = s.split('、').collect();
        let comma_items = items.len() == len;
        if !comma_items && (respectively || relations::each_a_measure(s)) {
            // `事故起数和死亡人数分别下降`; `运输总周转量、旅客运输量和货邮
            // 运输量65.8亿吨公里、3513.2万人和74.9万吨`
            let all: Vec<&str> = s.split(['、', '和', '与', '及']).collect();
            // `批发和零售、住宿和餐饮、…交通运输仓储和邮电及其他服务业`:
            // items that hold a conjunction of their own; the list's last
            // conjunction joins its last item
            items = match last_joined::last_joined(&items) {
                Some(joined) if all.len() != len && joined.len() == len => joined,
                _ => all,
            };
        }
        // (`刑事、治安案件`: an adjective alone names nothing to deal; asked
        // only of a list as long as the run of values)
        if relations::elided_ordinals(&items)
            || (len > 1
                && items.len() == len
                && items.first().is_some_and(|f| relations::attribute_only(f)))
        {
            return None;
        }
        if len > 1 && items.len() == len && respectively {
            // `分别`: each value goes to its item, without what they share,
            // unless the list names one measure of each
            let whole = items.clone();
            if subject::list_items(&mut items)
                || !relations::shared_head(&whole)
                || (comma_items && relations::first_stands_alone(&whole))
            {
                self.lists.deal(items)
            } else if let Some(cut) = subject::parallel_cut(&whole) {
                // `城市与农村孕产妇死亡率分别…`: a head of nouns after a last
                // item as long as the first
                if let (Some(l), Some(w)) = (items.last_mut(), whole.last()) {
                    *l = &w[..cut];
                }
                self.lists.deal(items)
            } else {
                None
            }
        } else if len > 1 && items.len() == len && !relations::shared_head(&items) {
            self.lists.deal(items)
        } else {
            None
        }
    }

    /// The breakdown rule: `parent` of a part of a `其中` breakdown.
    fn breakdown(
        &mut self,
        site: &Site<'a>,
        own: Flags,
        m: &mut Metric,
        out: &mut [Metric],
        (base, first_index): (usize, usize),
    ) {
        self.parts.enter(
            self.line,
            self.sentences,
            self.qizhong,
            (site.si, site.sent),
            self.quantities[site.k].span.start,
        );
        let k = site.k;
        match self
            .parts
            .part(self.quantities, self.flags, k, own, site.clause)
        {
            Part::None => {}
            Part::Level => {
                // `由40元提高到80元`: a from–to pair states one quantity
                // twice, it is no pair of parts
                if let Some(prev) = k.checked_sub(1).and_then(|j| out.get_mut(base + j)) {
                    if prev.parent.is_some() && prev.sentence == m.sentence {
                        prev.parent = None;
                    }
                }
            }
            Part::Of(j) => {
                m.parent = Some(first_index + j);
                if m.subject.is_none() {
                    m.resolved_subject = out[base + j].subject.clone();
                }
            }
        }
    }
}

/// The own period of the figure before (`prev`: its index and period) for
/// a figure joined to it by `、`, `和` alone: `由上年的22.3%、28.6%和49.1%
/// 调整为…` lists three figures of `上年`, written once before the first.
fn listed_own_period<'l>(prev: Option<(usize, &'l str)>, site: &Site<'_>) -> Option<&'l str> {
    let (j, p) = prev?;
    (j + 1 == site.k && site.joined && relations::only_joins(site.before)).then_some(p)
}

/// The item of `period`, a list of years, that a `分别` before the run of
/// values holding the figure deals to it ([`period::dealt_item`]): the
/// values joined by list marks only, in its sentence, the `分别` between
/// the sentence start and the first of them.
fn dealt_year<'l>(
    line: &'l str,
    quantities: &[Quantity<'_>],
    site: &Site<'_>,
    period: &'l str,
) -> Option<&'l str> {
    // (most periods are no list: told before the run is looked for, by
    // length first: two years and a mark, `2019年和2020年`, take 17 bytes)
    if period.len() < 17 || !period.contains(['、', '和', '及', '与', '與']) {
        return None;
    }
    let joined = |a: &Quantity<'_>, b: &Quantity<'_>| {
        a.span.end <= b.span.start && relations::only_joins(&line[a.span.end..b.span.start])
    };
    let k = site.k;
    let mut first = k;
    while first > 0
        && quantities[first - 1].span.start >= site.sent_start
        && joined(&quantities[first - 1], &quantities[first])
    {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < quantities.len()
        && quantities[last + 1].span.start < site.sent.end
        && joined(&quantities[last], &quantities[last + 1])
    {
        last += 1;
    }
    let head = line.get(site.sent_start..quantities[first].span.start)?;
    find_word(head, "分别")?;
    period::dealt_item(period, k - first, last - first + 1)
}

/// Whether nothing but a verb that handles a caseload stands before the
/// figure in its clause (`，共办理718件`), the analysis `f` of `before`
/// says; not in a `分别` clause (`分别实现126.8万辆和…`: the values go
/// with a list, not with what came before).
fn handled_only(f: &subject::Found<'_>, before: &str) -> bool {
    f.inherits
        && f.action.is_some_and(|v| {
            carry::handles(v) && before.trim_end().trim_end_matches('了').ends_with(v)
        })
        && !f.respectively
        && find_word(before, "分别").is_none()
}

/// A part of a breakdown (`…在2023年达到500亿元。其中，第一产业增加值50亿元`)
/// with no period of its own is of its whole's period and time, even one
/// written mid-sentence. `line` holds the records of the line so far (the
/// first is record `first`), `prepared` their times, the part's last.
fn part_of_whole(
    m: &mut Metric,
    line: &[Metric],
    first: usize,
    prepared: &mut [Option<time::Prepared>],
) {
    let Some(k) = m.parent.and_then(|p| p.checked_sub(first)) else {
        return;
    };
    let Some(whole) = line.get(k) else {
        return;
    };
    let Some((own, before)) = prepared.split_last_mut() else {
        return;
    };
    // (`全县现有卫生技术人员2957人，其中执业医师951人`: a part of a
    // stock held, with no period written, is held at the same day)
    let held = whole.period.is_none() && before.get(k).is_some_and(|p| p.is_some_and(|p| p.held()));
    if m.period.is_some() || (whole.period.is_none() && !held) || own.is_none() {
        return;
    }
    m.period.clone_from(&whole.period);
    m.time = whole.time;
    if let Some(p) = before.get(k) {
        *own = *p;
    }
}

/// Whether `q` is a length of time of its own (`连续13年`), not a change in
/// one (`优良天数增加25天`) nor a value of a measure of time named before it
/// (`优良天数为320天`, `高温日数：中心城区30天`). `near` is the end of its
/// clause, `line_before` the line up to it.
fn is_length(q: &Quantity<'_>, near: &str, line_before: &str) -> bool {
    q.kind == Kind::Duration
        && !time::changes_by(near)
        && !time::measured(near)
        && !time::listed_under_measure(line_before)
}

#[cfg(test)]
mod tests {
    #[test]
    fn wide_characters_found_backwards_as_rfind_finds_them() {
        for s in [
            "",
            "从",
            "由2002年从",
            "从2002年7703元增加到由",
            "自由从业",
            "甲乙丙",
            "丛从",
            "田由",
            "a从b",
        ] {
            assert_eq!(
                super::rfind_wide(s, ['从', '由']),
                s.rfind(['从', '由']),
                "{s}"
            );
        }
    }
}
