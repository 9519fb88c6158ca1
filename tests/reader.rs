//! `Extractor::extract_reader` streams the records of `Extractor::extract`.

use std::io::{self, BufRead, BufReader, Read};

use proptest::prelude::*;
use zh_metrics::{Extractor, Metric, ReadError, ReadErrorKind};

const DATA_FILES: [&str; 4] = [
    "tests/data/001_national_gwr_1954.txt",
    "tests/data/002_national_gwr_1956.txt",
    "tests/data/029_prov_gwr_2026_jiangsu.txt",
    "examples/data/tianning-justice-2023.txt",
];

fn read_data(name: &str) -> String {
    let path = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Streams `reader` to the end: the records, and the error that ended it.
fn stream<R: BufRead>(
    ex: &Extractor,
    reader: R,
    max_line_len: Option<usize>,
    lossy: bool,
) -> (Vec<Metric>, Option<ReadError>) {
    let mut it = ex.extract_reader(reader).lossy(lossy);
    if let Some(n) = max_line_len {
        it = it.max_line_len(n);
    }
    let mut records = Vec::new();
    let mut error = None;
    for item in it.by_ref() {
        match item {
            Ok(m) => records.push(m),
            Err(e) => {
                assert!(error.is_none(), "a second error after {error:?}: {e}");
                error = Some(e);
            }
        }
    }
    assert!(it.next().is_none(), "the iterator is fused");
    (records, error)
}

fn stream_ok(ex: &Extractor, bytes: &[u8], max_line_len: Option<usize>) -> Vec<Metric> {
    let (records, error) = stream(ex, bytes, max_line_len, false);
    assert!(error.is_none(), "unexpected error: {error:?}");
    records
}

/// The fields that depend only on the sentence a metric is in.
type Core = (
    usize,
    usize,
    String,
    u64,
    Option<u64>,
    String,
    Option<String>,
    String,
    (usize, usize),
);

fn core(m: &Metric) -> Core {
    (
        m.start(),
        m.end(),
        m.text().to_string(),
        m.value().to_bits(),
        m.upper().map(f64::to_bits),
        m.approx().to_string(),
        m.unit().map(str::to_string),
        m.kind().to_string(),
        (m.sentence().start, m.sentence().end),
    )
}

/// Every record points at its own text in `text`, in document order.
fn assert_spans_valid(text: &str, records: &[Metric]) {
    let mut last = 0;
    for m in records {
        assert_eq!(text.get(m.span().range()), Some(m.text()), "{m:?}");
        assert!(m.start() >= last, "out of order: {m:?}");
        last = m.start();
        let s = m.sentence();
        assert!(s.start <= s.end && s.end <= text.len(), "{m:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{m:?}"
        );
    }
}

/// The byte offset where the line holding byte `at` starts.
fn line_start(bytes: &[u8], at: usize) -> usize {
    bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1)
}

#[test]
fn data_files_stream_to_the_same_records() {
    let ex = Extractor::new();
    let mut total = 0;
    for name in DATA_FILES {
        let text = read_data(name);
        let whole = ex.extract(&text);
        total += whole.len();
        assert_eq!(stream_ok(&ex, text.as_bytes(), None), whole, "{name}");
        // A tiny read buffer: lines arrive in many reads.
        let small = BufReader::with_capacity(7, text.as_bytes());
        let (records, error) = stream(&ex, small, None, false);
        assert!(error.is_none(), "{name}: {error:?}");
        assert_eq!(records, whole, "{name}, 7-byte read buffer");
        // Windows line ends.
        let crlf = text.replace('\n', "\r\n");
        assert_eq!(
            stream_ok(&ex, crlf.as_bytes(), None),
            ex.extract(&crlf),
            "{name}, CRLF"
        );
    }
    assert!(total > 100, "only {total} metrics in the data files");
}

#[test]
fn data_files_cut_at_sentence_ends_keep_the_sentence_fields() {
    let ex = Extractor::new();
    for name in DATA_FILES {
        let text = read_data(name);
        let whole: Vec<Core> = ex.extract(&text).iter().map(core).collect();
        // Longer than any sentence, shorter than many paragraphs.
        let limit = 2048;
        assert!(text.lines().any(|l| l.len() > limit) || name.contains("tianning"));
        let cut = stream_ok(&ex, text.as_bytes(), Some(limit));
        let cut: Vec<Core> = cut.iter().map(core).collect();
        assert_eq!(cut, whole, "{name}, lines cut at {limit} bytes");
    }
}

#[test]
fn empty_and_blank_inputs() {
    let ex = Extractor::new();
    for text in ["", "\n", "\r\n", "\n\n\r\n", "\r", "无数字的一行。\n"] {
        assert_eq!(
            stream_ok(&ex, text.as_bytes(), None),
            ex.extract(text),
            "{text:?}"
        );
    }
}

#[test]
fn invalid_utf8_names_the_absolute_offset() {
    let ex = Extractor::new();
    let good = "累计受理法律援助申请628件。\n接待来访咨询876人次。\n";
    let mut bytes = good.as_bytes().to_vec();
    bytes.extend_from_slice("办结案件97起，".as_bytes());
    let bad_at = bytes.len();
    bytes.extend_from_slice(b"\xe5\x8f");
    bytes.extend_from_slice("调解3件\n其后1件\n".as_bytes());
    let (records, error) = stream(&ex, &bytes[..], None, false);
    assert_eq!(records, ex.extract(good), "every record of the good lines");
    let error = error.expect("an error");
    assert!(matches!(error.kind(), ReadErrorKind::InvalidUtf8));
    assert_eq!(error.offset(), bad_at);
    assert_eq!(error.to_string(), format!("invalid UTF-8 at byte {bad_at}"));
    let io: io::Error = error.into();
    assert_eq!(io.kind(), io::ErrorKind::InvalidData);
}

#[test]
fn records_held_for_the_document_year_are_not_lost_to_a_bad_byte() {
    // A title's figures wait until the document's years are settled; a bad
    // byte on the next line ends the input before that, and the records
    // read so far still come out, before the error.
    let ex = Extractor::new();
    let good = "受理申请628件\n";
    let mut bytes = good.as_bytes().to_vec();
    bytes.extend_from_slice("接待".as_bytes());
    bytes.extend_from_slice(b"\xff\xfe876\xe4\xba\xba\xe6\xac\xa1\n");
    let (records, error) = stream(&ex, &bytes[..], None, false);
    assert!(error.is_some(), "an error");
    assert!(!records.is_empty(), "the title's record");
    assert_eq!(records, ex.extract(good));
}

#[test]
fn lossy_replaces_and_goes_on() {
    let ex = Extractor::new();
    let bytes = b"\xe5\x8f\x97\xe7\x90\x86628\xe4\xbb\xb6\xff\xfe\n\xe5\x8f\x97\xe7\x90\x86\xe5\x8f97\xe4\xbb\xb6";
    let (records, error) = stream(&ex, &bytes[..], None, true);
    assert!(error.is_none());
    let text = String::from_utf8_lossy(bytes);
    assert_eq!(records, ex.extract(&text));
    assert!(records.iter().any(|m| m.text() == "97件"), "{records:?}");
    let mut it = ex.extract_reader(&bytes[..]).lossy(true);
    it.by_ref().for_each(drop);
    assert_eq!(it.replacements(), 3);
    assert_eq!(it.first_replacement(), Some(12));
}

/// A reader that fails after `fail_at` bytes.
struct FailingReader<'a> {
    data: &'a [u8],
    pos: usize,
    fail_at: usize,
}

impl Read for FailingReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.fail_at {
            return Err(io::Error::other("disk on fire"));
        }
        let n = buf.len().min(self.fail_at - self.pos).min(5);
        buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[test]
fn io_errors_name_the_offset_and_keep_earlier_records() {
    let ex = Extractor::new();
    let text = read_data("examples/data/tianning-justice-2023.txt");
    for fail_at in [0, 1, 100, 3001, text.len() / 2] {
        let reader = BufReader::new(FailingReader {
            data: text.as_bytes(),
            pos: 0,
            fail_at,
        });
        let (records, error) = stream(&ex, reader, None, false);
        let error = error.expect("an error");
        assert!(matches!(error.kind(), ReadErrorKind::Io(e) if e.to_string() == "disk on fire"));
        assert_eq!(error.offset(), fail_at);
        let done = line_start(text.as_bytes(), fail_at);
        assert_eq!(records, ex.extract(&text[..done]), "failing at {fail_at}");
    }
}

#[test]
fn one_huge_line_is_cut_into_pieces() {
    // 200 sentences on one line, cut every 256 bytes at most.
    let ex = Extractor::new();
    let mut text = String::new();
    for i in 0..200 {
        text.push_str(&format!(
            "第{i}项工作共受理申请{}件，办结{}件。",
            i * 7 + 1,
            i * 5 + 2
        ));
    }
    let whole: Vec<Core> = ex.extract(&text).iter().map(core).collect();
    assert_eq!(whole.len(), 400);
    let cut = stream_ok(&ex, text.as_bytes(), Some(256));
    assert_eq!(cut.iter().map(core).collect::<Vec<_>>(), whole);
}

// ---- properties ----

/// Pieces of report prose: quantities, qualifiers, headings, periods.
const FRAGMENTS: &[&str] = &[
    "累计受理法律援助申请628件",
    "接待来访咨询876人次",
    "参加各类讨论会议百余人次",
    "地区生产总值增长6.2%",
    "同比下降2.3个百分点",
    "共计发放宣传资料5000余份",
    "投资１，２３４万元",
    "建成63家村(社区)公共法律服务室",
    "组建11 个法律服务团",
    "在册社区服刑人员333人，其中缓刑323人、假释1人",
    "2023年",
    "全年",
    "一、统筹全局、突出重点",
    "（三）推进公共法律服务",
    "3. 提升服务供给质效",
    "近千次",
    "每万人口拥有执业医师3.2人",
    "两万五千人",
    "三成",
    "12348电话",
    "abc",
    " ",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "[a-z0-9一二三十百千万亿件人次元%％，、 ]{0,8}",
    ]
}

/// A sentence: fragments joined by clause marks, no sentence end inside.
fn clause() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (fragment(), prop_oneof![Just(""), Just("，"), Just("、")]),
        0..5,
    )
    .prop_map(|parts| parts.into_iter().map(|(f, sep)| f + sep).collect())
}

/// A line: sentences separated by sentence ends, maybe with a lone `\r`.
fn line() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            clause(),
            prop_oneof![Just(""), Just("。"), Just("；"), Just("！"), Just("\r")],
        ),
        0..6,
    )
    .prop_map(|parts| parts.into_iter().map(|(c, end)| c + end).collect())
}

/// A document: lines with `\n` or `\r\n`, empty ones, the last maybe
/// unterminated or ending in `\r`.
fn document() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(
            (
                prop_oneof![3 => line(), 1 => Just(String::new())],
                prop_oneof![Just("\n"), Just("\r\n")],
            ),
            0..12,
        ),
        prop_oneof![Just(""), Just("\r"), Just("末行3件"), Just("末行3件\r")],
    )
        .prop_map(|(lines, tail)| {
            let mut doc: String = lines.into_iter().map(|(l, t)| l + t).collect();
            doc.push_str(tail);
            doc
        })
}

/// A document whose lines are many sentences, each at most `max` bytes
/// with its end mark, so that every cut falls at a sentence end.
fn long_line_document(max: usize) -> impl Strategy<Value = String> {
    let end =
        proptest::sample::select(&["。", "！", "？", "；", "。”", "？！", "……。", "。）"][..]);
    // Not empty: `。` right after `。` would be one sentence end.
    let sentence = (clause(), end).prop_map(move |(mut s, end)| {
        if s.is_empty() {
            s.push('无');
        }
        while s.len() + end.len() > max {
            s.pop();
        }
        s + end
    });
    proptest::collection::vec(
        (
            proptest::collection::vec(sentence, 0..30),
            prop_oneof![Just("\n"), Just("\r\n")],
        ),
        1..5,
    )
    .prop_map(|lines| lines.into_iter().map(|(l, t)| l.concat() + t).collect())
}

/// Invalid UTF-8 sequences.
fn bad_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(vec![0xFF]),
        Just(vec![0xC0]),
        Just(vec![0x80]),
        Just(vec![0xE5, 0x8F]),
        Just(vec![0xF0, 0x90, 0x80]),
        Just(vec![0xED, 0xA0, 0x80]), // a surrogate
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn streaming_gives_the_records_of_extract(doc in document(), cap in 1usize..64) {
        let ex = Extractor::new();
        let whole = ex.extract(&doc);
        prop_assert_eq!(&stream_ok(&ex, doc.as_bytes(), None), &whole);
        let (records, error) = stream(&ex, BufReader::with_capacity(cap, doc.as_bytes()), None, false);
        prop_assert!(error.is_none());
        prop_assert_eq!(records, whole);
    }

    #[test]
    fn cutting_at_sentence_ends_keeps_the_sentence_fields(
        (limit, doc) in (32usize..160).prop_flat_map(|limit| (Just(limit), long_line_document(limit)))
    ) {
        let ex = Extractor::new();
        let whole: Vec<Core> = ex.extract(&doc).iter().map(core).collect();
        let cut = stream_ok(&ex, doc.as_bytes(), Some(limit));
        prop_assert_eq!(cut.iter().map(core).collect::<Vec<_>>(), whole);
    }

    #[test]
    fn any_cut_keeps_offsets_true(doc in "\\PC{0,300}", limit in 0usize..80) {
        let ex = Extractor::new();
        let records = stream_ok(&ex, doc.as_bytes(), Some(limit));
        assert_spans_valid(&doc, &records);
    }

    #[test]
    fn invalid_utf8_stops_at_the_first_bad_byte(
        doc in document(),
        at in any::<proptest::sample::Index>(),
        bad in bad_bytes(),
    ) {
        let ex = Extractor::new();
        let boundaries: Vec<usize> = (0..=doc.len()).filter(|&i| doc.is_char_boundary(i)).collect();
        let p = *at.get(&boundaries);
        let mut bytes = doc.as_bytes()[..p].to_vec();
        bytes.extend_from_slice(&bad);
        bytes.extend_from_slice(&doc.as_bytes()[p..]);
        let (records, error) = stream(&ex, &bytes[..], None, false);
        let error = error.expect("an error");
        prop_assert!(matches!(error.kind(), ReadErrorKind::InvalidUtf8));
        prop_assert_eq!(error.offset(), p);
        prop_assert_eq!(records, ex.extract(&doc[..line_start(doc.as_bytes(), p)]));
    }

    #[test]
    fn lossy_streams_the_records_of_the_replaced_text(
        doc in document(),
        inserts in proptest::collection::vec((any::<proptest::sample::Index>(), bad_bytes()), 1..4),
        limit in prop_oneof![Just(None), (16usize..64).prop_map(Some)],
    ) {
        let ex = Extractor::new();
        let mut bytes = doc.into_bytes();
        for (at, bad) in inserts {
            // Anywhere, even inside a character.
            let p = at.index(bytes.len() + 1);
            bytes.splice(p..p, bad);
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut it = ex.extract_reader(&bytes[..]).lossy(true);
        if let Some(n) = limit {
            it = it.max_line_len(n);
        }
        let records: Vec<Metric> = it.by_ref().collect::<Result<_, _>>().expect("lossy never fails");
        prop_assert_eq!(it.replacements(), text.matches('\u{FFFD}').count());
        prop_assert_eq!(
            it.first_replacement(),
            std::str::from_utf8(&bytes).err().map(|e| e.valid_up_to())
        );
        match limit {
            None => prop_assert_eq!(records, ex.extract(&text)),
            Some(_) => assert_spans_valid(&text, &records),
        }
    }
}
