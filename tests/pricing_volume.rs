//! Hourly products priced by volume with the iJw rules IV079 (hours), IV081 (minutes) and
//! TR346 (amount = volume × tariff), and the iJw view (WJ756 unit, JZ020 category, cents).

use jbjr::billing::iv079_hours;
use jbjr::{Catalogue, Decimal, Error, ProductCategory, ProductCode, Provider, Unit};
use std::str::FromStr;

fn c(s: &str) -> ProductCode {
    s.parse().unwrap()
}
fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// IV079: "< 30 minuten = omlaag >= 30 minuten = omhoog, met een minimaal volume van 1 uur";
/// example: 4 weeks × 95 minutes = 380 minutes = 6 h 20 min → 6 hours.
#[test]
fn iv079_rounds_the_period_total_arithmetically_with_a_minimum_of_one_hour() {
    assert_eq!(iv079_hours(4 * 95).unwrap(), 6);
    // Rounding on the total, not per week: 4 × round(95 min) would be 4 × 2 = 8.
    assert_ne!(iv079_hours(4 * 95).unwrap(), 4 * iv079_hours(95).unwrap());
    assert_eq!(iv079_hours(29).unwrap(), 1); // minimum 1 hour
    assert_eq!(iv079_hours(89).unwrap(), 1);
    assert_eq!(iv079_hours(90).unwrap(), 2);
    assert_eq!(iv079_hours(60).unwrap(), 1);
    assert_eq!(iv079_hours(u32::MAX).unwrap(), u32::MAX / 60); // 15 minutes over: down; no overflow
    assert_eq!(iv079_hours(0), Err(Error::EmptyVolume { what: "minutes" }));
}

#[test]
fn price_hours_is_hours_times_rate_tr346() {
    let p = Catalogue::gelderland_2026()
        .price_hours(c("49B98"), Provider::JbGld, 380)
        .unwrap();
    assert_eq!((p.unit(), p.volume()), (Unit::Hour, 6));
    assert_eq!(p.amount(), dec("877.50"));
    let line = p.ijw().unwrap();
    assert_eq!(line.unit_code(), Some("04"));
    assert_eq!(line.category(), Some(ProductCategory::PreventiefJustitieel));
    assert_eq!(
        line.amount_cents(),
        i64::from(line.volume()) * line.product_tariff_cents()
    );
    assert!(line.tr346_holds());
}

/// IV081: ProductTarief per minute = hourly rate ÷ 60 rounded (1,455 → 1,46), shown but not
/// used; IngediendBedrag = (hourly rate × minutes) ÷ 60, rounded to 2 decimals (TR346).
#[test]
fn price_minutes_follows_iv081() {
    let book = Catalogue::gelderland_2026();
    // JbGld 146.25/h: per minute 2.4375 → 2.44. 95 minutes: 231.5625 → 231.56 (not 95 × 2.44 = 231.80).
    let p = book.price_minutes(c("49B01"), Provider::JbGld, 95).unwrap();
    assert_eq!(p.product_tariff(), dec("2.44"));
    assert_eq!(p.contract_tariff(), dec("146.25"));
    assert_eq!(p.amount(), dec("231.56"));
    let line = p.ijw().unwrap();
    assert_eq!(
        (
            line.unit_code(),
            line.volume(),
            line.product_tariff_cents(),
            line.amount_cents()
        ),
        (Some("01"), 95, 244, 23156)
    );
    assert!(line.tr346_holds());
    // WSS 149.17/h: per minute 2.48616… → 2.49; 1 minute → 2.49.
    let p = book.price_minutes(c("49B99"), Provider::Wss, 1).unwrap();
    assert_eq!((p.product_tariff(), p.amount()), (dec("2.49"), dec("2.49")));
    // 30 minutes of 146.25/h = 73.125 → 73.13 (half away from zero).
    assert_eq!(
        book.price_minutes(c("49B01"), Provider::JvV, 30)
            .unwrap()
            .amount(),
        dec("73.13")
    );
    assert!(matches!(
        book.price_minutes(c("49B01"), Provider::JvV, 0),
        Err(Error::EmptyVolume { .. })
    ));
}

#[test]
fn volume_pricing_refuses_non_hourly_products() {
    let book = Catalogue::gelderland_2026();
    assert!(matches!(
        book.price_hours(c("48B10"), Provider::JbGld, 60),
        Err(Error::UnitMismatch {
            expected: Unit::Hour,
            actual: Unit::Month,
            ..
        })
    ));
    assert!(matches!(
        book.price_minutes(c("47B11"), Provider::JbGld, 60),
        Err(Error::UnitMismatch { .. })
    ));
}

#[test]
fn price_volume_is_volume_times_tariff_and_amounts_in_cents_match_euros() {
    let book = Catalogue::gelderland_2026();
    let p = book.price_volume(c("49B07"), Provider::LdH, 3).unwrap();
    assert_eq!(p.amount(), dec("5370.12"));
    let line = p.ijw().unwrap();
    assert_eq!(
        Decimal::from(line.amount_cents()),
        p.amount() * Decimal::ONE_HUNDRED
    );
    assert_eq!(line.unit_code(), Some("82"));
    assert!(line.tr346_holds());
    assert!(matches!(
        book.price_volume(c("49B07"), Provider::LdH, 0),
        Err(Error::EmptyVolume { .. })
    ));
}
