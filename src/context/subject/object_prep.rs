//! The preposition `对` that fronts the object of a verb standing right
//! before the figure (`对故意杀人、抢劫等重大刑事犯罪批捕17件`,
//! `对涉黑恶案件立案查处12件`): the figure counts what `对` governs, the
//! preposition is no part of it (SPEC §2.1: never a function word).
//!
//! Only there: before a measure `对` names what the measure is taken
//! towards and belongs to its name (`对全球经济增长的贡献率`,
//! `对东盟进出口总额`), and words it begins stay whole (`对外`, `对象`).

use super::super::lexicon::dict;
use super::strip_head;

/// `np`, the phrase before a verb that ends the stretch, past a `对`
/// (`對`) opening it as a word of its own, and past the head words after
/// it (`对全县…`); `np` whole otherwise.
pub(super) fn past_object_prep(np: &str) -> &str {
    let Some(rest) = np.strip_prefix(['对', '對']) else {
        return np;
    };
    if rest.chars().count() < 2 || !dict::word_at(np, 0, '对'.len_utf8()) {
        return np;
    }
    strip_head(rest)
}

#[cfg(test)]
mod tests {
    use super::past_object_prep;

    #[test]
    fn the_preposition_of_the_object_is_left_out() {
        assert_eq!(past_object_prep("对重大刑事犯罪"), "重大刑事犯罪");
        assert_eq!(past_object_prep("对外贸易"), "对外贸易");
        assert_eq!(past_object_prep("对象"), "对象");
    }
}
