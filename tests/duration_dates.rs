//! The date conventions of `jbjr::law`: inclusive ends, months from the 29th–31st, leap
//! days, age and majority (BW 1:233), and the extremes of `NaiveDate`.

use chrono::{Datelike, NaiveDate};
use jbjr::{Error, Measure, Order, Term, age_on, majority_last_day};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn n_months_end_the_day_before_day_d() {
    // The contract's example: 2026-03-15 + 12 months → 2027-03-14.
    assert_eq!(
        Term::Months(12).last_day(d(2026, 3, 15)).unwrap(),
        d(2027, 3, 14)
    );
    assert_eq!(
        Term::Months(1).last_day(d(2026, 3, 1)).unwrap(),
        d(2026, 3, 31)
    );
    assert_eq!(
        Term::Months(1).last_day(d(2026, 12, 1)).unwrap(),
        d(2026, 12, 31)
    );
    assert_eq!(
        Term::Months(3).last_day(d(2026, 11, 15)).unwrap(),
        d(2027, 2, 14)
    );
    assert_eq!(
        Term::years(2).last_day(d(2026, 1, 1)).unwrap(),
        d(2027, 12, 31)
    );
}

#[test]
fn short_months_end_on_the_last_day_of_the_month() {
    let one = Term::Months(1);
    assert_eq!(one.last_day(d(2026, 1, 28)).unwrap(), d(2026, 2, 27));
    for day in [29, 30, 31] {
        assert_eq!(
            one.last_day(d(2026, 1, day)).unwrap(),
            d(2026, 2, 28),
            "Jan {day}"
        );
    }
    // Leap year: 29 February exists.
    assert_eq!(one.last_day(d(2028, 1, 29)).unwrap(), d(2028, 2, 28));
    assert_eq!(one.last_day(d(2028, 1, 30)).unwrap(), d(2028, 2, 29));
    assert_eq!(one.last_day(d(2028, 1, 31)).unwrap(), d(2028, 2, 29));
    // 31st into a 30-day month.
    assert_eq!(one.last_day(d(2026, 3, 31)).unwrap(), d(2026, 4, 30));
    assert_eq!(one.last_day(d(2026, 5, 31)).unwrap(), d(2026, 6, 30));
    assert_eq!(
        Term::Months(3).last_day(d(2026, 3, 31)).unwrap(),
        d(2026, 6, 30)
    );
    // 31st into a 31-day month: the day before the 31st.
    assert_eq!(
        Term::Months(2).last_day(d(2026, 3, 31)).unwrap(),
        d(2026, 5, 30)
    );
}

#[test]
fn leap_day_starts() {
    assert_eq!(
        Term::Months(12).last_day(d(2024, 2, 29)).unwrap(),
        d(2025, 2, 28)
    );
    assert_eq!(
        Term::Months(48).last_day(d(2024, 2, 29)).unwrap(),
        d(2028, 2, 28)
    );
    assert_eq!(
        Term::Months(1).last_day(d(2024, 2, 29)).unwrap(),
        d(2024, 3, 28)
    );
    assert_eq!(
        Term::Months(12).last_day(d(2023, 2, 28)).unwrap(),
        d(2024, 2, 27)
    );
    assert_eq!(
        Term::Months(12).last_day(d(2023, 3, 1)).unwrap(),
        d(2024, 2, 29)
    );
    // An OTS starting on a leap day may run to 28 February of the next year (BW 1:258).
    assert!(Order::new(Measure::Ots, d(2024, 2, 29), d(2025, 2, 28)).is_ok());
    assert!(Order::new(Measure::Ots, d(2024, 2, 29), d(2025, 3, 1)).is_err());
}

#[test]
fn days_and_weeks_are_inclusive() {
    assert_eq!(
        Term::Days(1).last_day(d(2026, 1, 1)).unwrap(),
        d(2026, 1, 1)
    );
    assert_eq!(
        Term::Days(0).last_day(d(2026, 1, 1)).unwrap(),
        d(2025, 12, 31)
    );
    assert_eq!(
        Term::Weeks(4).last_day(d(2026, 2, 1)).unwrap(),
        d(2026, 2, 28)
    );
    assert_eq!(
        Term::Weeks(6).last_day(d(2026, 12, 1)).unwrap(),
        d(2027, 1, 11)
    );
}

#[test]
fn a_one_day_order_is_valid_and_reversed_periods_are_not() {
    let o = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 1, 1)).unwrap();
    assert_eq!((o.start(), o.end()), (d(2026, 1, 1), d(2026, 1, 1)));
    assert!(matches!(
        Order::new(Measure::Ots, d(2026, 1, 2), d(2026, 1, 1)),
        Err(Error::InvalidPeriod { .. })
    ));
    let mut o2 = o;
    assert!(matches!(
        o2.extend(d(2026, 1, 1)),
        Err(Error::InvalidPeriod { .. })
    ));
    assert_eq!(o2, o);
}

#[test]
fn age_and_majority_bw_1_233() {
    let born = d(2010, 6, 15);
    assert_eq!(age_on(born, d(2028, 6, 14)).unwrap(), 17);
    assert_eq!(age_on(born, d(2028, 6, 15)).unwrap(), 18);
    assert_eq!(majority_last_day(born).unwrap(), d(2028, 6, 14));
    // Born on a leap day: 18 on 1 March in a common year; minority ends 28 February.
    let leap = d(2008, 2, 29);
    assert_eq!(majority_last_day(leap).unwrap(), d(2026, 2, 28));
    assert_eq!(age_on(leap, d(2026, 2, 28)).unwrap(), 17);
    assert_eq!(age_on(leap, d(2026, 3, 1)).unwrap(), 18);
    // ... and on 29 February when the 18th year is a leap year.
    let leap2 = d(2012, 2, 29);
    assert_eq!(majority_last_day(leap2).unwrap(), d(2030, 2, 28));
    assert_eq!(age_on(d(2000, 2, 29), d(2004, 2, 29)).unwrap(), 4);
    assert_eq!(age_on(d(2000, 2, 29), d(2004, 2, 28)).unwrap(), 3);
    assert_eq!(age_on(born, born).unwrap(), 0);
    assert!(matches!(
        age_on(born, d(2010, 6, 14)),
        Err(Error::InvalidPeriod { .. })
    ));
}

#[test]
fn extreme_dates_are_errors_not_panics() {
    let (min, max) = (NaiveDate::MIN, NaiveDate::MAX);
    assert!(matches!(
        Term::Months(1).last_day(max),
        Err(Error::InvalidPeriod { .. })
    ));
    assert!(matches!(
        Term::Days(2).last_day(max),
        Err(Error::InvalidPeriod { .. })
    ));
    assert!(matches!(
        Term::Days(0).last_day(min),
        Err(Error::InvalidPeriod { .. })
    ));
    assert_eq!(Term::Days(1).last_day(max).unwrap(), max);
    assert!(Term::Months(u32::MAX).last_day(min).is_err());
    assert!(Term::Weeks(u32::MAX).last_day(min).is_err());
    assert!(majority_last_day(max).is_err());
    assert!(Order::new(Measure::Ots, max, max).is_err());
    let mut open = Order::new(Measure::Consultatie, min, max).unwrap();
    assert!(open.extend(max).is_err());
    assert!(Order::new(Measure::Jeugdreclassering, min, max).is_err());
    assert!(Order::new(Measure::VoVo, max, max).is_err());
    // MIN is 1 January, MAX 31 December: the age is the difference of the years.
    let years = u32::try_from(max.year() - min.year()).unwrap();
    assert_eq!(age_on(min, max).unwrap(), years);
}
