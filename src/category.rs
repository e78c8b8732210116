//! [`ProductCategory`]: the iJw product category (codelist JZ020, iJw 3.2).

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, clip};

/// iJw product category, codelist JZ020 (iJw 3.2), used in assignments (JW301), requests
/// (JW315) and declarations (JW323).
///
/// `Display` and `FromStr` use the two-digit code (`"48"`); [`ProductCategory::description`]
/// gives the Dutch text of the codelist.
///
/// # Example
///
/// ```
/// use jbjr::ProductCategory;
///
/// let jb: ProductCategory = "48".parse()?;
/// assert_eq!(jb, ProductCategory::Jeugdbescherming);
/// assert_eq!(jb.code(), 48);
/// assert_eq!(jb.description(), "Jeugdbescherming");
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
    strum::EnumIter,
    strum::VariantArray,
    strum::EnumCount,
)]
#[non_exhaustive]
#[repr(u8)]
pub enum ProductCategory {
    /// 31 (2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam.
    WijkteamZonderVerblijf = 31,
    /// 32 (2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder.
    AmbulantOpLocatie = 32,
    /// 33 (2015) Zonder verblijf: daghulp op locatie van de aanbieder.
    DaghulpOpLocatie = 33,
    /// 34 (2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige.
    JeugdhulpInNetwerk = 34,
    /// 35 (2015) Met verblijf: pleegzorg.
    Pleegzorg = 35,
    /// 36 (2015) Met verblijf: gezinsgericht.
    VerblijfGezinsgericht = 36,
    /// 37 (2015) Met verblijf: gesloten plaatsing.
    GeslotenPlaatsing = 37,
    /// 38 (2015) Met verblijf: overig residentieel.
    OverigResidentieel = 38,
    /// 40 Persoonlijke verzorging.
    PersoonlijkeVerzorging = 40,
    /// 41 Dagbehandeling.
    Dagbehandeling = 41,
    /// 42 Vervoerdiensten.
    Vervoerdiensten = 42,
    /// 43 Jeugdhulp verblijf (incl. behandeling).
    VerblijfInclBehandeling = 43,
    /// 44 Jeugdhulp verblijf (excl. behandeling).
    VerblijfExclBehandeling = 44,
    /// 45 Jeugdhulp ambulant.
    JeugdhulpAmbulant = 45,
    /// 46 Jeugdhulp crisis.
    JeugdhulpCrisis = 46,
    /// 47 Jeugdreclassering (youth probation).
    Jeugdreclassering = 47,
    /// 48 Jeugdbescherming (youth protection).
    Jeugdbescherming = 48,
    /// 49 Activiteiten in het preventief justitieel kader (preventive justice activities).
    PreventiefJustitieel = 49,
    /// 50 Maatwerkarrangementen jeugd.
    Maatwerkarrangementen = 50,
    /// 51 Generalistische basis-ggz.
    BasisGgz = 51,
    /// 52 Specialistische ggz.
    SpecialistischeGgz = 52,
    /// 53 Kindergeneeskunde.
    Kindergeneeskunde = 53,
    /// 54 Jeugd-ggz (youth mental health).
    JeugdGgz = 54,
    /// 55 Landelijk ingekochte zorg.
    LandelijkIngekocht = 55,
}

impl ProductCategory {
    /// Every category, in declaration order: the JZ020 categories this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ProductCategory;
    /// assert_eq!(ProductCategory::all().first(), Some(&ProductCategory::WijkteamZonderVerblijf));
    /// assert!(ProductCategory::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [ProductCategory] {
        <ProductCategory as strum::VariantArray>::VARIANTS
    }
}

impl ProductCategory {
    /// The JZ020 code, e.g. `48`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::ProductCategory::Jeugdreclassering.code(), 47);
    /// ```
    #[must_use]
    pub const fn code(self) -> u8 {
        self as u8
    }

    /// The category with this JZ020 code, or `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ProductCategory;
    /// assert_eq!(ProductCategory::from_code(49), Some(ProductCategory::PreventiefJustitieel));
    /// assert_eq!(ProductCategory::from_code(39), None);
    /// ```
    #[must_use]
    pub fn from_code(code: u8) -> Option<ProductCategory> {
        use strum::IntoEnumIterator;
        Self::iter().find(|c| c.code() == code)
    }

    /// The Dutch description of the codelist.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::ProductCategory::JeugdGgz.description(), "Jeugd-ggz");
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        use ProductCategory::*;
        match self {
            WijkteamZonderVerblijf => "(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam",
            AmbulantOpLocatie => {
                "(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder"
            }
            DaghulpOpLocatie => "(2015) Zonder verblijf: daghulp op locatie van de aanbieder",
            JeugdhulpInNetwerk => {
                "(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige"
            }
            Pleegzorg => "(2015) Met verblijf: pleegzorg",
            VerblijfGezinsgericht => "(2015) Met verblijf: gezinsgericht",
            GeslotenPlaatsing => "(2015) Met verblijf: gesloten plaatsing",
            OverigResidentieel => "(2015) Met verblijf: overig residentieel",
            PersoonlijkeVerzorging => "Persoonlijke verzorging",
            Dagbehandeling => "Dagbehandeling",
            Vervoerdiensten => "Vervoerdiensten",
            VerblijfInclBehandeling => "Jeugdhulp verblijf (incl. behandeling)",
            VerblijfExclBehandeling => "Jeugdhulp verblijf (excl. behandeling)",
            JeugdhulpAmbulant => "Jeugdhulp ambulant",
            JeugdhulpCrisis => "Jeugdhulp crisis",
            Jeugdreclassering => "Jeugdreclassering",
            Jeugdbescherming => "Jeugdbescherming",
            PreventiefJustitieel => "Activiteiten in het preventief justitieel kader",
            Maatwerkarrangementen => "Maatwerkarrangementen jeugd",
            BasisGgz => "Generalistische basis-ggz",
            SpecialistischeGgz => "Specialistische ggz",
            Kindergeneeskunde => "Kindergeneeskunde",
            JeugdGgz => "Jeugd-ggz",
            LandelijkIngekocht => "Landelijk ingekochte zorg",
        }
    }
}

impl fmt::Display for ProductCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.code())
    }
}

impl FromStr for ProductCategory {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let unknown = || Error::UnknownName {
            kind: "product category (JZ020)",
            input: clip(s),
            expected: "a two-digit JZ020 code: 31-38, 40-55",
        };
        if s.len() != 2 {
            return Err(unknown());
        }
        s.parse::<u8>()
            .ok()
            .and_then(Self::from_code)
            .ok_or_else(unknown)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(ProductCategory);
