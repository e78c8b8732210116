//! The GI's monthly run (SAP GI v1.3, "Declareren"), case by case, each with its source.

use chrono::NaiveDate;
use jbjr::billing::{Case, Volume};
use jbjr::declaration::{DeclarationLine, Delivery, RunFailure, run};
use jbjr::{Catalogue, Decimal, Editions, Measure, Order, Provider, Unit};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn books() -> Editions {
    Editions::gelderland()
}

fn ots(client: &str, start: NaiveDate) -> Case<String> {
    Case::new(
        client.to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        start,
    )
    .with_care(start, None)
}

/// Runs month after month from January 2026, recording each run's lines.
fn runs_through(cases: &[Case<String>], last_month: u32) -> Vec<DeclarationLine<String>> {
    let mut declared = Vec::new();
    for m in 1..=last_month {
        let r = run(
            &books(),
            cases,
            &[],
            &declared,
            d(2026, 1, 1),
            d(2026, m, 1),
        );
        assert!(r.failures.is_empty(), "{:?}", r.failures);
        declared.extend(r.lines);
    }
    declared
}

// SAP GI v1.3 "Declareren via maandtarief": the first broken month is not billed.
#[test]
fn care_from_15_march_open_march_not_due_april_due() {
    let cases = [ots("bsn-1", d(2026, 3, 15))];
    let march = run(&books(), &cases, &[], &[], d(2026, 1, 1), d(2026, 3, 1));
    assert!(march.lines.is_empty());
    let april = run(
        &books(),
        &cases,
        &[],
        &march.lines,
        d(2026, 1, 1),
        d(2026, 4, 1),
    );
    assert_eq!(april.lines.len(), 1);
    let l = &april.lines[0];
    // TR387/TR388: the whole of April; Productenboek Gelderland 2026 Tabel 1: 48B10 JbGld 1259.29.
    assert_eq!((l.start, l.end), (d(2026, 4, 1), d(2026, 4, 30)));
    assert_eq!((l.volume, l.unit, l.credit), (1, Unit::Month, false));
    assert_eq!(l.product_tariff, Decimal::new(125_929, 2));
    assert_eq!(l.amount_cents, 125_929);
}

// SAP GI "eerste gebroken maand wordt niet gedeclareerd" — unless care also ends in it; and
// "Correcties op declaraties": an approved line no longer due is credited. Stop dates reach the
// GI late (SAP GI "Beschikking van de rechtbank": decisions come after the fact).
#[test]
fn stop_25_march_learned_in_may_march_due_april_credited() {
    let mut cases = vec![ots("bsn-1", d(2026, 3, 15))];
    let declared = runs_through(&cases, 4); // March nothing, April declared
    assert_eq!(declared.len(), 1);
    cases[0] = cases[0].clone().stopped(d(2026, 3, 25));
    let may = run(
        &books(),
        &cases,
        &[],
        &declared,
        d(2026, 1, 1),
        d(2026, 5, 1),
    );
    let got: Vec<_> = may
        .lines
        .iter()
        .map(|l| (l.start, l.end, l.credit, l.amount_cents))
        .collect();
    assert_eq!(
        got,
        [
            // A period inside one month is billed one month; TR387/TR388 clamp it.
            (d(2026, 3, 15), d(2026, 3, 25), false, 125_929),
            (d(2026, 4, 1), d(2026, 4, 30), true, 125_929),
        ]
    );
}

// SAP GI "Goedgekeurde declaratie: eerst crediteren, daarna gecorrigeerde regel indienen".
#[test]
fn tariff_corrected_after_approval_credit_then_corrected_line() {
    let cases = [ots("bsn-1", d(2026, 1, 1))];
    let old = Catalogue::gelderland_2026()
        .indexed(2026, Decimal::new(-1, 0))
        .unwrap();
    let old_books = Editions::new([old]).unwrap();
    let first = run(&old_books, &cases, &[], &[], d(2026, 1, 1), d(2026, 1, 1));
    assert_eq!(first.lines.len(), 1);
    // 1259.29 × 0.99 = 1246.6971 → 1246.70
    assert_eq!(first.lines[0].amount_cents, 124_670);
    let again = run(
        &books(),
        &cases,
        &[],
        &first.lines,
        d(2026, 1, 1),
        d(2026, 1, 1),
    );
    let got: Vec<_> = again
        .lines
        .iter()
        .map(|l| (l.credit, l.amount_cents))
        .collect();
    assert_eq!(got, [(true, 124_670), (false, 125_929)]);
}

#[test]
fn the_run_is_idempotent_after_its_lines_are_recorded() {
    let cases = [
        ots("a", d(2026, 2, 10)),
        ots("b", d(2026, 1, 1)).stopped(d(2026, 6, 3)),
    ];
    let declared = runs_through(&cases, 8);
    let again = run(
        &books(),
        &cases,
        &[],
        &declared,
        d(2026, 1, 1),
        d(2026, 8, 1),
    );
    assert!(again.lines.is_empty());
    // "a": March to August; "b": January to June (June billed in full: SAP GI last broken month).
    assert_eq!(declared.len(), 6 + 6);
}

// SAP GI: the last broken month is billed in full; no month after the allocation's last day.
#[test]
fn last_broken_month_in_full_and_nothing_after_the_allocation() {
    let case = ots("a", d(2026, 1, 1)).with_end(d(2026, 4, 10));
    let declared = runs_through(&[case], 6);
    let months: Vec<_> = declared
        .iter()
        .map(|l| (l.start, l.end, l.amount_cents))
        .collect();
    assert_eq!(months.len(), 4);
    assert_eq!(months[3], (d(2026, 4, 1), d(2026, 4, 10), 125_929));
}

// No month before the allocation's first day, even when care started earlier.
#[test]
fn nothing_before_the_allocation() {
    let case = Case::new(
        "a".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(2026, 3, 1),
    )
    .with_care(d(2026, 1, 1), None);
    let r = run(&books(), &[case], &[], &[], d(2026, 1, 1), d(2026, 3, 1));
    let got: Vec<_> = r.lines.iter().map(|l| l.start).collect();
    assert_eq!(got, [d(2026, 3, 1)]);
}

// SAP GI "Uitzondering: GBM-Advies: stuksprijs, éénmalige declaratie, volledige bedrag ineens".
#[test]
fn gbm_advies_once_in_full_when_it_ends() {
    let case = Case::new(
        "a".to_string(),
        "47B11".parse().unwrap(),
        Provider::Wss,
        d(2026, 2, 10),
    )
    .with_care(d(2026, 2, 10), None);
    let open = run(
        &books(),
        std::slice::from_ref(&case),
        &[],
        &[],
        d(2026, 1, 1),
        d(2026, 4, 1),
    );
    assert!(open.lines.is_empty());
    let done = case.stopped(d(2026, 4, 20));
    let r = run(
        &books(),
        std::slice::from_ref(&done),
        &[],
        &[],
        d(2026, 1, 1),
        d(2026, 5, 1),
    );
    let got: Vec<_> = r
        .lines
        .iter()
        .map(|l| (l.start, l.end, l.volume, l.unit, l.amount_cents))
        .collect();
    // Productenboek Gelderland 2026 Tabel 1: 47B11 WSS 3222.07 per traject.
    assert_eq!(
        got,
        [(d(2026, 4, 1), d(2026, 4, 20), 1, Unit::Traject, 322_207)]
    );
    let again = run(
        &books(),
        &[done],
        &[],
        &r.lines,
        d(2026, 1, 1),
        d(2026, 5, 1),
    );
    assert!(again.lines.is_empty());
}

// IV079: 4 weeks × 95 minutes = 380 minutes → 6 hours; IV081: minutes at hourly rate ÷ 60.
#[test]
fn hourly_products_by_iv079_and_iv081() {
    let kansrijk = Case::new(
        "a".to_string(),
        "49B99".parse().unwrap(),
        Provider::JbGld,
        d(2026, 1, 1),
    )
    .with_volume(Volume {
        amount: 10,
        unit: Unit::Hour,
    })
    .with_care(d(2026, 1, 1), None);
    // ACD JB 49B98 in minutes (49B01 Consultatie is settled per quarter by invoice, not here).
    let consult = Case::new(
        "b".to_string(),
        "49B98".parse().unwrap(),
        Provider::Wss,
        d(2026, 1, 1),
    )
    .with_volume(Volume {
        amount: 600,
        unit: Unit::Minute,
    })
    .with_care(d(2026, 1, 1), None);
    let week = |c: &str, code: &str, p, minutes| Delivery {
        client: c.to_string(),
        code: code.parse().unwrap(),
        provider: p,
        month: d(2026, 2, 9),
        minutes,
    };
    let deliveries: Vec<_> = (0..4)
        .map(|_| week("a", "49B99", Provider::JbGld, 95))
        .chain([week("b", "49B98", Provider::Wss, 50)])
        .collect();
    let r = run(
        &books(),
        &[kansrijk, consult],
        &deliveries,
        &[],
        d(2026, 1, 1),
        d(2026, 2, 1),
    );
    assert!(r.failures.is_empty(), "{:?}", r.failures);
    let got: Vec<_> = r
        .lines
        .iter()
        .map(|l| {
            (
                l.client.as_str(),
                l.volume,
                l.unit,
                l.product_tariff.to_string(),
                l.amount_cents,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // 6 h × 146.25 = 877.50
            ("a", 6, Unit::Hour, "146.25".to_string(), 87_750),
            // IV081: 149.17 ÷ 60 = 2.486… → 2.49 shown; 149.17 × 50 ÷ 60 = 124.308… → 124.31
            ("b", 50, Unit::Minute, "2.49".to_string(), 12_431),
        ]
    );
}

// Consultatie 49B01 "(via factuur)": "De afrekening vindt per kwartaal plaats" (Productenboek
// Gelderland 2026). The monthly run does not declare it in iJw; it reports the case, and the
// care goes on the quarter's invoice (billing::settle_quarters).
#[test]
fn consultatie_49b01_is_reported_as_settled_by_invoice_not_declared() {
    let consult = Case::new(
        "b".to_string(),
        "49B01".parse().unwrap(),
        Provider::Wss,
        d(2026, 1, 1),
    )
    .with_volume(Volume {
        amount: 600,
        unit: Unit::Minute,
    })
    .with_care(d(2026, 1, 1), None);
    let delivery = Delivery {
        client: "b".to_string(),
        code: "49B01".parse().unwrap(),
        provider: Provider::Wss,
        month: d(2026, 2, 9),
        minutes: 50,
    };
    let r = run(
        &books(),
        &[consult],
        &[delivery],
        &[],
        d(2026, 1, 1),
        d(2026, 2, 1),
    );
    assert!(r.lines.is_empty(), "{:?}", r.lines);
    assert!(
        matches!(
            r.failures[..],
            [jbjr::declaration::RunFailure::SettledByInvoice { index: 0, code }] if code.as_str() == "49B01"
        ),
        "{:?}",
        r.failures
    );
    assert!(
        r.failures[0]
            .to_string()
            .contains("settled per quarter by invoice")
    );
}

// A month outside the catalogue's years is an error, never a guess (SAP GI month rule per year).
#[test]
fn a_month_outside_the_editions_is_a_failure_and_the_rest_is_declared() {
    let cases = [
        ots("a", d(2025, 11, 1)),
        Case::new(
            "b".to_string(),
            "99X99".parse().unwrap(),
            Provider::JbGld,
            d(2026, 1, 1),
        )
        .with_care(d(2026, 1, 1), None),
        ots("c", d(2026, 1, 1)),
    ];
    let r = run(&books(), &cases, &[], &[], d(2025, 11, 1), d(2026, 1, 1));
    // November and December 2025 have no edition: each month fails, January is declared.
    assert!(matches!(
        r.failures[..],
        [
            RunFailure::Month {
                index: 0,
                error: jbjr::Error::NoTariff { .. },
                ..
            },
            RunFailure::Month {
                index: 0,
                error: jbjr::Error::NoTariff { .. },
                ..
            },
            RunFailure::Case {
                index: 1,
                error: jbjr::Error::UnknownProduct { .. }
            },
        ]
    ));
    let got: Vec<_> = r
        .lines
        .iter()
        .map(|l| (l.client.as_str(), l.start))
        .collect();
    assert_eq!(got, [("a", d(2026, 1, 1)), ("c", d(2026, 1, 1))]);
}

// Several years: each month at its own edition (edition module).
#[test]
fn months_of_two_years_at_their_own_editions() {
    let base = Catalogue::gelderland_2026();
    let books = Editions::new([
        base.clone(),
        base.indexed(2027, Decimal::new(35, 1)).unwrap(),
    ])
    .unwrap();
    let cases = [ots("a", d(2026, 12, 1))];
    let r = run(&books, &cases, &[], &[], d(2026, 12, 1), d(2027, 1, 1));
    let got: Vec<_> = r.lines.iter().map(|l| l.amount_cents).collect();
    // 1259.29 × 1.035 = 1303.365… → 1303.37 (Catalogue::indexed)
    assert_eq!(got, [125_929, 130_337]);
}

// LET GTO 48B15 (Productenboek Gelderland 2026): "maar éénmaal gedeclareerd en gestapeld op het
// toegewezen jongst betrokken kind", a term of three months at the monthly tariff (1619.00).
#[test]
fn let_gto_once_per_family_three_months() {
    let gto = |client: &str, start| {
        Case::new(
            client.to_string(),
            "48B15".parse().unwrap(),
            Provider::JbGld,
            start,
        )
        .with_care(start, None)
    };
    let cases = [
        gto("youngest", d(2026, 1, 1)),
        gto("youngest", d(2026, 2, 1)),
    ];
    let r = run(&books(), &cases, &[], &[], d(2026, 1, 1), d(2026, 6, 1));
    assert!(matches!(
        r.failures[..],
        [RunFailure::LetGtoRepeat { index: 1, first: 0 }]
    ));
    let total: i64 = r.lines.iter().map(|l| l.amount_cents).sum();
    assert_eq!(r.lines.len(), 3);
    assert_eq!(total, 3 * 161_900); // € 4,857 for the traject
}

// Family products 48B80/48B84 on the youngest child and the others (family module).
#[test]
fn intensief_gezinsgericht_youngest_and_others() {
    use jbjr::billing::Child;
    let children = [
        (
            "old".to_string(),
            Child {
                birth_date: d(2012, 5, 1),
                has_measure: true,
            },
        ),
        (
            "young".to_string(),
            Child {
                birth_date: d(2018, 5, 1),
                has_measure: true,
            },
        ),
    ];
    let youngest = Case::for_family(
        &children,
        "48B80".parse().unwrap(),
        Provider::JbGld,
        d(2026, 1, 1),
    )
    .unwrap()
    .with_care(d(2026, 1, 1), None);
    let other = Case::new(
        "old".to_string(),
        "48B84".parse().unwrap(),
        Provider::JbGld,
        d(2026, 1, 1),
    )
    .with_care(d(2026, 1, 1), None);
    let r = run(
        &books(),
        &[youngest, other],
        &[],
        &[],
        d(2026, 1, 1),
        d(2026, 1, 1),
    );
    let got: Vec<_> = r
        .lines
        .iter()
        .map(|l| (l.client.as_str(), l.code.as_str(), l.amount_cents))
        .collect();
    // In the order of the cases; 48B84 has no financial value (Productenboek 2026).
    assert_eq!(got, [("young", "48B80", 216_148), ("old", "48B84", 0)]);
}

// Taking up an OTS running since 2023 in its third year, without replaying its extensions.
#[test]
fn an_ots_taken_up_in_its_third_year() {
    let order = Order::taken_up(
        Measure::Ots,
        d(2023, 3, 15),
        d(2024, 3, 14),
        d(2025, 3, 15),
        d(2026, 3, 14),
        2,
    )
    .unwrap();
    let case = Case::from_order(
        "bsn".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        &order,
    );
    let r = run(&books(), &[case], &[], &[], d(2026, 1, 1), d(2026, 6, 1));
    assert!(r.failures.is_empty());
    // January to March 2026 (March: the last broken month, in full), nothing after.
    let got: Vec<_> = r.lines.iter().map(|l| (l.start, l.end)).collect();
    assert_eq!(
        got,
        [
            (d(2026, 1, 1), d(2026, 1, 31)),
            (d(2026, 2, 1), d(2026, 2, 28)),
            (d(2026, 3, 1), d(2026, 3, 14)),
        ]
    );
}

// A delivery in no case's period is listed, not lost.
#[test]
fn a_delivery_without_a_case_is_reported() {
    let delivery = Delivery {
        client: "nobody".to_string(),
        code: "49B99".parse().unwrap(),
        provider: Provider::JbGld,
        month: d(2026, 1, 5),
        minutes: 60,
    };
    let r = run::<String>(
        &books(),
        &[],
        &[delivery],
        &[],
        d(2026, 1, 1),
        d(2026, 1, 1),
    );
    assert_eq!(r.failures, [RunFailure::Delivery { index: 0 }]);
}

// Bad input is reported, never silently dropped.
#[test]
fn a_reversed_allocation_or_care_period_is_reported() {
    let reversed = Case::new(
        "a".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(2026, 5, 1),
    )
    .with_end(d(2026, 4, 1))
    .with_care(d(2026, 5, 1), None);
    let care_reversed = ots("b", d(2026, 5, 1)).with_care(d(2026, 5, 1), Some(d(2026, 4, 30)));
    let r = run(
        &books(),
        &[reversed, care_reversed],
        &[],
        &[],
        d(2026, 1, 1),
        d(2026, 6, 1),
    );
    assert!(matches!(
        r.failures[..],
        [
            RunFailure::Case {
                index: 0,
                error: jbjr::Error::InvalidPeriod { .. }
            },
            RunFailure::Case {
                index: 1,
                error: jbjr::Error::InvalidPeriod { .. }
            },
        ]
    ));
    assert!(r.lines.is_empty());
}
