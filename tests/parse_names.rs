//! The accepted spellings that `Error::UnknownName` lists are typed once per enum; these tests
//! check each list against the enum's own `Display` names (strum), so adding or renaming a
//! variant cannot leave an error message that lists the wrong choices.

use std::fmt::Display;
use std::str::FromStr;

use jbjr::billing::BillingRule;
use jbjr::cost::reconcile::ReasonKind;
use jbjr::{Domain, Error, Measure, NormPeriod, PupilCosts, Unit};
use strum::IntoEnumIterator;

/// The `expected` list of the error for an unknown name, and the variants' display names.
fn lists<T>() -> (Vec<String>, Vec<String>)
where
    T: IntoEnumIterator + Display + FromStr<Err = Error>,
{
    let err = T::from_str("no such name").err().unwrap();
    let Error::UnknownName { expected, .. } = err else {
        panic!("{err:?}")
    };
    let listed = expected.split(", ").map(str::to_owned).collect();
    let names = T::iter().map(|v| v.to_string()).collect();
    (listed, names)
}

#[test]
fn every_listed_spelling_is_a_variant_and_every_variant_is_listed() {
    for (listed, names) in [
        lists::<Unit>(),
        lists::<NormPeriod>(),
        lists::<BillingRule>(),
        lists::<Domain>(),
        lists::<PupilCosts>(),
        lists::<ReasonKind>(),
        lists::<Measure>(),
    ] {
        assert_eq!(listed, names);
    }
}
