//! Writing the command's outputs: the report per line (text, CSV or JSON) and output failures.

use super::Failure;

/// An output that could not be written.
pub(crate) fn output(e: std::io::Error) -> Failure {
    Failure::Output(format!("the output cannot be written: {e}"))
}
