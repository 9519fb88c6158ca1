//! The last item of a `分别` list that shares its head, cut where it is
//! parallel to the first: `城市与农村孕产妇死亡率分别降低…` deals `城市` and
//! `农村`, `零售、餐饮营业额分别达…` deals `零售` and `餐饮`, each value to
//! its item, the measure written once after the last (`孕产妇死亡率`,
//! `营业额`) left out as it is left out of the first.
//!
//! The items of such a list are noun phrases of one build: the last has
//! as many words as the first (`中国内地、…台湾地区旅客` → `台湾地区`), or
//! one fewer where so many would leave no head (`普通初中和小学辍学率` →
//! `小学`). The head is nouns only, and names what is measured of each
//! item; a head that opens with an activity (`食品、药品抽检合格率`: the
//! rate of the sampling of either) or holds a verb or a rate word
//! (`…服务经费人均财政补助标准`) is one measure of the items together, and
//! the list is kept whole.

use super::super::lexicon::dict::{self, Pos};
use super::super::lexicon::ends_as_measure;

/// Where the last of `items` (a list split at its marks, its last item
/// holding the head the items share) ends when its words are as many as
/// those of the first item, or fewer where the head would be left empty:
/// the byte after the item, when the words after it are nouns only
/// ([`nominal`]); none where the first has more words than the whole last
/// (`财政总收入省口径和市口径增幅`: the first carries what both share).
/// Items of one character (`城、乡居民`) and first items with a word that
/// is not nominal are no such list.
pub(crate) fn parallel_cut(items: &[&str]) -> Option<usize> {
    let (first, last) = (items.first()?.trim(), items.last()?.trim_end());
    if items.len() < 2 || first.chars().nth(1).is_none() {
        return None;
    }
    let first_words = dict::segment(first);
    let k = first_words.iter().count();
    let nouns = first_words
        .iter()
        .all(|(a, b, p)| p == Pos::VerbNoun || nominal(&first[a..b], p));
    let words: Vec<_> = dict::segment(last).iter().collect();
    if !nouns || k == 0 || words.len() < 2 {
        return None;
    }
    // (as many words as the first; all but the last where the first has
    // as many as the whole last item, written with a modifier the last
    // drops; none where it has more, which holds what the items share)
    let n = match k.cmp(&words.len()) {
        std::cmp::Ordering::Less => k,
        std::cmp::Ordering::Equal => k - 1,
        std::cmp::Ordering::Greater => return None,
    };
    let cut = words[n - 1].1;
    let head = &words[n..];
    let item = &last[..cut];
    let whole_head = head
        .iter()
        .all(|&(a, b, p)| nominal(&last[a..b], p) || last[a..b].trim().is_empty());
    (whole_head && item.chars().nth(1).is_some() && last[cut..].trim().chars().nth(1).is_some())
        .then_some(cut)
}

/// Whether a word is a noun, or names a measure as a noun does whatever
/// its tag (`辍学率`, `经费`: it ends as a measure's name ends).
fn nominal(w: &str, p: Pos) -> bool {
    p == Pos::Noun || ends_as_measure(w)
}

#[cfg(test)]
mod tests {
    use super::parallel_cut;

    fn cut<'a>(items: &[&'a str]) -> Option<&'a str> {
        let last = items.last()?;
        parallel_cut(items).map(|i| &last[..i])
    }

    #[test]
    fn the_last_item_as_long_as_the_first() {
        assert_eq!(cut(&["城市", "农村孕产妇死亡率"]), Some("农村"));
        assert_eq!(cut(&["零售", "餐饮营业额"]), Some("餐饮"));
        assert_eq!(cut(&["中国内地", "香港", "台湾地区旅客"]), Some("台湾地区"));
        assert_eq!(cut(&["普通初中", "小学辍学率"]), Some("小学"));
    }

    #[test]
    fn a_head_of_an_activity_or_a_rate_keeps_the_list() {
        assert_eq!(cut(&["食品", "药品抽检合格率"]), None);
        assert_eq!(
            cut(&["居民医保", "基本公共卫生服务经费人均财政补助标准"]),
            None
        );
        assert_eq!(cut(&["城", "乡居民人均可支配收入"]), None);
        assert_eq!(cut(&["财政总收入省口径", "市口径增幅"]), None);
    }
}
