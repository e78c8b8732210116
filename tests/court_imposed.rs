//! Which measures the Holland Rijnland targets count (source `000_e047e89f7a0dbd72.txt`,
//! segment 7 "Veiligheid"): "een daling van het totaal aantal door de rechter opgelegde
//! maatregelen van 20%", and the OTS target, "Peildatum is het aantal onderhanden OTS-en per
//! 1 januari 2022". LET OTS and LET Voogdij are an OTS and a voogdij the court imposed,
//! carried out by the LET; STP is part of the execution of a sentence (RJJ art. 4), not a
//! measure the court imposes.

use jbjr::billing::{HOLLAND_RIJNLAND_TARGETS, ScenarioEntry, TargetScope};
use jbjr::{Catalogue, Error, Measure, Provider};

/// Source 000_e047e89f7a0dbd72.txt, kernbeding 12: the LET "wordt ingezet om uitvoering te
/// geven aan kindbeschermingsmaatregelen (ondertoezichtstelling en voogdij)"; Productenboek
/// 2026 (002_1b572f4924ef38f6.txt), 48B12/48B13: "De door de rechter benoemde GI blijft
/// eindverantwoordelijk".
#[test]
fn let_ots_and_let_voogdij_count_as_court_imposed_000() {
    for m in [Measure::LetOts, Measure::LetVoogdij, Measure::Let] {
        assert!(m.is_court_imposed(), "{m}");
        assert!(TargetScope::CourtImposed.contains(m), "{m}");
    }
    // LET GTO is a service beside the GI's own work ("stapelbaar op de inzet vanuit de
    // reguliere GI inzet"), not the measure.
    assert!(!Measure::LetGto.is_court_imposed());
}

/// RJJ art. 4 lid 1 (references/law/rjj-stp-excerpts.md): "Een persoon ten aanzien van wie de
/// tenuitvoerlegging van een vrijheidsstraf in de inrichting plaatsvindt, neemt deel aan een
/// scholings- en trainingsprogramma, indien …": participation follows from the execution of
/// the sentence, not from a court order of its own.
#[test]
fn stp_is_not_a_court_imposed_measure_rjj_art_4() {
    assert!(!Measure::Stp.is_court_imposed());
    let court = HOLLAND_RIJNLAND_TARGETS[2];
    assert_eq!(court.scope, TargetScope::CourtImposed);
    let stp = ScenarioEntry {
        measure: Measure::Stp,
        code: "47B16".parse().unwrap(),
        provider: Provider::JbGld,
        baseline: 4,
        months_each: 3,
    };
    assert!(matches!(
        court.scenario(Catalogue::gelderland_2026(), &[stp]),
        Err(Error::OutOfTargetScope {
            measure: Measure::Stp,
            ..
        })
    ));
}

/// Source 000_e047e89f7a0dbd72.txt, doel 3: "In de periode van 1 januari 2022 tot en met 31
/// december 2026 neemt het aantal OTS met 20% af." "Peildatum is het aantal onderhanden OTS-en
/// per 1 januari 2022." An OTS carried out by the LET is one of them.
#[test]
fn the_ots_target_counts_let_ots_000_doel_3() {
    let ots = HOLLAND_RIJNLAND_TARGETS[0];
    assert!(ots.scope.contains(Measure::Ots));
    assert!(ots.scope.contains(Measure::LetOts));
    assert!(!ots.scope.contains(Measure::LetVoogdij));
    assert!(!ots.scope.contains(Measure::Vots));
    let book = Catalogue::gelderland_2026();
    let entries = [
        ScenarioEntry {
            measure: Measure::Ots,
            code: "48B10".parse().unwrap(),
            provider: Provider::JbGld,
            baseline: 250,
            months_each: 12,
        },
        ScenarioEntry {
            measure: Measure::LetOts,
            code: "48B12".parse().unwrap(),
            provider: Provider::JbGld,
            baseline: 10,
            months_each: 12,
        },
    ];
    let years = ots.scenario(book, &entries).unwrap();
    let last = years.last().unwrap();
    // 2026: 200 OTS and 8 LET OTS (−20 % each, linear path).
    assert_eq!(
        (last.year, last.baseline_count, last.count),
        (2026, 260, 208)
    );
    // Saving: 50 × 12 × 1259.29 + 2 × 12 × 2610.56 (Tabel 1, 48B10 and 48B12 JbGld).
    assert_eq!(last.saving().unwrap().to_string(), "818227.44");
    // The court-imposed target counts both too.
    assert!(HOLLAND_RIJNLAND_TARGETS[2].scenario(book, &entries).is_ok());
}
