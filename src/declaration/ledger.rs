//! [`Ledger`]: what stands between one GI and one municipality — every line sent, every
//! verdict received — from which the run ([`run_keyed`]) and the check ([`check_declaration`])
//! take what was declared and approved before.

use std::collections::HashMap;
use std::hash::Hash;

use chrono::NaiveDate;

use super::check::{KeyedInput, Prior, PriorState, assemble, judge, message_faults};
use super::run::run_impl;
use super::{
    Answer, Checked, Declaration, DeclarationLine, Delivery, KeyedLine, Keys, RunFailure, Submitted,
};
use crate::billing::{Case, Editions, month_index};
use crate::{AllocationNumber, Error, ProductCode, Provider, Reference, ReferenceSeries};

/// Where a line sent stands.
///
/// # Example
///
/// See [`Ledger`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Status {
    /// Sent (JW323), no answer yet. The run counts it as declared.
    Sent,
    /// Approved in the answer (JW325: not returned).
    Approved,
    /// Rejected in the answer, or with its whole declaration (0001). It does not stand; the
    /// next run declares the line again.
    Rejected,
}

/// One line in the [`Ledger`]: the line, its keys (none for lines recorded from an unkeyed
/// [`Checked`]), where it stands, and for a debit whether an approved (or sent) credit
/// cancelled it.
///
/// # Example
///
/// See [`Ledger`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entry<C = String> {
    /// The line as sent.
    pub line: DeclarationLine<C>,
    /// Its keys, when it was sent keyed.
    pub keys: Option<Keys>,
    /// Where it stands.
    pub status: Status,
    /// For a debit: credited by a credit that was approved or is awaiting its answer.
    pub credited: bool,
}

impl<C> Entry<C> {
    /// An approved debit that was not credited: a line that stands.
    ///
    /// # Example
    ///
    /// See [`Ledger::open`].
    #[must_use]
    pub fn is_open(&self) -> bool {
        !self.line.credit && self.status == Status::Approved && !self.credited
    }

    fn allocation(&self) -> Option<AllocationNumber> {
        self.keys.as_ref().and_then(|k| k.allocation)
    }
}

/// The index of the unkeyed debits that stand or await their answer, by client, product, GI,
/// allocation and month: an unkeyed credit cancels one with its content.
type ContentIndex<C> =
    HashMap<(C, ProductCode, Provider, Option<AllocationNumber>, i32), Vec<usize>>;

/// What stands between one GI and one municipality: every line sent, every verdict received.
/// The run ([`run_keyed`]) and the check ([`check_declaration`]) take from it what was declared
/// and approved before, so nobody keeps debits and credits by hand.
///
/// Record lines as they are sent ([`Ledger::record_sent`]) and as they are answered
/// ([`Ledger::record`], [`Ledger::record_answer`], or for an unkeyed check
/// [`Ledger::record_checked`]). A credit cancels the line it names (by reference; unkeyed, by
/// content) as soon as it is sent or approved; if it is rejected, the line stands again. The
/// answers do not depend on the order the entries were recorded in, except that a line's
/// answer follows its sending. With the feature `serde` the ledger serializes as its entries.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{AllocationNumber, Editions, Provider, ReferenceSeries, billing::Case};
/// use jbjr::declaration::{Header, Ledger, Status};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let books = Editions::gelderland();
/// let n = AllocationNumber::new(100_001)?;
/// let cases = [Case::new("999900006".to_string(), "48B10".parse()?, Provider::JbGld, d(1, 1))
///     .with_care(d(1, 1), None).with_allocation(n)];
/// let mut refs = ReferenceSeries::new("JBG-", 1)?;
/// let mut ledger: Ledger = Ledger::new();
///
/// // The GI's April run, sent as declaration D1, answered by the municipality.
/// let april = ledger.run(&books, &cases, &[], d(1, 1), d(4, 1), &mut refs)?;
/// assert_eq!(april.lines.len(), 4); // January to April
/// let declaration = april.declaration(Header::new("D1".parse()?, d(4, 1), d(5, 6),
///     "12345678".parse()?, "0202".parse()?, 0)?);
/// ledger.record_sent(&declaration.lines);
/// let answer = ledger.check(&books, &cases, &declaration);
/// assert_eq!(answer.retour_code(), "8001");
/// ledger.record_answer(&declaration, &answer);
/// assert_eq!(ledger.net_cents(), 4 * 125929);
/// assert_eq!(ledger.standing(n, d(4, 1)).count(), 1);
/// assert!(ledger.entries().iter().all(|e| e.status == Status::Approved));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Ledger<C = String> {
    entries: Vec<Entry<C>>,
    by_reference: HashMap<Reference, usize>,
    by_content: ContentIndex<C>,
}

impl<C> Default for Ledger<C> {
    fn default() -> Self {
        Ledger {
            entries: Vec::new(),
            by_reference: HashMap::new(),
            by_content: HashMap::new(),
        }
    }
}

impl<C: PartialEq> PartialEq for Ledger<C> {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl<C: Eq> Eq for Ledger<C> {}

impl<C> Ledger<C> {
    /// An empty ledger.
    ///
    /// # Example
    ///
    /// ```
    /// let ledger: jbjr::declaration::Ledger = jbjr::declaration::Ledger::new();
    /// assert!(ledger.entries().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Every line recorded, in the order recorded.
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    #[must_use]
    pub fn entries(&self) -> &[Entry<C>] {
        &self.entries
    }

    /// The lines that stand: approved debits not credited.
    ///
    /// # Example
    ///
    /// ```
    /// let ledger: jbjr::declaration::Ledger = jbjr::declaration::Ledger::new();
    /// assert_eq!(ledger.open().count(), 0);
    /// ```
    pub fn open(&self) -> impl Iterator<Item = &Entry<C>> {
        self.entries.iter().filter(|e| e.is_open())
    }

    /// What stands for an allocation and month (any day of it): its open lines.
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    pub fn standing(
        &self,
        allocation: AllocationNumber,
        month: NaiveDate,
    ) -> impl Iterator<Item = &Entry<C>> {
        let m = month_index(month);
        self.open()
            .filter(move |e| e.allocation() == Some(allocation) && month_index(e.line.start) == m)
    }

    /// The net approved total in eurocents: approved debits − approved credits (saturating).
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    #[must_use]
    pub fn net_cents(&self) -> i64 {
        self.entries
            .iter()
            .filter(|e| e.status == Status::Approved)
            .fold(0i64, |sum, e| sum.saturating_add(e.line.signed_cents()))
    }

    /// The entry of a reference.
    ///
    /// # Example
    ///
    /// ```
    /// let ledger: jbjr::declaration::Ledger = jbjr::declaration::Ledger::new();
    /// assert!(ledger.entry(&"PR1".parse()?).is_none());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn entry(&self, reference: &Reference) -> Option<&Entry<C>> {
        self.by_reference
            .get(reference)
            .and_then(|i| self.entries.get(*i))
    }
}

impl<C: Clone + Hash + Eq> Ledger<C> {
    /// The approved lines, debits and credits, for the unkeyed [`check`](super::check) and
    /// [`run`](super::run) (their `approved` and `declared`).
    ///
    /// # Example
    ///
    /// ```
    /// let ledger: jbjr::declaration::Ledger = jbjr::declaration::Ledger::new();
    /// assert!(ledger.approved_lines().is_empty());
    /// ```
    #[must_use]
    pub fn approved_lines(&self) -> Vec<DeclarationLine<C>> {
        self.entries
            .iter()
            .filter(|e| e.status == Status::Approved)
            .map(|e| e.line.clone())
            .collect()
    }

    /// Records keyed lines as sent (JW323), awaiting their answer.
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    pub fn record_sent(&mut self, lines: &[KeyedLine<C>]) {
        self.record(lines.iter().cloned().map(|l| (l, Status::Sent)));
    }

    /// Records keyed lines with their outcome: sent, or the verdict received (this is what a
    /// JW323 and its JW325 give, line by line). A line whose reference is recorded already gets
    /// the new status. Credits are applied after the debits of the same call, each cancelling
    /// the line it names.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Decimal, Provider, Unit};
    /// use jbjr::declaration::{DeclarationLine, KeyedLine, Keys, Ledger, Status};
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
    /// let line = DeclarationLine { client: "999900006".to_string(), code: "48B10".parse()?,
    ///     provider: Provider::JbGld, start: d(1), end: d(30), volume: 1, unit: Unit::Month,
    ///     product_tariff: Decimal::new(125929, 2), amount_cents: 125929, credit: false };
    /// let debit = KeyedLine::new(line, Keys::new("PR1".parse()?));
    /// let mut ledger = Ledger::new();
    /// ledger.record([(debit.clone(), Status::Approved)]);
    /// assert_eq!(ledger.open().count(), 1);
    /// ledger.record([(debit.credit("PR2".parse()?), Status::Approved)]);
    /// assert_eq!((ledger.open().count(), ledger.net_cents()), (0, 0));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn record(&mut self, lines: impl IntoIterator<Item = (KeyedLine<C>, Status)>) {
        let (credits, debits): (Vec<_>, Vec<_>) =
            lines.into_iter().partition(|(l, _)| l.line.credit);
        for (l, status) in debits.into_iter().chain(credits) {
            self.put(l.line, Some(l.keys), status);
        }
    }

    /// Records the lines of an unkeyed check: each line with its verdict (an unreadable line
    /// is not recorded). An approved unkeyed credit cancels an open debit with its content.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Editions, Provider, billing::Case};
    /// use jbjr::declaration::{Ledger, Submitted, check, run};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let books = Editions::gelderland();
    /// let cases = [Case::new("a".to_string(), "48B10".parse()?, Provider::JbGld, d(1, 1)).with_care(d(1, 1), None)];
    /// let mut ledger = Ledger::new();
    /// let sent = run(&books, &cases, &[], &ledger.approved_lines(), d(1, 1), d(2, 1));
    /// let checked = check(&books, &cases, &ledger.approved_lines(), sent.lines.into_iter().map(Submitted::from), d(3, 5));
    /// ledger.record_checked(&checked);
    /// assert_eq!(ledger.net_cents(), 2 * 125929);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn record_checked(&mut self, checked: &Checked<C>) {
        let mut credits = Vec::new();
        for v in &checked.verdicts {
            if let Submitted::Line(l) = &v.line {
                let status = if v.is_approved() {
                    Status::Approved
                } else {
                    Status::Rejected
                };
                if l.credit {
                    credits.push((l.clone(), status));
                } else {
                    self.put(l.clone(), None, status);
                }
            }
        }
        for (l, status) in credits {
            self.put(l, None, status);
        }
    }

    /// Records a declaration and the answer to it: each line with its verdict; every line
    /// rejected when the declaration was rejected as a whole (0001).
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    pub fn record_answer(&mut self, declaration: &Declaration<C>, answer: &Answer<C>) {
        let approved: Vec<bool> = match answer {
            Answer::Judged { checked, .. } => checked
                .verdicts
                .iter()
                .map(super::Verdict::is_approved)
                .collect(),
            Answer::Rejected { .. } => Vec::new(),
        };
        self.record(declaration.lines.iter().enumerate().map(|(i, l)| {
            let status = if approved.get(i).copied().unwrap_or(false) {
                Status::Approved
            } else {
                Status::Rejected
            };
            (l.clone(), status)
        }));
    }

    /// One line in: a new entry, or a new status for a known reference; then its credit.
    fn put(&mut self, line: DeclarationLine<C>, keys: Option<Keys>, status: Status) {
        let known = keys
            .as_ref()
            .and_then(|k| self.by_reference.get(&k.reference).copied());
        let i = match known {
            Some(i) => {
                if let Some(e) = self.entries.get_mut(i) {
                    let was_live = e.status != Status::Rejected;
                    e.status = status;
                    // A credit rejected after it was sent: the line it named stands again.
                    if e.line.credit && was_live && status == Status::Rejected {
                        self.uncredit(i);
                    }
                }
                i
            }
            None => {
                let i = self.entries.len();
                if let Some(k) = &keys {
                    self.by_reference.insert(k.reference.clone(), i);
                }
                self.entries.push(Entry {
                    line,
                    keys,
                    status,
                    credited: false,
                });
                i
            }
        };
        let Some(e) = self.entries.get(i) else { return };
        if e.status == Status::Rejected {
            return;
        }
        if e.line.credit {
            self.credit(i);
        } else if e.keys.is_none() {
            let k = Self::content_key(e);
            self.by_content.entry(k).or_default().push(i);
        }
    }

    fn content_key(e: &Entry<C>) -> (C, ProductCode, Provider, Option<AllocationNumber>, i32) {
        (
            e.line.client.clone(),
            e.line.code,
            e.line.provider,
            e.allocation(),
            month_index(e.line.start),
        )
    }

    /// The debit a live credit cancels: the one it names, or (unkeyed) one with its content.
    fn target(&self, credit: usize) -> Option<usize> {
        let e = self.entries.get(credit)?;
        match e.keys.as_ref().and_then(|k| k.previous.as_ref()) {
            Some(previous) => self.by_reference.get(previous).copied(),
            None => {
                let k = Self::content_key(e);
                self.by_content.get(&k)?.iter().copied().find(|j| {
                    self.entries.get(*j).is_some_and(|d| {
                        !d.credited && d.status != Status::Rejected && d.line.same_content(&e.line)
                    })
                })
            }
        }
    }

    fn credit(&mut self, credit: usize) {
        if let Some(j) = self.target(credit) {
            if let Some(d) = self.entries.get_mut(j) {
                if !d.line.credit && d.status != Status::Rejected {
                    d.credited = true;
                }
            }
        }
    }

    fn uncredit(&mut self, credit: usize) {
        let named = self
            .entries
            .get(credit)
            .and_then(|e| e.keys.as_ref()?.previous.as_ref())
            .and_then(|p| self.by_reference.get(p).copied());
        if let Some(d) = named.and_then(|j| self.entries.get_mut(j)) {
            d.credited = false;
        }
    }

    /// The municipality's check of a keyed declaration against this ledger (what was approved
    /// before): see [`check_declaration`].
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    pub fn check(
        &self,
        editions: &Editions,
        granted: &[Case<C>],
        declaration: &Declaration<C>,
    ) -> Answer<C>
    where
        C: AsRef<str>,
    {
        check_declaration(editions, granted, self, declaration)
    }

    /// The GI's keyed run against this ledger: see [`run_keyed`].
    ///
    /// # Errors
    ///
    /// As [`run_keyed`].
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    pub fn run(
        &self,
        editions: &Editions,
        cases: &[Case<C>],
        deliveries: &[Delivery<C>],
        from: NaiveDate,
        month: NaiveDate,
        references: &mut ReferenceSeries,
    ) -> Result<KeyedRun<C>, Error> {
        run_keyed(editions, cases, deliveries, self, from, month, references)
    }
}

/// The municipality's check of a keyed declaration (JW323 → JW325), at the two levels iJw
/// checks (IV088):
///
/// 1. **In the message**: CS002 (11-proef of each client's BSN), CS340 (the period is one
///    calendar month), TR358 (the total is debits − credits), per line TR018 and CS337/OP367
///    (the period), the Basisschema formats (volume, tariff, amount), CS325 (no zero credit),
///    CD060 (a previous reference on every credit and only there), TR335 (at most five years
///    back), and across the lines TR101 (a reference once), TR315 (a line credited once),
///    TR316 (no debit credited in its own declaration) and TR416 (one debit per allocation,
///    month and product). CD087 holds by construction (every line has a tariff; no product of
///    the catalogue is priced in euros). Breaking any rejects the whole declaration:
///    [`Answer::Rejected`], retour code 0001, every fault listed with its line.
/// 2. **Across messages**, line by line, as [`check`](super::check) does, and with the keys:
///    TR338 (the allocation number is known for this GI), TR304 (it is the client's), TR339,
///    TR340 (its category and code), TR389 (double billing per allocation, month and code,
///    against what stands in the ledger), TR323, TR390 (a credit names an approved, not yet
///    credited debit, and repeats it, IV085), TR314 (a reference not used before), TR319 (no
///    month after the declaration period, nor one not ended on the declaration date).
///    [`Answer::Judged`]: every line its verdict, each reason with its own retour code.
///
/// A credit and its corrected line may come in one declaration; a debit and its own credit may
/// not (TR316). The verdicts do not depend on the order of the cases, of the lines or of the
/// ledger's entries: when two cases could hold a line, the one named by its allocation number
/// decides, else the one whose billed period starts first (then ends first; then by the rest of
/// the case), a LET GTO case the run does not declare (not the family's first) only when no
/// other case holds the line. Time grows linearly with lines, cases and ledger (a logarithm per line for a
/// client with many cases of one product).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{AllocationNumber, Editions, Provider, billing::Case};
/// use jbjr::declaration::{Declaration, DeclarationLine, Header, KeyedLine, Keys, Ledger, check_declaration};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let books = Editions::gelderland();
/// let (a, b) = (AllocationNumber::new(1)?, AllocationNumber::new(2)?);
/// let case = |n| Case::new("999900006".to_string(), "48B10".parse().unwrap(), Provider::JbGld, d(1, 1))
///     .with_care(d(1, 1), None).with_allocation(n);
/// let cases = [case(a), case(b)]; // two allocations of one product for one client
/// let april = DeclarationLine::due(&books, &cases[0], d(4, 1))?.expect("due");
/// let lines = vec![
///     KeyedLine::new(april.clone(), Keys::new("R1".parse()?).on(a)),
///     KeyedLine::new(april, Keys::new("R2".parse()?).on(b)), // another allocation: no double billing
/// ];
/// let header = Header::new("D1".parse()?, d(4, 1), d(5, 6), "12345678".parse()?, "0202".parse()?, 2 * 125929)?;
/// let answer = check_declaration(&books, &cases, &Ledger::new(), &Declaration::new(header, lines.clone()));
/// assert_eq!(answer.retour_code(), "8001");
///
/// // A wrong total breaks TR358: the whole declaration is rejected with 0001.
/// let header = Header { total_cents: 1, ..header };
/// let answer = check_declaration(&books, &cases, &Ledger::new(), &Declaration::new(header, lines));
/// assert_eq!(answer.retour_code(), "0001");
/// assert_eq!(answer.faults().unwrap()[0].reason.rule(), "TR358");
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn check_declaration<C: Clone + Hash + Eq + AsRef<str>>(
    editions: &Editions,
    granted: &[Case<C>],
    ledger: &Ledger<C>,
    declaration: &Declaration<C>,
) -> Answer<C> {
    let number = declaration.header.number;
    let faults = message_faults(declaration);
    if !faults.is_empty() {
        return Answer::Rejected { number, faults };
    }
    let keys: Vec<Keys> = declaration.lines.iter().map(|l| l.keys.clone()).collect();
    let lines: Vec<Submitted<C>> = declaration
        .lines
        .iter()
        .map(|l| Submitted::Line(l.line.clone()))
        .collect();
    let priors: Vec<Option<Prior<'_, C>>> = keys
        .iter()
        .map(|k| {
            let e = ledger.entry(k.previous.as_ref()?)?;
            // Credited by this very credit (sent, recorded, awaiting this answer) is not a
            // second credit.
            let by_this = ledger.entry(&k.reference).is_some_and(|c| {
                c.line.credit
                    && c.status == Status::Sent
                    && c.keys.as_ref().and_then(|ck| ck.previous.as_ref()) == k.previous.as_ref()
            });
            let state = if e.line.credit || e.status != Status::Approved {
                PriorState::NotApproved
            } else if e.credited && !by_this {
                PriorState::Credited
            } else {
                PriorState::Open
            };
            Some(Prior {
                line: &e.line,
                allocation: e.allocation(),
                state,
            })
        })
        .collect();
    // TR314: a reference used before, unless by this very line, sent and awaiting this answer.
    let used: Vec<bool> = declaration
        .lines
        .iter()
        .map(|l| {
            ledger.entry(&l.keys.reference).is_some_and(|e| {
                e.status != Status::Sent || e.line != l.line || e.keys.as_ref() != Some(&l.keys)
            })
        })
        .collect();
    let before: Vec<(&DeclarationLine<C>, Option<AllocationNumber>)> =
        ledger.open().map(|e| (&e.line, e.allocation())).collect();
    let input = KeyedInput {
        keys: &keys,
        priors,
        used,
        period: month_index(declaration.header.period_start),
    };
    let reasons = judge(
        editions,
        granted,
        &before,
        &lines,
        Some(&input),
        declaration.header.date,
    );
    drop(input);
    Answer::Judged {
        number,
        checked: assemble(lines, reasons),
        keys,
    }
}

/// What a keyed run produced: the lines to send, each with its keys, and the entries it could
/// not declare.
///
/// # Example
///
/// See [`Ledger`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KeyedRun<C = String> {
    /// The lines to send, as [`run`](super::run) orders them.
    pub lines: Vec<KeyedLine<C>>,
    /// What could not be declared, as [`run`](super::run) reports it.
    pub failures: Vec<RunFailure>,
}

impl<C> KeyedRun<C> {
    /// The declaration of these lines under `header`, its total set to the lines' (TR358).
    ///
    /// # Example
    ///
    /// See [`Ledger`].
    #[must_use]
    pub fn declaration(self, header: super::Header) -> Declaration<C> {
        let mut d = Declaration::new(header, self.lines);
        d.header.total_cents = d.lines_cents();
        d
    }
}

/// The GI's monthly run with the iJw keys: as [`run`](super::run), with what was declared
/// taken from the ledger (every debit approved or awaiting its answer, not credited), and with
/// keys on every line: a fresh reference from `references`, the case's allocation number, and
/// for a credit the reference of the line it credits. Lines are matched per allocation number
/// where the case has one, so two allocations of one product for one client are declared side
/// by side, each once a month.
///
/// # Errors
///
/// [`Error::InvalidKey`] when the series runs out of 20-character references.
///
/// # Example
///
/// See [`Ledger`].
pub fn run_keyed<C: Clone + Hash + Eq>(
    editions: &Editions,
    cases: &[Case<C>],
    deliveries: &[Delivery<C>],
    ledger: &Ledger<C>,
    from: NaiveDate,
    month: NaiveDate,
    references: &mut ReferenceSeries,
) -> Result<KeyedRun<C>, Error> {
    let live: Vec<&Entry<C>> = ledger
        .entries
        .iter()
        .filter(|e| !e.line.credit && e.status != Status::Rejected && !e.credited)
        .collect();
    let declared: Vec<(&DeclarationLine<C>, Option<AllocationNumber>)> =
        live.iter().map(|e| (&e.line, e.allocation())).collect();
    let (sent, failures) = run_impl(editions, cases, deliveries, &declared, from, month, true);
    let mut lines = Vec::with_capacity(sent.len());
    for (line, allocation, credited) in sent {
        let previous = credited
            .and_then(|j| live.get(j))
            .and_then(|e| e.keys.as_ref())
            .map(|k| k.reference.clone());
        let allocation = allocation.or_else(|| {
            credited
                .and_then(|j| live.get(j))
                .and_then(|e| e.allocation())
        });
        lines.push(KeyedLine {
            line,
            keys: Keys {
                reference: references.next_reference()?,
                previous,
                allocation,
            },
        });
    }
    Ok(KeyedRun { lines, failures })
}

#[cfg(feature = "serde")]
impl<C: serde::Serialize> serde::Serialize for Ledger<C> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Wire<'a, C> {
            entries: &'a [Entry<C>],
        }
        serde::Serialize::serialize(
            &Wire {
                entries: &self.entries,
            },
            s,
        )
    }
}

#[cfg(feature = "serde")]
impl<'de, C: serde::Deserialize<'de> + Clone + Hash + Eq> serde::Deserialize<'de> for Ledger<C> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(bound = "C: serde::Deserialize<'de>")]
        struct Wire<C> {
            entries: Vec<Entry<C>>,
        }
        let w = Wire::<C>::deserialize(d)?;
        let mut ledger = Ledger::new();
        for (i, e) in w.entries.iter().enumerate() {
            if let Some(k) = &e.keys {
                ledger.by_reference.insert(k.reference.clone(), i);
            }
            if !e.line.credit && e.keys.is_none() && e.status != Status::Rejected {
                ledger
                    .by_content
                    .entry(Ledger::content_key(e))
                    .or_default()
                    .push(i);
            }
        }
        ledger.entries = w.entries;
        Ok(ledger)
    }
}
