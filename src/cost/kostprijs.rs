//! The printed cost prices of 2026 ("Normuren en kostprijs 2026 per maatregel", product book
//! Gelderland 2026, Tariefbepaling) and the unrounded hourly rate they imply.
//!
//! The footnote says the cost prices are based on "100% uurtarief 2026: € 146,25", but
//! 102 h × € 146.25 is € 14,917.50 and the table prints € 14,917.20. The table was computed with
//! an unrounded rate: OTS implies 14,917.20 ÷ 102 = € 146.2470588…
//! ([`CostPrice::implied_rate`]). With that rate ten of the eleven rows reproduce to the cent and
//! LET Voogdij within one cent (163.8 × 146.2470588… = 23,955.268 → 23,955.27, printed
//! 23,955.26). The rates for which *every* row rounds to its printed figure form the interval
//! [€ 146.2470355, € 146.2470391) ([`implied_rate_bounds`]); e.g. € 146.247037 reproduces all
//! eleven rows exactly. The tariffs of Tabel 1 use the rounded € 146.25, so a cost price and
//! the tariff of the same product differ (GBM advies: cost price € 3,158.94, tariff € 3,159.00).

use rust_decimal::Decimal;

use crate::cost::data::tariefbepaling_2026::KOSTPRIJS;
use crate::money::{add, div, non_negative};
use crate::{Catalogue, Error, Measure, ProductCode};

/// One row of the cost-price table: the product, the label as printed, the norm hours (from
/// the catalogue; for LET derived with [`crate::cost::LET_FACTOR`]) and the printed cost price
/// per year (per advies for GBM advies).
///
/// # Example
///
/// ```
/// let rows = jbjr::cost::kostprijs::gelderland_2026()?;
/// let ots = &rows[0];
/// assert_eq!(ots.code.as_str(), "48B10");
/// assert_eq!(ots.norm_hours.to_string(), "102");
/// assert_eq!(ots.printed.to_string(), "14917.20");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostPrice {
    /// The product the row belongs to.
    pub code: ProductCode,
    /// The measure of that product.
    pub measure: Measure,
    /// The row's label as printed (OCR; the shifted "Jeugreclassering" row is marked
    /// `"[Samenloop]"`).
    pub label: &'static str,
    /// Norm hours per year (per advies for GBM advies), from the catalogue.
    pub norm_hours: Decimal,
    /// The cost price as printed, euros.
    pub printed: Decimal,
}

impl CostPrice {
    /// The cost price at `hourly_rate`: the row's norm hours × `hourly_rate`, rounded to cents
    /// (half away from zero) once, from the exact product, as [`crate::cost::annual_cost`]
    /// does. Unlike `annual_cost` the rate may have any number of decimals: a rate implied by
    /// the printed table is an unrounded quotient ([`CostPrice::implied_rate`],
    /// [`implied_rate_bounds`]), and with norm hours in [`crate::money::HOURS`] the exact
    /// product fits 128 bits whatever the rate.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] for a negative rate; [`Error::OutOfRange`] when the row's norm
    /// hours lie outside [`crate::money::HOURS`] (not for the embedded rows).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::cost::kostprijs;
    /// let rows = kostprijs::gelderland_2026()?;
    /// let rate = rows[0].implied_rate()?;
    /// assert_eq!(rows[1].at_rate(rate)?.to_string(), "11407.27"); // Voogdij, as printed
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn at_rate(&self, hourly_rate: Decimal) -> Result<Decimal, Error> {
        let hours = crate::money::HOURS.check("norm hours", self.norm_hours)?;
        let rate = non_negative(hourly_rate, "hourly rate")?;
        crate::money::round_cents_product(hours, rate, "norm hours × hourly rate")
    }

    /// The hourly rate this row implies: printed cost price ÷ norm hours, unrounded (28 significant
    /// digits).
    ///
    /// # Errors
    ///
    /// [`Error::NotPositive`] when the norm hours are zero.
    ///
    /// # Example
    ///
    /// ```
    /// let rows = jbjr::cost::kostprijs::gelderland_2026()?;
    /// assert!(rows[0].implied_rate()?.to_string().starts_with("146.247058823"));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn implied_rate(&self) -> Result<Decimal, Error> {
        positive(self.norm_hours)?;
        div(self.printed, self.norm_hours, "cost price ÷ norm hours")
    }
}

fn positive(hours: Decimal) -> Result<Decimal, Error> {
    let hours = non_negative(hours, "norm hours")?;
    if hours.is_zero() {
        return Err(Error::NotPositive {
            what: "norm hours",
            value: hours,
        });
    }
    Ok(hours)
}

/// The printed cost prices of 2026, in printed order, with norm hours read from
/// [`Catalogue::gelderland_2026`] (LET rows: 2.1 × the OTS or Voogdij norm, derived).
///
/// # Errors
///
/// Only if the embedded data were inconsistent (a row's product missing from the catalogue):
/// [`Error::UnknownProduct`] or [`Error::NoNormHours`].
///
/// # Example
///
/// ```
/// let rows = jbjr::cost::kostprijs::gelderland_2026()?;
/// assert_eq!(rows.len(), 11);
/// assert_eq!(rows[10].label, "LET JB Voogdij");
/// assert_eq!(rows[10].norm_hours.to_string(), "163.8");
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn gelderland_2026() -> Result<Vec<CostPrice>, Error> {
    let book = Catalogue::gelderland_2026();
    KOSTPRIJS
        .iter()
        .map(|row| {
            let product = book.product(row.code)?;
            let measure = product.measure();
            let norm_hours = match crate::cost::let_norm_hours_in(book, measure) {
                Ok(hours) => hours,
                Err(Error::NotALetMeasure { .. }) => product
                    .norm_hours()
                    .map(|n| n.hours().normalize())
                    .ok_or_else(|| Error::NoNormHours {
                        measure,
                        region: book.region().into(),
                        year: book.year(),
                    })?,
                Err(other) => return Err(other),
            };
            Ok(CostPrice {
                code: row.code,
                measure,
                label: row.label,
                norm_hours,
                printed: row.cost_price,
            })
        })
        .collect()
}

/// The interval `[low, high)` of hourly rates for which every row's
/// `norm_hours × rate`, rounded to cents half away from zero, equals its printed cost price;
/// `None` when no rate reproduces every row (or `rows` is empty).
///
/// A row allows `(printed − 0.005) ÷ hours ≤ rate < (printed + 0.005) ÷ hours`; the interval
/// is the intersection. The bounds are unrounded quotients.
///
/// # Errors
///
/// [`Error::NotPositive`] for a row with zero norm hours; [`Error::NegativeInput`] for negative
/// hours; [`Error::Overflow`] if a step overflows.
///
/// # Example
///
/// ```
/// use jbjr::cost::kostprijs::{gelderland_2026, implied_rate_bounds};
/// let (low, high) = implied_rate_bounds(&gelderland_2026()?)?.expect("a rate fits all rows");
/// assert!(low.to_string().starts_with("146.2470354"));
/// assert!(high.to_string().starts_with("146.2470390"));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn implied_rate_bounds(rows: &[CostPrice]) -> Result<Option<(Decimal, Decimal)>, Error> {
    let half_cent = Decimal::new(5, 3);
    let mut bounds: Option<(Decimal, Decimal)> = None;
    for row in rows {
        let hours = positive(row.norm_hours)?;
        let low_price = add(row.printed, -half_cent, "cost price − half a cent")?;
        let high_price = add(row.printed, half_cent, "cost price + half a cent")?;
        let low = div(low_price, hours, "cost price ÷ norm hours")?;
        let high = div(high_price, hours, "cost price ÷ norm hours")?;
        bounds = Some(match bounds {
            None => (low, high),
            Some((l, h)) => (l.max(low), h.min(high)),
        });
    }
    Ok(bounds.filter(|(low, high)| low < high))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_inside_the_bounds_reproduces_every_row() {
        let rows = gelderland_2026().unwrap();
        let rate = Decimal::new(146_247_037, 6);
        for row in &rows {
            assert_eq!(row.at_rate(rate).unwrap(), row.printed, "{}", row.label);
        }
    }
}
