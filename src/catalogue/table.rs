//! [`BookTable`]: a catalogue printed as the product book's table, for people.

use std::fmt;

use crate::Catalogue;

/// A catalogue as a table a person reads: one row per product with its code, measure, unit,
/// norm hours and the tariff of every declared GI ("n.v.t." where a GI does not offer it),
/// then one line per GI with its full name and hourly rate. Columns are as wide as their
/// widest cell, so no name breaks the layout. Made by [`Catalogue::table`].
///
/// # Example
///
/// ```
/// let table = jbjr::Catalogue::gelderland_2026().table().to_string();
/// let ots = table.lines().find(|l| l.starts_with("48B10")).unwrap();
/// assert!(ots.contains("1259.29"));
/// // The JbGld column ends at the same place in every product row, the long 48B80 name too.
/// let header = table.lines().nth(1).unwrap();
/// let end = header.find("JbGld").unwrap() + "JbGld".len();
/// for row in table.lines().filter(|l| l.starts_with("48B") || l.starts_with("49B")) {
///     let cell = row.chars().take(end).collect::<String>();
///     assert!(cell.ends_with(|c: char| c.is_ascii_digit() || c == '.'), "{row}");
///     assert_eq!(row.chars().nth(end), Some(' '), "{row}");
/// }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct BookTable<'a> {
    book: &'a Catalogue,
}

impl Catalogue {
    /// This catalogue as the product book's table ([`BookTable`]), to print.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert!(book.table().to_string().starts_with("Productenboek JB/JR 2026"));
    /// ```
    #[must_use]
    pub const fn table(&self) -> BookTable<'_> {
        BookTable { book: self }
    }
}

impl fmt::Display for BookTable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let book = self.book;
        writeln!(f, "Productenboek JB/JR {} — {}", book.year(), book.region())?;
        let rows: Vec<[String; 4]> = book
            .products()
            .map(|p| {
                let norm = p.norm_hours().map_or_else(
                    || "n.v.t.".to_string(),
                    |n| format!("{} per {}", n.hours().normalize(), n.per()),
                );
                [
                    p.code().to_string(),
                    p.measure().to_string(),
                    p.unit().to_string(),
                    norm,
                ]
            })
            .collect();
        let head = ["code", "measure", "unit", "norm hours"];
        let mut width = head.map(|h| h.chars().count());
        for row in &rows {
            for (w, cell) in width.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let amounts: Vec<Vec<String>> = book
            .products()
            .map(|p| {
                book.providers()
                    .iter()
                    .map(|gi| {
                        p.tariff_amount(gi.provider())
                            .map_or_else(|| "n.v.t.".to_string(), |a| a.to_string())
                    })
                    .collect()
            })
            .collect();
        let gi_width: Vec<usize> = book
            .providers()
            .iter()
            .enumerate()
            .map(|(i, gi)| {
                amounts
                    .iter()
                    .filter_map(|row| row.get(i).map(String::len))
                    .chain([gi.short_name().len()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let cells = |f: &mut fmt::Formatter<'_>, row: &[&str]| -> fmt::Result {
            for (i, (cell, w)) in row.iter().zip(width).enumerate() {
                if i > 0 {
                    f.write_str(" ")?;
                }
                write!(f, "{cell:<w$}")?;
            }
            Ok(())
        };
        cells(f, &head)?;
        for (gi, w) in book.providers().iter().zip(&gi_width) {
            write!(f, " {:>w$}", gi.short_name())?;
        }
        writeln!(f)?;
        for ((p, row), amounts) in book.products().zip(&rows).zip(&amounts) {
            cells(f, &row.each_ref().map(String::as_str))?;
            for (amount, w) in amounts.iter().zip(&gi_width) {
                write!(f, " {amount:>w$}")?;
            }
            if p.pupil_costs().is_included() {
                f.write_str("  (incl. pupil costs)")?;
            }
            writeln!(f)?;
        }
        writeln!(f)?;
        let name_width = book
            .providers()
            .iter()
            .map(|gi| gi.short_name().len())
            .max()
            .unwrap_or(0);
        let full_width = book
            .providers()
            .iter()
            .map(|gi| gi.full_name().chars().count())
            .max()
            .unwrap_or(0);
        for gi in book.providers() {
            let rate = gi
                .hourly_rate()
                .map_or_else(|| "n.v.t.".to_string(), |r| r.to_string());
            writeln!(
                f,
                "{:<name_width$} {:<full_width$} hourly rate {rate}",
                gi.short_name(),
                gi.full_name()
            )?;
        }
        Ok(())
    }
}
