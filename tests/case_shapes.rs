//! One shape for one case: conversions from `Order`, `Placement`, `CaseloadEntry` and
//! `ScenarioEntry`; `Order::taken_up`; budgets that report every bad entry.

use chrono::NaiveDate;
use jbjr::billing::Case;
use jbjr::billing::Placement;
use jbjr::billing::{
    CaseloadEntry, ScenarioEntry, caseload_budget, caseload_budget_reporting, placements_budget,
    placements_budget_reporting,
};
use jbjr::{Catalogue, Editions, Error, Measure, Order, Provider};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

// BW 1:258 (first year), BW 1:260 (extensions of at most a year).
#[test]
fn an_ots_taken_up_in_its_third_year_is_checked_as_an_extension() {
    let ots = Order::taken_up(
        Measure::Ots,
        d(2023, 3, 15),
        d(2024, 3, 14),
        d(2025, 3, 15),
        d(2026, 3, 14),
        2,
    )
    .unwrap();
    assert_eq!(
        (
            ots.start(),
            ots.first_term_end(),
            ots.end(),
            ots.extensions()
        ),
        (d(2023, 3, 15), d(2024, 3, 14), d(2026, 3, 14), 2)
    );
    // The same as replaying its extensions.
    let mut replayed = Order::new(Measure::Ots, d(2023, 3, 15), d(2024, 3, 14)).unwrap();
    replayed.extend(d(2025, 3, 14)).unwrap();
    replayed.extend(d(2026, 3, 14)).unwrap();
    assert_eq!(ots, replayed);
    // A current term of a year and a day breaks BW 1:260.
    assert!(matches!(
        Order::taken_up(
            Measure::Ots,
            d(2023, 3, 15),
            d(2024, 3, 14),
            d(2025, 3, 15),
            d(2026, 3, 15),
            2
        ),
        Err(Error::DurationRule { .. })
    ));
    // A first term over a year breaks BW 1:258.
    assert!(
        Order::taken_up(
            Measure::Ots,
            d(2023, 3, 15),
            d(2024, 3, 15),
            d(2025, 3, 15),
            d(2026, 3, 14),
            2
        )
        .is_err()
    );
    // A VOTS cannot be extended (BW 1:257), so it cannot be taken up after an extension.
    assert!(matches!(
        Order::taken_up(
            Measure::Vots,
            d(2026, 1, 1),
            d(2026, 3, 31),
            d(2026, 4, 1),
            d(2026, 6, 30),
            1
        ),
        Err(Error::DurationRule { .. })
    ));
    // With no extension the current term is the first term.
    assert!(
        Order::taken_up(
            Measure::Ots,
            d(2026, 1, 1),
            d(2026, 6, 30),
            d(2026, 1, 1),
            d(2026, 6, 30),
            0
        )
        .is_ok()
    );
    assert!(matches!(
        Order::taken_up(
            Measure::Ots,
            d(2026, 1, 1),
            d(2026, 6, 30),
            d(2026, 7, 1),
            d(2026, 12, 31),
            0
        ),
        Err(Error::InvalidPeriod { .. })
    ));
    // The current term must come after the first.
    assert!(matches!(
        Order::taken_up(
            Measure::Ots,
            d(2026, 1, 1),
            d(2026, 6, 30),
            d(2026, 6, 1),
            d(2026, 12, 31),
            1
        ),
        Err(Error::InvalidPeriod { .. })
    ));
}

#[test]
fn a_placement_and_its_case_budget_and_quote_alike() {
    let book = Catalogue::gelderland_2026();
    let placements = [
        Placement {
            child: 1,
            code: "48B10".parse().unwrap(),
            provider: Provider::JbGld,
            start: d(2026, 2, 15),
            end: d(2026, 7, 3),
        },
        Placement {
            child: 2,
            code: "47B10".parse().unwrap(),
            provider: Provider::LdH,
            start: d(2026, 1, 1),
            end: d(2026, 12, 31),
        },
    ];
    let cases: Vec<Case<u32>> = placements.iter().copied().map(Case::from).collect();
    assert_eq!(cases[0].client, 1);
    let through = d(2026, 12, 31);
    let from_cases = placements_budget(
        book,
        cases.iter().filter_map(|c| c.placement(c.client, through)),
    )
    .unwrap();
    assert_eq!(
        from_cases.total(),
        placements_budget(book, placements).unwrap().total()
    );
    let books = Editions::gelderland();
    for (c, p) in cases.iter().zip(placements) {
        assert_eq!(
            c.quote(&books, through).unwrap().total(),
            book.quote(p.code, p.provider, p.start, p.end)
                .unwrap()
                .total()
        );
    }
}

#[test]
fn caseload_and_scenario_entries_become_cases() {
    let book = Catalogue::gelderland_2026();
    let entry = CaseloadEntry {
        code: "48B10".parse().unwrap(),
        provider: Provider::Wss,
        per_month: 4,
    };
    let cases: Vec<_> = Case::from_caseload(&entry, 2026).unwrap().collect();
    assert_eq!(cases.len(), 4);
    let through = d(2026, 12, 31);
    let budget = placements_budget(
        book,
        cases.iter().filter_map(|c| c.placement(c.client, through)),
    )
    .unwrap();
    assert_eq!(
        budget.total(),
        caseload_budget(book, &[entry]).unwrap().total()
    );
    let scenario = ScenarioEntry {
        measure: Measure::Ots,
        code: "48B10".parse().unwrap(),
        provider: Provider::JbGld,
        baseline: 2,
        months_each: 6,
    };
    let cases: Vec<_> = Case::from_scenario(&scenario, 2026).unwrap().collect();
    assert_eq!(cases.len(), 2);
    // Six months from 1 January: 1 January to 30 June (Term::Months), six billed months.
    assert_eq!(
        cases[1]
            .quote(&Editions::gelderland(), through)
            .unwrap()
            .billed_months(),
        6
    );
    assert!(
        Case::from_scenario(
            &ScenarioEntry {
                months_each: 0,
                ..scenario
            },
            2026
        )
        .is_err()
    );
}

#[test]
fn case_order_checks_the_duration_rule() {
    let book = Catalogue::gelderland_2026();
    let case = Case::new(
        "a",
        "48B07".parse().unwrap(),
        Provider::JbGld,
        d(2026, 1, 1),
    );
    // VoVo: lapses three months after the day of the decision (BW 1:241 lid 4; the term is
    // counted from the day after the start, so 1 January runs to 1 April inclusive).
    assert!(case.clone().with_end(d(2026, 4, 1)).order(book).is_ok());
    assert!(case.clone().with_end(d(2026, 4, 2)).order(book).is_err());
    assert!(matches!(case.order(book), Err(Error::InvalidPeriod { .. }))); // no last day
}

// Issue 12: one unknown product or hourly product in a caseload of thousands names that entry
// and does not abort the rest.
#[test]
fn budgets_report_every_bad_entry() {
    let book = Catalogue::gelderland_2026();
    let ok = CaseloadEntry {
        code: "48B10".parse().unwrap(),
        provider: Provider::JbGld,
        per_month: 1,
    };
    let mut entries = vec![ok; 5_000];
    entries[1_234] = CaseloadEntry {
        code: "99X99".parse().unwrap(),
        ..ok
    };
    entries[4_000] = CaseloadEntry {
        code: "49B99".parse().unwrap(),
        ..ok
    };
    entries[4_001] = CaseloadEntry {
        provider: Provider::JvV,
        ..ok
    };
    let (budget, bad) = caseload_budget_reporting(book, &entries).unwrap();
    let positions: Vec<_> = bad.iter().map(|(i, _)| *i).collect();
    assert_eq!(positions, [1_234, 4_000, 4_001]);
    assert!(matches!(bad[0].1, Error::UnknownProduct { .. }));
    assert!(matches!(bad[1].1, Error::UnitMismatch { .. }));
    assert!(matches!(bad[2].1, Error::NotOffered { .. }));
    assert_eq!(
        budget.total(),
        caseload_budget(book, &vec![ok; 4_997]).unwrap().total()
    );
    let pl = |code: &str, start, end| Placement {
        child: 0,
        code: code.parse().unwrap(),
        provider: Provider::JbGld,
        start,
        end,
    };
    let (b, bad) = placements_budget_reporting(
        book,
        [
            pl("49B01", d(2026, 1, 1), d(2026, 2, 1)),
            pl("48B10", d(2026, 1, 1), d(2026, 1, 31)),
            pl("ZZ", d(2026, 1, 1), d(2026, 1, 31)),
        ],
    )
    .unwrap();
    assert_eq!(b.total().to_string(), "1259.29");
    assert_eq!(bad.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 2]);
}
