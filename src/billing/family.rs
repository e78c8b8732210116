//! Families, Samenloop and chains: see the [`billing`](crate::billing) layer docs.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::billing::month_index;
use crate::code::code;
use crate::law::first_day_without_ots;
use crate::money::add;
use crate::{Catalogue, Error, Measure, ProductCode, Provider, Quote, QuoteLine, Term};

/// 48B80: intensive family approach, billed on the youngest child.
pub const INTENSIEF_YOUNGEST: ProductCode = code!("48B80");
/// 48B84: the same approach on the other children, without financial value.
pub const INTENSIEF_OTHERS: ProductCode = code!("48B84");
/// 48B15: LET Gedeeltelijke Traject Overname.
pub const LET_GTO: ProductCode = code!("48B15");
/// LET GTO's term in months ("Deze dienst kent een omvang van drie maanden").
pub const LET_GTO_MONTHS: u32 = 3;

/// A child of a family, as far as billing needs it.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::billing::Child;
/// let c = Child { birth_date: NaiveDate::from_ymd_opt(2015, 4, 1).unwrap(), has_measure: true };
/// assert!(c.has_measure);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Child {
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// Whether a legal measure (maatregel) runs for this child.
    pub has_measure: bool,
}

/// One order or service for one child: product, GI and inclusive period.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Provider, billing::Placement};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let ots = Placement { child: 1, code: "48B10".parse()?, provider: Provider::JbGld,
///                       start: d(2026, 1, 1), end: d(2026, 12, 31) };
/// assert_eq!(ots.child, 1);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Placement {
    /// The caller's identifier of the child.
    pub child: u32,
    /// The product.
    pub code: ProductCode,
    /// The GI.
    pub provider: Provider,
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
}

/// Index of the youngest child (latest birth date; the first listed among equals).
///
/// # Errors
///
/// [`Error::Empty`] for no children.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::billing::{Child, youngest};
/// let c = |y| Child { birth_date: NaiveDate::from_ymd_opt(y, 1, 1).unwrap(), has_measure: false };
/// assert_eq!(youngest(&[c(2012), c(2018), c(2015)])?, 1);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn youngest(children: &[Child]) -> Result<usize, Error> {
    youngest_where(children, |_| true).ok_or(Error::Empty {
        what: "family",
        rule: "family billing needs at least one child",
    })
}

fn youngest_where(children: &[Child], keep: impl Fn(&Child) -> bool) -> Option<usize> {
    let mut best: Option<(usize, NaiveDate)> = None;
    for (i, c) in children.iter().enumerate() {
        if keep(c) && best.is_none_or(|(_, b)| c.birth_date > b) {
            best = Some((i, c.birth_date));
        }
    }
    best.map(|(i, _)| i)
}

/// The intensive family approach priced for a family: 48B80 on the youngest child, 48B84 (no
/// financial value) on each other child, over the same period.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::{Child, quote_intensief_gezinsgericht}};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let kids = [Child { birth_date: d(2012, 5, 1), has_measure: true },
///             Child { birth_date: d(2019, 8, 9), has_measure: true }];
/// let q = quote_intensief_gezinsgericht(
///     Catalogue::gelderland_2026(), &kids, Provider::JbGld, d(2026, 1, 1), d(2026, 3, 31))?;
/// assert_eq!(q.youngest(), 1);
/// assert_eq!(q.total().to_string(), "6484.44"); // 3 × 2161.48, once for the family
/// let codes: Vec<_> = q.codes().map(|(i, c)| (i, c.to_string())).collect();
/// assert_eq!(codes, [(0, "48B84".to_string()), (1, "48B80".to_string())]);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FamilyQuote {
    youngest: usize,
    children: usize,
    youngest_quote: Quote,
    others_quote: Quote,
    total: Decimal,
}

impl FamilyQuote {
    /// Index of the child that carries 48B80: the one with the latest birth date, the first
    /// listed among children born on the same day.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Child, quote_intensief_gezinsgericht}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let twins = [Child { birth_date: d(2019, 8, 9), has_measure: true },
    ///              Child { birth_date: d(2019, 8, 9), has_measure: true },
    ///              Child { birth_date: d(2012, 5, 1), has_measure: true }];
    /// let q = quote_intensief_gezinsgericht(
    ///     Catalogue::gelderland_2026(), &twins, Provider::JbGld, d(2026, 1, 1), d(2026, 3, 31))?;
    /// assert_eq!(q.youngest(), 0); // the first listed of the twins
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn youngest(&self) -> usize {
        self.youngest
    }

    /// The family's total in euros: the 48B80 quote plus the 48B84 quotes (zero).
    ///
    /// Exact, no rounding: SAP GI bills whole months at the monthly tariff (whole cents), and
    /// 48B84 adds € 0.00 per child.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Child, quote_intensief_gezinsgericht}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let kids = [Child { birth_date: d(2012, 5, 1), has_measure: true },
    ///             Child { birth_date: d(2015, 2, 3), has_measure: true },
    ///             Child { birth_date: d(2019, 8, 9), has_measure: true }];
    /// let q = quote_intensief_gezinsgericht(
    ///     Catalogue::gelderland_2026(), &kids, Provider::JbGld, d(2026, 1, 15), d(2026, 3, 31))?;
    /// // January is the first broken month (not billed): February and March at € 2,161.48.
    /// assert_eq!(q.total().to_string(), "4322.96");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn total(&self) -> Decimal {
        self.total
    }

    /// The quote of the youngest child (48B80).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Child, quote_intensief_gezinsgericht}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let kids = [Child { birth_date: d(2012, 5, 1), has_measure: true },
    ///             Child { birth_date: d(2019, 8, 9), has_measure: true }];
    /// let q = quote_intensief_gezinsgericht(
    ///     Catalogue::gelderland_2026(), &kids, Provider::JbGld, d(2026, 1, 1), d(2026, 3, 31))?;
    /// let youngest = q.youngest_quote();
    /// assert_eq!(youngest.code().to_string(), "48B80");
    /// assert_eq!(youngest.billed_months(), 3);
    /// assert_eq!(youngest.total().to_string(), "6484.44"); // 3 × 2161.48
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn youngest_quote(&self) -> Quote {
        self.youngest_quote
    }

    /// The quote of each other child (48B84, zero amounts: one line per billed month to show
    /// the coordination with other youth care).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Child, quote_intensief_gezinsgericht}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let kids = [Child { birth_date: d(2012, 5, 1), has_measure: true },
    ///             Child { birth_date: d(2019, 8, 9), has_measure: true }];
    /// let q = quote_intensief_gezinsgericht(
    ///     Catalogue::gelderland_2026(), &kids, Provider::JbGld, d(2026, 1, 1), d(2026, 3, 31))?;
    /// let others = q.others_quote();
    /// assert_eq!(others.code().to_string(), "48B84");
    /// assert_eq!(others.billed_months(), 3);
    /// assert!(others.total().is_zero());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn others_quote(&self) -> Quote {
        self.others_quote
    }

    /// Each child's index with its product code, in the order the children were given.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Child, quote_intensief_gezinsgericht}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let kids = [Child { birth_date: d(2012, 5, 1), has_measure: true },
    ///             Child { birth_date: d(2019, 8, 9), has_measure: true },
    ///             Child { birth_date: d(2015, 2, 3), has_measure: false }];
    /// let q = quote_intensief_gezinsgericht(
    ///     Catalogue::gelderland_2026(), &kids, Provider::Wss, d(2026, 1, 1), d(2026, 3, 31))?;
    /// let codes: Vec<String> = q.codes().map(|(_, c)| c.to_string()).collect();
    /// assert_eq!(codes, ["48B84", "48B80", "48B84"]);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn codes(&self) -> impl Iterator<Item = (usize, ProductCode)> + use<> {
        let youngest = self.youngest;
        (0..self.children).map(move |i| {
            let code = if i == youngest {
                INTENSIEF_YOUNGEST
            } else {
                INTENSIEF_OTHERS
            };
            (i, code)
        })
    }
}

/// Prices the intensive family approach (48B80/48B84) for a family over `start..=end` with the
/// SAP GI rule; see [`FamilyQuote`].
///
/// Exact, no rounding: whole billed months at the monthly tariff (whole cents).
///
/// # Errors
///
/// - [`Error::Empty`] `{ what: "family", .. }` when `children` is empty;
/// - [`Error::NotOffered`] `{ code, provider, year }` when the GI does not offer 48B80 or 48B84
///   (LdH offers neither);
/// - the other errors of [`Catalogue::quote`] for 48B80 and 48B84: [`Error::InvalidPeriod`]
///   `{ start, end, .. }` for a reversed period, [`Error::NoTariff`]
///   `{ code, month, covered_from, covered_to }` for a month outside [`Catalogue::covers`],
///   [`Error::UnknownProduct`] `{ code, region, year }` for a catalogue without the code;
/// - [`Error::Overflow`] `{ operation }` when a quote or the family total (`"family total"`)
///   does not fit a `Decimal`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Error, Provider, billing::{Child, quote_intensief_gezinsgericht}};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let book = Catalogue::gelderland_2026();
/// let kids = [Child { birth_date: d(2012, 5, 1), has_measure: true },
///             Child { birth_date: d(2019, 8, 9), has_measure: true }];
/// let (april, end) = (d(2026, 4, 1), d(2026, 4, 30));
/// let q = quote_intensief_gezinsgericht(book, &kids, Provider::JbGld, april, end)?;
/// assert_eq!(q.total().to_string(), "2161.48"); // one month of 48B80, 48B84 is € 0
/// assert!(matches!(
///     quote_intensief_gezinsgericht(book, &kids, Provider::LdH, april, end),
///     Err(Error::NotOffered { provider: Provider::LdH, year: 2026, .. })
/// ));
/// assert!(matches!(
///     quote_intensief_gezinsgericht(book, &[], Provider::JbGld, april, end),
///     Err(Error::Empty { what: "family", .. })
/// ));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn quote_intensief_gezinsgericht(
    catalogue: &Catalogue,
    children: &[Child],
    provider: Provider,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<FamilyQuote, Error> {
    let youngest = youngest(children)?;
    let youngest_quote = catalogue.quote(INTENSIEF_YOUNGEST, provider, start, end)?;
    let others_quote = catalogue.quote(INTENSIEF_OTHERS, provider, start, end)?;
    let mut total = youngest_quote.total();
    for _ in 1..children.len() {
        total = add(total, others_quote.total(), "family total")?;
    }
    Ok(FamilyQuote {
        youngest,
        children: children.len(),
        youngest_quote,
        others_quote,
        total,
    })
}

/// The last day of a term of `months` months that starts on `start`: the day before day D,
/// `months` months later (2026-03-15 + 3 → 2026-06-14); when that month has no day D (a start
/// on 31 January), the last day of that month: 2026-01-31 + 3 months → 2026-04-30.
///
/// A shorthand for [`Term::Months(months).last_day(start)`](Term::last_day), the crate's one
/// month convention (see [`crate::law`]).
///
/// # Errors
///
/// [`Error::InvalidPeriod`] when the end is out of `NaiveDate`'s range.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::billing::term_end;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(term_end(d(2026, 3, 15), 12)?, d(2027, 3, 14));
/// assert_eq!(term_end(d(2026, 1, 31), 3)?, d(2026, 4, 30));
/// assert_eq!(term_end(d(2026, 2, 1), 3)?, d(2026, 4, 30));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn term_end(start: NaiveDate, months: u32) -> Result<NaiveDate, Error> {
    Term::Months(months).last_day(start)
}

/// The child LET GTO (48B15) is declared on: the youngest child with a legal measure
/// (Productenboek Gelderland 2026: "gestapeld op het toegewezen jongst betrokken kind"), the
/// first listed between children born on the same day. Returns its index.
///
/// # Errors
///
/// [`Error::NotEligible`] when no child has a measure.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::billing::{Child, let_gto_child};
/// let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let kids = [Child { birth_date: d(2011), has_measure: true },
///             Child { birth_date: d(2020), has_measure: false }];
/// assert_eq!(let_gto_child(&kids)?, 0);
/// assert!(let_gto_child(&kids[1..]).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn let_gto_child(children: &[Child]) -> Result<usize, Error> {
    youngest_where(children, |c| c.has_measure).ok_or(Error::NotEligible {
        measure: Measure::LetGto,
        rule: "LET GTO is billed once per family, on the youngest child with a legal measure",
        source_ref: "Productenboek JB/JR 2026 Gelderland, LET GTO 48B15",
        detail: crate::text::text!("none of the {} children has a measure", children.len()),
    })
}

/// Prices LET GTO (48B15) for a family: once, on the youngest child with a measure, for a term
/// of three months from `start` with the SAP GI rule. Three billed months at € 1,619.00 make
/// up the traject price of € 4,857 of the product book.
///
/// Returns the child's index and the quote.
///
/// # Errors
///
/// [`Error::NotEligible`] when no child has a measure; the errors of [`Catalogue::quote`]
/// ([`Error::NoTariff`] when the term runs into another year).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::{Child, quote_let_gto}};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let kids = [Child { birth_date: d(2011, 1, 1), has_measure: true },
///             Child { birth_date: d(2020, 1, 1), has_measure: false },
///             Child { birth_date: d(2016, 1, 1), has_measure: true }];
/// let (child, q) = quote_let_gto(Catalogue::gelderland_2026(), &kids, Provider::Wss, d(2026, 2, 15))?;
/// assert_eq!(child, 2);
/// assert_eq!(q.billed_months(), 3);
/// assert_eq!(q.total().to_string(), "4857.00");
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn quote_let_gto(
    catalogue: &Catalogue,
    children: &[Child],
    provider: Provider,
    start: NaiveDate,
) -> Result<(usize, Quote), Error> {
    let child = let_gto_child(children)?;
    let end = term_end(start, LET_GTO_MONTHS)?;
    Ok((child, catalogue.quote(LET_GTO, provider, start, end)?))
}

/// Checks that a Samenloop placement (47B15) runs alongside an OTS of the same child on every
/// day of its period ("enkel OTS"; the product is a surcharge on an OTS). OTS placements are
/// those whose product's measure is [`Measure::Ots`] or [`Measure::LetOts`]; several
/// consecutive OTS placements may together cover the period.
///
/// The same rule as [`crate::check_samenloop`], which checks one Samenloop [`Order`](crate::Order)
/// against one OTS order by measure; this function works on billed placements (product codes,
/// several children and GIs) and shares its coverage check. O(n log n) in the number of
/// placements (20,000 take milliseconds).
///
/// # Errors
///
/// [`Error::NotEligible`] naming the first day without an OTS, or when `samenloop` is not a
/// Samenloop product; [`Error::UnknownProduct`] when its code is not in the catalogue;
/// [`Error::InvalidPeriod`] for a reversed period.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::{Placement, check_samenloop_placement}};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let p = |child, code: &str, start, end| Placement {
///     child, code: code.parse().unwrap(), provider: Provider::JbGld, start, end };
/// let book = Catalogue::gelderland_2026();
/// let samenloop = p(7, "47B15", d(2026, 3, 1), d(2026, 6, 30));
/// let ots = p(7, "48B10", d(2026, 1, 1), d(2026, 12, 31));
/// assert!(check_samenloop_placement(book, &samenloop, &[ots]).is_ok());
/// let other_child = p(8, "48B10", d(2026, 1, 1), d(2026, 12, 31));
/// assert!(check_samenloop_placement(book, &samenloop, &[other_child]).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn check_samenloop_placement(
    catalogue: &Catalogue,
    samenloop: &Placement,
    placements: &[Placement],
) -> Result<(), Error> {
    crate::billing::check_period(samenloop.start, samenloop.end)?;
    let measure = catalogue.product(samenloop.code)?.measure();
    if measure != Measure::Samenloop {
        return Err(Error::NotEligible {
            measure,
            rule: "only a Samenloop placement (47B15) is checked against an OTS",
            source_ref: "Productenboek JB/JR 2026 Gelderland, Samenloop 47B15",
            detail: crate::text::text!("{} is a {measure} product", samenloop.code),
        });
    }
    // Each placement is looked at once (the child, then its product), and the coverage check
    // sorts the OTS periods once: O(n log n) in the number of placements.
    let is_ots = |p: &&Placement| -> bool {
        p.child == samenloop.child
            && catalogue
                .product(p.code)
                .is_ok_and(|prod| matches!(prod.measure(), Measure::Ots | Measure::LetOts))
    };
    let ots = placements.iter().filter(is_ots).map(|p| (p.start, p.end));
    match first_day_without_ots(samenloop.start, samenloop.end, ots) {
        None => Ok(()),
        Some(day) => Err(Error::NotEligible {
            measure: Measure::Samenloop,
            rule: "Samenloop is a surcharge on an OTS: it runs only alongside an OTS of the same child",
            source_ref: "Productenboek JB/JR 2026 Gelderland, Samenloop 47B15 (\"enkel OTS\")",
            detail: crate::text::text!("child {} has no OTS on {day}", samenloop.child),
        }),
    }
}

/// Prices a chain of orders of one child (VOTS → OTS, or a handover from one GI to another)
/// with the SAP GI rule so that **each calendar month is billed once**.
///
/// Links must be in order and must not overlap. Each link is priced on its own; a month shared
/// by two links (the earlier ends and the later starts in it) is billed by the **earlier**
/// link: SAP GI bills a period's last broken month in full and does not bill the first broken
/// month. A later link that lies inside a month already billed bills nothing.
///
/// # Errors
///
/// [`Error::Empty`] for no links; [`Error::InvalidPeriod`] when a link starts on or before the
/// previous link's end; the errors of [`Catalogue::quote`] for each link.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Provider, billing::{Placement, quote_chain}};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let p = |code: &str, provider, start, end| Placement {
///     child: 1, code: code.parse().unwrap(), provider, start, end };
/// let links = [
///     p("48B10", Provider::JbGld, d(2026, 1, 10), d(2026, 4, 9)),  // VOTS, billed as OTS
///     p("48B10", Provider::Wss, d(2026, 4, 10), d(2026, 12, 31)),  // handover to WSS
/// ];
/// let chain = quote_chain(Catalogue::gelderland_2026(), &links)?;
/// // February–April by JbGld (April shared: the earlier link bills it), May–December by WSS.
/// let billers: Vec<_> = chain.lines().map(|(i, _)| i).collect();
/// assert_eq!(billers, [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
/// assert_eq!(chain.billed_months(), 11);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn quote_chain<'a>(
    catalogue: &'a Catalogue,
    links: &'a [Placement],
) -> Result<ChainQuote<'a>, Error> {
    if links.is_empty() {
        return Err(Error::Empty {
            what: "chain of orders",
            rule: "a chain needs at least one order",
        });
    }
    for pair in links.windows(2) {
        if let [a, b] = pair {
            if b.start <= a.end {
                return Err(Error::InvalidPeriod {
                    start: b.start,
                    end: b.end,
                    reason: "a link of a chain must start after the previous link's last day",
                });
            }
        }
    }
    let mut chain = ChainQuote {
        catalogue,
        links,
        total: Decimal::ZERO,
        billed: 0,
    };
    let mut previous: Option<&Placement> = None;
    for link in links {
        let q = catalogue.quote(link.code, link.provider, link.start, link.end)?;
        for line in q.lines().filter(|l| after(previous, l)) {
            chain.total = add(chain.total, line.amount(), "chain total")?;
            if line.unit() == crate::Unit::Month {
                chain.billed = chain.billed.checked_add(1).ok_or_else(|| Error::Overflow {
                    operation: "billed months",
                })?;
            }
        }
        previous = Some(link);
    }
    Ok(chain)
}

/// Whether `line` lies after the month in which the previous link ends (that month is the
/// previous link's, billed by it).
fn after(previous: Option<&Placement>, line: &QuoteLine) -> bool {
    previous.is_none_or(|p| month_index(line.month()) > month_index(p.end))
}

/// A priced chain of orders; see [`quote_chain`].
///
/// # Example
///
/// See [`quote_chain`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainQuote<'a> {
    catalogue: &'a Catalogue,
    links: &'a [Placement],
    total: Decimal,
    billed: u32,
}

impl<'a> ChainQuote<'a> {
    /// The total of the chain in euros: the sum of [`ChainQuote::lines`].
    ///
    /// Exact, no rounding: every line is a whole month at its link's monthly tariff (whole
    /// cents), or the price of a per-traject product.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Placement, quote_chain}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let p = |provider, start, end| Placement {
    ///     child: 1, code: "48B10".parse().unwrap(), provider, start, end };
    /// let links = [p(Provider::JbGld, d(2026, 1, 10), d(2026, 4, 9)),
    ///              p(Provider::Wss, d(2026, 4, 10), d(2026, 12, 31))];
    /// let chain = quote_chain(Catalogue::gelderland_2026(), &links)?;
    /// // February–April by JbGld at € 1,259.29, May–December by WSS at € 1,287.26.
    /// assert_eq!(chain.total().to_string(), "14075.95"); // 3 × 1259.29 + 8 × 1287.26
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn total(&self) -> Decimal {
        self.total
    }

    /// Months billed over the whole chain (each calendar month at most once).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Placement, quote_chain}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let p = |provider, start, end| Placement {
    ///     child: 1, code: "48B10".parse().unwrap(), provider, start, end };
    /// let links = [p(Provider::JbGld, d(2026, 1, 10), d(2026, 4, 9)),
    ///              p(Provider::Wss, d(2026, 4, 10), d(2026, 12, 31))];
    /// let chain = quote_chain(Catalogue::gelderland_2026(), &links)?;
    /// assert_eq!(chain.billed_months(), 11); // February–December 2026
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn billed_months(&self) -> u32 {
        self.billed
    }

    /// The lines with the index of the link that bills them, in month order.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::{Placement, quote_chain}};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let p = |provider, start, end| Placement {
    ///     child: 1, code: "48B10".parse().unwrap(), provider, start, end };
    /// let links = [p(Provider::JbGld, d(2026, 1, 10), d(2026, 4, 9)),
    ///              p(Provider::Wss, d(2026, 4, 10), d(2026, 12, 31))];
    /// let chain = quote_chain(Catalogue::gelderland_2026(), &links)?;
    /// let lines: Vec<_> = chain.lines().collect();
    /// // April is shared: the earlier link (JbGld, index 0) bills it in full.
    /// assert_eq!((lines[2].0, lines[2].1.month()), (0, d(2026, 4, 1)));
    /// assert_eq!(lines[2].1.amount().to_string(), "1259.29");
    /// assert_eq!((lines[3].0, lines[3].1.month()), (1, d(2026, 5, 1)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = (usize, QuoteLine)> + 'a {
        let (catalogue, links) = (self.catalogue, self.links);
        links.iter().enumerate().flat_map(move |(i, link)| {
            let previous = i.checked_sub(1).and_then(|j| links.get(j));
            // `quote_chain` priced every link, so the quote succeeds here.
            catalogue
                .quote(link.code, link.provider, link.start, link.end)
                .into_iter()
                .flat_map(|q| q.lines())
                .filter(move |l| after(previous, l))
                .map(move |l| (i, l))
        })
    }
}
