//! Export → load → export is identical (JSON and TOML), for the embedded catalogues and for
//! generated ones; the example files in `data/` load and hold the documented figures.
#![cfg(feature = "serde")]

mod common;

use jbjr::{Catalogue, Decimal, Product, Provider};
use proptest::prelude::*;

fn json(c: &Catalogue) -> String {
    serde_json::to_string_pretty(c).unwrap() + "\n"
}

fn assert_round_trips(c: &Catalogue) {
    let j = json(c);
    let back: Catalogue = serde_json::from_str(&j).unwrap();
    assert_eq!(&back, c);
    assert_eq!(json(&back), j);
    let t = toml::to_string(c).unwrap();
    let back: Catalogue = toml::from_str(&t).unwrap();
    assert_eq!(&back, c);
    assert_eq!(toml::to_string(&back).unwrap(), t);
}

#[test]
fn gelderland_2026_round_trips_json_and_toml() {
    assert_round_trips(Catalogue::gelderland_2026());
}

#[test]
fn holland_rijnland_round_trips_and_stays_without_tariffs() {
    assert_round_trips(Catalogue::holland_rijnland());
    let back: Catalogue = serde_json::from_str(&json(Catalogue::holland_rijnland())).unwrap();
    assert!(!back.publishes_tariffs());
}

#[test]
fn codes_providers_and_amounts_are_strings() {
    let v: serde_json::Value = serde_json::to_value(Catalogue::gelderland_2026()).unwrap();
    let ots = v["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == "48B10")
        .unwrap();
    assert_eq!(ots["tariffs"]["JbGld"], "1259.29");
    assert_eq!(ots["tariffs"]["WSS"], "1287.26");
    assert_eq!(ots["measure"], "ots");
    assert_eq!(ots["unit"], "month");
    assert_eq!(ots["pupil_costs"], "marked");
    assert_eq!(ots["norm_hours"]["per"], "year");
    assert!(ots["tariffs"].get("JvV").is_none(), "n.v.t. is absent");
    assert_eq!(v["hourly_rates"]["JbGld"], "146.25");
    assert_eq!(
        serde_json::to_value("48B10".parse::<jbjr::ProductCode>().unwrap()).unwrap(),
        "48B10"
    );
    assert_eq!(serde_json::to_value(Provider::Wss).unwrap(), "WSS");
}

#[test]
fn measures_and_norm_periods_are_written_snake_case_and_read_in_every_spelling() {
    // One convention for machine spellings: snake_case, as units and pupil costs already were.
    let v: serde_json::Value = serde_json::to_value(Catalogue::gelderland_2026()).unwrap();
    let product = |code: &str| {
        v["products"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(product("48B12")["measure"], "let_ots");
    assert_eq!(product("49B98")["measure"], "acd_jb");
    assert_eq!(product("48B15")["norm_hours"]["per"], "three_months");
    // Files written before (variant names) and labels as printed still load.
    let json = serde_json::to_string(Catalogue::gelderland_2026()).unwrap();
    for spelling in ["LetOts", "LET JB OTS", "let_ots"] {
        let edited = json.replace("\"let_ots\"", &format!("{spelling:?}"));
        let book: Catalogue = serde_json::from_str(&edited).unwrap();
        assert_eq!(&book, Catalogue::gelderland_2026(), "{spelling}");
    }
    let edited = json.replace("\"three_months\"", "\"3 months\"");
    let book: Catalogue = serde_json::from_str(&edited).unwrap();
    assert_eq!(&book, Catalogue::gelderland_2026());
    for m in [
        jbjr::Measure::Ots,
        jbjr::Measure::VoVo,
        jbjr::Measure::KansRijk,
    ] {
        let text = serde_json::to_string(&m).unwrap();
        assert_eq!(text, format!("{:?}", m.as_str()));
        assert_eq!(serde_json::from_str::<jbjr::Measure>(&text).unwrap(), m);
        let old = format!("{:?}", format!("{m:?}"));
        assert_eq!(serde_json::from_str::<jbjr::Measure>(&old).unwrap(), m);
    }
}

#[test]
fn a_single_product_round_trips() {
    let ots = Catalogue::gelderland_2026()
        .product("48B10".parse().unwrap())
        .unwrap();
    let back: Product = serde_json::from_str(&serde_json::to_string(ots).unwrap()).unwrap();
    assert_eq!(&back, ots);
}

// --- the example files --------------------------------------------------------------------

/// The illustrative 2027 book of `data/gelderland_2027.*`: the 2026 book indexed by 3 %
/// (every tariff and hourly rate × 1.03, rounded to cents half away from zero). Not a
/// published 2027 figure.
fn indexed_2027() -> Catalogue {
    Catalogue::gelderland_2026()
        .indexed(2027, Decimal::from(3))
        .unwrap()
}

fn bless_or_compare(path: &str, expected: &str) {
    if std::env::var_os("JBJR_BLESS").is_some() {
        std::fs::write(path, expected).unwrap();
    }
    let actual = std::fs::read_to_string(path).unwrap();
    assert_eq!(actual, expected, "{path} drifted; rerun with JBJR_BLESS=1");
}

const TOML_2027_HEADER: &str = "# Gelderland product book, 2027 edition: an EXAMPLE made by indexing 2026.\n\
# Every 2026 tariff and hourly rate × 1.0300 (an illustrative index of 3.00 %), rounded to\n\
# cents half away from zero. Not a published 2027 tariff. Format: see the `jbjr::format` docs.\n\n";

const TOML_HR_HEADER: &str = "# Holland Rijnland, segment 7 \"Veiligheid\": the 15 kernbedingen. The source publishes\n\
# no tariffs (publishes_tariffs = false). Units are jbjr's choice (see Catalogue::holland_rijnland).\n\n";

#[test]
fn example_file_gelderland_2027_json_is_the_indexed_book() {
    bless_or_compare("data/gelderland_2027.json", &json(&indexed_2027()));
    let text = std::fs::read_to_string("data/gelderland_2027.json").unwrap();
    let book: Catalogue = serde_json::from_str(&text).unwrap();
    assert_eq!(book, indexed_2027());
    // 1259.29 × 1.03 = 1297.0687 → 1297.07; 146.25 × 1.03 = 150.6375 → 150.64 (half away).
    let ots = book
        .tariff("48B10".parse().unwrap(), Provider::JbGld)
        .unwrap();
    assert_eq!(ots.amount().to_string(), "1297.07");
    assert_eq!(
        book.hourly_rate(Provider::JbGld).unwrap().to_string(),
        "150.64"
    );
    assert_eq!(book.year(), 2027);
}

#[test]
fn example_file_gelderland_2027_toml_equals_the_json() {
    let expected = format!(
        "{TOML_2027_HEADER}{}",
        toml::to_string(&indexed_2027()).unwrap()
    );
    bless_or_compare("data/gelderland_2027.toml", &expected);
    let text = std::fs::read_to_string("data/gelderland_2027.toml").unwrap();
    let book: Catalogue = toml::from_str(&text).unwrap();
    assert_eq!(book, indexed_2027());
}

#[test]
fn example_file_holland_rijnland_toml_is_the_embedded_segment() {
    let expected = format!(
        "{TOML_HR_HEADER}{}",
        toml::to_string(Catalogue::holland_rijnland()).unwrap()
    );
    bless_or_compare("data/holland_rijnland.toml", &expected);
    let text = std::fs::read_to_string("data/holland_rijnland.toml").unwrap();
    let book: Catalogue = toml::from_str(&text).unwrap();
    assert_eq!(&book, Catalogue::holland_rijnland());
}

// --- generated catalogues -----------------------------------------------------------------

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/format_roundtrip.txt"))]
    #[test]
    fn generated_catalogues_round_trip_json(c in common::catalogue()) {
        let j = json(&c);
        let back: Catalogue = serde_json::from_str(&j).unwrap();
        prop_assert_eq!(&back, &c);
        prop_assert_eq!(json(&back), j);
    }

    #[test]
    fn generated_catalogues_round_trip_toml(c in common::catalogue()) {
        let t = toml::to_string(&c).unwrap();
        let back: Catalogue = toml::from_str(&t).unwrap();
        prop_assert_eq!(&back, &c);
        prop_assert_eq!(toml::to_string(&back).unwrap(), t);
    }
}
