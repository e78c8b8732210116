//! The contract file loader, JSON and TOML: any input gives `Ok` or `Err`, never a panic. A
//! contract that loads exports and loads back equal with the same bytes; completing the Holland
//! Rijnland catalogue (or the Gelderland book) with it gives `Ok` or `Err`, and a completed
//! catalogue round-trips, quotes and budgets like a loaded one.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jbjr_fuzz::contract_file(data));
