//! Context: sentence, section, subject, action, period, change, relations.
//!
//! STUB: to be replaced by the context work (interface below is fixed).

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
        for q in quantities {
            let mut m = Metric::from_quantity(q, offset);
            m.sentence = sentence_around(line, q.span).shifted(offset);
            out.push(m);
            self.emitted += 1;
        }
    }
}

fn sentence_around(line: &str, span: Span) -> Span {
    let is_end = |c: char| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';');
    let start = line[..span.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = line[span.end..]
        .char_indices()
        .find(|&(_, c)| is_end(c))
        .map_or(line.len(), |(i, c)| span.end + i + c.len_utf8());
    Span { start, end }
}
