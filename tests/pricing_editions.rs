//! Several catalogue years side by side and `Catalogue::indexed`: each month at its own year's
//! tariff; a month without an edition fails with `NoTariff`.

use chrono::NaiveDate;
use jbjr::{BillingRule, Catalogue, Decimal, Editions, Error, ProductCode, Provider};
use std::str::FromStr;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn c(s: &str) -> ProductCode {
    s.parse().unwrap()
}
fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn two_years() -> Editions {
    let base = Catalogue::gelderland_2026();
    Editions::new([base.indexed(2027, dec("3.5")).unwrap(), base.clone()]).unwrap()
}

#[test]
fn indexed_rounds_each_tariff_to_cents_half_away_from_zero() {
    let base = Catalogue::gelderland_2026();
    let y = base.indexed(2027, dec("3.5")).unwrap();
    assert_eq!(y.year(), 2027);
    assert_eq!(y.region(), base.region());
    // 1067.63 × 1.035 = 1104.99705 → 1105.00; 975.00 × 1.035 = 1009.125 → 1009.13 (half-even: .12)
    assert_eq!(
        y.tariff(c("47B10"), Provider::JbGld).unwrap().amount(),
        dec("1105.00")
    );
    assert_eq!(
        y.tariff(c("48B07"), Provider::JbGld).unwrap().amount(),
        dec("1009.13")
    );
    // n.v.t. stays n.v.t.; zero stays zero; hourly rates are indexed too.
    assert!(matches!(
        y.tariff(c("48B10"), Provider::JvV),
        Err(Error::NotOffered { year: 2027, .. })
    ));
    assert_eq!(
        y.tariff(c("48B84"), Provider::JbGld).unwrap().amount(),
        Decimal::ZERO
    );
    assert_eq!(y.hourly_rate(Provider::JbGld), Some(dec("151.37"))); // 146.25 × 1.035 = 151.36875
    assert_eq!(
        base.indexed(2027, Decimal::ZERO)
            .unwrap()
            .products()
            .collect::<Vec<_>>(),
        base.products().collect::<Vec<_>>()
    );
    assert!(matches!(
        base.indexed(2027, dec("-100.01")),
        Err(Error::NegativeInput { .. })
    ));
    assert!(base.indexed(2027, dec("-100")).is_ok());
    // Issue 13: a percentage with 28 decimals made `tariff × factor` round inside the
    // multiplication before the cents rounding; now bounded (four decimals, at most 100).
    for bad in ["3.00000000000000000000000001", "100.01", "1000000"] {
        assert!(
            matches!(base.indexed(2027, dec(bad)), Err(Error::OutOfRange { .. })),
            "{bad}"
        );
    }
    assert!(base.indexed(2027, dec("3.1234")).is_ok());
    assert!(base.indexed(i32::MAX, Decimal::ONE).is_err());
}

#[test]
fn across_a_year_each_month_uses_its_own_edition() {
    let e = two_years();
    let q = e
        .quote(c("48B10"), Provider::JbGld, d(2026, 11, 1), d(2027, 2, 28))
        .unwrap();
    let amounts: Vec<_> = q.lines().map(|l| (l.month(), l.amount())).collect();
    assert_eq!(
        amounts,
        [
            (d(2026, 11, 1), dec("1259.29")),
            (d(2026, 12, 1), dec("1259.29")),
            (d(2027, 1, 1), dec("1303.37")),
            (d(2027, 2, 1), dec("1303.37"))
        ]
    );
    assert_eq!(q.billed_months(), 4);
    assert_eq!(
        q.year_totals().collect::<Vec<_>>(),
        [(2026, dec("2518.58")), (2027, dec("2606.74"))]
    );
    assert_eq!(q.total(), dec("5125.32"));
}

#[test]
fn the_sap_gi_first_broken_month_is_the_periods_not_each_years() {
    let e = two_years();
    // 31 December → 1 January: December is the first broken month, January billed in full.
    let q = e
        .quote(c("48B10"), Provider::JbGld, d(2026, 12, 31), d(2027, 1, 1))
        .unwrap();
    assert_eq!(
        q.lines().map(|l| l.month()).collect::<Vec<_>>(),
        [d(2027, 1, 1)]
    );
    assert_eq!(q.total(), dec("1303.37"));
}

#[test]
fn a_month_without_edition_is_no_tariff() {
    let e = two_years();
    let err = e
        .quote(c("48B10"), Provider::JbGld, d(2027, 12, 1), d(2028, 1, 31))
        .unwrap_err();
    assert_eq!(
        err,
        Error::NoTariff {
            code: c("48B10"),
            month: d(2028, 1, 1),
            covered_from: d(2026, 1, 1),
            covered_to: d(2027, 12, 31)
        }
    );
    // A gap year in between also fails.
    let base = Catalogue::gelderland_2026();
    let gap = Editions::new([base.clone(), base.indexed(2028, Decimal::TWO).unwrap()]).unwrap();
    let err = gap
        .quote(c("48B10"), Provider::JbGld, d(2026, 12, 1), d(2028, 1, 31))
        .unwrap_err();
    assert!(matches!(err, Error::NoTariff { month, .. } if month == d(2027, 1, 1)));
}

#[test]
fn editions_refuse_duplicates_and_mixed_regions() {
    let base = Catalogue::gelderland_2026();
    assert!(Editions::new([base.clone(), base.clone()]).is_err());
    assert!(Editions::new(Vec::<Catalogue>::new()).is_err());
    let other = Catalogue::new("Elders", 2027, vec![], vec![]).unwrap();
    assert!(Editions::new([base.clone(), other]).is_err());
}

#[test]
fn edition_quote_matches_catalogue_quote_within_one_year() {
    let e = two_years();
    for rule in [
        BillingRule::SapGi,
        BillingRule::ProRataDaily,
        BillingRule::EveryTouchedMonth,
    ] {
        let a = e
            .quote_with(
                c("47B13"),
                Provider::Wss,
                d(2027, 3, 9),
                d(2027, 8, 17),
                rule,
            )
            .unwrap();
        let b = e
            .edition(2027)
            .unwrap()
            .quote_with(
                c("47B13"),
                Provider::Wss,
                d(2027, 3, 9),
                d(2027, 8, 17),
                rule,
            )
            .unwrap();
        assert_eq!(a.total(), b.total());
        assert_eq!(a.billed_months(), b.billed_months());
        assert!(a.lines().eq(b.lines()));
    }
}

#[test]
fn a_traject_across_years_is_billed_once_in_its_end_year() {
    let e = two_years();
    let q = e
        .quote(c("47B11"), Provider::JbGld, d(2026, 11, 20), d(2027, 2, 3))
        .unwrap();
    assert_eq!(q.billed_months(), 0);
    assert_eq!(q.lines().count(), 1);
    assert_eq!(q.total(), dec("3269.57")); // 3159.00 × 1.035 = 3269.565 → 3269.57
    assert_eq!(
        q.year_totals().collect::<Vec<_>>(),
        [(2027, dec("3269.57"))]
    );
}
