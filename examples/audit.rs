//! Checks the arithmetic Chinese reports state, and prints what does not add
//! up.
//!
//! ```text
//! cargo run --release --example audit -- FILE...   # or - for standard input
//! ```
//!
//! For each finding: the file, how sure it is (`certain`, `likely`,
//! `possible`), what is wrong, why it is that sure, and both places involved
//! (the whole, and the parts or the stated percentage) with their byte
//! spans, line numbers and sentences. The last line (on stderr) counts the
//! findings by confidence. A file that is not UTF-8 has the whole lines
//! before its first bad byte audited, then one line on stderr names it
//! with the byte offset and line of that byte. The exit status is 1 when a
//! file cannot be read whole, else 0 (findings are reports, not errors).

use std::process::ExitCode;

#[path = "common/input.rs"]
mod input;

use input::read_input;

use zh_metrics::{audit, Confidence, Extractor, Metric, Span};

/// 1-based line number of byte `pos`.
fn line_of(text: &str, pos: usize) -> usize {
    text.as_bytes()[..pos.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn show(text: &str, label: &str, span: Span, sentence: Span) {
    let quoted = text.get(span.range()).unwrap_or("?");
    let sent = text.get(sentence.range()).unwrap_or("");
    println!(
        "  {label}: {quoted} [bytes {}..{}, line {}]",
        span.start,
        span.end,
        line_of(text, span.start)
    );
    println!("    in: {sent}");
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: audit FILE|-...");
        return if files.is_empty() {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    let extractor = Extractor::new();
    let mut failed = false;
    let mut total = 0;
    let mut by_confidence = [0usize; 3];
    for name in &files {
        let (text, cut) = match read_input(name) {
            Ok(input) => (input.text, input.cut),
            Err(msg) => {
                eprintln!("audit: {msg}");
                failed = true;
                continue;
            }
        };
        let metrics: Vec<Metric> = extractor.extract(&text);
        for f in audit(&metrics) {
            total += 1;
            by_confidence[match f.confidence {
                Confidence::Certain => 0,
                Confidence::Likely => 1,
                _ => 2,
            }] += 1;
            println!("{name}: [{}] {f}", f.confidence);
            println!("  why: {}", f.reason);
            let whole = &metrics[f.whole];
            show(&text, "whole", f.first, whole.sentence());
            let last = f.others.last().map_or(f.whole, |&i| i);
            show(&text, "against", f.second, metrics[last].sentence());
        }
        if let Some(msg) = cut {
            eprintln!("audit: {msg}; the lines before it were audited");
            failed = true;
        }
    }
    let [certain, likely, possible] = by_confidence;
    eprintln!(
        "audit: {total} finding(s) in {} file(s): {certain} certain, {likely} likely, {possible} possible",
        files.len()
    );
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
