//! Writing the command's outputs: the report per line (text, CSV or JSON) and output failures.

use std::io::Write;
use std::path::Path;

use super::Failure;
use crate::declaration::{Answer, Submitted};
use crate::money::from_cents;

/// An output that could not be written.
pub(crate) fn output(e: std::io::Error) -> Failure {
    Failure::Output(format!("the output cannot be written: {e}"))
}

/// Writes a message to `file`, or to `stdout` without one.
pub(crate) fn write_message(
    file: Option<&Path>,
    stdout: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> Result<(), crate::Error>,
) -> Result<(), Failure> {
    match file {
        Some(file) => {
            let f = std::fs::File::create(file).map_err(|e| {
                Failure::Output(format!("{}: cannot be written: {e}", file.display()))
            })?;
            let mut w = std::io::BufWriter::new(f);
            write(&mut w).map_err(|e| Failure::Output(format!("{}: {e}", file.display())))?;
            w.flush()
                .map_err(|e| Failure::Output(format!("{}: {e}", file.display())))
        }
        None => write(stdout).map_err(|e| Failure::Output(format!("standard output: {e}"))),
    }
}

/// One row of the report: a line's verdict with one reason (a line with several reasons has a
/// row per reason; an approved line one row without).
#[derive(Debug, serde::Serialize)]
pub(crate) struct Row {
    /// The line's position in the declaration (1-based), empty for the header.
    line: Option<usize>,
    /// `ReferentieNummer`.
    reference: String,
    /// The client (BSN).
    client: String,
    /// The month of the product period, `YYYY-MM`.
    month: String,
    /// The product code.
    product: String,
    /// The amount in euros, negative for a credit.
    amount: String,
    /// `approved`, `rejected`, or `message rejected` (0001).
    verdict: &'static str,
    /// The iJw rule or SAP GI clause.
    rule: &'static str,
    /// The WJ001 retour code.
    retour_code: &'static str,
    /// Why, for a person.
    reason: String,
}

/// The rows of an answer.
pub(crate) fn rows(answer: &Answer<String>) -> Vec<Row> {
    let mut rows = Vec::new();
    match answer {
        Answer::Rejected { faults, .. } => {
            for f in faults {
                rows.push(Row {
                    line: f.line.map(|i| i + 1),
                    reference: String::new(),
                    client: String::new(),
                    month: String::new(),
                    product: String::new(),
                    amount: String::new(),
                    verdict: "message rejected",
                    rule: f.reason.rule(),
                    retour_code: "0001",
                    reason: f.reason.to_string(),
                });
            }
        }
        Answer::Judged { checked, keys, .. } => {
            for (i, (verdict, keys)) in checked.verdicts.iter().zip(keys).enumerate() {
                let (client, month, product, amount) = match &verdict.line {
                    Submitted::Line(l) => (
                        l.client.clone(),
                        l.start.format("%Y-%m").to_string(),
                        l.code.to_string(),
                        from_cents(if l.credit {
                            -l.amount_cents
                        } else {
                            l.amount_cents
                        })
                        .to_string(),
                    ),
                    Submitted::Unreadable { client, .. } => {
                        (client.clone(), String::new(), String::new(), String::new())
                    }
                };
                let row = |verdict, rule, retour_code, reason| Row {
                    line: Some(i + 1),
                    reference: keys.reference.to_string(),
                    client: client.clone(),
                    month: month.clone(),
                    product: product.clone(),
                    amount: amount.clone(),
                    verdict,
                    rule,
                    retour_code,
                    reason,
                };
                if verdict.reasons.is_empty() {
                    rows.push(row("approved", "", "", String::new()));
                }
                for r in &verdict.reasons {
                    rows.push(row("rejected", r.rule(), r.retour_code(), r.to_string()));
                }
            }
        }
    }
    rows
}

/// The report for a person: one line per row, then the totals.
pub(crate) fn write_text(
    w: &mut dyn Write,
    answer: &Answer<String>,
    rows: &[Row],
) -> Result<(), Failure> {
    for r in rows {
        let line = r
            .line
            .map_or_else(|| "header".to_string(), |i| format!("line {i}"));
        if r.verdict == "approved" {
            writeln!(
                w,
                "{line} {} {} {} {} {}: approved",
                r.reference, r.client, r.month, r.product, r.amount
            )
        } else if r.client.is_empty() {
            writeln!(
                w,
                "{line}: {}: {} ({}) {}",
                r.verdict, r.rule, r.retour_code, r.reason
            )
        } else {
            writeln!(
                w,
                "{line} {} {} {} {} {}: {}: {} ({}) {}",
                r.reference,
                r.client,
                r.month,
                r.product,
                r.amount,
                r.verdict,
                r.rule,
                r.retour_code,
                r.reason
            )
        }
        .map_err(output)?;
    }
    match answer {
        Answer::Rejected { faults, .. } => writeln!(
            w,
            "answer 0001: the declaration is rejected as a whole ({} fault{})",
            faults.len(),
            if faults.len() == 1 { "" } else { "s" }
        ),
        Answer::Judged { checked, .. } => {
            writeln!(w, "answer {}: {}", answer.retour_code(), checked.totals)
        }
    }
    .map_err(output)
}

/// The report as a file: CSV (`.csv`) or JSON (any other extension, e.g. `.json`).
pub(crate) fn write_file(
    path: &Path,
    answer: &Answer<String>,
    rows: &[Row],
) -> Result<(), Failure> {
    let failed = |e: &dyn std::fmt::Display| Failure::Output(format!("{}: {e}", path.display()));
    let file = std::fs::File::create(path).map_err(|e| failed(&e))?;
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if csv {
        let mut w = csv::Writer::from_writer(file);
        for r in rows {
            w.serialize(r).map_err(|e| failed(&e))?;
        }
        w.flush().map_err(|e| failed(&e))
    } else {
        #[derive(serde::Serialize)]
        struct Report<'a> {
            retour_code: &'static str,
            answer: &'a Answer<String>,
            rows: &'a [Row],
        }
        let report = Report {
            retour_code: answer.retour_code(),
            answer,
            rows,
        };
        serde_json::to_writer_pretty(std::io::BufWriter::new(file), &report).map_err(|e| failed(&e))
    }
}
