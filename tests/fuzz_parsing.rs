//! Robustness of every string parser: any input gives `Ok` or `Err`, never a panic, and
//! `parse(display(x)) == x`.
//!
//! The normal tests run the properties at proptest's default case count. The `#[ignore]`d
//! `fuzz_*` tests run the same properties with 100 000 cases each; coverage-guided fuzzing of
//! every parser with cargo-fuzz is in `fuzz/` (see its README):
//!
//! ```text
//! cargo test --release --all-features --test suite -- --ignored fuzz_parsing::
//! ```

use crate::common;

use std::str::FromStr;

use jbjr::cost::reconcile::ReasonKind;
use jbjr::{
    AgbCode, BillingRule, Domain, Measure, NormPeriod, ProductCategory, ProductCode, Provider,
    PupilCosts, Unit,
};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const FUZZ_CASES: u32 = 100_000;

/// Text of every kind: any Unicode, code-like text, raw bytes read lossily, and the known
/// names with noise around them.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[0-9A-Za-z]{0,7}",
        "[ -~]{0,12}",
        prop::collection::vec(any::<u8>(), 0..24)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        (
            prop::sample::select(vec![
                "48B10", "WSS", "JbGld", "Ots", "month", "maand", "year", "marked"
            ]),
            "\\PC{0,2}",
            "\\PC{0,2}"
        )
            .prop_map(|(name, a, b)| format!("{a}{name}{b}")),
    ]
}

fn check_code(s: &str) -> Result<(), TestCaseError> {
    match ProductCode::from_str(s) {
        Ok(code) => {
            prop_assert!((1..=5).contains(&s.len()));
            prop_assert_eq!(code.as_str(), s.to_ascii_uppercase());
            prop_assert_eq!(ProductCode::from_str(&code.to_string()).unwrap(), code);
        }
        Err(e) => {
            prop_assert!(!e.to_string().is_empty());
        }
    }
    Ok(())
}

/// Parses `s` as `T`; on success, display → parse gives the same value.
fn check_enum<T>(s: &str) -> Result<(), TestCaseError>
where
    T: FromStr<Err = jbjr::Error> + std::fmt::Display + PartialEq + std::fmt::Debug,
{
    if let Ok(v) = T::from_str(s) {
        prop_assert_eq!(T::from_str(&v.to_string()).unwrap(), v);
    }
    Ok(())
}

fn check_all(s: &str) -> Result<(), TestCaseError> {
    check_code(s)?;
    check_enum::<Provider>(s)?;
    check_enum::<Measure>(s)?;
    check_enum::<Unit>(s)?;
    check_enum::<NormPeriod>(s)?;
    check_enum::<PupilCosts>(s)?;
    check_enum::<BillingRule>(s)?;
    check_enum::<Domain>(s)?;
    check_enum::<ReasonKind>(s)?;
    check_enum::<ProductCategory>(s)?;
    check_enum::<AgbCode>(s)?;
    Ok(())
}

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/fuzz_parsing.txt"))]
    #[test]
    fn parsers_never_panic(s in any_text()) {
        check_all(&s)?;
    }

    #[test]
    fn valid_codes_round_trip(s in "[0-9A-Za-z]{1,5}") {
        let code = ProductCode::from_str(&s).unwrap();
        prop_assert_eq!(code.to_string().parse::<ProductCode>().unwrap(), code);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: FUZZ_CASES, ..common::persisted("proptest-regressions/fuzz_parsing.txt") })]

    #[test]
    #[ignore = "fuzz run, 100 000 cases: cargo test --release --all-features --test suite -- --ignored fuzz_parsing::"]
    fn fuzz_parsers_100k(s in any_text()) {
        check_all(&s)?;
    }
}

#[test]
fn every_enum_value_round_trips() {
    use strum::IntoEnumIterator;
    for p in Provider::gelderland() {
        assert_eq!(p.to_string().parse::<Provider>().unwrap(), p);
    }
    for m in Measure::iter() {
        assert_eq!(m.to_string().parse::<Measure>().unwrap(), m);
    }
    for u in Unit::iter() {
        assert_eq!(u.to_string().parse::<Unit>().unwrap(), u);
    }
    for n in NormPeriod::iter() {
        assert_eq!(n.to_string().parse::<NormPeriod>().unwrap(), n);
    }
}
