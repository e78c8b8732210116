//! `jbjr check`: a declaration (JW323) judged, the answer (JW325) and a report per line.

use std::io::Write;

use super::{Failure, args::CheckArgs};

/// Checks the declaration and writes the answer and the report.
pub(crate) fn check(
    _args: &CheckArgs,
    _out: &mut dyn Write,
    _err: &mut dyn Write,
) -> Result<(), Failure> {
    Err(Failure::Input("check: not yet".to_string()))
}
