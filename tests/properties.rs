//! Property tests: what holds for every input (issue 5, issue 2).
//!
//! Case counts are modest so that `cargo test` stays fast; raise them with
//! `PROPTEST_CASES=5000 cargo test --release --test properties`.
//! A failure found here gets its minimal input added to
//! `tests/regression.rs`.

use proptest::prelude::*;
use proptest::test_runner::Config;
use zh_metrics::{parse_numeral, Extractor};

mod adversarial;
mod invariants;

fn config(default_cases: u32) -> Config {
    let mut c = Config {
        // Failures are kept by hand in tests/regression.rs, as data.
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = default_cases;
    }
    c
}

/// Pieces of report text, weighted towards what the scanner must decide on:
/// numeral characters, digits, qualifiers, measure words, separators.
fn piece() -> impl Strategy<Value = String> {
    let chinese = prop::sample::select(
        "零〇一二两三四五六七八九十百千万亿兆廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億兩余多近约"
            .chars()
            .collect::<Vec<_>>(),
    )
    .prop_map(String::from);
    let ascii_digit = prop::char::range('0', '9').prop_map(String::from);
    let wide_digit = prop::char::range('０', '９').prop_map(String::from);
    let word = prop::sample::select(vec![
        "件",
        "人",
        "个",
        "元",
        "%",
        "％",
        "人次",
        "万元",
        "亿元",
        "个百分点",
        "名",
        "家",
        "项",
        "倍",
        "年",
        "月",
        "日",
        "底",
        "第",
        "届",
        "以上",
        "左右",
        "超过",
        "不到",
        "百分之",
        "千分之",
        "分之",
        "成",
        "半",
        "几",
        "数",
        "至",
        "到",
        "-",
        "~",
        "—",
        "－",
        "．",
        ".",
        ",",
        "，",
        "、",
        "。",
        "；",
        "：",
        "(",
        ")",
        "（",
        "）",
        "“",
        "”",
        "+",
        " ",
        "\u{3000}",
        "\n",
        "\r\n",
        "\t",
        "的",
        "共",
        "累计",
        "受理",
        "同比增长",
        "其中",
        "各",
        "每万人口",
        "一、",
        "（三）",
        "3.",
        "12348",
        "〔2023〕",
        "号",
        "平方米",
        "公里",
        "千瓦时",
        "千米",
        "兆瓦",
    ])
    .prop_map(String::from);
    let other = any::<char>().prop_map(String::from);
    prop_oneof![
        4 => chinese,
        3 => ascii_digit,
        1 => wide_digit,
        4 => word,
        1 => other,
    ]
}

/// Strings made of [`piece`]s.
fn reportish(max_pieces: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..max_pieces).prop_map(|v| v.concat())
}

/// Dense runs of numeral characters only (and an occasional qualifier or
/// digit), the input where a backtracking grammar would go wrong.
fn dense_numerals() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "零〇一二两三四五六七八九十百千万亿余多近约0123456789."
        .chars()
        .collect();
    prop::collection::vec(prop::sample::select(alphabet), 0..200)
        .prop_map(|v| v.into_iter().collect())
}

fn extractor() -> Extractor {
    Extractor::new()
}

proptest! {
    #![proptest_config(config(128))]

    /// Arbitrary Unicode: no panic, and every invariant of
    /// `invariants::check_text`.
    #[test]
    fn any_string_holds_invariants(text in any::<String>()) {
        invariants::check_all(&extractor(), &text).map_err(TestCaseError::fail)?;
    }

    /// Raw bytes, valid UTF-8 or not, through the streaming reader: lossy
    /// mode matches `extract` on the lossy text, strict mode stops with one
    /// error at the first bad byte.
    #[test]
    fn any_bytes_through_the_reader(
        data in prop::collection::vec(
            prop_oneof![any::<u8>(), reportish(4).prop_map(|s| s.into_bytes().first().copied().unwrap_or(b'1'))],
            0..200,
        ),
        text in reportish(30),
        cut in any::<prop::sample::Index>(),
    ) {
        invariants::check_bytes(&extractor(), &data).map_err(TestCaseError::fail)?;
        // Valid report text with a bad byte spliced in at some char boundary.
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut spliced = text.as_bytes()[..at].to_vec();
        spliced.push(0xff);
        spliced.extend_from_slice(&text.as_bytes()[at..]);
        invariants::check_bytes(&extractor(), &spliced).map_err(TestCaseError::fail)?;
    }

    /// Report-like text built from numerals, digits, measure words and
    /// punctuation.
    #[test]
    fn reportish_text_holds_invariants(text in reportish(60)) {
        invariants::check_all(&extractor(), &text).map_err(TestCaseError::fail)?;
    }

    /// Units added through the builder may be anything a user types,
    /// numeral characters and punctuation included: the invariants still
    /// hold.
    #[test]
    fn custom_units_hold_invariants(
        units in prop::collection::vec(
            prop_oneof![reportish(3), any::<String>().prop_map(|s| s.chars().take(4).collect())],
            1..4,
        ),
        text in reportish(40),
    ) {
        // Units the builder refuses are left out (each is checked alone).
        let mut b = Extractor::builder();
        for u in &units {
            let mut one = Extractor::builder();
            one.unit(u, zh_metrics::Kind::Count);
            if one.build().is_ok() {
                b.unit(u, zh_metrics::Kind::Count);
            }
        }
        let ex = b.build().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let text = format!("{text}{}", units.concat());
        invariants::check_text(&ex, &text).map_err(TestCaseError::fail)?;
    }

    /// Dense numeral runs.
    #[test]
    fn dense_numerals_hold_invariants(text in dense_numerals()) {
        invariants::check_all(&extractor(), &text).map_err(TestCaseError::fail)?;
    }

    /// Dense numeral runs followed by a measure word, so that the scanner
    /// commits to a quantity.
    #[test]
    fn dense_numerals_with_unit_hold_invariants(
        run in dense_numerals(),
        unit in prop::sample::select(vec!["件", "人", "个", "元", "%", "万元", "个百分点", "人次"]),
    ) {
        let text = format!("受理{run}{unit}。");
        invariants::check_all(&extractor(), &text).map_err(TestCaseError::fail)?;
    }

    /// Line structure does not matter to the spans: the same pieces joined
    /// with `\n` or with `\r\n` give metrics at the same places relative to
    /// their line, with the same values.
    #[test]
    fn crlf_and_lf_agree(lines in prop::collection::vec(reportish(12).prop_map(|s| s.replace(['\r', '\n'], "")), 1..6)) {
        let ex = extractor();
        let lf = lines.join("\n");
        let crlf = lines.join("\r\n");
        let strip = |text: &str| -> Vec<(usize, String, u64)> {
            // (line index, text, value bits) of each metric
            ex.extract(text)
                .iter()
                .map(|m| (text[..m.start()].matches('\n').count(), m.text().to_string(), m.value().to_bits()))
                .collect()
        };
        prop_assert_eq!(strip(&lf), strip(&crlf));
    }

    /// Integers too long to be exact in f64 (ID-card numbers, account
    /// numbers) are not metrics, and nothing is cut out of them.
    #[test]
    fn long_digit_strings_are_not_metrics(
        digits in "[1-9][0-9]{16,29}",
        unit in prop::sample::select(vec!["", "件", "人", "元", "号", "。"]),
    ) {
        let text = format!("身份证号{digits}{unit}");
        let run = "身份证号".len().."身份证号".len() + digits.len();
        for m in extractor().extract(&text) {
            prop_assert!(
                m.end() <= run.start || m.start() >= run.end,
                "metric {:?} ({}) overlaps the {}-digit run in {:?}", m.text(), m.value(), digits.len(), text
            );
        }
    }

    /// A plain integer parses exactly (`to_integer`, with `value` the
    /// correctly rounded f64), or is refused when too long; it is never
    /// silently rounded.
    #[test]
    fn digit_strings_parse_exactly_or_not_at_all(digits in "[1-9][0-9]{0,29}") {
        let exact: u128 = digits.parse().expect("generated digits");
        match parse_numeral(&digits) {
            Ok(n) => {
                invariants::check_exact_integer(&n, exact, &digits).map_err(TestCaseError::fail)?;
                prop_assert_eq!(n.upper(), None);
            }
            Err(e) => prop_assert!(digits.len() > 15, "{} refused: {}", digits, e),
        }
    }

    /// Every integer up to 10^16 written as a Chinese numeral parses back
    /// (issue 2): `to_integer` gives it exactly, `value` is it rounded to
    /// f64.
    #[test]
    fn chinese_numerals_round_trip(n in 0u64..=10_000_000_000_000_000u64, style in 0u8..4) {
        let written = chinese::format(n, style);
        check_chinese(n, &written)?;
    }

    /// The same for small and medium integers, where most report numbers are.
    #[test]
    fn small_chinese_numerals_round_trip(n in 0u64..100_000_000u64, style in 0u8..4) {
        let written = chinese::format(n, style);
        check_chinese(n, &written)?;
    }

    /// Huge numerals built from magnitude words (`九千九百万亿亿`) resolve
    /// exactly or are refused, never overflow or round silently.
    #[test]
    fn huge_chinese_numerals_are_exact_or_refused(
        head in 1u64..10_000,
        wans in 0usize..3,
        yis in 0usize..3,
    ) {
        prop_assume!(wans + yis > 0);
        // Ascending magnitudes multiply: 万亿 = 10^12, 亿亿 = 10^16.
        let mags: Vec<&str> = std::iter::repeat_n("万", wans).chain(std::iter::repeat_n("亿", yis)).collect();
        let mut written = chinese::format(head, 0);
        let mut exact: u128 = head as u128;
        let mut overflow = false;
        for m in &mags {
            written.push_str(m);
            let f: u128 = if *m == "万" { 10_000 } else { 100_000_000 };
            match exact.checked_mul(f) {
                Some(v) => exact = v,
                None => overflow = true,
            }
        }
        // A parser may refuse such a numeral; what it accepts resolves to the
        // exact product (九千九百万亿亿 = 9900 × 10^4 × 10^8 × 10^8).
        if let Ok(n) = parse_numeral(&written) {
            prop_assert!(!overflow, "{} overflows u128 but parsed as {}", written, n.value());
            invariants::check_exact_integer(&n, exact, &written).map_err(TestCaseError::fail)?;
        }
    }
}

fn check_chinese(n: u64, written: &str) -> Result<(), TestCaseError> {
    const EXACT: u64 = 1 << 53;
    match parse_numeral(written) {
        Ok(v) => {
            invariants::check_exact_integer(&v, n as u128, written).map_err(TestCaseError::fail)?;
        }
        Err(e) => prop_assert!(n > EXACT, "{} ({}) refused: {}", written, n, e),
    }
    Ok(())
}

/// A formatter of integers as Chinese numerals, as reports write them.
mod chinese {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    const FINANCIAL: [&str; 10] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];

    /// `n` written out. `style`: 0 plain (`一十五` at the head written `十五`),
    /// 1 with `一十` kept at the head, 2 financial digits (壹贰叁…拾佰仟),
    /// 3 traditional magnitudes (萬億) with `兩` for a leading 2 before them.
    pub fn format(n: u64, style: u8) -> String {
        if n == 0 {
            return "零".to_string();
        }
        let (digits, ten, hundred, thousand) = if style == 2 {
            (FINANCIAL, "拾", "佰", "仟")
        } else {
            (DIGITS, "十", "百", "千")
        };
        let (wan, yi) = if style == 3 {
            ("萬", "億")
        } else {
            ("万", "亿")
        };
        let sections = [
            (n / 10_000_000_000_000_000) % 10_000,
            (n / 1_000_000_000_000) % 10_000,
            (n / 100_000_000) % 10_000,
            (n / 10_000) % 10_000,
            n % 10_000,
        ];
        let mut out = String::new();
        let mut zero_pending = false;
        for (i, &s) in sections.iter().enumerate() {
            if s == 0 {
                if !out.is_empty() {
                    zero_pending = true;
                }
                continue;
            }
            if !out.is_empty() && (zero_pending || s < 1000) {
                out.push_str(digits[0]);
            }
            zero_pending = false;
            let head = out.is_empty();
            out.push_str(&section(
                s,
                head && style != 1,
                &digits,
                [ten, hundred, thousand],
            ));
            out.push_str(match i {
                0 => "亿亿",
                1 if sections[2] != 0 => wan,
                1 => {
                    if style == 3 {
                        "萬億"
                    } else {
                        "万亿"
                    }
                }
                2 => yi,
                3 => wan,
                _ => "",
            });
        }
        if style == 3
            && out.starts_with('二')
            && out.chars().nth(1).is_some_and(|c| "千萬億".contains(c))
        {
            out.replace_range(..'二'.len_utf8(), "兩");
        }
        out
    }

    /// One section below 10^4, with inner zeros as `零` and trailing zeros
    /// dropped; `short_ten` writes 10–19 as `十…` instead of `一十…`.
    fn section(
        s: u64,
        short_ten: bool,
        digits: &[&str; 10],
        [ten, hundred, thousand]: [&str; 3],
    ) -> String {
        let d = [s / 1000, (s / 100) % 10, (s / 10) % 10, s % 10];
        let marks = [thousand, hundred, ten, ""];
        let mut out = String::new();
        let mut zero = false;
        for (k, &x) in d.iter().enumerate() {
            if x == 0 {
                if !out.is_empty() {
                    zero = true;
                }
                continue;
            }
            if zero {
                out.push_str(digits[0]);
                zero = false;
            }
            if !(k == 2 && x == 1 && out.is_empty() && short_ten) {
                out.push_str(digits[x as usize]);
            }
            out.push_str(marks[k]);
        }
        out
    }

    #[test]
    fn formatter_writes_what_reports_write() {
        assert_eq!(format(15, 0), "十五");
        assert_eq!(format(15, 1), "一十五");
        assert_eq!(format(105, 0), "一百零五");
        assert_eq!(format(1010, 0), "一千零一十");
        assert_eq!(format(25_000, 0), "二万五千");
        assert_eq!(format(34_567_000, 0), "三千四百五十六万七千");
        assert_eq!(format(100_010, 0), "十万零一十");
        assert_eq!(format(2_0000_0005, 0), "二亿零五");
        assert_eq!(format(3_5000_0000_0000, 0), "三万五千亿");
        assert_eq!(format(3_0005_0000_0000, 0), "三万零五亿");
        assert_eq!(format(3_0000_0000_5000, 0), "三万亿零五千");
        assert_eq!(format(10_000_000_000_000_000, 0), "一亿亿");
        assert_eq!(format(2334_9666, 3), "兩千三百三十四萬九千六百六十六");
        assert_eq!(format(1234, 2), "壹仟贰佰叁拾肆");
    }
}

/// Inputs of the kind that break scanners by their size: each must hold
/// every invariant (no time bound here; the `adversarial` bench group
/// measures time per byte).
#[test]
fn adversarial_inputs_hold_invariants() {
    let ex = extractor();
    let size = 64 << 10;
    let fill = |unit: &str| unit.repeat(size / unit.len());
    let mut alternating = String::new();
    let words = ["件", "人", "个", "元", "%", "人次", "万元", "个百分点"];
    for i in 0..size / 8 {
        alternating.push(char::from(b'0' + (i % 10) as u8));
        alternating.push_str(words[i % words.len()]);
    }
    let inputs = [
        fill("一"),
        fill("万"),
        fill("7"),
        fill("７"),
        fill("余多近约"),
        fill("一二三四五六七八九十百千万亿"),
        fill("1,"),
        fill("1."),
        fill("百分之"),
        fill("三分之"),
        fill("第"),
        fill("\n"),
        fill("。"),
        alternating,
    ];
    for text in &inputs {
        let head: String = text.chars().take(8).collect();
        if let Err(e) = invariants::check_text(&ex, text) {
            panic!("{} bytes of {head:?}…: {e}", text.len());
        }
    }
}

/// Adversarial inputs of the `adversarial` bench group, at `bytes` bytes.
fn adversarial(bytes: usize) -> Vec<(&'static str, String)> {
    use adversarial::{digits_and_measure_words, long_line, numeral_soup, repeat_to};
    let real = include_str!("../benches/data/038_prov_gwr_2026_shanghai.txt");
    vec![
        ("一", repeat_to("一", bytes)),
        ("万", repeat_to("万", bytes)),
        ("digits", repeat_to("1234567890", bytes)),
        ("余多近约", repeat_to("余多近约", bytes)),
        ("1件2人3个…", digits_and_measure_words(bytes)),
        ("numeral soup", numeral_soup(bytes)),
        ("one long line", long_line(real, bytes)),
    ]
}

/// The inputs of the `adversarial` bench group (numeral soup, one long line,
/// runs of numerals and qualifiers) at 64 KiB hold every invariant; the
/// bench measures their time per byte.
#[test]
fn bench_adversarial_inputs_hold_invariants() {
    let ex = extractor();
    for (name, text) in adversarial(64 << 10) {
        if let Err(e) = invariants::check_text(&ex, &text) {
            panic!("{name}: {e}");
        }
    }
}

/// Pieces of clauses around a figure: nouns, verbs that report or change,
/// function words, brackets and quotes (balanced or not), clause marks.
fn clause_piece() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "案件",
        "调解",
        "委员会",
        "人民",
        "物业纠纷",
        "新设",
        "受理",
        "投入",
        "实现",
        "占比",
        "比",
        "同",
        "同比",
        "有",
        "年",
        "上年",
        "下降",
        "增长",
        "至",
        "到",
        "为",
        "达",
        "的",
        "和",
        "、",
        "，",
        "。",
        "；",
        "：",
        "（",
        "）",
        "(",
        ")",
        "“",
        "”",
        "《",
        "》",
        "基层党组织",
        "社区",
        "有望",
        "成员单位",
        "研究",
        "资金",
        "帮扶",
        "共有",
        "护士",
        "全系统",
        "认真学习",
        "会议精神",
        "监测断面",
        "水源地",
        "建成",
        "其中",
        "分别",
        "合格率",
        "均",
        "新生儿死亡率",
        "盗窃",
        "诈骗",
        "一等奖",
        "宗",
        "个",
        "家",
        "人",
        "件",
        "%",
        "亿元",
        "万人",
        "次",
        "8",
        "12",
        "5",
        "3.5",
        "6",
        "2023",
        " ",
    ])
    .prop_map(String::from);
    let other = any::<char>().prop_map(String::from);
    prop_oneof![12 => word, 1 => other]
}

/// Clause marks, and brackets and quotes by pair.
const CLAUSE_MARKS: &[char] = &[
    '，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '、',
];
const PAIRS: &[(char, char)] = &[
    ('(', ')'),
    ('（', '）'),
    ('“', '”'),
    ('《', '》'),
    ('【', '】'),
];

/// Why `s` is no well-formed subject (SPEC §2.1), if it is not.
fn broken_subject(s: &str) -> Option<&'static str> {
    let (first, last) = (s.chars().next()?, s.chars().next_back()?);
    if !s.chars().any(char::is_alphanumeric) {
        return Some("only marks");
    }
    if CLAUSE_MARKS.contains(&first) || CLAUSE_MARKS.contains(&last) {
        return Some("begins or ends with a clause mark");
    }
    for &(o, c) in PAIRS {
        let mut depth = 0i32;
        for ch in s.chars() {
            depth += i32::from(ch == o) - i32::from(ch == c);
            if depth < 0 {
                return Some("a bracket or quote closed before it opens");
            }
        }
        if depth != 0 || first == c || last == o {
            return Some("an unbalanced bracket or quote");
        }
    }
    None
}

proptest! {
    #![proptest_config(config(256))]

    /// SPEC §2.1: whatever the clause around a figure, its subject is never
    /// only marks, never holds an unbalanced bracket or quote, and never
    /// begins or ends with a clause mark. (None is allowed.)
    #[test]
    fn subjects_are_well_formed(pieces in prop::collection::vec(clause_piece(), 1..40)) {
        let text = pieces.concat();
        for m in extractor().extract(&text) {
            if let Some(s) = m.subject() {
                if let Some(why) = broken_subject(s) {
                    return Err(TestCaseError::fail(format!("{why}: {s:?} in {text:?}")));
                }
            }
        }
    }
}

#[test]
fn broken_subject_sees_what_it_should() {
    assert_eq!(broken_subject("物业纠纷人民调解委员会"), None);
    assert_eq!(broken_subject("村(社区)公共法律服务室"), None);
    assert!(broken_subject("）").is_some());
    assert!(broken_subject("一件事”重点事项").is_some());
    assert!(broken_subject("（不包括村办工业").is_some());
    assert!(broken_subject("，案件").is_some());
    assert!(broken_subject("案件、").is_some());
}
