//! The catalogue loader, JSON: any bytes give `Ok` or `Err`, never a panic. A catalogue that
//! loads exports (JSON and TOML), loads back equal and exports the same bytes; it quotes,
//! prices, budgets and reconciles without a panic. A single product loads or fails likewise.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jbjr_fuzz::catalogue_json(data));
