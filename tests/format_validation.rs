//! Invalid catalogue files are refused, each with an error naming the product and the field
//! (contract: "a duplicate code, a negative amount, an unknown provider or a missing field
//! cannot be built, and the error names the product and the field"; issue 7 adds over-precise
//! amounts and units that do not fit the norm basis).
#![cfg(feature = "serde")]

use jbjr::{Catalogue, Product};

/// A small valid file; tests edit one thing in it.
const VALID: &str = r#"{
  "format_version": 2,
  "region": "Test",
  "year": 2027,
  "providers": [
    { "short_name": "JbGld", "full_name": "Jeugdbescherming Gelderland", "hourly_rate": "146.25" },
    { "short_name": "Wss", "full_name": "William Schrikker Stichting" },
    { "short_name": "LDH", "full_name": "Leger des Heils" }
  ],
  "products": [
    { "code": "48B10", "measure": "Ots", "name": "OTS", "unit": "month",
      "pupil_costs": "marked",
      "norm_hours": { "hours": "102", "per": "year" },
      "tariffs": { "JbGld": "1259.29", "WSS": "1287.26" } },
    { "code": "47B11", "measure": "GbmAdvies", "name": "GBM advies", "unit": "traject",
      "norm_hours": { "hours": "21.6", "per": "traject" },
      "tariffs": { "LdH": "3222.07" } }
  ]
}"#;

fn json_err(text: &str) -> String {
    serde_json::from_str::<Catalogue>(text)
        .expect_err("the file must be refused")
        .to_string()
}

/// The error names the product and the field; a field of the catalogue itself (`"-"`) is
/// named without a product ("invalid catalogue: field `region`", issue 16: no "product -").
fn assert_names(err: &str, product: &str, field: &str) {
    let needle = if product == "-" {
        format!("invalid catalogue: field `{field}`")
    } else {
        format!("product {product}, field `{field}`")
    };
    assert!(err.contains(&needle), "expected {needle:?} in: {err}");
}

#[test]
fn the_valid_file_loads() {
    let c: Catalogue = serde_json::from_str(VALID).unwrap();
    assert_eq!(c.products().count(), 2);
    assert_eq!(c.year(), 2027);
}

#[test]
fn duplicate_code_is_refused() {
    let err = json_err(&VALID.replace("\"47B11\"", "\"48b10\""));
    assert_names(&err, "48B10", "code");
    assert!(err.contains("more than once"), "{err}");
}

#[test]
fn negative_amount_is_refused() {
    let err = json_err(&VALID.replace("\"1287.26\"", "\"-1287.26\""));
    assert_names(&err, "48B10", "tariffs");
    assert!(err.contains("WSS") && err.contains("negative"), "{err}");
}

#[test]
fn more_than_two_decimals_is_refused() {
    let err = json_err(&VALID.replace("\"3222.07\"", "\"3222.071\""));
    assert_names(&err, "47B11", "tariffs");
    assert!(err.contains("two decimals"), "{err}");
}

#[test]
fn an_amount_as_a_number_is_refused() {
    let err = json_err(&VALID.replace("\"1259.29\"", "1259.29"));
    assert_names(&err, "48B10", "tariffs");
}

#[test]
fn an_amount_not_in_plain_digits_is_refused() {
    for bad in ["1e3", "+5", "1_000", "", " 5", "five", ".50"] {
        let err = json_err(&VALID.replace("\"1259.29\"", &format!("{bad:?}")));
        assert_names(&err, "48B10", "tariffs");
    }
}

#[test]
fn unknown_provider_is_refused() {
    let err = json_err(&VALID.replace("\"LdH\"", "\"GI Noord\""));
    assert_names(&err, "47B11", "tariffs");
    assert!(err.contains("unknown provider"), "{err}");
}

#[test]
fn a_provider_twice_is_refused() {
    let err = json_err(&VALID.replace("\"WSS\"", "\"jbgld\""));
    assert_names(&err, "48B10", "tariffs");
}

#[test]
fn unit_that_does_not_fit_the_norm_basis_is_refused() {
    // Unit::fits_norm: a per-traject tariff needs a per-traject norm.
    let err = json_err(&VALID.replace(r#""per": "traject""#, r#""per": "year""#));
    assert_names(&err, "47B11", "norm_hours");
    let err = json_err(&VALID.replace(r#""unit": "month""#, r#""unit": "hour""#));
    assert_names(&err, "48B10", "norm_hours");
}

#[test]
fn negative_norm_hours_are_refused() {
    let err = json_err(&VALID.replace(r#""hours": "102""#, r#""hours": "-102""#));
    assert_names(&err, "48B10", "norm_hours");
}

#[test]
fn each_missing_product_field_is_named() {
    for field in ["measure", "name", "unit", "tariffs"] {
        let mut v: serde_json::Value = serde_json::from_str(VALID).unwrap();
        v["products"][1].as_object_mut().unwrap().remove(field);
        let err = json_err(&v.to_string());
        assert_names(&err, "47B11", field);
        assert!(err.contains("missing field"), "{err}");
    }
}

#[test]
fn a_missing_code_names_the_place_in_the_list() {
    let mut v: serde_json::Value = serde_json::from_str(VALID).unwrap();
    v["products"][1].as_object_mut().unwrap().remove("code");
    assert_names(&json_err(&v.to_string()), "#2", "code");
}

#[test]
fn each_missing_catalogue_field_is_named() {
    for field in ["format_version", "region", "year", "providers", "products"] {
        let mut v: serde_json::Value = serde_json::from_str(VALID).unwrap();
        v.as_object_mut().unwrap().remove(field);
        assert_names(&json_err(&v.to_string()), "-", field);
    }
}

#[test]
fn unknown_names_are_refused_with_their_field() {
    assert_names(
        &json_err(&VALID.replace("\"Ots\"", "\"Otz\"")),
        "48B10",
        "measure",
    );
    assert_names(
        &json_err(&VALID.replace("\"traject\",", "\"trajekt\",")),
        "47B11",
        "unit",
    );
    assert_names(
        &json_err(&VALID.replace("\"marked\"", "\"yes\"")),
        "48B10",
        "pupil_costs",
    );
    assert_names(
        &json_err(&VALID.replace("\"47B11\"", "\"47-11\"")),
        "47-11",
        "code",
    );
    let err = json_err(&VALID.replace("\"pupil_costs\"", "\"pupilcosts\""));
    assert!(
        err.contains("product 48B10") && err.contains("unknown field"),
        "{err}"
    );
}

#[test]
fn wrong_types_name_product_and_field() {
    assert_names(&json_err(&VALID.replace("\"OTS\"", "42")), "48B10", "name");
    assert_names(
        &json_err(&VALID.replace("\"year\": 2027", "\"year\": \"2027\"")),
        "-",
        "year",
    );
    assert_names(
        &json_err(&VALID.replace("\"year\": 2027", "\"year\": 300000")),
        "-",
        "year",
    );
}

#[test]
fn bad_hourly_rates_are_refused() {
    // Format version 2: a rate belongs to its provider's declaration.
    assert_names(
        &json_err(&VALID.replace("\"146.25\"", "\"-146.25\"")),
        "-",
        "providers",
    );
    assert_names(
        &json_err(&VALID.replace("\"146.25\"", "\"146.255\"")),
        "-",
        "providers",
    );
}

#[test]
fn a_file_without_tariffs_lists_none() {
    let err = json_err(&VALID.replace(
        "\"year\": 2027,",
        "\"year\": 2027, \"publishes_tariffs\": false,",
    ));
    assert!(err.contains("publishes no tariffs"), "{err}");
}

#[test]
fn toml_errors_name_product_and_field_too() {
    let text = r#"
format_version = 2
region = "Test"
year = 2027
providers = [{ short_name = "WSS", full_name = "William Schrikker Stichting" }]

[[products]]
code = "48B10"
measure = "Ots"
name = "OTS"
unit = "month"
tariffs = { WSS = "-1.00" }
"#;
    let err = toml::from_str::<Catalogue>(text).unwrap_err().to_string();
    assert_names(&err, "48B10", "tariffs");
    let valid_tariff = text.replace("\"-1.00\"", "\"1.00\"");
    let err = toml::from_str::<Catalogue>(&valid_tariff.replace("unit = \"month\"\n", ""))
        .unwrap_err()
        .to_string();
    assert_names(&err, "48B10", "unit");
}

#[test]
fn a_lone_product_names_itself() {
    let err = serde_json::from_str::<Product>(
        r#"{"code":"48B10","measure":"Ots","name":"x","unit":"month","tariffs":{"X/Z":"1.00"}}"#,
    )
    .unwrap_err()
    .to_string();
    assert_names(&err, "48B10", "tariffs");
}

// --- issue 13: data that should not load --------------------------------------------------

#[test]
fn amounts_and_norm_hours_must_be_written_canonically() {
    // Whole cents with exactly two decimals; refused: exponents, separators, signs, bare
    // fractions, negative zero, trailing zeros beyond the cents.
    for bad in [
        "1e2",
        "1_0_2",
        "+102",
        ".5",
        "-0",
        "-0.00",
        "1259.2900000000000000000000000",
        "1259.290",
        "1259.2",
        "1259",
        "01259.29",
    ] {
        let err = json_err(&VALID.replace("\"1259.29\"", &format!("{bad:?}")));
        assert_names(&err, "48B10", "tariffs");
    }
    for bad in ["1e2", "1_0_2", "+102", ".5", "-0", "0102", "102.", ""] {
        let err = json_err(&VALID.replace("\"hours\": \"102\"", &format!("\"hours\": {bad:?}")));
        assert_names(&err, "48B10", "norm_hours");
    }
    // Plain digits load.
    for good in ["102", "102.0", "0.5", "214.20"] {
        let ok = VALID.replace("\"hours\": \"102\"", &format!("\"hours\": {good:?}"));
        serde_json::from_str::<Catalogue>(&ok).unwrap();
    }
}

#[test]
fn a_negative_zero_tariff_exports_as_zero_and_loads_again() {
    use jbjr::{Measure, Provider, ProviderInfo, Unit};
    let mut minus_zero = jbjr::Decimal::ZERO;
    minus_zero.set_sign_negative(true);
    assert!(minus_zero.is_sign_negative());
    let p = Product::new("48B84".parse().unwrap(), Measure::Ots, "x", Unit::Month)
        .with_tariff(Provider::JbGld, minus_zero)
        .unwrap();
    let gi = ProviderInfo::new(Provider::JbGld, "Jeugdbescherming Gelderland").unwrap();
    let book = Catalogue::new("Test", 2027, vec![gi], vec![p]).unwrap();
    let json = serde_json::to_string(&book).unwrap();
    assert!(json.contains("\"JbGld\":\"0.00\""), "{json}");
    assert_eq!(serde_json::from_str::<Catalogue>(&json).unwrap(), book);
    let toml_text = toml::to_string(&book).unwrap();
    assert_eq!(toml::from_str::<Catalogue>(&toml_text).unwrap(), book);
}

#[test]
fn names_and_years_out_of_range_are_refused() {
    let long = "x".repeat(1_000_000);
    for region in ["", "   ", "Gelder\u{0}land", "Gelder\nland", long.as_str()] {
        let err = json_err(&VALID.replace("\"Test\"", &format!("{region:?}")));
        assert_names(&err, "-", "region");
    }
    for year in ["-5", "262142", "1899", "10000"] {
        let err = json_err(&VALID.replace("\"year\": 2027", &format!("\"year\": {year}")));
        assert_names(&err, "-", "year");
    }
    let err = json_err(&VALID.replace("\"OTS\"", "\"\""));
    assert_names(&err, "48B10", "name");
}

#[test]
fn errors_point_at_the_value_at_fault() {
    // JSON: the line of the bad year, not the end of the file; the repeated code.
    let err = json_err(&VALID.replace("\"year\": 2027", "\"year\": 262142"));
    assert!(err.contains("line 4"), "{err}");
    let err = json_err(&VALID.replace("\"47B11\"", "\"48B10\""));
    assert!(err.contains("line 15"), "{err}");
    let err = json_err(&VALID.replace("\"hours\": \"102\"", "\"hours\": \"1e2\""));
    assert!(err.contains("line 13"), "{err}");
    // TOML: the bad key's line, not line 1 or the [[products]] header.
    let text = "format_version = 2\nregion = \"Test\"\nyear = 2027\nproviders = []\n\n\
                [[products]]\ncode = \"48B10\"\nmeasure = \"Ots\"\nname = \"OTS\"\n\
                unit = \"mnth\"\ntariffs = {}\n";
    let err = toml::from_str::<Catalogue>(text).unwrap_err().to_string();
    assert!(err.contains("line 10"), "{err}");
    assert_names(&err, "48B10", "unit");
    let bad_year = text
        .replace("year = 2027", "year = -5")
        .replace("mnth", "month");
    let err = toml::from_str::<Catalogue>(&bad_year)
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 3"), "{err}");
}

#[test]
fn a_byte_order_mark_is_treated_the_same_in_json_and_toml() {
    let with_bom = format!("\u{feff}{VALID}");
    // serde_json refuses a BOM; `format::without_bom` takes it off for either format.
    let text = jbjr::catalogue::format::without_bom(&with_bom);
    assert_eq!(text, VALID);
    serde_json::from_str::<Catalogue>(text).unwrap();
    assert_eq!(jbjr::catalogue::format::without_bom(VALID), VALID);
}

#[test]
fn indexing_a_catalogue_without_tariffs_keeps_it_without_tariffs() {
    let hr = Catalogue::holland_rijnland()
        .indexed(2027, jbjr::Decimal::ZERO)
        .unwrap();
    assert!(!hr.publishes_tariffs());
    assert!(matches!(
        hr.tariff("48A04".parse().unwrap(), jbjr::Provider::JbGld),
        Err(jbjr::Error::TariffsNotPublished { .. })
    ));
}
