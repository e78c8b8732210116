//! Shared proptest strategies for catalogues (named input strategies, grouped by theme).
#![allow(dead_code)]

use jbjr::{
    Catalogue, Decimal, Measure, NormHours, NormPeriod, Product, ProductCode, Provider,
    ProviderInfo, PupilCosts, Unit,
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

/// An amount in whole cents, with scale 0, 1 or 2 as people write it; also a negative zero
/// (`-0`, `-0.00`) and whole cents with long trailing zeros (`1259.2900000000`, up to scale 28),
/// which a catalogue keeps as the same number with exactly two decimals.
pub fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        6 => (0i64..1_000_000_000, 0u32..=2).prop_map(|(units, scale)| Decimal::new(units, scale)),
        1 => (0u32..=2).prop_map(negative_zero),
        1 => (0i64..1_000_000_000, 1u32..=26).prop_map(|(cents, extra)| trailing_zeros(cents, extra)),
    ]
}

/// Zero with the sign bit set, at `scale`: `-0`, `-0.0`, `-0.00`.
pub fn negative_zero(scale: u32) -> Decimal {
    let mut zero = Decimal::new(0, scale);
    zero.set_sign_negative(true);
    zero
}

/// `cents` / 100 written with `extra` more zeros after the cents (scale `2 + extra`, at most
/// 28): `trailing_zeros(125929, 10)` is 1259.290000000000. Cents that would not fit are
/// reduced modulo 10^(28 − extra).
pub fn trailing_zeros(cents: i64, extra: u32) -> Decimal {
    let extra = extra.min(26);
    // Keep the mantissa below 10^28 (a Decimal holds up to about 7.9 × 10^28).
    let cents = i128::from(cents) % 10i128.pow(28 - extra);
    Decimal::from_i128_with_scale(cents * 10i128.pow(extra), 2 + extra)
}

/// A name as a catalogue takes it: 1 to 24 printable characters, starting with a letter.
pub fn name() -> impl Strategy<Value = String> {
    "[A-Za-z\\p{L}][\\PC]{0,23}"
}

/// A well-formed short name of any GI, in any case.
pub fn short_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["JbGld", "wss", "LDH", "JvV", "Nidos", "JBWest"])
            .prop_map(String::from),
        "[A-Za-z0-9][A-Za-z0-9 &._-]{0,12}[A-Za-z0-9]",
        "[A-Za-z0-9]",
    ]
}

/// Declared providers: 0 to 5 GIs with distinct short names, full names, and optionally an AGB
/// code and an hourly rate.
pub fn providers() -> impl Strategy<Value = Vec<ProviderInfo>> {
    prop::collection::vec(
        (
            short_name(),
            name(),
            prop::option::of("[0-9]{8}"),
            prop::option::of(amount()),
        ),
        0..5,
    )
    .prop_map(|gis| {
        let mut out: Vec<ProviderInfo> = Vec::new();
        for (short, full, agb, rate) in gis {
            let provider: Provider = short.parse().unwrap();
            if out.iter().any(|d| d.provider() == provider) {
                continue;
            }
            let mut info = ProviderInfo::named(&short, full).unwrap();
            if let Some(agb) = agb {
                info = info.with_agb(agb.parse().unwrap());
            }
            if let Some(rate) = rate {
                info = info.with_hourly_rate(rate).unwrap();
            }
            out.push(info);
        }
        out
    })
}

/// A tariff or "n.v.t." for each of `providers`.
pub fn tariffs(providers: Vec<Provider>) -> impl Strategy<Value = Vec<(Provider, Decimal)>> {
    let n = providers.len();
    prop::collection::vec(prop::option::of(amount()), n).prop_map(move |cells| {
        providers
            .iter()
            .zip(cells)
            .filter_map(|(p, a)| Some((*p, a?)))
            .collect()
    })
}

/// A product with `code` and tariffs of some of `providers`: norm hours only where the period
/// fits the unit.
pub fn product(code: ProductCode, providers: Vec<Provider>) -> impl Strategy<Value = Product> {
    (
        measure(),
        name(),
        unit(),
        pupil_costs(),
        prop::option::of((0u32..100_000, 0u32..=2, norm_period())),
        tariffs(providers),
    )
        .prop_map(move |(m, name, unit, costs, norm, tariffs)| {
            let mut p = Product::new(code, m, name, unit).with_pupil_costs(costs);
            if let Some((units, scale, per)) = norm {
                if unit.fits_norm(per) {
                    let norm = NormHours::new(Decimal::new(i64::from(units), scale), per).unwrap();
                    p = p.with_norm_hours(norm).unwrap();
                }
            }
            for (provider, amount) in tariffs {
                p = p.with_tariff(provider, amount).unwrap();
            }
            p
        })
}

/// A valid catalogue: any GIs, unique codes, valid amounts, fitting norms.
pub fn catalogue() -> impl Strategy<Value = Catalogue> {
    (
        name(),
        1900i32..2200,
        providers(),
        prop::collection::btree_set(code_text().prop_map(|s| s.to_uppercase()), 0..8),
    )
        .prop_flat_map(|(region, year, providers, codes)| {
            let gis: Vec<Provider> = providers.iter().map(|p| p.provider()).collect();
            let products: Vec<_> = codes
                .into_iter()
                .map(|c| product(c.parse().unwrap(), gis.clone()))
                .collect();
            (Just(region), Just(year), Just(providers), products)
        })
        .prop_map(|(region, year, providers, products)| {
            Catalogue::new(region, year, providers, products).unwrap()
        })
}
