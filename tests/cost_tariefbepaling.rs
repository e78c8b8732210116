//! Every figure of the "Tariefbepaling" pages of the Gelderland product book 2026
//! (`002_1b572f4924ef38f6.txt`, lines 1–48): productivity per FTE, the "Normuren en kostprijs
//! 2026" table, the hourly rate, the LET factor and the pupil-cost surcharge.

use std::str::FromStr;

use jbjr::cost::productivity::{PrintedProductivity, Productivity};
use jbjr::cost::{self, kostprijs};
use jbjr::{Catalogue, Decimal, Error, Measure, Provider};

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

// --- Productiviteit ------------------------------------------------------------------------

#[test]
fn productivity_lines_as_printed() {
    // "Contracturen 1872; Feestdagen 47; ziekteverzuim 6,3%; Verlofuren 200; bijzonder verlof
    // 17; vitaliteitsverlof 19; opleiding 54; initiële opleiding 82; organisatie-overleggen 79".
    let p = Productivity::national_2026();
    assert_eq!(p.contract_hours, d("1872"));
    assert_eq!(p.public_holidays, d("47"));
    assert_eq!(p.sickness_rate, d("0.063"));
    assert_eq!(p.leave, d("200"));
    assert_eq!(p.special_leave, d("17"));
    assert_eq!(p.vitality_leave, d("19"));
    assert_eq!(p.training, d("54"));
    assert_eq!(p.initial_training, d("82"));
    assert_eq!(p.organisational_meetings, d("79"));
    // Printed "&3": decided as "Totaal indirecte uren 139" − 79.
    assert_eq!(p.client_activities, d("60"));
}

#[test]
fn productivity_subtotals_derived() {
    let p = Productivity::national_2026();
    assert_eq!(p.working_hours().unwrap(), d("1825")); // printed 1825
    assert_eq!(p.sickness_hours().unwrap(), d("115")); // printed 119; 6.3 % × 1825 = 114.975
    assert_eq!(p.absence_hours().unwrap(), d("351")); // printed 351
    assert_eq!(p.available_hours().unwrap(), d("1474")); // printed 1474
    assert_eq!(p.training_hours().unwrap(), d("136")); // printed 134
    assert_eq!(p.indirect_hours().unwrap(), d("139")); // printed 139
    assert_eq!(p.productive_hours().unwrap(), d("1199"));
}

#[test]
fn productivity_printed_subtotals_and_where_they_differ() {
    let printed = PrintedProductivity::national_2026();
    assert_eq!(printed.working_hours, d("1825"));
    assert_eq!(printed.sickness_hours, d("119"));
    assert_eq!(printed.absence_hours, d("351"));
    assert_eq!(printed.available_hours, d("1474"));
    assert_eq!(printed.training_hours, d("134"));
    assert_eq!(printed.client_activities, "&3");
    assert_eq!(printed.indirect_hours, d("139"));
    assert_eq!(printed.productive_hours().unwrap(), d("1201"));

    let checks = Productivity::national_2026().compare(&printed).unwrap();
    let differ: Vec<(&str, Decimal, Decimal)> = checks
        .iter()
        .filter(|c| !c.agrees())
        .map(|c| (c.line, c.printed, c.derived))
        .collect();
    assert_eq!(
        differ,
        [
            ("sickness hours", d("119"), d("115")),
            ("training hours", d("134"), d("136")),
            ("productive hours", d("1201"), d("1199")),
        ]
    );
}

#[test]
fn caseload_and_fte() {
    let p = Productivity::national_2026();
    // OTS 102 h: 1199 / 102; Voogdij 78 h: 1199 / 78.
    assert_eq!(
        jbjr::money::round_cents(p.caseload_per_fte(d("102")).unwrap()),
        d("11.75")
    );
    assert_eq!(
        jbjr::money::round_cents(p.caseload_per_fte(d("78")).unwrap()),
        d("15.37")
    );
    // Caseload and FTE are inverse: caseload × FTE for that caseload = 1.
    let caseload = p.caseload_per_fte(d("102")).unwrap();
    let fte = p.fte_for_caseload(caseload, d("102")).unwrap();
    assert!((fte - Decimal::ONE).abs() < d("0.0000000001"), "{fte}");
    assert!(matches!(
        p.caseload_per_fte(Decimal::ZERO),
        Err(Error::NotPositive { .. })
    ));
}

#[test]
fn productivity_that_deducts_too_much_is_an_error() {
    let p = Productivity {
        public_holidays: d("2000"),
        ..Productivity::national_2026()
    };
    assert!(matches!(
        p.working_hours(),
        Err(Error::HoursExhausted { .. })
    ));
    // 100 % sickness plus leave: more absence than working hours.
    let p = Productivity {
        sickness_rate: d("1"),
        ..Productivity::national_2026()
    };
    assert!(matches!(
        p.available_hours(),
        Err(Error::HoursExhausted { .. })
    ));
    // A rate above 100 % is no rate (`jbjr::money::FRACTION`).
    let p = Productivity {
        sickness_rate: d("1.5"),
        ..Productivity::national_2026()
    };
    assert!(matches!(
        p.available_hours(),
        Err(Error::OutOfRange {
            what: "sickness rate",
            ..
        })
    ));
    let p = Productivity {
        leave: d("-1"),
        ..Productivity::national_2026()
    };
    assert!(matches!(
        p.productive_hours(),
        Err(Error::NegativeInput { what: "leave", .. })
    ));
    let all_training = Productivity {
        training: d("1474"),
        initial_training: Decimal::ZERO,
        organisational_meetings: Decimal::ZERO,
        client_activities: Decimal::ZERO,
        ..Productivity::national_2026()
    };
    assert_eq!(all_training.productive_hours().unwrap(), Decimal::ZERO);
    assert!(matches!(
        all_training.fte_for_caseload(d("1"), d("102")),
        Err(Error::NotPositive { .. })
    ));
}

// --- Normuren en kostprijs 2026 ------------------------------------------------------------

/// The table as printed: label, norm hours, cost price.
const KOSTPRIJS: [(&str, &str, &str, &str); 11] = [
    ("48B10", "OTS", "102", "14917.20"),
    ("48B11", "Voogdij", "78", "11407.27"),
    ("47B10", "Reclassering", "87.6", "12811.24"),
    ("47B11", "GBM Advies", "21.6", "3158.94"),
    ("47B12", "GBM Begeleiding", "87.5", "12796.62"),
    ("47B13", "ITB Criem", "249.1", "36430.14"),
    ("47B14", "ITB Harde Kern", "187.2", "27377.45"),
    ("47B15", "Jeugreclassering [Samenloop]", "24.8", "3626.93"),
    ("47B16", "STP", "249.1", "36430.14"),
    ("48B12", "LET JB OTS", "214.2", "31326.12"),
    ("48B13", "LET JB Voogdij", "163.8", "23955.26"),
];

#[test]
fn kostprijs_table_as_printed() {
    let rows = kostprijs::gelderland_2026().unwrap();
    assert_eq!(rows.len(), KOSTPRIJS.len());
    for (row, (code, label, hours, price)) in rows.iter().zip(KOSTPRIJS) {
        assert_eq!(row.code.as_str(), code);
        assert_eq!(row.label, label);
        assert_eq!(row.norm_hours, d(hours), "{label}");
        assert_eq!(row.printed, d(price), "{label}");
    }
}

#[test]
fn kostprijs_reproduced_within_one_cent_with_the_implied_rate() {
    let rows = kostprijs::gelderland_2026().unwrap();
    let rate = rows[0].implied_rate().unwrap(); // 14917.20 / 102
    assert_eq!(rate, d("14917.20") / d("102"));
    assert!(rate.to_string().starts_with("146.24705882352941"));
    for row in &rows {
        let computed = row.at_rate(rate).unwrap();
        let off = (computed - row.printed).abs();
        assert!(
            off <= d("0.01"),
            "{}: {computed} vs {}",
            row.label,
            row.printed
        );
        if row.label == "LET JB Voogdij" {
            assert_eq!(computed, d("23955.27")); // printed .26: one cent
        } else {
            assert_eq!(computed, row.printed, "{}", row.label);
        }
    }
}

#[test]
fn one_unrounded_rate_reproduces_every_cost_price() {
    let rows = kostprijs::gelderland_2026().unwrap();
    let (low, high) = kostprijs::implied_rate_bounds(&rows).unwrap().unwrap();
    assert!(low < high);
    assert!(low > d("146.247035") && high < d("146.24704"));
    for row in &rows {
        assert_eq!(row.at_rate(low).unwrap(), row.printed, "{}", row.label);
    }
    // The printed footnote rate € 146,25 does not reproduce the table.
    assert_eq!(rows[0].at_rate(d("146.25")).unwrap(), d("14917.50"));
    assert_eq!(kostprijs::implied_rate_bounds(&[]).unwrap(), None);
}

#[test]
fn kostprijs_norm_hours_match_the_catalogue_and_let_is_derived() {
    let book = Catalogue::gelderland_2026();
    for row in kostprijs::gelderland_2026().unwrap() {
        let norm = book.product(row.code).unwrap().norm_hours().unwrap();
        assert_eq!(norm.hours(), row.norm_hours, "{}", row.label);
    }
    // "Omrekenfactor LET JB OTS: 2,1 * 102 uur = 214,2 uur", Voogdij 2,1 * 78 = 163,8.
    assert_eq!(cost::LET_FACTOR, d("2.1"));
    assert_eq!(
        cost::let_norm_hours_in(book, Measure::LetOts).unwrap(),
        d("214.2")
    );
    assert_eq!(
        cost::let_norm_hours_in(book, Measure::LetVoogdij).unwrap(),
        d("163.8")
    );
    assert!(matches!(
        cost::let_norm_hours_in(book, Measure::LetGto),
        Err(Error::NotALetMeasure {
            measure: Measure::LetGto
        })
    ));
}

// --- Hourly rate, surcharge, LET GTO -------------------------------------------------------

#[test]
fn hourly_rates_and_pupil_cost_surcharge() {
    // "***Kostprijs 2026 o.b.v. 100% uurtarief 2026: € 146,25"; WSS/LdH € 149,17 (Tabel 1).
    let book = Catalogue::gelderland_2026();
    assert_eq!(book.hourly_rate(Provider::JbGld), Some(d("146.25")));
    assert_eq!(book.hourly_rate(Provider::JvV), Some(d("146.25")));
    assert_eq!(book.hourly_rate(Provider::Wss), Some(d("149.17")));
    assert_eq!(book.hourly_rate(Provider::LdH), Some(d("149.17")));
    // "*Inclusief opslag pupilkosten ad. JbGld, JvV: 1,30%".
    assert_eq!(cost::PUPIL_COSTS_SURCHARGE, d("0.013"));
}

#[test]
fn let_gto_traject_price() {
    // Section LET GTO: "een traject prijs van € 4.857 euro per traject", three months; Tabel 1
    // 48B15 € 1.619,00 per month for JbGld, WSS, LdH.
    let rules = jbjr::cost::reconcile::ModelRules::gelderland_2026();
    let gto = rules.negotiated[0];
    assert_eq!(gto.traject_price, d("4857"));
    assert_eq!(gto.months, 3);
    assert_eq!(gto.monthly().unwrap(), d("1619.00"));
    let book = Catalogue::gelderland_2026();
    for p in [Provider::JbGld, Provider::Wss, Provider::LdH] {
        assert_eq!(
            book.tariff(gto.code, p).unwrap().amount() * Decimal::from(gto.months),
            gto.traject_price
        );
    }
}
