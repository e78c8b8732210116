//! Service terms of the Gelderland product book 2026 (source `002_1b572f4924ef38f6.txt`) on
//! the holiday calendar of the Algemene termijnenwet art. 3.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use jbjr::law::{
    Holiday, easter_sunday, first_working_day_from, is_working_day, working_days_after,
};
use jbjr::law::{ServiceTerm, TermLength, check_gbm_advies_once};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Easter Sundays as published (the Gregorian computus): 2019, 2024–2027, and the earliest
/// (22 March, 2285) and latest (25 April, 2038) dates.
#[test]
fn easter_sunday_matches_published_dates() {
    for (y, m, day) in [
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2038, 4, 25),
        (2285, 3, 22),
    ] {
        assert_eq!(easter_sunday(y), Some(d(y, m, day)), "{y}");
    }
}

/// Algemene termijnenwet art. 3 lid 1 ("de Nieuwjaarsdag, de Christelijke tweede Paas- en
/// Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de
/// Koning wordt gevierd en de vijfde mei") and lid 2 (Goede Vrijdag), for 2026.
#[test]
fn the_holidays_of_2026_atw_art_3() {
    let dates: Vec<(Holiday, NaiveDate)> = Holiday::all()
        .iter()
        .map(|h| (*h, h.date(2026).unwrap()))
        .collect();
    assert_eq!(
        dates,
        [
            (Holiday::Nieuwjaarsdag, d(2026, 1, 1)),
            (Holiday::GoedeVrijdag, d(2026, 4, 3)),
            (Holiday::TweedePaasdag, d(2026, 4, 6)),
            (Holiday::Koningsdag, d(2026, 4, 27)),
            (Holiday::Bevrijdingsdag, d(2026, 5, 5)),
            (Holiday::Hemelvaartsdag, d(2026, 5, 14)),
            (Holiday::TweedePinksterdag, d(2026, 5, 25)),
            (Holiday::EersteKerstdag, d(2026, 12, 25)),
            (Holiday::TweedeKerstdag, d(2026, 12, 26)),
        ]
    );
    // Koningsdag moves to the Saturday when 27 April is a Sunday (2014, 2025).
    assert_eq!(Holiday::Koningsdag.date(2014).unwrap(), d(2014, 4, 26));
    assert_eq!(Holiday::Koningsdag.date(2025).unwrap(), d(2025, 4, 26));
    // Hemelvaartsdag on 5 May (2016): one day, two holidays.
    assert_eq!(Holiday::Hemelvaartsdag.date(2016).unwrap(), d(2016, 5, 5));
    // Before the first Koningsdag the calendar does not answer.
    assert!(is_working_day(d(2013, 12, 31)).is_err());
}

/// Productenboek 2026, 48B80: "Binnen vijf werkdagen is er een face to face contact met het
/// gezin" and "Binnen 6 weken is er een gezinsplan opgesteld"; GBM advies 47B11: "De
/// jeugdreclasseerder heeft 6 weken om het haalbaarheidsonderzoek te doen." and "Dit product
/// kan eenmalig worden ingezet."
#[test]
fn the_terms_of_the_product_book_002() {
    let face = ServiceTerm::IntensiefFaceToFace;
    assert_eq!(face.code().as_str(), "48B80");
    assert_eq!(face.length(), TermLength::WorkingDays(5));
    assert!(face.source().contains("Binnen vijf werkdagen"));
    // Start Thursday 23 April 2026: Fri 24, Mon 27 is Koningsdag, Tue 28, Wed 29, Thu 30, Fri 1 May.
    assert_eq!(face.deadline(d(2026, 4, 23)).unwrap(), d(2026, 5, 1));
    // Start Friday 1 May: Mon 4, Tue 5 is Bevrijdingsdag, Wed 6, Thu 7, Fri 8, Mon 11.
    assert_eq!(face.deadline(d(2026, 5, 1)).unwrap(), d(2026, 5, 11));
    // Over Christmas 2026 (Fri 25 and Sat 26) and New Year (Fri 1 January 2027).
    assert_eq!(face.deadline(d(2026, 12, 23)).unwrap(), d(2026, 12, 31));
    assert_eq!(face.deadline(d(2026, 12, 24)).unwrap(), d(2027, 1, 4));

    let plan = ServiceTerm::IntensiefGezinsplan;
    assert_eq!(plan.length(), TermLength::Weeks(6));
    assert!(plan.source().contains("Binnen 6 weken"));
    assert_eq!(plan.deadline(d(2026, 3, 2)).unwrap(), d(2026, 4, 13));
    // Six weeks from Wednesday 25 March end on Wednesday 6 May: a working day.
    assert_eq!(plan.deadline(d(2026, 3, 25)).unwrap(), d(2026, 5, 6));
    // Six weeks from Monday 23 March end on Monday 4 May; from Tuesday 24 March on Tuesday
    // 5 May, Bevrijdingsdag: extended to Wednesday 6 May.
    assert_eq!(plan.deadline(d(2026, 3, 24)).unwrap(), d(2026, 5, 6));

    let gbm = ServiceTerm::GbmAdviesHaalbaarheid;
    assert_eq!(gbm.code().as_str(), "47B11");
    assert!(
        gbm.source()
            .contains("6 weken om het haalbaarheidsonderzoek")
    );
    assert!(check_gbm_advies_once(0).is_ok());
    let err = check_gbm_advies_once(1).unwrap_err().to_string();
    assert!(err.contains("eenmalig"), "{err}");
}

fn start() -> impl Strategy<Value = NaiveDate> {
    // 2014-01-01 to about 2114.
    (0u64..36_500).prop_map(|n| d(2014, 1, 1).checked_add_days(Days::new(n)).unwrap())
}

proptest! {
    /// A deadline is a working day (never a Saturday, Sunday or holiday of the Atw) and lies
    /// after the start.
    #[test]
    fn a_deadline_is_a_working_day_after_the_start(s in start()) {
        for t in ServiceTerm::all() {
            let end = t.deadline(s).unwrap();
            prop_assert!(end > s);
            prop_assert!(!matches!(end.weekday(), Weekday::Sat | Weekday::Sun));
            prop_assert_eq!(Holiday::on(end).unwrap(), None);
            prop_assert!(is_working_day(end).unwrap());
        }
    }

    /// A later start never gives an earlier deadline.
    #[test]
    fn a_deadline_is_monotone_in_the_start(a in start(), gap in 0u64..400) {
        let b = a.checked_add_days(Days::new(gap)).unwrap();
        for t in ServiceTerm::all() {
            prop_assert!(t.deadline(a).unwrap() <= t.deadline(b).unwrap(), "{t}");
        }
    }

    /// n working days after a start: exactly n working days lie in (start, end], the last
    /// of them the end.
    #[test]
    fn working_days_after_counts_working_days(s in start(), n in 1u32..40) {
        let end = working_days_after(s, n).unwrap();
        let mut count = 0;
        let mut day = s.succ_opt().unwrap();
        while day <= end {
            if is_working_day(day).unwrap() {
                count += 1;
            }
            day = day.succ_opt().unwrap();
        }
        prop_assert_eq!(count, n);
        prop_assert!(is_working_day(end).unwrap());
        prop_assert_eq!(first_working_day_from(end).unwrap(), end);
    }
}
