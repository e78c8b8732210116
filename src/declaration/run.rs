//! The GI's monthly run: the lines to send for a declaration month.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use chrono::{Datelike, NaiveDate};

use super::{DeclarationLine, Delivery, MergeIds, Slot, whole_cents};
use crate::billing::Editions;
use crate::billing::{Billing, Case};
use crate::billing::{billing, billing_period, let_gto_repeats, monthly_billed};
use crate::billing::{month_first, month_index, month_last};
use crate::money::to_cents;
use crate::{AllocationNumber, Error, ProductCode, Provider, QuoteLine, Unit};

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
    /// A delivery (its first one for that client, product, GI and month) that lies in no
    /// case's period: not declared.
    Delivery {
        /// Position in the `deliveries` slice.
        index: usize,
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
            RunFailure::Delivery { index } => {
                write!(
                    f,
                    "delivery {index}: not declared: it lies in no case's period"
                )
            }
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

fn line_from_quote<'a, C>(client: &'a C, q: &QuoteLine) -> Result<DeclarationLine<&'a C>, Error> {
    Ok(DeclarationLine {
        client,
        code: q.code(),
        provider: q.provider(),
        start: q.period_start(),
        end: q.period_end(),
        volume: 1,
        unit: q.unit(),
        product_tariff: q.tariff(),
        // Tariffs are whole cents; should one not be, round it as `to_cents` does.
        amount_cents: match whole_cents(q.amount()) {
            Some(c) => c,
            None => to_cents(q.amount())?,
        },
        credit: false,
    })
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
/// fails as a whole: a case it cannot price is listed in [`Run::failures`] and the others are
/// declared. Time and memory grow with the input: each client is hashed once, then the lines
/// are sorted by integer (group, month) keys and merged with what was declared.
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
/// allocation).
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
    // Group ids for (client, product, GI) over the cases and the declared lines.
    let mut ids = MergeIds::with_capacity(cases.len());
    // Keyed: one id per (allocation number, product) where there is a number.
    let mut id = |client: &'a C, code, provider, n: Option<AllocationNumber>| {
        ids.id(client, code, provider, n.filter(|_| keyed))
    };
    let case_groups: Vec<u32> = cases
        .iter()
        .map(|c| id(&c.client, c.code, c.provider, c.allocation))
        .collect();
    // The lines due today, borrowing their client from the case, keyed by group and month.
    let mut due: Vec<(u32, DeclarationLine<&C>)> = Vec::with_capacity(cases.len());
    let mut failed: HashSet<u32> = HashSet::new();
    for (index, (case, g)) in cases.iter().zip(&case_groups).enumerate() {
        if let Some(first) = repeats.get(&index) {
            failures.push(RunFailure::LetGtoRepeat {
                index,
                first: *first,
            });
            continue;
        }
        let before = due.len();
        if let Err(error) = due_lines(editions, case, *g, &mut delivered, lo, hi, &mut due) {
            due.truncate(before);
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
    let allocation_of = |g: u32| ids.allocation(g);
    // Cases come in order and months ascend within a case, so this is nearly sorted already.
    due.sort_by_key(|(g, l)| key(*g, month_index(l.start)));

    let mut out: Vec<Sent<C>> = Vec::new();
    let mut standing: Slot<usize> = Slot::default();
    let (mut a, mut b) = (0, 0);
    loop {
        let next_due = due.get(a).map(|(g, l)| key(*g, month_index(l.start)));
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
        while let Some((g, l)) = due.get(a) {
            if key(*g, month_index(l.start)) != current {
                break;
            }
            let declared_as_due =
                standing.take(|x| declared_line(*x).is_some_and(|x| x.same_content(l)));
            if declared_as_due.is_none() {
                debits.push(l);
            }
            a += 1;
        }
        // Credits first, then the corrected lines (SAP GI "Correcties op declaraties"); a
        // failed case's lines are left as they stand.
        let group = (current >> 32) as u32;
        let allocation = allocation_of(group);
        if !failed.contains(&group) {
            out.extend(
                standing.iter().filter_map(|j| {
                    declared_line(*j).map(|l| (l.credit_of(), allocation, Some(*j)))
                }),
            );
        }
        out.extend(debits.into_iter().map(|l| {
            let line = DeclarationLine {
                client: l.client.clone(),
                code: l.code,
                provider: l.provider,
                start: l.start,
                end: l.end,
                volume: l.volume,
                unit: l.unit,
                product_tariff: l.product_tariff,
                amount_cents: l.amount_cents,
                credit: false,
            };
            (line, allocation, None)
        }));
    }
    (out, failures)
}

/// A (group, month) key that sorts by group, then month.
fn key(group: u32, month: i32) -> u64 {
    (u64::from(group) << 32) | u64::from((month as u32) ^ 0x8000_0000)
}

/// The lines due for one case in months `lo..=hi`, appended to `out`.
fn due_lines<'a, C: Hash + Eq>(
    editions: &Editions,
    case: &'a Case<C>,
    group: u32,
    delivered: &mut HashMap<Key<'a, C>, (u32, usize, bool)>,
    lo: i32,
    hi: i32,
    out: &mut Vec<(u32, DeclarationLine<&'a C>)>,
) -> Result<(), Error> {
    let Some((start, end)) = billing_period(case)? else {
        return Ok(());
    };
    let first_m = month_index(start).max(lo);
    let last_m = end.map_or(hi, |e| month_index(e).min(hi));
    if first_m > last_m {
        return Ok(());
    }
    let first_day = month_first(first_m).ok_or(invalid(start, "a month outside the date range"))?;
    let unit = editions
        .edition(first_day.year())
        .ok_or_else(|| no_tariff(editions, case.code, first_day))?
        .product(case.code)?
        .unit();
    let month_end = month_last(hi).ok_or(invalid(start, "a month outside the date range"))?;
    match billing(unit) {
        Billing::Monthly => {
            // The first month billed under SAP GI (the first broken month is not, unless care
            // also ends in it), then every month to the end or the declaration month.
            let first_billed = match monthly_billed(start, end, month_index(start))? {
                Some(true) => month_index(start),
                _ => month_index(start).saturating_add(1),
            };
            let from_m = first_billed.max(lo);
            if from_m > last_m {
                return Ok(());
            }
            let from = month_first(from_m)
                .ok_or(invalid(start, "a month outside the date range"))?
                .max(start);
            let cut = end.map_or(month_end, |e| e.min(month_end));
            let q = editions.quote(case.code, case.provider, from, cut)?;
            for l in q.lines() {
                out.push((group, line_from_quote(&case.client, &l)?));
            }
        }
        Billing::Once => {
            // Once, in full, in the month the traject ends.
            let Some(e) = end else { return Ok(()) };
            let m = month_index(e);
            if m < lo || m > hi {
                return Ok(());
            }
            let from = month_first(m)
                .ok_or(invalid(start, "a month outside the date range"))?
                .max(start);
            let q = editions.quote(case.code, case.provider, from, e)?;
            for l in q.lines() {
                out.push((group, line_from_quote(&case.client, &l)?));
            }
        }
        Billing::Volume => {
            let in_minutes = case.volume.is_some_and(|v| v.unit == Unit::Minute);
            for m in first_m..=last_m {
                let key = (&case.client, case.code, case.provider, m);
                let Some(slot) = delivered.get_mut(&key) else {
                    continue;
                };
                slot.2 = true;
                let minutes = slot.0;
                if minutes == 0 {
                    continue;
                }
                let first =
                    month_first(m).ok_or(invalid(start, "a month outside the date range"))?;
                let last = month_last(m).ok_or(invalid(start, "a month outside the date range"))?;
                let book = editions
                    .edition(first.year())
                    .ok_or_else(|| no_tariff(editions, case.code, first))?;
                let price = if in_minutes {
                    book.price_minutes(case.code, case.provider, minutes)?
                } else {
                    book.price_hours(case.code, case.provider, minutes)?
                };
                out.push((
                    group,
                    DeclarationLine {
                        client: &case.client,
                        code: case.code,
                        provider: case.provider,
                        start: first.max(start),
                        end: end.map_or(last, |e| e.min(last)),
                        volume: i64::from(price.volume()),
                        unit: price.unit(),
                        product_tariff: price.product_tariff(),
                        amount_cents: to_cents(price.amount())?,
                        credit: false,
                    },
                ));
            }
        }
    }
    Ok(())
}
