//! Benchmarks of the pricing calls, with naive baselines measured in the same run.
//!
//! Run with `cargo bench --bench pricing`. Every bench checks its result once before it is
//! measured, so a broken function cannot look fast.

use std::hint::black_box;

use divan::Bencher;
use jbjr::{Catalogue, Decimal, ProductCode, Provider};

mod support;

fn main() {
    divan::main();
}

const CODES: [&str; 8] = [
    "48B10", "47B10", "49B99", "48B07", "47B16", "48B13", "49B03", "48B80",
];

mod lookup {
    use super::*;

    #[divan::bench]
    fn parse_product_code(bencher: Bencher) {
        assert_eq!(
            "48B10".parse::<ProductCode>().map(|c| c.packed()).ok(),
            ProductCode::new_const("48B10").map(|c| c.packed())
        );
        let mut i = 0;
        bencher.bench_local(|| {
            i = (i + 1) & 7;
            black_box(CODES.get(i).copied().unwrap_or("48B10")).parse::<ProductCode>()
        });
    }

    #[divan::bench]
    fn product(bencher: Bencher) {
        let book = Catalogue::gelderland_2026();
        let codes: Vec<ProductCode> = CODES.iter().map(|c| c.parse().unwrap()).collect();
        assert_eq!(book.product(codes[0]).unwrap().code(), codes[0]);
        let mut i = 0;
        bencher.bench_local(|| {
            i = (i + 1) & 7;
            book.product(black_box(codes[i])).ok().map(|p| p.unit())
        });
    }

    #[divan::bench]
    fn tariff(bencher: Bencher) {
        let book = Catalogue::gelderland_2026();
        let codes: Vec<ProductCode> = CODES.iter().map(|c| c.parse().unwrap()).collect();
        assert_eq!(
            book.tariff(codes[0], Provider::JbGld).unwrap().amount(),
            Decimal::new(125929, 2)
        );
        let mut i = 0;
        bencher.bench_local(|| {
            i = (i + 1) & 7;
            // The same output type as the naive baseline's: `Option<Decimal>`.
            book.tariff(black_box(codes[i]), black_box(Provider::JbGld))
                .ok()
                .map(|t| t.amount())
        });
    }

    /// The same lookup in a loaded catalogue of 10,000 products (issue 11: O(1) at any size).
    #[divan::bench]
    fn tariff_10000_products(bencher: Bencher) {
        let book = support::large_catalogue(10_000);
        let codes: Vec<ProductCode> = book.products().step_by(1249).map(|p| p.code()).collect();
        assert!(book.tariff(codes[0], Provider::JbGld).is_ok());
        let mut i = 0;
        bencher.bench_local(|| {
            i = (i + 1) & 7;
            book.tariff(black_box(codes[i]), black_box(Provider::JbGld))
                .ok()
                .map(|t| t.amount())
        });
    }

    /// Baseline: the same lookups in a `HashMap<(String, String), Decimal>` with prebuilt keys.
    #[divan::bench]
    fn naive_hashmap_tariff(bencher: Bencher) {
        let map = support::naive_table();
        let keys: Vec<(String, String)> = CODES
            .iter()
            .map(|c| (c.to_string(), "JbGld".to_string()))
            .collect();
        assert_eq!(map.get(&keys[0]), Some(&Decimal::new(125929, 2)));
        let mut i = 0;
        bencher.bench_local(|| {
            i = (i + 1) & 7;
            map.get(black_box(&keys[i])).copied()
        });
    }
}

mod cost {
    use super::*;

    #[divan::bench]
    fn monthly_tariff(bencher: Bencher) {
        let (hours, rate, surcharge) = (
            Decimal::from(102),
            Decimal::new(14625, 2),
            Decimal::new(13, 3),
        );
        assert_eq!(
            jbjr::cost::monthly_tariff(hours, rate, surcharge),
            Ok(Decimal::new(125929, 2))
        );
        bencher.bench_local(|| {
            jbjr::cost::monthly_tariff(black_box(hours), black_box(rate), black_box(surcharge))
        });
    }
}

mod quote {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// OTS at JbGld (€ 1259.29 a month): March 2026 (one month) or 15 February to 10 December
    /// 2026 (ten months: the first broken month is not billed).
    #[divan::bench(args = ["one_month", "ten_months"])]
    fn sap_gi(bencher: Bencher, case: &str) {
        let book = Catalogue::gelderland_2026();
        let ots: ProductCode = "48B10".parse().unwrap();
        let (start, end, months) = match case {
            "one_month" => (d(2026, 3, 1), d(2026, 3, 31), 1),
            _ => (d(2026, 2, 15), d(2026, 12, 10), 10),
        };
        let quote = book.quote(ots, Provider::JbGld, start, end).unwrap();
        assert_eq!(quote.total(), Decimal::new(125_929 * months, 2));
        bencher.bench_local(|| {
            book.quote(
                black_box(ots),
                black_box(Provider::JbGld),
                black_box(start),
                black_box(end),
            )
            .map(|q| q.total())
        });
    }

    /// Three years (2026 embedded, 2027 and 2028 indexed by 3 % a year), each month at its own
    /// year's tariff.
    #[divan::bench]
    fn several_years(bencher: Bencher) {
        let y2026 = Catalogue::gelderland_2026().clone();
        let y2027 = y2026.indexed(2027, Decimal::from(3)).unwrap();
        let y2028 = y2027.indexed(2028, Decimal::from(3)).unwrap();
        let editions = jbjr::Editions::new([y2026, y2027, y2028]).unwrap();
        let ots: ProductCode = "48B10".parse().unwrap();
        let (start, end) = (d(2026, 1, 1), d(2028, 12, 31));
        let q = editions.quote(ots, Provider::JbGld, start, end).unwrap();
        assert_eq!(q.years().count(), 3);
        bencher.bench_local(|| {
            editions
                .quote(
                    black_box(ots),
                    black_box(Provider::JbGld),
                    black_box(start),
                    black_box(end),
                )
                .map(|q| q.years().map(|y| y.total()).sum::<Decimal>())
        });
    }

    /// Baseline: a straightforward month loop over a `HashMap` tariff table, the SAP GI rule
    /// written the obvious way (walk every day-1 of each month from start to end).
    #[divan::bench]
    fn naive_month_loop(bencher: Bencher) {
        let map = support::naive_table();
        let (start, end) = (d(2026, 2, 15), d(2026, 12, 10));
        let naive = |start: NaiveDate, end: NaiveDate| -> Decimal {
            let tariff = map[&("48B10".to_string(), "JbGld".to_string())];
            let mut total = Decimal::ZERO;
            let mut month = d(start.year(), start.month(), 1);
            while month <= end {
                let first_broken = month == d(start.year(), start.month(), 1)
                    && start.day() != 1
                    && (end.year(), end.month()) != (start.year(), start.month());
                if !first_broken {
                    total += tariff;
                }
                month = month.checked_add_months(chrono::Months::new(1)).unwrap();
            }
            total
        };
        assert_eq!(naive(start, end), Decimal::new(1_259_290, 2));
        bencher.bench_local(|| naive(black_box(start), black_box(end)));
    }
}

mod volume {
    use super::*;

    #[divan::bench]
    fn price_minutes(bencher: Bencher) {
        let book = Catalogue::gelderland_2026();
        let code: ProductCode = "49B98".parse().unwrap();
        assert_eq!(
            book.price_minutes(code, Provider::JbGld, 95)
                .unwrap()
                .amount(),
            Decimal::new(23156, 2)
        );
        bencher.bench_local(|| {
            book.price_minutes(black_box(code), black_box(Provider::JbGld), black_box(95))
        });
    }

    #[divan::bench]
    fn price_hours(bencher: Bencher) {
        let book = Catalogue::gelderland_2026();
        let code: ProductCode = "49B98".parse().unwrap();
        assert_eq!(
            book.price_hours(code, Provider::JbGld, 380)
                .unwrap()
                .volume(),
            6
        );
        bencher.bench_local(|| {
            book.price_hours(black_box(code), black_box(Provider::JbGld), black_box(380))
        });
    }
}

mod budget {
    use super::*;

    #[divan::bench(args = [10_000, 1_000_000], sample_count = 10, sample_size = 1)]
    fn placements_budget(bencher: Bencher, n: usize) {
        let book = Catalogue::gelderland_2026();
        let input = support::placements(n);
        let budget = jbjr::billing::placements_budget(book, input.iter().copied()).unwrap();
        assert!(budget.total() > Decimal::ZERO);
        bencher.bench_local(|| {
            jbjr::billing::placements_budget(book, black_box(&input).iter().copied())
                .map(|b| b.total())
        });
    }
}

mod growth {
    //! Inputs that once took far too long (issue 13): linear or n log n now.
    use super::*;
    use chrono::NaiveDate;
    use jbjr::Measure;
    use jbjr::billing::{HOLLAND_RIJNLAND_TARGETS, ReductionTarget, ScenarioEntry};
    use jbjr::billing::{Placement, check_samenloop_placement};

    /// One Samenloop against `n` weekly OTS handovers of the same child (was O(n²): 20,000
    /// took 1.3 s).
    #[divan::bench(args = [1_000, 20_000], sample_count = 10, sample_size = 1)]
    fn samenloop_against_weekly_handovers(bencher: Bencher, n: u64) {
        let book = Catalogue::gelderland_2026();
        let first = NaiveDate::from_ymd_opt(2000, 1, 3).unwrap();
        let week = |i: u64| Placement {
            child: 1,
            code: "48B10".parse().unwrap(),
            provider: Provider::JbGld,
            start: first + chrono::Days::new(7 * i),
            end: first + chrono::Days::new(7 * i + 6),
        };
        let weeks: Vec<Placement> = (0..n).rev().map(week).collect();
        let samenloop = Placement {
            code: "47B15".parse().unwrap(),
            end: first + chrono::Days::new(7 * n - 1),
            ..week(0)
        };
        assert!(check_samenloop_placement(book, &samenloop, &weeks).is_ok());
        bencher.bench_local(|| {
            check_samenloop_placement(book, black_box(&samenloop), black_box(&weeks))
        });
    }

    /// A scenario over `years` years (was O(years²)).
    #[divan::bench(args = [5, 1_000], sample_count = 10, sample_size = 1)]
    fn scenario_over_years(bencher: Bencher, years: i32) {
        let book = Catalogue::gelderland_2026();
        let ots = HOLLAND_RIJNLAND_TARGETS[0];
        let target = ReductionTarget {
            by: NaiveDate::from_ymd_opt(2021 + years, 12, 31).unwrap(),
            ..ots
        };
        let entries = [ScenarioEntry {
            measure: Measure::Ots,
            code: "48B10".parse().unwrap(),
            provider: Provider::JbGld,
            baseline: 250,
            months_each: 12,
        }];
        assert_eq!(
            target.scenario(book, &entries).unwrap().len(),
            years as usize
        );
        bencher.bench_local(|| target.scenario(book, black_box(&entries)));
    }
}

mod order {
    use super::*;
    use chrono::NaiveDate;
    use jbjr::{Measure, Order};

    #[divan::bench]
    fn new_and_extend(bencher: Bencher) {
        let start = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        let first_end = NaiveDate::from_ymd_opt(2027, 3, 14).unwrap();
        let second_end = NaiveDate::from_ymd_opt(2028, 3, 14).unwrap();
        let run = |start, first_end, second_end| {
            let mut order = Order::new(Measure::Ots, start, first_end)?;
            order.extend(second_end)?;
            Ok::<_, jbjr::Error>(order)
        };
        let checked = run(start, first_end, second_end).unwrap();
        assert_eq!((checked.end(), checked.extensions()), (second_end, 1));
        bencher.bench_local(|| {
            run(
                black_box(start),
                black_box(first_end),
                black_box(second_end),
            )
        });
    }
}

mod floor {
    use super::*;
    #[divan::bench]
    fn loop_overhead(bencher: Bencher) {
        let codes: Vec<ProductCode> = CODES.iter().map(|c| c.parse().unwrap()).collect();
        let mut i = 0;
        bencher.bench_local(|| {
            i = (i + 1) & 7;
            black_box(codes[i]).packed()
        });
    }
}
