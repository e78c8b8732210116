//! The municipality's check (JW323 → JW325): every reason with its iJw rule or SAP GI clause.

use chrono::NaiveDate;
use jbjr::billing::{Case, Volume};
use jbjr::declaration::{DeclarationLine, LineText, Reason, Submitted, check, run};
use jbjr::{Catalogue, Decimal, Editions, Provider, Unit};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn books() -> Editions {
    Editions::gelderland()
}

fn ots_case(start: NaiveDate) -> Case<String> {
    Case::new(
        "bsn".to_string(),
        "48B10".parse().unwrap(),
        Provider::JbGld,
        start,
    )
    .with_care(start, None)
}

/// An OTS month line of JbGld at the 2026 tariff (Productenboek Gelderland 2026: 1259.29).
fn month_line(start: NaiveDate, end: NaiveDate) -> DeclarationLine<String> {
    DeclarationLine {
        client: "bsn".to_string(),
        code: "48B10".parse().unwrap(),
        provider: Provider::JbGld,
        start,
        end,
        volume: 1,
        unit: Unit::Month,
        product_tariff: Decimal::new(125_929, 2),
        amount_cents: 125_929,
        credit: false,
    }
}

fn reasons_of(
    cases: &[Case<String>],
    approved: &[DeclarationLine<String>],
    line: DeclarationLine<String>,
) -> Vec<Reason> {
    let c = check(
        &books(),
        cases,
        approved,
        [Submitted::from(line)],
        d(2026, 12, 31),
    );
    assert_eq!(c.verdicts.len(), 1);
    c.verdicts.into_iter().next().unwrap().reasons
}

#[test]
fn a_correct_line_is_approved() {
    let r = reasons_of(
        &[ots_case(d(2026, 3, 15))],
        &[],
        month_line(d(2026, 4, 1), d(2026, 4, 30)),
    );
    assert_eq!(r, []);
}

// TR389/TR416: no second debit for the same period, code and allocation.
#[test]
fn a_duplicate_line_is_rejected() {
    let line = month_line(d(2026, 4, 1), d(2026, 4, 30));
    let cases = [ots_case(d(2026, 3, 15))];
    let r = reasons_of(&cases, std::slice::from_ref(&line), line.clone());
    assert_eq!(
        r,
        [Reason::AlreadyApproved {
            month: d(2026, 4, 1)
        }]
    );
    assert_eq!(r[0].rule(), "TR389, TR416");
    // Twice in one declaration: the first is approved, the second rejected.
    let c = check(
        &books(),
        &cases,
        &[],
        [line.clone().into(), line.into()],
        d(2026, 6, 1),
    );
    assert!(c.verdicts[0].is_approved());
    assert!(!c.verdicts[1].is_approved());
}

// SAP GI "Declareren via maandtarief": the first broken month is not billed.
#[test]
fn the_first_broken_month_is_rejected() {
    let r = reasons_of(
        &[ots_case(d(2026, 3, 15))],
        &[],
        month_line(d(2026, 3, 15), d(2026, 3, 31)),
    );
    assert_eq!(
        r,
        [Reason::FirstBrokenMonth {
            month: d(2026, 3, 1),
            case_start: d(2026, 3, 15)
        }]
    );
    // ... unless care also ends in it.
    let stopped = ots_case(d(2026, 3, 15)).stopped(d(2026, 3, 25));
    assert_eq!(
        reasons_of(&[stopped], &[], month_line(d(2026, 3, 15), d(2026, 3, 25))),
        []
    );
}

// TR418 (the contract tariff) and TR346 (amount = volume × tariff) are separate reasons.
#[test]
fn tariff_and_amount() {
    let cases = [ots_case(d(2026, 1, 1))];
    let mut wrong_tariff = month_line(d(2026, 4, 1), d(2026, 4, 30));
    wrong_tariff.product_tariff = Decimal::new(125_000, 2);
    wrong_tariff.amount_cents = 125_000;
    let r = reasons_of(&cases, &[], wrong_tariff);
    assert_eq!(
        r,
        [Reason::TariffDiffers {
            declared: Decimal::new(125_000, 2),
            contract: Decimal::new(125_929, 2)
        }]
    );
    assert_eq!(r[0].rule(), "TR418");
    let mut wrong_amount = month_line(d(2026, 4, 1), d(2026, 4, 30));
    wrong_amount.amount_cents = 125_930;
    let r = reasons_of(&cases, &[], wrong_amount);
    assert_eq!(
        r,
        [Reason::AmountDiffers {
            declared_cents: 125_930,
            expected_cents: 125_929
        }]
    );
    assert_eq!(r[0].rule(), "TR346");
}

// IV081 / TR346: minutes at the hourly tariff: 149.17 × 50 ÷ 60 = 124.31, tariff shown 2.49.
#[test]
fn minutes_follow_iv081() {
    let case = Case::new(
        "bsn".to_string(),
        "49B01".parse().unwrap(),
        Provider::Wss,
        d(2026, 1, 1),
    )
    .with_volume(Volume {
        amount: 45,
        unit: Unit::Minute,
    })
    .with_care(d(2026, 1, 1), None);
    let line = DeclarationLine {
        client: "bsn".to_string(),
        code: "49B01".parse().unwrap(),
        provider: Provider::Wss,
        start: d(2026, 2, 1),
        end: d(2026, 2, 28),
        volume: 50,
        unit: Unit::Minute,
        product_tariff: Decimal::new(249, 2),
        amount_cents: 12_431,
        credit: false,
    };
    // 50 minutes over the allocated 45 (TR321/TR322); tariff and amount are right.
    let r = reasons_of(&[case], &[], line.clone());
    assert_eq!(
        r,
        [Reason::VolumeAboveAllocation {
            declared: 50,
            allocated: 45,
            unit: Unit::Minute
        }]
    );
    // 50 × 2.49 = 124.50 would be wrong: IV081 computes from the hourly tariff.
    let case = Case::new(
        "bsn".to_string(),
        "49B01".parse().unwrap(),
        Provider::Wss,
        d(2026, 1, 1),
    )
    .with_care(d(2026, 1, 1), None);
    let r = reasons_of(
        &[case],
        &[],
        DeclarationLine {
            amount_cents: 12_450,
            ..line
        },
    );
    assert_eq!(
        r,
        [Reason::AmountDiffers {
            declared_cents: 12_450,
            expected_cents: 12_431
        }]
    );
}

// OP367, TR387, TR388, TR307/TR308.
#[test]
fn product_periods() {
    let cases = [ots_case(d(2026, 1, 1)).with_end(d(2026, 6, 20))];
    let r = reasons_of(&cases, &[], month_line(d(2026, 4, 1), d(2026, 5, 31)));
    assert!(matches!(r[..], [Reason::NotInOneMonth { .. }]), "{r:?}");
    assert_eq!(r[0].rule(), "OP367");
    let r = reasons_of(&cases, &[], month_line(d(2026, 4, 2), d(2026, 4, 30)));
    assert_eq!(
        r,
        [Reason::PeriodStart {
            start: d(2026, 4, 2),
            expected: d(2026, 4, 1)
        }]
    );
    let r = reasons_of(&cases, &[], month_line(d(2026, 6, 1), d(2026, 6, 30)));
    assert!(matches!(r[..], [Reason::OutsideAllocation { .. }]), "{r:?}");
    let r = reasons_of(&cases, &[], month_line(d(2026, 6, 1), d(2026, 6, 19)));
    assert_eq!(
        r,
        [Reason::PeriodEnd {
            end: d(2026, 6, 19),
            expected: d(2026, 6, 20)
        }]
    );
    assert_eq!(r[0].rule(), "TR388");
}

// Unknown product, not offered (TR418: no contract tariff), no allocation (TR339/TR340).
#[test]
fn unknown_product_not_offered_and_no_allocation() {
    let cases = [ots_case(d(2026, 1, 1))];
    let mut unknown = month_line(d(2026, 4, 1), d(2026, 4, 30));
    unknown.code = "99X99".parse().unwrap();
    let r = reasons_of(&cases, &[], unknown);
    assert!(
        matches!(
            r[..],
            [
                Reason::NoContractTariff(jbjr::Error::UnknownProduct { .. }),
                Reason::NoAllocation
            ]
        ),
        "{r:?}"
    );
    let mut jvv = month_line(d(2026, 4, 1), d(2026, 4, 30));
    jvv.provider = Provider::JvV; // 48B10: n.v.t. for JvV
    let r = reasons_of(&cases, &[], jvv);
    assert!(
        matches!(
            r[..],
            [
                Reason::NoContractTariff(jbjr::Error::NotOffered { .. }),
                Reason::NoAllocation
            ]
        ),
        "{r:?}"
    );
}

// TR318/TR319: no period in the future — a month that has not ended.
#[test]
fn a_month_not_yet_ended() {
    let cases = [ots_case(d(2026, 1, 1))];
    let c = check(
        &books(),
        &cases,
        &[],
        [month_line(d(2026, 4, 1), d(2026, 4, 30)).into()],
        d(2026, 4, 30),
    );
    assert_eq!(
        c.verdicts[0].reasons,
        [Reason::MonthNotEnded {
            month_end: d(2026, 4, 30),
            declared_on: d(2026, 4, 30)
        }]
    );
}

// SAP GI "Correcties op declaraties": a credited line may be declared again (corrected); it is
// not a double billing (TR389/TR416 count debits net of their credits).
#[test]
fn a_line_credited_before_may_be_declared_again() {
    let cases = [ots_case(d(2026, 1, 1))];
    let line = month_line(d(2026, 4, 1), d(2026, 4, 30));
    // The approved history lists the credit before or after its debit: the same.
    for approved in [
        vec![line.clone(), line.credit_of()],
        vec![line.credit_of(), line.clone()],
    ] {
        assert_eq!(reasons_of(&cases, &approved, line.clone()), []);
    }
    let r = reasons_of(
        &cases,
        &[line.clone(), line.credit_of(), line.clone()],
        line.clone(),
    );
    assert_eq!(
        r,
        [Reason::AlreadyApproved {
            month: d(2026, 4, 1)
        }]
    );
}

// SAP GI "Correcties op declaraties": a credit only for an approved line; credit and corrected
// line in one declaration.
#[test]
fn credits() {
    let cases = [ots_case(d(2026, 1, 1))];
    let approved = month_line(d(2026, 4, 1), d(2026, 4, 30));
    let credit = approved.credit_of();
    let r = reasons_of(&cases, &[], credit.clone());
    assert_eq!(r, [Reason::CreditWithoutApproval]);
    // Credit after the corrected line in the same declaration: credits are checked first.
    let c = check(
        &books(),
        &cases,
        std::slice::from_ref(&approved),
        [approved.clone().into(), credit.into()],
        d(2026, 6, 1),
    );
    assert!(
        c.verdicts.iter().all(|v| v.is_approved()),
        "{:?}",
        c.verdicts
    );
    assert_eq!(c.totals.submitted_cents, 0);
}

// Bad input is a rejected line with its reason, never a panic, never dropped.
#[test]
fn bad_input_is_rejected_with_its_reason() {
    let cases = [ots_case(d(2026, 1, 1))];
    let mut reversed = month_line(d(2026, 4, 30), d(2026, 4, 1));
    reversed.volume = -1;
    reversed.product_tariff = Decimal::new(1_259_295, 3);
    let r = reasons_of(&cases, &[], reversed);
    assert!(matches!(r[0], Reason::PeriodReversed { .. }), "{r:?}");
    assert!(r.contains(&Reason::NegativeVolume { volume: -1 }));
    assert!(r.contains(&Reason::TariffNotCents {
        tariff: Decimal::new(1_259_295, 3)
    }));
    let text = LineText {
        code: "48-10",
        provider: "JbGld",
        start: "2026-04-01",
        end: "2026-04-31",
        volume: "1",
        unit: "month",
        product_tariff_cents: "125929",
        amount_cents: "1259.29",
        credit: false,
    };
    let c = check(
        &books(),
        &cases,
        &[],
        [Submitted::read("bsn".to_string(), &text)],
        d(2026, 6, 1),
    );
    let fields: Vec<_> = c.verdicts[0]
        .reasons
        .iter()
        .map(|r| match r {
            Reason::Unreadable(u) => u.field,
            _ => "other",
        })
        .collect();
    assert_eq!(fields, ["product code", "last day", "amount in eurocents"]);
    assert_eq!(c.totals.rejected_lines, 1);
}

// GBM advies per traject: once, in the month it ends (SAP GI "GBM-Advies").
#[test]
fn gbm_advies_only_in_its_end_month() {
    let case = Case::new(
        "bsn".to_string(),
        "47B11".parse().unwrap(),
        Provider::Wss,
        d(2026, 2, 10),
    )
    .stopped(d(2026, 4, 20));
    let line = DeclarationLine {
        client: "bsn".to_string(),
        code: "47B11".parse().unwrap(),
        provider: Provider::Wss,
        start: d(2026, 3, 1),
        end: d(2026, 3, 31),
        volume: 1,
        unit: Unit::Traject,
        product_tariff: Decimal::new(322_207, 2),
        amount_cents: 322_207,
        credit: false,
    };
    let r = reasons_of(std::slice::from_ref(&case), &[], line.clone());
    assert_eq!(
        r,
        [Reason::NotOnceAtEnd {
            month: d(2026, 3, 1),
            case_end: Some(d(2026, 4, 20))
        }]
    );
    let r = reasons_of(
        &[case],
        &[],
        DeclarationLine {
            start: d(2026, 4, 1),
            end: d(2026, 4, 20),
            ..line
        },
    );
    assert_eq!(r, []);
}

// LET GTO 48B15 (Productenboek Gelderland 2026): once per family, three months.
#[test]
fn let_gto_after_its_term_is_rejected() {
    let case = Case::new(
        "youngest".to_string(),
        "48B15".parse().unwrap(),
        Provider::JbGld,
        d(2026, 1, 1),
    )
    .with_care(d(2026, 1, 1), None);
    let line = |m: u32, last: u32| DeclarationLine {
        client: "youngest".to_string(),
        code: "48B15".parse().unwrap(),
        provider: Provider::JbGld,
        start: d(2026, m, 1),
        end: d(2026, m, last),
        volume: 1,
        unit: Unit::Month,
        product_tariff: Decimal::new(161_900, 2),
        amount_cents: 161_900,
        credit: false,
    };
    assert_eq!(
        reasons_of(std::slice::from_ref(&case), &[], line(3, 31)),
        []
    );
    let r = reasons_of(&[case], &[], line(4, 30));
    assert_eq!(
        r,
        [Reason::LetGtoOnce {
            term_start: d(2026, 1, 1),
            term_end: d(2026, 3, 31)
        }]
    );
}

// What the run sends, the check approves; totals as in JW325.
#[test]
fn the_runs_lines_pass_the_check() {
    let cases = [
        ots_case(d(2026, 3, 15)),
        Case::new(
            "x".to_string(),
            "47B10".parse().unwrap(),
            Provider::LdH,
            d(2026, 1, 20),
        )
        .stopped(d(2026, 5, 3)),
    ];
    let r = run(&books(), &cases, &[], &[], d(2026, 1, 1), d(2026, 6, 1));
    let n = r.lines.len();
    let c = check(
        &books(),
        &cases,
        &[],
        r.lines.into_iter().map(Submitted::from),
        d(2026, 7, 1),
    );
    assert_eq!(c.verdicts.len(), n);
    assert!(
        c.verdicts.iter().all(|v| v.is_approved()),
        "{:?}",
        c.verdicts
    );
    // OTS April–June 3 × 1259.29; JR February–May 4 × 1088.94 (Productenboek 2026, Tabel 1).
    assert_eq!(c.totals.approved_cents, 3 * 125_929 + 4 * 108_894);
    assert_eq!(c.totals.submitted_cents, c.totals.approved_cents);
    assert_eq!(c.totals.rejected_cents, 0);
    let _ = Catalogue::gelderland_2026();
}
