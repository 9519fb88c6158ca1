//! The two ends of a change from one year's figure to another's:
//! `全省生产总值由2000年的2003亿元增加到2005年的4070亿元，按可比价格计算，
//! 年均增长11.6%`. `由2000年` and `到2005年` are each bound by `的` to the
//! figure written right after them (that figure's own time, see
//! [`super::from_to`]); they scope nothing else in their clause or
//! sentence: the average growth is of the whole change, not of either
//! year.

use super::{is_num_char, read, GENITIVE};

/// Whether a time phrase whose first character is `lead` (`由`, `从`,
/// `從`, `到`, `至`), with `after` the text right after it, is bound to a
/// figure: `的` or `之`, then a numeral that starts no time phrase (not
/// `从一九五三年至一九八○年的二十八年间`, a span restated), or the end of
/// the text read (the figure's own clause is cut where the figure starts).
pub(super) fn bound_to_figure(lead: char, after: &str) -> bool {
    if !matches!(lead, '由' | '从' | '從' | '到' | '至') {
        return false;
    }
    after
        .strip_prefix(GENITIVE)
        .is_some_and(|t| t.is_empty() || t.starts_with(is_num_char) && read(t).is_none())
}

#[cfg(test)]
mod tests {
    use super::super::inside;
    use super::bound_to_figure;

    fn period(clause: &str) -> Option<&str> {
        inside(clause).map(|f| f.text)
    }

    #[test]
    fn the_ends_of_a_change_bound_to_their_figures_scope_nothing() {
        assert_eq!(
            period("全省生产总值由2000年的2003亿元增加到2005年的4070亿元"),
            None
        );
        assert_eq!(
            period("城镇居民收入从2019年的3.2万元提高到2023年的4.1万元"),
            None
        );
        assert!(bound_to_figure('到', "的"));
        assert!(bound_to_figure('由', "之8,736人"));
    }

    #[test]
    fn an_end_before_no_figure_stays() {
        assert_eq!(period("力争到2025年达到80%"), Some("到2025年"));
        assert!(!bound_to_figure('从', "的数据看"));
        assert!(!bound_to_figure('从', "的二十八年间"));
        assert!(!bound_to_figure('在', "的3.2万元"));
    }
}
