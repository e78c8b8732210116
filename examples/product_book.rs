//! Prints the embedded Gelderland product book 2026: code, measure, unit, norm hours and the
//! tariff of every GI, with "n.v.t." where a GI does not offer the product, then the GIs with
//! their hourly rates ([`jbjr::catalogue::BookTable`]: columns as wide as their widest cell).
//!
//! Run with `cargo run --example product_book`; `jbjr book` prints the same.

fn main() {
    print!("{}", jbjr::Catalogue::gelderland_2026().table());
}
