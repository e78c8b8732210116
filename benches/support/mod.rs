//! Inputs and baselines shared by the benches (`mod support;` in each bench file).

use std::collections::HashMap;

use chrono::NaiveDate;
use jbjr::family::Placement;
use jbjr::{Catalogue, Decimal, ProductCode, Provider};

/// The naive baseline: a `HashMap<(String, String), Decimal>` keyed by code and provider.
pub fn naive_table() -> HashMap<(String, String), Decimal> {
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

/// `n` placements over four products and three GIs, with starts spread over 2025–2026 and
/// terms of 6 to 16 months.
pub fn placements(n: usize) -> Vec<Placement> {
    let codes: [ProductCode; 4] = ["48B10", "48B11", "47B10", "47B12"].map(|c| c.parse().unwrap());
    let providers = [Provider::JbGld, Provider::Wss, Provider::LdH];
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    (0..n)
        .map(|i| {
            let start = first + chrono::Days::new((i % 700) as u64);
            Placement {
                child: i as u32,
                code: codes[i % 4],
                provider: providers[i % 3],
                start,
                end: start + chrono::Days::new(180 + (i % 300) as u64),
            }
        })
        .collect()
}
