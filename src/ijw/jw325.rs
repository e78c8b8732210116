//! JW325 *Declaratie-antwoord* (municipality → provider): the answer to one JW323. Only the
//! rejected lines, and the clients they belong to, are listed (TR342).

use std::io::{BufRead, Write};

use crate::billing::Municipality;
use crate::{AgbCode, Error};

use super::JW325_NS;
use super::common::{BerichtIdentificatie, Children, Kind, XsdVersie, read_code, write_code};
use super::jw323::Prestatie;
use super::types::*;
use super::xml::{Input, Ns, Output};
use crate::message_error::MessageError;

pub(crate) const KIND: Kind = Kind {
    name: "jw325",
    code: "491",
    from_gemeente: true,
};

/// A JW325 answer message.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Jw325, RetourCode};
/// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw325_antwoord.xml"))?;
/// let msg = Jw325::from_str(&xml, "jw325_antwoord.xml")?;
/// assert_eq!(msg.header.retour_codes, vec![RetourCode::GEEN_OPMERKING]);
/// let again = Jw325::from_str(&msg.to_xml_string()?, "written")?;
/// assert_eq!(again, msg);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw325 {
    /// `Header`.
    pub header: Jw325Header,
    /// `DeclaratieAntwoord`: absent when the whole message was rejected (header code 0001 or a
    /// header fault, IV087).
    pub declaratie_antwoord: Option<DeclaratieAntwoord>,
}

/// The header of a JW325 (`Afzender` is the municipality).
///
/// # Example
///
/// See [`Jw325`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw325Header {
    /// `Afzender`: the municipality.
    pub gemeente: Municipality,
    /// `Ontvanger`: the provider's AGB code.
    pub aanbieder: AgbCode,
    /// `BerichtIdentificatie`: the answer's own.
    pub bericht_identificatie: BerichtIdentificatie,
    /// `XsdVersie` of the JW325 schema.
    pub xsd_versie: XsdVersie,
    /// `DeclaratieIdentificatie`: the JW323's `BerichtIdentificatie` (TR337).
    pub declaratie_identificatie: BerichtIdentificatie,
    /// `XsltVersie`: when an official XSLT rejected the message (IV087).
    pub xslt_versie: Option<Versie>,
    /// `XsdVersieDeclaratie`: the JW323's `XsdVersie` (TR371).
    pub xsd_versie_declaratie: XsdVersie,
    /// `RetourCodes/RetourCode`, at least one.
    pub retour_codes: Vec<RetourCode>,
}

/// `DeclaratieAntwoord`: totals, the clients with rejected lines, and the answer's codes.
///
/// # Example
///
/// See [`Jw325`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DeclaratieAntwoord {
    /// `DeclaratieNummer` of the JW323 (TR376).
    pub declaratie_nummer: DeclaratieNummer,
    /// `TotaalIngediendBedrag`: copy of the JW323's.
    pub totaal_ingediend_bedrag: TotaalBedragMetDc,
    /// `TotaalToegekendBedrag`: the sum of the approved lines.
    pub totaal_toegekend_bedrag: TotaalBedragMetDc,
    /// `Clienten/Client`: only clients with a rejected line or a fault (TR342); empty for
    /// none (the element is then left out).
    pub clienten: Vec<Jw325Client>,
    /// `RetourCodes/RetourCode`, at least one (0200 with rejections, 8001 all granted).
    pub retour_codes: Vec<RetourCode>,
}

/// A client in a JW325 with its returned lines.
///
/// # Example
///
/// See [`Jw325`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw325Client {
    /// `Bsn`.
    pub bsn: Bsn,
    /// `Prestaties/Prestatie`, at least one.
    pub prestaties: Vec<Jw325Prestatie>,
    /// `RetourCodes`: 0200 when the faults are only in the lines.
    pub retour_codes: Vec<RetourCode>,
}

/// A returned line: the submitted values repeated unchanged (TR367) and its codes.
///
/// # Example
///
/// See [`Jw325`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw325Prestatie {
    /// The submitted line.
    pub prestatie: Prestatie,
    /// `RetourCodes`, at least one.
    pub retour_codes: Vec<RetourCode>,
}

fn read_codes<R: BufRead>(i: &mut Input<R>) -> Result<Vec<RetourCode>, MessageError> {
    i.child(Ns::Msg, "RetourCodes", |i| {
        i.many_leaves(Ns::Msg, "RetourCode")
    })
}

fn write_codes<W: Write>(o: &mut Output<W>, codes: &[RetourCode]) -> Result<(), MessageError> {
    o.start(Ns::Msg, "RetourCodes")?;
    o.non_empty(codes, "RetourCode")?;
    for c in codes {
        o.leaf(Ns::Msg, "RetourCode", c)?;
    }
    o.end(Ns::Msg)
}

impl Jw325 {
    /// Reads a whole JW325; `source` names the input in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] naming source, line, column and element path, as
    /// [`super::Jw323::read`].
    ///
    /// # Example
    ///
    /// See [`Jw325`].
    pub fn read(read: impl BufRead, source: &str) -> Result<Jw325, Error> {
        Self::read_inner(read, source).map_err(Error::from)
    }

    fn read_inner(read: impl BufRead, source: &str) -> Result<Jw325, MessageError> {
        let mut i = Input::new(read, source, JW325_NS, "jw325");
        i.open_root()?;
        let header = i.child(Ns::Msg, "Header", |i| {
            read_code(i, KIND)?;
            Ok(Jw325Header {
                gemeente: i.leaf(Ns::Msg, "Afzender")?,
                aanbieder: i.leaf(Ns::Msg, "Ontvanger")?,
                bericht_identificatie: i.child(
                    Ns::Msg,
                    "BerichtIdentificatie",
                    BerichtIdentificatie::read,
                )?,
                xsd_versie: i.child(Ns::Msg, "XsdVersie", XsdVersie::read)?,
                declaratie_identificatie: i.child(
                    Ns::Msg,
                    "DeclaratieIdentificatie",
                    BerichtIdentificatie::read,
                )?,
                xslt_versie: i.opt_leaf(Ns::Msg, "XsltVersie")?,
                xsd_versie_declaratie: i.child(Ns::Msg, "XsdVersieDeclaratie", XsdVersie::read)?,
                retour_codes: read_codes(i)?,
            })
        })?;
        let declaratie_antwoord = i.opt_child(Ns::Msg, "DeclaratieAntwoord", |i| {
            Ok(DeclaratieAntwoord {
                declaratie_nummer: i.leaf(Ns::Msg, "DeclaratieNummer")?,
                totaal_ingediend_bedrag: i.child(
                    Ns::Msg,
                    "TotaalIngediendBedrag",
                    TotaalBedragMetDc::read,
                )?,
                totaal_toegekend_bedrag: i.child(
                    Ns::Msg,
                    "TotaalToegekendBedrag",
                    TotaalBedragMetDc::read,
                )?,
                clienten: i
                    .opt_child(Ns::Msg, "Clienten", |i| {
                        i.many(Ns::Msg, "Client", |i| {
                            Ok(Jw325Client {
                                bsn: i.leaf(Ns::Msg, "Bsn")?,
                                prestaties: i.child(Ns::Msg, "Prestaties", |i| {
                                    i.many(Ns::Msg, "Prestatie", |i| {
                                        Ok(Jw325Prestatie {
                                            prestatie: Prestatie::read(i)?,
                                            retour_codes: read_codes(i)?,
                                        })
                                    })
                                })?,
                                retour_codes: read_codes(i)?,
                            })
                        })
                    })?
                    .unwrap_or_default(),
                retour_codes: read_codes(i)?,
            })
        })?;
        i.close()?;
        i.finish()?;
        Ok(Jw325 {
            header,
            declaratie_antwoord,
        })
    }

    /// Reads a whole JW325 from a string.
    ///
    /// # Errors
    ///
    /// As [`Jw325::read`].
    ///
    /// # Example
    ///
    /// See [`Jw325`].
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(xml: &str, source: &str) -> Result<Jw325, Error> {
        Jw325::read(xml.as_bytes(), source)
    }

    /// Writes the message as the XSD says (both namespaces on the root, order kept, optional
    /// elements left out, `Clienten` only when there are clients).
    ///
    /// # Errors
    ///
    /// [`Error::Message`] when a list of codes or lines the XSD requires is empty, or writing
    /// fails.
    ///
    /// # Example
    ///
    /// See [`Jw325`].
    pub fn write(&self, w: impl Write) -> Result<(), Error> {
        self.write_inner(w).map(|_| ()).map_err(Error::from)
    }

    /// The message as a string (see [`Jw325::write`]).
    ///
    /// # Errors
    ///
    /// As [`Jw325::write`].
    ///
    /// # Example
    ///
    /// See [`Jw325`].
    pub fn to_xml_string(&self) -> Result<String, Error> {
        let bytes = self.write_inner(Vec::new())?;
        String::from_utf8(bytes)
            .map_err(|e| Error::from(MessageError::value("Jw325", e.to_string(), "UTF-8")))
    }

    fn write_inner<W: Write>(&self, w: W) -> Result<W, MessageError> {
        let mut o = Output::new(w, "jw325");
        o.root(JW325_NS, None)?;
        let h = &self.header;
        o.start(Ns::Msg, "Header")?;
        write_code(&mut o, KIND)?;
        o.leaf(Ns::Msg, "Afzender", &h.gemeente)?;
        o.leaf(Ns::Msg, "Ontvanger", &h.aanbieder)?;
        o.child(Ns::Msg, "BerichtIdentificatie", &h.bericht_identificatie)?;
        o.child(Ns::Msg, "XsdVersie", &h.xsd_versie)?;
        o.child(
            Ns::Msg,
            "DeclaratieIdentificatie",
            &h.declaratie_identificatie,
        )?;
        o.opt_leaf(Ns::Msg, "XsltVersie", h.xslt_versie.as_ref())?;
        o.child(Ns::Msg, "XsdVersieDeclaratie", &h.xsd_versie_declaratie)?;
        write_codes(&mut o, &h.retour_codes)?;
        o.end(Ns::Msg)?;
        if let Some(a) = &self.declaratie_antwoord {
            o.start(Ns::Msg, "DeclaratieAntwoord")?;
            o.leaf(Ns::Msg, "DeclaratieNummer", &a.declaratie_nummer)?;
            o.child(Ns::Msg, "TotaalIngediendBedrag", &a.totaal_ingediend_bedrag)?;
            o.child(Ns::Msg, "TotaalToegekendBedrag", &a.totaal_toegekend_bedrag)?;
            if !a.clienten.is_empty() {
                o.start(Ns::Msg, "Clienten")?;
                for c in &a.clienten {
                    o.start(Ns::Msg, "Client")?;
                    o.leaf(Ns::Msg, "Bsn", &c.bsn)?;
                    o.start(Ns::Msg, "Prestaties")?;
                    o.non_empty(&c.prestaties, "Prestatie")?;
                    for p in &c.prestaties {
                        o.start(Ns::Msg, "Prestatie")?;
                        p.prestatie.write(&mut o)?;
                        write_codes(&mut o, &p.retour_codes)?;
                        o.end(Ns::Msg)?;
                    }
                    o.end(Ns::Msg)?;
                    write_codes(&mut o, &c.retour_codes)?;
                    o.end(Ns::Msg)?;
                }
                o.end(Ns::Msg)?;
            }
            write_codes(&mut o, &a.retour_codes)?;
            o.end(Ns::Msg)?;
        }
        o.finish()
    }
}
