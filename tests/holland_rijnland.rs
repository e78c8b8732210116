//! Pins the Holland Rijnland segment 7 "Veiligheid" (source `000_e047e89f7a0dbd72.txt`,
//! "Kernbedingen die deel uitmaken van dit segment"): every code, name, measure and rule
//! figure, the missing tariffs, and the cross-walk to the Gelderland product book 2026.

use jbjr::catalogue::crosswalk::{Fit, counterparts, table};
use jbjr::{Catalogue, Error, Kernbeding, Measure, ProductCode, Provider, SegmentRule, Span};

fn code(s: &str) -> ProductCode {
    s.parse().unwrap()
}

/// The source's list of 15 kernbedingen, as printed: number, name, code; and the measure.
const LIST: [(u8, &str, &str, Measure); 15] = [
    (
        1,
        "Ondertoezichtstelling korter dan één jaar",
        "48A04",
        Measure::Ots,
    ),
    (
        2,
        "Ondertoezichtstelling langer dan één jaar",
        "48A05",
        Measure::Ots,
    ),
    (3, "Voogdij", "48A06", Measure::Voogdij),
    (
        4,
        "Reguliere Jeugdreclassering",
        "47A01",
        Measure::Jeugdreclassering,
    ),
    (5, "ITB Harde Kern", "47A05", Measure::ItbHardeKern),
    (6, "ITB CRIEM", "47A04", Measure::ItbCriem),
    (
        7,
        "Voorbereiding Gedrags Beïnvloedende Maatregel advies",
        "47A02",
        Measure::GbmAdvies,
    ),
    (
        8,
        "Gedrags Beïnvloedende Maatregel begeleiding",
        "47A03",
        Measure::GbmBegeleiding,
    ),
    (9, "Samenloop", "47A06", Measure::Samenloop),
    (
        10,
        "Jeugdreclassering met Elektronisch Toezicht",
        "4711",
        Measure::JeugdreclasseringElektronischToezicht,
    ),
    (11, "Consultatie en advies", "45070", Measure::Consultatie),
    (12, "Landelijk Expertise Team", "48A10", Measure::Let),
    (
        13,
        "Coördinatie gesloten jeugdzorg",
        "48C09",
        Measure::CoordinatieGeslotenJeugdzorg,
    ),
    (
        14,
        "Jeugd GGZ diagnostiek",
        "54004",
        Measure::JeugdGgzDiagnostiek,
    ),
    (
        15,
        "Preventieve jeugdbescherming",
        "49B05",
        Measure::PreventieveJeugdbescherming,
    ),
];

#[test]
fn source_000_list_of_15_kernbedingen_codes_names_measures() {
    let all = Kernbeding::all();
    assert_eq!(all.len(), 15);
    for (k, (number, name, c, measure)) in all.iter().zip(LIST) {
        assert_eq!(
            (k.number, k.name, k.code, k.measure),
            (number, name, code(c), measure)
        );
        // Derived, not typed twice: the code is among the measure's codes.
        assert!(
            measure.codes().contains(&k.code),
            "{c} not in {measure:?}.codes()"
        );
        assert_eq!(Kernbeding::get(code(c)).unwrap(), k);
    }
}

#[test]
fn source_000_catalogue_holds_the_15_products() {
    let hr = Catalogue::holland_rijnland();
    assert_eq!(hr.region(), "Holland Rijnland");
    assert_eq!(hr.year(), 2022); // contracts from 1 January 2022 (Input, doel 1)
    assert_eq!(hr.products().count(), 15);
    for (_, name, c, measure) in LIST {
        let p = hr.product(code(c)).unwrap();
        assert_eq!((p.name(), p.measure()), (name, measure));
        assert_eq!(p.providers().count(), 0);
        assert_eq!(p.norm_hours(), None);
    }
    let codes: Vec<_> = hr.products().map(|p| p.code()).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted by code");
}

#[test]
fn source_000_has_no_tariffs_and_lookups_say_so() {
    let hr = Catalogue::holland_rijnland();
    assert!(!hr.publishes_tariffs());
    for (_, _, c, _) in LIST {
        for provider in [Provider::JbGld, Provider::Wss, Provider::LdH, Provider::JvV] {
            let err = hr.tariff(code(c), provider).unwrap_err();
            assert_eq!(
                err,
                Error::TariffsNotPublished {
                    code: code(c),
                    region: "Holland Rijnland".into(),
                    year: 2022
                }
            );
            let msg = err.to_string();
            assert!(
                msg.contains(c) && msg.contains("Holland Rijnland") && msg.contains("no tariffs"),
                "{msg}"
            );
        }
    }
    // An unknown code is still "unknown", not "no tariffs".
    assert!(matches!(
        hr.tariff(code("48B10"), Provider::JbGld),
        Err(Error::UnknownProduct { .. })
    ));
    assert!(Catalogue::gelderland_2026().publishes_tariffs());
}

fn rules(c: &str) -> &'static [SegmentRule] {
    Kernbeding::get(code(c)).unwrap().rules
}

#[test]
fn source_000_kernbeding_1_and_2_lid_6_ots_6_to_12_months_extended_by_at_most_a_year() {
    for c in ["48A04", "48A05"] {
        let r = rules(c);
        assert!(
            r.iter().any(|r| matches!(r,
            SegmentRule::Term { min: Span::Months(6), max: Span::Months(12), quote, .. }
                if quote.contains("6 tot 12 maanden"))),
            "{c}"
        );
        assert!(
            r.iter().any(|r| matches!(r,
            SegmentRule::Extension { max: Span::Months(12), repeatable: true, quote, .. }
                if quote.contains("maximaal één jaar"))),
            "{c}"
        );
    }
}

#[test]
fn source_000_list_items_1_and_2_ots_shorter_or_longer_than_one_year() {
    assert!(rules("48A04").iter().any(|r| matches!(
        r,
        SegmentRule::Elapsed {
            shorter_than: Some(Span::Months(12)),
            longer_than: None,
            ..
        }
    )));
    assert!(rules("48A05").iter().any(|r| matches!(
        r,
        SegmentRule::Elapsed {
            shorter_than: None,
            longer_than: Some(Span::Months(12)),
            ..
        }
    )));
}

#[test]
fn source_000_kernbeding_5_lid_2_itb_harde_kern_12_to_23() {
    assert_eq!(rules("47A05").len(), 1);
    assert!(matches!(rules("47A05")[0],
        SegmentRule::TargetAge { from: 12, to: 23, to_inclusive: false, quote, .. }
            if quote.contains("van 12 tot 23 jaar")));
}

#[test]
fn source_000_kernbeding_6_itb_criem_three_months_ages_12_to_23_inclusive() {
    let r = rules("47A04");
    assert!(r.iter().any(|r| matches!(r,
        SegmentRule::Term { min: Span::Months(3), max: Span::Months(3), quote, .. }
            if quote.contains("drie maanden"))));
    assert!(r.iter().any(|r| matches!(r,
        SegmentRule::TargetAge { from: 12, to: 23, to_inclusive: true, quote, .. }
            if quote.contains("12 tot en met 23 jaar"))));
}

#[test]
fn source_000_kernbeding_7_lid_1_gbm_advice_six_weeks() {
    assert!(matches!(rules("47A02"),
        [SegmentRule::Term { min: Span::Weeks(6), max: Span::Weeks(6), quote, .. }]
            if quote.contains("zes weken")));
}

#[test]
fn every_rule_cites_its_place_in_source_000() {
    for k in Kernbeding::all() {
        for r in k.rules {
            assert!(
                r.source_ref()
                    .starts_with("Holland Rijnland segment 7 Veiligheid")
            );
            assert!(!r.quote().is_empty());
        }
    }
    let with_rules: Vec<_> = Kernbeding::all()
        .iter()
        .filter(|k| !k.rules.is_empty())
        .map(|k| k.code.to_string())
        .collect();
    assert_eq!(with_rules, ["48A04", "48A05", "47A05", "47A04", "47A02"]);
}

// --- cross-walk ---------------------------------------------------------------------------

fn hr_to_gld(c: &str) -> Vec<(String, Fit)> {
    counterparts(
        Catalogue::holland_rijnland(),
        code(c),
        Catalogue::gelderland_2026(),
    )
    .unwrap()
    .iter()
    .map(|c| (c.code.to_string(), c.fit))
    .collect()
}

fn gld_to_hr(c: &str) -> Vec<(String, Fit)> {
    counterparts(
        Catalogue::gelderland_2026(),
        code(c),
        Catalogue::holland_rijnland(),
    )
    .unwrap()
    .iter()
    .map(|c| (c.code.to_string(), c.fit))
    .collect()
}

fn v(items: &[(&str, Fit)]) -> Vec<(String, Fit)> {
    items.iter().map(|(c, f)| (c.to_string(), *f)).collect()
}

#[test]
fn crosswalk_holland_rijnland_to_gelderland() {
    use Fit::*;
    let expected: [(&str, &[(&str, Fit)]); 15] = [
        ("48A04", &[("48B10", Broader)]),
        ("48A05", &[("48B10", Broader)]),
        ("48A06", &[("48B11", Same)]),
        ("47A01", &[("47B10", Same)]),
        ("47A05", &[("47B14", Same)]),
        ("47A04", &[("47B13", Same)]),
        ("47A02", &[("47B11", Same)]),
        ("47A03", &[("47B12", Same)]),
        ("47A06", &[("47B15", Same)]),
        ("4711", &[]),
        ("45070", &[("49B01", Same)]),
        ("48A10", &[("48B12", Narrower), ("48B13", Narrower)]),
        ("48C09", &[]),
        ("54004", &[("49B07", Closest)]),
        ("49B05", &[]),
    ];
    for (c, to) in expected {
        assert_eq!(hr_to_gld(c), v(to), "{c}");
    }
    let ggz = counterparts(
        Catalogue::holland_rijnland(),
        code("54004"),
        Catalogue::gelderland_2026(),
    )
    .unwrap();
    assert_eq!(
        ggz[0].note,
        Some(jbjr::catalogue::crosswalk::GGZ_DIAGNOSTIEK_NOTE)
    );
    assert_eq!(
        table(Catalogue::holland_rijnland(), Catalogue::gelderland_2026()).len(),
        15
    );
}

#[test]
fn crosswalk_gelderland_to_holland_rijnland() {
    use Fit::*;
    assert_eq!(
        gld_to_hr("48B10"),
        v(&[("48A04", Narrower), ("48A05", Narrower)])
    );
    assert_eq!(gld_to_hr("48B11"), v(&[("48A06", Same)]));
    assert_eq!(gld_to_hr("47B10"), v(&[("47A01", Same)]));
    assert_eq!(gld_to_hr("48B12"), v(&[("48A10", Broader)]));
    assert_eq!(gld_to_hr("48B13"), v(&[("48A10", Broader)]));
    assert_eq!(gld_to_hr("49B07"), v(&[("54004", Closest)]));
    assert_eq!(gld_to_hr("49B01"), v(&[("45070", Same)]));
    for none in [
        "47B16", "48B07", "48B15", "48B80", "48B84", "48B97", "48B98", "48B99", "49B03", "49B98",
        "49B99",
    ] {
        assert_eq!(gld_to_hr(none), vec![], "{none}");
    }
}

#[test]
fn crosswalk_is_symmetric() {
    let (hr, gld) = (Catalogue::holland_rijnland(), Catalogue::gelderland_2026());
    for (from, to) in [(hr, gld), (gld, hr)] {
        for (c, parts) in table(from, to) {
            for part in parts {
                let back = counterparts(to, part.code, from).unwrap();
                assert!(
                    back.iter().any(|b| b.code == c),
                    "{c} → {} has no way back",
                    part.code
                );
            }
        }
    }
    assert!(matches!(
        counterparts(hr, code("48B10"), gld),
        Err(Error::UnknownProduct { .. })
    ));
}
