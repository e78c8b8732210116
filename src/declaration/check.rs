//! The municipality's check of a declaration: one verdict per line (JW325).

use std::collections::HashMap;

use std::hash::Hash;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::run::edition_no_tariff;
use super::{DeclarationLine, Groups, Reason, Slot, Submitted, whole_cents};
use crate::billing::Editions;
use crate::billing::{Billing, Case};
use crate::billing::{billing, billing_period, let_gto_repeats, monthly_billed};
use crate::money::{round_cents, to_cents};

use crate::billing::{month_first, month_index, month_last};
use crate::{Catalogue, Unit};

/// The verdict on one submitted line: approved when `reasons` is empty, else rejected with every
/// reason that applies.
///
/// # Example
///
/// See [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// The totals of a JW325 answer, in eurocents, credits counted negative (TR358: debits −
/// credits): submitted = approved + rejected. An unreadable line counts 0 cents.
///
/// # Example
///
/// See [`check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
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
pub struct Checked<C = String> {
    /// One verdict per line, in input order.
    pub verdicts: Vec<Verdict<C>>,
    /// The JW325 totals.
    pub totals: Totals,
}

/// What a standing approved line declared (period, volume, unit, tariff, amount).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// Basisschema: an amount is 0 to 99,999,999 eurocents.
const MAX_CENTS: i64 = 99_999_999;

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
    let reasons = {
        // Group ids for (client, product, GI) over the cases and the approved lines; after this
        // one hash of the client per line, integer keys only.
        let mut groups = Groups::with_capacity(granted.len());
        let mut members: Vec<Slot<usize>> = Vec::with_capacity(granted.len());
        for (i, c) in granted.iter().enumerate() {
            let g = groups.id(&c.client, c.code, c.provider) as usize;
            if members.len() <= g {
                members.resize_with(g + 1, Slot::default);
            }
            if let Some(slot) = members.get_mut(g) {
                slot.push(i);
            }
        }
        let infos: Vec<Info> = granted.iter().map(Info::of).collect();
        // What was approved before, by (group, month), sorted: debits and credits.
        let mut before: Vec<(u64, bool, Content)> = approved
            .iter()
            .map(|l| {
                let g = groups.id(&l.client, l.code, l.provider);
                (key(g, month_index(l.start)), l.credit, Content::of(l))
            })
            .collect();
        before.sort_unstable_by_key(|(k, credit, _)| (*k, *credit));
        let ctx = Context {
            editions,
            granted,
            members,
            infos,
            repeats: let_gto_repeats(granted),
            declared_on,
        };
        // Every reason that does not depend on other lines; and the lines by (group, month).
        let mut reasons: Vec<Vec<Reason>> = Vec::with_capacity(lines.len());
        let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(lines.len());
        for (index, submitted) in lines.iter().enumerate() {
            let mut out = Vec::new();
            match submitted {
                Submitted::Unreadable { problems, .. } => {
                    out.extend(problems.iter().cloned().map(Reason::Unreadable));
                }
                Submitted::Line(l) => {
                    let group = groups.get(&l.client, l.code, l.provider);
                    if l.credit {
                        technical(l, &mut out);
                    } else {
                        ctx.debit(l, group, &mut out);
                    }
                    match (group, u32::try_from(index)) {
                        (Some(g), Ok(i)) => keyed.push((key(g, month_index(l.start)), i)),
                        // No group: nothing was approved for it (a debit is rejected already).
                        _ if l.credit && out.is_empty() => out.push(Reason::CreditWithoutApproval),
                        _ => {}
                    }
                }
            }
            reasons.push(out);
        }
        // Per (group, month), in order: what stands approved, then the credits (each cancels
        // one standing line, SAP GI "Correcties op declaraties"), then the debits (one may
        // stand; any other is double billing, TR389/TR416).
        keyed.sort_unstable();
        let mut b = 0;
        let mut k = 0;
        let mut standing: Slot<Content> = Slot::default();
        while let Some(&(current, _)) = keyed.get(k) {
            let rest = keyed.get(k..).unwrap_or_default();
            let end = rest
                .iter()
                .position(|(x, _)| *x != current)
                .map_or(keyed.len(), |n| k + n);
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
            let run = keyed.get(k..end).unwrap_or_default();
            for pass_credits in [true, false] {
                for &(_, i) in run {
                    let i = i as usize;
                    let (Some(Submitted::Line(l)), Some(out)) = (lines.get(i), reasons.get_mut(i))
                    else {
                        continue;
                    };
                    if l.credit != pass_credits {
                        continue;
                    }
                    let c = Content::of(l);
                    if l.credit {
                        if out.is_empty() && standing.take(|x| *x == c).is_none() {
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
    };
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

struct Context<'a, C> {
    editions: &'a Editions,
    granted: &'a [Case<C>],
    members: Vec<Slot<usize>>,
    infos: Vec<Info>,
    repeats: HashMap<usize, usize>,
    declared_on: NaiveDate,
}

impl<C: Hash + Eq> Context<'_, C> {
    fn debit(&self, l: &DeclarationLine<C>, group: Option<u32>, out: &mut Vec<Reason>) {
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
        self.allocation(l, group, month, unit, out);
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

    /// TR339/TR340, TR307/TR308, TR387/TR388, the SAP GI month rule, GBM once, LET GTO once,
    /// TR321/TR322.
    fn allocation(
        &self,
        l: &DeclarationLine<C>,
        group: Option<u32>,
        month: Option<i32>,
        unit: Option<Unit>,
        out: &mut Vec<Reason>,
    ) {
        let indices = group.and_then(|g| self.members.get(g as usize));
        let Some(indices) = indices.filter(|s| !s.is_empty()) else {
            out.push(Reason::NoAllocation);
            return;
        };
        let Some(m) = month else { return };
        // The case whose billed period holds the line; else the first case with a period.
        let mut first_with_period: Option<(usize, NaiveDate, Option<NaiveDate>)> = None;
        let mut holding = None;
        for &i in indices.iter() {
            let Some((ps, pe)) = self.infos.get(i).and_then(|x| x.billed) else {
                continue;
            };
            let inside = ps <= l.start && pe.is_none_or(|e| l.end <= e);
            if inside && holding.is_none() {
                holding = Some((i, ps, pe));
            }
            if first_with_period.is_none() {
                first_with_period = Some((i, ps, pe));
            }
        }
        let Some((i, ps, pe)) = holding else {
            match first_with_period {
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
