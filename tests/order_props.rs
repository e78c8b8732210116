//! Property tests for `Order`, `Term` and the eligibility checks, grouped by theme.

use crate::common;

use chrono::{Datelike, Days, NaiveDate};
use jbjr::{
    DurationRule, Extension, Measure, Order, Term, age_on, check_stp, kansrijk_consent,
    majority_last_day,
};
use proptest::prelude::*;
use strum::IntoEnumIterator;

// --- strategies ------------------------------------------------------------------------------

/// Any date `NaiveDate` can hold, with the extremes weighted in.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let lo = NaiveDate::MIN.num_days_from_ce();
    let hi = NaiveDate::MAX.num_days_from_ce();
    prop_oneof![
        1 => Just(NaiveDate::MIN),
        1 => Just(NaiveDate::MAX),
        1 => (hi - 2000..=hi).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()),
        1 => (lo..=lo + 2000).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()),
        4 => (lo..=hi).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()),
    ]
}

/// A date between 1990 and 2100, with month ends over-represented.
fn recent_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        3 => (1990i32..2100, 1u32..=12, 1u32..=31)
            .prop_filter_map("valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        1 => (1990i32..2100, 1u32..=12, 28u32..=31).prop_map(|(y, m, d)| {
            (28..=d).rev().find_map(|d| NaiveDate::from_ymd_opt(y, m, d)).unwrap()
        }),
    ]
}

fn any_measure() -> impl Strategy<Value = Measure> {
    prop::sample::select(Measure::iter().collect::<Vec<_>>())
}

fn any_rule() -> impl Strategy<Value = &'static DurationRule> {
    prop::sample::select(DurationRule::all().to_vec())
}

fn civil_measure() -> impl Strategy<Value = Measure> {
    prop::sample::select(
        Measure::iter()
            .filter(|m| DurationRule::of(*m).ends_at_majority)
            .collect::<Vec<_>>(),
    )
}

fn any_term() -> impl Strategy<Value = Term> {
    prop_oneof![
        any::<u32>().prop_map(Term::Days),
        any::<u32>().prop_map(Term::Weeks),
        any::<u32>().prop_map(Term::Months),
        (0u32..400).prop_map(Term::Months),
    ]
}

/// Lengths in days for terms and extensions: mostly around the limits of the rules.
fn term_days() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..800, 0u64..80, 170u64..190, 360u64..375, 725u64..740]
}

fn plus(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(days))
}

// --- the rules hold for every accepted order ------------------------------------------------

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/order_props.txt"))]
    #[test]
    fn an_accepted_first_term_never_exceeds_its_rule(
        rule in any_rule(), start in recent_date(), len in term_days(),
    ) {
        let end = plus(start, len).unwrap();
        if let Ok(order) = Order::with_rule(rule, start, end) {
            if let Some(latest) = rule.first_term_last_day(start).unwrap() {
                prop_assert!(order.end() <= latest);
            }
            if let Some(min) = rule.first_term_min {
                prop_assert!(order.end() >= min.last_day(start).unwrap());
            }
        } else {
            // Refused only for a reason the rule states.
            let too_long = rule.first_term_last_day(start).unwrap().is_some_and(|l| end > l);
            let too_short = rule.first_term_min.is_some_and(|m| end < m.last_day(start).unwrap());
            prop_assert!(too_long || too_short);
        }
    }

    #[test]
    fn extend_then_check(
        rule in any_rule(), start in recent_date(), first in term_days(),
        steps in prop::collection::vec(term_days(), 0..6),
    ) {
        let Ok(mut order) = Order::with_rule(rule, start, plus(start, first).unwrap()) else {
            return Ok(());
        };
        let first_term = Term::spanning(order.start(), order.end()).unwrap();
        for step in steps {
            let before = order;
            let new_end = plus(order.end(), step.max(1)).unwrap();
            match order.extend(new_end) {
                Ok(()) => {
                    prop_assert_eq!(order.end(), new_end);
                    prop_assert_eq!(order.extensions(), before.extensions() + 1);
                    prop_assert_eq!(order.start(), before.start());
                    let from = before.end().succ_opt().unwrap();
                    match rule.extension {
                        Extension::AtMost { term, .. } => {
                            prop_assert!(new_end <= term.last_day(from).unwrap());
                        }
                        Extension::AtMostFirstTerm { .. } => {
                            prop_assert!(new_end <= first_term.last_day(from).unwrap());
                        }
                        Extension::NotAllowed => prop_assert!(false, "extended a {}", rule.measure),
                        _ => {}
                    }
                    if let Some(max) = rule.extension.max_count() {
                        prop_assert!(order.extensions() <= max);
                    }
                }
                Err(_) => prop_assert_eq!(order, before, "a failed extension changed the order"),
            }
        }
    }

    #[test]
    fn civil_measures_never_run_past_the_18th_birthday(
        measure in civil_measure(), birth in recent_date(), age_days in 0u64..7000,
        first in term_days(), steps in prop::collection::vec(term_days(), 0..6),
        filed in 0u64..120,
    ) {
        let start = plus(birth, age_days).unwrap();
        let Ok(order) = Order::new(measure, start, plus(start, first).unwrap()) else {
            return Ok(());
        };
        let last = majority_last_day(birth).unwrap();
        let Ok(mut order) = order.with_birth_date(birth) else {
            prop_assert!(plus(start, first).unwrap() > last);
            return Ok(());
        };
        prop_assert!(order.end() <= last);
        for step in steps {
            let new_end = plus(order.end(), step.max(1)).unwrap();
            let _ = order.extend(new_end);
            let _ = order.continue_vovo(plus(start, filed).unwrap(), new_end);
            prop_assert!(order.end() <= last);
            prop_assert!(age_on(birth, order.end()).unwrap() < 18);
        }
    }
}

// --- date arithmetic --------------------------------------------------------------------------

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/order_props.txt"))]
    #[test]
    fn a_month_term_ends_the_day_before_day_d_or_on_a_month_end(
        start in recent_date(), n in 1u32..400,
    ) {
        let last = Term::Months(n).last_day(start).unwrap();
        let next = last.succ_opt().unwrap();
        // The day after the term is day D, or the 1st of the month after one without day D.
        prop_assert!(next.day() == start.day() || (next.day() == 1 && start.day() > 28));
        let months = (next.year() - start.year()) * 12 + next.month0() as i32 - start.month0() as i32;
        prop_assert!(months == n as i32 || (months == n as i32 + 1 && next.day() == 1));
        prop_assert_eq!(Term::spanning(start, last).unwrap(), Term::Months(n));
        // Longer terms never end earlier.
        prop_assert!(Term::Months(n + 1).last_day(start).unwrap() >= last);
    }

    #[test]
    fn day_terms_are_inclusive(start in recent_date(), n in 1u32..100_000) {
        let last = Term::Days(n).last_day(start).unwrap();
        prop_assert_eq!((last - start).num_days() + 1, i64::from(n));
        prop_assert_eq!(Term::spanning(start, last).unwrap().last_day(start).unwrap(), last);
    }

    #[test]
    fn age_counts_birthdays(birth in recent_date(), days in 0u64..40_000) {
        let on = plus(birth, days).unwrap();
        let age = age_on(birth, on).unwrap();
        // Age n is reached the day after the term of n years from the birth date ends.
        if age > 0 {
            prop_assert!(Term::years(age).last_day(birth).unwrap() < on);
        }
        prop_assert!(Term::years(age + 1).last_day(birth).unwrap() >= on);
    }
}

// --- no panics, whatever the dates -------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..common::persisted("proptest-regressions/order_props.txt") })]

    #[test]
    fn no_panic_for_any_dates(
        measure in any_measure(), rule in any_rule(), a in any_date(), b in any_date(),
        c in any_date(), e in any_date(), term in any_term(),
    ) {
        let _ = term.last_day(a);
        let _ = Term::spanning(a, b);
        let _ = age_on(a, b);
        let _ = majority_last_day(a);
        let _ = kansrijk_consent(a, b);
        let _ = check_stp(a, b, c, e);
        let _ = rule.first_term_last_day(a);
        for mut order in [Order::new(measure, a, b), Order::with_rule(rule, a, b)].into_iter().flatten() {
            prop_assert!(order.start() <= order.end());
            let _ = order.holland_rijnland_ots_code(c);
            let _ = order.with_birth_date(c);
            let before = order;
            if order.extend(e).is_err() {
                prop_assert_eq!(order, before);
            }
            let _ = order.continue_vovo(c, e);
            prop_assert!(order.start() <= order.end());
        }
    }
}
