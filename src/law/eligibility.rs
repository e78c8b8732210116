//! Eligibility: see the [`law`](crate::law) layer docs.

use chrono::NaiveDate;

use crate::law::{Term, age_on, check_age};
use crate::{Error, Measure, Order};

/// Checks that a youth may take part in an STP (scholings- en trainingsprogramma) starting on
/// `stp_start`, serving a sentence from `sentence_start` to `sentence_end` (inclusive):
/// age 12 to 23 (exclusive) at the start (PB 47B16 Doelgroep), at least two thirds of the
/// sentence served before `stp_start`, and at least three months of it left from `stp_start`
/// on (RJJ art. 4 lid 1).
///
/// "Two thirds" compares days: the days served before `stp_start`, times 3, must be at least
/// twice the days of the sentence. "Three months left" uses the month convention of
/// [`Term::last_day`]: `sentence_end` must be on or after the last day of a three-month term
/// starting on `stp_start`.
///
/// # Errors
///
/// - [`Error::InvalidPeriod`] when the sentence ends before it starts, or a date is out of
///   range.
/// - [`Error::NotEligible`] naming the condition that fails, with the dates and the limit.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::check_stp;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let born = d(2008, 1, 1);
/// // A sentence of 360 days: two thirds (240 days) served on 2026-08-29.
/// let (from, to) = (d(2026, 1, 1), d(2026, 12, 26));
/// assert!(check_stp(born, from, to, d(2026, 8, 29)).is_ok());
/// assert!(check_stp(born, from, to, d(2026, 8, 28)).is_err()); // one day short of 2/3
/// assert!(check_stp(born, from, to, d(2026, 9, 27)).is_ok()); // exactly 3 months left
/// assert!(check_stp(born, from, to, d(2026, 9, 28)).is_err()); // less than 3 months left
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn check_stp(
    birth: NaiveDate,
    sentence_start: NaiveDate,
    sentence_end: NaiveDate,
    stp_start: NaiveDate,
) -> Result<(), Error> {
    if sentence_end < sentence_start {
        return Err(Error::InvalidPeriod {
            start: sentence_start,
            end: sentence_end,
            reason: "the sentence ends before it starts",
        });
    }
    check_age(Measure::Stp, birth, stp_start)?;
    let total = (sentence_end - sentence_start).num_days() + 1;
    let served = (stp_start - sentence_start).num_days().max(0);
    // Dates span at most ~2^31 days: the products fit in i64.
    if served * 3 < total * 2 {
        return Err(Error::NotEligible {
            measure: Measure::Stp,
            rule: "at least two thirds of the sentence served",
            source_ref: "RJJ art. 4 lid 1 sub a",
            detail: crate::text::text!(
                "{served} of {total} days served by {stp_start}, {} needed",
                (total * 2 + 2) / 3
            ),
        });
    }
    let three_months_last = Term::Months(3).last_day(stp_start)?;
    if sentence_end < three_months_last {
        return Err(Error::NotEligible {
            measure: Measure::Stp,
            rule: "at least three months of the sentence left",
            source_ref: "RJJ art. 4 lid 1 sub b",
            detail: crate::text::text!("sentence ends {sentence_end}, before {three_months_last}"),
        });
    }
    Ok(())
}

/// Checks that a Samenloop order runs only alongside an OTS: `ots` is an OTS (or a LET OTS, the
/// same measure carried out by the national expertise team) and the Samenloop period lies
/// within it (PB 47B15: "het samengaan van jeugdbescherming (enkel OTS) en
/// jeugdreclassering"; the product is a surcharge on the OTS).
///
/// For billed placements (product codes, a family's children, an OTS handed over between GIs)
/// use [`family::check_samenloop_placement`](crate::billing::check_samenloop_placement), which
/// applies the same rule.
///
/// # Errors
///
/// - [`Error::WrongMeasure`] when `samenloop` is not a Samenloop order or `ots` is neither an
///   OTS nor a LET OTS.
/// - [`Error::NotEligible`] when the Samenloop period is not within the OTS period.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Measure, Order, check_samenloop};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31))?;
/// let inside = Order::new(Measure::Samenloop, d(2026, 3, 1), d(2026, 12, 31))?;
/// let past = Order::new(Measure::Samenloop, d(2026, 3, 1), d(2027, 1, 1))?;
/// assert!(check_samenloop(&inside, &ots).is_ok());
/// assert!(check_samenloop(&past, &ots).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn check_samenloop(samenloop: &Order, ots: &Order) -> Result<(), Error> {
    if samenloop.measure() != Measure::Samenloop {
        return Err(Error::WrongMeasure {
            operation: "Samenloop alongside an OTS",
            expected: Measure::Samenloop,
            actual: samenloop.measure(),
        });
    }
    // An OTS carried out by the national expertise team (LET OTS) is still an OTS, as in
    // `family::check_samenloop_placement`.
    if !matches!(ots.measure(), Measure::Ots | Measure::LetOts) {
        return Err(Error::WrongMeasure {
            operation: "Samenloop alongside an OTS",
            expected: Measure::Ots,
            actual: ots.measure(),
        });
    }
    if first_day_without_ots(
        samenloop.start(),
        samenloop.end(),
        std::iter::once((ots.start(), ots.end())),
    )
    .is_some()
    {
        return Err(Error::NotEligible {
            measure: Measure::Samenloop,
            rule: "only alongside an OTS",
            source_ref: "PB Samenloop 47B15",
            detail: crate::text::text!(
                "{} to {} not within OTS {} to {}",
                samenloop.start(),
                samenloop.end(),
                ots.start(),
                ots.end()
            ),
        });
    }
    Ok(())
}

/// The Samenloop rule's core (PB 47B15, "enkel OTS"): the first day of `start..=end` on which
/// none of the inclusive OTS periods `ots` runs, or `None` when together they cover every day.
/// Consecutive periods may cover the span together (a handover between GIs). Shared by
/// [`check_samenloop`] (two orders) and [`crate::billing::check_samenloop_placement`]
/// (placements of a family).
///
/// O(n log n) in the number of periods: sorted by first day once, then one sweep that keeps
/// the furthest last day among the periods begun by the current day.
pub(crate) fn first_day_without_ots(
    start: NaiveDate,
    end: NaiveDate,
    ots: impl IntoIterator<Item = (NaiveDate, NaiveDate)>,
) -> Option<NaiveDate> {
    let mut periods: Vec<(NaiveDate, NaiveDate)> = ots.into_iter().collect();
    periods.sort_unstable_by_key(|&(from, _)| from);
    let mut periods = periods.into_iter().peekable();
    // `day` is the first day not yet known to be covered.
    let mut day = start;
    loop {
        // Of the periods that have begun by `day`, the furthest reach; periods that ended
        // before `day` reach no further than it. Each period is looked at once: those begun
        // by now cannot help later beyond this reach.
        let mut reach: Option<NaiveDate> = None;
        while let Some((_, to)) = periods.next_if(|&(from, _)| from <= day) {
            if to >= day {
                reach = reach.max(Some(to));
            }
        }
        match reach {
            Some(to) if to >= end => return None,
            Some(to) => day = to.succ_opt()?,
            None => return Some(day),
        }
    }
}

/// Who must consent to KansRIJK (PB ACD JR KansRIJK 49B99, "Instemming van jeugdige en ouders
/// is altijd nodig").
///
/// `Display` writes the English gloss.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::EnumIter, strum::VariantArray,
)]
#[non_exhaustive]
pub enum Consent {
    /// Under 12: the parents ("Jonger dan 12 jaar, ouders geven toestemming").
    #[strum(to_string = "the parents")]
    Parents,
    /// 12 to 15 inclusive: the youth and the parents ("Tussen 12 en 15 jaar, jeugdige en ouders").
    #[strum(to_string = "the youth and the parents")]
    YouthAndParents,
    /// 16 and over: the youth ("Vanaf 16 jaar, jeugdige geeft toestemming").
    #[strum(to_string = "the youth")]
    Youth,
}

impl Consent {
    /// Every consent, in declaration order: the consents this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Consent;
    /// assert_eq!(Consent::all().first(), Some(&Consent::Parents));
    /// assert!(Consent::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Consent] {
        <Consent as strum::VariantArray>::VARIANTS
    }
}

/// Who must consent to KansRIJK for a youth born on `birth`, on the date `on`: under 12 the
/// parents, 12 to 15 the youth and the parents, 16 and over the youth. "Tussen 12 en 15" is
/// read as 12 to 15 inclusive, since the next line starts at 16.
///
/// # Errors
///
/// [`Error::InvalidPeriod`] when `on` is before `birth`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Consent, kansrijk_consent};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let born = d(2014, 6, 1);
/// assert_eq!(kansrijk_consent(born, d(2026, 5, 31))?, Consent::Parents);
/// assert_eq!(kansrijk_consent(born, d(2026, 6, 1))?, Consent::YouthAndParents);
/// assert_eq!(kansrijk_consent(born, d(2030, 6, 1))?, Consent::Youth);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn kansrijk_consent(birth: NaiveDate, on: NaiveDate) -> Result<Consent, Error> {
    Ok(match age_on(birth, on)? {
        0..=11 => Consent::Parents,
        12..=15 => Consent::YouthAndParents,
        _ => Consent::Youth,
    })
}
