//! The unit lexicon: measure words and units, matched longest first.
//!
//! The scanner calls [`Lexicon::longest_match`] on the text right after a
//! numeral. The numeral has already consumed its magnitude words
//! (十百千万亿), so `1.5万元` arrives here as `元…` and `3万人次` as `人次…`.
//!
//! The built-in table is `src/units/table.tsv` (one `written, canonical,
//! kind` row per line, in commented sections). Traditional-script
//! spellings are generated from the character map `src/data/traditional.tsv`, so the
//! table lists each unit once: `個`, `項`, `噸`, `個百分點`, `小時`… all match
//! and report the simplified unit.
//!
//! Decisions the scanner relies on:
//!
//! - `年` is a unit (duration, `连续3年`): telling `2023年` (a date) apart is
//!   the scanner's job. Bare `月`, `日`, `号` and `季度` are NOT units (after a
//!   numeral they are dates: `9月`, `一季度`); `个月` and `个季度` are.
//! - Some followers are listed as *not a unit* (kind `-` in the table): they
//!   start with a unit but are another word, so a shorter unit must not be
//!   read out of them: `周年` (no `周`), `年代`, `年级`, `次性` (`一次性`),
//!   `部分`, `部门`, `分之` (fractions), `吨级`/`千瓦级` (class labels:
//!   `30万吨级码头`), `把手` (`一把手`), `台阶`, `位数` (`两位数增长`),
//!   `部件` (`零部件`), `首届`/`首个`… ("the first"), and names a year label
//!   runs into (`2025天津…`, `台湾`). `longest_match` returns `None` for
//!   them; [`Lexicon::insert`] of the same written form makes it a unit.
//! - Canonical units are the written unit in simplified script; spellings of
//!   one unit share one form: `％` → `%`, `百分点` → `个百分点`, `平米`/`平方`
//!   → `平方米`, `方` → `立方米`, `公尺` → `米`, `港币` → `港元`, `kW` →
//!   `千瓦`, `摄氏度` → `℃`, `块钱` → `元`. Different words stay apart
//!   (`公斤` and `千克`, `个月` and `月`).
//! - A unit ending in a Latin letter (`kW`, `TEU`, `P`) must not run on into
//!   another Latin letter: `PM2.5`, `5G`, `5A级` hold no unit.
//! - `度` is energy (`300亿度` = kWh) as SPEC §2 says; temperatures are `℃`,
//!   `摄氏度`. `一度` ("once", an adverb) is the scanner's to exclude.
//! - `成` (`三成` = 30 %) is not here: the numeral reads it as a percent form.
//! - `方` is the cubic metre of speech (`22亿方` of gas, `3000万方` of
//!   earthworks), reported as `立方米`; words starting with `方` (`方面`,
//!   `方案`, `千方百计`) are blocked. After a Chinese numeral `方` is a party
//!   or an idiom (`三方会晤`, `八方支援`): the scanner must drop those.
//! - Bare `里` is left out (`千里`, `万里` are idioms, `里` is also "inside").
//! - Place words after a numeral (`省 市 区 县 乡 镇 村 地 校 园`) are left
//!   out: they are mostly slogans (`一县一策`, `三区一中心`); gold marks the
//!   descriptive ones optional. `7个镇` is matched by `个`.
//! - `届` and `级` are left out (`十一届三中全会`, `一级主任科员`).
//! - `吨标准煤`: the unit is `吨`; `标准煤` is the substance, left to the
//!   subject like any noun after a measure word.
//! - Units that start with a magnitude character (`千米 千克 千瓦 千瓦时 千伏
//!   千伏安 千公顷 千焦 千卡 千帕 千升 千赫 百分点 兆瓦 兆瓦时 兆帕 兆赫
//!   兆比特`…) are in the table; the numeral must stop before them: see
//!   [`starts_magnitude_unit`].

use std::sync::Arc;

use crate::chars::TRADITIONAL;
use crate::record::Kind;
use once_cell::sync::Lazy;

/// The built-in table, `written<TAB>canonical<TAB>kind`.
const TABLE: &str = include_str!("units/table.tsv");

/// First characters of magnitude words: a numeral may run into them.
const MAGNITUDE_CHARS: &[char] = &[
    '十', '百', '千', '万', '亿', '兆', '萬', '億', '拾', '佰', '仟',
];

/// The built-in lexicon, built once: for [`starts_magnitude_unit`] and
/// every [`Extractor`](crate::Extractor) that adds no unit of its own.
pub(crate) static BUILTIN: Lazy<Arc<Lexicon>> = Lazy::new(|| Arc::new(Lexicon::builtin()));

/// Whether `rest` starts with a built-in unit (or listed non-unit) whose
/// first character is a magnitude word: `千瓦时`, `千米`, `百分点`, `兆瓦`,
/// `千瓦级`. The numeral stops before such a unit, so that `3000万千瓦` is
/// `3000万` + `千瓦` and `5千米` is `5` + `千米`.
pub(crate) fn starts_magnitude_unit(rest: &str) -> bool {
    match rest.chars().next() {
        Some(c) if MAGNITUDE_CHARS.contains(&c) => BUILTIN.entry_at(rest).is_some(),
        _ => false,
    }
}

/// Whether some built-in entry (unit or listed non-unit) begins with `c`.
pub(crate) fn begins_builtin_entry(c: char) -> bool {
    BUILTIN.index.get(c).is_some()
}

/// A unit found right after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitMatch<'a> {
    /// Bytes of the input the unit covers (as written, e.g. `個` is 3 bytes).
    pub len: usize,
    /// The canonical unit: simplified script, without magnitude (`個` → `个`).
    pub unit: &'a str,
    /// What the unit measures.
    pub kind: Kind,
}

/// One lexicon entry.
#[derive(Clone, Debug)]
struct Entry {
    /// The unit as written.
    written: Box<str>,
    /// The unit reported.
    unit: Box<str>,
    /// `None` for a follower that is not a unit (`周年`).
    kind: Option<Kind>,
    /// The first eight bytes of `written` (fewer if it is shorter, the
    /// rest zero), little-endian, and the mask of the bytes it has: a text
    /// starts with `written` only if its first eight bytes agree under the
    /// mask, which one comparison tells.
    key: u64,
    mask: u64,
}

/// The first eight bytes of `b`, zero-padded, as [`Entry::key`] reads them.
fn prefix_key(b: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(buf)
}

impl Entry {
    fn new(written: &str, unit: &str, kind: Option<Kind>) -> Entry {
        let n = written.len().min(8);
        Entry {
            written: written.into(),
            unit: unit.into(),
            kind,
            key: prefix_key(written.as_bytes()),
            mask: if n == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            },
        }
    }

    /// Whether `rest` starts with this entry; `head` is
    /// [`prefix_key`]`(rest)`.
    #[inline]
    fn starts(&self, rest: &[u8], head: u64) -> bool {
        let w = self.written.as_bytes();
        head & self.mask == self.key
            && w.len() <= rest.len()
            && (w.len() <= 8 || rest[8..w.len()] == w[8..])
    }
}

/// A set of units, matched longest first.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    /// Entries grouped by first character, groups sorted by that character,
    /// each group longest first.
    buckets: Vec<(char, Vec<Entry>)>,
    /// Where the group of each first character is.
    index: FirstIndex,
    /// Some entry holds a quote or title mark (none of the built-in ones
    /// does): the scanner then looks for marks inside what it read.
    marks: bool,
}

/// A hash table from a first character to its group in
/// [`Lexicon::buckets`]: one multiplication and usually one probe, where a
/// binary search over the groups took eight branches.
#[derive(Clone, Debug, Default)]
struct FirstIndex {
    /// `(code point + 1, group)`, `(0, _)` for an empty slot; the length a
    /// power of two, at least twice the number of groups.
    slots: Vec<(u32, u32)>,
    /// `32 - log2(slots.len())`: the hash is the top bits of a product.
    shift: u32,
}

impl FirstIndex {
    fn build(firsts: &[(char, Vec<Entry>)]) -> FirstIndex {
        let len = (2 * firsts.len()).next_power_of_two().max(8);
        let mut index = FirstIndex {
            slots: vec![(0, 0); len],
            shift: 32 - len.trailing_zeros(),
        };
        for (group, (c, _)) in (0u32..).zip(firsts) {
            let mut i = index.slot(*c);
            while index.slots[i].0 != 0 {
                i = (i + 1) & (len - 1);
            }
            index.slots[i] = (u32::from(*c) + 1, group);
        }
        index
    }

    /// The first slot to probe for `c`.
    #[inline]
    fn slot(&self, c: char) -> usize {
        (u32::from(c).wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// The group of first character `c`.
    #[inline]
    fn get(&self, c: char) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let key = u32::from(c) + 1;
        let mut i = self.slot(c);
        loop {
            match self.slots[i] {
                (0, _) => return None,
                (k, group) if k == key => return Some(group as usize),
                _ => i = (i + 1) & (self.slots.len() - 1),
            }
        }
    }
}

/// One parsed row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Row<'t> {
    written: &'t str,
    canonical: &'t str,
    kind: Option<Kind>,
}

/// The kind named `name` in the table (`-` is "not a unit": `Some(None)`).
fn kind_named(name: &str) -> Option<Option<Kind>> {
    let kind = match name {
        "-" => return Some(None),
        "count" => Kind::Count,
        "percent" => Kind::Percent,
        "percentage_point" => Kind::PercentagePoint,
        "permille" => Kind::Permille,
        "money" => Kind::Money,
        "multiple" => Kind::Multiple,
        "duration" => Kind::Duration,
        "age" => Kind::Age,
        "length" => Kind::Length,
        "area" => Kind::Area,
        "volume" => Kind::Volume,
        "mass" => Kind::Mass,
        "energy" => Kind::Energy,
        "power" => Kind::Power,
        "temperature" => Kind::Temperature,
        "other" => Kind::Other,
        _ => return None,
    };
    Some(Some(kind))
}

/// Parses one table line: `Ok(None)` for blank and comment lines.
fn parse_row(line: &str) -> Result<Option<Row<'_>>, String> {
    if line.trim().is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let fields: Vec<&str> = line.split('\t').collect();
    let [written, canonical, kind] = fields[..] else {
        return Err(format!("expected 3 tab-separated fields: {line:?}"));
    };
    if written.is_empty() || written.trim() != written {
        return Err(format!("bad written form: {line:?}"));
    }
    let kind = kind_named(kind).ok_or_else(|| format!("unknown kind: {line:?}"))?;
    if (kind.is_some() && canonical.is_empty()) || (kind.is_none() && canonical != "-") {
        return Err(format!(
            "a unit needs a canonical form, a non-unit `-`: {line:?}"
        ));
    }
    Ok(Some(Row {
        written,
        canonical,
        kind,
    }))
}

/// The rows of the built-in table (lines that do not parse are skipped; a
/// test asserts there are none).
fn rows() -> impl Iterator<Item = Row<'static>> {
    TABLE.lines().filter_map(|l| parse_row(l).ok().flatten())
}

/// The traditional forms of simplified character `c`.
fn traditional_of(c: char) -> impl Iterator<Item = char> {
    TRADITIONAL
        .iter()
        .filter(move |&&(_, s)| s == c)
        .map(|&(t, _)| t)
}

/// Every spelling of `written` with any of its characters in traditional
/// script, `written` itself excluded.
fn traditional_variants(written: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for c in written.chars() {
        let alts: Vec<char> = std::iter::once(c).chain(traditional_of(c)).collect();
        out = out
            .iter()
            .flat_map(|prefix| {
                alts.iter().map(move |&a| {
                    let mut s = prefix.clone();
                    s.push(a);
                    s
                })
            })
            .collect();
    }
    out.retain(|s| s != written);
    out
}

impl Lexicon {
    /// The built-in lexicon for Chinese reports.
    pub(crate) fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        for row in rows() {
            lex.put(row.written, row.canonical, row.kind);
        }
        // Traditional spellings, unless the table lists that spelling itself.
        for row in rows() {
            for variant in traditional_variants(row.written) {
                if lex.entry_at(&variant).map(|e| &*e.written) != Some(variant.as_str()) {
                    lex.put(&variant, row.canonical, row.kind);
                }
            }
        }
        lex
    }

    /// Adds (or replaces) a unit written `written`, reported as `canonical`.
    pub(crate) fn insert(&mut self, written: &str, canonical: &str, kind: Kind) {
        self.put(written, canonical, Some(kind));
    }

    /// Adds (or replaces) an entry; `kind` `None` marks a non-unit.
    fn put(&mut self, written: &str, canonical: &str, kind: Option<Kind>) {
        let Some(first) = written.chars().next() else {
            return;
        };
        let at = match self.buckets.binary_search_by_key(&first, |b| b.0) {
            Ok(i) => i,
            Err(i) => {
                self.buckets.insert(i, (first, Vec::new()));
                self.index = FirstIndex::build(&self.buckets);
                i
            }
        };
        self.marks |= crate::chars::has_mark(written);
        let list = &mut self.buckets[at].1;
        list.retain(|e| &*e.written != written);
        // Longest first; among equal lengths, the newest first.
        let pos = list
            .iter()
            .position(|e| e.written.len() <= written.len())
            .unwrap_or(list.len());
        list.insert(pos, Entry::new(written, canonical, kind));
    }

    /// The longest entry (unit or non-unit) that `rest` starts with. A unit
    /// that ends in a Latin letter (`kW`, `P`) must not run on into another
    /// Latin letter: `5PM` holds no `P`.
    fn entry_at(&self, rest: &str) -> Option<&Entry> {
        let first = rest.chars().next()?;
        let at = self.index.get(first)?;
        let rest = rest.as_bytes();
        let head = match rest.get(..8) {
            Some(h) => u64::from_le_bytes(h.try_into().expect("eight bytes")),
            None => prefix_key(rest),
        };
        self.buckets[at].1.iter().find(|e| {
            let w = e.written.as_bytes();
            e.starts(rest, head)
                && !(w.last().is_some_and(u8::is_ascii_alphabetic)
                    && rest.get(w.len()).is_some_and(u8::is_ascii_alphabetic))
        })
    }

    /// Whether some entry (unit or listed non-unit) begins with `c`.
    pub(crate) fn begins_entry(&self, c: char) -> bool {
        self.index.get(c).is_some()
    }

    /// Whether some entry holds a quote or title mark (`“`, `《`, `"`).
    pub(crate) fn holds_marks(&self) -> bool {
        self.marks
    }

    /// The length of the word listed as no unit that `rest` starts with
    /// (`吨级` in `20万吨级泊位`), if that is the longest entry there.
    pub(crate) fn non_unit_at(&self, rest: &str) -> Option<usize> {
        let e = self.entry_at(rest)?;
        e.kind.is_none().then_some(e.written.len())
    }

    /// The longest unit that `rest` starts with; `None` if `rest` starts
    /// with no unit, or with a word listed as no unit (`周年`, `部分`).
    pub(crate) fn longest_match<'a>(&'a self, rest: &str) -> Option<UnitMatch<'a>> {
        let e = self.entry_at(rest)?;
        Some(UnitMatch {
            len: e.written.len(),
            unit: &e.unit,
            kind: e.kind?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    fn lex() -> &'static Lexicon {
        &BUILTIN
    }

    /// (matched text, unit, kind) of the longest match in `rest`.
    fn m(rest: &str) -> Option<(&str, &'static str, Kind)> {
        lex()
            .longest_match(rest)
            .map(|u| (&rest[..u.len], u.unit, u.kind))
    }

    #[test]
    fn table_parses_completely() {
        for line in TABLE.lines() {
            assert!(parse_row(line).is_ok(), "{:?}", parse_row(line));
        }
        assert!(rows().count() > 200);
    }

    #[test]
    fn no_written_form_twice() {
        let mut seen = HashSet::new();
        for row in rows() {
            assert!(seen.insert(row.written), "listed twice: {}", row.written);
        }
    }

    #[test]
    fn traditional_variants_do_not_conflict() {
        // A spelling generated from two rows must mean the same thing.
        let mut meaning: HashMap<String, (&str, Option<Kind>)> = HashMap::new();
        for row in rows() {
            for v in traditional_variants(row.written) {
                let prev = meaning.insert(v.clone(), (row.canonical, row.kind));
                if let Some(p) = prev {
                    assert_eq!(p, (row.canonical, row.kind), "{v}");
                }
            }
        }
    }

    #[test]
    fn canonical_units_are_simplified() {
        let traditional: HashSet<char> = TRADITIONAL.iter().map(|&(t, _)| t).collect();
        for row in rows() {
            assert!(
                !row.canonical.chars().any(|c| traditional.contains(&c)),
                "{} → {}",
                row.written,
                row.canonical
            );
            if row.kind.is_some() {
                assert!(!row.canonical.is_empty(), "{}", row.written);
            }
        }
        // Also after generation: every reported unit is simplified.
        for (_, list) in &lex().buckets {
            for e in list {
                assert!(
                    !e.unit.chars().any(|c| traditional.contains(&c)),
                    "{}",
                    e.unit
                );
            }
        }
    }

    #[test]
    fn buckets_sorted_and_longest_first() {
        let l = lex();
        assert!(l.buckets.windows(2).all(|w| w[0].0 < w[1].0));
        for (first, list) in &l.buckets {
            assert!(list.iter().all(|e| e.written.starts_with(*first)));
            assert!(list
                .windows(2)
                .all(|w| w[0].written.len() >= w[1].written.len()));
        }
    }

    #[test]
    fn first_index_finds_every_group_and_nothing_else() {
        let l = lex();
        for (i, (first, _)) in l.buckets.iter().enumerate() {
            assert_eq!(l.index.get(*first), Some(i), "{first}");
        }
        for c in ['的', 'x', '\0', '\u{10FFFF}', '一'] {
            assert_eq!(l.index.get(c).is_some(), l.buckets.iter().any(|b| b.0 == c));
        }
        assert_eq!(FirstIndex::default().get('个'), None);
    }

    #[test]
    fn prefix_key_matches_starts_with() {
        let e = Entry::new("个百分点", "个百分点", Some(Kind::PercentagePoint));
        let short = Entry::new("个", "个", Some(Kind::Count));
        for rest in [
            "个百分点，",
            "个百分",
            "个百分点",
            "个",
            "",
            "个百分比",
            "人",
        ] {
            let b = rest.as_bytes();
            let head = prefix_key(b);
            assert_eq!(e.starts(b, head), rest.starts_with("个百分点"), "{rest}");
            assert_eq!(short.starts(b, head), rest.starts_with('个'), "{rest}");
        }
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(m("人次，"), Some(("人次", "人次", Kind::Count)));
        assert_eq!(m("人，其中"), Some(("人", "人", Kind::Count)));
        assert_eq!(
            m("个百分点。"),
            Some(("个百分点", "个百分点", Kind::PercentagePoint))
        );
        assert_eq!(m("个镇、街道"), Some(("个", "个", Kind::Count)));
        assert_eq!(m("个月"), Some(("个月", "个月", Kind::Duration)));
        assert_eq!(
            m("个工作日内"),
            Some(("个工作日", "个工作日", Kind::Duration))
        );
        assert_eq!(m("千瓦时"), Some(("千瓦时", "千瓦时", Kind::Energy)));
        assert_eq!(m("千瓦、并网"), Some(("千瓦", "千瓦", Kind::Power)));
        assert_eq!(m("平方公里"), Some(("平方公里", "平方公里", Kind::Area)));
        assert_eq!(m("平方米"), Some(("平方米", "平方米", Kind::Area)));
        assert_eq!(m("平方，"), Some(("平方", "平方米", Kind::Area)));
        assert_eq!(m("周岁以上"), Some(("周岁", "周岁", Kind::Age)));
        assert_eq!(m("分钟"), Some(("分钟", "分钟", Kind::Duration)));
        assert_eq!(m("分。"), Some(("分", "分", Kind::Other)));
        assert_eq!(
            m("微克/立方米，"),
            Some(("微克/立方米", "微克/立方米", Kind::Other))
        );
        assert_eq!(m("微克，"), Some(("微克", "微克", Kind::Mass)));
        assert_eq!(m("元/月提高"), Some(("元/月", "元/月", Kind::Money)));
        assert_eq!(m("元/"), Some(("元", "元", Kind::Money)));
        assert_eq!(m("/10万，"), Some(("/10万", "/10万", Kind::Other)));
        assert_eq!(
            m("人/平方公里"),
            Some(("人/平方公里", "人/平方公里", Kind::Other))
        );
        assert_eq!(m("人/"), Some(("人", "人", Kind::Count)));
        assert_eq!(m("kWh"), Some(("kWh", "千瓦时", Kind::Energy)));
        assert_eq!(m("kW"), Some(("kW", "千瓦", Kind::Power)));
        assert_eq!(m("PF，"), Some(("PF", "PFLOPS", Kind::Other)));
        assert_eq!(m("P。"), Some(("P", "PFLOPS", Kind::Other)));
    }

    #[test]
    fn latin_units_end_at_a_word_boundary() {
        assert_eq!(m("PM2.5"), None);
        assert_eq!(m("kWp"), None);
        assert_eq!(m("TEUs"), None);
        assert_eq!(m("TEU，"), Some(("TEU", "标箱", Kind::Count)));
        assert_eq!(m("MW光伏"), Some(("MW", "兆瓦", Kind::Power)));
        assert_eq!(m("GWh"), Some(("GWh", "吉瓦时", Kind::Energy)));
    }

    #[test]
    fn traditional_spellings_report_simplified() {
        assert_eq!(m("個"), Some(("個", "个", Kind::Count)));
        assert_eq!(m("噸"), Some(("噸", "吨", Kind::Mass)));
        assert_eq!(m("公頃"), Some(("公頃", "公顷", Kind::Area)));
        assert_eq!(m("項，"), Some(("項", "项", Kind::Count)));
        assert_eq!(m("輛"), Some(("輛", "辆", Kind::Count)));
        assert_eq!(m("臺"), Some(("臺", "台", Kind::Count)));
        assert_eq!(m("隻"), Some(("隻", "只", Kind::Count)));
        assert_eq!(m("畝"), Some(("畝", "亩", Kind::Area)));
        assert_eq!(m("歲"), Some(("歲", "岁", Kind::Age)));
        assert_eq!(m("小時"), Some(("小時", "小时", Kind::Duration)));
        assert_eq!(m("分鐘"), Some(("分鐘", "分钟", Kind::Duration)));
        assert_eq!(
            m("個百分點"),
            Some(("個百分點", "个百分点", Kind::PercentagePoint))
        );
        // mixed script, as transcriptions have it
        assert_eq!(
            m("個百分点"),
            Some(("個百分点", "个百分点", Kind::PercentagePoint))
        );
        assert_eq!(m("千瓦時"), Some(("千瓦時", "千瓦时", Kind::Energy)));
        assert_eq!(m("港幣"), Some(("港幣", "港元", Kind::Money)));
        // different words of the same unit
        assert_eq!(m("公尺"), Some(("公尺", "米", Kind::Length)));
        assert_eq!(m("平方公尺"), Some(("平方公尺", "平方米", Kind::Area)));
        assert_eq!(m("公噸"), Some(("公噸", "吨", Kind::Mass)));
        assert_eq!(m("瓩"), Some(("瓩", "千瓦", Kind::Power)));
        assert_eq!(m("公裏"), Some(("公裏", "公里", Kind::Length)));
        assert_eq!(m("加侖"), Some(("加侖", "加仑", Kind::Volume)));
        assert_eq!(m("載重噸"), Some(("載重噸", "载重吨", Kind::Mass)));
        assert_eq!(m("塊錢"), Some(("塊錢", "元", Kind::Money)));
        assert_eq!(m("箇"), Some(("箇", "个", Kind::Count)));
        assert_eq!(m("成長"), None);
        assert_eq!(m("臺灣"), None);
        assert_eq!(m("裏"), None);
        // traditional non-units stay non-units
        assert_eq!(m("週年"), None);
        assert_eq!(m("部門"), None);
    }

    #[test]
    fn kind_of_each_family() {
        // One written form per family (src/units/kind-cases.tsv).
        let cases = include_str!("units/kind-cases.tsv");
        let mut n = 0;
        for line in cases.lines() {
            let row = parse_row(line).expect("a case parses");
            let Some(row) = row else { continue };
            let kind = row.kind.expect("a case names a kind");
            assert_eq!(
                m(row.written),
                Some((row.written, row.canonical, kind)),
                "{line}"
            );
            n += 1;
        }
        assert!(n >= 30, "only {n} cases");
    }

    #[test]
    fn cheng_is_the_numerals() {
        // 三成 is a percent form read by the numeral; 成 after a number that
        // did not take it (一成不变, 3000成功) is no unit.
        assert_eq!(m("成以上"), None);
        assert_eq!(m("成功首飞"), None);
    }

    #[test]
    fn non_units_block_their_shorter_prefix() {
        for rest in [
            "周年纪念",
            "部件",
            "首要任务",
            "首部促进",
            "首届",
            "门峡",
            "门槛",
            "年代",
            "年级学生",
            "次性",
            "部分",
            "部门联合",
            "分之一",
            "吨级码头",
            "千瓦级",
            "把手",
            "台阶",
            "位数增长",
            "元化",
        ] {
            assert_eq!(m(rest), None, "{rest}");
        }
        for rest in ["方面", "方案", "方百计", "方向"] {
            assert_eq!(m(rest), None, "{rest}");
        }
        assert_eq!(m("方/年"), Some(("方/年", "立方米/年", Kind::Other)));
        assert_eq!(m("方以上"), Some(("方", "立方米", Kind::Volume)));
        // but the unit itself still matches
        assert_eq!(m("周"), Some(("周", "周", Kind::Duration)));
        assert_eq!(m("次，"), Some(("次", "次", Kind::Count)));
        assert_eq!(m("部"), Some(("部", "部", Kind::Count)));
    }

    #[test]
    fn dates_and_labels_are_no_units() {
        for rest in [
            "月底",
            "日在",
            "号线",
            "届人大",
            "级主任科员",
            "季度",
            "里长江",
            "省一区",
            "大攻坚战",
            "强县",
        ] {
            assert_eq!(m(rest), None, "{rest}");
        }
        // 年 is a unit: excluding 2023年 is the scanner's job
        assert_eq!(m("年底"), Some(("年", "年", Kind::Duration)));
    }

    #[test]
    fn empty_and_unitless() {
        assert_eq!(m(""), None);
        assert_eq!(m("，"), None);
        assert_eq!(m(" 个"), None);
        assert_eq!(m("的"), None);
        assert_eq!(m("\u{FFFD}"), None);
    }

    #[test]
    fn insert_wins_over_shorter_and_replaces_kind() {
        let mut l = Lexicon::builtin();
        assert_eq!(l.longest_match("床位").map(|u| u.unit), Some("床"));
        l.insert("床位", "床位", Kind::Count);
        let u = l.longest_match("床位，").unwrap();
        assert_eq!((u.len, u.unit, u.kind), (6, "床位", Kind::Count));
        assert_eq!(l.longest_match("床").unwrap().unit, "床");
        // replacing a built-in's kind and canonical form
        l.insert("分", "分", Kind::Duration);
        assert_eq!(l.longest_match("分").unwrap().kind, Kind::Duration);
        assert_eq!(l.longest_match("分钟").unwrap().unit, "分钟");
        // a user unit can override a listed non-unit
        l.insert("周年", "周年", Kind::Duration);
        assert_eq!(l.longest_match("周年").unwrap().unit, "周年");
        // a new first character
        l.insert("𠀀", "x", Kind::Other);
        assert_eq!(l.longest_match("𠀀y").unwrap().len, 4);
        // empty written forms are ignored
        l.insert("", "x", Kind::Other);
        assert_eq!(l.longest_match(""), None);
    }

    #[test]
    fn magnitude_units_are_known() {
        for rest in [
            "千瓦时",
            "千瓦",
            "千米",
            "千克",
            "千伏",
            "兆瓦",
            "百分点",
            "千瓦級",
            "千瓦時",
        ] {
            assert!(starts_magnitude_unit(rest), "{rest}");
        }
        for rest in ["千人", "万元", "亿", "百余人", "元", ""] {
            assert!(!starts_magnitude_unit(rest), "{rest}");
        }
        // a magnitude character that begins no entry begins no unit
        for &c in MAGNITUDE_CHARS {
            if !begins_builtin_entry(c) {
                assert!(!lex().buckets.iter().any(|(first, _)| *first == c), "{c}");
            }
        }
        assert!(begins_builtin_entry('千') && !begins_builtin_entry('万'));
        // every built-in entry starting with a magnitude char is found
        for (first, list) in &lex().buckets {
            if MAGNITUDE_CHARS.contains(first) {
                for e in list {
                    assert!(starts_magnitude_unit(&e.written), "{}", e.written);
                }
            }
        }
    }

    #[test]
    fn table_rows_match_themselves() {
        // each row is reachable: nothing longer shadows a row on its own text
        for row in rows() {
            let got = lex().entry_at(row.written).map(|e| &*e.written);
            assert_eq!(got, Some(row.written));
        }
    }
}
