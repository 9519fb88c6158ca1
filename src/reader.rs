//! Streaming extraction from a reader, in memory bounded by the longest line.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, Read};
use std::iter::FusedIterator;
use std::panic::AssertUnwindSafe;

use crate::context::DocContext;
use crate::extractor::Extractor;
use crate::quantity::Quantity;
use crate::record::Metric;

/// The default longest piece of a line fed to the extractor at once: 1 MiB.
///
/// See [`MetricsReader::max_line_len`].
pub const DEFAULT_MAX_LINE_LEN: usize = 1 << 20;

/// The smallest accepted [`MetricsReader::max_line_len`]: a few characters.
const MIN_MAX_LINE_LEN: usize = 16;

impl Extractor {
    /// Extracts the metrics of a document read from `reader`, one line at a
    /// time, in memory bounded by the longest line.
    ///
    /// The returned iterator yields the same records, with the same absolute
    /// byte offsets, as [`extract`](Extractor::extract) on the whole text:
    /// lines are split at `\n` (a `\r` before it is dropped) and fed in order
    /// through the same context, so headings, periods and `parent` indices
    /// carry across lines as they do for a text held in memory.
    ///
    /// A line longer than [`max_line_len`](MetricsReader::max_line_len)
    /// (1 MiB by default) is cut into pieces, so that one huge line (a whole
    /// file without line breaks) still runs in bounded memory; see there.
    ///
    /// The input must be UTF-8. Invalid UTF-8 yields an error naming the
    /// absolute byte offset of the first bad byte, after which the iterator
    /// ends; [`lossy`](MetricsReader::lossy) replaces bad bytes and goes on
    /// instead. An I/O error also ends the iteration. Records yielded before
    /// an error are complete and correct. To read a [`File`](std::fs::File),
    /// wrap it in a [`BufReader`](std::io::BufReader).
    ///
    /// # Example
    ///
    /// ```
    /// use std::io::BufReader;
    /// use zh_metrics::Extractor;
    ///
    /// let text = "一、法律援助\n累计受理法律援助申请628件。\r\n接待来访咨询876人次。\n";
    /// let ex = Extractor::new();
    /// let streamed: Vec<_> = ex
    ///     .extract_reader(BufReader::new(text.as_bytes()))
    ///     .collect::<Result<_, _>>()?;
    /// assert_eq!(streamed, ex.extract(text));
    /// assert_eq!(&text[streamed[1].span().range()], "876人次");
    /// # Ok::<(), zh_metrics::ReadError>(())
    /// ```
    pub fn extract_reader<R: BufRead>(&self, reader: R) -> MetricsReader<R> {
        MetricsReader {
            extractor: self.clone(),
            reader,
            ctx: DocContext::new(),
            buf: Vec::new(),
            pending: Vec::new(),
            quantities: Vec::new(),
            raw_offset: 0,
            text_offset: 0,
            max_line_len: DEFAULT_MAX_LINE_LEN,
            lossy: false,
            continuing: false,
            replaced: 0,
            first_replaced: None,
            done: false,
            failed: AssertUnwindSafe(None),
        }
    }
}

/// An iterator over the metrics of a document read from a [`BufRead`].
///
/// Created by [`Extractor::extract_reader`]; yields
/// `Result<`[`Metric`]`, `[`ReadError`]`>` in document order. After an error
/// it yields nothing more.
///
/// It owns a clone of the extractor (cheap: the lexicon is shared), so it
/// can outlive it and move to another thread.
///
/// Memory use is bounded by the longest line (at most
/// [`max_line_len`](Self::max_line_len) bytes, plus the reader's buffer and
/// the records of that line), whatever the size of the document.
pub struct MetricsReader<R> {
    extractor: Extractor,
    reader: R,
    ctx: DocContext,
    /// Raw bytes of the line (or the rest of a cut line) being read.
    buf: Vec<u8>,
    /// Records of the last piece, in reverse order (popped from the end).
    pending: Vec<Metric>,
    /// Always empty between pieces; kept for its allocation.
    quantities: Vec<Quantity<'static>>,
    /// Raw input bytes consumed before `buf[0]`.
    raw_offset: usize,
    /// Offset of `buf[0]` in the text the records refer to (differs from
    /// `raw_offset` only after lossy replacements).
    text_offset: usize,
    max_line_len: usize,
    lossy: bool,
    /// `buf` holds the rest of a line already cut.
    continuing: bool,
    replaced: usize,
    first_replaced: Option<usize>,
    done: bool,
    /// The error that ended the input, returned once the records read
    /// before it (some held back for the document's years) are out. (An
    /// `io::Error` is not unwind-safe; the error is only ever moved out,
    /// so a panic cannot leave it half-changed.)
    failed: AssertUnwindSafe<Option<ReadError>>,
}

impl<R: BufRead> MetricsReader<R> {
    /// With `true`, replaces invalid UTF-8 with U+FFFD (`�`) and goes on,
    /// instead of stopping with an error. Default `false`.
    ///
    /// Each maximal invalid byte sequence becomes one U+FFFD, exactly as
    /// [`String::from_utf8_lossy`] does on the whole input, and the offsets
    /// of the records then refer to that replaced text, not to the raw bytes
    /// (a replacement character takes 3 bytes). How many replacements were
    /// made, and where the first was, is told by
    /// [`replacements`](Self::replacements) and
    /// [`first_replacement`](Self::first_replacement).
    ///
    /// # Example
    ///
    /// ```
    /// use zh_metrics::Extractor;
    ///
    /// let bytes = b"\xff\xfe\xc0\xe5\x8f\x97\xe7\x90\x86628\xe4\xbb\xb6"; // junk, then 受理628件
    /// let ex = Extractor::new();
    /// let m: Vec<_> = ex.extract_reader(&bytes[..]).lossy(true).collect::<Result<_, _>>()?;
    /// let text = String::from_utf8_lossy(bytes);
    /// assert_eq!(&text[m[0].span().range()], "628件");
    /// assert_eq!(m, ex.extract(&text));
    /// # Ok::<(), zh_metrics::ReadError>(())
    /// ```
    pub fn lossy(mut self, yes: bool) -> Self {
        self.lossy = yes;
        self
    }

    /// Sets the longest piece of a line, in bytes, fed to the extractor at
    /// once (default [`DEFAULT_MAX_LINE_LEN`], 1 MiB; values below 16 count
    /// as 16).
    ///
    /// A longer line is cut, and each piece is extracted as if it were a line
    /// of its own (with its true offsets). The cut falls just after the last
    /// sentence end (`。`, `！`, `？`, `；`, with the closing quotes after it)
    /// within the limit; failing that, after the last `，` or `、` not
    /// followed by a digit; failing that, at the last character boundary.
    /// Cut at sentence ends, a line keeps the sentence-level fields of
    /// [`extract`](Extractor::extract) (span, value, unit, qualifier, kind,
    /// sentence); what spans sentences can differ at a cut, since each piece
    /// is taken for a line of its own: a heading is looked for at its start,
    /// and a paragraph's time scope (`period`) starts afresh. A cut inside a
    /// sentence can also split a metric. Real documents hold paragraphs of a
    /// few kilobytes; the limit matters for files with no line breaks at all.
    ///
    /// # Example
    ///
    /// ```
    /// use zh_metrics::Extractor;
    ///
    /// let text = "受理申请628件。接待咨询876人次。办结案件97件。";
    /// let ex = Extractor::new();
    /// let m: Vec<_> = ex
    ///     .extract_reader(text.as_bytes())
    ///     .max_line_len(32) // cut after each 。
    ///     .collect::<Result<_, _>>()?;
    /// let found: Vec<&str> = m.iter().map(|m| &text[m.span().range()]).collect();
    /// assert_eq!(found, ["628件", "876人次", "97件"]);
    /// # Ok::<(), zh_metrics::ReadError>(())
    /// ```
    pub fn max_line_len(mut self, bytes: usize) -> Self {
        self.max_line_len = bytes.max(MIN_MAX_LINE_LEN);
        self
    }

    /// Raw bytes consumed from the reader so far (for progress reports).
    pub fn bytes_read(&self) -> u64 {
        u64::try_from(self.raw_offset + self.buf.len()).unwrap_or(u64::MAX)
    }

    /// The number of invalid UTF-8 sequences replaced so far, in
    /// [`lossy`](Self::lossy) mode.
    pub fn replacements(&self) -> usize {
        self.replaced
    }

    /// The raw byte offset of the first invalid UTF-8 sequence replaced, in
    /// [`lossy`](Self::lossy) mode.
    pub fn first_replacement(&self) -> Option<usize> {
        self.first_replaced
    }

    /// Gives back the underlying reader.
    pub fn into_inner(self) -> R {
        self.reader
    }

    /// Reads and extracts the next line or piece of a line. `Ok(false)` at
    /// the end of the input.
    fn advance(&mut self) -> Result<bool, ReadError> {
        let want = self.max_line_len.saturating_sub(self.buf.len());
        let read = (&mut self.reader)
            .take(u64::try_from(want).unwrap_or(u64::MAX))
            .read_until(b'\n', &mut self.buf);
        if let Err(error) = read {
            return Err(ReadError {
                offset: self.raw_offset + self.buf.len(),
                kind: ReadErrorKind::Io(error),
            });
        }
        let len = self.buf.len();
        if self.buf.last() == Some(&b'\n') {
            let mut end = len - 1;
            if end > 0 && self.buf[end - 1] == b'\r' {
                end -= 1;
            }
            self.piece(end, len)?;
            self.continuing = false;
        } else if len == 0 {
            return Ok(false);
        } else if len < self.max_line_len {
            // The end of the input, without a final line break.
            let end = if self.buf[len - 1] == b'\r' {
                len - 1
            } else {
                len
            };
            self.piece(end, len)?;
            self.continuing = false;
        } else {
            let cut = cut_point(&self.buf);
            self.piece(cut, cut)?;
            self.continuing = true;
        }
        Ok(true)
    }

    /// Extracts `buf[..end]` as one line and drops `buf[..consumed]`.
    fn piece(&mut self, end: usize, consumed: usize) -> Result<(), ReadError> {
        let raw = &self.buf[..end];
        let text: Cow<'_, str> = match std::str::from_utf8(raw) {
            Ok(s) => Cow::Borrowed(s),
            Err(e) if !self.lossy => {
                return Err(ReadError {
                    offset: self.raw_offset + e.valid_up_to(),
                    kind: ReadErrorKind::InvalidUtf8,
                });
            }
            Err(e) => {
                let (count, _) = invalid_sequences(raw);
                self.replaced += count;
                if self.first_replaced.is_none() {
                    self.first_replaced = Some(self.raw_offset + e.valid_up_to());
                }
                String::from_utf8_lossy(raw)
            }
        };
        // The final, empty rest of a cut line is no line of its own.
        if !(self.continuing && text.is_empty()) {
            let mut quantities = reuse(std::mem::take(&mut self.quantities));
            quantities.extend(self.extractor.find_iter(&text));
            self.ctx
                .push_line(&text, self.text_offset, &quantities, &mut self.pending);
            self.quantities = reuse(quantities);
            self.pending.reverse();
        }
        self.text_offset += text.len() + (consumed - end);
        self.raw_offset += consumed;
        if consumed == self.buf.len() {
            self.buf.clear();
        } else {
            self.buf.drain(..consumed);
        }
        Ok(())
    }
}

impl<R: BufRead> Iterator for MetricsReader<R> {
    type Item = Result<Metric, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(m) = self.pending.pop() {
                return Some(Ok(m));
            }
            if self.done {
                return self.failed.0.take().map(Err);
            }
            let ended = self.advance();
            if let Ok(true) = ended {
                continue;
            }
            // The input ended, well or not: the records held back until the
            // document's years were known come out first, then the error,
            // so that nothing read before a bad byte is lost.
            self.done = true;
            self.failed = AssertUnwindSafe(ended.err());
            self.ctx.finish(&mut self.pending);
            self.pending.reverse();
        }
    }
}

impl<R: BufRead> FusedIterator for MetricsReader<R> {}

impl<R> fmt::Debug for MetricsReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetricsReader")
            .field("bytes_read", &(self.raw_offset + self.buf.len()))
            .field("max_line_len", &self.max_line_len)
            .field("lossy", &self.lossy)
            .field("replacements", &self.replaced)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

/// An empty vector of quantities of another lifetime, with the same
/// allocation (collected in place).
#[allow(clippy::unnecessary_filter_map)] // `filter_map` to change the type
fn reuse<'a, 'b>(mut v: Vec<Quantity<'a>>) -> Vec<Quantity<'b>> {
    v.clear();
    v.into_iter().filter_map(|_| None::<Quantity<'b>>).collect()
}

/// The number of maximal invalid UTF-8 sequences in `bytes` (each replaced
/// by one U+FFFD in lossy decoding), and the length of `bytes` without a
/// trailing incomplete sequence.
fn invalid_sequences(bytes: &[u8]) -> (usize, usize) {
    let mut count = 0;
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&bytes[pos..]) {
            Ok(_) => return (count, bytes.len()),
            Err(e) => match e.error_len() {
                Some(n) => {
                    count += 1;
                    pos += e.valid_up_to() + n;
                }
                None => return (count + 1, pos + e.valid_up_to()),
            },
        }
    }
}

const SENTENCE_ENDS: [&[u8]; 4] = [
    "。".as_bytes(),
    "！".as_bytes(),
    "？".as_bytes(),
    "；".as_bytes(),
];
const CLAUSE_BREAKS: [&[u8]; 2] = ["，".as_bytes(), "、".as_bytes()];

/// Where to cut a full buffer that holds no line break: just after the last
/// sentence end (with the run of terminators and closing quotes after it,
/// `。”`, `？！`, unless that run reaches the end of the buffer and might go
/// on), else after the last clause break not followed by a digit, else at
/// the last boundary where UTF-8 decoding starts afresh (so that decoding
/// the pieces, even lossily, equals decoding the whole). Never 0, never just
/// after a `\r` (which could be half of a `\r\n`).
fn cut_point(buf: &[u8]) -> usize {
    let mut fallback = None;
    let mut before = buf.len();
    while let Some(end) = last_after(&buf[..before], &SENTENCE_ENDS, |_| true) {
        let cut = skip_run(buf, end);
        if next_char_is_complete(&buf[cut..]) {
            return cut;
        }
        fallback.get_or_insert(cut);
        before = end - 3;
    }
    if let Some(cut) = fallback {
        return cut;
    }
    if let Some(cut) = last_after(buf, &CLAUSE_BREAKS, |rest| !starts_with_digit(rest)) {
        return cut;
    }
    let (_, complete) = invalid_sequences(buf);
    let mut cut = if complete == 0 { buf.len() } else { complete };
    if cut > 1 && buf[cut - 1] == b'\r' {
        cut -= 1;
    }
    cut
}

/// Whether `rest` starts with a whole character (so a run of sentence-end
/// marks before it is over).
fn next_char_is_complete(rest: &[u8]) -> bool {
    let width = match rest.first() {
        None => return false,
        Some(0xC0..=0xDF) => 2,
        Some(0xE0..=0xEF) => 3,
        Some(0xF0..=0xF7) => 4,
        Some(_) => 1,
    };
    rest.len() >= width
}

/// `cut` moved past the terminators and closing quotes and brackets that
/// follow a sentence end (`。”`, `？！`): they belong to the sentence.
fn skip_run(buf: &[u8], mut cut: usize) -> usize {
    const RUN: [&str; 12] = [
        "。", "！", "？", "；", "”", "’", "」", "』", "》", "）", "】", "〕",
    ];
    'outer: while cut < buf.len() {
        for c in RUN {
            if buf[cut..].starts_with(c.as_bytes()) {
                cut += c.len();
                continue 'outer;
            }
        }
        if matches!(buf[cut], b'!' | b'?' | b')' | b'"' | b'\'') {
            cut += 1;
            continue;
        }
        break;
    }
    cut
}

/// The offset just past the last occurrence in `buf` of one of `marks`
/// (3-byte UTF-8 sequences) where `ok(rest)` holds for the bytes after it.
fn last_after(buf: &[u8], marks: &[&[u8]], ok: impl Fn(&[u8]) -> bool) -> Option<usize> {
    let mut i = buf.len();
    while i >= 3 {
        let window = &buf[i - 3..i];
        if marks.contains(&window) && ok(&buf[i..]) {
            return Some(i);
        }
        i -= 1;
    }
    None
}

fn starts_with_digit(rest: &[u8]) -> bool {
    match rest {
        [b'0'..=b'9', ..] => true,
        // Full-width digits ０-９: EF BC 90..=99.
        [0xEF, 0xBC, 0x90..=0x99, ..] => true,
        // An incomplete character at the end of the buffer: be careful.
        [0xEF] | [0xEF, 0xBC] => true,
        _ => false,
    }
}

/// An error while reading a document for [`Extractor::extract_reader`]:
/// what went wrong, and where.
///
/// # Example
///
/// ```
/// use zh_metrics::{Extractor, ReadErrorKind};
///
/// let bytes = b"\xe5\x8f\x97\xe7\x90\x86628\xe4\xbb\xb6\n\xff"; // 受理628件, then a bad byte
/// let mut it = Extractor::new().extract_reader(&bytes[..]);
/// assert_eq!(it.next().unwrap().unwrap().text(), "628件");
/// let err = it.next().unwrap().unwrap_err();
/// assert!(matches!(err.kind(), ReadErrorKind::InvalidUtf8));
/// assert_eq!(err.offset(), 13);
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 13");
/// assert!(it.next().is_none());
/// ```
#[derive(Debug, thiserror::Error)]
#[error("{kind} at byte {offset}")]
pub struct ReadError {
    offset: usize,
    kind: ReadErrorKind,
}

impl ReadError {
    /// The absolute byte offset in the input where the error struck: the
    /// first invalid byte, or the number of bytes read before an I/O error.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// What went wrong.
    pub fn kind(&self) -> &ReadErrorKind {
        &self.kind
    }
}

impl From<ReadError> for io::Error {
    /// An I/O error as it was, or [`io::ErrorKind::InvalidData`] for invalid
    /// UTF-8 (with the offset in the message).
    fn from(e: ReadError) -> io::Error {
        match e.kind {
            ReadErrorKind::Io(error) => error,
            ReadErrorKind::InvalidUtf8 => io::Error::new(
                io::ErrorKind::InvalidData,
                format!("invalid UTF-8 at byte {}", e.offset),
            ),
        }
    }
}

/// What went wrong while reading: see [`ReadError`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// The reader failed.
    #[error("I/O error ({0})")]
    Io(io::Error),
    /// The input is not UTF-8 (and [`MetricsReader::lossy`] is off).
    #[error("invalid UTF-8")]
    InvalidUtf8,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_prefers_sentence_end_then_clause_then_char_boundary() {
        let s = "甲乙。丙丁，戊".as_bytes();
        assert_eq!(cut_point(s), "甲乙。".len());
        let s = "甲乙。”丙丁".as_bytes();
        assert_eq!(cut_point(s), "甲乙。”".len());
        let s = "甲乙？！丙丁".as_bytes();
        assert_eq!(cut_point(s), "甲乙？！".len());
        // A run that reaches the end might go on: an earlier end is safer.
        let s = "甲。乙。".as_bytes();
        assert_eq!(cut_point(s), "甲。".len());
        assert_eq!(cut_point("甲乙。".as_bytes()), "甲乙。".len());
        // Half a character after the run: it might be one more `。`.
        let s = &"甲。乙。。".as_bytes()[.."甲。乙。".len() + 1];
        assert_eq!(cut_point(s), "甲。".len());
        let s = "甲乙，丙丁".as_bytes();
        assert_eq!(cut_point(s), "甲乙，".len());
        // A comma before a digit may be a thousands separator: not there.
        let s = "甲，丙，１２".as_bytes();
        assert_eq!(cut_point(s), "甲，".len());
        // Half a character at the end stays for the next piece.
        let s = &"甲乙丙".as_bytes()[..8];
        assert_eq!(cut_point(s), "甲乙".len());
        // Never just after a \r.
        assert_eq!(cut_point(b"abc\r"), 3);
    }

    /// Repeats `pattern` for `len` bytes.
    struct Cycle {
        pattern: &'static [u8],
        pos: usize,
        len: usize,
    }

    impl Read for Cycle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let mut n = 0;
            while n < buf.len() && self.pos < self.len {
                buf[n] = self.pattern[self.pos % self.pattern.len()];
                n += 1;
                self.pos += 1;
            }
            Ok(n)
        }
    }

    #[test]
    fn a_huge_line_stays_in_bounded_memory() {
        let ex = Extractor::new();
        for pattern in ["受理申请628件，".as_bytes(), "受理申请628件".as_bytes()] {
            let len = pattern.len() * ((1 << 19) / pattern.len());
            let input = io::BufReader::new(Cycle {
                pattern,
                pos: 0,
                len,
            });
            let mut it = ex.extract_reader(input).max_line_len(4096);
            let mut count = 0;
            let mut max_pending = 0;
            while let Some(m) = it.next() {
                assert!(m.is_ok(), "{m:?}");
                count += 1;
                max_pending = max_pending.max(it.pending.len());
            }
            assert_eq!(it.bytes_read(), len as u64);
            assert!(count > len / pattern.len() / 2, "{count} metrics");
            assert!(it.buf.capacity() <= 2 * 4096, "{}", it.buf.capacity());
            assert!(max_pending <= 4096 / pattern.len() + 1, "{max_pending}");
        }
    }

    #[test]
    fn invalid_sequences_counts_like_lossy_decoding() {
        let cases: [&[u8]; 5] = [
            b"abc",
            b"a\xffb\xfe",
            b"\xe5\x8f",
            b"\xe5\x8fa\xe5",
            b"\xf0\x90\x80",
        ];
        for bytes in cases {
            let (count, _) = invalid_sequences(bytes);
            let lossy = String::from_utf8_lossy(bytes);
            assert_eq!(count, lossy.matches('\u{FFFD}').count(), "{bytes:?}");
        }
        assert_eq!(invalid_sequences(b"ab\xe5\x8f").1, 2);
    }
}
