//! Ratios of jbjr's pricing calls to naive baselines, measured in one run on one machine.
//!
//! Run with `cargo bench --bench ratios`. Each pair is timed with the same method (the median
//! of 31 batches, each long enough to dwarf the timer), and every measured function's result is
//! checked before it is timed, so a broken function cannot look fast. The absolute figures
//! depend on the machine; the ratios are what the README reports.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use jbjr::family::Placement;
use jbjr::{Catalogue, Decimal, ProductCode, Provider};

/// Nanoseconds per call of `f`: the median over 31 batches of `batch` calls.
fn ns_per_call<T>(batch: u32, mut f: impl FnMut(u32) -> T) -> f64 {
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let start = Instant::now();
            for i in 0..batch {
                black_box(f(black_box(i)));
            }
            start.elapsed().as_nanos() as f64 / f64::from(batch)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn report(name: &str, ns: f64, baseline_name: &str, baseline_ns: f64, target: f64) {
    let ratio = ns / baseline_ns;
    let verdict = if ratio <= target { "meets" } else { "MISSES" };
    println!(
        "{name:<34} {ns:>12.1} ns   {baseline_name:<26} {baseline_ns:>10.1} ns   ratio {ratio:>7.3} ({verdict} target ≤ {target})"
    );
}

const CODES: [&str; 8] = [
    "48B10", "47B10", "49B99", "48B07", "47B16", "48B13", "49B03", "48B80",
];

mod support;

fn main() {
    let book = Catalogue::gelderland_2026();
    let codes: [ProductCode; 8] = CODES.map(|c| c.parse().unwrap());

    // The naive baseline: HashMap<(String, String), Decimal> with prebuilt keys.
    let naive = support::naive_table();
    let keys: [(String, String); 8] = CODES.map(|c| (c.to_string(), "JbGld".to_string()));
    for (code, key) in codes.iter().zip(&keys) {
        assert_eq!(
            book.tariff(*code, Provider::JbGld).ok().map(|t| t.amount()),
            naive.get(key).copied()
        );
    }
    let naive_lookup = ns_per_call(1_000_000, |i| naive.get(&keys[(i & 7) as usize]).copied());
    // The usual way to consume the result: match on it.
    let tariff = ns_per_call(1_000_000, |i| {
        match book.tariff(codes[(i & 7) as usize], black_box(Provider::JbGld)) {
            Ok(t) => Some(t.amount()),
            Err(_) => None,
        }
    });
    // The same through `.ok().map(..)`: the same output type as the naive baseline's.
    let tariff_ok_map = ns_per_call(1_000_000, |i| {
        book.tariff(codes[(i & 7) as usize], black_box(Provider::JbGld))
            .ok()
            .map(|t| t.amount())
    });
    // For information, no target: the whole `Result<Tariff, Error>` handed on (as a benchmark's
    // `black_box(result)` or a `Vec<Result<..>>` does) is moved whole, error bytes and all.
    let tariff_whole = ns_per_call(1_000_000, |i| {
        book.tariff(codes[(i & 7) as usize], black_box(Provider::JbGld))
    });

    // A 10-month SAP GI quote (15 February to 10 December 2026: March to December billed).
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let ots: ProductCode = "48B10".parse().unwrap();
    let (start, end) = (d(2026, 2, 15), d(2026, 12, 10));
    let expected = Decimal::new(1_259_290, 2);
    assert_eq!(
        book.quote(ots, Provider::JbGld, start, end)
            .unwrap()
            .total(),
        expected
    );
    let quote = ns_per_call(200_000, |_| {
        book.quote(
            black_box(ots),
            Provider::JbGld,
            black_box(start),
            black_box(end),
        )
        .ok()
        .map(|q| q.total())
    });
    // The naive month loop: walk the months with chrono, one HashMap lookup for the tariff.
    let naive_key = ("48B10".to_string(), "JbGld".to_string());
    let naive_quote = |start: NaiveDate, end: NaiveDate| -> Option<Decimal> {
        let tariff = *naive.get(&naive_key)?;
        let first = d(start.year(), start.month(), 1);
        let mut month = first;
        let mut total = Decimal::ZERO;
        while month <= end {
            let first_broken = month == first
                && start.day() != 1
                && (end.year(), end.month()) != (start.year(), start.month());
            if !first_broken {
                total += tariff;
            }
            month = month.checked_add_months(chrono::Months::new(1))?;
        }
        Some(total)
    };
    assert_eq!(naive_quote(start, end), Some(expected));
    let naive_loop = ns_per_call(200_000, |_| naive_quote(black_box(start), black_box(end)));

    // Budgets over 10 thousand and 1 million placements: the time per placement must stay flat.
    let (small, large) = (support::placements(10_000), support::placements(1_000_000));
    let budget = |input: &[Placement]| {
        jbjr::budget::placements_budget(book, input.iter().copied())
            .map(|b| b.total())
            .ok()
    };
    assert!(budget(&small) > Some(Decimal::ZERO));
    let budget_small = ns_per_call(3, |_| budget(&small));
    let budget_large = ns_per_call(1, |_| budget(&large));

    println!("jbjr ratios (one run, this machine)");
    report(
        "Catalogue::tariff (match)",
        tariff,
        "naive HashMap lookup",
        naive_lookup,
        0.1,
    );
    report(
        "Catalogue::tariff (.ok().map)",
        tariff_ok_map,
        "naive HashMap lookup",
        naive_lookup,
        0.1,
    );
    println!(
        "{:<34} {tariff_whole:>12.1} ns   (the whole Result moved on; information, no target)",
        "Catalogue::tariff (whole Result)"
    );
    report(
        "Catalogue::quote, 10 months",
        quote,
        "naive HashMap lookup",
        naive_lookup,
        1.0,
    );
    report(
        "Catalogue::quote, 10 months",
        quote,
        "naive month loop",
        naive_loop,
        1.0,
    );
    report(
        "budget per placement, 1,000,000",
        budget_large / 1e6,
        "per placement, 10,000",
        budget_small / 1e4,
        1.5,
    );
    println!(
        "placements_budget over 1,000,000 placements: {:.0} ms on one core",
        budget_large / 1e6
    );
}
