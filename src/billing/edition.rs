//! Editions: several years: see the [`billing`](crate::billing) layer docs.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::billing::{check_period, month_index};
use crate::money::{add, div, mul, round_cents};
use crate::{BillingRule, Catalogue, Error, ProductCode, Provider, Quote, QuoteLine, Text, Unit};

impl Catalogue {
    /// A catalogue for `year` built from this one by an explicit indexation `percentage`
    /// (`Decimal::new(35, 1)` is 3.5 %): every tariff and hourly rate becomes
    /// `amount × (1 + percentage ÷ 100)`, **each rounded to cents half away from zero**.
    /// Products, norm hours and pupil-cost markings are kept.
    ///
    /// The published tariffs of a later product book may differ by a cent from this (the book
    /// indexes the hourly rate and recomputes); load the published book when there is one.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] for a percentage below −100; [`Error::OutOfRange`] for a
    /// percentage above 100 or with more than four decimals
    /// ([`money::PERCENTAGE`](crate::money::PERCENTAGE) on its magnitude);
    /// [`Error::InvalidCatalogue`] for a year outside [`crate::CATALOGUE_YEARS`] or an indexed
    /// amount beyond [`money::AMOUNT`](crate::money::AMOUNT).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Decimal, Provider};
    /// let y2027 = Catalogue::gelderland_2026().indexed(2027, Decimal::new(35, 1))?;
    /// assert_eq!(y2027.year(), 2027);
    /// // OTS JbGld: 1259.29 × 1.035 = 1303.36515 → 1303.37
    /// assert_eq!(y2027.tariff("48B10".parse()?, Provider::JbGld)?.amount().to_string(), "1303.37");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn indexed(&self, year: i32, percentage: Decimal) -> Result<Catalogue, Error> {
        let factor = add(
            Decimal::ONE,
            div(percentage, Decimal::ONE_HUNDRED, "percentage ÷ 100")?,
            "1 + percentage ÷ 100",
        )?;
        if factor.is_sign_negative() && !factor.is_zero() {
            return Err(Error::NegativeInput {
                what: "1 + indexation percentage ÷ 100",
                value: factor,
            });
        }
        // −100 % to 100 % with at most four decimals (money::PERCENTAGE on the magnitude): the
        // factor then has at most six decimals, and tariff × factor (at most 11 + 8 digits) is
        // exact, so the one rounding below is the only one.
        crate::money::PERCENTAGE.check("indexation percentage (magnitude)", percentage.abs())?;
        let index = |amount: Decimal| -> Result<Decimal, Error> {
            Ok(round_cents(mul(amount, factor, "tariff × indexation")?))
        };
        let products = self
            .products()
            .map(|p| {
                let mut p = p.clone();
                for (_, amount) in p.tariffs.to_mut().iter_mut() {
                    *amount = index(*amount)?;
                }
                Ok(p)
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let providers = self
            .providers()
            .iter()
            .map(|info| {
                let mut info = info.clone();
                info.hourly_rate = info.hourly_rate.map(index).transpose()?;
                Ok(info)
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let indexed = Catalogue::new(self.region.to_string(), year, providers, products)?;
        if self.publishes_tariffs() {
            Ok(indexed)
        } else {
            indexed.without_tariffs()
        }
    }
}

/// Catalogues of several years side by side, at most one per year, sorted by year.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Decimal, Editions, Provider};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let base = Catalogue::gelderland_2026();
/// let editions = Editions::new([base.clone(), base.indexed(2027, Decimal::new(35, 1))?])?;
/// assert_eq!(editions.years().collect::<Vec<_>>(), [2026, 2027]);
///
/// // 1 December 2026 to 31 January 2027: December at 1259.29, January at 1303.37.
/// let q = editions.quote("48B10".parse()?, Provider::JbGld, d(2026, 12, 1), d(2027, 1, 31))?;
/// assert_eq!(q.total().to_string(), "2562.66");
/// assert_eq!(q.year_totals().collect::<Vec<_>>(),
///            [(2026, Decimal::new(125929, 2)), (2027, Decimal::new(130337, 2))]);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editions {
    catalogues: Vec<Catalogue>,
}

impl Editions {
    /// Editions from catalogues of distinct years.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] when two catalogues hold the same year or belong to different
    /// regions, or when none is given.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Editions};
    /// let book = Catalogue::gelderland_2026();
    /// assert!(Editions::new([book.clone()]).is_ok());
    /// assert!(Editions::new([book.clone(), book.clone()]).is_err());
    /// ```
    pub fn new(catalogues: impl IntoIterator<Item = Catalogue>) -> Result<Editions, Error> {
        let mut catalogues: Vec<Catalogue> = catalogues.into_iter().collect();
        catalogues.sort_by_key(Catalogue::year);
        let invalid = |reason: Text<64>| Error::InvalidCatalogue {
            product: "-".into(),
            field: "year",
            reason,
        };
        let first = catalogues
            .first()
            .ok_or_else(|| invalid("editions need at least one catalogue".into()))?;
        for pair in catalogues.windows(2) {
            if let [a, b] = pair {
                if a.year() == b.year() {
                    return Err(invalid(crate::text::text!(
                        "two catalogues for {}",
                        a.year()
                    )));
                }
                if b.region() != first.region() {
                    return Err(Error::InvalidCatalogue {
                        product: "-".into(),
                        field: "region",
                        reason: crate::text::text!(
                            "one region expected, got {} and {}",
                            first.region(),
                            b.region()
                        ),
                    });
                }
            }
        }
        Ok(Editions { catalogues })
    }

    /// The Gelderland editions compiled in: 2026 only.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Editions::gelderland().years().collect::<Vec<_>>(), [2026]);
    /// ```
    #[must_use]
    pub fn gelderland() -> Editions {
        Editions {
            catalogues: vec![Catalogue::gelderland_2026().clone()],
        }
    }

    /// The years held, ascending.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Editions::gelderland().years().next(), Some(2026));
    /// ```
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.catalogues.iter().map(Catalogue::year)
    }

    /// The catalogue of `year`, if held.
    ///
    /// # Example
    ///
    /// ```
    /// let e = jbjr::Editions::gelderland();
    /// assert!(e.edition(2026).is_some());
    /// assert!(e.edition(2027).is_none());
    /// ```
    #[must_use]
    pub fn edition(&self, year: i32) -> Option<&Catalogue> {
        self.catalogues
            .binary_search_by_key(&year, Catalogue::year)
            .ok()
            .and_then(|i| self.catalogues.get(i))
    }

    /// First and last day covered by any edition (years may have gaps).
    fn span(&self) -> (NaiveDate, NaiveDate) {
        let from = self.catalogues.first().map(|c| c.covers().0);
        let to = self.catalogues.last().map(|c| c.covers().1);
        (from.unwrap_or(NaiveDate::MIN), to.unwrap_or(NaiveDate::MAX))
    }

    /// [`Error::NoTariff`] for the month with index `month` (cold: dates are built only here).
    #[cold]
    #[inline(never)]
    fn no_tariff(&self, code: ProductCode, month: i32, start: NaiveDate) -> Error {
        let (covered_from, covered_to) = self.span();
        Error::NoTariff {
            code,
            month: crate::billing::month_first(month).unwrap_or(start),
            covered_from,
            covered_to,
        }
    }

    /// The price over `start..=end` with the SAP GI rule, each month at its own year's tariff.
    ///
    /// # Errors
    ///
    /// As [`Catalogue::quote`]; [`Error::NoTariff`] names the first touched month without an
    /// edition; [`Error::UnitMismatch`] when the product's unit changes between years.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Editions, Error, Provider};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = Editions::gelderland();
    /// let err = e.quote("48B10".parse()?, Provider::JbGld, d(2026, 12, 31), d(2027, 1, 1)).unwrap_err();
    /// assert!(matches!(err, Error::NoTariff { month, .. } if month == d(2027, 1, 1)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn quote(
        &self,
        code: ProductCode,
        provider: Provider,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<EditionQuote<'_>, Error> {
        self.quote_with(code, provider, start, end, BillingRule::SapGi)
    }

    /// [`Editions::quote`] with an explicit billing rule (rounding as
    /// [`Catalogue::quote_with`]).
    ///
    /// # Errors
    ///
    /// As [`Editions::quote`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{BillingRule, Editions, Provider};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = Editions::gelderland();
    /// let q = e.quote_with(
    ///     "48B10".parse()?, Provider::JbGld, d(2026, 3, 15), d(2026, 4, 30), BillingRule::EveryTouchedMonth)?;
    /// assert_eq!(q.billed_months(), 2);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn quote_with(
        &self,
        code: ProductCode,
        provider: Provider,
        start: NaiveDate,
        end: NaiveDate,
        rule: BillingRule,
    ) -> Result<EditionQuote<'_>, Error> {
        check_period(start, end)?;
        self.quote_window(
            code,
            provider,
            start,
            end,
            rule,
            (month_index(start), month_index(end)),
        )
    }

    /// The quote of `start..=end` (a checked period) billing only the months in `window`
    /// (indices, inclusive): the months a case's schedule has due. An edition is needed for the
    /// years of the window only; an empty window is an empty quote.
    pub(crate) fn quote_window(
        &self,
        code: ProductCode,
        provider: Provider,
        start: NaiveDate,
        end: NaiveDate,
        rule: BillingRule,
        window: (i32, i32),
    ) -> Result<EditionQuote<'_>, Error> {
        let window = (
            window.0.max(month_index(start)),
            window.1.min(month_index(end)),
        );
        let (total, billed) = if window.0 > window.1 {
            (Decimal::ZERO, 0)
        } else if window.0.div_euclid(12) == window.1.div_euclid(12) {
            // A window inside one year is that year's quote: no sums to carry.
            let Some(book) = self.edition(window.0.div_euclid(12)) else {
                return Err(self.no_tariff(code, window.0, start));
            };
            let q = year_quote(book, code, provider, start, end, rule, window)?;
            (q.total(), q.billed_months())
        } else {
            self.sum_over_years(code, provider, start, end, rule, window)?
        };
        Ok(EditionQuote {
            editions: self,
            code,
            provider,
            rule,
            start,
            end,
            window,
            total,
            billed,
        })
    }

    /// The unit of a product of a GI: from the edition of the month with index `m` when there is
    /// one, else from the first edition that prices it.
    ///
    /// # Errors
    ///
    /// The edition's error ([`Error::UnknownProduct`], [`Error::NotOffered`]); without an
    /// edition for `m`, the first edition's error when none prices it, or [`Error::NoTariff`]
    /// when there are no editions.
    pub(crate) fn unit_at(
        &self,
        code: ProductCode,
        provider: Provider,
        m: i32,
    ) -> Result<Unit, Error> {
        if let Some(book) = self.edition(m.div_euclid(12)) {
            return Ok(book.tariff(code, provider)?.unit());
        }
        let mut first_error = None;
        for book in &self.catalogues {
            match book.tariff(code, provider) {
                Ok(t) => return Ok(t.unit()),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        Err(first_error.unwrap_or_else(|| {
            self.no_tariff(
                code,
                m,
                crate::billing::month_first(m).unwrap_or(NaiveDate::MIN),
            )
        }))
    }

    /// Total and billed months of a period over several years, each year's months at its own
    /// edition's tariff.
    fn sum_over_years(
        &self,
        code: ProductCode,
        provider: Provider,
        start: NaiveDate,
        end: NaiveDate,
        rule: BillingRule,
        window: (i32, i32),
    ) -> Result<(Decimal, u32), Error> {
        let mut unit: Option<Unit> = None;
        let mut total = Decimal::ZERO;
        let mut billed: u32 = 0;
        let last = window.1;
        let mut m = window.0;
        while m <= last {
            let year = m.div_euclid(12);
            let Some(book) = self.edition(year) else {
                return Err(self.no_tariff(code, m, start));
            };
            let q = year_quote(book, code, provider, start, end, rule, window)?;
            let this_unit = q.tariff().1;
            match unit {
                Some(u) if u != this_unit => {
                    return Err(Error::UnitMismatch {
                        code,
                        expected: u,
                        actual: this_unit,
                    });
                }
                _ => unit = Some(this_unit),
            }
            total = add(total, q.total(), "quote total over years")?;
            billed = billed
                .checked_add(q.billed_months())
                .ok_or(Error::Overflow {
                    operation: "billed months",
                })?;
            m = year.saturating_add(1).saturating_mul(12);
        }
        Ok((total, billed))
    }
}

/// The part of a quote that one year's catalogue prices: the whole period, billed only in that
/// year's months of `window`.
fn year_quote(
    book: &Catalogue,
    code: ProductCode,
    provider: Provider,
    start: NaiveDate,
    end: NaiveDate,
    rule: BillingRule,
    window: (i32, i32),
) -> Result<Quote, Error> {
    let tariff = book.tariff(code, provider)?;
    // The year's months by index, without building dates (`Catalogue` keeps its year in
    // `CATALOGUE_YEARS`, so this cannot overflow).
    let window = (
        window.0.max(book.year() * 12),
        window.1.min(book.year() * 12 + 11),
    );
    Quote::build(
        code,
        provider,
        tariff.unit(),
        rule,
        book.year(),
        start,
        end,
        window,
        tariff.amount(),
    )
}

/// A quote over several years of [`Editions`]: one [`Quote`] per year, each at its own tariff.
///
/// `Copy`; lines and year totals are produced lazily.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Decimal, Editions, Provider};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let base = Catalogue::gelderland_2026();
/// let e = Editions::new([base.clone(), base.indexed(2027, Decimal::TWO)?])?;
/// // 15 December 2026 → 10 February 2027: December not billed (first broken month).
/// let q = e.quote("48B11".parse()?, Provider::Wss, d(2026, 12, 15), d(2027, 2, 10))?;
/// assert_eq!(q.billed_months(), 2);
/// assert_eq!(q.year_totals().map(|(y, _)| y).collect::<Vec<_>>(), [2027]);
/// assert_eq!(q.total(), q.lines().map(|l| l.amount()).sum::<Decimal>());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditionQuote<'a> {
    editions: &'a Editions,
    code: ProductCode,
    provider: Provider,
    rule: BillingRule,
    start: NaiveDate,
    end: NaiveDate,
    /// The months billed (indices, inclusive): the period's, or a case's due months.
    window: (i32, i32),
    total: Decimal,
    billed: u32,
}

impl<'a> EditionQuote<'a> {
    /// The total in euros: the sum of the lines. The sum adds exactly; only the lines of
    /// [`BillingRule::ProRataDaily`] are rounded (each to cents, half away from zero, as in
    /// [`Catalogue::quote_with`]).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = jbjr::Editions::gelderland();
    /// let q = e.quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 1), d(2026, 1, 31))?;
    /// assert_eq!(q.total().to_string(), "1259.29");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn total(&self) -> Decimal {
        self.total
    }

    /// Number of billed months (0 for per-traject products).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = jbjr::Editions::gelderland();
    /// let q = e.quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 2), d(2026, 3, 1))?;
    /// assert_eq!(q.billed_months(), 2);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn billed_months(&self) -> u32 {
        self.billed
    }

    /// One [`Quote`] per year touched, in year order, each billing only its own year's months.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = jbjr::Editions::gelderland();
    /// let q = e.quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 2), d(2026, 3, 1))?;
    /// assert_eq!(q.years().count(), 1);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn years(&self) -> impl Iterator<Item = Quote> + 'a {
        let q = *self;
        // The years of the window (none when it is empty).
        let (y0, y1) = (q.window.0.div_euclid(12), q.window.1.div_euclid(12));
        let empty = q.window.0 > q.window.1;
        // `quote_window` checked every year, so the look-ups and builds succeed.
        (y0..=y1).filter(move |_| !empty).filter_map(move |y| {
            let book = q.editions.edition(y)?;
            year_quote(book, q.code, q.provider, q.start, q.end, q.rule, q.window).ok()
        })
    }

    /// The lines, one per billed month across all years, in month order.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = jbjr::Editions::gelderland();
    /// let q = e.quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 2), d(2026, 3, 1))?;
    /// assert_eq!(q.lines().count(), 2);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = QuoteLine> + 'a {
        self.years().flat_map(|q| q.lines())
    }

    /// The total per calendar year with billed lines, as `(year, total)`: the exact sum of
    /// that year's lines (rounding of the lines as [`EditionQuote::total`]).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = jbjr::Editions::gelderland();
    /// let q = e.quote("48B10".parse()?, jbjr::Provider::JbGld, d(2026, 1, 2), d(2026, 3, 1))?;
    /// assert_eq!(q.year_totals().next().map(|(y, t)| (y, t.to_string())), Some((2026, "2518.58".into())));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn year_totals(&self) -> impl Iterator<Item = (i32, Decimal)> + 'a {
        self.years().flat_map(|q| q.year_totals())
    }
}
