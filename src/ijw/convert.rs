//! Conversions between the messages and the declaration layer: a JW323 line to a
//! [`DeclarationLine`] with its iJw keys, a JW301 allocation to a [`Case`], and the building of
//! a JW323 from lines and of a JW325 from verdicts (IV087, TR342).

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::billing::{Case, Municipality, Volume as CaseVolume};
use crate::declaration::DeclarationLine;
use crate::{AgbCode, Catalogue, Error, Provider, Unit};

use super::common::{BerichtIdentificatie, Header, Periode, ProductReferentie, XsdVersie};
use super::jw301::{Jw301, ToegewezenProduct};
use super::jw323::{Declaratie, Jw323, Jw323Client, Prestatie};
use super::jw325::{DeclaratieAntwoord, Jw325, Jw325Client, Jw325Header, Jw325Prestatie};
use super::types::*;
use crate::message_error::{MessageError, MessageErrorKind};

pub(crate) fn rule(path: &str, reason: String) -> Error {
    Error::from(MessageError {
        kind: MessageErrorKind::Rule,
        source: String::new(),
        line: 0,
        column: 0,
        path: path.to_string(),
        reason,
        expected: None,
    })
}

/// Which GI an AGB code stands for: from a catalogue's declared providers
/// ([`crate::ProviderInfo`] AGB codes) or given by the caller (`"JbGld=12340001"`).
///
/// # Example
///
/// ```
/// use jbjr::{Provider, ijw::ProviderMap};
/// let map: ProviderMap = "JbGld=12340001, WSS=12340002".parse()?; // made-up AGB codes
/// assert_eq!(map.provider(&"12340001".parse()?)?, Provider::JbGld);
/// assert!(map.provider(&"99999999".parse()?).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderMap(HashMap<AgbCode, Provider>);

impl ProviderMap {
    /// The providers a catalogue declares with an AGB code.
    ///
    /// # Example
    ///
    /// ```
    /// // The product book 2026 gives no AGB codes: the map is empty.
    /// assert!(jbjr::ijw::ProviderMap::from_catalogue(jbjr::Catalogue::gelderland_2026()).is_empty());
    /// ```
    #[must_use]
    pub fn from_catalogue(catalogue: &Catalogue) -> ProviderMap {
        ProviderMap(
            catalogue
                .providers()
                .iter()
                .filter_map(|p| p.agb().map(|a| (a, p.provider())))
                .collect(),
        )
    }

    /// Adds (or replaces) one AGB code.
    ///
    /// # Example
    ///
    /// ```
    /// let mut map = jbjr::ijw::ProviderMap::default();
    /// map.insert("12340001".parse()?, jbjr::Provider::JbGld);
    /// assert!(!map.is_empty());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn insert(&mut self, agb: AgbCode, provider: Provider) {
        self.0.insert(agb, provider);
    }

    /// Every AGB code with its GI, in no particular order.
    ///
    /// # Example
    ///
    /// ```
    /// let map: jbjr::ijw::ProviderMap = "JbGld=12340001".parse()?;
    /// assert_eq!(map.iter().count(), 1);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (AgbCode, Provider)> + '_ {
        self.0.iter().map(|(a, p)| (*a, *p))
    }

    /// Whether the map holds no AGB code.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jbjr::ijw::ProviderMap::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The GI with this AGB code.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownName`] when no provider has it.
    ///
    /// # Example
    ///
    /// See [`ProviderMap`].
    pub fn provider(&self, agb: &AgbCode) -> Result<Provider, Error> {
        self.0.get(agb).copied().ok_or_else(|| Error::UnknownName {
            kind: "provider AGB code",
            input: agb.as_str().into(),
            expected: "an AGB code of a provider the catalogue declares or the map was given (name=AGB)",
        })
    }
}

impl std::str::FromStr for ProviderMap {
    type Err = Error;

    /// `name=AGB` pairs separated by commas.
    fn from_str(s: &str) -> Result<ProviderMap, Error> {
        let mut map = ProviderMap::default();
        for pair in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, agb) = pair.split_once('=').ok_or_else(|| Error::UnknownName {
                kind: "provider map entry",
                input: pair.into(),
                expected: "name=AGB, e.g. JbGld=12340001",
            })?;
            map.insert(agb.trim().parse()?, name.trim().parse()?);
        }
        Ok(map)
    }
}

/// The iJw keys of a declaration line, kept beside the [`DeclarationLine`].
///
/// # Example
///
/// See [`build_jw323`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LineKeys {
    /// `ReferentieNummer`.
    pub referentie_nummer: ReferentieNummer,
    /// `VorigReferentieNummer` (a credit's debit, CD060).
    pub vorig_referentie_nummer: Option<ReferentieNummer>,
    /// `ToewijzingNummer`.
    pub toewijzing_nummer: ToewijzingNummer,
}

/// The unit of a line, from its WJ756 code and the product's tariff unit (82 and 84 are a month
/// for a monthly product; see the module docs).
fn unit_of(eenheid: Eenheid, product_unit: Unit) -> Option<Unit> {
    match (eenheid, product_unit) {
        (Eenheid::StuksOutput | Eenheid::StuksInspanning, Unit::Month) => Some(Unit::Month),
        (Eenheid::StuksOutput, Unit::Traject) => Some(Unit::Traject),
        (Eenheid::StuksOutput, Unit::Piece) => Some(Unit::Piece),
        (Eenheid::Uur, Unit::Hour) => Some(Unit::Hour),
        (Eenheid::Minuut, Unit::Hour | Unit::Minute) => Some(Unit::Minute),
        _ => None,
    }
}

/// The WJ756 code a unit is written with.
fn eenheid_of(unit: Unit) -> Eenheid {
    match unit {
        Unit::Hour => Eenheid::Uur,
        Unit::Minute => Eenheid::Minuut,
        _ => Eenheid::StuksOutput,
    }
}

impl Prestatie {
    /// This line as a [`DeclarationLine`] of client `bsn` and GI `provider`, with its keys.
    /// The unit follows from `Eenheid` and the product's tariff unit in `catalogue`.
    ///
    /// # Errors
    ///
    /// The catalogue's lookup errors for the product and GI; [`Error::UnitMismatch`] when the
    /// `Eenheid` does not fit the product's unit; [`Error::Message`] when `ProductTarief` is
    /// missing (Eenheid 83, not a JB/JR unit).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider, Unit, ijw::Jw323};
    /// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
    /// let msg = Jw323::from_str(&xml, "jw323_declaratie.xml")?;
    /// let client = &msg.declaratie.clienten[0];
    /// let (line, keys) = client.prestaties[0].line(&client.bsn, Provider::JbGld, Catalogue::gelderland_2026())?;
    /// assert_eq!((line.unit, line.amount_cents, line.client.as_str()), (Unit::Month, 125929, "999900006"));
    /// assert_eq!(keys.toewijzing_nummer.get(), 202600001);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn line(
        &self,
        bsn: &Bsn,
        provider: Provider,
        catalogue: &Catalogue,
    ) -> Result<(DeclarationLine<String>, LineKeys), Error> {
        let tariff = catalogue.tariff(self.product_code, provider)?;
        let unit = unit_of(self.eenheid, tariff.unit()).ok_or_else(|| Error::UnitMismatch {
            code: self.product_code,
            expected: tariff.unit(),
            actual: match self.eenheid {
                Eenheid::Uur => Unit::Hour,
                Eenheid::Minuut => Unit::Minute,
                Eenheid::StuksOutput | Eenheid::StuksInspanning => Unit::Piece,
                _ => tariff.unit(),
            },
        })?;
        if self.product_tarief.is_none() {
            return Err(rule(
                "Prestatie/ProductTarief",
                format!(
                    "line {} has no ProductTarief (Eenheid 83 is not a JB/JR unit)",
                    self.product_referentie.referentie_nummer
                ),
            ));
        }
        Ok(self.line_with_unit(bsn, provider, unit))
    }

    /// This line as a [`DeclarationLine`] with its keys, in `unit` (the product's unit, which
    /// `Eenheid` `82` alone does not tell): no catalogue, no check. Minutes declared against an
    /// hourly product are in [`Unit::Minute`] (IV081); a missing `ProductTarief` is 0 (the check
    /// then rejects the line for its tariff).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Provider, Unit, ijw::Jw323};
    /// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
    /// let msg = Jw323::from_str(&xml, "jw323_declaratie.xml")?;
    /// let client = &msg.declaratie.clienten[0];
    /// let (line, _) = client.prestaties[0].line_with_unit(&client.bsn, Provider::JbGld, Unit::Month);
    /// assert_eq!((line.unit, line.volume), (Unit::Month, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn line_with_unit(
        &self,
        bsn: &Bsn,
        provider: Provider,
        unit: Unit,
    ) -> (DeclarationLine<String>, LineKeys) {
        let line = self.declaration_line(bsn, provider, unit);
        let keys = LineKeys {
            referentie_nummer: self.product_referentie.referentie_nummer.clone(),
            vorig_referentie_nummer: self.product_referentie.vorig_referentie_nummer.clone(),
            toewijzing_nummer: self.toewijzing_nummer,
        };
        (line, keys)
    }

    /// The [`DeclarationLine`] of [`Prestatie::line_with_unit`], without its keys.
    pub(crate) fn declaration_line(
        &self,
        bsn: &Bsn,
        provider: Provider,
        unit: Unit,
    ) -> DeclarationLine<String> {
        let unit = unit_of(self.eenheid, unit).unwrap_or(unit);
        let cents = self.product_tarief.map_or(0, |c| i64::from(c.get()));
        DeclarationLine {
            client: bsn.as_str().to_string(),
            code: self.product_code,
            provider,
            start: self.product_periode.begindatum.0,
            end: self.product_periode.einddatum.0,
            volume: i64::from(self.geleverd_volume.get()),
            unit,
            product_tariff: Decimal::new(cents, 2),
            amount_cents: i64::from(self.ingediend_bedrag.bedrag.get()),
            credit: self.ingediend_bedrag.debet_credit == DebetCredit::Credit,
        }
    }
}

impl Jw323 {
    /// Every line as a [`DeclarationLine`] with its keys; the GI is the header's AGB code,
    /// looked up in `providers`.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownName`] for an AGB code not in `providers`; the errors of
    /// [`Prestatie::line`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, ijw::{Jw323, ProviderMap}};
    /// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
    /// let msg = Jw323::from_str(&xml, "jw323_declaratie.xml")?;
    /// let lines = msg.lines(&"JbGld=12340001".parse()?, Catalogue::gelderland_2026())?;
    /// assert_eq!(lines.len(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lines(
        &self,
        providers: &ProviderMap,
        catalogue: &Catalogue,
    ) -> Result<Vec<(DeclarationLine<String>, LineKeys)>, Error> {
        let provider = providers.provider(&self.header.aanbieder)?;
        let clienten = &self.declaratie.clienten;
        let mut out = Vec::with_capacity(clienten.iter().map(|c| c.prestaties.len()).sum());
        for c in &self.declaratie.clienten {
            for p in &c.prestaties {
                out.push(p.line(&c.bsn, provider, catalogue)?);
            }
        }
        Ok(out)
    }
}

impl ToegewezenProduct {
    /// This allocation as a [`Case`] of client `bsn`, GI `provider` and municipality
    /// `gemeente`: period `Ingangsdatum`–`Einddatum`; a volume in hours (`04`) or minutes
    /// (`01`) per month becomes [`Case::volume`], a monthly product (`82`/`84` per month) has
    /// none.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] for a generic allocation (no product code), or an `Omvang` that is
    /// not per month in hours, minutes or (for a month) 1 × `82`/`84`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Provider, Unit, ijw::Jw301};
    /// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw301_toewijzing.xml"))?;
    /// let msg = Jw301::from_str(&xml, "jw301_toewijzing.xml")?;
    /// let c = &msg.client;
    /// let acd = c.toegewezen_producten[1].case(&c.bsn, Provider::JbGld, msg.header.gemeente)?;
    /// assert_eq!(acd.volume.map(|v| (v.amount, v.unit)), Some((10, Unit::Hour)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn case(
        &self,
        bsn: &Bsn,
        provider: Provider,
        gemeente: Municipality,
    ) -> Result<Case<String>, Error> {
        let path = "ToegewezenProduct";
        let code = self.product.and_then(|p| p.code).ok_or_else(|| {
            rule(
                path,
                format!(
                    "allocation {} is generic (no product code): it names no product to bill",
                    self.toewijzing_nummer
                ),
            )
        })?;
        let mut case = Case::new(
            bsn.as_str().to_string(),
            code,
            provider,
            self.ingangsdatum.0,
        )
        .with_municipality(gemeente);
        if let Some(end) = self.einddatum {
            case = case.with_end(end.0);
        }
        if let Some(o) = self.omvang {
            let bad = || {
                rule(
                    path,
                    format!(
                        "allocation {}: Omvang {} × {} per {} is not a JB/JR volume per month",
                        self.toewijzing_nummer, o.volume, o.eenheid, o.frequentie
                    ),
                )
            };
            if o.frequentie != Frequentie::PerMaand {
                return Err(bad());
            }
            match o.eenheid {
                Eenheid::Uur => {
                    case = case.with_volume(CaseVolume {
                        amount: o.volume.get(),
                        unit: Unit::Hour,
                    })
                }
                Eenheid::Minuut => {
                    case = case.with_volume(CaseVolume {
                        amount: o.volume.get(),
                        unit: Unit::Minute,
                    })
                }
                Eenheid::StuksOutput | Eenheid::StuksInspanning if o.volume == Volume::ONE => {}
                _ => return Err(bad()),
            }
        }
        Ok(case)
    }
}

impl Jw301 {
    /// Every allocated product as a [`Case`]; the GI is the header's `Ontvanger`, looked up
    /// in `providers`.
    ///
    /// # Errors
    ///
    /// As [`ToegewezenProduct::case`], and [`Error::UnknownName`] for an unknown AGB code.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ijw::Jw301;
    /// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw301_toewijzing.xml"))?;
    /// let cases = Jw301::from_str(&xml, "in")?.cases(&"JbGld=12340001".parse()?)?;
    /// assert_eq!(cases[0].code.as_str(), "48B10");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cases(&self, providers: &ProviderMap) -> Result<Vec<Case<String>>, Error> {
        let provider = providers.provider(&self.header.aanbieder)?;
        self.client
            .toegewezen_producten
            .iter()
            .map(|p| p.case(&self.client.bsn, provider, self.header.gemeente))
            .collect()
    }
}

/// Builds a JW323 from declaration lines with their keys: clients in the order they first
/// appear, `Eenheid` from the unit (a month is `82` × 1), the tariff in whole eurocents, and
/// `TotaalIngediendBedrag` = Σ debit − Σ credit (TR358).
///
/// # Errors
///
/// [`Error::Message`] when there are no lines, a product code has no JZ020 category, a tariff
/// is not whole cents or an amount, volume or total is out of its XSD range.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Decimal, Provider, Unit, declaration::DeclarationLine};
/// use jbjr::ijw::{BerichtIdentificatie, Header, LineKeys, Periode, XsdVersie, build_jw323};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let bsn: jbjr::ijw::Bsn = "999900006".parse()?;
/// let line = DeclarationLine { client: bsn, code: "48B10".parse()?, provider: Provider::JbGld,
///     start: d(4, 1), end: d(4, 30), volume: 1, unit: Unit::Month,
///     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false };
/// let keys = LineKeys { referentie_nummer: "R1".parse()?, vorig_referentie_nummer: None, toewijzing_nummer: "202600001".parse()? };
/// let header = Header { gemeente: "0202".parse()?, aanbieder: "12340001".parse()?, // made-up AGB
///     bericht_identificatie: BerichtIdentificatie { identificatie: "B1".parse()?, dagtekening: "2026-05-06".parse()? },
///     xsd_versie: XsdVersie::DEFAULT };
/// let periode = Periode { begindatum: d(4, 1).into(), einddatum: d(4, 30).into() };
/// let msg = build_jw323(header, "D1".parse()?, periode, d(5, 6).into(), &[(line, keys)])?;
/// assert_eq!(msg.declaratie.totaal_ingediend_bedrag.signed_cents(), 125929);
/// assert_eq!(msg.declaratie.clienten[0].prestaties[0].eenheid.code(), "82");
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn build_jw323(
    header: Header,
    declaratie_nummer: DeclaratieNummer,
    declaratie_periode: Periode,
    declaratie_dagtekening: Datum,
    lines: &[(DeclarationLine<Bsn>, LineKeys)],
) -> Result<Jw323, Error> {
    if lines.is_empty() {
        return Err(rule(
            "Declaratie/Clienten",
            "no lines: a JW323 holds at least one Prestatie".into(),
        ));
    }
    let mut clienten: Vec<Jw323Client> = Vec::new();
    // Each client's position in `clienten`: one lookup per line, linear in lines and clients.
    let mut client_index: HashMap<Bsn, usize> = HashMap::new();
    let mut total: i64 = 0;
    for (line, keys) in lines {
        let path = format!("line {}", keys.referentie_nummer);
        let categorie = line.code.category().ok_or_else(|| {
            rule(
                &path,
                format!("product code {} has no JZ020 category", line.code),
            )
        })?;
        let cents = line.product_tariff * Decimal::ONE_HUNDRED;
        let tarief = (cents.fract().is_zero())
            .then(|| i64::try_from(cents.trunc()).ok())
            .flatten()
            .and_then(|c| u32::try_from(c).ok())
            .and_then(Bedrag::new)
            .ok_or_else(|| {
                rule(
                    &path,
                    format!(
                        "tariff {} is not whole eurocents 0 to 999999.99",
                        line.product_tariff
                    ),
                )
            })?;
        let bedrag = u32::try_from(line.amount_cents)
            .ok()
            .and_then(Bedrag::new)
            .ok_or_else(|| {
                rule(
                    &path,
                    format!(
                        "amount {} cents is out of range 0 to 99999999",
                        line.amount_cents
                    ),
                )
            })?;
        let volume = u32::try_from(line.volume)
            .ok()
            .and_then(Volume::new)
            .ok_or_else(|| {
                rule(
                    &path,
                    format!("volume {} is out of range 0 to 99999999", line.volume),
                )
            })?;
        let debet_credit = if line.credit {
            DebetCredit::Credit
        } else {
            DebetCredit::Debet
        };
        let prestatie = Prestatie {
            product_referentie: ProductReferentie {
                referentie_nummer: keys.referentie_nummer.clone(),
                vorig_referentie_nummer: keys.vorig_referentie_nummer.clone(),
            },
            toewijzing_nummer: keys.toewijzing_nummer,
            product_categorie: categorie,
            product_code: line.code,
            product_periode: Periode {
                begindatum: line.start.into(),
                einddatum: line.end.into(),
            },
            geleverd_volume: volume,
            eenheid: eenheid_of(line.unit),
            product_tarief: Some(tarief),
            ingediend_bedrag: BedragMetDc {
                bedrag,
                debet_credit,
            },
        };
        total = total.saturating_add(line.signed_cents());
        match client_index
            .get(&line.client)
            .and_then(|&i| clienten.get_mut(i))
        {
            Some(c) => c.prestaties.push(prestatie),
            None => {
                client_index.insert(line.client, clienten.len());
                clienten.push(Jw323Client {
                    bsn: line.client,
                    prestaties: vec![prestatie],
                });
            }
        }
    }
    let totaal = TotaalBedragMetDc::from_signed_cents(total).ok_or_else(|| {
        rule(
            "Declaratie/TotaalIngediendBedrag",
            format!("total {total} cents is out of range"),
        )
    })?;
    Ok(Jw323 {
        header,
        declaratie: Declaratie {
            declaratie_nummer,
            declaratie_periode,
            declaratie_dagtekening,
            totaal_ingediend_bedrag: totaal,
            clienten,
        },
    })
}

/// The verdict on one rejected line of a JW323: its `ReferentieNummer` and return codes.
/// Lines without a verdict are approved.
///
/// # Example
///
/// See [`build_jw325`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LineVerdict {
    /// The rejected line.
    pub referentie_nummer: ReferentieNummer,
    /// Its return codes (at least one, e.g. 0611 for TR418).
    pub retour_codes: Vec<RetourCode>,
}

/// Builds the JW325 answer to `jw323` as a municipality fills it (IV087, TR342): header code
/// 0200; only the clients with a rejected line and only those lines listed, their submitted
/// values repeated unchanged (TR367) with the line's codes, the client's code 0200;
/// `TotaalToegekendBedrag` = `TotaalIngediendBedrag` − the rejected lines (signed, so the
/// returned lines balance, TR342); the answer's code 0200, or 8001 when nothing was rejected
/// (then no `Clienten`). `DeclaratieIdentificatie` and `XsdVersieDeclaratie` are copied from
/// the JW323 (TR337, TR371); sender and receiver swap.
///
/// # Errors
///
/// [`Error::Message`] when a verdict names a `ReferentieNummer` that is not in the JW323
/// (TR366), has no codes, or a total is out of range.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{BerichtIdentificatie, Jw323, LineVerdict, RetourCode, XsdVersie, build_jw325};
/// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
/// let jw323 = Jw323::from_str(&xml, "jw323_declaratie.xml")?;
/// let verdicts = [
///     LineVerdict { referentie_nummer: "JBG2026040003".parse()?, retour_codes: vec![RetourCode::TARIEF_WIJKT_AF] },
///     LineVerdict { referentie_nummer: "JBG2026040004".parse()?, retour_codes: vec!["9346".parse()?] },
///     LineVerdict { referentie_nummer: "JBG2026040006".parse()?, retour_codes: vec!["9384".parse()?] },
/// ];
/// let id = BerichtIdentificatie { identificatie: "AJBGD2605001".parse()?, dagtekening: "2026-05-13".parse()? };
/// let answer = build_jw325(&jw323, id, XsdVersie::DEFAULT, &verdicts)?;
/// let a = answer.declaratie_antwoord.as_ref().unwrap();
/// assert_eq!(a.totaal_toegekend_bedrag.signed_cents(), 117381);
/// let xml325 = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw325_antwoord.xml"))?;
/// assert_eq!(answer, jbjr::ijw::Jw325::from_str(&xml325, "jw325_antwoord.xml")?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn build_jw325(
    jw323: &Jw323,
    bericht_identificatie: BerichtIdentificatie,
    xsd_versie: XsdVersie,
    rejected: &[LineVerdict],
) -> Result<Jw325, Error> {
    let mut verdicts: HashMap<&ReferentieNummer, &LineVerdict> = HashMap::new();
    for v in rejected {
        if v.retour_codes.is_empty() {
            return Err(rule(
                "LineVerdict",
                format!(
                    "the verdict on line {} has no return code",
                    v.referentie_nummer
                ),
            ));
        }
        verdicts.insert(&v.referentie_nummer, v);
    }
    let mut clienten = Vec::new();
    let mut rejected_sum: i64 = 0;
    let mut found = 0usize;
    for c in &jw323.declaratie.clienten {
        let mut prestaties = Vec::new();
        for p in &c.prestaties {
            if let Some(v) = verdicts.get(&p.product_referentie.referentie_nummer) {
                found += 1;
                rejected_sum = rejected_sum.saturating_add(p.ingediend_bedrag.signed_cents());
                prestaties.push(Jw325Prestatie {
                    prestatie: p.clone(),
                    retour_codes: v.retour_codes.clone(),
                });
            }
        }
        if !prestaties.is_empty() {
            clienten.push(Jw325Client {
                bsn: c.bsn,
                prestaties,
                retour_codes: vec![RetourCode::GEEN_OPMERKING],
            });
        }
    }
    if found != verdicts.len() {
        let unknown: Vec<String> = verdicts
            .keys()
            .filter(|r| {
                !jw323
                    .declaratie
                    .clienten
                    .iter()
                    .flat_map(|c| &c.prestaties)
                    .any(|p| &&p.product_referentie.referentie_nummer == *r)
            })
            .map(|r| r.to_string())
            .collect();
        return Err(rule(
            "LineVerdict",
            format!(
                "no line of the JW323 has ReferentieNummer {} (TR366)",
                unknown.join(", ")
            ),
        ));
    }
    let ingediend = jw323.declaratie.totaal_ingediend_bedrag;
    let granted = ingediend.signed_cents().saturating_sub(rejected_sum);
    let toegekend = TotaalBedragMetDc::from_signed_cents(granted).ok_or_else(|| {
        rule(
            "DeclaratieAntwoord/TotaalToegekendBedrag",
            format!("{granted} cents is out of range"),
        )
    })?;
    let code = if clienten.is_empty() {
        RetourCode::VOLLEDIG_TOEGEKEND
    } else {
        RetourCode::GEEN_OPMERKING
    };
    Ok(Jw325 {
        header: Jw325Header {
            gemeente: jw323.header.gemeente,
            aanbieder: jw323.header.aanbieder,
            bericht_identificatie,
            xsd_versie,
            declaratie_identificatie: jw323.header.bericht_identificatie.clone(),
            xslt_versie: None,
            xsd_versie_declaratie: jw323.header.xsd_versie,
            retour_codes: vec![RetourCode::GEEN_OPMERKING],
        },
        declaratie_antwoord: Some(DeclaratieAntwoord {
            declaratie_nummer: jw323.declaratie.declaratie_nummer.clone(),
            totaal_ingediend_bedrag: ingediend,
            totaal_toegekend_bedrag: toegekend,
            clienten,
            retour_codes: vec![code],
        }),
    })
}
