//! Every text an `Error` carries is held inline (`jbjr::Text`) and clipped when too long. These
//! tests make each message of the crate with realistic values (dates, ages, amounts, names as
//! the sources print them) and check that none is clipped, so the capacity and the wording stay
//! in step: a longer message would fail here, not be cut short in a user's log.

use chrono::NaiveDate;
use jbjr::family::{Child, quote_let_gto};
use jbjr::{
    Catalogue, Decimal, Editions, Error, Measure, NormHours, NormPeriod, Order, Product, Provider,
    ProviderInfo, Unit, check_age, check_samenloop, check_stp,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The texts of an error, each with whether it was clipped.
fn texts(e: &Error) -> Vec<(String, bool)> {
    match e {
        Error::InvalidProductCode { input, .. }
        | Error::UnknownName { input, .. }
        | Error::InvalidProvider { input, .. } => {
            vec![(input.to_string(), input.is_clipped())]
        }
        Error::UnknownProduct { region, .. }
        | Error::NoNormHours { region, .. }
        | Error::TariffsNotPublished { region, .. }
        | Error::UndeclaredProvider { region, .. } => {
            vec![(region.to_string(), region.is_clipped())]
        }
        Error::DurationRule { limit, .. } => vec![(limit.to_string(), limit.is_clipped())],
        Error::NotEligible { detail, .. } => vec![(detail.to_string(), detail.is_clipped())],
        Error::InvalidCatalogue {
            product, reason, ..
        } => vec![
            (product.to_string(), product.is_clipped()),
            (reason.to_string(), reason.is_clipped()),
        ],
        _ => vec![],
    }
}

/// Asserts that `result` failed with a text-bearing error whose texts are all whole.
#[track_caller]
fn assert_whole<T: std::fmt::Debug>(result: Result<T, Error>) {
    let err = result.unwrap_err();
    let texts = texts(&err);
    assert!(!texts.is_empty(), "no text to check in {err:?}");
    for (text, clipped) in texts {
        assert!(!clipped, "clipped: {text:?} in {err}");
    }
}

#[test]
fn eligibility_details_are_whole() {
    // Age outside STP's range (RJJ art. 4: 12 to 17 at the start).
    assert_whole(check_age(Measure::Stp, d(2001, 5, 14), d(2026, 12, 31)));
    // STP (RJJ art. 4 lid 1): two thirds not yet served, then less than three months left.
    let (born, from, to) = (d(2008, 1, 1), d(2026, 1, 1), d(2026, 12, 26));
    assert_whole(check_stp(born, from, to, d(2026, 8, 28)));
    assert_whole(check_stp(born, from, to, d(2026, 9, 28)));
    // Samenloop outside its OTS (product book, 47B15).
    let ots = Order::new(Measure::Ots, d(2026, 2, 1), d(2026, 12, 31)).unwrap();
    let samenloop = Order::new(Measure::Samenloop, d(2026, 1, 1), d(2026, 6, 30)).unwrap();
    assert_whole(check_samenloop(&samenloop, &ots));
    // LET GTO without a child with a measure.
    let children = [Child {
        birth_date: d(2015, 3, 1),
        has_measure: false,
    }];
    let book = Catalogue::gelderland_2026();
    assert_whole(quote_let_gto(
        book,
        &children,
        Provider::JbGld,
        d(2026, 1, 1),
    ));
}

#[test]
fn duration_limits_are_whole() {
    // OTS first term of more than 12 months (BW 1:258).
    assert_whole(Order::new(Measure::Ots, d(2026, 1, 31), d(2027, 1, 31)));
    // A civil measure past the 18th birthday (BW 1:233).
    let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    assert_whole(ots.with_birth_date(d(2008, 12, 30)));
    // An extension longer than the rule allows.
    let mut ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    assert_whole(ots.extend(d(2028, 12, 31)));
    // VoVo continued on a request filed too late.
    let mut vovo = Order::new(Measure::VoVo, d(2026, 1, 15), d(2026, 4, 15)).unwrap();
    assert_whole(vovo.continue_vovo(d(2026, 4, 16), d(2026, 9, 30)));
}

#[test]
fn catalogue_reasons_are_whole() {
    let jbgld = || ProviderInfo::new(Provider::JbGld, "Jeugdbescherming Gelderland").unwrap();
    let rates = |r| vec![jbgld().with_hourly_rate(r).unwrap()];
    let ots = || Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month);
    // An hourly rate with three decimals.
    assert_whole(jbgld().with_hourly_rate(Decimal::new(146_255, 3)));
    // A tariff of a GI the catalogue does not declare.
    assert_whole(Catalogue::new(
        "Gelderland",
        2026,
        vec![],
        vec![ots().with_tariff(Provider::Wss, Decimal::ONE).unwrap()],
    ));
    // A year out of range.
    assert_whole(Catalogue::new(
        "Gelderland",
        262_143,
        rates(Decimal::ONE),
        vec![],
    ));
    // A duplicate code.
    assert_whole(Catalogue::new(
        "Gelderland",
        2026,
        rates(Decimal::ONE),
        vec![ots(), ots()],
    ));
    // A negative tariff and one with three decimals.
    assert_whole(ots().with_tariff(Provider::JbGld, Decimal::new(-125_929, 2)));
    assert_whole(ots().with_tariff(Provider::JbGld, Decimal::new(1_259_295, 3)));
    // Norm hours per traject on a monthly product.
    let per_traject = NormHours::new(Decimal::new(38, 0), NormPeriod::Traject).unwrap();
    assert_whole(ots().with_norm_hours(per_traject));
    // Hourly rates in a catalogue that publishes no tariffs.
    let book = Catalogue::new("Holland Rijnland", 2026, rates(Decimal::ONE), vec![]).unwrap();
    assert_whole(book.without_tariffs());
    // Editions of two regions.
    let hr = Catalogue::new("Holland Rijnland", 2027, rates(Decimal::ONE), vec![]).unwrap();
    assert_whole(Editions::new([Catalogue::gelderland_2026().clone(), hr]));
}

#[test]
fn echoed_names_are_whole_up_to_24_bytes_and_clipped_beyond() {
    assert_whole("48B100".parse::<jbjr::ProductCode>());
    assert_whole("Jeugdbescherming West".parse::<Provider>());
    assert_whole(Catalogue::holland_rijnland().tariff("48A04".parse().unwrap(), Provider::Wss));
    // Input longer than 24 bytes is clipped on purpose, and says so.
    let err = "Jeugdbescherming Gelderland!"
        .parse::<Provider>()
        .unwrap_err();
    let Error::InvalidProvider { input, .. } = err else {
        panic!("{err:?}")
    };
    assert!(input.is_clipped());
    assert_eq!(input, "Jeugdbescherming Geld…");
}
