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
    #[strum(to_string = "JB", serialize = "jeugdbescherming")]
    Jeugdbescherming,
    /// JR — jeugdreclassering (youth probation): measures in criminal law.
    #[strum(to_string = "JR", serialize = "jeugdreclassering")]
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
/// 2026 and the Holland Rijnland segment Veiligheid. [`Measure::label`], [`Measure::dutch_name`],
/// [`Measure::english`], [`Measure::legal_basis`] and [`Measure::codes`] describe it.
///
/// **Spellings.** `Display` prints the **label**, the short name the sources print (`"OTS"`,
/// `"LET JB OTS"`, `"ACD JB"`); [`Measure::as_str`] and serde use the **machine spelling**, the
/// variant name in snake_case (`"ots"`, `"let_ots"`; see the table), as every enum of the
/// crate does. `FromStr` accepts, case-insensitively, the label, the machine spelling and the
/// variant name (`"LetOts"`, the spelling before labels), so `Display` and `FromStr` round-trip
/// and files written with the old spelling still load.
///
/// | Variant | Label (`Display`) | Machine spelling | Dutch name | English gloss | Legal basis | Codes |
/// |---|---|---|---|---|---|---|
/// | `Ots` | OTS | `ots` | Ondertoezichtstelling | family supervision order | BW 1:255, 1:258, 1:260 | 48B10; HR 48A04, 48A05 |
/// | `Vots` | VOTS | `vots` | Voorlopige ondertoezichtstelling | provisional supervision order | BW 1:257 | — |
/// | `Voogdij` | Voogdij | `voogdij` | Voogdij | guardianship | BW 1:266, 1:295, 1:253r | 48B11; HR 48A06 |
/// | `VoVo` | VoVo | `vo_vo` | Voorlopige voogdij | provisional guardianship | BW 1:241 | 48B07 |
/// | `LetOts` | LET JB OTS | `let_ots` | LET JB OTS | national expertise team, supervision | BW 1:255 | 48B12 |
/// | `LetVoogdij` | LET JB Voogdij | `let_voogdij` | LET JB Voogdij | national expertise team, guardianship | BW 1:266 | 48B13 |
/// | `LetGto` | LET GTO | `let_gto` | LET Gedeeltelijke Traject Overname | national expertise team, partial takeover | — | 48B15 |
/// | `Let` | LET | `let` | Landelijk Expertise Team | national expertise team (OTS or Voogdij) | BW 1:255, 1:266 | HR 48A10 |
/// | `Jeugdreclassering` | Reguliere jeugdreclassering | `jeugdreclassering` | Toezicht en Begeleiding (opgelegd) | youth probation, imposed | Sr 77y, 77z | 47B10; HR 47A01 |
/// | `JeugdreclasseringVrijwillig` | T&B vrijwillig | `jeugdreclassering_vrijwillig` | Toezicht en Begeleiding (vrijwillig) | youth probation, voluntary | — | — |
/// | `JeugdreclasseringElektronischToezicht` | Jeugdreclassering met Elektronisch Toezicht | `jeugdreclassering_elektronisch_toezicht` | Jeugdreclassering met elektronisch toezicht | youth probation with electronic monitoring | Sr 77z | HR 4711 |
/// | `GbmAdvies` | GBM Advies | `gbm_advies` | Gedragsbeïnvloedende maatregel – advies | behaviour-change order, feasibility advice | Sr 77w | 47B11; HR 47A02 |
/// | `GbmBegeleiding` | GBM Begeleiding | `gbm_begeleiding` | Gedragsbeïnvloedende maatregel – begeleiding | behaviour-change order, supervision | Sr 77w, 77wd | 47B12; HR 47A03 |
/// | `ItbCriem` | ITB CRIEM | `itb_criem` | ITB CRIEM | intensive guidance, integration of ethnic minorities | Sr 77z | 47B13; HR 47A04 |
/// | `ItbHardeKern` | ITB Harde Kern | `itb_harde_kern` | ITB Harde Kern | intensive guidance, hard core | Sr 77z | 47B14; HR 47A05 |
/// | `Samenloop` | Samenloop | `samenloop` | Samenloop jeugdbescherming – jeugdreclassering | concurrent JB and JR (surcharge on an OTS) | — | 47B15; HR 47A06 |
/// | `Stp` | STP | `stp` | Scholings- en trainingsprogramma | education and training programme | RJJ art. 2–8 | 47B16 |
/// | `IntensiefGezinsgericht` | Intensief gezinsgerichte en systeemgerichte aanpak | `intensief_gezinsgericht` | Intensief gezinsgerichte en systeemgerichte aanpak | intensive family and system approach | — | 48B80, 48B84 |
/// | `Consultatie` | Consultatie | `consultatie` | Consultatie | consultation | — | 49B01; HR 45070 |
/// | `AcdJb` | ACD JB | `acd_jb` | Actieve consultatieve dienstverlening Jeugdbescherming | active consultative service, JB | — | 49B98 |
/// | `KansRijk` | ACD JR | `kans_rijk` | ACD Jeugdreclassering KansRIJK | active consultative service, JR (KansRIJK) | — | 49B99 |
/// | `Forza` | Forza | `forza` | Forza, aanpak schoolverzuim | school-absence approach | — | 49B03 |
/// | `Instemmingsverklaring` | Instemmingsverklaring | `instemmingsverklaring` | Instemmingsverklaring gesloten jeugdhulp | consent statement for secure youth care | Jeugdwet ch. 6 | 49B07 |
/// | `CoordinatieGeslotenJeugdzorg` | Coördinatie gesloten jeugdzorg | `coordinatie_gesloten_jeugdzorg` | Coördinatie gesloten jeugdzorg | coordination of secure youth care | Jeugdwet ch. 6 | HR 48C09 |
/// | `JeugdGgzDiagnostiek` | Jeugd GGZ diagnostiek | `jeugd_ggz_diagnostiek` | Jeugd GGZ diagnostiek | youth mental-health assessment (for a consent statement) | Jeugdwet ch. 6 | HR 54004 |
/// | `PreventieveJeugdbescherming` | Preventieve jeugdbescherming | `preventieve_jeugdbescherming` | Preventieve jeugdbescherming | preventive youth protection | — | HR 49B05 |
/// | `WachtlijstJr` | Wachtlijsttarief JB JR | `wachtlijst_jr` | Wachtlijsttarief JB JR | waiting list, JR | — | 48B97 |
/// | `WachtlijstVoogdij` | Wachtlijsttarief JB Voogdij | `wachtlijst_voogdij` | Wachtlijsttarief JB Voogdij | waiting list, guardianship | — | 48B98 |
/// | `WachtlijstOts` | Wachtlijsttarief JB OTS | `wachtlijst_ots` | Wachtlijsttarief JB OTS | waiting list, supervision | — | 48B99 |
///
/// The labels are the forms the sources print: Tabel 1 of the product book (`LET JB OTS`,
/// `GBM Advies`, `ITB Harde Kern`, `Wachtlijsttarief JB OTS`), its abbreviations (`ACD JB`,
/// `ACD JR`, `STP`, `VOTS`) and the Holland Rijnland kernbedingen (`LET`, `Coördinatie gesloten
/// jeugdzorg`). 48B80 and 48B84 are one measure, so they share a label: the product book gives
/// the service one name and issues 48B84 on the other children of the family (without
/// financial value); their [`Product::name`](crate::Product::name)s tell them apart.
///
/// # Example
///
/// ```
/// use jbjr::Measure;
///
/// let m: Measure = "vovo".parse()?;
/// assert_eq!(m, Measure::VoVo);
/// assert_eq!(m.to_string(), "VoVo");
/// assert_eq!(Measure::LetOts.to_string(), "LET JB OTS");
/// assert_eq!(Measure::LetOts.as_str(), "let_ots");
/// for spelling in ["LET JB OTS", "let_ots", "LetOts", "LET OTS"] {
///     assert_eq!(spelling.parse::<Measure>()?, Measure::LetOts);
/// }
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
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
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

/// Extra spellings `FromStr` accepts beside the label, the machine spelling and the variant
/// name: shorter forms the sources use as well.
const ALIASES: &[(&str, Measure)] = &[
    ("LET OTS", Measure::LetOts),
    ("LET Voogdij", Measure::LetVoogdij),
    ("T&B", Measure::Jeugdreclassering),
    ("ITB-plus", Measure::ItbHardeKern),
];

impl std::str::FromStr for Measure {
    type Err = crate::Error;

    /// Parses the label (`"LET JB OTS"`, ignoring case), the machine spelling (`"let_ots"`) or
    /// the variant name (`"LetOts"`, `"KansRIJK"`), both ignoring ASCII case, and the aliases
    /// `"LET OTS"`, `"LET Voogdij"`, `"T&B"` and `"ITB-plus"`.
    fn from_str(input: &str) -> Result<Measure, crate::Error> {
        use strum::IntoEnumIterator;
        Measure::iter()
            .find(|m| {
                eq_ignoring_case(input, m.label())
                    || input.eq_ignore_ascii_case(m.as_str())
                    || eq_ignoring_underscores(input, m.as_str())
            })
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(alias, _)| input.eq_ignore_ascii_case(alias))
                    .map(|&(_, m)| m)
            })
            .ok_or_else(|| measure_parse_error(input))
    }
}

/// Whether `a` and `b` are equal ignoring case (Unicode: "COÖRDINATIE" is "Coördinatie"),
/// without allocating.
fn eq_ignoring_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Whether `input` is `snake` without its underscores, ignoring ASCII case: the variant name
/// (`LetOts` for `let_ots`), the spelling `FromStr` and the file format used before labels.
fn eq_ignoring_underscores(input: &str, snake: &str) -> bool {
    let mut rest = snake.bytes().filter(|&b| b != b'_');
    input
        .bytes()
        .all(|b| rest.next().is_some_and(|s| s.eq_ignore_ascii_case(&b)))
        && rest.next().is_none()
}

impl std::fmt::Display for Measure {
    /// The label, e.g. `"LET JB OTS"`; width and alignment (`{:<24}`) apply.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.label())
    }
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
        // The labels; each machine spelling (`let_ots`) is accepted too.
        expected: "OTS, VOTS, Voogdij, VoVo, LET JB OTS, LET JB Voogdij, LET GTO, LET, \
                   Reguliere jeugdreclassering, T&B vrijwillig, \
                   Jeugdreclassering met Elektronisch Toezicht, GBM Advies, GBM Begeleiding, \
                   ITB CRIEM, ITB Harde Kern, Samenloop, STP, \
                   Intensief gezinsgerichte en systeemgerichte aanpak, Consultatie, ACD JB, \
                   ACD JR, Forza, Instemmingsverklaring, Coördinatie gesloten jeugdzorg, \
                   Jeugd GGZ diagnostiek, Preventieve jeugdbescherming, Wachtlijsttarief JB JR, \
                   Wachtlijsttarief JB Voogdij, Wachtlijsttarief JB OTS",
    }
}

impl Measure {
    /// The short name the sources print, e.g. `"OTS"`, `"LET JB OTS"`, `"ACD JB"`: what
    /// `Display` shows (see the table on [`Measure`]).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Measure;
    /// assert_eq!(Measure::AcdJb.label(), "ACD JB");
    /// assert_eq!(Measure::Ots.to_string(), Measure::Ots.label());
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        self.info().4
    }

    /// The machine spelling: the variant name in snake_case (`"let_ots"`), as serde writes it
    /// and as every enum of the crate spells its values.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Measure;
    /// assert_eq!(Measure::GbmBegeleiding.as_str(), "gbm_begeleiding");
    /// assert_eq!("gbm_begeleiding".parse::<Measure>()?, Measure::GbmBegeleiding);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

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
    /// opgelegde maatregelen" of the Holland Rijnland goals (source `000_e047e89f7a0dbd72.txt`:
    /// "een daling van het totaal aantal door de rechter opgelegde maatregelen van 20%").
    ///
    /// - **LET JB OTS, LET JB Voogdij and LET** count: they are an OTS (BW 1:255) and a
    ///   voogdij (BW 1:266) that the court imposed, carried out by the Landelijk Expertise
    ///   Team instead of the appointed GI ("De door de rechter benoemde GI blijft
    ///   eindverantwoordelijk", Productenboek 2026, 48B12/48B13; Holland Rijnland kernbeding
    ///   12: the LET "wordt ingezet om uitvoering te geven aan kindbeschermingsmaatregelen
    ///   (ondertoezichtstelling en voogdij)"). LET GTO does not: it is a service beside the
    ///   GI's own work, not the measure.
    /// - **STP does not count.** Its legal basis is the Reglement justitiële jeugdinrichtingen
    ///   (art. 2–6): a programme *within the execution* of a custodial sentence or PIJ order
    ///   ("Een persoon ten aanzien van wie de tenuitvoerlegging van een vrijheidsstraf in de
    ///   inrichting plaatsvindt, neemt deel aan een scholings- en trainingsprogramma, indien
    ///   …", art. 4 lid 1; for a PIJ order one "kan in aanmerking komen", art. 5). The court
    ///   imposes the sentence; participation in an STP follows from the regulation and the
    ///   institution ("de JJI blijft wel verantwoordelijk … dan kan de directeur de
    ///   voorwaarden wijzigen", Productenboek 2026, 47B16), so it is not a measure the court
    ///   imposes, and counting it would count the sentence a second time.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Measure;
    /// assert!(Measure::Vots.is_court_imposed());
    /// assert!(Measure::LetOts.is_court_imposed() && Measure::LetVoogdij.is_court_imposed());
    /// assert!(!Measure::Stp.is_court_imposed()); // RJJ art. 4: part of a sentence's execution
    /// assert!(!Measure::Forza.is_court_imposed());
    /// ```
    #[must_use]
    pub const fn is_court_imposed(self) -> bool {
        use Measure::*;
        matches!(
            self,
            Ots | Vots
                | Voogdij
                | VoVo
                | LetOts
                | LetVoogdij
                | Let
                | Jeugdreclassering
                | JeugdreclasseringElektronischToezicht
                | GbmBegeleiding
                | ItbCriem
                | ItbHardeKern
        )
    }

    const fn info(
        self,
    ) -> (
        &'static str,
        &'static str,
        Option<&'static str>,
        &'static [crate::ProductCode],
        &'static str,
    ) {
        use crate::code::code;
        use Measure::*;
        match self {
            Ots => (
                "Ondertoezichtstelling",
                "family supervision order",
                Some("BW 1:255, 1:258, 1:260"),
                &[code!("48B10"), code!("48A04"), code!("48A05")],
                "OTS",
            ),
            Vots => (
                "Voorlopige ondertoezichtstelling",
                "provisional family supervision order",
                Some("BW 1:257"),
                &[],
                "VOTS",
            ),
            Voogdij => (
                "Voogdij",
                "guardianship",
                Some("BW 1:266, 1:295, 1:253r"),
                &[code!("48B11"), code!("48A06")],
                "Voogdij",
            ),
            VoVo => (
                "Voorlopige voogdij",
                "provisional guardianship",
                Some("BW 1:241"),
                &[code!("48B07")],
                "VoVo",
            ),
            LetOts => (
                "Landelijk expertiseteam jeugdbescherming (LET) OTS",
                "family supervision by the national expertise team",
                Some("BW 1:255"),
                &[code!("48B12")],
                "LET JB OTS",
            ),
            LetVoogdij => (
                "Landelijk expertiseteam jeugdbescherming (LET-jb) Voogdij",
                "guardianship by the national expertise team",
                Some("BW 1:266"),
                &[code!("48B13")],
                "LET JB Voogdij",
            ),
            LetGto => (
                "LET Gedeeltelijke Traject Overname (GTO)",
                "partial takeover by the national expertise team",
                None,
                &[code!("48B15")],
                "LET GTO",
            ),
            Let => (
                "Landelijk Expertise Team",
                "national expertise team (supervision or guardianship)",
                Some("BW 1:255, 1:266"),
                &[code!("48A10")],
                "LET",
            ),
            Jeugdreclassering => (
                "Jeugdreclassering regulier – Toezicht en Begeleiding",
                "youth probation, supervision and guidance (imposed)",
                Some("Sr 77y, 77z"),
                &[code!("47B10"), code!("47A01")],
                "Reguliere jeugdreclassering",
            ),
            JeugdreclasseringVrijwillig => (
                "Toezicht en Begeleiding (vrijwillig)",
                "youth probation, supervision and guidance (voluntary)",
                None,
                &[],
                "T&B vrijwillig",
            ),
            JeugdreclasseringElektronischToezicht => (
                "Jeugdreclassering met Elektronisch Toezicht",
                "youth probation with electronic monitoring",
                Some("Sr 77z"),
                &[code!("4711")],
                "Jeugdreclassering met Elektronisch Toezicht",
            ),
            GbmAdvies => (
                "Gedragsbeïnvloedende maatregel – advies",
                "behaviour-change order, feasibility advice",
                Some("Sr 77w"),
                &[code!("47B11"), code!("47A02")],
                "GBM Advies",
            ),
            GbmBegeleiding => (
                "Gedragsbeïnvloedende maatregel – begeleiding",
                "behaviour-change order, supervision",
                Some("Sr 77w, 77wd"),
                &[code!("47B12"), code!("47A03")],
                "GBM Begeleiding",
            ),
            ItbCriem => (
                "Individuele trajectbegeleiding CRIEM (ITB CRIEM)",
                "intensive guidance, criminality and integration of ethnic minorities",
                Some("Sr 77z"),
                &[code!("47B13"), code!("47A04")],
                "ITB CRIEM",
            ),
            ItbHardeKern => (
                "Intensieve trajectbegeleiding Harde Kern (ITB Harde Kern)",
                "intensive guidance for hard-core offenders",
                Some("Sr 77z"),
                &[code!("47B14"), code!("47A05")],
                "ITB Harde Kern",
            ),
            Samenloop => (
                "Samenloop jeugdbescherming – jeugdreclassering",
                "concurrent youth protection and youth probation",
                None,
                &[code!("47B15"), code!("47A06")],
                "Samenloop",
            ),
            Stp => (
                "Scholings- en trainingsprogramma (STP)",
                "education and training programme",
                Some("RJJ art. 2-8"),
                &[code!("47B16")],
                "STP",
            ),
            IntensiefGezinsgericht => (
                "Intensief gezinsgerichte en systeemgerichte aanpak",
                "intensive family- and system-oriented approach",
                None,
                &[code!("48B80"), code!("48B84")],
                "Intensief gezinsgerichte en systeemgerichte aanpak",
            ),
            Consultatie => (
                "Consultatie",
                "consultation",
                None,
                &[code!("49B01"), code!("45070")],
                "Consultatie",
            ),
            AcdJb => (
                "Actieve consultatieve dienstverlening Jeugdbescherming (ACD JB)",
                "active consultative service, youth protection",
                None,
                &[code!("49B98")],
                "ACD JB",
            ),
            KansRijk => (
                "Actieve consultatieve dienstverlening Jeugdreclassering KansRIJK (ACD JR)",
                "active consultative service, youth probation (KansRIJK)",
                None,
                &[code!("49B99")],
                "ACD JR",
            ),
            Forza => (
                "Forza, aanpak schoolverzuim",
                "approach to school absence",
                None,
                &[code!("49B03")],
                "Forza",
            ),
            Instemmingsverklaring => (
                "Instemmingsverklaring gesloten jeugdhulp",
                "consent statement for secure youth care",
                Some("Jeugdwet hoofdstuk 6"),
                &[code!("49B07")],
                "Instemmingsverklaring",
            ),
            CoordinatieGeslotenJeugdzorg => (
                "Coördinatie gesloten jeugdzorg",
                "coordination of secure youth care",
                Some("Jeugdwet hoofdstuk 6"),
                &[code!("48C09")],
                "Coördinatie gesloten jeugdzorg",
            ),
            JeugdGgzDiagnostiek => (
                "Jeugd GGZ diagnostiek",
                "youth mental-health assessment for a consent statement",
                Some("Jeugdwet hoofdstuk 6"),
                &[code!("54004")],
                "Jeugd GGZ diagnostiek",
            ),
            PreventieveJeugdbescherming => (
                "Preventieve jeugdbescherming",
                "preventive youth protection",
                None,
                &[code!("49B05")],
                "Preventieve jeugdbescherming",
            ),
            WachtlijstJr => (
                "Wachtlijsttarief JB JR",
                "waiting-list service, youth probation",
                None,
                &[code!("48B97")],
                "Wachtlijsttarief JB JR",
            ),
            WachtlijstVoogdij => (
                "Wachtlijsttarief JB Voogdij",
                "waiting-list service, guardianship",
                None,
                &[code!("48B98")],
                "Wachtlijsttarief JB Voogdij",
            ),
            WachtlijstOts => (
                "Wachtlijsttarief JB OTS",
                "waiting-list service, family supervision",
                None,
                &[code!("48B99")],
                "Wachtlijsttarief JB OTS",
            ),
        }
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Measure, as_str);

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
    fn every_spelling_parses_label_machine_and_variant_name() {
        for m in Measure::iter() {
            // The variant name is the spelling of Display and FromStr before labels.
            let variant = format!("{m:?}");
            for spelling in [m.label(), m.as_str(), &variant, &variant.to_lowercase()] {
                assert_eq!(spelling.parse::<Measure>().unwrap(), m, "{spelling:?}");
            }
            assert!(
                m.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{m:?}: {}",
                m.as_str()
            );
            // The label is not the Rust variant name (unless the source prints it so).
            assert!(!m.label().contains('_'), "{m:?}");
        }
    }

    #[test]
    fn no_spelling_names_two_measures() {
        let mut seen = std::collections::HashMap::new();
        for m in Measure::iter() {
            let variant = format!("{m:?}").to_lowercase();
            let mut own = vec![m.label().to_lowercase(), m.as_str().to_string(), variant];
            own.dedup();
            for spelling in own {
                if let Some(other) = seen.insert(spelling.clone(), m) {
                    assert_eq!(other, m, "{spelling:?} names {other:?} and {m:?}");
                }
            }
        }
        for (alias, m) in ALIASES {
            assert_eq!(alias.parse::<Measure>().unwrap(), *m);
            assert!(!seen.contains_key(&alias.to_lowercase()), "{alias}");
        }
    }

    #[test]
    fn labels_are_as_the_sources_print_them() {
        // Productenboek JB/JR 2026 Gelderland, Tabel 1 and its product sections; Holland
        // Rijnland segment Veiligheid, kernbedingen 12 and 13.
        let labels: Vec<&str> = [
            Measure::Ots,
            Measure::LetOts,
            Measure::LetVoogdij,
            Measure::AcdJb,
            Measure::KansRijk,
            Measure::Voogdij,
            Measure::GbmAdvies,
            Measure::Let,
        ]
        .iter()
        .map(|m| m.label())
        .collect();
        assert_eq!(
            labels,
            [
                "OTS",
                "LET JB OTS",
                "LET JB Voogdij",
                "ACD JB",
                "ACD JR",
                "Voogdij",
                "GBM Advies",
                "LET"
            ]
        );
        assert_eq!(format!("{:<6}|", Measure::Stp), "STP   |");
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
