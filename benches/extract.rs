//! Throughput of the extractor on real reports and on adversarial input.
//!
//! ```text
//! cargo bench --bench extract                 # all groups, a few minutes on 2 cores
//! cargo bench --bench extract -- extract/     # one group
//! python3 benches/ratios.py                   # per-byte ratios from the last run
//! ```
//!
//! Groups:
//!
//! - `extract`: the real reports of `benches/data/` (concatenated), through
//!   (a) `baseline`, one `regex` pass of `[0-9]+` followed by a measure-word
//!   alternation, counting matches (and `baseline_numerals`, the same with
//!   full-width digits and Chinese numeral characters); (b) `find_iter`, the
//!   scanner alone; (c) `extract`, records with context.
//! - `adversarial`: `extract` on a megabyte each of `一`, of `万`, of ASCII
//!   digits, of `余多近约`, of alternating digits and measure words, of
//!   pseudo-random numeral characters, on one 4 MB line of real text
//!   without a newline, and on a megabyte of real text in lines of 16 KiB
//!   (a document whose first lines, each read for a date line, are long
//!   paragraphs); `real` is the reference (the reports of `extract`).
//!   Time per byte of each must stay within 3× of `real`.
//! - `numeral`: `parse_numeral` on a list of numerals.
//!
//! Before the `adversarial` group runs, each input is timed once at 64 KiB,
//! 256 KiB and full size, and the growth of the time per byte is printed, so a
//! superlinear case shows even without criterion; an input whose single run
//! takes (or would take) longer than [`MAX_ONE_RUN`] is benchmarked at the
//! largest size that stayed under it (and says so), so that `cargo bench`
//! finishes in minutes whatever the scanner does. The criterion figures
//! of such an input are then for a smaller size than the others: read the
//! scaling line.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use regex::Regex;
use zh_metrics::{parse_numeral, Extractor};

/// The real reports, with their origin in `benches/data/README.md`.
const REPORTS: &[(&str, &str)] = &[
    (
        "tianning-justice-2023",
        include_str!("data/tianning-justice-2023.txt"),
    ),
    (
        "001_national_gwr_1954",
        include_str!("data/001_national_gwr_1954.txt"),
    ),
    (
        "002_national_gwr_1956",
        include_str!("data/002_national_gwr_1956.txt"),
    ),
    (
        "003_national_gwr_1959",
        include_str!("data/003_national_gwr_1959.txt"),
    ),
    (
        "013_national_gwr_2023",
        include_str!("data/013_national_gwr_2023.txt"),
    ),
    (
        "016_prov_gwr_2026_beijing",
        include_str!("data/016_prov_gwr_2026_beijing.txt"),
    ),
    (
        "020_prov_gwr_2026_guangdong",
        include_str!("data/020_prov_gwr_2026_guangdong.txt"),
    ),
    (
        "038_prov_gwr_2026_shanghai",
        include_str!("data/038_prov_gwr_2026_shanghai.txt"),
    ),
    (
        "040_prov_gwr_2026_sichuan",
        include_str!("data/040_prov_gwr_2026_sichuan.txt"),
    ),
];

/// About 30 common measure words and units of reports, longest first where
/// one is a prefix of another, for the regex baseline.
const BASELINE_UNITS: &[&str] = &[
    "万人次",
    "人次",
    "个百分点",
    "平方公里",
    "平方米",
    "万元",
    "亿元",
    "公里",
    "千瓦时",
    "件",
    "人",
    "个",
    "家",
    "项",
    "元",
    "%",
    "名",
    "份",
    "次",
    "场",
    "起",
    "户",
    "所",
    "座",
    "条",
    "吨",
    "亩",
    "倍",
    "年",
    "天",
    "批",
    "部",
];

const MIB: usize = 1 << 20;

/// Size of the long-line input (the issue asks for 50 MB; 4 MB keeps the
/// bench short and is already far past any line of a real report).
const LONG_LINE: usize = 4 * MIB;

/// Bytes of each line of the `long_paragraphs` input: its first lines,
/// each read whole for a date line, are most of it.
const LONG_PARAGRAPH: usize = 16 * 1024;

/// Longest single run accepted before an adversarial input is shrunk.
const MAX_ONE_RUN: Duration = Duration::from_millis(500);

#[path = "../tests/adversarial/mod.rs"]
mod adversarial;
use adversarial::{digits_and_measure_words, long_line, long_paragraphs, numeral_soup, repeat_to};

fn reports() -> String {
    let mut all = String::new();
    for (_, text) in REPORTS {
        all.push_str(text);
        if !all.ends_with('\n') {
            all.push('\n');
        }
    }
    all
}

/// The baseline of issue 2: `[0-9]+` then a measure word.
fn baseline_regex() -> Regex {
    let alternation = BASELINE_UNITS.join("|");
    let pattern = format!("[0-9]+(?:{alternation})");
    Regex::new(&pattern).expect("baseline pattern is valid")
}

/// A baseline closer to the work: ASCII and full-width digits, Chinese
/// numeral characters and a decimal point, then a measure word.
fn baseline_numerals_regex() -> Regex {
    let alternation = BASELINE_UNITS.join("|");
    let pattern = format!("[0-9０-９.．零〇一二两三四五六七八九十百千万亿]+(?:{alternation})");
    Regex::new(&pattern).expect("baseline pattern is valid")
}

/// The longest prefix of `s` of at most `bytes` bytes, on a char boundary.
fn prefix(s: &str, bytes: usize) -> &str {
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

fn time_once(ex: &Extractor, text: &str) -> Duration {
    let t = Instant::now();
    black_box(ex.extract(black_box(text)));
    t.elapsed()
}

fn ns_per_byte(d: Duration, bytes: usize) -> f64 {
    d.as_nanos() as f64 / bytes.max(1) as f64
}

fn bench_extract(c: &mut Criterion) {
    let text = reports();
    let ex = Extractor::new();
    let re = baseline_regex();
    let re_numerals = baseline_numerals_regex();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("baseline", |b| {
        b.iter(|| re.find_iter(black_box(&text)).count())
    });
    g.bench_function("baseline_numerals", |b| {
        b.iter(|| re_numerals.find_iter(black_box(&text)).count())
    });
    g.bench_function("find_iter", |b| {
        b.iter(|| ex.find_iter(black_box(&text)).count())
    });
    g.bench_function("extract", |b| b.iter(|| ex.extract(black_box(&text)).len()));
    g.finish();
}

fn bench_adversarial(c: &mut Criterion) {
    let real = reports();
    let ex = Extractor::new();
    let inputs: Vec<(&str, String)> = vec![
        ("real", real.clone()),
        ("yi", repeat_to("一", MIB)),
        ("wan", repeat_to("万", MIB)),
        ("digits", repeat_to("1234567890", MIB)),
        ("qualifiers", repeat_to("余多近约", MIB)),
        ("digits_measure_words", digits_and_measure_words(MIB)),
        ("numeral_soup", numeral_soup(MIB)),
        ("long_line", long_line(&real, LONG_LINE)),
        (
            "long_paragraphs",
            long_paragraphs(&real, MIB, LONG_PARAGRAPH),
        ),
    ];

    // Scaling check: time per byte at growing sizes, one run each. A size is
    // tried only when the one before it ran fast enough and not clearly
    // superlinearly, so that a quadratic case costs seconds, not minutes.
    eprintln!(
        "adversarial scaling check (extract, one run each, ns/byte at 64 KiB / 256 KiB / full):"
    );
    let mut sized: Vec<(&str, &str)> = Vec::new();
    for (name, input) in &inputs {
        let mut chosen = prefix(input, 64 << 10);
        let mut line = format!("  {name:<22}");
        let mut last: Option<(usize, Duration)> = None;
        // Growth of the time per byte between the last two sizes (1 = linear).
        let mut per_byte_growth = 1.0f64;
        for size in [64 << 10, 256 << 10, input.len()] {
            let p = prefix(input, size);
            if let Some((prev_len, prev)) = last {
                // Time this run would take if the per-byte cost kept growing
                // as it did between the two sizes before.
                let growth = p.len() as f64 / prev_len as f64;
                let projected = prev.as_secs_f64() * growth * per_byte_growth.max(1.0);
                if projected > MAX_ONE_RUN.as_secs_f64() {
                    let why = if per_byte_growth > 1.5 {
                        "SUPERLINEAR"
                    } else {
                        "SLOW"
                    };
                    line.push_str(&format!(
                        "  {why}: stopped, {} bytes could take {projected:.1}s; benchmarked at {} bytes",
                        p.len(),
                        chosen.len()
                    ));
                    break;
                }
            }
            let d = time_once(&ex, p);
            line.push_str(&format!(" {:>9.2}", ns_per_byte(d, p.len())));
            if d > MAX_ONE_RUN {
                line.push_str(&format!(
                    "  SLOW: one run of {} bytes took {d:.1?}; benchmarked at {} bytes",
                    p.len(),
                    chosen.len()
                ));
                break;
            }
            if let Some((prev_len, prev)) = last {
                per_byte_growth = ns_per_byte(d, p.len()) / ns_per_byte(prev, prev_len).max(1e-3);
            }
            chosen = p;
            last = Some((p.len(), d));
        }
        eprintln!("{line}");
        sized.push((name, chosen));
    }

    let mut g = c.benchmark_group("adversarial");
    g.sampling_mode(SamplingMode::Flat);
    for (name, input) in sized {
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), input, |b, input| {
            b.iter(|| ex.extract(black_box(input)).len())
        });
    }
    g.finish();
}

fn bench_numeral(c: &mut Criterion) {
    let numerals = [
        "628",
        "1.5万",
        "２．４５亿",
        "59 225",
        "1,234,567",
        "二〇二三",
        "三千四百五十六万七千",
        "两万五",
        "2334萬9666",
        "2亿3000万",
        "百分之十四點五",
        "三成半",
        "千分之五",
        "三分之一",
        "壹仟贰佰叁拾肆",
        "三四十",
        "九千九百万亿亿",
        "一一万千",
    ];
    let mut g = c.benchmark_group("numeral");
    g.throughput(Throughput::Elements(numerals.len() as u64));
    g.bench_function("parse_numeral", |b| {
        b.iter(|| {
            numerals
                .iter()
                .filter(|s| parse_numeral(black_box(s)).is_ok())
                .count()
        })
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_extract, bench_adversarial, bench_numeral
}
criterion_main!(benches);
