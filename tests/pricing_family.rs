//! Family and chain rules of the Gelderland product book 2026: 48B80 on the youngest child and
//! 48B84 on the others; LET GTO once per family on the youngest child with a measure; Samenloop
//! only alongside an OTS of the same child; a chain of orders bills each month once.

use chrono::NaiveDate;
use jbjr::billing::{
    Child, Placement, check_samenloop_placement, quote_chain, quote_intensief_gezinsgericht,
    quote_let_gto, youngest,
};
use jbjr::{Catalogue, Decimal, Error, Measure, ProductCode, Provider};
use std::str::FromStr;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn c(s: &str) -> ProductCode {
    s.parse().unwrap()
}
fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}
fn kid(birth: NaiveDate, has_measure: bool) -> Child {
    Child {
        birth_date: birth,
        has_measure,
    }
}
fn pl(child: u32, code: &str, provider: Provider, start: NaiveDate, end: NaiveDate) -> Placement {
    Placement {
        child,
        code: c(code),
        provider,
        start,
        end,
    }
}
fn book() -> &'static Catalogue {
    Catalogue::gelderland_2026()
}

/// "Op het jongste kind van het gezin wordt de productcode 48B80 afgegeven. Op de andere
/// kinderen wordt productcode 48B84 afgegeven. 48B84 is een product zonder financiële waarde."
#[test]
fn youngest_child_carries_48b80_the_others_48b84_at_zero() {
    let kids = [
        kid(d(2010, 1, 1), true),
        kid(d(2019, 6, 1), false),
        kid(d(2014, 3, 3), true),
    ];
    let q =
        quote_intensief_gezinsgericht(book(), &kids, Provider::JvV, d(2026, 4, 1), d(2026, 9, 30))
            .unwrap();
    assert_eq!(q.youngest(), 1);
    let codes: Vec<_> = q.codes().map(|(_, code)| code.to_string()).collect();
    assert_eq!(codes, ["48B84", "48B80", "48B84"]);
    assert_eq!(
        q.youngest_quote().total(),
        dec("2161.48") * Decimal::from(6)
    );
    assert_eq!(q.others_quote().total(), Decimal::ZERO);
    assert_eq!(q.others_quote().billed_months(), 6);
    assert_eq!(q.total(), dec("12968.88"));
}

#[test]
fn family_edges_twins_single_child_empty_and_ldh() {
    let twins = [kid(d(2015, 5, 5), true), kid(d(2015, 5, 5), true)];
    assert_eq!(youngest(&twins).unwrap(), 0); // first listed among equals
    let one = [kid(d(2015, 5, 5), true)];
    let q =
        quote_intensief_gezinsgericht(book(), &one, Provider::Wss, d(2026, 1, 1), d(2026, 1, 31))
            .unwrap();
    assert_eq!(q.total(), dec("2158.98"));
    assert_eq!(q.codes().count(), 1);
    assert!(matches!(youngest(&[]), Err(Error::Empty { .. })));
    assert!(matches!(
        quote_intensief_gezinsgericht(book(), &[], Provider::Wss, d(2026, 1, 1), d(2026, 1, 31)),
        Err(Error::Empty { .. })
    ));
    // LdH offers neither 48B80 nor 48B84 (n.v.t.).
    assert!(matches!(
        quote_intensief_gezinsgericht(book(), &one, Provider::LdH, d(2026, 1, 1), d(2026, 1, 31)),
        Err(Error::NotOffered { .. })
    ));
}

/// LET GTO: "Onafhankelijk van het aantal betrokken jeugdigen met een juridische maatregel wordt
/// deze dienst maar éénmaal gedeclareerd en gestapeld op het toegewezen jongst betrokken kind."
#[test]
fn let_gto_once_on_the_youngest_child_with_a_measure() {
    let kids = [
        kid(d(2009, 1, 1), true),
        kid(d(2021, 1, 1), false),
        kid(d(2013, 1, 1), true),
        kid(d(2012, 1, 1), true),
    ];
    let (child, q) = quote_let_gto(book(), &kids, Provider::JbGld, d(2026, 5, 20)).unwrap();
    assert_eq!(child, 2);
    assert_eq!(q.total(), dec("4857.00"));
    assert_eq!(q.period(), (d(2026, 5, 20), d(2026, 8, 19)));
    let none = [kid(d(2009, 1, 1), false)];
    assert!(matches!(
        quote_let_gto(book(), &none, Provider::JbGld, d(2026, 5, 20)),
        Err(Error::NotEligible {
            measure: Measure::LetGto,
            ..
        })
    ));
    // A term running into 2027 has no 2027 tariff in this catalogue.
    assert!(matches!(
        quote_let_gto(book(), &kids, Provider::JbGld, d(2026, 11, 2)),
        Err(Error::NoTariff { .. })
    ));
}

/// Samenloop 47B15: "het samengaan van jeugdbescherming (enkel OTS) en jeugdreclassering";
/// "Het product betreft een toeslag op de kosten voor een OTS".
#[test]
fn samenloop_only_alongside_an_ots_of_the_same_child() {
    let s = pl(1, "47B15", Provider::JbGld, d(2026, 3, 1), d(2026, 8, 31));
    // Covered by two consecutive OTS placements (a handover).
    let ots = [
        pl(1, "48B10", Provider::JbGld, d(2026, 1, 1), d(2026, 5, 31)),
        pl(1, "48B10", Provider::Wss, d(2026, 6, 1), d(2026, 12, 31)),
    ];
    assert!(check_samenloop_placement(book(), &s, &ots).is_ok());
    // A gap of one day fails and names the day.
    let gap = [
        pl(1, "48B10", Provider::JbGld, d(2026, 1, 1), d(2026, 5, 30)),
        pl(1, "48B10", Provider::Wss, d(2026, 6, 1), d(2026, 12, 31)),
    ];
    let err = check_samenloop_placement(book(), &s, &gap).unwrap_err();
    assert!(
        matches!(err, Error::NotEligible { measure: Measure::Samenloop, ref detail, .. } if detail.contains("2026-05-31"))
    );
    // Another child's OTS, or a Voogdij of the same child, does not count.
    assert!(
        check_samenloop_placement(
            book(),
            &s,
            &[pl(
                2,
                "48B10",
                Provider::JbGld,
                d(2026, 1, 1),
                d(2026, 12, 31)
            )]
        )
        .is_err()
    );
    assert!(
        check_samenloop_placement(
            book(),
            &s,
            &[pl(
                1,
                "48B11",
                Provider::JbGld,
                d(2026, 1, 1),
                d(2026, 12, 31)
            )]
        )
        .is_err()
    );
    // An OTS ending on the Samenloop's last day is enough; a LET OTS counts as an OTS.
    assert!(
        check_samenloop_placement(
            book(),
            &s,
            &[pl(
                1,
                "48B12",
                Provider::JbGld,
                d(2026, 3, 1),
                d(2026, 8, 31)
            )]
        )
        .is_ok()
    );
    // Not a Samenloop placement.
    let not = pl(1, "48B10", Provider::JbGld, d(2026, 3, 1), d(2026, 8, 31));
    assert!(check_samenloop_placement(book(), &not, &ots).is_err());
}

#[test]
fn chain_vots_to_ots_bills_each_month_once_the_earlier_link_bills_the_shared_month() {
    // VOTS (priced as OTS) 10 Jan – 9 Apr, OTS by another GI from 10 Apr.
    let links = [
        pl(1, "48B10", Provider::JbGld, d(2026, 1, 10), d(2026, 4, 9)),
        pl(1, "48B10", Provider::Wss, d(2026, 4, 10), d(2026, 12, 31)),
    ];
    let chain = quote_chain(book(), &links).unwrap();
    let months: Vec<_> = chain
        .lines()
        .map(|(i, l)| (i, chrono::Datelike::month(&l.month())))
        .collect();
    assert_eq!(
        months,
        [
            (0, 2),
            (0, 3),
            (0, 4),
            (1, 5),
            (1, 6),
            (1, 7),
            (1, 8),
            (1, 9),
            (1, 10),
            (1, 11),
            (1, 12)
        ]
    );
    assert_eq!(
        chain.total(),
        dec("1259.29") * Decimal::from(3) + dec("1287.26") * Decimal::from(8)
    );
    let sum: Decimal = chain.lines().map(|(_, l)| l.amount()).sum();
    assert_eq!(chain.total(), sum);
}

#[test]
fn chain_with_a_link_inside_one_month_does_not_bill_that_month_twice() {
    let links = [
        pl(1, "48B10", Provider::JbGld, d(2026, 3, 10), d(2026, 5, 12)),
        pl(1, "48B10", Provider::Wss, d(2026, 5, 13), d(2026, 5, 20)), // inside May: SAP GI alone bills May
        pl(1, "48B10", Provider::LdH, d(2026, 5, 21), d(2026, 7, 31)),
    ];
    let chain = quote_chain(book(), &links).unwrap();
    let months: Vec<_> = chain
        .lines()
        .map(|(i, l)| (i, chrono::Datelike::month(&l.month())))
        .collect();
    assert_eq!(months, [(0, 4), (0, 5), (2, 6), (2, 7)]);
    assert_eq!(chain.billed_months(), 4);
}

#[test]
fn chain_edges() {
    assert!(matches!(quote_chain(book(), &[]), Err(Error::Empty { .. })));
    let overlapping = [
        pl(1, "48B10", Provider::JbGld, d(2026, 3, 10), d(2026, 5, 12)),
        pl(1, "48B10", Provider::Wss, d(2026, 5, 12), d(2026, 6, 20)),
    ];
    assert!(matches!(
        quote_chain(book(), &overlapping),
        Err(Error::InvalidPeriod { .. })
    ));
    // Handover on a month boundary: March by the first link, April by the second.
    let boundary = [
        pl(1, "48B10", Provider::JbGld, d(2026, 3, 1), d(2026, 3, 31)),
        pl(1, "48B10", Provider::Wss, d(2026, 4, 1), d(2026, 4, 30)),
    ];
    let chain = quote_chain(book(), &boundary).unwrap();
    assert_eq!(chain.lines().map(|(i, _)| i).collect::<Vec<_>>(), [0, 1]);
}
