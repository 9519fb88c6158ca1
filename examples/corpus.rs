//! Extracts the metrics of a whole corpus of reports, on all cores, in
//! bounded memory, as JSON lines or CSV.
//!
//! ```text
//! cargo run --release --example corpus -- DIR_OR_FILE... [OPTIONS]
//!
//!   -j, --jobs N           worker threads (default: all cores)
//!       --format FORMAT    jsonl (default) or csv
//!   -o, --output FILE      write there instead of standard output
//!       --jsonl-field NAME the text field of .jsonl input (default: text)
//!       --lossy            replace invalid UTF-8 with U+FFFD and go on
//!       --progress         force the progress bar on (default: only when
//!       --no-progress      standard error is a terminal), or off
//! ```
//!
//! Folders are walked recursively for `*.txt` (one document per file) and
//! `*.jsonl` files (one document per line, its text in the field named by
//! `--jsonl-field`); files named on the command line are read whatever their
//! extension. Records come out in a deterministic order whatever the number
//! of threads: the order of the arguments, each folder sorted by file name,
//! each file in document order.
//!
//! A JSON record is the one `examples/extract` prints (SPEC §2), with a
//! `file` field (and `line`, the line of a `.jsonl` input). A CSV row holds
//! the same fields, nested ones flattened: `sentence_start`, `sentence_end`,
//! `time_start`, `time_end` (`YYYY-MM-DD`, empty for an open end),
//! `change_direction`, `change_basis`, and `section` joined with ` / `.
//! Offsets are bytes of the document (of the field's text for `.jsonl`).
//!
//! Memory stays flat (a few MB) however large the corpus: folders are walked
//! as files are needed (no file list is kept), text files are streamed line
//! by line (`Extractor::extract_reader`), so a 1 GB file needs no more
//! memory than its longest line (lines over 1 MiB are cut at a sentence
//! end), and output that runs ahead of the file being written is held back
//! within 8 MiB. A `.jsonl` line is read whole. Files are spread over the
//! threads; one file is read by one thread, since its context (headings,
//! periods) runs from its first line to its last.
//!
//! A bad file never stops the run: an unreadable file, one that is not
//! UTF-8 (the byte offset is given; records before the bad byte are kept),
//! an empty file, a binary file (a NUL byte in its first 8 KiB), a `.jsonl`
//! line that is not JSON or lacks the text field: each gets one line on
//! standard error, in file order, and counts in the summary line printed at
//! the end. The exit status is 1 if any file failed, 2 on a usage error.

use std::collections::{BTreeMap, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use zh_metrics::{Direction, Extractor, Metric, ReadError, ReadErrorKind};

const USAGE: &str = "\
usage: corpus DIR_OR_FILE... [OPTIONS]

Extracts the metrics of every *.txt and *.jsonl file under the given folders
(and of the files given), as JSON lines (default) or CSV.

options:
  -j, --jobs N            worker threads (default: all cores)
      --format FORMAT     jsonl (default) or csv
  -o, --output FILE       write to FILE instead of standard output
      --jsonl-field NAME  the field holding the text in .jsonl input (default: text)
      --lossy             replace invalid UTF-8 with U+FFFD and go on
      --progress          show the progress bar even if stderr is no terminal
      --no-progress       never show the progress bar
  -h, --help              this help";

/// Bytes read ahead to tell empty and binary files.
const SNIFF: u64 = 8 * 1024;
/// Output of one file handed to the writer in chunks of about this size.
const CHUNK: usize = 64 * 1024;
/// Output buffered for files after the one being written, at most (a worker
/// waits beyond it), so that memory stays flat whatever the file sizes.
const REORDER_BUDGET: usize = 8 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Jsonl,
    Csv,
}

#[derive(Debug)]
struct Options {
    inputs: Vec<PathBuf>,
    jobs: usize,
    format: Format,
    output: Option<PathBuf>,
    jsonl_field: String,
    lossy: bool,
    progress: Option<bool>,
}

fn parse_args() -> Result<Option<Options>, lexopt::Error> {
    use lexopt::prelude::*;

    let mut opts = Options {
        inputs: Vec::new(),
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        format: Format::Jsonl,
        output: None,
        jsonl_field: "text".to_string(),
        lossy: false,
        progress: None,
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Short('j') | Long("jobs") => {
                opts.jobs = parser.value()?.parse()?;
                if opts.jobs == 0 {
                    return Err("--jobs must be at least 1".into());
                }
            }
            Long("format") => {
                let value = parser.value()?.string()?;
                opts.format = match value.as_str() {
                    "jsonl" | "json" => Format::Jsonl,
                    "csv" => Format::Csv,
                    _ => return Err(format!("--format: {value:?} is not jsonl or csv").into()),
                };
            }
            Short('o') | Long("output") => opts.output = Some(parser.value()?.into()),
            Long("jsonl-field") => opts.jsonl_field = parser.value()?.string()?,
            Long("lossy") => opts.lossy = true,
            Long("progress") => opts.progress = Some(true),
            Long("no-progress") => opts.progress = Some(false),
            Short('h') | Long("help") => return Ok(None),
            Value(path) => opts.inputs.push(path.into()),
            _ => return Err(arg.unexpected()),
        }
    }
    if opts.inputs.is_empty() {
        return Err("no input: give folders or files".into());
    }
    Ok(Some(opts))
}

// ---- the file list ----

/// One entry of the run, in output order.
#[derive(Debug)]
struct Item {
    path: PathBuf,
    size: u64,
    jsonl: bool,
    /// Why the entry could not even be listed (a folder that cannot be read).
    error: Option<String>,
}

impl Item {
    /// A file to read, of the size its metadata says.
    fn file(path: &Path, meta: Option<&std::fs::Metadata>) -> Item {
        Item {
            path: path.to_path_buf(),
            size: meta.map_or(0, |m| m.len()),
            jsonl: is_jsonl(path),
            error: None,
        }
    }
}

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

fn is_text(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// The files to read, found as they are needed (so that a million files
/// take no memory for a list): each argument in order; in a folder, the
/// `.txt` and `.jsonl` files under it, sorted by name at each level.
struct Walker<'a> {
    inputs: std::slice::Iter<'a, PathBuf>,
    walk: Option<(walkdir::IntoIter, &'a Path)>,
    /// The output file, never read as input.
    skip: Option<FileId>,
}

impl<'a> Walker<'a> {
    fn new(inputs: &'a [PathBuf], skip: Option<FileId>) -> Walker<'a> {
        Walker {
            inputs: inputs.iter(),
            walk: None,
            skip,
        }
    }

    fn is_skipped(&self, meta: Option<&std::fs::Metadata>) -> bool {
        self.skip.is_some() && meta.and_then(file_id) == self.skip
    }
}

/// What tells a file from another whatever its path (device and inode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FileId(u64, u64);

#[cfg(unix)]
fn file_id(meta: &std::fs::Metadata) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    Some(FileId(meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_id(_meta: &std::fs::Metadata) -> Option<FileId> {
    None
}

impl Iterator for Walker<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some((walk, root)) = &mut self.walk {
                match walk.next() {
                    Some(Ok(entry)) => {
                        let path = entry.path();
                        if entry.file_type().is_file() && (is_text(path) || is_jsonl(path)) {
                            let meta = entry.metadata().ok();
                            if self.is_skipped(meta.as_ref()) {
                                continue;
                            }
                            return Some(Item::file(path, meta.as_ref()));
                        }
                    }
                    Some(Err(e)) => {
                        let error = match e.io_error() {
                            Some(io) => format!("cannot read: {io}"),
                            None => e.to_string(),
                        };
                        return Some(Item {
                            path: e.path().unwrap_or(root).to_path_buf(),
                            size: 0,
                            jsonl: false,
                            error: Some(error),
                        });
                    }
                    None => self.walk = None,
                }
                continue;
            }
            let input = self.inputs.next()?;
            if input.is_dir() {
                let walk = walkdir::WalkDir::new(input)
                    .follow_links(true)
                    .sort_by_file_name()
                    .into_iter();
                self.walk = Some((walk, input));
                continue;
            }
            let meta = std::fs::metadata(input).ok();
            if self.is_skipped(meta.as_ref()) {
                continue;
            }
            return Some(Item::file(input, meta.as_ref()));
        }
    }
}

/// The walker shared by the workers: each takes the next file and its
/// place in the output.
struct Source<'a> {
    walker: Walker<'a>,
    next: usize,
    done: bool,
}

// ---- records ----

const CSV_HEADER: [&str; 23] = [
    "file",
    "line",
    "start",
    "end",
    "text",
    "value",
    "upper",
    "approx",
    "unit",
    "kind",
    "subject",
    "action",
    "sentence_start",
    "sentence_end",
    "period",
    "time_start",
    "time_end",
    "change_direction",
    "change_basis",
    "section",
    "parent",
    "distributive",
    "resolved_subject",
];

/// Formats records of one file.
enum Out {
    Jsonl {
        buf: Vec<u8>,
        /// The file name and its JSON string, made once per file.
        file_json: Option<(String, Vec<u8>)>,
    },
    Csv(Box<csv::Writer<Vec<u8>>>),
}

impl Out {
    fn new(format: Format) -> Out {
        match format {
            Format::Jsonl => Out::Jsonl {
                buf: Vec::with_capacity(CHUNK + 4096),
                file_json: None,
            },
            Format::Csv => Out::Csv(Box::new(csv_writer())),
        }
    }

    fn record(&mut self, m: &Metric, file: &str, line: Option<usize>) -> Result<(), String> {
        match self {
            Out::Jsonl { buf, file_json } => {
                // The very JSON of `examples/extract`, plus `file` (and `line`).
                if file_json.as_ref().is_none_or(|(name, _)| name != file) {
                    let json = serde_json::to_vec(file).map_err(|e| e.to_string())?;
                    *file_json = Some((file.to_string(), json));
                }
                let file = file_json.as_ref().map_or(&[][..], |(_, json)| json);
                // `{"file":…,"line":…` then the record's own object with its
                // `{` turned into `,`: what `examples/extract` prints.
                buf.extend_from_slice(b"{\"file\":");
                buf.extend_from_slice(file);
                if let Some(line) = line {
                    buf.extend_from_slice(format!(",\"line\":{line}").as_bytes());
                }
                let at = buf.len();
                serde_json::to_writer(&mut *buf, m).map_err(|e| e.to_string())?;
                buf[at] = b',';
                buf.push(b'\n');
                Ok(())
            }
            Out::Csv(w) => {
                let opt = |v: Option<String>| v.unwrap_or_default();
                let change = m.change();
                let row: [String; 23] = [
                    file.to_string(),
                    opt(line.map(|l| l.to_string())),
                    m.start().to_string(),
                    m.end().to_string(),
                    m.text().to_string(),
                    m.value().to_string(),
                    opt(m.upper().map(|u| u.to_string())),
                    m.approx().as_str().to_string(),
                    opt(m.unit().map(str::to_string)),
                    m.kind().as_str().to_string(),
                    opt(m.subject().map(str::to_string)),
                    opt(m.action().map(str::to_string)),
                    m.sentence().start.to_string(),
                    m.sentence().end.to_string(),
                    opt(m.period().map(str::to_string)),
                    opt(m.time().and_then(|t| t.start()).map(|d| d.to_string())),
                    opt(m.time().and_then(|t| t.end()).map(|d| d.to_string())),
                    opt(change.map(|c| direction_name(c.direction()))),
                    opt(change.and_then(|c| c.basis()).map(str::to_string)),
                    m.section().join(" / "),
                    opt(m.parent().map(|p| p.to_string())),
                    m.is_distributive().to_string(),
                    opt(m.resolved_subject().map(str::to_string)),
                ];
                w.write_record(&row).map_err(|e| e.to_string())
            }
        }
    }

    fn len(&self) -> usize {
        match self {
            Out::Jsonl { buf, .. } => buf.len(),
            Out::Csv(w) => w.get_ref().len(),
        }
    }

    /// The bytes formatted so far.
    fn take(&mut self) -> Vec<u8> {
        match self {
            Out::Jsonl { buf, .. } => std::mem::replace(buf, Vec::with_capacity(CHUNK + 4096)),
            Out::Csv(w) => {
                let full = std::mem::replace(&mut **w, csv_writer());
                // Flushing into a Vec cannot fail.
                full.into_inner()
                    .unwrap_or_else(|e| e.into_inner().get_ref().clone())
            }
        }
    }
}

fn direction_name(d: Direction) -> String {
    match serde_json::to_value(d) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{d:?}").to_lowercase(),
    }
}

fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::with_capacity(CHUNK + 4096))
}

fn csv_header() -> Vec<u8> {
    let mut w = csv_writer();
    let _ = w.write_record(CSV_HEADER);
    w.into_inner().unwrap_or_default()
}

// ---- ordered hand-over from the workers to the writer ----

/// What a file came to.
#[derive(Debug, Default)]
struct Outcome {
    /// The file's path as printed.
    name: String,
    bytes: u64,
    metrics: u64,
    /// The file failed: one line for stderr.
    error: Option<String>,
    /// The file was read, with a remark for stderr (lossy replacements).
    warning: Option<String>,
}

enum Chunk {
    Data(Vec<u8>),
    Done(Outcome),
}

impl Chunk {
    fn len(&self) -> usize {
        match self {
            Chunk::Data(d) => d.len(),
            Chunk::Done(_) => 0,
        }
    }
}

#[derive(Default)]
struct State {
    /// The item being written.
    head: usize,
    /// Bytes held in `chunks`.
    buffered: usize,
    chunks: BTreeMap<usize, VecDeque<Chunk>>,
    /// The number of items, once the walk is over.
    total: Option<usize>,
    aborted: bool,
}

/// The reorder buffer between the workers and the writer: output of files
/// ahead of the one being written waits here, within a byte budget.
#[derive(Default)]
struct Handover {
    state: Mutex<State>,
    changed: Condvar,
}

impl Handover {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Hands a chunk of item `index` over; waits while the budget is spent
    /// on later items. `false` if the run was aborted.
    fn send(&self, index: usize, chunk: Chunk) -> bool {
        let len = chunk.len();
        let mut st = self.lock();
        while index != st.head
            && st.buffered > 0
            && st.buffered + len > REORDER_BUDGET
            && !st.aborted
        {
            st = self
                .changed
                .wait(st)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if st.aborted {
            return false;
        }
        st.buffered += len;
        st.chunks.entry(index).or_default().push_back(chunk);
        self.changed.notify_all();
        true
    }

    /// The walk is over: there are `total` items.
    fn finish(&self, total: usize) {
        self.lock().total = Some(total);
        self.changed.notify_all();
    }

    /// The next chunk of the item being written, waiting at most `timeout`;
    /// `Err(())` when all items are written.
    fn recv(&self, timeout: Duration) -> Result<Option<Chunk>, ()> {
        let mut st = self.lock();
        let mut waited = false;
        loop {
            if st.total.is_some_and(|total| st.head >= total) {
                return Err(());
            }
            let head = st.head;
            let chunk = st.chunks.get_mut(&head).and_then(VecDeque::pop_front);
            if let Some(chunk) = chunk {
                st.buffered -= chunk.len();
                if matches!(chunk, Chunk::Done(_)) {
                    st.chunks.remove(&head);
                    st.head += 1;
                }
                self.changed.notify_all();
                return Ok(Some(chunk));
            }
            if waited {
                return Ok(None);
            }
            st = self
                .changed
                .wait_timeout(st, timeout)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
            waited = true;
        }
    }

    fn abort(&self) {
        self.lock().aborted = true;
        self.changed.notify_all();
    }
}

/// Live counters for the progress bar.
#[derive(Default)]
struct Counters {
    files: AtomicUsize,
    bytes: AtomicU64,
    metrics: AtomicU64,
    /// Files and bytes in all, once counted (by a walk of its own).
    total_files: AtomicUsize,
    total_bytes: AtomicU64,
    counted: AtomicBool,
}

/// Where a worker puts the records of one file.
struct Sink<'a> {
    handover: &'a Handover,
    counters: &'a Counters,
    index: usize,
    out: Out,
    metrics: u64,
    /// Bytes and metrics already added to the shared counters (which are
    /// updated now and then, not per record, to keep threads apart).
    bytes_counted: u64,
    metrics_counted: u64,
    aborted: bool,
}

impl Sink<'_> {
    fn record(&mut self, m: &Metric, file: &str, line: Option<usize>) -> Result<(), String> {
        self.out.record(m, file, line)?;
        self.metrics += 1;
        if self.out.len() >= CHUNK {
            self.flush();
        }
        Ok(())
    }

    fn flush(&mut self) {
        let data = self.out.take();
        if !data.is_empty() && !self.handover.send(self.index, Chunk::Data(data)) {
            self.aborted = true;
        }
    }

    /// Counts bytes read and metrics found so far for the progress bar.
    fn progress(&mut self, bytes_read: u64) {
        if self.metrics > self.metrics_counted {
            self.counters
                .metrics
                .fetch_add(self.metrics - self.metrics_counted, Ordering::Relaxed);
            self.metrics_counted = self.metrics;
        }
        if bytes_read > self.bytes_counted {
            self.counters
                .bytes
                .fetch_add(bytes_read - self.bytes_counted, Ordering::Relaxed);
            self.bytes_counted = bytes_read;
        }
    }
}

// ---- one file ----

/// Reads the first bytes to tell empty and binary files; gives a reader of
/// the whole file back.
fn open(item: &Item) -> Result<(impl BufRead, u64), String> {
    let mut file = File::open(&item.path).map_err(|e| format!("cannot read: {e}"))?;
    let mut head = Vec::with_capacity(SNIFF as usize);
    (&mut file)
        .take(SNIFF)
        .read_to_end(&mut head)
        .map_err(|e| format!("cannot read: {e}"))?;
    if head.is_empty() {
        return Err("empty file".to_string());
    }
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Err(format!("binary file (NUL byte at offset {at}), skipped"));
    }
    let sniffed = head.len() as u64;
    let reader = BufReader::with_capacity(64 * 1024, io::Cursor::new(head).chain(file));
    Ok((reader, sniffed))
}

fn read_error_message(e: &ReadError, written: u64, lossy_hint: bool) -> String {
    let kept = if written == 1 {
        "; the 1 metric before it was written".to_string()
    } else if written > 1 {
        format!("; the {written} metrics before it were written")
    } else {
        String::new()
    };
    match e.kind() {
        ReadErrorKind::InvalidUtf8 => format!(
            "not UTF-8: invalid byte at offset {}{kept}{}",
            e.offset(),
            if lossy_hint {
                " (--lossy replaces bad bytes and goes on)"
            } else {
                ""
            }
        ),
        ReadErrorKind::Io(io) => format!("cannot read at byte {}: {io}{kept}", e.offset()),
        _ => format!("{e}{kept}"),
    }
}

fn process_text(
    item: &Item,
    name: &str,
    ex: &Extractor,
    opts: &Options,
    sink: &mut Sink<'_>,
) -> Outcome {
    let (reader, _) = match open(item) {
        Ok(r) => r,
        Err(error) => {
            return Outcome {
                error: Some(error),
                ..Outcome::default()
            }
        }
    };
    let mut records = ex.extract_reader(reader).lossy(opts.lossy);
    let mut outcome = Outcome::default();
    while let Some(next) = records.next() {
        match next {
            Ok(m) => {
                if let Err(e) = sink.record(&m, name, None) {
                    outcome.error = Some(format!("cannot format a record: {e}"));
                    break;
                }
                if sink.aborted {
                    break;
                }
                if sink.metrics % 256 == 0 {
                    sink.progress(records.bytes_read());
                }
            }
            Err(e) => {
                outcome.error = Some(read_error_message(&e, sink.metrics, true));
                break;
            }
        }
    }
    outcome.bytes = records.bytes_read();
    if records.replacements() > 0 {
        outcome.warning = Some(format!(
            "not UTF-8: replaced {} invalid sequences, the first at byte {}",
            records.replacements(),
            records.first_replacement().unwrap_or(0)
        ));
    }
    outcome
}

fn process_jsonl(
    item: &Item,
    name: &str,
    ex: &Extractor,
    opts: &Options,
    sink: &mut Sink<'_>,
) -> Outcome {
    let (mut reader, _) = match open(item) {
        Ok(r) => r,
        Err(error) => {
            return Outcome {
                error: Some(error),
                ..Outcome::default()
            }
        }
    };
    let mut outcome = Outcome::default();
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut bad_lines = 0;
    let mut first_bad = None;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(n) => outcome.bytes += n as u64,
            Err(e) => {
                outcome.error = Some(format!("cannot read at byte {}: {e}", outcome.bytes));
                break;
            }
        }
        line_no += 1;
        sink.progress(outcome.bytes);
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = if opts.lossy {
            serde_json::from_str::<serde_json::Value>(&String::from_utf8_lossy(&buf))
        } else {
            serde_json::from_slice::<serde_json::Value>(&buf)
        };
        let text = match &parsed {
            Ok(v) => v.get(&opts.jsonl_field).and_then(serde_json::Value::as_str),
            Err(_) => None,
        };
        let Some(text) = text else {
            bad_lines += 1;
            if first_bad.is_none() {
                first_bad = Some(match parsed {
                    Err(e) => format!("line {line_no}: not JSON ({e})"),
                    Ok(_) => format!("line {line_no}: no string field {:?}", opts.jsonl_field),
                });
            }
            continue;
        };
        for m in ex.extract(text) {
            if let Err(e) = sink.record(&m, name, Some(line_no)) {
                outcome.error = Some(format!("line {line_no}: cannot format a record: {e}"));
                return outcome;
            }
        }
        if sink.aborted {
            break;
        }
    }
    if let (Some(first), None) = (first_bad, &outcome.error) {
        outcome.error = Some(if bad_lines > 1 {
            let more = bad_lines - 1;
            format!(
                "{first} (and {more} more bad line{})",
                if more > 1 { "s" } else { "" }
            )
        } else {
            first
        });
    }
    outcome
}

fn process(item: &Item, ex: &Extractor, opts: &Options, sink: &mut Sink<'_>) -> Outcome {
    let name = item.path.display().to_string();
    let mut outcome = if let Some(error) = &item.error {
        Outcome {
            error: Some(error.clone()),
            ..Outcome::default()
        }
    } else {
        let run = AssertUnwindSafe(|| {
            if item.jsonl {
                process_jsonl(item, &name, ex, opts, sink)
            } else {
                process_text(item, &name, ex, opts, sink)
            }
        });
        catch_unwind(run).unwrap_or_else(|_| Outcome {
            error: Some("internal error: the extractor panicked on this file".to_string()),
            ..Outcome::default()
        })
    };
    outcome.name = name;
    outcome
}

fn worker(
    source: &Mutex<Source<'_>>,
    ex: &Extractor,
    opts: &Options,
    handover: &Handover,
    counters: &Counters,
) {
    loop {
        let (index, item) = {
            let mut src = source.lock().unwrap_or_else(PoisonError::into_inner);
            if src.done {
                return;
            }
            match src.walker.next() {
                Some(item) => {
                    src.next += 1;
                    (src.next - 1, item)
                }
                None => {
                    src.done = true;
                    handover.finish(src.next);
                    return;
                }
            }
        };
        let mut sink = Sink {
            handover,
            counters,
            index,
            out: Out::new(opts.format),
            metrics: 0,
            bytes_counted: 0,
            metrics_counted: 0,
            aborted: false,
        };
        let mut outcome = process(&item, ex, opts, &mut sink);
        sink.flush();
        sink.progress(item.size.max(outcome.bytes));
        counters.files.fetch_add(1, Ordering::Relaxed);
        outcome.metrics = sink.metrics;
        if sink.aborted || !handover.send(index, Chunk::Done(outcome)) {
            return;
        }
    }
}

// ---- the writer: output, stderr lines, progress bar, summary ----

struct Progress {
    enabled: bool,
    start: Instant,
    last_draw: Option<Instant>,
    drawn: bool,
}

impl Progress {
    fn draw(&mut self, counters: &Counters) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self
            .last_draw
            .is_some_and(|t| now - t < Duration::from_millis(200))
        {
            return;
        }
        self.last_draw = Some(now);
        let files = counters.files.load(Ordering::Relaxed);
        let bytes = counters.bytes.load(Ordering::Relaxed);
        let metrics = counters.metrics.load(Ordering::Relaxed);
        let secs = self.start.elapsed().as_secs_f64();
        let rate = if secs > 0.0 { bytes as f64 / secs } else { 0.0 };
        let line = if counters.counted.load(Ordering::Acquire) {
            let total_files = counters.total_files.load(Ordering::Relaxed);
            let total_bytes = counters.total_bytes.load(Ordering::Relaxed).max(bytes);
            let eta = if rate > 0.0 {
                let left = (total_bytes - bytes) as f64 / rate;
                format!("{}:{:02}", (left / 60.0) as u64, (left % 60.0) as u64)
            } else {
                "-".to_string()
            };
            let width = 24;
            let filled = if total_bytes == 0 {
                width
            } else {
                ((bytes as f64 / total_bytes as f64 * width as f64) as usize).min(width)
            };
            format!(
                "[{}{}] {files}/{total_files} files  {:.1}/{:.1} MB  {:.1} MB/s  {metrics} metrics  ETA {eta}",
                "#".repeat(filled),
                "-".repeat(width - filled),
                bytes as f64 / 1e6,
                total_bytes as f64 / 1e6,
                rate / 1e6,
            )
        } else {
            format!(
                "{files} files  {:.1} MB  {:.1} MB/s  {metrics} metrics  (counting files...)",
                bytes as f64 / 1e6,
                rate / 1e6,
            )
        };
        eprint!("\r{line}\x1b[K");
        self.drawn = true;
    }

    fn clear(&mut self) {
        if self.drawn {
            eprint!("\r\x1b[K");
            self.drawn = false;
        }
    }

    /// A line on stderr, above the bar.
    fn message(&mut self, line: &str) {
        self.clear();
        eprintln!("{line}");
    }
}

/// Counts the files and bytes of the run, for the progress bar.
fn count_totals(
    inputs: &[PathBuf],
    skip: Option<FileId>,
    counters: &Counters,
    handover: &Handover,
) {
    let (mut files, mut bytes) = (0, 0);
    for item in Walker::new(inputs, skip) {
        files += 1;
        bytes += item.size;
        if files % 1024 == 0 && handover.lock().aborted {
            return;
        }
    }
    counters.total_files.store(files, Ordering::Relaxed);
    counters.total_bytes.store(bytes, Ordering::Relaxed);
    counters.counted.store(true, Ordering::Release);
}

/// The output, and the identity of the output file (never read as input).
fn open_output(opts: &Options) -> io::Result<(Box<dyn Write>, Option<FileId>)> {
    Ok(match &opts.output {
        Some(path) => {
            let file = File::create(path)?;
            let id = file.metadata().ok().as_ref().and_then(file_id);
            let out = BufWriter::with_capacity(256 * 1024, file);
            (Box::new(out), id)
        }
        None => {
            let out = BufWriter::with_capacity(256 * 1024, io::stdout().lock());
            (Box::new(out), None)
        }
    })
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(Some(opts)) => opts,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("corpus: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (mut out, output_id) = match open_output(&opts) {
        Ok(out) => out,
        Err(e) => {
            let name = opts
                .output
                .as_ref()
                .map_or(String::new(), |p| p.display().to_string());
            eprintln!("corpus: cannot write {name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let start = Instant::now();
    let ex = Extractor::new();
    let handover = Handover::default();
    let counters = Counters::default();
    let source = Mutex::new(Source {
        walker: Walker::new(&opts.inputs, output_id),
        next: 0,
        done: false,
    });
    let mut progress = Progress {
        enabled: opts.progress.unwrap_or_else(|| io::stderr().is_terminal()),
        start,
        // The first draw after a moment, when the rate means something.
        last_draw: Some(start),
        drawn: false,
    };

    let mut files = 0usize;
    let mut failed = 0usize;
    let mut warned = 0usize;
    let mut bytes = 0u64;
    let mut metrics = 0u64;
    let mut output_error = None;
    if opts.format == Format::Csv {
        if let Err(e) = out.write_all(&csv_header()) {
            output_error = Some(e);
        }
    }
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs {
            scope.spawn(|| worker(&source, &ex, &opts, &handover, &counters));
        }
        if progress.enabled {
            scope.spawn(|| count_totals(&opts.inputs, output_id, &counters, &handover));
        }
        if output_error.is_some() {
            handover.abort();
            return;
        }
        loop {
            let chunk = match handover.recv(Duration::from_millis(200)) {
                Err(()) => break,
                Ok(None) => {
                    progress.draw(&counters);
                    continue;
                }
                Ok(Some(chunk)) => chunk,
            };
            match chunk {
                Chunk::Data(data) => {
                    if let Err(e) = out.write_all(&data) {
                        output_error = Some(e);
                        handover.abort();
                        break;
                    }
                }
                Chunk::Done(outcome) => {
                    let name = &outcome.name;
                    files += 1;
                    bytes += outcome.bytes;
                    metrics += outcome.metrics;
                    if let Some(error) = &outcome.error {
                        failed += 1;
                        progress.message(&format!("corpus: {name}: {error}"));
                    }
                    if let Some(warning) = &outcome.warning {
                        warned += 1;
                        progress.message(&format!("corpus: {name}: warning: {warning}"));
                    }
                }
            }
            progress.draw(&counters);
        }
        // All written: stop the file count if it is still going.
        handover.abort();
    });
    if output_error.is_none() {
        if let Err(e) = out.flush() {
            output_error = Some(e);
        }
    }
    progress.clear();
    let secs = start.elapsed().as_secs_f64();
    let replaced = if warned > 0 {
        format!(", {warned} with bytes replaced")
    } else {
        String::new()
    };
    eprintln!(
        "corpus: {files} files, {:.1} MB, {metrics} metrics, {failed} failed{replaced}, {:.2} s, {:.1} MB/s",
        bytes as f64 / 1e6,
        secs,
        if secs > 0.0 { bytes as f64 / 1e6 / secs } else { 0.0 },
    );
    match output_error {
        // Output closed early (piped into `head`): not the corpus's fault.
        Some(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Some(e) => {
            eprintln!("corpus: cannot write the output: {e}");
            return ExitCode::FAILURE;
        }
        None => {}
    }
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
