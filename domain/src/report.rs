//! Reports' arithmetic: the period a dashboard covers, its time buckets (day, ISO week starting
//! Monday, month; in UTC), rolling daily figures up into buckets, medians and shares. The
//! database sums per day; everything coarser is done here, the same way on every database.

use crate::{InputError, Locale};
use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};

/// How finely a chart over time is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Granularity {
    /// One bar a day.
    #[default]
    Day,
    /// One bar a week (Monday to Sunday).
    Week,
    /// One bar a month.
    Month,
}

impl Granularity {
    /// Every granularity, finest first.
    pub const ALL: [Granularity; 3] = [Granularity::Day, Granularity::Week, Granularity::Month];

    /// Reads `day`, `week` or `month`; anything else is the default (day).
    pub fn parse(raw: &str) -> Self {
        match raw.trim() {
            "week" => Granularity::Week,
            "month" => Granularity::Month,
            _ => Granularity::Day,
        }
    }

    /// The value in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
        }
    }

    /// The first day of the bucket holding `day`.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Granularity::Day => day,
            Granularity::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            Granularity::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// The first day of the bucket after the one starting on `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Granularity::Day => start + Days::new(1),
            Granularity::Week => start + Days::new(7),
            Granularity::Month => start + Months::new(1),
        }
    }

    fn coarser(self) -> Option<Self> {
        match self {
            Granularity::Day => Some(Granularity::Week),
            Granularity::Week => Some(Granularity::Month),
            Granularity::Month => None,
        }
    }

    /// Buckets shown when no start day is given.
    fn default_count(self) -> u32 {
        match self {
            Granularity::Day => 30,
            Granularity::Week => 12,
            Granularity::Month => 12,
        }
    }

    /// A bucket's label on an axis: `02/12` (a day, or the Monday of a week) or `12/2026`.
    pub fn label(self, start: NaiveDate, _locale: Locale) -> String {
        // Morocco writes day before month in all three languages, with Western digits.
        match self {
            Granularity::Day | Granularity::Week => start.format("%d/%m").to_string(),
            Granularity::Month => start.format("%m/%Y").to_string(),
        }
    }
}

/// A range of days as typed, either end open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayRange {
    /// First day, inclusive.
    pub from: Option<NaiveDate>,
    /// Last day, inclusive.
    pub to: Option<NaiveDate>,
}

impl DayRange {
    /// The instants bounding the range: from midnight UTC of the first day, until (excluded)
    /// midnight after the last.
    pub fn bounds(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        (
            self.from.and_then(midnight),
            self.to.and_then(|d| d.succ_opt()).and_then(midnight),
        )
    }
}

/// Reads a day written `YYYY-MM-DD` (Arabic-Indic digits allowed); empty is `None`.
pub fn parse_day(raw: &str) -> Result<Option<NaiveDate>, InputError> {
    let text = crate::normalize::western_digits(raw.trim());
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=9999).contains(&d.year()))
        .map(Some)
        .ok_or(InputError::DateInvalid)
}

/// Reads the `from` and `to` fields; the failing field is named. `to` before `from` is refused.
pub fn parse_day_range(from: &str, to: &str) -> Result<DayRange, (&'static str, InputError)> {
    let from = parse_day(from).map_err(|e| ("from", e))?;
    let to = parse_day(to).map_err(|e| ("to", e))?;
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(("to", InputError::DateInvalid));
    }
    Ok(DayRange { from, to })
}

/// The most bars a chart over time shows; a longer period is shown in coarser buckets.
pub const MAX_BUCKETS: usize = 120;

/// The days a dashboard covers and how they are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day (the start of its first bucket).
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub to: NaiveDate,
    /// The buckets' size (coarser than asked when the period is long).
    pub granularity: Granularity,
}

impl Period {
    /// The period for `range` cut by `asked`: without a last day, up to `today`; without a first
    /// day, the granularity's usual span (30 days, 12 weeks, 12 months). The first bucket starts
    /// on the bucket boundary at or before the first day; past [`MAX_BUCKETS`], the buckets grow
    /// (day → week → month) and at most the last [`MAX_BUCKETS`] months are kept.
    pub fn new(range: DayRange, asked: Granularity, today: NaiveDate) -> Self {
        let to = range.to.unwrap_or(today);
        let mut granularity = asked;
        let from_for = |g: Granularity| {
            range.from.unwrap_or_else(|| {
                let mut start = g.start_of(to);
                for _ in 1..g.default_count() {
                    start = g.start_of(start - Days::new(1));
                }
                start
            })
        };
        loop {
            let period = Period {
                from: granularity.start_of(from_for(granularity)),
                to,
                granularity,
            };
            if period.count() <= MAX_BUCKETS {
                return period;
            }
            match granularity.coarser() {
                Some(g) => granularity = g,
                None => {
                    let mut from = granularity.start_of(to);
                    for _ in 1..MAX_BUCKETS {
                        from = granularity.start_of(from - Days::new(1));
                    }
                    return Period {
                        from,
                        to,
                        granularity,
                    };
                }
            }
        }
    }

    fn count(&self) -> usize {
        let mut n = 0;
        let mut start = self.from;
        while start <= self.to && n <= MAX_BUCKETS {
            n += 1;
            start = self.granularity.next(start);
        }
        n
    }

    /// The first day of every bucket, in order.
    pub fn buckets(&self) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut start = self.from;
        while start <= self.to && out.len() <= MAX_BUCKETS {
            out.push(start);
            start = self.granularity.next(start);
        }
        out
    }

    /// The range of days this period covers (for queries).
    pub fn range(&self) -> DayRange {
        DayRange {
            from: Some(self.from),
            to: Some(self.to),
        }
    }

    /// Adds up daily figures into the buckets; days outside the period are left out.
    pub fn roll_up(&self, daily: &[(NaiveDate, i64)]) -> Vec<i64> {
        let starts = self.buckets();
        let mut sums = vec![0; starts.len()];
        for (day, value) in daily {
            if *day < self.from || *day > self.to {
                continue;
            }
            let start = self.granularity.start_of(*day);
            if let Ok(i) = starts.binary_search(&start) {
                sums[i] += value;
            }
        }
        sums
    }
}

/// The median of `values` (the mean of the two middle ones, rounded down, for an even count).
pub fn median(mut values: Vec<i64>) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]).div_euclid(2)
    } else {
        values[mid]
    })
}

/// `part` out of `whole` in tenths of a percent, rounded half up; `None` when `whole` is zero.
pub fn share_permille(part: i64, whole: i64) -> Option<i64> {
    (whole > 0)
        .then(|| (i128::from(part) * 1000 + i128::from(whole) / 2) / i128::from(whole))
        .and_then(|p| i64::try_from(p).ok())
}

/// Writes tenths of a percent as a percentage for `locale`: `41,7 %` (fr), `41.7%` (en),
/// `41,7٪` (ar).
pub fn percent(permille: i64, locale: Locale) -> String {
    let (whole, tenth) = (permille / 10, (permille % 10).abs());
    match locale {
        Locale::Fr => format!("{whole},{tenth}\u{202f}%"),
        Locale::En => format!("{whole}.{tenth}%"),
        Locale::Ar => format!("{whole},{tenth}\u{066a}"),
    }
}

/// Writes a whole number with the locale's grouping: `12 345` (fr, ar), `12,345` (en).
pub fn count(n: i64, locale: Locale) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = if locale == Locale::En {
        ","
    } else {
        "\u{202f}"
    };
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a day")
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        assert_eq!(
            Granularity::Week.start_of(day("2026-12-02")),
            day("2026-11-30")
        );
        assert_eq!(
            Granularity::Week.start_of(day("2026-11-30")),
            day("2026-11-30")
        );
        assert_eq!(
            Granularity::Week.start_of(day("2026-12-06")),
            day("2026-11-30")
        );
        assert_eq!(
            Granularity::Month.start_of(day("2026-12-31")),
            day("2026-12-01")
        );
        assert_eq!(
            Granularity::Month.next(day("2026-12-01")),
            day("2027-01-01")
        );
    }

    #[test]
    fn a_default_period_ends_today_with_the_usual_span() {
        let today = day("2026-12-02");
        let p = Period::new(DayRange::default(), Granularity::Day, today);
        assert_eq!(
            (p.from, p.to, p.buckets().len()),
            (day("2026-11-03"), today, 30)
        );
        let w = Period::new(DayRange::default(), Granularity::Week, today);
        assert_eq!((w.from, w.buckets().len()), (day("2026-09-14"), 12));
        let m = Period::new(DayRange::default(), Granularity::Month, today);
        assert_eq!((m.from, m.buckets().len()), (day("2026-01-01"), 12));
    }

    #[test]
    fn a_long_period_is_shown_in_coarser_buckets() {
        let range = DayRange {
            from: Some(day("2025-01-01")),
            to: Some(day("2026-12-02")),
        };
        let p = Period::new(range, Granularity::Day, day("2026-12-02"));
        assert_eq!(p.granularity, Granularity::Week);
        let decades = DayRange {
            from: Some(day("1990-01-01")),
            to: Some(day("2026-12-02")),
        };
        let p = Period::new(decades, Granularity::Day, day("2026-12-02"));
        assert_eq!(p.granularity, Granularity::Month);
        assert_eq!(p.buckets().len(), MAX_BUCKETS);
        assert_eq!(p.buckets().last(), Some(&day("2026-12-01")));
    }

    #[test]
    fn days_roll_up_into_their_buckets() {
        let range = DayRange {
            from: Some(day("2026-11-30")),
            to: Some(day("2026-12-13")),
        };
        let p = Period::new(range, Granularity::Week, day("2026-12-31"));
        let sums = p.roll_up(&[
            (day("2026-11-30"), 5),
            (day("2026-12-06"), 7),
            (day("2026-12-07"), 1),
            (day("2026-12-14"), 100),
            (day("2026-11-29"), 100),
        ]);
        assert_eq!(sums, vec![12, 1]);
    }

    #[test]
    fn ranges_refuse_bad_days_and_reversed_ends() {
        assert_eq!(
            parse_day_range("2026-13-01", ""),
            Err(("from", InputError::DateInvalid))
        );
        assert_eq!(
            parse_day_range("2026-12-02", "2026-12-01"),
            Err(("to", InputError::DateInvalid))
        );
        assert_eq!(
            parse_day_range("٢٠٢٦-١٢-٠١", ""),
            Ok(DayRange {
                from: Some(day("2026-12-01")),
                to: None
            })
        );
        let (from, until) = parse_day_range("2026-12-01", "2026-12-01")
            .expect("ok")
            .bounds();
        assert_eq!(until.zip(from).map(|(u, f)| (u - f).num_hours()), Some(24));
    }

    #[test]
    fn medians_shares_and_numbers() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![5, 1, 3]), Some(3));
        assert_eq!(median(vec![4, 1, 3, 2]), Some(2));
        assert_eq!(share_permille(1, 3), Some(333));
        assert_eq!(share_permille(2, 3), Some(667));
        assert_eq!(share_permille(1, 0), None);
        assert_eq!(percent(417, Locale::Fr), "41,7\u{202f}%");
        assert_eq!(percent(417, Locale::En), "41.7%");
        assert_eq!(count(1_234_567, Locale::En), "1,234,567");
        assert_eq!(count(-1234, Locale::Fr), "-1\u{202f}234");
    }

    proptest! {
        #[test]
        fn rolling_up_keeps_every_day_of_the_period(
            offsets in proptest::collection::vec((0u64..400, 0i64..10_000), 0..200),
            g in 0usize..3,
        ) {
            let granularity = Granularity::ALL[g];
            let start = day("2025-06-15");
            let range = DayRange { from: Some(start), to: Some(start + Days::new(399)) };
            let p = Period::new(range, granularity, start);
            let daily: Vec<(NaiveDate, i64)> =
                offsets.iter().map(|(o, v)| (start + Days::new(*o), *v)).collect();
            let kept: i64 = daily.iter().filter(|(d, _)| *d >= p.from && *d <= p.to).map(|(_, v)| v).sum();
            prop_assert_eq!(p.roll_up(&daily).iter().sum::<i64>(), kept);
            prop_assert!(p.buckets().len() <= MAX_BUCKETS);
            prop_assert!(p.buckets().windows(2).all(|w| w[0] < w[1]));
        }
    }
}
