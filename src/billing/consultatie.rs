//! Consultatie: quarterly settlement: see the [`billing`](crate::billing) layer docs.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::billing::Municipality;
use crate::code::code;
use crate::{Catalogue, Error, ProductCode, Provider};

/// 49B01, Consultatie (via factuur), in the Gelderland product book 2026.
pub const CONSULTATIE: ProductCode = code!("49B01");

/// How a product is settled between a GI and a municipality.
///
/// `Display` and `FromStr` use `"ijw_monthly"` and `"quarterly_invoice"` (any ASCII case).
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, billing::Settlement};
/// let book = Catalogue::gelderland_2026();
/// assert_eq!(book.settlement("49B01".parse()?)?, Settlement::QuarterlyInvoice);
/// assert_eq!(book.settlement("49B98".parse()?)?, Settlement::IjwMonthly);
/// assert!(!Settlement::QuarterlyInvoice.is_ijw_monthly());
/// assert_eq!("quarterly_invoice".parse::<Settlement>()?, Settlement::QuarterlyInvoice);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Settlement {
    /// Declared in the monthly iJw run (JW323), as SAP GI v1.3 has it for JB and JR
    /// ("maandelijkse declaratie"). The default.
    #[default]
    IjwMonthly,
    /// Settled per quarter by invoice, outside the monthly iJw run (49B01 in Gelderland:
    /// "De afrekening vindt per kwartaal plaats").
    QuarterlyInvoice,
}

/// The products settled otherwise than monthly through iJw: region, code, settlement, source.
const EXCEPTIONS: [(&str, ProductCode, Settlement, &str); 1] = [(
    "Gelderland",
    CONSULTATIE,
    Settlement::QuarterlyInvoice,
    "Productenboek JB/JR 2026 Gelderland, Consultatie 49B01: \"De afrekening vindt per kwartaal \
     plaats.\" (Tabel 1: \"Consultatie (via factuur)\")",
)];

impl Settlement {
    /// Every settlement, in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::billing::Settlement::all().len(), 2);
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Settlement] {
        &[Settlement::IjwMonthly, Settlement::QuarterlyInvoice]
    }

    /// How `code` is settled in `region` (the region as a catalogue names it, compared
    /// ignoring ASCII case): [`Settlement::QuarterlyInvoice`] for Gelderland's 49B01,
    /// [`Settlement::IjwMonthly`] for everything else. Whether the code exists is not
    /// checked here ([`Catalogue::settlement`] does).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::billing::{CONSULTATIE, Settlement};
    /// assert_eq!(Settlement::of("Gelderland", CONSULTATIE), Settlement::QuarterlyInvoice);
    /// assert_eq!(Settlement::of("Gelderland", "48B10".parse()?), Settlement::IjwMonthly);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn of(region: &str, code: ProductCode) -> Settlement {
        EXCEPTIONS
            .iter()
            .find(|(r, c, _, _)| *c == code && r.eq_ignore_ascii_case(region.trim()))
            .map_or(Settlement::IjwMonthly, |(_, _, s, _)| *s)
    }

    /// Where the settlement of `code` in `region` is written: the product book's sentence for
    /// an exception, SAP GI's rule otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::billing::{CONSULTATIE, Settlement};
    /// assert!(Settlement::source("Gelderland", CONSULTATIE).contains("per kwartaal"));
    /// ```
    #[must_use]
    pub fn source(region: &str, code: ProductCode) -> &'static str {
        EXCEPTIONS
            .iter()
            .find(|(r, c, _, _)| *c == code && r.eq_ignore_ascii_case(region.trim()))
            .map_or(
                "SAP GI v1.3, Declaratieproces: \"maandelijkse declaratie\"",
                |(_, _, _, source)| *source,
            )
    }

    /// Whether the product goes into the monthly iJw declaration run.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jbjr::billing::Settlement::IjwMonthly.is_ijw_monthly());
    /// ```
    #[must_use]
    pub const fn is_ijw_monthly(self) -> bool {
        matches!(self, Settlement::IjwMonthly)
    }

    /// The machine spelling: `"ijw_monthly"`, `"quarterly_invoice"`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::billing::Settlement::IjwMonthly.as_str(), "ijw_monthly");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Settlement::IjwMonthly => "ijw_monthly",
            Settlement::QuarterlyInvoice => "quarterly_invoice",
        }
    }
}

impl std::fmt::Display for Settlement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for Settlement {
    type Err = Error;

    fn from_str(s: &str) -> Result<Settlement, Error> {
        Settlement::all()
            .iter()
            .find(|v| s.eq_ignore_ascii_case(v.as_str()))
            .copied()
            .ok_or_else(|| Error::UnknownName {
                kind: "settlement",
                input: crate::error::clip(s),
                expected: "ijw_monthly, quarterly_invoice",
            })
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Settlement, as_str);

impl Catalogue {
    /// How the product `code` of this catalogue is settled ([`Settlement::of`] with the
    /// catalogue's region). The monthly declaration run should declare only products whose
    /// settlement [`Settlement::is_ijw_monthly`].
    ///
    /// # Errors
    ///
    /// [`Error::UnknownProduct`] when the catalogue has no product `code`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, billing::Settlement};
    /// let book = Catalogue::gelderland_2026();
    /// let invoiced: Vec<String> = book
    ///     .products()
    ///     .filter(|p| !book.settlement(p.code()).is_ok_and(Settlement::is_ijw_monthly))
    ///     .map(|p| p.code().to_string())
    ///     .collect();
    /// assert_eq!(invoiced, ["49B01"]);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn settlement(&self, code: ProductCode) -> Result<Settlement, Error> {
        self.product(code)?;
        Ok(Settlement::of(self.region(), code))
    }
}

/// A calendar quarter: Q1 is January to March, …, Q4 October to December; both ends inclusive.
///
/// `Display` and `FromStr`: `"2026-Q1"` (the `Q` in any case).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::billing::Quarter;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let q = Quarter::of(d(5, 20));
/// assert_eq!(q.to_string(), "2026-Q2");
/// assert_eq!((q.first_day(), q.last_day()), (d(4, 1), d(6, 30)));
/// assert_eq!("2026-q2".parse::<Quarter>()?, q);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    year: i32,
    number: u8,
}

impl Quarter {
    /// The quarter `number` (1 to 4) of `year`.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownName`] (kind `"quarter"`) when `number` is not 1 to 4 or the quarter's
    /// days cannot be represented as [`NaiveDate`]s.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::billing::Quarter;
    /// assert_eq!(Quarter::new(2026, 4)?.to_string(), "2026-Q4");
    /// assert!(Quarter::new(2026, 5).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(year: i32, number: u8) -> Result<Quarter, Error> {
        let q = Quarter { year, number };
        let months = (1..=4).contains(&number);
        let representable = NaiveDate::from_ymd_opt(year, q.first_month(), 1).is_some()
            && NaiveDate::from_ymd_opt(year, q.first_month() + 2, 1).is_some();
        if months && representable {
            Ok(q)
        } else {
            Err(Error::UnknownName {
                kind: "quarter",
                input: crate::text::text!("{year}-Q{number}"),
                expected: "a year and a quarter 1 to 4, e.g. 2026-Q1",
            })
        }
    }

    /// The quarter `date` lies in.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::billing::Quarter;
    /// assert_eq!(Quarter::of(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()).number(), 1);
    /// assert_eq!(Quarter::of(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()).number(), 2);
    /// ```
    #[must_use]
    pub fn of(date: NaiveDate) -> Quarter {
        // month0 / 3 lies in 0..=3.
        let number = u8::try_from(date.month0() / 3 + 1).unwrap_or(1);
        Quarter {
            year: date.year(),
            number,
        }
    }

    /// The year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::billing::Quarter::new(2026, 1)?.year(), 2026);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The quarter's number, 1 to 4.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::billing::Quarter::new(2026, 3)?.number(), 3);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.number
    }

    fn first_month(&self) -> u32 {
        u32::from(self.number.clamp(1, 4)) * 3 - 2
    }

    /// The quarter's first day (1 January, 1 April, 1 July or 1 October).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let q = jbjr::billing::Quarter::new(2026, 3)?;
    /// assert_eq!(q.first_day(), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn first_day(&self) -> NaiveDate {
        // `new` and `of` only make quarters whose days are representable.
        NaiveDate::from_ymd_opt(self.year, self.first_month(), 1).unwrap_or(NaiveDate::MIN)
    }

    /// The quarter's last day (31 March, 30 June, 30 September or 31 December), inclusive.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let q = jbjr::billing::Quarter::new(2026, 1)?;
    /// assert_eq!(q.last_day(), NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn last_day(&self) -> NaiveDate {
        crate::law::last_of_month(self.year, self.first_month() + 2).unwrap_or(NaiveDate::MAX)
    }

    /// Whether `date` lies in the quarter.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let q = jbjr::billing::Quarter::new(2026, 2)?;
    /// assert!(q.contains(NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()));
    /// assert!(!q.contains(NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn contains(&self, date: NaiveDate) -> bool {
        Quarter::of(date) == *self
    }
}

impl std::fmt::Display for Quarter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-Q{}", self.year, self.number)
    }
}

impl std::str::FromStr for Quarter {
    type Err = Error;

    fn from_str(s: &str) -> Result<Quarter, Error> {
        let bad = || Error::UnknownName {
            kind: "quarter",
            input: crate::error::clip(s),
            expected: "a year and a quarter 1 to 4, e.g. 2026-Q1",
        };
        let (year, number) = s
            .rsplit_once("-Q")
            .or_else(|| s.rsplit_once("-q"))
            .ok_or_else(bad)?;
        let year: i32 = year.parse().map_err(|_| bad())?;
        let number: u8 = number.parse().map_err(|_| bad())?;
        Quarter::new(year, number).map_err(|_| bad())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Quarter);

/// How a consultation was asked: allocated through the iJw messages (with a BSN), or
/// anonymously, outside them ("Anonieme bespreking (zonder BSN-nummer) is mogelijk").
///
/// `Display` and `FromStr`: `"ijw"`, `"anonymous"` (any ASCII case).
///
/// # Example
///
/// ```
/// use jbjr::billing::Route;
/// assert_eq!("anonymous".parse::<Route>()?, Route::Anonymous);
/// assert_eq!(Route::Ijw.to_string(), "ijw");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Route {
    /// Allocated by the municipality through the iJw messages (JW301), on a BSN.
    Ijw,
    /// Discussed anonymously, without a BSN, outside the iJw messages: billed on the
    /// quarterly collective invoice ("verzamelfactuur").
    Anonymous,
}

impl Route {
    /// Every route, in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::billing::Route::all().len(), 2);
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Route] {
        &[Route::Ijw, Route::Anonymous]
    }

    /// The machine spelling, which `Display` prints too.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::billing::Route::Anonymous.as_str(), "anonymous");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Route::Ijw => "ijw",
            Route::Anonymous => "anonymous",
        }
    }
}

impl std::fmt::Display for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for Route {
    type Err = Error;

    fn from_str(s: &str) -> Result<Route, Error> {
        Route::all()
            .iter()
            .find(|r| s.eq_ignore_ascii_case(r.as_str()))
            .copied()
            .ok_or_else(|| Error::UnknownName {
                kind: "consultation route",
                input: crate::error::clip(s),
                expected: "ijw, anonymous",
            })
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Route, as_str);

/// One consultation of 49B01: the GI, the municipality that asked, the day, the time
/// allocated in minutes (whole hours × 60 when allocated in hours) and how it was asked.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Provider, billing::{Consultation, Route}};
/// let c = Consultation {
///     provider: Provider::JbGld,
///     municipality: "0202".parse()?,
///     date: NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
///     minutes: 90,
///     route: Route::Anonymous,
/// };
/// assert_eq!(c.minutes, 90);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Consultation {
    /// The GI consulted.
    pub provider: Provider,
    /// The municipality that asked (and pays).
    pub municipality: Municipality,
    /// The day of the consultation.
    pub date: NaiveDate,
    /// The time allocated, in minutes.
    pub minutes: u32,
    /// Through iJw or anonymous.
    pub route: Route,
}

/// One line of the quarterly settlement: the consultations of one quarter, GI, municipality
/// and route, with their minutes summed and priced once.
///
/// # Example
///
/// See [`settle_quarters`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct QuarterInvoice {
    /// The quarter.
    pub quarter: Quarter,
    /// The GI that invoices.
    pub provider: Provider,
    /// The municipality invoiced.
    pub municipality: Municipality,
    /// Through iJw or anonymous ([`Route::Anonymous`]: a line of the collective invoice).
    pub route: Route,
    /// How many consultations the line sums.
    pub consultations: u32,
    /// Their minutes, summed.
    pub minutes: u32,
    /// The GI's hourly rate for 49B01 (euros, whole cents, as in the catalogue).
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub hourly_rate: Decimal,
    /// `hourly rate × minutes ÷ 60`, rounded once to cents half away from zero.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub amount: Decimal,
}

impl QuarterInvoice {
    /// Whether the line belongs on the collective invoice for anonymous consultations.
    ///
    /// # Example
    ///
    /// See [`collective_invoices`].
    #[must_use]
    pub const fn is_collective(&self) -> bool {
        matches!(self.route, Route::Anonymous)
    }
}

/// The quarterly settlement of 49B01 consultations: one [`QuarterInvoice`] per quarter, GI,
/// municipality and route, in that order (quarters ascending, then GIs, municipalities and
/// routes in their order). The minutes of a line are summed, then priced once at the GI's
/// hourly rate for 49B01 in `catalogue` ([`Catalogue::price_minutes`]: `rate × minutes ÷ 60`,
/// rounded to cents half away from zero).
///
/// # Errors
///
/// - [`Error::NoTariff`] for a consultation outside the catalogue's year ([`Catalogue::covers`]):
///   it is never priced at another year's rate;
/// - [`Error::UnknownProduct`] when the catalogue has no 49B01, [`Error::NotOffered`] when the
///   GI does not offer it, [`Error::UnitMismatch`] when it is not priced per hour;
/// - [`Error::EmptyVolume`] for a line of 0 minutes; [`Error::Overflow`] when minutes or
///   counts do not fit a `u32`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::{Consultation, Route, settle_quarters}};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let c = |date, minutes, route| Consultation {
///     provider: Provider::JbGld, municipality: "0202".parse().unwrap(), date, minutes, route };
/// let lines = settle_quarters(Catalogue::gelderland_2026(), &[
///     c(d(1, 15), 60, Route::Ijw),
///     c(d(3, 31), 35, Route::Ijw),       // Q1: 95 minutes
///     c(d(4, 1), 60, Route::Ijw),        // Q2
/// ])?;
/// assert_eq!(lines.len(), 2);
/// assert_eq!((lines[0].quarter.to_string(), lines[0].minutes), ("2026-Q1".into(), 95));
/// assert_eq!(lines[0].amount.to_string(), "231.56"); // 146.25 × 95 ÷ 60 = 231.5625
/// assert_eq!(lines[1].amount.to_string(), "146.25");
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn settle_quarters(
    catalogue: &Catalogue,
    consultations: &[Consultation],
) -> Result<Vec<QuarterInvoice>, Error> {
    let (from, to) = catalogue.covers();
    let mut groups: BTreeMap<(Quarter, Provider, Municipality, Route), (u32, u32)> =
        BTreeMap::new();
    for c in consultations {
        if c.date < from || c.date > to {
            return Err(Error::NoTariff {
                code: CONSULTATIE,
                month: c.date.with_day(1).unwrap_or(c.date),
                covered_from: from,
                covered_to: to,
            });
        }
        let entry = groups
            .entry((Quarter::of(c.date), c.provider, c.municipality, c.route))
            .or_insert((0, 0));
        entry.0 = entry.0.checked_add(1).ok_or(Error::Overflow {
            operation: "consultations per quarter",
        })?;
        entry.1 = entry.1.checked_add(c.minutes).ok_or(Error::Overflow {
            operation: "minutes of consultation per quarter",
        })?;
    }
    groups
        .into_iter()
        .map(
            |((quarter, provider, municipality, route), (consultations, minutes))| {
                let price = catalogue.price_minutes(CONSULTATIE, provider, minutes)?;
                Ok(QuarterInvoice {
                    quarter,
                    provider,
                    municipality,
                    route,
                    consultations,
                    minutes,
                    hourly_rate: price.contract_tariff(),
                    amount: price.amount(),
                })
            },
        )
        .collect()
}

/// The collective invoices ("verzamelfactuur") for anonymous consultations: the lines of
/// [`settle_quarters`] whose route is [`Route::Anonymous`], one per quarter, GI and
/// municipality. Rounding as [`settle_quarters`]: once per line.
///
/// # Errors
///
/// As [`settle_quarters`] (every consultation is checked, anonymous or not).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::{Consultation, Route, collective_invoices}};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let c = |gemeente: &str, date, minutes, route| Consultation {
///     provider: Provider::Wss, municipality: gemeente.parse().unwrap(), date, minutes, route };
/// let invoices = collective_invoices(Catalogue::gelderland_2026(), &[
///     c("0202", d(2, 3), 50, Route::Anonymous),
///     c("0202", d(3, 9), 70, Route::Anonymous),
///     c("0268", d(2, 3), 60, Route::Anonymous),
///     c("0202", d(2, 4), 60, Route::Ijw), // allocated through iJw: not on this invoice
/// ])?;
/// let got: Vec<_> = invoices
///     .iter()
///     .map(|i| (i.municipality.to_string(), i.minutes, i.amount.to_string()))
///     .collect();
/// // WSS at € 149.17 an hour: 120 minutes = 298.34; 60 minutes = 149.17.
/// assert_eq!(got, [("0202".into(), 120, "298.34".into()), ("0268".into(), 60, "149.17".into())]);
/// assert!(invoices.iter().all(|i| i.is_collective()));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn collective_invoices(
    catalogue: &Catalogue,
    consultations: &[Consultation],
) -> Result<Vec<QuarterInvoice>, Error> {
    let mut lines = settle_quarters(catalogue, consultations)?;
    lines.retain(QuarterInvoice::is_collective);
    Ok(lines)
}
