//! The ledger between one GI and one municipality (issue 17): what stands for an allocation and
//! month, the open lines, the net total, fed by keyed runs and their answers, and through serde.

use chrono::NaiveDate;
use jbjr::billing::Case;
use jbjr::declaration::{
    Checked, DeclarationLine, Header, KeyedLine, Keys, Ledger, Status, Submitted, check,
    check_declaration, run,
};
use jbjr::{AllocationNumber, Editions, Provider, ReferenceSeries};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn n(x: u32) -> AllocationNumber {
    AllocationNumber::new(x).unwrap()
}

fn header(month: u32) -> Header {
    Header::new(
        format!("D{month}").parse().unwrap(),
        d(month, 1),
        d(month + 1, 5),
        "12345678".parse().unwrap(),
        "0202".parse().unwrap(),
        0,
    )
    .unwrap()
}

/// Monthly keyed runs from `first` to `last`, each sent, checked and recorded.
fn months(
    ledger: &mut Ledger,
    cases_in: impl Fn(u32) -> Vec<Case<String>>,
    first: u32,
    last: u32,
    refs: &mut ReferenceSeries,
) {
    let books = Editions::gelderland();
    for m in first..=last {
        let cases = cases_in(m);
        let r = ledger
            .run(&books, &cases, &[], d(1, 1), d(m, 1), refs)
            .unwrap();
        assert!(r.failures.is_empty(), "{:?}", r.failures);
        let decl = r.declaration(header(m));
        ledger.record_sent(&decl.lines);
        let answer = check_declaration(&books, &cases, ledger, &decl);
        assert_ne!(answer.retour_code(), "0001", "{answer:?}");
        if let Some(c) = answer.checked() {
            assert_eq!(c.totals.rejected_lines, 0, "month {m}: {c:?}");
        }
        ledger.record_answer(&decl, &answer);
    }
}

// A late stop (JW307 arrives in June: care ended 25 March): the June run credits April and May
// by reference (VorigReferentieNummer) and declares March; the ledger nets to the quote of the
// final period (SAP GI: March, the month care ended, is billed in full), 1 × 1259.29.
#[test]
fn a_late_stop_is_credited_by_reference_and_the_ledger_nets_to_the_quote() {
    let start = d(3, 15);
    let case = Case::new(
        "999900006".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        start,
    )
    .with_care(start, None)
    .with_allocation(n(100_001));
    let stopped = case.clone().stopped(d(3, 25));
    let mut ledger = Ledger::new();
    let mut refs = ReferenceSeries::new("JBG-", 1).unwrap();
    months(&mut ledger, |_| vec![case.clone()], 3, 5, &mut refs);
    assert_eq!(ledger.net_cents(), 2 * 125_929); // April, May
    let april = ledger.standing(n(100_001), d(4, 1)).next().unwrap().clone();
    months(&mut ledger, |_| vec![stopped.clone()], 6, 6, &mut refs);
    assert_eq!(ledger.net_cents(), 125_929);
    assert_eq!(ledger.standing(n(100_001), d(4, 1)).count(), 0);
    assert_eq!(ledger.standing(n(100_001), d(3, 1)).count(), 1);
    // The credit of April names April's reference (IV085).
    let credit = ledger
        .entries()
        .iter()
        .find(|e| e.line.credit && e.line.start == d(4, 1))
        .unwrap();
    assert_eq!(
        credit.keys.as_ref().unwrap().previous,
        april.keys.map(|k| k.reference)
    );
    // Nothing more to declare.
    let books = Editions::gelderland();
    let again = ledger
        .run(&books, &[stopped], &[], d(1, 1), d(6, 1), &mut refs)
        .unwrap();
    assert!(again.lines.is_empty(), "{:?}", again.lines);
}

// A credit rejected after it was sent: the line it named stands again (not credited twice by
// hand); a rejected line does not stand and is declared again by the next run.
#[test]
fn rejected_lines_do_not_stand_and_a_rejected_credit_restores_its_line() {
    let books = Editions::gelderland();
    let case = Case::new(
        "999900006".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(1, 1),
    )
    .with_care(d(1, 1), None)
    .with_allocation(n(7));
    let line = DeclarationLine::due(&books, &case, d(4, 1))
        .unwrap()
        .unwrap();
    let debit = KeyedLine::new(line, Keys::new("A".parse().unwrap()).on(n(7)));
    let credit = debit.credit("B".parse().unwrap());
    let mut ledger = Ledger::new();
    ledger.record([(debit.clone(), Status::Approved)]);
    ledger.record_sent(std::slice::from_ref(&credit));
    assert_eq!(ledger.open().count(), 0);
    ledger.record([(credit, Status::Rejected)]);
    assert_eq!(ledger.open().count(), 1);
    assert_eq!(ledger.net_cents(), 125_929);

    let mut rejected = Ledger::new();
    rejected.record([(debit, Status::Rejected)]);
    let mut refs = ReferenceSeries::new("R", 1).unwrap();
    let r = rejected
        .run(&books, &[case], &[], d(4, 1), d(4, 1), &mut refs)
        .unwrap();
    assert_eq!(r.lines.len(), 1);
    assert_eq!(r.lines[0].keys.reference.as_str(), "R1");
}

// The unkeyed way (no numbers, no references): a Checked goes into the ledger, whose approved
// lines feed the next run and check; credits cancel by content.
#[test]
fn an_unkeyed_checked_goes_into_the_ledger() {
    let books = Editions::gelderland();
    let case = Case::new(
        "a".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(3, 15),
    )
    .with_care(d(3, 15), None);
    let mut ledger = Ledger::new();
    let sent = run(
        &books,
        std::slice::from_ref(&case),
        &[],
        &ledger.approved_lines(),
        d(1, 1),
        d(5, 1),
    );
    let checked: Checked = check(
        &books,
        std::slice::from_ref(&case),
        &ledger.approved_lines(),
        sent.lines.into_iter().map(Submitted::from),
        d(6, 3),
    );
    ledger.record_checked(&checked);
    assert_eq!(ledger.net_cents(), 2 * 125_929); // April, May
    let stopped = case.stopped(d(3, 25));
    let sent = run(
        &books,
        std::slice::from_ref(&stopped),
        &[],
        &ledger.approved_lines(),
        d(1, 1),
        d(6, 1),
    );
    let checked = check(
        &books,
        std::slice::from_ref(&stopped),
        &ledger.approved_lines(),
        sent.lines.into_iter().map(Submitted::from),
        d(7, 3),
    );
    assert_eq!(checked.totals.rejected_lines, 0, "{checked:?}");
    ledger.record_checked(&checked);
    assert_eq!(ledger.net_cents(), 125_929); // March only
    assert_eq!(ledger.open().count(), 1);
}

#[cfg(feature = "serde")]
#[test]
fn the_ledger_and_the_answers_round_trip_through_serde() {
    use jbjr::declaration::{Answer, Reason, Run};
    let case = Case::new(
        "999900006".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(1, 1),
    )
    .with_care(d(1, 1), None)
    .with_allocation(n(7));
    let mut ledger = Ledger::new();
    let mut refs = ReferenceSeries::new("R", 1).unwrap();
    months(&mut ledger, |_| vec![case.clone()], 1, 3, &mut refs);
    let json = serde_json::to_string(&ledger).unwrap();
    let back: Ledger = serde_json::from_str(&json).unwrap();
    assert_eq!(back, ledger);
    assert_eq!(back.net_cents(), ledger.net_cents());
    assert_eq!(
        back.standing(n(7), d(2, 1)).count(),
        ledger.standing(n(7), d(2, 1)).count()
    );

    // A reason carries its rule and retour code.
    let r = Reason::AlreadyApproved { month: d(4, 1) };
    let json = serde_json::to_string(&r).unwrap();
    assert!(
        json.contains(r#""rule":"TR389, TR416""#) && json.contains(r#""retour_code":"9389""#),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Reason>(&json).unwrap(), r);

    // A judged answer and a run.
    let books = Editions::gelderland();
    let mut line = DeclarationLine::due(&books, &case, d(4, 1))
        .unwrap()
        .unwrap();
    line.amount_cents += 1;
    let decl = jbjr::declaration::Declaration::new(
        Header {
            total_cents: line.amount_cents,
            ..header(4)
        },
        vec![KeyedLine::new(
            line,
            Keys::new("X".parse().unwrap()).on(n(7)),
        )],
    );
    let answer = check_declaration(&books, std::slice::from_ref(&case), &ledger, &decl);
    let json = serde_json::to_string(&answer).unwrap();
    assert!(json.contains(r#""retour_code":"9346""#), "{json}");
    assert_eq!(serde_json::from_str::<Answer>(&json).unwrap(), answer);
    let r = run(&books, &[case], &[], &[], d(1, 1), d(2, 1));
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<Run>(&json).unwrap(), r);
}
