//! Prints the reconciliation of every published tariff of the Gelderland product book 2026
//! with the cost model: published, derived, difference and reason, per (product, GI) cell.
//!
//! Run with `cargo run --example reconciliation`.

use std::collections::BTreeMap;

use jbjr::cost::reconcile::{self, ReasonKind};

fn main() -> Result<(), jbjr::Error> {
    let cells = reconcile::gelderland_2026()?;
    println!(
        "{:<6} {:<22} {:<6} {:>10} {:>10} {:>8} {:>9}  reason",
        "code", "measure", "GI", "published", "derived", "Δ cents", "Δ %"
    );
    for c in &cells {
        let derived = c
            .derived
            .map(|d| d.to_string())
            .unwrap_or_else(|| "—".into());
        let cents = c
            .difference_cents
            .map(|d| d.to_string())
            .unwrap_or_else(|| "—".into());
        let percent = c
            .difference_percent
            .map(|d| d.normalize().to_string())
            .unwrap_or_else(|| "—".into());
        println!(
            "{:<6} {:<22} {:<6} {:>10} {:>10} {:>8} {:>9}  {}",
            c.code,
            c.measure.to_string(),
            c.provider,
            c.published,
            derived,
            cents,
            percent,
            c.reason
        );
    }
    let mut counts: BTreeMap<ReasonKind, usize> = BTreeMap::new();
    for c in &cells {
        *counts.entry(c.reason.kind()).or_default() += 1;
    }
    println!();
    for (kind, n) in counts {
        println!("{kind:<20} {n}");
    }
    Ok(())
}
