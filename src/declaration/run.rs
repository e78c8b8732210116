//! The GI's monthly run: the lines to send for a declaration month.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use chrono::NaiveDate;

use rust_decimal::Decimal;

use super::{DeclarationLine, Delivery, MAX_CENTS, MergeIds, Slot, whole_cents};
use crate::billing::{Billing, Case, Editions, Volume, iv079_hours};
use crate::billing::{billing, billing_period, due, let_gto_repeats};
use crate::billing::{month_first, month_index};
use crate::money::to_cents;
use crate::{AllocationNumber, Catalogue, Error, ProductCode, Provider, Unit};

/// What one run produced: the lines to send, and the entries it could not declare.
///
/// # Example
///
/// See [`run`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Run<C = String> {
    /// The lines to send: case by case in the order of `cases` (then those of declared lines
    /// without a case), month by month, a credit before the corrected line of its month.
    pub lines: Vec<DeclarationLine<C>>,
    /// Every case or delivery the run could not declare, with why. The other cases are declared
    /// regardless; the declared lines of a failed case are left as they are (not credited).
    pub failures: Vec<RunFailure>,
}

/// A case or delivery a [`run`] could not declare.
///
/// # Example
///
/// See [`run`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum RunFailure {
    /// The case at `index` could not be priced: an unknown product, one the GI does not offer,
    /// a month outside the editions' years, an allocation or care period that ends before it
    /// starts, an overflow.
    Case {
        /// Position in the `cases` slice.
        index: usize,
        /// Why (with serde: its message, read back as [`Error::Reported`]).
        #[cfg_attr(feature = "serde", serde(with = "super::reason::reported"))]
        error: Error,
    },
    /// A LET GTO case of a family whose LET GTO is already declared on the case at `first`
    /// (once per family: Productenboek Gelderland 2026, LET GTO 48B15). Not declared.
    LetGtoRepeat {
        /// Position of the repeat in `cases`.
        index: usize,
        /// Position of the family's LET GTO case that is declared.
        first: usize,
    },
    /// A month of the case at `index` that could not be priced: no edition holds its year
    /// ([`Error::NoTariff`]), the GI does not offer the product that year, or the product's unit
    /// differs from its other years. That month is not declared and what stands for it is left
    /// as it is; the case's other months are declared.
    Month {
        /// Position in the `cases` slice.
        index: usize,
        /// The month (its first day).
        month: NaiveDate,
        /// Why (with serde: its message, read back as [`Error::Reported`]).
        #[cfg_attr(feature = "serde", serde(with = "super::reason::reported"))]
        error: Error,
    },
    /// More care was delivered in `month` than the case's allocated volume allows (TR321,
    /// TR322: the declared volume stays within the allocated volume). The allocated volume is
    /// declared (nothing when it is 0); the rest is reported here, never sent.
    AboveAllocation {
        /// Position in the `cases` slice.
        index: usize,
        /// The month (its first day).
        month: NaiveDate,
        /// Minutes delivered in the month (summed, IV079).
        delivered_minutes: u32,
        /// The allocated volume per month.
        allocated: Volume,
    },
    /// The amount of `month` lies above the Basisschema maximum of an amount (`LDT_Bedrag`,
    /// 99,999,999 eurocents): not declared, what stands for it is left as it is.
    AmountOutOfRange {
        /// Position in the `cases` slice.
        index: usize,
        /// The month (its first day).
        month: NaiveDate,
        /// The amount in eurocents.
        cents: i64,
    },
    /// Two allocations of one product by one GI for one client, without allocation numbers to
    /// tell them apart, overlap from `start` to `end`: a line of those months cannot say which
    /// allocation it belongs to, and a second line would be double billing (TR389, TR416).
    /// The months the overlap touches are declared for neither case and what stands for them is
    /// left as it is, until one allocation is ended or withdrawn. A keyed run
    /// ([`run_keyed`](crate::declaration::run_keyed)) tells cases with their own numbers
    /// ([`Case::with_allocation`](crate::billing::Case::with_allocation)) apart and declares
    /// each; they never overlap.
    Overlap {
        /// Position in `cases` of the later case (by start, then position).
        index: usize,
        /// Position of the earlier case it overlaps.
        other: usize,
        /// First day of the overlap.
        start: NaiveDate,
        /// Last day of the overlap, if both cases have one.
        end: Option<NaiveDate>,
    },
    /// A delivery (its first one for that client, product, GI and month) that lies in no
    /// case's period: not declared.
    Delivery {
        /// Position in the `deliveries` slice.
        index: usize,
    },
    /// The case's product is not declared month by month in iJw: Consultatie 49B01 "(via
    /// factuur)" is settled per quarter by invoice (Productenboek Gelderland 2026: "De
    /// afrekening vindt per kwartaal plaats"; [`settle_quarters`](crate::billing::settle_quarters),
    /// [`collective_invoices`](crate::billing::collective_invoices)). Not declared; its care
    /// belongs on the quarter's invoice.
    SettledByInvoice {
        /// Position in the `cases` slice.
        index: usize,
        /// The product.
        code: ProductCode,
    },
}

impl std::fmt::Display for RunFailure {
    /// One line: which case or delivery, and why.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunFailure::Case { index, error } => write!(f, "case {index}: not declared: {error}"),
            RunFailure::LetGtoRepeat { index, first } => write!(
                f,
                "case {index}: LET GTO not declared: once per family, declared on case {first}"
            ),
            RunFailure::Month {
                index,
                month,
                error,
            } => write!(
                f,
                "case {index}: {} not declared: {error}",
                month.format("%Y-%m")
            ),
            RunFailure::AboveAllocation {
                index,
                month,
                delivered_minutes,
                allocated,
            } => write!(
                f,
                "case {index}: {}: {delivered_minutes} minutes delivered, above the allocated \
                 {} {}{} a month (TR321/TR322): only the allocated volume declared",
                month.format("%Y-%m"),
                allocated.amount,
                allocated.unit,
                if allocated.amount == 1 { "" } else { "s" }
            ),
            RunFailure::AmountOutOfRange {
                index,
                month,
                cents,
            } => write!(
                f,
                "case {index}: {} not declared: {cents} eurocents lies outside 0 to {MAX_CENTS} \
                 (Basisschema LDT_Bedrag)",
                month.format("%Y-%m")
            ),
            RunFailure::Overlap {
                index,
                other,
                start,
                end,
            } => {
                write!(
                    f,
                    "case {index}: overlaps case {other} (one product, GI and client, no \
                     allocation numbers) from {start}"
                )?;
                match end {
                    Some(end) => write!(f, " to {end}")?,
                    None => write!(f, " on")?,
                }
                write!(f, ": the months they share declared for neither")
            }
            RunFailure::Delivery { index } => {
                write!(
                    f,
                    "delivery {index}: not declared: it lies in no case's period"
                )
            }
            RunFailure::SettledByInvoice { index, code } => write!(
                f,
                "case {index}: {code} not declared in iJw: it is settled per quarter by invoice"
            ),
        }
    }
}

type Key<'a, C> = (&'a C, ProductCode, Provider, i32);

fn no_tariff(editions: &Editions, code: ProductCode, month: NaiveDate) -> Error {
    let first = editions.years().next();
    let last = editions.years().last();
    let day = |y: Option<i32>, m: u32, d: u32| y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
    Error::NoTariff {
        code,
        month,
        covered_from: day(first, 1, 1).unwrap_or(NaiveDate::MIN),
        covered_to: day(last, 12, 31).unwrap_or(NaiveDate::MIN),
    }
}

pub(super) fn edition_no_tariff(editions: &Editions, code: ProductCode, month: NaiveDate) -> Error {
    no_tariff(editions, code, month)
}

fn invalid(start: NaiveDate, reason: &'static str) -> Error {
    Error::InvalidPeriod {
        start,
        end: start,
        reason,
    }
}

/// The GI's monthly run (SAP GI v1.3, "Declareren"): given the editions (catalogue years), the
/// cases and delivered care as known today, the lines declared before, and the months open to
/// declaration `from..=month` (any day of each; months before `from` are settled and never
/// looked at — iJw TR335 lets a correction reach back five years, with the editions for those
/// years), the lines to send:
///
/// - a debit for every line now due that was not declared;
/// - a credit for every declared line of `from..=month` that is no longer due, or no longer due
///   as declared (another amount, tariff, volume or period), and after it the corrected line;
/// - nothing for lines declared as due.
///
/// Which months are due, and how they are priced, is described in the [module
/// docs](crate::declaration). `declared` holds what stands: debits and credits sent before and
/// not rejected (a rejected line is simply declared again by the next run).
///
/// The run is a pure function: the same inputs give the same lines, in the same order. It is
/// idempotent: run again with its own lines added to `declared`, it yields no lines. It never
/// fails as a whole and never sends a line the [`check`](crate::declaration::check) rejects:
/// what it cannot declare (a case it cannot price, a month without an edition, care above the
/// allocated volume, an amount above the Basisschema maximum, overlapping allocations, a product
/// settled per quarter by invoice such as Consultatie 49B01) is
/// listed in [`Run::failures`] and the rest is declared. The order of `cases` changes the order
/// of the lines and failures, never what is declared. Time and memory grow with the input:
/// each client is hashed once, then the lines are sorted by integer (group, month) keys and
/// merged with what was declared.
///
/// This run matches lines by client, product and GI. The keyed run
/// ([`run_keyed`](crate::declaration::run_keyed), [`Ledger::run`](crate::declaration::Ledger::run))
/// is the same run with keys on every line: a case with an allocation number is matched by it,
/// so two allocations of one product for one client are both declared.
///
/// Amounts: a monthly or per-traject line is the month's tariff (whole cents, no rounding);
/// an hourly line is rounded once to cents half away from zero (IV079/IV081, by
/// [`Catalogue::price_hours`](crate::Catalogue::price_hours) and
/// [`Catalogue::price_minutes`](crate::Catalogue::price_minutes)).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Editions, Provider, billing::Case, declaration::run};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let books = Editions::gelderland();
/// // OTS by JbGld, care from 15 March, still running.
/// let mut cases = vec![Case::new("bsn-1", "48B10".parse()?, Provider::JbGld, d(3, 15)).with_care(d(3, 15), None)];
/// let march = run(&books, &cases, &[], &[], d(1, 1), d(3, 1));
/// assert!(march.lines.is_empty()); // the first broken month is not billed
/// let april = run(&books, &cases, &[], &march.lines, d(1, 1), d(4, 1));
/// assert_eq!(april.lines.len(), 1);
/// assert_eq!(april.lines[0].amount_cents, 125929);
///
/// // In May the stop date arrives: care ended on 25 March (JW307).
/// cases[0] = cases[0].clone().stopped(d(3, 25));
/// let may = run(&books, &cases, &[], &april.lines, d(1, 1), d(5, 1));
/// let got: Vec<_> = may.lines.iter().map(|l| (l.start, l.credit)).collect();
/// assert_eq!(got, [(d(3, 15), false), (d(4, 1), true)]); // March due, April credited
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn run<C: Clone + Hash + Eq>(
    editions: &Editions,
    cases: &[Case<C>],
    deliveries: &[Delivery<C>],
    declared: &[DeclarationLine<C>],
    from: NaiveDate,
    month: NaiveDate,
) -> Run<C> {
    let declared: Vec<(&DeclarationLine<C>, Option<AllocationNumber>)> =
        declared.iter().map(|l| (l, None)).collect();
    let (lines, failures) = run_impl(editions, cases, deliveries, &declared, from, month, false);
    Run {
        lines: lines.into_iter().map(|(l, _, _)| l).collect(),
        failures,
    }
}

/// A line the run sends: the line, its allocation (keyed run), and for a credit the position
/// in `declared` of the line it credits.
pub(crate) type Sent<C> = (DeclarationLine<C>, Option<AllocationNumber>, Option<usize>);

/// The run, keyed or not: with `keyed`, due and declared lines are matched per allocation
/// number (a case's `allocation`, a declared line's number) where there is one, so that two
/// allocations of one product for one client are declared side by side (TR389 counts per
/// allocation) and never reported as an [`RunFailure::Overlap`].
pub(crate) fn run_impl<'a, C: Clone + Hash + Eq>(
    editions: &Editions,
    cases: &'a [Case<C>],
    deliveries: &'a [Delivery<C>],
    declared: &[(&'a DeclarationLine<C>, Option<AllocationNumber>)],
    from: NaiveDate,
    month: NaiveDate,
    keyed: bool,
) -> (Vec<Sent<C>>, Vec<RunFailure>) {
    let (lo, hi) = (month_index(from), month_index(month));
    let mut failures = Vec::new();

    // Delivered minutes per client, product, GI and month (IV079: summed before rounding).
    let mut delivered: HashMap<Key<'_, C>, (u32, usize, bool)> = HashMap::new();
    for (i, d) in deliveries.iter().enumerate() {
        let m = month_index(d.month);
        if m < lo || m > hi {
            continue;
        }
        let slot = delivered
            .entry((&d.client, d.code, d.provider, m))
            .or_insert((0, i, false));
        slot.0 = slot.0.saturating_add(d.minutes);
    }

    let repeats = let_gto_repeats(cases);
    let owners = delivery_owners(cases, &delivered, lo, hi);
    // Merge ids for the cases' keys over the cases and the declared lines: a group (client,
    // product, GI), or keyed, one id per (allocation number, product) where there is a number.
    let mut ids = MergeIds::with_capacity(cases.len());
    let mut id = |client: &'a C, code, provider, n: Option<AllocationNumber>| {
        ids.id(client, code, provider, n.filter(|_| keyed))
    };
    let case_groups: Vec<u32> = cases
        .iter()
        .map(|c| {
            let (client, code, provider, n) = case_key(c, keyed);
            id(client, code, provider, n)
        })
        .collect();
    // Overlapping allocations of one key: the months they share are left as they stand.
    let (contested, mut overlap_failures) = overlaps(cases, &case_groups, &repeats, lo, hi);
    let mut frozen: HashSet<u64> = HashSet::new();
    for (g, ranges) in &contested {
        for (a, b) in ranges {
            frozen.extend((*a..=*b).map(|m| key(*g, m)));
        }
    }
    // The lines due today, borrowing their client from the case, keyed by group and month.
    let mut due: Vec<Pending<'_, C>> = Vec::with_capacity(cases.len());
    let mut failed: HashSet<u32> = HashSet::new();
    for (index, (case, g)) in cases.iter().zip(&case_groups).enumerate() {
        if let Some(mut found) = overlap_failures.remove(&index) {
            failures.append(&mut found);
        }
        if let Some(first) = repeats.get(&index) {
            failures.push(RunFailure::LetGtoRepeat {
                index,
                first: *first,
            });
            continue;
        }
        let before = (due.len(), failures.len());
        let mut at = Site {
            index,
            group: *g,
            lo,
            hi,
            failures: &mut failures,
            frozen: &mut frozen,
        };
        if let Err(error) = due_lines(editions, case, &mut delivered, &owners, &mut at, &mut due) {
            due.truncate(before.0);
            failures.truncate(before.1);
            failed.insert(*g);
            failures.push(RunFailure::Case { index, error });
        }
    }
    let mut unused: Vec<usize> = delivered
        .values()
        .filter(|(minutes, _, used)| !used && *minutes > 0)
        .map(|(_, i, _)| *i)
        .collect();
    unused.sort_unstable();
    failures.extend(
        unused
            .into_iter()
            .map(|index| RunFailure::Delivery { index }),
    );

    // One line per key and month: a month left as it stands has none; of two cases of one key
    // due in one month without overlapping (one allocation ends, the next starts in the month),
    // the earlier declares it (the month is billed once, SAP GI "Declareren via maandtarief").
    if !frozen.is_empty() {
        due.retain(|p| !frozen.contains(&p.key));
    }
    due.sort_by_key(|p| (p.key, p.case_start, p.index));
    due.dedup_by_key(|p| p.key);

    // What stands of the declared lines in the open months: debits net of their credits, by
    // (group, month), sorted; the due lines likewise. Then one merge of the two.
    let mut declared_keyed: Vec<(u64, bool, usize)> = declared
        .iter()
        .enumerate()
        .filter(|(_, (l, _))| (lo..=hi).contains(&month_index(l.start)))
        .map(|(j, (l, n))| {
            let g = id(&l.client, l.code, l.provider, *n);
            (key(g, month_index(l.start)), l.credit, j)
        })
        .collect();
    declared_keyed.sort_by_key(|(k, credit, _)| (*k, *credit));
    let declared_line = |j: usize| declared.get(j).map(|(l, _)| *l);

    let mut out: Vec<Sent<C>> = Vec::new();
    let mut standing: Slot<usize> = Slot::default();
    let (mut a, mut b) = (0, 0);
    loop {
        let next_due = due.get(a).map(|p| p.key);
        let next_declared = declared_keyed.get(b).map(|(k, _, _)| *k);
        let current = match (next_due, next_declared) {
            (Some(x), Some(y)) => x.min(y),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => break,
        };
        standing.clear();
        while let Some((k, credit, j)) = declared_keyed.get(b) {
            if *k != current {
                break;
            }
            if let Some(l) = declared_line(*j) {
                if *credit {
                    standing.take(|x| declared_line(*x).is_some_and(|x| x.same_content(l)));
                } else {
                    standing.push(*j);
                }
            }
            b += 1;
        }
        let mut debits = Vec::new();
        while let Some(p) = due.get(a) {
            if p.key != current {
                break;
            }
            let declared_as_due =
                standing.take(|x| declared_line(*x).is_some_and(|x| x.same_content(&p.line)));
            if declared_as_due.is_none() {
                debits.push(&p.line);
            }
            a += 1;
        }
        // Credits first, then the corrected lines (SAP GI "Correcties op declaraties"); a
        // failed case's lines, and a month left as it stands, are not credited.
        let group = (current >> 32) as u32;
        let allocation = ids.allocation(group);
        let left = (!failed.is_empty() && failed.contains(&group))
            || (!frozen.is_empty() && frozen.contains(&current));
        if !left {
            out.extend(
                standing.iter().filter_map(|j| {
                    declared_line(*j).map(|l| (l.credit_of(), allocation, Some(*j)))
                }),
            );
        }
        out.extend(debits.into_iter().map(|l| {
            let line = DeclarationLine {
                credit: false,
                ..l.clone().map_client(|c| (*c).clone())
            };
            (line, allocation, None)
        }));
    }
    (out, failures)
}

/// A line due, with what orders it: its (group, month) key, and the case it comes from.
struct Pending<'a, C> {
    key: u64,
    case_start: NaiveDate,
    index: usize,
    line: DeclarationLine<&'a C>,
}

/// Where a case's lines and failures go.
struct Site<'f> {
    index: usize,
    group: u32,
    lo: i32,
    hi: i32,
    failures: &'f mut Vec<RunFailure>,
    frozen: &'f mut HashSet<u64>,
}

impl Site<'_> {
    /// A month that fails: reported, and what stands for it left as it is.
    fn fail(&mut self, m: i32, failure: RunFailure) {
        self.frozen.insert(key(self.group, m));
        self.failures.push(failure);
    }
}

/// The key that tells one allocation from another: client, product and GI, and in a keyed run
/// the case's allocation number (iJw `ToewijzingNummer`) when it has one, so that two
/// allocations with their own numbers are two keys. Two cases with the same key whose periods
/// overlap are reported ([`RunFailure::Overlap`]); the lines of a key are merged with the
/// declared lines of the same key (a numbered key with the declared lines of that number and
/// product, TR389).
fn case_key<C>(
    case: &Case<C>,
    keyed: bool,
) -> (&C, ProductCode, Provider, Option<AllocationNumber>) {
    (
        &case.client,
        case.code,
        case.provider,
        case.allocation.filter(|_| keyed),
    )
}

/// The overlaps between cases of one key (by billed period) that touch months `lo..=hi`: the
/// months they touch per group, and a failure per overlap keyed by the later case. Sorted once;
/// each case is compared with the earlier case of its key that reaches furthest, which holds
/// every earlier overlap's months. LET GTO repeats are left out: they are not declared at all
/// ([`RunFailure::LetGtoRepeat`]), and the family's first is declared in full.
#[allow(clippy::type_complexity)]
fn overlaps<C>(
    cases: &[Case<C>],
    case_groups: &[u32],
    repeats: &HashMap<usize, usize>,
    lo: i32,
    hi: i32,
) -> (
    HashMap<u32, Vec<(i32, i32)>>,
    HashMap<usize, Vec<RunFailure>>,
) {
    let mut spans: Vec<(u32, NaiveDate, usize, Option<NaiveDate>)> = cases
        .iter()
        .zip(case_groups)
        .enumerate()
        .filter(|(i, _)| !repeats.contains_key(i))
        .filter_map(|(i, (c, g))| {
            let (start, end) = billing_period(c).ok().flatten()?;
            Some((*g, start, i, end))
        })
        .collect();
    spans.sort_unstable();
    let mut contested: HashMap<u32, Vec<(i32, i32)>> = HashMap::new();
    let mut found: HashMap<usize, Vec<RunFailure>> = HashMap::new();
    let mut reach: Option<(u32, Option<NaiveDate>, usize)> = None;
    for (g, start, i, end) in spans {
        match reach {
            Some((rg, r_end, r)) if rg == g && r_end.is_none_or(|e| e >= start) => {
                let to = match (end, r_end) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                let (m0, m1) = (
                    month_index(start).max(lo),
                    to.map_or(hi, |t| month_index(t).min(hi)),
                );
                if m0 <= m1 {
                    contested.entry(g).or_default().push((m0, m1));
                    found.entry(i).or_default().push(RunFailure::Overlap {
                        index: i,
                        other: r,
                        start,
                        end: to,
                    });
                }
                if r_end.is_some_and(|re| end.is_none_or(|e| e > re)) {
                    reach = Some((g, end, i));
                }
            }
            _ => reach = Some((g, end, i)),
        }
    }
    (contested, found)
}

/// A (group, month) key that sorts by group, then month.
fn key(group: u32, month: i32) -> u64 {
    (u64::from(group) << 32) | u64::from((month as u32) ^ 0x8000_0000)
}

/// Which case a month's delivered care goes to: its billed period's first day, its allocation
/// number and its position.
type Owner = (NaiveDate, Option<AllocationNumber>, usize);

/// The case each month's delivered care is declared on: of the cases of one client, product
/// and GI whose billed period holds the month, the one whose period starts first (then the
/// lower allocation number, then the earlier position). Care delivered in a month is declared
/// once, on one allocation, whatever the order of the cases; two numbered allocations of one
/// hourly product never both declare the same minutes.
fn delivery_owners<'a, C: Hash + Eq>(
    cases: &'a [Case<C>],
    delivered: &HashMap<Key<'a, C>, (u32, usize, bool)>,
    lo: i32,
    hi: i32,
) -> HashMap<Key<'a, C>, Owner> {
    let mut owners: HashMap<Key<'a, C>, Owner> = HashMap::new();
    if delivered.is_empty() {
        return owners;
    }
    let with_care: HashSet<(&C, ProductCode, Provider)> = delivered
        .keys()
        .map(|(c, code, p, _)| (*c, *code, *p))
        .collect();
    for (index, case) in cases.iter().enumerate() {
        if !with_care.contains(&(&case.client, case.code, case.provider)) {
            continue;
        }
        let Ok(Some((start, end))) = billing_period(case) else {
            continue;
        };
        let last = end.map_or(hi, |e| month_index(e).min(hi));
        for m in month_index(start).max(lo)..=last {
            let k = (&case.client, case.code, case.provider, m);
            if delivered.contains_key(&k) {
                let candidate = (start, case.allocation, index);
                owners
                    .entry(k)
                    .and_modify(|o| *o = (*o).min(candidate))
                    .or_insert(candidate);
            }
        }
    }
    owners
}

/// The lines due for one case in months `lo..=hi` (the [`due`] schedule), appended to `out`;
/// a month that cannot be declared is reported in `at` and the others are declared.
///
/// # Errors
///
/// What fails the whole case: a reversed period, a product no edition prices.
fn due_lines<'a, C: Hash + Eq>(
    editions: &Editions,
    case: &'a Case<C>,
    delivered: &mut HashMap<Key<'a, C>, (u32, usize, bool)>,
    owners: &HashMap<Key<'a, C>, Owner>,
    at: &mut Site<'_>,
    out: &mut Vec<Pending<'a, C>>,
) -> Result<(), Error> {
    let Some((start, _)) = billing_period(case)? else {
        return Ok(());
    };
    let first = month_index(start).max(at.lo);
    let unit = editions.unit_at(case.code, case.provider, first)?;
    let invoiced = editions
        .edition(first.div_euclid(12))
        .and_then(|book| book.settlement(case.code).ok())
        .is_some_and(|s| !s.is_ijw_monthly());
    if invoiced {
        // Its delivered care belongs on the invoice: reported with the case, not as stray.
        for m in first..=at.hi {
            if let Some(slot) = delivered.get_mut(&(&case.client, case.code, case.provider, m)) {
                slot.2 = true;
            }
        }
        at.failures.push(RunFailure::SettledByInvoice {
            index: at.index,
            code: case.code,
        });
        return Ok(());
    }
    let kind = billing(unit);
    let Some(schedule) = due(case, kind, at.lo, at.hi)? else {
        return Ok(());
    };
    // The edition and the month's price, looked up once per year.
    let mut book_of: Option<(i32, Option<&Catalogue>)> = None;
    let mut price_of: Option<(i32, Result<Priced, Error>)> = None;
    for m in schedule.months() {
        let (Some(month), Some((from, to))) = (month_first(m), schedule.period(m)) else {
            return Err(invalid(start, "a month outside the date range"));
        };
        let index = at.index;
        let minutes = if kind == Billing::Volume {
            let k = (&case.client, case.code, case.provider, m);
            // The month's care is declared on one case only (`delivery_owners`).
            if owners.get(&k).is_some_and(|o| o.2 != index) {
                continue;
            }
            let Some(slot) = delivered.get_mut(&k) else {
                continue;
            };
            slot.2 = true;
            if slot.0 == 0 {
                continue;
            }
            slot.0
        } else {
            0
        };
        let year = m.div_euclid(12);
        let book = match book_of {
            Some((y, book)) if y == year => book,
            _ => {
                let book = editions.edition(year);
                book_of = Some((year, book));
                book
            }
        };
        let Some(book) = book else {
            let error = no_tariff(editions, case.code, month);
            at.fail(
                m,
                RunFailure::Month {
                    index,
                    month,
                    error,
                },
            );
            continue;
        };
        let priced = match kind {
            Billing::Monthly | Billing::Once => match &price_of {
                Some((y, price)) if *y == year => price.clone().map(Some),
                _ => {
                    let price = price_once(book, case, unit);
                    price_of = Some((year, price.clone()));
                    price.map(Some)
                }
            },
            Billing::Volume => price_volume(book, case, minutes).map(|(price, above)| {
                if let Some(allocated) = above {
                    at.failures.push(RunFailure::AboveAllocation {
                        index,
                        month,
                        delivered_minutes: minutes,
                        allocated,
                    });
                }
                price
            }),
        };
        let (volume, unit, tariff, cents) = match priced {
            Ok(Some(p)) => p,
            Ok(None) => continue,
            Err(error) => {
                at.fail(
                    m,
                    RunFailure::Month {
                        index,
                        month,
                        error,
                    },
                );
                continue;
            }
        };
        if !(0..=MAX_CENTS).contains(&cents) {
            at.fail(
                m,
                RunFailure::AmountOutOfRange {
                    index,
                    month,
                    cents,
                },
            );
            continue;
        }
        out.push(Pending {
            key: key(at.group, m),
            case_start: start,
            index,
            line: DeclarationLine {
                client: &case.client,
                code: case.code,
                provider: case.provider,
                start: from,
                end: to,
                volume,
                unit,
                product_tariff: tariff,
                amount_cents: cents,
                credit: false,
            },
        });
    }
    Ok(())
}

/// Volume, unit, product tariff and amount in eurocents of a line.
type Priced = (i64, Unit, Decimal, i64);

/// A month or traject at the edition's tariff (SAP GI: the monthly tariff in full; GBM advies
/// the whole amount at once). Tariffs are whole cents; should one not be, it is rounded as
/// [`to_cents`] does.
fn price_once<C>(book: &Catalogue, case: &Case<C>, unit: Unit) -> Result<Priced, Error> {
    let tariff = book.tariff(case.code, case.provider)?;
    if tariff.unit() != unit {
        return Err(Error::UnitMismatch {
            code: case.code,
            expected: unit,
            actual: tariff.unit(),
        });
    }
    let cents = match whole_cents(tariff.amount()) {
        Some(c) => c,
        None => to_cents(tariff.amount())?,
    };
    Ok((1, unit, tariff.amount(), cents))
}

/// The care delivered in a month: in minutes (IV081) when the allocation is in minutes, else
/// in hours (IV079); never more than the allocated volume (TR321, TR322). `None` when the
/// allocation allows nothing; the allocated volume beside it when delivered care was cut.
fn price_volume<C>(
    book: &Catalogue,
    case: &Case<C>,
    minutes: u32,
) -> Result<(Option<Priced>, Option<Volume>), Error> {
    let in_minutes = case.volume.is_some_and(|v| v.unit == Unit::Minute);
    let (mut minutes, mut above) = (minutes, None);
    if let Some(v) = case.volume {
        let allowed = if in_minutes {
            v.amount
        } else {
            // Whole hours: IV079 rounds the month's total; an allocation in hours allows that many.
            v.amount.saturating_mul(60)
        };
        let declared = if in_minutes {
            minutes
        } else {
            iv079_hours(minutes)?.saturating_mul(60)
        };
        if declared > allowed {
            above = Some(v);
            minutes = allowed;
        }
    }
    if minutes == 0 {
        return Ok((None, above));
    }
    let price = if in_minutes {
        book.price_minutes(case.code, case.provider, minutes)?
    } else {
        book.price_hours(case.code, case.provider, minutes)?
    };
    let priced = (
        i64::from(price.volume()),
        price.unit(),
        price.product_tariff(),
        to_cents(price.amount())?,
    );
    Ok((Some(priced), above))
}
