//! Prints the metrics of Chinese report files as JSON lines (SPEC §2).
//!
//! ```text
//! cargo run --release --example extract -- FILE...   # one record per line
//! cargo run --release --example extract -- -         # read standard input
//! cargo run --release --example extract              # the bundled sample report
//! ```
//!
//! With several files, each record carries a `"file"` field. A file that
//! cannot be read, or is not UTF-8, gets one line on stderr naming it (and
//! the byte offset of the first bad byte); the other files are still
//! processed and the exit status is 1 at the end.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use zh_metrics::Extractor;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/tianning-justice-2023.txt"
);

fn read_input(name: &str) -> Result<String, String> {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("{name}: cannot read: {e}"))?;
        buf
    } else {
        std::fs::read(Path::new(name)).map_err(|e| format!("{name}: cannot read: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8: invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: extract [FILE|-]...  (no argument: the bundled sample report)");
        return ExitCode::SUCCESS;
    }
    if args.is_empty() {
        args.push(SAMPLE.to_string());
    }
    let with_file = args.len() > 1;
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for name in &args {
        let text = match read_input(name) {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("extract: {msg}");
                failed = true;
                continue;
            }
        };
        let file_json = serde_json::to_string(name).unwrap_or_default();
        let mut line = Vec::new();
        for m in extractor.extract(&text) {
            line.clear();
            if with_file {
                // `{"file":…` then the record's object with its `{` as `,`.
                line.extend_from_slice(b"{\"file\":");
                line.extend_from_slice(file_json.as_bytes());
            }
            let at = line.len();
            if let Err(e) = serde_json::to_writer(&mut line, &m) {
                eprintln!("extract: {name}: cannot serialize a record: {e}");
                failed = true;
                continue;
            }
            if with_file {
                line[at] = b',';
            }
            line.push(b'\n');
            if out.write_all(&line).is_err() {
                // Output closed (e.g. piped into `head`): stop quietly.
                return if failed {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                };
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
