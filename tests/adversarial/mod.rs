//! Adversarial inputs, shared by the `adversarial` bench group
//! (`benches/extract.rs`, through `#[path]`) and the property tests, so
//! that both run the same text.

#![allow(dead_code)]

/// `unit` repeated to (just under) `bytes` bytes.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat((bytes / unit.len()).max(1))
}

/// `1件2人3个…`: each digit followed by a measure word.
pub fn digits_and_measure_words(bytes: usize) -> String {
    let words = [
        "件",
        "人",
        "个",
        "家",
        "项",
        "元",
        "%",
        "名",
        "次",
        "人次",
        "万元",
        "个百分点",
    ];
    let mut s = String::with_capacity(bytes + 16);
    let mut i = 0usize;
    while s.len() < bytes {
        s.push(char::from(b'0' + (i % 10) as u8));
        s.push_str(words[i % words.len()]);
        i += 1;
    }
    s
}

/// Pseudo-random characters that the numeral grammar and the qualifier rules
/// all care about, with no separator: the worst case for backtracking.
pub fn numeral_soup(bytes: usize) -> String {
    let alphabet: Vec<char> =
        "零〇一二两三四五六七八九十百千万亿余多近约超以上左右0123456789.，,件人个元%之分成"
            .chars()
            .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut s = String::with_capacity(bytes + 4);
    while s.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        s.push(alphabet[(state % alphabet.len() as u64) as usize]);
    }
    s
}

/// Real text repeated to `bytes`, line breaks removed: one long line.
pub fn long_line(real: &str, bytes: usize) -> String {
    let flat: String = real.chars().filter(|&c| c != '\n' && c != '\r').collect();
    let mut s = String::with_capacity(bytes + flat.len());
    while s.len() < bytes {
        s.push_str(&flat);
    }
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// Real text to `bytes`, as lines of about `line_bytes` bytes each (line
/// breaks of the text removed, a break put at the first character boundary
/// at or after each `line_bytes`): a document whose first lines are long
/// paragraphs, each read whole for a date line.
pub fn long_paragraphs(real: &str, bytes: usize, line_bytes: usize) -> String {
    let flat = long_line(real, bytes);
    let mut s = String::with_capacity(bytes + bytes / line_bytes.max(1) + 1);
    let mut since_break = 0;
    for c in flat.chars() {
        if since_break >= line_bytes {
            s.push('\n');
            since_break = 0;
        }
        s.push(c);
        since_break += c.len_utf8();
    }
    s
}
