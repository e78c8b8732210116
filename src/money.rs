//! Money helpers: rounding to cents half away from zero, checked arithmetic that turns overflow
//! into [`Error::Overflow`], and eurocents.
//!
//! Every amount in the crate is a [`Decimal`] in euros. Rounding happens only at the steps each
//! function documents, always with [`RoundingStrategy::MidpointAwayFromZero`] to two decimals
//! (`1.455 → 1.46`, `1.454 → 1.45`, as iJw IV081 prescribes). Plain `round_dp` (half-even) is
//! never used.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::Error;

/// The rounding strategy used everywhere in the crate: half away from zero.
pub const ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// Rounds an amount to whole cents, half away from zero.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, money::round_cents};
/// use std::str::FromStr;
///
/// let d = |s| Decimal::from_str(s).unwrap();
/// assert_eq!(round_cents(d("1067.625")), d("1067.63")); // half-even would give 1067.62
/// assert_eq!(round_cents(d("-0.005")), d("-0.01"));
/// ```
#[must_use]
pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, ROUNDING)
}

/// An amount in euros as whole eurocents (`1259.29 → 125929`), rounding half away from zero.
///
/// # Errors
///
/// [`Error::Overflow`] when the amount does not fit an `i64` of cents.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, money::to_cents};
/// assert_eq!(to_cents(Decimal::new(125929, 2))?, 125929);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn to_cents(amount: Decimal) -> Result<i64, Error> {
    use rust_decimal::prelude::ToPrimitive;
    let cents = mul(round_cents(amount), Decimal::ONE_HUNDRED, "euros → cents")?;
    cents.to_i64().ok_or_else(|| Error::Overflow {
        operation: "euros → cents",
    })
}

/// Whole eurocents as an amount in euros with two decimals.
///
/// # Example
///
/// ```
/// use jbjr::money::from_cents;
/// assert_eq!(from_cents(125929).to_string(), "1259.29");
/// ```
#[must_use]
pub fn from_cents(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// `a × b`, or [`Error::Overflow`] naming `operation`.
pub(crate) fn mul(a: Decimal, b: Decimal, operation: &'static str) -> Result<Decimal, Error> {
    a.checked_mul(b)
        .ok_or_else(|| Error::Overflow { operation })
}

/// `a ÷ b`, or [`Error::Overflow`] naming `operation` (also for division by zero).
pub(crate) fn div(a: Decimal, b: Decimal, operation: &'static str) -> Result<Decimal, Error> {
    a.checked_div(b)
        .ok_or_else(|| Error::Overflow { operation })
}

/// `a + b`, or [`Error::Overflow`] naming `operation`.
pub(crate) fn add(a: Decimal, b: Decimal, operation: &'static str) -> Result<Decimal, Error> {
    a.checked_add(b)
        .ok_or_else(|| Error::Overflow { operation })
}

/// `value` itself, or [`Error::NegativeInput`] naming `what` when it is negative.
pub(crate) fn non_negative(value: Decimal, what: &'static str) -> Result<Decimal, Error> {
    if value.is_sign_negative() && !value.is_zero() {
        Err(Error::NegativeInput { what, value })
    } else {
        Ok(value)
    }
}

/// A euro amount with two decimals from whole cents, usable in `const` data.
pub(crate) const fn eur(cents: u32) -> Decimal {
    Decimal::from_parts(cents, 0, 0, false, 2)
}

/// A decimal `units × 10^-scale`, usable in `const` data (hours, factors).
pub(crate) const fn dec(units: u32, scale: u32) -> Decimal {
    Decimal::from_parts(units, 0, 0, false, scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_away_from_zero_not_half_even() {
        assert_eq!(round_cents(dec(1_067_625, 3)), eur(106_763));
        assert_eq!(round_cents(dec(1_455, 3)), dec(146, 2));
        assert_eq!(round_cents(dec(1_454, 3)), dec(145, 2));
        assert_eq!(round_cents(-dec(5, 3)), -eur(1));
    }

    #[test]
    fn overflow_is_an_error() {
        assert_eq!(
            mul(Decimal::MAX, Decimal::TWO, "x"),
            Err(Error::Overflow { operation: "x" })
        );
        assert!(div(Decimal::ONE, Decimal::ZERO, "y").is_err());
        assert!(to_cents(Decimal::MAX).is_err());
    }

    #[test]
    fn negative_zero_is_not_negative() {
        assert!(non_negative(-Decimal::ZERO, "z").is_ok());
        assert!(non_negative(-eur(1), "z").is_err());
    }
}
