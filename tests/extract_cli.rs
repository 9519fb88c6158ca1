//! End-to-end tests of `examples/extract`: its command line, standard
//! input, CSV and the escaping of the HTML page; and of `examples/audit`'s
//! reading of a file that is not UTF-8. (The page's behaviour in a
//! browser is checked by `tests/browser/`, run by `.ci/run`.)

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;
use zh_metrics::{Approx, Extractor, Kind};

mod built;
use built::example_bin;

const INJECTION: &str = "tests/data/html/injection.txt";
const AUDIT: &str = "tests/data/html/audit.txt";
const SAMPLE: &str = "examples/data/tianning-justice-2023.txt";

/// `examples/extract`, built once in this test binary's profile.
fn extract_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| example_bin("extract"))
}

/// Runs the tool in the crate root with `stdin` as standard input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run extract");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("wait")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn data(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect("test data")
}

/// What the library gives for `text`, as JSON values.
fn expected(text: &str) -> Vec<Value> {
    let metrics = Extractor::new().extract(text);
    assert!(!metrics.is_empty());
    metrics
        .iter()
        .map(|m| serde_json::to_value(m).unwrap())
        .collect()
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn help_lists_options_fields_kinds_and_qualifiers() {
    let out = run(&["--help"], b"");
    assert!(out.status.success());
    let help = stdout(&out);
    for option in ["--format", "--output", "--help", "jsonl", "csv", "html"] {
        assert!(help.contains(option), "--help lacks {option}");
    }
    let record = &expected("受理法律援助申请628件")[0];
    for field in record.as_object().unwrap().keys() {
        assert!(
            help.contains(field.as_str()),
            "--help lacks the field {field}"
        );
    }
    let list = |label: &str| -> Vec<String> {
        let at = help.find(&format!("\n{label}: ")).expect(label) + label.len() + 3;
        let end = help[at..].find("\n\n").map_or(help.len(), |e| at + e);
        help[at..end]
            .split([',', ' ', '\n'])
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let kinds = list("kind");
    assert_eq!(kinds.len(), 16);
    for k in &kinds {
        serde_json::from_value::<Kind>(Value::from(k.as_str())).expect("a kind");
    }
    let approx = list("approx");
    assert_eq!(approx.len(), 7);
    for a in &approx {
        serde_json::from_value::<Approx>(Value::from(a.as_str())).expect("an approx");
    }
}

#[test]
fn bad_options_are_usage_errors() {
    for args in [
        &["--frobnicate"][..],
        &["--format", "xml"],
        &["--format"],
        &["-x", "a.txt"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("usage: extract"), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn reads_standard_input_without_a_file_and_with_dash() {
    let text = data(INJECTION);
    for args in [&[][..], &["-"]] {
        let out = run(args, text.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(json_lines(&stdout(&out)), expected(&text));
        assert!(!stderr(&out).contains("sample"));
    }
    let empty = run(&[], b"");
    assert!(empty.status.success() && empty.stdout.is_empty());
}

#[test]
fn several_files_carry_file_and_a_bad_file_gives_status_1() {
    let dir = std::env::temp_dir().join(format!("zh-metrics-extract-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"\xe5\x8f\x97\xe7\x90\x86 628\xe4\xbb\xb6 \xff").unwrap();
    let out = run(&[AUDIT, bad.to_str().unwrap(), INJECTION], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("latin1.txt: not UTF-8: invalid byte at offset 14"));
    let records = json_lines(&stdout(&out));
    let total = expected(&data(AUDIT)).len() + expected(&data(INJECTION)).len();
    assert_eq!(records.len(), total);
    assert_eq!(records[0]["file"], AUDIT);
    assert_eq!(records[total - 1]["file"], INJECTION);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_file_cut_by_a_bad_byte_keeps_the_records_of_the_lines_before_it() {
    let dir = std::env::temp_dir().join(format!("zh-metrics-extract-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cut = dir.join("cut.txt");
    let good = "区法律援助中心受理申请628件。\n";
    let mut bytes = good.as_bytes().to_vec();
    bytes.extend_from_slice(b"\xe6\x8e\xa5\xe5\xbe\x85 876 \xff\n");
    std::fs::write(&cut, &bytes).unwrap();
    let out = run(&[cut.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let bad_at = good.len() + "接待 876 ".len();
    assert!(
        stderr(&out).contains(&format!(
            "cut.txt: not UTF-8: invalid byte at offset {bad_at} (line 2); the 1 metric"
        )),
        "{}",
        stderr(&out)
    );
    let records = json_lines(&stdout(&out));
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["text"], "628件");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn audit_reads_the_lines_before_a_bad_byte_and_names_it() {
    let dir = std::env::temp_dir().join(format!("zh-metrics-audit-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cut = dir.join("cut.txt");
    // parts that exceed their whole, then a line with a bad byte
    let good = "累计收到行政复议申请108件，其中受理80件、不予受理35件。\n";
    let mut bytes = good.as_bytes().to_vec();
    bytes.extend_from_slice(b"\xe6\x8e\xa5\xe5\xbe\x85 876 \xff\n");
    std::fs::write(&cut, &bytes).unwrap();
    let out = Command::new(example_bin("audit"))
        .arg(&cut)
        .output()
        .expect("run audit");
    assert_eq!(out.status.code(), Some(1));
    let bad_at = good.len() + "接待 876 ".len();
    assert!(
        stderr(&out).contains(&format!(
            "cut.txt: not UTF-8: invalid byte at offset {bad_at} (line 2); the lines before it were audited"
        )),
        "{}",
        stderr(&out)
    );
    let findings = zh_metrics::audit(&Extractor::new().extract(good));
    assert!(
        !findings.is_empty(),
        "the kept line has a finding to report"
    );
    assert!(
        stdout(&out).contains("cut.txt: ["),
        "the finding of the kept line is printed: {}",
        stdout(&out)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn csv_has_a_header_and_one_row_per_record() {
    for file in [INJECTION, SAMPLE] {
        csv_matches_the_records(file);
    }
}

fn csv_matches_the_records(file: &str) {
    let out = run(&["--format", "csv", file], b"");
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let want = expected(&data(file));
    assert_eq!(rows.len(), want.len());
    for (row, rec) in rows.iter().zip(&want) {
        assert_eq!(&row[col("text")], rec["text"].as_str().unwrap());
        assert_eq!(
            row[col("value")].parse::<f64>().unwrap(),
            rec["value"].as_f64().unwrap()
        );
        assert_eq!(&row[col("subject")], rec["subject"].as_str().unwrap_or(""));
        assert_eq!(row[col("sentence_end")], rec["sentence"]["end"].to_string());
        let time_start = rec.pointer("/time/start").and_then(Value::as_str);
        assert_eq!(&row[col("time_start")], time_start.unwrap_or(""));
        let section: Vec<&str> = rec["section"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(&row[col("section")], section.join(" / "));
    }
}

#[test]
fn html_escapes_the_report_and_embeds_the_records() {
    let dir = std::env::temp_dir().join(format!("zh-metrics-extract-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page_file = dir.join("page.html");
    let out = run(
        &[
            "--format",
            "html",
            "--output",
            page_file.to_str().unwrap(),
            INJECTION,
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let page = std::fs::read_to_string(&page_file).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    // Only the page's two script blocks; nothing of the report as markup.
    assert_eq!(page.matches("<script").count(), 2);
    assert_eq!(page.matches("</script>").count(), 2);
    for markup in [
        "<img",
        "<svg",
        "<iframe",
        "<style>body",
        "<!--",
        "onerror=\"",
    ] {
        assert!(!page.contains(markup), "unescaped {markup}");
    }
    assert!(page
        .contains("&lt;img src=x onerror=&quot;window.__pwned=2;alert(&#39;img&#39;)&quot;&gt;"));
    assert!(page.contains("&amp;amp;与&amp;lt;b&amp;gt;"));
    let want = expected(&data(INJECTION));
    assert_eq!(page.matches("<mark data-index=").count(), want.len());
    // The embedded records are exactly the JSON lines.
    let start = page.find("id=\"zh-data\">").unwrap() + "id=\"zh-data\">".len();
    let end = start + page[start..].find("</script>").unwrap();
    let embedded: Value = serde_json::from_str(&page[start..end]).unwrap();
    assert_eq!(embedded["files"][0]["records"], Value::from(want));
    assert_eq!(embedded["files"][0]["name"], INJECTION);
    // No network: no URL to fetch, and a policy forbidding any.
    assert!(!page.contains("src=\"") && !page.contains("href="));
    assert!(page.contains("default-src 'none'"));
}

#[test]
fn html_of_several_files_and_audit_findings() {
    let out = run(&["--format", "html", AUDIT, INJECTION], b"");
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(page.contains("<article class=\"doc\" data-file=\"0\">"));
    assert!(page.contains("<article class=\"doc\" data-file=\"1\" hidden>"));
    assert!(page.contains("parts sum to 310 of a whole of 333"));
    assert!(page.contains("<title>zh-metrics: 2 files</title>"));
}

/// With no file and a terminal on standard input, the bundled sample is
/// read, and stderr says so. `script` (util-linux) gives the tool a terminal.
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_on_standard_input_gets_the_bundled_sample() {
    let bin = extract_bin().to_str().expect("UTF-8 path");
    let out = Command::new("script")
        .args(["-qec", bin, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("run script (util-linux)");
    assert!(out.status.success());
    // The terminal merges stdout and stderr, with CR LF line ends.
    let shown = String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n");
    assert!(shown.contains("standard input is a terminal: using the bundled sample"));
    let sample = data(SAMPLE);
    let records: Vec<Value> = shown
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records, expected(&sample));
}
