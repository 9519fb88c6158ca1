//! What an earlier sentence of a paragraph says of the figures of a later
//! one, for their roles in their periods.
//!
//! - A verb of holding governs the list its sentence goes on with, over
//!   `；` (`全县现有龙头企业22家，其中省级2家；农民合作社769个`, see
//!   `held_list.rs`).
//! - A sentence that breaks down the figure of the sentence before
//!   (`年末城乡就业人员131.28万人。按产业划分，第一产业51.55万人，…，
//!   占比分别为：39.3%、…`) breaks down a stock when that figure is one: its
//!   parts and their shares are held at the same day, though the period in
//!   force is the year the paragraph opened with (`2020年，`). A part
//!   written with a change of its own (`住户存款增加40亿元`) says what it
//!   says; a breakdown of a flow (`分产业看，第一产业增加值…`) is left as it
//!   is.

use super::{breakdown, changes_by, held_list, Role};
use crate::record::Span;

/// Where a figure stands: its line, the line's sentences, the index of
/// its sentence and where that starts, and the text after the figure.
#[derive(Clone, Copy, Debug)]
pub(crate) struct At<'a> {
    pub line: &'a str,
    pub sentences: &'a [Span],
    pub si: usize,
    pub sent_start: usize,
    pub after: &'a str,
}

/// What the sentences of one line read so far say of the roles of the
/// figures after them.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SentenceRoles {
    /// The sentence whose figure a verb of holding governed, and its role.
    held_in: Option<(usize, Role)>,
    /// The sentence that breaks down a stock of the sentence before it.
    frame: Option<usize>,
    /// The sentence of the last figure, and whether the first figure of
    /// that sentence is a stock.
    last: Option<(usize, bool)>,
}

impl SentenceRoles {
    /// The role of a count (`count`) or other figure at `at`, whose clause
    /// reads `near` up to it and which has a period of its own (`own`) or
    /// not, given `role`, the role it has by its own clause.
    pub(crate) fn role(
        &mut self,
        at: &At<'_>,
        near: &str,
        count: bool,
        own: bool,
        role: Role,
    ) -> Role {
        self.enter(at);
        let framed = self.frame.is_some_and(|f| one_list(at, f));
        let role = if framed && !own && role == Role::Flow && !changes_by(near) {
            Role::Stock
        } else {
            role
        };
        let role = match self.held_in {
            Some((si, h)) if count && one_list(at, si) => {
                held_list::listed_after_held(role, near, at.after, Some(h))
            }
            _ => role,
        };
        if matches!(role, Role::Held { .. })
            && !self.held_in.is_some_and(|(si, _)| one_list(at, si))
        {
            self.held_in = Some((at.si, role));
        }
        role
    }

    /// Notes that the figure in sentence `si` was given a time, a stock's
    /// (`stock`) or not: the first of its sentence tells whether a
    /// breakdown after it breaks down a stock.
    pub(crate) fn prepared(&mut self, si: usize, stock: bool) {
        if self.last.is_none_or(|(s, _)| s != si) {
            self.last = Some((si, stock));
        }
    }

    /// Takes in the sentence of a figure: a new one that opens with the
    /// frame of a breakdown (`按产业划分，`) after a sentence whose first
    /// figure is a stock breaks that stock down.
    fn enter(&mut self, at: &At<'_>) {
        if self.last.is_some_and(|(s, _)| s == at.si) || self.frame.is_some_and(|f| one_list(at, f))
        {
            return;
        }
        let stock = self.last.is_some_and(|(_, stock)| stock);
        self.frame = (stock && breakdown::breaks_down(&at.line[at.sent_start..])).then_some(at.si);
    }
}

/// Whether the sentences `from` to `at.si` of `at.line` are one list,
/// each before the last ending with `；` (`…其中省级2家；农民合作社769个`).
fn one_list(at: &At<'_>, from: usize) -> bool {
    from <= at.si
        && (from..at.si).all(|i| {
            at.sentences
                .get(i)
                .and_then(|s| at.line.get(..s.end))
                .is_some_and(|t| t.trim_end().ends_with('；'))
        })
}
