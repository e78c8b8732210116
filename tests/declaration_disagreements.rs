//! Where the GI's run and the municipality's check disagreed (issue 18), each case with the rule
//! it breaks: the run now declares only what the check approves and reports the rest.

use chrono::NaiveDate;
use jbjr::billing::{Case, Volume};
use jbjr::declaration::{DeclarationLine, Delivery, RunFailure, Submitted, check, run};
use jbjr::{Catalogue, Decimal, Editions, Provider, Unit};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn case(client: &str, code: &str, start: NaiveDate) -> Case<String> {
    Case::new(
        client.to_string(),
        code.parse().unwrap(),
        Provider::JbGld,
        start,
    )
    .with_care(start, None)
}

fn delivery(client: &str, month: NaiveDate, minutes: u32) -> Delivery<String> {
    Delivery {
        client: client.to_string(),
        code: "49B99".parse().unwrap(),
        provider: Provider::JbGld,
        month,
        minutes,
    }
}

/// Runs every month from `first` through `last` (of 2026 and after), sends each run's lines
/// to the check the day after the month ends, and asserts that the check approves every one and
/// that a second run declares nothing. Returns the lines sent and the last run's failures.
fn months_of_runs(
    books: &Editions,
    cases: &[Case<String>],
    deliveries: &[Delivery<String>],
    first: NaiveDate,
    last: NaiveDate,
) -> (Vec<DeclarationLine<String>>, Vec<RunFailure>) {
    let mut approved: Vec<DeclarationLine<String>> = Vec::new();
    let mut month = first;
    let mut failures = Vec::new();
    while month <= last {
        let r = run(books, cases, deliveries, &approved, first, month);
        let next = month.checked_add_months(chrono::Months::new(1)).unwrap();
        let checked = check(
            books,
            cases,
            &approved,
            r.lines.iter().cloned().map(Submitted::from),
            next,
        );
        for v in &checked.verdicts {
            assert!(v.is_approved(), "{month}: the check rejects {v:?}");
        }
        approved.extend(r.lines);
        let again = run(books, cases, deliveries, &approved, first, month);
        assert!(
            again.lines.is_empty(),
            "{month}: sent again {:?}",
            again.lines
        );
        failures = r.failures;
        month = next;
    }
    (approved, failures)
}

// TR321, TR322: the declared volume stays within the allocated volume. IV079 rounds 630 minutes
// to 11 hours; 10 are allocated: 10 hours are declared and the hour above is reported.
#[test]
fn tr321_delivered_above_the_allocated_hours_declares_the_allocation() {
    let books = Editions::gelderland();
    let cases = [
        case("a", "49B99", d(2026, 1, 1)).with_volume(Volume {
            amount: 10,
            unit: Unit::Hour,
        }),
        case("b", "49B99", d(2026, 1, 1)).with_volume(Volume {
            amount: 0,
            unit: Unit::Hour,
        }),
        case("c", "49B99", d(2026, 1, 1)).with_volume(Volume {
            amount: 600,
            unit: Unit::Minute,
        }),
    ];
    let deliveries = [
        delivery("a", d(2026, 3, 1), 630),
        delivery("b", d(2026, 3, 1), 1), // IV079's minimum of 1 hour: above 0 allocated
        delivery("c", d(2026, 3, 1), 630), // IV081, in minutes
    ];
    let (sent, failures) =
        months_of_runs(&books, &cases, &deliveries, d(2026, 3, 1), d(2026, 3, 1));
    let got: Vec<_> = sent
        .iter()
        .map(|l| (l.client.as_str(), l.volume, l.unit, l.amount_cents))
        .collect();
    // Productenboek Gelderland 2026 Tabel 1: 49B99 JbGld 146.25 per hour; 10 × 146.25;
    // IV081: 146.25 × 600 ÷ 60 = 1462.50.
    assert_eq!(
        got,
        [
            ("a", 10, Unit::Hour, 146_250),
            ("c", 600, Unit::Minute, 146_250)
        ]
    );
    let hour = |amount| Volume {
        amount,
        unit: Unit::Hour,
    };
    assert_eq!(
        failures,
        [
            RunFailure::AboveAllocation {
                index: 0,
                month: d(2026, 3, 1),
                delivered_minutes: 630,
                allocated: hour(10),
            },
            RunFailure::AboveAllocation {
                index: 1,
                month: d(2026, 3, 1),
                delivered_minutes: 1,
                allocated: hour(0),
            },
            RunFailure::AboveAllocation {
                index: 2,
                month: d(2026, 3, 1),
                delivered_minutes: 630,
                allocated: Volume {
                    amount: 600,
                    unit: Unit::Minute
                },
            },
        ]
    );
}

// Basisschema LDT_Bedrag: an amount is at most 99,999,999 eurocents. 410,250 minutes are
// 6,837.5 hours → 6,838 hours (IV079) × 146.25 = 1,000,057.50 euros: reported, not sent.
#[test]
fn basisschema_an_amount_above_the_maximum_is_reported_not_sent() {
    let books = Editions::gelderland();
    let cases = [case("a", "49B99", d(2026, 1, 1))];
    let deliveries = [
        delivery("a", d(2026, 2, 1), 60),
        delivery("a", d(2026, 3, 1), 410_250),
    ];
    let (sent, failures) =
        months_of_runs(&books, &cases, &deliveries, d(2026, 2, 1), d(2026, 4, 1));
    assert_eq!(sent.len(), 1); // February's hour
    assert_eq!(sent[0].start, d(2026, 2, 1));
    assert_eq!(
        failures,
        [RunFailure::AmountOutOfRange {
            index: 0,
            month: d(2026, 3, 1),
            cents: 100_005_750,
        }]
    );
}

// TR389, TR416: no second debit for one client, product, GI and month. Two overlapping
// allocations of one product (without allocation numbers) are reported; the months they share
// are declared for neither, the other months once.
#[test]
fn tr389_overlapping_allocations_are_reported_not_declared_twice() {
    let books = Editions::gelderland();
    let cases = [
        case("a", "48B10", d(2026, 1, 1)),
        case("a", "48B10", d(2026, 3, 1)).with_end(d(2026, 5, 31)),
    ];
    let (sent, failures) = months_of_runs(&books, &cases, &[], d(2026, 1, 1), d(2026, 7, 1));
    let months: Vec<u32> = sent
        .iter()
        .map(|l| chrono::Datelike::month(&l.start))
        .collect();
    assert_eq!(months, [1, 2, 6, 7]);
    assert_eq!(
        failures,
        [RunFailure::Overlap {
            index: 1,
            other: 0,
            start: d(2026, 3, 1),
            end: Some(d(2026, 5, 31)),
        }]
    );
}

// SAP GI "Declareren via maandtarief" and TR389: one allocation ends on 10 May and the next
// runs 11 to 20 May. Both would bill May (the last broken month in full; a period inside one
// month once): May is declared once, by the earlier allocation.
#[test]
fn tr389_two_allocations_in_one_month_declare_it_once() {
    let books = Editions::gelderland();
    let cases = [
        case("a", "48B10", d(2026, 11, 11)).with_end(d(2026, 11, 20)),
        case("a", "48B10", d(2026, 9, 1)).with_end(d(2026, 11, 10)),
    ];
    let (sent, failures) = months_of_runs(&books, &cases, &[], d(2026, 9, 1), d(2026, 12, 1));
    let got: Vec<_> = sent.iter().map(|l| (l.start, l.end)).collect();
    assert_eq!(
        got,
        [
            (d(2026, 9, 1), d(2026, 9, 30)),
            (d(2026, 10, 1), d(2026, 10, 31)),
            (d(2026, 11, 1), d(2026, 11, 10)),
        ]
    );
    assert!(failures.is_empty(), "{failures:?}");
}

// Editions: a month without an edition is NoTariff, never a guess — for that month only. With
// only 2026 loaded, a run through January 2027 declares October to December 2026.
#[test]
fn a_month_without_an_edition_fails_that_month_only() {
    let books = Editions::gelderland();
    let cases = [case("a", "48B10", d(2026, 9, 15))];
    let r = run(&books, &cases, &[], &[], d(2026, 9, 1), d(2027, 1, 1));
    let months: Vec<NaiveDate> = r.lines.iter().map(|l| l.start).collect();
    assert_eq!(months, [d(2026, 10, 1), d(2026, 11, 1), d(2026, 12, 1)]);
    assert!(
        matches!(
            r.failures[..],
            [RunFailure::Month {
                index: 0,
                month,
                error: jbjr::Error::NoTariff { .. }
            }] if month == d(2027, 1, 1)
        ),
        "{:?}",
        r.failures
    );
    // With 2027 loaded, January follows at its own tariff; nothing before it changes.
    let base = Catalogue::gelderland_2026();
    let both = Editions::new([
        base.clone(),
        base.indexed(2027, Decimal::new(3, 0)).unwrap(),
    ])
    .unwrap();
    let later = run(&both, &cases, &[], &r.lines, d(2026, 9, 1), d(2027, 1, 1));
    assert!(later.failures.is_empty());
    let months: Vec<NaiveDate> = later.lines.iter().map(|l| l.start).collect();
    assert_eq!(months, [d(2027, 1, 1)]);
}

// SAP GI "eerste gebroken maand wordt niet gedeclareerd": a case from 3 December still running
// at the end of December has no month due, so a quote or budget through December bills none —
// as the run declares none.
#[test]
fn sap_gi_an_open_case_from_3_december_is_quoted_and_budgeted_nothing_in_december() {
    let books = Editions::gelderland();
    let cases = [case("a", "48B10", d(2026, 12, 3))];
    let q = cases[0].quote(&books, d(2026, 12, 31)).unwrap();
    assert_eq!((q.billed_months(), q.total()), (0, Decimal::ZERO));
    assert_eq!(q.lines().count(), 0);
    let (budget, bad) = jbjr::billing::cases_budget(Catalogue::gelderland_2026(), &cases).unwrap();
    assert!(bad.is_empty());
    assert_eq!(budget.total(), Decimal::ZERO);
    let r = run(&books, &cases, &[], &[], d(2026, 12, 1), d(2026, 12, 1));
    assert!(r.lines.is_empty() && r.failures.is_empty());
    // Stopped on 20 December (JW307): the month is billed after all (SAP GI: a period inside one
    // month is billed once), and the quote follows.
    let stopped = cases[0].clone().stopped(d(2026, 12, 20));
    let q = stopped.quote(&books, d(2026, 12, 31)).unwrap();
    assert_eq!(q.total(), Decimal::new(125_929, 2));
}

// SAP GI "GBM-Advies: éénmalige declaratie": an open advies is not due, so it is not quoted or
// budgeted; once it ends it is, in the month it ends.
#[test]
fn sap_gi_an_open_gbm_advies_is_not_quoted_before_it_is_due() {
    let books = Editions::gelderland();
    let open = case("a", "47B11", d(2026, 3, 1));
    assert_eq!(
        open.quote(&books, d(2026, 12, 31)).unwrap().total(),
        Decimal::ZERO
    );
    let (budget, _) =
        jbjr::billing::cases_budget(Catalogue::gelderland_2026(), std::slice::from_ref(&open))
            .unwrap();
    assert_eq!(budget.total(), Decimal::ZERO);
    // Ends 20 May: 3159.00 once (Productenboek Gelderland 2026, 47B11 JbGld), in May.
    let done = open.stopped(d(2026, 5, 20));
    let q = done.quote(&books, d(2026, 12, 31)).unwrap();
    assert_eq!(q.total(), Decimal::new(315_900, 2));
    assert_eq!(q.lines().next().unwrap().month(), d(2026, 5, 1));
    // Ending in 2027, it is not budgeted in 2026.
    let later = case("a", "47B11", d(2026, 3, 1)).stopped(d(2027, 2, 1));
    let (budget, _) = jbjr::billing::cases_budget(Catalogue::gelderland_2026(), &[later]).unwrap();
    assert_eq!(budget.total(), Decimal::ZERO);
}

// Productenboek Gelderland 2026, LET GTO 48B15: "Deze dienst kent een omvang van drie maanden".
// An open LET GTO case is quoted for its term only, as the run declares it.
#[test]
fn let_gto_is_quoted_for_its_three_month_term() {
    let books = Editions::gelderland();
    let gto = case("a", "48B15", d(2026, 2, 1));
    let q = gto.quote(&books, d(2026, 12, 31)).unwrap();
    assert_eq!(q.billed_months(), 3); // February, March, April
    let r = run(&books, &[gto], &[], &[], d(2026, 1, 1), d(2026, 12, 1));
    assert_eq!(r.lines.len(), 3);
    let declared: i64 = r.lines.iter().map(|l| l.amount_cents).sum();
    assert_eq!(jbjr::money::to_cents(q.total()).unwrap(), declared);
}

// Productenboek Gelderland 2026, LET GTO 48B15: "Onafhankelijk van het aantal betrokken
// jeugdigen ... maar éénmaal gedeclareerd". A GI that files each child under its own BSN names
// the family: the run declares the family's LET GTO once, the check rejects a second.
#[test]
fn let_gto_once_per_family_across_client_ids() {
    let books = Editions::gelderland();
    let gto = |bsn: &str, start| case(bsn, "48B15", start).with_family(7);
    let cases = [gto("222", d(2026, 3, 1)), gto("111", d(2026, 2, 1))];
    let (sent, failures) = months_of_runs(&books, &cases, &[], d(2026, 1, 1), d(2026, 8, 1));
    let got: Vec<_> = sent.iter().map(|l| (l.client.as_str(), l.start)).collect();
    assert_eq!(
        got,
        [
            ("111", d(2026, 2, 1)),
            ("111", d(2026, 3, 1)),
            ("111", d(2026, 4, 1))
        ]
    );
    assert_eq!(failures, [RunFailure::LetGtoRepeat { index: 0, first: 1 }]);
    // The second child's LET GTO, declared anyway, is rejected.
    let second = DeclarationLine {
        client: "222".to_string(),
        code: "48B15".parse().unwrap(),
        provider: Provider::JbGld,
        start: d(2026, 3, 1),
        end: d(2026, 3, 31),
        volume: 1,
        unit: Unit::Month,
        product_tariff: sent[0].product_tariff,
        amount_cents: sent[0].amount_cents,
        credit: false,
    };
    let c = check(
        &books,
        &cases,
        &sent,
        [Submitted::from(second)],
        d(2026, 9, 1),
    );
    assert!(
        matches!(
            c.verdicts[0].reasons[..],
            [jbjr::declaration::Reason::LetGtoOnce { .. }]
        ),
        "{:?}",
        c.verdicts[0]
    );
    // Without the family, each child's own BSN would be its own family: both declared.
    let apart = [
        case("222", "48B15", d(2026, 3, 1)),
        case("111", "48B15", d(2026, 2, 1)),
    ];
    let r = run(&books, &apart, &[], &[], d(2026, 1, 1), d(2026, 8, 1));
    assert_eq!(r.lines.len(), 6);
}

// LET GTO once per family, two overlapping LET GTO allocations of one client: the family's
// first is the one allocated first (1 February), though its care starts later (10 March) than
// the repeat's (2 February). The run declares the first's term; the check judges those lines
// against the first, not against the repeat whose billed period starts earlier, whatever the
// order of the cases.
#[test]
fn let_gto_of_one_client_is_checked_against_the_family_first_not_an_earlier_repeat() {
    let books = Editions::gelderland();
    let first = Case::new(
        "111".to_string(),
        "48B15".parse().unwrap(),
        Provider::JbGld,
        d(2026, 2, 1),
    )
    .with_care(d(2026, 3, 10), None);
    let repeat = case("111", "48B15", d(2026, 2, 2));
    for cases in [
        [first.clone(), repeat.clone()],
        [repeat.clone(), first.clone()],
    ] {
        let (sent, failures) = months_of_runs(&books, &cases, &[], d(2026, 1, 1), d(2026, 8, 1));
        let got: Vec<_> = sent.iter().map(|l| (l.start, l.end)).collect();
        // Term 10 March to 9 June; March, the first broken month of a running case, is not due.
        assert_eq!(
            got,
            [
                (d(2026, 4, 1), d(2026, 4, 30)),
                (d(2026, 5, 1), d(2026, 5, 31)),
                (d(2026, 6, 1), d(2026, 6, 9))
            ]
        );
        let (i_first, i_repeat) = if cases[0] == first { (0, 1) } else { (1, 0) };
        assert_eq!(
            failures,
            [RunFailure::LetGtoRepeat {
                index: i_repeat,
                first: i_first
            }]
        );
    }
}
