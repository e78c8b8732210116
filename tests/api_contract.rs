//! Every name of the crate's public API contract (the names downstream code relies on), used
//! with the contract's argument order and types, so that a rename or a changed signature fails
//! to compile. Each call also checks the behaviour the contract states.

use std::str::FromStr;

use chrono::NaiveDate;
use jbjr::{
    Catalogue, Decimal, Error, Measure, Order, Product, ProductCode, Provider, Quote, Tariff, Unit,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn product_code_contract() {
    let code: ProductCode = "48b10".parse().unwrap();
    assert_eq!(code.as_str(), "48B10");
    let copy: ProductCode = code; // Copy
    assert_eq!(copy, code);
    assert!(copy <= code); // Ord
    let _: std::collections::HashSet<ProductCode> = [code].into(); // Hash
    assert_eq!(format!("{code} {code:?}"), "48B10 ProductCode(\"48B10\")");
    for ok in ["48B10", "45070", "4711"] {
        assert!(ok.parse::<ProductCode>().is_ok());
    }
    for bad in ["", "48B100", "48-10", " 48B10"] {
        let err: Error = ProductCode::from_str(bad).unwrap_err();
        assert!(matches!(err, Error::InvalidProductCode { .. }), "{bad:?}");
    }
}

#[test]
fn provider_contract() {
    let all = [Provider::JbGld, Provider::Wss, Provider::LdH, Provider::JvV];
    let names: Vec<String> = all.iter().map(ToString::to_string).collect();
    assert_eq!(names, ["JbGld", "WSS", "LdH", "JvV"]);
    for (p, n) in all.iter().zip(&names) {
        assert_eq!(n.to_lowercase().parse::<Provider>().unwrap(), *p);
    }
}

#[test]
fn measure_and_unit_variants_of_the_contract_exist() {
    let _ = [
        Measure::Ots,
        Measure::Vots,
        Measure::Voogdij,
        Measure::VoVo,
        Measure::LetOts,
        Measure::LetVoogdij,
        Measure::LetGto,
        Measure::Jeugdreclassering,
        Measure::GbmAdvies,
        Measure::GbmBegeleiding,
        Measure::ItbCriem,
        Measure::ItbHardeKern,
        Measure::Samenloop,
        Measure::Stp,
        Measure::KansRijk,
        Measure::Forza,
    ];
    let units = [Unit::Month, Unit::Hour, Unit::Traject, Unit::Piece];
    assert_eq!(units.len(), 4);
}

#[test]
fn catalogue_contract() {
    let book: &'static Catalogue = Catalogue::gelderland_2026();
    assert_eq!(book.year(), 2026);
    let products: Vec<&Product> = book.products().collect();
    assert_eq!(products.len(), 23);
    let ots: ProductCode = "48B10".parse().unwrap();
    let product: &Product = book.product(ots).unwrap();
    assert_eq!(
        (product.code(), product.measure(), product.unit()),
        (ots, Measure::Ots, Unit::Month)
    );
    let tariff: Tariff = book.tariff(ots, Provider::JbGld).unwrap();
    let copy = tariff; // Copy
    assert_eq!(
        (copy.amount(), copy.unit()),
        (Decimal::new(125_929, 2), Unit::Month)
    );
    assert!(matches!(
        book.product("48A04".parse().unwrap()),
        Err(Error::UnknownProduct { .. })
    ));
    assert!(matches!(
        book.tariff(ots, Provider::JvV),
        Err(Error::NotOffered { .. })
    ));

    // The billing rule of the contract: 2026-03-15..=2026-05-10 bills April and May.
    let quote: Quote = book
        .quote(ots, Provider::JbGld, d(2026, 3, 15), d(2026, 5, 10))
        .unwrap();
    assert_eq!(
        (quote.billed_months(), quote.total()),
        (2, Decimal::new(251_858, 2))
    );
    // Inside one month: billed once.
    assert_eq!(
        book.quote(ots, Provider::JbGld, d(2026, 3, 15), d(2026, 3, 20))
            .unwrap()
            .billed_months(),
        1
    );
    // Starts on the 1st: the start month is billed.
    assert_eq!(
        book.quote(ots, Provider::JbGld, d(2026, 3, 1), d(2026, 5, 10))
            .unwrap()
            .billed_months(),
        3
    );
    // Per traject: 0 billed months.
    let gbm: ProductCode = "47B11".parse().unwrap();
    let advice = book
        .quote(gbm, Provider::JbGld, d(2026, 3, 1), d(2026, 4, 11))
        .unwrap();
    assert_eq!(
        (advice.billed_months(), advice.total()),
        (0, Decimal::new(315_900, 2))
    );
    // A month outside the catalogue's year, and a reversed period.
    assert!(matches!(
        book.quote(ots, Provider::JbGld, d(2026, 12, 15), d(2027, 1, 10)),
        Err(Error::NoTariff { .. })
    ));
    assert!(matches!(
        book.quote(ots, Provider::JbGld, d(2026, 5, 1), d(2026, 4, 1)),
        Err(Error::InvalidPeriod { .. })
    ));
}

#[test]
fn cost_contract() {
    let rate = Decimal::new(14_625, 2);
    assert_eq!(
        jbjr::cost::annual_cost(Decimal::from(102), rate),
        Ok(Decimal::new(1_491_750, 2))
    );
    assert_eq!(
        jbjr::cost::monthly_tariff(Decimal::from(102), rate, Decimal::new(13, 3)),
        Ok(Decimal::new(125_929, 2))
    );
    assert!(matches!(
        jbjr::cost::monthly_tariff(Decimal::from(102), -rate, Decimal::ZERO),
        Err(Error::NegativeInput { .. })
    ));
    // Inputs whose product would overflow lie outside the ranges of `jbjr::money` and are
    // refused before any arithmetic, naming the limit.
    assert!(matches!(
        jbjr::cost::annual_cost(Decimal::MAX, Decimal::MAX),
        Err(Error::OutOfRange { .. })
    ));
}

#[test]
fn order_contract() {
    // 2026-03-15 + 12 months → last day 2027-03-14.
    let mut order = Order::new(Measure::Ots, d(2026, 3, 15), d(2027, 3, 14)).unwrap();
    assert!(Order::new(Measure::Ots, d(2026, 3, 15), d(2027, 3, 15)).is_err());
    order.extend(d(2028, 3, 14)).unwrap();
    assert_eq!(
        (order.start(), order.end(), order.extensions()),
        (d(2026, 3, 15), d(2028, 3, 14), 1)
    );
    let before = order;
    assert!(order.extend(d(2029, 6, 1)).is_err());
    assert_eq!(
        order, before,
        "a failed extension leaves the order unchanged"
    );
}
