//! Prints the embedded Gelderland product book 2026: code, measure, unit, norm hours and the
//! tariff of every GI, with "n.v.t." where a GI does not offer the product.
//!
//! Run with `cargo run --example product_book`.

use jbjr::Catalogue;

fn main() {
    let book = Catalogue::gelderland_2026();
    println!("Productenboek JB/JR {} — {}", book.year(), book.region());
    print!(
        "{:<6} {:<28} {:<8} {:<18}",
        "code", "measure", "unit", "norm hours"
    );
    // The GIs the book declares, in its column order.
    for gi in book.providers() {
        print!(" {:>10}", gi.short_name());
    }
    println!();
    for product in book.products() {
        let norm = product
            .norm_hours()
            .map(|n| format!("{} per {}", n.hours().normalize(), n.per()))
            .unwrap_or_else(|| "n.v.t.".to_string());
        print!(
            "{:<6} {:<28} {:<8} {:<18}",
            product.code(),
            product.measure(),
            product.unit(),
            norm
        );
        for gi in book.providers() {
            match product.tariff_amount(gi.provider()) {
                Some(amount) => print!(" {amount:>10}"),
                None => print!(" {:>10}", "n.v.t."),
            }
        }
        let mark = if product.pupil_costs().is_included() {
            "  (incl. pupil costs)"
        } else {
            ""
        };
        println!("{mark}");
    }
    println!();
    for gi in book.providers() {
        let rate = gi.hourly_rate().map(|r| r.to_string()).unwrap_or_default();
        println!(
            "{:<6} {:<55} hourly rate {rate}",
            gi.short_name(),
            gi.full_name()
        );
    }
}
