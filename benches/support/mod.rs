//! Inputs and baselines shared by the benches (`mod support;` in each bench file).

use std::collections::HashMap;

use chrono::NaiveDate;
use jbjr::billing::Placement;
use jbjr::{Catalogue, Decimal, ProductCode, Provider};

/// The naive baseline: a `HashMap<(String, String), Decimal>` keyed by code and provider.
pub fn naive_table() -> HashMap<(String, String), Decimal> {
    naive_table_of(Catalogue::gelderland_2026())
}

/// The naive baseline for any catalogue.
#[allow(dead_code)] // not every bench uses it
pub fn naive_table_of(book: &Catalogue) -> HashMap<(String, String), Decimal> {
    let mut map = HashMap::new();
    for product in book.products() {
        for (provider, amount) in product.tariffs() {
            map.insert((product.code().to_string(), provider.to_string()), *amount);
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

/// A loaded catalogue of `n` products of the regional code shape (two digits, a letter, two
/// digits), each with a JbGld and a WSS tariff: what a national or multi-region file looks like.
pub fn large_catalogue(n: usize) -> Catalogue {
    use jbjr::{Measure, Product, ProviderInfo, Unit};
    let providers = vec![
        ProviderInfo::new(Provider::JbGld, "Jeugdbescherming Gelderland").unwrap(),
        ProviderInfo::new(Provider::Wss, "William Schrikker Stichting").unwrap(),
    ];
    let products = (0..n)
        .map(|i| {
            let code = format!(
                "{:02}{}{:02}",
                i % 100,
                (b'A' + (i / 100 % 26) as u8) as char,
                i / 2600
            );
            Product::new(code.parse().unwrap(), Measure::Ots, "OTS", Unit::Month)
                .with_tariff(Provider::JbGld, Decimal::new(100_000 + i as i64, 2))
                .unwrap()
                .with_tariff(Provider::Wss, Decimal::new(110_000 + i as i64, 2))
                .unwrap()
        })
        .collect();
    Catalogue::new("Landelijk (generated)", 2026, providers, products).unwrap()
}
