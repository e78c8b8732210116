//! Budgets of caseloads and placements, and the Holland Rijnland reduction targets (source
//! `000_e047e89f7a0dbd72.txt`, segment 7 "Veiligheid").

use chrono::NaiveDate;
use jbjr::billing::Placement;
use jbjr::billing::{
    CaseloadEntry, HOLLAND_RIJNLAND_TARGETS, Peildatum, ReductionTarget, ScenarioEntry,
    TargetScope, caseload_budget, placements_budget,
};
use jbjr::{Catalogue, Decimal, Error, Measure, ProductCode, Provider};
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

#[test]
fn caseload_budget_per_month_measure_and_gi() {
    let b = caseload_budget(
        book(),
        &[
            CaseloadEntry {
                code: c("48B10"),
                provider: Provider::JbGld,
                per_month: 100,
            },
            CaseloadEntry {
                code: c("48B10"),
                provider: Provider::Wss,
                per_month: 10,
            },
            CaseloadEntry {
                code: c("47B10"),
                provider: Provider::LdH,
                per_month: 5,
            },
            CaseloadEntry {
                code: c("47B11"),
                provider: Provider::JbGld,
                per_month: 1,
            }, // a GBM advice a month
        ],
    )
    .unwrap();
    assert_eq!(b.year(), 2026);
    assert_eq!(
        b.month_total(1),
        dec("125929") + dec("12872.60") + dec("5444.70") + dec("3159.00")
    );
    assert_eq!(b.total(), b.month_total(1) * Decimal::from(12));
    assert_eq!(
        b.measure_total(Measure::Ots),
        (dec("125929") + dec("12872.60")) * Decimal::from(12)
    );
    assert_eq!(
        b.provider_total(Provider::LdH),
        dec("5444.70") * Decimal::from(12)
    );
    assert_eq!(b.lines().count(), 4 * 12);
    let line = b
        .lines()
        .find(|l| l.code == c("48B10") && l.provider == Provider::Wss)
        .unwrap();
    assert_eq!(
        (line.month, line.billed, line.amount),
        (d(2026, 1, 1), 10, dec("12872.60"))
    );
    // Errors: hourly products, n.v.t., unknown codes.
    let hourly = [CaseloadEntry {
        code: c("49B01"),
        provider: Provider::JbGld,
        per_month: 1,
    }];
    assert!(matches!(
        caseload_budget(book(), &hourly),
        Err(Error::UnitMismatch { .. })
    ));
    let nvt = [CaseloadEntry {
        code: c("48B10"),
        provider: Provider::JvV,
        per_month: 1,
    }];
    assert!(matches!(
        caseload_budget(book(), &nvt),
        Err(Error::NotOffered { .. })
    ));
    let unknown = [CaseloadEntry {
        code: c("48A04"),
        provider: Provider::JbGld,
        per_month: 1,
    }];
    assert_eq!(
        caseload_budget(book(), &unknown).unwrap_err(),
        Error::UnknownProduct {
            code: c("48A04"),
            region: book().region().into(),
            year: 2026,
            suggestion: None,
        }
    );
}

#[test]
fn placements_budget_counts_the_years_sap_gi_months_only() {
    let p = |code: &str, provider, start, end| Placement {
        child: 0,
        code: c(code),
        provider,
        start,
        end,
    };
    let b = placements_budget(
        book(),
        [
            p("48B10", Provider::JbGld, d(2025, 6, 15), d(2026, 3, 10)), // Jan–Mar 2026
            p("48B10", Provider::JbGld, d(2026, 3, 15), d(2026, 5, 10)), // Apr–May
            p("48B10", Provider::JbGld, d(2026, 12, 31), d(2027, 6, 1)), // December is its first broken month: none
            p("48B10", Provider::JbGld, d(2024, 1, 1), d(2025, 12, 31)), // before the year: none
            p("47B11", Provider::Wss, d(2025, 11, 1), d(2026, 2, 3)), // a traject ending in February
            p("47B11", Provider::Wss, d(2026, 11, 1), d(2027, 2, 3)), // ends in 2027: not this year
        ],
    )
    .unwrap();
    assert_eq!(
        b.measure_total(Measure::Ots),
        dec("1259.29") * Decimal::from(5)
    );
    assert_eq!(b.measure_total(Measure::GbmAdvies), dec("3222.07"));
    assert_eq!(b.month_total(2), dec("1259.29") + dec("3222.07"));
    assert_eq!(b.month_total(12), Decimal::ZERO);
    let reversed = [p("48B10", Provider::JbGld, d(2026, 3, 15), d(2026, 3, 10))];
    assert!(matches!(
        placements_budget(book(), reversed),
        Err(Error::InvalidPeriod { .. })
    ));
}

/// A million placements, generated lazily: the budget keeps one table, nothing per placement.
#[test]
fn placements_budget_over_a_million_placements() {
    let codes = [c("48B10"), c("48B11"), c("47B10")];
    let n: u32 = 1_000_000;
    let placements = (0..n).map(|i| {
        let month = i % 12 + 1;
        let start = d(2026, month, 1);
        Placement {
            child: i,
            code: codes[(i % 3) as usize],
            provider: Provider::Wss,
            start,
            end: start,
        }
    });
    let b = placements_budget(book(), placements).unwrap();
    let per_code = Decimal::from(n / 3);
    let expected = (dec("1287.26") + dec("938.92") + dec("1088.94")) * per_code + dec("1287.26"); // n = 3k + 1
    assert_eq!(b.total(), expected);
    assert_eq!(b.lines().map(|l| l.billed).sum::<u64>(), u64::from(n));
}

/// Holland Rijnland, segment Veiligheid:
/// - "In de periode van 1 januari 2022 tot en met 31 december 2026 neemt het aantal OTS met 20%
///   af." "Peildatum is het aantal onderhanden OTS-en per 1 januari 2022."
/// - "Het aantal VOTS-en is eind 2026 met 20% gedaald." "Peildatum is het aantal VOTS-en over 2021."
/// - "In de periode van 1 januari 2022 tot en met 31 december 2026 zien we een daling van het
///   totaal aantal door de rechter opgelegde maatregelen van 20%." "De peildatum voor het aantal
///   opgelegde maatregelen is 1 januari 2022."
#[test]
fn holland_rijnland_targets_as_data_pin_the_source() {
    let [ots, vots, court] = HOLLAND_RIJNLAND_TARGETS;
    for t in [&ots, &vots, &court] {
        assert_eq!(t.percentage, Decimal::from(20));
        assert_eq!((t.from, t.by), (d(2022, 1, 1), d(2026, 12, 31)));
        assert!(t.source.contains("20%"));
    }
    assert_eq!(ots.scope, TargetScope::Measure(Measure::Ots));
    assert_eq!(ots.peildatum, Peildatum::On(d(2022, 1, 1)));
    assert_eq!(vots.scope, TargetScope::Measure(Measure::Vots));
    assert_eq!(vots.peildatum, Peildatum::OverYear(2021));
    assert_eq!(court.scope, TargetScope::CourtImposed);
    assert_eq!(court.peildatum, Peildatum::On(d(2022, 1, 1)));
    assert!(
        court.scope.contains(Measure::Vots) && court.scope.contains(Measure::Jeugdreclassering)
    );
    assert!(!court.scope.contains(Measure::Forza) && !court.scope.contains(Measure::Samenloop));
}

#[test]
fn target_path_is_linear_and_reaches_the_target_in_2026() {
    let ots = HOLLAND_RIJNLAND_TARGETS[0];
    let path = ots.path(1000).unwrap();
    let years: Vec<_> = path.iter().map(|y| (y.year, y.count)).collect();
    assert_eq!(
        years,
        [
            (2022, 960),
            (2023, 920),
            (2024, 880),
            (2025, 840),
            (2026, 800)
        ]
    );
    assert!(path.iter().all(|y| y.exact == Decimal::from(y.count)));
    assert_eq!(ots.path(0).unwrap().iter().map(|y| y.count).sum::<u32>(), 0);
    // Counts round half away from zero: 10 % over five years of 25 → 24.5 → 25 in 2022.
    let ten = ReductionTarget {
        percentage: Decimal::from(10),
        ..ots
    };
    let p = ten.path(25).unwrap();
    assert_eq!((p[0].exact, p[0].count), (dec("24.5"), 25));
    assert_eq!((p[2].exact, p[2].count), (dec("23.5"), 24));
}

#[test]
fn scenarios_show_the_effect_on_the_budget() {
    let [ots, vots, court] = HOLLAND_RIJNLAND_TARGETS;
    let e = |measure, code: &str, baseline, months_each| ScenarioEntry {
        measure,
        code: c(code),
        provider: Provider::JbGld,
        baseline,
        months_each,
    };
    let years = ots
        .scenario(book(), &[e(Measure::Ots, "48B10", 250, 12)])
        .unwrap();
    assert_eq!(years.len(), 5);
    assert_eq!(
        years[0].baseline_budget,
        dec("1259.29") * Decimal::from(250 * 12)
    );
    assert_eq!(years[0].budget, dec("1259.29") * Decimal::from(240 * 12));
    assert_eq!(
        years[4].saving().unwrap(),
        dec("1259.29") * Decimal::from(50 * 12)
    );
    // VOTS counted per year, three months each, priced as OTS.
    let years = vots
        .scenario(book(), &[e(Measure::Vots, "48B10", 40, 3)])
        .unwrap();
    assert_eq!(
        (years[4].count, years[4].budget),
        (32, dec("1259.29") * Decimal::from(32 * 3))
    );
    // Court-imposed: several measures; each entry rounded on its own.
    let years = court
        .scenario(
            book(),
            &[
                e(Measure::Ots, "48B10", 101, 12),
                e(Measure::Voogdij, "48B11", 33, 12),
            ],
        )
        .unwrap();
    assert_eq!((years[0].baseline_count, years[0].count), (134, 97 + 32)); // 96.96 → 97, 31.68 → 32
    // Out of scope.
    let err = court
        .scenario(book(), &[e(Measure::Forza, "49B03", 10, 12)])
        .unwrap_err();
    assert!(matches!(
        err,
        Error::OutOfTargetScope {
            measure: Measure::Forza,
            ..
        }
    ));
    assert!(
        ots.scenario(book(), &[e(Measure::Vots, "48B10", 10, 3)])
            .is_err()
    );
}

#[test]
fn saving_of_extreme_budgets_is_an_overflow_error_not_a_panic() {
    let year = jbjr::billing::ScenarioYear {
        year: 2026,
        baseline_count: 0,
        count: 0,
        baseline_budget: Decimal::MIN,
        budget: Decimal::MAX,
    };
    assert!(matches!(year.saving(), Err(Error::Overflow { .. })));
}

/// Issue 13: "percentages above 100 or below 0 in reduction targets are not checked". A
/// reduction is 0 to 100 percent (`jbjr::money::PERCENTAGE`); 120 % used to fail late as an
/// `Overflow` of a negative count, -5 % planned a growth.
#[test]
fn reduction_percentages_outside_0_to_100_are_refused() {
    let ots = HOLLAND_RIJNLAND_TARGETS[0];
    let entry = ScenarioEntry {
        measure: Measure::Ots,
        code: c("48B10"),
        provider: Provider::JbGld,
        baseline: 250,
        months_each: 12,
    };
    for percentage in [dec("120"), dec("100.00001")] {
        let target = ReductionTarget { percentage, ..ots };
        for result in [
            target.path(250).map(|_| ()),
            target.scenario(book(), &[entry]).map(|_| ()),
        ] {
            assert_eq!(
                result,
                Err(Error::OutOfRange {
                    what: "reduction percentage",
                    value: percentage,
                    limit: Box::new(jbjr::money::PERCENTAGE),
                })
            );
        }
    }
    let growth = ReductionTarget {
        percentage: dec("-5"),
        ..ots
    };
    assert!(matches!(
        growth.path(250),
        Err(Error::NegativeInput {
            what: "reduction percentage",
            ..
        })
    ));
    assert!(matches!(
        growth.scenario(book(), &[entry]),
        Err(Error::NegativeInput { .. })
    ));
    // The bounds themselves are targets: nothing left, or no change.
    let all = ReductionTarget {
        percentage: Decimal::ONE_HUNDRED,
        ..ots
    };
    assert_eq!(all.path(250).unwrap().last().map(|y| y.count), Some(0));
    let none = ReductionTarget {
        percentage: Decimal::ZERO,
        ..ots
    };
    assert!(none.path(250).unwrap().iter().all(|y| y.count == 250));
}
