//! Pins every cell of Tabel 1 ("tarieven en productcodes JB/JR 2026 per GI") and every
//! norm-hour figure of the Gelderland product book 2026 (source `002_1b572f4924ef38f6.txt`).
//!
//! The expected values are the printed ones, except where `jbjr::catalogue::provenance` records an OCR
//! decision; those cells are marked `// OCR:` and checked against the decision table too.

use std::str::FromStr;

use jbjr::{
    Catalogue, Decimal, Domain, Error, Measure, NormPeriod, ProductCategory, ProductCode, Provider,
    PupilCosts, Unit,
};

fn code(s: &str) -> ProductCode {
    s.parse().unwrap()
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// Tabel 1, row by row as printed: code, unit, JbGld, WSS, LdH, JvV ("-" = n.v.t.).
const TABEL_1: [(&str, Unit, [&str; 4]); 22] = [
    ("47B10", Unit::Month, ["1067.63", "1088.94", "1088.94", "-"]),
    (
        "47B11",
        Unit::Traject,
        ["3159.00", "3222.07", "3222.07", "-"],
    ),
    ("47B12", Unit::Month, ["1066.41", "1087.70", "1087.70", "-"]),
    ("47B13", Unit::Month, ["3035.91", "3096.52", "3096.52", "-"]), // OCR: JbGld printed 3.025,91
    ("47B14", Unit::Month, ["2281.50", "2327.05", "2327.05", "-"]),
    ("47B15", Unit::Month, ["302.25", "308.28", "308.28", "-"]),
    ("47B16", Unit::Month, ["3035.91", "3096.52", "3096.52", "-"]),
    ("48B11", Unit::Month, ["962.98", "938.92", "937.55", "-"]), // OCR: JbGld printed 962,93
    ("48B07", Unit::Month, ["975.00", "994.47", "994.47", "-"]), // OCR: WSS printed 99447
    ("48B80", Unit::Month, ["2161.48", "2158.98", "-", "2161.48"]),
    (
        "49B01",
        Unit::Hour,
        ["146.25", "149.17", "149.17", "146.25"],
    ),
    (
        "49B98",
        Unit::Hour,
        ["146.25", "149.17", "149.17", "146.25"],
    ),
    (
        "49B99",
        Unit::Hour,
        ["146.25", "149.17", "149.17", "146.25"],
    ), // OCR: LdH printed 143,17
    ("49B03", Unit::Month, ["1755.00", "1790.04", "-", "-"]),
    ("49B07", Unit::Piece, ["1755.00", "1790.04", "1790.04", "-"]),
    ("48B97", Unit::Month, ["633.75", "-", "-", "-"]),
    ("48B98", Unit::Month, ["641.99", "-", "-", "-"]),
    ("48B99", Unit::Month, ["641.99", "-", "-", "-"]), // OCR: printed 541,99
    ("48B12", Unit::Month, ["2610.56", "2662.68", "2662.68", "-"]),
    ("48B13", Unit::Month, ["1996.31", "2036.17", "2036.17", "-"]), // OCR: 1.996,321 / 2.026,17
    ("48B15", Unit::Month, ["1619.00", "1619.00", "1619.00", "-"]),
    ("48B10", Unit::Month, ["1259.29", "1287.26", "1285.89", "-"]),
];

const PROVIDERS: [Provider; 4] = [Provider::JbGld, Provider::Wss, Provider::LdH, Provider::JvV];

#[test]
fn tabel_1_every_cell() {
    let book = Catalogue::gelderland_2026();
    for (c, unit, cells) in TABEL_1 {
        let product = book.product(code(c)).unwrap();
        assert_eq!(product.unit(), unit, "Tabel 1 {c}: unit");
        for (provider, cell) in PROVIDERS.iter().zip(cells) {
            let got = book.tariff(code(c), *provider);
            if cell == "-" {
                assert!(
                    matches!(got, Err(Error::NotOffered { code: e, provider: p, year: 2026 }) if e == code(c) && p == *provider),
                    "Tabel 1 {c} {provider}: n.v.t., got {got:?}"
                );
            } else {
                let tariff = got.unwrap();
                assert_eq!(tariff.amount(), d(cell), "Tabel 1 {c} {provider}");
                assert_eq!(
                    tariff.amount().scale(),
                    2,
                    "Tabel 1 {c} {provider}: two decimals"
                );
                assert_eq!(tariff.unit(), unit);
                assert_eq!(tariff.year(), 2026);
            }
        }
    }
}

#[test]
fn twenty_two_codes_of_tabel_1_plus_48b84() {
    let book = Catalogue::gelderland_2026();
    let mut expected: Vec<&str> = TABEL_1.iter().map(|(c, _, _)| *c).collect();
    expected.push("48B84");
    expected.sort_unstable();
    let got: Vec<String> = book.products().map(|p| p.code().to_string()).collect();
    assert_eq!(got, expected);
}

/// Section 48B80: "48B84 is een product zonder financiële waarde" for the other children.
#[test]
fn product_48b84_has_zero_value_where_48b80_is_offered() {
    let book = Catalogue::gelderland_2026();
    let family = book.product(code("48B80")).unwrap();
    let sibling = book.product(code("48B84")).unwrap();
    assert_eq!(sibling.measure(), Measure::IntensiefGezinsgericht);
    for p in PROVIDERS {
        match family.tariff_amount(p) {
            Some(_) => assert_eq!(sibling.tariff_amount(p), Some(Decimal::ZERO), "48B84 {p}"),
            None => assert_eq!(sibling.tariff_amount(p), None, "48B84 {p}"),
        }
    }
}

/// "Productcode en normering" of every section, and the Kostprijs table for 47B11 (per advies).
#[test]
fn norm_hours_of_every_section() {
    let cases: [(&str, Option<(&str, NormPeriod)>); 23] = [
        ("47B10", Some(("87.6", NormPeriod::Year))),
        ("47B11", Some(("21.6", NormPeriod::Traject))),
        ("47B12", Some(("87.5", NormPeriod::Year))),
        ("47B13", Some(("249.1", NormPeriod::Year))),
        ("47B14", Some(("187.2", NormPeriod::Year))),
        ("47B15", Some(("24.8", NormPeriod::Year))),
        ("47B16", Some(("249.1", NormPeriod::Year))),
        ("48B07", Some(("20", NormPeriod::Quarter))),
        ("48B10", Some(("102", NormPeriod::Year))),
        ("48B11", Some(("78", NormPeriod::Year))),
        ("48B12", Some(("214.2", NormPeriod::Year))),
        ("48B13", Some(("163.8", NormPeriod::Year))),
        ("48B15", Some(("44", NormPeriod::ThreeMonths))),
        ("48B80", None),
        ("48B84", None),
        ("48B97", Some(("52", NormPeriod::Year))),
        ("48B98", Some(("52", NormPeriod::Year))),
        ("48B99", Some(("52", NormPeriod::Year))),
        ("49B01", None),
        ("49B03", Some(("12", NormPeriod::Month))),
        ("49B07", Some(("12", NormPeriod::Traject))),
        ("49B98", None),
        ("49B99", None),
    ];
    let book = Catalogue::gelderland_2026();
    for (c, expected) in cases {
        let norm = book.product(code(c)).unwrap().norm_hours();
        match expected {
            None => assert_eq!(norm, None, "{c}: no norm hours (N.v.t.)"),
            Some((hours, per)) => {
                let norm = norm.unwrap();
                assert_eq!(norm.hours(), d(hours), "{c}: norm hours");
                assert_eq!(norm.per(), per, "{c}: norm period");
            }
        }
    }
}

/// VoVo: "80 uur (20 uur per kwartaal)"; Forza 12 per month.
#[test]
fn norm_hours_per_year_are_derived() {
    let book = Catalogue::gelderland_2026();
    let vovo = book.product(code("48B07")).unwrap().norm_hours().unwrap();
    assert_eq!(vovo.per_year().unwrap(), Some(d("80")));
    let forza = book.product(code("49B03")).unwrap().norm_hours().unwrap();
    assert_eq!(forza.per_year().unwrap(), Some(d("144")));
    let gbm = book.product(code("47B11")).unwrap().norm_hours().unwrap();
    assert_eq!(gbm.per_year().unwrap(), None);
}

/// "Omrekenfactor LET JB OTS: 2,1 * 102 uur = 214,2 uur"; Voogdij "2,1 * 78 uur = 163,8 uur".
#[test]
fn let_norm_hours_are_factor_times_base() {
    let book = Catalogue::gelderland_2026();
    let hours = |c: &str| book.product(code(c)).unwrap().norm_hours().unwrap().hours();
    assert_eq!(hours("48B12"), jbjr::cost::LET_FACTOR * hours("48B10"));
    assert_eq!(hours("48B13"), jbjr::cost::LET_FACTOR * hours("48B11"));
}

/// Tabel 1 asterisks: "*Inclusief opslag pupilkosten" on OTS and Voogdij; "****" on 48B80.
#[test]
fn pupil_cost_surcharge_marks() {
    let book = Catalogue::gelderland_2026();
    for p in book.products() {
        let expected = match p.code().as_str() {
            "48B10" | "48B11" => PupilCosts::Marked,
            "48B80" => PupilCosts::SupraRegional,
            "48B98" | "48B99" => PupilCosts::Unmarked,
            _ => PupilCosts::None,
        };
        assert_eq!(p.pupil_costs(), expected, "{}", p.code());
    }
}

#[test]
fn measures_domains_and_categories() {
    let book = Catalogue::gelderland_2026();
    for p in book.products() {
        assert!(
            p.measure().codes().contains(&p.code()),
            "{} lists its code",
            p.measure()
        );
        let category = p.category().unwrap();
        let expected_domain = match category {
            ProductCategory::Jeugdreclassering => Domain::Jeugdreclassering,
            ProductCategory::Jeugdbescherming => {
                if p.measure() == Measure::WachtlijstJr {
                    Domain::Jeugdreclassering
                } else {
                    Domain::Jeugdbescherming
                }
            }
            ProductCategory::PreventiefJustitieel => {
                if p.measure() == Measure::Instemmingsverklaring {
                    Domain::Jeugdbescherming
                } else {
                    Domain::Preventief
                }
            }
            other => panic!("unexpected category {other:?}"),
        };
        assert_eq!(p.domain(), expected_domain, "{}", p.code());
    }
}

/// Kostprijs footnote ***: "100% uurtarief 2026: € 146,25"; Tabel 1 hourly products: 149,17.
#[test]
fn hourly_rates_2026() {
    let book = Catalogue::gelderland_2026();
    assert_eq!(book.hourly_rate(Provider::JbGld), Some(d("146.25")));
    assert_eq!(book.hourly_rate(Provider::JvV), Some(d("146.25")));
    assert_eq!(book.hourly_rate(Provider::Wss), Some(d("149.17")));
    assert_eq!(book.hourly_rate(Provider::LdH), Some(d("149.17")));
    // The hourly products are priced at each GI's rate.
    for c in ["49B01", "49B98", "49B99"] {
        for p in PROVIDERS {
            assert_eq!(
                book.tariff(code(c), p).unwrap().amount(),
                book.hourly_rate(p).unwrap()
            );
        }
    }
}

#[test]
fn unknown_product_names_code_and_catalogue() {
    let err = Catalogue::gelderland_2026()
        .product(code("48A04"))
        .unwrap_err();
    assert_eq!(
        err,
        Error::UnknownProduct {
            code: code("48A04"),
            region: "Gelderland".into(),
            year: 2026,
            suggestion: None,
        }
    );
    assert!(err.to_string().contains("48A04"));
}

#[test]
fn every_provenance_decision_on_a_cell_is_in_the_catalogue() {
    let book = Catalogue::gelderland_2026();
    let mut cells = 0;
    for decision in jbjr::catalogue::provenance::GELDERLAND_2026 {
        if let (Some(c), Some(p)) = (decision.code, decision.provider) {
            assert_eq!(
                book.tariff(c, p).unwrap().amount(),
                d(decision.chosen),
                "{decision:?}"
            );
            cells += 1;
        }
    }
    assert_eq!(cells, 8, "eight Tabel 1 cells were decided");
}
