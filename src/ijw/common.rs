//! Composite types shared by the messages (`CDT_…` of the basisschema and the headers), with
//! their reading and writing.

use std::io::{BufRead, Write};

use crate::billing::Municipality;
use crate::{AgbCode, ProductCategory, ProductCode};

use super::types::*;
use super::xml::{Input, Ns, Output};
use crate::message_error::{MessageError, MessageErrorKind};

/// A composite element's children: read after its start tag, written between its tags.
pub(crate) trait Children: Sized {
    /// Reads the children.
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError>;
    /// Writes the children.
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError>;
}

impl<W: Write> Output<W> {
    /// A complex element.
    pub(crate) fn child<T: Children>(
        &mut self,
        ns: Ns,
        name: &'static str,
        value: &T,
    ) -> Result<(), MessageError> {
        self.start(ns, name)?;
        value.write(self)?;
        self.end(ns)
    }

    /// An optional complex element, written only when present.
    pub(crate) fn opt_child<T: Children>(
        &mut self,
        ns: Ns,
        name: &'static str,
        value: Option<&T>,
    ) -> Result<(), MessageError> {
        match value {
            Some(v) => self.child(ns, name, v),
            None => Ok(()),
        }
    }
}

/// The versions of the XSDs a message was written against (`CDT_XsdVersie`).
///
/// These are configuration, not constants (IV034: copy them from the `xs:appinfo` of the XSDs
/// you validate against). The stored 3.2 XSD copies say 0.1.0 while every published sample
/// says 1.0.0; [`XsdVersie::DEFAULT`] is 1.0.0 / 1.0.0, the samples' value. Set the field of a
/// header (or the argument of the builders) to what your XSDs say.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Versie, XsdVersie};
/// let v = XsdVersie { basisschema: Versie::new(1, 2, 0), bericht: Versie::new(1, 2, 0) };
/// assert_ne!(v, XsdVersie::DEFAULT);
/// assert_eq!(XsdVersie::DEFAULT.bericht.to_string(), "1.0.0");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct XsdVersie {
    /// `BasisschemaXsdVersie`.
    pub basisschema: Versie,
    /// `BerichtXsdVersie`.
    pub bericht: Versie,
}

impl XsdVersie {
    /// 1.0.0 for both, as the published sample messages write (see the type's docs).
    pub const DEFAULT: XsdVersie = XsdVersie {
        basisschema: Versie::new(1, 0, 0),
        bericht: Versie::new(1, 0, 0),
    };
}

impl Default for XsdVersie {
    fn default() -> XsdVersie {
        XsdVersie::DEFAULT
    }
}

impl Children for XsdVersie {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(XsdVersie {
            basisschema: i.leaf(Ns::Basis, "BasisschemaXsdVersie")?,
            bericht: i.leaf(Ns::Basis, "BerichtXsdVersie")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "BasisschemaXsdVersie", &self.basisschema)?;
        o.leaf(Ns::Basis, "BerichtXsdVersie", &self.bericht)
    }
}

/// A message's identification (`CDT_BerichtIdentificatie`): its id and sending date.
///
/// # Example
///
/// ```
/// use jbjr::ijw::BerichtIdentificatie;
/// let id = BerichtIdentificatie { identificatie: "DCL202605001".parse()?, dagtekening: "2026-05-06".parse()? };
/// assert_eq!(id.identificatie.as_str(), "DCL202605001");
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct BerichtIdentificatie {
    /// `Identificatie`: 1–12 characters, unique per message type for the sender (TR056).
    pub identificatie: Identificatie,
    /// `Dagtekening`: the sending date, not in the future (TR135).
    pub dagtekening: Datum,
}

impl Children for BerichtIdentificatie {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(BerichtIdentificatie {
            identificatie: i.leaf(Ns::Basis, "Identificatie")?,
            dagtekening: i.leaf(Ns::Basis, "Dagtekening")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Identificatie", &self.identificatie)?;
        o.leaf(Ns::Basis, "Dagtekening", &self.dagtekening)
    }
}

/// The header of JW301, JW305, JW307 and JW323 (`BerichtCode`, `BerichtVersie` and
/// `BerichtSubversie` follow from the message and are checked when read).
///
/// Which party is `Afzender` depends on the message: in a JW301 the municipality sends to the
/// provider; in JW305, JW307 and JW323 the provider (its AGB code) sends to the municipality.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{BerichtIdentificatie, Header, XsdVersie};
/// let h = Header {
///     gemeente: "0202".parse()?,
///     aanbieder: "12345678".parse()?,
///     bericht_identificatie: BerichtIdentificatie { identificatie: "B1".parse()?, dagtekening: "2026-05-06".parse()? },
///     xsd_versie: XsdVersie::DEFAULT,
/// };
/// assert_eq!(h.gemeente.as_str(), "0202");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Header {
    /// The municipality (`LDT_Gemeente`, CBS code).
    pub gemeente: Municipality,
    /// The provider's AGB code (`LDT_AgbCode`).
    pub aanbieder: AgbCode,
    /// `BerichtIdentificatie`.
    pub bericht_identificatie: BerichtIdentificatie,
    /// `XsdVersie`.
    pub xsd_versie: XsdVersie,
}

/// The fixed header values of a message.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Kind {
    /// `jw323`.
    pub(crate) name: &'static str,
    /// `490`.
    pub(crate) code: &'static str,
    /// Whether the municipality is the sender.
    pub(crate) from_gemeente: bool,
}

/// Reads and checks `BerichtCode`, `BerichtVersie`, `BerichtSubversie`.
pub(crate) fn read_code<R: BufRead>(i: &mut Input<R>, kind: Kind) -> Result<(), MessageError> {
    for (name, want) in [
        ("BerichtCode", kind.code),
        ("BerichtVersie", "3"),
        ("BerichtSubversie", "2"),
    ] {
        let (got, line, column): (Fixed, u64, u64) = i.leaf_pos(Ns::Msg, name)?;
        // BerichtVersie/Subversie are integers: "03" is 3.
        let same = if name == "BerichtCode" {
            got.0 == want
        } else {
            got.0.trim_start_matches('0') == want
        };
        if !same {
            let what = match super::message_of_code(&got.0) {
                Some(m) if name == "BerichtCode" => format!("{name} {} is a {m} message", got.0),
                _ => format!("{name} {}", got.0),
            };
            let mut e = i.error_at(
                line,
                column,
                MessageErrorKind::WrongMessage,
                what,
                Some(format!("{want} for {} (iJw 3.2)", kind.name)),
            );
            e.path.push('/');
            e.path.push_str(name);
            return Err(e);
        }
    }
    Ok(())
}

/// A raw fixed value.
struct Fixed(String);

impl std::str::FromStr for Fixed {
    type Err = MessageError;
    fn from_str(s: &str) -> Result<Fixed, MessageError> {
        Ok(Fixed(s.trim().to_string()))
    }
}

pub(crate) fn write_code<W: Write>(o: &mut Output<W>, kind: Kind) -> Result<(), MessageError> {
    o.leaf(Ns::Msg, "BerichtCode", &kind.code)?;
    o.leaf(Ns::Msg, "BerichtVersie", &"3")?;
    o.leaf(Ns::Msg, "BerichtSubversie", &"2")
}

impl Header {
    pub(crate) fn read<R: BufRead>(i: &mut Input<R>, kind: Kind) -> Result<Header, MessageError> {
        read_code(i, kind)?;
        let (gemeente, aanbieder) = if kind.from_gemeente {
            let g = i.leaf(Ns::Msg, "Afzender")?;
            (g, i.leaf(Ns::Msg, "Ontvanger")?)
        } else {
            let a = i.leaf(Ns::Msg, "Afzender")?;
            (i.leaf(Ns::Msg, "Ontvanger")?, a)
        };
        Ok(Header {
            gemeente,
            aanbieder,
            bericht_identificatie: i.child(
                Ns::Msg,
                "BerichtIdentificatie",
                BerichtIdentificatie::read,
            )?,
            xsd_versie: i.child(Ns::Msg, "XsdVersie", XsdVersie::read)?,
        })
    }

    pub(crate) fn write<W: Write>(
        &self,
        o: &mut Output<W>,
        kind: Kind,
    ) -> Result<(), MessageError> {
        write_code(o, kind)?;
        if kind.from_gemeente {
            o.leaf(Ns::Msg, "Afzender", &self.gemeente)?;
            o.leaf(Ns::Msg, "Ontvanger", &self.aanbieder)?;
        } else {
            o.leaf(Ns::Msg, "Afzender", &self.aanbieder)?;
            o.leaf(Ns::Msg, "Ontvanger", &self.gemeente)?;
        }
        o.child(Ns::Msg, "BerichtIdentificatie", &self.bericht_identificatie)?;
        o.child(Ns::Msg, "XsdVersie", &self.xsd_versie)
    }
}

/// A closed period (`CDT_GeslotenPeriode`): first and last day, both inclusive.
///
/// # Example
///
/// ```
/// use jbjr::ijw::Periode;
/// let p = Periode { begindatum: "2026-04-01".parse()?, einddatum: "2026-04-30".parse()? };
/// assert!(p.begindatum <= p.einddatum);
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Periode {
    /// `Begindatum`.
    pub begindatum: Datum,
    /// `Einddatum` (inclusive).
    pub einddatum: Datum,
}

impl Children for Periode {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Periode {
            begindatum: i.leaf(Ns::Basis, "Begindatum")?,
            einddatum: i.leaf(Ns::Basis, "Einddatum")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Begindatum", &self.begindatum)?;
        o.leaf(Ns::Basis, "Einddatum", &self.einddatum)
    }
}

/// An open period (`CDT_OpenPeriode`): either end may be missing.
///
/// # Example
///
/// ```
/// use jbjr::ijw::OpenPeriode;
/// let p = OpenPeriode { begindatum: Some("2026-01-01".parse()?), einddatum: None };
/// assert!(p.einddatum.is_none());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OpenPeriode {
    /// `Begindatum`.
    pub begindatum: Option<Datum>,
    /// `Einddatum`.
    pub einddatum: Option<Datum>,
}

impl Children for OpenPeriode {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(OpenPeriode {
            begindatum: i.opt_leaf(Ns::Basis, "Begindatum")?,
            einddatum: i.opt_leaf(Ns::Basis, "Einddatum")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.opt_leaf(Ns::Basis, "Begindatum", self.begindatum.as_ref())?;
        o.opt_leaf(Ns::Basis, "Einddatum", self.einddatum.as_ref())
    }
}

/// A product (`CDT_Product`): category and, unless the allocation is generic, the code.
///
/// # Example
///
/// ```
/// use jbjr::ijw::Product;
/// let p = Product { categorie: "48".parse()?, code: Some("48B10".parse()?) };
/// assert_eq!(p.categorie, jbjr::ProductCategory::Jeugdbescherming);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Product {
    /// `Categorie` (JZ020).
    pub categorie: ProductCategory,
    /// `Code` (regional code list; must fit the category, TR381).
    pub code: Option<ProductCode>,
}

impl Children for Product {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Product {
            categorie: i.leaf(Ns::Basis, "Categorie")?,
            code: i.opt_leaf(Ns::Basis, "Code")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Categorie", &self.categorie)?;
        o.opt_leaf(Ns::Basis, "Code", self.code.as_ref())
    }
}

/// An allocated volume (`CDT_Omvang`): volume, unit and frequency.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Eenheid, Frequentie, Omvang, Volume};
/// // A monthly product: 1 × 82 (stuks output) per month (module docs, "Monthly products").
/// let o = Omvang::MONTHLY;
/// assert_eq!((o.volume.get(), o.eenheid, o.frequentie), (1, Eenheid::StuksOutput, Frequentie::PerMaand));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Omvang {
    /// `Volume`.
    pub volume: Volume,
    /// `Eenheid` (WJ756).
    pub eenheid: Eenheid,
    /// `Frequentie` (WMO757).
    pub frequentie: Frequentie,
}

impl Omvang {
    /// The volume of a monthly product: 1 × `82` per month (`4`).
    pub const MONTHLY: Omvang = Omvang {
        volume: Volume::ONE,
        eenheid: Eenheid::StuksOutput,
        frequentie: Frequentie::PerMaand,
    };
}

impl Children for Omvang {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Omvang {
            volume: i.leaf(Ns::Basis, "Volume")?,
            eenheid: i.leaf(Ns::Basis, "Eenheid")?,
            frequentie: i.leaf(Ns::Basis, "Frequentie")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Volume", &self.volume)?;
        o.leaf(Ns::Basis, "Eenheid", &self.eenheid)?;
        o.leaf(Ns::Basis, "Frequentie", &self.frequentie)
    }
}

/// An amount with its sign, read and written as `Bedrag` + `DebetCredit`.
impl Children for BedragMetDc {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(BedragMetDc {
            bedrag: i.leaf(Ns::Basis, "Bedrag")?,
            debet_credit: i.leaf(Ns::Basis, "DebetCredit")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Bedrag", &self.bedrag)?;
        o.leaf(Ns::Basis, "DebetCredit", &self.debet_credit)
    }
}

impl Children for TotaalBedragMetDc {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(TotaalBedragMetDc {
            totaal_bedrag: i.leaf(Ns::Basis, "TotaalBedrag")?,
            debet_credit: i.leaf(Ns::Basis, "DebetCredit")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "TotaalBedrag", &self.totaal_bedrag)?;
        o.leaf(Ns::Basis, "DebetCredit", &self.debet_credit)
    }
}

/// A line's reference (`CDT_Referentie`): its own and, on a credit, the debit's (CD060).
///
/// # Example
///
/// ```
/// use jbjr::ijw::ProductReferentie;
/// let r = ProductReferentie { referentie_nummer: "PR2".parse()?, vorig_referentie_nummer: Some("PR1".parse()?) };
/// assert!(r.vorig_referentie_nummer.is_some());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ProductReferentie {
    /// `ReferentieNummer`: unique for the provider (TR314).
    pub referentie_nummer: ReferentieNummer,
    /// `VorigReferentieNummer`: only (and always) on a credit (CD060).
    pub vorig_referentie_nummer: Option<ReferentieNummer>,
}

impl Children for ProductReferentie {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(ProductReferentie {
            referentie_nummer: i.leaf(Ns::Basis, "ReferentieNummer")?,
            vorig_referentie_nummer: i.opt_leaf(Ns::Basis, "VorigReferentieNummer")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "ReferentieNummer", &self.referentie_nummer)?;
        o.opt_leaf(
            Ns::Basis,
            "VorigReferentieNummer",
            self.vorig_referentie_nummer.as_ref(),
        )
    }
}
