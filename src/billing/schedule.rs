//! The schedule both the run and the check follow: which months of a case are due.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;

use crate::Catalogue;
use crate::billing::{
    Billing, BillingRule, Budget, Case, Placement, Unpriced, first_billed, month_first,
    month_index, month_last, placements_budget_reporting,
};
use crate::billing::{EditionQuote, Editions};
use crate::{Error, Unit};

/// The first month (index) of a monthly period `start..=end` (`None`: still running) that SAP
/// GI v1.3 bills ("eerste gebroken maand wordt niet gedeclareerd"): the start month when the
/// period starts on the 1st or also ends in that month, else the month after. A period that has
/// no end yet runs past its start month. The same rule as [`billed_months`](crate::billing::billed_months).
fn first_due_month(start: NaiveDate, end: Option<NaiveDate>) -> i32 {
    // Without an end the period runs on: any later month stands for it.
    first_billed(start, end.unwrap_or(NaiveDate::MAX), BillingRule::SapGi)
}

/// Whether month `m` of a monthly case with period `start..=end` (`None`: open) is billed under
/// SAP GI, knowing what is known today: a period that has not ended by the end of `m` runs past
/// it. `Ok(None)` when `m` lies outside the period; `Ok(Some(false))` for the first broken month.
pub(crate) fn monthly_billed(
    start: NaiveDate,
    end: Option<NaiveDate>,
    m: i32,
) -> Result<Option<bool>, Error> {
    if end.is_some_and(|e| e < start) {
        return Err(Error::InvalidPeriod {
            start,
            end: end.unwrap_or(start),
            reason: "the period ends before it starts",
        });
    }
    if m < month_index(start) || end.is_some_and(|e| m > month_index(e)) {
        return Ok(None);
    }
    Ok(Some(first_due_month(start, end) <= m))
}

/// The months of one case that are due, as known at the end of the latest month looked at: the
/// one schedule (SAP GI v1.3) that the declaration run, [`Case::quote`] and [`cases_budget`]
/// follow, and that the check applies line by line.
///
/// - **monthly products**: from the first billed month ([`first_due_month`]: the first broken
///   month only when the period also ends in it) to the period's last month; a period still
///   running at the end of the latest month runs past it, so its first broken month is never
///   due (care from 3 December, still running at the end of December: nothing due yet).
/// - **per-traject and per-piece products** (GBM advies): the month the period ends, once; an
///   open traject has no month due.
/// - **hourly products**: every month of the period; the care delivered decides (IV079, IV081).
///
/// Periods are [`billing_period`]s (LET GTO cut to its three-month term).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Due {
    /// First day of the billed period.
    pub(crate) start: NaiveDate,
    /// Last day of the billed period, if known.
    pub(crate) end: Option<NaiveDate>,
    /// The first and last month due (indices); empty when the first lies after the last.
    first: i32,
    last: i32,
}

impl Due {
    /// The due months, as month indices, in order.
    pub(crate) const fn months(&self) -> std::ops::RangeInclusive<i32> {
        self.first..=self.last
    }

    /// The product period of month `m` (OP367, TR387, TR388): the month clamped to the period.
    pub(crate) fn period(&self, m: i32) -> Option<(NaiveDate, NaiveDate)> {
        let from = month_first(m)?.max(self.start);
        let last = month_last(m)?;
        let to = self.end.map_or(last, |e| e.min(last));
        (from <= to).then_some((from, to))
    }
}

/// The months of `case` due in months `lo..=hi` (indices), as known at the end of month `hi`,
/// for a product billed as `billing`: see [`Due`]. `Ok(None)` when care has not started or does
/// not overlap the allocation.
///
/// # Errors
///
/// [`Error::InvalidPeriod`] for an allocation or care period that ends before it starts, or a
/// LET GTO term that ends outside the supported dates.
pub(crate) fn due<C>(
    case: &Case<C>,
    billing: Billing,
    lo: i32,
    hi: i32,
) -> Result<Option<Due>, Error> {
    let Some((start, end)) = billing_period(case)? else {
        return Ok(None);
    };
    let s = month_index(start);
    let e = end.map(month_index);
    let until = |e: Option<i32>| e.map_or(hi, |e| e.min(hi));
    let (first, last) = match billing {
        Billing::Monthly => (first_due_month(start, end), until(e)),
        Billing::Once => match e {
            Some(e) => (e, e),
            None => (1, 0),
        },
        Billing::Volume => (s, until(e)),
    };
    Ok(Some(Due {
        start,
        end,
        first: first.max(lo),
        last: last.min(hi),
    }))
}

/// The period a case is billed over: [`Case::period`], a LET GTO case cut to its three-month
/// term (`family::term_end`). `Ok(None)` when care has not started or does not overlap the
/// allocation; [`Error::InvalidPeriod`] for an allocation or care period that ends before it
/// starts.
pub(crate) fn billing_period<C>(
    case: &Case<C>,
) -> Result<Option<(NaiveDate, Option<NaiveDate>)>, Error> {
    // A reversed allocation or care period is bad input, not an empty case.
    if let Some(end) = case.end.filter(|e| *e < case.start) {
        return Err(Error::InvalidPeriod {
            start: case.start,
            end,
            reason: "the allocation ends before it starts",
        });
    }
    if let Some(care) = case.care {
        if let Some(stop) = care.stop.filter(|s| *s < care.start) {
            return Err(Error::InvalidPeriod {
                start: care.start,
                end: stop,
                reason: "care stops before it starts",
            });
        }
    }
    let Some((start, end)) = case.period() else {
        return Ok(None);
    };
    if case.code == crate::billing::LET_GTO {
        let term = crate::billing::term_end(start, crate::billing::LET_GTO_MONTHS)?;
        return Ok(Some((start, Some(end.map_or(term, |e| e.min(term))))));
    }
    Ok(Some((start, end)))
}

/// The LET GTO cases that are not their family's first (by start; see below for a tie): LET GTO is
/// declared once per family, on the youngest child with a measure (Productenboek Gelderland
/// 2026, LET GTO 48B15). A family is every LET GTO case linked to another by the same client or
/// the same [`Case::family`]. Keyed by case index; the value is the first case's index. Shared
/// by the run (which does not declare a repeat) and the check (which rejects one).
pub(crate) fn let_gto_repeats<C: Hash + Eq>(cases: &[Case<C>]) -> HashMap<usize, usize> {
    let gto: Vec<(usize, &Case<C>)> = cases
        .iter()
        .enumerate()
        .filter(|(_, c)| c.code == crate::billing::LET_GTO)
        .collect();
    // Union-find over the positions in `gto`, linked by client and by family.
    let mut parent: Vec<usize> = (0..gto.len()).collect();
    fn root(parent: &mut [usize], mut k: usize) -> usize {
        while let Some(&p) = parent.get(k) {
            if p == k {
                break;
            }
            // Path halving.
            let grand = parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = parent.get_mut(k) {
                *slot = grand;
            }
            k = grand;
        }
        k
    }
    let mut by_client: HashMap<&C, usize> = HashMap::with_capacity(gto.len());
    let mut by_family: HashMap<u64, usize> = HashMap::new();
    for (k, (_, case)) in gto.iter().enumerate() {
        let link = |other: Option<usize>, parent: &mut Vec<usize>| {
            if let Some(j) = other {
                let (a, b) = (root(parent, k), root(parent, j));
                if let Some(slot) = parent.get_mut(a.max(b)) {
                    *slot = a.min(b);
                }
            }
        };
        let same_client = by_client.get(&case.client).copied();
        link(same_client, &mut parent);
        by_client.entry(&case.client).or_insert(k);
        if let Some(f) = case.family {
            let same_family = by_family.get(&f).copied();
            link(same_family, &mut parent);
            by_family.entry(f).or_insert(k);
        }
    }
    // The first case of each family: the earliest start; between cases starting the same day,
    // an order that does not depend on their positions (so that the run and the check, given
    // the cases in any order, pick the same): the client id's hash, then the billed period.
    let rank = |case: &Case<C>| {
        let mut h = std::hash::DefaultHasher::new();
        case.client.hash(&mut h);
        (case.start, h.finish(), billing_period(case).ok().flatten())
    };
    let ranks: Vec<_> = gto.iter().map(|(_, c)| rank(c)).collect();
    let mut first: HashMap<usize, usize> = HashMap::new();
    for (k, (i, _)) in gto.iter().enumerate() {
        let r = root(&mut parent, k);
        let slot = first.entry(r).or_insert(k);
        let better = match (ranks.get(k), ranks.get(*slot), gto.get(*slot)) {
            (Some(a), Some(b), Some((j, _))) => (a, *i) < (b, *j),
            _ => false,
        };
        if better {
            *slot = k;
        }
    }
    let mut repeats = HashMap::new();
    for (k, (i, _)) in gto.iter().enumerate() {
        let r = root(&mut parent, k);
        if let Some((f, _)) = first.get(&r).and_then(|f| gto.get(*f)) {
            if f != i {
                repeats.insert(*i, *f);
            }
        }
    }
    repeats
}

/// How a product with this unit is billed.
pub(crate) const fn billing(unit: Unit) -> Billing {
    Billing::of(unit)
}

/// The budget of cases in the catalogue's year, as [`placements_budget_reporting`] prices it:
/// the months of each case that a declaration run at the end of the year would have declared
/// (the schedule the run, the check and [`Case::quote`] follow): a monthly product from its
/// first billed month — not a first broken month while the case runs on past the year — to its
/// last month or December; a per-traject product in the month its period ends, when that lies
/// in the year; LET GTO for its three-month term at most. A case whose care has not started is
/// not billed (and not listed); a case that cannot be priced (an unknown product, one the GI
/// does not offer, an hourly product, a reversed period) is listed with its position in
/// `cases`. Amounts are whole cents, summed exactly; nothing is rounded.
///
/// # Errors
///
/// [`Error::Overflow`], as [`placements_budget_reporting`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Catalogue, Error, Provider, billing::{Case, cases_budget}};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let cases = [
///     Case::new("a", "48B10".parse()?, Provider::JbGld, d(3, 15)).with_care(d(3, 15), None),
///     Case::new("b", "49B01".parse()?, Provider::JbGld, d(1, 1)).with_care(d(1, 1), None), // hourly
///     Case::new("c", "48B10".parse()?, Provider::JbGld, d(1, 1)), // care not started
///     // From 3 December and running on: December is its first broken month, not billed.
///     Case::new("d", "48B10".parse()?, Provider::JbGld, d(12, 3)).with_care(d(12, 3), None),
/// ];
/// let (budget, bad) = cases_budget(Catalogue::gelderland_2026(), &cases)?;
/// assert_eq!(budget.total().to_string(), "11333.61"); // April to December: 9 × 1259.29
/// assert!(matches!(bad[..], [(1, Error::UnitMismatch { .. })]));
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn cases_budget<'a, C>(
    catalogue: &'a Catalogue,
    cases: &[Case<C>],
) -> Result<(Budget<'a>, Unpriced), Error> {
    let (_, year_end) = catalogue.covers();
    let (lo, hi) = (catalogue.year() * 12, catalogue.year() * 12 + 11);
    let mut positions = Vec::with_capacity(cases.len());
    let mut unpriced = Vec::new();
    let mut placements = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        let (start, end) = match billing_period(case) {
            Ok(Some(period)) => period,
            Ok(None) => continue,
            Err(error) => {
                unpriced.push((i, error));
                continue;
            }
        };
        let kind = catalogue
            .tariff(case.code, case.provider)
            .map(|t| billing(t.unit()));
        let span = match kind {
            Ok(kind @ (Billing::Monthly | Billing::Once)) => {
                // The due months of the year, as the period from the first's product period to
                // the last's: `placements_budget` bills exactly those.
                let due = match due(case, kind, lo, hi) {
                    Ok(Some(due)) => due,
                    Ok(None) => continue,
                    Err(error) => {
                        unpriced.push((i, error));
                        continue;
                    }
                };
                let months = due.months();
                match (due.period(*months.start()), due.period(*months.end())) {
                    (Some((from, _)), Some((_, to))) if months.start() <= months.end() => {
                        (from, to)
                    }
                    _ => continue,
                }
            }
            // Reported by the budget with its error (unknown product, not offered, hourly).
            _ => (start, end.map_or(year_end, |e| e.min(year_end))),
        };
        if span.0 <= span.1 {
            positions.push(i);
            placements.push(Placement {
                child: u32::try_from(i).unwrap_or(u32::MAX),
                code: case.code,
                provider: case.provider,
                start: span.0,
                end: span.1,
            });
        }
    }
    let (budget, bad) = placements_budget_reporting(catalogue, placements)?;
    unpriced.extend(
        bad.into_iter()
            .filter_map(|(k, error)| positions.get(k).map(|i| (*i, error))),
    );
    unpriced.sort_by_key(|(i, _)| *i);
    Ok((budget, unpriced))
}

impl<C> Case<C> {
    /// The quote of what a declaration run in the month of `through` would have declared for
    /// the case, all months together: the months [due](crate::declaration) by then under SAP GI
    /// v1.3, priced at each month's edition — the same schedule as the run, the check and
    /// [`cases_budget`](crate::billing::cases_budget).
    ///
    /// - A monthly product is quoted from its first billed month to its last month, or to the
    ///   month of `through` while it runs on. A period still running after that month runs past
    ///   it: its first broken month is not quoted (care from 3 December, still running, quoted
    ///   through 31 December: nothing).
    /// - A per-traject product (GBM advies) is quoted once, in the month its period ends, when
    ///   that month is not after `through`'s; an open traject is not quoted.
    /// - LET GTO (48B15) is quoted for its three-month term
    ///   ([`LET_GTO_MONTHS`](crate::billing::LET_GTO_MONTHS)) at most.
    ///
    /// Nothing due by then is an empty quote (total 0, no lines). The product periods of the
    /// lines are the run's (TR387, TR388): the last one ends on the period's last day or on the
    /// last day of `through`'s month. No rounding: every line is a tariff in whole cents.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] when care has not started, or an allocation or care period ends
    /// before it starts; [`Error::UnitMismatch`] for an hourly product (priced by volume:
    /// [`Catalogue::price_hours`](crate::Catalogue::price_hours)); [`Error::UnknownProduct`],
    /// [`Error::NotOffered`]; [`Error::NoTariff`] for a due month outside the editions' years
    /// (a month that is not due needs no edition).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Editions, Provider, billing::Case};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let books = Editions::gelderland();
    /// let case = Case::new("a", "48B10".parse()?, Provider::JbGld, d(3, 15)).stopped(d(5, 10));
    /// assert_eq!(case.quote(&books, d(12, 31))?.total().to_string(), "2518.58"); // April, May
    /// // Still running from 3 December: December is the first broken month, never billed.
    /// let open = Case::new("b", "48B10".parse()?, Provider::JbGld, d(12, 3)).with_care(d(12, 3), None);
    /// assert_eq!(open.quote(&books, d(12, 31))?.billed_months(), 0);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn quote<'a>(
        &self,
        editions: &'a Editions,
        through: NaiveDate,
    ) -> Result<EditionQuote<'a>, Error> {
        let not_started = Error::InvalidPeriod {
            start: self.start,
            end: self.end.unwrap_or(self.start),
            reason: "care has not started, or care and allocation do not overlap",
        };
        let (start, end) = crate::billing::billing_period(self)?.ok_or(not_started)?;
        let hi = crate::billing::month_index(through);
        let unit =
            editions.unit_at(self.code, self.provider, crate::billing::month_index(start))?;
        crate::billing::check_quotable(self.code, unit)?;
        let due = crate::billing::due(self, crate::billing::billing(unit), i32::MIN, hi)?;
        let months = due.map_or((1, 0), |d| (*d.months().start(), *d.months().end()));
        let last_day = crate::billing::month_last(hi).unwrap_or(through);
        let cut = end.map_or(last_day, |e| e.min(last_day));
        if months.0 > months.1 || cut < start {
            return editions.quote_window(
                self.code,
                self.provider,
                start,
                start,
                BillingRule::SapGi,
                (1, 0),
            );
        }
        crate::billing::check_period(start, cut)?;
        editions.quote_window(
            self.code,
            self.provider,
            start,
            cut,
            BillingRule::SapGi,
            months,
        )
    }
}
