//! Word lists for the context rules: reporting verbs, change verbs,
//! determiners, connectors, stop words. The lists are data files under
//! `words/` (one word per line, `#` comments), parsed when a set is first
//! used. No segmenter: the rules look the words up at character positions
//! of a short stretch of text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

pub(crate) mod dict;

/// Reporting verbs that take the counted thing as their object:
/// `受理` in `受理各类法律援助申请628件`. They are recognised anywhere in the
/// stretch before a number.
const VERBS: &str = include_str!("words/verbs.txt");
/// Verbs that are often nouns inside a noun phrase (`基础设施建设`,
/// `法律服务`): they cut a phrase only right before the number.
const WEAK_VERBS: &str = include_str!("words/weak-verbs.txt");
/// Change verbs going up.
const UP: &str = include_str!("words/up.txt");
/// Change verbs going down.
const DOWN: &str = include_str!("words/down.txt");
/// Determiners and adverbs dropped at the head of a subject.
const HEAD_DROP: &str = include_str!("words/head-drop.txt");
/// Links, qualifiers and adverbs dropped at the tail of a subject (before
/// the number).
const TAIL_DROP: &str = include_str!("words/tail-drop.txt");
/// Words that end a noun phrase read after a measure word
/// (`3项决策事项依法依规履行`): adverbs, prepositions, particles, and
/// verbs that begin a predicate.
const NP_STOP: &str = include_str!("words/np-stop.txt");
/// Verbs that set a sum aside (`预留`, `投入`), and verbs of purpose that
/// name what it is for (`用于`, `设立`): `subject/purpose.rs`.
const FUNDING_VERBS: &str = include_str!("words/funding-verbs.txt");
const PURPOSE_VERBS: &str = include_str!("words/purpose-verbs.txt");
/// Endings that name a rate of change or a share (`增速`, `比重`):
/// `subject/rate_after.rs`.
const RATE_ENDS: &str = include_str!("words/rate-ends.txt");
/// Bare names of a measure of an action's extent (`里程`, `人次`): after a
/// verb they name the measure with it (`subject/phrase.rs`).
const VERB_MEASURES: &str = include_str!("words/verb-measures.txt");
/// Verbs of paying, granting, finding (`支付`, `授权`, `检出`) whose object is
/// the subject where they open the clause: `subject/lead_verb.rs`.
const LEAD_VERBS: &str = include_str!("words/lead-verbs.txt");
/// Verbs that restate a figure in another unit (`折合`): `converted.rs`.
const CONVERSION_VERBS: &str = include_str!("words/conversion-verbs.txt");
/// Heads of nouns naming a target or a task (`任务`, `目标数`):
/// `subject/year_target.rs`.
const TARGET_HEADS: &str = include_str!("words/target-heads.txt");
/// Words ending in `业` that name no sector (`企业`, `就业`):
/// `subject/achieved.rs`.
const NOT_SECTORS: &str = include_str!("words/not-sectors.txt");

static VERB_MEASURE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[VERB_MEASURES]));

/// Words that close a comparison after its basis (`与2019年相比`).
const COMPARISON_CLOSERS: &str = include_str!("words/comparison-closers.txt");

/// [`COMPARISON_CLOSERS`], with their traditional forms: read by the
/// period's lists of dates, the subject's compared value and the
/// document's year.
pub(crate) static COMPARISON_SET: Lazy<WordSet> =
    Lazy::new(|| WordSet::from_words(COMPARISON_CLOSERS));

/// [`COMPARISON_CLOSERS`] indexed by last character: the closer a stretch
/// ends with (`与2020年同期相比`), read by the period's bases.
pub(crate) static COMPARISON_TAIL: Lazy<WordSet> =
    Lazy::new(|| WordSet::by_last_words(COMPARISON_CLOSERS));

/// Whether `rest`, the nouns after a verb, is the bare name of a measure
/// of the verb's extent ([`VERB_MEASURES`]): `建设里程`, `使用人次`,
/// `调解平均时长` each name one measure (but a noun before the measure
/// names a thing of its own, the verb's object: `新增铁路里程`).
pub(crate) fn names_verb_measure(rest: &str) -> bool {
    VERB_MEASURE_SET.contains(rest)
}

/// Verbs that take a kind of case as their object (`受理`, `审结`):
/// `subject.rs`.
const CASE_VERBS: &str = include_str!("words/case-verbs.txt");

static CASE_VERB_SET: Lazy<WordSet> = Lazy::new(|| WordSet::from_words(CASE_VERBS));

/// Whether `v` takes a kind of case as its object (`受理审查起诉案件`).
pub(crate) fn takes_case(v: &str) -> bool {
    CASE_VERB_SET.contains(v)
}

/// The words of a word-list file: one per line, blank lines and `#`
/// comments skipped, surrounding space trimmed.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|w| !w.is_empty())
}

/// Words that end a change verb when the number after it is a level, not a
/// change: `提高到610元`, `增至10个`, `降至16%`.
pub(crate) const TO_LEVEL: &[&str] = &["到", "至"];

/// Conjunctions that join the last item of a list to the one before it
/// (`分别达到28平方米和32平方米`, `增值税和消费税共计`).
pub(crate) const LAST_JOINERS: [&str; 4] = ["和", "及", "与", "與"];

/// Last characters of words that name a measure (`合格率`, `总额`,
/// `人数`): a list whose last item ends so while its first does not
/// shares that head (`食品、药品抽检合格率`).
pub(crate) const MEASURE_HEAD_END: &[char] = &[
    '率', '额', '量', '数', '值', '重', '度', '价', '模', '积', '入', '耗', '准', '比', '幅', '速',
    '金', '费',
];

/// Whether a word ends as a measure's name ends ([`MEASURE_HEAD_END`]).
pub(crate) fn ends_as_measure(w: &str) -> bool {
    w.ends_with(MEASURE_HEAD_END)
}

/// `s.starts_with(w)` for the short words of the lists, without a call to
/// `memcmp`.
#[inline]
pub(crate) fn starts_with(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().zip(w).all(|(a, b)| a == b)
}

/// `s.find(w)` for the short words of the rules: a byte search for the
/// word's last byte and a comparison, where `str::find` builds a
/// two-way searcher at each call (a match of a whole UTF-8 sequence
/// always starts at a character boundary). The last byte of a Chinese
/// character, a continuation byte, is rarer in text than its lead byte.
pub(crate) fn find_word(s: &str, w: &str) -> Option<usize> {
    let (hay, word) = (s.as_bytes(), w.as_bytes());
    let Some(&last) = word.last() else {
        return Some(0);
    };
    let mut from = word.len() - 1;
    while let Some(i) = memchr::memchr(last, hay.get(from..)?) {
        let j = from + i;
        let at = j + 1 - word.len();
        if &hay[at..=j] == word {
            return Some(at);
        }
        from = j + 1;
    }
    None
}

/// `find_word(s, a).or_else(|| find_word(s, b))` in one pass over `s`
/// (a word and its traditional form: `以来`, `以來`).
pub(crate) fn find_word_or(s: &str, a: &str, b: &str) -> Option<usize> {
    let (hay, x, y) = (s.as_bytes(), a.as_bytes(), b.as_bytes());
    let (Some(&lx), Some(&ly)) = (x.last(), y.last()) else {
        return find_word(s, a).or_else(|| find_word(s, b));
    };
    let ends = |w: &[u8], j: usize| j + 1 >= w.len() && &hay[j + 1 - w.len()..=j] == w;
    let mut second = None;
    let mut from = 0;
    while let Some(i) = memchr::memchr2(lx, ly, &hay[from..]) {
        let j = from + i;
        if ends(x, j) {
            return Some(j + 1 - x.len());
        }
        if second.is_none() && ends(y, j) {
            second = Some(j + 1 - y.len());
        }
        from = j + 1;
    }
    second
}

/// `s.rfind(w)` for the short words of the rules, likewise.
pub(crate) fn rfind_word(s: &str, w: &str) -> Option<usize> {
    let (hay, word) = (s.as_bytes(), w.as_bytes());
    let Some(&last) = word.last() else {
        return Some(s.len());
    };
    // (by the last byte, a continuation byte, rarer than a lead byte)
    let mut end = hay.len();
    while let Some(j) = memchr::memrchr(last, &hay[..end]) {
        if let Some(at) = (j + 1).checked_sub(word.len()) {
            if &hay[at..=j] == word {
                return Some(at);
            }
        }
        end = j;
    }
    None
}

/// `s.trim_end_matches(w)` for a word of the rules, without a searcher.
pub(crate) fn trim_end_word<'a>(mut s: &'a str, w: &str) -> &'a str {
    while let Some(t) = s.strip_suffix(w).filter(|_| !w.is_empty()) {
        s = t;
    }
    s
}

/// A multiplicative hasher for `char` keys (the default SipHash costs more
/// than the lookups it serves).
#[derive(Default)]
pub(crate) struct CharHasher(u64);

impl Hasher for CharHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by characters, hashed by [`CharHasher`].
pub(crate) type CharMap<V> = HashMap<char, V, BuildHasherDefault<CharHasher>>;

/// The key-character filters of several [`WordSet`]s joined
/// ([`WordSet::keys_with`]): whether a character may be the key of a word
/// of any of them, read from the bytes of a text without decoding it. No
/// false negatives; valid for the sets as they were built.
pub(crate) struct KeyFilter([u64; 64]);

impl KeyFilter {
    /// Whether the character that begins at byte `i` of `b` (a character
    /// boundary) may be a key: its code point's low twelve bits (those of
    /// [`filter_bit`]) are the low six of its last two bytes.
    #[inline]
    pub(crate) fn may_key_at(&self, b: &[u8], i: usize) -> bool {
        let x = b[i];
        let h = if x < 0x80 {
            usize::from(x)
        } else {
            let w = utf8_width(x);
            usize::from(b[i + w - 2] & 0x3F) << 6 | usize::from(b[i + w - 1] & 0x3F)
        };
        self.0[h >> 6] & (1u64 << (h & 63)) != 0
    }

    /// Whether some word of the sets may have `c` as its key character
    /// (as [`WordSet::may_key`] of each).
    #[inline]
    pub(crate) fn may_key(&self, c: char) -> bool {
        let (i, b) = filter_bit(c);
        self.0[i] & b != 0
    }

    /// The first character boundary of `b` from `i` on (itself one) where
    /// a key may begin ([`KeyFilter::may_key_at`]), or the end of `b`: the
    /// characters before it are passed over in a loop of their own.
    #[inline]
    pub(crate) fn next_key(&self, b: &[u8], mut i: usize) -> usize {
        // (characters of three bytes, most of a Chinese text, a chunk at a
        // time: the low twelve bits are those of its last two bytes)
        while let Some(&[x, y, z]) = b.get(i..i + 3) {
            if x & 0xF0 != 0xE0 {
                break;
            }
            let h = usize::from(y & 0x3F) << 6 | usize::from(z & 0x3F);
            if self.0[h >> 6] & (1u64 << (h & 63)) != 0 {
                return i;
            }
            i += 3;
        }
        while i < b.len() && !self.may_key_at(b, i) {
            i += utf8_width(b[i]);
        }
        i.min(b.len())
    }
}

/// The byte offset `n` characters back from the character boundary `at`
/// of `s`, or None when fewer than `n` characters stand before it: read
/// by bytes, a character of three (most Chinese ones) in one step.
#[inline]
pub(crate) fn chars_back(s: &str, at: usize, n: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = at;
    for _ in 0..n {
        if i >= 3 && b[i - 3] & 0xF0 == 0xE0 {
            i -= 3;
            continue;
        }
        i = i.checked_sub(1)?;
        while i > 0 && b[i] & 0xC0 == 0x80 {
            i -= 1;
        }
    }
    Some(i)
}

/// The byte offset `n` characters on from the character boundary `at`
/// of `s`, or None when fewer than `n` characters follow it.
#[inline]
pub(crate) fn chars_on(s: &str, at: usize, n: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = at;
    for _ in 0..n {
        i += utf8_width(*b.get(i)?);
    }
    Some(i)
}

/// The width in bytes of the UTF-8 character whose lead byte is `x`.
#[inline]
pub(crate) fn utf8_width(x: u8) -> usize {
    match x {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// A word list indexed by first (or last) character, for lookups at
/// character positions without a scan of the whole list. It owns its
/// words (nothing is leaked when a set is built).
pub(crate) struct WordSet {
    /// Key character → the range of [`WordSet::words`] that holds its
    /// words, longest first.
    by_key: KeyTable,
    /// Every word, grouped by key character.
    words: Vec<Packed>,
    /// The bytes of the words, one after another ([`Packed::at`]).
    text: String,
    /// One bit per key character (modulo 4096): most characters start (or
    /// end) no word, and are refused without a hash lookup.
    filter: [u64; 64],
    /// One bit per block of 64 three-byte characters (told by their first
    /// two bytes) that holds a key character, for [`WordSet::occurs_in`];
    /// None when some key is not of three bytes.
    blocks: Option<[u64; 16]>,
}

/// Which character of its words a [`WordSet`] is keyed by.
#[derive(Clone, Copy)]
enum Key {
    /// The first, for [`WordSet::prefix_of`].
    First,
    /// The last, for [`WordSet::suffix_of`].
    Last,
}

/// One word of a [`WordSet`]: where its bytes are in the set's text, and
/// its first eight bytes (or last, for a set keyed by last character) as
/// one number, so that most words that do not match are refused by one
/// comparison.
struct Packed {
    /// The eight bytes at the keyed end ([`head_bytes`], [`tail_bytes`]).
    edge: u64,
    /// The bits of `edge` that the word fills (all of them for a word of
    /// eight bytes or more).
    mask: u64,
    at: u32,
    len: u32,
}

/// The first eight bytes of `b` as a little-endian number, zeros past
/// its end.
#[inline]
fn head_bytes(b: &[u8]) -> u64 {
    match b.get(..8) {
        Some(h) => u64::from_le_bytes(h.try_into().expect("eight bytes")),
        None => b
            .iter()
            .enumerate()
            .fold(0, |v, (k, &x)| v | u64::from(x) << (8 * k)),
    }
}

/// The last eight bytes of `b` as a little-endian number (its last byte
/// the highest), zeros before its start.
#[inline]
fn tail_bytes(b: &[u8]) -> u64 {
    match b.len().checked_sub(8) {
        Some(from) => u64::from_le_bytes(b[from..].try_into().expect("eight bytes")),
        None => b
            .iter()
            .rev()
            .enumerate()
            .fold(0, |v, (k, &x)| v | u64::from(x) << (56 - 8 * k)),
    }
}

/// The key characters of a [`WordSet`] → the range of its words that
/// begin (or end) with each: an open-addressed table (linear probing, at
/// most half full) of (code point, start, end), code point 0 marking an
/// empty slot. Cheaper to ask than a `HashMap`, and asked for every
/// character that passes the set's filter.
struct KeyTable {
    slots: Box<[(u32, u32, u32)]>,
    /// The bits to keep of a slot index.
    mask: usize,
}

impl KeyTable {
    fn new(keys: &[(char, u32, u32)]) -> KeyTable {
        let len = (2 * keys.len()).next_power_of_two().max(8);
        let mut t = KeyTable {
            slots: vec![(0, 0, 0); len].into_boxed_slice(),
            mask: len - 1,
        };
        for &(c, from, to) in keys {
            let mut i = t.home(c);
            while t.slots[i].0 != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = (u32::from(c), from, to);
        }
        t
    }

    /// The first slot to probe for `c`.
    #[inline]
    fn home(&self, c: char) -> usize {
        (u32::from(c).wrapping_mul(0x9E37_79B9) >> 16) as usize & self.mask
    }

    /// The range of words keyed by `c`, if any.
    #[inline]
    fn get(&self, c: char) -> Option<(u32, u32)> {
        let mut i = self.home(c);
        loop {
            let (k, from, to) = self.slots[i];
            if k == u32::from(c) {
                return Some((from, to));
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// The block of a three-byte character for [`WordSet`]'s `blocks`: the
/// low bits of its first two bytes.
#[inline]
fn block_of(b0: u8, b1: u8) -> usize {
    usize::from(b0 & 0x0F) << 6 | usize::from(b1 & 0x3F)
}

#[inline]
fn filter_bit(c: char) -> (usize, u64) {
    let h = (c as u32 as usize) & 4095;
    (h >> 6, 1u64 << (h & 63))
}

impl WordSet {
    /// Word-list files, indexed by first character.
    fn new(files: &[&str]) -> WordSet {
        WordSet::keyed(files.iter().flat_map(|f| words(f)), Key::First)
    }

    /// One list indexed by first character.
    pub(crate) fn from_list(list: &[&str]) -> WordSet {
        WordSet::keyed(list.iter().copied(), Key::First)
    }

    /// A word-list file (see [`words`]) indexed by first character.
    pub(crate) fn from_words(text: &str) -> WordSet {
        WordSet::new(&[text])
    }

    /// A word-list file (see [`words`]) indexed by last character.
    pub(crate) fn by_last_words(text: &str) -> WordSet {
        WordSet::by_last(&[text])
    }

    /// Indexed by last character, for [`WordSet::suffix_of`].
    fn by_last(files: &[&str]) -> WordSet {
        WordSet::keyed(files.iter().flat_map(|f| words(f)), Key::Last)
    }

    /// One list as written (no traditional forms added), indexed by first
    /// character, for [`WordSet::occurs_in`].
    pub(crate) fn exact(list: &[&str]) -> WordSet {
        WordSet::build(list.iter().copied(), Key::First, false)
    }

    /// One list as written, indexed by last character, for
    /// [`WordSet::suffix_of`].
    pub(crate) fn exact_by_last(list: &[&str]) -> WordSet {
        WordSet::build(list.iter().copied(), Key::Last, false)
    }

    fn keyed<'w>(list: impl Iterator<Item = &'w str>, key: Key) -> WordSet {
        WordSet::build(list, key, true)
    }

    fn build<'w>(list: impl Iterator<Item = &'w str>, key: Key, traditional: bool) -> WordSet {
        let mut by_first: CharMap<Vec<Box<str>>> = CharMap::default();
        let mut add = |w: &str| {
            let c = match key {
                Key::First => w.chars().next(),
                Key::Last => w.chars().next_back(),
            };
            if let Some(c) = c {
                let v = by_first.entry(c).or_default();
                if !v.iter().any(|x| &**x == w) {
                    v.push(w.into());
                }
            }
        };
        for w in list {
            add(w);
            // the same word in traditional script (`辦結` for `办结`);
            // built once, when the set is first used
            if let Some(t) = crate::chars::traditional_word(w).filter(|_| traditional) {
                add(&t);
            }
        }
        let mut filter = [0u64; 64];
        for (c, v) in by_first.iter_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let (i, b) = filter_bit(*c);
            filter[i] |= b;
        }
        let (mut words, mut text) = (Vec::new(), String::new());
        let mut keys = Vec::new();
        for (c, v) in &by_first {
            let from = words.len() as u32;
            for w in v {
                let b = w.as_bytes();
                let n = b.len().min(8) as u32;
                let (edge, mask) = match key {
                    Key::Last => (tail_bytes(b), u64::MAX << (64 - 8 * n)),
                    Key::First => (head_bytes(b), u64::MAX >> (64 - 8 * n)),
                };
                words.push(Packed {
                    edge,
                    mask,
                    at: text.len() as u32,
                    len: b.len() as u32,
                });
                text.push_str(w);
            }
            keys.push((*c, from, words.len() as u32));
        }
        let by_key = KeyTable::new(&keys);
        let mut blocks = Some([0u64; 16]);
        for c in by_first.keys() {
            let mut buf = [0u8; 4];
            match (c.encode_utf8(&mut buf).as_bytes(), blocks.as_mut()) {
                (&[b0, b1, _], Some(bits)) => {
                    let k = block_of(b0, b1);
                    bits[k >> 6] |= 1 << (k & 63);
                }
                _ => blocks = None,
            }
        }
        WordSet {
            by_key,
            words,
            text,
            filter,
            blocks,
        }
    }

    /// Whether some word may have `c` as its key character (first, or last
    /// for [`by_last`](WordSet::by_last)); no false negatives.
    #[inline]
    pub(crate) fn may_key(&self, c: char) -> bool {
        let (i, b) = filter_bit(c);
        self.filter[i] & b != 0
    }

    /// The key characters of this set and of `others` in one filter.
    pub(crate) fn keys_with(&self, others: &[&WordSet]) -> KeyFilter {
        let mut bits = self.filter;
        for o in others {
            for (b, x) in bits.iter_mut().zip(o.filter) {
                *b |= x;
            }
        }
        KeyFilter(bits)
    }

    /// The longest word of a set built [`by_last`](WordSet::by_last) that
    /// `s` ends with.
    #[inline]
    pub(crate) fn suffix_of(&self, s: &str) -> Option<&str> {
        let c = s.chars().next_back()?;
        if !self.may_key(c) {
            return None;
        }
        self.suffix_keyed(c, s)
    }

    /// [`WordSet::suffix_of`] of `s`, whose last character `c` the caller
    /// has read already.
    #[inline]
    pub(crate) fn suffix_ending(&self, c: char, s: &str) -> Option<&str> {
        if !self.may_key(c) {
            return None;
        }
        self.suffix_keyed(c, s)
    }

    /// [`WordSet::suffix_of`] past the filter (out of line: most calls
    /// end at the filter).
    #[inline(never)]
    fn suffix_keyed(&self, c: char, s: &str) -> Option<&str> {
        let (from, to) = self.by_key.get(c)?;
        let s = s.as_bytes();
        let tail = tail_bytes(s);
        self.words[from as usize..to as usize]
            .iter()
            .find(|w| {
                let n = w.len as usize;
                n <= s.len()
                    && tail & w.mask == w.edge
                    && (n <= 8
                        || s[s.len() - n..s.len() - 8]
                            == self.text.as_bytes()[w.at as usize..][..n - 8])
            })
            .map(|w| &self.text[w.at as usize..][..w.len as usize])
    }

    /// The longest word of the set that `s` starts with.
    #[inline]
    pub(crate) fn prefix_of(&self, s: &str) -> Option<&str> {
        let c = s.chars().next()?;
        if !self.may_key(c) {
            return None;
        }
        self.prefix_keyed(c, s)
    }

    /// [`WordSet::prefix_of`] past the filter (out of line: most calls end
    /// at the filter).
    #[inline(never)]
    fn prefix_keyed(&self, c: char, s: &str) -> Option<&str> {
        let (from, to) = self.by_key.get(c)?;
        let s = s.as_bytes();
        let head = head_bytes(s);
        self.words[from as usize..to as usize]
            .iter()
            .find(|w| {
                let n = w.len as usize;
                n <= s.len()
                    && head & w.mask == w.edge
                    && (n <= 8 || s[8..n] == self.text.as_bytes()[w.at as usize + 8..][..n - 8])
            })
            .map(|w| &self.text[w.at as usize..][..w.len as usize])
    }

    /// Whether one of the words (of a set built by first character) occurs
    /// anywhere in `s`: one pass over `s` for all of them, where a
    /// `contains` per word reads `s` once per word.
    ///
    /// (When every key is a character of three bytes, as Chinese ones are,
    /// the text is read by bytes: a character is looked up only when its
    /// first two bytes name a block that holds a key, and is not decoded.)
    pub(crate) fn occurs_in(&self, s: &str) -> bool {
        let Some(blocks) = &self.blocks else {
            return s
                .char_indices()
                .any(|(i, c)| self.may_key(c) && self.prefix_of(&s[i..]).is_some());
        };
        let b = s.as_bytes();
        let mut i = 0;
        loop {
            // (characters of three bytes a chunk at a time)
            while let Some(&[x, y, _]) = b.get(i..i + 3) {
                if x & 0xF0 != 0xE0 {
                    break;
                }
                let k = block_of(x, y);
                if blocks[k >> 6] >> (k & 63) & 1 == 1 && self.prefix_of(&s[i..]).is_some() {
                    return true;
                }
                i += 3;
            }
            let Some(&x) = b.get(i) else {
                return false;
            };
            // (no key of three bytes begins here: a character of one, two
            // or four bytes, or the last of a text cut short)
            i += utf8_width(x);
        }
    }

    /// Whether `w` is one of the words of the set (built by first
    /// character).
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.prefix_of(w) == Some(w)
    }
}

pub(crate) static VERB_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[VERBS]));
pub(crate) static WEAK_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[WEAK_VERBS]));
pub(crate) static NP_STOP_SET: Lazy<WordSet> = Lazy::new(|| {
    let weak: Vec<&str> = words(WEAK_VERBS).collect();
    let strong = words(VERBS).filter(|v| !weak.contains(v));
    WordSet::keyed(words(NP_STOP).chain(strong), Key::First)
});
pub(crate) static UP_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[UP]));
pub(crate) static DOWN_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[DOWN]));
/// Change verbs either way, for lookups that need not know the direction.
pub(crate) static CHANGE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[UP, DOWN]));
// (a verb restating a figure in another unit, `人均生产总值约合20533美元`,
// is no part of the measure before it either)
pub(crate) static TAIL_SET: Lazy<WordSet> =
    Lazy::new(|| WordSet::by_last(&[TAIL_DROP, CONVERSION_VERBS]));
pub(crate) static UP_TAIL: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[UP]));
pub(crate) static DOWN_TAIL: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[DOWN]));
pub(crate) static HEAD_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[HEAD_DROP]));
pub(crate) static FUNDING_TAIL: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[FUNDING_VERBS]));
pub(crate) static PURPOSE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[PURPOSE_VERBS]));
pub(crate) static LEAD_VERB_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[LEAD_VERBS]));
pub(crate) static RATE_END_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[RATE_ENDS]));
pub(crate) static CONVERSION_TAIL: Lazy<WordSet> =
    Lazy::new(|| WordSet::by_last(&[CONVERSION_VERBS]));
/// [`TARGET_HEADS`] with their traditional forms, by last character.
pub(crate) static TARGET_HEAD_TAIL: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[TARGET_HEADS]));
/// [`NOT_SECTORS`] with their traditional forms, by last character.
pub(crate) static NOT_SECTOR_TAIL: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[NOT_SECTORS]));

/// Whether `w` is a weak verb (see [`WEAK_VERBS`]).
pub(crate) fn is_weak(w: &str) -> bool {
    WEAK_SET.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_find_the_longest_word_as_a_search_of_all_words_does() {
        // words of one to four characters, some longer than eight bytes,
        // sharing first and last characters, with Latin and a four-byte one
        let list = [
            "增长",
            "增长率",
            "增",
            "增加值",
            "GDP",
            "G",
            "同比增长",
            "长",
            "率",
            "𝄞曲",
            "é",
            "比增长",
            "加值",
        ];
        let first = WordSet::exact(&list);
        let last = WordSet::exact_by_last(&list);
        let longest = |found: &mut dyn Iterator<Item = &'static str>| found.max_by_key(|w| w.len());
        let text = "GDP同比增长率增加值é𝄞曲长增";
        for (i, _) in text.char_indices() {
            let rest = &text[i..];
            let want = longest(&mut list.iter().copied().filter(|w| rest.starts_with(w)));
            assert_eq!(first.prefix_of(rest), want, "{rest}");
            let head = &text[..i];
            let want = longest(&mut list.iter().copied().filter(|w| head.ends_with(w)));
            assert_eq!(last.suffix_of(head), want, "{head}");
        }
        assert!(first.contains("增加值") && !first.contains("增加"));
    }

    #[test]
    fn joined_keys_read_from_bytes_agree_with_each_set() {
        let keys = VERB_SET.keys_with(&[&CHANGE_SET]);
        let text = "全年新增城镇就业1.2万人，é€𝄞 GDP增长5%，建成投运、整改完成";
        let b = text.as_bytes();
        for (i, c) in text.char_indices() {
            let each = VERB_SET.may_key(c) || CHANGE_SET.may_key(c);
            assert_eq!(keys.may_key_at(b, i), each, "{c}");
        }
    }

    /// Every word-list file of this module, by name.
    const FILES: &[(&str, &str)] = &[
        ("verbs.txt", VERBS),
        ("weak-verbs.txt", WEAK_VERBS),
        ("up.txt", UP),
        ("down.txt", DOWN),
        ("head-drop.txt", HEAD_DROP),
        ("tail-drop.txt", TAIL_DROP),
        ("np-stop.txt", NP_STOP),
        ("funding-verbs.txt", FUNDING_VERBS),
        ("purpose-verbs.txt", PURPOSE_VERBS),
        ("lead-verbs.txt", LEAD_VERBS),
        ("rate-ends.txt", RATE_ENDS),
        ("conversion-verbs.txt", CONVERSION_VERBS),
        ("target-heads.txt", TARGET_HEADS),
        ("not-sectors.txt", NOT_SECTORS),
        ("case-verbs.txt", CASE_VERBS),
        ("verb-measures.txt", VERB_MEASURES),
        ("comparison-closers.txt", COMPARISON_CLOSERS),
    ];

    /// Each file parses into words of one token each (no inner space, no
    /// ASCII punctuation that would betray a broken line).
    #[test]
    fn the_next_key_is_the_first_character_that_may_be_one() {
        let set = WordSet::from_list(&["增长", "GDP", "é值"]);
        let keys = set.keys_with(&[]);
        for s in [
            "地区生产总值增长",
            "aGDP增",
            "",
            "é值",
            "全年实现𝄞增长",
            "无",
        ] {
            let b = s.as_bytes();
            for (from, _) in s.char_indices().chain([(s.len(), ' ')]) {
                let want = s[from..]
                    .char_indices()
                    .map(|(i, _)| from + i)
                    .find(|&i| keys.may_key_at(b, i))
                    .unwrap_or(s.len());
                assert_eq!(keys.next_key(b, from), want, "{s} {from}");
            }
        }
    }

    #[test]
    fn suffixes_ending_in_a_character_read_before_are_those_found_alone() {
        for s in ["同比增长", "增长", "下降了", "", "GDP", "提高到"] {
            let want = UP_TAIL.suffix_of(s);
            let got = s
                .chars()
                .next_back()
                .and_then(|c| UP_TAIL.suffix_ending(c, s));
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn word_files_parse() {
        for (name, text) in FILES {
            let n = words(text).count();
            assert!(n > 0, "{name}: no words");
            for w in words(text) {
                assert!(
                    !w.contains(char::is_whitespace) && !w.contains(['"', ',', '/']),
                    "{name}: malformed word {w:?}"
                );
            }
        }
    }

    #[test]
    fn word_files_have_no_duplicates() {
        for (name, text) in FILES {
            let mut seen = std::collections::HashSet::new();
            for w in words(text) {
                assert!(seen.insert(w), "{name}: {w} twice");
            }
        }
    }

    #[test]
    fn sets_find_words_and_their_traditional_forms() {
        assert!(VERB_SET.contains("受理"));
        assert_eq!(VERB_SET.prefix_of("成功调解纠纷"), Some("成功调解"));
        assert!(HEAD_SET.contains("各類"));
        assert_eq!(TAIL_SET.suffix_of("分别达到"), Some("达到"));
        assert!(is_weak("建设"));
        assert!(!is_weak("受理"));
        // a weak verb does not stop a noun phrase, a strong one does
        assert!(NP_STOP_SET.prefix_of("受理").is_some());
        assert!(NP_STOP_SET.prefix_of("建设").is_none());
        assert_eq!(COMPARISON_SET.prefix_of("相較於"), Some("相較"));
        assert!(COMPARISON_SET.occurs_in("增幅與上月一致"));
    }

    #[test]
    fn word_search_agrees_with_str() {
        for (s, w) in [
            ("回归以来政府开支", "以来"),
            ("以来", "以来"),
            ("以", "以来"),
            ("自以为以来", "以来"),
            ("abc", ""),
            ("", "分别"),
            ("营业收入同比分别增长", "分别"),
        ] {
            assert_eq!(find_word(s, w), s.find(w), "{s} {w}");
            assert_eq!(rfind_word(s, w), s.rfind(w), "{s} {w}");
            let long = s.repeat(20);
            assert_eq!(find_word(&long, w), long.find(w), "{s} {w}");
            assert_eq!(rfind_word(&long, w), long.rfind(w), "{s} {w}");
            assert_eq!(trim_end_word(s, w), s.trim_end_matches(w), "{s} {w}");
        }
        assert_eq!(trim_end_word("甲以及以及", "以及"), "甲");
        for s in ["回归以來以来", "以來", "以来", "以", "", "甲乙"] {
            let either = find_word(s, "以来").or_else(|| find_word(s, "以來"));
            assert_eq!(find_word_or(s, "以来", "以來"), either, "{s}");
            let long = format!("{}{s}", "一".repeat(40));
            let either = long.find("以来").or_else(|| long.find("以來"));
            assert_eq!(find_word_or(&long, "以来", "以來"), either, "{s}");
            assert_eq!(find_word_or(s, "", "以來"), Some(0), "{s}");
        }
    }

    #[test]
    fn exact_sets_find_words_anywhere_as_written() {
        let set = WordSet::exact(&["年均", "平均每年"]);
        assert!(set.occurs_in("全市平均每年增长"));
        assert!(set.occurs_in("年均"));
        assert!(!set.occurs_in("平均增长"));
        // no traditional forms added: `年均` has none, `办结` has `辦結`
        let set = WordSet::exact(&["办结"]);
        assert!(set.occurs_in("共办结案件"));
        assert!(!set.occurs_in("共辦結案件"));
        let set = WordSet::exact_by_last(&["覆盖", "装机容量"]);
        assert_eq!(set.suffix_of("基本医疗保险覆盖"), Some("覆盖"));
        assert_eq!(set.suffix_of("装机容量"), Some("装机容量"));
        assert_eq!(set.suffix_of("覆蓋"), None);
    }

    /// `occurs_in` read by bytes (every key of three bytes) finds what a
    /// character loop finds; a key of another length keeps the loop.
    #[test]
    fn occurs_in_by_bytes_agrees_with_a_character_loop() {
        let lists: [&[&str]; 4] = [
            &["年均", "平均每年"],
            &["办结", "增长", "亿元"],
            &["GDP", "年均"],
            &["𠀀甲", "é乙"],
        ];
        let texts = [
            "全市平均每年增长",
            "2023年GDP增长5%，年均",
            "a𠀀甲é乙",
            "平均增长é，ＧＤＰ",
            "",
            "共办结案件1725件",
            "亿",
        ];
        for list in lists {
            let set = WordSet::exact(list);
            assert_eq!(
                set.blocks.is_some(),
                list.iter()
                    .all(|w| w.chars().next().is_some_and(|c| c.len_utf8() == 3))
            );
            for t in texts {
                let by_chars = t
                    .char_indices()
                    .any(|(i, _)| list.iter().any(|w| t[i..].starts_with(w)));
                assert_eq!(set.occurs_in(t), by_chars, "{list:?} in {t}");
            }
        }
    }
}
