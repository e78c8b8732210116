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
    let (editions, exchange) = input::load(&args.inputs)?;
    let path = &args.declaration;
    let jw323 = Jw323::from_str(&input::read_to_string(path)?, &path.display().to_string())
        .map_err(|e| input::unreadable(path, &e))?;
    let date = input::date_or_today(args.date.as_deref())?;
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
    report::write_message(args.out.as_deref(), out, |w| jw325.write(w))?;
    let rows = report::rows(&answer);
    match &args.report {
        Some(file) => report::write_file(file, &answer, &rows),
        None => report::write_text(err, &answer, &rows),
    }
}
