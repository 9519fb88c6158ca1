//! Prints the metrics of Chinese report files as JSON lines (SPEC §2), as
//! CSV, or as one self-contained HTML page that marks every metric in the
//! report text.
//!
//! ```text
//! cargo run --release --example extract -- FILE...            # JSON lines
//! cargo run --release --example extract -- --format csv FILE  # CSV
//! cargo run --release --example extract -- --format html --output report.html FILE...
//! cargo run --release --example extract -- -                  # standard input
//! cargo run --release --example extract < report.txt          # standard input
//! cargo run --release --example extract                       # the bundled sample
//! ```
//!
//! With no file, standard input is read, unless it is a terminal: then the
//! bundled sample report is used, and a line on stderr says so. With several
//! files, each JSON record carries a `"file"` field (a `file` column in CSV;
//! a file selector in HTML). A file that cannot be read gets one line on
//! stderr naming it; a file that is not UTF-8 has the whole lines before
//! its first bad byte extracted, then one line on stderr naming it with the
//! byte offset and line of that byte and how many metrics were kept. The
//! other files are still processed and the exit status is 1 at the end. A usage error exits with status 2.

mod html;
#[path = "../common/input.rs"]
mod input;
mod table;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use input::read_input;
use zh_metrics::{Extractor, Metric};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/tianning-justice-2023.txt"
);

const USAGE: &str = "usage: extract [OPTIONS] [FILE|-]...";

const HELP: &str = "\
Finds the metrics (reported quantities) of Chinese report text and prints
one record per metric.

With no FILE, reads standard input; when standard input is a terminal, the
bundled sample report is used instead. `-` names standard input.

options:
  -f, --format FORMAT  jsonl (default): one JSON record per line
                       csv: one row per record, nested fields flattened
                       html: one self-contained page marking every metric
  -o, --output FILE    write to FILE instead of standard output
  -h, --help           print this help

record fields (JSON; CSV flattens sentence, time and change with `_`, and
joins section with ` / `):
  file            the input file (only with several files)
  start, end      byte offsets of `text` in the input (UTF-8)
  text            the quantity as written: 近千次, 5000余份, 100%
  value           the resolved number: 1.5万元 -> 15000, 三成 -> 30
  upper           the upper end of a range (3至5人 -> 5), else null
  approx          the qualifier (see below)
  unit            the unit without magnitude: 件, 元, %, 个百分点; or null
  kind            what the unit measures (see below)
  subject         what is counted or measured: 法律援助申请; or null
  action          the reporting verb: 受理; or null
  sentence        {start, end}: byte span of the sentence holding it
  period          the time scope as written: 2023年, 1-9月; or null
  time            {start, end}: the period as dates, when known
  change          {direction: up|down, basis: 同比|...}; or null
  section         the headings above it, outermost first
  parent          index of the whole this is a part of (其中), or null
  distributive    true for 各1名: the value holds for each
  resolved_subject  the subject with list ellipsis resolved, or null

kind: count, percent, percentage_point, permille, money, multiple, duration,
      age, length, area, volume, mass, energy, power, temperature, other

approx: exact, more_than, at_least, nearly, about, less_than, at_most

exit status: 0 success, 1 a file could not be read or written, 2 usage error";

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    Jsonl,
    Csv,
    Html,
}

/// What the command line asks for.
#[derive(Debug)]
struct Options {
    format: Format,
    output: Option<String>,
    inputs: Vec<String>,
}

/// One input read and extracted.
pub struct Doc {
    /// The name as given on the command line (`-` for standard input).
    pub name: String,
    /// The whole text.
    pub text: String,
    /// Its metrics, in extraction order.
    pub metrics: Vec<Metric>,
}

fn parse_args() -> Result<Option<Options>, lexopt::Error> {
    use lexopt::prelude::*;

    let mut opts = Options {
        format: Format::Jsonl,
        output: None,
        inputs: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Short('f') | Long("format") => {
                let value = parser.value()?.string()?;
                opts.format = match value.as_str() {
                    "jsonl" | "json" => Format::Jsonl,
                    "csv" => Format::Csv,
                    "html" => Format::Html,
                    _ => {
                        return Err(format!("--format: {value:?} is not jsonl, csv or html").into())
                    }
                };
            }
            Short('o') | Long("output") => opts.output = Some(parser.value()?.string()?),
            Short('h') | Long("help") => return Ok(None),
            Value(path) => opts.inputs.push(path.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Some(opts))
}

/// The inputs to read: those given, else standard input, else (standard
/// input a terminal) the bundled sample.
fn inputs(given: Vec<String>) -> Vec<String> {
    if !given.is_empty() {
        return given;
    }
    if io::stdin().is_terminal() {
        eprintln!("extract: no file given and standard input is a terminal: using the bundled sample {SAMPLE}");
        vec![SAMPLE.to_string()]
    } else {
        vec!["-".to_string()]
    }
}

/// Writes the JSON line of each record, with `file` first when `file` is
/// given. False when the output is closed.
fn write_jsonl(out: &mut dyn Write, doc: &Doc, file: Option<&str>) -> Result<bool, String> {
    let file_json = serde_json::to_string(&file).map_err(|e| e.to_string())?;
    let mut line = Vec::new();
    for m in &doc.metrics {
        line.clear();
        if file.is_some() {
            // `{"file":…` then the record's object with its `{` as `,`.
            line.extend_from_slice(b"{\"file\":");
            line.extend_from_slice(file_json.as_bytes());
        }
        let at = line.len();
        serde_json::to_writer(&mut line, m)
            .map_err(|e| format!("{}: cannot serialize a record: {e}", doc.name))?;
        if file.is_some() {
            line[at] = b',';
        }
        line.push(b'\n');
        if out.write_all(&line).is_err() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn open_output(path: Option<&str>) -> Result<Box<dyn Write>, String> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).map_err(|e| format!("{p}: cannot create: {e}"))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// Reads and extracts each input in turn, handing each document to `sink`
/// (which returns false to stop). True when every input was read whole.
/// A document cut short by a bad byte is handed on with the lines before
/// it, and then its error is printed, with how many records it kept.
fn each_doc(names: &[String], mut sink: impl FnMut(Doc) -> bool) -> bool {
    let extractor = Extractor::new();
    let mut ok = true;
    for name in names {
        let input = match read_input(name) {
            Ok(input) => input,
            Err(msg) => {
                eprintln!("extract: {msg}");
                ok = false;
                continue;
            }
        };
        let metrics = extractor.extract(&input.text);
        let kept = metrics.len();
        let doc = Doc {
            name: name.clone(),
            text: input.text,
            metrics,
        };
        let go_on = sink(doc);
        if let Some(msg) = input.cut {
            let lines = match kept {
                1 => "; the 1 metric of the lines before it was kept".to_string(),
                n => format!("; the {n} metrics of the lines before it were kept"),
            };
            eprintln!("extract: {msg}{lines}");
            ok = false;
        }
        if !go_on {
            break;
        }
    }
    ok
}

/// Runs the formats that write as they go (JSON lines, CSV).
fn run_streaming(opts: &Options, names: &[String], out: &mut dyn Write) -> bool {
    let several = names.len() > 1;
    let mut csv = (opts.format == Format::Csv).then(|| table::CsvOut::new(several));
    let mut failed = false;
    let read_all = each_doc(names, |doc| {
        let file = several.then_some(doc.name.as_str());
        let written = match csv.as_mut() {
            Some(c) => c.write(out, &doc, file),
            None => write_jsonl(out, &doc, file),
        };
        match written {
            Ok(open) => open,
            Err(msg) => {
                eprintln!("extract: {msg}");
                failed = true;
                true
            }
        }
    });
    read_all && !failed
}

/// Builds the HTML page of all inputs and writes it.
fn run_html(names: &[String], out: &mut dyn Write) -> bool {
    let mut docs = Vec::new();
    let read_all = each_doc(names, |doc| {
        docs.push(doc);
        true
    });
    match html::page(&docs) {
        Ok(page) => out.write_all(page.as_bytes()).is_ok() && read_all,
        Err(msg) => {
            eprintln!("extract: cannot build the page: {msg}");
            false
        }
    }
}

fn main() -> ExitCode {
    let mut opts = match parse_args() {
        Ok(Some(opts)) => opts,
        Ok(None) => {
            println!("{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("extract: {e}\n{USAGE}\n(try --help)");
            return ExitCode::from(2);
        }
    };
    let mut out = match open_output(opts.output.as_deref()) {
        Ok(out) => out,
        Err(msg) => {
            eprintln!("extract: {msg}");
            return ExitCode::FAILURE;
        }
    };
    let names = inputs(std::mem::take(&mut opts.inputs));
    let ok = match opts.format {
        Format::Html => run_html(&names, &mut out),
        _ => run_streaming(&opts, &names, &mut out),
    };
    // A closed output (e.g. piped into `head`) is no error of the run.
    let flushed = out.flush().is_ok() || opts.output.is_none();
    if ok && flushed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
