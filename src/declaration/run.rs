//! The GI's monthly run: the lines to send for a declaration month.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use chrono::{Datelike, NaiveDate};

use super::{DeclarationLine, Delivery, billing, billing_period, let_gto_repeats, monthly_billed};
use crate::case::{Billing, Case};
use crate::edition::Editions;
use crate::money::to_cents;
use crate::pricing::{month_first, month_index, month_last};
use crate::{Error, ProductCode, Provider, QuoteLine, Unit};

/// What one run produced: the lines to send, and the entries it could not declare.
///
/// # Example
///
/// See [`run`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run<C = String> {
    /// The lines to send, sorted by client, product, GI and month, a credit before the
    /// corrected line of its month.
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
#[non_exhaustive]
pub enum RunFailure {
    /// The case at `index` could not be priced (unknown product, not offered, no tariff for a
    /// month, an hourly product without delivered care, …).
    Case {
        /// Position in the `cases` slice.
        index: usize,
        /// Why.
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

fn line_from_quote<C: Clone>(client: &C, q: &QuoteLine) -> Result<DeclarationLine<C>, Error> {
    Ok(DeclarationLine {
        client: client.clone(),
        code: q.code(),
        provider: q.provider(),
        start: q.period_start(),
        end: q.period_end(),
        volume: 1,
        unit: q.unit(),
        product_tariff: q.tariff(),
        amount_cents: to_cents(q.amount())?,
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
/// declared. Time and memory are linear in the input (hash maps, one sort of the output).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Editions, Provider, case::Case, declaration::run};
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
pub fn run<C: Clone + Ord + Hash>(
    editions: &Editions,
    cases: &[Case<C>],
    deliveries: &[Delivery<C>],
    declared: &[DeclarationLine<C>],
    from: NaiveDate,
    month: NaiveDate,
) -> Run<C> {
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
    let mut due: Vec<DeclarationLine<C>> = Vec::with_capacity(cases.len());
    let mut failed: HashSet<(&C, ProductCode, Provider)> = HashSet::new();
    for (index, case) in cases.iter().enumerate() {
        if let Some(first) = repeats.get(&index) {
            failures.push(RunFailure::LetGtoRepeat {
                index,
                first: *first,
            });
            continue;
        }
        let before = due.len();
        if let Err(error) = due_lines(editions, case, &mut delivered, lo, hi, &mut due) {
            due.truncate(before);
            failed.insert((&case.client, case.code, case.provider));
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

    // What stands of the declared lines in the open months: debits net of their credits.
    let mut standing: HashMap<Key<'_, C>, Vec<&DeclarationLine<C>>> = HashMap::new();
    for line in declared {
        let m = month_index(line.start);
        if m < lo || m > hi {
            continue;
        }
        let slot = standing
            .entry((&line.client, line.code, line.provider, m))
            .or_default();
        if line.credit {
            if let Some(k) = slot.iter().position(|l| l.same_content(line)) {
                slot.swap_remove(k);
            }
        } else {
            slot.push(line);
        }
    }

    let mut out: Vec<DeclarationLine<C>> = Vec::new();
    let mut is_new = vec![false; due.len()];
    for (line, new) in due.iter().zip(is_new.iter_mut()) {
        let key = (
            &line.client,
            line.code,
            line.provider,
            month_index(line.start),
        );
        let matched = standing.get_mut(&key).and_then(|slot| {
            let k = slot.iter().position(|l| l.same_content(line))?;
            Some(slot.swap_remove(k))
        });
        *new = matched.is_none();
    }
    for ((client, code, provider, _), slot) in &standing {
        if failed.contains(&(*client, *code, *provider)) {
            continue;
        }
        out.extend(slot.iter().map(|l| l.credit_of()));
    }
    drop(standing);
    drop(failed);
    out.extend(
        due.into_iter()
            .zip(is_new)
            .filter_map(|(line, new)| new.then_some(line)),
    );
    out.sort_by(|a, b| {
        (
            &a.client,
            a.code,
            a.provider,
            month_index(a.start),
            !a.credit,
            a.start,
        )
            .cmp(&(
                &b.client,
                b.code,
                b.provider,
                month_index(b.start),
                !b.credit,
                b.start,
            ))
            .then_with(|| a.cmp(b))
    });
    Run {
        lines: out,
        failures,
    }
}

/// The lines due for one case in months `lo..=hi`, appended to `out`.
fn due_lines<'a, C: Clone + Hash + Eq>(
    editions: &Editions,
    case: &'a Case<C>,
    delivered: &mut HashMap<Key<'a, C>, (u32, usize, bool)>,
    lo: i32,
    hi: i32,
    out: &mut Vec<DeclarationLine<C>>,
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
                out.push(line_from_quote(&case.client, &l)?);
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
                out.push(line_from_quote(&case.client, &l)?);
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
                out.push(DeclarationLine {
                    client: case.client.clone(),
                    code: case.code,
                    provider: case.provider,
                    start: first.max(start),
                    end: end.map_or(last, |e| e.min(last)),
                    volume: i64::from(price.volume()),
                    unit: price.unit(),
                    product_tariff: price.product_tariff(),
                    amount_cents: to_cents(price.amount())?,
                    credit: false,
                });
            }
        }
    }
    Ok(())
}
