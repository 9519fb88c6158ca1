//! End-to-end tests of `examples/corpus`: the built example is run on
//! folders made here.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;
use zh_metrics::Extractor;

mod built;
use built::example_bin;

fn corpus_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| example_bin("corpus"))
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zh-metrics-corpus-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(corpus_bin())
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run corpus")
}

fn data(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect("test data")
}

/// What `examples/extract` prints for `text`: the serde JSON of each
/// metric, with `file` (and `line` for a `.jsonl` input).
fn expected(text: &str, file: &str, line: Option<usize>) -> Vec<Value> {
    Extractor::new()
        .extract(text)
        .iter()
        .map(|m| {
            let mut v = serde_json::to_value(m).expect("serialize");
            let obj = v.as_object_mut().expect("an object");
            obj.insert("file".into(), file.into());
            if let Some(line) = line {
                obj.insert("line".into(), line.into());
            }
            v
        })
        .collect()
}

fn parse_jsonl(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_mixed_folder_gives_every_good_record_and_one_line_per_bad_file() {
    let dir = scratch("mixed");
    let tianning = data("examples/data/tianning-justice-2023.txt");
    let jiangsu = data("tests/data/029_prov_gwr_2026_jiangsu.txt");
    std::fs::create_dir_all(dir.join("in/sub")).unwrap();
    std::fs::write(dir.join("in/a.txt"), &tianning).unwrap();
    std::fs::write(dir.join("in/sub/b.txt"), &jiangsu).unwrap();
    let mut bad_utf8 = "受理申请628件\n接待".as_bytes().to_vec();
    let bad_at = bad_utf8.len();
    bad_utf8.extend_from_slice(b"\xff\xfe876\xe4\xba\xba\xe6\xac\xa1\n");
    std::fs::write(dir.join("in/c_latin.txt"), &bad_utf8).unwrap();
    std::fs::write(dir.join("in/d_empty.txt"), b"").unwrap();
    std::fs::write(
        dir.join("in/e_binary.txt"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00 628\xe4\xbb\xb6",
    )
    .unwrap();
    std::fs::write(dir.join("in/f_notes.md"), "不读：628件").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("in/g_dangling.txt")).unwrap();

    let out = run(&["--jobs", "2", "in"], &dir);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status 1 when a file failed"
    );

    // Every record of the good files, in sorted file order, as extract gives.
    let tianning = String::from_utf8(tianning).unwrap();
    let jiangsu = String::from_utf8(jiangsu).unwrap();
    let good_prefix = std::str::from_utf8(&bad_utf8[..bad_at]).unwrap();
    let good_prefix = &good_prefix[..good_prefix.rfind('\n').unwrap() + 1];
    let mut want = expected(&tianning, "in/a.txt", None);
    want.extend(expected(good_prefix, "in/c_latin.txt", None));
    want.extend(expected(&jiangsu, "in/sub/b.txt", None));
    let got = parse_jsonl(&out.stdout);
    assert!(
        want.len() > 50,
        "too few records to mean anything: {}",
        want.len()
    );
    assert_eq!(got, want);

    // One line per bad file, in file order, then the summary.
    let lines = stderr_lines(&out);
    let (summary, bad) = lines.split_last().expect("a summary line");
    let mut expect_bad = vec![
        format!("in/c_latin.txt: not UTF-8: invalid byte at offset {bad_at}"),
        "in/d_empty.txt: empty file".to_string(),
        "in/e_binary.txt: binary file (NUL byte at offset 7)".to_string(),
    ];
    if cfg!(unix) {
        expect_bad.push("in/g_dangling.txt: cannot read".to_string());
    }
    assert_eq!(bad.len(), expect_bad.len(), "{lines:#?}");
    for (line, want) in bad.iter().zip(&expect_bad) {
        assert!(
            line.starts_with(&format!("corpus: {want}")),
            "{line:?} is not {want:?}"
        );
    }
    let files = 5 + usize::from(cfg!(unix));
    assert!(
        summary.starts_with(&format!("corpus: {files} files, "))
            && summary.contains(&format!(
                ", {} metrics, {} failed",
                want.len(),
                expect_bad.len()
            )),
        "{summary}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_order_does_not_depend_on_the_thread_count() {
    let dir = scratch("order");
    let texts = [
        data("examples/data/tianning-justice-2023.txt"),
        data("tests/data/001_national_gwr_1954.txt"),
        data("tests/data/002_national_gwr_1956.txt"),
        data("tests/data/029_prov_gwr_2026_jiangsu.txt"),
    ];
    // Files of very different sizes, in nested folders.
    for i in 0..24 {
        let sub = dir.join(format!("in/{}", i % 3));
        std::fs::create_dir_all(&sub).unwrap();
        let text = &texts[i % texts.len()];
        let cut = text.len() * (i + 1) / 24;
        let cut = (0..=cut)
            .rev()
            .find(|&c| std::str::from_utf8(&text[..c]).is_ok())
            .unwrap();
        std::fs::write(sub.join(format!("{i:02}.txt")), &text[..cut]).unwrap();
    }
    let one = run(&["-j", "1", "in"], &dir);
    assert_eq!(
        one.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    for jobs in ["2", "3", "8"] {
        let many = run(&["--jobs", jobs, "in"], &dir);
        assert_eq!(many.status.code(), Some(0));
        assert!(
            many.stdout == one.stdout,
            "output with {jobs} threads differs"
        );
    }
    let records = parse_jsonl(&one.stdout);
    let files: Vec<&str> = records
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "files in sorted order");
    assert!(records.len() > 100);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn csv_rows_hold_the_record_fields() {
    let dir = scratch("csv");
    std::fs::write(
        dir.join("a.txt"),
        data("examples/data/tianning-justice-2023.txt"),
    )
    .unwrap();
    let json = run(&["a.txt"], &dir);
    let csv_out = run(&["--format", "csv", "--output", "out.csv", "a.txt"], &dir);
    assert_eq!(csv_out.status.code(), Some(0));
    assert!(csv_out.stdout.is_empty(), "--output leaves stdout empty");
    let records = parse_jsonl(&json.stdout);
    let mut reader = csv::Reader::from_path(dir.join("out.csv")).expect("CSV output");
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    for field in [
        "file",
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
        "change_direction",
        "change_basis",
        "time_start",
        "time_end",
        "section",
    ] {
        assert!(header.iter().any(|h| h == field), "no column {field}");
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), records.len());
    for (row, rec) in rows.iter().zip(&records) {
        let s = |v: &Value| match v {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        assert_eq!(&row[col("file")], "a.txt");
        assert_eq!(row[col("start")], s(&rec["start"]));
        assert_eq!(row[col("text")], s(&rec["text"]));
        assert_eq!(
            row[col("value")].parse::<f64>().unwrap(),
            rec["value"].as_f64().unwrap()
        );
        assert_eq!(row[col("unit")], s(&rec["unit"]));
        assert_eq!(row[col("time_start")], s(&rec["time"]["start"]));
        assert_eq!(row[col("time_end")], s(&rec["time"]["end"]));
        assert_eq!(row[col("kind")], s(&rec["kind"]));
        assert_eq!(row[col("approx")], s(&rec["approx"]));
        assert_eq!(row[col("sentence_end")], s(&rec["sentence"]["end"]));
        let section: Vec<String> = rec["section"].as_array().unwrap().iter().map(s).collect();
        assert_eq!(row[col("section")], section.join(" / "));
        assert_eq!(row[col("change_direction")], s(&rec["change"]["direction"]));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lossy_and_jsonl_inputs() {
    let dir = scratch("lossy");
    let bytes = b"\xe5\x8f\x97\xe7\x90\x86628\xe4\xbb\xb6\xff\n\xe6\x8e\xa5\xe5\xbe\x85876\xe4\xba\xba\xe6\xac\xa1\n";
    std::fs::write(dir.join("a.txt"), bytes).unwrap();
    let jsonl =
        "{\"id\":1,\"body\":\"受理申请628件\"}\n\n{\"id\":2,\"body\":\"接待876人次，办结97件\"}\n";
    std::fs::write(dir.join("b.jsonl"), jsonl).unwrap();

    let out = run(
        &["--lossy", "--jsonl-field", "body", "a.txt", "b.jsonl"],
        &dir,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut want = expected(&String::from_utf8_lossy(bytes), "a.txt", None);
    want.extend(expected("受理申请628件", "b.jsonl", Some(1)));
    want.extend(expected("接待876人次，办结97件", "b.jsonl", Some(3)));
    assert_eq!(parse_jsonl(&out.stdout), want);
    let lines = stderr_lines(&out);
    assert!(
        lines[0].starts_with(
            "corpus: a.txt: warning: not UTF-8: replaced 1 invalid sequences, the first at byte 12"
        ),
        "{lines:?}"
    );

    // Without the field, every document of the .jsonl is a bad line.
    let out = run(&["b.jsonl"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let lines = stderr_lines(&out);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(
        lines[0],
        "corpus: b.jsonl: line 1: no string field \"text\" (and 1 more bad line)"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn usage_errors_exit_2() {
    let dir = scratch("usage");
    for args in [
        &[][..],
        &["--format", "xml", "."],
        &["--jobs", "0", "."],
        &["--bogus", "."],
    ] {
        let out = run(args, &dir);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = run(&["--help"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--jsonl-field"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn files_named_keep_the_argument_order() {
    // Files named on the command line keep the argument order.
    let dir = scratch("args");
    std::fs::write(dir.join("z.txt"), "受理申请628件").unwrap();
    std::fs::write(dir.join("a.txt"), "接待876人次").unwrap();
    let out = run(&["z.txt", "a.txt", "missing.txt"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let files: Vec<String> = parse_jsonl(&out.stdout)
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, ["z.txt", "a.txt"]);
    assert!(stderr_lines(&out)[0].starts_with("corpus: missing.txt: cannot read: "));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn progress_goes_to_stderr_only_and_output_errors_fail() {
    let dir = scratch("progress");
    let text = data("tests/data/001_national_gwr_1954.txt");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    for i in 0..40 {
        std::fs::write(dir.join(format!("in/{i:02}.txt")), &text).unwrap();
    }
    let plain = run(&["in"], &dir);
    // Not a terminal: no bar unless asked.
    assert!(!plain.stderr.contains(&b'\r'));
    let with_bar = run(&["--progress", "--jobs", "1", "in"], &dir);
    assert_eq!(with_bar.status.code(), Some(0));
    assert_eq!(
        with_bar.stdout, plain.stdout,
        "the bar never touches stdout"
    );
    let stderr = String::from_utf8_lossy(&with_bar.stderr);
    if with_bar.stderr.contains(&b'\r') {
        // Drawn (the run took over 200 ms), then cleared before the summary.
        assert!(
            stderr.contains(" files  ") && stderr.contains(" MB/s  "),
            "{stderr}"
        );
        assert!(stderr.contains("\r\x1b[Kcorpus: 40 files, "), "{stderr}");
    }
    let last = stderr_lines(&with_bar).pop().unwrap_or_default();
    assert!(last.contains("corpus: 40 files, "), "{last:?}");
    std::fs::write(dir.join("a.txt"), &text).unwrap();

    let out = run(&["--output", "no/such/dir/out.jsonl", "a.txt"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write no/such/dir/out.jsonl"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_output_file_is_never_read_as_input() {
    let dir = scratch("selfout");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/a.txt"), "受理申请628件").unwrap();
    // Left over from an earlier run, inside the folder walked.
    std::fs::write(dir.join("in/out.jsonl"), "{\"text\":\"旧的9件\"}\n").unwrap();
    let out = run(&["in", "--output", "in/out.jsonl"], &dir);
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read(dir.join("in/out.jsonl")).unwrap();
    assert_eq!(
        parse_jsonl(&written),
        expected("受理申请628件", "in/a.txt", None)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn records_are_byte_for_byte_those_of_examples_extract() {
    let dir = scratch("extract");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    for name in [
        "examples/data/tianning-justice-2023.txt",
        "tests/data/002_national_gwr_1956.txt",
        "tests/data/029_prov_gwr_2026_jiangsu.txt",
    ] {
        let base = Path::new(name).file_name().unwrap();
        std::fs::write(dir.join("in").join(base), data(name)).unwrap();
    }
    let files = [
        "in/002_national_gwr_1956.txt",
        "in/029_prov_gwr_2026_jiangsu.txt",
        "in/tianning-justice-2023.txt",
    ];
    let extract = Command::new(example_bin("extract"))
        .args(files)
        .current_dir(&dir)
        .output()
        .expect("run extract");
    assert_eq!(extract.status.code(), Some(0));
    let corpus = run(&["--jobs", "2", "in"], &dir);
    assert_eq!(corpus.status.code(), Some(0));
    assert!(extract.stdout.len() > 1000);
    assert!(
        corpus.stdout == extract.stdout,
        "corpus and extract print different records"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
