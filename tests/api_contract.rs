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

/// The contract's section "Declarations (module `declaration`)": `run` and `check` with their
/// argument order, the case builders, `DeclarationLine` built from its ten public fields,
/// `Reason::rule` / `retour_code` as `&'static str`, and `Display` for a line, a verdict, the
/// totals and a run failure.
#[test]
fn declaration_contract() {
    use jbjr::billing::{Case, Volume};
    use jbjr::declaration::{Checked, DeclarationLine, Delivery, Run, RunFailure, check, run};
    let books = jbjr::Editions::gelderland();
    let ots = Case::new(
        "bsn".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(2026, 3, 1),
    )
    .with_care(d(2026, 3, 1), None)
    .with_end(d(2026, 12, 31))
    .stopped(d(2026, 5, 31));
    let acd = Case::new(
        "bsn".to_string(),
        "49B99".parse().unwrap(),
        Provider::JbGld,
        d(2026, 3, 1),
    )
    .with_care(d(2026, 3, 1), None)
    .with_volume(Volume {
        amount: 10,
        unit: Unit::Hour,
    });
    let deliveries = [Delivery {
        client: "bsn".to_string(),
        code: "49B99".parse().unwrap(),
        provider: Provider::JbGld,
        month: d(2026, 4, 9),
        minutes: 120,
    }];
    let cases = [ots, acd];
    let r: Run<String> = run(
        &books,
        &cases,
        &deliveries,
        &[],
        d(2026, 3, 1),
        d(2026, 5, 1),
    );
    assert!(r.failures.is_empty(), "{:?}", r.failures);
    // OTS March, April, May (1259.29 each) and 2 hours ACD JR in April (2 × 146.25).
    assert_eq!(r.lines.len(), 4);
    assert_eq!(
        r.lines.iter().map(|l| l.amount_cents).sum::<i64>(),
        3 * 125_929 + 29_250
    );

    // A line built from its ten fields: April again, a second time, is double billing.
    let again = DeclarationLine {
        client: "bsn".to_string(),
        code: "48B10".parse().unwrap(),
        provider: Provider::JbGld,
        start: d(2026, 4, 1),
        end: d(2026, 4, 30),
        volume: 1,
        unit: Unit::Month,
        product_tariff: Decimal::new(125_929, 2),
        amount_cents: 125_929,
        credit: false,
    };
    assert!(!again.to_string().is_empty());
    let checked: Checked<String> = check(&books, &cases, &r.lines, [again.into()], d(2026, 6, 5));
    let verdict = &checked.verdicts[0];
    assert!(!verdict.is_approved());
    let reason = &verdict.reasons[0];
    let (rule, code): (&'static str, &'static str) = (reason.rule(), reason.retour_code());
    assert!(rule.contains("TR389"), "{rule}");
    assert_eq!(code, "9389");
    assert!(verdict.to_string().contains("9389"), "{verdict}");
    assert!(
        checked.totals.to_string().starts_with("1 line"),
        "{}",
        checked.totals
    );

    let failure = RunFailure::Delivery { index: 0 };
    assert_eq!(
        failure.to_string(),
        "delivery 0: not declared: it lies in no case's period"
    );
}

/// With `serde`, the answers serialize and read back: `Checked`, `Verdict`, `Reason` (with its
/// rule and retour code), `Totals`, `Run` and `RunFailure`.
#[cfg(feature = "serde")]
#[test]
fn declaration_contract_serde() {
    use jbjr::billing::Case;
    use jbjr::declaration::{Checked, Run, RunFailure, check, run};
    let books = jbjr::Editions::gelderland();
    let cases = [Case::new(
        "bsn".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(2026, 3, 1),
    )
    .with_care(d(2026, 3, 1), None)];
    let r: Run<String> = run(&books, &cases, &[], &[], d(2026, 3, 1), d(2026, 4, 1));
    let text = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<Run<String>>(&text).unwrap(), r);
    let twice = [r.lines[0].clone().into(), r.lines[0].clone().into()];
    let checked: Checked<String> = check(&books, &cases, &[], twice, d(2026, 5, 5));
    let text = serde_json::to_string(&checked).unwrap();
    assert!(text.contains("\"retour_code\":\"9389\""), "{text}");
    assert_eq!(
        serde_json::from_str::<Checked<String>>(&text).unwrap(),
        checked
    );
    let totals = serde_json::to_string(&checked.totals).unwrap();
    assert_eq!(
        serde_json::from_str::<jbjr::declaration::Totals>(&totals).unwrap(),
        checked.totals
    );
    let verdict = serde_json::to_string(&checked.verdicts[1]).unwrap();
    let back: jbjr::declaration::Verdict<String> = serde_json::from_str(&verdict).unwrap();
    assert_eq!(back, checked.verdicts[1]);
    let failure = RunFailure::Delivery { index: 3 };
    let text = serde_json::to_string(&failure).unwrap();
    assert_eq!(serde_json::from_str::<RunFailure>(&text).unwrap(), failure);
}
