//! Ratios of jbjr's pricing calls to naive baselines, measured in one run on one machine.
//!
//! Run with `cargo bench --bench ratios`. Each pair is timed with the same method (the median
//! of 31 batches, each long enough to dwarf the timer), and every measured function's result is
//! checked before it is timed, so a broken function cannot look fast. The absolute figures
//! depend on the machine; the ratios are what the README reports.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

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

fn main() {
    let book = Catalogue::gelderland_2026();
    let codes: [ProductCode; 8] = CODES.map(|c| c.parse().unwrap());

    // The naive baseline: HashMap<(String, String), Decimal> with prebuilt keys.
    let mut naive: HashMap<(String, String), Decimal> = HashMap::new();
    for product in book.products() {
        for (provider, amount) in product.tariffs().iter() {
            if let Some(amount) = amount {
                naive.insert((product.code().to_string(), provider.to_string()), *amount);
            }
        }
    }
    let keys: [(String, String); 8] = CODES.map(|c| (c.to_string(), "JbGld".to_string()));
    for (code, key) in codes.iter().zip(&keys) {
        assert_eq!(
            book.tariff(*code, Provider::JbGld).ok().map(|t| t.amount()),
            naive.get(key).copied()
        );
    }
    let naive_lookup = ns_per_call(1_000_000, |i| naive.get(&keys[(i & 7) as usize]).copied());
    let tariff = ns_per_call(1_000_000, |i| {
        book.tariff(codes[(i & 7) as usize], Provider::JbGld)
            .ok()
            .map(|t| t.amount())
    });

    println!("jbjr ratios (one run, this machine)");
    report(
        "Catalogue::tariff",
        tariff,
        "naive HashMap lookup",
        naive_lookup,
        0.1,
    );
}
