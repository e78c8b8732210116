//! Kernbedingen: see the [`law`](crate::law) layer docs.

use std::fmt;

use crate::{Error, Measure, ProductCode, Unit};

/// A length of time as the source states it: in weeks or in calendar months.
///
/// # Example
///
/// ```
/// use jbjr::Span;
/// assert_eq!(Span::Months(12).to_string(), "12 months");
/// assert_eq!(Span::Weeks(6).to_string(), "6 weeks");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Span {
    /// Whole weeks of seven days.
    Weeks(u32),
    /// Calendar months (a term of N months starting on day D ends on the day before day D,
    /// N months later).
    Months(u32),
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Span::Weeks(1) => f.write_str("1 week"),
            Span::Weeks(n) => write!(f, "{n} weeks"),
            Span::Months(1) => f.write_str("1 month"),
            Span::Months(n) => write!(f, "{n} months"),
        }
    }
}

/// A rule a kernbeding's description states, with the figures as data.
///
/// Every variant carries `quote`, the Dutch text it was read from, and `source_ref`, where
/// that text is (kernbeding number and paragraph).
///
/// # Example
///
/// ```
/// use jbjr::{Kernbeding, SegmentRule};
///
/// let criem = Kernbeding::get("47A04".parse()?)?;
/// assert!(criem.rules.iter().any(|r| matches!(
///     r,
///     SegmentRule::TargetAge { from: 12, to: 23, to_inclusive: true, .. }
/// )));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentRule {
    /// The service is meant for young people aged `from` up to `to` years; `to` itself is
    /// included when `to_inclusive` ("tot en met"), and the text says only "tot" otherwise.
    TargetAge {
        /// Lowest age in years, included.
        from: u8,
        /// Highest age in years.
        to: u8,
        /// Whether the text says "tot en met" (up to and including) `to`.
        to_inclusive: bool,
        /// The Dutch text.
        quote: &'static str,
        /// Where in the source.
        source_ref: &'static str,
    },
    /// A (first) term lasts from `min` to `max`, both included; a fixed length has
    /// `min == max`.
    Term {
        /// Shortest term.
        min: Span,
        /// Longest term.
        max: Span,
        /// The Dutch text.
        quote: &'static str,
        /// Where in the source.
        source_ref: &'static str,
    },
    /// The term can be extended by at most `max` each time (`repeatable`: "telkens").
    Extension {
        /// Longest extension.
        max: Span,
        /// Whether it can be extended again and again.
        repeatable: bool,
        /// The Dutch text.
        quote: &'static str,
        /// Where in the source.
        source_ref: &'static str,
    },
    /// The code applies while the measure has run shorter than `shorter_than` or longer than
    /// `longer_than` (48A04 / 48A05: OTS under and over one year). The source does not say
    /// where a term of exactly the limit belongs.
    Elapsed {
        /// The code applies while the measure has run shorter than this.
        shorter_than: Option<Span>,
        /// The code applies once the measure has run longer than this.
        longer_than: Option<Span>,
        /// The Dutch text.
        quote: &'static str,
        /// Where in the source.
        source_ref: &'static str,
    },
}

impl SegmentRule {
    /// Where in the source the rule is stated.
    ///
    /// # Example
    ///
    /// ```
    /// let ots = jbjr::Kernbeding::get("48A04".parse()?)?;
    /// assert!(ots.rules.iter().all(|r| r.source_ref().starts_with("Holland Rijnland")));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn source_ref(&self) -> &'static str {
        match self {
            SegmentRule::TargetAge { source_ref, .. }
            | SegmentRule::Term { source_ref, .. }
            | SegmentRule::Extension { source_ref, .. }
            | SegmentRule::Elapsed { source_ref, .. } => source_ref,
        }
    }

    /// The Dutch text the rule was read from.
    ///
    /// # Example
    ///
    /// ```
    /// let gbm = jbjr::Kernbeding::get("47A02".parse()?)?;
    /// assert!(gbm.rules.iter().any(|r| r.quote().contains("zes weken")));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn quote(&self) -> &'static str {
        match self {
            SegmentRule::TargetAge { quote, .. }
            | SegmentRule::Term { quote, .. }
            | SegmentRule::Extension { quote, .. }
            | SegmentRule::Elapsed { quote, .. } => quote,
        }
    }
}

/// One core service (*kernbeding*) of the Holland Rijnland segment 7 "Veiligheid".
///
/// # Example
///
/// ```
/// use jbjr::{Kernbeding, Measure};
///
/// assert_eq!(Kernbeding::all().len(), 15);
/// let harde_kern = Kernbeding::get("47A05".parse()?)?;
/// assert_eq!(harde_kern.number, 5);
/// assert_eq!(harde_kern.name, "ITB Harde Kern");
/// assert_eq!(harde_kern.measure, Measure::ItbHardeKern);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Kernbeding {
    /// The number in the source's list (1 to 15).
    pub number: u8,
    /// The regional product code.
    pub code: ProductCode,
    /// The name as printed in the list, without the code.
    pub name: &'static str,
    /// The measure or service it is mapped onto.
    pub measure: Measure,
    /// The unit the crate bills it in. **Not in the source**, which has no tariffs: chosen as
    /// the unit of the Gelderland counterpart, or from the description (see
    /// [`Catalogue::holland_rijnland`](crate::Catalogue::holland_rijnland)).
    pub unit: Unit,
    /// The rules its description states with figures (empty for most services).
    pub rules: &'static [SegmentRule],
}

impl Kernbeding {
    /// The kernbeding with this code.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownProduct`] (region "Holland Rijnland") when no kernbeding has the code.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Error, Kernbeding};
    /// assert_eq!(Kernbeding::get("4711".parse()?)?.number, 10);
    /// assert!(matches!(Kernbeding::get("48B10".parse()?), Err(Error::UnknownProduct { .. })));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn get(code: ProductCode) -> Result<&'static Kernbeding, Error> {
        let catalogue = crate::Catalogue::holland_rijnland();
        Kernbeding::all()
            .iter()
            .find(|k| k.code == code)
            .ok_or_else(|| catalogue.unknown_product(code))
    }
}
