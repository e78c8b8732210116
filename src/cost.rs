//! The cost model of the national tariffs: norm hours × hourly rate → cost price → tariff.
//!
//! Functions here round once, at the end, to cents half away from zero
//! ([`crate::money::round_cents`]); inputs must not be negative and overflow is an
//! [`Error::Overflow`], never a panic.

use rust_decimal::Decimal;

use crate::Error;
use crate::money::{add, div, mul, non_negative, round_cents};

/// The LET conversion factor ("omrekenfactor LET"): LET norm hours are 2.1 × the base
/// measure's (OTS 102 → 214.2, Voogdij 78 → 163.8).
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::cost::LET_FACTOR.to_string(), "2.1");
/// ```
pub const LET_FACTOR: Decimal =
    crate::money::dec(crate::data::gelderland_2026::LET_FACTOR_TENTHS, 1);

/// The annual cost price of a measure: `norm_hours × hourly_rate`, rounded to cents (half away
/// from zero).
///
/// # Errors
///
/// [`Error::NegativeInput`] for a negative input; [`Error::Overflow`] if the product overflows.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, cost::annual_cost};
/// // OTS: 102 norm hours at € 146.25 → € 14,917.50 a year.
/// assert_eq!(annual_cost(Decimal::from(102), Decimal::new(14625, 2))?, Decimal::new(1491750, 2));
/// assert!(annual_cost(Decimal::NEGATIVE_ONE, Decimal::ONE).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn annual_cost(norm_hours: Decimal, hourly_rate: Decimal) -> Result<Decimal, Error> {
    let hours = non_negative(norm_hours, "norm hours")?;
    let rate = non_negative(hourly_rate, "hourly rate")?;
    Ok(round_cents(mul(hours, rate, "norm hours × hourly rate")?))
}

/// A monthly tariff: `norm_hours_per_year × hourly_rate ÷ 12 × (1 + surcharge)`, rounded to
/// cents (half away from zero) once, at the end. `surcharge` is a fraction: 1.30 % is
/// `dec!(0.013)`.
///
/// # Errors
///
/// [`Error::NegativeInput`] for a negative input; [`Error::Overflow`] if a step overflows.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, cost::monthly_tariff};
/// // OTS, JbGld: 102 h × € 146.25 ÷ 12 × 1.013 = 1259.2856… → € 1,259.29 (Tabel 1).
/// let ots = monthly_tariff(Decimal::from(102), Decimal::new(14625, 2), Decimal::new(13, 3))?;
/// assert_eq!(ots, Decimal::new(125929, 2));
/// // Jeugdreclassering: 87.6 h, no surcharge: 1067.625 → € 1,067.63 (half-even would give .62).
/// let jr = monthly_tariff(Decimal::new(876, 1), Decimal::new(14625, 2), Decimal::ZERO)?;
/// assert_eq!(jr, Decimal::new(106763, 2));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn monthly_tariff(
    norm_hours_per_year: Decimal,
    hourly_rate: Decimal,
    surcharge: Decimal,
) -> Result<Decimal, Error> {
    let hours = non_negative(norm_hours_per_year, "norm hours per year")?;
    let rate = non_negative(hourly_rate, "hourly rate")?;
    let surcharge = non_negative(surcharge, "surcharge")?;
    let annual = mul(hours, rate, "norm hours × hourly rate")?;
    let factor = add(Decimal::ONE, surcharge, "1 + surcharge")?;
    let with_surcharge = mul(annual, factor, "annual cost × (1 + surcharge)")?;
    // One inexact step (the division), then one rounding.
    Ok(round_cents(div(
        with_surcharge,
        Decimal::from(12),
        "annual cost ÷ 12",
    )?))
}
