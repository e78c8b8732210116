//! `jbjr::cost::reconcile::ReasonKind`'s `FromStr`: any text gives `Ok` or `Err`, never a panic; what parses displays as a
//! text that parses back to the same value.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jbjr_fuzz::reason_kind(data));
