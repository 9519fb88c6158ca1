//! A total counted from an event (`项目实施以来，累计完成投资5.6亿元`,
//! `该馆自开馆以来累计接待游客120万人次`, `自2019年成立以来，共受理案件
//! 820件`): a `以来` that no time heads, so the period reader takes none.
//! Such a figure runs from the event to the time of writing; it is no
//! figure of the report's year, and without the event's year written the
//! text does not let a reader date its start. `有记录以来` and a first or
//! a record after it (`成立以来首次…`, `有监测数据以来最低`) leave the
//! figure the report's own.

use super::{period, template};

/// The marks that end a clause.
const CLAUSE_MARKS: [char; 7] = ['，', ',', '；', ';', '：', ':', '。'];

/// The last characters of a length of time before `以来` (`一年多`,
/// `长期`, `三个月`).
const TIME_ENDS: [char; 9] = ['年', '月', '日', '天', '期', '多', '余', '餘', '时'];

/// What a `以来` before a figure with no period makes of its time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Since {
    /// From an event the text does not date: no time.
    Undated,
    /// From an event of a written year (`自2019年成立以来`): that year on.
    Year(i32),
}

/// The `以来` in `before` (the sentence up to a figure with no period) that
/// counts the figure from an event, if there is one.
pub(crate) fn since_event(before: &str) -> Option<Since> {
    let at = last_yilai(before)?;
    let clause_start = before[..at].rfind(CLAUSE_MARKS).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let event = &before[clause_start..at];
    let rest = &before[at..];
    // (`有记录以来`, `有史以来`: since records began, of a record now;
    // `一年多以来`, `长期以来`: a length of time, no event)
    if event.is_empty()
        || event.contains('有')
        || event.ends_with(TIME_ENDS)
        || rest.contains(['首', '最'])
    {
        return None;
    }
    // (the `以来` heads the sentence or the figure's own clause, not a
    // clause of another measure: `实现“十三五”以来“七连升”；劣Ⅴ类…`)
    if clause_start > 0 && rest.contains(CLAUSE_MARKS) {
        return None;
    }
    let year = period::phrases(event).into_iter().find_map(|p| {
        let t = template(p);
        t.written_year()
            .filter(|_| t.first_year() == t.written_year())
    });
    Some(year.map_or(Since::Undated, Since::Year))
}

/// Where the last `以来` (`以來`) of `s` starts. Found by the last byte of
/// `以` (a vectorised search that needs no set-up: most sentences write
/// no `以`, and one character in sixty-four ends with that byte).
fn last_yilai(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr(0xA5, &b[..end]) {
        end = i;
        let at = i.checked_sub(2)?;
        if b[at..].starts_with("以".as_bytes()) && s[i + 1..].starts_with(['来', '來']) {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_counted_from_an_event() {
        assert_eq!(
            since_event("项目实施以来，累计完成投资"),
            Some(Since::Undated)
        );
        assert_eq!(
            since_event("该馆自开馆以来累计接待游客"),
            Some(Since::Undated)
        );
        assert_eq!(
            since_event("建縣以來，全縣共修建水庫"),
            Some(Since::Undated)
        );
        assert_eq!(
            since_event("自2019年成立以来，中心共受理案件"),
            Some(Since::Year(2019))
        );
    }

    #[test]
    fn records_and_firsts_are_no_totals() {
        assert_eq!(since_event("PM2.5有监测数据以来浓度首次降到"), None);
        assert_eq!(since_event("成立以来首次实现盈利"), None);
        assert_eq!(since_event("全县累计完成投资"), None);
        assert_eq!(since_event("以来"), None);
        assert_eq!(since_event("一年多以来，我国同苏联签订了"), None);
        assert_eq!(since_event("要改变长期以来形成的"), None);
        assert_eq!(
            since_event("比例同比上升3.0个百分点，实现“十三五”以来“七连升”；劣Ⅴ类断面比例为"),
            None
        );
    }
}
