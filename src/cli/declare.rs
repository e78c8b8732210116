//! `jbjr declare`: the GI's declaration (JW323) for one month.

use std::io::Write;

use super::args::DeclareArgs;
use super::{Failure, input, report};
use crate::ijw::{BerichtIdentificatie, Header, XsdVersie};

/// Declares the month and writes the declaration; failures to `err`.
pub(crate) fn declare(
    args: &DeclareArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Failure> {
    let (editions, exchange) = input::load(&args.inputs)?;
    let month = input::month("--month", &args.month)?;
    let date = input::date_or_today(args.date.as_deref())?;
    let mut deliveries = Vec::new();
    for path in &args.deliveries {
        deliveries.extend(input::deliveries(path)?);
    }
    let bad = |what: &str, e: &dyn std::fmt::Display| Failure::Input(format!("{what}: {e}"));
    let number = args
        .number
        .parse()
        .map_err(|e| bad(&format!("--number {:?}", args.number), &e))?;
    // The GI and municipality of the declaration: those of its allocations.
    let cases = exchange.cases();
    let Some(first) = cases.first() else {
        return Err(Failure::Input(
            "no allocations: give the JW301 files with --allocations".to_string(),
        ));
    };
    let providers = input::providers(&args.inputs, &editions)?;
    let agb = providers
        .iter()
        .find(|(_, p)| *p == first.provider)
        .map(|(a, _)| a)
        .ok_or_else(|| {
            Failure::Input(format!(
                "no AGB code for GI {}: say which with --gi {}=AGB",
                first.provider, first.provider
            ))
        })?;
    let municipality = first
        .municipality
        .ok_or_else(|| Failure::Input("the allocations name no municipality".to_string()))?;
    let header = Header {
        gemeente: municipality,
        aanbieder: agb,
        bericht_identificatie: BerichtIdentificatie {
            identificatie: args
                .number
                .parse()
                .map_err(|e| bad(&format!("--number {:?}", args.number), &e))?,
            dagtekening: date.into(),
        },
        xsd_versie: XsdVersie::DEFAULT,
    };
    let (jw323, run) = exchange
        .declare(&editions, &deliveries, month, number, header)
        .map_err(|e| Failure::Input(e.to_string()))?;
    for failure in exchange.describe(&run.failures) {
        writeln!(err, "not declared: {failure}").map_err(report::output)?;
    }
    let Some(jw323) = jw323 else {
        writeln!(err, "nothing is due for {}", args.month).map_err(report::output)?;
        return Ok(());
    };
    report::write_message(args.out.as_deref(), out, |w| jw323.write(w))
}
