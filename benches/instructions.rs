//! Instructions per lookup, counted by valgrind rather than timed: the count does not drift
//! with the load of a shared machine. Each kind runs a loop of `n` calls; run it twice under
//! callgrind and divide the difference by the difference in `n` (setup cancels out):
//!
//! ```sh
//! cargo bench --bench instructions --no-run   # prints the binary's path
//! for n in 100000 200000; do
//!   valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/deps/instructions-* $n match
//! done
//! ```
//!
//! Kinds: `none` (the loop alone), `floor` (a static array of the same tariffs), `naive`
//! (`HashMap<(String, String), Decimal>`), `match` (`Catalogue::tariff`, result matched), `ok`
//! (`Catalogue::tariff(..).ok()`), `find` (`Catalogue::find_tariff`), `last` (`match` for JvV,
//! the book's fourth and last column, over the codes it offers), `quote` (a 10-month
//! `Catalogue::quote`), `large` and `large_ok` (`match` and `ok` on a loaded catalogue of
//! 10,000 products, the eight codes of the ratio report), and `boxed` (`match` with the code
//! from an array and the provider put through `black_box` on every call). As in the ratio
//! report, the lookups read their code and provider from an array of pairs, as a loop over
//! placements reads them. `cargo bench` runs every kind once, briefly, and checks the results.

use std::collections::HashMap;
use std::hint::black_box;

use chrono::NaiveDate;
use jbjr::{Catalogue, Decimal, ProductCode, Provider};

#[allow(dead_code)] // the bench uses one of its catalogues
mod support;

const CODES: [&str; 8] = [
    "48B10", "47B10", "49B99", "48B07", "47B16", "48B13", "49B03", "48B80",
];

fn run(n: u32, mut f: impl FnMut(usize) -> Option<Decimal>) -> u32 {
    let mut found = 0u32;
    for i in 0..n {
        found += u32::from(black_box(f((black_box(i) & 7) as usize)).is_some());
    }
    found
}

fn main() {
    let book = Catalogue::gelderland_2026();
    let codes: [ProductCode; 8] = CODES.map(|c| c.parse().unwrap());
    let floor: [Decimal; 8] = codes.map(|c| book.tariff(c, Provider::JbGld).unwrap().amount());
    let mut naive = HashMap::new();
    for p in book.products() {
        for (g, a) in p.tariffs() {
            naive.insert((p.code().to_string(), g.to_string()), *a);
        }
    }
    let keys: [(String, String); 8] = CODES.map(|c| (c.to_string(), "JbGld".to_string()));
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let args: Vec<String> = std::env::args().collect();
    let n: Option<u32> = args.get(1).and_then(|a| a.parse().ok());
    // Eight codes JvV offers (its column is the book's last), for `last`.
    let offered: Vec<ProductCode> = codes
        .iter()
        .copied()
        .filter(|c| book.offers(*c, Provider::JvV))
        .collect();
    let jvv: [(ProductCode, Provider); 8] =
        std::array::from_fn(|i| (offered[i % offered.len()], Provider::JvV));
    // What each lookup reads: a code and a provider, as from a placement.
    let pairs: [(ProductCode, Provider); 8] = codes.map(|c| (c, Provider::JbGld));
    // A loaded catalogue of 10,000 products and the ratio report's eight codes of it, for
    // `large` and `large_ok` (built only for those kinds: it takes a while under valgrind).
    let wants_large = args.get(2).is_none_or(|k| k.starts_with("large"));
    let large = if wants_large {
        support::large_catalogue(10_000)
    } else {
        support::large_catalogue(8)
    };
    let step = (large.products().count() - 1) / 8; // 1249, as the ratio report
    let large_pairs: [(ProductCode, Provider); 8] = std::array::from_fn(|i| {
        let code = large.products().nth(i * step).unwrap().code();
        (code, Provider::JbGld)
    });
    let kinds = [
        "none", "floor", "naive", "match", "ok", "find", "last", "quote", "large", "large_ok",
        "boxed",
    ];
    let chosen: Vec<&str> = match (n, args.get(2)) {
        (Some(_), Some(kind)) => vec![kind.as_str()],
        _ => kinds.to_vec(),
    };
    let n = n.unwrap_or(10_000);
    for kind in chosen {
        let found = match kind {
            "none" => run(n, |_| None),
            "floor" => run(n, |k| Some(black_box(&floor)[k])),
            "naive" => run(n, |k| naive.get(&keys[k]).copied()),
            "ok" => run(n, |k| {
                book.tariff(pairs[k].0, pairs[k].1).ok().map(|t| t.amount())
            }),
            "find" => run(n, |k| {
                book.find_tariff(pairs[k].0, pairs[k].1).map(|t| t.amount())
            }),
            "quote" => run(n, |_| {
                book.quote(
                    black_box(codes[0]),
                    Provider::JbGld,
                    black_box(d(2, 15)),
                    black_box(d(12, 10)),
                )
                .ok()
                .map(|q| q.total())
            }),
            "large" => run(n, |k| {
                match large.tariff(large_pairs[k].0, large_pairs[k].1) {
                    Ok(t) => Some(t.amount()),
                    Err(_) => None,
                }
            }),
            "large_ok" => run(n, |k| {
                large
                    .tariff(large_pairs[k].0, large_pairs[k].1)
                    .ok()
                    .map(|t| t.amount())
            }),
            "last" => run(n, |k| match book.tariff(jvv[k].0, jvv[k].1) {
                Ok(t) => Some(t.amount()),
                Err(_) => None,
            }),
            "boxed" => run(n, |k| {
                match book.tariff(codes[k], black_box(Provider::JbGld)) {
                    Ok(t) => Some(t.amount()),
                    Err(_) => None,
                }
            }),
            _ => run(n, |k| match book.tariff(pairs[k].0, pairs[k].1) {
                Ok(t) => Some(t.amount()),
                Err(_) => None,
            }),
        };
        assert_eq!(found, if kind == "none" { 0 } else { n }, "{kind}");
    }
}
