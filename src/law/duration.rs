//! Duration rules: see the [`law`](crate::law) layer docs.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::{Error, Measure};

/// The length of a term: days, weeks or calendar months (a year is 12 months).
///
/// `Display` writes `"3 months"`, `"6 weeks"`, `"1 day"`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::Term;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(Term::Months(1).last_day(d(2026, 1, 31))?, d(2026, 2, 28));
/// assert_eq!(Term::Weeks(6).last_day(d(2026, 1, 1))?, d(2026, 2, 11));
/// assert_eq!(Term::years(1).to_string(), "12 months");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Term {
    /// A number of days.
    Days(u32),
    /// A number of weeks of 7 days.
    Weeks(u32),
    /// A number of calendar months.
    Months(u32),
}

impl Term {
    /// A term of `n` years: `12 × n` months (saturating).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Term::years(2), jbjr::Term::Months(24));
    /// ```
    #[must_use]
    pub const fn years(n: u32) -> Term {
        Term::Months(n.saturating_mul(12))
    }

    /// The last day (inclusive) of a term of this length that starts on `start`, by the
    /// conventions of the [module documentation](crate::law): N months from day D end on
    /// the day before day D, N months later, or on the last day of that month when it has no
    /// day D. A term of length zero ends the day before it starts.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] when the result lies outside [`NaiveDate`]'s range.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::Term;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(Term::Months(12).last_day(d(2026, 3, 15))?, d(2027, 3, 14));
    /// assert_eq!(Term::Months(12).last_day(d(2024, 2, 29))?, d(2025, 2, 28));
    /// assert!(Term::Days(2).last_day(NaiveDate::MAX).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn last_day(self, start: NaiveDate) -> Result<NaiveDate, Error> {
        let out_of_range = || Error::InvalidPeriod {
            start,
            end: start,
            reason: "the end of the term lies outside the supported date range",
        };
        match self {
            // Computed without building the (exclusive) day after the term, so a term ending
            // on `NaiveDate::MAX` is representable.
            Term::Days(0) => start.pred_opt().ok_or_else(out_of_range),
            Term::Days(n) => start
                .checked_add_days(chrono::Days::new(u64::from(n) - 1))
                .ok_or_else(out_of_range),
            Term::Weeks(n) => Term::Days(n.saturating_mul(7))
                .last_day(start)
                .map_err(|_| out_of_range()),
            Term::Months(n) => {
                let month0 =
                    i64::from(start.year()) * 12 + i64::from(start.month0()) + i64::from(n);
                let ym = |m0: i64| -> Option<(i32, u32)> {
                    let year = i32::try_from(m0.div_euclid(12)).ok()?;
                    let month = u32::try_from(m0.rem_euclid(12)).ok()? + 1;
                    Some((year, month))
                };
                let day = start.day();
                let last = if day == 1 {
                    // The day before the 1st: the last day of the month before.
                    ym(month0 - 1).and_then(|(y, m)| last_of_month(y, m))
                } else {
                    ym(month0).and_then(|(y, m)| {
                        match NaiveDate::from_ymd_opt(y, m, day) {
                            Some(_) => NaiveDate::from_ymd_opt(y, m, day - 1),
                            // No day D in that month: its last day.
                            None => last_of_month(y, m),
                        }
                    })
                };
                last.ok_or_else(out_of_range)
            }
        }
    }

    /// The length of the inclusive period `start..=end` as a term: whole months when the
    /// period is exactly N months by [`Term::last_day`], otherwise days.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] when `end` is before `start`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::Term;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(Term::spanning(d(2026, 1, 31), d(2026, 10, 30))?, Term::Months(9));
    /// assert_eq!(Term::spanning(d(2026, 1, 1), d(2026, 1, 10))?, Term::Days(10));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn spanning(start: NaiveDate, end: NaiveDate) -> Result<Term, Error> {
        if end < start {
            return Err(Error::InvalidPeriod {
                start,
                end,
                reason: "the end lies before the start",
            });
        }
        let months = (end.year() - start.year()) * 12 + end.month0() as i32 - start.month0() as i32;
        for n in [months, months + 1] {
            if let Ok(n) = u32::try_from(n) {
                if n > 0 && Term::Months(n).last_day(start).ok() == Some(end) {
                    return Ok(Term::Months(n));
                }
            }
        }
        let days = (end - start).num_days() + 1;
        Ok(Term::Days(u32::try_from(days).unwrap_or(u32::MAX)))
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (n, unit) = match *self {
            Term::Days(n) => (n, "day"),
            Term::Weeks(n) => (n, "week"),
            Term::Months(n) => (n, "month"),
        };
        write!(f, "{n} {unit}{}", if n == 1 { "" } else { "s" })
    }
}

/// The last day of `month` (1–12) of `year`, by the convention "Month ends" of the
/// [layer documentation](crate::law): the 30th of April, June, September and November, the 29th
/// of February in a leap year of the proleptic Gregorian calendar and the 28th otherwise, the
/// 31st of the other months. The crate's one month-end helper: terms ([`Term::last_day`]) and
/// pricing (a product period's last day, TR388; the days of a month for daily pro rata) use it.
///
/// Returns `None` (no panic) when `month` is not 1–12 or [`NaiveDate`] cannot represent that
/// month. December of `NaiveDate::MAX.year()` ends on [`NaiveDate::MAX`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::law::last_of_month;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
/// assert_eq!(last_of_month(2026, 4), d(2026, 4, 30));
/// assert_eq!(last_of_month(2028, 2), d(2028, 2, 29)); // leap year
/// assert_eq!(last_of_month(2100, 2), d(2100, 2, 28)); // century, not divisible by 400
/// assert_eq!(last_of_month(2000, 2), d(2000, 2, 29)); // divisible by 400
/// assert_eq!(last_of_month(NaiveDate::MAX.year(), 12), Some(NaiveDate::MAX));
/// assert_eq!(last_of_month(2026, 13), None);
/// # use chrono::Datelike;
/// ```
#[must_use]
pub fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let day = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        // 29 February exists exactly in the leap years of the proleptic Gregorian calendar.
        2 if NaiveDate::from_ymd_opt(year, 2, 29).is_some() => 29,
        2 => 28,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The age in completed years on `on` of a person born on `birth`.
///
/// A person born on 29 February has their birthday on 1 March in years without 29 February.
///
/// # Errors
///
/// [`Error::InvalidPeriod`] when `on` is before `birth`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(jbjr::age_on(d(2010, 6, 15), d(2028, 6, 14))?, 17);
/// assert_eq!(jbjr::age_on(d(2010, 6, 15), d(2028, 6, 15))?, 18);
/// assert_eq!(jbjr::age_on(d(2008, 2, 29), d(2026, 2, 28))?, 17);
/// assert_eq!(jbjr::age_on(d(2008, 2, 29), d(2026, 3, 1))?, 18);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Result<u32, Error> {
    if on < birth {
        return Err(Error::InvalidPeriod {
            start: birth,
            end: on,
            reason: "the date lies before the birth date",
        });
    }
    // on >= birth, so the difference is non-negative.
    let years = u32::try_from(on.year() - birth.year()).unwrap_or(0);
    let birthday = NaiveDate::from_ymd_opt(on.year(), birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(on.year(), 3, 1));
    match birthday {
        Some(b) if on < b => Ok(years.saturating_sub(1)),
        _ => Ok(years),
    }
}

/// The last day of minority of a person born on `birth`: the day before the 18th birthday
/// (BW 1:233). Civil measures (OTS, VOTS, voogdij, VoVo) end on this day at the latest.
///
/// # Errors
///
/// [`Error::InvalidPeriod`] when the date lies outside [`NaiveDate`]'s range.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(jbjr::majority_last_day(d(2010, 6, 15))?, d(2028, 6, 14));
/// assert_eq!(jbjr::majority_last_day(d(2008, 2, 29))?, d(2026, 2, 28));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn majority_last_day(birth: NaiveDate) -> Result<NaiveDate, Error> {
    Term::years(MAJORITY_AGE).last_day(birth)
}

/// The age of majority, 18 (BW 1:233).
pub const MAJORITY_AGE: u32 = 18;

/// The source of the majority rule, as rules and errors cite it.
pub(crate) const MAJORITY_SOURCE: &str = "BW 1:233";

/// How far and how often a measure may be extended.
///
/// # Example
///
/// ```
/// use jbjr::{DurationRule, Extension, Measure};
/// assert_eq!(DurationRule::of(Measure::Vots).extension, Extension::NotAllowed);
/// assert_eq!(
///     DurationRule::of(Measure::GbmBegeleiding).extension,
///     Extension::AtMostFirstTerm { times: 1 }
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Extension {
    /// No extension: the measure ends (or becomes another measure).
    NotAllowed,
    /// The sources set no limit on extensions (open-ended products).
    NoLimit,
    /// Each extension adds at most `term`; `times` extensions at most (`None`: no limit on the
    /// number).
    AtMost {
        /// The longest single extension.
        term: Term,
        /// The most extensions, or `None` for no limit.
        times: Option<u32>,
    },
    /// Each extension adds at most the length of the first term (Sr 77wd).
    AtMostFirstTerm {
        /// The most extensions.
        times: u32,
    },
}

impl Extension {
    /// The most extensions allowed, `None` when the number is not limited.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{DurationRule, Measure};
    /// assert_eq!(DurationRule::of(Measure::Ots).extension.max_count(), None);
    /// assert_eq!(DurationRule::of(Measure::Stp).extension.max_count(), Some(1));
    /// assert_eq!(DurationRule::of(Measure::Vots).extension.max_count(), Some(0));
    /// ```
    #[must_use]
    pub const fn max_count(self) -> Option<u32> {
        match self {
            Extension::NotAllowed => Some(0),
            Extension::NoLimit => None,
            Extension::AtMost { times, .. } => times,
            Extension::AtMostFirstTerm { times } => Some(times),
        }
    }
}

impl fmt::Display for Extension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let times = |f: &mut fmt::Formatter<'_>, t: Option<u32>| match t {
            None => f.write_str(", each time"),
            Some(1) => f.write_str(", once"),
            Some(n) => write!(f, ", {n} times"),
        };
        match *self {
            Extension::NotAllowed => f.write_str("none"),
            Extension::NoLimit => f.write_str("—"),
            Extension::AtMost { term, times: t } => {
                write!(f, "≤ {term}")?;
                times(f, t)
            }
            Extension::AtMostFirstTerm { times: t } => {
                f.write_str("≤ the first term")?;
                times(f, Some(t))
            }
        }
    }
}

/// On which date an age limit is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
#[non_exhaustive]
pub enum AgeAt {
    /// At the start of the order.
    Start,
    /// At the date of the offence (criminal law: Sr 77c, jeugdstrafrecht from 12, adolescentenstrafrecht
    /// up to 23). The measure itself may run past 18.
    Offence,
}

impl AgeAt {
    /// Every age date, in declaration order: the age dates this version of the crate knows, without
    /// depending on strum (the type also implements strum's `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::AgeAt;
    /// assert_eq!(AgeAt::all().first(), Some(&AgeAt::Start));
    /// assert!(AgeAt::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [AgeAt] {
        <AgeAt as strum::VariantArray>::VARIANTS
    }
}

/// An inclusive range of ages in completed years, and the date it is checked on.
///
/// # Example
///
/// ```
/// use jbjr::{AgeAt, DurationRule, Measure};
/// let forza = DurationRule::of(Measure::Forza).age.unwrap();
/// assert_eq!((forza.min, forza.max, forza.at), (12, 17, AgeAt::Start));
/// assert!(forza.contains(17) && !forza.contains(18));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AgeRange {
    /// The lowest age, inclusive.
    pub min: u32,
    /// The highest age, inclusive.
    pub max: u32,
    /// The date the age is checked on.
    pub at: AgeAt,
}

impl AgeRange {
    /// Whether `age` (completed years) lies in the range.
    ///
    /// # Example
    ///
    /// ```
    /// let r = jbjr::DurationRule::of(jbjr::Measure::ItbCriem).age.unwrap();
    /// assert!(r.contains(23) && !r.contains(24) && !r.contains(11));
    /// ```
    #[must_use]
    pub const fn contains(self, age: u32) -> bool {
        self.min <= age && age <= self.max
    }
}

impl fmt::Display for AgeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = match self.at {
            AgeAt::Start => "at start",
            AgeAt::Offence => "at offence",
        };
        write!(f, "{}–{} {at}", self.min, self.max)
    }
}

/// From which day the first term of a measure is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
#[non_exhaustive]
pub enum TermFrom {
    /// From the first day of the order.
    Start,
    /// From the day after the decision, the order's first day (VoVo: "na verloop van drie
    /// maanden na de dag van de beschikking", BW 1:241 lid 4).
    DayAfterStart,
}

impl TermFrom {
    /// Every term start, in declaration order: the term starts this version of the crate knows, without
    /// depending on strum (the type also implements strum's `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::TermFrom;
    /// assert_eq!(TermFrom::all().first(), Some(&TermFrom::Start));
    /// assert!(TermFrom::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [TermFrom] {
        <TermFrom as strum::VariantArray>::VARIANTS
    }
}

/// The duration, extension and age rule of one measure (or one variant of it), with its source.
///
/// Read a measure's rule with [`DurationRule::of`]; [`DurationRule::all`] lists every rule,
/// including variants such as KansRIJK Begeleiding. The fields are public for reading; the
/// struct is `#[non_exhaustive]`, so it cannot be built outside the crate.
///
/// # Example
///
/// ```
/// use jbjr::{DurationRule, Measure, Term};
///
/// let jr = DurationRule::of(Measure::Jeugdreclassering);
/// assert_eq!(jr.first_term_min, Some(Term::Months(6)));
/// assert_eq!(jr.first_term_max, Some(Term::Months(24)));
/// assert!(!jr.ends_at_majority);
/// for rule in DurationRule::all() {
///     println!("{rule}");
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DurationRule {
    /// The measure.
    pub measure: Measure,
    /// A variant of the measure with its own rule (e.g. `"KansRIJK Begeleiding"`), or `None`
    /// for the measure's own rule.
    pub variant: Option<&'static str>,
    /// The shortest first term, if the sources set one.
    pub first_term_min: Option<Term>,
    /// The longest first term; `None`: no term limit in the sources.
    pub first_term_max: Option<Term>,
    /// From which day the first term is counted.
    pub term_from: TermFrom,
    /// How far and how often the measure may be extended.
    pub extension: Extension,
    /// Whether the measure ends at the 18th birthday at the latest (BW 1:233): its last day is
    /// at most the day before.
    pub ends_at_majority: bool,
    /// The ages the measure is for, if the sources set them.
    pub age: Option<AgeRange>,
    /// Where the rule comes from (law article, source paragraph).
    pub source: &'static str,
    /// What the sources say, in short, including "no term limit in the sources".
    pub note: &'static str,
}

impl DurationRule {
    /// The sources of the rule's term and extension limits: [`DurationRule::source`] without
    /// BW 1:233 (majority), which a rule that ends at majority cites last. An error about a
    /// term or an extension cites this; BW 1:233 is cited by the error about the 18th
    /// birthday.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{DurationRule, Measure};
    /// let vots = DurationRule::of(Measure::Vots);
    /// assert_eq!(vots.source, "BW 1:257 lid 2; BW 1:233");
    /// assert_eq!(vots.term_source(), "BW 1:257 lid 2");
    /// // A rule that does not end at majority cites no BW 1:233 to begin with.
    /// let gbm = DurationRule::of(Measure::GbmBegeleiding);
    /// assert_eq!(gbm.term_source(), gbm.source);
    /// ```
    #[must_use]
    pub fn term_source(&self) -> &'static str {
        self.source
            .strip_suffix(MAJORITY_SOURCE)
            .and_then(|s| s.strip_suffix("; "))
            .unwrap_or(self.source)
    }

    /// The last day the first term may end on when the order starts on `start`; `None` when the
    /// sources set no term limit.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] when the date lies outside [`NaiveDate`]'s range.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{DurationRule, Measure};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // VoVo lapses three months after the day of the decision (BW 1:241 lid 4).
    /// assert_eq!(DurationRule::of(Measure::VoVo).first_term_last_day(d(2026, 1, 15))?,
    ///            Some(d(2026, 4, 15)));
    /// assert_eq!(DurationRule::of(Measure::Vots).first_term_last_day(d(2026, 1, 15))?,
    ///            Some(d(2026, 4, 14)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn first_term_last_day(&self, start: NaiveDate) -> Result<Option<NaiveDate>, Error> {
        let Some(max) = self.first_term_max else {
            return Ok(None);
        };
        let from = match self.term_from {
            TermFrom::Start => start,
            TermFrom::DayAfterStart => start.succ_opt().ok_or_else(|| Error::InvalidPeriod {
                start,
                end: start,
                reason: "the day after the decision lies outside the supported date range",
            })?,
        };
        max.last_day(from).map(Some)
    }
}

impl fmt::Display for DurationRule {
    /// One row of the rule table: measure | first term | extension | ends at 18 | age | source.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.variant {
            Some(v) => write!(f, "| {} ({v}) | ", self.measure)?,
            None => write!(f, "| {} | ", self.measure)?,
        }
        match (self.first_term_min, self.first_term_max) {
            (Some(min), Some(max)) => write!(f, "{min} – {max}")?,
            (None, Some(max)) => write!(f, "≤ {max}")?,
            (Some(min), None) => write!(f, "≥ {min}")?,
            (None, None) => f.write_str("—")?,
        }
        if self.term_from == TermFrom::DayAfterStart {
            f.write_str(" after the decision day")?;
        }
        write!(
            f,
            " | {} | {} | ",
            self.extension,
            if self.ends_at_majority { "yes" } else { "no" }
        )?;
        match self.age {
            Some(age) => write!(f, "{age}")?,
            None => f.write_str("—")?,
        }
        write!(f, " | {} |", self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    /// The table in the module docs is the data, rendered: regenerate `duration_table.md` with
    /// `JBJR_WRITE_TABLE=1 cargo test --lib duration` after changing a rule.
    #[test]
    fn doc_table_matches_the_data() {
        let rendered: String = DurationRule::all()
            .iter()
            .map(|r| format!("{r}\n"))
            .collect();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/duration_table.md");
        if std::env::var_os("JBJR_WRITE_TABLE").is_some() {
            std::fs::write(path, &rendered).unwrap();
        }
        assert_eq!(include_str!("duration_table.md"), rendered);
    }

    #[test]
    fn only_the_majority_rule_cites_bw_1_233_and_it_comes_last() {
        for rule in DurationRule::all() {
            let name = rule.variant.unwrap_or(rule.measure.label());
            assert_eq!(
                rule.source.ends_with("; BW 1:233"),
                rule.ends_at_majority,
                "{name}: {}",
                rule.source
            );
            assert!(!rule.term_source().contains("1:233"), "{name}");
            assert!(!rule.term_source().is_empty(), "{name}");
        }
    }

    #[test]
    fn every_measure_has_its_own_rule() {
        for m in Measure::iter() {
            let rule = DurationRule::of(m);
            assert_eq!(rule.measure, m);
            assert_eq!(rule.variant, None);
            assert!(!rule.source.is_empty() && !rule.note.is_empty(), "{m}");
            if rule.first_term_max.is_none() {
                assert!(
                    rule.note
                        .to_lowercase()
                        .contains("no term limit in the sources"),
                    "{m}"
                );
            }
        }
    }
}
