//! Consultatie 49B01 "(via factuur)", Productenboek JB/JR 2026 Gelderland (source
//! `002_1b572f4924ef38f6.txt`): "De declaratie vindt plaats o.b.v. toegewezen uren tussen
//! Lokaal Team en GI; met een vastgestelde uurprijs per GI. De afrekening vindt per kwartaal
//! plaats." and "Indien er anoniem Consultatie wordt gevraagd kan er geen afwikkeling binnen
//! het berichtenverkeer plaatsvinden. In dat geval wordt er per kwartaal een verzamelfactuur
//! van de uren Consultatie aan de betreffende gemeente verstuurd."

use chrono::NaiveDate;
use jbjr::billing::{
    CONSULTATIE, Consultation, Quarter, Route, Settlement, collective_invoices, settle_quarters,
};
use jbjr::{Catalogue, Error, Provider};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn c(
    provider: Provider,
    gemeente: &str,
    date: NaiveDate,
    minutes: u32,
    route: Route,
) -> Consultation {
    Consultation {
        provider,
        municipality: gemeente.parse().unwrap(),
        date,
        minutes,
        route,
    }
}

/// 002, Tabel 1 "Consultatie (via factuur)" and the 49B01 section "De afrekening vindt per
/// kwartaal plaats"; 49B98/49B99: "De afrekening vindt maandelijks plaats via het IJW
/// berichtenverkeer".
#[test]
fn only_49b01_is_settled_by_quarterly_invoice_002() {
    let book = Catalogue::gelderland_2026();
    let invoiced: Vec<String> = book
        .products()
        .filter(|p| book.settlement(p.code()).unwrap() != Settlement::IjwMonthly)
        .map(|p| p.code().to_string())
        .collect();
    assert_eq!(invoiced, ["49B01"]);
    assert!(Settlement::source("Gelderland", CONSULTATIE).contains("per kwartaal"));
    // Holland Rijnland's consultation (45070) has no such rule in its source.
    let hr = Catalogue::holland_rijnland();
    assert_eq!(
        hr.settlement("45070".parse().unwrap()).unwrap(),
        Settlement::IjwMonthly
    );
    assert!(matches!(
        book.settlement("45070".parse().unwrap()),
        Err(Error::UnknownProduct { .. })
    ));
}

/// Per quarter, per GI and per municipality, priced at the GI's hourly rate of Tabel 1
/// (JbGld € 146,25, WSS € 149,17): the minutes of a line summed, then rounded once.
#[test]
fn consultations_are_summed_per_quarter_gi_and_municipality_002() {
    let cs = [
        c(Provider::JbGld, "0202", d(1, 5), 45, Route::Ijw),
        c(Provider::JbGld, "0202", d(2, 5), 50, Route::Ijw),
        c(Provider::JbGld, "0202", d(3, 5), 20, Route::Anonymous),
        c(Provider::JbGld, "0268", d(3, 31), 60, Route::Ijw),
        c(Provider::Wss, "0202", d(3, 31), 25, Route::Ijw),
        c(Provider::JbGld, "0202", d(4, 1), 120, Route::Ijw),
    ];
    let lines = settle_quarters(Catalogue::gelderland_2026(), &cs).unwrap();
    let got: Vec<_> = lines
        .iter()
        .map(|l| {
            (
                l.quarter.to_string(),
                l.provider.to_string(),
                l.municipality.to_string(),
                l.route,
                l.consultations,
                l.minutes,
                l.amount.to_string(),
            )
        })
        .collect();
    // Quarter by quarter, then GI (the order of `Provider`), municipality and route.
    assert_eq!(got, expected_in_key_order());
    // Rounded per line, not per consultation: 45 and 50 minutes alone would be
    // 109.69 + 121.88 = 231.57.
    assert_eq!(lines[0].amount.to_string(), "231.56");

    let collective = collective_invoices(Catalogue::gelderland_2026(), &cs).unwrap();
    assert_eq!(collective.len(), 1);
    assert!(collective[0].is_collective());
    assert_eq!(collective[0].quarter, Quarter::new(2026, 1).unwrap());
    assert_eq!(collective[0].amount.to_string(), "48.75");
}

/// The lines of the test above, sorted as the settlement sorts them: quarter, then GI (the
/// order of `Provider`), municipality, route.
/// JbGld at € 146,25: 95 min → 231.5625 → 231.56 (rounded once, on the sum); 20 min → 48.75
/// (the collective invoice); WSS at € 149,17: 25 min → 62.154… → 62.15.
fn expected_in_key_order() -> Vec<(String, String, String, Route, u32, u32, String)> {
    let mut rows = vec![
        ("2026-Q1", "JbGld", "0202", Route::Ijw, 2, 95, "231.56"),
        ("2026-Q1", "JbGld", "0202", Route::Anonymous, 1, 20, "48.75"),
        ("2026-Q1", "JbGld", "0268", Route::Ijw, 1, 60, "146.25"),
        ("2026-Q1", "WSS", "0202", Route::Ijw, 1, 25, "62.15"),
        ("2026-Q2", "JbGld", "0202", Route::Ijw, 1, 120, "292.50"),
    ];
    rows.sort_by_key(|r| (r.0, r.1.parse::<Provider>().unwrap(), r.2, r.3));
    rows.into_iter()
        .map(|(q, gi, m, r, n, min, a)| (q.into(), gi.into(), m.into(), r, n, min, a.into()))
        .collect()
}

#[test]
fn a_consultation_outside_the_catalogue_year_or_of_a_gi_without_49b01_is_refused() {
    let book = Catalogue::gelderland_2026();
    let next_year = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    assert!(matches!(
        settle_quarters(
            book,
            &[c(Provider::JbGld, "0202", next_year, 60, Route::Ijw)]
        ),
        Err(Error::NoTariff { .. })
    ));
    assert!(matches!(
        settle_quarters(book, &[c(Provider::JbGld, "0202", d(5, 1), 0, Route::Ijw)]),
        Err(Error::EmptyVolume { .. })
    ));
    assert!(settle_quarters(book, &[]).unwrap().is_empty());
}

#[test]
fn quarters_and_names_round_trip() {
    for (date, q) in [
        (d(1, 1), "2026-Q1"),
        (d(6, 30), "2026-Q2"),
        (d(7, 1), "2026-Q3"),
        (d(12, 31), "2026-Q4"),
    ] {
        let quarter = Quarter::of(date);
        assert_eq!(quarter.to_string(), q);
        assert_eq!(q.parse::<Quarter>().unwrap(), quarter);
        assert!(quarter.first_day() <= date && date <= quarter.last_day());
    }
    for bad in ["2026-Q0", "2026-Q5", "2026Q1", "Q1-2026", ""] {
        assert!(bad.parse::<Quarter>().is_err(), "{bad}");
    }
    for s in Settlement::all() {
        assert_eq!(s.to_string().parse::<Settlement>().unwrap(), *s);
    }
    for r in Route::all() {
        assert_eq!(r.to_string().parse::<Route>().unwrap(), *r);
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_consultation_reads_from_json() {
    let json = r#"{"provider":"JbGld","municipality":"0202","date":"2026-02-10","minutes":90,"route":"anonymous"}"#;
    let c: Consultation = serde_json::from_str(json).unwrap();
    assert_eq!(c.route, Route::Anonymous);
    assert_eq!(serde_json::to_string(&c).unwrap(), json);
}
