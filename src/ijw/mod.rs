//! The iJw 3.2 messages a JB/JR billing system exchanges — JW301 (*toewijzing*), JW305
//! (*start zorg*), JW307 (*stop zorg*), JW323 (*declaratie*) and JW325 (*declaratie-antwoord*)
//! — as typed values, read from and written to XML exactly as their XSDs say (feature `ijw`).
//!
//! # What this layer holds and may use
//!
//! It holds the message types ([`Jw301`], [`Jw305`], [`Jw307`], [`Jw323`], [`Jw325`]), the
//! basisschema value types ([`Bsn`], [`Bedrag`], [`Datum`], [`RetourCode`], [`Eenheid`], …), the
//! reading and writing of XML (with a tokenizer of its own, on `memchr`) and conversions
//! between messages and the declaration layer. It may use the crate's identity types ([`crate::ProductCode`],
//! [`crate::AgbCode`], [`crate::Provider`], [`crate::ProductCategory`], [`crate::Unit`],
//! [`crate::billing::Municipality`]) and the declaration layer ([`crate::declaration`],
//! [`crate::billing`]); nothing above them.
//!
//! # Reading
//!
//! Every message has `read` (from any [`std::io::BufRead`], streaming, in a buffer of 16 KiB
//! that grows only for a longer token) and `from_str`; a JW323 can also be read line by line
//! with [`Jw323Reader`], so memory grows with the lines kept, not with the bytes read. Elements are matched on namespace URI and local
//! name, never on prefix. Bad input never panics and never passes: XML that is not
//! well-formed, another message (namespace or `BerichtCode`), an element out of order,
//! missing, unexpected or empty, a BSN failing the 11-proef (CS002), an amount with decimals,
//! a date with a time zone (RS032), a code outside its list — each is a
//! [`crate::Error::Message`] holding a [`MessageError`] that names the source given by the
//! caller, line, column and element path, e.g.
//! `Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/IngediendBedrag/Bedrag`.
//!
//! # Writing
//!
//! `write` puts out the XML declaration and the root `Bericht` with both namespaces declared
//! (prefixes `jw3NN` and `ijw`), every element in XSD order, optional elements left out when
//! absent (RS033: no empty elements), codes from their lists, amounts as whole eurocents with
//! `D`/`C`. A list the XSD requires to hold one entry or more must not be empty.
//! `XsdVersie` values are configuration ([`XsdVersie`], default 1.0.0 as the published samples;
//! IV034 says to copy them from the XSDs you validate against).
//!
//! # Monthly products
//!
//! WJ756 has no month unit, yet JB/JR products are billed per month (SAP GI). This crate
//! writes a month as **Eenheid `82` (stuks output) with volume 1 per month** in a declaration
//! line, and allocates it as **Omvang 1 × `82` × Frequentie `4` (per maand)** in a JW301
//! ([`Omvang::MONTHLY`]). Reading, `84` (stuks inspanning) is accepted for a monthly product
//! too. Hours are `04`, minutes `01` (IV081); a traject or piece is `82`.
//!
//! # Conversions
//!
//! A JW323 line converts to a [`crate::declaration::DeclarationLine`] ([`Prestatie::line`]),
//! its iJw keys ([`LineKeys`]: ReferentieNummer, VorigReferentieNummer, ToewijzingNummer) kept
//! beside it; the GI is found by its AGB code ([`ProviderMap`]). A JW301 allocation converts
//! to a [`crate::billing::Case`]. [`build_jw323`] makes a declaration from lines with keys, and
//! [`build_jw325`] the answer from per-line verdicts (IV087, TR342).
//!
//! The rules each item follows are cited in its docs (CS002, RS032, RS033, TR342, IV087, …).

mod common;
mod convert;
mod exchange;
mod jw301;
mod jw305;
mod jw323;
mod jw325;
mod scan;
mod types;
mod xml;

pub use crate::message_error::{MessageError, MessageErrorKind};
pub use common::{
    BerichtIdentificatie, Header, Omvang, OpenPeriode, Periode, Product, ProductReferentie,
    XsdVersie,
};
pub use convert::{LineKeys, LineVerdict, ProviderMap, build_jw323, build_jw325};
pub use exchange::Exchange;
pub use jw301::{
    Achternaam, Adres, Communicatie, Contact, Geboortedatum, Huis, Jw301, Jw301Client, Relatie,
    Telefoon, Telefoonnummers, ToegewezenProduct, VerkorteNaam, VolledigeNaam,
};
pub use jw305::{Jw305, Jw307, StartProduct, StopProduct, ZorgClient};
pub use jw323::{Declaratie, DeclaratieKop, Jw323, Jw323Client, Jw323Line, Jw323Reader, Prestatie};
pub use jw325::{DeclaratieAntwoord, Jw325, Jw325Client, Jw325Header, Jw325Prestatie};
pub use types::{
    AanduidingWoonadres, AdresSoort, Bedrag, BedragMetDc, Bsn, Budget, Commentaar,
    Communicatievorm, Datum, DatumGebruik, DebetCredit, DeclaratieNummer, Eenheid, Emailadres,
    Frequentie, Geslacht, Huisletter, Huisnummer, HuisnummerToevoeging, Identificatie,
    JuridischeStatus, LandCode, Landnummer, Naam, NaamGebruik, Organisatienaam, Persoonsid,
    Plaatsnaam, Postcode, RedenBeeindiging, RedenWijziging, Referentie, ReferentieNummer,
    RelatieVolgorde, RetourCode, SoortRelatie, StatusAanlevering, Straatnaam, Taal, Tekst,
    Telefoonnummer, Tijd, ToewijzingNummer, TotaalBedrag, TotaalBedragMetDc, Versie, Volume,
    Voorletters, Voorvoegsel, WettelijkeVertegenwoordiging,
};

/// Namespace URI of the iJw 3.2 basisschema (children of composite types).
pub const BASIS_NS: &str = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";
/// Namespace URI of JW301.
pub const JW301_NS: &str = "http://www.istandaarden.nl/ijw/3_2/jw301/schema";
/// Namespace URI of JW305.
pub const JW305_NS: &str = "http://www.istandaarden.nl/ijw/3_2/jw305/schema";
/// Namespace URI of JW307.
pub const JW307_NS: &str = "http://www.istandaarden.nl/ijw/3_2/jw307/schema";
/// Namespace URI of JW323.
pub const JW323_NS: &str = "http://www.istandaarden.nl/ijw/3_2/jw323/schema";
/// Namespace URI of JW325.
pub const JW325_NS: &str = "http://www.istandaarden.nl/ijw/3_2/jw325/schema";

/// The message a root namespace belongs to (`"JW325"` for `…/ijw/3_2/jw325/schema`).
pub(crate) fn message_of_namespace(ns: &str) -> Option<String> {
    let rest = ns.strip_prefix("http://www.istandaarden.nl/")?;
    let mut parts = rest.split('/');
    let (std, version, msg) = (parts.next()?, parts.next()?, parts.next()?);
    Some(format!("{} ({std} {version})", msg.to_uppercase()))
}

/// The message a `BerichtCode` belongs to (COD002).
pub(crate) fn message_of_code(code: &str) -> Option<&'static str> {
    Some(match code {
        "436" => "JW301",
        "437" => "JW302",
        "438" => "JW305",
        "439" => "JW306",
        "440" => "JW307",
        "441" => "JW308",
        "446" => "JW315",
        "447" => "JW316",
        "486" => "JW317",
        "487" => "JW318",
        "488" => "JW319",
        "489" => "JW320",
        "490" => "JW323",
        "491" => "JW325",
        _ => return None,
    })
}
