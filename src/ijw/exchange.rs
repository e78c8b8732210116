//! [`Exchange`]: what one municipality and one GI have exchanged, read from the messages, and
//! the check and the run on top of it.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use super::convert::rule;
use super::{
    BerichtIdentificatie, DeclaratieNummer, Eenheid, Header as MsgHeader, Jw301, Jw305, Jw307,
    Jw323, Jw325, Jw325Header, LineKeys, LineVerdict, Periode, Prestatie, ProviderMap,
    RedenWijziging, RetourCode, StatusAanlevering, XsdVersie, build_jw323, build_jw325,
};
use crate::billing::{Care, Case, Editions};
use crate::declaration::{
    Answer, Declaration, Delivery, Header, KeyedLine, KeyedRun, Keys, Ledger, Reason, RunFailure,
    Status,
};
use crate::{AllocationNumber, Error, Reference, ReferenceSeries, Unit};

/// One allocation as it stands: its newest version as a case (with its care), whether it was
/// deleted (JW301 RedenWijziging 13), and when that version was made.
#[derive(Debug, Clone)]
struct Allocation {
    case: Case<String>,
    deleted: bool,
    version: (NaiveDate, String),
}

/// What one municipality and one GI have exchanged, as iJw messages say it: the allocations
/// (JW301), the start and stop of care (JW305, JW307) and every declaration with its answer
/// (JW323, JW325, in a [`Ledger`]). From it the municipality checks a new declaration
/// ([`Exchange::check`]) and the GI declares a month ([`Exchange::declare`]), without keeping
/// debits and credits by hand.
///
/// - **Allocations** are keyed by their number (`ToewijzingNummer`): a newer version (by
///   `Toewijzingsdatum` and `Toewijzingstijd`) of an allocation replaces the older one, whatever
///   the order the messages are added in; `RedenWijziging` 13 deletes it, and a line on a deleted
///   allocation is rejected (TR384 → 9384).
/// - **Care**: a JW305 starts care on its allocation (found by number, or by product and the
///   allocation's first day when the message gives no number), a JW307 stops it;
///   `StatusAanlevering` 3 withdraws an earlier start or stop.
/// - **History**: a JW323 with its JW325: the lines the answer returns are rejected, the others
///   approved (TR342); a `0001` answer rejects them all; a JW323 without an answer yet is sent.
///
/// # Example
///
/// ```
/// use jbjr::Editions;
/// use jbjr::ijw::{Exchange, Jw301, Jw305, Jw323, ProviderMap};
/// let file = |name: &str| std::fs::read_to_string(format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR")));
/// let providers: ProviderMap = "JbGld=12340001".parse()?; // made-up AGB code
/// let mut exchange = Exchange::new(providers);
/// exchange.add_jw301(&Jw301::from_str(&file("jw301_toewijzing.xml")?, "jw301_toewijzing.xml")?)?;
/// exchange.add_jw305(&Jw305::from_str(&file("jw305_start.xml")?, "jw305_start.xml")?)?;
/// let jw323 = Jw323::from_str(&file("jw323_declaratie.xml")?, "jw323_declaratie.xml")?;
/// let id = "2026-05-13".parse()?;
/// let (answer, jw325) = exchange.check(&Editions::gelderland(), &jw323, "ANT1".parse()?, id)?;
/// assert_eq!(answer.retour_code(), "0200"); // some lines rejected
/// assert!(jw325.declaratie_antwoord.is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Exchange {
    providers: ProviderMap,
    allocations: BTreeMap<AllocationNumber, Allocation>,
    ledger: Ledger<String>,
}

impl Exchange {
    /// An empty exchange; `providers` tells which GI each AGB code is.
    ///
    /// # Example
    ///
    /// ```
    /// let exchange = jbjr::ijw::Exchange::new("JbGld=12340001".parse()?);
    /// assert!(exchange.cases().is_empty());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn new(providers: ProviderMap) -> Exchange {
        Exchange {
            providers,
            allocations: BTreeMap::new(),
            ledger: Ledger::new(),
        }
    }

    /// Adds the allocations of a JW301: each replaces an older version with the same number;
    /// `RedenWijziging` 13 deletes the allocation (a line on it is rejected, TR384).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownName`] for a GI whose AGB code is unknown; [`Error::Message`] for an
    /// allocation this crate cannot bill (generic, without product code, or a volume that is
    /// not per month).
    ///
    /// # Example
    ///
    /// See [`Exchange`].
    pub fn add_jw301(&mut self, msg: &Jw301) -> Result<(), Error> {
        let provider = self.providers.provider(&msg.header.aanbieder)?;
        for p in &msg.client.toegewezen_producten {
            let number = AllocationNumber::new(p.toewijzing_nummer.get())?;
            let version = (p.toewijzingsdatum.0, p.toewijzingstijd.to_string());
            if self
                .allocations
                .get(&number)
                .is_some_and(|a| a.version > version)
            {
                continue; // an older version, added late: the newer one stands.
            }
            let deleted = p.reden_wijziging == Some(RedenWijziging::Verwijderd);
            let mut case = match (
                deleted,
                p.case(&msg.client.bsn, provider, msg.header.gemeente),
            ) {
                (_, Ok(case)) => case.with_allocation(number),
                // A deleted generic allocation: nothing to bill on it, but lines naming it
                // must still be told it is deleted.
                (true, Err(_)) => match self.allocations.get(&number) {
                    Some(a) => a.case.clone(),
                    None => continue,
                },
                (false, Err(e)) => return Err(e),
            };
            // Care reported on an earlier version stays with the allocation.
            if let Some(old) = self.allocations.get(&number) {
                case.care = old.case.care;
            }
            self.allocations.insert(
                number,
                Allocation {
                    case,
                    deleted,
                    version,
                },
            );
        }
        Ok(())
    }

    /// Adds the starts of care of a JW305; `StatusAanlevering` 3 withdraws a start.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] when a start names no allocation of this exchange.
    ///
    /// # Example
    ///
    /// See [`Exchange`].
    pub fn add_jw305(&mut self, msg: &Jw305) -> Result<(), Error> {
        for s in &msg.client.producten {
            let care = self.care_of(
                msg.client.bsn.as_str(),
                s.toewijzing_nummer.map(|n| n.get()),
                s.product.and_then(|p| p.code),
                s.toewijzing_ingangsdatum.map(|d| d.0),
                "Bericht/Client/StartProducten/StartProduct",
            )?;
            *care = if s.status_aanlevering == StatusAanlevering::Verwijderen {
                None
            } else {
                Some(Care {
                    start: s.begindatum.0,
                    stop: care.and_then(|c| c.stop),
                })
            };
        }
        Ok(())
    }

    /// Adds the stops of care of a JW307; `StatusAanlevering` 3 withdraws a stop.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] when a stop names no allocation of this exchange.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ijw::{Exchange, Jw301, Jw307};
    /// let file = |name: &str| std::fs::read_to_string(format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR")));
    /// let mut exchange = Exchange::new("JbGld=12340001".parse()?);
    /// exchange.add_jw301(&Jw301::from_str(&file("jw301_toewijzing.xml")?, "in")?)?;
    /// exchange.add_jw307(&Jw307::from_str(&file("jw307_stop.xml")?, "in")?)?;
    /// assert!(exchange.cases().iter().any(|c| c.care.is_some_and(|c| c.stop.is_some())));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_jw307(&mut self, msg: &Jw307) -> Result<(), Error> {
        for s in &msg.client.producten {
            let care = self.care_of(
                msg.client.bsn.as_str(),
                s.toewijzing_nummer.map(|n| n.get()),
                s.product.and_then(|p| p.code),
                s.toewijzing_ingangsdatum.map(|d| d.0),
                "Bericht/Client/StopProducten/StopProduct",
            )?;
            let withdraw = s.status_aanlevering == StatusAanlevering::Verwijderen;
            *care = Some(Care {
                start: care.map_or(s.begindatum.0, |c| c.start),
                stop: if withdraw { None } else { Some(s.einddatum.0) },
            });
        }
        Ok(())
    }

    /// The care of the allocation a start or stop names: by number, or by client, product and
    /// the allocation's first day.
    fn care_of(
        &mut self,
        bsn: &str,
        number: Option<u32>,
        product: Option<crate::ProductCode>,
        first_day: Option<NaiveDate>,
        path: &str,
    ) -> Result<&mut Option<Care>, Error> {
        let found = match number {
            Some(n) => AllocationNumber::new(n)
                .ok()
                .filter(|n| self.allocations.contains_key(n)),
            None => self
                .allocations
                .iter()
                .find(|(_, a)| {
                    a.case.client == bsn
                        && product.is_none_or(|p| p == a.case.code)
                        && first_day.is_none_or(|d| d == a.case.start)
                })
                .map(|(n, _)| *n),
        };
        let allocation = found.and_then(|n| self.allocations.get_mut(&n));
        allocation.map(|a| &mut a.case.care).ok_or_else(|| {
            rule(
                path,
                format!(
                    "client {bsn}: no allocation {} is known; add the JW301 that allocates it first",
                    number.map_or_else(
                        || "with this product and first day".to_string(),
                        |n| n.to_string()
                    )
                ),
            )
        })
    }

    /// Adds a declaration sent before and, when it came, its answer: the lines the answer
    /// returns are rejected, the others approved (TR342); a `0001` answer rejects them all;
    /// without an answer the lines are sent (the run counts them as declared).
    ///
    /// # Errors
    ///
    /// As [`Exchange::declaration`]; [`Error::Message`] when the answer is for another
    /// declaration (TR376).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Editions;
    /// use jbjr::ijw::{Exchange, Jw323, Jw325};
    /// let file = |name: &str| std::fs::read_to_string(format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR")));
    /// let mut exchange = Exchange::new("JbGld=12340001".parse()?);
    /// let jw323 = Jw323::from_str(&file("jw323_declaratie.xml")?, "in")?;
    /// let jw325 = Jw325::from_str(&file("jw325_antwoord.xml")?, "in")?;
    /// exchange.add_history(&Editions::gelderland(), &jw323, Some(&jw325))?;
    /// assert!(exchange.ledger().open().count() > 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_history(
        &mut self,
        editions: &Editions,
        jw323: &Jw323,
        jw325: Option<&Jw325>,
    ) -> Result<(), Error> {
        let declaration = self.declaration(editions, jw323)?;
        let Some(answer) = jw325 else {
            self.ledger.record_sent(&declaration.lines);
            return Ok(());
        };
        if answer.header.declaratie_identificatie != jw323.header.bericht_identificatie {
            return Err(rule(
                "Bericht/Header/DeclaratieIdentificatie",
                format!(
                    "the answer is for declaration message {}, not {} (TR376)",
                    answer.header.declaratie_identificatie.identificatie,
                    jw323.header.bericht_identificatie.identificatie
                ),
            ));
        }
        let whole = answer
            .header
            .retour_codes
            .contains(&RetourCode::TECHNISCH_AFGEKEURD)
            || answer.declaratie_antwoord.is_none();
        let returned: HashSet<&str> = answer
            .declaratie_antwoord
            .iter()
            .flat_map(|a| &a.clienten)
            .flat_map(|c| &c.prestaties)
            .map(|p| p.prestatie.product_referentie.referentie_nummer.as_str())
            .collect();
        self.ledger.record(declaration.lines.into_iter().map(|l| {
            let rejected = whole || returned.contains(l.keys.reference.as_str());
            let status = if rejected {
                Status::Rejected
            } else {
                Status::Approved
            };
            (l, status)
        }));
        Ok(())
    }

    /// Every allocation that stands (not deleted) as a [`Case`] with its number and care, by
    /// allocation number.
    ///
    /// # Example
    ///
    /// See [`Exchange::add_jw307`].
    #[must_use]
    pub fn cases(&self) -> Vec<Case<String>> {
        self.allocations
            .values()
            .filter(|a| !a.deleted)
            .map(|a| a.case.clone())
            .collect()
    }

    /// The ledger of what was declared and answered.
    ///
    /// # Example
    ///
    /// See [`Exchange::add_history`].
    #[must_use]
    pub const fn ledger(&self) -> &Ledger<String> {
        &self.ledger
    }

    /// A JW323 as a typed [`Declaration`]: header, and every line with its keys. A line's unit
    /// comes from the product in the edition of its month (`82` is a month, a traject or a
    /// piece); for a product no edition knows it follows the `Eenheid` (the check then rejects
    /// the line for its product).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownName`] for an unknown AGB code; [`Error::InvalidKey`] for a reference or
    /// declaration number the declaration layer cannot hold.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Editions;
    /// use jbjr::ijw::{Exchange, Jw323};
    /// let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ijw/jw323_declaratie.xml"))?;
    /// let exchange = Exchange::new("JbGld=12340001".parse()?);
    /// let declaration = exchange.declaration(&Editions::gelderland(), &Jw323::from_str(&xml, "in")?)?;
    /// assert_eq!(declaration.header.number.as_str(), "JBG202604");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn declaration(
        &self,
        editions: &Editions,
        jw323: &Jw323,
    ) -> Result<Declaration<String>, Error> {
        let provider = self.providers.provider(&jw323.header.aanbieder)?;
        let d = &jw323.declaratie;
        let header = Header {
            number: d.declaratie_nummer.as_str().parse()?,
            period_start: d.declaratie_periode.begindatum.0,
            period_end: d.declaratie_periode.einddatum.0,
            date: d.declaratie_dagtekening.0,
            agb: jw323.header.aanbieder,
            municipality: jw323.header.gemeente,
            total_cents: d.totaal_ingediend_bedrag.signed_cents(),
        };
        let mut lines = Vec::with_capacity(d.clienten.iter().map(|c| c.prestaties.len()).sum());
        for c in &d.clienten {
            for p in &c.prestaties {
                let unit = unit_in(editions, p);
                // The keys straight from the line (no copy of the message's keys first).
                let line = p.declaration_line(&c.bsn, provider, unit);
                lines.push(KeyedLine::new(line, keys_of_prestatie(p)?));
            }
        }
        Ok(Declaration { header, lines })
    }

    /// The municipality's check of a JW323 against this exchange
    /// ([`check_declaration`](crate::declaration::check_declaration): in-message rules reject
    /// the whole message with `0001`, rules across messages reject a line with their own
    /// code), and the JW325 that answers it: the header's code `0001` and no
    /// `DeclaratieAntwoord` when the message is rejected, else only the rejected clients and
    /// lines, repeating the submitted values, with `0200`/`8001` and the totals (IV087, TR342).
    /// A line on a deleted allocation is rejected with TR384 (9384).
    ///
    /// # Errors
    ///
    /// As [`Exchange::declaration`], and [`Error::Message`] when the answer cannot be built
    /// (an amount out of range).
    ///
    /// # Example
    ///
    /// See [`Exchange`].
    pub fn check(
        &self,
        editions: &Editions,
        jw323: &Jw323,
        answer_id: super::Identificatie,
        answer_date: super::Datum,
    ) -> Result<(Answer<String>, Jw325), Error> {
        let declaration = self.declaration(editions, jw323)?;
        let cases = self.cases();
        let mut answer = self.ledger.check(editions, &cases, &declaration);
        // TR384: a line on a deleted allocation (the check knows it as unknown, TR338).
        if let Answer::Judged { checked, keys, .. } = &mut answer {
            for (verdict, keys) in checked.verdicts.iter_mut().zip(keys.iter()) {
                let Some(n) = keys.allocation else { continue };
                if self.allocations.get(&n).is_some_and(|a| a.deleted) {
                    for r in &mut verdict.reasons {
                        if matches!(r, Reason::UnknownAllocation { .. }) {
                            *r = Reason::DeletedAllocation { allocation: n };
                        }
                    }
                }
            }
        }
        let id = BerichtIdentificatie {
            identificatie: answer_id,
            dagtekening: answer_date,
        };
        let jw325 = match &answer {
            Answer::Rejected { .. } => Jw325 {
                header: Jw325Header {
                    gemeente: jw323.header.gemeente,
                    aanbieder: jw323.header.aanbieder,
                    bericht_identificatie: id,
                    xsd_versie: XsdVersie::DEFAULT,
                    declaratie_identificatie: jw323.header.bericht_identificatie.clone(),
                    xslt_versie: None,
                    xsd_versie_declaratie: jw323.header.xsd_versie,
                    retour_codes: vec![RetourCode::TECHNISCH_AFGEKEURD],
                },
                declaratie_antwoord: None,
            },
            Answer::Judged { checked, keys, .. } => {
                let mut rejected = Vec::new();
                for (verdict, keys) in checked.verdicts.iter().zip(keys) {
                    if verdict.reasons.is_empty() {
                        continue;
                    }
                    let mut codes: Vec<RetourCode> = Vec::new();
                    for r in &verdict.reasons {
                        let code: RetourCode = r.retour_code().parse()?;
                        if !codes.contains(&code) {
                            codes.push(code);
                        }
                    }
                    rejected.push(LineVerdict {
                        referentie_nummer: keys.reference.as_str().parse()?,
                        retour_codes: codes,
                    });
                }
                build_jw325(jw323, id, XsdVersie::DEFAULT, &rejected)?
            }
        };
        Ok((answer, jw325))
    }

    /// The GI's run for `month` against this exchange ([`Ledger::run`]): every month due and
    /// not yet declared from the first day of the earliest allocation, credits and corrected
    /// lines included, each line with a fresh reference (`number`-1, `number`-2, …) and its
    /// allocation number, written as a JW323 with `header` (its `Afzender` is the GI). `None`
    /// when nothing is due; the cases it cannot declare are in the [`KeyedRun`]'s failures.
    ///
    /// # Errors
    ///
    /// [`Error::Message`] for a client id that is not a valid BSN (CS002), an amount out of
    /// range or a product without a JZ020 category; [`Error::InvalidKey`] when references run
    /// out.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::Editions;
    /// use jbjr::ijw::{Exchange, Jw301, Jw305};
    /// let file = |name: &str| std::fs::read_to_string(format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR")));
    /// let mut exchange = Exchange::new("JbGld=12340001".parse()?);
    /// exchange.add_jw301(&Jw301::from_str(&file("jw301_toewijzing.xml")?, "in")?)?;
    /// exchange.add_jw305(&Jw305::from_str(&file("jw305_start.xml")?, "in")?)?;
    /// let header = jbjr::ijw::Header {
    ///     gemeente: "0202".parse()?, aanbieder: "12340001".parse()?,
    ///     bericht_identificatie: jbjr::ijw::BerichtIdentificatie {
    ///         identificatie: "DEC202604".parse()?, dagtekening: "2026-05-04".parse()? },
    ///     xsd_versie: jbjr::ijw::XsdVersie::DEFAULT };
    /// let april = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
    /// let (jw323, run) = exchange.declare(&Editions::gelderland(), &[], april, "D202604".parse()?, header)?;
    /// assert!(jw323.is_some());
    /// assert!(run.failures.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn declare(
        &self,
        editions: &Editions,
        deliveries: &[Delivery<String>],
        month: NaiveDate,
        number: DeclaratieNummer,
        header: MsgHeader,
    ) -> Result<(Option<Jw323>, KeyedRun<String>), Error> {
        let cases = self.cases();
        let from = cases.iter().map(|c| c.start).min().unwrap_or(month);
        let mut references = ReferenceSeries::new(&format!("{number}-"), 1)?;
        let run = self
            .ledger
            .run(editions, &cases, deliveries, from, month, &mut references)?;
        if run.lines.is_empty() {
            return Ok((None, run));
        }
        let mut lines = Vec::with_capacity(run.lines.len());
        for l in &run.lines {
            let bsn: super::Bsn = l.line.client.parse()?;
            lines.push((l.line.clone().map_client(|_| bsn), line_keys(&l.keys)?));
        }
        let m = crate::billing::month_index(month);
        let (Some(first), Some(last)) = (
            crate::billing::month_first(m),
            crate::billing::month_last(m),
        ) else {
            return Err(Error::InvalidPeriod {
                start: month,
                end: month,
                reason: "the month lies outside the supported date range",
            });
        };
        let periode = Periode {
            begindatum: first.into(),
            einddatum: last.into(),
        };
        let date = header.bericht_identificatie.dagtekening;
        let jw323 = build_jw323(header, number, periode, date, &lines)?;
        Ok((Some(jw323), run))
    }

    /// The failures of a run, one readable line each (for a person).
    ///
    /// # Example
    ///
    /// ```
    /// let exchange = jbjr::ijw::Exchange::new("JbGld=12340001".parse()?);
    /// assert!(exchange.describe(&[]).is_empty());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn describe(&self, failures: &[RunFailure]) -> Vec<String> {
        let cases = self.cases();
        failures
            .iter()
            .map(|f| {
                let index = match f {
                    RunFailure::Case { index, .. } | RunFailure::LetGtoRepeat { index, .. } => {
                        Some(*index)
                    }
                    _ => None,
                };
                match index.and_then(|i| cases.get(i)) {
                    Some(c) => match c.allocation {
                        Some(n) => format!("allocation {n} ({} {}): {f}", c.client, c.code),
                        None => format!("{} {}: {f}", c.client, c.code),
                    },
                    None => f.to_string(),
                }
            })
            .collect()
    }
}

/// The unit of a declared line: the product's, from the edition of its month, else the one its
/// `Eenheid` suggests.
fn unit_in(editions: &Editions, p: &Prestatie) -> Unit {
    use chrono::Datelike as _;
    let year = p.product_periode.begindatum.0.year();
    editions
        .edition(year)
        .and_then(|book| book.product(p.product_code).ok())
        .map_or(
            match p.eenheid {
                Eenheid::Uur => Unit::Hour,
                Eenheid::Minuut => Unit::Minute,
                _ => Unit::Month,
            },
            |product| product.unit(),
        )
}

/// The declaration layer's keys of a JW323 line.
fn keys_of_prestatie(p: &Prestatie) -> Result<Keys, Error> {
    let r = &p.product_referentie;
    Ok(Keys {
        reference: r.referentie_nummer.as_str().parse()?,
        previous: r
            .vorig_referentie_nummer
            .as_ref()
            .map(|r| r.as_str().parse::<Reference>())
            .transpose()?,
        allocation: Some(AllocationNumber::new(p.toewijzing_nummer.get())?),
    })
}

/// The message keys of a declaration layer's line.
fn line_keys(keys: &Keys) -> Result<LineKeys, Error> {
    let allocation = keys.allocation.ok_or_else(|| {
        rule(
            "Prestatie/ToewijzingNummer",
            format!(
                "line {} has no allocation number: a JW323 line names its allocation",
                keys.reference
            ),
        )
    })?;
    Ok(LineKeys {
        referentie_nummer: keys.reference.as_str().parse()?,
        vorig_referentie_nummer: keys
            .previous
            .as_ref()
            .map(|r| r.as_str().parse())
            .transpose()?,
        toewijzing_nummer: super::ToewijzingNummer::new(allocation.get()).ok_or_else(|| {
            rule(
                "Prestatie/ToewijzingNummer",
                format!("{allocation} is out of range"),
            )
        })?,
    })
}
