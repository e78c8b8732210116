//! Basisschema value types (`LDT_…`): each validates what the iJw 3.2 XSD (and the rule it
//! names) says, and `Display`/`FromStr` round trip: what `Display` writes parses back to the
//! same value. Parsing never panics; a refused value is a [`MessageError`] of kind
//! [`MessageErrorKind::InvalidValue`] whose `path` is the type's name.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveTime};

use crate::message_error::{MessageError, MessageErrorKind};

/// A parse error of a crate type or of one of this module, as (reason, expected).
pub(crate) trait IntoReason {
    /// The reason and what was expected.
    fn into_reason(self) -> (MessageErrorKind, String, Option<String>);
}

impl IntoReason for MessageError {
    fn into_reason(self) -> (MessageErrorKind, String, Option<String>) {
        (self.kind, self.reason, self.expected)
    }
}

impl IntoReason for crate::Error {
    fn into_reason(self) -> (MessageErrorKind, String, Option<String>) {
        (MessageErrorKind::InvalidValue, self.to_string(), None)
    }
}

/// Whole number in `0..=max` (XSD `xs:integer` with a range: optional `+`, leading zeros
/// allowed, surrounding whitespace collapsed); decimals and signs are refused in words.
pub(crate) fn parse_int(
    s: &str,
    type_name: &str,
    max: u64,
    what: &str,
) -> Result<u64, MessageError> {
    // The common case: digits only, at most 19 (no overflow), within range.
    if (1..=19).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
        let value = s.bytes().fold(0u64, |v, b| v * 10 + u64::from(b - b'0'));
        if value <= max {
            return Ok(value);
        }
    }
    let expected = || format!("{what}: an integer 0 to {max} ({type_name})");
    let t = s.trim();
    let digits = t.strip_prefix('+').unwrap_or(t);
    if t.starts_with('-') {
        return Err(MessageError::value(
            type_name,
            format!(
                "{s:?} is negative (a sign is not part of the value; amounts carry it in DebetCredit)"
            ),
            expected(),
        ));
    }
    if digits.contains(['.', ',', 'e', 'E']) {
        return Err(MessageError::value(
            type_name,
            format!(
                "{s:?} has decimals or an exponent: not a whole number (amounts are whole eurocents)"
            ),
            expected(),
        ));
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(MessageError::value(
            type_name,
            format!("{s:?} is not a whole number"),
            expected(),
        ));
    }
    let significant = digits.trim_start_matches('0');
    if significant.len() > 19 {
        return Err(MessageError::value(
            type_name,
            format!("{s:?} is too large"),
            expected(),
        ));
    }
    let value = if significant.is_empty() {
        0
    } else {
        significant.parse::<u64>().map_err(|_| {
            MessageError::value(type_name, format!("{s:?} is too large"), expected())
        })?
    };
    if value > max {
        return Err(MessageError::value(
            type_name,
            format!("{s:?} is larger than {max}"),
            expected(),
        ));
    }
    Ok(value)
}

macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $name:ident, $ldt:literal, $list:literal, $example:literal => $example_variant:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        ///
        #[doc = concat!("The XSD type is `", $ldt, "` (codelijst ", $list, "); `Display` writes the code, `FromStr` takes it exactly (no surrounding spaces).")]
        ///
        /// # Example
        ///
        /// ```
        #[doc = concat!("use jbjr::ijw::", stringify!($name), ";")]
        #[doc = concat!("let v: ", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(v, ", stringify!($name), "::", stringify!($example_variant), ");")]
        #[doc = concat!("assert_eq!(v.to_string(), \"", $example, "\");")]
        #[doc = concat!("assert!(\"x\".parse::<", stringify!($name), ">().is_err());")]
        /// # Ok::<(), jbjr::ijw::MessageError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// The code as the message writes it.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("assert_eq!(jbjr::ijw::", stringify!($name), "::", stringify!($example_variant), ".code(), \"", $example, "\");")]
            /// ```
            #[must_use]
            pub const fn code(self) -> &'static str {
                match self { $( $name::$variant => $code ),+ }
            }

            /// Every value of the code list, in code order.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("let all = jbjr::ijw::", stringify!($name), "::all();")]
            /// assert!(all.iter().all(|v| v.code().parse().ok() == Some(*v)));
            /// ```
            #[must_use]
            pub const fn all() -> &'static [$name] {
                &[ $( $name::$variant ),+ ]
            }
        }

        impl FromStr for $name {
            type Err = MessageError;

            fn from_str(s: &str) -> Result<$name, MessageError> {
                match s {
                    $( $code => Ok($name::$variant), )+
                    _ => Err(MessageError::value(
                        stringify!($name),
                        format!("{s:?} is not in codelijst {}", $list),
                        concat!("one of", $( " ", $code, )+ " (", $ldt, ")"),
                    )),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        #[cfg(feature = "serde")]
        crate::serde_str::serde_via_str!($name);
    };
}

code_list! {
    /// The unit of a volume (WJ756 "Eenheid"). WJ756 has no month: monthly products are
    /// written as [`Eenheid::StuksOutput`] with volume 1 per month (see the module docs).
    Eenheid, "LDT_Eenheid", "WJ756", "04" => Uur {
        /// 01 minuut.
        Minuut = "01",
        /// 04 uur.
        Uur = "04",
        /// 14 etmaal.
        Etmaal = "14",
        /// 16 dagdeel (4 uur).
        Dagdeel = "16",
        /// 82 stuks (output).
        StuksOutput = "82",
        /// 83 euro's.
        Euro = "83",
        /// 84 stuks (inspanning).
        StuksInspanning = "84",
    }
}

code_list! {
    /// How often an allocated volume is given (WMO757 "Frequentie").
    Frequentie, "LDT_Frequentie", "WMO757", "4" => PerMaand {
        /// 1 per dag.
        PerDag = "1",
        /// 2 per week.
        PerWeek = "2",
        /// 4 per maand.
        PerMaand = "4",
        /// 6 totaal binnen geldigheidsduur toewijzing.
        Totaal = "6",
    }
}

code_list! {
    /// Debit or credit: the sign of an amount (a zero amount is a debit, CS325).
    DebetCredit, "LDT_DebetCredit", "WJ756 basisschema", "D" => Debet {
        /// D: debit.
        Debet = "D",
        /// C: credit.
        Credit = "C",
    }
}

code_list! {
    /// Sex of a person.
    Geslacht, "LDT_Geslacht", "COD046", "2" => Vrouw {
        /// 0 onbekend.
        Onbekend = "0",
        /// 1 man.
        Man = "1",
        /// 2 vrouw.
        Vrouw = "2",
    }
}

code_list! {
    /// Which part of a birth date is known.
    DatumGebruik, "LDT_DatumGebruik", "COD170", "1" => DagOnbekend {
        /// 1 day unknown: use month and year only.
        DagOnbekend = "1",
        /// 2 day and month unknown: use the year only.
        DagEnMaandOnbekend = "2",
        /// 3 date unknown.
        Onbekend = "3",
    }
}

code_list! {
    /// Which name a person uses.
    NaamGebruik, "LDT_NaamGebruik", "COD700", "1" => EigenNaam {
        /// 1 own name.
        EigenNaam = "1",
        /// 2 the partner's (or an alternative) name.
        NaamPartner = "2",
        /// 3 the partner's name followed by the own name.
        PartnerEnEigen = "3",
        /// 4 the own name followed by the partner's name.
        EigenEnPartner = "4",
        /// 5 pseudonym.
        Pseudoniem = "5",
        /// 6 not a natural person.
        NietNatuurlijkPersoon = "6",
    }
}

code_list! {
    /// Interpreter needed for communication.
    Communicatievorm, "LDT_Communicatievorm", "COD747", "1" => TolkTaal {
        /// 1 language interpreter.
        TolkTaal = "1",
        /// 2 sign language interpreter.
        Doventolk = "2",
        /// 3 interpreter for the deaf-blind.
        Doofblindentolk = "3",
    }
}

code_list! {
    /// Legal status of the client.
    JuridischeStatus, "LDT_JuridischeStatus", "WJ232", "04" => Ots {
        /// 01 rechterlijke machtiging (voorlopig / voortgezet).
        RechterlijkeMachtiging = "01",
        /// 02 RM op eigen verzoek.
        RmEigenVerzoek = "02",
        /// 03 RM met voorwaardelijk ontslag.
        RmVoorwaardelijkOntslag = "03",
        /// 04 ondertoezichtstelling (OTS).
        Ots = "04",
        /// 05 inbewaringstelling (IBS).
        Ibs = "05",
        /// 11 strafrechtelijke justitiële contacten: tbs.
        Tbs = "11",
        /// 12 strafrechtelijke justitiële contacten: overig.
        StrafrechtelijkOverig = "12",
    }
}

code_list! {
    /// Legal representation of the client.
    WettelijkeVertegenwoordiging, "LDT_WettelijkeVertegenwoordiging", "COD163", "06" => Voogdij {
        /// 06 voogdij.
        Voogdij = "06",
        /// 07 bewindvoering.
        Bewindvoering = "07",
        /// 08 mentorschap.
        Mentorschap = "08",
        /// 09 onder curatele stelling.
        Curatele = "09",
        /// 10 zaakwaarneming.
        Zaakwaarneming = "10",
    }
}

code_list! {
    /// Kind of address of a contact.
    AdresSoort, "LDT_AdresSoort", "COD757", "01" => Brp {
        /// 01 BRP address.
        Brp = "01",
        /// 02 correspondence address.
        Correspondentie = "02",
        /// 03 address of residence.
        Verblijf = "03",
        /// 04 temporary address of residence.
        TijdelijkVerblijf = "04",
    }
}

code_list! {
    /// Kind of relation of a person to the client.
    SoortRelatie, "LDT_SoortRelatie", "COD472", "10" => Ouder {
        /// 03 curator (juridisch).
        Curator = "03",
        /// 04 financieel (gemachtigd).
        FinancieelGemachtigd = "04",
        /// 05 financieel (toetsing).
        FinancieelToetsing = "05",
        /// 06 leefeenheid.
        Leefeenheid = "06",
        /// 07 hulpverlener.
        Hulpverlener = "07",
        /// 08 specialist.
        Specialist = "08",
        /// 09 anders.
        Anders = "09",
        /// 10 ouder.
        Ouder = "10",
        /// 11 voogd.
        Voogd = "11",
        /// 12 partner/echtgeno(o)t(e).
        Partner = "12",
        /// 13 pleegouder.
        Pleegouder = "13",
        /// 14 bewindvoerder.
        Bewindvoerder = "14",
        /// 15 mentor.
        Mentor = "15",
        /// 16 zoon/dochter.
        Kind = "16",
        /// 17 familielid.
        Familielid = "17",
        /// 18 gezinslid.
        Gezinslid = "18",
        /// 19 buur.
        Buur = "19",
        /// 20 vriend(in)/kennis.
        Vriend = "20",
        /// 21 cliëntondersteuner.
        Clientondersteuner = "21",
        /// 22 huisarts.
        Huisarts = "22",
        /// 23 erven van.
        Erven = "23",
        /// 24 werkgever.
        Werkgever = "24",
        /// 25 wijkcoach.
        Wijkcoach = "25",
    }
}

code_list! {
    /// How a house number is to be read.
    AanduidingWoonadres, "LDT_AanduidingWoonadres", "COD754", "BY" => Bij {
        /// AB aan boord.
        AanBoord = "AB",
        /// BY bij.
        Bij = "BY",
        /// TO tegenover.
        Tegenover = "TO",
        /// WW woonwagen.
        Woonwagen = "WW",
    }
}

code_list! {
    /// Status of a start or stop delivery (JW305/JW307 allow 1 and 3 only, CS058).
    StatusAanlevering, "LDT_StatusAanlevering", "WJ002", "1" => Eerste {
        /// 1 first delivery.
        Eerste = "1",
        /// 2 changed delivery.
        Gewijzigd = "2",
        /// 3 delete the delivery.
        Verwijderen = "3",
        /// 9 not applicable (unchanged).
        NietVanToepassing = "9",
    }
}

code_list! {
    /// Why care ended (JW307).
    RedenBeeindiging, "LDT_RedenBeeindiging", "WJ588", "31" => VolgensPlan {
        /// 02 overlijden.
        Overlijden = "02",
        /// 20 tijdelijk beëindigd.
        Tijdelijk = "20",
        /// 31 volgens plan.
        VolgensPlan = "31",
        /// 32 voortijdig, door de cliënt.
        VoortijdigClient = "32",
        /// 33 voortijdig, door de aanbieder.
        VoortijdigAanbieder = "33",
        /// 34 voortijdig, in overleg.
        VoortijdigInOverleg = "34",
        /// 35 externe omstandigheden.
        ExterneOmstandigheden = "35",
        /// 36 door de gemeente.
        DoorGemeente = "36",
        /// 37 in verband met een wijzigingsverzoek.
        Wijzigingsverzoek = "37",
        /// 38 overstap naar een andere aanbieder.
        OverstapAanbieder = "38",
        /// 39 uitstroom naar een ander domein.
        UitstroomAnderDomein = "39",
    }
}

code_list! {
    /// Why an allocation changed (JW301). 13 means deleted (TR384: no line may be billed on it).
    RedenWijziging, "LDT_RedenWijziging", "WJ759", "04" => Verlenging {
        /// 01 administratieve correctie (vervallen, CS336).
        AdministratieveCorrectieOud = "01",
        /// 02 overleden.
        Overleden = "02",
        /// 03 contractwijziging.
        Contractwijziging = "03",
        /// 04 verlenging.
        Verlenging = "04",
        /// 05 verkorting.
        Verkorting = "05",
        /// 06 uitstroom ander domein.
        UitstroomAnderDomein = "06",
        /// 07 verhuizing.
        Verhuizing = "07",
        /// 08 wijziging leveringsvorm.
        WijzigingLeveringsvorm = "08",
        /// 09 overstap aanbieder.
        OverstapAanbieder = "09",
        /// 10 nieuwe bekostiging.
        NieuweBekostiging = "10",
        /// 11 gemeentelijke herindeling.
        Herindeling = "11",
        /// 12 door aanbieder.
        DoorAanbieder = "12",
        /// 13 verwijderd.
        Verwijderd = "13",
        /// 14 administratieve correctie.
        AdministratieveCorrectie = "14",
    }
}

/// A burgerservicenummer (`LDT_BurgerServicenummer`): exactly 9 digits that pass the 11-proef
/// (CS002): `9·d1 + 8·d2 + … + 2·d8 − d9` is a multiple of 11. `000000000` passes the
/// arithmetic but is refused (not a number anyone has).
///
/// # Example
///
/// ```
/// use jbjr::ijw::Bsn;
/// let bsn: Bsn = "999900006".parse()?; // a test BSN (made-up)
/// assert_eq!(bsn.to_string(), "999900006");
/// assert!("999900007".parse::<Bsn>().is_err()); // fails the 11-proef (CS002)
/// assert!("99990000".parse::<Bsn>().is_err());  // 8 digits
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bsn([u8; 9]);

impl Bsn {
    /// The nine digits.
    ///
    /// # Example
    ///
    /// ```
    /// let bsn: jbjr::ijw::Bsn = "999900018".parse()?;
    /// assert_eq!(bsn.as_str(), "999900018");
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl FromStr for Bsn {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Bsn, MessageError> {
        let expected = "9 digits passing the 11-proef (CS002), e.g. 999900006";
        let digits: [u8; 9] = match <[u8; 9]>::try_from(s.as_bytes()) {
            Ok(d) if d.iter().all(u8::is_ascii_digit) => d,
            _ => {
                return Err(MessageError::value(
                    "Bsn",
                    format!("{s:?} is not 9 digits (LDT_BurgerServicenummer)"),
                    expected,
                ));
            }
        };
        let weights: [i32; 9] = [9, 8, 7, 6, 5, 4, 3, 2, -1];
        let sum: i32 = digits
            .iter()
            .zip(weights)
            .map(|(d, w)| i32::from(d - b'0') * w)
            .sum();
        if sum.rem_euclid(11) != 0 {
            return Err(MessageError::value(
                "Bsn",
                format!(
                    "{s:?} fails the 11-proef (CS002): weighted sum {sum} is not a multiple of 11"
                ),
                expected,
            ));
        }
        if digits == [b'0'; 9] {
            return Err(MessageError::value(
                "Bsn",
                "000000000 is not a BSN",
                expected,
            ));
        }
        Ok(Bsn(digits))
    }
}

impl fmt::Display for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Bsn, as_str);

macro_rules! bounded_int {
    (
        $(#[$meta:meta])*
        $name:ident($inner:ty), $ldt:literal, $max:expr, $what:literal, $example:literal
    ) => {
        $(#[$meta])*
        ///
        #[doc = concat!("XSD `", $ldt, "`: an integer from 0 to the maximum [`", stringify!($name), "::MAX`]. Read with an optional `+` and leading zeros, written without; a negative value, decimals or an exponent are refused.")]
        ///
        /// # Example
        ///
        /// ```
        #[doc = concat!("use jbjr::ijw::", stringify!($name), ";")]
        #[doc = concat!("let v: ", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(v.to_string(), \"", $example, "\");")]
        #[doc = concat!("assert_eq!(", stringify!($name), "::new(v.get()), Some(v));")]
        #[doc = concat!("assert!(\"1.5\".parse::<", stringify!($name), ">().is_err());")]
        #[doc = concat!("assert!(\"-1\".parse::<", stringify!($name), ">().is_err());")]
        /// # Ok::<(), jbjr::ijw::MessageError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name($inner);

        impl $name {
            /// The largest value the XSD allows.
            pub const MAX: $inner = $max;

            /// The value, if it is within range (else `None`).
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use jbjr::ijw::", stringify!($name), ";")]
            #[doc = concat!("assert!(", stringify!($name), "::new(", stringify!($name), "::MAX).is_some());")]
            #[doc = concat!("assert!(", stringify!($name), "::new(", stringify!($name), "::MAX + 1).is_none());")]
            /// ```
            #[must_use]
            pub const fn new(value: $inner) -> Option<$name> {
                if value <= $max { Some($name(value)) } else { None }
            }

            /// The value.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("assert_eq!(jbjr::ijw::", stringify!($name), "::new(7).map(|v| v.get()), Some(7));")]
            /// ```
            #[must_use]
            pub const fn get(self) -> $inner {
                self.0
            }
        }

        impl FromStr for $name {
            type Err = MessageError;

            fn from_str(s: &str) -> Result<$name, MessageError> {
                let v = parse_int(s, $ldt, $max as u64, $what)?;
                <$inner>::try_from(v)
                    .ok()
                    .and_then($name::new)
                    .ok_or_else(|| MessageError::value($ldt, format!("{s:?} is out of range"), $what))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        #[cfg(feature = "serde")]
        crate::serde_str::serde_via_str!($name);
    };
}

bounded_int! {
    /// An amount in whole eurocents, never negative (the sign lives in [`DebetCredit`]); at most
    /// € 999,999.99.
    Bedrag(u32), "LDT_Bedrag", 99_999_999, "whole eurocents", "98500"
}

bounded_int! {
    /// A total amount in whole eurocents (12 digits), never negative.
    TotaalBedrag(u64), "LDT_TotaalBedrag", 999_999_999_999, "whole eurocents", "651950"
}

bounded_int! {
    /// An allocated budget in whole eurocents (JW301 `Budget`).
    Budget(u32), "LDT_Budget", 99_999_999, "whole eurocents", "250000"
}

bounded_int! {
    /// A volume in whole units of its [`Eenheid`].
    Volume(u32), "LDT_Volume", 99_999_999, "whole units", "10"
}

bounded_int! {
    /// An allocation number (`ToewijzingNummer`, `LDT_Nummer`). An XSD integer: `0100001` and
    /// `100001` are the same number (compare numerically; written without leading zeros).
    ToewijzingNummer(u32), "LDT_Nummer", 999_999_999, "an allocation number", "100001"
}

bounded_int! {
    /// A house number (`LDT_Huisnummer`).
    Huisnummer(u32), "LDT_Huisnummer", 99_999, "a house number", "12"
}

bounded_int! {
    /// The order of a relation (`LDT_RelatieVolgorde`).
    RelatieVolgorde(u8), "LDT_RelatieVolgorde", 99, "a position", "1"
}

impl Volume {
    /// One unit (a month of a monthly product, one piece).
    pub const ONE: Volume = Volume(1);
}

/// An amount with its sign (`CDT_BedragMetDC`): whole eurocents and debit or credit.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Bedrag, BedragMetDc, DebetCredit};
/// let a = BedragMetDc::from_signed_cents(-78800).expect("in range");
/// assert_eq!((a.bedrag.get(), a.debet_credit), (78800, DebetCredit::Credit));
/// assert_eq!(a.signed_cents(), -78800);
/// assert_eq!(BedragMetDc::from_signed_cents(0).map(|a| a.debet_credit), Some(DebetCredit::Debet)); // CS325
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct BedragMetDc {
    /// The amount, whole eurocents.
    pub bedrag: Bedrag,
    /// Debit or credit.
    pub debet_credit: DebetCredit,
}

impl BedragMetDc {
    /// The amount with its sign: negative for a credit.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ijw::{Bedrag, BedragMetDc, DebetCredit};
    /// let a = BedragMetDc { bedrag: Bedrag::new(5).unwrap(), debet_credit: DebetCredit::Credit };
    /// assert_eq!(a.signed_cents(), -5);
    /// ```
    #[must_use]
    pub fn signed_cents(&self) -> i64 {
        let v = i64::from(self.bedrag.get());
        match self.debet_credit {
            DebetCredit::Credit => -v,
            DebetCredit::Debet => v,
        }
    }

    /// The amount of a signed number of cents: debit for ≥ 0 (CS325: zero is `D`), credit
    /// below; `None` when its size exceeds [`Bedrag::MAX`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ijw::BedragMetDc;
    /// assert_eq!(BedragMetDc::from_signed_cents(98500).map(|a| a.signed_cents()), Some(98500));
    /// assert!(BedragMetDc::from_signed_cents(100_000_000).is_none());
    /// ```
    #[must_use]
    pub fn from_signed_cents(cents: i64) -> Option<BedragMetDc> {
        let bedrag = u32::try_from(cents.unsigned_abs())
            .ok()
            .and_then(Bedrag::new)?;
        let debet_credit = if cents < 0 {
            DebetCredit::Credit
        } else {
            DebetCredit::Debet
        };
        Some(BedragMetDc {
            bedrag,
            debet_credit,
        })
    }
}

/// A total with its sign (`CDT_TotaalBedragMetDC`; its amount element is `TotaalBedrag`).
///
/// # Example
///
/// ```
/// use jbjr::ijw::{DebetCredit, TotaalBedragMetDc};
/// let t = TotaalBedragMetDc::from_signed_cents(651950).expect("in range");
/// assert_eq!((t.totaal_bedrag.get(), t.debet_credit), (651950, DebetCredit::Debet));
/// assert_eq!(t.signed_cents(), 651950);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TotaalBedragMetDc {
    /// The total, whole eurocents.
    pub totaal_bedrag: TotaalBedrag,
    /// Debit or credit.
    pub debet_credit: DebetCredit,
}

impl TotaalBedragMetDc {
    /// The total with its sign: negative for a credit.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ijw::TotaalBedragMetDc;
    /// assert_eq!(TotaalBedragMetDc::from_signed_cents(-3).map(|t| t.signed_cents()), Some(-3));
    /// ```
    #[must_use]
    pub fn signed_cents(&self) -> i64 {
        // At most 999,999,999,999: fits an i64.
        let v = i64::try_from(self.totaal_bedrag.get()).unwrap_or(i64::MAX);
        match self.debet_credit {
            DebetCredit::Credit => -v,
            DebetCredit::Debet => v,
        }
    }

    /// The total of a signed number of cents (zero and above debit, CS325); `None` beyond
    /// [`TotaalBedrag::MAX`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ijw::{DebetCredit, TotaalBedragMetDc};
    /// assert_eq!(TotaalBedragMetDc::from_signed_cents(-1).map(|t| t.debet_credit), Some(DebetCredit::Credit));
    /// assert!(TotaalBedragMetDc::from_signed_cents(i64::MIN).is_none());
    /// ```
    #[must_use]
    pub fn from_signed_cents(cents: i64) -> Option<TotaalBedragMetDc> {
        let totaal_bedrag = TotaalBedrag::new(cents.unsigned_abs())?;
        let debet_credit = if cents < 0 {
            DebetCredit::Credit
        } else {
            DebetCredit::Debet
        };
        Some(TotaalBedragMetDc {
            totaal_bedrag,
            debet_credit,
        })
    }
}

/// A date (`LDT_Datum`): `YYYY-MM-DD`, without a time or a time zone (RS032).
///
/// # Example
///
/// ```
/// use jbjr::ijw::Datum;
/// let d: Datum = "2026-04-30".parse()?;
/// assert_eq!(d.0, chrono::NaiveDate::from_ymd_opt(2026, 4, 30).unwrap());
/// assert_eq!(d.to_string(), "2026-04-30");
/// assert!("2026-04-30Z".parse::<Datum>().is_err());       // time zone (RS032)
/// assert!("2026-04-30+02:00".parse::<Datum>().is_err());
/// assert!("2026-04-30T10:00:00".parse::<Datum>().is_err()); // a time
/// assert!("2026-02-30".parse::<Datum>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Datum(pub NaiveDate);

impl From<NaiveDate> for Datum {
    fn from(d: NaiveDate) -> Datum {
        Datum(d)
    }
}

impl From<Datum> for NaiveDate {
    fn from(d: Datum) -> NaiveDate {
        d.0
    }
}

impl FromStr for Datum {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Datum, MessageError> {
        // The common case: exactly `YYYY-MM-DD`, a day of the calendar.
        if let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = s.as_bytes() {
            let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
            if digits.iter().all(u8::is_ascii_digit) {
                let n = |bs: &[u8]| bs.iter().fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
                let year = n(&[y1, y2, y3, y4]);
                if let Some(date) = i32::try_from(year)
                    .ok()
                    .and_then(|y| NaiveDate::from_ymd_opt(y, n(&[m1, m2]), n(&[d1, d2])))
                {
                    return Ok(Datum(date));
                }
            }
        }
        // Everything else, with the reason it is refused.
        let t = s.trim();
        let expected = "a date YYYY-MM-DD without time or time zone (LDT_Datum, RS032)";
        if t.contains('T') {
            return Err(MessageError::value(
                "Datum",
                format!("{s:?} holds a time"),
                expected,
            ));
        }
        if t.len() > 10
            && (t.ends_with('Z') || t.get(10..).is_some_and(|z| z.starts_with(['+', '-'])))
        {
            return Err(MessageError::value(
                "Datum",
                format!("{s:?} has a time zone (RS032: dates carry none)"),
                expected,
            ));
        }
        let shaped = t.len() == 10
            && t.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !shaped {
            return Err(MessageError::value(
                "Datum",
                format!("{s:?} is not a date YYYY-MM-DD"),
                expected,
            ));
        }
        NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map(Datum)
            .map_err(|e| {
                MessageError::value("Datum", format!("{s:?} is not a date: {e}"), expected)
            })
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// A time of day (`LDT_Tijd`): `hh:mm:ss`, without a time zone.
///
/// # Example
///
/// ```
/// use jbjr::ijw::Tijd;
/// let t: Tijd = "14:05:00".parse()?;
/// assert_eq!(t.to_string(), "14:05:00");
/// assert!("14:05:00Z".parse::<Tijd>().is_err());
/// assert!("14:05:00+01:00".parse::<Tijd>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Tijd(pub NaiveTime);

impl FromStr for Tijd {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Tijd, MessageError> {
        let t = s.trim();
        let expected = "a time hh:mm:ss without time zone (LDT_Tijd)";
        if t.contains(['Z', '+']) || t.get(8..).is_some_and(|z| z.contains('-')) {
            return Err(MessageError::value(
                "Tijd",
                format!("{s:?} has a time zone"),
                expected,
            ));
        }
        let shaped = t.len() == 8
            && t.bytes().enumerate().all(|(i, b)| {
                if i == 2 || i == 5 {
                    b == b':'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !shaped {
            return Err(MessageError::value(
                "Tijd",
                format!("{s:?} is not hh:mm:ss"),
                expected,
            ));
        }
        NaiveTime::parse_from_str(t, "%H:%M:%S")
            .map(Tijd)
            .map_err(|e| MessageError::value("Tijd", format!("{s:?} is not a time: {e}"), expected))
    }
}

impl fmt::Display for Tijd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M:%S"))
    }
}

/// The codes of `LDT_RetourCode` (WJ001) in the iJw 3.2 basisschema.
const RETOUR_CODES: [&str; 59] = [
    "0001", "0200", "0233", "0611", "8001", "8017", "8021", "8187", "8214", "8848", "9019", "9056",
    "9063", "9069", "9071", "9074", "9307", "9308", "9319", "9321", "9322", "9326", "9332", "9333",
    "9338", "9339", "9340", "9341", "9346", "9347", "9349", "9350", "9351", "9355", "9357", "9359",
    "9360", "9361", "9365", "9366", "9367", "9369", "9373", "9374", "9375", "9379", "9384", "9385",
    "9387", "9388", "9389", "9390", "9411", "9412", "9413", "9414", "9415", "S300", "S329",
];

/// A return code (`LDT_RetourCode`, codelijst WJ001): four characters from the list of the
/// iJw 3.2 basisschema (59 codes; `S300`, `S329` are not all digits).
///
/// `0001` is not "approved": it rejects a message for technical reasons. The positive codes
/// are [`RetourCode::GEEN_OPMERKING`] (0200) and [`RetourCode::VOLLEDIG_TOEGEKEND`] (8001).
///
/// # Example
///
/// ```
/// use jbjr::ijw::RetourCode;
/// let c: RetourCode = "0611".parse()?; // TR418: tariff differs from the contract
/// assert_eq!(c, RetourCode::TARIEF_WIJKT_AF);
/// assert_eq!(c.to_string(), "0611");
/// assert!("0612".parse::<RetourCode>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RetourCode([u8; 4]);

impl RetourCode {
    /// 0001: message rejected for technical reasons (an XSLT-level rule).
    pub const TECHNISCH_AFGEKEURD: RetourCode = RetourCode(*b"0001");
    /// 0200: no remark on this message class.
    pub const GEEN_OPMERKING: RetourCode = RetourCode(*b"0200");
    /// 0233: message class not assessed (a line under a rejected client).
    pub const NIET_BEOORDEELD: RetourCode = RetourCode(*b"0233");
    /// 0611: the product tariff differs from the contract tariff (TR418).
    pub const TARIEF_WIJKT_AF: RetourCode = RetourCode(*b"0611");
    /// 8001: declaration fully granted.
    pub const VOLLEDIG_TOEGEKEND: RetourCode = RetourCode(*b"8001");

    /// The four characters.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::ijw::RetourCode::GEEN_OPMERKING.as_str(), "0200");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Every code of the list, in list order.
    ///
    /// # Example
    ///
    /// ```
    /// let all: Vec<_> = jbjr::ijw::RetourCode::all().collect();
    /// assert_eq!(all.len(), 59);
    /// ```
    pub fn all() -> impl Iterator<Item = RetourCode> {
        RETOUR_CODES
            .iter()
            .filter_map(|c| <[u8; 4]>::try_from(c.as_bytes()).ok().map(RetourCode))
    }
}

impl FromStr for RetourCode {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<RetourCode, MessageError> {
        match <[u8; 4]>::try_from(s.as_bytes()) {
            Ok(b) if RETOUR_CODES.contains(&s) => Ok(RetourCode(b)),
            _ => Err(MessageError::value(
                "RetourCode",
                format!("{s:?} is not a return code of WJ001 (iJw 3.2)"),
                "a code of WJ001 such as 0200, 0611, 8001 (LDT_RetourCode)",
            )),
        }
    }
}

impl fmt::Display for RetourCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(RetourCode, as_str);

/// A text of 1 to `MAX` characters that is not only whitespace, without control characters
/// other than tab and line feed (the basisschema's free-text types: `LDT_Naam` (200),
/// `LDT_Referentie` (36), `LDT_IdentificatieBericht` (12), …). Kept as written.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Naam, Tekst};
/// let n: Naam = "Jansen".parse()?;
/// assert_eq!(n.as_str(), "Jansen");
/// assert!("   ".parse::<Naam>().is_err());
/// assert!("abcd".parse::<Tekst<3>>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tekst<const MAX: usize>(String);

impl<const MAX: usize> Tekst<MAX> {
    /// The text.
    ///
    /// # Example
    ///
    /// ```
    /// let t: jbjr::ijw::Tekst<5> = "ab c".parse()?;
    /// assert_eq!(t.as_str(), "ab c");
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a free text: 1..=max characters, not only whitespace, no control characters but tab
/// and line feed, no surrounding whitespace (kept off so a text reads back as written).
fn check_text(s: &str, type_name: &str, max: usize) -> Result<(), MessageError> {
    let expected = || format!("1 to {max} characters, not only spaces ({type_name})");
    let n = s.chars().count();
    if n == 0 || s.trim().is_empty() {
        return Err(MessageError::value(
            type_name,
            format!("{s:?} is empty"),
            expected(),
        ));
    }
    if n > max {
        return Err(MessageError::value(
            type_name,
            format!("{s:?} has {n} characters, more than {max}"),
            expected(),
        ));
    }
    if s.chars().any(|c| c.is_control() && c != '\t' && c != '\n') {
        return Err(MessageError::value(
            type_name,
            format!("{s:?} holds a control character"),
            expected(),
        ));
    }
    if s.trim() != s {
        return Err(MessageError::value(
            type_name,
            format!("{s:?} starts or ends with whitespace"),
            expected(),
        ));
    }
    Ok(())
}

impl<const MAX: usize> FromStr for Tekst<MAX> {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Tekst<MAX>, MessageError> {
        check_text(s, "Tekst", MAX)?;
        Ok(Tekst(s.to_string()))
    }
}

impl<const MAX: usize> fmt::Display for Tekst<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl<const MAX: usize> serde::Serialize for Tekst<MAX> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de, const MAX: usize> serde::Deserialize<'de> for Tekst<MAX> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// `LDT_Naam`: a name, 1–200 characters.
pub type Naam = Tekst<200>;
/// `LDT_Referentie`: the provider's reference of a request, 1–36 characters.
pub type Referentie = Tekst<36>;
/// `LDT_IdentificatieBericht`: a message id, 1–12 characters, unique per message type for the
/// sender (TR056).
pub type Identificatie = Tekst<12>;
/// `LDT_Commentaar`: free comment, at least one non-space character (no maximum in the XSD;
/// this crate holds at most 4,000).
pub type Commentaar = Tekst<4000>;
/// `LDT_Voorvoegsel`: a name prefix such as "van der", 1–10 characters.
pub type Voorvoegsel = Tekst<10>;
/// `LDT_Taal`: a language, 1–25 characters.
pub type Taal = Tekst<25>;
/// `LDT_Persoonsid`: a person's id in a relation, 1–20 characters.
pub type Persoonsid = Tekst<20>;
/// `LDT_Organisatienaam`: 1–35 characters.
pub type Organisatienaam = Tekst<35>;
/// `LDT_Emailadres`: 1–80 characters.
pub type Emailadres = Tekst<80>;
/// `LDT_Postcode`: 1–8 characters.
pub type Postcode = Tekst<8>;
/// `LDT_Straatnaam`: 1–24 characters.
pub type Straatnaam = Tekst<24>;
/// `LDT_Plaatsnaam`: 1–80 characters.
pub type Plaatsnaam = Tekst<80>;
/// `LDT_Huisletter`: one character.
pub type Huisletter = Tekst<1>;
/// `LDT_HuisnummerToevoeging`: 1–4 characters.
pub type HuisnummerToevoeging = Tekst<4>;
/// `LDT_Landnummer`: a telephone country code, 1–4 characters.
pub type Landnummer = Tekst<4>;

/// A line's reference (`LDT_ReferentieNummer`): 1–20 characters, unique for the provider across
/// all messages (TR314 → 8021).
///
/// # Example
///
/// ```
/// use jbjr::ijw::ReferentieNummer;
/// let r: ReferentieNummer = "PR2026040001".parse()?;
/// assert_eq!(r.as_str(), "PR2026040001");
/// assert!("PR20260400010000000001".parse::<ReferentieNummer>().is_err()); // 22 characters
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReferentieNummer(String);

impl ReferentieNummer {
    /// The reference.
    ///
    /// # Example
    ///
    /// ```
    /// let r: jbjr::ijw::ReferentieNummer = "R1".parse()?;
    /// assert_eq!(r.as_str(), "R1");
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ReferentieNummer {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<ReferentieNummer, MessageError> {
        check_text(s, "ReferentieNummer", 20)?;
        Ok(ReferentieNummer(s.to_string()))
    }
}

impl fmt::Display for ReferentieNummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(ReferentieNummer, as_str);

/// A declaration number (`LDT_IdentificatieDeclaratie`): 1–12 characters. In a JW323 only
/// letters and digits (CS319, the JW323 pattern `([a-zA-Z0-9])+`); a JW325 copies it.
///
/// # Example
///
/// ```
/// use jbjr::ijw::DeclaratieNummer;
/// let n: DeclaratieNummer = "D202604001".parse()?;
/// assert!(n.is_alphanumeric());
/// assert!("D2026-04".parse::<DeclaratieNummer>().is_ok_and(|n| !n.is_alphanumeric()));
/// assert!("D2026040010001".parse::<DeclaratieNummer>().is_err()); // 14 characters
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DeclaratieNummer(String);

impl DeclaratieNummer {
    /// The number.
    ///
    /// # Example
    ///
    /// ```
    /// let n: jbjr::ijw::DeclaratieNummer = "D1".parse()?;
    /// assert_eq!(n.as_str(), "D1");
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it holds ASCII letters and digits only, as a JW323 requires (CS319).
    ///
    /// # Example
    ///
    /// ```
    /// let n: jbjr::ijw::DeclaratieNummer = "D 1".parse()?;
    /// assert!(!n.is_alphanumeric());
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn is_alphanumeric(&self) -> bool {
        self.0.bytes().all(|b| b.is_ascii_alphanumeric())
    }
}

impl FromStr for DeclaratieNummer {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<DeclaratieNummer, MessageError> {
        check_text(s, "DeclaratieNummer", 12)?;
        Ok(DeclaratieNummer(s.to_string()))
    }
}

impl fmt::Display for DeclaratieNummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(DeclaratieNummer, as_str);

/// Initials (`LDT_Voorletters`): 1–6 letters (`a-z`, `A-Z`, `À`–`ỳ`), no dots or spaces.
///
/// # Example
///
/// ```
/// use jbjr::ijw::Voorletters;
/// assert_eq!("JP".parse::<Voorletters>()?.as_str(), "JP");
/// assert!("J.P.".parse::<Voorletters>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Voorletters(String);

impl Voorletters {
    /// The initials.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("A".parse::<jbjr::ijw::Voorletters>()?.as_str(), "A");
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Voorletters {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Voorletters, MessageError> {
        let n = s.chars().count();
        let ok = (1..=6).contains(&n)
            && s.chars()
                .all(|c| c.is_ascii_alphabetic() || ('À'..='ỳ').contains(&c));
        if ok {
            Ok(Voorletters(s.to_string()))
        } else {
            Err(MessageError::value(
                "Voorletters",
                format!("{s:?} is not 1 to 6 letters"),
                "initials without dots or spaces, e.g. JP (LDT_Voorletters)",
            ))
        }
    }
}

impl fmt::Display for Voorletters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Voorletters, as_str);

/// A telephone number (`LDT_Telefoonnummer`): 1–15 digits.
///
/// # Example
///
/// ```
/// use jbjr::ijw::Telefoonnummer;
/// assert_eq!("0612345678".parse::<Telefoonnummer>()?.as_str(), "0612345678");
/// assert!("06-12345678".parse::<Telefoonnummer>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Telefoonnummer(String);

impl Telefoonnummer {
    /// The digits.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("06".parse::<jbjr::ijw::Telefoonnummer>()?.as_str(), "06");
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Telefoonnummer {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Telefoonnummer, MessageError> {
        if (1..=15).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Telefoonnummer(s.to_string()))
        } else {
            Err(MessageError::value(
                "Telefoonnummer",
                format!("{s:?} is not 1 to 15 digits"),
                "digits only (LDT_Telefoonnummer)",
            ))
        }
    }
}

impl fmt::Display for Telefoonnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Telefoonnummer, as_str);

/// The ISO 3166 country codes of `LDT_LandCode` in the iJw 3.2 basisschema.
const LAND_CODES: &str = include_str!("landcodes.txt");

/// A country code (`LDT_LandCode`): two capitals from the basisschema's ISO 3166 list.
///
/// # Example
///
/// ```
/// use jbjr::ijw::LandCode;
/// assert_eq!("NL".parse::<LandCode>()?.as_str(), "NL");
/// assert!("XX".parse::<LandCode>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LandCode([u8; 2]);

impl LandCode {
    /// The two letters.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("BE".parse::<jbjr::ijw::LandCode>()?.as_str(), "BE");
    /// # Ok::<(), jbjr::ijw::MessageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl FromStr for LandCode {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<LandCode, MessageError> {
        match <[u8; 2]>::try_from(s.as_bytes()) {
            Ok(b)
                if b.iter().all(u8::is_ascii_uppercase)
                    && LAND_CODES.split_whitespace().any(|c| c == s) =>
            {
                Ok(LandCode(b))
            }
            _ => Err(MessageError::value(
                "LandCode",
                format!("{s:?} is not a country code of the list"),
                "an ISO 3166 code such as NL (LDT_LandCode)",
            )),
        }
    }
}

impl fmt::Display for LandCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(LandCode, as_str);

/// A version `major.minor.patch` (`LDT_Versie`), without leading zeros.
///
/// # Example
///
/// ```
/// use jbjr::ijw::Versie;
/// let v: Versie = "1.0.0".parse()?;
/// assert_eq!(v, Versie::new(1, 0, 0));
/// assert_eq!(v.to_string(), "1.0.0");
/// assert!("1.01.0".parse::<Versie>().is_err());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Versie {
    /// Major number.
    pub major: u32,
    /// Minor number.
    pub minor: u32,
    /// Patch number.
    pub patch: u32,
}

impl Versie {
    /// A version.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::ijw::Versie::new(0, 1, 0).to_string(), "0.1.0");
    /// ```
    #[must_use]
    pub const fn new(major: u32, minor: u32, patch: u32) -> Versie {
        Versie {
            major,
            minor,
            patch,
        }
    }
}

impl FromStr for Versie {
    type Err = MessageError;

    fn from_str(s: &str) -> Result<Versie, MessageError> {
        let bad = || {
            MessageError::value(
                "Versie",
                format!("{s:?} is not a version"),
                "major.minor.patch without leading zeros, e.g. 1.0.0 (LDT_Versie)",
            )
        };
        let part = |p: &str| -> Result<u32, MessageError> {
            if p.is_empty()
                || !p.bytes().all(|b| b.is_ascii_digit())
                || (p.len() > 1 && p.starts_with('0'))
            {
                return Err(bad());
            }
            p.parse::<u32>().map_err(|_| bad())
        };
        let mut it = s.split('.');
        let (Some(a), Some(b), Some(c), None) = (it.next(), it.next(), it.next(), it.next()) else {
            return Err(bad());
        };
        Ok(Versie::new(part(a)?, part(b)?, part(c)?))
    }
}

impl fmt::Display for Versie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Versie);
