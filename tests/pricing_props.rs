//! Property tests of period pricing, grouped by theme with named input strategies.

use crate::common;

use chrono::{Datelike, Days, NaiveDate};
use jbjr::{BillingRule, Catalogue, Decimal, Editions, Error, ProductCode, Provider, Term, money};
use proptest::prelude::*;

// --- strategies ---------------------------------------------------------------------------

/// A day of 2026.
fn date_2026() -> impl Strategy<Value = NaiveDate> {
    (0u64..365).prop_map(|n| NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(n))
}

/// An inclusive period inside 2026.
fn period_2026() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    (date_2026(), date_2026()).prop_map(|(a, b)| (a.min(b), a.max(b)))
}

/// A day of 2026–2028 (the years of `editions()`).
fn date_2026_2028() -> impl Strategy<Value = NaiveDate> {
    (0u64..(365 + 365 + 366))
        .prop_map(|n| NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(n))
}

/// A monthly product with a GI that offers it.
fn monthly_offer() -> impl Strategy<Value = (ProductCode, Provider)> {
    let book = Catalogue::gelderland_2026();
    let offers: Vec<(ProductCode, Provider)> = book
        .products()
        .filter(|p| p.unit() == jbjr::Unit::Month)
        .flat_map(|p| p.providers().map(move |g| (p.code(), g)))
        .collect();
    proptest::sample::select(offers)
}

/// Any billing rule.
fn rule() -> impl Strategy<Value = BillingRule> {
    prop_oneof![
        Just(BillingRule::SapGi),
        Just(BillingRule::ProRataDaily),
        Just(BillingRule::EveryTouchedMonth)
    ]
}

/// Consecutive periods (each starts the day after the previous ends) that each end in a later
/// month than they start: lengths of 32 days or more.
fn consecutive_periods() -> impl Strategy<Value = Vec<(NaiveDate, NaiveDate)>> {
    (date_2026(), proptest::collection::vec(32u64..200, 1..6)).prop_map(|(start, lengths)| {
        let mut out = Vec::new();
        let mut s = start;
        for len in lengths {
            let e = s + Days::new(len - 1);
            out.push((s, e));
            s = e + Days::new(1);
        }
        out
    })
}

/// Any month `NaiveDate` can represent, as `(year, month)`: every year from `NaiveDate::MIN`'s
/// to `NaiveDate::MAX`'s, with extra weight on the Februaries of the leap-year rule (2024, 2028
/// and 2000 are leap years; 1900 and 2100 are not; year 0 and −4 are, −100 is not) and on the
/// first and the last month of the range.
fn any_month() -> impl Strategy<Value = (i32, u32)> {
    let februaries = vec![2024, 2028, 1900, 2000, 2100, 2026, 0, -4, -100];
    prop_oneof![
        6 => (NaiveDate::MIN.year()..=NaiveDate::MAX.year(), 1u32..=12),
        2 => proptest::sample::select(februaries).prop_map(|y| (y, 2)),
        1 => Just((NaiveDate::MIN.year(), 1)),
        1 => Just((NaiveDate::MAX.year(), 11)),
        1 => Just((NaiveDate::MAX.year(), 12)),
    ]
}

fn editions() -> Editions {
    let base = Catalogue::gelderland_2026();
    Editions::new([
        base.clone(),
        base.indexed(2027, Decimal::new(35, 1)).unwrap(),
        base.indexed(2028, Decimal::new(27, 1)).unwrap(),
    ])
    .unwrap()
}

fn month_key(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// The last day of a month by the proleptic Gregorian rule, written out independently of the
/// crate: 30 days hath September, April, June and November; February has 29 in years divisible
/// by 4 except centuries not divisible by 400.
fn month_end_by_rule(year: i32, month: u32) -> NaiveDate {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    };
    NaiveDate::from_ymd_opt(year, month, days).unwrap()
}

/// The month-end path of `duration`: a term of one month from the 1st ends on the month's last
/// day.
fn month_end_by_term(year: i32, month: u32) -> Result<NaiveDate, Error> {
    Term::Months(1).last_day(NaiveDate::from_ymd_opt(year, month, 1).unwrap())
}

/// The month-end path of `pricing`: a daily pro-rata quote over the whole month (by
/// [`month_end_by_rule`]), in a catalogue for that year (`indexed` by 0 %). Its line's product
/// period ends on `min(end, month end)` (TR388) and is billed `days ÷ days in month` of the
/// tariff, so a month end earlier than the rule's shows in the period's end and a later one in
/// an amount below the tariff.
fn month_end_by_quote(year: i32, month: u32) -> Result<(NaiveDate, u32, bool), Error> {
    let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap();
    let end = month_end_by_rule(year, month);
    let book = Catalogue::gelderland_2026().indexed(year, Decimal::ZERO)?;
    let ots = "48B10".parse()?;
    let q = book.quote_with(ots, Provider::JbGld, first, end, BillingRule::ProRataDaily)?;
    let line = q.lines().next().unwrap();
    assert_eq!(line.month(), first);
    // A whole month at daily pro-rata is the whole tariff.
    Ok((
        line.period_end(),
        line.days(),
        line.amount() == line.tariff(),
    ))
}

#[test]
fn month_ends_of_februaries_by_both_paths() {
    for (year, last) in [
        (2024, 29),
        (2028, 29),
        (2000, 29),
        (1900, 28),
        (2100, 28),
        (2026, 28),
    ] {
        let expected = NaiveDate::from_ymd_opt(year, 2, last).unwrap();
        assert_eq!(month_end_by_term(year, 2).unwrap(), expected, "{year}");
        assert_eq!(
            month_end_by_quote(year, 2).unwrap(),
            (expected, last, true),
            "{year}"
        );
    }
}

// --- SAP GI over consecutive periods ------------------------------------------------------

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/pricing_props.txt"))]
    #[test]
    fn consecutive_periods_bill_every_calendar_month_once(
        periods in consecutive_periods(), (code, provider) in monthly_offer()
    ) {
        let e = editions();
        let Some(&(_, last_end)) = periods.last() else { return Ok(()) };
        prop_assume!(last_end.year() <= 2028);
        let mut billed = Vec::new();
        for &(s, end) in &periods {
            prop_assert!(month_key(end) > month_key(s));
            let q = e.quote(code, provider, s, end).unwrap();
            billed.extend(q.lines().map(|l| month_key(l.month())));
        }
        let first_start = periods[0].0;
        let first = month_key(first_start) + i32::from(first_start.day() != 1);
        let expected: Vec<i32> = (first..=month_key(last_end)).collect();
        prop_assert_eq!(billed, expected);
    }
}

// --- totals and lines -----------------------------------------------------------------------

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/pricing_props.txt"))]
    #[test]
    fn total_is_the_sum_of_lines_and_of_year_totals(
        a in date_2026_2028(), b in date_2026_2028(), (code, provider) in monthly_offer(), rule in rule()
    ) {
        let (s, end) = (a.min(b), a.max(b));
        let e = editions();
        let q = e.quote_with(code, provider, s, end, rule).unwrap();
        prop_assert_eq!(q.total(), q.lines().map(|l| l.amount()).sum::<Decimal>());
        prop_assert_eq!(q.total(), q.year_totals().map(|(_, t)| t).sum::<Decimal>());
        prop_assert_eq!(q.billed_months() as usize, q.lines().count());
    }

    #[test]
    fn billed_months_never_exceed_months_touched(
        (s, end) in period_2026(), (code, provider) in monthly_offer(), rule in rule()
    ) {
        let q = Catalogue::gelderland_2026().quote_with(code, provider, s, end, rule).unwrap();
        let touched = (month_key(end) - month_key(s) + 1) as u32;
        prop_assert!(q.billed_months() <= touched);
        prop_assert!(q.billed_months() >= 1);
        for l in q.lines() {
            // OP367: each product period lies inside its month and inside the period.
            prop_assert_eq!(month_key(l.period_start()), month_key(l.period_end()));
            prop_assert_eq!(month_key(l.month()), month_key(l.period_start()));
            prop_assert!(s <= l.period_start() && l.period_end() <= end);
        }
    }

    #[test]
    fn a_later_end_never_lowers_the_total(
        dates in [date_2026(), date_2026(), date_2026()],
        (code, provider) in monthly_offer(), rule in rule()
    ) {
        let mut dates = dates;
        dates.sort();
        let [s, e1, e2] = dates;
        let book = Catalogue::gelderland_2026();
        let q1 = book.quote_with(code, provider, s, e1, rule).unwrap();
        let q2 = book.quote_with(code, provider, s, e2, rule).unwrap();
        prop_assert!(q1.total() <= q2.total(), "{} > {}", q1.total(), q2.total());
    }

    #[test]
    fn amounts_in_cents_times_100_equal_euros(
        (s, end) in period_2026(), (code, provider) in monthly_offer(), minutes in 1u32..100_000
    ) {
        let book = Catalogue::gelderland_2026();
        for l in book.quote(code, provider, s, end).unwrap().lines() {
            let ijw = l.ijw().unwrap();
            prop_assert_eq!(Decimal::from(ijw.amount_cents()), l.amount() * Decimal::ONE_HUNDRED);
            prop_assert!(ijw.tr346_holds());
        }
        let p = book.price_minutes("49B01".parse().unwrap(), provider, minutes).unwrap();
        let ijw = p.ijw().unwrap();
        prop_assert_eq!(money::from_cents(ijw.amount_cents()), p.amount());
        prop_assert!(ijw.tr346_holds());
        // IV081: within half a cent of the exact amount.
        let exact = p.contract_tariff() * Decimal::from(minutes) / Decimal::from(60);
        prop_assert!((p.amount() - exact).abs() <= Decimal::new(5, 3));
        let h = book.price_hours("49B01".parse().unwrap(), provider, minutes).unwrap();
        prop_assert_eq!(h.amount(), h.contract_tariff() * Decimal::from(h.volume()));
        prop_assert!(h.ijw().unwrap().tr346_holds());
    }
}

// --- month ends -----------------------------------------------------------------------------

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/pricing_props.txt"))]
    /// `duration` (terms) and `pricing` (product periods, days in a month) share one month-end
    /// helper; both paths give the calendar's last day for every representable month. The one
    /// exception is the last month of `NaiveDate`'s range: a term may end on `NaiveDate::MAX`,
    /// but a quote cannot end in that month (as before the helpers were merged).
    #[test]
    fn month_ends_agree_between_terms_and_quotes((year, month) in any_month()) {
        let expected = month_end_by_rule(year, month);
        prop_assert_eq!(month_end_by_term(year, month)?, expected);
        // The day after the last day is the 1st of the next month, when there is one.
        if let Some(next) = expected.succ_opt() {
            prop_assert_eq!(next.day(), 1);
        } else {
            prop_assert_eq!(expected, NaiveDate::MAX);
        }
        if jbjr::CATALOGUE_YEARS.contains(&year) {
            prop_assert_eq!(month_end_by_quote(year, month)?, (expected, expected.day(), true));
        } else {
            // A catalogue's year lies in CATALOGUE_YEARS (so every month of it can be quoted,
            // December of NaiveDate::MAX's year included): other years are refused.
            let refused = month_end_by_quote(year, month);
            prop_assert!(
                matches!(refused, Err(Error::InvalidCatalogue { field: "year", .. })),
                "{:?}",
                refused
            );
        }
    }
}

// --- indexation -----------------------------------------------------------------------------

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/pricing_props.txt"))]
    #[test]
    fn indexed_tariffs_are_each_rounded_once(pct in -1000i64..2000) {
        let pct = Decimal::new(pct, 2); // -10.00 % … 19.99 %
        let base = Catalogue::gelderland_2026();
        let next = base.indexed(2027, pct).unwrap();
        let factor = Decimal::ONE + pct / Decimal::ONE_HUNDRED;
        for (p, q) in base.products().zip(next.products()) {
            prop_assert_eq!(p.code(), q.code());
            prop_assert_eq!(p.tariffs().len(), q.tariffs().len());
            for ((g, a), (h, b)) in p.tariffs().iter().zip(q.tariffs()) {
                prop_assert_eq!(g, h);
                prop_assert_eq!(money::round_cents(*a * factor), *b);
            }
        }
    }
}
