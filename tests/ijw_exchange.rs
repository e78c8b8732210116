//! `ijw::Exchange` on the made-up exchange of data/ijw (MADE-UP DATA: test BSNs, made-up AGB
//! code 12340001 of JbGld): allocation versions and deletion (JW301, TR384 → 9384), start and
//! stop of care and their withdrawal (JW305/JW307 StatusAanlevering 3), the history of
//! declarations and answers (JW323 + JW325, TR342), the check of a declaration into its answer
//! (in-message faults → 0001, IV088) and the GI's run declared and checked round trip.
#![cfg(feature = "ijw")]

use chrono::NaiveDate;
use jbjr::Editions;
use jbjr::declaration::{Answer, Delivery, Status};
use jbjr::ijw::*;

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const ALLOCATIONS: [&str; 4] = [
    "jw301_toewijzing.xml",
    "jw301_toewijzing_999900018.xml",
    "jw301_toewijzing_999900031.xml",
    "jw301_toewijzing_999900031_v2.xml",
];
const STARTS: [&str; 4] = [
    "jw305_start.xml",
    "jw305_start_999900006_49B99.xml",
    "jw305_start_999900018.xml",
    "jw305_start_999900031.xml",
];

fn jw301(name: &str) -> Jw301 {
    Jw301::from_str(&data(name), name).unwrap()
}
fn jw305(name: &str) -> Jw305 {
    Jw305::from_str(&data(name), name).unwrap()
}
fn jw323(name: &str) -> Jw323 {
    Jw323::from_str(&data(name), name).unwrap()
}
fn jw325(name: &str) -> Jw325 {
    Jw325::from_str(&data(name), name).unwrap()
}

/// The allocations and starts of data/ijw, without history.
fn allocated() -> Exchange {
    let mut x = Exchange::new("JbGld=12340001".parse().unwrap());
    for name in ALLOCATIONS {
        x.add_jw301(&jw301(name)).unwrap();
    }
    for name in STARTS {
        x.add_jw305(&jw305(name)).unwrap();
    }
    x
}

/// The whole exchange of data/ijw: allocations, starts and the March history (8001).
fn exchange() -> Exchange {
    let mut x = allocated();
    x.add_history(
        &Editions::gelderland(),
        &jw323("jw323_maart.xml"),
        Some(&jw325("jw325_maart.xml")),
    )
    .unwrap();
    x
}

fn check(x: &Exchange, declaration: &Jw323) -> (Answer<String>, Jw325) {
    x.check(
        &Editions::gelderland(),
        declaration,
        "ANT1".parse().unwrap(),
        "2026-05-13".parse().unwrap(),
    )
    .unwrap()
}

/// Each line's reference and the (rule, retour code) pairs it was rejected for.
fn verdicts(answer: &Answer<String>) -> Vec<(String, Vec<(&'static str, &'static str)>)> {
    let Answer::Judged { checked, keys, .. } = answer else {
        panic!("expected a judged answer, got {answer:?}");
    };
    checked
        .verdicts
        .iter()
        .zip(keys)
        .map(|(v, k)| {
            let reasons = v
                .reasons
                .iter()
                .map(|r| (r.rule(), r.retour_code()))
                .collect();
            (k.reference.to_string(), reasons)
        })
        .collect()
}

fn reasons_of(answer: &Answer<String>, reference: &str) -> Vec<(&'static str, &'static str)> {
    verdicts(answer)
        .into_iter()
        .find(|(r, _)| r == reference)
        .unwrap_or_else(|| panic!("no line {reference}"))
        .1
}

fn allocation_numbers(x: &Exchange) -> Vec<u32> {
    x.cases()
        .iter()
        .map(|c| c.allocation.unwrap().get())
        .collect()
}

/// data/ijw/README.md: every line of the April declaration is rejected only for its
/// deliberate fault: TR418 → 0611, TR346 → 9346, TR384 → 9384; the rest (OTS, ACD JR hours,
/// the credit of the approved March line, IV085/TR323) approved.
#[test]
fn april_rejects_exactly_the_deliberate_lines() {
    let (answer, answer_msg) = check(&exchange(), &jw323("jw323_declaratie.xml"));
    assert_eq!(answer.retour_code(), "0200");
    let expected: Vec<(String, Vec<(&str, &str)>)> = vec![
        ("JBG2026040001".into(), vec![]),
        ("JBG2026040002".into(), vec![]),
        ("JBG2026040003".into(), vec![("TR418", "0611")]),
        ("JBG2026040004".into(), vec![("TR346", "9346")]),
        ("JBG2026040005".into(), vec![]),
        ("JBG2026040006".into(), vec![("TR384", "9384")]),
    ];
    assert_eq!(verdicts(&answer), expected);
    // TR342: 368184 submitted − 250803 returned = 117381 granted.
    let a = answer_msg.declaratie_antwoord.as_ref().unwrap();
    assert_eq!(a.totaal_ingediend_bedrag.signed_cents(), 368_184);
    assert_eq!(a.totaal_toegekend_bedrag.signed_cents(), 117_381);
}

/// The stored answer data/ijw/jw325_antwoord.xml is the check's answer (with the message id
/// `jbjr check` gives it: "A" and the declaration's id), and a JW325 written and read back is
/// equal.
#[test]
fn jw325_equals_the_stored_answer_and_reads_back_equal() {
    let x = exchange();
    let (_, answer) = x
        .check(
            &Editions::gelderland(),
            &jw323("jw323_declaratie.xml"),
            "AJBGD2605001".parse().unwrap(),
            "2026-05-13".parse().unwrap(),
        )
        .unwrap();
    assert_eq!(answer, jw325("jw325_antwoord.xml"));
    // And the March answer (8001) is the check of March on the allocations and starts.
    let (_, march) = allocated()
        .check(
            &Editions::gelderland(),
            &jw323("jw323_maart.xml"),
            "AJBGD2604001".parse().unwrap(),
            "2026-04-10".parse().unwrap(),
        )
        .unwrap();
    assert_eq!(march, jw325("jw325_maart.xml"));
    let xml = answer.to_xml_string().unwrap();
    assert_eq!(Jw325::from_str(&xml, "written").unwrap(), answer);
}

/// JW301 versions: an allocation is keyed by ToewijzingNummer; the newest version (by
/// Toewijzingsdatum and Toewijzingstijd) stands whatever the order the messages are added in,
/// so an older version added after a newer one does not replace it (the deletion holds).
#[test]
fn an_older_jw301_version_added_late_does_not_replace_the_newer() {
    let mut in_order = Exchange::new("JbGld=12340001".parse().unwrap());
    in_order
        .add_jw301(&jw301("jw301_toewijzing_999900031.xml"))
        .unwrap();
    assert_eq!(allocation_numbers(&in_order), [202_600_004, 202_600_005]);
    in_order
        .add_jw301(&jw301("jw301_toewijzing_999900031_v2.xml"))
        .unwrap();
    assert_eq!(allocation_numbers(&in_order), [202_600_004]);

    let mut late = Exchange::new("JbGld=12340001".parse().unwrap());
    late.add_jw301(&jw301("jw301_toewijzing_999900031_v2.xml"))
        .unwrap();
    late.add_jw301(&jw301("jw301_toewijzing_999900031.xml"))
        .unwrap();
    assert_eq!(allocation_numbers(&late), [202_600_004]);

    // And the check agrees: the line on 202600005 is told it is deleted (TR384), either way.
    for x in [&in_order, &late] {
        let (answer, _) = check(x, &jw323("jw323_declaratie.xml"));
        assert!(reasons_of(&answer, "JBG2026040006").contains(&("TR384", "9384")));
    }
}

/// A newer version replaces an older one: a v3 with a later Toewijzingsdatum that gives the
/// ACD JR back (no RedenWijziging 13) makes 202600005 stand again; the care reported on the
/// allocation stays with it.
#[test]
fn a_newer_jw301_version_replaces_the_older() {
    let v3 = data("jw301_toewijzing_999900031_v2.xml")
        .replace(
            "<jw301:RedenWijziging>13</jw301:RedenWijziging>",
            "<jw301:RedenWijziging>04</jw301:RedenWijziging>",
        )
        .replace(
            "<jw301:Toewijzingsdatum>2026-04-08</jw301:Toewijzingsdatum>",
            "<jw301:Toewijzingsdatum>2026-04-20</jw301:Toewijzingsdatum>",
        );
    let mut x = allocated();
    x.add_jw301(&Jw301::from_str(&v3, "v3").unwrap()).unwrap();
    assert!(allocation_numbers(&x).contains(&202_600_005));
    // Care of 202600004 (started 2026-03-01) survives the new version of its message.
    let voogdij = x
        .cases()
        .into_iter()
        .find(|c| c.allocation.unwrap().get() == 202_600_004)
        .unwrap();
    assert_eq!(voogdij.care.unwrap().start, day(2026, 3, 1));
}

/// TR384: a line on an allocation deleted with RedenWijziging 13 is rejected with 9384 (not
/// TR338 "unknown", 9338).
#[test]
fn tr384_a_line_on_a_deleted_allocation_is_rejected_9384() {
    let (answer, jw325) = check(&exchange(), &jw323("jw323_declaratie.xml"));
    let reasons = reasons_of(&answer, "JBG2026040006");
    assert_eq!(reasons, [("TR384", "9384")]);
    let returned = jw325
        .declaratie_antwoord
        .unwrap()
        .clienten
        .into_iter()
        .flat_map(|c| c.prestaties)
        .find(|p| p.prestatie.product_referentie.referentie_nummer.as_str() == "JBG2026040006")
        .unwrap();
    assert_eq!(
        returned.retour_codes,
        ["9384".parse::<RetourCode>().unwrap()]
    );
}

/// JW305 StatusAanlevering 3 withdraws a start: the ACD JR of 999900006 then has no care, and
/// its April line is rejected (SAP GI Startzorg, 9307); adding the start again restores it.
#[test]
fn jw305_status_3_withdraws_the_start() {
    let start = data("jw305_start_999900006_49B99.xml");
    let withdraw = start.replace(
        "<jw305:StatusAanlevering>1</jw305:StatusAanlevering>",
        "<jw305:StatusAanlevering>3</jw305:StatusAanlevering>",
    );
    assert_ne!(start, withdraw);
    let mut x = exchange();
    x.add_jw305(&Jw305::from_str(&withdraw, "withdraw").unwrap())
        .unwrap();
    let acd = |x: &Exchange| {
        x.cases()
            .into_iter()
            .find(|c| c.allocation.unwrap().get() == 202_600_002)
            .unwrap()
    };
    assert_eq!(acd(&x).care, None);
    let (answer, _) = check(&x, &jw323("jw323_declaratie.xml"));
    let reasons = reasons_of(&answer, "JBG2026040002");
    assert!(
        reasons.iter().any(|(_, code)| *code == "9307"),
        "{reasons:?}"
    );
    x.add_jw305(&Jw305::from_str(&start, "start").unwrap())
        .unwrap();
    assert_eq!(acd(&x).care.unwrap().start, day(2026, 4, 1));
    let (answer, _) = check(&x, &jw323("jw323_declaratie.xml"));
    assert!(reasons_of(&answer, "JBG2026040002").is_empty());
}

/// JW307 stops care; StatusAanlevering 3 withdraws the stop and keeps the start.
#[test]
fn jw307_stops_care_and_status_3_withdraws_the_stop() {
    let ots = |x: &Exchange| {
        x.cases()
            .into_iter()
            .find(|c| c.allocation.unwrap().get() == 202_600_001)
            .unwrap()
            .care
            .unwrap()
    };
    let stop = data("jw307_stop.xml");
    let mut x = exchange();
    x.add_jw307(&Jw307::from_str(&stop, "stop").unwrap())
        .unwrap();
    assert_eq!(
        (ots(&x).start, ots(&x).stop),
        (day(2026, 3, 2), Some(day(2026, 11, 30)))
    );
    let withdraw = stop.replace(
        "<jw307:StatusAanlevering>1</jw307:StatusAanlevering>",
        "<jw307:StatusAanlevering>3</jw307:StatusAanlevering>",
    );
    assert_ne!(stop, withdraw);
    x.add_jw307(&Jw307::from_str(&withdraw, "withdraw").unwrap())
        .unwrap();
    assert_eq!((ots(&x).start, ots(&x).stop), (day(2026, 3, 2), None));
}

/// A start naming an allocation no JW301 gave is refused, naming the client.
#[test]
fn a_start_without_its_allocation_is_refused() {
    let mut x = Exchange::new("JbGld=12340001".parse().unwrap());
    let e = x.add_jw305(&jw305("jw305_start.xml")).unwrap_err();
    assert!(e.to_string().contains("999900006"), "{e}");
}

fn status_of(x: &Exchange, reference: &str) -> Status {
    x.ledger()
        .entry(&reference.parse().unwrap())
        .unwrap_or_else(|| panic!("no entry {reference}"))
        .status
}

/// History (TR342): with its JW325 the lines the answer returns are rejected, the others
/// approved; the credit of an approved March line credits it.
#[test]
fn history_returned_lines_rejected_others_approved() {
    let mut x = exchange();
    assert_eq!(status_of(&x, "JBG2026030004"), Status::Approved);
    x.add_history(
        &Editions::gelderland(),
        &jw323("jw323_declaratie.xml"),
        Some(&jw325("jw325_antwoord.xml")),
    )
    .unwrap();
    for (reference, status) in [
        ("JBG2026040001", Status::Approved),
        ("JBG2026040002", Status::Approved),
        ("JBG2026040003", Status::Rejected),
        ("JBG2026040004", Status::Rejected),
        ("JBG2026040005", Status::Approved),
        ("JBG2026040006", Status::Rejected),
    ] {
        assert_eq!(status_of(&x, reference), status, "{reference}");
    }
    let march = x.ledger().entry(&"JBG2026030004".parse().unwrap()).unwrap();
    assert!(march.credited);
    // Net approved: March 962.98 + April 1259.29 + 877.50 − 962.98.
    assert_eq!(x.ledger().net_cents(), 125_929 + 87_750);
}

/// History: a `0001` answer (IV088, rejected as a whole, no DeclaratieAntwoord) rejects every
/// line; a JW323 without an answer counts as sent.
#[test]
fn history_0001_rejects_all_and_no_answer_is_sent() {
    let march = jw323("jw323_maart.xml");
    let mut rejected = jw325("jw325_maart.xml");
    rejected.header.retour_codes = vec![RetourCode::TECHNISCH_AFGEKEURD];
    rejected.declaratie_antwoord = None;
    let mut x = allocated();
    x.add_history(&Editions::gelderland(), &march, Some(&rejected))
        .unwrap();
    assert_eq!(status_of(&x, "JBG2026030004"), Status::Rejected);
    assert_eq!(x.ledger().open().count(), 0);

    let mut x = allocated();
    x.add_history(&Editions::gelderland(), &march, None)
        .unwrap();
    assert_eq!(status_of(&x, "JBG2026030004"), Status::Sent);
}

/// TR376: an answer for another declaration is refused.
#[test]
fn tr376_an_answer_for_another_declaration_is_refused() {
    let mut x = allocated();
    let e = x
        .add_history(
            &Editions::gelderland(),
            &jw323("jw323_maart.xml"),
            Some(&jw325("jw325_antwoord.xml")),
        )
        .unwrap_err();
    assert!(e.to_string().contains("TR376"), "{e}");
}

/// An in-message fault (TR358: TotaalIngediendBedrag is not the sum of the lines) rejects the
/// whole message: the JW325 header has 0001 and no DeclaratieAntwoord (IV088).
#[test]
fn tr358_wrong_total_answers_0001_without_declaratie_antwoord() {
    let xml = data("jw323_declaratie.xml").replace(
        "<ijw:TotaalBedrag>368184</ijw:TotaalBedrag>",
        "<ijw:TotaalBedrag>368185</ijw:TotaalBedrag>",
    );
    let declaration = Jw323::from_str(&xml, "wrong total").unwrap();
    let (answer, jw325) = check(&exchange(), &declaration);
    assert_eq!(answer.retour_code(), "0001");
    let Answer::Rejected { faults, .. } = &answer else {
        panic!("expected a rejected answer, got {answer:?}");
    };
    assert!(
        faults.iter().any(|f| f.reason.rule() == "TR358"),
        "{faults:?}"
    );
    assert_eq!(jw325.header.retour_codes, [RetourCode::TECHNISCH_AFGEKEURD]);
    assert!(jw325.declaratie_antwoord.is_none());
    assert_eq!(
        jw325.header.declaratie_identificatie,
        declaration.header.bericht_identificatie
    );
    let back = Jw325::from_str(&jw325.to_xml_string().unwrap(), "written").unwrap();
    assert_eq!(back, jw325);
}

fn gi_header(id: &str, date: &str) -> Header {
    Header {
        gemeente: "0202".parse().unwrap(),
        aanbieder: "12340001".parse().unwrap(),
        bericht_identificatie: BerichtIdentificatie {
            identificatie: id.parse().unwrap(),
            dagtekening: date.parse().unwrap(),
        },
        xsd_versie: XsdVersie::DEFAULT,
    }
}

fn periods(jw323: &Jw323) -> Vec<(String, NaiveDate)> {
    jw323
        .declaratie
        .clienten
        .iter()
        .flat_map(|c| &c.prestaties)
        .map(|p| (p.product_code.to_string(), p.product_periode.begindatum.0))
        .collect()
}

/// Declare → check round trip: the GI declares March from the allocations and starts, the
/// municipality checks it with the same exchange: 8001, every line approved. With that
/// history added, April's declaration holds only April lines (nothing is declared twice), and
/// is approved as a whole as well.
#[test]
fn declare_then_check_round_trip_8001_and_next_month_only_new_lines() {
    let books = Editions::gelderland();
    let mut x = allocated();
    let (march, run) = x
        .declare(
            &books,
            &[],
            day(2026, 3, 1),
            "RT202603".parse().unwrap(),
            gi_header("RT2604001", "2026-04-03"),
        )
        .unwrap();
    assert!(run.failures.is_empty(), "{:?}", x.describe(&run.failures));
    let march = march.unwrap();
    // March: only the Voogdij (from 2026-03-01); the OTS starts on 2 March, due from April.
    assert_eq!(periods(&march), [("48B11".to_string(), day(2026, 3, 1))]);
    let (answer, answer_msg) = check(&x, &march);
    assert_eq!(answer.retour_code(), "8001");
    assert!(verdicts(&answer).iter().all(|(_, r)| r.is_empty()));
    assert_eq!(
        answer_msg
            .declaratie_antwoord
            .as_ref()
            .unwrap()
            .retour_codes,
        [RetourCode::VOLLEDIG_TOEGEKEND]
    );
    x.add_history(&books, &march, Some(&answer_msg)).unwrap();

    let hours = [Delivery {
        client: "999900006".to_string(),
        code: "49B99".parse().unwrap(),
        provider: "JbGld".parse().unwrap(),
        month: day(2026, 4, 14),
        minutes: 360,
    }];
    let (april, run) = x
        .declare(
            &books,
            &hours,
            day(2026, 4, 1),
            "RT202604".parse().unwrap(),
            gi_header("RT2605001", "2026-05-06"),
        )
        .unwrap();
    assert!(run.failures.is_empty(), "{:?}", x.describe(&run.failures));
    let april = april.unwrap();
    let mut got = periods(&april);
    got.sort();
    let april_1 = day(2026, 4, 1);
    assert_eq!(
        got,
        [
            ("47B10".to_string(), april_1),
            ("48B10".to_string(), april_1),
            ("48B11".to_string(), april_1),
            ("49B99".to_string(), april_1),
        ]
    );
    // 1067.63 + 1259.29 + 962.98 + 6 × 146.25 (Gelderland 2026 product book).
    assert_eq!(
        april.declaratie.totaal_ingediend_bedrag.signed_cents(),
        106_763 + 125_929 + 96_298 + 87_750
    );
    let (answer, _) = check(&x, &april);
    assert_eq!(answer.retour_code(), "8001");
    // The JW323 written and read back is equal.
    let back = Jw323::from_str(&april.to_xml_string().unwrap(), "written").unwrap();
    assert_eq!(back, april);
}
