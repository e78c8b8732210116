//! Providers are data (issue 11): any GI can be named, a catalogue declares its GIs with full
//! name, AGB code and hourly rate, tariffs are per declared provider, and a catalogue that
//! publishes no tariffs (Holland Rijnland) is completed with a GI's contract.

use chrono::NaiveDate;
use jbjr::billing::{CaseloadEntry, caseload_budget};
use jbjr::{Catalogue, Contract, Decimal, Error, Measure, Product, Provider, ProviderInfo, Unit};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn eur(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// The declarations of the embedded book: Productenboek JB/JR 2026 Gelderland, Tabel 1 (the
/// four GI columns) and the hourly rates (Kostprijs footnote ***: € 146,25 for JbGld and JvV;
/// Tabel 1, hourly products: € 149,17 for WSS and LdH).
#[test]
fn gelderland_2026_declares_its_four_gis_with_full_names_and_rates() {
    let book = Catalogue::gelderland_2026();
    let declared: Vec<(String, &str, Option<String>)> = book
        .providers()
        .iter()
        .map(|p| {
            (
                p.short_name().to_string(),
                p.full_name(),
                p.hourly_rate().map(|r| r.to_string()),
            )
        })
        .collect();
    assert_eq!(
        declared,
        [
            (
                "JbGld".into(),
                "Jeugdbescherming Gelderland",
                Some("146.25".into())
            ),
            (
                "WSS".into(),
                "William Schrikker Stichting",
                Some("149.17".into())
            ),
            (
                "LdH".into(),
                "Leger des Heils Jeugdbescherming & Jeugdreclassering",
                Some("149.17".into())
            ),
            ("JvV".into(), "Jeugd Veilig Verder", Some("146.25".into())),
        ]
    );
    // The product book gives no AGB codes.
    assert!(book.providers().iter().all(|p| p.agb().is_none()));
    // The constants are the declared providers.
    let gis: Vec<Provider> = book.providers().iter().map(|p| p.provider()).collect();
    assert_eq!(
        gis,
        [Provider::JbGld, Provider::Wss, Provider::LdH, Provider::JvV]
    );
}

#[test]
fn holland_rijnland_declares_no_gi() {
    let hr = Catalogue::holland_rijnland();
    assert!(hr.providers().is_empty());
    assert!(matches!(
        hr.tariff("48A04".parse().unwrap(), Provider::JbGld),
        Err(Error::TariffsNotPublished { .. })
    ));
}

#[test]
fn the_gelderland_names_keep_parsing_and_displaying_as_before() {
    for (text, p) in [
        ("JbGld", Provider::JbGld),
        ("jbgld", Provider::JbGld),
        ("WSS", Provider::Wss),
        ("wss", Provider::Wss),
        ("LdH", Provider::LdH),
        ("JvV", Provider::JvV),
        ("William Schrikker Stichting", Provider::Wss),
        ("jeugd veilig verder", Provider::JvV),
    ] {
        assert_eq!(text.parse::<Provider>().unwrap(), p, "{text}");
    }
    assert_eq!(
        Provider::gelderland().map(|p| p.to_string()),
        ["JbGld", "WSS", "LdH", "JvV"]
    );
    // The constants work in patterns, as the enum variants did.
    assert!(matches!("wss".parse::<Provider>(), Ok(Provider::Wss)));
}

fn west_book() -> (Catalogue, Provider) {
    let west: Provider = "JBWest".parse().unwrap();
    let gi = ProviderInfo::named("JBWest", "Jeugdbescherming west (made up)")
        .unwrap()
        .with_agb("12345678".parse().unwrap())
        .with_hourly_rate(eur(15_000))
        .unwrap();
    let ots = Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month)
        .with_tariff("jbwest".parse().unwrap(), eur(130_000))
        .unwrap();
    let book = Catalogue::new("Voorbeeld", 2027, vec![gi], vec![ots]).unwrap();
    (book, west)
}

#[test]
fn a_catalogue_of_any_gi_quotes_and_budgets() {
    let (book, west) = west_book();
    assert_eq!(book.provider_info(west).unwrap().short_name(), "JBWest");
    assert_eq!(book.hourly_rate(west), Some(eur(15_000)));
    // 15 March to 10 May 2027, SAP GI: April and May billed.
    let q = book
        .quote(
            "48B10".parse().unwrap(),
            west,
            d(2027, 3, 15),
            d(2027, 5, 10),
        )
        .unwrap();
    assert_eq!((q.billed_months(), q.total()), (2, eur(260_000)));
    let entries = [CaseloadEntry {
        code: "48B10".parse().unwrap(),
        provider: west,
        per_month: 2,
    }];
    assert_eq!(
        caseload_budget(&book, &entries).unwrap().total(),
        eur(3_120_000)
    );
}

#[test]
fn a_tariff_of_an_undeclared_gi_is_refused_naming_product_and_gi() {
    let ots = Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month)
        .with_tariff("Nidos".parse().unwrap(), eur(130_000))
        .unwrap();
    let err = Catalogue::new("Voorbeeld", 2027, vec![], vec![ots]).unwrap_err();
    let Error::UndeclaredProvider { provider, code, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(provider.to_string(), "NIDOS");
    assert_eq!(code.map(|c| c.to_string()).as_deref(), Some("48B10"));
    let text = err.to_string();
    assert!(text.contains("NIDOS") && text.contains("48B10"), "{text}");
}

#[test]
fn looking_up_an_undeclared_gi_says_so_and_a_declared_one_says_n_v_t() {
    let (book, west) = west_book();
    let err = book
        .tariff("48B10".parse().unwrap(), Provider::JbGld)
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::UndeclaredProvider {
                provider: Provider::JbGld,
                ..
            }
        ),
        "{err:?}"
    );
    // Gelderland: JvV is declared and offers no OTS ("n.v.t.").
    let g = Catalogue::gelderland_2026();
    assert!(matches!(
        g.tariff("48B10".parse().unwrap(), Provider::JvV),
        Err(Error::NotOffered { .. })
    ));
    assert!(matches!(
        g.tariff("48B10".parse().unwrap(), west),
        Err(Error::UndeclaredProvider { .. })
    ));
}

#[test]
fn a_provider_declared_twice_is_refused() {
    let a = ProviderInfo::named("JBWest", "A").unwrap();
    let b = ProviderInfo::named("jbwest", "B").unwrap();
    let err = Catalogue::new("Voorbeeld", 2027, vec![a, b], vec![]).unwrap_err();
    assert!(err.to_string().contains("more than once"), "{err}");
}

#[test]
fn tariffs_follow_the_declaration_order() {
    let gis = vec![
        ProviderInfo::named("B", "Bee").unwrap(),
        ProviderInfo::named("A", "Ay").unwrap(),
    ];
    let p = Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month)
        .with_tariff("A".parse().unwrap(), eur(100))
        .unwrap()
        .with_tariff("B".parse().unwrap(), eur(200))
        .unwrap();
    let book = Catalogue::new("Voorbeeld", 2027, gis, vec![p]).unwrap();
    let order: Vec<String> = book
        .product("48B10".parse().unwrap())
        .unwrap()
        .providers()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(order, ["B", "A"]);
}

fn contract() -> Contract {
    let gi = ProviderInfo::named("JBVoorbeeld", "Jeugdbescherming Voorbeeld (made up)").unwrap();
    Contract::new("Holland Rijnland", 2026, gi)
        .with_tariff("48A04".parse().unwrap(), eur(130_000))
        .unwrap()
        .with_tariff("48A06".parse().unwrap(), eur(98_000))
        .unwrap()
}

#[test]
fn holland_rijnland_is_completed_with_a_contract_and_then_quotes_and_budgets() {
    let c = contract();
    let gi = c.provider().provider();
    let hr = Catalogue::holland_rijnland().with_contract(&c).unwrap();
    assert!(hr.publishes_tariffs());
    assert_eq!((hr.region(), hr.year()), ("Holland Rijnland", 2026));
    assert_eq!(hr.products().count(), 15);
    assert_eq!(
        hr.tariff("48A06".parse().unwrap(), gi).unwrap().amount(),
        eur(98_000)
    );
    // Not in the contract: n.v.t. for this GI.
    assert!(matches!(
        hr.tariff("47A01".parse().unwrap(), gi),
        Err(Error::NotOffered { .. })
    ));
    let q = hr
        .quote("48A04".parse().unwrap(), gi, d(2026, 1, 1), d(2026, 12, 31))
        .unwrap();
    assert_eq!(q.total(), eur(1_560_000));
    let budget = caseload_budget(
        &hr,
        &[CaseloadEntry {
            code: "48A06".parse().unwrap(),
            provider: gi,
            per_month: 1,
        }],
    )
    .unwrap();
    assert_eq!(budget.total(), eur(1_176_000));
    // A second GI's contract for the same year adds a column.
    let other = Contract::new(
        "Holland Rijnland",
        2026,
        ProviderInfo::named("Nidos", "Nidos (made up)").unwrap(),
    )
    .with_tariff("48A06".parse().unwrap(), eur(99_000))
    .unwrap();
    let both = hr.with_contract(&other).unwrap();
    assert_eq!(both.providers().len(), 2);
    assert_eq!(
        both.tariff("48A06".parse().unwrap(), gi).unwrap().amount(),
        eur(98_000)
    );
}

#[test]
fn a_contract_that_does_not_fit_is_refused() {
    let hr = Catalogue::holland_rijnland();
    let mut wrong_region = contract();
    wrong_region = Contract::new("Gelderland", 2026, wrong_region.provider().clone());
    assert!(matches!(
        hr.with_contract(&wrong_region),
        Err(Error::ContractMismatch { .. })
    ));
    // A code the catalogue does not have.
    let unknown = contract()
        .with_tariff("48B10".parse().unwrap(), eur(1))
        .unwrap();
    assert!(matches!(
        hr.with_contract(&unknown),
        Err(Error::UnknownProduct { .. })
    ));
    // Twice the same GI, and another year once tariffs are in.
    let done = hr.with_contract(&contract()).unwrap();
    assert!(matches!(
        done.with_contract(&contract()),
        Err(Error::ContractMismatch { .. })
    ));
    let later = Contract::new(
        "Holland Rijnland",
        2027,
        ProviderInfo::named("Nidos", "Nidos").unwrap(),
    );
    assert!(matches!(
        done.with_contract(&later),
        Err(Error::ContractMismatch { .. })
    ));
}

#[test]
fn amounts_are_kept_in_whole_cents_with_two_decimals() {
    let p = Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month)
        .with_tariff(Provider::JbGld, Decimal::from(1300))
        .unwrap()
        .with_tariff(Provider::Wss, "-0".parse::<Decimal>().unwrap())
        .unwrap();
    assert_eq!(
        p.tariff_amount(Provider::JbGld).unwrap().to_string(),
        "1300.00"
    );
    assert_eq!(p.tariff_amount(Provider::Wss).unwrap().to_string(), "0.00");
}
