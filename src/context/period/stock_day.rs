//! A day written right before a verb of amount and a figure
//! (`财政储备在2023年1月31日为8801亿港元`, `贷款余额于9月30日达到120亿元`):
//! the day a stock is told at, a period of its figure, though a day is
//! otherwise the date of an event (`于3月5日召开`, `2022年7月1日起施行`).

use super::is_num_char;

/// Verbs of amount that may join a day to the figure told at it, longer
/// first, in both scripts.
const AMOUNT_VERBS: [&str; 7] = ["达到", "達到", "为", "為", "达", "達", "是"];

/// Whether `rest`, the text right after a written day, opens with a verb
/// of amount and a numeral: the day dates the figure (`为8801亿港元`), not
/// an event (`召开`, `起施行`, `为群众办理`). A clause read up to a figure
/// ends at it: a verb that ends `rest` stands right before the figure.
pub(super) fn tells_a_stock(rest: &str) -> bool {
    AMOUNT_VERBS
        .iter()
        .find_map(|v| rest.strip_prefix(v))
        .is_some_and(|after| after.chars().next().is_none_or(is_num_char))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_of_amount_and_a_numeral_tell_a_stock() {
        assert!(tells_a_stock("为8801亿港元"));
        assert!(tells_a_stock("達到1.2萬人"));
        assert!(tells_a_stock("是三百二十人"));
        assert!(tells_a_stock("为"));
        assert!(!tells_a_stock("召开第一次会议"));
        assert!(!tells_a_stock("为群众办理"));
        assert!(!tells_a_stock("起施行"));
    }
}
