//! Context fields on real report text (data in `tests/data/context/`, origin
//! in `tests/data/README.md`).

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
