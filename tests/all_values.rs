//! Every public enum without data lists its values with `all()`, so a user needs no strum:
//! in declaration order, each value once, the same list as strum's iterator, and each value's
//! `Display` parses back to it where the type has `FromStr`.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use jbjr::catalogue::crosswalk::Fit;
use jbjr::cost::reconcile::ReasonKind;
use jbjr::{
    AgeAt, BillingRule, Consent, Domain, Measure, NormPeriod, ProductCategory, PupilCosts,
    TermFrom, Unit,
};
use strum::{EnumCount, IntoEnumIterator};

fn distinct<T: PartialEq + Debug>(all: &[T]) {
    for (i, a) in all.iter().enumerate() {
        assert!(!all[..i].contains(a), "{a:?} listed twice");
    }
}

fn same_as_strum<T: IntoEnumIterator + PartialEq + Debug + Copy>(all: &[T]) {
    assert_eq!(T::iter().collect::<Vec<_>>(), all.to_vec());
    distinct(all);
}

fn round_trips<T: FromStr + Display + PartialEq + Debug>(all: &[T])
where
    T::Err: Debug,
{
    for v in all {
        assert_eq!(&v.to_string().parse::<T>().unwrap(), v);
    }
}

#[test]
fn all_lists_every_value_as_strum_does() {
    same_as_strum(Unit::all());
    same_as_strum(NormPeriod::all());
    same_as_strum(Domain::all());
    same_as_strum(Measure::all());
    same_as_strum(BillingRule::all());
    same_as_strum(PupilCosts::all());
    same_as_strum(ReasonKind::all());
    same_as_strum(ProductCategory::all());
    same_as_strum(Consent::all());
    assert_eq!(Measure::all().len(), Measure::COUNT);
    assert_eq!(Unit::all().len(), Unit::COUNT);
    assert_eq!(ProductCategory::all().len(), ProductCategory::COUNT);
}

#[test]
fn all_lists_the_enums_without_strum_iteration_too() {
    assert_eq!(
        Fit::all(),
        [Fit::Same, Fit::Broader, Fit::Narrower, Fit::Closest]
    );
    assert_eq!(AgeAt::all(), [AgeAt::Start, AgeAt::Offence]);
    assert_eq!(TermFrom::all(), [TermFrom::Start, TermFrom::DayAfterStart]);
    distinct(Fit::all());
}

#[test]
fn every_listed_value_displays_as_a_name_that_parses_back() {
    round_trips(Unit::all());
    round_trips(NormPeriod::all());
    round_trips(Domain::all());
    round_trips(Measure::all());
    round_trips(BillingRule::all());
    round_trips(PupilCosts::all());
    round_trips(ReasonKind::all());
    round_trips(ProductCategory::all());
}

#[test]
fn all_is_usable_in_const_context() {
    const UNITS: &[Unit] = Unit::all();
    assert_eq!(UNITS.first(), Some(&Unit::Month));
    assert_eq!(Measure::all()[0], Measure::Ots);
}
