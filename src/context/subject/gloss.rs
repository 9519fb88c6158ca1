//! Readings in pinyin written in brackets after a character
//! (`人均生產(chǎn)總值達(dá)12855元`, `增長(zhǎng)8.1%`): a text converted from
//! simplified script glosses the character whose reading it wants known.
//! The gloss belongs to the character before it and is no word of its own,
//! so the words dropped at the tail of a subject (`達`, `增長`, `達到`) are
//! read with their glosses passed over: `人均生產(chǎn)總值達(dá)` →
//! `人均生產(chǎn)總值`. A gloss inside what is kept stays, as written.

/// Longest gloss read inside its brackets, in characters (`zhuāng`).
const MAX_GLOSS_CHARS: usize = 6;

/// Whether `c` may be a letter of a pinyin syllable: a lowercase Latin
/// letter or a vowel with its tone mark.
fn pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// The length in bytes of a gloss opening `s` (`(dá)`, `（zhǎng）`): a
/// bracket holding one syllable of two to six pinyin letters with a vowel.
fn gloss_len(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    let close = match first {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let open = first.len_utf8();
    for (letters, (i, c)) in s[open..].char_indices().enumerate() {
        if c == close {
            let body = &s[open..open + i];
            let vowel = body.chars().any(|c| "aeiouü".contains(c) || !c.is_ascii());
            return (letters >= 2 && vowel).then_some(open + i + close.len_utf8());
        }
        if !pinyin_letter(c) || letters == MAX_GLOSS_CHARS {
            return None;
        }
    }
    None
}

/// Whether `s` holds a gloss right after an ideograph.
pub(super) fn has_gloss(s: &str) -> bool {
    // (most stretches hold no bracket: refused by a byte search first)
    if memchr::memchr(b'(', s.as_bytes()).is_none() && !s.contains('（') {
        return false;
    }
    s.match_indices(['(', '（']).any(|(i, _)| {
        s[..i]
            .chars()
            .next_back()
            .is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
            && gloss_len(&s[i..]).is_some()
    })
}

/// `s` with its glosses left out, and for each byte of it (and its end)
/// the byte of `s` it was read from; a byte after a gloss maps past it.
pub(super) fn without_glosses(s: &str) -> (String, Vec<usize>) {
    let mut bare = String::with_capacity(s.len());
    let mut at = Vec::with_capacity(s.len() + 1);
    let mut i = 0;
    let mut after_ideograph = false;
    while let Some(c) = s[i..].chars().next() {
        if after_ideograph {
            if let Some(n) = gloss_len(&s[i..]) {
                i += n;
                after_ideograph = false;
                continue;
            }
        }
        bare.push(c);
        at.extend(i..i + c.len_utf8());
        after_ideograph = ('\u{4E00}'..='\u{9FFF}').contains(&c);
        i += c.len_utf8();
    }
    at.push(s.len());
    (bare, at)
}

#[cfg(test)]
mod tests {
    use super::{has_gloss, without_glosses};

    #[test]
    fn a_syllable_in_brackets_after_a_character_is_a_gloss() {
        assert!(has_gloss("人均生產(chǎn)總值達(dá)"));
        assert!(has_gloss("增長（zhǎng）"));
        assert!(!has_gloss("研究与试验发展(R&D)经费"));
        assert!(!has_gloss("面积(km)"));
        assert!(!has_gloss("指标(a)"));
        assert!(!has_gloss("农用化肥施用量(折纯)"));
        let (bare, at) = without_glosses("總值達(dá)到");
        assert_eq!(bare, "總值達到");
        // the byte after `達` maps past its gloss
        assert_eq!(&"總值達(dá)到"[..at[9]], "總值達(dá)");
        assert_eq!(at[bare.len()], "總值達(dá)到".len());
    }
}
