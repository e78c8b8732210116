//! A purchaser's budget: the cost of a caseload in 2026 per month, measure and GI at the
//! Gelderland tariffs, a few placements priced with the SAP GI month rule, and the Holland
//! Rijnland reduction targets (OTS, VOTS and all court-imposed measures −20 % by the end of
//! 2026) as a target path with its effect on the budget.
//!
//! Run with `cargo run --example budget`. The caseload figures are illustrative; replace them
//! with your region's.

use chrono::NaiveDate;
use jbjr::billing::{CaseloadEntry, HOLLAND_RIJNLAND_TARGETS, ScenarioEntry, caseload_budget};
use jbjr::{Catalogue, Error, Measure, Provider};

fn main() -> Result<(), Error> {
    let book = Catalogue::gelderland_2026();
    let entry = |code: &str, provider, per_month| -> Result<CaseloadEntry, Error> {
        Ok(CaseloadEntry {
            code: code.parse()?,
            provider,
            per_month,
        })
    };

    // 1. A caseload: placements running in every month of 2026.
    let caseload = [
        entry("48B10", Provider::JbGld, 180)?, // OTS
        entry("48B10", Provider::Wss, 25)?,
        entry("48B11", Provider::JbGld, 90)?, // Voogdij
        entry("48B07", Provider::JbGld, 6)?,  // VoVo
        entry("47B10", Provider::JbGld, 60)?, // Jeugdreclassering
        entry("47B10", Provider::LdH, 20)?,
    ];
    let budget = caseload_budget(book, &caseload)?;
    println!(
        "Budget {} ({}), caseload per month",
        budget.year(),
        book.region()
    );
    for measure in [
        Measure::Ots,
        Measure::Voogdij,
        Measure::VoVo,
        Measure::Jeugdreclassering,
    ] {
        println!(
            "  {:<20} € {:>14}",
            measure.to_string(),
            budget.measure_total(measure)
        );
    }
    for provider in [Provider::JbGld, Provider::Wss, Provider::LdH] {
        println!(
            "  {:<20} € {:>14}",
            provider.to_string(),
            budget.provider_total(provider)
        );
    }
    println!("  {:<20} € {:>14}", "per month", budget.month_total(1));
    println!("  {:<20} € {:>14}", "total", budget.total());

    // 2. One OTS priced the way a GI bills it (SAP GI: first broken month not billed).
    let d =
        |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or(Error::Overflow { operation: "date" });
    let quote = book.quote(
        "48B10".parse()?,
        Provider::JbGld,
        d(2026, 3, 15)?,
        d(2026, 7, 10)?,
    )?;
    println!(
        "\nOTS JbGld 15-03-2026 to 10-07-2026: {} months, € {}",
        quote.billed_months(),
        quote.total()
    );
    for line in quote.lines() {
        println!(
            "  {} to {}  € {}",
            line.period_start(),
            line.period_end(),
            line.amount()
        );
    }

    // 3. Holland Rijnland targets at constant 2026 prices.
    let scenario = |measure, code: &str, baseline, months_each| -> Result<ScenarioEntry, Error> {
        Ok(ScenarioEntry {
            measure,
            code: code.parse()?,
            provider: Provider::JbGld,
            baseline,
            months_each,
        })
    };
    let [ots, vots, court] = HOLLAND_RIJNLAND_TARGETS;
    let plans = [
        (ots, vec![scenario(Measure::Ots, "48B10", 205, 12)?]),
        // VOTS have no Gelderland code of their own: priced as an OTS for three months each.
        (vots, vec![scenario(Measure::Vots, "48B10", 48, 3)?]),
        (
            court,
            vec![
                scenario(Measure::Ots, "48B10", 205, 12)?,
                scenario(Measure::Voogdij, "48B11", 90, 12)?,
                scenario(Measure::Jeugdreclassering, "47B10", 80, 12)?,
            ],
        ),
    ];
    for (target, entries) in &plans {
        println!(
            "\nTarget: {} — linear path, counts rounded half away from zero, at {} prices",
            target.name,
            book.year()
        );
        println!(
            "  {:<6} {:>6} {:>6} {:>16} {:>16}",
            "year", "base", "target", "budget", "saving"
        );
        for year in target.scenario(book, entries)? {
            println!(
                "  {:<6} {:>6} {:>6} {:>16} {:>16}",
                year.year,
                year.baseline_count,
                year.count,
                year.budget,
                year.saving()?
            );
        }
    }
    Ok(())
}
