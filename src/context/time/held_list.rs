//! The counts listed after a verb of holding, in the same sentence.
//!
//! A verb of holding at the head of a sentence (`全县现有龙头企业22家`,
//! `某区共有幼儿园226所`) governs the list that follows it: each later item
//! that names only what is counted (`，其中省级2家`, `；农民合作社769个`,
//! `；家庭农场472家`, `，其中，普惠性民办幼儿园115所`) is held as the first
//! is, a stock at the end of the year in force, though its own clause
//! writes no verb. An item with a verb of its own (`新增6个`, `比上年减少9所`,
//! `全年接待游客5万人次`) says what it says.

use super::Role;
use crate::context::lexicon::{CHANGE_SET, VERB_SET};

/// Words a listed item may open with before what it counts.
const LIST_LEADS: [&str; 2] = ["其中", "另有"];

/// How long the clause of a listed item may be: what is counted, some
/// fifteen characters.
const ITEM_BYTES: usize = 48;

/// The role of a count whose clause reads `clause` up to it and `after`
/// after it, given the role `role` it has of its own and `held`, the role
/// of the figure a verb of holding governed earlier in its sentence, if
/// one did: that role when the clause only names what is counted and the
/// count ends its item (`家庭农场472家；`), else its own; a count whose
/// noun follows it (`库区431处危岩全面除险`) is the subject of a clause of
/// its own.
pub(super) fn listed_after_held(role: Role, clause: &str, after: &str, held: Option<Role>) -> Role {
    let Some(h @ Role::Held { .. }) = held else {
        return role;
    };
    if role != Role::Flow || !names_only(clause) || !ends_item(after) {
        return role;
    }
    h
}

/// Whether the text after a count ends its item: a clause mark, a
/// bracket, or nothing.
fn ends_item(after: &str) -> bool {
    after.is_empty()
        || after.starts_with([
            '，', ',', '；', ';', '。', '、', '（', '(', '）', ')', '：', ':', ' ',
        ])
}

/// Whether `clause` names only what is counted: a short noun phrase with
/// no verb, change, figure, date or `每` in it (`家庭农场`, `其中省级`).
fn names_only(clause: &str) -> bool {
    let c = clause.trim_start_matches(['，', ',', '；', ';', '、', ' ', '：', ':']);
    let c = LIST_LEADS
        .iter()
        .find_map(|w| c.strip_prefix(w))
        .unwrap_or(c)
        .trim_start_matches(['，', ',', '：', ':', ' ']);
    !c.is_empty()
        && c.len() <= ITEM_BYTES
        && !c.contains(['每', '年', '月', '(', ')', '（', '）', '%', '％'])
        && !c.chars().any(crate::chars::is_digit)
        && !c.ends_with('的')
        && !VERB_SET.occurs_in(c)
        && !CHANGE_SET.occurs_in(c)
        && !super::names_a_flow(c)
        && !names_a_volume(c)
}

/// Whether `clause` names what passes through rather than what stands: a
/// count of visits (`诊疗人次`) or a volume (`客流量`, `成交量`), flows
/// over the year though listed after a verb of holding.
fn names_a_volume(clause: &str) -> bool {
    clause.contains("人次") || clause.ends_with('量')
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELD: Role = Role::Held {
        level: false,
        at_year_end: true,
    };

    #[test]
    fn a_bare_item_is_held_as_the_first() {
        for c in [
            "；家庭农场",
            "，其中省级",
            "其中，普惠性民办幼儿园",
            "农民合作社",
        ] {
            assert_eq!(
                listed_after_held(Role::Flow, c, "；", Some(HELD)),
                HELD,
                "{c}"
            );
        }
    }

    #[test]
    fn an_item_with_a_verb_or_no_holding_keeps_its_role() {
        for c in [
            "新增",
            "比上年减少",
            "全年接待游客",
            "每千人口",
            "前1%、",
            "下同)的",
        ] {
            assert_eq!(
                listed_after_held(Role::Flow, c, "，", Some(HELD)),
                Role::Flow,
                "{c}"
            );
        }
        assert_eq!(
            listed_after_held(Role::Flow, "家庭农场", "，", None),
            Role::Flow
        );
        assert_eq!(
            listed_after_held(Role::Flow, "家庭农场", "，", Some(Role::Level)),
            Role::Flow
        );
        assert_eq!(
            listed_after_held(Role::Flow, "三峡库区", "存量危岩全面除险", Some(HELD)),
            Role::Flow
        );
    }
}
