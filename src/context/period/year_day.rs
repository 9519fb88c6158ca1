//! A day of the year in force told on, written after the word for that
//! year (`今年1月1日以来`, `本年3月1日起`): one phrase, from that day on.
//! Read apart, `今年` would stay in force for the sentences after it while
//! `1月1日以来` scoped its own.

use super::{Base, Found, Reading};

/// The period at the start of `c` that `year`, the phrase read there (a
/// word for the year in force: `今年`, `本年`, `当年`), opens, when a day
/// with its month and no year, told on (`以来`, `起`), follows it right on.
pub(super) fn widened<'a>(c: &'a str, year: Found<'a>) -> Option<Found<'a>> {
    let Base::Word(w) = year.reading.base else {
        return None;
    };
    let n = year.reading.len;
    if !matches!(w.time, "A" | "C") || year.reading.tails.iter().any(Option::is_some) {
        return None;
    }
    let rest = c.get(n..)?;
    if !rest.starts_with(super::is_num_char) {
        return None;
    }
    let day = super::read(rest)?;
    day_told_on(&day).then(|| {
        let len = n + day.len;
        Found {
            text: &c[year.reading.dropped..len],
            reading: Reading { len, ..day },
        }
    })
}

/// Whether `r` is a day with its month and no year, told on.
fn day_told_on(r: &Reading) -> bool {
    let day = matches!(r.base, Base::Dates(d)
        if d.start.year.is_none() && d.start.month.is_some() && d.start.day.is_some() && d.end.is_none());
    day && r.dropped == 0 && r.tails.iter().flatten().any(|t| *t == "since")
}

/// Whether `before`, the text of a clause before a time read as `r`, is a
/// word for the year in force that [`widened`] reads with it.
pub(super) fn after_year_word(before: &str, r: &Reading) -> bool {
    matches!(before, "今年" | "本年" | "当年" | "當年") && day_told_on(r)
}

#[cfg(test)]
mod tests {
    use super::super::Found;
    use super::*;

    fn text(c: &str) -> Option<&str> {
        widened(c, Found::at(c)?).map(|f| f.text)
    }

    #[test]
    fn the_year_word_and_its_day_told_on_are_one_phrase() {
        assert_eq!(text("今年1月1日以来，全市"), Some("今年1月1日以来"));
        assert_eq!(text("本年3月1日起，"), Some("本年3月1日起"));
    }

    #[test]
    fn another_year_or_a_day_not_told_on_stays_apart() {
        assert_eq!(text("去年1月1日以来，"), None);
        assert_eq!(text("今年1月1日，"), None);
        assert_eq!(text("今年1-9月，"), None);
    }
}
