//! Wachtlijsttarief (waiting list): see the [`billing`](crate::billing) layer docs.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::billing::month_index;
use crate::code::code;
use crate::{Catalogue, Domain, Error, Measure, ProductCode, Provider, Quote, QuoteLine};

/// 48B97, Wachtlijsttarief JB JR.
pub const WACHTLIJST_JR: ProductCode = code!("48B97");
/// 48B98, Wachtlijsttarief JB Voogdij.
pub const WACHTLIJST_VOOGDIJ: ProductCode = code!("48B98");
/// 48B99, Wachtlijsttarief JB OTS.
pub const WACHTLIJST_OTS: ProductCode = code!("48B99");

/// The waiting-list code of a regular measure: 48B99 for an OTS, 48B98 for a voogdij, 48B97
/// for a JR measure the court imposes (the book's "OTS, voogdij of JR maatregel"); `None` for
/// any other measure (VOTS, VoVo and the LET measures are not named by the book).
///
/// # Example
///
/// ```
/// use jbjr::{Measure, billing::waiting_list_code};
/// assert_eq!(waiting_list_code(Measure::Ots).map(|c| c.to_string()), Some("48B99".into()));
/// assert_eq!(waiting_list_code(Measure::ItbHardeKern).map(|c| c.to_string()), Some("48B97".into()));
/// assert_eq!(waiting_list_code(Measure::Forza), None);
/// ```
#[must_use]
pub const fn waiting_list_code(measure: Measure) -> Option<ProductCode> {
    match measure {
        Measure::Ots => Some(WACHTLIJST_OTS),
        Measure::Voogdij => Some(WACHTLIJST_VOOGDIJ),
        m if matches!(m.domain(), Domain::Jeugdreclassering) && m.is_court_imposed() => {
            Some(WACHTLIJST_JR)
        }
        _ => None,
    }
}

/// A priced waiting-list path: the waiting period at the waiting-list tariff, then the regular
/// product; see the [layer docs](crate::billing).
///
/// # Example
///
/// See [`quote_wachtlijst`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WachtlijstQuote {
    waiting_code: ProductCode,
    regular_code: ProductCode,
    waiting: Option<Quote>,
    /// The waiting period's last day, if the measure waited.
    waiting_end: Option<NaiveDate>,
    regular: Option<Quote>,
    total: Decimal,
    billed: u32,
}

/// Prices the path of a court-imposed measure that waits for regular execution: the waiting
/// list code for `start..=switch − 1`, the regular code `regular` for `switch..=end`, each
/// by the SAP GI rule, each calendar month billed once (see the [layer docs](crate::billing)). With
/// `switch` `None` the measure waits the whole period; with `switch == start` it never waits.
///
/// # Errors
///
/// - [`Error::NotEligible`] when `regular`'s measure has no waiting-list code
///   ([`waiting_list_code`]);
/// - [`Error::InvalidPeriod`] when `end` lies before `start`, or `switch` lies before
///   `start` or after `end`;
/// - the errors of [`Catalogue::quote`] for either period: [`Error::UnknownProduct`],
///   [`Error::NotOffered`] (only JbGld offers the waiting-list tariff), [`Error::NoTariff`]
///   outside the catalogue's year, [`Error::Overflow`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::quote_wachtlijst};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // An OTS imposed on 10 February 2026 waits until 16 May; regular execution to 31 December.
/// let q = quote_wachtlijst(Catalogue::gelderland_2026(), Provider::JbGld, "48B10".parse()?,
///                          d(2, 10), Some(d(5, 16)), d(12, 31))?;
/// let lines: Vec<_> = q.lines().map(|l| (l.month(), l.code().to_string())).collect();
/// assert_eq!(lines[0], (d(3, 1), "48B99".into())); // February: first broken month
/// assert_eq!(lines[2], (d(5, 1), "48B99".into())); // May: the switch month, waiting list
/// assert_eq!(lines[3], (d(6, 1), "48B10".into()));
/// assert_eq!(q.billed_months(), 10);
/// assert_eq!(q.total().to_string(), "10741.00"); // 3 × 641.99 + 7 × 1259.29
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn quote_wachtlijst(
    catalogue: &Catalogue,
    provider: Provider,
    regular: ProductCode,
    start: NaiveDate,
    switch: Option<NaiveDate>,
    end: NaiveDate,
) -> Result<WachtlijstQuote, Error> {
    crate::billing::check_period(start, end)?;
    let measure = catalogue.product(regular)?.measure();
    let waiting_code = waiting_list_code(measure).ok_or_else(|| Error::NotEligible {
        measure,
        rule: "the waiting-list tariff is for an OTS, a voogdij or a JR measure the court imposed",
        source_ref: "Productenboek JB/JR 2026 Gelderland, 48B97-48B99, Doel: \"voor OTS, voogdij \
                     of JR maatregel, waarvoor de rechtbank de gecertificeerde instelling heeft \
                     benoemd\"",
        detail: crate::text::text!("product {regular} has no waiting-list code"),
    })?;
    let invalid = |reason| Error::InvalidPeriod { start, end, reason };
    let (waiting_end, regular_start) = match switch {
        None => (Some(end), None),
        Some(s) if s < start => {
            return Err(invalid(
                "the switch to regular execution lies before the start",
            ));
        }
        Some(s) if s > end => {
            return Err(invalid(
                "the switch to regular execution lies after the end",
            ));
        }
        Some(s) if s == start => (None, Some(s)),
        // `s > start`, so the day before exists.
        Some(s) => (s.pred_opt(), Some(s)),
    };
    let waiting = waiting_end
        .map(|we| catalogue.quote(waiting_code, provider, start, we))
        .transpose()?;
    let regular_quote = regular_start
        .map(|rs| catalogue.quote(regular, provider, rs, end))
        .transpose()?;
    let mut quote = WachtlijstQuote {
        waiting_code,
        regular_code: regular,
        waiting,
        waiting_end,
        regular: regular_quote,
        total: Decimal::ZERO,
        billed: 0,
    };
    for line in quote.lines() {
        quote.total = crate::money::add(quote.total, line.amount(), "waiting-list path total")?;
        quote.billed = quote.billed.checked_add(1).ok_or(Error::Overflow {
            operation: "billed months",
        })?;
    }
    Ok(quote)
}

impl WachtlijstQuote {
    /// The lines, in month order: the waiting period's, then the regular period's from the
    /// month after the waiting period's last month (that month is billed once, at the
    /// waiting-list tariff). Computed lazily; no allocation.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::quote_wachtlijst};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Regular execution from 1 May: no broken month at the switch.
    /// let q = quote_wachtlijst(Catalogue::gelderland_2026(), Provider::JbGld, "48B11".parse()?,
    ///                          d(2, 10), Some(d(5, 1)), d(6, 30))?;
    /// let codes: Vec<String> = q.lines().map(|l| l.code().to_string()).collect();
    /// assert_eq!(codes, ["48B98", "48B98", "48B11", "48B11"]); // March, April | May, June
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = QuoteLine> + use<> {
        let waiting_last = self.waiting_end.map(month_index);
        let waiting = self.waiting.into_iter().flat_map(|q| q.lines());
        let regular = self
            .regular
            .into_iter()
            .flat_map(|q| q.lines())
            .filter(move |l| waiting_last.is_none_or(|w| month_index(l.month()) > w));
        waiting.chain(regular)
    }

    /// The total in euros: the exact sum of [`WachtlijstQuote::lines`] (whole months at whole
    /// cents; no rounding).
    ///
    /// # Example
    ///
    /// See [`quote_wachtlijst`].
    #[must_use]
    pub const fn total(&self) -> Decimal {
        self.total
    }

    /// Months billed on the whole path, each calendar month at most once.
    ///
    /// # Example
    ///
    /// See [`quote_wachtlijst`].
    #[must_use]
    pub const fn billed_months(&self) -> u32 {
        self.billed
    }

    /// The waiting-list code used (48B97, 48B98 or 48B99).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::quote_wachtlijst};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let q = quote_wachtlijst(Catalogue::gelderland_2026(), Provider::JbGld, "47B10".parse()?,
    ///                          d(1, 1), None, d(3, 31))?;
    /// assert_eq!(q.waiting_code().as_str(), "48B97");
    /// assert_eq!(q.total().to_string(), "1901.25"); // 3 × 633.75, all waiting
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn waiting_code(&self) -> ProductCode {
        self.waiting_code
    }

    /// The regular code.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::quote_wachtlijst};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let q = quote_wachtlijst(Catalogue::gelderland_2026(), Provider::JbGld, "48B10".parse()?,
    ///                          d(1, 1), Some(d(1, 1)), d(1, 31))?;
    /// assert_eq!(q.regular_code().as_str(), "48B10");
    /// assert!(q.waiting().is_none()); // regular execution from the start
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn regular_code(&self) -> ProductCode {
        self.regular_code
    }

    /// The SAP GI quote of the waiting period on its own, if the measure waited.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::quote_wachtlijst};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let q = quote_wachtlijst(Catalogue::gelderland_2026(), Provider::JbGld, "48B10".parse()?,
    ///                          d(2, 10), Some(d(5, 16)), d(12, 31))?;
    /// let waiting = q.waiting().unwrap(); // 10 February to 15 May
    /// assert_eq!(waiting.billed_months(), 3); // March, April, May
    /// assert_eq!(q.waiting_end(), Some(d(5, 15)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn waiting(&self) -> Option<Quote> {
        self.waiting
    }

    /// The last day of the waiting period (the day before the switch), if the measure waited.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::quote_wachtlijst};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let q = quote_wachtlijst(Catalogue::gelderland_2026(), Provider::JbGld, "48B10".parse()?,
    ///                          d(2, 10), None, d(4, 30))?;
    /// assert_eq!(q.waiting_end(), Some(d(4, 30))); // waited the whole period
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn waiting_end(&self) -> Option<NaiveDate> {
        self.waiting_end
    }

    /// The SAP GI quote of the regular period on its own, if it began by the end. Its first
    /// broken month is not billed by SAP GI; a month it shares with the waiting period is not
    /// in [`WachtlijstQuote::lines`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::quote_wachtlijst};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let q = quote_wachtlijst(Catalogue::gelderland_2026(), Provider::JbGld, "48B10".parse()?,
    ///                          d(2, 10), Some(d(5, 16)), d(12, 31))?;
    /// assert_eq!(q.regular().unwrap().billed_months(), 7); // June to December
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn regular(&self) -> Option<Quote> {
        self.regular
    }
}
