//! Documents in traditional script, read in simplified script.
//!
//! The context rules, their word lists and the word dictionary are written
//! in simplified script. A report from Hong Kong or Taiwan, or one of the
//! 1950s, is read through its simplified form: each line is rewritten
//! character for character by the crate's one map
//! ([`crate::chars::simplified`], whose pairs keep the UTF-8 width), so
//! every byte offset holds, and what the rules cut out of the rewritten line
//! (subjects, periods) is taken back from the line as written. Small and
//! vertical presentation forms of clause marks (`︰`, `﹐`), which copies of
//! Hong Kong and Taiwan text write, are read as the ordinary marks.
//!
//! A line is read in simplified script when one of its first [`LOOK`]
//! ideographs is a traditional form. Whether a document is in traditional
//! script at all is settled from its first lines ([`SETTLE_AFTER`]
//! ideographs looked at): a document settled as simplified is not looked at
//! again, so simplified text pays nothing.

use std::collections::HashMap;

use compact_str::CompactString;

use crate::chars::{is_ideograph, ordinary_mark, simplified};
use crate::record::Metric;

/// Ideographs looked at before the script of a document is settled.
const SETTLE_AFTER: usize = 600;

/// Ideographs of a line looked at to tell whether it is in traditional
/// script.
const LOOK: usize = 24;

/// The script of a document as far as it has been read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Settled {
    /// Not yet: each line is looked at.
    #[default]
    Open,
    /// Simplified: lines are read as written.
    Simplified,
    /// Traditional: each line is still looked at (a file may hold
    /// documents of both scripts), but no longer counted.
    Traditional,
}

/// What a document's first lines said of its script.
#[derive(Clone, Debug, Default)]
pub(crate) struct Script {
    settled: Settled,
    /// Ideographs looked at while open.
    ideographs: usize,
    /// Of those, the ones with a simplified form of their own.
    traditional: usize,
    /// The current line in simplified script (reused buffer).
    shadow: String,
}

impl Script {
    /// `line` in simplified script, when it is to be read so; `None` when
    /// it is read as written.
    pub(crate) fn read<'s>(&'s mut self, line: &str) -> Option<&'s str> {
        if self.settled == Settled::Simplified {
            return None;
        }
        let traditional = self.looks_traditional(line);
        self.settle();
        if !traditional {
            return None;
        }
        // (the map's pairs keep the UTF-8 width: the offsets hold)
        self.shadow.clear();
        self.shadow
            .extend(line.chars().map(|c| ordinary_mark(simplified(c))));
        debug_assert_eq!(self.shadow.len(), line.len());
        Some(&self.shadow)
    }

    /// Whether one of the first [`LOOK`] ideographs of `line` has a
    /// simplified form of its own (in traditional text about one in three
    /// has, so a line of it is never missed; a simplified line in a
    /// traditional document, as in a file of several documents, is
    /// rejected after a few characters). While the document is open, the
    /// ideographs looked at are counted towards settling it.
    fn looks_traditional(&mut self, line: &str) -> bool {
        let open = self.settled == Settled::Open;
        let mut found = false;
        for c in line.chars().filter(|&c| is_ideograph(c)).take(LOOK) {
            let changes = simplified(c) != c;
            found |= changes;
            if open {
                self.ideographs += 1;
                self.traditional += usize::from(changes);
            } else if found {
                break;
            }
        }
        found
    }

    /// Settles the script once enough ideographs are read: traditional
    /// when at least one in twenty-five had a simplified form (a
    /// traditional text has several in ten; a simplified one, a stray
    /// name).
    fn settle(&mut self) {
        if self.settled == Settled::Open && self.ideographs >= SETTLE_AFTER {
            self.settled = if self.traditional * 25 >= self.ideographs {
                Settled::Traditional
            } else {
                Settled::Simplified
            };
        }
    }
}

/// Puts the words the rules cut out of `read` (the line in simplified
/// script) back as `line` wrote them, in the records of that line: each
/// character as the line wrote it where the two differ. Where the line
/// writes one simplified character two ways (`系` for both `係` and `系`),
/// a word holding it is taken from where it first stands in the line,
/// looked for once a line.
pub(crate) fn restore(line: &str, read: &str, records: &mut [Metric]) {
    let differ = Differences::of(line, read);
    let mut found: HashMap<CompactString, CompactString> = HashMap::new();
    for m in records {
        for s in m.worded_fields_mut() {
            if !s.chars().any(|c| differ.written(c).is_some()) {
                continue;
            }
            *s = if s.chars().any(|c| differ.is_ambiguous(c)) {
                let word = found
                    .entry(s.clone())
                    .or_insert_with(|| match read.find(&**s) {
                        Some(at) => line[at..at + s.len()].into(),
                        None => differ.as_written(s).into(),
                    });
                word.clone()
            } else {
                differ.as_written(s).into()
            };
        }
    }
}

/// How many words of 64 bits hold a bit per ideograph (`一` to `鿿`).
const IDEOGRAPH_WORDS: usize = (0xA000 - 0x4E00) / 64;

/// The place of `c` among the ideographs, if it is one.
fn ideograph_index(c: char) -> Option<usize> {
    is_ideograph(c).then(|| (u32::from(c) - 0x4E00) as usize)
}

/// Where `line` and `read` differ: for each character of `read` that
/// stands for another in `line`, the first character it stands for, and
/// the characters of `read` that stand for two or more in `line`.
struct Differences {
    /// `(read, written)` pairs, sorted by the character read.
    first: Vec<(char, char)>,
    /// Sorted.
    ambiguous: Vec<char>,
}

impl Differences {
    fn of(line: &str, read: &str) -> Differences {
        let mut pairs: Vec<(char, char)> = line
            .chars()
            .zip(read.chars())
            .filter(|(c, s)| c != s)
            .map(|(c, s)| (s, c))
            .collect();
        // (stable: of one character read, the pair the line wrote first)
        pairs.sort_by_key(|p| p.0);
        let mut ambiguous: Vec<char> = pairs
            .windows(2)
            .filter(|w| w[0].0 == w[1].0 && w[0].1 != w[1].1)
            .map(|w| w[0].0)
            .collect();
        pairs.dedup_by_key(|p| p.0);
        let first = pairs;
        // a character read that the line also writes as itself (a bit per
        // ideograph that stands for another: asked of every character of
        // the line, a search of `first` each was most of the work)
        let mut bits = vec![0u64; IDEOGRAPH_WORDS];
        for &(s, _) in &first {
            if let Some(k) = ideograph_index(s) {
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        let stands_for = |s: char| match ideograph_index(s) {
            Some(k) => bits[k / 64] >> (k % 64) & 1 == 1,
            None => first.binary_search_by_key(&s, |p| p.0).is_ok(),
        };
        ambiguous.extend(
            line.chars()
                .zip(read.chars())
                .filter(|&(c, s)| c == s && stands_for(s))
                .map(|(_, s)| s),
        );
        ambiguous.sort_unstable();
        ambiguous.dedup();
        Differences { first, ambiguous }
    }

    /// What `read` character `s` stands for in the line, if it differs.
    fn written(&self, s: char) -> Option<char> {
        let i = self.first.binary_search_by_key(&s, |p| p.0).ok()?;
        Some(self.first[i].1)
    }

    fn is_ambiguous(&self, s: char) -> bool {
        self.ambiguous.binary_search(&s).is_ok()
    }

    /// `word` (simplified) as the line writes it.
    fn as_written(&self, word: &str) -> String {
        word.chars().map(|w| self.written(w).unwrap_or(w)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traditional_doc() -> Script {
        let mut s = Script::default();
        for _ in 0..40 {
            assert!(s
                .read("政府預算案的經常開支會繼續增加，這是適當的水平。")
                .is_some());
        }
        s
    }

    #[test]
    fn a_traditional_line_is_read_in_simplified_script_at_the_same_offsets() {
        let mut s = Script::default();
        let line = "政府開支平均每年增長4.7%";
        let read = s
            .read(line)
            .expect("has traditional characters")
            .to_string();
        assert_eq!(read, "政府开支平均每年增长4.7%");
        assert_eq!(read.len(), line.len());
        assert_eq!(&line[read.find("4.7%").unwrap()..], "4.7%");
    }

    #[test]
    fn a_simplified_document_is_settled_and_not_looked_at_again() {
        let mut s = Script::default();
        for _ in 0..40 {
            assert!(s
                .read("全年地区生产总值增长5.8%，一般公共预算收入增长3.2%。")
                .is_none());
        }
        assert_eq!(s.settled, Settled::Simplified);
        // a stray traditional name later is read as written
        assert!(s.read("臺灣地區").is_none());
    }

    #[test]
    fn a_traditional_document_is_settled_so() {
        let mut s = traditional_doc();
        assert_eq!(s.settled, Settled::Traditional);
        assert_eq!(s.read("總開支").unwrap(), "总开支");
        assert!(s.read("2024年").is_none());
        // a simplified line in it (a file of several documents)
        assert!(s.read("全年地区生产总值增长5.8%").is_none());
        // a traditional character late in a long simplified line is left
        let late = format!("{}開支", "全年地区生产总值增长".repeat(3));
        assert!(s.read(&late).is_none());
    }

    #[test]
    fn words_are_restored_as_written() {
        let line = "政府開支平均每年增長4.7%，經常開支增加";
        let read = "政府开支平均每年增长4.7%，经常开支增加";
        let differ = Differences::of(line, read);
        assert_eq!(differ.as_written("政府开支"), "政府開支");
        assert_eq!(differ.as_written("经常开支"), "經常開支");
        // joined from two places of the line
        assert_eq!(differ.as_written("经常增长"), "經常增長");
        assert_eq!(differ.as_written("平均"), "平均");
    }

    #[test]
    fn a_character_written_two_ways_is_restored_from_where_the_word_stands() {
        let line = "關係單位12個，體系5項";
        let mut s = Script::default();
        let read = s.read(line).expect("traditional").to_string();
        assert_eq!(read, "关系单位12个，体系5项");
        let ex = crate::Extractor::new();
        let mut records = ex.extract(&read);
        restore(line, &read, &mut records);
        let subjects: Vec<_> = records.iter().map(|m| m.subject()).collect();
        assert_eq!(subjects, [Some("關係單位"), Some("體系")]);
    }
}
