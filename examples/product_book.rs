//! Prints the embedded Gelderland product book 2026: code, measure, unit, norm hours and the
//! tariff of every GI, with "n.v.t." where a GI does not offer the product.
//!
//! Run with `cargo run --example product_book`.

use jbjr::Catalogue;

fn main() {
    let book = Catalogue::gelderland_2026();
    println!("Productenboek JB/JR {} — {}", book.year(), book.region());
    let norm = |product: &jbjr::Product| {
        product
            .norm_hours()
            .map(|n| format!("{} per {}", n.hours().normalize(), n.per()))
            .unwrap_or_else(|| "n.v.t.".to_string())
    };
    // Each column as wide as its widest cell (in characters), so that a long measure such as
    // 48B80's "Intensief gezinsgerichte en systeemgerichte aanpak" keeps the columns aligned.
    let width = |cells: &mut dyn Iterator<Item = String>, header: &str| {
        cells
            .map(|c| c.chars().count())
            .chain([header.chars().count()])
            .max()
            .unwrap_or(0)
    };
    let measure_w = width(
        &mut book.products().map(|p| p.measure().to_string()),
        "measure",
    );
    let unit_w = width(&mut book.products().map(|p| p.unit().to_string()), "unit");
    let norm_w = width(&mut book.products().map(norm), "norm hours");
    print!(
        "{:<6} {:<measure_w$} {:<unit_w$} {:<norm_w$}",
        "code", "measure", "unit", "norm hours"
    );
    // The GIs the book declares, in its column order.
    for gi in book.providers() {
        print!(" {:>10}", gi.short_name());
    }
    println!();
    for product in book.products() {
        print!(
            "{:<6} {:<measure_w$} {:<unit_w$} {:<norm_w$}",
            product.code().to_string(),
            product.measure().to_string(),
            product.unit().to_string(),
            norm(product)
        );
        for gi in book.providers() {
            match product.tariff_amount(gi.provider()) {
                Some(amount) => print!(" {amount:>10}"),
                None => print!(" {:>10}", "n.v.t."),
            }
        }
        let mut marks = Vec::new();
        if product.pupil_costs().is_included() {
            marks.push("incl. pupil costs".to_string());
        }
        if !book
            .settlement(product.code())
            .is_ok_and(jbjr::consultatie::Settlement::is_ijw_monthly)
        {
            marks.push("settled per quarter by invoice".to_string());
        }
        if let Some(regions) = product.purchasing_regions() {
            let names: Vec<&str> = regions.iter().map(|r| r.as_str()).collect();
            marks.push(format!("only {}", names.join(", ")));
        }
        if marks.is_empty() {
            println!();
        } else {
            println!("  ({})", marks.join("; "));
        }
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
