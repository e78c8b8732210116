//! Pricing a period: see the [`billing`](crate::billing) layer docs.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::money::{add_exact, round_cents_ratio};
use crate::{Catalogue, Error, ProductCode, Provider, Unit};

/// Which months of a period are billed, and for how much.
///
/// `Display`/`FromStr` use snake case names (`"sap_gi"`, `"pro_rata_daily"`,
/// `"every_touched_month"`), case-insensitive.
///
/// # Example
///
/// ```
/// use jbjr::BillingRule;
/// let rule: BillingRule = "sap_gi".parse()?;
/// assert_eq!(rule, BillingRule::SapGi);
/// assert_eq!(BillingRule::default(), BillingRule::SapGi);
/// assert_eq!(BillingRule::ProRataDaily.to_string(), "pro_rata_daily");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    strum::EnumIter,
    strum::VariantArray,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(
    serialize_all = "snake_case",
    ascii_case_insensitive,
    parse_err_fn = rule_parse_error,
    parse_err_ty = crate::Error
)]
#[non_exhaustive]
pub enum BillingRule {
    /// SAP GI v1.3: the first broken month is not billed, the last broken month is billed in
    /// full; a period inside one month is billed one month.
    #[default]
    SapGi,
    /// Every touched month, `tariff × days of the period in the month ÷ days in the month`,
    /// rounded per line to cents half away from zero.
    ProRataDaily,
    /// Every touched month, the full monthly tariff.
    EveryTouchedMonth,
}

impl BillingRule {
    /// Every billing rule, in declaration order: the billing rules this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::BillingRule;
    /// assert_eq!(BillingRule::all().first(), Some(&BillingRule::SapGi));
    /// assert!(BillingRule::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [BillingRule] {
        <BillingRule as strum::VariantArray>::VARIANTS
    }
}

fn rule_parse_error(input: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: "billing rule",
        input: crate::error::clip(input),
        expected: "sap_gi, pro_rata_daily, every_touched_month",
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(BillingRule, into);

// --- month arithmetic -------------------------------------------------------------------------

/// A month as one integer: `year × 12 + month0`.
#[inline]
pub(crate) fn month_index(date: NaiveDate) -> i32 {
    date.year() * 12 + date.month0() as i32
}

/// The year and month (1–12) of the month with this index.
#[inline]
fn year_month(index: i32) -> (i32, u32) {
    // `rem_euclid(12)` lies in 0..12, so the conversion cannot fail.
    let month0 = u32::try_from(index.rem_euclid(12)).unwrap_or(0);
    (index.div_euclid(12), month0 + 1)
}

/// First day of the month with this index, if `NaiveDate` can represent it.
pub(crate) fn month_first(index: i32) -> Option<NaiveDate> {
    let (year, month) = year_month(index);
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// Last day of the month with this index, if `NaiveDate` can represent the month, by the
/// crate's one month-end helper `duration::last_of_month` (convention "Month ends" in
/// [`crate::law`]).
pub(crate) fn month_last(index: i32) -> Option<NaiveDate> {
    let (year, month) = year_month(index);
    crate::law::last_of_month(year, month)
}

/// `amount × n`, exact, on the mantissa (an amount in cents times a count stays in cents).
#[inline]
fn times(amount: Decimal, n: u32) -> Result<Decimal, Error> {
    let overflow = || Error::Overflow {
        operation: "tariff × billed months",
    };
    let mantissa = amount
        .mantissa()
        .checked_mul(i128::from(n))
        .ok_or_else(overflow)?;
    // Exact: trailing zeros of a tariff written `1259.2900…` are dropped only if needed to fit.
    crate::money::exact(mantissa, amount.scale()).ok_or_else(overflow)
}

/// Checks that `start..=end` is a period whose months `NaiveDate` can represent.
#[inline]
pub(crate) fn check_period(start: NaiveDate, end: NaiveDate) -> Result<(), Error> {
    if end < start {
        return Err(Error::InvalidPeriod {
            start,
            end,
            reason: "the end lies before the start",
        });
    }
    // Every month strictly inside `NaiveDate`'s range is representable: build dates only at the
    // extremes (this keeps the common case free of date construction). A period that ends in the
    // last month of the range (December of `NaiveDate::MAX.year()`) is refused, as it always has
    // been: the month-end helper once looked for the 1st of the following month, which does not
    // exist; the refusal is kept so that no caller sees a change.
    let inside = start.year() > NaiveDate::MIN.year() && end.year() < NaiveDate::MAX.year();
    if !inside
        && (month_index(end) >= month_index(NaiveDate::MAX)
            || month_first(month_index(start)).is_none())
    {
        return Err(Error::InvalidPeriod {
            start,
            end,
            reason: "the period's months lie outside the supported date range",
        });
    }
    Ok(())
}

/// Checks that a product with this unit can be quoted over a period (per month, traject or
/// piece); hourly and per-minute products are priced by volume instead
/// ([`Catalogue::price_hours`](crate::Catalogue::price_hours)).
pub(crate) fn check_quotable(code: ProductCode, unit: Unit) -> Result<(), Error> {
    if matches!(unit, Unit::Hour | Unit::Minute) {
        return Err(Error::UnitMismatch {
            code,
            expected: Unit::Month,
            actual: unit,
        });
    }
    Ok(())
}

/// The first billed month (index) of a monthly product under `rule`.
#[inline]
pub(crate) fn first_billed(start: NaiveDate, end: NaiveDate, rule: BillingRule) -> i32 {
    let (s, e) = (month_index(start), month_index(end));
    match rule {
        BillingRule::SapGi if start.day() != 1 && e > s => s + 1,
        _ => s,
    }
}

/// The billed months of a monthly product over `start..=end` under `rule`, as the first day of
/// each month, in order. No allocation.
///
/// With [`BillingRule::SapGi`] this is every month from the start month to the end month,
/// without the start month when `start` is not the 1st and `end` lies in a later month.
///
/// # Errors
///
/// [`Error::InvalidPeriod`] when `end` lies before `start`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{BillingRule, billing::billed_months};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // 15 March to 10 May: March is the first broken month, not billed.
/// let months: Vec<_> = billed_months(d(2026, 3, 15), d(2026, 5, 10), BillingRule::SapGi)?.collect();
/// assert_eq!(months, [d(2026, 4, 1), d(2026, 5, 1)]);
/// // Inside one month: billed once.
/// assert_eq!(billed_months(d(2026, 3, 15), d(2026, 3, 20), BillingRule::SapGi)?.count(), 1);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn billed_months(
    start: NaiveDate,
    end: NaiveDate,
    rule: BillingRule,
) -> Result<impl Iterator<Item = NaiveDate> + Clone, Error> {
    check_period(start, end)?;
    Ok((first_billed(start, end, rule)..=month_index(end)).filter_map(month_first))
}

/// Number of days of `start..=end` that fall in the month with index `m`, and the days of that
/// month; the clamped product period.
fn clamp(start: NaiveDate, end: NaiveDate, m: i32) -> Option<(NaiveDate, NaiveDate, u32, u32)> {
    let first = month_first(m)?;
    let last = month_last(m)?;
    let from = start.max(first);
    let to = end.min(last);
    if to < from {
        return None;
    }
    let days = u32::try_from((to - from).num_days() + 1).ok()?;
    let month_days = last.day();
    Some((from, to, days, month_days))
}

// --- quote --------------------------------------------------------------------------------------

/// The price of a product over an inclusive period under one [`BillingRule`], from one catalogue
/// year's tariff.
///
/// A small `Copy` value (no heap): the total and the number of billed months are computed when
/// the quote is made; [`Quote::lines`] and [`Quote::year_totals`] recompute the lines lazily from
/// the period, the rule and the tariff.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let book = Catalogue::gelderland_2026();
/// // OTS by JbGld from 15 March to 10 May 2026: April and May at € 1,259.29.
/// let q = book.quote("48B10".parse()?, Provider::JbGld, d(2026, 3, 15), d(2026, 5, 10))?;
/// assert_eq!(q.billed_months(), 2);
/// assert_eq!(q.total().to_string(), "2518.58");
/// let last = q.lines().last().unwrap();
/// assert_eq!((last.period_start(), last.period_end()), (d(2026, 5, 1), d(2026, 5, 10)));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Quote {
    code: ProductCode,
    provider: Provider,
    unit: Unit,
    rule: BillingRule,
    year: i32,
    start: NaiveDate,
    end: NaiveDate,
    /// Months (indices) this quote's tariff covers: lines outside are not this quote's.
    window: (i32, i32),
    tariff: Decimal,
    total: Decimal,
    billed: u32,
}

/// Shows the months the tariff covers as months (`2026-01..=2026-12`), not as the internal
/// month indices.
impl std::fmt::Debug for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Quote")
            .field("code", &self.code)
            .field("provider", &self.provider)
            .field("unit", &self.unit)
            .field("rule", &self.rule)
            .field("year", &self.year)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("tariff_months", &MonthSpan(self.window))
            .field("tariff", &self.tariff)
            .field("total", &self.total)
            .field("billed", &self.billed)
            .finish()
    }
}

/// A span of month indices, shown as `2026-01..=2026-12`.
struct MonthSpan((i32, i32));

impl std::fmt::Debug for MonthSpan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Years as `NaiveDate` writes them: four digits, a sign before negative ones.
        let month = |f: &mut std::fmt::Formatter<'_>, index: i32| {
            let (year, month) = year_month(index);
            let sign = if year < 0 { "-" } else { "" };
            write!(f, "{sign}{:04}-{month:02}", year.unsigned_abs())
        };
        month(f, self.0.0)?;
        f.write_str("..=")?;
        month(f, self.0.1)
    }
}

/// One billed month of a [`Quote`] (or one declaration of a per-traject product).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{BillingRule, Catalogue, Provider};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let q = Catalogue::gelderland_2026().quote_with(
///     "48B10".parse()?, Provider::JbGld, d(2026, 2, 15), d(2026, 2, 28), BillingRule::ProRataDaily)?;
/// let line = q.lines().next().unwrap();
/// assert_eq!(line.month(), d(2026, 2, 1));
/// assert_eq!(line.days(), 14);
/// assert_eq!(line.amount().to_string(), "629.65"); // 1259.29 × 14 ÷ 28 = 629.645
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuoteLine {
    code: ProductCode,
    provider: Provider,
    unit: Unit,
    month: NaiveDate,
    period_start: NaiveDate,
    period_end: NaiveDate,
    days: u32,
    tariff: Decimal,
    amount: Decimal,
}

impl QuoteLine {
    /// The first day of the billed month.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 6, 1), d(2026, 6, 30))?;
    /// assert_eq!(q.lines().next().unwrap().month(), d(2026, 6, 1));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn month(&self) -> NaiveDate {
        self.month
    }

    /// The product period's first day: the 1st of the month, or the start of the period when it
    /// lies later in the month (TR387).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 6, 10), d(2026, 6, 30))?;
    /// assert_eq!(q.lines().next().unwrap().period_start(), d(2026, 6, 10));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn period_start(&self) -> NaiveDate {
        self.period_start
    }

    /// The product period's last day: the last day of the month, or the end of the period when
    /// it lies earlier in the month (TR388).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 6, 1), d(2026, 7, 9))?;
    /// assert_eq!(q.lines().last().unwrap().period_end(), d(2026, 7, 9));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn period_end(&self) -> NaiveDate {
        self.period_end
    }

    /// Days in the product period.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 2, 1), d(2026, 2, 28))?;
    /// assert_eq!(q.lines().next().unwrap().days(), 28);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn days(&self) -> u32 {
        self.days
    }

    /// The amount of the line in euros (whole cents).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B07".parse()?, jbjr::Provider::JbGld, d(2026, 2, 1), d(2026, 2, 28))?;
    /// assert_eq!(q.lines().next().unwrap().amount().to_string(), "975.00");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn amount(&self) -> Decimal {
        self.amount
    }

    /// The tariff the line was priced at (per month, or per traject or piece), in euros and
    /// whole cents, as in the catalogue; not rounded here.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B07".parse()?, jbjr::Provider::JbGld, d(2026, 2, 1), d(2026, 2, 9))?;
    /// assert_eq!(q.lines().next().unwrap().tariff().to_string(), "975.00");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn tariff(&self) -> Decimal {
        self.tariff
    }

    /// The product code.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B07".parse()?, jbjr::Provider::JbGld, d(2026, 2, 1), d(2026, 2, 9))?;
    /// assert_eq!(q.lines().next().unwrap().code().as_str(), "48B07");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn code(&self) -> ProductCode {
        self.code
    }

    /// The provider.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B07".parse()?, jbjr::Provider::LdH, d(2026, 2, 1), d(2026, 2, 9))?;
    /// assert_eq!(q.lines().next().unwrap().provider(), jbjr::Provider::LdH);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn provider(&self) -> Provider {
        self.provider
    }

    /// The unit the product is priced per.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("47B11".parse()?, jbjr::Provider::LdH, d(2026, 2, 1), d(2026, 4, 9))?;
    /// assert_eq!(q.lines().next().unwrap().unit(), jbjr::Unit::Traject);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// The line as an iJw declaration line (JW323): amounts in eurocents, WJ756 unit, JZ020
    /// category, volume 1. `None` for a pro-rata line, whose amount is not volume × tariff
    /// (TR346) and which SAP GI does not know.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("47B11".parse()?, jbjr::Provider::Wss, d(2026, 2, 1), d(2026, 4, 9))?;
    /// let ijw = q.lines().next().unwrap().ijw().unwrap();
    /// assert_eq!((ijw.unit_code(), ijw.volume(), ijw.amount_cents()), (Some("82"), 1, 322207));
    /// assert!(ijw.tr346_holds());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn ijw(&self) -> Option<crate::IjwLine> {
        if self.amount != self.tariff {
            return None;
        }
        crate::IjwLine::new(self.code, self.unit, 1, self.tariff, self.amount, None).ok()
    }
}

impl Catalogue {
    /// The price of `provider`'s product `code` over the inclusive period `start..=end`, billed
    /// with the SAP GI rule ([`BillingRule::SapGi`], see [`crate::billing`]).
    ///
    /// Monthly products: one line per billed month at the monthly tariff, no rounding (the
    /// tariff is whole cents). Per-traject and per-piece products: billed once, in the month the
    /// period ends; [`Quote::billed_months`] is `0`. No heap allocation.
    ///
    /// # Errors
    ///
    /// - [`Error::InvalidPeriod`] when `end` lies before `start`;
    /// - [`Error::NoTariff`] when the period touches a month outside [`Catalogue::covers`];
    /// - [`Error::UnknownProduct`], [`Error::NotOffered`] from the tariff lookup;
    /// - [`Error::UnitMismatch`] for an hourly product (price those with
    ///   [`Catalogue::price_hours`] or [`Catalogue::price_minutes`]);
    /// - [`Error::Overflow`] when the total does not fit a `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Error, Provider};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let book = Catalogue::gelderland_2026();
    /// let ots = "48B10".parse()?;
    /// let q = book.quote(ots, Provider::JbGld, d(2026, 1, 1), d(2026, 12, 31))?;
    /// assert_eq!(q.billed_months(), 12);
    /// assert_eq!(q.total().to_string(), "15111.48"); // 12 × 1259.29
    /// // Into 2027: no 2027 tariff in this catalogue.
    /// assert!(matches!(
    ///     book.quote(ots, Provider::JbGld, d(2026, 12, 31), d(2027, 1, 1)),
    ///     Err(Error::NoTariff { .. })
    /// ));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[inline]
    pub fn quote(
        &self,
        code: ProductCode,
        provider: Provider,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Quote, Error> {
        self.quote_with(code, provider, start, end, BillingRule::SapGi)
    }

    /// [`Catalogue::quote`] with an explicit billing rule.
    ///
    /// Rounding: [`BillingRule::ProRataDaily`] rounds each line to cents half away from zero
    /// (`tariff × days ÷ days in month`, once, from the exact value); the total is the exact
    /// sum of the rounded lines. The other rules do not round. Totals are exact to the cent or
    /// an [`Error::Overflow`], never a figure with its cents dropped.
    ///
    /// # Errors
    ///
    /// As [`Catalogue::quote`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{BillingRule, Catalogue, Provider};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let book = Catalogue::gelderland_2026();
    /// let ots = "48B10".parse()?;
    /// let (s, e) = (d(2026, 3, 15), d(2026, 5, 10));
    /// let full = book.quote_with(ots, Provider::JbGld, s, e, BillingRule::EveryTouchedMonth)?;
    /// assert_eq!(full.billed_months(), 3);
    /// let pro_rata = book.quote_with(ots, Provider::JbGld, s, e, BillingRule::ProRataDaily)?;
    /// // March 17/31, April in full, May 10/31.
    /// assert_eq!(pro_rata.total().to_string(), "2356.09"); // 690.58 + 1259.29 + 406.22
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[inline]
    pub fn quote_with(
        &self,
        code: ProductCode,
        provider: Provider,
        start: NaiveDate,
        end: NaiveDate,
        rule: BillingRule,
    ) -> Result<Quote, Error> {
        check_period(start, end)?;
        // `Catalogue` keeps its year inside `NaiveDate`'s range, so this cannot overflow.
        let window = (self.year * 12, self.year * 12 + 11);
        let inside = window.0 <= month_index(start) && month_index(end) <= window.1;
        let uncovered = if inside {
            None
        } else {
            first_uncovered(start, end, &[window])
        };
        if let Some(month) = uncovered {
            let (from, to) = self.covers();
            return Err(Error::NoTariff {
                code,
                month,
                covered_from: from,
                covered_to: to,
            });
        }
        let tariff = self.tariff(code, provider)?;
        Quote::build(
            code,
            provider,
            tariff.unit(),
            rule,
            self.year,
            start,
            end,
            window,
            tariff.amount(),
        )
    }
}

/// The first day of the first month of `start..=end` outside every window, if any.
pub(crate) fn first_uncovered(
    start: NaiveDate,
    end: NaiveDate,
    windows: &[(i32, i32)],
) -> Option<NaiveDate> {
    let mut m = month_index(start);
    let last = month_index(end);
    while m <= last {
        match windows.iter().find(|(lo, hi)| *lo <= m && m <= *hi) {
            Some((_, hi)) => m = hi.saturating_add(1),
            None => return month_first(m),
        }
    }
    None
}

impl Quote {
    /// Builds a quote and computes its total (checked).
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub(crate) fn build(
        code: ProductCode,
        provider: Provider,
        unit: Unit,
        rule: BillingRule,
        year: i32,
        start: NaiveDate,
        end: NaiveDate,
        window: (i32, i32),
        tariff: Decimal,
    ) -> Result<Quote, Error> {
        check_quotable(code, unit)?;
        let mut quote = Quote {
            code,
            provider,
            unit,
            rule,
            year,
            start,
            end,
            window,
            tariff,
            total: Decimal::ZERO,
            billed: 0,
        };
        let (total, billed) = if matches!(rule, BillingRule::ProRataDaily) && !quote.is_once() {
            quote.sum_lines()?
        } else {
            // Every billed month (or the one traject) is the tariff itself: count, multiply.
            let range = quote.month_range();
            let months =
                u32::try_from(range.end().saturating_sub(*range.start()).saturating_add(1))
                    .unwrap_or(0);
            if quote.is_once() {
                let total = if months > 0 { tariff } else { Decimal::ZERO };
                (total, 0)
            } else {
                (times(tariff, months)?, months)
            }
        };
        quote.total = total;
        quote.billed = billed;
        Ok(quote)
    }

    /// The month indices this quote may bill (inside its window).
    /// Total and billed months by adding every line (the daily pro-rata rule, where lines differ).
    fn sum_lines(&self) -> Result<(Decimal, u32), Error> {
        let mut total = Decimal::ZERO;
        let mut billed: u32 = 0;
        for m in self.month_range() {
            if let Some(line) = self.try_line(m)? {
                // Exact: `Decimal`'s own addition would drop the cents of a total this large.
                total = add_exact(total, line.amount, "quote total")?;
                if !self.is_once() {
                    billed = billed.checked_add(1).ok_or_else(|| Error::Overflow {
                        operation: "billed months",
                    })?;
                }
            }
        }
        Ok((total, billed))
    }

    #[inline]
    fn month_range(&self) -> std::ops::RangeInclusive<i32> {
        let (lo, hi) = if self.is_once() {
            let m = month_index(self.end);
            (m, m)
        } else {
            (
                first_billed(self.start, self.end, self.rule),
                month_index(self.end),
            )
        };
        lo.max(self.window.0)..=hi.min(self.window.1)
    }

    const fn is_once(&self) -> bool {
        !matches!(self.unit, Unit::Month)
    }

    fn try_line(&self, m: i32) -> Result<Option<QuoteLine>, Error> {
        let Some((from, to, days, month_days)) = clamp(self.start, self.end, m) else {
            return Ok(None);
        };
        let amount = match self.rule {
            // Rounded once, from the exact value (integer arithmetic on the mantissa).
            BillingRule::ProRataDaily if !self.is_once() => round_cents_ratio(
                self.tariff,
                days,
                month_days,
                "tariff × days ÷ days in month",
            )?,
            _ => self.tariff,
        };
        Ok(month_first(m).map(|month| QuoteLine {
            code: self.code,
            provider: self.provider,
            unit: self.unit,
            month,
            period_start: from,
            period_end: to,
            days,
            tariff: self.tariff,
            amount,
        }))
    }

    /// The total in euros: the sum of [`Quote::lines`], added exactly. Only
    /// [`BillingRule::ProRataDaily`] lines are rounded (each to cents, half away from zero); the
    /// other rules bill whole tariffs and do not round.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("47B11".parse()?, jbjr::Provider::JbGld, d(2026, 3, 1), d(2026, 5, 20))?;
    /// assert_eq!(q.total().to_string(), "3159.00"); // GBM advies: once
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn total(&self) -> Decimal {
        self.total
    }

    /// Number of billed months; `0` for per-traject and per-piece products.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("47B11".parse()?, jbjr::Provider::JbGld, d(2026, 3, 1), d(2026, 5, 20))?;
    /// assert_eq!(q.billed_months(), 0);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn billed_months(&self) -> u32 {
        self.billed
    }

    /// The lines, one per billed month (one in all for a per-traject product), in month order.
    /// Computed lazily; no allocation.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 20), d(2026, 3, 31))?;
    /// let months: Vec<u32> = q.lines().map(|l| chrono::Datelike::month(&l.month())).collect();
    /// assert_eq!(months, [2, 3]);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = QuoteLine> + Clone + use<> {
        let quote = *self;
        // `build` priced every line with checked arithmetic, so `try_line` cannot fail here.
        self.month_range()
            .filter_map(move |m| quote.try_line(m).ok().flatten())
    }

    /// The total per calendar year, as `(year, total)`: the quote of one catalogue holds one
    /// year; see [`crate::EditionQuote::year_totals`] for several. Rounding as
    /// [`Quote::total`].
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 1), d(2026, 2, 28))?;
    /// assert_eq!(q.year_totals().collect::<Vec<_>>(), [(2026, q.total())]);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn year_totals(&self) -> impl Iterator<Item = (i32, Decimal)> + Clone + use<> {
        let has_lines = !self.month_range().is_empty() && self.lines().next().is_some();
        has_lines.then_some((self.year, self.total)).into_iter()
    }

    /// The product code.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 1), d(2026, 2, 28))?;
    /// assert_eq!(q.code().as_str(), "48B10");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn code(&self) -> ProductCode {
        self.code
    }

    /// The provider.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 1, 1), d(2026, 2, 28))?;
    /// assert_eq!(q.provider(), jbjr::Provider::Wss);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn provider(&self) -> Provider {
        self.provider
    }

    /// The billing rule.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 1, 1), d(2026, 2, 28))?;
    /// assert_eq!(q.rule(), jbjr::BillingRule::SapGi);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn rule(&self) -> BillingRule {
        self.rule
    }

    /// The period's first and last day (inclusive).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 1, 5), d(2026, 2, 28))?;
    /// assert_eq!(q.period(), (d(2026, 1, 5), d(2026, 2, 28)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn period(&self) -> (NaiveDate, NaiveDate) {
        (self.start, self.end)
    }

    /// The tariff the quote is priced at (euros, whole cents, as in the catalogue; not rounded
    /// here), and the unit it is per.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 1, 5), d(2026, 2, 28))?;
    /// assert_eq!(q.tariff().0.to_string(), "1287.26");
    /// assert_eq!(q.tariff().1, jbjr::Unit::Month);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn tariff(&self) -> (Decimal, Unit) {
        (self.tariff, self.unit)
    }

    /// The catalogue year whose tariff this quote uses.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let q = jbjr::Catalogue::gelderland_2026()
    ///     .quote("48B10".parse()?, jbjr::Provider::Wss, d(2026, 1, 5), d(2026, 2, 28))?;
    /// assert_eq!(q.year(), 2026);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.year
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn quote_debug_shows_months_not_indices() {
        let book = Catalogue::gelderland_2026();
        let q = book
            .quote(
                "48B10".parse().unwrap(),
                Provider::JbGld,
                d(2026, 3, 15),
                d(2026, 5, 10),
            )
            .unwrap();
        let debug = format!("{q:?}");
        assert!(
            debug.contains("tariff_months: 2026-01..=2026-12"),
            "{debug}"
        );
        assert!(debug.contains("start: 2026-03-15"), "{debug}");
        // 2026 × 12 = 24312: the internal index of January 2026.
        assert!(
            !debug.contains("24312") && !debug.contains("window"),
            "{debug}"
        );
        assert_eq!(format!("{:?}", MonthSpan((-1, 0))), "-0001-12..=0000-01");
    }

    #[test]
    fn month_helpers_round_trip() {
        for date in [d(2024, 2, 29), d(2026, 1, 1), d(2026, 12, 31), d(-5, 3, 3)] {
            let m = month_index(date);
            assert!(month_first(m).unwrap() <= date);
            assert!(date <= month_last(m).unwrap());
        }
        assert_eq!(
            month_last(month_index(d(2024, 2, 1))).unwrap(),
            d(2024, 2, 29)
        );
        // The month-end helper works inside the month: the last month of the range has a last
        // day.
        assert_eq!(
            month_last(month_index(NaiveDate::MAX)),
            Some(NaiveDate::MAX)
        );
        assert_eq!(month_last(month_index(NaiveDate::MIN) - 1), None);
        assert_eq!(month_first(month_index(NaiveDate::MAX) + 1), None);
    }

    /// The former month-end helper of this module: the day before the 1st of the next month.
    fn month_last_via_next_month(index: i32) -> Option<NaiveDate> {
        month_first(index.checked_add(1)?)?.pred_opt()
    }

    #[test]
    fn month_last_is_unchanged_on_every_month_but_the_last_of_the_range() {
        let (first, last) = (month_index(NaiveDate::MIN), month_index(NaiveDate::MAX));
        for m in first..last {
            assert_eq!(
                month_last(m),
                month_last_via_next_month(m),
                "month index {m}"
            );
        }
        // The one difference: the month after the last does not exist.
        assert_eq!(month_last_via_next_month(last), None);
        assert_eq!(month_last(last), Some(NaiveDate::MAX));
        // Outside the range both give nothing.
        for m in [first - 1, last + 1, i32::MIN, i32::MAX] {
            assert_eq!(month_last(m), None);
            assert_eq!(month_last_via_next_month(m), None);
        }
    }

    #[test]
    fn periods_ending_in_the_last_month_of_the_range_are_still_refused() {
        let last_month = d(NaiveDate::MAX.year(), 12, 1);
        for end in [last_month, NaiveDate::MAX] {
            assert!(matches!(
                check_period(last_month, end),
                Err(Error::InvalidPeriod { .. })
            ));
        }
        let november = d(NaiveDate::MAX.year(), 11, 30);
        assert!(check_period(november, november).is_ok());
        assert!(check_period(NaiveDate::MIN, NaiveDate::MIN).is_ok());
    }

    /// A year of 2026 months quoted at `tariff` under `rule`, built directly (a catalogue
    /// refuses tariffs this large: `money::AMOUNT`).
    fn raw_quote(
        tariff: Decimal,
        rule: BillingRule,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Quote, Error> {
        let window = (2026 * 12, 2026 * 12 + 11);
        Quote::build(
            "48B10".parse().unwrap(),
            Provider::JbGld,
            Unit::Month,
            rule,
            2026,
            start,
            end,
            window,
            tariff,
        )
    }

    /// `tariff × days ÷ month_days` in cents, rounded half away from zero, by integers only.
    fn exact_line(tariff: Decimal, days: u32, month_days: u32) -> Decimal {
        assert_eq!(tariff.scale(), 2);
        let n = tariff.mantissa() * i128::from(days);
        let d = i128::from(month_days);
        Decimal::from_i128_with_scale(n / d + i128::from(2 * (n % d) >= d), 2)
    }

    /// Issue 13: `ProRataDaily` lost cents above about € 10^25 (`tariff × days` was rounded to
    /// 28 digits, and so was the quotient, before the cents rounding).
    #[test]
    fn pro_rata_lines_are_exact_for_any_tariff() {
        let mut tariffs = vec![Decimal::new(125_929, 2)];
        for mantissa in [
            (1i128 << 96) - 1,
            (1i128 << 96) / 31 - 7,
            10i128.pow(27) + 5,
            10i128.pow(28) - 1,
            12_345_678_901_234_567_890_123_456_789,
        ] {
            tariffs.push(Decimal::from_i128_with_scale(mantissa, 2));
        }
        for tariff in tariffs {
            // Every day of February 2026 (28 days) and March (31) as a first broken month.
            for (month, month_days) in [(2, 28), (3, 31)] {
                for day in 2..=month_days {
                    let start = d(2026, month, day);
                    let end = d(2026, month, month_days);
                    let q = raw_quote(tariff, BillingRule::ProRataDaily, start, end).unwrap();
                    let days = month_days - day + 1;
                    assert_eq!(
                        q.total(),
                        exact_line(tariff, days, month_days),
                        "{tariff} × {days} ÷ {month_days}"
                    );
                }
            }
        }
    }

    /// Issue 13: twelve pro-rata months of a tariff near `Decimal::MAX` returned a total with
    /// its cents dropped, where SAP GI returned `Overflow`. Both overflow now.
    #[test]
    fn a_total_that_does_not_fit_is_an_overflow_under_every_rule() {
        let tariff = Decimal::from_i128_with_scale((1i128 << 96) - 1, 2);
        for rule in [
            BillingRule::SapGi,
            BillingRule::ProRataDaily,
            BillingRule::EveryTouchedMonth,
        ] {
            assert!(
                matches!(
                    raw_quote(tariff, rule, d(2026, 1, 1), d(2026, 12, 31)),
                    Err(Error::Overflow { .. })
                ),
                "{rule}"
            );
            // One month fits, to the cent.
            let q = raw_quote(tariff, rule, d(2026, 1, 1), d(2026, 1, 31)).unwrap();
            assert_eq!(q.total(), tariff, "{rule}");
        }
    }

    /// A tariff written with trailing zeros is the same tariff: its 12 months are exact.
    #[test]
    fn trailing_zeros_do_not_overflow_a_quote() {
        let tariff = Decimal::from_str_exact("1259.2900000000000000000000000").unwrap();
        for rule in [
            BillingRule::SapGi,
            BillingRule::ProRataDaily,
            BillingRule::EveryTouchedMonth,
        ] {
            let q = raw_quote(tariff, rule, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
            assert_eq!(q.total(), Decimal::new(1_511_148, 2), "{rule}");
        }
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        let book = Catalogue::gelderland_2026();
        let ots = "48B10".parse().unwrap();
        assert!(
            book.quote(ots, Provider::JbGld, NaiveDate::MIN, NaiveDate::MAX)
                .is_err()
        );
        assert!(billed_months(NaiveDate::MIN, NaiveDate::MAX, BillingRule::SapGi).is_err());
        assert!(billed_months(NaiveDate::MIN, d(2026, 1, 1), BillingRule::SapGi).is_ok());
    }
}
