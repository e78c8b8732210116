//! A cross-walk between two catalogues' product codes, e.g. Holland Rijnland ↔ Gelderland.
//!
//! Regions number the same measure differently: the Holland Rijnland OTS is 48A04 (shorter
//! than one year) or 48A05 (longer), the Gelderland OTS is 48B10. The cross-walk is
//! **derived**, not typed: two products correspond when they are mapped onto the same
//! [`Measure`] (see [`Measure::codes`]). How well they fit follows from how many codes each
//! side has for that measure ([`Fit`]). Only where the measures differ is a relation typed,
//! once, with its reason:
//!
//! | From | To | Fit | Why |
//! |---|---|---|---|
//! | [`Measure::Let`] (48A10) | [`Measure::LetOts`] (48B12), [`Measure::LetVoogdij`] (48B13) | narrower | HR kernbeding 12, lid 1: the LET carries out "ondertoezichtstelling en voogdij"; Gelderland bills each separately |
//! | [`Measure::JeugdGgzDiagnostiek`] (54004) | [`Measure::Instemmingsverklaring`] (49B07) | closest | see [`GGZ_DIAGNOSTIEK_NOTE`] |
//!
//! A code with no counterpart gives an empty list: between Holland Rijnland and Gelderland,
//! 4711 (electronic monitoring), 48C09 (coordination of secure care) and 49B05 (preventive
//! youth protection) have none; neither have Gelderland's STP, VoVo, LET GTO, the intensive
//! family approach, the waiting-list tariffs, Forza, ACD JB and KansRijk.
//!
//! # Example
//!
//! ```
//! use jbjr::Catalogue;
//! use jbjr::catalogue::crosswalk::{counterparts, Fit};
//!
//! let hr = Catalogue::holland_rijnland();
//! let gld = Catalogue::gelderland_2026();
//!
//! let ots = counterparts(hr, "48A04".parse()?, gld)?;
//! assert_eq!(ots.len(), 1);
//! assert_eq!(ots[0].code.as_str(), "48B10");
//! assert_eq!(ots[0].fit, Fit::Broader); // 48B10 covers OTS of any length
//!
//! let back: Vec<String> = counterparts(gld, "48B10".parse()?, hr)?
//!     .iter()
//!     .map(|c| c.code.to_string())
//!     .collect();
//! assert_eq!(back, ["48A04", "48A05"]);
//!
//! assert!(counterparts(hr, "4711".parse()?, gld)?.is_empty()); // no counterpart
//! # Ok::<(), jbjr::Error>(())
//! ```

use crate::{Catalogue, Error, Measure, ProductCode};

/// How well a counterpart fits the product it was looked up for.
///
/// # Example
///
/// ```
/// use jbjr::catalogue::crosswalk::Fit;
/// assert_eq!(Fit::Same.to_string(), "same");
/// assert_eq!(Fit::Closest.to_string(), "closest");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::Display, strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Fit {
    /// The same measure, one code on each side.
    Same,
    /// The counterpart covers more: the source splits the measure over several codes
    /// (48A04 → 48B10), or the counterpart's measure includes the source's.
    Broader,
    /// The counterpart covers part: the target splits the measure (48B10 → 48A04, 48A05;
    /// 48A10 → 48B12, 48B13).
    Narrower,
    /// A different service with a related purpose; not interchangeable for billing. The
    /// [`Counterpart::note`] says how close.
    Closest,
}

impl Fit {
    /// Every fit, in declaration order: the fits this version of the crate knows, without
    /// depending on strum (the type also implements strum's `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::catalogue::crosswalk::Fit;
    /// assert_eq!(Fit::all().first(), Some(&Fit::Same));
    /// assert!(Fit::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Fit] {
        <Fit as strum::VariantArray>::VARIANTS
    }
}

/// A product of the target catalogue that corresponds to the product looked up.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Measure};
/// use jbjr::catalogue::crosswalk::{counterparts, Fit};
///
/// let gld = counterparts(Catalogue::holland_rijnland(), "48A06".parse()?, Catalogue::gelderland_2026())?;
/// assert_eq!(gld[0].code.as_str(), "48B11");
/// assert_eq!(gld[0].measure, Measure::Voogdij);
/// assert_eq!(gld[0].fit, Fit::Same);
/// assert_eq!(gld[0].note, None);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Counterpart {
    /// The target catalogue's code.
    pub code: ProductCode,
    /// Its measure.
    pub measure: Measure,
    /// How well it fits.
    pub fit: Fit,
    /// Why, for a relation between different measures.
    pub note: Option<&'static str>,
}

/// How close 54004 (Holland Rijnland, Jeugd GGZ diagnostiek) is to 49B07 (Gelderland,
/// Instemmingsverklaring gesloten jeugdhulp).
pub const GGZ_DIAGNOSTIEK_NOTE: &str = "closest, not equal: 54004 is the one-off research by a qualified behavioural scientist that a consent statement for (extending) a stay in secure youth care needs (HR kernbeding 14, lid 1-2); 49B07 is the consent statement itself. Same purpose (Jeugdwet chapter 6), different deliverable: do not bill one as the other";

/// Why 48A10 maps onto both 48B12 and 48B13.
pub const LET_NOTE: &str = "HR kernbeding 12, lid 1: the Landelijk Expertise Team carries out child protection measures (ondertoezichtstelling en voogdij) under one code; Gelderland bills LET OTS (48B12) and LET Voogdij (48B13) separately";

/// Relations between different measures, typed once; read in both directions. `fit` is the
/// fit of the second measure seen from the first.
const RELATED: [(Measure, Measure, Fit, &str); 3] = [
    (Measure::Let, Measure::LetOts, Fit::Narrower, LET_NOTE),
    (Measure::Let, Measure::LetVoogdij, Fit::Narrower, LET_NOTE),
    (
        Measure::JeugdGgzDiagnostiek,
        Measure::Instemmingsverklaring,
        Fit::Closest,
        GGZ_DIAGNOSTIEK_NOTE,
    ),
];

const fn reverse(fit: Fit) -> Fit {
    match fit {
        Fit::Broader => Fit::Narrower,
        Fit::Narrower => Fit::Broader,
        Fit::Same => Fit::Same,
        Fit::Closest => Fit::Closest,
    }
}

/// The products of `to` that correspond to the product `code` of `from`, in `to`'s code
/// order; empty when it has no counterpart.
///
/// Same measure: [`Fit::Same`] when each catalogue has one code for it, [`Fit::Broader`] when
/// `from` splits it over several codes and `to` has one, [`Fit::Narrower`] the other way
/// round. Different measures: the typed relations of the module table.
///
/// # Errors
///
/// [`Error::UnknownProduct`] when `from` has no product `code`.
///
/// # Example
///
/// ```
/// use jbjr::Catalogue;
/// use jbjr::catalogue::crosswalk::{counterparts, Fit};
///
/// let (hr, gld) = (Catalogue::holland_rijnland(), Catalogue::gelderland_2026());
/// let ggz = counterparts(hr, "54004".parse()?, gld)?;
/// assert_eq!(ggz[0].code.as_str(), "49B07");
/// assert_eq!(ggz[0].fit, Fit::Closest);
/// let let_jb: Vec<String> = counterparts(hr, "48A10".parse()?, gld)?
///     .iter()
///     .map(|c| c.code.to_string())
///     .collect();
/// assert_eq!(let_jb, ["48B12", "48B13"]);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn counterparts(
    from: &Catalogue,
    code: ProductCode,
    to: &Catalogue,
) -> Result<Vec<Counterpart>, Error> {
    let measure = from.product(code)?.measure();
    let count = |c: &Catalogue, m: Measure| c.products().filter(|p| p.measure() == m).count();
    let from_count = count(from, measure);
    let to_count = count(to, measure);
    let same_fit = match (from_count > 1, to_count > 1) {
        (true, false) => Fit::Broader,
        (false, true) => Fit::Narrower,
        _ => Fit::Same,
    };
    let related = |target: Measure| -> Option<(Fit, Option<&'static str>)> {
        if target == measure {
            return Some((same_fit, None));
        }
        RELATED.iter().find_map(|&(a, b, fit, note)| {
            if a == measure && b == target {
                Some((fit, Some(note)))
            } else if b == measure && a == target {
                Some((reverse(fit), Some(note)))
            } else {
                None
            }
        })
    };
    Ok(to
        .products()
        .filter_map(|p| {
            related(p.measure()).map(|(fit, note)| Counterpart {
                code: p.code(),
                measure: p.measure(),
                fit,
                note,
            })
        })
        .collect())
}

/// The whole cross-walk from `from` to `to`: every product of `from`, in code order, with its
/// counterparts (empty: none).
///
/// # Example
///
/// ```
/// use jbjr::Catalogue;
/// use jbjr::catalogue::crosswalk::table;
///
/// let rows = table(Catalogue::holland_rijnland(), Catalogue::gelderland_2026());
/// assert_eq!(rows.len(), 15);
/// let without: Vec<String> = rows
///     .iter()
///     .filter(|(_, c)| c.is_empty())
///     .map(|(code, _)| code.to_string())
///     .collect();
/// assert_eq!(without, ["4711", "48C09", "49B05"]);
/// ```
#[must_use]
pub fn table(from: &Catalogue, to: &Catalogue) -> Vec<(ProductCode, Vec<Counterpart>)> {
    from.products()
        .map(|p| {
            (
                p.code(),
                counterparts(from, p.code(), to).unwrap_or_default(),
            )
        })
        .collect()
}
