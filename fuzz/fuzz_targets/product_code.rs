//! `ProductCode`'s `FromStr`: any text gives `Ok` or `Err`, never a panic; what parses is 1 to 5
//! ASCII letters or digits, stored upper case, and displays as a text that parses back to it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jbjr_fuzz::product_code(data));
