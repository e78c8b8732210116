//! The `jbjr` command (feature `cli`): checking and declaring iJw messages without writing
//! Rust.
//!
//! ```text
//! jbjr check   [--allocations FILE]... [--care FILE]... [--history FILE]... [--gi NAME=AGB]...
//!              [--catalogue FILE]... [--out FILE] [--report FILE.csv|FILE.json] DECLARATION
//! jbjr declare [--allocations FILE]... [--care FILE]... [--deliveries FILE.csv]...
//!              [--history FILE]... [--gi NAME=AGB]... [--catalogue FILE]...
//!              --month YYYY-MM --number ID [--date YYYY-MM-DD] [--out FILE]
//! jbjr book    [--catalogue FILE]...
//! ```
//!
//! - `check` reads a GI's declaration (JW323), judges it against the allocations (JW301), the
//!   start and stop of care (JW305, JW307) and what was declared and answered before
//!   (`--history`: earlier JW323 and JW325 files), and writes the municipality's answer (JW325)
//!   to standard output or `--out`, and a report per line (client, month, product, amount,
//!   verdict, rule, retour code, reason) to standard error or `--report` (CSV or JSON by the
//!   file's extension).
//! - `declare` writes the GI's declaration (JW323) for `--month`: every month due and not yet
//!   declared since the allocation's first day, credits and corrected lines included; the
//!   cases it cannot declare go to standard error.
//! - `book` prints the product book table.
//!
//! The catalogue is the embedded Gelderland edition unless `--catalogue` names files (TOML or
//! JSON, by extension; several make several editions). A GI is named in the messages by its AGB
//! code: it is found among the catalogue's declared GIs, and `--gi JbGld=12345678` says which
//! GI an AGB code is where the catalogue has none.
//!
//! # Exit status
//!
//! | status | when |
//! |---|---|
//! | 0 | an answer or declaration was written, also one that rejects lines or the whole message |
//! | 1 | an output could not be written |
//! | 2 | an input could not be read: the message names the file, line, column (and element) |
//!
//! **Layer.** The command sits on top of every other layer; nothing uses it.

mod args;
mod book;
mod check;
mod declare;
mod input;
mod report;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::Parser as _;

pub use args::{Args, Command};

/// A failure of the command: what to print and the exit status.
#[derive(Debug)]
pub(crate) enum Failure {
    /// An input could not be read (status 2).
    Input(String),
    /// An output could not be written (status 1).
    Output(String),
}

impl Failure {
    fn status(&self) -> u8 {
        match self {
            Failure::Input(_) => 2,
            Failure::Output(_) => 1,
        }
    }

    fn message(&self) -> &str {
        match self {
            Failure::Input(m) | Failure::Output(m) => m,
        }
    }
}

/// Runs the command with these arguments (the first is the program name), writing to
/// `stdout` and `stderr`; returns the exit status.
///
/// # Errors
///
/// None: every failure is written to `stderr` and turned into the exit status (module docs).
///
/// # Example
///
/// ```
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let status = jbjr::cli::run(["jbjr", "book"], &mut out, &mut err);
/// assert_eq!(status, 0);
/// assert!(String::from_utf8(out).unwrap().contains("48B10"));
/// ```
pub fn run<I, T>(args: I, stdout: &mut dyn Write, stderr: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args = match Args::try_parse_from(args) {
        Ok(args) => args,
        Err(e) => {
            let status = if e.use_stderr() { 2 } else { 0 };
            let text = e.render().to_string();
            let target: &mut dyn Write = if e.use_stderr() { stderr } else { stdout };
            // Nothing more can be done when the terminal itself cannot be written.
            let _ = target.write_all(text.as_bytes());
            return status;
        }
    };
    let result = match &args.command {
        Command::Book(a) => book::book(a, stdout),
        Command::Check(a) => check::check(a, stdout, stderr),
        Command::Declare(a) => declare::declare(a, stdout, stderr),
    };
    match result {
        Ok(()) => 0,
        Err(failure) => {
            let _ = writeln!(stderr, "jbjr: {}", failure.message());
            failure.status()
        }
    }
}

/// The `main` of the `jbjr` binary: [`run`] on the process's arguments and standard streams.
///
/// # Example
///
/// ```no_run
/// fn main() -> std::process::ExitCode {
///     jbjr::cli::main()
/// }
/// ```
#[must_use]
pub fn main() -> ExitCode {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let status = run(std::env::args_os(), &mut stdout.lock(), &mut stderr.lock());
    ExitCode::from(status)
}
