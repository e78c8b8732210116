//! Declarations under SAP GI v1.3: the GI's monthly billing run ([`run`]) and the
//! municipality's check of it ([`check`]), on typed data rather than the XML messages.
//!
//! The process (SAP GI v1.3, "Standaard proces"): a GI asks for an allocation (JW315), the
//! municipality grants it (JW301), the GI reports start and stop of care (JW305/JW307) — all
//! held in one [`Case`] — declares every month (JW323, at the latest by the end of the next
//! month: [`DeclarationLine`]s) and the municipality answers per line (JW325: [`Verdict`]s and
//! [`Totals`]). An approved line that turns out wrong is first credited, then declared again
//! corrected ("Correcties op declaraties").
//!
//! # Which months are due
//!
//! Per case, over its billed period ([`Case::period`]: allocation ∩ care; LET GTO cut to its
//! term), by one schedule that the run, the check, [`Case::quote`] and
//! [`cases_budget`](crate::billing::cases_budget) share, knowing what is known at the end of
//! the latest month looked at:
//!
//! - **monthly products**: the SAP GI rule of [`billed_months`]
//!   — the first broken month is not billed unless care also ends in it; the last broken month
//!   is billed in full. A period still running at the end of a month runs past it (care from 15
//!   March, still open: March is the first broken month and never due; April is). Each month is
//!   priced at that month's edition; a month outside the editions' years is
//!   [`RunFailure::Month`] ([`Error::NoTariff`] naming the month), never a guess, and the
//!   case's other months are declared.
//! - **per-traject and per-piece products** (GBM advies 47B11, 49B07): once, in full, in the
//!   month the period ends (SAP GI "GBM-Advies: éénmalige declaratie"), as [`Catalogue::quote`]
//!   does; an open traject is not yet due.
//! - **hourly products** (49B01, 49B98, 49B99): the care delivered in each month
//!   ([`Delivery`]), summed per month and then rounded (IV079) when the allocation is in hours,
//!   or declared in minutes at the hourly tariff (IV081) when its [`Volume`] unit is minutes.
//!   Never more than the allocated volume (TR321, TR322): when the care delivered — after
//!   IV079's rounding, which gives at least 1 hour — exceeds it, the allocated volume is
//!   declared (nothing when it is 0) and [`RunFailure::AboveAllocation`] names the minutes
//!   delivered and the volume allocated.
//! - **LET GTO** (48B15): once per family — on the family's first LET GTO case; a family is
//!   every case of one client, and every case given one family with
//!   [`Case::with_family`] when each child is filed under its own client id — and for its
//!   three-month term ([`family::term_end`](crate::billing::term_end),
//!   [`LET_GTO_MONTHS`](crate::billing::LET_GTO_MONTHS)). Another LET GTO case of the family is
//!   [`RunFailure::LetGtoRepeat`], and the check rejects a line of it.
//!
//! Product periods follow OP367, TR387 and TR388: inside one calendar month, from the 1st or
//! the case's first day, to the last day or the case's last day.
//!
//! # What the run never sends
//!
//! The run sends only lines the check approves; what it cannot declare it reports in
//! [`Run::failures`] and leaves what stands for that month as it is (neither credited nor
//! declared again):
//!
//! - an amount above the Basisschema maximum (`LDT_Bedrag`, 99,999,999 eurocents):
//!   [`RunFailure::AmountOutOfRange`];
//! - **overlapping allocations** of one product, GI and client: without an allocation number a
//!   line cannot say which allocation it is for, and a second line of the month is double
//!   billing (TR389, TR416). The months the overlap touches are declared for neither case,
//!   [`RunFailure::Overlap`] names both; the other months are declared once. Two allocations
//!   that follow each other inside one month (one ends on the 10th, the next runs from the 11th
//!   to the 20th) do not overlap: the month is declared once, by the earlier. A keyed run
//!   ([`run_keyed`], [`Ledger::run`]) keys a case that has an allocation number
//!   ([`Case::with_allocation`]) by that number: two numbered allocations are declared side by
//!   side, each once a month, and never overlap;
//! - a case it cannot price at all: [`RunFailure::Case`];
//! - care delivered outside every case: [`RunFailure::Delivery`].
//!
//! # Amounts
//!
//! Amounts in declaration lines are whole eurocents (`i64`), as JW323 carries them; product
//! tariffs are [`Decimal`] euros. Every tariff of the catalogues is whole cents, so a monthly
//! line's amount is its tariff in cents exactly; hourly amounts are rounded once, half away
//! from zero, as IV081 and TR346 prescribe ([`Catalogue::price_minutes`]).
//!
//! [`Case`]: crate::billing::Case
//! [`Case::period`]: crate::billing::Case::period
//! [`Case::with_family`]: crate::billing::Case::with_family
//! [`Case::with_allocation`]: crate::billing::Case::with_allocation
//! [`Case::quote`]: crate::billing::Case::quote
//! [`Run::failures`]: crate::declaration::Run::failures
//! [`Volume`]: crate::billing::Volume
//! [`Catalogue::quote`]: crate::Catalogue::quote
//! [`Catalogue::price_minutes`]: crate::Catalogue::price_minutes
//! [`Editions::quote`]: crate::Editions::quote

mod check;
mod keyed;
mod ledger;
mod reason;
mod run;

use std::collections::HashMap;
use std::hash::Hash;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::billing::{month_first, month_index};
use crate::{ProductCode, Provider, Unit};

// Names the module docs link to.
#[cfg(doc)]
use crate::{Error, billing::billed_months};

pub use check::{Answer, Checked, Fault, Totals, Verdict, check};
pub use keyed::{Declaration, Header, KeyedLine, Keys};
pub use ledger::{Entry, KeyedRun, Ledger, Status, check_declaration, run_keyed};
pub use reason::{Level, Reason, Unreadable};
pub use run::{Run, RunFailure, run};

/// One declared line (JW323 `Prestatie`): client, product, GI, product period inside one month,
/// volume and unit, product tariff, amount in eurocents, and whether it is a credit.
///
/// The fields are public and wide enough to hold bad input (a negative volume, a period that
/// ends before it starts, a tariff with fractions of a cent), so that [`check`] can reject it
/// with its reason.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Decimal, Provider, Unit, declaration::DeclarationLine};
/// let d = |day| NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
/// let line = DeclarationLine {
///     client: "999990019", code: "48B10".parse()?, provider: Provider::JbGld,
///     start: d(1), end: d(30), volume: 1, unit: Unit::Month,
///     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false,
/// };
/// assert_eq!(line.month(), d(1));
/// assert_eq!(line.credit_of().signed_cents(), -125929);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DeclarationLine<C = String> {
    /// The client, as in the allocation.
    pub client: C,
    /// The product.
    pub code: ProductCode,
    /// The GI.
    pub provider: Provider,
    /// First day of the product period.
    pub start: NaiveDate,
    /// Last day of the product period (inclusive).
    pub end: NaiveDate,
    /// Delivered volume (`GeleverdVolume`): 1 for a month or traject, hours or minutes.
    pub volume: i64,
    /// The unit of the volume.
    pub unit: Unit,
    /// Product tariff (`ProductTarief`), euros.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub product_tariff: Decimal,
    /// Amount (`IngediendBedrag`) in eurocents, positive also for a credit.
    pub amount_cents: i64,
    /// A credit (debit/credit = C) of an earlier approved line.
    pub credit: bool,
}

impl<C> DeclarationLine<C> {
    /// The month of the product period: the first day of its start's month.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use jbjr::{Decimal, Provider, Unit, declaration::DeclarationLine};
    /// # let d = |day| NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
    /// let line = DeclarationLine { client: "a", code: "48B10".parse()?, provider: Provider::JbGld,
    ///     start: d(15), end: d(30), volume: 1, unit: Unit::Month,
    ///     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false };
    /// assert_eq!(line.month(), d(1));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn month(&self) -> NaiveDate {
        month_first(month_index(self.start)).unwrap_or(self.start)
    }

    /// The amount with its sign: negative for a credit (saturating at `-i64::MAX`).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use jbjr::{Decimal, Provider, Unit, declaration::DeclarationLine};
    /// # let d = |day| NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
    /// let line = DeclarationLine { client: "a", code: "48B10".parse()?, provider: Provider::JbGld,
    ///     start: d(15), end: d(30), volume: 1, unit: Unit::Month,
    ///     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false };
    /// assert_eq!(line.signed_cents(), 125929);
    /// assert_eq!(line.credit_of().signed_cents(), -125929);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn signed_cents(&self) -> i64 {
        if self.credit {
            self.amount_cents.saturating_neg()
        } else {
            self.amount_cents
        }
    }

    /// Whether two lines declare the same thing (period, volume, unit, tariff, amount), whatever
    /// their client, product, GI and debit/credit.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use jbjr::{Decimal, Provider, Unit, declaration::DeclarationLine};
    /// # let d = |day| NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
    /// # let line = DeclarationLine { client: "a", code: "48B10".parse()?, provider: Provider::JbGld,
    /// #     start: d(1), end: d(30), volume: 1, unit: Unit::Month,
    /// #     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false };
    /// assert!(line.same_content(&line.credit_of()));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn same_content<D>(&self, other: &DeclarationLine<D>) -> bool {
        self.start == other.start
            && self.end == other.end
            && self.volume == other.volume
            && self.unit == other.unit
            && self.product_tariff == other.product_tariff
            && self.amount_cents == other.amount_cents
    }
}

impl<C> DeclarationLine<C> {
    /// The same line with its client mapped to another type (a `&String` to a `String`, a
    /// `String` to a checked BSN, …); every other field as it is.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use jbjr::{Decimal, Provider, Unit, declaration::DeclarationLine};
    /// # let d = |day| NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
    /// let line = DeclarationLine { client: "a", code: "48B10".parse()?, provider: Provider::JbGld,
    ///     start: d(1), end: d(30), volume: 1, unit: Unit::Month,
    ///     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false };
    /// let owned: DeclarationLine<String> = line.map_client(str::to_string);
    /// assert_eq!((owned.client.as_str(), owned.amount_cents), ("a", 125929));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn map_client<D>(self, f: impl FnOnce(C) -> D) -> DeclarationLine<D> {
        DeclarationLine {
            client: f(self.client),
            code: self.code,
            provider: self.provider,
            start: self.start,
            end: self.end,
            volume: self.volume,
            unit: self.unit,
            product_tariff: self.product_tariff,
            amount_cents: self.amount_cents,
            credit: self.credit,
        }
    }
}

impl<C: Clone> DeclarationLine<C> {
    /// The credit of this line: the same line with `credit` set (SAP GI: an approved line is
    /// credited before it is declared again corrected).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use jbjr::{Decimal, Provider, Unit, declaration::DeclarationLine};
    /// # let d = |day| NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
    /// let line = DeclarationLine { client: "a", code: "48B10".parse()?, provider: Provider::JbGld,
    ///     start: d(15), end: d(30), volume: 1, unit: Unit::Month,
    ///     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false };
    /// let credit = line.credit_of();
    /// assert!(credit.credit && credit.same_content(&line));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn credit_of(&self) -> Self {
        DeclarationLine {
            credit: true,
            ..self.clone()
        }
    }
}

impl<C: Clone + Hash + Eq> DeclarationLine<C> {
    /// The line a case is due for in a month (any day of it), as [`run`] declares it: the
    /// SAP GI month rule, the month's tariff, the product period clamped to the case (TR387,
    /// TR388). `Ok(None)` when nothing is due that month (the first broken month, a month
    /// outside the case, a traject not ended in it, an hourly product: those are declared from
    /// [`Delivery`]s). A monthly line's amount is its tariff in cents, no rounding.
    ///
    /// # Errors
    ///
    /// As [`run`] reports a case it cannot price: [`Error::NoTariff`] for a month outside the
    /// editions' years, [`Error::UnknownProduct`], [`Error::NotOffered`],
    /// [`Error::InvalidPeriod`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Editions, Provider, billing::Case, declaration::DeclarationLine};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let books = Editions::gelderland();
    /// let case = Case::new("bsn", "48B10".parse()?, Provider::JbGld, d(3, 15)).with_care(d(3, 15), Some(d(6, 10)));
    /// assert_eq!(DeclarationLine::due(&books, &case, d(3, 1))?, None); // the first broken month
    /// let june = DeclarationLine::due(&books, &case, d(6, 1))?.expect("June is due");
    /// assert_eq!((june.start, june.end, june.amount_cents), (d(6, 1), d(6, 10), 125929));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn due(
        editions: &crate::Editions,
        case: &crate::billing::Case<C>,
        month: NaiveDate,
    ) -> Result<Option<DeclarationLine<C>>, crate::Error> {
        let cases = std::slice::from_ref(case);
        let r = run(editions, cases, &[], &[], month, month);
        if let Some(RunFailure::Case { error, .. }) = r.failures.into_iter().next() {
            return Err(error);
        }
        Ok(r.lines.into_iter().next())
    }
}

impl<C: std::fmt::Display> std::fmt::Display for DeclarationLine<C> {
    /// One line: client, month, product, GI, period, volume and unit, tariff, amount in euros,
    /// debit or credit: `999900006 2026-04 48B10 JbGld 2026-04-01..2026-04-30 1 month × 1259.29 = 1259.29 D`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use chrono::Datelike;
        write!(
            f,
            "{} {:04}-{:02} {} {} {}..{} {} {} × {} = {} {}",
            self.client,
            self.start.year(),
            self.start.month(),
            self.code,
            self.provider,
            self.start,
            self.end,
            self.volume,
            self.unit,
            self.product_tariff,
            crate::money::from_cents(self.amount_cents),
            if self.credit { "C" } else { "D" }
        )
    }
}

impl<C: std::fmt::Display> std::fmt::Display for Submitted<C> {
    /// The line, or the client and what could not be read.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Submitted::Line(l) => l.fmt(f),
            Submitted::Unreadable { client, problems } => {
                write!(f, "{client} unreadable:")?;
                for (i, p) in problems.iter().enumerate() {
                    write!(f, "{} {p}", if i == 0 { "" } else { ";" })?;
                }
                Ok(())
            }
        }
    }
}

/// Care delivered for an hourly product in one month, in minutes: the GI's registration that
/// the run turns into hours (IV079) or minutes (IV081).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Provider, declaration::Delivery};
/// let d = Delivery {
///     client: "bsn", code: "49B99".parse()?, provider: Provider::JbGld,
///     month: NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(), minutes: 380,
/// };
/// assert_eq!(d.minutes, 380);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Delivery<C = String> {
    /// The client.
    pub client: C,
    /// The hourly product.
    pub code: ProductCode,
    /// The GI.
    pub provider: Provider,
    /// Any day of the month the care was delivered in.
    pub month: NaiveDate,
    /// Minutes delivered (several deliveries of one month are summed before rounding, IV079).
    pub minutes: u32,
}

/// A line as the check receives it: read, or not readable (and then rejected with what could
/// not be read). A [`DeclarationLine`] converts into `Submitted::Line`.
///
/// # Example
///
/// ```
/// use jbjr::declaration::{LineText, Submitted};
/// let text = LineText {
///     code: "48B10", provider: "JbGld", start: "2026-04-01", end: "2026-04-30",
///     volume: "1", unit: "month", product_tariff_cents: "125929", amount_cents: "125929",
///     credit: false,
/// };
/// assert!(matches!(Submitted::read("bsn", &text), Submitted::Line(_)));
/// let bad = LineText { amount_cents: "1259.5", volume: "-1x", ..text };
/// match Submitted::read("bsn", &bad) {
///     Submitted::Unreadable { problems, .. } => assert_eq!(problems.len(), 2),
///     other => panic!("{other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Submitted<C = String> {
    /// A line that could be read.
    Line(DeclarationLine<C>),
    /// A line with fields that could not be read.
    Unreadable {
        /// The client, as given.
        client: C,
        /// Every field that could not be read.
        problems: Vec<Unreadable>,
    },
}

impl<C> From<DeclarationLine<C>> for Submitted<C> {
    fn from(line: DeclarationLine<C>) -> Submitted<C> {
        Submitted::Line(line)
    }
}

/// A declaration line as text, the way a file or message carries it: product code, GI short
/// name, ISO dates, whole numbers, and the tariff and amount in eurocents (Basisschema). Read
/// with [`Submitted::read`].
///
/// # Example
///
/// See [`Submitted`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LineText<'a> {
    /// Product code, e.g. `"48B10"`.
    pub code: &'a str,
    /// GI short name, e.g. `"JbGld"`.
    pub provider: &'a str,
    /// First day, `YYYY-MM-DD`.
    pub start: &'a str,
    /// Last day, `YYYY-MM-DD`.
    pub end: &'a str,
    /// Volume, a whole number.
    pub volume: &'a str,
    /// Unit: a [`Unit`] name (`"month"`, `"hour"`, …) or WJ756 code `"01"` (minute), `"04"`
    /// (hour).
    pub unit: &'a str,
    /// Product tariff in eurocents, a whole number.
    pub product_tariff_cents: &'a str,
    /// Amount in eurocents, a whole number.
    pub amount_cents: &'a str,
    /// Whether the line is a credit.
    pub credit: bool,
}

impl<C> Submitted<C> {
    /// Reads a line from text. Every field that cannot be read is listed; nothing panics. The
    /// tariff and amount are whole eurocents; nothing is rounded.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::{LineText, Submitted};
    /// let text = LineText {
    ///     code: "49B01", provider: "WSS", start: "2026-02-01", end: "2026-02-28",
    ///     volume: "50", unit: "01", product_tariff_cents: "249", amount_cents: "12431",
    ///     credit: false,
    /// };
    /// match Submitted::read(7u32, &text) {
    ///     Submitted::Line(l) => assert_eq!((l.volume, l.product_tariff.to_string()), (50, "2.49".to_string())),
    ///     other => panic!("{other:?}"),
    /// }
    /// ```
    pub fn read(client: C, text: &LineText<'_>) -> Submitted<C> {
        let mut problems = Vec::new();
        let mut field = |name: &'static str, input: &str, problem: Option<String>| {
            if let Some(problem) = problem {
                problems.push(Unreadable {
                    field: name,
                    input: input.to_string(),
                    problem,
                });
            }
        };
        let code = text.code.parse::<ProductCode>();
        field(
            "product code",
            text.code,
            code.as_ref().err().map(ToString::to_string),
        );
        let provider = text.provider.parse::<Provider>();
        field(
            "GI",
            text.provider,
            provider.as_ref().err().map(ToString::to_string),
        );
        let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d");
        let (start, end) = (date(text.start), date(text.end));
        // chrono's own words ("input contains invalid characters") do not say what to write.
        let date_problem = |e: &chrono::ParseError| {
            format!("not a date: expected YYYY-MM-DD, like 2026-04-01 ({e})")
        };
        field(
            "first day",
            text.start,
            start.as_ref().err().map(date_problem),
        );
        field("last day", text.end, end.as_ref().err().map(date_problem));
        let whole = |s: &str| s.parse::<i64>();
        let volume = whole(text.volume);
        field(
            "volume",
            text.volume,
            volume
                .as_ref()
                .err()
                .map(|e| format!("not a whole number ({e})")),
        );
        let unit = match text.unit {
            "01" => Ok(Unit::Minute),
            "04" => Ok(Unit::Hour),
            other => other.parse::<Unit>(),
        };
        field(
            "unit",
            text.unit,
            unit.as_ref().err().map(ToString::to_string),
        );
        let tariff = whole(text.product_tariff_cents);
        field(
            "product tariff in eurocents",
            text.product_tariff_cents,
            tariff
                .as_ref()
                .err()
                .map(|e| format!("not whole eurocents ({e})")),
        );
        let amount = whole(text.amount_cents);
        field(
            "amount in eurocents",
            text.amount_cents,
            amount
                .as_ref()
                .err()
                .map(|e| format!("not whole eurocents ({e})")),
        );
        match (code, provider, start, end, volume, unit, tariff, amount) {
            (Ok(code), Ok(provider), Ok(start), Ok(end), Ok(volume), Ok(unit), Ok(t), Ok(a)) => {
                Submitted::Line(DeclarationLine {
                    client,
                    code,
                    provider,
                    start,
                    end,
                    volume,
                    unit,
                    product_tariff: crate::money::from_cents(t),
                    amount_cents: a,
                    credit: text.credit,
                })
            }
            _ => Submitted::Unreadable { client, problems },
        }
    }

    /// The client of the line, read or not.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::{LineText, Submitted};
    /// assert_eq!(*Submitted::read("bsn", &LineText::default()).client(), "bsn");
    /// ```
    pub const fn client(&self) -> &C {
        match self {
            Submitted::Line(l) => &l.client,
            Submitted::Unreadable { client, .. } => client,
        }
    }
}

/// Basisschema (`LDT_Bedrag`): an amount is 0 to 99,999,999 eurocents.
pub(crate) const MAX_CENTS: i64 = 99_999_999;

/// An exact amount in whole eurocents, or `None` when the amount has fractions of a cent or
/// does not fit an `i64` (no rounding: this is a check, not a conversion).
pub(crate) fn whole_cents(amount: Decimal) -> Option<i64> {
    let (mantissa, scale) = (amount.mantissa(), amount.scale());
    let cents = if scale <= 2 {
        mantissa.checked_mul(10i128.checked_pow(2 - scale)?)?
    } else {
        let div = 10i128.checked_pow(scale - 2)?;
        if mantissa % div != 0 {
            return None;
        }
        mantissa / div
    };
    i64::try_from(cents).ok()
}

/// A few values under one key, the first held inline (one line per client, product, GI and
/// month is the rule, so most keys never allocate).
#[derive(Debug)]
pub(crate) struct Slot<T> {
    first: Option<T>,
    more: Vec<T>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot {
            first: None,
            more: Vec::new(),
        }
    }
}

impl<T> Slot<T> {
    pub(crate) fn push(&mut self, value: T) {
        if self.first.is_none() {
            self.first = Some(value);
        } else {
            self.more.push(value);
        }
    }

    pub(crate) const fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    /// Removes and returns one value for which `matches` holds.
    pub(crate) fn take(&mut self, mut matches: impl FnMut(&T) -> bool) -> Option<T> {
        if self.first.as_ref().is_some_and(&mut matches) {
            let taken = self.first.take();
            self.first = self.more.pop();
            return taken;
        }
        let k = self.more.iter().position(matches)?;
        Some(self.more.swap_remove(k))
    }

    pub(crate) fn clear(&mut self) {
        self.first = None;
        self.more.clear();
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.first.iter().chain(self.more.iter())
    }
}

/// Group ids for (client, product, GI): one hash of the client per case or line, and small
/// integer keys after that.
pub(crate) struct Groups<'a, C> {
    ids: HashMap<(&'a C, ProductCode, Provider), u32>,
}

impl<'a, C: Hash + Eq> Groups<'a, C> {
    pub(crate) fn with_capacity(n: usize) -> Self {
        Groups {
            ids: HashMap::with_capacity(n),
        }
    }

    /// The id of a group, made when new.
    pub(crate) fn id(&mut self, client: &'a C, code: ProductCode, provider: Provider) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry((client, code, provider)).or_insert(next)
    }

    /// The id of a group, if it exists.
    pub(crate) fn get(&self, client: &C, code: ProductCode, provider: Provider) -> Option<u32> {
        self.ids.get(&(client, code, provider)).copied()
    }
}

/// Marks a merge id as an (allocation number, product) id rather than a group id.
pub(crate) const ALLOCATION_BIT: u32 = 1 << 31;

/// The ids the run and the check merge on: a group (client, product, GI) for a line or case
/// without an allocation number, an (allocation number, product) pair for one with (TR389:
/// double billing is counted per allocation, period and code).
pub(crate) struct MergeIds<'a, C> {
    pub(crate) groups: Groups<'a, C>,
    allocations: HashMap<(crate::AllocationNumber, ProductCode), u32>,
    numbers: Vec<crate::AllocationNumber>,
}

impl<'a, C: Hash + Eq> MergeIds<'a, C> {
    pub(crate) fn with_capacity(n: usize) -> Self {
        MergeIds {
            groups: Groups::with_capacity(n),
            allocations: HashMap::new(),
            numbers: Vec::new(),
        }
    }

    /// The id of a group or allocation, made when new.
    pub(crate) fn id(
        &mut self,
        client: &'a C,
        code: ProductCode,
        provider: Provider,
        allocation: Option<crate::AllocationNumber>,
    ) -> u32 {
        match allocation {
            None => self.groups.id(client, code, provider) & !ALLOCATION_BIT,
            Some(n) => {
                let next = u32::try_from(self.numbers.len()).unwrap_or(!ALLOCATION_BIT);
                let numbers = &mut self.numbers;
                let k = *self.allocations.entry((n, code)).or_insert_with(|| {
                    numbers.push(n);
                    next
                });
                k | ALLOCATION_BIT
            }
        }
    }

    /// The allocation number of an id, if it is an allocation's.
    pub(crate) fn allocation(&self, id: u32) -> Option<crate::AllocationNumber> {
        if id & ALLOCATION_BIT == 0 {
            return None;
        }
        self.numbers.get((id & !ALLOCATION_BIT) as usize).copied()
    }
}
