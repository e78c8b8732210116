//! Shared proptest strategies for catalogues (named input strategies, grouped by theme).
#![allow(dead_code)]

use jbjr::{
    Catalogue, Decimal, Measure, NormHours, NormPeriod, PerProvider, Product, ProductCode,
    PupilCosts, Unit,
};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use strum::IntoEnumIterator;

/// proptest's configuration for this crate: failing seeds are kept in `path` (a file under
/// `proptest-regressions/`, relative to the package root, where `cargo test` runs) and are
/// replayed first on every later run. proptest's default would put them next to each test file.
pub fn persisted(path: &'static str) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(path))),
        ..ProptestConfig::default()
    }
}

/// A valid product code: 1 to 5 ASCII letters or digits, either case.
pub fn code_text() -> impl Strategy<Value = String> {
    "[0-9A-Za-z]{1,5}"
}

pub fn measure() -> impl Strategy<Value = Measure> {
    let all: Vec<Measure> = Measure::iter().collect();
    prop::sample::select(all)
}

pub fn unit() -> impl Strategy<Value = Unit> {
    prop::sample::select(vec![
        Unit::Month,
        Unit::Hour,
        Unit::Minute,
        Unit::Traject,
        Unit::Piece,
    ])
}

pub fn pupil_costs() -> impl Strategy<Value = PupilCosts> {
    prop::sample::select(PupilCosts::iter().collect::<Vec<_>>())
}

pub fn norm_period() -> impl Strategy<Value = NormPeriod> {
    prop::sample::select(NormPeriod::iter().collect::<Vec<_>>())
}

/// An amount in whole cents, with scale 0, 1 or 2 as people write it.
pub fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..1_000_000_000, 0u32..=2).prop_map(|(units, scale)| Decimal::new(units, scale))
}

pub fn tariffs() -> impl Strategy<Value = PerProvider<Option<Decimal>>> {
    (
        prop::option::of(amount()),
        prop::option::of(amount()),
        prop::option::of(amount()),
        prop::option::of(amount()),
    )
        .prop_map(|(a, b, c, d)| PerProvider::new(a, b, c, d))
}

/// A product with `code`: norm hours only where the period fits the unit.
pub fn product(code: ProductCode) -> impl Strategy<Value = Product> {
    (
        measure(),
        "\\PC{0,24}",
        unit(),
        pupil_costs(),
        prop::option::of((0u32..100_000, 0u32..=2, norm_period())),
        tariffs(),
    )
        .prop_map(move |(m, name, unit, costs, norm, tariffs)| {
            let mut p = Product::new(code, m, name, unit).with_pupil_costs(costs);
            if let Some((units, scale, per)) = norm {
                if unit.fits_norm(per) {
                    let norm = NormHours::new(Decimal::new(i64::from(units), scale), per).unwrap();
                    p = p.with_norm_hours(norm).unwrap();
                }
            }
            for (provider, amount) in tariffs.iter() {
                if let Some(a) = amount {
                    p = p.with_tariff(provider, *a).unwrap();
                }
            }
            p
        })
}

/// A valid catalogue: unique codes, valid amounts, fitting norms.
pub fn catalogue() -> impl Strategy<Value = Catalogue> {
    (
        "\\PC{0,24}",
        1900i32..2200,
        tariffs(),
        prop::collection::btree_set(code_text().prop_map(|s| s.to_uppercase()), 0..8),
    )
        .prop_flat_map(|(region, year, rates, codes)| {
            let products: Vec<_> = codes
                .into_iter()
                .map(|c| product(c.parse().unwrap()))
                .collect();
            (Just(region), Just(year), Just(rates), products)
        })
        .prop_map(|(region, year, rates, products)| {
            Catalogue::new(region, year, rates, products).unwrap()
        })
}
