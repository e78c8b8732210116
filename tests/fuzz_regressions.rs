//! Inputs that the cargo-fuzz targets in `fuzz/` found to break a documented property, one
//! test each (each failed before its fix). See `fuzz/README.md` for the runs.

use jbjr::money::AMOUNT;
use jbjr::{Contract, Decimal, Error, Measure, Product, Provider, ProviderInfo, Unit};

/// The largest `Decimal` with two decimals: 792281625142643375935439503.35.
fn largest_in_cents() -> Decimal {
    Decimal::from_i128_with_scale(Decimal::MAX.mantissa(), 2)
}

/// `catalogue_json`, seed `near_max.json`: a tariff of `Decimal::MAX` was stored with scale 0,
/// exported as "79228162514264337593543950335" (no decimals), and that export did not load.
/// An amount beyond the crate's range for amounts (`money::AMOUNT`, € 999,999,999.99) is now
/// refused where it enters, in code and in files, naming the limit.
#[test]
fn an_amount_too_large_for_cents_is_refused_in_code() {
    let ots = || Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month);
    for amount in [
        Decimal::MAX,
        largest_in_cents(),
        AMOUNT.max + Decimal::new(1, 2),
    ] {
        let err = ots().with_tariff(Provider::JbGld, amount).unwrap_err();
        assert!(
            matches!(&err, Error::OutOfRange { limit, .. } if **limit == AMOUNT),
            "{err:?}"
        );
        assert!(err.to_string().contains("999999999.99"), "{err}");

        let gi = ProviderInfo::new(Provider::Wss, "William Schrikker Stichting").unwrap();
        let err = gi.with_hourly_rate(amount).unwrap_err();
        assert!(
            matches!(&err, Error::OutOfRange { limit, .. } if **limit == AMOUNT),
            "{err:?}"
        );

        let gi = ProviderInfo::new(Provider::Wss, "William Schrikker Stichting").unwrap();
        let contract = Contract::new("Holland Rijnland", 2026, gi);
        assert!(
            contract
                .with_tariff("48A04".parse().unwrap(), amount)
                .is_err()
        );
    }
    // The largest amount is kept, with its two decimals.
    let p = ots().with_tariff(Provider::JbGld, AMOUNT.max).unwrap();
    let kept = p.tariff_amount(Provider::JbGld).unwrap();
    assert_eq!(kept.to_string(), "999999999.99");
    assert_eq!(kept.scale(), 2);
}

#[cfg(feature = "serde")]
const FILE: &str = r#"format_version = 2
region = "Voorbeeld"
year = 2027

[[providers]]
short_name = "JBWest"
full_name = "Jeugdbescherming west"

[[products]]
code = "48B10"
measure = "ots"
name = "OTS"
unit = "month"
tariffs = { JBWest = "AMOUNT" }
"#;

#[cfg(feature = "serde")]
#[test]
fn an_amount_too_large_for_cents_is_refused_in_files() {
    use jbjr::Catalogue;
    // Written with two decimals, but a Decimal cannot hold it with two: it was read as
    // 79228162514264337593543950335 and written back without decimals.
    let text = FILE.replace("AMOUNT", "79228162514264337593543950335.00");
    let err = toml::from_str::<Catalogue>(&text).unwrap_err().to_string();
    assert!(
        err.contains("product 48B10") && err.contains("out of range"),
        "{err}"
    );
    let book: Catalogue = toml::from_str(&FILE.replace("AMOUNT", "1300.00")).unwrap();
    let json = serde_json::to_string(&book)
        .unwrap()
        .replace("\"1300.00\"", "\"79228162514264337593543950335.00\"");
    let err = serde_json::from_str::<Catalogue>(&json)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("product 48B10") && err.contains("out of range"),
        "{err}"
    );

    // The largest amount loads, exports and loads again with the same bytes, and a 12-month
    // quote of it is exact.
    let text = FILE.replace("AMOUNT", "999999999.99");
    let book: Catalogue = toml::from_str(&text).unwrap();
    let out = toml::to_string(&book).unwrap();
    let again: Catalogue = toml::from_str(&out).unwrap();
    assert_eq!(again, book);
    assert_eq!(toml::to_string(&again).unwrap(), out);
    let json = serde_json::to_string(&book).unwrap();
    assert_eq!(serde_json::from_str::<Catalogue>(&json).unwrap(), book);
    let d = |m, d| chrono::NaiveDate::from_ymd_opt(2027, m, d).unwrap();
    let west: Provider = "JBWest".parse().unwrap();
    let q = book
        .quote("48B10".parse().unwrap(), west, d(1, 1), d(12, 31))
        .unwrap();
    assert_eq!(q.total().to_string(), "11999999999.88");
}
