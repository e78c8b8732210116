//! `jbjr check`: a declaration (JW323) judged, the answer (JW325) and a report per line.

use std::io::Write;

use super::args::CheckArgs;
use super::{Failure, input, report};
use crate::ijw::{Identificatie, Jw323};

/// Checks the declaration and writes the answer and the report.
pub(crate) fn check(
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Failure> {
    let editions = input::editions(&args.inputs.catalogue)?;
    let mut exchange = input::exchange(&args.inputs, &editions)?;
    input::history(&args.inputs.history, &editions, &mut exchange)?;
    let path = &args.declaration;
    let jw323 = Jw323::from_str(&input::read_to_string(path)?, &path.display().to_string())
        .map_err(|e| input::unreadable(path, &e))?;
    let date = match &args.date {
        Some(d) => input::date("--date", d)?,
        None => input::today(),
    };
    // The answer's message id: "A" and the declaration's own id, cut to the 12 characters of
    // LDT_IdentificatieBericht.
    let id: String = std::iter::once('A')
        .chain(
            jw323
                .header
                .bericht_identificatie
                .identificatie
                .as_str()
                .chars(),
        )
        .take(12)
        .collect();
    let id: Identificatie = id
        .parse()
        .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
    let (answer, jw325) = exchange
        .check(&editions, &jw323, id, date.into())
        .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
    match &args.out {
        Some(file) => {
            let f = std::fs::File::create(file).map_err(|e| {
                Failure::Output(format!("{}: cannot be written: {e}", file.display()))
            })?;
            jw325
                .write(std::io::BufWriter::new(f))
                .map_err(|e| Failure::Output(format!("{}: {e}", file.display())))?;
        }
        None => jw325
            .write(&mut *out)
            .map_err(|e| Failure::Output(format!("standard output: {e}")))?,
    }
    let rows = report::rows(&answer);
    match &args.report {
        Some(file) => report::write_file(file, &answer, &rows),
        None => report::write_text(err, &answer, &rows),
    }
}
