use super::*;

/// The `to_chinese` oracle shared with `tests/numerals.rs`.
#[path = "../../tests/oracle/mod.rs"]
#[allow(dead_code)]
mod oracle;

fn sc(s: &str) -> Scanned {
    match scan_number(s, 0) {
        Some(x) => x,
        None => panic!("no numeral in {s:?}"),
    }
}

/// scan from 0: (value, consumed text)
macro_rules! t {
    ($name:ident, $text:expr, $value:expr) => {
        #[test]
        fn $name() {
            let s = sc($text);
            assert_eq!(s.value, $value as f64, "{}", $text);
            assert_eq!(
                s.end,
                $text.len(),
                "{} consumed {:?}",
                $text,
                &$text[..s.end]
            );
        }
    };
    ($name:ident, $text:expr, $value:expr, $consumed:expr) => {
        #[test]
        fn $name() {
            let s = sc($text);
            assert_eq!(s.value, $value as f64, "{}", $text);
            assert_eq!(&$text[..s.end], $consumed, "{}", $text);
        }
    };
}

t!(arabic, "628件", 628, "628");
t!(arabic_fw, "６２８件", 628, "６２８");
t!(arabic_dec, "12.5%", 12.5, "12.5");
t!(arabic_dec_fw, "１２．５％", 12.5, "１２．５");
t!(sep_comma, "1,234,567人", 1234567, "1,234,567");
t!(sep_fw_comma, "1，234人", 1234, "1，234");
t!(sep_not_4, "2019，2020年", 2019, "2019");
t!(sep_space, "59 225宗", 59225, "59 225");
t!(year, "2023年", 2023, "2023");
t!(yiqian, "一千二百万", 12_000_000);
t!(lingba, "一千零八", 1008);
t!(wanlingwu, "一万零五", 10005);
t!(liangwanwu, "两万五", 25000);
t!(sanqianwu, "三千五", 3500);
t!(yibaier, "一百二", 120);
t!(sections, "三千四百五十六万七千", 34_567_000);
t!(eryi, "二亿三千万", 230_000_000);
t!(shiwu, "十五", 15);
t!(yishiwu, "一十五", 15);
t!(sandianwu, "三点五", 3.5);
t!(jiushisi, "九十四點三", 94.3);
t!(fin, "壹仟贰佰叁拾肆", 1234);
t!(trad, "兩萬參仟", 23000);
t!(nian, "廿二", 22);
t!(sa, "卅", 30);
t!(digits, "二〇二三年", 2023, "二〇二三");
t!(mixed_wan, "1.5万", 15000);
t!(mixed_yi_wan, "2亿3000万", 230_000_000);
t!(mixed_trad, "2334萬9666人", 23_349_666, "2334萬9666");
t!(mixed_qianyi, "4千亿", 400_000_000_000u64);
t!(mixed_qian, "3千", 3000);
t!(mixed_baiwan, "5百万", 5_000_000);
t!(more_wan, "300多万", 3_000_000);
t!(more_shi, "十余万", 100_000);
t!(more_trailing, "百余人次", 100, "百");
t!(more_trailing_ar, "5000余份", 5000, "5000");
t!(qianmi, "3千米", 3, "3");
t!(qianwa, "20万千瓦", 200_000, "20万");
t!(baifendian, "0.5百分点", 0.5, "0.5");
t!(exact_yi, "2.35亿", 235_000_000);
t!(wanwan, "四萬萬", 400_000_000);
t!(wanyi, "4.78萬億", 4_780_000_000_000u64);
t!(zhao, "五兆六十二億四萬五千二", 5_006_200_045_200u64);
t!(zhao_mega, "100兆宽带", 100, "100");
t!(percent, "百分之三十", 30);
t!(percent_dec, "百分之十四點五", 14.5);
t!(percent_zero, "百分之零点五", 0.5);
t!(permille, "千分之五", 5);
t!(fraction_third, "三分之一", 100.0 / 3.0);
t!(fraction_tenth, "十分之一", 10);
t!(cheng, "三成", 30);
t!(cheng_half, "三成半", 35);
t!(cheng_five, "七成五", 75);
t!(cheng_word, "一成不变", 1, "一");
t!(ji, "几十", 10);
t!(shiji, "十几", 10);
t!(shubai, "数百", 100);
t!(shushiwan, "数十万", 100_000);
t!(zero_ten, "零十", 10);
t!(zero_point, "零点五", 0.5);

// more rows: sections, zeros, omitted units, traditional and mixed forms
t!(wanling, "一万零四十", 10040);
t!(yilingyi, "一亿零一", 100_000_001);
t!(baiershiwan, "百二万", 1_200_000);
t!(yibaishiyi, "一百十一", 111);
t!(wansan, "一百二十万三", 1_203_000);
t!(
    zhao_full,
    "五十五兆壹十二億四萬五千二",
    55_001_200_045_200u64
);
t!(sa_mid, "五百卅四", 534);
t!(mixed_bai, "1百01", 101);
t!(mixed_wan_ch, "100万三千", 1_003_000);
t!(mixed_zero, "200亿零四千230", 20_000_004_230u64);
t!(mixed_qianling, "2千零30万", 20_300_000);
t!(mixed_wan_qian, "25万6千", 256_000);
t!(mixed_sep, "1,100.9亿", 110_090_000_000u64);
t!(chinese_point_wan, "三点五万", 35_000);
t!(chinese_point_arabic, "一百点123", 100.123);
t!(int_then_point, "两千万点五五四四", 20_000_000.554_4);
t!(digits_point, "一七二零点一三四", 1720.134);
t!(clock_time, "三点三十分", 3, "三");
t!(clock_time_arabic, "3点30分", 3, "3");
t!(clock_time_zero, "三点零五分", 3, "三");
t!(clock_half, "三点半", 3, "三");
t!(point_fen_zhi, "三点五分之一", 3.5, "三点五");
t!(point_fw, "３．２５", 3.25);
t!(wan_fen, "万分之三", 0.03);
t!(fraction_big, "一百分之五十五点五七九", 55.579);
t!(fraction_arabic_m, "百分之2.5", 2.5);
t!(cheng_arabic, "3成", 30);
t!(cheng_dec, "八点五成", 85);
t!(cheng_liang, "两成", 20);
t!(more_ji_wan, "二十几万", 200_000);
t!(ji_wan, "几万", 10_000);
t!(jibai_ling, "壹百零幾萬", 1_000_000);
t!(stop_at_yi, "3亿元", 300_000_000, "3亿");
t!(stop_qianke, "一千克", 1, "一");
t!(qian_in_sections, "一万四千米", 14_000, "一万四千");
t!(zhaowa, "3兆瓦", 3, "3");
t!(baifenbi, "3百分比", 3, "3");
t!(bare_wan, "万余人", 10_000, "万");
t!(bare_wanyi, "万亿元", 1_000_000_000_000u64, "万亿");
t!(bare_wan_yi, "万一", 10_000, "万");
t!(bare_yi, "亿元", 100_000_000, "亿");
t!(bare_qianwan, "千万吨", 10_000_000, "千万");
t!(comma_after, "1,2345", 1, "1");

#[test]
fn arabic_separator_rules() {
    // the first group has 1-3 digits, then groups of exactly three
    assert_eq!(sc("1234,567").end, 4);
    assert_eq!(sc("1,234,5678").value, 1234.0);
    assert_eq!(sc("12，345人").value, 12345.0);
    // a space needs the same 3-digit rule; no mixed separators
    assert_eq!(sc("59 2250").value, 59.0);
    assert_eq!(sc("1,234 567").value, 1234.0);
    assert_eq!(sc("1,000元").int_digits, 4);
    // mid-text, with a Chinese comma after the number
    let t = "共1,000，其中";
    let n = scan_number(t, 3).map(|n| (n.value, &t[3..n.end]));
    assert_eq!(n, Some((1000.0, "1,000")));
}

#[test]
fn exact_values() {
    // the f64 is the correctly rounded value of the exact decimal
    for (s, v) in [
        ("2.35亿", 235_000_000.0),
        ("0.1", 0.1),
        ("1.1万", 11_000.0),
        ("3.3333333333333333", 3.3333333333333333),
        ("0.000000000000000000001", 1e-21),
        ("零点零零零零零零零零零零零零零零一", 1e-15),
    ] {
        assert_eq!(sc(s).value, v, "{s}");
    }
    assert_eq!(sc("9007199254740992").value, 9_007_199_254_740_992.0);
    assert_eq!(scan_number("9007199254740993", 0), None);
    assert_eq!(scan_number("12345678901234567", 0), None);
    assert_eq!(scan_number("九千九百万亿", 0), None);
    assert_eq!(sc("九千万亿").value, 9e15);
}

#[test]
fn starts_and_runs() {
    assert!(is_numeral_start('1') && is_numeral_start('３') && is_numeral_start('两'));
    assert!(is_numeral_start('百') && is_numeral_start('几') && is_numeral_start('〇'));
    assert!(!is_numeral_start('余') && !is_numeral_start('点') && !is_numeral_start('人'));
    assert_eq!(numeral_run_end("三百余人", 0), "三百余".len());
    assert_eq!(numeral_run_end("59 225宗", 0), "59 225".len());
    assert_eq!(numeral_run_end("5 宗", 0), 1);
    assert_eq!(numeral_run_end("人", 0), 0);
    assert_eq!(numeral_run_end("一", 1), 1);
}

#[test]
fn pathological_runs_are_cheap() {
    // refused after reading a bounded prefix: the scanner skips the run
    let ones = "一".repeat(1_000_000);
    assert_eq!(scan_number(&ones, 0), None);
    assert_eq!(numeral_run_end(&ones, 0), ones.len());
    let digits = "7".repeat(100_000);
    assert_eq!(scan_number(&digits, 0), None);
    let tens = "十".repeat(1_000_000);
    assert_eq!(sc(&tens).end, 3);
    let yi = format!("一{}", "亿".repeat(100_000));
    assert_eq!(scan_number(&yi, 0), None);
    let commas = format!("1{}", ",000".repeat(100_000));
    assert_eq!(scan_number(&commas, 0), None);
    // every start of a long run, as a naive scanner would: still fast
    let mixed = "三四十五六七八九十百千万亿".repeat(10_000);
    let mut i = 0;
    while i < mixed.len() {
        if let Some(s) = scan_number(&mixed, i) {
            assert!(s.end > i);
        }
        i += 3;
    }
}

#[test]
fn cheng_words() {
    for w in ["一成不变", "十成功", "三成立", "八成员", "两成为"] {
        let s = sc(w);
        assert_eq!(s.form, Form::Plain, "{w}");
    }
    assert_eq!(sc("三成以上").value, 30.0);
    assert_eq!(sc("七成，").end, "七成".len());
}

mod props {
    use super::super::*;
    use proptest::prelude::*;

    const ALPHABET: &[char] = &[
        '0', '1', '5', '9', '０', '７', '.', '．', ',', '，', ' ', '零', '〇', '一', '二', '两',
        '三', '五', '九', '十', '百', '千', '万', '亿', '兆', '廿', '点', '几', '数', '余', '多',
        '分', '之', '成', '半', '米', '瓦', '人', '%', '壹', '拾', '萬', '億', '-',
    ];

    fn dense() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), 0..40)
            .prop_map(|v| v.into_iter().collect())
    }

    fn check(t: &str) {
        let mut i = 0;
        while i <= t.len() {
            if let Some(s) = scan_number(t, i) {
                assert!(s.end > i && s.end <= t.len(), "{t:?} at {i}");
                assert!(t.is_char_boundary(s.end));
                assert!(s.end <= numeral_run_end(t, i), "{t:?} at {i}");
                assert!(s.value.is_finite() && s.value >= 0.0);
                if let Some(u) = s.upper {
                    assert!(u.is_finite() && u >= s.value, "{t:?} at {i}");
                }
            }
            let _ = numeral_run_end(t, i);
            i += 1;
        }
        let _ = parse_numeral(t);
    }

    use super::oracle::to_chinese;

    proptest! {
        /// In running text, a Chinese numeral followed by a measure word reads
        /// to the same integer as on its own.
        #[test]
        fn scan_reads_chinese_in_text(n in 1u64..(1 << 53), tail in prop::sample::select(vec!["人次", "元，", "。", "吨以上", "个"])) {
            let s = to_chinese(n);
            let text = format!("{s}{tail}");
            let got = scan_number(&text, 0);
            prop_assert_eq!(got.map(|g| (g.value, g.end)), Some((n as f64, s.len())), "{}", text);
            let p = parse_numeral(&s).map(|p| p.to_integer());
            prop_assert_eq!(p, Ok(Some(n as i128)));
        }

        /// Arabic numbers with 万 read in text as parse_numeral reads them.
        #[test]
        fn scan_reads_arabic_in_text(n in 0u64..10_000_000_000, frac in prop::option::of(1u32..1000)) {
            let s = match frac {
                Some(f) => format!("{n}.{f}"),
                None => n.to_string(),
            };
            let text = format!("{s}万元");
            let want = parse_numeral(&format!("{s}万")).map(|p| p.value()).ok();
            let got = scan_number(&text, 0);
            prop_assert_eq!(got.map(|g| g.value), want, "{}", text);
            prop_assert_eq!(got.map(|g| g.end), Some(text.len() - "元".len()));
        }

        #[test]
        fn never_panics_dense(t in dense()) {
            check(&t);
        }

        #[test]
        fn never_panics_any(t in "\\PC{0,40}") {
            check(&t);
        }
    }
}

#[test]
fn ranges() {
    for (s, lo, hi) in [
        ("三四十", 30.0, 40.0),
        ("一两", 1.0, 2.0),
        ("七八十万", 700_000.0, 800_000.0),
        ("二三百", 200.0, 300.0),
        ("十七八", 17.0, 18.0),
        ("五六", 5.0, 6.0),
        ("三五", 3.0, 5.0),
        ("三五十", 30.0, 50.0),
    ] {
        let n = sc(s);
        assert_eq!((n.value, n.upper, n.end), (lo, Some(hi), s.len()), "{s}");
    }
}

#[test]
fn refusals() {
    assert_eq!(scan_number("320402199001011234", 0), None);
    assert_eq!(scan_number("几个", 0), None);
    assert_eq!(scan_number("数据", 0), None);
    assert_eq!(scan_number("兆瓦", 0), None);
    assert_eq!(scan_number("零售", 0), None);
    assert_eq!(scan_number("零三个月", 0), None);
    assert_eq!(scan_number("陆续", 0), None);
    assert_eq!(sc("陆拾人").value, 60.0);
    assert_eq!(sc("一九八○年").value, 1980.0);
    let s = sc("100成功");
    assert_eq!((s.value, s.end, s.form), (100.0, 3, Form::Plain));
}

#[test]
fn flags() {
    let s = sc("2023年");
    assert_eq!((s.int_digits, s.arabic, s.chinese), (4, true, false));
    assert!(sc("二〇二三").digit_string);
    assert!(sc("300多万").more);
    assert!(sc("几十").vague);
    assert!(sc("3万").magnitude);
    assert!(!sc("3万5").magnitude);
    assert!(sc("1,000").separator);
    assert!(sc("1.5").decimal);
    assert!(sc("百余").bare && sc("万余").bare && sc("十万").bare);
    assert!(!sc("一百").bare && !sc("数百").bare && !sc("百分之十").bare);
    assert_eq!(sc("百分之三十").form, Form::Percent);
    assert_eq!(sc("千分之五").form, Form::Permille);
}

/// The fast path for plain ASCII numbers gives what the grammar gives.
#[test]
fn plain_ascii_agrees_with_the_grammar() {
    let followers = [
        "件",
        "%",
        "",
        "年",
        "个百分点",
        "，",
        "。",
        "万元",
        "多",
        "余",
        "成",
        "分",
        ")",
        "-",
        "人次",
        "（",
        "\n",
        "，2",
        "，234",
        "，234人",
        ",234.5",
        ",2345",
        "，２３４",
        ". 做好",
        "．",
        ".",
        "余份",
        "余万",
        "多亿元",
        "多万千瓦",
        "餘人",
        "多",
    ];
    let numbers = [
        "0",
        "7",
        "628",
        "2023",
        "12.5",
        "0.01",
        "999999999999999",
        "1.5",
        "100",
        "3.14159",
        "２０２３",
        "１２．５",
        "０．０１",
        "1２",
        "９９９９９９９９９９９９９９９",
    ];
    for n in numbers {
        for f in followers {
            let text = format!("{n}{f}");
            let fast = super::plain_ascii(&text, 0);
            if let Some(fast) = fast {
                assert_eq!(Some(fast), super::scan_grammar(&text, 0), "{text}");
            }
            let o = super::grammar::Opts {
                high: false,
                loose: false,
                max_digits: 16,
            };
            if let Some(fast) = fast {
                let full = super::grammar::full(&text, 0, o).expect("grammar reads it");
                assert_eq!(fast.end, full.end, "{text}");
                assert_eq!(fast.value, full.value, "{text}");
                assert_eq!(fast.int_digits, full.core.int_digits, "{text}");
                assert_eq!(fast.decimal, full.core.decimal, "{text}");
                assert_eq!(fast.magnitude, full.core.magnitude, "{text}");
                assert_eq!(fast.form, full.form, "{text}");
                assert!(
                    full.upper.is_none() && !full.core.more && !full.core.vague,
                    "{text}"
                );
            }
        }
    }
}

/// The fast path for a lone Chinese digit gives what the grammar gives.
#[test]
fn lone_chinese_digit_agrees_with_the_grammar() {
    let followers = [
        "件",
        "个",
        "",
        "年",
        "，",
        "成",
        "分之一",
        "十",
        "百",
        "万",
        "千米",
        "余",
        "多",
        "点五",
        "三",
        "〇",
        "体化",
        "号",
        "\n",
        " ",
        "1",
        "几",
        "数",
        "半",
    ];
    let mut fast_taken = 0;
    for d in [
        "一", "二", "两", "兩", "三", "四", "五", "六", "七", "八", "九",
    ] {
        for f in followers {
            let text = format!("{d}{f}");
            if let Some(fast) = super::lone_chinese_digit(&text, 0) {
                fast_taken += 1;
                assert_eq!(Some(fast), super::scan_grammar(&text, 0), "{text}");
            }
        }
    }
    assert!(fast_taken > 80);
}

#[test]
fn cheng_followers_parse_without_duplicates() {
    let text = include_str!("../data/cheng-followers.txt");
    let chars = grammar::parse_chars(text).expect("parses");
    let set: std::collections::HashSet<char> = chars.iter().copied().collect();
    assert_eq!(set.len(), chars.len(), "a character listed twice");
    assert!(chars.len() > 100);
    assert!(grammar::parse_chars("成功\n").is_err());
    for c in ['功', '立', '為', '都'] {
        assert!(grammar::cheng_word(c), "{c}");
    }
    assert!(!grammar::cheng_word('五'));
}

/// The table behind `cls` against the definition, for every character.
#[test]
fn class_table_matches_the_definition() {
    for c in (0u32..0x11_0000).filter_map(char::from_u32) {
        assert_eq!(cls(c), grammar::class_of(c), "{c:?}");
        assert_eq!(
            grammar::is_numeralish(c),
            grammar::numeralish_by_definition(c),
            "{c:?}"
        );
    }
}

/// `scan_number`, fast paths included, reads every short string over an
/// alphabet of numeral characters and what follows them as the grammar
/// alone reads it.
#[test]
fn fast_paths_agree_with_the_grammar_on_short_strings() {
    let alphabet: Vec<char> =
        "05９.．,一二两三五九十百千万亿萬億兆零〇数几伍拾佰余多点分之成半米瓦元人个年，B a吨公顷比特时"
            .chars()
            .collect();
    let mut strings: Vec<String> = Vec::new();
    for &a in &alphabet {
        strings.push(a.to_string());
        for &b in &alphabet {
            strings.push(format!("{a}{b}"));
            for &c in &alphabet {
                strings.push(format!("{a}{b}{c}"));
            }
        }
    }
    for s in [
        "1.5万元",
        "12345万人",
        "1.23456万",
        "１２．５亿元",
        "900719925474万",
        "90071992547409万",
        "3万千瓦",
        "3万亿",
        "300万余",
        "2亿3000万",
        "1,500万",
        "5万 人",
        "百分之三",
        "千分点",
        "万分之三",
        "兆瓦",
        "亿元",
        "千米",
        "千瓦时",
        "拾",
        "数十",
        "几百万",
        "一九五八年",
        "二〇二三年度",
        "一九五八点五",
        "一七二零點一",
        "九五〇〇一二三四五六七八九〇",
        "九五〇〇一二三四五六七八九〇一",
        "九五〇〇一二三四五六七八九〇一二",
        "一二三四五",
        "三四五十",
        "三十六个",
        "二十五万",
        "十五分之一",
        "二十成",
        "三十六%",
        "拾伍元",
        "两十",
        "十两",
        "十七八岁",
        "十五五",
        "十四五",
        "十五五规划",
        "二十五五",
        "十二三",
        "二十三四岁",
        "三十五五万",
        "十五五万",
        "十五六〇",
        "百分之三十",
        "百分之三十，",
        "百分之五",
        "百分之两",
        "百分之三十五",
        "百分之十",
        "百分之十五点",
        "百分之三十一点五",
        "百分之二十成",
        "百分之三四",
        "百分之三十四五",
        "百分之一二三",
        "百分之二十万",
        "百分之五十几",
        "百分之零",
        "百分之九十九",
        "百分之百",
        "百分之四十分",
        "百分之〇",
        "千分之五",
    ] {
        strings.push(s.to_string());
    }
    let (mut quick_answers, mut digit_strings, mut tens) = (0, 0, 0);
    for s in &strings {
        assert_eq!(scan_number(s, 0), scan_grammar(s, 0), "{s:?}");
        quick_answers += usize::from(quick::lone_chinese_char(s, 0).is_some());
        digit_strings += usize::from(quick::digit_string(s, 0).is_some());
        tens += usize::from(quick::tens(s, 0).is_some());
    }
    // The fast paths are taken, not only agreed with.
    assert!(quick_answers > 2000, "{quick_answers}");
    assert!(digit_strings > 300, "{digit_strings}");
    assert!(tens > 300, "{tens}");
    assert_eq!(
        quick::lone_chinese_char("万人", 0),
        Some(scan_grammar("万人", 0))
    );
    assert_eq!(quick::lone_chinese_char("数据", 0), Some(None));
    assert_eq!(
        super::plain_ascii("1.5万元", 0).map(|n| n.value),
        Some(15000.0)
    );
}

#[test]
fn digit_at_reads_ascii_and_full_width_digits() {
    for c in (0u32..0x11_0000).filter_map(char::from_u32) {
        let s = format!("{c}x");
        let expected = crate::chars::digit_value(c).map(|d| (d, c.len_utf8()));
        assert_eq!(super::digit_at(s.as_bytes(), 0), expected, "{c:?}");
    }
    assert_eq!(super::digit_at("\u{ff11}".as_bytes(), 1), None);
    assert_eq!(super::digit_at(b"", 0), None);
}

#[test]
fn continues_numeral_is_a_nonempty_run() {
    for s in ["", "一", "a", "1 2", " 2", "分之", "，", "件", "ａ", "１"] {
        for at in 0..=s.len() {
            assert_eq!(
                continues_numeral(s, at),
                numeral_run_end(s, at) != at,
                "{s:?} at {at}"
            );
        }
    }
}
