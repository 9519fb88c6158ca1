//! The one `to_chinese` oracle of the tests: the standard Chinese reading
//! of an integer, written the obvious way (for `tests/numerals.rs` and the
//! crate's own numeral tests, which include this file by path).

/// The Chinese digits, `零` to `九`.
pub const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// A number below 10^4 in the standard reading (`一千零八`), no leading 零.
pub fn section(n: u64) -> String {
    let mut out = String::new();
    let mut gap = false;
    for (p, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = (n / p % 10) as usize;
        if d == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        out.push_str(DIGITS[d]);
        out.push_str(unit);
    }
    out
}

/// The standard Chinese reading of `n` (`三万零五亿`, `一千一百一十一万亿`).
pub fn to_chinese(n: u64) -> String {
    if n == 0 {
        return "零".into();
    }
    for (p, unit) in [(100_000_000u64, "亿"), (10_000, "万")] {
        if n >= p {
            let mut s = to_chinese(n / p);
            s.push_str(unit);
            let r = n % p;
            if r > 0 {
                if r < p / 10 {
                    s.push('零');
                }
                s.push_str(&to_chinese(r));
            }
            return s;
        }
    }
    section(n)
}
