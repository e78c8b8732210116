//! Money helpers: rounding to cents half away from zero, checked arithmetic that turns overflow
//! into [`Error::Overflow`], eurocents, and the [ranges](#ranges) every input must lie in.
//!
//! Every amount in the crate is a [`Decimal`] in euros. Rounding happens only at the steps each
//! function documents, always with [`RoundingStrategy::MidpointAwayFromZero`] to two decimals
//! (`1.455 → 1.46`, `1.454 → 1.45`, as iJw IV081 prescribes). Plain `round_dp` (half-even) is
//! never used.
//!
//! # Ranges
//!
//! A `Decimal` holds 28 to 29 significant digits (a 96-bit mantissa). A product of three
//! unbounded decimals does not fit, and `Decimal`'s own `checked_mul` then *rounds* to fit
//! instead of failing, so a result rounded to cents afterwards is rounded twice. The crate
//! therefore bounds every quantity where it enters (constructors, files, function arguments)
//! and refuses anything outside with [`Error::OutOfRange`] (or [`Error::NegativeInput`] below
//! zero). Inside the ranges every result is exact to the cent: it is rounded once, at the
//! documented step, from the exact value.
//!
//! | Quantity | Range | Decimals | Constant | Checked by |
//! |---|---|---|---|---|
//! | Tariffs and other amounts of a catalogue (per month, traject, piece, hour; hourly rates of a catalogue) | € 0 to € 999,999,999.99 | 2 (whole cents) | [`AMOUNT`] | `Product::with_tariff`, `Catalogue::new`, catalogue files, `Tariff`'s `Deserialize` |
//! | Hourly rates of the cost model | € 0 to € 99,999.999999 | 6 | [`HOURLY_RATE`] | the [`crate::cost`] functions |
//! | Hours: norm hours (per their period, and per year or per traject as the cost model uses them), productivity lines | 0 to 99,999.9999 h | 4 | [`HOURS`] | `NormHours::new`, its `Deserialize`, the [`crate::cost`] functions, [`crate::cost::productivity::Productivity::validate`] |
//! | Fractions: pupil-cost surcharges, the sickness rate | 0 to 1 (100 %) | 7 | [`FRACTION`] | the [`crate::cost`] functions, `Productivity::validate` |
//! | Percentages of reduction targets | 0 to 100 | 4 | [`PERCENTAGE`] | [`crate::billing::ReductionTarget`]'s `path` and `scenario` |
//!
//! Volumes (months, days, minutes, placements, counts) are integers (`u32`, `u64`), bounded by
//! their types; sums and products with them are checked and give [`Error::Overflow`], never a
//! rounded figure.
//!
//! The decimals are counted on the value, not on how it is written: `1259.2900` is a tariff
//! with two decimals. Why these limits: the 2026 tariffs are € 600 to € 5,000 a month, the
//! hourly rate € 146.25 (an amount up to a billion euros leaves room for any price a contract
//! may set); the printed cost prices imply an unrounded hourly rate, and six decimals hold one
//! that reproduces all of them (€ 146.247037, [`crate::cost::kostprijs`]); norm hours are
//! printed in tenths (21.6 to 214.2 a year) and the LET factor 2.1 adds one decimal; the
//! pupil-cost surcharge is 1.30 % (`0.013`) and the surcharges inferred from published
//! tariffs have five decimals ([`crate::cost::reconcile`]); a reduction target is a percentage.
//!
//! **Why the results are exact.** Write each input normalized as an integer mantissa times a
//! power of ten. Inside the ranges norm hours have a mantissa below 10⁵ × 10⁴ = 10⁹ (scale at
//! most 4), an hourly rate below 10⁵ × 10⁶ = 10¹¹ (scale ≤ 6), a factor `1 + surcharge` at most
//! 2 × 10⁷ (scale ≤ 7). The cost model's product `hours × rate × (1 + surcharge)` therefore has
//! a mantissa below 10⁹ × 10¹¹ × 2 × 10⁷ = 2 × 10²⁷, under `Decimal`'s limit of
//! 2⁹⁶ − 1 ≈ 7.9 × 10²⁸, and a scale of at most 17 (limit 28): it is a `Decimal` exactly, with
//! no rounding. The divisions (÷ 12 for a month, ÷ 60 for a minute, × days ÷ days of the month
//! for the daily pro-rata rule) are done on that integer mantissa in 128 bits (below
//! 2 × 10²⁷ × 31 × 100 < 10³², the limit being 1.7 × 10³⁸) with one rounding to cents, half
//! away from zero. A tariff has a mantissa below 10¹¹, so tariff × months, × days or × a `u32`
//! volume stays below 10²¹; budgets add whole cents in `i64`/`i128` with checked arithmetic.
//! `tests/ranges.rs` checks every bound at its extremes and compares the results with an
//! independent integer computation.

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

/// Reads an amount in euros from text (`"1259.29"`, `"-3"`, `"0.5"`) as whole eurocents,
/// exactly: an amount with fractions of a cent is refused, never rounded (`"1259.295"` is an
/// error). Eurocents are the one amount convention of declaration lines (iJw `LDT_Bedrag`).
///
/// # Errors
///
/// [`Error::InvalidKey`] for text that is not a decimal number, has more than two decimals, or
/// does not fit an `i64` of cents.
///
/// # Example
///
/// ```
/// use jbjr::money::cents_from_euros;
/// assert_eq!(cents_from_euros("1259.29")?, 125929);
/// assert_eq!(cents_from_euros("1259.2")?, 125920);
/// assert_eq!(cents_from_euros("-0.05")?, -5);
/// assert!(cents_from_euros("1259.295").is_err()); // a fraction of a cent: not rounded
/// assert!(cents_from_euros("12,59").is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn cents_from_euros(text: &str) -> Result<i64, Error> {
    let invalid = || Error::InvalidKey {
        kind: "amount in euros",
        input: crate::error::clip(text),
        expected: "a decimal number of euros with at most two decimals, e.g. 1259.29",
    };
    let amount: Decimal = text.trim().parse().map_err(|_| invalid())?;
    let amount = amount.normalize();
    if amount.scale() > 2 {
        return Err(invalid());
    }
    let cents = amount
        .checked_mul(Decimal::ONE_HUNDRED)
        .ok_or_else(invalid)?;
    use rust_decimal::prelude::ToPrimitive;
    cents.to_i64().ok_or_else(invalid)
}

/// The range of one kind of quantity: from 0 to [`Range::max`] inclusive, with at most
/// [`Range::decimals`] decimals (counted on the value: trailing zeros do not count). See the
/// [module docs](self#ranges) for every range and why it is what it is.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, money::AMOUNT};
/// assert_eq!(AMOUNT.to_string(), "0 to 999999999.99 euros, at most 2 decimals");
/// assert!(AMOUNT.contains(Decimal::new(125929, 2)));
/// assert!(!AMOUNT.contains(Decimal::new(1_000_000_000, 0)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Range {
    /// The largest value allowed.
    pub max: Decimal,
    /// The most decimals a value may have.
    pub decimals: u32,
    /// The unit the values are in, for messages (`"euros"`, `"hours"`; empty for a fraction).
    pub unit: &'static str,
}

/// [`Error::OutOfRange`]'s `limit` is a `Box<Range>` (to keep the error small); it compares
/// with a `Range` directly: `limit == AMOUNT`.
impl PartialEq<Range> for Box<Range> {
    fn eq(&self, other: &Range) -> bool {
        **self == *other
    }
}

impl std::fmt::Display for Range {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "0 to {}", self.max)?;
        if !self.unit.is_empty() {
            write!(f, " {}", self.unit)?;
        }
        write!(f, ", at most {} decimals", self.decimals)
    }
}

impl Range {
    /// Whether `value` lies in the range: not negative, at most [`Range::max`], at most
    /// [`Range::decimals`] decimals.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, money::HOURS};
    /// assert!(HOURS.contains(Decimal::new(2142, 1))); // 214.2
    /// assert!(!HOURS.contains(Decimal::new(1, 5))); // 0.00001: five decimals
    /// assert!(!HOURS.contains(Decimal::NEGATIVE_ONE));
    /// ```
    #[must_use]
    pub fn contains(&self, value: Decimal) -> bool {
        self.check("value", value).is_ok()
    }

    /// `value`, as given (a negative zero made positive), when it lies in the range.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] `{ what, value }` below zero; [`Error::OutOfRange`]
    /// `{ what, value, limit }` above [`Range::max`] or with more than [`Range::decimals`]
    /// decimals.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, Error, money::HOURLY_RATE};
    /// assert_eq!(HOURLY_RATE.check("hourly rate", Decimal::new(1462500, 4))?.to_string(), "146.2500");
    /// let too_precise = Decimal::new(1462470588, 7);
    /// assert_eq!(
    ///     HOURLY_RATE.check("hourly rate", too_precise),
    ///     Err(Error::OutOfRange { what: "hourly rate", value: too_precise, limit: Box::new(HOURLY_RATE) })
    /// );
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn check(&self, what: &'static str, value: Decimal) -> Result<Decimal, Error> {
        let value = non_negative(value, what)?;
        let normal = value.normalize();
        if normal > self.max || normal.scale() > self.decimals {
            return Err(Error::OutOfRange {
                what,
                value,
                limit: Box::new(*self),
            });
        }
        Ok(if value.is_zero() {
            Decimal::new(0, value.scale())
        } else {
            value
        })
    }
}

/// `units × 10^-scale` for a `const` range bound.
const fn bound(units: u64, scale: u32) -> Decimal {
    // Splitting a u64 into its two 32-bit halves is the intent of these casts.
    #[allow(clippy::cast_possible_truncation)]
    Decimal::from_parts(units as u32, (units >> 32) as u32, 0, false, scale)
}

/// Tariffs and the other amounts of a catalogue, hourly rates of a catalogue included: € 0 to
/// € 999,999,999.99, whole cents.
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::money::AMOUNT.max.to_string(), "999999999.99");
/// ```
pub const AMOUNT: Range = Range {
    max: bound(99_999_999_999, 2),
    decimals: 2,
    unit: "euros",
};

/// Hourly rates of the cost model ([`crate::cost`]): € 0 to € 99,999.999999, six decimals.
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::money::HOURLY_RATE.decimals, 6);
/// ```
pub const HOURLY_RATE: Range = Range {
    max: bound(99_999_999_999, 6),
    decimals: 6,
    unit: "euros per hour",
};

/// Hours: norm hours (per their period, and per year or traject in the cost model) and the
/// lines of a productivity model: 0 to 99,999.9999, four decimals.
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::money::HOURS.max.to_string(), "99999.9999");
/// ```
pub const HOURS: Range = Range {
    max: bound(999_999_999, 4),
    decimals: 4,
    unit: "hours",
};

/// Fractions (a pupil-cost surcharge, a sickness rate): 0 to 1, seven decimals.
///
/// # Example
///
/// ```
/// assert!(jbjr::money::FRACTION.contains(jbjr::cost::PUPIL_COSTS_SURCHARGE));
/// ```
pub const FRACTION: Range = Range {
    max: bound(1, 0),
    decimals: 7,
    unit: "",
};

/// Percentages (reduction targets): 0 to 100, four decimals.
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::money::PERCENTAGE.to_string(), "0 to 100 percent, at most 4 decimals");
/// ```
pub const PERCENTAGE: Range = Range {
    max: bound(100, 0),
    decimals: 4,
    unit: "percent",
};

/// `10^exp` in 128 bits, for `exp ≤ 38`.
fn pow10(exp: u32) -> Option<i128> {
    10i128.checked_pow(exp)
}

/// The decimal `mantissa × 10^-scale` exactly, dropping trailing zeros only as far as needed
/// to fit; `None` when it has no exact `Decimal`.
#[inline]
pub(crate) fn exact(mut mantissa: i128, mut scale: u32) -> Option<Decimal> {
    loop {
        if scale <= 28 {
            if let Ok(d) = Decimal::try_from_i128_with_scale(mantissa, scale) {
                return Some(d);
            }
        }
        if scale == 0 || mantissa % 10 != 0 {
            return None;
        }
        mantissa /= 10;
        scale -= 1;
    }
}

/// `a × b`, exact: the product of the mantissas, never rounded; [`Error::Overflow`] naming
/// `operation` when the exact product is no `Decimal`.
///
/// The result keeps the scale `a.scale() + b.scale()` (so `975.00 × 2` is `1950.00`) unless
/// trailing zeros must go for it to fit.
#[inline]
pub(crate) fn mul_exact(a: Decimal, b: Decimal, operation: &'static str) -> Result<Decimal, Error> {
    let product = |a: Decimal, b: Decimal| {
        a.mantissa()
            .checked_mul(b.mantissa())
            .and_then(|m| exact(m, a.scale() + b.scale()))
    };
    product(a, b)
        // Trailing zeros of the inputs (`102.000…`) may make the mantissas too long.
        .or_else(|| product(a.normalize(), b.normalize()))
        .ok_or(Error::Overflow { operation })
}

/// `a + b`, exact: never rounded; [`Error::Overflow`] naming `operation` when the exact sum is
/// no `Decimal`. (`Decimal`'s own `checked_add` drops decimals to fit instead.)
pub(crate) fn add_exact(a: Decimal, b: Decimal, operation: &'static str) -> Result<Decimal, Error> {
    let overflow = || Error::Overflow { operation };
    let scale = a.scale().max(b.scale());
    let widen = |d: Decimal| pow10(scale - d.scale()).and_then(|p| d.mantissa().checked_mul(p));
    let sum = widen(a)
        .zip(widen(b))
        .and_then(|(x, y)| x.checked_add(y))
        .ok_or_else(overflow)?;
    exact(sum, scale).ok_or_else(overflow)
}

/// `n × 10^-scale ÷ denominator` in whole cents, rounded once half away from zero, by integer
/// division with remainder; `None` when a step does not fit 128 bits or `Decimal`.
fn cents_of(n: i128, scale: u32, denominator: i128) -> Option<Decimal> {
    if denominator <= 0 {
        return None;
    }
    // cents = n × 10^(2 − scale) ÷ denominator
    let (n, d) = if scale >= 2 {
        (n, pow10(scale - 2)?.checked_mul(denominator)?)
    } else {
        (n.checked_mul(pow10(2 - scale)?)?, denominator)
    };
    let (mut q, r) = (n / d, n % d);
    // Half away from zero: |r| ≥ d − |r| (no overflow: both are below d).
    if r.unsigned_abs() >= d.unsigned_abs() - r.unsigned_abs() {
        q += n.signum();
    }
    exact(q, 2)
}

/// `amount × numerator ÷ denominator`, rounded once to cents half away from zero, from the
/// exact value (integer arithmetic on the mantissa in 128 bits, no intermediate rounding).
///
/// [`Error::Overflow`] naming `operation` when a step does not fit 128 bits, the result does
/// not fit a `Decimal`, or `denominator` is zero.
pub(crate) fn round_cents_ratio(
    amount: Decimal,
    numerator: u32,
    denominator: u32,
    operation: &'static str,
) -> Result<Decimal, Error> {
    amount
        .mantissa()
        .checked_mul(i128::from(numerator))
        .and_then(|n| cents_of(n, amount.scale(), i128::from(denominator)))
        .ok_or(Error::Overflow { operation })
}

/// `a × b`, rounded once to cents half away from zero, from the exact product computed in 128
/// bits (so `b` may have any number of decimals when `a`'s mantissa is small, as for norm hours
/// times an unrounded implied rate: below 10⁹ × 2⁹⁶ < 10³⁸).
///
/// [`Error::Overflow`] naming `operation` when the product does not fit 128 bits.
pub(crate) fn round_cents_product(
    a: Decimal,
    b: Decimal,
    operation: &'static str,
) -> Result<Decimal, Error> {
    let (a, b) = (a.normalize(), b.normalize());
    a.mantissa()
        .checked_mul(b.mantissa())
        .and_then(|n| cents_of(n, a.scale() + b.scale(), 1))
        .ok_or(Error::Overflow { operation })
}

/// `a × b` as `Decimal::checked_mul` computes it (rounded to 28 significant digits when the
/// exact product does not fit), or [`Error::Overflow`] naming `operation`. For unrounded
/// analysis figures (quotients, ratios); money steps use [`mul_exact`].
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

/// A valid published amount in its canonical form: checked by [`validate_amount`], then
/// written with exactly two decimals and a positive zero (so `-0` and `1300` are stored, and
/// written to files, as `0.00` and `1300.00`). Exact: no rounding. An amount above
/// 792281625142643375935439503.35 (the largest `Decimal` with two decimals) is refused: it
/// could not be written with two decimals, so its file would not load again.
pub(crate) fn cents_amount(product: &str, amount: Decimal) -> Result<Decimal, crate::Error> {
    validate_amount(product, amount)?;
    let mut canonical = amount.normalize();
    canonical.rescale(2);
    // `rescale` leaves the scale lower when the value has too many digits to hold two
    // decimals (above about 7.9 × 10^26): such an amount cannot be written as cents.
    if canonical.scale() != 2 {
        return Err(crate::Error::InvalidCatalogue {
            product: product.into(),
            field: "tariff",
            reason: crate::text::text!("{amount} is too large to be held in cents"),
        });
    }
    if canonical != amount {
        return Err(crate::Error::InvalidCatalogue {
            product: product.into(),
            field: "tariff",
            reason: crate::text::text!("{amount} cannot be written in cents"),
        });
    }
    Ok(canonical)
}

/// Checks that an amount is a valid published tariff: not negative, at most two decimals
/// ([`crate::Error::InvalidCatalogue`]), at most [`AMOUNT`]'s maximum
/// ([`crate::Error::OutOfRange`], `what: "tariff"`).
pub(crate) fn validate_amount(product: &str, amount: Decimal) -> Result<(), crate::Error> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(crate::Error::InvalidCatalogue {
            product: product.into(),
            field: "tariff",
            reason: crate::text::text!("a tariff must not be negative, got {amount}"),
        });
    }
    if amount.normalize().scale() > 2 {
        return Err(crate::Error::InvalidCatalogue {
            product: product.into(),
            field: "tariff",
            reason: crate::text::text!("at most two decimals (whole cents), got {amount}"),
        });
    }
    crate::money::AMOUNT.check("tariff", amount)?;
    Ok(())
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

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn ratios_round_once_half_away_from_zero() {
        // 1259.29 × 14 ÷ 28 = 629.645 → 629.65; negative amounts round away from zero too.
        assert_eq!(
            round_cents_ratio(d("1259.29"), 14, 28, "x"),
            Ok(d("629.65"))
        );
        assert_eq!(
            round_cents_ratio(d("-1259.29"), 14, 28, "x"),
            Ok(d("-629.65"))
        );
        // 1067.625 exactly on the midpoint, from a scale below and above two.
        assert_eq!(
            round_cents_ratio(d("12811.5"), 1, 12, "x"),
            Ok(d("1067.63"))
        );
        assert_eq!(
            round_cents_ratio(d("12811.500000"), 1, 12, "x"),
            Ok(d("1067.63"))
        );
        assert_eq!(round_cents_ratio(d("7"), 1, 3, "x"), Ok(d("2.33")));
        assert_eq!(round_cents_ratio(d("8"), 1, 3, "x"), Ok(d("2.67")));
        assert_eq!(round_cents_ratio(d("0.004999"), 1, 1, "x"), Ok(d("0.00")));
        assert_eq!(round_cents_ratio(d("0.005"), 1, 1, "x"), Ok(d("0.01")));
        assert!(round_cents_ratio(Decimal::ONE, 1, 0, "x").is_err());
        // The largest Decimal keeps its value (it has no cents to add).
        assert_eq!(round_cents_ratio(Decimal::MAX, 3, 3, "x"), Ok(Decimal::MAX));
        assert_eq!(
            round_cents_ratio(Decimal::MAX, 4, 3, "x"),
            Err(Error::Overflow { operation: "x" })
        );
        // Every result has two decimals.
        assert_eq!(
            round_cents_ratio(d("975"), 1, 1, "x").map(|r| r.to_string()),
            Ok("975.00".into())
        );
    }

    #[test]
    fn products_are_exact_or_an_overflow() {
        assert_eq!(
            mul_exact(d("975.00"), Decimal::TWO, "x").map(|r| r.to_string()),
            Ok("1950.00".into())
        );
        // 28 decimals each: the exact product needs 56, after the trailing zeros go it fits.
        let one = d("1.0000000000000000000000000000");
        assert_eq!(mul_exact(one, one, "x"), Ok(Decimal::ONE));
        // Decimal's checked_mul rounds here (to 1.0000000000000000000000000000); exact refuses.
        let tiny = d("1.0000000000000000000000000001");
        assert!(tiny.checked_mul(tiny).is_some());
        assert_eq!(
            mul_exact(tiny, tiny, "x"),
            Err(Error::Overflow { operation: "x" })
        );
        assert!(mul_exact(Decimal::MAX, Decimal::TWO, "x").is_err());
        // A product of two 2-decimal amounts that needs all 96 bits.
        let big = Decimal::from_i128_with_scale((1 << 95) + 1, 2);
        assert_eq!(mul_exact(big, Decimal::ONE, "x"), Ok(big));
    }

    #[test]
    fn sums_are_exact_or_an_overflow() {
        let cents = Decimal::from_i128_with_scale((1 << 96) - 2, 2);
        // Decimal's checked_add drops the cents of this sum; the exact sum does not fit.
        assert!(cents.checked_add(cents).is_some());
        assert_eq!(
            add_exact(cents, cents, "x"),
            Err(Error::Overflow { operation: "x" })
        );
        assert_eq!(add_exact(d("0.1"), d("0.02"), "x"), Ok(d("0.12")));
        assert_eq!(
            add_exact(Decimal::ONE, d("0.0130000000000000000000000000"), "x"),
            Ok(d("1.013"))
        );
    }

    #[test]
    fn products_with_unrounded_rates_round_once() {
        // 78 × (14917.20 ÷ 102) = 11407.2705882… → 11407.27
        let rate = d("14917.20") / d("102");
        assert_eq!(round_cents_product(d("78"), rate, "x"), Ok(d("11407.27")));
        assert_eq!(
            round_cents_product(d("2.0099999999999999999999999999"), d("0.5"), "x"),
            Ok(d("1.00"))
        );
        assert!(round_cents_product(Decimal::MAX, Decimal::MAX, "x").is_err());
    }

    #[test]
    fn ranges_check_value_and_decimals() {
        assert_eq!(AMOUNT.check("tariff", d("1259.2900")), Ok(d("1259.2900")));
        assert_eq!(
            AMOUNT
                .check("tariff", -Decimal::ZERO)
                .map(|z| z.is_sign_negative()),
            Ok(false)
        );
        assert!(matches!(
            AMOUNT.check("tariff", d("-0.01")),
            Err(Error::NegativeInput { .. })
        ));
        assert_eq!(
            AMOUNT.check("tariff", d("0.001")),
            Err(Error::OutOfRange {
                what: "tariff",
                value: d("0.001"),
                limit: Box::new(AMOUNT)
            })
        );
        for range in [AMOUNT, HOURLY_RATE, HOURS, FRACTION, PERCENTAGE] {
            assert!(range.contains(range.max), "{range}");
            assert!(
                !range.contains(range.max + Decimal::new(1, range.decimals)),
                "{range}"
            );
            assert_eq!(
                range.max.scale(),
                if range.max.is_integer() {
                    0
                } else {
                    range.decimals
                }
            );
        }
    }

    #[test]
    fn negative_zero_is_not_negative() {
        assert!(non_negative(-Decimal::ZERO, "z").is_ok());
        assert!(non_negative(-eur(1), "z").is_err());
    }
}
