//! `jbjr declare`: the GI's declaration (JW323) for one month.

use std::io::Write;

use super::{Failure, args::DeclareArgs};

/// Declares the month and writes the declaration; failures to `err`.
pub(crate) fn declare(
    _args: &DeclareArgs,
    _out: &mut dyn Write,
    _err: &mut dyn Write,
) -> Result<(), Failure> {
    Err(Failure::Input("declare: not yet".to_string()))
}
