//! JW305 *Start zorg* and JW307 *Stop zorg* (provider → municipality).

use std::io::{BufRead, Write};

use crate::Error;

use super::common::{Children, Header, Kind, Product};
use super::jw301::{Geboortedatum, VerkorteNaam};
use super::types::*;
use super::xml::{Input, Ns, Output};
use super::{JW305_NS, JW307_NS};
use crate::message_error::MessageError;

const KIND305: Kind = Kind {
    name: "jw305",
    code: "438",
    from_gemeente: false,
};
const KIND307: Kind = Kind {
    name: "jw307",
    code: "440",
    from_gemeente: false,
};

/// The client of a start or stop message, with its products (1..n).
///
/// # Example
///
/// See [`Jw305`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ZorgClient<P> {
    /// `Bsn`.
    pub bsn: Bsn,
    /// `Geboortedatum`.
    pub geboortedatum: Geboortedatum,
    /// `Geslacht`.
    pub geslacht: Geslacht,
    /// `Naam`.
    pub naam: VerkorteNaam,
    /// `StartProducten/StartProduct` or `StopProducten/StopProduct`, at least one.
    pub producten: Vec<P>,
}

/// A started product (`StartProduct`). Correct one by deleting it (status 3) and sending it
/// anew (status 1) (IV008).
///
/// # Example
///
/// See [`Jw305`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct StartProduct {
    /// `ToewijzingNummer` (optional in the XSD; fill it, TR019).
    pub toewijzing_nummer: Option<ToewijzingNummer>,
    /// `Product`.
    pub product: Option<Product>,
    /// `ToewijzingIngangsdatum`.
    pub toewijzing_ingangsdatum: Option<Datum>,
    /// `Begindatum`: first day of care.
    pub begindatum: Datum,
    /// `StatusAanlevering`: 1 or 3 (CS058).
    pub status_aanlevering: StatusAanlevering,
}

impl Children for StartProduct {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(StartProduct {
            toewijzing_nummer: i.opt_leaf(Ns::Msg, "ToewijzingNummer")?,
            product: i.opt_child(Ns::Msg, "Product", Product::read)?,
            toewijzing_ingangsdatum: i.opt_leaf(Ns::Msg, "ToewijzingIngangsdatum")?,
            begindatum: i.leaf(Ns::Msg, "Begindatum")?,
            status_aanlevering: i.leaf(Ns::Msg, "StatusAanlevering")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.opt_leaf(Ns::Msg, "ToewijzingNummer", self.toewijzing_nummer.as_ref())?;
        o.opt_child(Ns::Msg, "Product", self.product.as_ref())?;
        o.opt_leaf(
            Ns::Msg,
            "ToewijzingIngangsdatum",
            self.toewijzing_ingangsdatum.as_ref(),
        )?;
        o.leaf(Ns::Msg, "Begindatum", &self.begindatum)?;
        o.leaf(Ns::Msg, "StatusAanlevering", &self.status_aanlevering)
    }
}

/// A stopped product (`StopProduct`).
///
/// # Example
///
/// See [`Jw307`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct StopProduct {
    /// `ToewijzingNummer` (fill it, TR019).
    pub toewijzing_nummer: Option<ToewijzingNummer>,
    /// `Product`.
    pub product: Option<Product>,
    /// `ToewijzingIngangsdatum`.
    pub toewijzing_ingangsdatum: Option<Datum>,
    /// `Begindatum` of the start this stop ends (TR382).
    pub begindatum: Datum,
    /// `RedenBeeindiging`.
    pub reden_beeindiging: RedenBeeindiging,
    /// `Einddatum`: last day of care.
    pub einddatum: Datum,
    /// `StatusAanlevering`: 1 or 3 (CS058).
    pub status_aanlevering: StatusAanlevering,
}

impl Children for StopProduct {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(StopProduct {
            toewijzing_nummer: i.opt_leaf(Ns::Msg, "ToewijzingNummer")?,
            product: i.opt_child(Ns::Msg, "Product", Product::read)?,
            toewijzing_ingangsdatum: i.opt_leaf(Ns::Msg, "ToewijzingIngangsdatum")?,
            begindatum: i.leaf(Ns::Msg, "Begindatum")?,
            reden_beeindiging: i.leaf(Ns::Msg, "RedenBeeindiging")?,
            einddatum: i.leaf(Ns::Msg, "Einddatum")?,
            status_aanlevering: i.leaf(Ns::Msg, "StatusAanlevering")?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.opt_leaf(Ns::Msg, "ToewijzingNummer", self.toewijzing_nummer.as_ref())?;
        o.opt_child(Ns::Msg, "Product", self.product.as_ref())?;
        o.opt_leaf(
            Ns::Msg,
            "ToewijzingIngangsdatum",
            self.toewijzing_ingangsdatum.as_ref(),
        )?;
        o.leaf(Ns::Msg, "Begindatum", &self.begindatum)?;
        o.leaf(Ns::Msg, "RedenBeeindiging", &self.reden_beeindiging)?;
        o.leaf(Ns::Msg, "Einddatum", &self.einddatum)?;
        o.leaf(Ns::Msg, "StatusAanlevering", &self.status_aanlevering)
    }
}

fn read_msg<R: BufRead, P: Children>(
    read: R,
    source: &str,
    ns: &'static str,
    kind: Kind,
    list: &'static str,
    item: &'static str,
) -> Result<(Header, ZorgClient<P>), MessageError> {
    let mut i = Input::new(read, source, ns, kind.name);
    i.open_root()?;
    let header = i.child(Ns::Msg, "Header", |i| Header::read(i, kind))?;
    let client = i.child(Ns::Msg, "Client", |i| {
        Ok(ZorgClient {
            bsn: i.leaf(Ns::Msg, "Bsn")?,
            geboortedatum: i.child(Ns::Msg, "Geboortedatum", Geboortedatum::read)?,
            geslacht: i.leaf(Ns::Msg, "Geslacht")?,
            naam: i.child(Ns::Msg, "Naam", VerkorteNaam::read)?,
            producten: i.child(Ns::Msg, list, |i| i.many(Ns::Msg, item, P::read))?,
        })
    })?;
    i.close()?;
    i.finish()?;
    Ok((header, client))
}

fn write_msg<W: Write, P: Children>(
    w: W,
    ns: &'static str,
    kind: Kind,
    list: &'static str,
    item: &'static str,
    header: &Header,
    c: &ZorgClient<P>,
) -> Result<W, MessageError> {
    let mut o = Output::new(w, kind.name);
    o.root(ns, None)?;
    o.start(Ns::Msg, "Header")?;
    header.write(&mut o, kind)?;
    o.end(Ns::Msg)?;
    o.start(Ns::Msg, "Client")?;
    o.leaf(Ns::Msg, "Bsn", &c.bsn)?;
    o.child(Ns::Msg, "Geboortedatum", &c.geboortedatum)?;
    o.leaf(Ns::Msg, "Geslacht", &c.geslacht)?;
    o.child(Ns::Msg, "Naam", &c.naam)?;
    o.start(Ns::Msg, list)?;
    o.non_empty(&c.producten, item)?;
    for p in &c.producten {
        o.child(Ns::Msg, item, p)?;
    }
    o.end(Ns::Msg)?;
    o.end(Ns::Msg)?;
    o.finish()
}

fn string(bytes: Vec<u8>, what: &str) -> Result<String, Error> {
    String::from_utf8(bytes)
        .map_err(|e| Error::from(MessageError::value(what, e.to_string(), "UTF-8")))
}

/// A JW305 start-of-care message.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Jw305, StatusAanlevering};
/// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw305_start.xml"))?;
/// let msg = Jw305::from_str(&xml, "jw305_start.xml")?;
/// assert_eq!(msg.client.producten[0].status_aanlevering, StatusAanlevering::Eerste);
/// assert_eq!(Jw305::from_str(&msg.to_xml_string()?, "written")?, msg);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw305 {
    /// `Header` (`Afzender` is the provider).
    pub header: Header,
    /// `Client` with its `StartProducten`.
    pub client: ZorgClient<StartProduct>,
}

/// A JW307 end-of-care message.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Jw307, RedenBeeindiging};
/// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw307_stop.xml"))?;
/// let msg = Jw307::from_str(&xml, "jw307_stop.xml")?;
/// assert_eq!(msg.client.producten[0].reden_beeindiging, RedenBeeindiging::VolgensPlan);
/// assert_eq!(Jw307::from_str(&msg.to_xml_string()?, "written")?, msg);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw307 {
    /// `Header` (`Afzender` is the provider).
    pub header: Header,
    /// `Client` with its `StopProducten`.
    pub client: ZorgClient<StopProduct>,
}

macro_rules! io_methods {
    ($ty:ident, $ns:expr, $kind:expr, $list:literal, $item:literal) => {
        impl $ty {
            /// Reads a whole message; `source` names the input in errors.
            ///
            /// # Errors
            ///
            /// [`Error::Message`] with source, line, column and element path, as
            /// [`super::Jw323::read`].
            ///
            /// # Example
            ///
            #[doc = concat!("See [`", stringify!($ty), "`].")]
            pub fn read(read: impl BufRead, source: &str) -> Result<$ty, Error> {
                let (header, client) = read_msg(read, source, $ns, $kind, $list, $item)?;
                Ok($ty { header, client })
            }

            /// Reads a whole message from a string.
            ///
            /// # Errors
            ///
            #[doc = concat!("As [`", stringify!($ty), "::read`].")]
            ///
            /// # Example
            ///
            #[doc = concat!("See [`", stringify!($ty), "`].")]
            #[allow(clippy::should_implement_trait)]
            pub fn from_str(xml: &str, source: &str) -> Result<$ty, Error> {
                $ty::read(xml.as_bytes(), source)
            }

            /// Writes the message as the XSD says.
            ///
            /// # Errors
            ///
            /// [`Error::Message`] when the list of products is empty (1..n), or writing fails.
            ///
            /// # Example
            ///
            #[doc = concat!("See [`", stringify!($ty), "`].")]
            pub fn write(&self, w: impl Write) -> Result<(), Error> {
                write_msg(w, $ns, $kind, $list, $item, &self.header, &self.client)?;
                Ok(())
            }

            /// The message as a string.
            ///
            /// # Errors
            ///
            #[doc = concat!("As [`", stringify!($ty), "::write`].")]
            ///
            /// # Example
            ///
            #[doc = concat!("See [`", stringify!($ty), "`].")]
            pub fn to_xml_string(&self) -> Result<String, Error> {
                let bytes = write_msg(
                    Vec::new(),
                    $ns,
                    $kind,
                    $list,
                    $item,
                    &self.header,
                    &self.client,
                )?;
                string(bytes, stringify!($ty))
            }
        }
    };
}

io_methods!(Jw305, JW305_NS, KIND305, "StartProducten", "StartProduct");
io_methods!(Jw307, JW307_NS, KIND307, "StopProducten", "StopProduct");
