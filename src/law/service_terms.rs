//! Service terms: see the [`law`](crate::law) layer docs.

use chrono::{Days, NaiveDate};

use crate::code::code;
use crate::law::{first_working_day_from, working_days_after};
use crate::{Error, Measure, ProductCode};

/// How long a service term is.
///
/// # Example
///
/// ```
/// use jbjr::law::{ServiceTerm, TermLength};
/// assert_eq!(ServiceTerm::IntensiefFaceToFace.length(), TermLength::WorkingDays(5));
/// assert_eq!(TermLength::Weeks(6).to_string(), "6 weeks");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TermLength {
    /// A number of working days ([`crate::law::working_days_after`]).
    WorkingDays(u32),
    /// A number of weeks of seven calendar days, extended to a working day.
    Weeks(u32),
}

impl std::fmt::Display for TermLength {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TermLength::WorkingDays(n) => write!(f, "{n} working days"),
            TermLength::Weeks(n) => write!(f, "{n} weeks"),
        }
    }
}

/// A service term of the product book: something the GI must have done within a term from
/// the start of the product.
///
/// `Display` prints a short description (`"48B80 face-to-face contact"`); [`ServiceTerm::as_str`]
/// is the machine spelling (`"intensief_face_to_face"`); `FromStr` accepts both, ignoring ASCII
/// case.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::law::ServiceTerm;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // A family starts 48B80 on Wednesday 1 April 2026 (Goede Vrijdag 3 April and Paasmaandag
/// // 6 April are no working days).
/// assert_eq!(ServiceTerm::IntensiefFaceToFace.deadline(d(4, 1))?, d(4, 10));
/// assert_eq!(ServiceTerm::IntensiefGezinsplan.deadline(d(4, 1))?, d(5, 13));
/// let t: ServiceTerm = "intensief_gezinsplan".parse()?;
/// assert_eq!(t.to_string().parse::<ServiceTerm>()?, t);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ServiceTerm {
    /// 48B80: a face-to-face contact with the family, a family manager and a short-term
    /// safety plan within five working days.
    IntensiefFaceToFace,
    /// 48B80: a family plan (gezinsplan) within six weeks.
    IntensiefGezinsplan,
    /// 47B11: the feasibility study of a GBM within six weeks.
    GbmAdviesHaalbaarheid,
}

/// Every term: the term, its description and machine spelling, product, length and source.
const TERMS: [(ServiceTerm, &str, &str, ProductCode, TermLength, &str); 3] = [
    (
        ServiceTerm::IntensiefFaceToFace,
        "48B80 face-to-face contact",
        "intensief_face_to_face",
        code!("48B80"),
        TermLength::WorkingDays(5),
        "Productenboek JB/JR 2026 Gelderland, 48B80, Productspecifieke eisen: \"Binnen vijf \
         werkdagen is er een face to face contact met het gezin, is er een \
         gezinsmanager/jeugdbeschermer gekoppeld aan het gezin, is er een veiligheidsplan voor \
         de korte termijn m.b.t. de acute veiligheid\"",
    ),
    (
        ServiceTerm::IntensiefGezinsplan,
        "48B80 gezinsplan",
        "intensief_gezinsplan",
        code!("48B80"),
        TermLength::Weeks(6),
        "Productenboek JB/JR 2026 Gelderland, 48B80, Productspecifieke eisen: \"Binnen 6 weken \
         is er een gezinsplan opgesteld in samenspraak met het gezin, met concrete en haalbare \
         doelen.\"",
    ),
    (
        ServiceTerm::GbmAdviesHaalbaarheid,
        "47B11 haalbaarheidsonderzoek",
        "gbm_advies_haalbaarheid",
        code!("47B11"),
        TermLength::Weeks(6),
        "Productenboek JB/JR 2026 Gelderland, GBM advies 47B11, Duur: \"De jeugdreclasseerder \
         heeft 6 weken om het haalbaarheidsonderzoek te doen.\"",
    ),
];

const ALL: [ServiceTerm; 3] = [
    ServiceTerm::IntensiefFaceToFace,
    ServiceTerm::IntensiefGezinsplan,
    ServiceTerm::GbmAdviesHaalbaarheid,
];

type TermRow = (
    ServiceTerm,
    &'static str,
    &'static str,
    ProductCode,
    TermLength,
    &'static str,
);

impl ServiceTerm {
    /// Every service term, in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::law::ServiceTerm::all().len(), 3);
    /// ```
    #[must_use]
    pub const fn all() -> &'static [ServiceTerm] {
        &ALL
    }

    fn row(self) -> TermRow {
        let fallback = (self, "", "", code!("48B80"), TermLength::WorkingDays(0), "");
        TERMS
            .iter()
            .find(|row| row.0 == self)
            .copied()
            .unwrap_or(fallback)
    }

    /// The machine spelling, snake case.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::law::ServiceTerm;
    /// assert_eq!(ServiceTerm::GbmAdviesHaalbaarheid.as_str(), "gbm_advies_haalbaarheid");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.row().2
    }

    /// The product the term belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::law::ServiceTerm;
    /// assert_eq!(ServiceTerm::GbmAdviesHaalbaarheid.code().as_str(), "47B11");
    /// ```
    #[must_use]
    pub fn code(self) -> ProductCode {
        self.row().3
    }

    /// How long the term is.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::law::{ServiceTerm, TermLength};
    /// assert_eq!(ServiceTerm::IntensiefGezinsplan.length(), TermLength::Weeks(6));
    /// ```
    #[must_use]
    pub fn length(self) -> TermLength {
        self.row().4
    }

    /// The sentence of the product book the term comes from, with where it stands.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::law::ServiceTerm;
    /// assert!(ServiceTerm::IntensiefFaceToFace.source().contains("Binnen vijf werkdagen"));
    /// ```
    #[must_use]
    pub fn source(self) -> &'static str {
        self.row().5
    }

    /// The last day of the term that begins on `start`: counted from the day after `start`,
    /// in working days or in weeks extended to a working day (see the
    /// [layer docs](crate::law#service-terms)). No rounding is involved.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] when a day of the term lies outside the years of the holiday
    /// calendar ([`crate::law::FIRST_YEAR`] to [`crate::law::LAST_YEAR`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::law::ServiceTerm;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // GBM advies asked on Tuesday 14 April 2026: six weeks end on Tuesday 26 May; Monday
    /// // 25 May is Pinkstermaandag, the 26th a working day.
    /// assert_eq!(ServiceTerm::GbmAdviesHaalbaarheid.deadline(d(4, 14))?, d(5, 26));
    /// // Six weeks from Monday 13 April end on Monday 25 May, Pinkstermaandag: extended to the 26th.
    /// assert_eq!(ServiceTerm::GbmAdviesHaalbaarheid.deadline(d(4, 13))?, d(5, 26));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn deadline(self, start: NaiveDate) -> Result<NaiveDate, Error> {
        match self.length() {
            TermLength::WorkingDays(n) => working_days_after(start, n),
            TermLength::Weeks(n) => {
                let days = u64::from(n).saturating_mul(7);
                let end = start
                    .checked_add_days(Days::new(days))
                    .ok_or(Error::InvalidPeriod {
                        start,
                        end: start,
                        reason: "the term ends after the last representable date",
                    })?;
                first_working_day_from(end)
            }
        }
    }

    /// Whether what the term asks was done in time: `done` on or before
    /// [`ServiceTerm::deadline`]. Done before the start counts as in time.
    ///
    /// # Errors
    ///
    /// As [`ServiceTerm::deadline`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::law::ServiceTerm;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let t = ServiceTerm::IntensiefFaceToFace;
    /// assert!(t.is_met(d(3, 2), d(3, 9))?);
    /// assert!(!t.is_met(d(3, 2), d(3, 10))?);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn is_met(self, start: NaiveDate, done: NaiveDate) -> Result<bool, Error> {
        Ok(done <= self.deadline(start)?)
    }
}

impl std::fmt::Display for ServiceTerm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.row().1)
    }
}

impl std::str::FromStr for ServiceTerm {
    type Err = Error;

    fn from_str(s: &str) -> Result<ServiceTerm, Error> {
        TERMS
            .iter()
            .find(|row| s.eq_ignore_ascii_case(row.1) || s.eq_ignore_ascii_case(row.2))
            .map(|row| row.0)
            .ok_or_else(|| Error::UnknownName {
                kind: "service term",
                input: crate::error::clip(s),
                expected: "intensief_face_to_face, intensief_gezinsplan, gbm_advies_haalbaarheid",
            })
    }
}

/// Checks that GBM advies (47B11) is deployed once for a youth: "Dit product kan eenmalig
/// worden ingezet." (Productenboek JB/JR 2026 Gelderland, GBM advies, Productspecifieke eisen;
/// SAP GI: "éénmalige declaratie"). `earlier` is the number of GBM advies the youth had before.
///
/// # Errors
///
/// [`Error::NotEligible`] (measure GBM Advies, with the book's sentence) when `earlier > 0`.
///
/// # Example
///
/// ```
/// use jbjr::{Error, Measure, law::check_gbm_advies_once};
/// assert!(check_gbm_advies_once(0).is_ok());
/// assert!(matches!(
///     check_gbm_advies_once(1),
///     Err(Error::NotEligible { measure: Measure::GbmAdvies, .. })
/// ));
/// ```
pub fn check_gbm_advies_once(earlier: u32) -> Result<(), Error> {
    if earlier == 0 {
        return Ok(());
    }
    Err(Error::NotEligible {
        measure: Measure::GbmAdvies,
        rule: "GBM advies is deployed once",
        source_ref: "Productenboek JB/JR 2026 Gelderland, GBM advies 47B11: \"Dit product kan \
                     eenmalig worden ingezet.\"",
        detail: crate::text::text!("{earlier} earlier GBM advies"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in ServiceTerm::all() {
            assert_eq!(t.to_string().parse::<ServiceTerm>().unwrap(), *t);
            assert_eq!(t.as_str().parse::<ServiceTerm>().unwrap(), *t);
            assert!(!t.source().is_empty());
        }
    }
}
