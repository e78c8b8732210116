//! Loads a catalogue file (JSON or TOML, by extension), prints its tariffs and writes it back.
//!
//! Run with `cargo run --features serde --example load_catalogue -- data/gelderland_2027.toml`
//! (default: `data/gelderland_2027.json`). An invalid file is refused with the product and the
//! field at fault.

use jbjr::Catalogue;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/gelderland_2027.json".into());
    let text = std::fs::read_to_string(&path)?;
    let book: Catalogue = if path.ends_with(".toml") {
        toml::from_str(&text)?
    } else {
        serde_json::from_str(&text)?
    };
    println!(
        "{} {} — {} products",
        book.region(),
        book.year(),
        book.products().count()
    );
    for product in book.products() {
        print!("{:<6} {:<40}", product.code(), product.measure());
        if !book.publishes_tariffs() {
            print!(" (no tariffs published)");
        }
        for gi in book.providers() {
            match book.tariff(product.code(), gi.provider()) {
                Ok(t) => print!(" {}={}", gi.short_name(), t.amount()),
                Err(jbjr::Error::NotOffered { .. }) => print!(" {}=n.v.t.", gi.short_name()),
                Err(e) => return Err(e.into()),
            }
        }
        println!();
    }
    // Write it back: the same text for a file this crate wrote.
    println!("\n{}", serde_json::to_string_pretty(&book)?);
    Ok(())
}
