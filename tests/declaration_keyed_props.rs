//! Property tests of the keyed check (issue 17): the verdicts do not depend on the order of the
//! cases, the lines or the ledger's entries; a credit and its corrected line may come in one
//! declaration, a debit and its own credit may not (TR316).

use crate::common;

use chrono::{Days, NaiveDate};
use jbjr::billing::Case;
use jbjr::declaration::{
    Answer, Declaration, DeclarationLine, Header, KeyedLine, Keys, Ledger, Reason, Status,
    check_declaration,
};
use jbjr::{AllocationNumber, Editions, Provider};
use proptest::prelude::*;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

const CLIENTS: [&str; 2] = ["999900006", "999900018"];

/// Cases of OTS by JbGld for two clients, overlapping, some numbered.
fn cases() -> impl Strategy<Value = Vec<Case<String>>> {
    prop::collection::vec(
        (
            0usize..2,
            0u64..200,
            prop::option::of(0u64..200),
            any::<bool>(),
        ),
        1..6,
    )
    .prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (c, start, len, numbered))| {
                let s = d(1, 1) + Days::new(start);
                let mut case = Case::new(
                    CLIENTS[c].to_string(),
                    "48B10".parse().unwrap(),
                    Provider::JbGld,
                    s,
                )
                .with_care(s, len.map(|l| s + Days::new(l)));
                if numbered {
                    case = case.with_allocation(AllocationNumber::new(i as u32 + 1).unwrap());
                }
                case
            })
            .collect()
    })
}

/// The due line of a case and month, or a plain April line when none is due.
fn line_of(case: &Case<String>, month: u32) -> DeclarationLine<String> {
    let books = Editions::gelderland();
    DeclarationLine::due(&books, case, d(month, 1))
        .ok()
        .flatten()
        .unwrap_or_else(|| {
            let whole = Case::new(case.client.clone(), case.code, case.provider, d(1, 1))
                .with_care(d(1, 1), None);
            DeclarationLine::due(&books, &whole, d(month, 1))
                .unwrap()
                .unwrap()
        })
}

fn header(total: i64) -> Header {
    Header::new(
        "D9".parse().unwrap(),
        d(8, 1),
        d(9, 5),
        "12345678".parse().unwrap(),
        "0202".parse().unwrap(),
        total,
    )
    .unwrap()
}

/// The verdicts by reference, to compare answers to permuted inputs.
fn by_reference(answer: &Answer<String>) -> Vec<(String, Vec<Reason>)> {
    let mut out: Vec<_> = match answer {
        Answer::Judged { checked, keys, .. } => keys
            .iter()
            .zip(&checked.verdicts)
            .map(|(k, v)| (k.reference.to_string(), v.reasons.clone()))
            .collect(),
        Answer::Rejected { faults, .. } => faults
            .iter()
            .map(|f| (String::from("fault"), vec![f.reason.clone()]))
            .collect(),
        _ => vec![],
    };
    out.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    out
}

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/declaration_keyed_props.txt"))]

    // The verdicts do not depend on the order of the cases, of the lines, or of the ledger's
    // entries (TR387/TR388 holder: by allocation number, else the earliest billed period).
    #[test]
    fn the_check_does_not_depend_on_order(
        cases in cases(),
        picks in prop::collection::vec((0usize..6, 1u32..=7, any::<bool>()), 1..10),
        approved in prop::collection::vec((0usize..6, 1u32..=7), 0..6),
        rotate in 0usize..10,
    ) {
        let books = Editions::gelderland();
        let keyed = |(c, m, numbered): (usize, u32, bool), r: String| {
            let case = &cases[c % cases.len()];
            let mut keys = Keys::new(r.parse().unwrap());
            if numbered {
                keys.allocation = case.allocation;
            }
            KeyedLine::new(line_of(case, m), keys)
        };
        let lines: Vec<KeyedLine<String>> = picks
            .iter()
            .enumerate()
            .map(|(i, p)| keyed(*p, format!("L{i}")))
            .collect();
        let entries: Vec<(KeyedLine<String>, Status)> = approved
            .iter()
            .enumerate()
            .map(|(i, (c, m))| (keyed((*c, *m, true), format!("P{i}")), Status::Approved))
            .collect();
        let total = lines.iter().map(|l| l.line.signed_cents()).sum();
        let mut ledger = Ledger::new();
        ledger.record(entries.clone());
        let decl = Declaration::new(header(total), lines.clone());
        let a = check_declaration(&books, &cases, &ledger, &decl);

        let mut cases2 = cases.clone();
        let k = rotate % cases2.len();
        cases2.rotate_left(k);
        cases2.reverse();
        let mut lines2 = lines.clone();
        lines2.reverse();
        let k = rotate % lines2.len();
        lines2.rotate_left(k);
        let mut entries2 = entries.clone();
        entries2.reverse();
        let mut ledger2 = Ledger::new();
        for e in entries2 {
            ledger2.record([e]);
        }
        let decl2 = Declaration::new(header(total), lines2);
        let b = check_declaration(&books, &cases2, &ledger2, &decl2);
        prop_assert_eq!(a.retour_code(), b.retour_code());
        if let (Answer::Judged { .. }, Answer::Judged { .. }) = (&a, &b) {
            prop_assert_eq!(by_reference(&a), by_reference(&b));
        }
    }

    // A credit and its corrected line in one declaration are both approved, in either order;
    // a debit and its own credit in one declaration reject it as a whole (TR316, 0001).
    #[test]
    fn a_credit_with_its_correction_but_not_a_debit_with_its_own_credit(
        start in 0u64..120, month in 6u32..=7, credit_first in any::<bool>(),
    ) {
        let books = Editions::gelderland();
        let s = d(1, 1) + Days::new(start);
        let case = Case::new(CLIENTS[0].to_string(), "48B10".parse().unwrap(), Provider::JbGld, s)
            .with_care(s, None)
            .with_allocation(AllocationNumber::new(5).unwrap());
        let n = case.allocation;
        let line = line_of(&case, month);
        let debit = KeyedLine::new(line.clone(), Keys { reference: "A".parse().unwrap(), previous: None, allocation: n });
        let mut ledger = Ledger::new();
        ledger.record([(debit.clone(), Status::Approved)]);
        let corrected = KeyedLine::new(line, Keys { reference: "C".parse().unwrap(), previous: None, allocation: n });
        let credit = debit.credit("B".parse().unwrap());
        let mut lines = vec![corrected.clone(), credit];
        if credit_first { lines.reverse(); }
        let decl = Declaration::new(header(0), lines);
        let a = check_declaration(&books, std::slice::from_ref(&case), &ledger, &decl);
        prop_assert_eq!(a.retour_code(), "8001", "{:?}", a);

        let own = vec![corrected.clone(), corrected.credit("D".parse().unwrap())];
        let decl = Declaration::new(header(0), own);
        let b = check_declaration(&books, std::slice::from_ref(&case), &Ledger::new(), &decl);
        prop_assert_eq!(b.retour_code(), "0001");
        prop_assert!(b.faults().unwrap().iter().any(|f| f.reason.rule() == "TR316"));
    }
}
