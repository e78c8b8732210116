//! Reading the command's inputs: catalogues, `--gi` pairs, dates, months and deliveries (CSV),
//! each failure naming the file and, where the input is text, the line and column.

use std::path::Path;

use chrono::NaiveDate;

use super::Failure;
use super::args::Inputs;
use crate::billing::Editions;
use crate::declaration::Delivery;
use crate::ijw::{
    Exchange, JW305_NS, JW307_NS, JW323_NS, JW325_NS, Jw301, Jw305, Jw307, Jw323, Jw325,
    ProviderMap,
};
use crate::{AgbCode, Catalogue, Error, ProductCode, Provider};

/// An input file that could not be read as what it should be: the error names the file, line,
/// column and element path where it has them.
pub(crate) fn unreadable(path: &Path, e: &Error) -> Failure {
    let text = e.to_string();
    let name = path.display().to_string();
    if text.starts_with(&name) {
        Failure::Input(text)
    } else {
        Failure::Input(format!("{name}: {text}"))
    }
}

/// Which GI each AGB code is: the catalogues' declared GIs, then the `--gi` pairs.
pub(crate) fn providers(inputs: &Inputs, editions: &Editions) -> Result<ProviderMap, Failure> {
    let mut map = ProviderMap::default();
    for year in editions.years() {
        if let Some(book) = editions.edition(year) {
            for (agb, provider) in ProviderMap::from_catalogue(book).iter() {
                map.insert(agb, provider);
            }
        }
    }
    for pair in &inputs.gi {
        let (provider, agb) = gi_pair(pair)?;
        map.insert(agb, provider);
    }
    Ok(map)
}

/// The message kind a file holds, by the namespace of its root element's start tag (the XML
/// declaration, comments and processing instructions before it are skipped, so a comment that
/// mentions `Bericht` does not hide the root).
fn kind(text: &str) -> Option<&'static str> {
    let mut rest = text;
    let root = loop {
        let start = rest.find('<')?;
        rest = rest.get(start..)?;
        let skip_to = if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else if rest.starts_with("<?") {
            rest.find("?>").map(|i| i + 2)
        } else if rest.starts_with("<!") {
            rest.find('>').map(|i| i + 1)
        } else {
            break rest.get(..rest.find('>').unwrap_or(rest.len()))?;
        };
        rest = rest.get(skip_to?..)?;
    };
    [JW305_NS, JW307_NS, JW323_NS, JW325_NS]
        .into_iter()
        .find(|ns| root.contains(ns))
}

/// The editions and the exchange the inputs describe: allocations, care and history.
pub(crate) fn load(inputs: &Inputs) -> Result<(Editions, Exchange), Failure> {
    let editions = editions(&inputs.catalogue)?;
    let mut exchange = exchange(inputs, &editions)?;
    history(&inputs.history, &editions, &mut exchange)?;
    Ok((editions, exchange))
}

/// The exchange the allocations (JW301) and care (JW305, JW307) files describe.
fn exchange(inputs: &Inputs, editions: &Editions) -> Result<Exchange, Failure> {
    let mut exchange = Exchange::new(providers(inputs, editions)?);
    for path in &inputs.allocations {
        let text = read_to_string(path)?;
        let msg = Jw301::from_str(&text, &path.display().to_string())
            .map_err(|e| unreadable(path, &e))?;
        exchange.add_jw301(&msg).map_err(|e| unreadable(path, &e))?;
    }
    for path in &inputs.care {
        let text = read_to_string(path)?;
        let source = path.display().to_string();
        match kind(&text) {
            Some(JW307_NS) => {
                let msg = Jw307::from_str(&text, &source).map_err(|e| unreadable(path, &e))?;
                exchange.add_jw307(&msg).map_err(|e| unreadable(path, &e))?;
            }
            _ => {
                let msg = Jw305::from_str(&text, &source).map_err(|e| unreadable(path, &e))?;
                exchange.add_jw305(&msg).map_err(|e| unreadable(path, &e))?;
            }
        }
    }
    Ok(exchange)
}

/// Adds the earlier declarations (JW323) and their answers (JW325) to the exchange, each
/// answer paired with its declaration by the declaration's message id.
fn history(
    files: &[std::path::PathBuf],
    editions: &Editions,
    exchange: &mut Exchange,
) -> Result<(), Failure> {
    let mut declarations: Vec<(&Path, Jw323)> = Vec::new();
    let mut answers: Vec<(&Path, Jw325)> = Vec::new();
    for path in files {
        let text = read_to_string(path)?;
        let source = path.display().to_string();
        match kind(&text) {
            Some(JW325_NS) => answers.push((
                path,
                Jw325::from_str(&text, &source).map_err(|e| unreadable(path, &e))?,
            )),
            _ => declarations.push((
                path,
                Jw323::from_str(&text, &source).map_err(|e| unreadable(path, &e))?,
            )),
        }
    }
    for (path, jw323) in &declarations {
        let answer = answers
            .iter()
            .find(|(_, a)| a.header.declaratie_identificatie == jw323.header.bericht_identificatie)
            .map(|(_, a)| a);
        exchange
            .add_history(editions, jw323, answer)
            .map_err(|e| unreadable(path, &e))?;
    }
    for (path, answer) in &answers {
        let known = declarations
            .iter()
            .any(|(_, d)| d.header.bericht_identificatie == answer.header.declaratie_identificatie);
        if !known {
            return Err(Failure::Input(format!(
                "{}: answers declaration message {}, which no --history file holds",
                path.display(),
                answer.header.declaratie_identificatie.identificatie
            )));
        }
    }
    Ok(())
}

/// Reads a file whole, or fails naming it.
pub(crate) fn read_to_string(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::Input(format!("{}: cannot be read: {e}", path.display())))
}

/// The editions: the embedded Gelderland book, or the catalogue files given (TOML or JSON by
/// extension, one per year).
pub(crate) fn editions(files: &[std::path::PathBuf]) -> Result<Editions, Failure> {
    if files.is_empty() {
        return Ok(Editions::gelderland());
    }
    let mut books = Vec::with_capacity(files.len());
    for path in files {
        let text = read_to_string(path)?;
        let json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let book = if json {
            Catalogue::from_json_str(&text)
        } else {
            Catalogue::from_toml_str(&text)
        };
        books.push(book.map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?);
    }
    Editions::new(books).map_err(|e| Failure::Input(format!("--catalogue: {e}")))
}

/// One `--gi NAME=AGB` pair: the GI's short name and its AGB code.
pub(crate) fn gi_pair(text: &str) -> Result<(Provider, AgbCode), Failure> {
    let bad = |why: String| {
        Failure::Input(format!(
            "--gi {text:?}: {why}; expected NAME=AGB, like JbGld=12345678"
        ))
    };
    let (name, agb) = text
        .split_once('=')
        .ok_or_else(|| bad("no '='".to_string()))?;
    let provider: Provider = name.trim().parse().map_err(|e| bad(format!("{e}")))?;
    let agb: AgbCode = agb.trim().parse().map_err(|e| bad(format!("{e}")))?;
    Ok((provider, agb))
}

/// A date `YYYY-MM-DD` given on the command line.
pub(crate) fn date(option: &str, text: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| {
        Failure::Input(format!(
            "{option} {text:?}: {e}; expected YYYY-MM-DD, like 2026-04-01"
        ))
    })
}

/// A month `YYYY-MM` given on the command line: its first day.
pub(crate) fn month(option: &str, text: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d").map_err(|e| {
        Failure::Input(format!(
            "{option} {text:?}: {e}; expected YYYY-MM, like 2026-04"
        ))
    })
}

/// The `--date` given, or today.
pub(crate) fn date_or_today(text: Option<&str>) -> Result<NaiveDate, Failure> {
    text.map_or_else(|| Ok(today()), |d| date("--date", d))
}

/// Today's date, for an answer or declaration made without `--date`.
fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::TimeDelta::days(days)))
        .unwrap_or(NaiveDate::MIN)
}

/// The columns of a deliveries file, in any order, named in its header.
const DELIVERY_COLUMNS: [&str; 5] = ["client", "code", "gi", "date", "minutes"];

/// Reads hourly care delivered from a CSV file with the header `client,code,gi,date,minutes`
/// (any column order; `date` is any day of the month the care was delivered in).
pub(crate) fn deliveries(path: &Path) -> Result<Vec<Delivery<String>>, Failure> {
    let text = read_to_string(path)?;
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let at = |line: u64, column: usize, what: String| {
        Failure::Input(format!("{}:{line}:{column}: {what}", path.display()))
    };
    let header = reader
        .headers()
        .map_err(|e| at(1, 1, format!("the header cannot be read: {e}")))?
        .clone();
    let mut index = [0usize; 5];
    for (slot, name) in index.iter_mut().zip(DELIVERY_COLUMNS) {
        *slot = header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                at(
                    1,
                    1,
                    format!(
                        "no column {name:?}; the header must name {}",
                        DELIVERY_COLUMNS.join(",")
                    ),
                )
            })?;
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            at(line, 1, format!("{e}"))
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        // The column of field `i`: one past the fields and commas before it (unquoted text).
        let column = |i: usize| 1 + record.iter().take(i).map(|f| f.len() + 1).sum::<usize>();
        let field = |k: usize| -> (&str, usize) {
            let i = index.get(k).copied().unwrap_or(0);
            (record.get(i).unwrap_or(""), column(i))
        };
        let (client, _) = field(0);
        let (code, c) = field(1);
        let code: ProductCode = code
            .parse()
            .map_err(|e| at(line, c, format!("code: {e}")))?;
        let (gi, c) = field(2);
        let provider: Provider = gi.parse().map_err(|e| at(line, c, format!("gi: {e}")))?;
        let (day, c) = field(3);
        let month = NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|e| {
            at(
                line,
                c,
                format!("date {day:?}: {e}; expected YYYY-MM-DD, like 2026-04-01"),
            )
        })?;
        let (minutes, c) = field(4);
        let minutes: u32 = minutes.parse().map_err(|e| {
            at(
                line,
                c,
                format!("minutes {minutes:?}: {e}; expected a whole number of minutes"),
            )
        })?;
        if client.is_empty() {
            return Err(at(line, field(0).1, "client: empty".to_string()));
        }
        out.push(Delivery {
            client: client.to_string(),
            code,
            provider,
            month,
            minutes,
        });
    }
    Ok(out)
}
