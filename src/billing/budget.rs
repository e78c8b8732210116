//! Budgets: see the [`billing`](crate::billing) layer docs.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::billing::Placement;
use crate::billing::{BillingRule, check_period, check_quotable, first_billed, month_index};
use crate::money::{add_exact, dec, from_cents, mul, mul_exact};
use crate::{Catalogue, Error, Measure, ProductCode, Provider, Unit};

const MONTHS: usize = 12;

/// A caseload entry for one year: how many placements of a product a GI carries.
///
/// For a monthly product, `per_month` is the number of placements running in every month of the
/// year (each billed every month). For a per-traject or per-piece product it is the number of
/// trajects or pieces billed in every month.
///
/// # Example
///
/// ```
/// use jbjr::{Provider, billing::CaseloadEntry};
/// let e = CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 120 };
/// assert_eq!(e.per_month, 120);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CaseloadEntry {
    /// The product.
    pub code: ProductCode,
    /// The GI.
    pub provider: Provider,
    /// Placements billed in each month of the year.
    pub per_month: u32,
}

/// One cell of a [`Budget`]: a month, a product and a GI.
///
/// # Example
///
/// See [`Budget`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BudgetLine {
    /// First day of the month.
    pub month: NaiveDate,
    /// The product.
    pub code: ProductCode,
    /// The product's measure.
    pub measure: Measure,
    /// The GI.
    pub provider: Provider,
    /// Billed placements (months, trajects or pieces) in the month.
    pub billed: u64,
    /// The amount in euros.
    pub amount: Decimal,
}

/// The cost of a caseload or of placements in one catalogue year, per month, product (measure)
/// and GI.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Measure, Provider, billing::{CaseloadEntry, caseload_budget}};
/// let book = Catalogue::gelderland_2026();
/// let budget = caseload_budget(book, &[
///     CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 10 },
///     CaseloadEntry { code: "48B11".parse()?, provider: Provider::Wss, per_month: 2 },
/// ])?;
/// // OTS: 10 × 1259.29 × 12; Voogdij WSS: 2 × 938.92 × 12.
/// assert_eq!(budget.measure_total(Measure::Ots).to_string(), "151114.80");
/// assert_eq!(budget.provider_total(Provider::Wss).to_string(), "22534.08");
/// assert_eq!(budget.total().to_string(), "173648.88");
/// assert_eq!(budget.lines().count(), 24);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget<'a> {
    catalogue: &'a Catalogue,
    /// The number of providers the catalogue declares.
    columns: usize,
    /// `[product][month][provider]` → (billed, cents).
    cells: Vec<(u64, i64)>,
}

impl<'a> Budget<'a> {
    fn new(catalogue: &'a Catalogue) -> Budget<'a> {
        let products = catalogue.products().count();
        let columns = catalogue.providers().len();
        Budget {
            catalogue,
            columns,
            cells: vec![(0, 0); products * MONTHS * columns],
        }
    }

    fn add(
        &mut self,
        product: usize,
        month: usize,
        provider: usize,
        n: u64,
        cents: i64,
    ) -> Result<(), Error> {
        let overflow = || Error::Overflow {
            operation: "budget cell",
        };
        let i = self.cell_index(product, month, provider);
        let cell = self.cells.get_mut(i).ok_or_else(overflow)?;
        let amount = cents
            .checked_mul(i64::try_from(n).map_err(|_| overflow())?)
            .ok_or_else(overflow)?;
        cell.0 = cell.0.checked_add(n).ok_or_else(overflow)?;
        cell.1 = cell.1.checked_add(amount).ok_or_else(overflow)?;
        Ok(())
    }

    /// The cell of `(product, month, provider)` in the table.
    #[inline]
    const fn cell_index(&self, product: usize, month: usize, provider: usize) -> usize {
        (product * MONTHS + month) * self.columns + provider
    }

    /// One placement billed in the months `months` (0–11) of cell row `(product, provider)`:
    /// one more billed and `cents` more in each.
    #[inline]
    fn add_months(
        &mut self,
        product: usize,
        provider: usize,
        months: std::ops::RangeInclusive<usize>,
        cents: i64,
    ) -> Result<(), Error> {
        const OVERFLOW: Error = Error::Overflow {
            operation: "budget cell",
        };
        if months.is_empty() {
            return Ok(());
        }
        // The row's cells of these months, every `columns`-th: one bounds check.
        let first = self.cell_index(product, *months.start(), provider);
        let last = self.cell_index(product, *months.end(), provider);
        let cells = self.cells.get_mut(first..=last).ok_or(OVERFLOW)?;
        for cell in cells.iter_mut().step_by(self.columns.max(1)) {
            cell.0 = cell.0.checked_add(1).ok_or(OVERFLOW)?;
            cell.1 = cell.1.checked_add(cents).ok_or(OVERFLOW)?;
        }
        Ok(())
    }

    /// The catalogue year the budget is for.
    ///
    /// # Example
    ///
    /// ```
    /// let b = jbjr::billing::caseload_budget(jbjr::Catalogue::gelderland_2026(), &[])?;
    /// assert_eq!(b.year(), 2026);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.catalogue.year()
    }

    /// The non-empty cells: month, product, measure, GI, billed count and amount; in product,
    /// month, GI order.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Measure, Provider, billing::{CaseloadEntry, caseload_budget}};
    /// let b = caseload_budget(Catalogue::gelderland_2026(), &[
    ///     CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 2 }])?;
    /// assert_eq!(b.lines().count(), 12); // one line per month
    /// assert_eq!(b.lines().next().map(|l| l.billed), Some(2));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = BudgetLine> + '_ {
        let year = self.year();
        self.catalogue
            .products()
            .enumerate()
            .flat_map(move |(p, product)| {
                (0..MONTHS).flat_map(move |m| {
                    self.catalogue
                        .providers()
                        .iter()
                        .enumerate()
                        .filter_map(move |(g, info)| {
                            let i = self.cell_index(p, m, g);
                            let (billed, cents) = *self.cells.get(i)?;
                            let month = u32::try_from(m).ok()? + 1;
                            (billed > 0).then_some(BudgetLine {
                                month: NaiveDate::from_ymd_opt(year, month, 1)?,
                                code: product.code(),
                                measure: product.measure(),
                                provider: info.provider(),
                                billed,
                                amount: from_cents(cents),
                            })
                        })
                })
            })
    }

    fn sum(&self, keep: impl Fn(&BudgetLine) -> bool) -> Decimal {
        // Each cell holds an i64 of cents and a budget has at most 256 × 12 × 4 cells, so the
        // i128 sum stays far inside `Decimal`'s 96 bits; saturate rather than panic regardless.
        let cents: i128 = self
            .lines()
            .filter(|l| keep(l))
            .map(|l| l.amount.mantissa())
            .sum();
        Decimal::try_from_i128_with_scale(cents, 2).unwrap_or(Decimal::MAX)
    }

    /// The total of the year.
    ///
    /// Exact, no rounding: the sum of whole-cent cells.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Measure, Provider, billing::{CaseloadEntry, caseload_budget}};
    /// let b = caseload_budget(Catalogue::gelderland_2026(), &[
    ///     CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 2 }])?;
    /// assert_eq!(b.total().to_string(), "30222.96"); // 2 × 1259.29 × 12
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn total(&self) -> Decimal {
        self.sum(|_| true)
    }

    /// The total of one month (1–12).
    ///
    /// Exact, no rounding: the sum of whole-cent cells.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider, billing::{CaseloadEntry, caseload_budget}};
    /// let b = caseload_budget(Catalogue::gelderland_2026(), &[
    ///     CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 1 }])?;
    /// assert_eq!(b.month_total(3).to_string(), "1259.29");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn month_total(&self, month: u32) -> Decimal {
        self.sum(|l| l.month.month() == month)
    }

    /// The total of one measure.
    ///
    /// Exact, no rounding: the sum of whole-cent cells.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Measure, Provider, billing::{CaseloadEntry, caseload_budget}};
    /// let b = caseload_budget(Catalogue::gelderland_2026(), &[
    ///     CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 2 }])?;
    /// assert_eq!(b.measure_total(Measure::Ots).to_string(), "30222.96");
    /// assert_eq!(b.measure_total(Measure::Voogdij).to_string(), "0.00");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn measure_total(&self, measure: Measure) -> Decimal {
        self.sum(|l| l.measure == measure)
    }

    /// The total of one GI.
    ///
    /// Exact, no rounding: the sum of whole-cent cells.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Measure, Provider, billing::{CaseloadEntry, caseload_budget}};
    /// let b = caseload_budget(Catalogue::gelderland_2026(), &[
    ///     CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 2 }])?;
    /// assert_eq!(b.provider_total(Provider::JbGld).to_string(), "30222.96");
    /// assert_eq!(b.provider_total(Provider::Wss).to_string(), "0.00");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn provider_total(&self, provider: Provider) -> Decimal {
        self.sum(|l| l.provider == provider)
    }
}

/// A product's unit and each declared GI's tariff in cents, in declaration order.
type TariffRow = (Unit, Vec<Option<i64>>);

/// Tariffs of the catalogue in cents, `[product][provider]`, and units.
fn tariff_table(catalogue: &Catalogue) -> Result<Vec<TariffRow>, Error> {
    catalogue
        .products()
        .map(|p| {
            let cents = catalogue
                .providers()
                .iter()
                .map(|info| {
                    p.tariff_amount(info.provider())
                        .map(crate::money::to_cents)
                        .transpose()
                })
                .collect::<Result<Vec<_>, Error>>()?;
            Ok((p.unit(), cents))
        })
        .collect()
}

fn lookup(
    catalogue: &Catalogue,
    table: &[TariffRow],
    code: ProductCode,
    provider: Provider,
) -> Result<(usize, Unit, usize, i64), Error> {
    let index = catalogue.position(code)?;
    let (unit, cents) = table
        .get(index)
        .ok_or_else(|| catalogue.unknown_product(code))?;
    check_quotable(code, *unit)?;
    let column = catalogue.column(provider, code)?;
    let tariff = cents
        .get(column)
        .copied()
        .flatten()
        .ok_or_else(|| Error::NotOffered {
            code,
            provider,
            year: catalogue.year(),
        })?;
    Ok((index, *unit, column, tariff))
}

/// The budget of a caseload for the catalogue's year: each entry billed `per_month` times in
/// each of the 12 months at its tariff. Exact, no rounding (amounts are summed in whole cents).
///
/// # Errors
///
/// - [`Error::UnknownProduct`] `{ code, region, year }` for a code not in the catalogue;
/// - [`Error::NotOffered`] `{ code, provider, year }` when the GI does not offer the product;
/// - [`Error::UnitMismatch`] `{ code, expected: Unit::Month, actual }` for an hourly or
///   per-minute product (those are priced by volume);
/// - [`Error::Overflow`] `{ operation }` when a tariff in cents or a cell (`"budget cell"`)
///   does not fit.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Error, Provider, Unit, billing::{CaseloadEntry, caseload_budget}};
/// let book = Catalogue::gelderland_2026();
/// let entry = |code: &str, provider, per_month| CaseloadEntry {
///     code: code.parse().unwrap(), provider, per_month };
/// let b = caseload_budget(book, &[entry("48B10", Provider::JbGld, 3)])?;
/// assert_eq!(b.total().to_string(), "45334.44"); // 3 × 1259.29 × 12
/// assert!(matches!(
///     caseload_budget(book, &[entry("48B10", Provider::JvV, 1)]),
///     Err(Error::NotOffered { provider: Provider::JvV, year: 2026, .. })
/// ));
/// assert!(matches!(
///     caseload_budget(book, &[entry("49B01", Provider::JbGld, 1)]),
///     Err(Error::UnitMismatch { expected: Unit::Month, actual: Unit::Hour, .. })
/// ));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn caseload_budget<'a>(
    catalogue: &'a Catalogue,
    entries: &[CaseloadEntry],
) -> Result<Budget<'a>, Error> {
    let table = tariff_table(catalogue)?;
    let mut budget = Budget::new(catalogue);
    for e in entries {
        let (p, _, g, cents) = lookup(catalogue, &table, e.code, e.provider)?;
        for m in 0..MONTHS {
            budget.add(p, m, g, u64::from(e.per_month), cents)?;
        }
    }
    Ok(budget)
}

/// The budget of placements in the catalogue's year, each billed with the SAP GI rule over its
/// whole period and counted in the months of that year only (a placement running on from or
/// into another year contributes its months in this year; per-traject products count in the
/// year their period ends).
///
/// Fast and without allocation per placement: one table per catalogue, tariffs looked up once
/// as cents; each placement's billed months are clipped to the budget year before any is
/// counted, so a placement costs the same however long before or after the year it runs
/// (at most 12 months are touched, and no date is built).
///
/// # Errors
///
/// [`Error::InvalidPeriod`] for a reversed period; [`Error::UnknownProduct`],
/// [`Error::NotOffered`]; [`Error::UnitMismatch`] for an hourly product; [`Error::Overflow`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::placements_budget, billing::Placement};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let ots = |start, end| Placement {
///     child: 0, code: "48B10".parse().unwrap(), provider: Provider::JbGld, start, end };
/// let b = placements_budget(Catalogue::gelderland_2026(), [
///     ots(d(2025, 9, 15), d(2026, 2, 10)),  // January and February 2026
///     ots(d(2026, 11, 20), d(2027, 5, 31)), // December 2026
/// ])?;
/// assert_eq!(b.total().to_string(), "3777.87"); // 3 × 1259.29
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn placements_budget<'a>(
    catalogue: &'a Catalogue,
    placements: impl IntoIterator<Item = Placement>,
) -> Result<Budget<'a>, Error> {
    let table = tariff_table(catalogue)?;
    let mut budget = Budget::new(catalogue);
    // The year's months as indices (`Catalogue` keeps its year inside `NaiveDate`'s range).
    let (lo, hi) = (catalogue.year() * 12, catalogue.year() * 12 + 11);
    for pl in placements {
        let (p, unit, g, cents) = lookup(catalogue, &table, pl.code, pl.provider)?;
        check_period(pl.start, pl.end)?;
        // SAP GI: from the first billed month to the end month; a per-traject or per-piece
        // product in the month its period ends. Clipped to the year, as month indices.
        let last = month_index(pl.end);
        let first = if unit == Unit::Month {
            first_billed(pl.start, pl.end, BillingRule::SapGi)
        } else {
            last
        };
        let (from, to) = (first.max(lo) - lo, last.min(hi) - lo);
        if let (Ok(from), Ok(to)) = (usize::try_from(from), usize::try_from(to)) {
            budget.add_months(p, g, from..=to, cents)?;
        }
    }
    Ok(budget)
}

/// The entries a budget could not price: the position of each in the input, with its error.
pub type Unpriced = Vec<(usize, Error)>;

/// [`caseload_budget`] that reports every bad entry instead of stopping at the first: an
/// unknown product, a product the GI does not offer or an hourly product is listed with its
/// position and error, and the other entries are budgeted.
///
/// # Errors
///
/// Only what concerns the whole budget: [`Error::Overflow`] when a tariff in cents or a cell
/// does not fit.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Error, Provider, billing::{CaseloadEntry, caseload_budget_reporting}};
/// let entry = |code: &str, provider, per_month| CaseloadEntry {
///     code: code.parse().unwrap(), provider, per_month };
/// let (b, bad) = caseload_budget_reporting(Catalogue::gelderland_2026(), &[
///     entry("48B10", Provider::JbGld, 3),
///     entry("99X99", Provider::JbGld, 1), // unknown
///     entry("49B01", Provider::JbGld, 1), // hourly
/// ])?;
/// assert_eq!(b.total().to_string(), "45334.44"); // 3 × 1259.29 × 12
/// assert!(matches!(bad[..], [(1, Error::UnknownProduct { .. }), (2, Error::UnitMismatch { .. })]));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn caseload_budget_reporting<'a>(
    catalogue: &'a Catalogue,
    entries: &[CaseloadEntry],
) -> Result<(Budget<'a>, Unpriced), Error> {
    let table = tariff_table(catalogue)?;
    let mut bad = Vec::new();
    let mut good = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        match lookup(catalogue, &table, e.code, e.provider) {
            Ok(_) => good.push(*e),
            Err(error) => bad.push((i, error)),
        }
    }
    Ok((caseload_budget(catalogue, &good)?, bad))
}

/// [`placements_budget`] that reports every bad placement instead of stopping at the first: an
/// unknown product, one the GI does not offer, an hourly product or a reversed period is listed
/// with its position and error, and the other placements are budgeted.
///
/// # Errors
///
/// Only what concerns the whole budget: [`Error::Overflow`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Error, Provider, billing::placements_budget_reporting, billing::Placement};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let pl = |code: &str, start, end| Placement {
///     child: 0, code: code.parse().unwrap(), provider: Provider::JbGld, start, end };
/// let (b, bad) = placements_budget_reporting(Catalogue::gelderland_2026(), [
///     pl("48B10", d(1, 1), d(2, 28)),
///     pl("48B10", d(5, 1), d(4, 1)), // reversed
///     pl("48B10", d(3, 1), d(3, 31)),
/// ])?;
/// assert_eq!(b.total().to_string(), "3777.87"); // 3 × 1259.29
/// assert!(matches!(bad[..], [(1, Error::InvalidPeriod { .. })]));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn placements_budget_reporting<'a>(
    catalogue: &'a Catalogue,
    placements: impl IntoIterator<Item = Placement>,
) -> Result<(Budget<'a>, Unpriced), Error> {
    let table = tariff_table(catalogue)?;
    let mut bad = Vec::new();
    let good = placements.into_iter().enumerate().filter_map(|(i, pl)| {
        let checked = lookup(catalogue, &table, pl.code, pl.provider)
            .and_then(|_| crate::billing::check_period(pl.start, pl.end));
        match checked {
            Ok(()) => Some(pl),
            Err(error) => {
                bad.push((i, error));
                None
            }
        }
    });
    let budget = placements_budget(catalogue, good)?;
    Ok((budget, bad))
}

// --- reduction targets ------------------------------------------------------------------------

/// Which measures a reduction target counts.
///
/// # Example
///
/// ```
/// use jbjr::{Measure, billing::TargetScope};
/// assert!(TargetScope::CourtImposed.contains(Measure::Voogdij));
/// assert!(!TargetScope::Measure(Measure::Ots).contains(Measure::Vots));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetScope {
    /// One measure, **including the same measure carried out by the LET**: `Measure(Ots)`
    /// counts LET JB OTS (48B12) and `Measure(Voogdij)` LET JB Voogdij (48B13), which are an
    /// OTS and a voogdij the court imposed, carried out by the Landelijk Expertise Team
    /// ([`crate::cost::let_base_measure`]). The Holland Rijnland OTS target counts the OTS
    /// "onderhanden" on 1 January 2022; an OTS handed to the LET is still one of them. The
    /// Holland Rijnland LET (48A10) may be either, so it counts only under
    /// [`TargetScope::CourtImposed`].
    Measure(Measure),
    /// Every measure imposed by a court or the public prosecutor ([`Measure::is_court_imposed`]).
    CourtImposed,
}

impl TargetScope {
    /// Whether the scope counts `measure`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Measure, billing::TargetScope};
    /// assert!(TargetScope::Measure(Measure::Ots).contains(Measure::Ots));
    /// assert!(!TargetScope::Measure(Measure::Ots).contains(Measure::Vots));
    /// // An OTS carried out by the LET is an OTS (source 000_e047e89f7a0dbd72.txt, doel 3).
    /// assert!(TargetScope::Measure(Measure::Ots).contains(Measure::LetOts));
    /// // Voogdij is imposed by a court (BW 1:266), a consultation is not.
    /// assert!(TargetScope::CourtImposed.contains(Measure::Voogdij));
    /// assert!(TargetScope::CourtImposed.contains(Measure::LetVoogdij));
    /// assert!(!TargetScope::CourtImposed.contains(Measure::Consultatie));
    /// ```
    #[must_use]
    pub fn contains(self, measure: Measure) -> bool {
        match self {
            TargetScope::Measure(m) => {
                m == measure || crate::cost::let_base_measure(measure).is_ok_and(|b| b == m)
            }
            TargetScope::CourtImposed => measure.is_court_imposed(),
        }
    }

    const fn describe(self) -> &'static str {
        match self {
            TargetScope::Measure(Measure::Ots) => "OTS, LET JB OTS included",
            TargetScope::Measure(Measure::Vots) => "VOTS only",
            TargetScope::Measure(_) => "one measure",
            TargetScope::CourtImposed => "court-imposed measures",
        }
    }
}

/// What the baseline (peildatum) of a target counts.
///
/// # Example
///
/// ```
/// use jbjr::billing::{HOLLAND_RIJNLAND_TARGETS, Peildatum};
/// assert!(matches!(HOLLAND_RIJNLAND_TARGETS[1].peildatum, Peildatum::OverYear(2021)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Peildatum {
    /// The number of measures running ("onderhanden") on a date.
    On(NaiveDate),
    /// The number of measures over a calendar year.
    OverYear(i32),
}

/// A reduction target: a scope, a percentage, a baseline and the date by which it is reached,
/// with the source it comes from.
///
/// # Target path
///
/// [`ReductionTarget::path`] is **linear**: for each year `y` from the first year of the target
/// period to the last, the target is `baseline × (1 − percentage ÷ 100 × (y − y₀) ÷ (y₁ − y₀))`
/// where `y₀` is the year before the period starts (2021) and `y₁` the year the target is due
/// (2026). For a count on a date (OTS) it is the count on 31 December of `y`; for a count over a
/// year (VOTS) the count over `y`. Counts are rounded to whole measures **half away from zero**;
/// the exact value is kept beside the rounded one.
///
/// # Example
///
/// ```
/// use jbjr::billing::HOLLAND_RIJNLAND_TARGETS;
/// let ots = &HOLLAND_RIJNLAND_TARGETS[0];
/// let path: Vec<u32> = ots.path(250)?.iter().map(|y| y.count).collect();
/// assert_eq!(path, [240, 230, 220, 210, 200]); // 2022 … 2026, −4 % of 250 a year
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReductionTarget {
    /// A short name.
    pub name: &'static str,
    /// Which measures are counted.
    pub scope: TargetScope,
    /// The reduction in percent (20 is −20 %).
    pub percentage: Decimal,
    /// What the baseline counts.
    pub peildatum: Peildatum,
    /// First day of the target period.
    pub from: NaiveDate,
    /// Day by which the reduction is reached.
    pub by: NaiveDate,
    /// Where the target is written, with the source's words.
    pub source: &'static str,
}

/// One year of a target path.
///
/// # Example
///
/// See [`ReductionTarget`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TargetYear {
    /// The year.
    pub year: i32,
    /// The exact target count.
    pub exact: Decimal,
    /// The target count rounded half away from zero to a whole number.
    pub count: u32,
}

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

/// The Holland Rijnland targets of segment 7 "Veiligheid" (source `000_e047e89f7a0dbd72.txt`):
/// OTS −20 %, VOTS −20 %, all court-imposed measures −20 %.
pub const HOLLAND_RIJNLAND_TARGETS: [ReductionTarget; 3] = [
    ReductionTarget {
        name: "OTS -20%",
        scope: TargetScope::Measure(Measure::Ots),
        percentage: dec(20, 0),
        peildatum: Peildatum::On(date(2022, 1, 1)),
        from: date(2022, 1, 1),
        by: date(2026, 12, 31),
        source: "Holland Rijnland segment Veiligheid, doel 3: \"In de periode van 1 januari 2022 \
                 tot en met 31 december 2026 neemt het aantal OTS met 20% af.\" \"Peildatum is \
                 het aantal onderhanden OTS-en per 1 januari 2022.\"",
    },
    ReductionTarget {
        name: "VOTS -20%",
        scope: TargetScope::Measure(Measure::Vots),
        percentage: dec(20, 0),
        peildatum: Peildatum::OverYear(2021),
        from: date(2022, 1, 1),
        by: date(2026, 12, 31),
        source: "Holland Rijnland segment Veiligheid, doel 4: \"Het aantal VOTS-en is eind 2026 \
                 met 20% gedaald.\" \"Peildatum is het aantal VOTS-en over 2021.\"",
    },
    ReductionTarget {
        name: "court-imposed measures -20%",
        scope: TargetScope::CourtImposed,
        percentage: dec(20, 0),
        peildatum: Peildatum::On(date(2022, 1, 1)),
        from: date(2022, 1, 1),
        by: date(2026, 12, 31),
        source: "Holland Rijnland segment Veiligheid: \"In de periode van 1 januari 2022 tot en \
                 met 31 december 2026 zien we een daling van het totaal aantal door de rechter \
                 opgelegde maatregelen van 20%.\" \"De peildatum voor het aantal opgelegde \
                 maatregelen is 1 januari 2022.\"",
    },
];

/// One caseload line of a scenario: a measure in the target's scope, the product and GI that
/// price it, its baseline count and how many months each counted measure is billed in a year
/// (12 for measures running all year, as an OTS stock; 3 for a VOTS counted per year).
///
/// # Example
///
/// ```
/// use jbjr::{Measure, Provider, billing::ScenarioEntry};
/// // VOTS have no Gelderland code of their own: price them as OTS, 3 months each.
/// let vots = ScenarioEntry { measure: Measure::Vots, code: "48B10".parse()?,
///                            provider: Provider::JbGld, baseline: 40, months_each: 3 };
/// assert_eq!(vots.months_each, 3);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScenarioEntry {
    /// The measure counted.
    pub measure: Measure,
    /// The product that prices it.
    pub code: ProductCode,
    /// The GI.
    pub provider: Provider,
    /// The baseline count (at the target's peildatum).
    pub baseline: u32,
    /// Months billed per counted measure in a year.
    pub months_each: u32,
}

/// One year of a scenario: target count and budget, against the baseline.
///
/// # Example
///
/// See [`ReductionTarget::scenario`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScenarioYear {
    /// The year.
    pub year: i32,
    /// Baseline count (sum of the entries).
    pub baseline_count: u32,
    /// Target count (sum of the entries' rounded counts).
    pub count: u32,
    /// Budget of the baseline caseload, at the catalogue's prices.
    pub baseline_budget: Decimal,
    /// Budget of the target caseload, at the catalogue's prices.
    pub budget: Decimal,
}

impl ScenarioYear {
    /// Baseline budget minus target budget, in euros. Exact, no rounding (both budgets are
    /// whole cents).
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] naming the subtraction, when the fields (which are public) hold
    /// budgets whose difference does not fit a `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Measure, Provider, billing::{HOLLAND_RIJNLAND_TARGETS, ScenarioEntry}};
    /// let ots = ScenarioEntry { measure: Measure::Ots, code: "48B10".parse()?,
    ///                           provider: Provider::JbGld, baseline: 250, months_each: 12 };
    /// let years = HOLLAND_RIJNLAND_TARGETS[0].scenario(Catalogue::gelderland_2026(), &[ots])?;
    /// // 2022: 240 OTS instead of 250, 10 × 12 × 1259.29 saved.
    /// assert_eq!(years[0].saving()?.to_string(), "151114.80");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn saving(&self) -> Result<Decimal, Error> {
        self.baseline_budget
            .checked_sub(self.budget)
            .ok_or(Error::Overflow {
                operation: "baseline budget − target budget",
            })
    }
}

impl ReductionTarget {
    /// The percentage, if it lies in [`crate::money::PERCENTAGE`].
    fn check_percentage(&self) -> Result<Decimal, Error> {
        crate::money::PERCENTAGE.check("reduction percentage", self.percentage)
    }

    /// The years of the target period (the year of `from` to the year of `by`).
    fn years(&self) -> (i32, i32) {
        (self.from.year(), self.by.year())
    }

    /// The linear target path for a baseline count (see [`ReductionTarget`]).
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] or [`Error::OutOfRange`] (`what: "reduction percentage"`)
    /// for a percentage outside [`crate::money::PERCENTAGE`] (0 to 100, four decimals);
    /// [`Error::InvalidPeriod`] when `by` lies before `from`; [`Error::Overflow`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::billing::HOLLAND_RIJNLAND_TARGETS;
    /// let vots = &HOLLAND_RIJNLAND_TARGETS[1];
    /// let path = vots.path(37)?;
    /// assert_eq!(path[0].exact.to_string(), "35.52"); // 37 × 0.96
    /// assert_eq!(path[0].count, 36);
    /// assert_eq!(path[4].count, 30); // 29.6 → 30
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn path(&self, baseline: u32) -> Result<Vec<TargetYear>, Error> {
        self.check_percentage()?;
        let (first, last) = self.years();
        if last < first {
            return Err(Error::InvalidPeriod {
                start: self.from,
                end: self.by,
                reason: "a target is due after its period starts",
            });
        }
        let base_year = first - 1;
        let span = Decimal::from(last - base_year);
        (first..=last)
            .map(|year| target_year(baseline, year, self.factor(year, base_year, span)?))
            .collect()
    }

    /// `1 − percentage ÷ 100 × (year − base) ÷ span`.
    fn factor(&self, year: i32, base_year: i32, span: Decimal) -> Result<Decimal, Error> {
        let share = crate::money::div(
            Decimal::from(year - base_year),
            span,
            "elapsed years ÷ target years",
        )?;
        let cut = mul(
            crate::money::div(self.percentage, Decimal::ONE_HUNDRED, "percentage ÷ 100")?,
            share,
            "reduction × elapsed share",
        )?;
        Ok(Decimal::ONE - cut)
    }

    /// The target path applied to a caseload and its effect on the budget, per year, **at the
    /// prices of `catalogue`** (constant prices: the years 2022–2026 have no tariffs of their
    /// own here; this is a scenario at the catalogue's price level, not a quote). Each entry's
    /// count is reduced and rounded (half away from zero) on its own, as in
    /// [`ReductionTarget::path`]; its budget is `count × months_each × tariff`, exact. One pass
    /// over the years, each entry's tariff looked up once: O(years × entries).
    ///
    /// # Errors
    ///
    /// [`Error::OutOfTargetScope`] for an entry whose measure the target does not count;
    /// [`Error::NegativeInput`] or [`Error::OutOfRange`] for a percentage outside 0 to 100 (as
    /// [`ReductionTarget::path`]); [`Error::UnknownProduct`], [`Error::NotOffered`];
    /// [`Error::Overflow`] when a count or budget does not fit (budgets are exact or an error).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Measure, Provider, billing::{HOLLAND_RIJNLAND_TARGETS, ScenarioEntry}};
    /// let ots = ScenarioEntry { measure: Measure::Ots, code: "48B10".parse()?,
    ///                           provider: Provider::JbGld, baseline: 250, months_each: 12 };
    /// let years = HOLLAND_RIJNLAND_TARGETS[0].scenario(Catalogue::gelderland_2026(), &[ots])?;
    /// let last = years.last().unwrap();
    /// assert_eq!((last.year, last.count), (2026, 200));
    /// assert_eq!(last.saving()?.to_string(), "755574.00"); // 50 × 12 × 1259.29
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn scenario(
        &self,
        catalogue: &Catalogue,
        entries: &[ScenarioEntry],
    ) -> Result<Vec<ScenarioYear>, Error> {
        for e in entries {
            if !self.scope.contains(e.measure) {
                return Err(Error::OutOfTargetScope {
                    measure: e.measure,
                    target: self.name,
                    scope: self.scope.describe(),
                });
            }
        }
        self.check_percentage()?;
        let (first, last) = self.years();
        let base_year = first - 1;
        let span = Decimal::from(last.saturating_sub(base_year));
        // Each entry's tariff × months, looked up in the first year (so errors come in the
        // order of the years and entries) and kept: one pass over the years, each entry's
        // count from the year's factor, as `path` computes it. O(years × entries).
        let mut per_measure: Vec<Option<Decimal>> = vec![None; entries.len()];
        let mut years = Vec::with_capacity(usize::try_from(last - first + 1).unwrap_or(0));
        for year in first..=last {
            let factor = self.factor(year, base_year, span)?;
            let mut row = ScenarioYear {
                year,
                baseline_count: 0,
                count: 0,
                baseline_budget: Decimal::ZERO,
                budget: Decimal::ZERO,
            };
            for (e, priced) in entries.iter().zip(per_measure.iter_mut()) {
                let per_measure = match *priced {
                    Some(amount) => amount,
                    None => {
                        let tariff = catalogue.tariff(e.code, e.provider)?.amount();
                        let amount =
                            mul_exact(tariff, Decimal::from(e.months_each), "tariff × months")?;
                        *priced = Some(amount);
                        amount
                    }
                };
                let count = target_year(e.baseline, year, factor)?.count;
                let overflow = Error::Overflow {
                    operation: "scenario count",
                };
                row.baseline_count = row
                    .baseline_count
                    .checked_add(e.baseline)
                    .ok_or(overflow.clone())?;
                row.count = row.count.checked_add(count).ok_or(overflow)?;
                row.baseline_budget = add_exact(
                    row.baseline_budget,
                    mul_exact(per_measure, Decimal::from(e.baseline), "baseline budget")?,
                    "baseline budget",
                )?;
                row.budget = add_exact(
                    row.budget,
                    mul_exact(per_measure, Decimal::from(count), "target budget")?,
                    "target budget",
                )?;
            }
            years.push(row);
        }
        Ok(years)
    }
}

/// One year of a target path: `baseline × factor` (exact up to `Decimal`'s 28 digits, as the
/// factor is a quotient) and that count rounded half away from zero.
fn target_year(baseline: u32, year: i32, factor: Decimal) -> Result<TargetYear, Error> {
    let exact = mul(Decimal::from(baseline), factor, "baseline × target factor")?.normalize();
    Ok(TargetYear {
        year,
        exact,
        count: whole(exact)?,
    })
}

/// A non-negative count rounded half away from zero to a whole number.
fn whole(exact: Decimal) -> Result<u32, Error> {
    use rust_decimal::prelude::ToPrimitive;
    // Counts are not money: round to 0 decimals with the crate's rounding strategy.
    exact
        .round_dp_with_strategy(0, crate::money::ROUNDING)
        .to_u32()
        .ok_or(Error::Overflow {
            operation: "target count",
        })
}
