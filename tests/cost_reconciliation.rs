//! The reconciliation of every cell of Tabel 1 (Gelderland product book 2026,
//! `002_1b572f4924ef38f6.txt`) with the cost model.

use std::str::FromStr;

use jbjr::cost::reconcile::{self, Cell, ModelRules, Reason, ReasonKind};
use jbjr::{Catalogue, Decimal, Measure, Product, Provider, PupilCosts, Unit};
use strum::IntoEnumIterator;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn cells() -> Vec<Cell> {
    reconcile::gelderland_2026().unwrap()
}

fn find<'a>(cells: &'a [Cell], code: &str, provider: Provider) -> &'a Cell {
    cells
        .iter()
        .find(|c| c.code.as_str() == code && c.provider == provider)
        .unwrap()
}

#[test]
fn one_cell_per_published_tariff() {
    let book = Catalogue::gelderland_2026();
    let published: usize = book.products().map(|p| p.providers().count()).sum();
    assert_eq!(cells().len(), published);
    assert_eq!(published, 65);
}

#[test]
fn every_cell_has_a_reason_and_none_is_unexplained() {
    let cells = cells();
    for c in &cells {
        assert_ne!(c.reason.kind(), ReasonKind::Unexplained, "{c:?}");
    }
    let count = |k| cells.iter().filter(|c| c.reason.kind() == k).count();
    assert_eq!(count(ReasonKind::Exact), 44);
    assert_eq!(count(ReasonKind::SourceOrOcrError), 8);
    assert_eq!(count(ReasonKind::InferredSurcharge), 4);
    assert_eq!(count(ReasonKind::NegotiatedPrice), 3);
    assert_eq!(count(ReasonKind::NoModel), 3);
    assert_eq!(count(ReasonKind::NoFinancialValue), 3);
    assert_eq!(count(ReasonKind::Rounding), 0);
}

#[test]
fn every_model_cell_is_reproduced_to_the_cent() {
    for c in cells() {
        if matches!(
            c.reason.kind(),
            ReasonKind::Exact | ReasonKind::SourceOrOcrError
        ) {
            assert_eq!(c.derived, Some(c.published), "{c:?}");
            assert_eq!(c.difference_cents, Some(0));
            assert_eq!(c.difference_percent, Some(Decimal::ZERO));
        }
    }
}

#[test]
fn every_jbgld_cell_follows_the_model() {
    // Every JbGld cell with a model is exact (some after an OCR decision), except LET GTO.
    for c in cells().iter().filter(|c| c.provider == Provider::JbGld) {
        let kind = c.reason.kind();
        match c.code.as_str() {
            "48B15" => assert_eq!(kind, ReasonKind::NegotiatedPrice),
            "48B80" => assert_eq!(kind, ReasonKind::NoModel),
            "48B84" => assert_eq!(kind, ReasonKind::NoFinancialValue),
            _ => assert!(
                matches!(kind, ReasonKind::Exact | ReasonKind::SourceOrOcrError),
                "{c:?}"
            ),
        }
    }
}

#[test]
fn ocr_decisions_link_to_provenance() {
    let cells = cells();
    let criem = find(&cells, "47B13", Provider::JbGld);
    let Reason::SourceOrOcrError { decision } = criem.reason else {
        panic!("{criem:?}")
    };
    assert_eq!(decision.printed, "€ 3.025,91");
    assert_eq!(decision.chosen, "3035.91");
    let decided: Vec<(String, Provider)> = cells
        .iter()
        .filter(|c| c.reason.kind() == ReasonKind::SourceOrOcrError)
        .map(|c| (c.code.to_string(), c.provider))
        .collect();
    let in_provenance: Vec<(String, Provider)> = jbjr::catalogue::provenance::GELDERLAND_2026
        .iter()
        .filter_map(|d| Some((d.code?.to_string(), d.provider?)))
        .collect();
    let mut a = decided.clone();
    let mut b = in_provenance.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn surcharges_applied_per_mark() {
    let cells = cells();
    // OTS JbGld: 102 × 146.25 ÷ 12 × 1.013 = 1259.2856 → 1259.29 (Tabel 1).
    let ots = find(&cells, "48B10", Provider::JbGld);
    assert_eq!(ots.surcharge, d("0.013"));
    assert_eq!(ots.derived, Some(d("1259.29")));
    // Waiting lists: 48B97 (JR) without surcharge 633.75; 48B98/48B99 with 1.3 %: 641.99.
    assert_eq!(
        find(&cells, "48B97", Provider::JbGld).surcharge,
        Decimal::ZERO
    );
    assert_eq!(
        find(&cells, "48B97", Provider::JbGld).derived,
        Some(d("633.75"))
    );
    assert_eq!(find(&cells, "48B98", Provider::JbGld).surcharge, d("0.013"));
    assert_eq!(
        find(&cells, "48B98", Provider::JbGld).derived,
        Some(d("641.99"))
    );
}

#[test]
fn wss_and_ldh_inferred_surcharges() {
    let cells = cells();
    let expect = [
        ("48B10", Provider::Wss, "1267.95", "0.01523", 1931),
        ("48B10", Provider::LdH, "1267.95", "0.01415", 1794),
        ("48B11", Provider::Wss, "969.61", "-0.03165", -3069),
        ("48B11", Provider::LdH, "969.61", "-0.03306", -3206),
    ];
    for (code, provider, model, surcharge, cents) in expect {
        let c = find(&cells, code, provider);
        assert_eq!(c.derived, Some(d(model)), "{code} {provider}");
        assert_eq!(c.difference_cents, Some(cents), "{code} {provider}");
        let Reason::InferredSurcharge {
            surcharge: s,
            exact,
        } = c.reason
        else {
            panic!("{c:?}")
        };
        assert_eq!(s, d(surcharge), "{code} {provider}");
        assert!((exact - s).abs() < d("0.00001"));
        // Applying the inferred surcharge to the unrounded model gives the published tariff.
        let hours = if code == "48B10" { d("102") } else { d("78") };
        let unrounded = hours * d("149.17") / d("12");
        assert_eq!(
            jbjr::money::round_cents(unrounded * (Decimal::ONE + s)),
            c.published
        );
    }
}

#[test]
fn let_gto_is_a_negotiated_price() {
    let cells = cells();
    let gto = find(&cells, "48B15", Provider::JbGld);
    // Model: 44 h per three months = 176 h a year × 146.25 ÷ 12 = 2145.00.
    assert_eq!(gto.derived, Some(d("2145.00")));
    assert_eq!(gto.difference_cents, Some(-52_600));
    let Reason::NegotiatedPrice { price } = gto.reason else {
        panic!("{gto:?}")
    };
    assert_eq!(price.traject_price, d("4857"));
}

#[test]
fn per_traject_and_hourly_cells() {
    let cells = cells();
    // 47B11 GBM advies per traject = 21.6 × rate, no ÷ 12.
    assert_eq!(
        find(&cells, "47B11", Provider::JbGld).derived,
        Some(d("3159.00"))
    );
    assert_eq!(
        find(&cells, "47B11", Provider::Wss).derived,
        Some(d("3222.07"))
    );
    // 49B07 = 12 h × rate per piece; 49B03 Forza = 12 h per month × rate.
    assert_eq!(
        find(&cells, "49B07", Provider::LdH).derived,
        Some(d("1790.04"))
    );
    assert_eq!(
        find(&cells, "49B03", Provider::JbGld).derived,
        Some(d("1755.00"))
    );
    // VoVo 20 h per quarter = 80 h a year.
    assert_eq!(
        find(&cells, "48B07", Provider::JbGld).derived,
        Some(d("975.00"))
    );
    // Hourly products are the rate.
    for code in ["49B01", "49B98", "49B99"] {
        assert_eq!(find(&cells, code, Provider::JvV).derived, Some(d("146.25")));
        assert_eq!(find(&cells, code, Provider::Wss).derived, Some(d("149.17")));
    }
}

#[test]
fn reconciliation_uses_the_catalogues_data_not_a_copy() {
    // A catalogue of one OTS whose tariff is off by 5 cents, and one a cent off.
    let ots = Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month)
        .with_norm_hours(jbjr::NormHours::new(d("100"), jbjr::NormPeriod::Year).unwrap())
        .unwrap()
        .with_pupil_costs(PupilCosts::Marked)
        .with_tariff(Provider::JbGld, d("1266.30")) // model: 100 × 150 ÷ 12 × 1.013 = 1266.25
        .unwrap()
        .with_tariff(Provider::Wss, d("1266.26"))
        .unwrap();
    let gi = |p: Provider| {
        jbjr::ProviderInfo::new(p, p.known_full_name().unwrap())
            .unwrap()
            .with_hourly_rate(d("150"))
            .unwrap()
    };
    let rates = vec![gi(Provider::JbGld), gi(Provider::Wss)];
    let book = Catalogue::new("Test", 2027, rates, vec![ots]).unwrap();
    let cells = reconcile::reconcile(&book, &ModelRules::national(d("0.013"))).unwrap();
    assert_eq!(cells[0].derived, Some(d("1266.25")));
    assert_eq!(cells[0].difference_cents, Some(5));
    assert_eq!(cells[0].reason, Reason::Unexplained);
    assert_eq!(cells[1].reason, Reason::Rounding);
    assert!(reconcile::reconcile(&book, &ModelRules::national(d("-0.01"))).is_err());
}

#[test]
fn reason_kind_display_from_str_round_trip() {
    for k in ReasonKind::iter() {
        assert_eq!(k.to_string().parse::<ReasonKind>().unwrap(), k);
        assert_eq!(
            k.to_string().to_uppercase().parse::<ReasonKind>().unwrap(),
            k
        );
    }
    assert!(matches!(
        "fine".parse::<ReasonKind>(),
        Err(jbjr::Error::UnknownName { .. })
    ));
}
