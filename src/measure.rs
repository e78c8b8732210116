//! [`Measure`]: every measure or service (maatregel, dienst) named in the two sources, and its
//! [`Domain`].

/// The domain of a measure: youth protection, youth probation or preventive work.
///
/// # Example
///
/// ```
/// use jbjr::{Domain, Measure};
/// assert_eq!(Measure::Ots.domain(), Domain::Jeugdbescherming);
/// assert_eq!(Measure::Forza.domain(), Domain::Preventief);
/// assert_eq!("jr".parse::<Domain>()?, Domain::Jeugdreclassering);
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
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(ascii_case_insensitive, parse_err_fn = domain_parse_error, parse_err_ty = crate::Error)]
#[non_exhaustive]
pub enum Domain {
    /// JB — jeugdbescherming (youth protection): civil child-protection measures.
    #[strum(to_string = "JB")]
    Jeugdbescherming,
    /// JR — jeugdreclassering (youth probation): measures in criminal law.
    #[strum(to_string = "JR")]
    Jeugdreclassering,
    /// Preventive work without a court order (preventieve jeugdbescherming / jeugdreclassering).
    #[strum(to_string = "preventief", serialize = "preventive")]
    Preventief,
}

impl Domain {
    /// Every domain, in declaration order: the domains this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Domain;
    /// assert_eq!(Domain::all().first(), Some(&Domain::Jeugdbescherming));
    /// assert!(Domain::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Domain] {
        <Domain as strum::VariantArray>::VARIANTS
    }
}

fn domain_parse_error(input: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: "domain",
        input: crate::error::clip(input),
        expected: "JB, JR, preventief",
    }
}

/// A measure (maatregel) or service (dienst) of youth protection or youth probation.
///
/// One variant for every measure or service named in either source: the Gelderland product book
/// 2026 and the Holland Rijnland segment Veiligheid. `Display`/`FromStr` use the variant name
/// (`"Ots"`, `"VoVo"`, `"ItbCriem"`, case-insensitive); [`Measure::dutch_name`],
/// [`Measure::english`], [`Measure::legal_basis`] and [`Measure::codes`] describe it.
///
/// | Variant | Dutch name | English gloss | Legal basis | Codes |
/// |---|---|---|---|---|
/// | `Ots` | Ondertoezichtstelling | family supervision order | BW 1:255, 1:258, 1:260 | 48B10; HR 48A04, 48A05 |
/// | `Vots` | Voorlopige ondertoezichtstelling | provisional supervision order | BW 1:257 | — |
/// | `Voogdij` | Voogdij | guardianship | BW 1:266, 1:295, 1:253r | 48B11; HR 48A06 |
/// | `VoVo` | Voorlopige voogdij | provisional guardianship | BW 1:241 | 48B07 |
/// | `LetOts` | LET JB OTS | national expertise team, supervision | BW 1:255 | 48B12 |
/// | `LetVoogdij` | LET JB Voogdij | national expertise team, guardianship | BW 1:266 | 48B13 |
/// | `LetGto` | LET Gedeeltelijke Traject Overname | national expertise team, partial takeover | — | 48B15 |
/// | `Let` | Landelijk Expertise Team | national expertise team (OTS or Voogdij) | BW 1:255, 1:266 | HR 48A10 |
/// | `Jeugdreclassering` | Toezicht en Begeleiding (opgelegd) | youth probation, imposed | Sr 77y, 77z | 47B10; HR 47A01 |
/// | `JeugdreclasseringVrijwillig` | Toezicht en Begeleiding (vrijwillig) | youth probation, voluntary | — | — |
/// | `JeugdreclasseringElektronischToezicht` | Jeugdreclassering met elektronisch toezicht | youth probation with electronic monitoring | Sr 77z | HR 4711 |
/// | `GbmAdvies` | Gedragsbeïnvloedende maatregel – advies | behaviour-change order, feasibility advice | Sr 77w | 47B11; HR 47A02 |
/// | `GbmBegeleiding` | Gedragsbeïnvloedende maatregel – begeleiding | behaviour-change order, supervision | Sr 77w, 77wd | 47B12; HR 47A03 |
/// | `ItbCriem` | ITB CRIEM | intensive guidance, integration of ethnic minorities | Sr 77z | 47B13; HR 47A04 |
/// | `ItbHardeKern` | ITB Harde Kern | intensive guidance, hard core | Sr 77z | 47B14; HR 47A05 |
/// | `Samenloop` | Samenloop jeugdbescherming – jeugdreclassering | concurrent JB and JR (surcharge on an OTS) | — | 47B15; HR 47A06 |
/// | `Stp` | Scholings- en trainingsprogramma | education and training programme | RJJ art. 2–8 | 47B16 |
/// | `IntensiefGezinsgericht` | Intensief gezinsgerichte en systeemgerichte aanpak | intensive family and system approach | — | 48B80, 48B84 |
/// | `Consultatie` | Consultatie | consultation | — | 49B01; HR 45070 |
/// | `AcdJb` | Actieve consultatieve dienstverlening Jeugdbescherming | active consultative service, JB | — | 49B98 |
/// | `KansRijk` | ACD Jeugdreclassering KansRIJK | active consultative service, JR (KansRIJK) | — | 49B99 |
/// | `Forza` | Forza, aanpak schoolverzuim | school-absence approach | — | 49B03 |
/// | `Instemmingsverklaring` | Instemmingsverklaring gesloten jeugdhulp | consent statement for secure youth care | Jeugdwet ch. 6 | 49B07 |
/// | `CoordinatieGeslotenJeugdzorg` | Coördinatie gesloten jeugdzorg | coordination of secure youth care | Jeugdwet ch. 6 | HR 48C09 |
/// | `JeugdGgzDiagnostiek` | Jeugd GGZ diagnostiek | youth mental-health assessment (for a consent statement) | Jeugdwet ch. 6 | HR 54004 |
/// | `PreventieveJeugdbescherming` | Preventieve jeugdbescherming | preventive youth protection | — | HR 49B05 |
/// | `WachtlijstJr` | Wachtlijsttarief JB JR | waiting list, JR | — | 48B97 |
/// | `WachtlijstVoogdij` | Wachtlijsttarief JB Voogdij | waiting list, guardianship | — | 48B98 |
/// | `WachtlijstOts` | Wachtlijsttarief JB OTS | waiting list, supervision | — | 48B99 |
///
/// # Example
///
/// ```
/// use jbjr::Measure;
///
/// let m: Measure = "vovo".parse()?;
/// assert_eq!(m, Measure::VoVo);
/// assert_eq!(m.to_string(), "VoVo");
/// assert_eq!(m.dutch_name(), "Voorlopige voogdij");
/// assert_eq!(m.legal_basis(), Some("BW 1:241"));
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
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(ascii_case_insensitive, parse_err_fn = measure_parse_error, parse_err_ty = crate::Error)]
#[non_exhaustive]
pub enum Measure {
    /// Ondertoezichtstelling (OTS): family supervision order (BW 1:255).
    Ots,
    /// Voorlopige ondertoezichtstelling (VOTS): provisional supervision order, at most 3 months (BW 1:257).
    Vots,
    /// Voogdij: guardianship by a GI (BW 1:266, 1:295).
    Voogdij,
    /// Voorlopige voogdij (VoVo): provisional guardianship (BW 1:241).
    VoVo,
    /// LET JB OTS: an OTS carried out by the national expertise team.
    LetOts,
    /// LET JB Voogdij: guardianship carried out by the national expertise team.
    LetVoogdij,
    /// LET Gedeeltelijke Traject Overname (GTO): the expertise team takes over contact with one parent.
    LetGto,
    /// Landelijk Expertise Team (Holland Rijnland 48A10): LET for an OTS or guardianship.
    Let,
    /// Jeugdreclassering, Toezicht en Begeleiding (imposed): youth probation.
    Jeugdreclassering,
    /// Toezicht en Begeleiding (voluntary), offered by the Raad until the hearing.
    JeugdreclasseringVrijwillig,
    /// Jeugdreclassering met elektronisch toezicht (Holland Rijnland 4711).
    JeugdreclasseringElektronischToezicht,
    /// Gedragsbeïnvloedende maatregel (GBM) – advies: feasibility study, billed once.
    GbmAdvies,
    /// Gedragsbeïnvloedende maatregel (GBM) – begeleiding (Sr 77w).
    GbmBegeleiding,
    /// ITB CRIEM: intensive guidance related to integration of ethnic minorities.
    ItbCriem,
    /// ITB Harde Kern (ITB-plus): intensive guidance for serious repeat offenders.
    ItbHardeKern,
    /// Samenloop JB–JR: an OTS and youth probation carried out by one worker (a surcharge on the OTS).
    Samenloop,
    /// Scholings- en trainingsprogramma (STP): education and training programme on leave from a JJI.
    Stp,
    /// Intensief gezinsgerichte en systeemgerichte aanpak (48B80 youngest child, 48B84 siblings).
    IntensiefGezinsgericht,
    /// Consultatie: consultation of the GI by the local team.
    Consultatie,
    /// Actieve consultatieve dienstverlening Jeugdbescherming (ACD JB).
    AcdJb,
    /// ACD Jeugdreclassering KansRIJK: preventive youth probation.
    KansRijk,
    /// Forza: approach to school absence.
    Forza,
    /// Instemmingsverklaring gesloten jeugdhulp: consent statement for secure youth care.
    Instemmingsverklaring,
    /// Coördinatie gesloten jeugdzorg (Holland Rijnland 48C09).
    CoordinatieGeslotenJeugdzorg,
    /// Jeugd GGZ diagnostiek (Holland Rijnland 54004): assessment for a consent statement.
    JeugdGgzDiagnostiek,
    /// Preventieve jeugdbescherming (Holland Rijnland 49B05).
    PreventieveJeugdbescherming,
    /// Wachtlijsttarief JB JR: waiting-list service for youth probation (JbGld only).
    WachtlijstJr,
    /// Wachtlijsttarief JB Voogdij: waiting-list service for guardianship (JbGld only).
    WachtlijstVoogdij,
    /// Wachtlijsttarief JB OTS: waiting-list service for supervision orders (JbGld only).
    WachtlijstOts,
}

impl Measure {
    /// Every measure, in declaration order: the measures and services this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Measure;
    /// assert_eq!(Measure::all().first(), Some(&Measure::Ots));
    /// assert!(Measure::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Measure] {
        <Measure as strum::VariantArray>::VARIANTS
    }
}

fn measure_parse_error(input: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: "measure",
        input: crate::error::clip(input),
        expected: "a Measure variant name such as Ots, Vots, Voogdij, VoVo, Forza",
    }
}

impl Measure {
    /// The official Dutch name as printed in the sources.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Measure::Ots.dutch_name(), "Ondertoezichtstelling");
    /// ```
    #[must_use]
    pub const fn dutch_name(self) -> &'static str {
        self.info().0
    }

    /// A short English gloss.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Measure::Voogdij.english(), "guardianship");
    /// ```
    #[must_use]
    pub const fn english(self) -> &'static str {
        self.info().1
    }

    /// The legal basis where the sources give one, e.g. `"BW 1:257"`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Measure::Vots.legal_basis(), Some("BW 1:257"));
    /// assert_eq!(jbjr::Measure::Forza.legal_basis(), None);
    /// ```
    #[must_use]
    pub const fn legal_basis(self) -> Option<&'static str> {
        self.info().2
    }

    /// The product codes of the measure in both sources (Gelderland first, then Holland
    /// Rijnland). Empty when no source gives a code (VOTS, voluntary T&B).
    ///
    /// # Example
    ///
    /// ```
    /// let codes: Vec<&str> = jbjr::Measure::Ots.codes().iter().map(|c| c.as_str()).collect();
    /// assert_eq!(codes, ["48B10", "48A04", "48A05"]);
    /// ```
    #[must_use]
    pub const fn codes(self) -> &'static [crate::ProductCode] {
        self.info().3
    }

    /// Youth protection, youth probation or preventive.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Measure::Stp.domain(), jbjr::Domain::Jeugdreclassering);
    /// ```
    #[must_use]
    pub const fn domain(self) -> Domain {
        use Measure::*;
        match self {
            Ots
            | Vots
            | Voogdij
            | VoVo
            | LetOts
            | LetVoogdij
            | LetGto
            | Let
            | IntensiefGezinsgericht
            | Instemmingsverklaring
            | CoordinatieGeslotenJeugdzorg
            | JeugdGgzDiagnostiek
            | WachtlijstVoogdij
            | WachtlijstOts => Domain::Jeugdbescherming,
            Jeugdreclassering
            | JeugdreclasseringVrijwillig
            | JeugdreclasseringElektronischToezicht
            | GbmAdvies
            | GbmBegeleiding
            | ItbCriem
            | ItbHardeKern
            | Samenloop
            | Stp
            | WachtlijstJr => Domain::Jeugdreclassering,
            Consultatie | AcdJb | KansRijk | Forza | PreventieveJeugdbescherming => {
                Domain::Preventief
            }
        }
    }

    /// Whether a court (or the public prosecutor) imposes the measure: the "door de rechter
    /// opgelegde maatregelen" of the Holland Rijnland goals.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jbjr::Measure::Vots.is_court_imposed());
    /// assert!(!jbjr::Measure::Forza.is_court_imposed());
    /// ```
    #[must_use]
    pub const fn is_court_imposed(self) -> bool {
        use Measure::*;
        matches!(
            self,
            Ots | Vots
                | Voogdij
                | VoVo
                | Jeugdreclassering
                | JeugdreclasseringElektronischToezicht
                | GbmBegeleiding
                | ItbCriem
                | ItbHardeKern
                | Stp
        )
    }

    const fn info(
        self,
    ) -> (
        &'static str,
        &'static str,
        Option<&'static str>,
        &'static [crate::ProductCode],
    ) {
        use crate::code::code;
        use Measure::*;
        match self {
            Ots => (
                "Ondertoezichtstelling",
                "family supervision order",
                Some("BW 1:255, 1:258, 1:260"),
                &[code!("48B10"), code!("48A04"), code!("48A05")],
            ),
            Vots => (
                "Voorlopige ondertoezichtstelling",
                "provisional family supervision order",
                Some("BW 1:257"),
                &[],
            ),
            Voogdij => (
                "Voogdij",
                "guardianship",
                Some("BW 1:266, 1:295, 1:253r"),
                &[code!("48B11"), code!("48A06")],
            ),
            VoVo => (
                "Voorlopige voogdij",
                "provisional guardianship",
                Some("BW 1:241"),
                &[code!("48B07")],
            ),
            LetOts => (
                "Landelijk expertiseteam jeugdbescherming (LET) OTS",
                "family supervision by the national expertise team",
                Some("BW 1:255"),
                &[code!("48B12")],
            ),
            LetVoogdij => (
                "Landelijk expertiseteam jeugdbescherming (LET-jb) Voogdij",
                "guardianship by the national expertise team",
                Some("BW 1:266"),
                &[code!("48B13")],
            ),
            LetGto => (
                "LET Gedeeltelijke Traject Overname (GTO)",
                "partial takeover by the national expertise team",
                None,
                &[code!("48B15")],
            ),
            Let => (
                "Landelijk Expertise Team",
                "national expertise team (supervision or guardianship)",
                Some("BW 1:255, 1:266"),
                &[code!("48A10")],
            ),
            Jeugdreclassering => (
                "Jeugdreclassering regulier – Toezicht en Begeleiding",
                "youth probation, supervision and guidance (imposed)",
                Some("Sr 77y, 77z"),
                &[code!("47B10"), code!("47A01")],
            ),
            JeugdreclasseringVrijwillig => (
                "Toezicht en Begeleiding (vrijwillig)",
                "youth probation, supervision and guidance (voluntary)",
                None,
                &[],
            ),
            JeugdreclasseringElektronischToezicht => (
                "Jeugdreclassering met Elektronisch Toezicht",
                "youth probation with electronic monitoring",
                Some("Sr 77z"),
                &[code!("4711")],
            ),
            GbmAdvies => (
                "Gedragsbeïnvloedende maatregel – advies",
                "behaviour-change order, feasibility advice",
                Some("Sr 77w"),
                &[code!("47B11"), code!("47A02")],
            ),
            GbmBegeleiding => (
                "Gedragsbeïnvloedende maatregel – begeleiding",
                "behaviour-change order, supervision",
                Some("Sr 77w, 77wd"),
                &[code!("47B12"), code!("47A03")],
            ),
            ItbCriem => (
                "Individuele trajectbegeleiding CRIEM (ITB CRIEM)",
                "intensive guidance, criminality and integration of ethnic minorities",
                Some("Sr 77z"),
                &[code!("47B13"), code!("47A04")],
            ),
            ItbHardeKern => (
                "Intensieve trajectbegeleiding Harde Kern (ITB Harde Kern)",
                "intensive guidance for hard-core offenders",
                Some("Sr 77z"),
                &[code!("47B14"), code!("47A05")],
            ),
            Samenloop => (
                "Samenloop jeugdbescherming – jeugdreclassering",
                "concurrent youth protection and youth probation",
                None,
                &[code!("47B15"), code!("47A06")],
            ),
            Stp => (
                "Scholings- en trainingsprogramma (STP)",
                "education and training programme",
                Some("RJJ art. 2-8"),
                &[code!("47B16")],
            ),
            IntensiefGezinsgericht => (
                "Intensief gezinsgerichte en systeemgerichte aanpak",
                "intensive family- and system-oriented approach",
                None,
                &[code!("48B80"), code!("48B84")],
            ),
            Consultatie => (
                "Consultatie",
                "consultation",
                None,
                &[code!("49B01"), code!("45070")],
            ),
            AcdJb => (
                "Actieve consultatieve dienstverlening Jeugdbescherming (ACD JB)",
                "active consultative service, youth protection",
                None,
                &[code!("49B98")],
            ),
            KansRijk => (
                "Actieve consultatieve dienstverlening Jeugdreclassering KansRIJK (ACD JR)",
                "active consultative service, youth probation (KansRIJK)",
                None,
                &[code!("49B99")],
            ),
            Forza => (
                "Forza, aanpak schoolverzuim",
                "approach to school absence",
                None,
                &[code!("49B03")],
            ),
            Instemmingsverklaring => (
                "Instemmingsverklaring gesloten jeugdhulp",
                "consent statement for secure youth care",
                Some("Jeugdwet hoofdstuk 6"),
                &[code!("49B07")],
            ),
            CoordinatieGeslotenJeugdzorg => (
                "Coördinatie gesloten jeugdzorg",
                "coordination of secure youth care",
                Some("Jeugdwet hoofdstuk 6"),
                &[code!("48C09")],
            ),
            JeugdGgzDiagnostiek => (
                "Jeugd GGZ diagnostiek",
                "youth mental-health assessment for a consent statement",
                Some("Jeugdwet hoofdstuk 6"),
                &[code!("54004")],
            ),
            PreventieveJeugdbescherming => (
                "Preventieve jeugdbescherming",
                "preventive youth protection",
                None,
                &[code!("49B05")],
            ),
            WachtlijstJr => (
                "Wachtlijsttarief JB JR",
                "waiting-list service, youth probation",
                None,
                &[code!("48B97")],
            ),
            WachtlijstVoogdij => (
                "Wachtlijsttarief JB Voogdij",
                "waiting-list service, guardianship",
                None,
                &[code!("48B98")],
            ),
            WachtlijstOts => (
                "Wachtlijsttarief JB OTS",
                "waiting-list service, family supervision",
                None,
                &[code!("48B99")],
            ),
        }
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Measure, into);

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_measure_round_trips_and_is_described() {
        for m in Measure::iter() {
            assert_eq!(m.to_string().parse::<Measure>().unwrap(), m);
            assert_eq!(m.to_string().to_uppercase().parse::<Measure>().unwrap(), m);
            assert!(!m.dutch_name().is_empty());
            assert!(!m.english().is_empty());
        }
    }

    #[test]
    fn every_code_belongs_to_one_measure() {
        let mut seen = std::collections::BTreeMap::new();
        for m in Measure::iter() {
            for c in m.codes() {
                assert!(seen.insert(*c, m).is_none(), "{c} listed twice");
            }
        }
        // 23 Gelderland codes + 15 Holland Rijnland codes.
        assert_eq!(seen.len(), 23 + 15);
    }
}
