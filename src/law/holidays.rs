//! Public holidays (Algemene termijnenwet): see the [`law`](crate::law) layer docs.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use rust_decimal::Decimal;

use crate::Error;
use crate::money::Range;

/// The first year of the calendar: the first Koningsdag (27 April 2014).
pub const FIRST_YEAR: i32 = 2014;
/// The last year of the calendar (as [`crate::CATALOGUE_YEARS`]).
pub const LAST_YEAR: i32 = 9999;

/// The most working days [`working_days_after`] counts: 2,600 (about ten years).
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::law::WORKING_DAYS.to_string(), "0 to 2600 working days, at most 0 decimals");
/// ```
pub const WORKING_DAYS: Range = Range {
    max: Decimal::from_parts(2600, 0, 0, false, 0),
    decimals: 0,
    unit: "working days",
};

/// A generally recognised public holiday ("algemeen erkende feestdag") of the Algemene
/// termijnenwet, art. 3 lid 1 and 2.
///
/// `Display` prints the Dutch name (`"Tweede Paasdag"`); [`Holiday::as_str`] is the machine
/// spelling (`"tweede_paasdag"`); `FromStr` accepts both, ignoring ASCII case.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::law::Holiday;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// assert_eq!(Holiday::Koningsdag.date(2026)?, d(4, 27));
/// assert_eq!(Holiday::GoedeVrijdag.date(2026)?, d(4, 3)); // Easter 2026: 5 April
/// assert_eq!("Tweede Paasdag".parse::<Holiday>()?, Holiday::TweedePaasdag);
/// assert_eq!(Holiday::TweedePaasdag.to_string().parse::<Holiday>()?, Holiday::TweedePaasdag);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Holiday {
    /// Nieuwjaarsdag, 1 January (lid 1).
    Nieuwjaarsdag,
    /// Goede Vrijdag, two days before Easter (lid 2: "wordt de Goede Vrijdag … gelijkgesteld").
    GoedeVrijdag,
    /// Tweede Paasdag (Paasmaandag), the day after Easter (lid 1).
    TweedePaasdag,
    /// Koningsdag, 27 April, 26 April when 27 April is a Sunday (lid 1: "de dag waarop de
    /// verjaardag van de Koning wordt gevierd").
    Koningsdag,
    /// Bevrijdingsdag, 5 May, every year (lid 1: "de vijfde mei").
    Bevrijdingsdag,
    /// Hemelvaartsdag, 39 days after Easter (lid 1).
    Hemelvaartsdag,
    /// Tweede Pinksterdag (Pinkstermaandag), 50 days after Easter (lid 1).
    TweedePinksterdag,
    /// Eerste Kerstdag, 25 December (lid 1: "de beide Kerstdagen").
    EersteKerstdag,
    /// Tweede Kerstdag, 26 December (lid 1).
    TweedeKerstdag,
}

/// Every holiday with its Dutch name and machine spelling, in calendar order.
const NAMES: [(Holiday, &str, &str); 9] = [
    (Holiday::Nieuwjaarsdag, "Nieuwjaarsdag", "nieuwjaarsdag"),
    (Holiday::GoedeVrijdag, "Goede Vrijdag", "goede_vrijdag"),
    (Holiday::TweedePaasdag, "Tweede Paasdag", "tweede_paasdag"),
    (Holiday::Koningsdag, "Koningsdag", "koningsdag"),
    (Holiday::Bevrijdingsdag, "Bevrijdingsdag", "bevrijdingsdag"),
    (Holiday::Hemelvaartsdag, "Hemelvaartsdag", "hemelvaartsdag"),
    (
        Holiday::TweedePinksterdag,
        "Tweede Pinksterdag",
        "tweede_pinksterdag",
    ),
    (
        Holiday::EersteKerstdag,
        "Eerste Kerstdag",
        "eerste_kerstdag",
    ),
    (
        Holiday::TweedeKerstdag,
        "Tweede Kerstdag",
        "tweede_kerstdag",
    ),
];

const ALL: [Holiday; 9] = [
    Holiday::Nieuwjaarsdag,
    Holiday::GoedeVrijdag,
    Holiday::TweedePaasdag,
    Holiday::Koningsdag,
    Holiday::Bevrijdingsdag,
    Holiday::Hemelvaartsdag,
    Holiday::TweedePinksterdag,
    Holiday::EersteKerstdag,
    Holiday::TweedeKerstdag,
];

impl Holiday {
    /// Every holiday, in calendar order (Hemelvaartsdag may fall on 5 May, as in 2016).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::law::Holiday;
    /// assert_eq!(Holiday::all().len(), 9);
    /// assert_eq!(Holiday::all().first(), Some(&Holiday::Nieuwjaarsdag));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Holiday] {
        &ALL
    }

    fn names(self) -> (&'static str, &'static str) {
        NAMES
            .iter()
            .find(|(h, _, _)| *h == self)
            .map_or(("", ""), |(_, dutch, machine)| (*dutch, *machine))
    }

    /// The machine spelling, snake case: `"tweede_paasdag"`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::law::Holiday::GoedeVrijdag.as_str(), "goede_vrijdag");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.names().1
    }

    /// The paragraph of the Algemene termijnenwet that makes the day a holiday.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::law::Holiday;
    /// assert_eq!(Holiday::GoedeVrijdag.source(), "Algemene termijnenwet art. 3 lid 2");
    /// assert_eq!(Holiday::Bevrijdingsdag.source(), "Algemene termijnenwet art. 3 lid 1");
    /// ```
    #[must_use]
    pub const fn source(self) -> &'static str {
        match self {
            Holiday::GoedeVrijdag => "Algemene termijnenwet art. 3 lid 2",
            _ => "Algemene termijnenwet art. 3 lid 1",
        }
    }

    /// The date of the holiday in `year`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] when `year` lies outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::law::Holiday;
    /// // 27 April 2025 is a Sunday: Koningsdag is on Saturday 26 April.
    /// assert_eq!(Holiday::Koningsdag.date(2025)?, NaiveDate::from_ymd_opt(2025, 4, 26).unwrap());
    /// assert!(Holiday::Koningsdag.date(2013).is_err()); // before the first Koningsdag
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn date(self, year: i32) -> Result<NaiveDate, Error> {
        let first = year_start(year)?;
        let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
        let easter = |offset: i64| {
            easter_sunday(year).and_then(|e| {
                if offset < 0 {
                    e.checked_sub_days(Days::new(offset.unsigned_abs()))
                } else {
                    e.checked_add_days(Days::new(offset.unsigned_abs()))
                }
            })
        };
        let date = match self {
            Holiday::Nieuwjaarsdag => fixed(1, 1),
            Holiday::GoedeVrijdag => easter(-2),
            Holiday::TweedePaasdag => easter(1),
            Holiday::Koningsdag => fixed(4, 27).and_then(|d| {
                if d.weekday() == Weekday::Sun {
                    d.pred_opt()
                } else {
                    Some(d)
                }
            }),
            Holiday::Bevrijdingsdag => fixed(5, 5),
            Holiday::Hemelvaartsdag => easter(39),
            Holiday::TweedePinksterdag => easter(50),
            Holiday::EersteKerstdag => fixed(12, 25),
            Holiday::TweedeKerstdag => fixed(12, 26),
        };
        date.ok_or_else(|| outside(first))
    }

    /// The holiday on `date`, if any (the first in calendar order when two coincide, as
    /// Hemelvaartsdag and Bevrijdingsdag on 5 May 2016).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] when `date` lies outside the years of the calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::law::Holiday;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(Holiday::on(d(2026, 5, 5))?, Some(Holiday::Bevrijdingsdag));
    /// assert_eq!(Holiday::on(d(2026, 5, 6))?, None);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn on(date: NaiveDate) -> Result<Option<Holiday>, Error> {
        let year = date.year();
        for h in ALL {
            if h.date(year)? == date {
                return Ok(Some(h));
            }
        }
        Ok(None)
    }
}

impl std::fmt::Display for Holiday {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.names().0)
    }
}

impl std::str::FromStr for Holiday {
    type Err = Error;

    fn from_str(s: &str) -> Result<Holiday, Error> {
        NAMES
            .iter()
            .find(|(_, dutch, machine)| {
                s.eq_ignore_ascii_case(dutch) || s.eq_ignore_ascii_case(machine)
            })
            .map(|(h, _, _)| *h)
            .ok_or_else(|| Error::UnknownName {
                kind: "holiday",
                input: crate::error::clip(s),
                expected: "nieuwjaarsdag, goede_vrijdag, tweede_paasdag, koningsdag, \
                           bevrijdingsdag, hemelvaartsdag, tweede_pinksterdag, eerste_kerstdag, \
                           tweede_kerstdag",
            })
    }
}

/// 1 January of `year`, if the calendar covers the year.
fn year_start(year: i32) -> Result<NaiveDate, Error> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(first)
    } else {
        Err(outside(first))
    }
}

/// The error for a date outside the calendar's years.
#[cold]
fn outside(date: NaiveDate) -> Error {
    Error::InvalidPeriod {
        start: date,
        end: date,
        reason: "the holiday calendar covers 2014 (the first Koningsdag) to 9999",
    }
}

/// Easter Sunday of `year` in the Gregorian calendar, by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher); `None` before 1583 (the first full Gregorian year) or when the
/// date cannot be represented.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::law::easter_sunday;
/// assert_eq!(easter_sunday(2026), NaiveDate::from_ymd_opt(2026, 4, 5));
/// assert_eq!(easter_sunday(2285), NaiveDate::from_ymd_opt(2285, 3, 22)); // the earliest date
/// assert_eq!(easter_sunday(1500), None);
/// ```
#[must_use]
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let y = i64::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    let month = u32::try_from(n / 31).ok()?;
    let day = u32::try_from(n % 31 + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The holidays of one year, computed once for a run of days.
struct YearHolidays {
    year: i32,
    dates: [NaiveDate; 9],
}

impl YearHolidays {
    fn of(year: i32) -> Result<YearHolidays, Error> {
        let mut dates = [NaiveDate::MIN; 9];
        for (slot, h) in dates.iter_mut().zip(ALL) {
            *slot = h.date(year)?;
        }
        Ok(YearHolidays { year, dates })
    }

    /// Whether `date` is a working day; refreshes the year when `date` lies in another one.
    fn is_working_day(&mut self, date: NaiveDate) -> Result<bool, Error> {
        if date.year() != self.year {
            *self = YearHolidays::of(date.year())?;
        }
        Ok(!matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.dates.contains(&date))
    }
}

/// Whether `date` is a working day: not a Saturday or Sunday and not a holiday of the
/// Algemene termijnenwet art. 3 (lid 1 and 2; see the [layer docs](crate::law)).
///
/// # Errors
///
/// [`Error::InvalidPeriod`] when `date` lies outside the years of the calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::law::is_working_day;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// assert!(is_working_day(d(3, 2))?); // a Monday
/// assert!(!is_working_day(d(3, 7))?); // a Saturday
/// assert!(!is_working_day(d(4, 3))?); // Goede Vrijdag (art. 3 lid 2)
/// assert!(!is_working_day(d(5, 5))?); // Bevrijdingsdag (art. 3 lid 1, "de vijfde mei")
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn is_working_day(date: NaiveDate) -> Result<bool, Error> {
    YearHolidays::of(date.year())?.is_working_day(date)
}

/// The day itself when it is a working day, else the first working day after it: how the
/// Algemene termijnenwet art. 1 lid 1 extends a term that ends on a Saturday, Sunday or
/// holiday ("wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of
/// algemeen erkende feestdag is").
///
/// # Errors
///
/// [`Error::InvalidPeriod`] when a day looked at lies outside the years of the calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::law::first_working_day_from;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Easter weekend 2026: Goede Vrijdag 3 April to Paasmaandag 6 April.
/// assert_eq!(first_working_day_from(d(4, 3))?, d(4, 7));
/// assert_eq!(first_working_day_from(d(4, 7))?, d(4, 7));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn first_working_day_from(date: NaiveDate) -> Result<NaiveDate, Error> {
    let mut year = YearHolidays::of(date.year())?;
    let mut day = date;
    // At most a long weekend with holidays: the loop ends within a few days.
    while !year.is_working_day(day)? {
        day = day.succ_opt().ok_or_else(|| outside(day))?;
    }
    Ok(day)
}

/// The `n`-th working day after `start` (`start` itself not counted): the last day of a term
/// of `n` working days that begins on `start`. `n = 0` gives `start`.
///
/// # Errors
///
/// [`Error::OutOfRange`] when `n` exceeds [`WORKING_DAYS`]; [`Error::InvalidPeriod`] when a
/// day looked at lies outside the years of the calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::law::working_days_after;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // From Wednesday 1 April 2026: Thu 2, (Goede Vrijdag 3, weekend, Paasmaandag 6), Tue 7,
/// // Wed 8, Thu 9, Fri 10.
/// assert_eq!(working_days_after(d(4, 1), 5)?, d(4, 10));
/// assert_eq!(working_days_after(d(3, 2), 5)?, d(3, 9)); // an ordinary week
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn working_days_after(start: NaiveDate, n: u32) -> Result<NaiveDate, Error> {
    WORKING_DAYS.check("working days", Decimal::from(n))?;
    let mut year = YearHolidays::of(start.year())?;
    let mut day = start;
    let mut left = n;
    while left > 0 {
        day = day.succ_opt().ok_or_else(|| outside(day))?;
        if year.is_working_day(day)? {
            left -= 1;
        }
    }
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for h in Holiday::all() {
            assert_eq!(h.to_string().parse::<Holiday>().unwrap(), *h);
            assert_eq!(h.as_str().parse::<Holiday>().unwrap(), *h);
            assert_eq!(h.to_string().to_uppercase().parse::<Holiday>().unwrap(), *h);
        }
        assert!("Pasen".parse::<Holiday>().is_err());
    }
}
