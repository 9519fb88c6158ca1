//! Context: sentence, section, subject, action, period, change, relations.
//!
//! [`DocContext`] is fed the lines of one document in order. All state that
//! crosses lines (the heading path, the running count of records) lives in
//! it, so the records depend only on the lines fed so far: a streaming
//! reader gets the same records as [`Extractor::extract`] on the whole text.
//!
//! [`Extractor::extract`]: crate::Extractor::extract

mod section;
mod sentence;

use crate::quantity::Quantity;
use crate::record::{Metric, Span};

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
        sentence::split(line, &mut self.sentences);
        for q in quantities {
            let mut m = Metric::from_quantity(q, offset);
            let si = sentence::index_of(&self.sentences, q.span.start);
            let sent = self.sentences.get(si).copied().unwrap_or(q.span);
            m.sentence = sent.shifted(offset);
            m.section = self.sections.path().to_vec();
            out.push(m);
            self.emitted += 1;
        }
    }
}
