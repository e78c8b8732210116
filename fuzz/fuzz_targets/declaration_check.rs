//! The municipality's check of a declaration read from text: any input gives one verdict per
//! line and totals that add up, never a panic (see `jbjr_fuzz::declaration_check`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jbjr_fuzz::declaration_check(data));
