//! The cost model of the national tariffs: norm hours × hourly rate → cost price → tariff.
//!
//! The national tariffs of 2024 onwards (VNG–Rijk agreement of October 2023, KPMG cost-price
//! study and the KKPB quality framework of Significant) are built in three steps, each of which
//! is a function here:
//!
//! | Step | Function | Rounds |
//! |---|---|---|
//! | norm hours × hourly rate = annual cost price | [`annual_cost`] | once, to cents |
//! | ÷ 12 × (1 + pupil-cost surcharge) = monthly tariff | [`monthly_tariff`] | once, at the end |
//! | norm hours per traject × rate × (1 + surcharge) | [`traject_tariff`] | once, at the end |
//! | hourly rate × (1 + surcharge) | [`hourly_tariff`] | once, at the end |
//! | LET norm hours = [`LET_FACTOR`] × base | [`let_norm_hours`], [`let_norm_hours_in`] | never (exact) |
//! | a catalogue product's tariff by its unit and norm | [`model_tariff`] | as the step it uses |
//!
//! Productivity per FTE (caseloads, FTEs) is in [`crate::cost::productivity`]; the printed cost prices
//! of 2026 and the hourly rate they imply are in [`kostprijs`]; the comparison of every
//! published tariff with the model is [`crate::cost::reconcile`].
//!
//! Functions here round once, at the end, to cents half away from zero, from the exact value:
//! every input must lie in its range (norm hours [`money::HOURS`], hourly rates
//! [`money::HOURLY_RATE`], surcharges [`money::FRACTION`]; see [`crate::money`], "Ranges", for
//! the limits and the proof that the products inside them fit a `Decimal` without rounding).
//! A negative input is an [`Error::NegativeInput`], one outside its range an
//! [`Error::OutOfRange`]; nothing panics.
//!
//! **Layer.** The cost model uses the identity types and the catalogue ([`crate::catalogue`]:
//! products, norm hours, the embedded figures); nothing below it uses the cost model.
//!
//! | module | what it holds |
//! |---|---|
//! | here | the tariff steps above |
//! | [`kostprijs`] | the printed cost prices of 2026 and the hourly rate behind them |
//! | [`productivity`] | productive hours per FTE, caseloads, staffing |
//! | [`reconcile`] | every published tariff against the model, with the reason for each difference |

use rust_decimal::Decimal;

use crate::money::{
    self, FRACTION, HOURLY_RATE, HOURS, div, mul, mul_exact, non_negative, round_cents,
    round_cents_ratio,
};
use crate::{Catalogue, Error, Measure, NormPeriod, Product, Unit};

pub(crate) mod data;
pub mod kostprijs;
pub mod productivity;
pub mod reconcile;

/// The pupil-cost surcharge ("opslag pupilkosten") of JbGld and JvV in 2026: 1.30 %, as a
/// fraction (Tabel 1, footnote `*`: "Inclusief opslag pupilkosten ad. JbGld, JvV: 1,30%").
/// Tabel 1 names only pupil costs; "buffervermogen" appears once in the book, in the cost-price
/// footnote ("Kostprijs 2026 o.b.v. 100% uurtarief 2026: € 146,25 excl. Opslag pupilkosten- en
/// buffervermogen"), and no figure is given for it. WSS and LdH follow their own agreements with the VNG;
/// [`crate::cost::reconcile`] infers theirs from the published tariffs.
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::cost::PUPIL_COSTS_SURCHARGE.to_string(), "0.013");
/// ```
pub const PUPIL_COSTS_SURCHARGE: Decimal =
    crate::cost::data::tariefbepaling_2026::PUPIL_COSTS_JBGLD_JVV;

/// The LET conversion factor ("omrekenfactor LET"): LET norm hours are 2.1 × the base
/// measure's (OTS 102 → 214.2, Voogdij 78 → 163.8).
///
/// # Example
///
/// ```
/// assert_eq!(jbjr::cost::LET_FACTOR.to_string(), "2.1");
/// ```
pub const LET_FACTOR: Decimal = crate::money::dec(
    crate::catalogue::data::gelderland_2026::LET_FACTOR_TENTHS,
    1,
);

/// The annual cost price of a measure: `norm_hours × hourly_rate`, rounded to cents (half away
/// from zero) once, from the exact product.
///
/// # Errors
///
/// [`Error::NegativeInput`] for a negative input; [`Error::OutOfRange`] for norm hours outside
/// [`money::HOURS`] (`what: "norm hours"`) or a rate outside [`money::HOURLY_RATE`]
/// (`"hourly rate"`). Inside the ranges the product cannot overflow.
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
    let hours = HOURS.check("norm hours", norm_hours)?;
    let rate = HOURLY_RATE.check("hourly rate", hourly_rate)?;
    Ok(round_cents(mul_exact(
        hours,
        rate,
        "norm hours × hourly rate",
    )?))
}

/// A monthly tariff: `norm_hours_per_year × hourly_rate ÷ 12 × (1 + surcharge)`, rounded to
/// cents (half away from zero) once, at the end, from the exact value. `surcharge` is a
/// fraction: 1.30 % is `dec!(0.013)`.
///
/// # Errors
///
/// [`Error::NegativeInput`] for a negative input; [`Error::OutOfRange`] for norm hours outside
/// [`money::HOURS`] (`what: "norm hours per year"`), a rate outside [`money::HOURLY_RATE`]
/// (`"hourly rate"`) or a surcharge outside [`money::FRACTION`] (`"surcharge"`). Inside the
/// ranges no step can overflow.
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
    let hours = HOURS.check("norm hours per year", norm_hours_per_year)?;
    let rate = HOURLY_RATE.check("hourly rate", hourly_rate)?;
    let annual = mul_exact(hours, rate, "norm hours × hourly rate")?;
    // Exact up to here; the division by 12 and the rounding are one step.
    round_cents_ratio(
        with_surcharge(annual, surcharge)?,
        1,
        12,
        "annual cost ÷ 12",
    )
}

/// `amount × (1 + surcharge)`, exact; checks the surcharge lies in [`money::FRACTION`].
fn with_surcharge(amount: Decimal, surcharge: Decimal) -> Result<Decimal, Error> {
    let surcharge = FRACTION.check("surcharge", surcharge)?;
    // 1 + s: at most 2, seven decimals; the sum of two decimals of scale ≤ 7 is exact.
    let factor = money::add_exact(Decimal::ONE, surcharge, "1 + surcharge")?;
    mul_exact(amount, factor, "amount × (1 + surcharge)")
}

/// A per-traject (or per-piece) tariff: `norm_hours_per_traject × hourly_rate × (1 + surcharge)`,
/// rounded to cents (half away from zero) once, at the end, from the exact product.
///
/// Used for GBM advies (47B11, 21.6 h "per advies") and the instemmingsverklaring (49B07, 12 h
/// per piece). No division by 12: a traject is billed once.
///
/// # Errors
///
/// [`Error::NegativeInput`] for a negative input; [`Error::OutOfRange`] for norm hours outside
/// [`money::HOURS`] (`what: "norm hours per traject"`), a rate outside [`money::HOURLY_RATE`]
/// or a surcharge outside [`money::FRACTION`]. Inside the ranges no step can overflow.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, cost::traject_tariff};
/// // GBM advies, JbGld: 21.6 h × € 146.25 = € 3,159.00 (Tabel 1, 47B11).
/// let advies = traject_tariff(Decimal::new(216, 1), Decimal::new(14625, 2), Decimal::ZERO)?;
/// assert_eq!(advies, Decimal::new(315900, 2));
/// // WSS: 21.6 h × € 149.17 = 3222.072 → € 3,222.07.
/// let wss = traject_tariff(Decimal::new(216, 1), Decimal::new(14917, 2), Decimal::ZERO)?;
/// assert_eq!(wss, Decimal::new(322207, 2));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn traject_tariff(
    norm_hours_per_traject: Decimal,
    hourly_rate: Decimal,
    surcharge: Decimal,
) -> Result<Decimal, Error> {
    let hours = HOURS.check("norm hours per traject", norm_hours_per_traject)?;
    let rate = HOURLY_RATE.check("hourly rate", hourly_rate)?;
    let cost = mul_exact(hours, rate, "norm hours × hourly rate")?;
    Ok(round_cents(with_surcharge(cost, surcharge)?))
}

/// An hourly tariff: `hourly_rate × (1 + surcharge)`, rounded to cents (half away from zero)
/// once, from the exact product. With no surcharge it is the rate itself, as for consultatie
/// (49B01) and ACD (49B98, 49B99).
///
/// # Errors
///
/// [`Error::NegativeInput`] for a negative input; [`Error::OutOfRange`] for a rate outside
/// [`money::HOURLY_RATE`] or a surcharge outside [`money::FRACTION`].
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, cost::hourly_tariff};
/// assert_eq!(hourly_tariff(Decimal::new(14917, 2), Decimal::ZERO)?, Decimal::new(14917, 2));
/// // With 1.30 %: 146.25 × 1.013 = 148.15125 → 148.15.
/// assert_eq!(hourly_tariff(Decimal::new(14625, 2), Decimal::new(13, 3))?, Decimal::new(14815, 2));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn hourly_tariff(hourly_rate: Decimal, surcharge: Decimal) -> Result<Decimal, Error> {
    let rate = HOURLY_RATE.check("hourly rate", hourly_rate)?;
    Ok(round_cents(with_surcharge(rate, surcharge)?))
}

/// LET norm hours: [`LET_FACTOR`] × the base measure's norm hours, exact (no rounding).
///
/// "Omrekenfactor LET JB OTS: 2,1 × 102 uur = 214,2 uur"; "LET JB Voogdij: 2,1 × 78 uur =
/// 163,8 uur" (Tabel 1, footnotes `**` and `***`). The result has one decimal more than the
/// base and may lie outside [`money::HOURS`]; the functions that use it check it.
///
/// # Errors
///
/// [`Error::NegativeInput`] for negative hours; [`Error::OutOfRange`] for base hours outside
/// [`money::HOURS`] (`what: "base norm hours"`).
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, cost::let_norm_hours};
/// assert_eq!(let_norm_hours(Decimal::from(102))?, Decimal::new(2142, 1));
/// assert_eq!(let_norm_hours(Decimal::from(78))?, Decimal::new(1638, 1));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn let_norm_hours(base_norm_hours: Decimal) -> Result<Decimal, Error> {
    let base = HOURS.check("base norm hours", base_norm_hours)?;
    mul_exact(LET_FACTOR, base, "LET factor × base norm hours")
}

/// The base measure of a LET measure: OTS for LET OTS, Voogdij for LET Voogdij.
///
/// # Errors
///
/// [`Error::NotALetMeasure`] for any other measure (LET GTO has its own norm, 44 h per three
/// months, and no factor).
///
/// # Example
///
/// ```
/// use jbjr::{Measure, cost::let_base_measure};
/// assert_eq!(let_base_measure(Measure::LetVoogdij)?, Measure::Voogdij);
/// assert!(let_base_measure(Measure::LetGto).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn let_base_measure(measure: Measure) -> Result<Measure, Error> {
    match measure {
        Measure::LetOts => Ok(Measure::Ots),
        Measure::LetVoogdij => Ok(Measure::Voogdij),
        other => Err(Error::NotALetMeasure { measure: other }),
    }
}

/// LET norm hours per year derived from a catalogue: [`LET_FACTOR`] × the norm hours per year
/// of the catalogue's product of the base measure (the first in code order), exact.
///
/// # Errors
///
/// [`Error::NotALetMeasure`] when `measure` is not LET OTS or LET Voogdij;
/// [`Error::NoNormHours`] when the catalogue has no product of the base measure with norm hours
/// per year; [`Error::Overflow`] if a step overflows.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Measure, cost::let_norm_hours_in};
/// let book = Catalogue::gelderland_2026();
/// assert_eq!(let_norm_hours_in(book, Measure::LetOts)?.to_string(), "214.2");
/// assert_eq!(let_norm_hours_in(book, Measure::LetVoogdij)?.to_string(), "163.8");
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn let_norm_hours_in(catalogue: &Catalogue, measure: Measure) -> Result<Decimal, Error> {
    let base = let_base_measure(measure)?;
    let mut hours = None;
    for product in catalogue.products().filter(|p| p.measure() == base) {
        if let Some(norm) = product.norm_hours() {
            if let Some(per_year) = norm.per_year()? {
                hours = Some(per_year);
                break;
            }
        }
    }
    let hours = hours.ok_or_else(|| Error::NoNormHours {
        measure: base,
        region: catalogue.region().into(),
        year: catalogue.year(),
    })?;
    let_norm_hours(hours.normalize())
}

/// The tariff the model gives for `product` at `hourly_rate` with `surcharge`, per the product's
/// unit; `None` when the model gives none (no norm hours and not an hourly product, e.g. 48B80).
///
/// - [`Unit::Month`] with norm hours per year, quarter, three months or month:
///   [`monthly_tariff`] of the hours per year.
/// - [`Unit::Traject`] or [`Unit::Piece`] with norm hours per traject: [`traject_tariff`].
/// - [`Unit::Hour`]: [`hourly_tariff`]; [`Unit::Minute`]: the hourly tariff ÷ 60, rounded once.
///
/// Rounds once, at the end, as the function it uses. Pupil-cost marks are not looked at: pass
/// the surcharge that applies (see [`crate::cost::reconcile`] for the catalogue's rule).
///
/// # Errors
///
/// [`Error::NegativeInput`] for a negative rate or surcharge; [`Error::OutOfRange`] for a rate,
/// surcharge or norm hours (per year or per traject) outside their ranges (see the functions
/// above); [`Error::Overflow`] only if the product's norm hours per year overflow.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Decimal, Provider, cost::{self, model_tariff}};
/// let book = Catalogue::gelderland_2026();
/// let rate = book.hourly_rate(Provider::JbGld).unwrap_or_default();
/// // VoVo: 20 h per quarter = 80 h a year → 80 × 146.25 ÷ 12 = € 975.00.
/// let vovo = book.product("48B07".parse()?)?;
/// assert_eq!(model_tariff(vovo, rate, Decimal::ZERO)?, Some(Decimal::new(97500, 2)));
/// // OTS with the 1.30 % pupil-cost surcharge: € 1,259.29.
/// let ots = book.product("48B10".parse()?)?;
/// assert_eq!(model_tariff(ots, rate, cost::PUPIL_COSTS_SURCHARGE)?, Some(Decimal::new(125929, 2)));
/// // 48B80 has no norm hours: no model.
/// assert_eq!(model_tariff(book.product("48B80".parse()?)?, rate, Decimal::ZERO)?, None);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn model_tariff(
    product: &Product,
    hourly_rate: Decimal,
    surcharge: Decimal,
) -> Result<Option<Decimal>, Error> {
    match (product.unit(), product.norm_hours()) {
        (Unit::Hour, _) => hourly_tariff(hourly_rate, surcharge).map(Some),
        (Unit::Minute, _) => {
            let rate = HOURLY_RATE.check("hourly rate", hourly_rate)?;
            let per_hour = with_surcharge(rate, surcharge)?;
            round_cents_ratio(per_hour, 1, 60, "hourly tariff ÷ 60").map(Some)
        }
        (Unit::Traject | Unit::Piece, Some(norm)) if norm.per() == NormPeriod::Traject => {
            traject_tariff(norm.hours(), hourly_rate, surcharge).map(Some)
        }
        (Unit::Month, Some(norm)) => match norm.per_year()? {
            Some(per_year) => monthly_tariff(per_year, hourly_rate, surcharge).map(Some),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// The model's amount per unit of `product` before surcharge and before rounding: hours per
/// year × rate ÷ 12 for a monthly product, hours × rate per traject, the rate per hour, the
/// rate ÷ 60 per minute; `None` when the model gives none.
pub(crate) fn unrounded_model(
    product: &Product,
    hourly_rate: Decimal,
) -> Result<Option<Decimal>, Error> {
    let rate = non_negative(hourly_rate, "hourly rate")?;
    match (product.unit(), product.norm_hours()) {
        (Unit::Hour, _) => Ok(Some(rate)),
        (Unit::Minute, _) => div(rate, Decimal::from(60), "hourly rate ÷ 60").map(Some),
        (Unit::Traject | Unit::Piece, Some(norm)) if norm.per() == NormPeriod::Traject => {
            mul(norm.hours(), rate, "norm hours × hourly rate").map(Some)
        }
        (Unit::Month, Some(norm)) => match norm.per_year()? {
            Some(per_year) => {
                let annual = mul(per_year, rate, "norm hours × hourly rate")?;
                div(annual, Decimal::from(12), "annual cost ÷ 12").map(Some)
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}
