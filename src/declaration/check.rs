//! The municipality's check of a declaration: one verdict per line (JW325).

use std::collections::HashMap;

use std::hash::Hash;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::run::edition_no_tariff;
use super::{
    Declaration, DeclarationLine, Groups, Keys, MAX_CENTS, MergeIds, Reason, Slot, Submitted,
    whole_cents,
};
use crate::billing::Editions;
use crate::billing::{Billing, Case};
use crate::billing::{billing, billing_period, let_gto_repeats, monthly_billed};
use crate::money::{round_cents, to_cents};
use crate::{AllocationNumber, DeclarationNumber, ProductCode, Reference, elfproef};

use crate::billing::{month_first, month_index, month_last};
use crate::{Catalogue, Unit};

/// The verdict on one submitted line: approved when `reasons` is empty, else rejected with every
/// reason that applies.
///
/// # Example
///
/// See [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Verdict<C = String> {
    /// The line as submitted.
    pub line: Submitted<C>,
    /// Why it is rejected; empty when approved.
    pub reasons: Vec<Reason>,
}

impl<C> Verdict<C> {
    /// Whether the line is approved.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::{LineText, Reason, Submitted, Verdict};
    /// let line = Submitted::read("a", &LineText::default());
    /// assert!(Verdict { line: line.clone(), reasons: vec![] }.is_approved());
    /// assert!(!Verdict { line, reasons: vec![Reason::NoAllocation] }.is_approved());
    /// ```
    #[must_use]
    pub fn is_approved(&self) -> bool {
        self.reasons.is_empty()
    }
}

impl<C: std::fmt::Display> std::fmt::Display for Verdict<C> {
    /// One line: the line, then `approved`, or `rejected` with each reason's rule, retour code
    /// and message: `… 1259.29 D: rejected: TR418 (0611) product tariff 1250.00 differs …`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: ", self.line)?;
        if self.reasons.is_empty() {
            return f.write_str("approved");
        }
        f.write_str("rejected:")?;
        for (i, r) in self.reasons.iter().enumerate() {
            let sep = if i == 0 { "" } else { ";" };
            write!(f, "{sep} {} ({}) {r}", r.rule(), r.retour_code())?;
        }
        Ok(())
    }
}

impl std::fmt::Display for Totals {
    /// One line, amounts in euros: `3 lines, submitted 3777.87, approved 2518.58, rejected 1259.29 (1 line)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::money::from_cents;
        write!(
            f,
            "{} lines, submitted {}, approved {}, rejected {} ({} line{})",
            self.lines,
            from_cents(self.submitted_cents),
            from_cents(self.approved_cents),
            from_cents(self.rejected_cents),
            self.rejected_lines,
            if self.rejected_lines == 1 { "" } else { "s" }
        )
    }
}

/// The totals of a JW325 answer, in eurocents, credits counted negative (TR358: debits −
/// credits): submitted = approved + rejected. An unreadable line counts 0 cents.
///
/// # Example
///
/// See [`check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Totals {
    /// Sum of every line.
    pub submitted_cents: i64,
    /// Sum of the approved lines.
    pub approved_cents: i64,
    /// Sum of the rejected lines.
    pub rejected_cents: i64,
    /// Number of lines.
    pub lines: usize,
    /// Number of rejected lines.
    pub rejected_lines: usize,
}

/// A checked declaration: one verdict per submitted line, in the order submitted, and the
/// totals.
///
/// # Example
///
/// See [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Checked<C = String> {
    /// One verdict per line, in input order.
    pub verdicts: Vec<Verdict<C>>,
    /// The JW325 totals.
    pub totals: Totals,
}

/// A rule a whole declaration broke (an in-message rule, IV088 level 2): the reason, and the
/// line it was found on (`None` for the header). See [`Answer::Rejected`].
///
/// # Example
///
/// ```
/// use jbjr::declaration::{Fault, Reason};
/// let f = Fault { line: None, reason: Reason::TotalDiffers { declared_cents: 5, lines_cents: 4 } };
/// assert_eq!((f.reason.rule(), f.reason.retour_code()), ("TR358", "0001"));
/// assert_eq!(f.to_string(), "header: TR358 (0001): the declaration's total is 5 eurocents, its lines add up to 4");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Fault {
    /// Position of the line in the declaration, or `None` for the header.
    pub line: Option<usize>,
    /// The rule broken, with its values.
    pub reason: Reason,
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(i) => write!(f, "line {}: ", i + 1)?,
            None => f.write_str("header: ")?,
        }
        write!(
            f,
            "{} ({}): {}",
            self.reason.rule(),
            self.reason.retour_code(),
            self.reason
        )
    }
}

/// The municipality's answer to a keyed declaration (JW325), as iJw fills it (IV087, TR342).
///
/// # Example
///
/// See [`Ledger::check`](super::Ledger::check).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Answer<C = String> {
    /// An in-message rule is broken: the whole declaration is rejected, header retour code
    /// 0001, no verdict per line. `faults` lists every rule broken, for the person fixing it.
    Rejected {
        /// The declaration's number.
        number: DeclarationNumber,
        /// Every in-message rule broken, by line, then rule.
        faults: Vec<Fault>,
    },
    /// Every line judged: a verdict per line and the totals; `keys[i]` are the keys of
    /// `checked.verdicts[i]`.
    Judged {
        /// The declaration's number.
        number: DeclarationNumber,
        /// One verdict per line, in the order sent, and the totals.
        checked: Checked<C>,
        /// The keys of each line, in the same order.
        keys: Vec<Keys>,
    },
}

impl<C> Answer<C> {
    /// The retour code of the answer as a whole: `0001` when rejected as a whole, `8001` when
    /// every line is approved, else `0200` (the rejected lines carry their own codes).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::{Answer, Fault, Reason};
    /// let a: Answer = Answer::Rejected { number: "D1".parse()?, faults: vec![] };
    /// assert_eq!(a.retour_code(), "0001");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn retour_code(&self) -> &'static str {
        match self {
            Answer::Rejected { .. } => "0001",
            Answer::Judged { checked, .. } if checked.totals.rejected_lines == 0 => "8001",
            Answer::Judged { .. } => "0200",
        }
    }

    /// The verdicts, when the lines were judged.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::Answer;
    /// let a: Answer = Answer::Rejected { number: "D1".parse()?, faults: vec![] };
    /// assert!(a.checked().is_none());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn checked(&self) -> Option<&Checked<C>> {
        match self {
            Answer::Rejected { .. } => None,
            Answer::Judged { checked, .. } => Some(checked),
        }
    }

    /// The faults, when the declaration was rejected as a whole.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::Answer;
    /// let a: Answer = Answer::Rejected { number: "D1".parse()?, faults: vec![] };
    /// assert_eq!(a.faults().map(<[_]>::len), Some(0));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn faults(&self) -> Option<&[Fault]> {
        match self {
            Answer::Rejected { faults, .. } => Some(faults),
            Answer::Judged { .. } => None,
        }
    }
}

/// What a standing approved line declared (period, volume, unit, tariff, amount).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Content {
    start: NaiveDate,
    end: NaiveDate,
    volume: i64,
    unit: Unit,
    tariff: Decimal,
    amount: i64,
}

impl Content {
    fn of<C>(l: &DeclarationLine<C>) -> Content {
        Content {
            start: l.start,
            end: l.end,
            volume: l.volume,
            unit: l.unit,
            tariff: l.product_tariff,
            amount: l.amount_cents,
        }
    }
}

/// A (group, month) key that sorts by group, then month.
fn key(group: u32, month: i32) -> u64 {
    (u64::from(group) << 32) | u64::from((month as u32) ^ 0x8000_0000)
}

/// The municipality's check of a declaration (JW323 → JW325): every submitted line gets exactly
/// one [`Verdict`], in the order submitted — approved, or rejected with **every** [`Reason`]
/// that applies, each naming its iJw rule or SAP GI clause and the values. Nothing is dropped
/// and nothing panics: an unreadable line is a rejected line.
///
/// `granted` are the cases the municipality allocated, with the start and stop of care it
/// received (JW305/JW307); `approved` the lines it approved before (debits and credits);
/// `declared_on` the declaration's date (a month must have ended before it).
///
/// Credits are checked first (a credit is allowed for a standing approved line only, SAP GI
/// "Correcties op declaraties"), so that a credit and its corrected line can come in one
/// declaration; then the debits, in order: a debit for a client, product, GI and month that
/// already stands approved (before, or earlier in this declaration) is a double billing
/// (TR389, TR416). The rules applied to a debit: OP367, TR387, TR388 (product period), TR307,
/// TR308 (inside the case), TR339, TR340 (an allocation exists), TR341 (unit), TR418 (contract
/// tariff), TR346 and IV081 (amount), TR321, TR322 (allocated volume), TR318, TR319 (month
/// ended), the SAP GI month rule (first broken month) and GBM-Advies (once, at the end), LET GTO
/// once per family, and the Basisschema formats.
///
/// Amounts are compared exactly in eurocents; the only rounding is IV081's (minutes: the
/// hourly tariff ÷ 60 shown, and hourly tariff × minutes ÷ 60, each rounded to cents half away
/// from zero, by [`Catalogue::price_minutes`]).
///
/// Time and memory grow with the number of lines and cases: each client is hashed once, then
/// the lines are sorted by integer (group, month) keys and merged with what was approved
/// before (`benches/declaration.rs`: 600,000 lines in well under a second).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Decimal, Editions, Provider, Unit, billing::Case};
/// use jbjr::declaration::{DeclarationLine, Reason, Submitted, check};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let books = Editions::gelderland();
/// let granted = [Case::new("bsn-1", "48B10".parse()?, Provider::JbGld, d(3, 15)).with_care(d(3, 15), None)];
/// let line = |start, end, cents| DeclarationLine {
///     client: "bsn-1", code: "48B10".parse().unwrap(), provider: Provider::JbGld,
///     start, end, volume: 1, unit: Unit::Month,
///     product_tariff: Decimal::new(125929, 2), amount_cents: cents, credit: false,
/// };
/// let declaration = vec![
///     Submitted::from(line(d(4, 1), d(4, 30), 125929)), // April: approved
///     Submitted::from(line(d(3, 15), d(3, 31), 125929)), // March: the first broken month
///     Submitted::from(line(d(4, 1), d(4, 30), 125929)), // April again: double billing
/// ];
/// let checked = check(&books, &granted, &[], declaration, d(5, 12));
/// assert_eq!(checked.verdicts.len(), 3);
/// assert!(checked.verdicts[0].is_approved());
/// assert!(matches!(checked.verdicts[1].reasons[..], [Reason::FirstBrokenMonth { .. }]));
/// assert!(matches!(checked.verdicts[2].reasons[..], [Reason::AlreadyApproved { .. }]));
/// assert_eq!(checked.totals.approved_cents, 125929);
/// assert_eq!(checked.totals.rejected_cents, 2 * 125929);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn check<C: Hash + Eq>(
    editions: &Editions,
    granted: &[Case<C>],
    approved: &[DeclarationLine<C>],
    declaration: impl IntoIterator<Item = Submitted<C>>,
    declared_on: NaiveDate,
) -> Checked<C> {
    let lines: Vec<Submitted<C>> = declaration.into_iter().collect();
    let before: Vec<(&DeclarationLine<C>, Option<AllocationNumber>)> =
        approved.iter().map(|l| (l, None)).collect();
    let reasons = judge(editions, granted, &before, &lines, None, declared_on);
    assemble(lines, reasons)
}

/// The verdicts and totals of judged lines.
pub(crate) fn assemble<C>(lines: Vec<Submitted<C>>, reasons: Vec<Vec<Reason>>) -> Checked<C> {
    let mut totals = Totals::default();
    let verdicts: Vec<Verdict<C>> = lines
        .into_iter()
        .zip(reasons)
        .map(|(line, reasons)| {
            let cents = match &line {
                Submitted::Line(l) => l.signed_cents(),
                Submitted::Unreadable { .. } => 0,
            };
            totals.lines += 1;
            totals.submitted_cents = totals.submitted_cents.saturating_add(cents);
            if reasons.is_empty() {
                totals.approved_cents = totals.approved_cents.saturating_add(cents);
            } else {
                totals.rejected_lines += 1;
                totals.rejected_cents = totals.rejected_cents.saturating_add(cents);
            }
            Verdict { line, reasons }
        })
        .collect();
    Checked { verdicts, totals }
}

/// What the ledger knows of the line a keyed credit names (its `VorigReferentieNummer`).
pub(crate) struct Prior<'a, C> {
    /// The line named.
    pub(crate) line: &'a DeclarationLine<C>,
    /// Its allocation.
    pub(crate) allocation: Option<AllocationNumber>,
    /// Whether it is an approved debit that stands (not credited).
    pub(crate) state: PriorState,
}

/// The state of the line a credit names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PriorState {
    /// An approved debit, not credited.
    Open,
    /// An approved debit, credited already (TR390).
    Credited,
    /// Not an approved debit: rejected, unanswered, or a credit (TR323).
    NotApproved,
}

/// The keys of a keyed declaration, for [`judge`].
pub(crate) struct KeyedInput<'a, C> {
    /// One per line.
    pub(crate) keys: &'a [Keys],
    /// One per line: what the ledger knows of a credit's previous reference.
    pub(crate) priors: Vec<Option<Prior<'a, C>>>,
    /// One per line: whether its reference was used before (TR314).
    pub(crate) used: Vec<bool>,
    /// The declaration period's month index (TR319).
    pub(crate) period: i32,
}

/// Every reason for every line: the engine of [`check`] and of the keyed check of a
/// [`Declaration`](super::Declaration) (`keyed`). `before` is what stands approved: for the
/// unkeyed check every approved debit and credit, for the keyed check the open debits.
pub(crate) fn judge<'a, C: Hash + Eq>(
    editions: &Editions,
    granted: &'a [Case<C>],
    before: &[(&'a DeclarationLine<C>, Option<AllocationNumber>)],
    lines: &'a [Submitted<C>],
    keyed: Option<&KeyedInput<'a, C>>,
    declared_on: NaiveDate,
) -> Vec<Vec<Reason>> {
    // Group ids for (client, product, GI) over the cases; after this one hash of the client
    // per line, integer keys only.
    let mut groups = Groups::with_capacity(granted.len());
    let mut by_group: Vec<Vec<usize>> = Vec::with_capacity(granted.len());
    let mut by_number: HashMap<AllocationNumber, Vec<usize>> = HashMap::new();
    for (i, c) in granted.iter().enumerate() {
        let g = groups.id(&c.client, c.code, c.provider) as usize;
        if by_group.len() <= g {
            by_group.resize_with(g + 1, Vec::new);
        }
        if let Some(v) = by_group.get_mut(g) {
            v.push(i);
        }
        if let Some(n) = c.allocation {
            by_number.entry(n).or_default().push(i);
        }
    }
    let infos: Vec<Info> = granted.iter().map(Info::of).collect();
    let repeats = let_gto_repeats(granted);
    let pools: Vec<Pool> = by_group
        .into_iter()
        .map(|members| Pool::new(members, granted, &infos, &repeats))
        .collect();
    let numbered: HashMap<AllocationNumber, Pool> = by_number
        .into_iter()
        .map(|(n, members)| (n, Pool::new(members, granted, &infos, &repeats)))
        .collect();
    let ctx = Context {
        editions,
        granted,
        infos,
        repeats,
        declared_on,
    };
    let mut ids = MergeIds::with_capacity(0);
    ids.groups = groups;
    // What stands approved before, by merge key, sorted: debits and credits.
    let mut before: Vec<(u64, bool, Content)> = before
        .iter()
        .map(|(l, n)| {
            let g = ids.id(&l.client, l.code, l.provider, *n);
            (key(g, month_index(l.start)), l.credit, Content::of(l))
        })
        .collect();
    before.sort_unstable();
    // Every reason that does not depend on other lines; and the lines by merge key.
    let mut reasons: Vec<Vec<Reason>> = Vec::with_capacity(lines.len());
    let mut keyed_lines: Vec<(u64, Content, u32)> = Vec::with_capacity(lines.len());
    for (index, submitted) in lines.iter().enumerate() {
        let mut out = Vec::new();
        let keys = keyed.and_then(|k| k.keys.get(index));
        match submitted {
            Submitted::Unreadable { problems, .. } => {
                out.extend(problems.iter().cloned().map(Reason::Unreadable));
            }
            Submitted::Line(l) => {
                let allocation = keys.and_then(|k| k.allocation);
                let group = ids.groups.get(&l.client, l.code, l.provider);
                if let (Some(k), Some(input)) = (keys, keyed) {
                    if input.used.get(index).copied().unwrap_or(false) {
                        out.push(Reason::ReferenceUsed {
                            reference: k.reference.clone(),
                        });
                    }
                    if month_index(l.start) > input.period {
                        out.push(Reason::AfterDeclarationPeriod {
                            month: l.month(),
                            period: month_first(input.period).unwrap_or(l.start),
                        });
                    }
                }
                if l.credit {
                    technical(l, &mut out);
                    if let (Some(k), Some(input)) = (keys, keyed) {
                        let prior = input.priors.get(index).and_then(Option::as_ref);
                        credit_prior(l, k, allocation, prior, &mut out);
                    }
                } else {
                    // The allocation's reasons come after the contract's.
                    let mut found = Vec::new();
                    let pool = match allocation {
                        Some(n) => match numbered.get(&n) {
                            Some(pool) => ctx.matches(l, n, pool, &mut found).then_some(pool),
                            None => {
                                found.push(Reason::UnknownAllocation { allocation: n });
                                None
                            }
                        },
                        None => match group.and_then(|g| pools.get(g as usize)) {
                            Some(pool) if !pool.members.is_empty() => Some(pool),
                            _ => {
                                found.push(Reason::NoAllocation);
                                None
                            }
                        },
                    };
                    ctx.debit(l, pool, found, &mut out);
                }
                let merge = match allocation {
                    Some(_) => Some(ids.id(&l.client, l.code, l.provider, allocation)),
                    None => group,
                };
                match (merge, u32::try_from(index)) {
                    (Some(g), Ok(i)) => {
                        keyed_lines.push((key(g, month_index(l.start)), Content::of(l), i));
                    }
                    // No group: nothing was approved for it (a debit is rejected already).
                    _ if l.credit && out.is_empty() => out.push(Reason::CreditWithoutApproval),
                    _ => {}
                }
            }
        }
        reasons.push(out);
    }
    // Per merge key: what stands approved, then the credits (each cancels one standing line,
    // SAP GI "Correcties op declaraties"), then the debits (one may stand; any other is double
    // billing, TR389/TR416). Inside a key the lines go by content, then position, so which of
    // two debits stands does not depend on the order they came in (identical lines are
    // interchangeable).
    keyed_lines.sort_unstable();
    let mut b = 0;
    let mut k = 0;
    let mut standing: Slot<Content> = Slot::default();
    while let Some(&(current, _, _)) = keyed_lines.get(k) {
        let rest = keyed_lines.get(k..).unwrap_or_default();
        let end = rest
            .iter()
            .position(|(x, _, _)| *x != current)
            .map_or(keyed_lines.len(), |n| k + n);
        standing.clear();
        while let Some((bk, _, _)) = before.get(b) {
            if *bk >= current {
                break;
            }
            b += 1;
        }
        while let Some((bk, credit, content)) = before.get(b) {
            if *bk != current {
                break;
            }
            if *credit {
                standing.take(|x| x == content);
            } else {
                standing.push(*content);
            }
            b += 1;
        }
        let run = keyed_lines.get(k..end).unwrap_or_default();
        for pass_credits in [true, false] {
            for &(_, c, i) in run {
                let i = i as usize;
                let (Some(Submitted::Line(l)), Some(out)) = (lines.get(i), reasons.get_mut(i))
                else {
                    continue;
                };
                if l.credit != pass_credits {
                    continue;
                }
                let is_keyed_credit = keyed.is_some_and(|input| {
                    input
                        .keys
                        .get(i)
                        .is_some_and(|keys| keys.previous.is_some())
                });
                if l.credit {
                    let taken = out.is_empty() && standing.take(|x| *x == c).is_some();
                    if out.is_empty() && !taken && !is_keyed_credit {
                        out.push(Reason::CreditWithoutApproval);
                    }
                } else {
                    if !standing.is_empty() {
                        out.push(Reason::AlreadyApproved { month: l.month() });
                    }
                    if out.is_empty() {
                        standing.push(c);
                    }
                }
            }
        }
        k = end;
    }
    reasons
}

/// TR323, TR390 and IV085 for a keyed credit: it names an approved, standing debit and repeats
/// it.
fn credit_prior<C: Eq>(
    l: &DeclarationLine<C>,
    keys: &Keys,
    allocation: Option<AllocationNumber>,
    prior: Option<&Prior<'_, C>>,
    out: &mut Vec<Reason>,
) {
    let Some(previous) = keys.previous.clone() else {
        return;
    };
    match prior {
        None => out.push(Reason::CreditOfUnknownLine { previous }),
        Some(p) => match p.state {
            PriorState::NotApproved => out.push(Reason::CreditOfUnknownLine { previous }),
            PriorState::Credited => out.push(Reason::AlreadyCredited { previous }),
            PriorState::Open => {
                let same = p.line.client == l.client
                    && p.line.code == l.code
                    && p.line.provider == l.provider
                    && p.allocation == allocation
                    && p.line.same_content(l);
                if !same {
                    out.push(Reason::CreditDiffers { previous });
                }
            }
        },
    }
}

/// TR416's key: the allocation (or, without a number, the client), the product and the month.
type DebitKey<'a, C> = (Option<AllocationNumber>, Option<&'a C>, ProductCode, i32);

/// The in-message rules of a keyed declaration (XSD formats and the XSLT rules, IV088 level 2):
/// every one broken, with the line it was found on. Empty when the declaration may be judged
/// line by line.
pub(crate) fn message_faults<C: Hash + Eq + AsRef<str>>(decl: &Declaration<C>) -> Vec<Fault> {
    let mut faults = Vec::new();
    let h = &decl.header;
    // CS340: exactly one whole calendar month (TR018 first: a period that ends before it starts).
    if h.period_end < h.period_start {
        faults.push(Fault {
            line: None,
            reason: Reason::PeriodReversed {
                start: h.period_start,
                end: h.period_end,
            },
        });
    } else {
        let m = month_index(h.period_start);
        if month_first(m) != Some(h.period_start) || month_last(m) != Some(h.period_end) {
            faults.push(Fault {
                line: None,
                reason: Reason::PeriodNotAMonth {
                    start: h.period_start,
                    end: h.period_end,
                },
            });
        }
    }
    // TR358: the total is debits − credits.
    let lines_cents = decl.lines_cents();
    if h.total_cents != lines_cents {
        faults.push(Fault {
            line: None,
            reason: Reason::TotalDiffers {
                declared_cents: h.total_cents,
                lines_cents,
            },
        });
    }
    // TR335: at most five years back.
    let oldest = h.date.checked_sub_months(chrono::Months::new(60));
    let mut references: HashMap<&Reference, usize> = HashMap::with_capacity(decl.lines.len());
    let mut previous: HashMap<&Reference, usize> = HashMap::new();
    let mut debits: HashMap<DebitKey<'_, C>, usize> = HashMap::with_capacity(decl.lines.len());
    for (i, kl) in decl.lines.iter().enumerate() {
        let (l, k) = (&kl.line, &kl.keys);
        let mut out = Vec::new();
        if !elfproef(l.client.as_ref()) {
            out.push(Reason::InvalidBsn {
                bsn: l.client.as_ref().to_string(),
            });
        }
        let month = technical(l, &mut out);
        if l.credit && l.amount_cents == 0 {
            out.push(Reason::ZeroCredit);
        }
        if l.credit != k.previous.is_some() {
            out.push(Reason::PreviousReferenceMisplaced { credit: l.credit });
        }
        if oldest.is_some_and(|o| l.end < o) {
            out.push(Reason::TooOld {
                end: l.end,
                declared_on: h.date,
            });
        }
        if references.insert(&k.reference, i).is_some() {
            out.push(Reason::ReferenceTwice {
                reference: k.reference.clone(),
            });
        }
        if let Some(p) = &k.previous {
            if previous.insert(p, i).is_some() {
                out.push(Reason::PreviousTwice {
                    previous: p.clone(),
                });
            }
        }
        if let (false, Some(m)) = (l.credit, month) {
            let client = if k.allocation.is_some() {
                None
            } else {
                Some(&l.client)
            };
            if debits
                .insert((k.allocation, client, l.code, m), i)
                .is_some()
            {
                out.push(Reason::DuplicateInDeclaration { month: l.month() });
            }
        }
        faults.extend(out.into_iter().map(|reason| Fault {
            line: Some(i),
            reason,
        }));
    }
    // TR316: a debit of this declaration named by a credit of this declaration.
    for (p, credit_at) in &previous {
        if let Some(&debit_at) = references.get(p) {
            let is_debit = decl.lines.get(debit_at).is_some_and(|l| !l.line.credit);
            if is_debit {
                faults.push(Fault {
                    line: Some(*credit_at),
                    reason: Reason::CreditedInSameDeclaration {
                        reference: (*p).clone(),
                    },
                });
            }
        }
    }
    // One order, whatever the order of the hash maps: by line, then rule.
    faults.sort_by(|a, b| {
        (a.line, a.reason.rule(), a.reason.to_string()).cmp(&(
            b.line,
            b.reason.rule(),
            b.reason.to_string(),
        ))
    });
    faults
}

/// Technical checks every line gets, credits included: period, volume, tariff, amount.
/// Returns the month index when the period is a valid period inside one month.
fn technical<C>(l: &DeclarationLine<C>, out: &mut Vec<Reason>) -> Option<i32> {
    let mut month = None;
    if l.end < l.start {
        out.push(Reason::PeriodReversed {
            start: l.start,
            end: l.end,
        });
    } else if month_index(l.start) != month_index(l.end) {
        out.push(Reason::NotInOneMonth {
            start: l.start,
            end: l.end,
        });
    } else {
        month = Some(month_index(l.start));
    }
    if l.volume < 0 {
        out.push(Reason::NegativeVolume { volume: l.volume });
    }
    if whole_cents(l.product_tariff).is_none_or(|c| c < 0) {
        out.push(Reason::TariffNotCents {
            tariff: l.product_tariff,
        });
    }
    if !(0..=MAX_CENTS).contains(&l.amount_cents) {
        out.push(Reason::AmountOutOfRange {
            cents: l.amount_cents,
        });
    }
    month
}

/// What the check needs of a case, computed once.
struct Info {
    /// The billed period (LET GTO cut to its term).
    billed: Option<(NaiveDate, Option<NaiveDate>)>,
    /// The period before any LET GTO cut.
    raw: Option<(NaiveDate, Option<NaiveDate>)>,
    /// Whether its first month is a broken month SAP GI does not bill (monthly products).
    broken_first: bool,
}

impl Info {
    fn of<C>(case: &Case<C>) -> Info {
        let billed = billing_period(case).ok().flatten();
        let broken_first = billed
            .is_some_and(|(s, e)| matches!(monthly_billed(s, e, month_index(s)), Ok(Some(false))));
        Info {
            billed,
            raw: case.period(),
            broken_first,
        }
    }
}

/// The cases a line may be declared on (one group, or one allocation number), ordered so that
/// the verdict does not depend on the order of the cases: by billed period (first day, then last
/// day, open last), then by the rest of the case. A LET GTO repeat (a family's LET GTO case
/// other than its first, which the run never declares) holds a line only when no other member
/// does, so that a line of the family's first case is judged against it even when a repeat's
/// period starts earlier. The holder of a line is found by binary searches, so a client with
/// thousands of cases of one product costs a logarithm per line.
struct Pool {
    /// Every member, in that order.
    members: Vec<usize>,
    /// The members with a billed period that are not LET GTO repeats.
    declared: Spans,
    /// The LET GTO repeats with a billed period.
    repeats: Spans,
    /// The first member with a billed period, repeat or not: (first day, last day or
    /// `NaiveDate::MAX`, case).
    first: Option<(NaiveDate, NaiveDate, usize)>,
}

/// Billed periods in the pool's order, with what finds the first that holds a period.
#[derive(Default)]
struct Spans {
    /// (first day, last day or `NaiveDate::MAX`, case).
    spans: Vec<(NaiveDate, NaiveDate, usize)>,
    /// The largest last day among `spans[..=i]`.
    reach: Vec<NaiveDate>,
}

impl Spans {
    fn push(&mut self, span: (NaiveDate, NaiveDate, usize)) {
        let most = self.reach.last().map_or(span.1, |r| span.1.max(*r));
        self.reach.push(most);
        self.spans.push(span);
    }

    /// The first span (in the pool's order) that holds `start..=end`.
    fn holder(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Option<(usize, NaiveDate, Option<NaiveDate>)> {
        let p = self.spans.partition_point(|(s, _, _)| *s <= start);
        let reach = self.reach.get(..p)?;
        let i = reach.partition_point(|e| *e < end);
        let (s, e, case) = self.spans.get(i).filter(|_| i < p)?;
        Some((*case, *s, (*e != NaiveDate::MAX).then_some(*e)))
    }
}

impl Pool {
    fn new<C>(
        mut members: Vec<usize>,
        granted: &[Case<C>],
        infos: &[Info],
        repeats: &HashMap<usize, usize>,
    ) -> Pool {
        let order = |i: &usize| {
            let billed = infos.get(*i).and_then(|x| x.billed);
            let c = granted.get(*i);
            (
                billed.is_none(),
                billed.map(|(s, e)| (s, e.unwrap_or(NaiveDate::MAX))),
                c.map(|c| {
                    (
                        c.start,
                        c.end,
                        c.volume,
                        c.care,
                        c.allocation,
                        c.municipality,
                    )
                }),
                *i,
            )
        };
        // The case's own fields decide; the position only among identical cases.
        members.sort_by_cached_key(order);
        let (mut declared, mut repeated) = (Spans::default(), Spans::default());
        let mut first = None;
        for &i in &members {
            let Some((s, e)) = infos.get(i).and_then(|x| x.billed) else {
                continue;
            };
            let span = (s, e.unwrap_or(NaiveDate::MAX), i);
            first = first.or(Some(span));
            if repeats.contains_key(&i) {
                repeated.push(span);
            } else {
                declared.push(span);
            }
        }
        Pool {
            members,
            declared,
            repeats: repeated,
            first,
        }
    }

    /// The member whose billed period holds `start..=end`: the first (in the pool's order) that
    /// is not a LET GTO repeat, else the first repeat.
    fn holder(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Option<(usize, NaiveDate, Option<NaiveDate>)> {
        self.declared
            .holder(start, end)
            .or_else(|| self.repeats.holder(start, end))
    }

    /// The first member with a billed period.
    fn first(&self) -> Option<(usize, NaiveDate, Option<NaiveDate>)> {
        self.first
            .map(|(s, e, case)| (case, s, (e != NaiveDate::MAX).then_some(e)))
    }
}

struct Context<'a, C> {
    editions: &'a Editions,
    granted: &'a [Case<C>],
    infos: Vec<Info>,
    repeats: HashMap<usize, usize>,
    declared_on: NaiveDate,
}

impl<C: Hash + Eq> Context<'_, C> {
    /// TR304, TR338 (another GI's allocation), TR339, TR340: whether the line may be judged
    /// against the allocation it names.
    fn matches(
        &self,
        l: &DeclarationLine<C>,
        n: AllocationNumber,
        pool: &Pool,
        out: &mut Vec<Reason>,
    ) -> bool {
        let Some(case) = pool.members.first().and_then(|i| self.granted.get(*i)) else {
            out.push(Reason::UnknownAllocation { allocation: n });
            return false;
        };
        if case.provider != l.provider {
            out.push(Reason::UnknownAllocation { allocation: n });
            return false;
        }
        let before = out.len();
        if case.client != l.client {
            out.push(Reason::AllocationOfOtherClient { allocation: n });
        }
        if case.code != l.code {
            if case.code.category() == l.code.category() {
                out.push(Reason::CodeDiffers {
                    allocation: n,
                    declared: l.code,
                    allocated: case.code,
                });
            } else {
                out.push(Reason::CategoryDiffers {
                    allocation: n,
                    declared: l.code,
                    allocated: case.code,
                });
            }
        }
        out.len() == before
    }

    fn debit(
        &self,
        l: &DeclarationLine<C>,
        pool: Option<&Pool>,
        found: Vec<Reason>,
        out: &mut Vec<Reason>,
    ) {
        let month = technical(l, out);
        if let Some(m) = month {
            if let Some(last) = month_last(m) {
                if self.declared_on <= last {
                    out.push(Reason::MonthNotEnded {
                        month_end: last,
                        declared_on: self.declared_on,
                    });
                }
            }
        }
        let unit = self.contract(l, out);
        out.extend(found);
        if let Some(pool) = pool {
            self.allocation(l, pool, month, unit, out);
        }
    }

    /// TR418, TR346/IV081, TR341 against the contract of the line's month; the product's unit.
    fn contract(&self, l: &DeclarationLine<C>, out: &mut Vec<Reason>) -> Option<Unit> {
        let month = l.month();
        let book: &Catalogue = match self.editions.edition(month.year()) {
            Some(b) => b,
            None => {
                out.push(Reason::NoContractTariff(edition_no_tariff(
                    self.editions,
                    l.code,
                    month,
                )));
                return None;
            }
        };
        let tariff = match book.tariff(l.code, l.provider) {
            Ok(t) => t,
            Err(e) => {
                out.push(Reason::NoContractTariff(e));
                return None;
            }
        };
        let unit = tariff.unit();
        let declared_cents = whole_cents(l.product_tariff);
        let times_tariff = declared_cents.and_then(|t| t.checked_mul(l.volume));
        let (contract, expected) = match billing(unit) {
            Billing::Monthly | Billing::Once => {
                if l.unit != unit {
                    out.push(Reason::UnitDiffers {
                        declared: l.unit,
                        expected: unit,
                    });
                }
                if l.volume != 1 && l.volume >= 0 {
                    out.push(Reason::VolumeNotOne {
                        volume: l.volume,
                        unit,
                    });
                }
                (tariff.amount(), times_tariff)
            }
            Billing::Volume => match l.unit {
                Unit::Minute => {
                    // IV081: the tariff shown is the hourly tariff ÷ 60, rounded to cents; the
                    // amount is hourly tariff × minutes ÷ 60, rounded once.
                    let minutes = u32::try_from(l.volume).ok().filter(|v| *v > 0);
                    let price =
                        minutes.and_then(|v| book.price_minutes(l.code, l.provider, v).ok());
                    let per_minute =
                        crate::money::div(tariff.amount(), Decimal::from(60), "hourly tariff ÷ 60")
                            .map_or(tariff.amount(), round_cents);
                    let expected = match price {
                        Some(p) => to_cents(p.amount()).ok(),
                        None => (l.volume == 0).then_some(0),
                    };
                    (price.map_or(per_minute, |p| p.product_tariff()), expected)
                }
                Unit::Hour => (tariff.amount(), times_tariff),
                other => {
                    out.push(Reason::UnitDiffers {
                        declared: other,
                        expected: Unit::Hour,
                    });
                    (tariff.amount(), times_tariff)
                }
            },
        };
        if l.product_tariff != contract {
            out.push(Reason::TariffDiffers {
                declared: l.product_tariff,
                contract,
            });
        }
        if let Some(expected) = expected {
            if expected != l.amount_cents && l.volume >= 0 {
                out.push(Reason::AmountDiffers {
                    declared_cents: l.amount_cents,
                    expected_cents: expected,
                });
            }
        }
        Some(unit)
    }

    /// TR307/TR308, TR387/TR388, the SAP GI month rule, GBM once, LET GTO once, TR321/TR322,
    /// against the case of the pool that holds the line.
    fn allocation(
        &self,
        l: &DeclarationLine<C>,
        pool: &Pool,
        month: Option<i32>,
        unit: Option<Unit>,
        out: &mut Vec<Reason>,
    ) {
        let Some(m) = month else { return };
        // The case whose billed period holds the line (a LET GTO repeat only when no other
        // does); else the first case with a period.
        let Some((i, ps, pe)) = pool.holder(l.start, l.end) else {
            match pool.first() {
                None => out.push(Reason::CareNotStarted),
                Some((i, ps, pe)) => {
                    let raw = self.infos.get(i).and_then(|x| x.raw);
                    let in_raw =
                        raw.is_some_and(|(s, e)| s <= l.start && e.is_none_or(|e| l.end <= e));
                    match (self.granted.get(i), pe) {
                        (Some(c), Some(te)) if c.code == crate::billing::LET_GTO && in_raw => {
                            out.push(Reason::LetGtoOnce {
                                term_start: ps,
                                term_end: te,
                            });
                        }
                        _ => out.push(Reason::OutsideAllocation {
                            start: l.start,
                            end: l.end,
                            case_start: ps,
                            case_end: pe,
                        }),
                    }
                }
            }
            return;
        };
        if let Some(first) = self.repeats.get(&i) {
            if let Some((ts, Some(te))) = self.infos.get(*first).and_then(|x| x.billed) {
                out.push(Reason::LetGtoOnce {
                    term_start: ts,
                    term_end: te,
                });
            }
        }
        // TR387 / TR388: the product period is the month clamped to the case.
        if let (Some(first), Some(last)) = (month_first(m), month_last(m)) {
            let expected_start = first.max(ps);
            if l.start != expected_start {
                out.push(Reason::PeriodStart {
                    start: l.start,
                    expected: expected_start,
                });
            }
            let expected_end = pe.map_or(last, |e| e.min(last));
            if l.end != expected_end {
                out.push(Reason::PeriodEnd {
                    end: l.end,
                    expected: expected_end,
                });
            }
        }
        let Some(unit) = unit else { return };
        match billing(unit) {
            Billing::Monthly => {
                let broken = self.infos.get(i).is_some_and(|x| x.broken_first);
                if broken && m == month_index(ps) {
                    out.push(Reason::FirstBrokenMonth {
                        month: l.month(),
                        case_start: ps,
                    });
                }
            }
            Billing::Once => {
                if pe.is_none_or(|e| month_index(e) != m) {
                    out.push(Reason::NotOnceAtEnd {
                        month: l.month(),
                        case_end: pe,
                    });
                }
            }
            Billing::Volume => {
                let volume = self.granted.get(i).and_then(|c| c.volume);
                if let Some(v) = volume {
                    let minutes = |n: i64, u: Unit| {
                        if u == Unit::Minute {
                            n
                        } else {
                            n.saturating_mul(60)
                        }
                    };
                    let declared = minutes(l.volume, l.unit);
                    let allocated = minutes(i64::from(v.amount), v.unit);
                    if declared > allocated {
                        let allocated_in_unit = if l.unit == Unit::Minute {
                            allocated
                        } else {
                            allocated / 60
                        };
                        out.push(Reason::VolumeAboveAllocation {
                            declared: l.volume,
                            allocated: allocated_in_unit,
                            unit: l.unit,
                        });
                    }
                }
            }
        }
    }
}
