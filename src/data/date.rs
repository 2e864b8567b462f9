//! Event dates at the precision the source supports.

use std::fmt;

use super::model::{Event, Meta};

/// A calendar day as `(year, month, day)`, ordered as dates are.
pub type Ymd = (u16, u8, u8);

/// A date known to the year, the month or the day, or not yet known (pending).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventDate {
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
    Pending,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl EventDate {
    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `pending`.
    pub fn parse(text: &str) -> Result<Self, String> {
        if text == "pending" {
            return Ok(Self::Pending);
        }
        let bad =
            || format!("\"{text}\" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or \"pending\"");
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, len: usize| -> Result<u16, String> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(parts[0], 4)?;
        if !(1900..=2100).contains(&year) {
            return Err(format!("year {year} is out of range"));
        }
        let month = match parts.get(1) {
            None => return Ok(Self::Year(year)),
            Some(part) => number(part, 2)? as u8,
        };
        if !(1..=12).contains(&month) {
            return Err(format!("\"{text}\" has no month {month}"));
        }
        let day = match parts.get(2) {
            None => return Ok(Self::Month(year, month)),
            Some(part) => number(part, 2)? as u8,
        };
        if parts.len() > 3 || day == 0 || day > days_in_month(year, month) {
            return Err(format!("\"{text}\" is not a day of the calendar"));
        }
        Ok(Self::Day(year, month, day))
    }

    /// The value for `<time datetime>`, at the date's precision; none when pending.
    pub fn datetime(&self) -> Option<String> {
        match *self {
            Self::Year(y) => Some(format!("{y:04}")),
            Self::Month(y, m) => Some(format!("{y:04}-{m:02}")),
            Self::Day(y, m, d) => Some(format!("{y:04}-{m:02}-{d:02}")),
            Self::Pending => None,
        }
    }

    /// The first and last day the date may stand for, as `(year, month, day)`.
    /// Pending dates have no span: they come after every dated event.
    pub fn span(&self) -> Option<(Ymd, Ymd)> {
        match *self {
            Self::Year(y) => Some(((y, 1, 1), (y, 12, 31))),
            Self::Month(y, m) => Some(((y, m, 1), (y, m, days_in_month(y, m)))),
            Self::Day(y, m, d) => Some(((y, m, d), (y, m, d))),
            Self::Pending => None,
        }
    }

    /// Whether an event with this date may follow one dated `earlier` on a
    /// timeline: pending comes last, and a vague date may overlap a precise one.
    pub fn may_follow(&self, earlier: &EventDate) -> bool {
        match (earlier.span(), self.span()) {
            (None, None) | (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some((earlier_start, _)), Some((_, end))) => end >= earlier_start,
        }
    }

    pub fn is_pending(&self) -> bool {
        matches!(self, Self::Pending)
    }
}

impl fmt::Display for EventDate {
    /// A reader-facing label: "2016", "June 2025", "4 January 2026", "Pending".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = |m: u8| MONTHS[usize::from(m - 1)];
        match *self {
            Self::Year(y) => write!(f, "{y}"),
            Self::Month(y, m) => write!(f, "{} {y}", month(m)),
            Self::Day(y, m, d) => write!(f, "{d} {} {y}", month(m)),
            Self::Pending => f.write_str("Pending"),
        }
    }
}

// Here rather than in model.rs, which the build script compiles on its own.
impl Event {
    /// The event's date, read; pending if it cannot be read (validation
    /// rejects such dates, so the page never shows one).
    pub fn when(&self) -> EventDate {
        EventDate::parse(&self.date).unwrap_or(EventDate::Pending)
    }
}

impl Meta {
    /// The publication date as a reader reads it ("16 January 2026").
    pub fn published_label(&self) -> String {
        EventDate::parse(&self.published)
            .map(|d| d.to_string())
            .unwrap_or_default()
    }

    /// The verdicts' date as a reader reads it.
    pub fn verdicts_as_of_label(&self) -> String {
        EventDate::parse(&self.verdicts_as_of)
            .map(|d| d.to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(EventDate::parse("2016"), Ok(EventDate::Year(2016)));
        assert_eq!(EventDate::parse("2025-06"), Ok(EventDate::Month(2025, 6)));
        assert_eq!(
            EventDate::parse("2026-01-04"),
            Ok(EventDate::Day(2026, 1, 4))
        );
        assert_eq!(EventDate::parse("pending"), Ok(EventDate::Pending));
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "",
            "16",
            "2026-13",
            "2026-00",
            "2025-02-29",
            "2026-1-4",
            "2026-01-04-01",
            "soon",
            "1066",
        ] {
            assert!(EventDate::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(EventDate::parse("2024-02-29").is_ok(), "leap day");
    }

    #[test]
    fn datetime_attribute_keeps_precision() {
        assert_eq!(EventDate::Year(2016).datetime().as_deref(), Some("2016"));
        assert_eq!(
            EventDate::Month(2025, 11).datetime().as_deref(),
            Some("2025-11")
        );
        assert_eq!(
            EventDate::Day(2026, 1, 4).datetime().as_deref(),
            Some("2026-01-04")
        );
        assert_eq!(EventDate::Pending.datetime(), None);
    }

    #[test]
    fn labels_read_naturally() {
        assert_eq!(EventDate::Month(2025, 6).to_string(), "June 2025");
        assert_eq!(EventDate::Day(2026, 1, 16).to_string(), "16 January 2026");
        assert_eq!(EventDate::Pending.to_string(), "Pending");
    }

    #[test]
    fn ordering_allows_overlap_but_not_going_back() {
        let jan = EventDate::Month(2026, 1);
        let jan4 = EventDate::Day(2026, 1, 4);
        assert!(jan.may_follow(&jan4), "a month may follow a day inside it");
        assert!(jan4.may_follow(&jan));
        assert!(!EventDate::Year(2019).may_follow(&jan4));
        assert!(EventDate::Pending.may_follow(&jan4));
        assert!(!jan4.may_follow(&EventDate::Pending), "pending comes last");
    }
}
