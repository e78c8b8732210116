//! JW301 *Toewijzing* (municipality → provider): one client and the products allocated to
//! them; plus the person types the client messages share.

use std::io::{BufRead, Write};

use crate::Error;

use super::JW301_NS;
use super::common::{Children, Header, Kind, Omvang, OpenPeriode, Product};
use super::types::*;
use super::xml::{Input, Ns, Output};
use crate::message_error::MessageError;

pub(crate) const KIND: Kind = Kind {
    name: "jw301",
    code: "436",
    from_gemeente: true,
};

/// A birth date (`CDT_Geboortedatum`) and which part of it is known.
///
/// # Example
///
/// ```
/// let g = jbjr::ijw::Geboortedatum { datum: "2012-06-01".parse()?, datum_gebruik: None };
/// assert_eq!(g.datum.to_string(), "2012-06-01");
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Geboortedatum {
    /// `Datum`.
    pub datum: Datum,
    /// `DatumGebruik`.
    pub datum_gebruik: Option<DatumGebruik>,
}

impl Children for Geboortedatum {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Geboortedatum {
            datum: i.leaf(Ns::Basis, "Datum")?,
            datum_gebruik: i.opt_leaf(Ns::Basis, "DatumGebruik")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Datum", &self.datum)?;
        o.opt_leaf(Ns::Basis, "DatumGebruik", self.datum_gebruik.as_ref())
    }
}

/// A surname with its prefix (`CDT_Achternaam`).
///
/// # Example
///
/// ```
/// let a = jbjr::ijw::Achternaam { achternaam: "Berg".parse()?, voorvoegsel: Some("van den".parse()?) };
/// assert_eq!(a.achternaam.as_str(), "Berg");
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Achternaam {
    /// `Achternaam`.
    pub achternaam: Naam,
    /// `Voorvoegsel`.
    pub voorvoegsel: Option<Voorvoegsel>,
}

impl Children for Achternaam {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Achternaam {
            achternaam: i.leaf(Ns::Basis, "Achternaam")?,
            voorvoegsel: i.opt_leaf(Ns::Basis, "Voorvoegsel")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Achternaam", &self.achternaam)?;
        o.opt_leaf(Ns::Basis, "Voorvoegsel", self.voorvoegsel.as_ref())
    }
}

/// A short name (`CDT_VerkorteNaam`, JW305/JW307).
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Achternaam, VerkorteNaam};
/// let n = VerkorteNaam { geslachtsnaam: Achternaam { achternaam: "Jansen".parse()?, voorvoegsel: None }, voornamen: None, voorletters: Some("P".parse()?) };
/// assert!(n.voornamen.is_none());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct VerkorteNaam {
    /// `Geslachtsnaam`.
    pub geslachtsnaam: Achternaam,
    /// `Voornamen`.
    pub voornamen: Option<Naam>,
    /// `Voorletters`.
    pub voorletters: Option<Voorletters>,
}

impl Children for VerkorteNaam {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(VerkorteNaam {
            geslachtsnaam: i.child(Ns::Basis, "Geslachtsnaam", Achternaam::read)?,
            voornamen: i.opt_leaf(Ns::Basis, "Voornamen")?,
            voorletters: i.opt_leaf(Ns::Basis, "Voorletters")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.child(Ns::Basis, "Geslachtsnaam", &self.geslachtsnaam)?;
        o.opt_leaf(Ns::Basis, "Voornamen", self.voornamen.as_ref())?;
        o.opt_leaf(Ns::Basis, "Voorletters", self.voorletters.as_ref())
    }
}

/// A full name (`CDT_VolledigeNaam`, JW301).
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Achternaam, NaamGebruik, VolledigeNaam};
/// let n = VolledigeNaam { geslachtsnaam: Achternaam { achternaam: "Jansen".parse()?, voorvoegsel: None },
///     partnernaam: None, voornamen: None, voorletters: None, naam_gebruik: NaamGebruik::EigenNaam };
/// assert_eq!(n.naam_gebruik.code(), "1");
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct VolledigeNaam {
    /// `Geslachtsnaam`.
    pub geslachtsnaam: Achternaam,
    /// `Partnernaam`.
    pub partnernaam: Option<Achternaam>,
    /// `Voornamen`.
    pub voornamen: Option<Naam>,
    /// `Voorletters`.
    pub voorletters: Option<Voorletters>,
    /// `NaamGebruik`.
    pub naam_gebruik: NaamGebruik,
}

impl Children for VolledigeNaam {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(VolledigeNaam {
            geslachtsnaam: i.child(Ns::Basis, "Geslachtsnaam", Achternaam::read)?,
            partnernaam: i.opt_child(Ns::Basis, "Partnernaam", Achternaam::read)?,
            voornamen: i.opt_leaf(Ns::Basis, "Voornamen")?,
            voorletters: i.opt_leaf(Ns::Basis, "Voorletters")?,
            naam_gebruik: i.leaf(Ns::Basis, "NaamGebruik")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.child(Ns::Basis, "Geslachtsnaam", &self.geslachtsnaam)?;
        o.opt_child(Ns::Basis, "Partnernaam", self.partnernaam.as_ref())?;
        o.opt_leaf(Ns::Basis, "Voornamen", self.voornamen.as_ref())?;
        o.opt_leaf(Ns::Basis, "Voorletters", self.voorletters.as_ref())?;
        o.leaf(Ns::Basis, "NaamGebruik", &self.naam_gebruik)
    }
}

/// How to communicate with the client (`CDT_Communicatie`).
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Communicatie, Communicatievorm};
/// let c = Communicatie { vorm: Communicatievorm::TolkTaal, taal: Some("Arabisch".parse()?) };
/// assert!(c.taal.is_some());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Communicatie {
    /// `Vorm`.
    pub vorm: Communicatievorm,
    /// `Taal`.
    pub taal: Option<Taal>,
}

impl Children for Communicatie {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Communicatie {
            vorm: i.leaf(Ns::Basis, "Vorm")?,
            taal: i.opt_leaf(Ns::Basis, "Taal")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Vorm", &self.vorm)?;
        o.opt_leaf(Ns::Basis, "Taal", self.taal.as_ref())
    }
}

/// A house (`CDT_Huis`).
///
/// # Example
///
/// ```
/// let h = jbjr::ijw::Huis { huisnummer: "12".parse()?, huisletter: None, huisnummer_toevoeging: None, aanduiding_woonadres: None };
/// assert_eq!(h.huisnummer.get(), 12);
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Huis {
    /// `Huisnummer`.
    pub huisnummer: Huisnummer,
    /// `Huisletter`.
    pub huisletter: Option<Huisletter>,
    /// `HuisnummerToevoeging`.
    pub huisnummer_toevoeging: Option<HuisnummerToevoeging>,
    /// `AanduidingWoonadres`.
    pub aanduiding_woonadres: Option<AanduidingWoonadres>,
}

impl Children for Huis {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Huis {
            huisnummer: i.leaf(Ns::Basis, "Huisnummer")?,
            huisletter: i.opt_leaf(Ns::Basis, "Huisletter")?,
            huisnummer_toevoeging: i.opt_leaf(Ns::Basis, "HuisnummerToevoeging")?,
            aanduiding_woonadres: i.opt_leaf(Ns::Basis, "AanduidingWoonadres")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Huisnummer", &self.huisnummer)?;
        o.opt_leaf(Ns::Basis, "Huisletter", self.huisletter.as_ref())?;
        o.opt_leaf(
            Ns::Basis,
            "HuisnummerToevoeging",
            self.huisnummer_toevoeging.as_ref(),
        )?;
        o.opt_leaf(
            Ns::Basis,
            "AanduidingWoonadres",
            self.aanduiding_woonadres.as_ref(),
        )
    }
}

/// An address (`CDT_Adres`).
///
/// # Example
///
/// ```
/// let a = jbjr::ijw::Adres { huis: None, postcode: Some("6811AA".parse()?), straatnaam: None, plaatsnaam: Some("Arnhem".parse()?), land_code: Some("NL".parse()?) };
/// assert!(a.huis.is_none());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Adres {
    /// `Huis`.
    pub huis: Option<Huis>,
    /// `Postcode`.
    pub postcode: Option<Postcode>,
    /// `Straatnaam`.
    pub straatnaam: Option<Straatnaam>,
    /// `Plaatsnaam`.
    pub plaatsnaam: Option<Plaatsnaam>,
    /// `LandCode`.
    pub land_code: Option<LandCode>,
}

impl Children for Adres {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Adres {
            huis: i.opt_child(Ns::Basis, "Huis", Huis::read)?,
            postcode: i.opt_leaf(Ns::Basis, "Postcode")?,
            straatnaam: i.opt_leaf(Ns::Basis, "Straatnaam")?,
            plaatsnaam: i.opt_leaf(Ns::Basis, "Plaatsnaam")?,
            land_code: i.opt_leaf(Ns::Basis, "LandCode")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.opt_child(Ns::Basis, "Huis", self.huis.as_ref())?;
        o.opt_leaf(Ns::Basis, "Postcode", self.postcode.as_ref())?;
        o.opt_leaf(Ns::Basis, "Straatnaam", self.straatnaam.as_ref())?;
        o.opt_leaf(Ns::Basis, "Plaatsnaam", self.plaatsnaam.as_ref())?;
        o.opt_leaf(Ns::Basis, "LandCode", self.land_code.as_ref())
    }
}

/// A telephone number with its country code (`CDT_Telefoon`).
///
/// # Example
///
/// ```
/// let t = jbjr::ijw::Telefoon { telefoonnummer: "0612345678".parse()?, landnummer: "0031".parse()? };
/// assert_eq!(t.landnummer.as_str(), "0031");
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Telefoon {
    /// `Telefoonnummer`.
    pub telefoonnummer: Telefoonnummer,
    /// `Landnummer`.
    pub landnummer: Landnummer,
}

impl Children for Telefoon {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Telefoon {
            telefoonnummer: i.leaf(Ns::Basis, "Telefoonnummer")?,
            landnummer: i.leaf(Ns::Basis, "Landnummer")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Basis, "Telefoonnummer", &self.telefoonnummer)?;
        o.leaf(Ns::Basis, "Landnummer", &self.landnummer)
    }
}

/// One or two telephone numbers (`CDT_Telefoonnummers`).
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Telefoon, Telefoonnummers};
/// let t = Telefoonnummers { telefoon01: Telefoon { telefoonnummer: "0612345678".parse()?, landnummer: "0031".parse()? }, telefoon02: None };
/// assert!(t.telefoon02.is_none());
/// # Ok::<(), jbjr::ijw::MessageError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Telefoonnummers {
    /// `Telefoon01`.
    pub telefoon01: Telefoon,
    /// `Telefoon02`.
    pub telefoon02: Option<Telefoon>,
}

impl Children for Telefoonnummers {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Telefoonnummers {
            telefoon01: i.child(Ns::Basis, "Telefoon01", Telefoon::read)?,
            telefoon02: i.opt_child(Ns::Basis, "Telefoon02", Telefoon::read)?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.child(Ns::Basis, "Telefoon01", &self.telefoon01)?;
        o.opt_child(Ns::Basis, "Telefoon02", self.telefoon02.as_ref())
    }
}

/// A contact (`Contact` of JW301): kind of address and how to reach it.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{AdresSoort, Contact};
/// let c = Contact { soort: AdresSoort::Brp, adres: None, organisatie: None, telefoon: None, emailadres: None, periode: None };
/// assert_eq!(c.soort.code(), "01");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Contact {
    /// `Soort`.
    pub soort: AdresSoort,
    /// `Adres`.
    pub adres: Option<Adres>,
    /// `Organisatie`.
    pub organisatie: Option<Organisatienaam>,
    /// `Telefoon`.
    pub telefoon: Option<Telefoonnummers>,
    /// `Emailadres`.
    pub emailadres: Option<Emailadres>,
    /// `Periode`.
    pub periode: Option<OpenPeriode>,
}

impl Children for Contact {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Contact {
            soort: i.leaf(Ns::Msg, "Soort")?,
            adres: i.opt_child(Ns::Msg, "Adres", Adres::read)?,
            organisatie: i.opt_leaf(Ns::Msg, "Organisatie")?,
            telefoon: i.opt_child(Ns::Msg, "Telefoon", Telefoonnummers::read)?,
            emailadres: i.opt_leaf(Ns::Msg, "Emailadres")?,
            periode: i.opt_child(Ns::Msg, "Periode", OpenPeriode::read)?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Msg, "Soort", &self.soort)?;
        o.opt_child(Ns::Msg, "Adres", self.adres.as_ref())?;
        o.opt_leaf(Ns::Msg, "Organisatie", self.organisatie.as_ref())?;
        o.opt_child(Ns::Msg, "Telefoon", self.telefoon.as_ref())?;
        o.opt_leaf(Ns::Msg, "Emailadres", self.emailadres.as_ref())?;
        o.opt_child(Ns::Msg, "Periode", self.periode.as_ref())
    }
}

/// A person related to the client (`Relatie` of JW301).
///
/// # Example
///
/// See [`Jw301`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Relatie {
    /// `Nummer`.
    pub nummer: Persoonsid,
    /// `Volgorde`.
    pub volgorde: Option<RelatieVolgorde>,
    /// `Soort`.
    pub soort: SoortRelatie,
    /// `Geboortedatum`.
    pub geboortedatum: Option<Geboortedatum>,
    /// `Geslacht`.
    pub geslacht: Option<Geslacht>,
    /// `Naam`.
    pub naam: VolledigeNaam,
    /// `Contact`.
    pub contact: Contact,
}

impl Children for Relatie {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Relatie {
            nummer: i.leaf(Ns::Msg, "Nummer")?,
            volgorde: i.opt_leaf(Ns::Msg, "Volgorde")?,
            soort: i.leaf(Ns::Msg, "Soort")?,
            geboortedatum: i.opt_child(Ns::Msg, "Geboortedatum", Geboortedatum::read)?,
            geslacht: i.opt_leaf(Ns::Msg, "Geslacht")?,
            naam: i.child(Ns::Msg, "Naam", VolledigeNaam::read)?,
            contact: i.child(Ns::Msg, "Contact", Contact::read)?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Msg, "Nummer", &self.nummer)?;
        o.opt_leaf(Ns::Msg, "Volgorde", self.volgorde.as_ref())?;
        o.leaf(Ns::Msg, "Soort", &self.soort)?;
        o.opt_child(Ns::Msg, "Geboortedatum", self.geboortedatum.as_ref())?;
        o.opt_leaf(Ns::Msg, "Geslacht", self.geslacht.as_ref())?;
        o.child(Ns::Msg, "Naam", &self.naam)?;
        o.child(Ns::Msg, "Contact", &self.contact)
    }
}

/// One allocated product (`ToegewezenProduct`).
///
/// # Example
///
/// See [`Jw301`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ToegewezenProduct {
    /// `ToewijzingNummer`: the key JW305, JW307 and JW323 refer to (unique, TR332).
    pub toewijzing_nummer: ToewijzingNummer,
    /// `ReferentieAanbieder`.
    pub referentie_aanbieder: Option<Referentie>,
    /// `Product` (mandatory when there is no budget, CD079).
    pub product: Option<Product>,
    /// `Toewijzingsdatum`.
    pub toewijzingsdatum: Datum,
    /// `Toewijzingstijd`.
    pub toewijzingstijd: Tijd,
    /// `Ingangsdatum`: first day of the allocation.
    pub ingangsdatum: Datum,
    /// `Einddatum`: last day (inclusive), if any.
    pub einddatum: Option<Datum>,
    /// `RedenWijziging` (13: deleted, TR384).
    pub reden_wijziging: Option<RedenWijziging>,
    /// `Omvang` (a monthly product: [`Omvang::MONTHLY`]).
    pub omvang: Option<Omvang>,
    /// `Budget` in eurocents (excludes `Omvang`, CD077/CD078).
    pub budget: Option<Budget>,
    /// `Commentaar`.
    pub commentaar: Option<Commentaar>,
}

impl Children for ToegewezenProduct {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(ToegewezenProduct {
            toewijzing_nummer: i.leaf(Ns::Msg, "ToewijzingNummer")?,
            referentie_aanbieder: i.opt_leaf(Ns::Msg, "ReferentieAanbieder")?,
            product: i.opt_child(Ns::Msg, "Product", Product::read)?,
            toewijzingsdatum: i.leaf(Ns::Msg, "Toewijzingsdatum")?,
            toewijzingstijd: i.leaf(Ns::Msg, "Toewijzingstijd")?,
            ingangsdatum: i.leaf(Ns::Msg, "Ingangsdatum")?,
            einddatum: i.opt_leaf(Ns::Msg, "Einddatum")?,
            reden_wijziging: i.opt_leaf(Ns::Msg, "RedenWijziging")?,
            omvang: i.opt_child(Ns::Msg, "Omvang", Omvang::read)?,
            budget: i.opt_leaf(Ns::Msg, "Budget")?,
            commentaar: i.opt_leaf(Ns::Msg, "Commentaar")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.leaf(Ns::Msg, "ToewijzingNummer", &self.toewijzing_nummer)?;
        o.opt_leaf(
            Ns::Msg,
            "ReferentieAanbieder",
            self.referentie_aanbieder.as_ref(),
        )?;
        o.opt_child(Ns::Msg, "Product", self.product.as_ref())?;
        o.leaf(Ns::Msg, "Toewijzingsdatum", &self.toewijzingsdatum)?;
        o.leaf(Ns::Msg, "Toewijzingstijd", &self.toewijzingstijd)?;
        o.leaf(Ns::Msg, "Ingangsdatum", &self.ingangsdatum)?;
        o.opt_leaf(Ns::Msg, "Einddatum", self.einddatum.as_ref())?;
        o.opt_leaf(Ns::Msg, "RedenWijziging", self.reden_wijziging.as_ref())?;
        o.opt_child(Ns::Msg, "Omvang", self.omvang.as_ref())?;
        o.opt_leaf(Ns::Msg, "Budget", self.budget.as_ref())?;
        o.opt_leaf(Ns::Msg, "Commentaar", self.commentaar.as_ref())
    }
}

/// The client of a JW301 with the allocated products.
///
/// # Example
///
/// See [`Jw301`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw301Client {
    /// `Bsn`.
    pub bsn: Bsn,
    /// `Geboortedatum`.
    pub geboortedatum: Geboortedatum,
    /// `Geslacht`.
    pub geslacht: Geslacht,
    /// `Naam`.
    pub naam: VolledigeNaam,
    /// `Communicatie`.
    pub communicatie: Option<Communicatie>,
    /// `JuridischeStatus`.
    pub juridische_status: Option<JuridischeStatus>,
    /// `WettelijkeVertegenwoordiging`.
    pub wettelijke_vertegenwoordiging: Option<WettelijkeVertegenwoordiging>,
    /// `Commentaar`.
    pub commentaar: Option<Commentaar>,
    /// `Relaties/Relatie` (the element is left out when empty).
    pub relaties: Vec<Relatie>,
    /// `Contactgegevens/Contact`, at least one.
    pub contactgegevens: Vec<Contact>,
    /// `ToegewezenProducten/ToegewezenProduct`, at least one.
    pub toegewezen_producten: Vec<ToegewezenProduct>,
}

/// A JW301 allocation message.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Jw301, Omvang};
/// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw301_toewijzing.xml"))?;
/// let msg = Jw301::from_str(&xml, "jw301_toewijzing.xml")?;
/// let ots = &msg.client.toegewezen_producten[0];
/// assert_eq!(ots.omvang, Some(Omvang::MONTHLY));
/// assert_eq!(Jw301::from_str(&msg.to_xml_string()?, "written")?, msg);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw301 {
    /// `Header` (`Afzender` is the municipality).
    pub header: Header,
    /// `Client`.
    pub client: Jw301Client,
}

impl Jw301 {
    /// Reads a whole JW301; `source` names the input in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] with source, line, column and element path, as
    /// [`super::Jw323::read`].
    ///
    /// # Example
    ///
    /// See [`Jw301`].
    pub fn read(read: impl BufRead, source: &str) -> Result<Jw301, Error> {
        let mut i = Input::new(read, source, JW301_NS, "jw301");
        let run = |i: &mut Input<_>| -> Result<Jw301, MessageError> {
            i.open_root()?;
            let header = i.child(Ns::Msg, "Header", |i| Header::read(i, KIND))?;
            let client = i.child(Ns::Msg, "Client", |i| {
                Ok(Jw301Client {
                    bsn: i.leaf(Ns::Msg, "Bsn")?,
                    geboortedatum: i.child(Ns::Msg, "Geboortedatum", Geboortedatum::read)?,
                    geslacht: i.leaf(Ns::Msg, "Geslacht")?,
                    naam: i.child(Ns::Msg, "Naam", VolledigeNaam::read)?,
                    communicatie: i.opt_child(Ns::Msg, "Communicatie", Communicatie::read)?,
                    juridische_status: i.opt_leaf(Ns::Msg, "JuridischeStatus")?,
                    wettelijke_vertegenwoordiging: i
                        .opt_leaf(Ns::Msg, "WettelijkeVertegenwoordiging")?,
                    commentaar: i.opt_leaf(Ns::Msg, "Commentaar")?,
                    relaties: i
                        .opt_child(Ns::Msg, "Relaties", |i| {
                            i.many(Ns::Msg, "Relatie", Relatie::read)
                        })?
                        .unwrap_or_default(),
                    contactgegevens: i.child(Ns::Msg, "Contactgegevens", |i| {
                        i.many(Ns::Msg, "Contact", Contact::read)
                    })?,
                    toegewezen_producten: i.child(Ns::Msg, "ToegewezenProducten", |i| {
                        i.many(Ns::Msg, "ToegewezenProduct", ToegewezenProduct::read)
                    })?,
                })
            })?;
            i.close()?;
            i.finish()?;
            Ok(Jw301 { header, client })
        };
        run(&mut i).map_err(Error::from)
    }

    /// Reads a whole JW301 from a string.
    ///
    /// # Errors
    ///
    /// As [`Jw301::read`].
    ///
    /// # Example
    ///
    /// See [`Jw301`].
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(xml: &str, source: &str) -> Result<Jw301, Error> {
        Jw301::read(xml.as_bytes(), source)
    }

    /// Writes the message as the XSD says.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] when `contactgegevens` or `toegewezen_producten` is empty (1..n), or
    /// writing fails.
    ///
    /// # Example
    ///
    /// See [`Jw301`].
    pub fn write(&self, w: impl Write) -> Result<(), Error> {
        self.write_inner(w).map(|_| ()).map_err(Error::from)
    }

    /// The message as a string (see [`Jw301::write`]).
    ///
    /// # Errors
    ///
    /// As [`Jw301::write`].
    ///
    /// # Example
    ///
    /// See [`Jw301`].
    pub fn to_xml_string(&self) -> Result<String, Error> {
        let bytes = self.write_inner(Vec::new())?;
        String::from_utf8(bytes)
            .map_err(|e| Error::from(MessageError::value("Jw301", e.to_string(), "UTF-8")))
    }

    fn write_inner<W: Write>(&self, w: W) -> Result<W, MessageError> {
        let mut o = Output::new(w, "jw301");
        o.root(JW301_NS, None)?;
        o.start(Ns::Msg, "Header")?;
        self.header.write(&mut o, KIND)?;
        o.end(Ns::Msg)?;
        let c = &self.client;
        o.start(Ns::Msg, "Client")?;
        o.leaf(Ns::Msg, "Bsn", &c.bsn)?;
        o.child(Ns::Msg, "Geboortedatum", &c.geboortedatum)?;
        o.leaf(Ns::Msg, "Geslacht", &c.geslacht)?;
        o.child(Ns::Msg, "Naam", &c.naam)?;
        o.opt_child(Ns::Msg, "Communicatie", c.communicatie.as_ref())?;
        o.opt_leaf(Ns::Msg, "JuridischeStatus", c.juridische_status.as_ref())?;
        o.opt_leaf(
            Ns::Msg,
            "WettelijkeVertegenwoordiging",
            c.wettelijke_vertegenwoordiging.as_ref(),
        )?;
        o.opt_leaf(Ns::Msg, "Commentaar", c.commentaar.as_ref())?;
        if !c.relaties.is_empty() {
            o.start(Ns::Msg, "Relaties")?;
            for r in &c.relaties {
                o.child(Ns::Msg, "Relatie", r)?;
            }
            o.end(Ns::Msg)?;
        }
        o.start(Ns::Msg, "Contactgegevens")?;
        o.non_empty(&c.contactgegevens, "Contact")?;
        for x in &c.contactgegevens {
            o.child(Ns::Msg, "Contact", x)?;
        }
        o.end(Ns::Msg)?;
        o.start(Ns::Msg, "ToegewezenProducten")?;
        o.non_empty(&c.toegewezen_producten, "ToegewezenProduct")?;
        for p in &c.toegewezen_producten {
            o.child(Ns::Msg, "ToegewezenProduct", p)?;
        }
        o.end(Ns::Msg)?;
        o.end(Ns::Msg)?;
        o.finish()
    }
}
