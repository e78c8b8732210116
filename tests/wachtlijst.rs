//! Wachtlijsttarief 48B97/48B98/48B99, Productenboek JB/JR 2026 Gelderland (source
//! `002_1b572f4924ef38f6.txt`): "Met deze dienst zal enkel die inzet in rekening worden
//! gebracht die ook feitelijk wordt geleverd in de periode dat het niet lukt reguliere
//! uitvoering te leveren aan de opgelegde maatregel" and "De levering van deze dienst is
//! gebaseerd op de afspraken uit het SAP GI rond "gebroken maanden"" (SAP GI v1.3: "eerste
//! gebroken maand wordt niet gedeclareerd, laatste gebroken maand wordt volledig
//! gedeclareerd").

use chrono::NaiveDate;
use jbjr::billing::{Placement, quote_chain};
use jbjr::billing::{quote_wachtlijst, waiting_list_code};
use jbjr::{Catalogue, Error, Measure, Provider};
use proptest::prelude::*;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

/// The whole path of an OTS (48B10) of JbGld imposed on 10 February 2026, waiting until
/// regular execution starts on 16 May, running to 31 December: Tabel 1, 48B99 JbGld 641,99
/// (OCR "3 541,99", see provenance) and 48B10 JbGld 1.259,29.
#[test]
fn the_waiting_list_path_of_an_ots_002() {
    let book = Catalogue::gelderland_2026();
    let q = quote_wachtlijst(
        book,
        Provider::JbGld,
        "48B10".parse().unwrap(),
        d(2, 10),
        Some(d(5, 16)),
        d(12, 31),
    )
    .unwrap();
    let lines: Vec<(NaiveDate, NaiveDate, NaiveDate, String, String)> = q
        .lines()
        .map(|l| {
            (
                l.month(),
                l.period_start(),
                l.period_end(),
                l.code().to_string(),
                l.amount().to_string(),
            )
        })
        .collect();
    let line = |m, s: NaiveDate, e: NaiveDate, c: &str, a: &str| {
        (d(m, 1), s, e, c.to_string(), a.to_string())
    };
    assert_eq!(
        lines,
        [
            // February: the first broken month of the waiting period, not billed.
            line(3, d(3, 1), d(3, 31), "48B99", "641.99"),
            line(4, d(4, 1), d(4, 30), "48B99", "641.99"),
            // May: the last broken month of the waiting period, billed in full; the first
            // broken month of the regular period, not billed with 48B10.
            line(5, d(5, 1), d(5, 15), "48B99", "641.99"),
            line(6, d(6, 1), d(6, 30), "48B10", "1259.29"),
            line(7, d(7, 1), d(7, 31), "48B10", "1259.29"),
            line(8, d(8, 1), d(8, 31), "48B10", "1259.29"),
            line(9, d(9, 1), d(9, 30), "48B10", "1259.29"),
            line(10, d(10, 1), d(10, 31), "48B10", "1259.29"),
            line(11, d(11, 1), d(11, 30), "48B10", "1259.29"),
            line(12, d(12, 1), d(12, 31), "48B10", "1259.29"),
        ]
    );
    assert_eq!(q.billed_months(), 10);
    assert_eq!(q.total().to_string(), "10741.00"); // 3 × 641.99 + 7 × 1259.29
    assert_eq!(q.waiting_code().as_str(), "48B99");
}

#[test]
fn waiting_list_codes_follow_the_measure_002() {
    let code = |m| waiting_list_code(m).map(|c| c.to_string());
    assert_eq!(code(Measure::Ots).as_deref(), Some("48B99"));
    assert_eq!(code(Measure::Voogdij).as_deref(), Some("48B98"));
    assert_eq!(code(Measure::Jeugdreclassering).as_deref(), Some("48B97"));
    assert_eq!(code(Measure::Stp), None); // not court-imposed (RJJ art. 4)
    assert_eq!(code(Measure::LetOts), None);
    let book = Catalogue::gelderland_2026();
    // A product without a waiting list.
    assert!(matches!(
        quote_wachtlijst(
            book,
            Provider::JbGld,
            "49B03".parse().unwrap(),
            d(1, 1),
            None,
            d(2, 28)
        ),
        Err(Error::NotEligible {
            measure: Measure::Forza,
            ..
        })
    ));
    // Only JbGld offers the waiting-list tariff (Tabel 1: n.v.t. for WSS, LdH, JvV).
    assert!(matches!(
        quote_wachtlijst(
            book,
            Provider::Wss,
            "48B10".parse().unwrap(),
            d(1, 10),
            Some(d(3, 1)),
            d(6, 30)
        ),
        Err(Error::NotOffered {
            provider: Provider::Wss,
            ..
        })
    ));
    // The switch must lie in the period.
    for switch in [d(1, 9), d(7, 1)] {
        assert!(matches!(
            quote_wachtlijst(
                book,
                Provider::JbGld,
                "48B10".parse().unwrap(),
                d(1, 10),
                Some(switch),
                d(6, 30)
            ),
            Err(Error::InvalidPeriod { .. })
        ));
    }
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..365).prop_map(|n| d(1, 1).checked_add_days(chrono::Days::new(n)).unwrap())
}

proptest! {
    /// The path bills what a chain of the two orders bills (each calendar month once, the
    /// shared month by the waiting period), and every month from the start's billed month to
    /// the end's exactly once.
    #[test]
    fn the_path_is_the_chain_of_its_two_periods(
        (start, switch, end) in (date(), date(), date()).prop_map(|(a, b, c)| {
            let mut v = [a, b, c];
            v.sort();
            (v[0], v[1], v[2])
        })
    ) {
        let book = Catalogue::gelderland_2026();
        let ots = "48B10".parse().unwrap();
        let q = quote_wachtlijst(book, Provider::JbGld, ots, start, Some(switch), end).unwrap();
        let mut links = Vec::new();
        if switch > start {
            links.push(Placement { child: 1, code: "48B99".parse().unwrap(), provider: Provider::JbGld, start, end: switch.pred_opt().unwrap() });
        }
        links.push(Placement { child: 1, code: ots, provider: Provider::JbGld, start: switch, end });
        let chain = quote_chain(book, &links).unwrap();
        prop_assert_eq!(q.total(), chain.total());
        prop_assert_eq!(q.billed_months(), chain.billed_months());
        let ours: Vec<_> = q.lines().collect();
        let theirs: Vec<_> = chain.lines().map(|(_, l)| l).collect();
        prop_assert_eq!(ours, theirs);
        let months: Vec<_> = q.lines().map(|l| l.month()).collect();
        prop_assert!(months.windows(2).all(|w| w[0] < w[1]));
    }
}
