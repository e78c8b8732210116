//! Export → load → export is identical (JSON and TOML), for the embedded catalogues and for
//! generated ones; the example files in `data/` load and hold the documented figures.
#![cfg(feature = "serde")]

use crate::common;

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
    assert_eq!(v["format_version"], 2);
    assert_eq!(v["providers"][0]["short_name"], "JbGld");
    assert_eq!(v["providers"][0]["hourly_rate"], "146.25");
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
# cents half away from zero. Not a published 2027 tariff. Format: see the `jbjr::catalogue::format` docs.\n\n";

/// The `note` the 2027 example files carry inside (JSON has no comments): the loader reads it
/// and does not keep it, so the files load equal to [`indexed_2027`].
const NOTE_2027: &str = "An EXAMPLE, not a published product book: the Gelderland product book \
2026 with every tariff and hourly rate x 1.0300 (an illustrative index of 3.00 %), rounded to \
cents half away from zero. No 2027 tariffs of the Gelderland regions are in this file.";

/// `text` (an export starting with the format version) with the note after the format version.
fn with_note(text: &str, format_version_line: &str, note_line: &str) -> String {
    text.replacen(
        format_version_line,
        &format!("{format_version_line}{note_line}"),
        1,
    )
}

const TOML_HR_HEADER: &str = "# Holland Rijnland, segment 7 \"Veiligheid\": the 15 kernbedingen. The source publishes\n\
# no tariffs (publishes_tariffs = false). Units are jbjr's choice (see Catalogue::holland_rijnland).\n\n";

#[test]
fn example_file_gelderland_2027_json_is_the_indexed_book() {
    let expected = with_note(
        &json(&indexed_2027()),
        "  \"format_version\": 2,\n",
        &format!(
            "  \"note\": {},\n",
            serde_json::to_string(NOTE_2027).unwrap()
        ),
    );
    assert!(expected.contains("\"note\""));
    bless_or_compare("data/gelderland_2027.json", &expected);
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
        with_note(
            &toml::to_string(&indexed_2027()).unwrap(),
            "format_version = 2\n",
            &format!("note = {:?}\n", NOTE_2027),
        )
    );
    assert!(expected.contains("\nnote = "));
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

// --- any region, any GI (issue 11) ----------------------------------------------------------

/// A catalogue of a region with GIs that are not the Gelderland four, written as a person
/// would write it (the spelling of the file is kept).
const WEST: &str = r#"format_version = 2
region = "Voorbeeld West"
year = 2027
publishes_tariffs = true

[[providers]]
short_name = "JBWest"
full_name = "Jeugdbescherming west (made up)"
agb = "00000001"
hourly_rate = "150.00"

[[providers]]
short_name = "Nidos"
full_name = "Nidos (made up tariffs)"

[[products]]
code = "48B10"
measure = "ots"
name = "OTS"
unit = "month"

[products.tariffs]
JBWest = "1300.00"
Nidos = "1310.00"

[[products]]
code = "48B11"
measure = "voogdij"
name = "Voogdij"
unit = "month"

[products.tariffs]
Nidos = "990.00"
"#;

#[test]
fn a_catalogue_with_other_gis_loads_round_trips_byte_for_byte_and_quotes() {
    let book: Catalogue = toml::from_str(WEST).unwrap();
    assert_eq!(toml::to_string(&book).unwrap(), WEST);
    let json_text = json(&book);
    let back: Catalogue = serde_json::from_str(&json_text).unwrap();
    assert_eq!(back, book);
    assert_eq!(json(&back), json_text);

    let west: Provider = "jbwest".parse().unwrap();
    let info = book.provider_info(west).unwrap();
    assert_eq!(info.short_name(), "JBWest");
    assert_eq!(info.full_name(), "Jeugdbescherming west (made up)");
    assert_eq!(info.agb().unwrap().as_str(), "00000001");
    assert_eq!(book.hourly_rate(west).unwrap().to_string(), "150.00");
    let nidos: Provider = "NIDOS".parse().unwrap();
    assert_eq!(book.hourly_rate(nidos), None);

    // Quotes: 15 Feb to 10 May 2027, SAP GI: March, April, May.
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2027, m, day).unwrap();
    let q = book
        .quote("48B10".parse().unwrap(), nidos, d(2, 15), d(5, 10))
        .unwrap();
    assert_eq!(q.total().to_string(), "3930.00");
    // Budgets: one Voogdij of Nidos all year.
    let b = jbjr::billing::caseload_budget(
        &book,
        &[jbjr::billing::CaseloadEntry {
            code: "48B11".parse().unwrap(),
            provider: nidos,
            per_month: 1,
        }],
    )
    .unwrap();
    assert_eq!(b.total().to_string(), "11880.00");
    assert_eq!(b.provider_total(nidos).to_string(), "11880.00");
    // n.v.t. for a declared GI, UndeclaredProvider for one the book does not know.
    assert!(matches!(
        book.tariff("48B11".parse().unwrap(), west),
        Err(jbjr::Error::NotOffered { .. })
    ));
    assert!(matches!(
        book.tariff("48B11".parse().unwrap(), Provider::JbGld),
        Err(jbjr::Error::UndeclaredProvider {
            provider: Provider::JbGld,
            ..
        })
    ));
}

#[test]
fn a_tariff_of_an_undeclared_gi_is_refused_naming_product_and_gi() {
    // Products before or after the providers: refused either way.
    let undeclared = WEST.replace("Nidos = \"990.00\"", "JBOost = \"990.00\"");
    let err = toml::from_str::<Catalogue>(&undeclared)
        .unwrap_err()
        .to_string();
    assert!(err.contains("product 48B11, field `tariffs`"), "{err}");
    // TOML reads `products` before `providers` (its keys are sorted): the provider is named
    // canonically, as the check runs once both are read.
    assert!(err.contains("unknown provider \"JBOOST\""), "{err}");
    let book: Catalogue = toml::from_str(WEST).unwrap();
    let mut v: serde_json::Value = serde_json::to_value(&book).unwrap();
    let providers = v.as_object_mut().unwrap().remove("providers").unwrap();
    v["products"][1]["tariffs"] = serde_json::json!({ "JBOost": "990.00" });
    v.as_object_mut()
        .unwrap()
        .insert("providers".into(), providers);
    let err = serde_json::from_value::<Catalogue>(v)
        .unwrap_err()
        .to_string();
    assert!(err.contains("product 48B11, field `tariffs`"), "{err}");
    assert!(err.contains("JBOOST"), "{err}");
}

#[test]
fn provider_declarations_are_validated() {
    for (from, to, needle) in [
        ("agb = \"00000001\"", "agb = \"0001\"", "exactly 8 digits"),
        (
            "agb = \"00000001\"",
            "agb = \"0000000x\"",
            "only the digits",
        ),
        (
            "short_name = \"Nidos\"",
            "short_name = \"JBWEST\"",
            "declared more than once",
        ),
        (
            "short_name = \"Nidos\"",
            "short_name = \"Ni/dos\"",
            "only ASCII",
        ),
        (
            "full_name = \"Nidos (made up tariffs)\"",
            "full_name = \"\"",
            "empty",
        ),
        (
            "hourly_rate = \"150.00\"",
            "hourly_rate = \"150.001\"",
            "two decimals",
        ),
        (
            "hourly_rate = \"150.00\"",
            "colour = \"red\"",
            "unknown field `colour`",
        ),
    ] {
        let text = WEST.replace(from, to);
        let err = toml::from_str::<Catalogue>(&text).unwrap_err().to_string();
        assert!(err.contains("field `providers`"), "{to}: {err}");
        assert!(err.contains(needle), "{to}: {err}");
    }
}

#[test]
fn a_file_of_format_version_1_says_what_to_change() {
    let old = "region = \"Gelderland\"\nyear = 2027\n\n[hourly_rates]\nJbGld = \"150.64\"\n\n[[products]]\n";
    let err = toml::from_str::<Catalogue>(old).unwrap_err().to_string();
    assert!(err.contains("format version 1"), "{err}");
    assert!(
        err.contains("format_version = 2") && err.contains("[[providers]]"),
        "{err}"
    );
    let no_version = WEST.replace("format_version = 2\n", "");
    let err = toml::from_str::<Catalogue>(&no_version)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("format_version") && err.contains("missing"),
        "{err}"
    );
    let future = WEST.replace("format_version = 2", "format_version = 3");
    let err = toml::from_str::<Catalogue>(&future)
        .unwrap_err()
        .to_string();
    assert!(err.contains("format version 3 is not supported"), "{err}");
}

#[test]
fn the_example_contract_completes_holland_rijnland() {
    let text = std::fs::read_to_string("data/holland_rijnland_contract_example.toml").unwrap();
    let contract: jbjr::Contract = toml::from_str(&text).unwrap();
    let hr = Catalogue::holland_rijnland()
        .with_contract(&contract)
        .unwrap();
    assert!(hr.publishes_tariffs());
    assert_eq!(hr.year(), 2026);
    let gi = contract.provider().provider();
    assert_eq!(
        hr.tariff("48A04".parse().unwrap(), gi)
            .unwrap()
            .amount()
            .to_string(),
        "1300.00"
    );
    // The contract file round-trips byte for byte (after its comment header).
    let body = text.split_once("\n\n").unwrap().1;
    assert_eq!(toml::to_string(&contract).unwrap(), body);
    // The completed catalogue round-trips like any other.
    assert_round_trips(&hr);
}
