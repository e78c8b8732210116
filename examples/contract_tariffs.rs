//! Completes the Holland Rijnland catalogue (segment 7 "Veiligheid", which publishes no
//! tariffs) with a GI's contract tariffs, then quotes and budgets with it.
//!
//! Everything about the GI below is MADE UP: its name, its AGB code and every tariff. They show
//! the mechanism, not a real contract.
//!
//! Run with `cargo run --example contract_tariffs`. With `--features serde` it also reads the
//! same kind of contract from `data/holland_rijnland_contract_example.toml`.

use chrono::NaiveDate;
use jbjr::billing::{CaseloadEntry, caseload_budget};
use jbjr::{Catalogue, Contract, Decimal, Error, ProviderInfo};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let hr = Catalogue::holland_rijnland();
    println!(
        "{} {}: {} products, {} providers, publishes tariffs: {}",
        hr.region(),
        hr.year(),
        hr.products().count(),
        hr.providers().len(),
        hr.publishes_tariffs()
    );

    // 1. Through the API: a made-up GI and made-up tariffs for 2026.
    let gi = ProviderInfo::named("JBVoorbeeld", "Jeugdbescherming Voorbeeld (made up)")?
        .with_agb("00000000".parse()?)
        .with_hourly_rate(Decimal::new(15_000, 2))?;
    let eur = |cents: i64| Decimal::new(cents, 2);
    let contract = Contract::new("Holland Rijnland", 2026, gi)
        .with_tariff("48A04".parse()?, eur(130_000))? // OTS < 1 year (made up)
        .with_tariff("48A05".parse()?, eur(125_000))? // OTS > 1 year (made up)
        .with_tariff("48A06".parse()?, eur(98_000))? // Voogdij (made up)
        .with_tariff("47A01".parse()?, eur(109_000))?; // Jeugdreclassering (made up)
    let book = hr.with_contract(&contract)?;
    let provider = contract.provider().provider();
    println!(
        "\nwith the contract of {} ({}): year {}, publishes tariffs: {}",
        contract.provider().short_name(),
        contract.provider().full_name(),
        book.year(),
        book.publishes_tariffs()
    );
    for product in book.products() {
        match book.tariff(product.code(), provider) {
            Ok(t) => println!(
                "  {:<6} {:<50} {:>9}",
                product.code(),
                product.name(),
                t.amount()
            ),
            Err(Error::NotOffered { .. }) => {
                println!(
                    "  {:<6} {:<50} {:>9}",
                    product.code(),
                    product.name(),
                    "n.v.t."
                )
            }
            Err(e) => return Err(e.into()),
        }
    }

    // A quote the SAP GI way: 15 March to 10 October 2026 → April to October billed.
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("no such date");
    let quote = book.quote("48A04".parse()?, provider, d(3, 15)?, d(10, 10)?)?;
    println!(
        "\nOTS 15-03-2026 to 10-10-2026: {} months billed, total {}",
        quote.billed_months(),
        quote.total()
    );

    // A budget: 40 OTS and 12 Voogdij all year.
    let budget = caseload_budget(
        &book,
        &[
            CaseloadEntry {
                code: "48A04".parse()?,
                provider,
                per_month: 40,
            },
            CaseloadEntry {
                code: "48A06".parse()?,
                provider,
                per_month: 12,
            },
        ],
    )?;
    println!("budget 2026 (40 OTS, 12 Voogdij): {}", budget.total());

    // 2. Through a file (feature `serde`): the same kind of contract, made up as well.
    #[cfg(feature = "serde")]
    {
        let path = "data/holland_rijnland_contract_example.toml";
        let text = std::fs::read_to_string(path)?;
        let contract: Contract = toml::from_str(&text)?;
        let book = hr.with_contract(&contract)?;
        println!(
            "\nfrom {path}: {} with {} tariffs; OTS < 1 year {}",
            contract.provider().short_name(),
            contract.tariffs().len(),
            book.tariff("48A04".parse()?, contract.provider().provider())?
                .amount()
        );
    }
    Ok(())
}
