//! Every message is printed in full (issue 13: "No message may be cut"). These tests make each
//! message of the crate that carries a text — echoed input, a region, a limit, a detail, a
//! catalogue reason — with long inputs and check that the whole text is in the message, that no
//! message ends in an ellipsis, and that the realistic messages of ordinary use still read as
//! before.

use chrono::NaiveDate;
use jbjr::billing::BillingRule;
use jbjr::billing::{Child, quote_let_gto};
use jbjr::cost::reconcile::ReasonKind;
use jbjr::{
    Catalogue, Decimal, Domain, Editions, Error, Measure, NormHours, NormPeriod, Order, Product,
    ProductCategory, ProductCode, Provider, ProviderInfo, PupilCosts, Unit, check_age,
    check_samenloop, check_stp,
};

/// One declared GI (Jeugdbescherming Gelderland) with hourly rate `rate`.
fn rates(rate: Decimal) -> Vec<ProviderInfo> {
    vec![
        ProviderInfo::new(Provider::JbGld, "Jeugdbescherming Gelderland")
            .unwrap()
            .with_hourly_rate(rate)
            .unwrap(),
    ]
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The message of `result`'s error, checked to contain every one of `parts` and no ellipsis.
#[track_caller]
fn message<T: std::fmt::Debug>(result: Result<T, Error>, parts: &[&str]) -> String {
    let err = result.unwrap_err();
    let text = err.to_string();
    assert!(!text.contains('…'), "clipped: {text}");
    for part in parts {
        assert!(text.contains(part), "{text:?} lacks {part:?}");
    }
    text
}

/// A name far longer than the old inline capacities (24 or 64 bytes), with multi-byte characters.
const LONG: &str = "William Schrikker Stichting Jeugdbescherming & Jeugdreclassering — \
                    regio Gelderland-Zuid, Rivierenland en Noord-Veluwe (ééé)";

#[test]
fn echoed_input_is_printed_whole_for_every_parser() {
    let quoted = format!("{LONG:?}");
    message(LONG.parse::<ProductCode>(), &[&quoted]);
    message(LONG.parse::<Provider>(), &[&quoted]);
    message(LONG.parse::<Measure>(), &[&quoted]);
    message(LONG.parse::<Unit>(), &[&quoted]);
    message(LONG.parse::<NormPeriod>(), &[&quoted]);
    message(LONG.parse::<Domain>(), &[&quoted]);
    message(LONG.parse::<PupilCosts>(), &[&quoted]);
    message(LONG.parse::<BillingRule>(), &[&quoted]);
    message(LONG.parse::<ReasonKind>(), &[&quoted]);
    message(LONG.parse::<ProductCategory>(), &[&quoted]);
    // The whole list of choices, too.
    message(
        "LET".parse::<Unit>(),
        &["expected one of: month, hour, minute, traject, piece"],
    );
    message(
        "x".parse::<Measure>(),
        &["OTS, VOTS, Voogdij", "Wachtlijsttarief JB OTS"],
    );
}

#[test]
fn region_names_are_printed_whole() {
    let book = Catalogue::new(LONG, 2026, rates(Decimal::ONE), vec![]).unwrap();
    message(book.product("48B10".parse().unwrap()), &[LONG]);
    message(
        jbjr::cost::let_norm_hours_in(&book, Measure::LetOts),
        &[LONG],
    );
    let ots = Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month);
    let segment = Catalogue::new(LONG, 2026, vec![], vec![ots])
        .unwrap()
        .without_tariffs()
        .unwrap();
    message(
        segment.tariff("48B10".parse().unwrap(), Provider::Wss),
        &[LONG, "publishes no tariffs"],
    );
}

#[test]
fn catalogue_reasons_are_printed_whole() {
    let ots = || Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month);
    message(
        ProviderInfo::new(Provider::JbGld, "Jeugdbescherming Gelderland")
            .unwrap()
            .with_hourly_rate(Decimal::new(146_255, 3)),
        &["at most two decimals (whole cents), got 146.255"],
    );
    message(
        Catalogue::new("Gelderland", 262_143, rates(Decimal::ONE), vec![]),
        &["year 262143 is outside the years 1900 to 9999"],
    );
    // A tariff of a GI the catalogue does not declare.
    let long_gi = ProviderInfo::named("JBNergensLang", LONG).unwrap();
    message(
        Catalogue::new(
            LONG,
            2026,
            vec![long_gi],
            vec![ots().with_tariff(Provider::Wss, Decimal::ONE).unwrap()],
        ),
        &[LONG, "WSS is not declared", "48B10"],
    );
    message(
        Catalogue::new("Gelderland", 2026, rates(Decimal::ONE), vec![ots(), ots()]),
        &["48B10"],
    );
    message(
        ots().with_tariff(Provider::JbGld, Decimal::new(-125_929, 2)),
        &["a tariff must not be negative, got -1259.29"],
    );
    // An amount at the limit of `Decimal`: 28 digits in the reason.
    let huge = Decimal::from_i128_with_scale(-79_228_162_514_264_337_593_543_950_335, 3);
    message(
        ots().with_tariff(Provider::JbGld, huge),
        &[&huge.to_string()],
    );
    let per_traject = NormHours::new(Decimal::new(38, 0), NormPeriod::Traject).unwrap();
    message(
        ots().with_norm_hours(per_traject),
        &["norm hours per traject do not fit a tariff per month"],
    );
    let book = Catalogue::new("Holland Rijnland", 2026, rates(Decimal::ONE), vec![]).unwrap();
    message(
        book.without_tariffs(),
        &["publishes no tariffs, yet JbGld has an hourly rate"],
    );
    let hr = Catalogue::new(LONG, 2027, rates(Decimal::ONE), vec![]).unwrap();
    message(
        Editions::new([Catalogue::gelderland_2026().clone(), hr]),
        &[LONG],
    );
}

/// The messages the issue found clipped, read from files.
#[cfg(feature = "serde")]
#[test]
fn file_errors_are_printed_whole() {
    let json = serde_json::to_string(Catalogue::gelderland_2026()).unwrap();
    let load = |text: &str| {
        serde_json::from_str::<Catalogue>(text)
            .unwrap_err()
            .to_string()
    };
    let check = |text: String, part: &str| {
        assert!(!text.contains('…'), "clipped: {text}");
        assert!(text.contains(part), "{text:?} lacks {part:?}");
    };
    check(
        load(&json.replacen("\"region\"", "\"regio\"", 1)),
        "unknown field `regio`; expected one of: format_version, region, year, publishes_tariffs, \
         providers, products",
    );
    check(
        load(&json.replacen("\"1259.29\"", "\"1e2\"", 1)),
        "write the amount \"1e2\" as plain decimal digits, e.g. \"1259.29\"",
    );
    check(
        load(&json.replacen("\"WSS\"", &format!("{LONG:?}"), 1)),
        &format!("invalid provider {LONG:?}"),
    );
    // Format version 1: the whole hint.
    check(
        load(&json.replacen("\"providers\"", "\"hourly_rates\"", 1)),
        "replace `hourly_rates` by a `[[providers]]` table per GI with its `short_name`, \
         `full_name` and `hourly_rate` (see the docs of jbjr::catalogue::format)",
    );
    let long_code = "48B10".repeat(12);
    check(
        load(&json.replacen("\"48B10\"", &format!("{long_code:?}"), 1)),
        &long_code,
    );
}

#[test]
fn product_codes_are_told_what_is_wrong() {
    // Characters before length: "ééé" and "48B1é" are six bytes, a BOM before 48B10 eight.
    for bad in ["ééé", "48B1é", "\u{feff}48B10"] {
        message(
            bad.parse::<ProductCode>(),
            &["not ASCII letters or digits", &format!("{bad:?}")],
        );
    }
    message("48B100".parse::<ProductCode>(), &["at most 5"]);
    message("".parse::<ProductCode>(), &["the code is empty"]);
}

/// In a file: the product is named as having an empty code, not "product , field `code`".
#[cfg(feature = "serde")]
#[test]
fn an_empty_code_in_a_file_is_named_as_empty() {
    let json = serde_json::to_string(Catalogue::gelderland_2026()).unwrap();
    let err = serde_json::from_str::<Catalogue>(&json.replacen("\"48B10\"", "\"\"", 1))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("product with an empty code, field `code`")
            && err.contains("the code is empty"),
        "{err}"
    );
    assert!(!err.contains("product ,"), "{err}");
}

#[test]
fn eligibility_details_are_printed_whole() {
    // Age outside STP's range (RJJ art. 4: 12 to 17 at the start).
    message(
        check_age(Measure::Stp, d(2001, 5, 14), d(2026, 12, 31)),
        &["STP"],
    );
    // STP (RJJ art. 4 lid 1): two thirds not yet served, then less than three months left.
    let (born, from, to) = (d(2008, 1, 1), d(2026, 1, 1), d(2026, 12, 26));
    message(check_stp(born, from, to, d(2026, 8, 28)), &["2026-08-28"]);
    message(check_stp(born, from, to, d(2026, 9, 28)), &["2026-12-26"]);
    // Samenloop outside its OTS (product book, 47B15).
    let ots = Order::new(Measure::Ots, d(2026, 2, 1), d(2026, 12, 31)).unwrap();
    let samenloop = Order::new(Measure::Samenloop, d(2026, 1, 1), d(2026, 6, 30)).unwrap();
    message(check_samenloop(&samenloop, &ots), &["Samenloop"]);
    // LET GTO without a child with a measure.
    let children = [Child {
        birth_date: d(2015, 3, 1),
        has_measure: false,
    }];
    let book = Catalogue::gelderland_2026();
    message(
        quote_let_gto(book, &children, Provider::JbGld, d(2026, 1, 1)),
        &["none of the 1 children has a measure"],
    );
}

#[test]
fn duration_limits_are_printed_whole() {
    // OTS first term of more than 12 months (BW 1:258).
    message(
        Order::new(Measure::Ots, d(2026, 1, 31), d(2027, 1, 31)),
        &[
            "OTS: the first term is longer than the maximum",
            "at most 12 months: last day 2027-01-30",
        ],
    );
    // A civil measure past the 18th birthday (BW 1:233).
    let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    message(
        ots.with_birth_date(d(2008, 12, 30)),
        &["(BW 1:233)", "last day 2026-12-29 (born 2008-12-30)"],
    );
    // An extension longer than the rule allows (BW 1:260).
    let mut ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    message(
        ots.extend(d(2030, 12, 31)),
        &["at most 12 months from 2027-01-01: last day 2027-12-31"],
    );
    // VoVo continued on a request filed too late.
    let mut vovo = Order::new(Measure::VoVo, d(2026, 1, 15), d(2026, 4, 15)).unwrap();
    message(
        vovo.continue_vovo(d(2026, 4, 16), d(2026, 9, 30)),
        &["request filed on or before 2026-04-15"],
    );
}

// --- messages that help (issue 16) --------------------------------------------------------------

#[test]
fn an_unknown_gi_echoes_the_name_and_lists_the_declared_gis() {
    let book = Catalogue::gelderland_2026();
    let err = book.parse_provider("JbGelderland").unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown GI \"JbGelderland\"; the Gelderland catalogue 2026 declares JbGld, WSS, LdH, JvV"
    );
    let Error::UnknownProvider {
        input, declared, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(
        (input.as_str(), declared.as_str()),
        ("JbGelderland", "JbGld, WSS, LdH, JvV")
    );
    // Short and full names, any case, are read; a catalogue without GIs says so.
    assert_eq!(book.parse_provider(" wss ").unwrap(), Provider::Wss);
    assert_eq!(
        book.parse_provider("jeugdbescherming gelderland").unwrap(),
        Provider::JbGld
    );
    assert_eq!(
        Catalogue::holland_rijnland()
            .parse_provider("JbGld")
            .unwrap_err()
            .to_string(),
        "unknown GI \"JbGld\"; the Holland Rijnland catalogue 2022 declares no GI"
    );
    // A lookup with a GI the catalogue does not declare names it, without advising the caller
    // (a municipality, say) to edit the catalogue.
    let gld: Provider = "JBGELDERLAND".parse().unwrap();
    let text = book
        .tariff("48B10".parse().unwrap(), gld)
        .unwrap_err()
        .to_string();
    assert_eq!(
        text,
        "provider JBGELDERLAND is not declared in the Gelderland catalogue 2026 (product 48B10)"
    );
}

#[test]
fn an_unknown_code_suggests_the_nearest_one() {
    let book = Catalogue::gelderland_2026();
    let err = book
        .tariff("48B1O".parse().unwrap(), Provider::Wss)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "product 48B1O is not in the Gelderland catalogue 2026; did you mean 48B10?"
    );
    assert!(matches!(
        err,
        Error::UnknownProduct { suggestion: Some(s), .. } if s.as_str() == "48B10"
    ));
    // Swapped neighbours, a missing character.
    for (typed, meant) in [("84B10", "48B10"), ("48B0", "48B07"), ("48B1", "48B10")] {
        let text = book
            .product(typed.parse().unwrap())
            .unwrap_err()
            .to_string();
        assert!(text.ends_with(&format!("did you mean {meant}?")), "{text}");
    }
    // Nothing near: no suggestion.
    let err = book.product("ZZZ".parse().unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "product ZZZ is not in the Gelderland catalogue 2026"
    );
    // A catalogue of 10,000 products is asked for the codes one edit away.
    let products: Vec<Product> = (0..10_000)
        .map(|i| {
            Product::new(
                format!("{:05}", i * 7).parse().unwrap(),
                Measure::Ots,
                "OTS",
                Unit::Month,
            )
        })
        .collect();
    let big = Catalogue::new("Groot", 2026, vec![], products).unwrap();
    let text = big
        .product("0007O".parse().unwrap())
        .unwrap_err()
        .to_string();
    assert!(text.ends_with("did you mean 00070?"), "{text}");
}

#[test]
fn an_unreadable_date_says_what_was_expected() {
    use jbjr::declaration::{LineText, Submitted};
    let text = LineText {
        code: "48B10",
        provider: "WSS",
        start: "1-4-2026",
        end: "2026-04-31",
        volume: "1",
        unit: "month",
        product_tariff_cents: "128726",
        amount_cents: "128726",
        credit: false,
    };
    let Submitted::Unreadable { problems, .. } = Submitted::read(1u32, &text) else {
        panic!("read")
    };
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].starts_with(
            "first day \"1-4-2026\" cannot be read: not a date: expected YYYY-MM-DD, like 2026-04-01"
        ),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with(
            "last day \"2026-04-31\" cannot be read: not a date: expected YYYY-MM-DD, like 2026-04-01"
        ),
        "{messages:?}"
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_file_error_names_the_provider_and_the_place_not_the_file() {
    let book = Catalogue::gelderland_2026();
    let json = serde_json::to_string_pretty(book).unwrap();
    let toml_text = toml::to_string(book).unwrap();
    // A provider's field: named by its short name in both formats (TOML's keys come sorted,
    // the short name last).
    let bad_json = json.replacen(
        "\"hourly_rate\": \"149.17\"",
        "\"hourly_rate\": \"149.175\"",
        1,
    );
    let err = Catalogue::from_json_str(&bad_json).unwrap_err();
    assert!(
        matches!(err, Error::InvalidFile { format: "JSON", .. }),
        "{err:?}"
    );
    let Error::InvalidFile { line, column, .. } = err else {
        unreachable!()
    };
    assert_eq!(
        err.to_string(),
        format!(
            "invalid JSON catalogue at line {line}, column {column}: field `providers`: provider \
             WSS: hourly_rate: at most two decimals (whole cents), got 149.175"
        )
    );
    let bad_toml = toml_text.replacen("hourly_rate = \"149.17\"", "hourly_rate = \"149.175\"", 1);
    let text = Catalogue::from_toml_str(&bad_toml).unwrap_err().to_string();
    assert!(
        text.starts_with("invalid TOML catalogue at line "),
        "{text}"
    );
    assert!(
        text.contains("field `providers`: provider WSS: hourly_rate:"),
        "{text}"
    );
    // A product's field: named by its code; the line is that of the value.
    let bad = toml_text.replacen("\"1259.29\"", "\"-1259.29\"", 1);
    let err = Catalogue::from_toml_str(&bad).unwrap_err();
    let line_of_value = bad
        .lines()
        .position(|l| l.contains("\"-1259.29\""))
        .unwrap()
        + 1;
    assert!(
        matches!(err, Error::InvalidFile { format: "TOML", line, .. } if line == line_of_value),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("product 48B10, field `tariffs`: JbGld: a tariff must not be negative"),
        "{err}"
    );
    // An undeclared GI in a product's tariffs: the declared ones are listed.
    let bad = json.replacen("\"WSS\": \"1287.26\"", "\"WSX\": \"1287.26\"", 1);
    let text = Catalogue::from_json_str(&bad).unwrap_err().to_string();
    assert!(
        text.ends_with(
            "product 48B10, field `tariffs`: unknown provider \"WSX\": `providers` declares JbGld, WSS, LdH, JvV"
        ),
        "{text}"
    );
    // Malformed text: line and column, never the file's text.
    let err =
        Catalogue::from_toml_str("format_version = 2\nregion = \"X\nyear = 2026\n").unwrap_err();
    assert!(matches!(err, Error::InvalidFile { line: 2, .. }), "{err:?}");
    assert!(!err.to_string().contains("region = "), "{err}");
    assert!(!err.to_string().contains('\n'), "{err}");
}
