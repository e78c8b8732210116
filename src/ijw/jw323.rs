//! JW323 *Declaratie* (provider → municipality): one declaration per message, its lines
//! (`Prestatie`) grouped per client.

use std::io::{BufRead, Write};

use crate::{Error, ProductCategory, ProductCode};

use super::JW323_NS;
use super::common::{Children, Header, Kind, Periode, ProductReferentie};
use super::types::*;
use super::xml::{Input, Ns, Output};
use crate::message_error::{MessageError, MessageErrorKind};

pub(crate) const KIND: Kind = Kind {
    name: "jw323",
    code: "490",
    from_gemeente: false,
};

/// A JW323 declaration message.
///
/// Read it whole with [`Jw323::read`] / [`Jw323::from_str`], or line by line with
/// [`Jw323Reader`]; write it with [`Jw323::write`].
///
/// # Example
///
/// ```
/// use jbjr::ijw::Jw323;
/// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
/// let msg = Jw323::from_str(&xml, "jw323_declaratie.xml")?;
/// assert_eq!(msg.declaratie.declaratie_nummer.as_str(), "JBG202604");
/// let mut out = Vec::new();
/// msg.write(&mut out)?;
/// assert_eq!(Jw323::read(out.as_slice(), "written")?, msg);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw323 {
    /// `Header` (`Afzender` is the provider).
    pub header: Header,
    /// `Declaratie`.
    pub declaratie: Declaratie,
}

/// The fields of `Declaratie` before its clients (what a streaming reader knows up front).
///
/// # Example
///
/// See [`Jw323Reader`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DeclaratieKop {
    /// `DeclaratieNummer`: 1–12 letters and digits (CS319), unique (TR333).
    pub declaratie_nummer: DeclaratieNummer,
    /// `DeclaratiePeriode`: one whole calendar month (CS340).
    pub declaratie_periode: Periode,
    /// `DeclaratieDagtekening`.
    pub declaratie_dagtekening: Datum,
    /// `TotaalIngediendBedrag`: Σ debit − Σ credit (TR358).
    pub totaal_ingediend_bedrag: TotaalBedragMetDc,
}

/// `Declaratie`: the declaration's fields and its clients (1..n).
///
/// # Example
///
/// See [`Jw323`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Declaratie {
    /// `DeclaratieNummer`: 1–12 letters and digits (CS319), unique (TR333).
    pub declaratie_nummer: DeclaratieNummer,
    /// `DeclaratiePeriode`: one whole calendar month (CS340).
    pub declaratie_periode: Periode,
    /// `DeclaratieDagtekening`.
    pub declaratie_dagtekening: Datum,
    /// `TotaalIngediendBedrag`: Σ debit − Σ credit (TR358).
    pub totaal_ingediend_bedrag: TotaalBedragMetDc,
    /// `Clienten/Client`, at least one.
    pub clienten: Vec<Jw323Client>,
}

/// A client of a JW323 with its lines (1..n).
///
/// # Example
///
/// See [`Jw323`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Jw323Client {
    /// `Bsn`.
    pub bsn: Bsn,
    /// `Prestaties/Prestatie`, at least one.
    pub prestaties: Vec<Prestatie>,
}

/// One declared line (`Prestatie`), as JW323 sends it and JW325 repeats it. Category and code
/// are separate elements here (not a `CDT_Product`).
///
/// # Example
///
/// ```
/// use jbjr::ijw::{BedragMetDc, Eenheid, Prestatie, Volume};
/// let p = Prestatie {
///     product_referentie: jbjr::ijw::ProductReferentie { referentie_nummer: "PR1".parse()?, vorig_referentie_nummer: None },
///     toewijzing_nummer: "100001".parse()?,
///     product_categorie: "48".parse()?,
///     product_code: "48B10".parse()?,
///     product_periode: jbjr::ijw::Periode { begindatum: "2026-04-01".parse()?, einddatum: "2026-04-30".parse()? },
///     geleverd_volume: Volume::ONE,
///     eenheid: Eenheid::StuksOutput,
///     product_tarief: Some("125929".parse()?),
///     ingediend_bedrag: BedragMetDc::from_signed_cents(125929).unwrap(),
/// };
/// assert_eq!(p.ingediend_bedrag.signed_cents(), 125929);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Prestatie {
    /// `ProductReferentie`.
    pub product_referentie: ProductReferentie,
    /// `ToewijzingNummer` of the allocation billed.
    pub toewijzing_nummer: ToewijzingNummer,
    /// `ProductCategorie` (JZ020).
    pub product_categorie: ProductCategory,
    /// `ProductCode`.
    pub product_code: ProductCode,
    /// `ProductPeriode`: inside one calendar month (CS337, OP367).
    pub product_periode: Periode,
    /// `GeleverdVolume`.
    pub geleverd_volume: Volume,
    /// `Eenheid` (WJ756; a month is `82`, see the module docs).
    pub eenheid: Eenheid,
    /// `ProductTarief` in eurocents; mandatory unless `Eenheid` is 83 (CD087).
    pub product_tarief: Option<Bedrag>,
    /// `IngediendBedrag`.
    pub ingediend_bedrag: BedragMetDc,
}

impl Children for Prestatie {
    fn read<R: BufRead>(i: &mut Input<R>) -> Result<Self, MessageError> {
        Ok(Prestatie {
            product_referentie: i.child(Ns::Msg, "ProductReferentie", ProductReferentie::read)?,
            toewijzing_nummer: i.leaf(Ns::Msg, "ToewijzingNummer")?,
            product_categorie: i.leaf(Ns::Msg, "ProductCategorie")?,
            product_code: i.leaf(Ns::Msg, "ProductCode")?,
            product_periode: i.child(Ns::Msg, "ProductPeriode", Periode::read)?,
            geleverd_volume: i.leaf(Ns::Msg, "GeleverdVolume")?,
            eenheid: i.leaf(Ns::Msg, "Eenheid")?,
            product_tarief: i.opt_leaf(Ns::Msg, "ProductTarief")?,
            ingediend_bedrag: i.child(Ns::Msg, "IngediendBedrag", BedragMetDc::read)?,
        })
    }
    fn write<W: Write>(&self, o: &mut Output<W>) -> Result<(), MessageError> {
        o.child(Ns::Msg, "ProductReferentie", &self.product_referentie)?;
        o.leaf(Ns::Msg, "ToewijzingNummer", &self.toewijzing_nummer)?;
        o.leaf(Ns::Msg, "ProductCategorie", &self.product_categorie)?;
        o.leaf(Ns::Msg, "ProductCode", &self.product_code)?;
        o.child(Ns::Msg, "ProductPeriode", &self.product_periode)?;
        o.leaf(Ns::Msg, "GeleverdVolume", &self.geleverd_volume)?;
        o.leaf(Ns::Msg, "Eenheid", &self.eenheid)?;
        o.opt_leaf(Ns::Msg, "ProductTarief", self.product_tarief.as_ref())?;
        o.child(Ns::Msg, "IngediendBedrag", &self.ingediend_bedrag)
    }
}

/// One line as [`Jw323Reader`] yields it: the position of its `Client` element (from 1), the
/// client's BSN and the line.
///
/// # Example
///
/// See [`Jw323Reader`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jw323Line {
    /// Position of the `Client` element in `Clienten`, from 1 (two `Client` elements with the
    /// same BSN stay apart).
    pub client: u32,
    /// The client's BSN.
    pub bsn: Bsn,
    /// The line.
    pub prestatie: Prestatie,
}

#[derive(Debug)]
enum State {
    NeedClient { first: bool },
    InClient { bsn: Bsn, first: bool },
    Done,
}

/// A streaming reader of a JW323: the header and declaration fields are read when it is made,
/// then one line at a time ([`Jw323Reader::next_line`], or as an `Iterator`), so that memory
/// grows with the lines the caller keeps, not with the bytes read. The end of the document is
/// checked after the last line; the first error ends the iteration.
///
/// # Example
///
/// ```
/// use jbjr::ijw::Jw323Reader;
/// let file = std::fs::File::open(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
/// let mut reader = Jw323Reader::new(std::io::BufReader::new(file), "jw323_declaratie.xml")?;
/// assert_eq!(reader.declaratie().declaratie_nummer.as_str(), "JBG202604");
/// let mut debit = 0i64;
/// while let Some(line) = reader.next_line()? {
///     debit += line.prestatie.ingediend_bedrag.signed_cents();
/// }
/// assert_eq!(debit, reader.declaratie().totaal_ingediend_bedrag.signed_cents());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Jw323Reader<R: BufRead> {
    input: Input<R>,
    header: Header,
    kop: DeclaratieKop,
    state: State,
    client: u32,
    line: u32,
}

impl<R: BufRead> Jw323Reader<R> {
    /// Reads the header and the declaration's fields; `source` names the input in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] when the input is not well-formed, not a JW323 (namespace,
    /// `BerichtCode`), or its header or declaration fields break the XSD.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Error, ijw::Jw323Reader};
    /// let err = Jw323Reader::new("<x/>".as_bytes(), "bad.xml").err().unwrap();
    /// assert!(matches!(err, Error::Message(e) if e.line == 1));
    /// ```
    pub fn new(read: R, source: &str) -> Result<Jw323Reader<R>, Error> {
        let mut input = Input::new(read, source, JW323_NS, "jw323");
        input.open_root()?;
        let header = input.child(Ns::Msg, "Header", |i| Header::read(i, KIND))?;
        input.open(Ns::Msg, "Declaratie")?;
        let (declaratie_nummer, line, column): (DeclaratieNummer, u64, u64) =
            input.leaf_pos(Ns::Msg, "DeclaratieNummer")?;
        if !declaratie_nummer.is_alphanumeric() {
            let mut e = input.error_at(
                line,
                column,
                MessageErrorKind::InvalidValue,
                format!(
                    "{:?} holds characters other than letters and digits (CS319)",
                    declaratie_nummer.as_str()
                ),
                Some("1 to 12 letters or digits (JW323 pattern ([a-zA-Z0-9])+)".into()),
            );
            e.path.push_str("/DeclaratieNummer");
            return Err(e.into());
        }
        let kop = DeclaratieKop {
            declaratie_nummer,
            declaratie_periode: input.child(Ns::Msg, "DeclaratiePeriode", Periode::read)?,
            declaratie_dagtekening: input.leaf(Ns::Msg, "DeclaratieDagtekening")?,
            totaal_ingediend_bedrag: input.child(
                Ns::Msg,
                "TotaalIngediendBedrag",
                TotaalBedragMetDc::read,
            )?,
        };
        input.open(Ns::Msg, "Clienten")?;
        Ok(Jw323Reader {
            input,
            header,
            kop,
            state: State::NeedClient { first: true },
            client: 0,
            line: 0,
        })
    }

    /// The header.
    ///
    /// # Example
    ///
    /// See [`Jw323Reader`].
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The declaration's fields before its clients.
    ///
    /// # Example
    ///
    /// See [`Jw323Reader`].
    pub fn declaratie(&self) -> &DeclaratieKop {
        &self.kop
    }

    /// The next line, or `None` after the last one (and a check that the document ends well).
    ///
    /// # Errors
    ///
    /// [`Error::Message`] for anything that breaks the XSD: a missing, unexpected, empty or
    /// invalid element (with line, column and path), or XML that is not well-formed. After an
    /// error the reader yields `None`.
    ///
    /// # Example
    ///
    /// See [`Jw323Reader`].
    pub fn next_line(&mut self) -> Result<Option<Jw323Line>, Error> {
        let result = self.step();
        if result.is_err() {
            self.state = State::Done;
        }
        result.map_err(Error::from)
    }

    fn step(&mut self) -> Result<Option<Jw323Line>, MessageError> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Ok(None),
                State::NeedClient { first } => {
                    if !first && !self.input.at(Ns::Msg, "Client")? {
                        self.input.close()?; // Clienten
                        self.input.close()?; // Declaratie
                        self.input.close()?; // Bericht
                        self.input.finish()?;
                        return Ok(None);
                    }
                    self.client = self.client.saturating_add(1);
                    self.line = 0;
                    self.input.open_nth(Ns::Msg, "Client", self.client)?;
                    let bsn = self.input.leaf(Ns::Msg, "Bsn")?;
                    self.input.open(Ns::Msg, "Prestaties")?;
                    self.state = State::InClient { bsn, first: true };
                }
                State::InClient { bsn, first } => {
                    if !first && !self.input.at(Ns::Msg, "Prestatie")? {
                        self.input.close()?; // Prestaties
                        self.input.close()?; // Client
                        self.state = State::NeedClient { first: false };
                        continue;
                    }
                    self.line = self.line.saturating_add(1);
                    self.input.open_nth(Ns::Msg, "Prestatie", self.line)?;
                    let prestatie = Prestatie::read(&mut self.input)?;
                    self.input.close()?;
                    self.state = State::InClient { bsn, first: false };
                    return Ok(Some(Jw323Line {
                        client: self.client,
                        bsn,
                        prestatie,
                    }));
                }
            }
        }
    }
}

impl<R: BufRead> Iterator for Jw323Reader<R> {
    type Item = Result<Jw323Line, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_line().transpose()
    }
}

impl Jw323 {
    /// Reads a whole JW323; `source` names the input in errors (a file name).
    ///
    /// # Errors
    ///
    /// [`Error::Message`] naming source, line, column and element path, for XML that is not
    /// well-formed, another message, an element missing, unexpected, out of order or empty, or
    /// a value its type refuses (BSN 11-proef, amounts with decimals, dates with a zone, …).
    ///
    /// # Example
    ///
    /// See [`Jw323`].
    pub fn read(read: impl BufRead, source: &str) -> Result<Jw323, Error> {
        let mut reader = Jw323Reader::new(read, source)?;
        let mut clienten: Vec<Jw323Client> = Vec::new();
        while let Some(line) = reader.next_line()? {
            let same_client = usize::try_from(line.client).ok() == Some(clienten.len());
            match clienten.last_mut() {
                Some(c) if same_client => c.prestaties.push(line.prestatie),
                _ => clienten.push(Jw323Client {
                    bsn: line.bsn,
                    prestaties: vec![line.prestatie],
                }),
            }
        }
        let kop = reader.kop;
        Ok(Jw323 {
            header: reader.header,
            declaratie: Declaratie {
                declaratie_nummer: kop.declaratie_nummer,
                declaratie_periode: kop.declaratie_periode,
                declaratie_dagtekening: kop.declaratie_dagtekening,
                totaal_ingediend_bedrag: kop.totaal_ingediend_bedrag,
                clienten,
            },
        })
    }

    /// Reads a whole JW323 from a string.
    ///
    /// # Errors
    ///
    /// As [`Jw323::read`].
    ///
    /// # Example
    ///
    /// See [`Jw323`].
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(xml: &str, source: &str) -> Result<Jw323, Error> {
        Jw323::read(xml.as_bytes(), source)
    }

    /// Writes the message as the XSD says: both namespaces on the root, elements in order,
    /// optional elements left out when absent.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] when a list the XSD requires to hold at least one entry is empty,
    /// the `DeclaratieNummer` is not letters and digits only (CS319), or writing fails.
    ///
    /// # Example
    ///
    /// See [`Jw323`].
    pub fn write(&self, w: impl Write) -> Result<(), Error> {
        self.write_inner(w).map(|_| ()).map_err(Error::from)
    }

    /// The message as a string (see [`Jw323::write`]).
    ///
    /// # Errors
    ///
    /// As [`Jw323::write`].
    ///
    /// # Example
    ///
    /// ```
    /// # let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
    /// let msg = jbjr::ijw::Jw323::from_str(&xml, "in")?;
    /// assert!(msg.to_xml_string()?.contains("<jw323:BerichtCode>490</jw323:BerichtCode>"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_xml_string(&self) -> Result<String, Error> {
        let bytes = self.write_inner(Vec::new())?;
        String::from_utf8(bytes)
            .map_err(|e| Error::from(MessageError::value("Jw323", e.to_string(), "UTF-8")))
    }

    fn write_inner<W: Write>(&self, w: W) -> Result<W, MessageError> {
        let mut o = Output::new(w, "jw323");
        o.root(JW323_NS, None)?;
        o.start(Ns::Msg, "Header")?;
        self.header.write(&mut o, KIND)?;
        o.end(Ns::Msg)?;
        let d = &self.declaratie;
        o.start(Ns::Msg, "Declaratie")?;
        if !d.declaratie_nummer.is_alphanumeric() {
            return Err(o.error(
                MessageErrorKind::InvalidValue,
                format!(
                    "DeclaratieNummer {:?} holds characters other than letters and digits (CS319)",
                    d.declaratie_nummer.as_str()
                ),
            ));
        }
        o.leaf(Ns::Msg, "DeclaratieNummer", &d.declaratie_nummer)?;
        o.child(Ns::Msg, "DeclaratiePeriode", &d.declaratie_periode)?;
        o.leaf(Ns::Msg, "DeclaratieDagtekening", &d.declaratie_dagtekening)?;
        o.child(Ns::Msg, "TotaalIngediendBedrag", &d.totaal_ingediend_bedrag)?;
        o.start(Ns::Msg, "Clienten")?;
        o.non_empty(&d.clienten, "Client")?;
        for c in &d.clienten {
            o.start(Ns::Msg, "Client")?;
            o.leaf(Ns::Msg, "Bsn", &c.bsn)?;
            o.start(Ns::Msg, "Prestaties")?;
            o.non_empty(&c.prestaties, "Prestatie")?;
            for p in &c.prestaties {
                o.child(Ns::Msg, "Prestatie", p)?;
            }
            o.end(Ns::Msg)?;
            o.end(Ns::Msg)?;
        }
        o.end(Ns::Msg)?;
        o.end(Ns::Msg)?;
        o.finish()
    }
}
