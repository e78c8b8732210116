//! Ratios of jbjr's pricing calls to naive baselines, measured in one run on one machine.
//!
//! Run with `cargo bench --bench ratios`. Each call is timed against its baseline in
//! alternating batches (call, baseline, call, baseline, …), each batch long enough to dwarf the
//! timer, and the reported ratio is the median of the per-round ratios: a shared machine's speed
//! drifts during a run (by up to 1.6× here), and pairing the two sides round by round keeps that
//! drift out of the ratio. Every measured function's result is checked before it is timed, so
//! a broken function cannot look fast. The absolute figures depend on the machine; the ratios
//! are what the README reports.
//!
//! The lookups read their code and provider per call from an array of pairs, as a loop over
//! placements reads them from each placement: runtime values, so no compare with the provider
//! is folded away. The same lookup with the code from an array and the provider put through
//! `black_box` on every call (a 16-byte store and two reloads per call that the static
//! array's loop does not make) is reported for information.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use jbjr::billing::Placement;
use jbjr::{Catalogue, Decimal, ProductCode, Provider, Unit};

/// Nanoseconds per call of one batch of `batch` calls of `f`.
fn batch_ns<T>(batch: u32, f: &mut impl FnMut(u32) -> T) -> f64 {
    let start = Instant::now();
    for i in 0..batch {
        black_box(f(black_box(i)));
    }
    start.elapsed().as_nanos() as f64 / f64::from(batch)
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// A call timed against its baseline in `rounds` alternating rounds.
struct Paired {
    /// Median nanoseconds per call.
    ns: f64,
    /// Median nanoseconds per baseline call.
    baseline_ns: f64,
    /// Median of the per-round ratios.
    ratio: f64,
}

fn paired<T, U>(
    rounds: usize,
    (batch, mut f): (u32, impl FnMut(u32) -> T),
    (baseline_batch, mut baseline): (u32, impl FnMut(u32) -> U),
) -> Paired {
    let (mut ns, mut base, mut ratios) = (vec![], vec![], vec![]);
    for _ in 0..rounds {
        let a = batch_ns(batch, &mut f);
        let b = batch_ns(baseline_batch, &mut baseline);
        ns.push(a);
        base.push(b);
        ratios.push(a / b);
    }
    Paired {
        ns: median(ns),
        baseline_ns: median(base),
        ratio: median(ratios),
    }
}

fn report(name: &str, m: &Paired, baseline_name: &str, target: f64) {
    let (ns, baseline_ns, ratio) = (m.ns, m.baseline_ns, m.ratio);
    let verdict = if ratio <= target { "meets" } else { "MISSES" };
    println!(
        "{name:<34} {ns:>12.1} ns   {baseline_name:<26} {baseline_ns:>10.1} ns   ratio {ratio:>7.3} ({verdict} target ≤ {target})"
    );
}

const CODES: [&str; 8] = [
    "48B10", "47B10", "49B99", "48B07", "47B16", "48B13", "49B03", "48B80",
];

mod support;

/// The lookup figures, reported first (and alone with `-- lookups`).
struct LookupFigures<'a> {
    tariff: &'a Paired,
    tariff_boxed_provider: &'a Paired,
    tariff_ok_map: &'a Paired,
    find_tariff: &'a Paired,
    tariff_whole: &'a Paired,
    lookup_large_floor: &'a Paired,
    lookup_large_naive: &'a Paired,
    lookup_large: &'a Paired,
}

fn report_lookups(f: &LookupFigures<'_>) {
    report(
        "Catalogue::tariff (match)",
        f.tariff,
        "static array of the tariffs",
        2.0,
    );
    println!(
        "{:<34} {:>12.1} ns   (static array {:.1} ns, ratio {:.3}; information, no target)",
        "tariff (match), black_box(provider)",
        f.tariff_boxed_provider.ns,
        f.tariff_boxed_provider.baseline_ns,
        f.tariff_boxed_provider.ratio
    );
    report(
        "Catalogue::tariff (.ok().map)",
        f.tariff_ok_map,
        "naive HashMap lookup",
        0.25,
    );
    println!(
        "{:<34} {:>12.1} ns   (static array {:.1} ns, ratio {:.3}; information, no target)",
        "Catalogue::find_tariff", f.find_tariff.ns, f.find_tariff.baseline_ns, f.find_tariff.ratio
    );
    println!(
        "{:<34} {:>12.1} ns   (the whole Result moved on; information, no target)",
        "Catalogue::tariff (whole Result)", f.tariff_whole.ns
    );
    report(
        "tariff, 10,000 products (match)",
        f.lookup_large_floor,
        "static array of the tariffs",
        2.0,
    );
    report(
        "tariff, 10,000 products (.ok())",
        f.lookup_large_naive,
        "naive HashMap, 10,000",
        0.25,
    );
    report(
        "tariff, 10,000 products (loaded)",
        f.lookup_large,
        "tariff, embedded book (23)",
        1.5,
    );
}

fn main() {
    let book = Catalogue::gelderland_2026();
    let codes: [ProductCode; 8] = CODES.map(|c| c.parse().unwrap());
    // What each lookup reads: a code and a provider, as from a placement.
    let pairs: [(ProductCode, Provider); 8] = codes.map(|c| (c, Provider::JbGld));
    let pair = |i: u32| pairs[(i & 7) as usize];

    // The naive baseline: HashMap<(String, String), Decimal> with prebuilt keys.
    let naive = support::naive_table();
    let keys: [(String, String); 8] = CODES.map(|c| (c.to_string(), "JbGld".to_string()));
    for (code, key) in codes.iter().zip(&keys) {
        assert_eq!(
            book.tariff(*code, Provider::JbGld).ok().map(|t| t.amount()),
            naive.get(key).copied()
        );
    }
    let naive_lookup = |i: u32| naive.get(&keys[(i & 7) as usize]).copied();
    // The floor: a static array of the same eight tariffs, indexed.
    let floor: [Decimal; 8] = codes.map(|c| book.tariff(c, Provider::JbGld).unwrap().amount());
    let floor_lookup = |i: u32| Some(black_box(&floor)[(i & 7) as usize]);
    // The usual way to consume the result: match on it.
    let matched = |i: u32| match book.tariff(pair(i).0, pair(i).1) {
        Ok(t) => Some(t.amount()),
        Err(_) => None,
    };
    let tariff = paired(31, (1_000_000, matched), (1_000_000, floor_lookup));
    // For information: the provider put through `black_box` on every call.
    let tariff_boxed_provider = paired(
        31,
        (1_000_000, |i: u32| {
            match book.tariff(codes[(i & 7) as usize], black_box(Provider::JbGld)) {
                Ok(t) => Some(t.amount()),
                Err(_) => None,
            }
        }),
        (1_000_000, floor_lookup),
    );
    // The same through `.ok().map(..)`: the same output type as the naive baseline's.
    let tariff_ok_map = paired(
        31,
        (1_000_000, |i| {
            book.tariff(pair(i).0, pair(i).1).ok().map(|t| t.amount())
        }),
        (1_000_000, naive_lookup),
    );
    // `find_tariff`, which builds no error, against the floor (information, no target).
    let find_tariff = paired(
        31,
        (1_000_000, |i| {
            book.find_tariff(pair(i).0, pair(i).1).map(|t| t.amount())
        }),
        (1_000_000, floor_lookup),
    );
    // For information, no target: the whole `Result<Tariff, Error>` handed on (as a benchmark's
    // `black_box(result)` or a `Vec<Result<..>>` does) is moved whole, error bytes and all.
    let tariff_whole = paired(
        31,
        (1_000_000, |i| book.tariff(pair(i).0, pair(i).1)),
        (1_000_000, naive_lookup),
    );

    // A loaded catalogue of 10,000 products: the same lookups against the same baselines,
    // built from its tariffs (eight codes in turn).
    let large = support::large_catalogue(10_000);
    let large_codes: [ProductCode; 8] =
        std::array::from_fn(|i| large.products().nth(i * 1249).unwrap().code());
    let large_pairs: [(ProductCode, Provider); 8] = large_codes.map(|c| (c, Provider::JbGld));
    let large_pair = |i: u32| large_pairs[(i & 7) as usize];
    let large_floor: [Decimal; 8] =
        large_codes.map(|c| large.tariff(c, Provider::JbGld).unwrap().amount());
    let large_naive = support::naive_table_of(&large);
    let large_keys: [(String, String); 8] =
        large_codes.map(|c| (c.to_string(), "JbGld".to_string()));
    for (key, amount) in large_keys.iter().zip(large_floor) {
        assert_eq!(large_naive.get(key), Some(&amount));
    }
    let large_matched = |i: u32| match large.tariff(large_pair(i).0, large_pair(i).1) {
        Ok(t) => Some(t.amount()),
        Err(_) => None,
    };
    let lookup_large_floor = paired(
        31,
        (1_000_000, large_matched),
        (1_000_000, |i: u32| {
            Some(black_box(&large_floor)[(i & 7) as usize])
        }),
    );
    let lookup_large_naive = paired(
        31,
        (1_000_000, |i| {
            large
                .tariff(large_pair(i).0, large_pair(i).1)
                .ok()
                .map(|t| t.amount())
        }),
        (1_000_000, |i: u32| {
            large_naive.get(&large_keys[(i & 7) as usize]).copied()
        }),
    );
    let lookup_large = paired(31, (1_000_000, large_matched), (1_000_000, matched));
    // For information: every lookup a different product of the 10,000 (memory, not the index,
    // then sets the pace).
    let all_large: Vec<ProductCode> = large.products().map(|p| p.code()).collect();
    let lookup_large_spread = paired(
        15,
        (1_000_000, |i| {
            large
                .tariff(
                    all_large[(i as usize * 7919) % all_large.len()],
                    Provider::JbGld,
                )
                .ok()
                .map(|t| t.amount())
        }),
        (1_000_000, |i| {
            book.tariff(codes[(i & 7) as usize], Provider::JbGld)
                .ok()
                .map(|t| t.amount())
        }),
    );

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
    let quote = |_| {
        book.quote(
            black_box(ots),
            Provider::JbGld,
            black_box(start),
            black_box(end),
        )
        .ok()
        .map(|q| q.total())
    };
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
    let naive_loop = |_| naive_quote(black_box(start), black_box(end));
    // The same quote through `Editions` (2026 and an indexed 2027) against `Catalogue::quote`.
    let editions =
        jbjr::Editions::new([book.clone(), book.indexed(2027, Decimal::from(3)).unwrap()]).unwrap();
    assert_eq!(
        editions
            .quote(ots, Provider::JbGld, start, end)
            .unwrap()
            .total(),
        expected
    );
    let editions_quote = |_| {
        editions
            .quote(
                black_box(ots),
                Provider::JbGld,
                black_box(start),
                black_box(end),
            )
            .ok()
            .map(|q| q.total())
    };
    let editions_vs_quote = paired(31, (200_000, editions_quote), (200_000, quote));
    let quote_vs_lookup = paired(31, (200_000, quote), (1_000_000, naive_lookup));
    let quote_vs_loop = paired(31, (200_000, quote), (200_000, naive_loop));

    // `-- lookups`: the lookups and the quote only (a short run on a shared machine).
    if std::env::args().any(|a| a == "lookups") {
        println!("jbjr lookup ratios (one run, this machine; medians of alternating rounds)");
        report_lookups(&LookupFigures {
            tariff: &tariff,
            tariff_boxed_provider: &tariff_boxed_provider,
            tariff_ok_map: &tariff_ok_map,
            find_tariff: &find_tariff,
            tariff_whole: &tariff_whole,
            lookup_large_floor: &lookup_large_floor,
            lookup_large_naive: &lookup_large_naive,
            lookup_large: &lookup_large,
        });
        println!(
            "{:<34} {:>12.1} ns   (each lookup another of the 10,000; information, no target)",
            "tariff, 10,000 products, spread", lookup_large_spread.ns
        );
        report(
            "Catalogue::quote, 10 months",
            &quote_vs_lookup,
            "naive HashMap lookup",
            1.0,
        );
        return;
    }

    // Budgets over 10 thousand and 1 million placements: the time per placement must stay flat.
    let (small, large) = (support::placements(10_000), support::placements(1_000_000));
    let budget = |input: &[Placement]| {
        jbjr::billing::placements_budget(book, input.iter().copied())
            .map(|b| b.total())
            .ok()
    };
    assert!(budget(&small) > Some(Decimal::ZERO));
    // Per placement: the large run is one call of 10⁶ placements, the small one 10⁴.
    let mut per_placement = paired(15, (1, |_| budget(&large)), (100, |_| budget(&small)));
    let budget_large_ms = per_placement.ns / 1e6;
    per_placement.ns /= 1e6;
    per_placement.baseline_ns /= 1e4;
    per_placement.ratio *= 1e4 / 1e6;

    // The same placements through a straightforward hand-written loop: per placement the
    // tariff by `Catalogue::tariff`, its SAP GI months clipped to the year by month
    // arithmetic, the cents added per month (no table, no per-product cells, no checks).
    let hand_budget = |input: &[Placement]| -> Option<i64> {
        let year = book.year();
        let (lo, hi) = (year * 12, year * 12 + 11);
        let mut months = [0i64; 12];
        for p in input {
            let t = book.tariff(p.code, p.provider).ok()?;
            let cents = if t.amount().scale() == 2 {
                i64::try_from(t.amount().mantissa()).ok()?
            } else {
                jbjr::money::to_cents(t.amount()).ok()?
            };
            let index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
            let (s, e) = (index(p.start), index(p.end));
            let first = match t.unit() {
                Unit::Month if p.start.day() != 1 && e > s => s + 1,
                Unit::Month => s,
                _ => e,
            };
            for m in first.max(lo)..=e.min(hi) {
                months[(m - lo) as usize] += cents;
            }
        }
        Some(months.iter().sum())
    };
    let total_cents =
        |input: &[Placement]| budget(input).and_then(|t| jbjr::money::to_cents(t).ok());
    assert_eq!(hand_budget(&small), total_cents(&small));
    assert_eq!(hand_budget(&large), total_cents(&large));
    // Placements that start long before the budget year (year -262000, as in issue 13) cost
    // no more than the others.
    let early: Vec<Placement> = small
        .iter()
        .map(|p| Placement {
            start: d(-262_000, 1, 1),
            ..*p
        })
        .collect();
    assert_eq!(hand_budget(&early), total_cents(&early));
    let mut vs_hand = paired(31, (10, |_| budget(&small)), (10, |_| hand_budget(&small)));
    let mut early_vs_hand = paired(31, (10, |_| budget(&early)), (10, |_| hand_budget(&early)));
    for m in [&mut vs_hand, &mut early_vs_hand] {
        m.ns /= 1e4;
        m.baseline_ns /= 1e4;
    }

    println!("jbjr ratios (one run, this machine; medians of alternating rounds)");
    report_lookups(&LookupFigures {
        tariff: &tariff,
        tariff_boxed_provider: &tariff_boxed_provider,
        tariff_ok_map: &tariff_ok_map,
        find_tariff: &find_tariff,
        tariff_whole: &tariff_whole,
        lookup_large_floor: &lookup_large_floor,
        lookup_large_naive: &lookup_large_naive,
        lookup_large: &lookup_large,
    });
    println!(
        "{:<34} {:>12.1} ns   (each lookup another of the 10,000; information, no target)",
        "tariff, 10,000 products, spread", lookup_large_spread.ns
    );
    report(
        "Editions::quote, 10 months",
        &editions_vs_quote,
        "Catalogue::quote, 10 months",
        1.5,
    );
    report(
        "Catalogue::quote, 10 months",
        &quote_vs_lookup,
        "naive HashMap lookup",
        1.0,
    );
    report(
        "Catalogue::quote, 10 months",
        &quote_vs_loop,
        "naive month loop",
        1.0,
    );
    report(
        "budget per placement, 1,000,000",
        &per_placement,
        "per placement, 10,000",
        1.5,
    );
    report(
        "budget per placement, 10,000",
        &vs_hand,
        "hand-written loop",
        2.0,
    );
    report(
        "budget per placement, from year -262000",
        &early_vs_hand,
        "hand-written loop",
        2.0,
    );
    println!("placements_budget over 1,000,000 placements: {budget_large_ms:.0} ms on one core");
}
