//! `jbjr::ijw::Jw307`: reading any bytes gives `Ok` or `Err`, never a panic; what reads is
//! written and read back to the same value.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jbjr_fuzz::ijw_jw307(data));
