//! Property tests of the cost model (`jbjr::cost`, `jbjr::cost::productivity`), grouped by theme,
//! with named input strategies.

use crate::common;

use jbjr::Decimal;
use jbjr::cost::{
    LET_FACTOR, annual_cost, hourly_tariff, let_norm_hours, monthly_tariff, traject_tariff,
};
use proptest::prelude::*;

/// Norm hours: 0 to 10,000 h in tenths (the product book prints tenths: 87.6, 249.1).
fn hours() -> impl Strategy<Value = Decimal> {
    (0u32..=100_000).prop_map(|t| Decimal::new(i64::from(t), 1))
}

/// Hourly rates: € 0 to € 1,000 in cents.
fn rates() -> impl Strategy<Value = Decimal> {
    (0u32..=100_000).prop_map(|c| Decimal::new(i64::from(c), 2))
}

/// Surcharges: 0 to 10 % in steps of 0.001 % (fractions with five decimals).
fn surcharges() -> impl Strategy<Value = Decimal> {
    (0u32..=10_000).prop_map(|s| Decimal::new(i64::from(s), 5))
}

/// Any `Decimal` at all: every mantissa, sign and scale 0 to 28, plus the extremes.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28
        )
            .prop_map(|(lo, mid, hi, neg, scale)| Decimal::from_parts(lo, mid, hi, neg, scale)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        Just(Decimal::from_parts(1, 0, 0, false, 28)),
        Just(Decimal::from_parts(u32::MAX, u32::MAX, u32::MAX, false, 28)),
    ]
}

fn half_cent() -> Decimal {
    Decimal::new(5, 3)
}

fn cent() -> Decimal {
    Decimal::new(1, 2)
}

mod monotone {
    use super::*;

    proptest! {
    #![proptest_config(common::persisted("proptest-regressions/cost_properties.txt"))]
        #[test]
        fn in_hours(a in hours(), b in hours(), rate in rates(), s in surcharges()) {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(monthly_tariff(lo, rate, s)? <= monthly_tariff(hi, rate, s)?);
            prop_assert!(annual_cost(lo, rate)? <= annual_cost(hi, rate)?);
            prop_assert!(traject_tariff(lo, rate, s)? <= traject_tariff(hi, rate, s)?);
        }

        #[test]
        fn in_rate(h in hours(), a in rates(), b in rates(), s in surcharges()) {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(monthly_tariff(h, lo, s)? <= monthly_tariff(h, hi, s)?);
            prop_assert!(annual_cost(h, lo)? <= annual_cost(h, hi)?);
            prop_assert!(hourly_tariff(lo, s)? <= hourly_tariff(hi, s)?);
        }

        #[test]
        fn in_surcharge(h in hours(), rate in rates(), a in surcharges(), b in surcharges()) {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(monthly_tariff(h, rate, lo)? <= monthly_tariff(h, rate, hi)?);
            prop_assert!(traject_tariff(h, rate, lo)? <= traject_tariff(h, rate, hi)?);
        }
    }
}

mod linear {
    use super::*;

    proptest! {
    #![proptest_config(common::persisted("proptest-regressions/cost_properties.txt"))]
        /// Additive in hours before rounding: two roundings of at most half a cent each.
        #[test]
        fn in_hours_within_one_cent(a in hours(), b in hours(), rate in rates(), s in surcharges()) {
            let whole = monthly_tariff(a + b, rate, s)?;
            let parts = monthly_tariff(a, rate, s)? + monthly_tariff(b, rate, s)?;
            prop_assert!((whole - parts).abs() <= cent(), "{whole} vs {parts}");
            let whole = annual_cost(a + b, rate)?;
            let parts = annual_cost(a, rate)? + annual_cost(b, rate)?;
            prop_assert!((whole - parts).abs() <= cent());
        }

        #[test]
        fn in_rate_within_one_cent(h in hours(), a in rates(), b in rates(), s in surcharges()) {
            let whole = monthly_tariff(h, a + b, s)?;
            let parts = monthly_tariff(h, a, s)? + monthly_tariff(h, b, s)?;
            prop_assert!((whole - parts).abs() <= cent(), "{whole} vs {parts}");
        }
    }
}

mod rounding {
    use super::*;

    proptest! {
    #![proptest_config(common::persisted("proptest-regressions/cost_properties.txt"))]
        #[test]
        fn error_at_most_half_a_cent(h in hours(), rate in rates(), s in surcharges()) {
            let exact = h * rate * (Decimal::ONE + s) / Decimal::from(12);
            let monthly = monthly_tariff(h, rate, s)?;
            prop_assert!((monthly - exact).abs() <= half_cent(), "{monthly} vs {exact}");
            prop_assert!((annual_cost(h, rate)? - h * rate).abs() <= half_cent());
            let traject = traject_tariff(h, rate, s)?;
            prop_assert!((traject - h * rate * (Decimal::ONE + s)).abs() <= half_cent());
        }

        #[test]
        fn at_most_two_decimals(h in hours(), rate in rates(), s in surcharges()) {
            prop_assert!(monthly_tariff(h, rate, s)?.normalize().scale() <= 2);
            prop_assert!(annual_cost(h, rate)?.normalize().scale() <= 2);
            prop_assert!(traject_tariff(h, rate, s)?.normalize().scale() <= 2);
            prop_assert!(hourly_tariff(rate, s)?.normalize().scale() <= 2);
        }

        /// Twelve monthly tariffs make the annual cost with surcharge, within 12 × half a cent.
        #[test]
        fn twelve_months_within_six_cents_of_a_year(h in hours(), rate in rates(), s in surcharges()) {
            let year = h * rate * (Decimal::ONE + s);
            let twelve = monthly_tariff(h, rate, s)? * Decimal::from(12);
            prop_assert!((twelve - year).abs() <= Decimal::new(6, 2), "{twelve} vs {year}");
        }
    }
}

mod let_factor {
    use super::*;

    proptest! {
    #![proptest_config(common::persisted("proptest-regressions/cost_properties.txt"))]
        #[test]
        fn let_is_factor_times_base(base in hours()) {
            let derived = let_norm_hours(base)?;
            prop_assert_eq!(derived, base * Decimal::new(21, 1));
            prop_assert_eq!(derived, LET_FACTOR * base);
            prop_assert!(derived >= base);
        }
    }

    #[test]
    fn catalogue_let_hours_are_factor_times_base() {
        let book = jbjr::Catalogue::gelderland_2026();
        for (let_code, base_code) in [("48B12", "48B10"), ("48B13", "48B11")] {
            let let_hours = book
                .product(let_code.parse().unwrap())
                .unwrap()
                .norm_hours()
                .unwrap();
            let base = book
                .product(base_code.parse().unwrap())
                .unwrap()
                .norm_hours()
                .unwrap();
            assert_eq!(let_hours.hours(), LET_FACTOR * base.hours());
        }
    }
}

mod robustness {
    use super::*;
    use jbjr::cost::productivity::Productivity;

    fn checked(result: Result<Decimal, jbjr::Error>) -> Result<(), TestCaseError> {
        if let Ok(value) = result {
            prop_assert!(!value.is_sign_negative() || value.is_zero(), "{value}");
        }
        Ok(())
    }

    proptest! {
    #![proptest_config(common::persisted("proptest-regressions/cost_properties.txt"))]
        #[test]
        fn any_decimal_gives_a_value_or_an_error(a in any_decimal(), b in any_decimal(), c in any_decimal()) {
            checked(annual_cost(a, b))?;
            checked(monthly_tariff(a, b, c))?;
            checked(traject_tariff(a, b, c))?;
            checked(hourly_tariff(a, b))?;
            checked(let_norm_hours(a))?;
            if let Ok(m) = monthly_tariff(a, b, c) {
                prop_assert!(m.normalize().scale() <= 2);
            }
        }

        #[test]
        fn negative_inputs_are_refused(a in any_decimal(), rate in rates(), s in surcharges()) {
            if a.is_sign_negative() && !a.is_zero() {
                let refused = |r: Result<Decimal, jbjr::Error>| matches!(r, Err(jbjr::Error::NegativeInput { .. }));
                prop_assert!(refused(annual_cost(a, rate)));
                prop_assert!(refused(monthly_tariff(a, rate, s)));
                prop_assert!(refused(monthly_tariff(Decimal::ONE, a, s)));
                prop_assert!(refused(monthly_tariff(Decimal::ONE, rate, a)));
            }
        }

        #[test]
        fn productivity_with_any_lines_never_panics(
            lines in proptest::collection::vec(any_decimal(), 10),
            norm in any_decimal(),
            cases in any_decimal(),
        ) {
            let p = Productivity {
                contract_hours: lines[0],
                public_holidays: lines[1],
                sickness_rate: lines[2],
                leave: lines[3],
                special_leave: lines[4],
                vitality_leave: lines[5],
                training: lines[6],
                initial_training: lines[7],
                organisational_meetings: lines[8],
                client_activities: lines[9],
            };
            checked(p.productive_hours())?;
            checked(p.caseload_per_fte(norm))?;
            checked(p.fte_for_caseload(cases, norm))?;
        }
    }

    /// Inputs that would overflow lie outside the ranges of `jbjr::money` and are refused
    /// before any arithmetic (they were `Overflow` errors before the ranges existed).
    #[test]
    fn inputs_that_would_overflow_are_out_of_range() {
        assert!(matches!(
            monthly_tariff(Decimal::MAX, Decimal::MAX, Decimal::ZERO),
            Err(jbjr::Error::OutOfRange { .. })
        ));
        assert!(matches!(
            annual_cost(Decimal::MAX, Decimal::TWO),
            Err(jbjr::Error::OutOfRange { .. })
        ));
        assert!(matches!(
            let_norm_hours(Decimal::MAX),
            Err(jbjr::Error::OutOfRange { .. })
        ));
    }
}
