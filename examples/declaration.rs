//! A GI's monthly declarations and a municipality's check of them (SAP GI v1.3).
//!
//! Jeugdbescherming Gelderland declares April, May and June 2026 for a small caseload. In June
//! a court decision arrives late: one OTS ended on 25 March. The June run credits the months
//! declared since and declares March, which is now due (care ended in the first broken month).
//! Then the municipality checks an invoice with seeded errors and answers per line (JW325).
//!
//! Run with `cargo run --example declaration`. Clients are made-up ids, not real BSNs.

use chrono::NaiveDate;
use jbjr::billing::{Case, Volume};
use jbjr::declaration::{DeclarationLine, Delivery, LineText, Submitted, check, run};
use jbjr::money::from_cents;
use jbjr::{Decimal, Editions, Error, Provider, Unit};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap_or(NaiveDate::MIN)
}

fn show(line: &DeclarationLine<&str>) {
    println!(
        "  {:<8} {} {:>4} {} to {}  {:>3} {:<7} tariff {:>8}  {:>10}{}",
        line.client,
        line.code,
        line.provider,
        line.start,
        line.end,
        line.volume,
        line.unit,
        line.product_tariff,
        from_cents(line.amount_cents),
        if line.credit { "  CREDIT" } else { "" }
    );
}

fn main() -> Result<(), Error> {
    let books = Editions::gelderland();
    let jb = Provider::JbGld;
    let gemeente = "0202".parse()?; // Arnhem

    // The caseload as the GI knows it in April.
    let mut cases = vec![
        // OTS from 15 March, still running (the stop will arrive late).
        Case::new("client-A", "48B10".parse()?, jb, d(3, 15)).with_care(d(3, 15), None),
        // Voogdij since January.
        Case::new("client-B", "48B11".parse()?, jb, d(1, 1)).with_care(d(1, 1), None),
        // GBM advies: per traject, declared once when it ends (SAP GI "GBM-Advies").
        Case::new("client-C", "47B11".parse()?, jb, d(4, 8)).with_care(d(4, 8), None),
        // KansRIJK: hours, allocated 10 per month (IV079).
        // OTS from 10 June, running: June is its first broken month.
        Case::new("client-E", "48B10".parse()?, jb, d(6, 10)).with_care(d(6, 10), None),
        Case::new("client-D", "49B99".parse()?, jb, d(4, 1))
            .with_volume(Volume {
                amount: 10,
                unit: Unit::Hour,
            })
            .with_care(d(4, 1), None),
    ];
    for case in &mut cases {
        case.municipality = Some(gemeente);
    }
    let delivered = |m, minutes| Delivery {
        client: "client-D",
        code: "49B99".parse().unwrap_or(jbjr::billing::LET_GTO),
        provider: jb,
        month: d(m, 1),
        minutes,
    };
    let deliveries = [delivered(4, 380), delivered(5, 95), delivered(6, 600)];

    let mut declared: Vec<DeclarationLine<&str>> = Vec::new();
    let mut approved: Vec<DeclarationLine<&str>> = Vec::new();
    let mut june = Vec::new();
    for month in 4..=6 {
        if month == 5 {
            // The GBM advies was delivered on 20 May.
            cases[2] = cases[2].clone().stopped(d(5, 20));
        }
        if month == 6 {
            // The court's decision arrives: the OTS of client-A ended on 25 March.
            cases[0] = cases[0].clone().stopped(d(3, 25));
        }
        let r = run(&books, &cases, &deliveries, &declared, d(1, 1), d(month, 1));
        println!(
            "Run for {} ({} lines):",
            d(month, 1).format("%B %Y"),
            r.lines.len()
        );
        for line in &r.lines {
            show(line);
        }
        for f in &r.failures {
            println!("  not declared: {f:?}");
        }
        declared.extend(r.lines.iter().cloned());
        if month < 6 {
            approved.extend(r.lines); // the municipality approved April and May
        } else {
            june = r.lines;
        }
    }
    let again = run(&books, &cases, &deliveries, &declared, d(1, 1), d(6, 1));
    println!(
        "Run for June again: {} lines (the run is idempotent)\n",
        again.lines.len()
    );

    // The municipality checks the June invoice, with seeded errors added to it.
    let tariff = Decimal::new(96_298, 2); // 48B11 JbGld, Productenboek 2026
    let voogdij = |start, end, tariff: Decimal, cents| DeclarationLine {
        client: "client-B",
        code: "48B11".parse().unwrap_or(jbjr::billing::LET_GTO),
        provider: jb,
        start,
        end,
        volume: 1,
        unit: Unit::Month,
        product_tariff: tariff,
        amount_cents: cents,
        credit: false,
    };
    let mut invoice: Vec<Submitted<&str>> = june.into_iter().map(Submitted::from).collect();
    let first_seeded = invoice.len() + 1;
    invoice.extend([
        // May again: double billing.
        voogdij(d(5, 1), d(5, 31), tariff, 96_298).into(),
        // July has not ended.
        voogdij(d(7, 1), d(7, 31), tariff, 96_298).into(),
        // A wrong tariff, and June is declared already.
        voogdij(d(6, 1), d(6, 30), Decimal::new(95_000, 2), 95_000).into(),
        // The first broken month of an OTS that started on 10 June and runs on.
        DeclarationLine {
            client: "client-E",
            code: "48B10".parse()?,
            product_tariff: Decimal::new(125_929, 2),
            amount_cents: 125_929,
            ..voogdij(d(6, 10), d(6, 30), tariff, 0)
        }
        .into(),
        // A credit of a line never approved.
        voogdij(d(2, 1), d(2, 28), Decimal::new(95_000, 2), 95_000)
            .credit_of()
            .into(),
        // Unreadable: a malformed code, no 31 June, an amount not in whole cents.
        Submitted::read(
            "client-B",
            &LineText {
                code: "48-B11",
                provider: "JbGld",
                start: "2026-06-01",
                end: "2026-06-31",
                volume: "1",
                unit: "month",
                product_tariff_cents: "96298",
                amount_cents: "962.98",
                credit: false,
            },
        ),
    ]);
    println!("(lines {first_seeded} and later are seeded errors)");
    let checked = check(&books, &cases, &approved, invoice, d(7, 3));
    println!(
        "Check of the June invoice (JW325), {} lines:",
        checked.verdicts.len()
    );
    for (i, v) in checked.verdicts.iter().enumerate() {
        if v.is_approved() {
            println!("  line {}: approved", i + 1);
        } else {
            println!("  line {}: rejected", i + 1);
            for r in &v.reasons {
                println!("      [{}] {r}", r.rule());
            }
        }
    }
    let t = checked.totals;
    println!(
        "Totals: submitted {}, approved {}, rejected {} ({} of {} lines rejected)",
        from_cents(t.submitted_cents),
        from_cents(t.approved_cents),
        from_cents(t.rejected_cents),
        t.rejected_lines,
        t.lines
    );
    Ok(())
}
