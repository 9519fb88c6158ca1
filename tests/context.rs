//! Context fields on real report text (data in `tests/data/context/`, origin
//! in `tests/data/README.md`).

mod cases;

use zh_metrics::{Extractor, Metric};

const TIANNING: &str = include_str!("data/context/tianning-justice-2023.txt");
const TIANNING_SECTIONS: &str = include_str!("data/context/tianning-sections.tsv");
const TIANNING_SENTENCES: &str = include_str!("data/context/tianning-sentences.txt");

/// 1-based line number of byte `pos` of `text`.
fn line_of(text: &str, pos: usize) -> usize {
    text[..pos].matches('\n').count() + 1
}

#[test]
fn tianning_section_of_every_metric() {
    let expected: Vec<(usize, Vec<&str>)> = TIANNING_SECTIONS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let n = cols.next().unwrap().parse().unwrap();
            (n, cols.collect())
        })
        .collect();
    assert_eq!(expected.len(), TIANNING.lines().count());
    let metrics = Extractor::new().extract(TIANNING);
    assert!(metrics.len() >= 50, "only {} metrics", metrics.len());
    for m in &metrics {
        let n = line_of(TIANNING, m.start());
        let (_, want) = expected.iter().find(|(l, _)| *l == n).unwrap();
        assert_eq!(m.section(), &want[..], "{} on line {n}", m.text());
    }
}

#[test]
fn tianning_sentence_of_every_annotated_metric() {
    let metrics = Extractor::new().extract(TIANNING);
    let mut cursor = 0;
    for sent in TIANNING_SENTENCES.lines() {
        let start = cursor + TIANNING[cursor..].find(sent).expect(sent);
        let end = start + sent.len();
        cursor = end;
        let inside: Vec<&Metric> = metrics
            .iter()
            .filter(|m| m.start() >= start && m.end() <= end)
            .collect();
        assert!(!inside.is_empty(), "no metric in {sent}");
        for m in inside {
            assert_eq!(
                &TIANNING[m.sentence().range()],
                sent,
                "sentence of {}",
                m.text()
            );
        }
    }
}

#[test]
fn sentence_cut_at_full_width_semicolon_not_ascii_or_colon() {
    let text = "社会消费品零售总额增长5.1%，高于全国1.4个百分点；外贸进出口增长3%：其中出口增长4%;进口增长2%。";
    let ms = Extractor::new().extract(text);
    assert!(ms.len() >= 2);
    let first = &text[ms[0].sentence().range()];
    assert_eq!(first, "社会消费品零售总额增长5.1%，高于全国1.4个百分点；");
    let last = ms.last().unwrap();
    assert_eq!(
        &text[last.sentence().range()],
        "外贸进出口增长3%：其中出口增长4%;进口增长2%。"
    );
}

/// The sample report is a 2023 work summary (its opening paragraph starts
/// `2023年,`): every record's time lies in 2023, open at most at one end,
/// since no sentence of it speaks of another year.
#[test]
fn tianning_time_is_2023_throughout() {
    let metrics = Extractor::new().extract(TIANNING);
    let in_2023 = |d: Option<zh_metrics::Date>| d.is_none_or(|d| d.year() == 2023);
    let mut whole_year = 0;
    for m in &metrics {
        if m.kind() == zh_metrics::Kind::Duration && m.period().is_none() {
            assert_eq!(m.time(), None, "a length of time: {}", m.text());
            continue;
        }
        let t = m
            .time()
            .unwrap_or_else(|| panic!("no time for {}", m.text()));
        assert!(t.start().is_some() || t.end().is_some());
        assert!(
            in_2023(t.start()) && in_2023(t.end()),
            "{}: {t:?}",
            m.text()
        );
        if m.period().is_none() {
            // a figure with no written period: the report's whole year
            assert_eq!(t.start().map(|d| (d.month(), d.day())), Some((1, 1)));
            assert_eq!(t.end().map(|d| (d.month(), d.day())), Some((12, 31)));
            whole_year += 1;
        }
    }
    assert!(
        whole_year >= 30,
        "only {whole_year} figures without a period"
    );
}

/// The document's year comes from its first lines, which the streaming
/// reader reads first too: both give the same records, times included.
#[test]
fn streamed_records_carry_the_same_time() {
    let ex = Extractor::new();
    for text in [
        "二〇二四至二五年度財政預算案\n過去一年，訪港旅客達3400萬人次。今年首三季，本地生產總值按年實質增長2.7%。\n",
        "某区司法局2023年工作总结\r\n\r\n一、主要工作\r\n全年受理法律援助申请628件。\r\n二、2024年工作打算\r\n力争调解成功率达98%。",
        TIANNING,
    ] {
        let whole = ex.extract(text);
        let streamed: Vec<Metric> = ex
            .extract_reader(text.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(streamed, whole);
        assert!(whole.iter().all(|m| m.time().is_some()), "{text}");
    }
    let plan = ex.extract("某区司法局2023年工作总结\n二、2024年工作打算\n力争调解成功率达98%。");
    assert_eq!(
        plan[0].time().and_then(|t| t.start()).map(|d| d.year()),
        Some(2024)
    );
}

/// A speech with no title (`各位代表：`) names the year it reports on only
/// in its opening lines: the figures before that line get it too, streamed
/// or not, and records come in document order.
#[test]
fn speech_opening_is_held() {
    let ex = Extractor::new();
    let text = "各位代表：
现在，我代表国务院向大会报告工作。
五年来，国内生产总值年均增长9.8%，财政收入增加到8000亿元。
刚刚过去的１９９７年，粮食产量达到４９２５０万吨。
今年要新增就业８００万人。";
    let whole = ex.extract(text);
    let streamed: Vec<Metric> = ex
        .extract_reader(text.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(streamed, whole);
    assert!(whole.windows(2).all(|w| w[0].start() < w[1].start()));
    let year = |t: &str, end: bool| {
        let m = whole.iter().find(|m| m.text() == t).unwrap();
        let d = if end {
            m.time().unwrap().end()
        } else {
            m.time().unwrap().start()
        };
        d.map(|d| d.year())
    };
    assert_eq!(
        (year("9.8%", false), year("9.8%", true)),
        (Some(1993), Some(1997))
    );
    assert_eq!(year("8000亿元", false), Some(1997));
    assert_eq!(year("８００万人", false), Some(1998));
}

/// `time` in JSON is `{"start": "YYYY-MM-DD" or null, "end": …}`.
#[test]
fn time_serializes_as_iso_dates() {
    let text = "截至9月底，全区调解纠纷3058起。";
    let m = &Extractor::new().extract(&format!("2023年工作总结\n{text}"))[0];
    let v = serde_json::to_value(m).unwrap();
    assert_eq!(
        v["time"],
        serde_json::json!({"start": null, "end": "2023-09-30"})
    );
    let back: Metric = serde_json::from_value(v).unwrap();
    assert_eq!(&back, m);
}

const CASES: &str = include_str!("data/context/cases.jsonl");

/// Data-driven cases: real sentences (origin in each case) and the context
/// fields their metrics must carry, found in order among the metrics of
/// the sentence (schema and harness: `tests/cases/mod.rs`).
#[test]
fn context_fields_on_real_sentences() {
    let out = cases::run(&Extractor::new(), CASES, cases::Listing::Some);
    assert!(out.fields > 100, "only {} fields checked", out.fields);
    assert!(
        out.failures.is_empty(),
        "{} failures:\n{}",
        out.failures.len(),
        out.failures.join("\n")
    );
}

const NATIONAL_1956_LINE41: &str = include_str!("data/context/national-1956-line41.txt");

/// A real breakdown that falls short: the 1956 budget report lists the
/// parts of `国营企业收入` (over `；` clauses after `其中，`), and they add
/// up to 200,000,000 yuan less than the total; the next sentence explains
/// the gap (公私合营企业 上缴). The audit flags it, with both spans.
#[test]
fn audit_finds_the_short_breakdown_of_1956() {
    use zh_metrics::{audit, Confidence, FindingKind};
    let text = NATIONAL_1956_LINE41;
    let metrics = Extractor::new().extract(text);
    let findings = audit(&metrics);
    assert_eq!(findings.len(), 1, "{findings:?}");
    let f = &findings[0];
    match f.kind {
        FindingKind::BreakdownShort { whole, sum } => {
            assert_eq!(whole, 14_328_144_000.0);
            assert_eq!(sum, 14_128_144_000.0);
        }
        other => panic!("{other:?}"),
    }
    // the list is not complete (the next sentence says so): possible
    assert_eq!(f.confidence, Confidence::Possible);
    assert_eq!(&text[f.first.range()], "１４，３２８，１４４，０００元");
    assert_eq!(f.others.len(), 5);
    assert!(text[f.second.range()].starts_with("６，６８８，５８７，０００元"));
    assert!(text[f.second.range()].ends_with("６０３，９５３，０００元"));
    // the parents point at the whole, by index in extraction order
    for &i in &f.others {
        assert_eq!(metrics[i].parent(), Some(f.whole));
    }
}

/// The same document's lines with breakdowns that add up give no finding.
#[test]
fn audit_is_silent_on_breakdowns_that_add_up() {
    use zh_metrics::audit;
    let metrics = Extractor::new().extract(TIANNING);
    assert!(metrics.iter().any(|m| m.parent().is_some()));
    assert_eq!(audit(&metrics), []);
}

mod invariants {
    use proptest::prelude::*;
    use zh_metrics::{audit, Extractor};

    /// Text built from the pieces the context rules look at: numbers, units,
    /// terminators, clause marks, list markers, 其中, time words, verbs.
    fn report_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "一、",
            "（二）",
            "(三)",
            "3.",
            "1、",
            "第一章",
            "其中",
            "其中，",
            "。",
            "；",
            ";",
            "，",
            ",",
            "、",
            "：",
            "！",
            "？",
            "“",
            "”",
            "\n",
            " ",
            "\u{3000}",
            "2023年",
            "截至9月底",
            "今年以来",
            "同比增长",
            "比上年下降",
            "提高到",
            "分别",
            "各",
            "共",
            "受理",
            "建成",
            "新增",
            "占",
            "的",
            "等",
            "在",
            "108件",
            "80件",
            "12.5%",
            "3个",
            "1.5万元",
            "两万人",
            "百分之三十",
            "５０％",
            "２，３６０元",
            "人才公寓",
            "法律援助申请",
            "合格率",
            "食品",
            "药品",
            "一审",
            "二审",
            "每千人",
            "人均",
            "é",
            "😀",
            "1",
            "，",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn records_are_consistent(text in report_text()) {
            let ms = Extractor::new().extract(&text);
            for (i, m) in ms.iter().enumerate() {
                // the sentence holds the metric and is a slice of the input
                let s = m.sentence();
                prop_assert!(s.start <= m.start() && m.end() <= s.end, "{:?} {:?}", s, m.span());
                prop_assert!(text.get(s.range()).is_some());
                // the heading path has at most one level per marker type
                prop_assert!(m.section().len() <= 8);
                // a part points back to an earlier whole with the same unit
                if let Some(p) = m.parent() {
                    prop_assert!(p < i);
                    prop_assert_eq!(ms[p].unit(), m.unit());
                }
                if let Some(subject) = m.subject() {
                    prop_assert!(!subject.is_empty());
                }
            }
            for f in audit(&ms) {
                prop_assert!(f.whole < ms.len());
                prop_assert!(f.others.iter().all(|&o| o < ms.len()));
            }
        }

        /// Appending lines to a document leaves the records of the lines
        /// before unchanged (what a streaming reader relies on): the records
        /// of the first lines are a prefix of the records of the whole.
        /// (The exceptions, not generated here: the first twelve
        /// non-blank lines of a speech opening `各位代表：`, held back until
        /// they name the year reported on, see `speech_opening_is_held`;
        /// title lines, held back until a paragraph or heading comes,
        /// as a dateline may follow them; and the records of a document
        /// that opened with no year of its own, held back until a line
        /// dates it (`市统计局 2024年11月15日` at its end) or it ends: the
        /// text opens with a paragraph that names its year here.)
        #[test]
        fn records_depend_only_on_lines_so_far(text in report_text(), extra in report_text()) {
            let text = format!("2023年。{text}");
            let whole = format!("{text}\n{extra}");
            let a = Extractor::new().extract(&text);
            let b = Extractor::new().extract(&whole);
            prop_assert!(b.len() >= a.len());
            prop_assert_eq!(&b[..a.len()], &a[..]);
        }
    }
}
