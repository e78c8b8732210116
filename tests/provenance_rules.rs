//! The provenance records of issue 18 on the Gelderland product book 2026 (source
//! `002_1b572f4924ef38f6.txt`): readings, inferences and contradictions of the source.

use jbjr::catalogue::provenance::{GELDERLAND_2026, OcrDecision};
use jbjr::{Catalogue, Provider};

fn find(code: &str, provider: Option<Provider>, location: &str) -> &'static OcrDecision {
    GELDERLAND_2026
        .iter()
        .find(|d| {
            d.code.map(|c| c.to_string()).as_deref() == Some(code)
                && d.provider == provider
                && d.location.starts_with(location)
        })
        .unwrap_or_else(|| panic!("no decision on {code} {provider:?} in {location}"))
}

/// Tabel 1, 48B13 JbGld "€ 1.996,321": the model's 1996.31 is used, the reading 1996.32 (the
/// "1" being the column rule) is recorded beside it.
#[test]
fn let_voogdij_jbgld_records_both_readings() {
    let d = find("48B13", Some(Provider::JbGld), "Tabel 1");
    assert_eq!((d.printed, d.chosen), ("€ 1.996,321", "1996.31"));
    assert!(d.reason.contains("1996.32") && d.reason.contains("column rule"));
    let book = Catalogue::gelderland_2026();
    assert_eq!(
        book.tariff("48B13".parse().unwrap(), Provider::JbGld)
            .unwrap()
            .amount()
            .to_string(),
        "1996.31"
    );
}

/// Tabel 1, 48B13 WSS and LdH both print "€ 2.026,17": possibly a typo in the source.
#[test]
fn let_voogdij_wss_ldh_may_be_a_typo_in_the_source() {
    for gi in [Provider::Wss, Provider::LdH] {
        let d = find("48B13", Some(gi), "Tabel 1");
        assert_eq!((d.printed, d.chosen), ("€ 2.026,17", "2036.17"));
        assert!(d.reason.contains("typo in the source"), "{gi}");
    }
}

/// Section 48B80: "Op de andere kinderen wordt productcode 48B84 afgegeven. 48B84 is een
/// product zonder financiële waarde"; 48B84 has no row in Tabel 1.
#[test]
fn the_gis_of_48b84_are_inferred_from_48b80() {
    let d = find("48B84", None, "Section 48B80");
    assert!(d.reason.starts_with("Inferred"));
    let book = Catalogue::gelderland_2026();
    let offered = |code: &str| -> Vec<Provider> {
        book.product(code.parse().unwrap())
            .unwrap()
            .providers()
            .collect()
    };
    assert_eq!(offered("48B84"), offered("48B80"));
    assert_eq!(
        offered("48B84"),
        [Provider::JbGld, Provider::Wss, Provider::JvV]
    );
}

/// Section 48B80 "Productcode en normering" lists "LdH 48B80"; Tabel 1 prints n.v.t.
#[test]
fn ldh_48b80_contradiction_is_recorded_and_tabel_1_wins() {
    let d = find("48B80", None, "Section 48B80, Productcode");
    assert!(d.printed.contains("LdH 48B80") && d.reason.contains("Tabel 1"));
    let book = Catalogue::gelderland_2026();
    assert!(
        book.tariff("48B80".parse().unwrap(), Provider::LdH)
            .is_err()
    );
}

/// Normuren en kostprijs 2026: "Jeugreclassering 24,8 uur … / Samenloop" is one wrapped label;
/// Tariefbepaling "… KKPB &3": 60, or 63 if "79" is a misread 76.
#[test]
fn wrapped_label_and_the_alternative_reading_of_and_3() {
    let samenloop = find("47B15", None, "Normuren en kostprijs");
    assert!(samenloop.reason.starts_with("A wrapped label, not a shift"));
    let kkpb = GELDERLAND_2026
        .iter()
        .find(|d| d.printed.contains("&3"))
        .unwrap();
    assert_eq!(kkpb.chosen, "60");
    assert!(kkpb.reason.contains("63") && kkpb.reason.contains("76"));
}
