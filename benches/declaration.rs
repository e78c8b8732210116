//! Ratios of the declaration run and check to straightforward implementations, in one run.
//!
//! Run with `cargo bench --bench declaration`. The input is a year of declarations for the
//! whole country: 50,000 cases of monthly products (about the number of JB/JR measures in the
//! Netherlands) declared for every month of 2026, so 600,000 lines. Each call is timed against
//! its baseline in alternating rounds (call, baseline, call, baseline, …) and the reported ratio
//! is the median of the per-round ratios, as in `benches/ratios.rs`: a shared machine's speed
//! drifts during a run, and pairing keeps the drift out of the ratio. Every result is checked
//! before it is timed, so a broken function cannot look fast.
//!
//! The baselines are what a user writes by hand around `Catalogue::quote` (the issue's "page of
//! hand-written code"): a `HashMap<(String, String), Decimal>` of tariffs by code and GI name,
//! allocations in a `HashMap` by client and code, a `HashSet` against double billing, and
//! `chrono` month arithmetic. They check less than `check` does (no reasons, no TR387/TR388, no
//! SAP GI month rule); the ratio is the price of the full check.

use std::collections::{HashMap, HashSet};
use std::hint::black_box;
use std::time::Instant;

use chrono::{Datelike, Days, Months, NaiveDate};
use jbjr::billing::Case;
use jbjr::declaration::{DeclarationLine, Submitted, check, run};
use jbjr::{Catalogue, Decimal, Editions, ProductCode, Provider, Unit};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Median of the per-round ratios of `f` to `baseline`, and the medians of each, in ms.
fn paired<T, U>(
    rounds: usize,
    mut f: impl FnMut() -> T,
    mut baseline: impl FnMut() -> U,
) -> (f64, f64, f64) {
    let (mut a, mut b, mut r) = (vec![], vec![], vec![]);
    for _ in 0..rounds {
        let t = Instant::now();
        black_box(f());
        let x = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        black_box(baseline());
        let y = t.elapsed().as_secs_f64() * 1e3;
        a.push(x);
        b.push(y);
        r.push(x / y);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (median(a), median(b), median(r))
}

fn report(name: &str, (ms, base_ms, ratio): (f64, f64, f64), baseline: &str, target: f64) {
    let verdict = if ratio <= target { "meets" } else { "MISSES" };
    println!(
        "{name:<38} {ms:>9.1} ms   {baseline:<34} {base_ms:>9.1} ms   ratio {ratio:>6.3} ({verdict} target ≤ {target})"
    );
}

const PRODUCTS: [(&str, Provider); 6] = [
    ("48B10", Provider::JbGld),
    ("48B10", Provider::Wss),
    ("48B11", Provider::LdH),
    ("47B10", Provider::JbGld),
    ("47B12", Provider::Wss),
    ("48B13", Provider::LdH),
];

/// `n` cases of monthly products, BSN-like client ids, care the whole of 2026.
fn cases(n: usize) -> Vec<Case<String>> {
    (0..n)
        .map(|i| {
            let (code, provider) = PRODUCTS[i % PRODUCTS.len()];
            let start = d(2025, 1, 1) + Days::new((i % 365) as u64);
            Case::new(
                format!("{:09}", 100_000_000 + i * 7),
                code.parse().unwrap(),
                provider,
                start,
            )
            .with_care(start, None)
        })
        .collect()
}

/// The straightforward run: per case, walk the months of 2026 with chrono, one HashMap lookup.
fn naive_run(
    tariffs: &HashMap<(String, String), Decimal>,
    cases: &[Case<String>],
) -> Vec<(String, String, NaiveDate, i64)> {
    let mut out = Vec::new();
    for c in cases {
        let Some(t) = tariffs.get(&(c.code.to_string(), c.provider.to_string())) else {
            continue;
        };
        let cents = (t * Decimal::ONE_HUNDRED).mantissa() as i64
            / 10i64.pow((t * Decimal::ONE_HUNDRED).scale());
        let (start, _) = c.period().unwrap();
        let first = d(start.year(), start.month(), 1);
        let mut month = first.max(d(2026, 1, 1));
        while month <= d(2026, 12, 1) {
            let broken = month == first && start.day() != 1;
            if !broken {
                out.push((
                    c.client.clone(),
                    c.code.to_string(),
                    month.max(start),
                    cents,
                ));
            }
            month = month.checked_add_months(Months::new(1)).unwrap();
        }
    }
    out
}

/// The straightforward check: tariff, amount, one month, inside the allocation, no double
/// billing; a count of approved lines.
fn naive_check(
    tariffs: &HashMap<(String, String), Decimal>,
    cases: &[Case<String>],
    lines: &[DeclarationLine<String>],
) -> usize {
    let mut allocations: HashMap<(String, String, String), (NaiveDate, Option<NaiveDate>)> =
        HashMap::new();
    for c in cases {
        allocations.insert(
            (c.client.clone(), c.code.to_string(), c.provider.to_string()),
            (c.start, c.end),
        );
    }
    let mut seen: HashSet<(String, String, String, i32, u32)> = HashSet::new();
    let mut approved = 0;
    for l in lines {
        let (code, provider) = (l.code.to_string(), l.provider.to_string());
        let Some(t) = tariffs.get(&(code.clone(), provider.clone())) else {
            continue;
        };
        let tariff_ok = *t == l.product_tariff;
        let amount_ok =
            Decimal::new(l.amount_cents, 2) == l.product_tariff * Decimal::from(l.volume);
        let one_month =
            (l.start.year(), l.start.month()) == (l.end.year(), l.end.month()) && l.start <= l.end;
        let key = (l.client.clone(), code, provider);
        let inside = allocations
            .get(&key)
            .is_some_and(|(s, e)| *s <= l.start && e.is_none_or(|e| l.end <= e));
        let fresh = seen.insert((key.0, key.1, key.2, l.start.year(), l.start.month()));
        if tariff_ok && amount_ok && one_month && inside && fresh {
            approved += 1;
        }
    }
    approved
}

fn main() {
    let book = Catalogue::gelderland_2026();
    let books = Editions::gelderland();
    let mut tariffs = HashMap::new();
    for p in book.products() {
        for provider in p.providers() {
            if let Some(a) = p.tariff_amount(provider) {
                tariffs.insert((p.code().to_string(), provider.to_string()), a);
            }
        }
    }
    let (from, through, declared_on) = (d(2026, 1, 1), d(2026, 12, 1), d(2027, 1, 15));

    let large = cases(50_000);
    let small = cases(5_000);
    let year = run(&books, &large, &[], &[], from, through);
    assert!(year.failures.is_empty());
    assert_eq!(year.lines.len(), 600_000);
    assert_eq!(naive_run(&tariffs, &large).len(), 600_000);
    let small_year = run(&books, &small, &[], &[], from, through).lines;
    assert_eq!(small_year.len(), 60_000);

    // Checking a year for the whole country: 600,000 lines.
    let checked = check(
        &books,
        &large,
        &[],
        year.lines.iter().cloned().map(Submitted::from),
        declared_on,
    );
    assert_eq!(checked.verdicts.len(), 600_000);
    assert_eq!(checked.totals.rejected_lines, 0);
    assert_eq!(naive_check(&tariffs, &large, &year.lines), 600_000);
    let _: ProductCode = PRODUCTS[0].0.parse().unwrap();
    let _ = Unit::Month;

    // The inputs are cloned outside the timed part: `check` takes the lines by value.
    let mut inputs: Vec<Vec<Submitted<String>>> = (0..8)
        .map(|_| year.lines.iter().cloned().map(Submitted::from).collect())
        .collect();
    let check_vs_naive = paired(
        7,
        || {
            let input = inputs.pop().unwrap_or_default();
            check(&books, &large, &[], input, declared_on).totals
        },
        || naive_check(&tariffs, &large, &year.lines),
    );
    // Linear growth: per line at 600,000 lines against per line at 60,000.
    let mut big: Vec<Vec<Submitted<String>>> = (0..8)
        .map(|_| year.lines.iter().cloned().map(Submitted::from).collect())
        .collect();
    let mut little: Vec<Vec<Submitted<String>>> = (0..8)
        .map(|_| small_year.iter().cloned().map(Submitted::from).collect())
        .collect();
    let (big_ms, little_ms, ratio) = paired(
        7,
        || {
            check(
                &books,
                &large,
                &[],
                big.pop().unwrap_or_default(),
                declared_on,
            )
            .totals
        },
        || {
            check(
                &books,
                &small,
                &[],
                little.pop().unwrap_or_default(),
                declared_on,
            )
            .totals
        },
    );
    let per_line = (big_ms / 600.0, little_ms / 60.0, ratio / 10.0);

    let run_vs_naive = paired(
        7,
        || run(&books, &large, &[], &[], from, through).lines.len(),
        || naive_run(&tariffs, &large).len(),
    );
    // The December run after eleven months were declared: only December's lines are new.
    let before_december: Vec<_> = year
        .lines
        .iter()
        .filter(|l| l.start < through)
        .cloned()
        .collect();
    let december = run(&books, &large, &[], &before_december, from, through);
    assert_eq!(december.lines.len(), 50_000);
    let (dec_ms, _, _) = paired(
        5,
        || {
            run(&books, &large, &[], &before_december, from, through)
                .lines
                .len()
        },
        || 0,
    );

    // One client with thousands of cases of one product (issue 17: was quadratic, 2,000 → 20,000
    // cases took 87× the time): per case at 20,000 cases against per case at 2,000.
    let one_client = |n: usize| -> (Vec<Case<String>>, Vec<Submitted<String>>) {
        let cases: Vec<Case<String>> = (0..n)
            .map(|i| {
                let start = d(2026, 1, 1) + Days::new((i % 300) as u64);
                Case::new(
                    "999900006".to_string(),
                    "48B10".parse().unwrap(),
                    Provider::JbGld,
                    start,
                )
                .with_care(start, None)
            })
            .collect();
        let lines = cases
            .iter()
            .filter_map(|c| DeclarationLine::due(&books, c, d(2026, 12, 1)).unwrap())
            .map(Submitted::from)
            .collect();
        (cases, lines)
    };
    let (many_cases, many_lines) = one_client(20_000);
    let (few_cases, few_lines) = one_client(2_000);
    let (many_ms, few_ms, one_client_ratio) = paired(
        5,
        || check(&books, &many_cases, &[], many_lines.clone(), declared_on).totals,
        || check(&books, &few_cases, &[], few_lines.clone(), declared_on).totals,
    );

    println!("jbjr declarations (one run, this machine; medians of alternating rounds)");
    report(
        "check, 600,000 lines",
        check_vs_naive,
        "straightforward HashMap check",
        2.0,
    );
    println!(
        "{:<38} {:>9.4} ms   {:<34} {:>9.4} ms   ratio {:>6.3} ({} target ≤ 1.5)",
        "check per 1,000 lines, at 600,000",
        per_line.0,
        "per 1,000 lines, at 60,000",
        per_line.1,
        per_line.2,
        if per_line.2 <= 1.5 { "meets" } else { "MISSES" }
    );
    report(
        "run, 50,000 cases × 12 months",
        run_vs_naive,
        "straightforward month loop",
        2.0,
    );
    println!(
        "{:<38} {:>9.4} ms   {:<34} {:>9.4} ms   ratio {:>6.3} ({} target ≤ 1.5)",
        "check, one client, per case at 20,000",
        many_ms / 20.0,
        "per 1,000 cases at 2,000",
        few_ms / 2.0,
        one_client_ratio / 10.0,
        if one_client_ratio / 10.0 <= 1.5 {
            "meets"
        } else {
            "MISSES"
        }
    );
    println!(
        "check of 600,000 lines: {:.0} ms on one core",
        check_vs_naive.0
    );
    println!(
        "run of 50,000 cases for a year (600,000 lines): {:.0} ms",
        run_vs_naive.0
    );
    println!("December run after 11 months declared (550,000 standing lines): {dec_ms:.0} ms");
}
