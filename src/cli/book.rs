//! `jbjr book`: the product book table of each edition.

use std::io::Write;

use super::{Failure, args::BookArgs, input};

/// Prints the table of every edition (the embedded book, or the `--catalogue` files).
pub(crate) fn book(args: &BookArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let editions = input::editions(&args.catalogue)?;
    for (i, year) in editions.years().enumerate() {
        if let Some(book) = editions.edition(year) {
            if i > 0 {
                writeln!(out).map_err(super::report::output)?;
            }
            write!(out, "{}", book.table()).map_err(super::report::output)?;
        }
    }
    Ok(())
}
