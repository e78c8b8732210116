//! The schedule both the run and the check follow: which months of a case are due.

use std::collections::HashMap;
use std::hash::Hash;

use chrono::NaiveDate;

use crate::Catalogue;
use crate::billing::{
    Billing, BillingRule, Budget, Case, Placement, Unpriced, billed_months, month_first,
    month_index, placements_budget_reporting,
};
use crate::{Error, Unit};

/// Whether month `m` of a monthly case with period `start..=end` (`None`: open) is billed under
/// SAP GI, knowing what is known today: a period that has not ended by the end of `m` runs past
/// it. `Ok(None)` when `m` lies outside the period; `Ok(Some(false))` for the first broken month.
pub(crate) fn monthly_billed(
    start: NaiveDate,
    end: Option<NaiveDate>,
    m: i32,
) -> Result<Option<bool>, Error> {
    if m < month_index(start) || end.is_some_and(|e| m > month_index(e)) {
        return Ok(None);
    }
    let horizon = match end {
        Some(e) if month_index(e) <= m => e,
        _ => m
            .checked_add(1)
            .and_then(month_first)
            .ok_or(Error::InvalidPeriod {
                start,
                end: start,
                reason: "the month after the period lies outside the supported date range",
            })?,
    };
    let first = billed_months(start, horizon, BillingRule::SapGi)?.next();
    Ok(Some(first.is_some_and(|f| month_index(f) <= m)))
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

/// The LET GTO cases that are not their family's first (by start, then by position): LET GTO is
/// declared once per family, on the youngest child with a measure (Productenboek Gelderland
/// 2026, LET GTO 48B15). Keyed by case index; the value is the first case's index.
pub(crate) fn let_gto_repeats<C: Hash + Eq>(cases: &[Case<C>]) -> HashMap<usize, usize> {
    let mut first: HashMap<&C, usize> = HashMap::new();
    let mut repeats = HashMap::new();
    for (i, case) in cases.iter().enumerate() {
        if case.code != crate::billing::LET_GTO {
            continue;
        }
        match first.get(&case.client).copied() {
            Some(j) => {
                let earlier = cases.get(j).is_some_and(|c| c.start <= case.start);
                if earlier {
                    repeats.insert(i, j);
                } else {
                    repeats.insert(j, i);
                    first.insert(&case.client, i);
                }
            }
            None => {
                first.insert(&case.client, i);
            }
        }
    }
    // A later "first" may have displaced an earlier one: point every repeat at the final first.
    for (i, j) in &mut repeats {
        if let Some(c) = cases.get(*i) {
            if let Some(f) = first.get(&c.client) {
                *j = *f;
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
/// each case over its billed period ([`Case::period`], LET GTO cut to its three-month term),
/// up to the end of the year when it runs on. A case whose care has not started is not billed
/// (and not listed); a case that cannot be priced is listed with its position in `cases`.
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
    let mut positions = Vec::with_capacity(cases.len());
    let mut unpriced = Vec::new();
    let mut placements = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        match crate::billing::billing_period(case) {
            Ok(Some((start, end))) => {
                let end = end.map_or(year_end, |e| e.min(year_end));
                if start <= end {
                    positions.push(i);
                    placements.push(Placement {
                        child: u32::try_from(i).unwrap_or(u32::MAX),
                        code: case.code,
                        provider: case.provider,
                        start,
                        end,
                    });
                }
            }
            Ok(None) => {}
            Err(error) => unpriced.push((i, error)),
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
