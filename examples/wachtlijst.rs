//! The waiting-list path of Jeugdbescherming Gelderland (Productenboek JB/JR 2026, 48B97-48B99):
//! an OTS imposed on 10 February 2026 waits for regular execution until 16 May, then runs as a
//! regular OTS (48B10) to the end of the year. Each period is billed by SAP GI's broken-month
//! rule: the switch month is billed once, at the waiting-list tariff.
//!
//! Run with `cargo run --example wachtlijst`.

use chrono::NaiveDate;
use jbjr::billing::quote_wachtlijst;
use jbjr::{Catalogue, Provider};

fn main() -> Result<(), jbjr::Error> {
    let book = Catalogue::gelderland_2026();
    let day = |m, d| {
        NaiveDate::from_ymd_opt(2026, m, d).ok_or(jbjr::Error::Overflow { operation: "date" })
    };
    let (start, switch, end) = (day(2, 10)?, day(5, 16)?, day(12, 31)?);
    let q = quote_wachtlijst(
        book,
        Provider::JbGld,
        "48B10".parse()?,
        start,
        Some(switch),
        end,
    )?;
    println!(
        "OTS imposed {start}, waiting list until {}, regular from {switch} to {end}",
        switch.pred_opt().unwrap_or(switch)
    );
    println!(
        "{:<10} {:<23} {:<6} {:>9}",
        "month", "product period", "code", "amount"
    );
    for line in q.lines() {
        println!(
            "{:<10} {} – {} {:<6} {:>9}",
            line.month().format("%Y-%m").to_string(),
            line.period_start(),
            line.period_end(),
            line.code(),
            line.amount()
        );
    }
    println!("{} months billed, total {}", q.billed_months(), q.total());
    println!(
        "(February, the first broken month, is not billed; May, the switch month, is billed once, on {}.)",
        q.waiting_code()
    );
    Ok(())
}
