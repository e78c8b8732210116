//! `Catalogue::quote` and `Quote`: the SAP GI month rule (SAP GI v1.3 "Declareren via
//! maandtarief"), the other billing rules, the lines (iJw OP367, TR387, TR388) and the edges of
//! months and years.

use chrono::NaiveDate;
use jbjr::{BillingRule, Catalogue, Decimal, Error, ProductCode, Provider, Unit};
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
fn book() -> &'static Catalogue {
    Catalogue::gelderland_2026()
}
fn months(q: &jbjr::Quote) -> Vec<u32> {
    q.lines()
        .map(|l| chrono::Datelike::month(&l.month()))
        .collect()
}

#[test]
fn sap_gi_first_broken_month_not_billed_last_broken_month_in_full() {
    let q = book()
        .quote(c("48B10"), Provider::JbGld, d(2026, 3, 15), d(2026, 5, 10))
        .unwrap();
    assert_eq!(months(&q), [4, 5]);
    assert_eq!(q.billed_months(), 2);
    assert_eq!(q.total(), dec("2518.58"));
}

#[test]
fn sap_gi_start_on_the_first_is_billed() {
    let q = book()
        .quote(c("48B10"), Provider::JbGld, d(2026, 3, 1), d(2026, 5, 10))
        .unwrap();
    assert_eq!(months(&q), [3, 4, 5]);
}

#[test]
fn sap_gi_period_inside_one_month_is_billed_once() {
    for (s, e) in [
        (d(2026, 3, 15), d(2026, 3, 20)),
        (d(2026, 3, 31), d(2026, 3, 31)),
        (d(2026, 3, 1), d(2026, 3, 31)),
    ] {
        let q = book().quote(c("47B10"), Provider::Wss, s, e).unwrap();
        assert_eq!(q.billed_months(), 1, "{s} to {e}");
        assert_eq!(q.total(), dec("1088.94"));
    }
}

#[test]
fn sap_gi_month_edges() {
    // Last day of a month to the first of the next: only the next month.
    let q = book()
        .quote(c("48B10"), Provider::JbGld, d(2026, 1, 31), d(2026, 2, 1))
        .unwrap();
    assert_eq!(months(&q), [2]);
    // A whole year from 2 January: February to December.
    let q = book()
        .quote(c("48B10"), Provider::JbGld, d(2026, 1, 2), d(2026, 12, 31))
        .unwrap();
    assert_eq!(q.billed_months(), 11);
    let q = book()
        .quote(c("48B10"), Provider::JbGld, d(2026, 1, 1), d(2026, 12, 31))
        .unwrap();
    assert_eq!(q.billed_months(), 12);
    assert_eq!(q.total(), dec("15111.48"));
}

#[test]
fn year_edge_fails_with_no_tariff_never_prices_at_2026() {
    let err = book()
        .quote(c("48B10"), Provider::JbGld, d(2026, 12, 31), d(2027, 1, 1))
        .unwrap_err();
    assert_eq!(
        err,
        Error::NoTariff {
            code: c("48B10"),
            month: d(2027, 1, 1),
            covered_from: d(2026, 1, 1),
            covered_to: d(2026, 12, 31)
        }
    );
    // A period reaching back into 2025 fails too, even though SAP GI would not bill December.
    let err = book()
        .quote(c("48B10"), Provider::JbGld, d(2025, 12, 15), d(2026, 1, 31))
        .unwrap_err();
    assert!(matches!(err, Error::NoTariff { month, .. } if month == d(2025, 12, 1)));
    // The last day of the year alone is fine.
    assert!(
        book()
            .quote(
                c("48B10"),
                Provider::JbGld,
                d(2026, 12, 31),
                d(2026, 12, 31)
            )
            .is_ok()
    );
}

#[test]
fn end_before_start_is_invalid_period() {
    let err = book()
        .quote(c("48B10"), Provider::JbGld, d(2026, 5, 2), d(2026, 5, 1))
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidPeriod { start, end, .. } if start == d(2026, 5, 2) && end == d(2026, 5, 1))
    );
}

#[test]
fn lookup_errors_pass_through() {
    assert!(matches!(
        book().quote(c("48B10"), Provider::JvV, d(2026, 1, 1), d(2026, 1, 31)),
        Err(Error::NotOffered { .. })
    ));
    assert!(matches!(
        book().quote(c("48A04"), Provider::JbGld, d(2026, 1, 1), d(2026, 1, 31)),
        Err(Error::UnknownProduct { .. })
    ));
    // Hourly products are priced by volume, not by period.
    assert!(matches!(
        book().quote(c("49B01"), Provider::JbGld, d(2026, 1, 1), d(2026, 1, 31)),
        Err(Error::UnitMismatch {
            actual: Unit::Hour,
            ..
        })
    ));
}

#[test]
fn lines_clamp_the_product_period_to_the_month_op367_tr387_tr388() {
    let q = book()
        .quote(c("48B11"), Provider::LdH, d(2026, 2, 1), d(2026, 4, 12))
        .unwrap();
    let periods: Vec<_> = q
        .lines()
        .map(|l| (l.period_start(), l.period_end()))
        .collect();
    assert_eq!(
        periods,
        [
            (d(2026, 2, 1), d(2026, 2, 28)),
            (d(2026, 3, 1), d(2026, 3, 31)),
            (d(2026, 4, 1), d(2026, 4, 12))
        ]
    );
    for l in q.lines() {
        // OP367: inside one calendar month.
        assert_eq!(
            chrono::Datelike::month(&l.period_start()),
            chrono::Datelike::month(&l.period_end())
        );
        assert_eq!(l.amount(), dec("937.55"));
    }
    // TR387: a start later in the month is the product period's start (within one month).
    let q = book()
        .quote(c("48B11"), Provider::LdH, d(2026, 2, 10), d(2026, 2, 20))
        .unwrap();
    let l = q.lines().next().unwrap();
    assert_eq!(
        (l.period_start(), l.period_end(), l.days()),
        (d(2026, 2, 10), d(2026, 2, 20), 11)
    );
}

#[test]
fn total_is_the_sum_of_lines_and_year_totals() {
    let q = book()
        .quote(c("48B12"), Provider::Wss, d(2026, 2, 17), d(2026, 11, 3))
        .unwrap();
    let sum: Decimal = q.lines().map(|l| l.amount()).sum();
    assert_eq!(q.total(), sum);
    assert_eq!(q.year_totals().collect::<Vec<_>>(), [(2026, sum)]);
    assert_eq!(q.total(), dec("2662.68") * Decimal::from(9));
}

#[test]
fn quote_is_a_small_copy_value() {
    fn is_copy<T: Copy>() {}
    is_copy::<jbjr::Quote>();
    assert!(
        std::mem::size_of::<jbjr::Quote>() <= 96,
        "{}",
        std::mem::size_of::<jbjr::Quote>()
    );
}

#[test]
fn pro_rata_rounds_per_line_half_away_from_zero() {
    // 1259.29 × 14 ÷ 28 = 629.645 → 629.65 (half-even would give 629.64).
    let q = book()
        .quote_with(
            c("48B10"),
            Provider::JbGld,
            d(2026, 2, 15),
            d(2026, 2, 28),
            BillingRule::ProRataDaily,
        )
        .unwrap();
    assert_eq!(q.total(), dec("629.65"));
    // 17/31 of March (690.578… → 690.58), April, 10/31 of May (406.222… → 406.22).
    let q = book()
        .quote_with(
            c("48B10"),
            Provider::JbGld,
            d(2026, 3, 15),
            d(2026, 5, 10),
            BillingRule::ProRataDaily,
        )
        .unwrap();
    let amounts: Vec<_> = q.lines().map(|l| l.amount()).collect();
    assert_eq!(amounts, [dec("690.58"), dec("1259.29"), dec("406.22")]);
    assert_eq!(q.total(), dec("2356.09"));
    assert_eq!(q.billed_months(), 3);
    // Pro-rata lines are no iJw declaration (TR346 would not hold).
    assert!(q.lines().next().unwrap().ijw().is_none());
}

#[test]
fn every_touched_month_bills_the_first_broken_month_too() {
    let q = book()
        .quote_with(
            c("48B10"),
            Provider::JbGld,
            d(2026, 3, 15),
            d(2026, 5, 10),
            BillingRule::EveryTouchedMonth,
        )
        .unwrap();
    assert_eq!(months(&q), [3, 4, 5]);
    assert_eq!(q.total(), dec("3777.87"));
}

/// SAP GI v1.3: GBM-advies "1 stuk, éénmalige declaratie, volledige bedrag ineens".
#[test]
fn per_traject_and_per_piece_products_are_billed_once() {
    let q = book()
        .quote(c("47B11"), Provider::Wss, d(2026, 1, 20), d(2026, 6, 3))
        .unwrap();
    assert_eq!(q.billed_months(), 0);
    assert_eq!(q.total(), dec("3222.07"));
    let lines: Vec<_> = q.lines().collect();
    assert_eq!(lines.len(), 1);
    // Billed in the month the traject ends, product period clamped to it.
    assert_eq!(
        (
            lines[0].month(),
            lines[0].period_start(),
            lines[0].period_end()
        ),
        (d(2026, 6, 1), d(2026, 6, 1), d(2026, 6, 3))
    );
    let ijw = lines[0].ijw().unwrap();
    assert_eq!(
        (
            ijw.unit_code(),
            ijw.volume(),
            ijw.product_tariff_cents(),
            ijw.amount_cents()
        ),
        (Some("82"), 1, 322_207, 322_207)
    );
    assert!(ijw.tr346_holds());
    // Instemmingsverklaring 49B07, per piece: once, whatever the rule.
    for rule in [
        BillingRule::SapGi,
        BillingRule::ProRataDaily,
        BillingRule::EveryTouchedMonth,
    ] {
        let q = book()
            .quote_with(
                c("49B07"),
                Provider::JbGld,
                d(2026, 3, 5),
                d(2026, 4, 1),
                rule,
            )
            .unwrap();
        assert_eq!((q.billed_months(), q.total()), (0, dec("1755.00")));
    }
}

/// Productenboek Gelderland 2026, LET GTO 48B15: "Deze dienst kent een omvang van drie maanden
/// en een traject prijs van € 4.857 euro per traject"; Tabel 1: maandtarief € 1.619,00.
#[test]
fn let_gto_monthly_tariff_over_its_three_month_term_is_the_traject_price_4857() {
    let traject_price = dec("4857");
    for provider in [Provider::JbGld, Provider::Wss, Provider::LdH] {
        assert_eq!(
            book().tariff(c("48B15"), provider).unwrap().amount(),
            dec("1619.00")
        );
        for start in [
            d(2026, 2, 1),
            d(2026, 2, 15),
            d(2026, 1, 31),
            d(2026, 9, 30),
        ] {
            let end = jbjr::billing::term_end(start, 3).unwrap();
            let q = book().quote(c("48B15"), provider, start, end).unwrap();
            assert_eq!(q.billed_months(), 3, "{start} to {end}");
            assert_eq!(q.total(), traject_price);
        }
    }
}

#[test]
fn billing_rule_display_from_str_round_trip() {
    use strum::IntoEnumIterator;
    for rule in BillingRule::iter() {
        assert_eq!(rule.to_string().parse::<BillingRule>().unwrap(), rule);
        assert_eq!(
            rule.to_string()
                .to_uppercase()
                .parse::<BillingRule>()
                .unwrap(),
            rule
        );
    }
    assert!(matches!(
        "monthly".parse::<BillingRule>(),
        Err(Error::UnknownName { .. })
    ));
}

#[test]
fn leap_february_pro_rata_uses_29_days() {
    let base = Catalogue::gelderland_2026();
    let y2028 = base.indexed(2028, Decimal::ZERO).unwrap();
    let q = y2028
        .quote_with(
            c("48B10"),
            Provider::JbGld,
            d(2028, 2, 15),
            d(2028, 2, 29),
            BillingRule::ProRataDaily,
        )
        .unwrap();
    let l = q.lines().next().unwrap();
    assert_eq!(l.days(), 15);
    // 1259.29 × 15 ÷ 29 = 651.356… → 651.36
    assert_eq!(l.amount(), dec("651.36"));
    let q = y2028
        .quote(c("48B10"), Provider::JbGld, d(2028, 1, 30), d(2028, 2, 29))
        .unwrap();
    assert_eq!(q.billed_months(), 1);
}
