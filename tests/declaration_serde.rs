//! Cases and declaration lines through serde (feature `serde`): amounts as decimal strings,
//! codes and GIs as their strings, dates as ISO dates.
#![cfg(feature = "serde")]

use chrono::NaiveDate;
use jbjr::billing::{Case, Volume};
use jbjr::declaration::DeclarationLine;
use jbjr::{Decimal, Provider, Unit};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

#[test]
fn a_declaration_line_round_trips_with_its_tariff_as_a_string() {
    let line = DeclarationLine {
        client: "999990019".to_string(),
        code: "48B10".parse().unwrap(),
        provider: Provider::JbGld,
        start: d(4, 1),
        end: d(4, 30),
        volume: 1,
        unit: Unit::Month,
        product_tariff: Decimal::new(125_929, 2),
        amount_cents: 125_929,
        credit: false,
    };
    let json = serde_json::to_string(&line).unwrap();
    assert!(json.contains(r#""product_tariff":"1259.29""#), "{json}");
    assert!(
        json.contains(r#""code":"48B10""#) && json.contains(r#""start":"2026-04-01""#),
        "{json}"
    );
    let back: DeclarationLine = serde_json::from_str(&json).unwrap();
    assert_eq!(back, line);
}

#[test]
fn a_case_round_trips() {
    let case: Case<u64> = Case::new(42, "49B99".parse().unwrap(), Provider::Wss, d(1, 1))
        .with_municipality("0202".parse().unwrap())
        .with_volume(Volume {
            amount: 8,
            unit: Unit::Hour,
        })
        .with_care(d(1, 5), Some(d(6, 30)));
    let json = serde_json::to_string(&case).unwrap();
    assert!(json.contains(r#""municipality":"0202""#), "{json}");
    let back: Case<u64> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, case);
    assert!(serde_json::from_str::<Case<u64>>(&json.replace("0202", "20X2")).is_err());
}
