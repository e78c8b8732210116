//! Every type that can be deserialized is validated as its constructor validates it (issue
//! 13: "The `Deserialize` of `Tariff`, `NormHours` and `Productivity` skip validation (a
//! tariff of -5.125 in year 999999 loads)").
#![cfg(feature = "serde")]

use jbjr::cost::productivity::Productivity;
use jbjr::{Catalogue, Decimal, NormHours, NormPeriod, Provider, Tariff};

fn tariff_json(amount: &str, year: i64) -> String {
    format!(
        r#"{{"amount":"{amount}","provider":"JbGld","code":"48B10","year":{year},"unit":"month"}}"#
    )
}

#[test]
fn a_valid_tariff_round_trips() {
    let t = Catalogue::gelderland_2026()
        .tariff("48B10".parse().unwrap(), Provider::JbGld)
        .unwrap();
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(json, tariff_json("1259.29", 2026));
    assert_eq!(serde_json::from_str::<Tariff>(&json).unwrap(), t);
    let toml = toml::to_string(&t).unwrap();
    assert_eq!(toml::from_str::<Tariff>(&toml).unwrap(), t);
}

#[test]
fn invalid_tariffs_do_not_load() {
    for (amount, year, needle) in [
        ("-5.125", 999_999, "negative"),
        ("-5", 2026, "negative"),
        ("5.125", 2026, "two decimals"),
        ("1000000000.00", 2026, "out of range"),
        ("1259.29", 999_999, "year 999999"),
        ("1259.29", -999_999, "year -999999"),
        ("1259.29", 1899, "year 1899"),
    ] {
        let err = serde_json::from_str::<Tariff>(&tariff_json(amount, year))
            .expect_err(amount)
            .to_string();
        assert!(err.contains(needle), "{amount} in {year}: {err}");
    }
    // Unknown fields are refused, as in catalogue files.
    let extra = tariff_json("1259.29", 2026).replace("}", r#","regio":"x"}"#);
    assert!(serde_json::from_str::<Tariff>(&extra).is_err());
}

#[test]
fn norm_hours_load_only_inside_their_range() {
    let ok: NormHours = serde_json::from_str(r#"{"hours":"102","per":"year"}"#).unwrap();
    assert_eq!(
        ok,
        NormHours::new(Decimal::from(102), NormPeriod::Year).unwrap()
    );
    for (hours, needle) in [
        ("-1", "negative"),
        ("2.0099999999999999999999999999", "out of range"),
        ("100000", "out of range"),
    ] {
        let json = format!(r#"{{"hours":"{hours}","per":"year"}}"#);
        let err = serde_json::from_str::<NormHours>(&json)
            .expect_err(hours)
            .to_string();
        assert!(
            err.contains("norm hours") && err.contains(needle),
            "{hours}: {err}"
        );
    }
}

#[test]
fn productivity_loads_only_when_valid() {
    let p = Productivity::national_2026();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Productivity>(&json).unwrap(), p);
    for (field, value, needle) in [
        ("leave", "-200", "leave must not be negative"),
        ("sickness_rate", "1.5", "sickness rate 1.5 is out of range"),
        ("training", "54.00001", "training 54.00001 is out of range"),
        (
            "contract_hours",
            "100000",
            "contract hours 100000 is out of range",
        ),
    ] {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v[field] = serde_json::Value::String(value.into());
        let err = serde_json::from_value::<Productivity>(v)
            .expect_err(field)
            .to_string();
        assert!(err.contains(needle), "{field} = {value}: {err}");
    }
}
