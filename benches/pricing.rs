//! Benchmarks of the pricing calls, with naive baselines measured in the same run.
//!
//! Run with `cargo bench --bench pricing`. Every bench checks its result once before it is
//! measured, so a broken function cannot look fast.

use std::collections::HashMap;
use std::hint::black_box;

use divan::Bencher;
use jbjr::{Catalogue, Decimal, ProductCode, Provider};

fn main() {
    divan::main();
}

/// The naive baseline: a `HashMap<(String, String), Decimal>` keyed by code and provider.
fn naive_table() -> HashMap<(String, String), Decimal> {
    let mut map = HashMap::new();
    for product in Catalogue::gelderland_2026().products() {
        for (provider, amount) in product.tariffs().iter() {
            if let Some(amount) = amount {
                map.insert((product.code().to_string(), provider.to_string()), *amount);
            }
        }
    }
    map
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
            book.product(black_box(codes[i])).map(|p| p.unit())
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
            book.tariff(black_box(codes[i]), black_box(Provider::JbGld))
                .map(|t| t.amount())
        });
    }

    /// Baseline: the same lookups in a `HashMap<(String, String), Decimal>` with prebuilt keys.
    #[divan::bench]
    fn naive_hashmap_tariff(bencher: Bencher) {
        let map = naive_table();
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
