//! Age limits: see the [`law`](crate::law) layer docs.

use chrono::NaiveDate;

use crate::law::{DurationRule, age_on};
use crate::{Error, Measure};

/// Checks the age limit of `measure` on the date `on`, and returns the age.
///
/// Pass as `on` the start of the order when the rule's age is checked at the start
/// ([`AgeAt::Start`](crate::AgeAt::Start)), the date of the offence when it is checked at the
/// offence ([`AgeAt::Offence`](crate::AgeAt::Offence): jeugdstrafrecht from 12,
/// adolescentenstrafrecht up to 23, Sr 77c). A measure without an age limit accepts any age.
///
/// # Errors
///
/// - [`Error::InvalidPeriod`] when `on` is before `birth`.
/// - [`Error::NotEligible`] when the age is outside the range; the error gives the age, the
///   range and the dates.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Measure, check_age};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // Forza: 12 to 18 (PB 49B03).
/// assert_eq!(check_age(Measure::Forza, d(2010, 5, 1), d(2028, 4, 30))?, 17);
/// assert!(check_age(Measure::Forza, d(2010, 5, 1), d(2028, 5, 1)).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn check_age(measure: Measure, birth: NaiveDate, on: NaiveDate) -> Result<u32, Error> {
    check_age_rule(DurationRule::of(measure), birth, on)
}

/// [`check_age`] for a given rule, e.g. [`DurationRule::kansrijk_begeleiding`].
///
/// # Errors
///
/// As [`check_age`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{DurationRule, check_age_rule};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let rule = DurationRule::kansrijk_begeleiding(); // 10 to 18 inclusive
/// assert!(check_age_rule(rule, d(2010, 5, 1), d(2029, 4, 30)).is_ok());
/// assert!(check_age_rule(rule, d(2010, 5, 1), d(2029, 5, 1)).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn check_age_rule(rule: &DurationRule, birth: NaiveDate, on: NaiveDate) -> Result<u32, Error> {
    let age = age_on(birth, on)?;
    match rule.age {
        Some(range) if !range.contains(age) => Err(Error::NotEligible {
            measure: rule.measure,
            rule: "age outside the measure's range",
            source_ref: rule.source,
            detail: crate::text::text!(
                "age {age} on {on} (born {birth}), allowed {} to {}",
                range.min,
                range.max
            ),
        }),
        _ => Ok(age),
    }
}
