//! Property tests of period pricing, grouped by theme with named input strategies.

use chrono::{Datelike, Days, NaiveDate};
use jbjr::{BillingRule, Catalogue, Decimal, Editions, ProductCode, Provider, money};
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

// --- SAP GI over consecutive periods ------------------------------------------------------

proptest! {
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

// --- indexation -----------------------------------------------------------------------------

proptest! {
    #[test]
    fn indexed_tariffs_are_each_rounded_once(pct in -1000i64..2000) {
        let pct = Decimal::new(pct, 2); // -10.00 % … 19.99 %
        let base = Catalogue::gelderland_2026();
        let next = base.indexed(2027, pct).unwrap();
        let factor = Decimal::ONE + pct / Decimal::ONE_HUNDRED;
        for (p, q) in base.products().zip(next.products()) {
            prop_assert_eq!(p.code(), q.code());
            for ((_, a), (_, b)) in p.tariffs().iter().zip(q.tariffs().iter()) {
                prop_assert_eq!(a.map(|a| money::round_cents(a * factor)), *b);
            }
        }
    }
}
