//! Keyed declarations (issue 17): allocation numbers, line references, the two levels of iJw
//! checking (messages.md §2.4, §4.3; IV088) and every reason's WJ001 retour code.

use chrono::{Datelike, NaiveDate};
use jbjr::billing::Case;
use jbjr::declaration::{
    Answer, Declaration, DeclarationLine, Header, KeyedLine, Keys, Ledger, Level, Reason, Status,
    check, check_declaration,
};
use jbjr::{AllocationNumber, Decimal, Editions, Provider, Reference, Unit};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

const BSN: &str = "999900006"; // test range, passes the 11-proef (elfproef.md)
const OTHER: &str = "999900018";

fn n(x: u32) -> AllocationNumber {
    AllocationNumber::new(x).unwrap()
}

fn r(s: &str) -> Reference {
    s.parse().unwrap()
}

fn ots(client: &str, start: NaiveDate, number: u32) -> Case<String> {
    Case::new(
        client.to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        start,
    )
    .with_care(start, None)
    .with_allocation(n(number))
}

/// The OTS line due for a case and month (DeclarationLine::due), keyed.
fn keyed(case: &Case<String>, month: u32, reference: &str) -> KeyedLine<String> {
    let line = DeclarationLine::due(&Editions::gelderland(), case, d(month, 1))
        .unwrap()
        .expect("due");
    KeyedLine::new(line, Keys::new(r(reference)).on(case.allocation.unwrap()))
}

fn declaration(month: u32, lines: Vec<KeyedLine<String>>) -> Declaration<String> {
    let header = Header::new(
        "D1".parse().unwrap(),
        d(month, 1),
        d(month + 1, 6),
        "12345678".parse().unwrap(),
        "0202".parse().unwrap(),
        0,
    )
    .unwrap();
    let mut decl = Declaration::new(header, lines);
    decl.header.total_cents = decl.lines_cents();
    decl
}

fn judged(answer: &Answer<String>) -> Vec<Vec<Reason>> {
    match answer {
        Answer::Judged { checked, .. } => {
            checked.verdicts.iter().map(|v| v.reasons.clone()).collect()
        }
        Answer::Rejected { faults, .. } => panic!("rejected as a whole: {faults:?}"),
        _ => panic!("unknown answer"),
    }
}

fn codes(reasons: &[Reason]) -> Vec<&'static str> {
    reasons.iter().map(Reason::retour_code).collect()
}

// Two allocations of one product for one client (overlapping): each is declared once a month
// and neither is double billing (TR389 counts per allocation); the run keeps declaring nothing
// more once both stand.
#[test]
fn two_overlapping_allocations_of_one_product_are_both_billed() {
    let books = Editions::gelderland();
    let cases = [ots(BSN, d(1, 1), 1), ots(BSN, d(2, 1), 2)];
    let mut ledger = Ledger::new();
    let mut refs = jbjr::ReferenceSeries::new("R", 1).unwrap();
    let run = ledger
        .run(&books, &cases, &[], d(4, 1), d(4, 1), &mut refs)
        .unwrap();
    assert_eq!(run.lines.len(), 2);
    let numbers: Vec<_> = run.lines.iter().map(|l| l.keys.allocation).collect();
    assert!(numbers.contains(&Some(n(1))) && numbers.contains(&Some(n(2))));
    let decl = run.declaration(declaration(4, vec![]).header);
    let answer = check_declaration(&books, &cases, &ledger, &decl);
    assert_eq!(answer.retour_code(), "8001", "{answer:?}");
    ledger.record_answer(&decl, &answer);
    let again = ledger
        .run(&books, &cases, &[], d(4, 1), d(4, 1), &mut refs)
        .unwrap();
    assert!(again.lines.is_empty(), "{:?}", again.lines);
    // A second debit on allocation 1 for April is double billing: TR389 → 9389.
    let decl = declaration(4, vec![keyed(&cases[0], 4, "R9")]);
    let reasons = judged(&check_declaration(&books, &cases, &ledger, &decl));
    assert_eq!(codes(&reasons[0]), ["9389"]);
    assert_eq!(reasons[0][0].rule(), "TR389, TR416");
}

// Two overlapping allocations of one product for one client, with their numbers (JW301
// ToewijzingNummer), run keyed month after month and each month checked by the keyed check:
// both are declared in every month they are due (TR389 counts per allocation), every line is
// approved, and a second run sends nothing. The plain run, matching by client, product and GI,
// cannot tell them apart and reports the overlap instead (issue 18, RunFailure::Overlap).
#[test]
fn two_numbered_overlapping_allocations_are_declared_every_month_and_approved() {
    let books = Editions::gelderland();
    // 10: from 15 January, running (January is its first broken month, never due);
    // 20: 1 February to 31 May.
    let cases = [
        ots(BSN, d(1, 15), 10),
        ots(BSN, d(2, 1), 20).with_end(d(5, 31)),
    ];
    let mut ledger = Ledger::new();
    let mut refs = jbjr::ReferenceSeries::new("K", 1).unwrap();
    for m in 1..=7 {
        let run = ledger
            .run(&books, &cases, &[], d(1, 1), d(m, 1), &mut refs)
            .unwrap();
        assert!(run.failures.is_empty(), "month {m}: {:?}", run.failures);
        let mut numbers: Vec<_> = run.lines.iter().map(|l| l.keys.allocation).collect();
        numbers.sort();
        let expected: Vec<_> = [(10, 2..=12), (20, 2..=5)]
            .into_iter()
            .filter(|(_, months)| months.contains(&m))
            .map(|(x, _)| Some(n(x)))
            .collect();
        assert_eq!(numbers, expected, "month {m}");
        assert!(
            run.lines
                .iter()
                .all(|l| !l.line.credit && l.line.start.month() == m)
        );
        let header = Header::new(
            format!("D{m}").parse().unwrap(),
            d(m, 1),
            d(m + 1, 5),
            "12345678".parse().unwrap(),
            "0202".parse().unwrap(),
            0,
        )
        .unwrap();
        let decl = run.declaration(header);
        ledger.record_sent(&decl.lines);
        let answer = check_declaration(&books, &cases, &ledger, &decl);
        let verdicts = judged(&answer);
        assert_eq!(verdicts.len(), expected.len());
        assert!(
            verdicts.iter().all(Vec::is_empty),
            "month {m}: {verdicts:?}"
        );
        ledger.record_answer(&decl, &answer);
        let again = ledger
            .run(&books, &cases, &[], d(1, 1), d(m, 1), &mut refs)
            .unwrap();
        assert!(again.lines.is_empty(), "month {m}: {:?}", again.lines);
    }
    // Each allocation once a month: 10 from February to July, 20 from February to May, at the
    // OTS tariff of JbGld (Productenboek Gelderland 2026: 1259.29).
    for m in 1..=7 {
        let standing = |x| ledger.standing(n(x), d(m, 1)).count();
        assert_eq!(standing(10), usize::from(m >= 2), "10, month {m}");
        assert_eq!(
            standing(20),
            usize::from((2..=5).contains(&m)),
            "20, month {m}"
        );
    }
    assert_eq!(ledger.net_cents(), (6 + 4) * 125_929);
    // The plain run matches by client, product and GI: the same cases overlap there.
    let plain = jbjr::declaration::run(&books, &cases, &[], &[], d(1, 1), d(7, 1));
    assert!(
        plain.failures.iter().any(|f| matches!(
            f,
            jbjr::declaration::RunFailure::Overlap {
                index: 1,
                other: 0,
                ..
            }
        )),
        "{:?}",
        plain.failures
    );
}

// Two numbered allocations of one hourly product (ACD JR 49B99) for one client: the care
// delivered in a month is declared once, on the allocation whose period starts first, whatever
// the order of the cases (no double billing of the same minutes, TR389/TR416), and approved.
#[test]
fn delivered_care_is_declared_once_when_two_numbered_allocations_cover_the_month() {
    let books = Editions::gelderland();
    let acd = |start, number| {
        Case::new(
            BSN.to_string(),
            "49B99".parse().unwrap(),
            Provider::JbGld,
            start,
        )
        .with_volume(jbjr::Volume {
            amount: 10,
            unit: Unit::Hour,
        })
        .with_care(start, None)
        .with_allocation(n(number))
    };
    let delivery = jbjr::declaration::Delivery {
        client: BSN.to_string(),
        code: "49B99".parse().unwrap(),
        provider: Provider::JbGld,
        month: d(3, 10),
        minutes: 360,
    };
    for cases in [
        vec![acd(d(1, 1), 30), acd(d(2, 1), 40)],
        vec![acd(d(2, 1), 40), acd(d(1, 1), 30)],
    ] {
        let mut refs = jbjr::ReferenceSeries::new("H", 1).unwrap();
        let run = Ledger::new()
            .run(
                &books,
                &cases,
                std::slice::from_ref(&delivery),
                d(3, 1),
                d(3, 1),
                &mut refs,
            )
            .unwrap();
        assert!(run.failures.is_empty(), "{:?}", run.failures);
        assert_eq!(run.lines.len(), 1, "{:?}", run.lines);
        let line = &run.lines[0];
        // 6 hours × 146.25 (JbGld's hourly rate, Productenboek Gelderland 2026) on allocation 30.
        assert_eq!(
            (
                line.keys.allocation,
                line.line.volume,
                line.line.amount_cents
            ),
            (Some(n(30)), 6, 87_750)
        );
        let header = Header::new(
            "D3".parse().unwrap(),
            d(3, 1),
            d(4, 5),
            "12345678".parse().unwrap(),
            "0202".parse().unwrap(),
            87_750,
        )
        .unwrap();
        let decl = run.declaration(header);
        let answer = check_declaration(&books, &cases, &Ledger::new(), &decl);
        assert_eq!(answer.retour_code(), "8001");
    }
}

// TR338 → 9338, TR304 → 8187, TR339 → 9339, TR340 → 9340.
#[test]
fn the_allocation_number_must_be_known_and_fit_the_line() {
    let books = Editions::gelderland();
    let mine = ots(BSN, d(1, 1), 1);
    let theirs = ots(OTHER, d(1, 1), 2);
    let voogdij = Case::new(
        BSN.to_string(),
        "48B11".parse().unwrap(),
        Provider::JbGld,
        d(1, 1),
    )
    .with_care(d(1, 1), None)
    .with_allocation(n(3));
    let jr = Case::new(
        BSN.to_string(),
        "47B10".parse().unwrap(),
        Provider::JbGld,
        d(1, 1),
    )
    .with_care(d(1, 1), None)
    .with_allocation(n(4));
    let cases = [mine.clone(), theirs, voogdij, jr];
    let line = |number, reference| {
        let mut k = keyed(&mine, 4, reference);
        k.keys.allocation = Some(n(number));
        k
    };
    let decl = declaration(
        4,
        vec![
            line(1, "A"),
            line(99, "B"),
            line(2, "C"),
            line(3, "D"),
            line(4, "E"),
        ],
    );
    let reasons = judged(&check_declaration(&books, &cases, &Ledger::new(), &decl));
    assert_eq!(codes(&reasons[0]), Vec::<&str>::new());
    assert_eq!(codes(&reasons[1]), ["9338"]);
    assert_eq!(reasons[1][0].rule(), "TR338");
    assert_eq!(codes(&reasons[2]), ["8187"]);
    assert_eq!(reasons[2][0].rule(), "TR304");
    assert_eq!(codes(&reasons[3]), ["9340"]); // 48B10 against 48B11: same category 48
    assert_eq!(codes(&reasons[4]), ["9339"]); // 48B10 against 47B10: category 48 ≠ 47
}

// In-message rules reject the whole declaration with 0001 and list every rule broken.
#[test]
fn in_message_rules_reject_the_whole_declaration_listing_every_fault() {
    let books = Editions::gelderland();
    let case = ots(BSN, d(1, 1), 1);
    let good = keyed(&case, 4, "A");
    let mut bad_bsn = keyed(&case, 3, "B");
    bad_bsn.line.client = "123456789".to_string(); // CS002: fails the 11-proef
    let mut two_months = keyed(&case, 2, "C");
    two_months.line.end = d(3, 31); // CS337/OP367
    let mut reversed = keyed(&case, 1, "D");
    reversed.line.end = d(1, 1);
    reversed.line.start = d(1, 31); // TR018
    let mut zero_credit = good.credit(r("E"));
    zero_credit.line.amount_cents = 0; // CS325
    let mut debit_with_previous = keyed(&case, 5, "F");
    debit_with_previous.keys.previous = Some(r("A")); // CD060
    let duplicate = keyed(&case, 4, "G"); // TR416: April twice on allocation 1
    let same_reference = keyed(&case, 6, "A"); // TR101
    let mut decl = declaration(
        4,
        vec![
            good.clone(),
            bad_bsn,
            two_months,
            reversed,
            zero_credit,
            debit_with_previous,
            duplicate,
            same_reference,
        ],
    );
    decl.header.total_cents += 1; // TR358
    decl.header.period_end = d(4, 29); // CS340
    let answer = check_declaration(&books, &[case], &Ledger::new(), &decl);
    assert_eq!(answer.retour_code(), "0001");
    let faults = answer.faults().unwrap();
    let rules: Vec<&str> = faults.iter().map(|f| f.reason.rule()).collect();
    for rule in [
        "CS002", "OP367", "TR018", "CS325", "CD060", "TR416", "TR101", "TR358", "CS340", "TR316",
    ] {
        assert!(rules.contains(&rule), "{rule} missing from {rules:?}");
    }
    assert!(faults.iter().all(|f| f.reason.retour_code() == "0001"));
    assert!(faults.iter().all(|f| f.reason.level() == Level::Message));
    assert!(answer.checked().is_none()); // no verdicts per line
    // The header faults name no line; CS002 names line 2.
    assert!(
        faults
            .iter()
            .any(|f| f.line.is_none() && f.reason.rule() == "TR358")
    );
    assert!(
        faults
            .iter()
            .any(|f| f.line == Some(1) && f.reason.rule() == "CS002")
    );
}

// TR316: a debit and its own credit may not come in one declaration (0001); TR315: two credits
// of one line in one declaration (0001); TR335: a period more than five years back (0001).
#[test]
fn a_debit_and_its_own_credit_and_two_credits_of_one_line() {
    let books = Editions::gelderland();
    let case = ots(BSN, d(1, 1), 1);
    let debit = keyed(&case, 4, "A");
    let decl = declaration(4, vec![debit.clone(), debit.credit(r("B"))]);
    let answer = check_declaration(&books, std::slice::from_ref(&case), &Ledger::new(), &decl);
    let rules: Vec<_> = answer
        .faults()
        .unwrap()
        .iter()
        .map(|f| f.reason.rule())
        .collect();
    assert_eq!(rules, ["TR316"]);

    let mut ledger = Ledger::new();
    ledger.record([(debit.clone(), Status::Approved)]);
    let decl = declaration(5, vec![debit.credit(r("B")), debit.credit(r("C"))]);
    let answer = check_declaration(&books, std::slice::from_ref(&case), &ledger, &decl);
    let rules: Vec<_> = answer
        .faults()
        .unwrap()
        .iter()
        .map(|f| f.reason.rule())
        .collect();
    assert_eq!(rules, ["TR315"]);

    let mut old = debit.clone();
    old.line.start = NaiveDate::from_ymd_opt(2020, 4, 1).unwrap();
    old.line.end = NaiveDate::from_ymd_opt(2020, 4, 30).unwrap();
    let answer = check_declaration(&books, &[case], &Ledger::new(), &declaration(4, vec![old]));
    assert_eq!(answer.faults().unwrap()[0].reason.rule(), "TR335");
}

// A credit and its corrected line in one declaration: both approved. Then credits of credits,
// a second credit of one line (TR390 → 9390), a credit of an unknown or rejected line (TR323 →
// 8017), a credit that does not repeat its line (IV085, TR323 → 8017), a reused reference
// (TR314 → 8021).
#[test]
fn credits_name_an_approved_line_not_yet_credited() {
    let books = Editions::gelderland();
    let case = ots(BSN, d(1, 1), 1);
    let cases = [case.clone()];
    let debit = keyed(&case, 4, "A");
    let mut ledger = Ledger::new();
    ledger.record([(debit.clone(), Status::Approved)]);
    assert_eq!(ledger.net_cents(), 125_929);

    // The credit of A and the corrected April line, side by side.
    let credit = debit.credit(r("B"));
    let corrected = keyed(&case, 4, "C");
    let decl = declaration(5, vec![corrected.clone(), credit.clone()]);
    let answer = check_declaration(&books, &cases, &ledger, &decl);
    assert_eq!(answer.retour_code(), "8001", "{answer:?}");
    ledger.record_answer(&decl, &answer);
    assert_eq!(ledger.net_cents(), 125_929);
    assert_eq!(ledger.standing(n(1), d(4, 1)).count(), 1);
    assert_eq!(
        ledger.standing(n(1), d(4, 1)).next().unwrap().keys,
        Some(corrected.keys.clone())
    );

    let decl = declaration(
        5,
        vec![
            debit.credit(r("D")),  // A was credited already: TR390
            credit.credit(r("E")), // a credit of a credit: TR323
            KeyedLine::new(debit.line.credit_of(), Keys::new(r("F")).crediting(r("ZZ"))), // unknown
            {
                let mut c = corrected.credit(r("G"));
                c.line.amount_cents -= 1; // does not repeat C
                c.line.product_tariff = Decimal::new(125_928, 2);
                c
            },
        ],
    );
    let reasons = judged(&check_declaration(&books, &cases, &ledger, &decl));
    assert_eq!(codes(&reasons[0]), ["9390"]);
    assert_eq!(reasons[0][0].rule(), "TR390");
    assert_eq!(codes(&reasons[1]), ["8017"]);
    assert_eq!(codes(&reasons[2]), ["8017"]);
    assert_eq!(codes(&reasons[3]), ["8017"]);
    // A used before: TR314 → 8021.
    let decl = declaration(5, vec![keyed(&case, 3, "A")]);
    let reasons = judged(&check_declaration(&books, &cases, &ledger, &decl));
    assert_eq!(codes(&reasons[0]), ["8021"]);
}

// When two cases could hold a line (overlapping allocations without numbers, TR387/TR388), the
// verdict does not depend on their order: the case whose billed period starts first decides.
#[test]
fn the_holder_of_a_line_does_not_depend_on_the_order_of_cases() {
    let books = Editions::gelderland();
    let early = Case::new(
        BSN.to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(1, 10),
    )
    .with_care(d(1, 10), Some(d(6, 30)));
    let late = Case::new(
        BSN.to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        d(3, 20),
    )
    .with_care(d(3, 20), None);
    // 1 to 31 March: inside `early`; in `late` it would break TR387 and the first-month rule.
    let line = DeclarationLine::due(&books, &early, d(3, 1))
        .unwrap()
        .unwrap();
    let a = check(
        &books,
        &[early.clone(), late.clone()],
        &[],
        [line.clone().into()],
        d(12, 31),
    );
    let b = check(&books, &[late, early], &[], [line.into()], d(12, 31));
    assert_eq!(a, b);
    assert!(a.verdicts[0].is_approved(), "{a:?}");
}

// Every reason names its rule and a WJ001 code from the XSD enumeration (messages.md §4.2).
#[test]
fn every_retour_code_is_in_wj001() {
    const WJ001: [&str; 30] = [
        "0001", "0200", "0233", "0611", "8001", "8017", "8021", "8187", "8214", "8848", "9307",
        "9308", "9319", "9321", "9322", "9338", "9339", "9340", "9341", "9346", "9369", "9384",
        "9387", "9388", "9389", "9390", "9333", "9056", "S300", "S329",
    ];
    let reasons = [
        Reason::NoAllocation,
        Reason::CareNotStarted,
        Reason::CreditWithoutApproval,
        Reason::ZeroCredit,
        Reason::FirstBrokenMonth {
            month: d(3, 1),
            case_start: d(3, 15),
        },
        Reason::LetGtoOnce {
            term_start: d(1, 1),
            term_end: d(3, 31),
        },
        Reason::NotOnceAtEnd {
            month: d(3, 1),
            case_end: None,
        },
        Reason::NotOnceAtEnd {
            month: d(5, 1),
            case_end: Some(d(3, 10)),
        },
        Reason::OutsideAllocation {
            start: d(1, 1),
            end: d(1, 31),
            case_start: d(2, 1),
            case_end: None,
        },
        Reason::OutsideAllocation {
            start: d(7, 1),
            end: d(7, 31),
            case_start: d(2, 1),
            case_end: Some(d(6, 30)),
        },
        Reason::VolumeNotOne {
            volume: 2,
            unit: Unit::Month,
        },
        Reason::UnknownAllocation { allocation: n(5) },
        Reason::AlreadyCredited { previous: r("A") },
    ];
    let got: Vec<_> = reasons.iter().map(Reason::retour_code).collect();
    assert_eq!(
        got,
        [
            "9340", "9307", "8017", "0001", "9307", "9322", "9319", "9308", "9307", "9308", "9321",
            "9338", "9390"
        ]
    );
    for reason in &reasons {
        assert!(WJ001.contains(&reason.retour_code()), "{reason:?}");
        assert!(!reason.rule().is_empty());
    }
}

// One amount convention at the edge: eurocents in lines; euros read from text are exact.
#[test]
fn euros_from_text_are_never_rounded() {
    use jbjr::money::cents_from_euros;
    assert_eq!(cents_from_euros("1259.29").unwrap(), 125_929);
    assert!(cents_from_euros("1259.295").is_err());
    assert!(cents_from_euros("1259.29.1").is_err());
    assert_eq!(cents_from_euros("1259.290").unwrap(), 125_929); // trailing zeros are exact
}

// Display: one readable line per line, verdict, totals and run failure.
#[test]
fn answers_read_as_one_line_each() {
    let books = Editions::gelderland();
    let case = ots(BSN, d(1, 1), 1);
    let mut line = DeclarationLine::due(&books, &case, d(4, 1))
        .unwrap()
        .unwrap();
    assert_eq!(
        line.to_string(),
        "999900006 2026-04 48B10 JbGld 2026-04-01..2026-04-30 1 month × 1259.29 = 1259.29 D"
    );
    line.product_tariff = Decimal::new(125_000, 2);
    let c = check(&books, &[case], &[], [line.into()], d(5, 6));
    let v = c.verdicts[0].to_string();
    assert!(
        v.contains("rejected: TR418 (0611)") && v.contains("TR346 (9346)"),
        "{v}"
    );
    assert!(!v.contains('\n'));
    assert_eq!(
        c.totals.to_string(),
        "1 lines, submitted 1259.29, approved 0.00, rejected 1259.29 (1 line)"
    );
}
