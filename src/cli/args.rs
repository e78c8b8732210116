//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// `jbjr`: check and declare iJw youth-protection messages (JW301, JW305, JW307, JW323,
/// JW325) against a product book.
#[derive(Debug, Parser)]
#[command(
    name = "jbjr",
    version,
    about = "Check and declare iJw youth-protection messages (JW301, JW305, JW307, JW323, JW325) against a product book",
    long_about = None
)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
#[non_exhaustive]
pub enum Command {
    /// Check a GI's declaration (JW323) and write the municipality's answer (JW325).
    Check(CheckArgs),
    /// Write the GI's declaration (JW323) for one month.
    Declare(DeclareArgs),
    /// Print the product book table.
    Book(BookArgs),
}

/// The inputs `check` and `declare` share.
#[derive(Debug, clap::Args)]
pub struct Inputs {
    /// Allocations (JW301), one file per flag; the newest version of an allocation (by
    /// Toewijzingsdatum and -tijd) stands, RedenWijziging 13 deletes it.
    #[arg(long = "allocations", value_name = "FILE")]
    pub allocations: Vec<PathBuf>,
    /// Start and stop of care (JW305, JW307).
    #[arg(long = "care", value_name = "FILE")]
    pub care: Vec<PathBuf>,
    /// Earlier declarations (JW323) and their answers (JW325): what was declared and approved.
    #[arg(long = "history", value_name = "FILE")]
    pub history: Vec<PathBuf>,
    /// Which GI an AGB code is, where the catalogue declares none: `JbGld=12345678`.
    #[arg(long = "gi", value_name = "NAME=AGB")]
    pub gi: Vec<String>,
    /// Catalogue files (TOML or JSON by extension), one per year; default: the embedded
    /// Gelderland product book.
    #[arg(long = "catalogue", value_name = "FILE")]
    pub catalogue: Vec<PathBuf>,
}

/// `jbjr check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The shared inputs.
    #[command(flatten)]
    pub inputs: Inputs,
    /// Write the answer (JW325) here instead of to standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write the report per line here (`.csv` or `.json`) instead of to standard error.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// The date of the answer (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The declaration to check (JW323).
    #[arg(value_name = "DECLARATION")]
    pub declaration: PathBuf,
}

/// `jbjr declare`.
#[derive(Debug, clap::Args)]
pub struct DeclareArgs {
    /// The shared inputs.
    #[command(flatten)]
    pub inputs: Inputs,
    /// Hourly care delivered (CSV: client,code,gi,date,minutes).
    #[arg(long = "deliveries", value_name = "FILE.csv")]
    pub deliveries: Vec<PathBuf>,
    /// The month to declare.
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// The declaration's number (1 to 12 letters and digits).
    #[arg(long, value_name = "ID")]
    pub number: String,
    /// The declaration's date (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Write the declaration (JW323) here instead of to standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `jbjr book`.
#[derive(Debug, clap::Args)]
pub struct BookArgs {
    /// Catalogue files (TOML or JSON by extension); default: the embedded Gelderland book.
    #[arg(long = "catalogue", value_name = "FILE")]
    pub catalogue: Vec<PathBuf>,
}
