//! The dictionary's tables as [`build`] computes them from `dict.txt` and
//! `dict-extra.txt`, and their form as bytes. The build script includes
//! this file (`build.rs`) and writes the bytes once, at compile time; the
//! library loads them at first use ([`super::Dict`]), so that a process
//! no longer parses 96 000 lines and hashes their words (some 37 million
//! instructions, more than half of a one-sentence run) before its first
//! segmentation. The file stands alone (no `crate::` path), so that both
//! can include it.

/// The longest word looked up, in characters.
pub(super) const MAX_WORD: usize = 6;

/// The letters of the parts of speech in `dict.txt`, in the order of the
/// codes that [`RawSlot::pos`] holds (`super::Pos` has its variants in
/// this order, and `Other`, the code after them, for any other letter).
pub(super) const POS_LETTERS: &[u8] = b"nvwadpcurmftij";

/// The code of a part-of-speech letter of `dict.txt`.
pub(super) fn pos_code(letter: &str) -> u8 {
    match letter.as_bytes() {
        &[c] => POS_LETTERS
            .iter()
            .position(|&l| l == c)
            .map_or(POS_LETTERS.len() as u8, |k| k as u8),
        _ => POS_LETTERS.len() as u8,
    }
}

/// The state of the hash of a word before its first character.
pub(super) const KEY_START: u64 = 0;

/// The hash state `h` carried over the character `c` (as `FxHash` mixes
/// a word): the key of a word is built a character at a time, so that the
/// words that begin at one position are looked up without hashing their
/// shared beginning again.
#[inline]
pub(super) fn feed(h: u64, c: u32) -> u64 {
    (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x517C_C1B7_2722_0A95)
}

/// The key of a word from its hash state.
#[inline]
pub(super) fn finish(h: u64) -> u64 {
    h ^ (h >> 29)
}

/// The bits of the table of first pairs: with 2^20 of them (128 KB) some
/// 6 % are set by the 62 000 pairs that begin words, so most pairs that
/// begin none are refused (with 2^16, 61 % were set).
pub(super) const PAIR_BITS: usize = 1 << 20;

/// The word and bit of the pair of first characters `a b`.
#[inline]
pub(super) fn pair_bit(a: u32, b: u32) -> (usize, u64) {
    let h = (a.wrapping_mul(0x9E37) ^ b) as usize & (PAIR_BITS - 1);
    (h >> 6, 1u64 << (h & 63))
}

/// The words of `dict.txt`: (word, part-of-speech letter, frequency).
/// Lines that begin with `#` are comments. (Read byte by byte in one pass,
/// field by field.)
pub(super) fn entries(text: &str) -> Entries<'_> {
    Entries { text, at: 0 }
}

/// The iterator of [`entries`].
pub(super) struct Entries<'t> {
    text: &'t str,
    /// Byte offset of the next line.
    at: usize,
}

impl<'t> Iterator for Entries<'t> {
    type Item = (&'t str, &'t str, u32);

    fn next(&mut self) -> Option<Self::Item> {
        let b = self.text.as_bytes();
        // the first byte from `k` on that is `stop` or a line break (or the
        // end of the text)
        let to = |mut k: usize, stop: u8| {
            while k < b.len() && b[k] != stop && b[k] != b'\n' {
                k += 1;
            }
            k
        };
        while self.at < b.len() {
            let start = self.at;
            if b[start] == b'#' || b[start] == b'\n' {
                self.at = to(start, b'\n') + 1;
                continue;
            }
            // the word up to the first space, the tag up to the second
            let i = to(start, b' ');
            let j = if b.get(i) == Some(&b' ') {
                to(i + 1, b' ')
            } else {
                i
            };
            if b.get(j) != Some(&b' ') {
                self.at = j + 1;
                continue;
            }
            let mut k = j + 1;
            let mut f = 0u32;
            while k < b.len() && b[k].is_ascii_digit() {
                f = f.saturating_mul(10).saturating_add(u32::from(b[k] - b'0'));
                k += 1;
            }
            self.at = to(k, b'\n') + 1;
            return Some((&self.text[start..i], &self.text[i + 1..j], f));
        }
        None
    }
}

/// One slot of the word table: a key (0 when empty), the part of speech
/// by its code, whether a longer word begins with this one, and the log
/// probability of the word (−∞ when it only begins longer ones).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct RawSlot {
    pub(super) key: u64,
    pub(super) pos: u8,
    pub(super) longer: bool,
    pub(super) lp: f32,
}

/// The dictionary's tables (see `super::Dict`), parts of speech by code.
#[derive(Debug, PartialEq)]
pub(super) struct Tables {
    /// Open addressing by the upper half of the key, linear probing, at
    /// most half full; the length a power of two.
    pub(super) slots: Vec<RawSlot>,
    /// Single characters by code point: (code, log probability).
    pub(super) chars: Vec<(u8, f32)>,
    pub(super) unknown: f32,
    /// [`PAIR_BITS`] bits.
    pub(super) pairs: Vec<u64>,
}

impl Tables {
    /// The slot of `key`: the one that holds it, or the empty one where
    /// it goes.
    fn slot_mut(&mut self, key: u64) -> &mut RawSlot {
        let mask = self.slots.len() - 1;
        let mut i = (key >> 32) as usize & mask;
        while self.slots[i].key != key && self.slots[i].key != 0 {
            i = (i + 1) & mask;
        }
        &mut self.slots[i]
    }

    /// Notes that a longer word begins with the key: added with a
    /// probability of nothing when it is no word itself.
    fn set_prefix(&mut self, key: u64) {
        let s = self.slot_mut(key);
        if s.key == 0 {
            *s = RawSlot {
                key,
                pos: POS_LETTERS.len() as u8,
                longer: true,
                lp: f32::NEG_INFINITY,
            };
        }
        s.longer = true;
    }

    /// Sets the entry of the word `key` (a later entry wins), keeping what
    /// is known of longer words.
    fn set_word(&mut self, key: u64, pos: u8, lp: f32) {
        let s = self.slot_mut(key);
        let longer = s.key == key && s.longer;
        *s = RawSlot {
            key,
            pos,
            longer,
            lp,
        };
    }
}

/// Reads the words of `dict` and then `extra` (whose entries win) into
/// the tables: each word's natural log probability among all, every
/// shorter beginning of a longer word marked, single characters apart.
pub(super) fn build(dict: &str, extra: &str) -> Tables {
    let lines = |t: &str| t.bytes().filter(|&b| b == b'\n').count() + 1;
    let mut all = Vec::with_capacity(lines(dict) + lines(extra));
    all.extend(entries(dict).chain(entries(extra)));
    let total: f64 = all.iter().map(|&(_, _, f)| f64::from(f)).sum();
    let ln_total = total.ln();
    let unknown = -(ln_total as f32);
    let n = all.len() + all.len() / 8;
    let empty = RawSlot {
        key: 0,
        pos: POS_LETTERS.len() as u8,
        longer: false,
        lp: 0.0,
    };
    let mut t = Tables {
        slots: vec![empty; (2 * n).next_power_of_two().max(16)],
        chars: vec![(POS_LETTERS.len() as u8, unknown); 0xA000],
        unknown,
        pairs: vec![0u64; PAIR_BITS / 64],
    };
    for &(w, p, f) in &all {
        let lp = (f64::from(f.max(1)).ln() - ln_total) as f32;
        let pos = pos_code(p);
        let mut cs = w.chars();
        let (Some(a), Some(b)) = (cs.next(), cs.next()) else {
            if let Some(c) = w.chars().next() {
                let i = c as usize;
                if i >= t.chars.len() {
                    t.chars.resize(i + 1, (POS_LETTERS.len() as u8, unknown));
                }
                t.chars[i] = (pos, lp);
            }
            continue;
        };
        let (a, b) = (u32::from(a), u32::from(b));
        let (i, bit) = pair_bit(a, b);
        t.pairs[i] |= bit;
        // the beginnings of the word, two characters long and more, then
        // the word (its key is no beginning's: the keys are distinct)
        let mut h = feed(feed(KEY_START, a), b);
        for c in cs {
            t.set_prefix(finish(h));
            h = feed(h, u32::from(c));
        }
        t.set_word(finish(h), pos, lp);
    }
    t
}

/// The bytes of a slot that holds a key: its index (4, little-endian),
/// key (8), log probability (4), part-of-speech code, whether longer
/// words follow, and two of padding. (Only those are written: some 40 %
/// of the slots; the rest are empty.)
pub(super) const SLOT_BYTES: usize = 20;

/// The bytes of a single character's entry: code, three of padding, log
/// probability.
pub(super) const CHAR_BYTES: usize = 8;

/// The bytes of the header: the number of slots, of slots that hold a
/// key, and of characters (4 each), and the probability of an unknown
/// character (4).
pub(super) const HEADER_BYTES: usize = 16;

/// The tables as bytes: the header, the slots that hold a key, the
/// characters, then the [`PAIR_BITS`] bits of pairs (8 a word).
pub(super) fn to_bytes(t: &Tables) -> Vec<u8> {
    let held: Vec<_> = t
        .slots
        .iter()
        .enumerate()
        .filter(|(_, s)| s.key != 0)
        .collect();
    let mut out = Vec::with_capacity(
        HEADER_BYTES + held.len() * SLOT_BYTES + t.chars.len() * CHAR_BYTES + t.pairs.len() * 8,
    );
    let count = |n: usize| u32::try_from(n).expect("tables under 4G entries");
    out.extend_from_slice(&count(t.slots.len()).to_le_bytes());
    out.extend_from_slice(&count(held.len()).to_le_bytes());
    out.extend_from_slice(&count(t.chars.len()).to_le_bytes());
    out.extend_from_slice(&t.unknown.to_le_bytes());
    for (i, s) in held {
        out.extend_from_slice(&count(i).to_le_bytes());
        out.extend_from_slice(&s.key.to_le_bytes());
        out.extend_from_slice(&s.lp.to_le_bytes());
        out.extend_from_slice(&[s.pos, u8::from(s.longer), 0, 0]);
    }
    for &(p, lp) in &t.chars {
        out.extend_from_slice(&[p, 0, 0, 0]);
        out.extend_from_slice(&lp.to_le_bytes());
    }
    for w in &t.pairs {
        out.extend_from_slice(&w.to_le_bytes());
    }
    out
}

/// The header of [`to_bytes`]: slots, slots that hold a key, characters,
/// and the probability of an unknown character.
pub(super) fn header(b: &[u8]) -> (usize, usize, usize, f32) {
    let word = |i: usize| [b[i], b[i + 1], b[i + 2], b[i + 3]];
    (
        u32::from_le_bytes(word(0)) as usize,
        u32::from_le_bytes(word(4)) as usize,
        u32::from_le_bytes(word(8)) as usize,
        f32::from_le_bytes(word(12)),
    )
}
