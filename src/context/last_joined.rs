//! The items of a list whose own names hold a conjunction: `金融保险、批发
//! 和零售、住宿和餐饮、房地产、交通运输仓储和邮电及其他服务业分别增长…`.
//!
//! Chinese separates the items of a list with `、` and joins the last one
//! with a conjunction (`和`, `及`, `与`): `A、B、C及D`. An item may be a
//! name that holds a conjunction of its own (`批发和零售`, `交通运输仓储和
//! 邮电`), so splitting the list at every conjunction cuts such names
//! apart; splitting it at `、` and the last item at its last conjunction
//! does not.

/// The items of the list split at `、` (`items`) with the last split again
/// at its last conjunction (`交通运输仓储和邮电及其他服务业` →
/// `交通运输仓储和邮电`, `其他服务业`); `None` when the last holds none, or
/// a side of it would be empty.
pub(super) fn last_joined<'a>(items: &[&'a str]) -> Option<Vec<&'a str>> {
    let (&last, before) = items.split_last()?;
    let i = last.rfind(['和', '及', '与'])?;
    let (a, b) = (&last[..i], &last[i + '和'.len_utf8()..]);
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let mut out = before.to_vec();
    out.extend([a, b]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::last_joined;

    #[test]
    fn the_last_conjunction_joins_the_last_item() {
        let items: Vec<&str> = "批发和零售、住宿和餐饮、交通运输仓储和邮电及其他服务业"
            .split('、')
            .collect();
        assert_eq!(
            last_joined(&items),
            Some(vec![
                "批发和零售",
                "住宿和餐饮",
                "交通运输仓储和邮电",
                "其他服务业"
            ])
        );
        assert_eq!(last_joined(&["城市", "农村"]), None);
        assert_eq!(last_joined(&["城市", "和农村"]), None);
    }
}
