//! Declarations keyed the iJw way: a line with its [`Keys`] ([`KeyedLine`]), and a whole
//! declaration ([`Declaration`]: its [`Header`] and lines), as JW323 carries them.

use chrono::NaiveDate;

use super::DeclarationLine;
use crate::billing::{Municipality, month_first, month_index, month_last};
use crate::{AgbCode, AllocationNumber, DeclarationNumber, Error, Reference};

/// The iJw keys of a declared line, beside its [`DeclarationLine`]: its reference
/// (`ProductReferentie/ReferentieNummer`), for a credit the reference of the line it credits
/// (`VorigReferentieNummer`, CD060), and the allocation it is declared on (`ToewijzingNummer`).
///
/// Without an allocation number the line is matched to a case by client, product and GI, as
/// the unkeyed [`check`](super::check) does.
///
/// # Example
///
/// ```
/// use jbjr::{AllocationNumber, declaration::Keys};
/// let keys = Keys::new("PR1".parse()?).on(AllocationNumber::new(100_001)?);
/// assert_eq!(keys.previous, None);
/// let credit = Keys::new("PR2".parse()?).crediting("PR1".parse()?);
/// assert_eq!(credit.previous.map(|r| r.to_string()).as_deref(), Some("PR1"));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Keys {
    /// The line's own reference, unique for the GI (TR314).
    pub reference: Reference,
    /// For a credit: the reference of the approved line it credits (IV085, TR323).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub previous: Option<Reference>,
    /// The allocation the line is declared on (TR338).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub allocation: Option<AllocationNumber>,
}

impl Keys {
    /// Keys with only a reference.
    ///
    /// # Example
    ///
    /// ```
    /// let keys = jbjr::declaration::Keys::new("PR1".parse()?);
    /// assert_eq!((keys.previous, keys.allocation), (None, None));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn new(reference: Reference) -> Keys {
        Keys {
            reference,
            previous: None,
            allocation: None,
        }
    }

    /// The keys with the allocation number.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{AllocationNumber, declaration::Keys};
    /// let keys = Keys::new("PR1".parse()?).on(AllocationNumber::new(7)?);
    /// assert_eq!(keys.allocation, Some(AllocationNumber::new(7)?));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn on(self, allocation: AllocationNumber) -> Keys {
        Keys {
            allocation: Some(allocation),
            ..self
        }
    }

    /// The keys with the reference of the line credited.
    ///
    /// # Example
    ///
    /// ```
    /// let keys = jbjr::declaration::Keys::new("PR2".parse()?).crediting("PR1".parse()?);
    /// assert!(keys.previous.is_some());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn crediting(self, previous: Reference) -> Keys {
        Keys {
            previous: Some(previous),
            ..self
        }
    }
}

/// A declared line with its iJw keys (JW323 `Prestatie`).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{AllocationNumber, Editions, Provider, billing::Case};
/// use jbjr::declaration::{DeclarationLine, KeyedLine, Keys};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let case = Case::new("999900006", "48B10".parse()?, Provider::JbGld, d(1, 1))
///     .with_care(d(1, 1), None)
///     .with_allocation(AllocationNumber::new(100_001)?);
/// let line = DeclarationLine::due(&Editions::gelderland(), &case, d(4, 1))?.expect("April is due");
/// let keyed = KeyedLine::new(line, Keys::new("PR1".parse()?).on(AllocationNumber::new(100_001)?));
/// assert_eq!(keyed.line.amount_cents, 125929);
/// let credit = keyed.credit("PR2".parse()?);
/// assert!(credit.line.credit);
/// assert_eq!(credit.keys.previous.as_ref().map(|r| r.as_str()), Some("PR1"));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KeyedLine<C = String> {
    /// The line.
    pub line: DeclarationLine<C>,
    /// Its keys.
    pub keys: Keys,
}

impl<C> KeyedLine<C> {
    /// A line with its keys.
    ///
    /// # Example
    ///
    /// See [`KeyedLine`].
    #[must_use]
    pub const fn new(line: DeclarationLine<C>, keys: Keys) -> KeyedLine<C> {
        KeyedLine { line, keys }
    }
}

impl<C: Clone> KeyedLine<C> {
    /// The credit of this line (IV085): the same line and allocation, debit/credit = C, a new
    /// reference, and this line's reference as the previous one.
    ///
    /// # Example
    ///
    /// See [`KeyedLine`].
    #[must_use]
    pub fn credit(&self, reference: Reference) -> KeyedLine<C> {
        KeyedLine {
            line: self.line.credit_of(),
            keys: Keys {
                reference,
                previous: Some(self.keys.reference.clone()),
                allocation: self.keys.allocation,
            },
        }
    }
}

/// The header of a declaration (JW323 `Header` and `Declaratie`): its number, its period (one
/// whole calendar month, CS340), its date, the GI's AGB code, the municipality, and its total
/// in eurocents, signed (debits − credits, TR358).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::declaration::Header;
/// let h = Header::new("D202604001".parse()?, NaiveDate::from_ymd_opt(2026, 4, 17).unwrap(),
///     NaiveDate::from_ymd_opt(2026, 5, 6).unwrap(), "12345678".parse()?, "0363".parse()?, 651950)?;
/// assert_eq!(h.period_start.to_string(), "2026-04-01");
/// assert_eq!(h.period_end.to_string(), "2026-04-30");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Header {
    /// `DeclaratieNummer` (CS319: 1 to 12 letters or digits).
    pub number: DeclarationNumber,
    /// First day of the declaration period (`DeclaratiePeriode/Begindatum`).
    pub period_start: NaiveDate,
    /// Last day of the declaration period.
    pub period_end: NaiveDate,
    /// `DeclaratieDagtekening`: the declaration's date.
    pub date: NaiveDate,
    /// The GI (`Afzender`).
    pub agb: AgbCode,
    /// The municipality (`Ontvanger`).
    pub municipality: Municipality,
    /// `TotaalIngediendBedrag`, eurocents, debits − credits.
    pub total_cents: i64,
}

impl Header {
    /// A header for the calendar month of `month` (any day of it).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] for a month `NaiveDate` cannot represent.
    ///
    /// # Example
    ///
    /// See [`Header`].
    pub fn new(
        number: DeclarationNumber,
        month: NaiveDate,
        date: NaiveDate,
        agb: AgbCode,
        municipality: Municipality,
        total_cents: i64,
    ) -> Result<Header, Error> {
        let m = month_index(month);
        let (Some(period_start), Some(period_end)) = (month_first(m), month_last(m)) else {
            return Err(Error::InvalidPeriod {
                start: month,
                end: month,
                reason: "the month lies outside the supported date range",
            });
        };
        Ok(Header {
            number,
            period_start,
            period_end,
            date,
            agb,
            municipality,
            total_cents,
        })
    }
}

/// A whole declaration (JW323): its header and its keyed lines. The client of each line is the
/// BSN (`AsRef<str>`; CS002 checks its 11-proef).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::declaration::{Declaration, Header};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let header = Header::new("D1".parse()?, d(4, 1), d(5, 6), "12345678".parse()?, "0363".parse()?, 0)?;
/// let declaration: Declaration = Declaration::new(header, vec![]);
/// assert_eq!(declaration.lines_cents(), 0);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Declaration<C = String> {
    /// The header.
    pub header: Header,
    /// The lines, in the order sent.
    pub lines: Vec<KeyedLine<C>>,
}

impl<C> Declaration<C> {
    /// A declaration of these lines.
    ///
    /// # Example
    ///
    /// See [`Declaration`].
    #[must_use]
    pub const fn new(header: Header, lines: Vec<KeyedLine<C>>) -> Declaration<C> {
        Declaration { header, lines }
    }

    /// The sum of the lines' amounts, debits − credits (saturating): what the header's total
    /// must be (TR358).
    ///
    /// # Example
    ///
    /// See [`Declaration`].
    #[must_use]
    pub fn lines_cents(&self) -> i64 {
        self.lines
            .iter()
            .fold(0i64, |sum, l| sum.saturating_add(l.line.signed_cents()))
    }
}
