//! The crate's one error type.
//!
//! Every fallible function of the crate returns [`Error`]. Each variant carries the values that
//! explain the failure (the code, the provider, the dates, the limit), so a caller can inspect it
//! with `match` and a person can act on its message.
//!
//! Every message is printed in full: the texts an error carries (echoed input, region names,
//! explanations with their values) are [`Text`]s, each one heap allocation of exactly its
//! length, never clipped.
//!
//! # Size
//!
//! An `Error` is small: at most 64 bytes on 64-bit targets, and so is a
//! `Result<Tariff, Error>` (the unit tests below pin both). A lookup's `Ok` path then moves no
//! more than the value it found, and building or dropping an error costs nothing until
//! something fails: lookups build their errors out of line, in `#[cold]` functions.
//!
//! **Adding a variant.** Keep its fields small so the error stays within the size: numbers,
//! dates, codes, providers, measures, `&'static str`s and [`Text`]s (16 bytes each) are fine
//! up to about 56 bytes in all; anything larger (a struct such as [`crate::money::Range`], a
//! list) goes behind a `Box` in its field, as [`Error::OutOfRange`]'s `limit` does. The test
//! `an_error_is_small_and_owns_its_long_texts` below fails when a variant is too large.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::{Measure, ProductCode, Provider, Text};

/// Everything that can go wrong in this crate.
///
/// The enum is `#[non_exhaustive]`: new failure kinds may be added in minor releases, so a
/// `match` on it needs a wildcard arm.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Error, ProductCode, Provider};
///
/// let book = Catalogue::gelderland_2026();
/// let ots: ProductCode = "48B10".parse()?;
/// match book.tariff(ots, Provider::JvV) {
///     Err(Error::NotOffered { code, provider, .. }) => {
///         assert_eq!(code.as_str(), "48B10");
///         assert_eq!(provider, Provider::JvV);
///     }
///     other => panic!("expected NotOffered, got {other:?}"),
/// }
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    // --- identity and parsing -------------------------------------------------------------
    /// A string is not a product code: iJw `LDT_ProductCode` is 1 to 5 ASCII letters or digits.
    #[error("invalid product code {input:?}: {reason}")]
    InvalidProductCode {
        /// The text that was given, whole.
        input: Text<24>,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A string names no known value of one of the crate's enums (provider, measure, unit, …).
    #[error("unknown {kind} {input:?}; expected one of: {expected}")]
    UnknownName {
        /// What was being parsed, e.g. `"provider"`.
        kind: &'static str,
        /// The text that was given, whole.
        input: Text<24>,
        /// The accepted spellings.
        expected: &'static str,
    },

    /// A string is not a provider's short name (1 to 14 ASCII letters, digits, `-`, `&`, `.`,
    /// `_` or inner spaces, starting with a letter or digit).
    #[error("invalid provider {input:?}: {reason}")]
    InvalidProvider {
        /// The text that was given.
        input: Text<24>,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A string is not an AGB code (exactly 8 digits).
    #[error("invalid AGB code {input:?}: {reason}")]
    InvalidAgbCode {
        /// The text that was given.
        input: Text<24>,
        /// Why it was refused.
        reason: &'static str,
    },

    /// A string is not an iJw key: an allocation number (`LDT_Nummer`, 0 to 999,999,999), a
    /// line reference (`LDT_ReferentieNummer`, 1 to 20 characters), a declaration number
    /// (`LDT_IdentificatieDeclaratie`, 1 to 12 letters or digits, CS319) or an amount in euros
    /// with more than two decimals.
    #[error("invalid {kind} {input:?}: expected {expected}")]
    InvalidKey {
        /// Which key, e.g. `"allocation number"`.
        kind: &'static str,
        /// The text that was given.
        input: Text<24>,
        /// What is expected instead.
        expected: &'static str,
    },

    /// An error as it was reported in a serialized answer (a [`Reason`] or a run failure read
    /// back with serde): its message, not its variant.
    ///
    /// [`Reason`]: crate::declaration::Reason
    #[error("{message}")]
    Reported {
        /// The error's message as written.
        message: Text<64>,
    },

    // --- catalogue lookup -----------------------------------------------------------------
    /// The catalogue has no product with this code. When one of its codes is one edit away
    /// (a letter for a digit, a character missing, added or swapped: `48B1O` for `48B10`), the
    /// error suggests it.
    #[error(
        "product {code} is not in the {region} catalogue {year}{}",
        suggestion.map(|s| format!("; did you mean {s}?")).unwrap_or_default()
    )]
    UnknownProduct {
        /// The code that was looked up.
        code: ProductCode,
        /// The catalogue's region.
        region: Text<24>,
        /// The catalogue's year.
        year: i32,
        /// The catalogue's code nearest to `code`, if one is close (one edit away).
        suggestion: Option<ProductCode>,
    },
    /// The product exists, but this provider has no tariff for it (printed "n.v.t.").
    #[error("product {code} is not offered by {provider} in {year} (n.v.t. in the product book)")]
    NotOffered {
        /// The product.
        code: ProductCode,
        /// The provider without a tariff.
        provider: Provider,
        /// The catalogue's year.
        year: i32,
    },
    /// A month of the period lies outside the years the catalogue covers: it is never priced at
    /// another year's tariff.
    #[error(
        "no tariff for {code} in {}: the catalogue covers {covered_from} to {covered_to}",
        MonthName(*month)
    )]
    NoTariff {
        /// The product being priced.
        code: ProductCode,
        /// The first day of the month that has no tariff (the message names the month, e.g.
        /// "January 2027").
        month: NaiveDate,
        /// First day the catalogue covers.
        covered_from: NaiveDate,
        /// Last day the catalogue covers.
        covered_to: NaiveDate,
    },

    /// A provider the catalogue does not declare: looked up, or given a tariff when the
    /// catalogue was built or loaded. A catalogue that is yours to build declares it among its
    /// providers (or adds its contract, [`crate::Catalogue::with_contract`]); a name read from
    /// input is better checked first with [`crate::Catalogue::parse_provider`], whose
    /// [`Error::UnknownProvider`] lists the GIs the catalogue declares.
    #[error(
        "provider {provider} is not declared in the {region} catalogue {year}{}",
        code.map(|c| format!(" (product {c})")).unwrap_or_default()
    )]
    UndeclaredProvider {
        /// The provider.
        provider: Provider,
        /// The product looked up or given a tariff, if any.
        code: Option<ProductCode>,
        /// The catalogue's region.
        region: Text<24>,
        /// The catalogue's year.
        year: i32,
    },
    /// A GI's name, read from input, is not one the catalogue declares
    /// ([`crate::Catalogue::parse_provider`]). The message echoes the name as typed and lists
    /// the GIs the catalogue does declare.
    #[error("unknown GI {input:?}; the {region} catalogue {year} declares {declared}")]
    UnknownProvider {
        /// The name as typed.
        input: Text<24>,
        /// The GIs the catalogue declares, in its order (e.g. `"JbGld, WSS, LdH, JvV"`, or
        /// `"no GI"`).
        declared: Text<64>,
        /// The catalogue's region.
        region: Text<24>,
        /// The catalogue's year.
        year: i32,
    },
    /// A catalogue or contract file could not be read (`Catalogue::from_json_str`,
    /// `Catalogue::from_toml_str`, feature `serde`): the message names the line and column and what is
    /// wrong there, never the file's text.
    #[error("invalid {format} catalogue at line {line}, column {column}: {reason}")]
    InvalidFile {
        /// `"JSON"` or `"TOML"`.
        format: &'static str,
        /// The line (1-based) where reading stopped.
        line: usize,
        /// The column (1-based, in characters) where reading stopped.
        column: usize,
        /// What is wrong there, naming the field, the product or provider.
        reason: Text<64>,
    },
    /// A contract does not fit the catalogue it is to complete.
    #[error("the contract of {provider} does not fit the {region} catalogue {year}: {reason}")]
    ContractMismatch {
        /// The contracted provider.
        provider: Provider,
        /// The catalogue's region.
        region: Text<24>,
        /// The catalogue's year.
        year: i32,
        /// What does not fit.
        reason: Text<48>,
    },

    // --- periods and dates ----------------------------------------------------------------
    /// A period whose end lies before its start, or a date computation out of `NaiveDate`'s range.
    #[error("invalid period {start} to {end}: {reason}")]
    InvalidPeriod {
        /// First day of the period.
        start: NaiveDate,
        /// Last day of the period (inclusive).
        end: NaiveDate,
        /// What is wrong with it.
        reason: &'static str,
    },

    // --- arithmetic -----------------------------------------------------------------------
    /// An input that must not be negative was negative (hours, rates, surcharges, volumes).
    #[error("{what} must not be negative, got {value}")]
    NegativeInput {
        /// Which input, e.g. `"norm hours"`.
        what: &'static str,
        /// The value given.
        value: Decimal,
    },
    /// An arithmetic step overflowed `Decimal` (or an integer counter).
    #[error("arithmetic overflow while computing {operation}")]
    Overflow {
        /// The step that overflowed, e.g. `"norm hours × hourly rate"`.
        operation: &'static str,
    },
    /// A value has the wrong unit for the requested operation.
    #[error("product {code} is priced per {actual}, not per {expected}")]
    UnitMismatch {
        /// The product.
        code: ProductCode,
        /// The unit the operation needs.
        expected: crate::Unit,
        /// The product's unit.
        actual: crate::Unit,
    },

    // --- duration and eligibility rules ---------------------------------------------------
    /// A term or extension breaks a measure's duration rule.
    #[error("{measure}: {rule} ({source_ref}); term {start} to {end}, limit {limit}")]
    DurationRule {
        /// The measure.
        measure: Measure,
        /// The rule that is broken, in words.
        rule: &'static str,
        /// The legal or contractual source of the rule (e.g. "BW 1:258").
        source_ref: &'static str,
        /// First day of the offending term.
        start: NaiveDate,
        /// Last day of the offending term.
        end: NaiveDate,
        /// The limit, in words with its values (e.g. "at most 12 months: last day 2027-03-14").
        limit: Text<56>,
    },
    /// A person does not meet a measure's eligibility rule (age, sentence, concurrent measure).
    #[error("{measure}: not eligible: {rule} ({source_ref}); {detail}")]
    NotEligible {
        /// The measure.
        measure: Measure,
        /// The rule, in words.
        rule: &'static str,
        /// The legal or contractual source of the rule.
        source_ref: &'static str,
        /// The values that break it (age, dates).
        detail: Text<64>,
    },

    // --- catalogue data -------------------------------------------------------------------
    /// A catalogue (built or read from a file) is not valid.
    #[error(
        "invalid catalogue: {}field `{field}`: {reason}",
        ProductLabel(product)
    )]
    InvalidCatalogue {
        /// The product code as written (or `"-"` for catalogue-level fields; a provider's field
        /// names the provider at the start of `reason`: "provider WSS: hourly_rate: …").
        product: Text<24>,
        /// The offending field.
        field: &'static str,
        /// What is wrong, with the offending values.
        reason: Text<64>,
    },
    // --- cost model -----------------------------------------------------------------------
    /// A divisor that must be greater than zero was zero (norm hours for a caseload,
    /// productive hours for an FTE count, a cost price's norm hours).
    #[error("{what} must be greater than zero, got {value}")]
    NotPositive {
        /// Which input, e.g. `"norm hours per year"`.
        what: &'static str,
        /// The value given.
        value: Decimal,
    },
    /// A productivity model deducts more hours than there are: the step would leave a
    /// negative number of hours.
    #[error("productivity: {step}: deducting {deducted} h from {hours} h leaves a negative number")]
    HoursExhausted {
        /// The step, e.g. `"available hours = working hours − absence"`.
        step: &'static str,
        /// The hours deducted from.
        hours: Decimal,
        /// The hours deducted.
        deducted: Decimal,
    },
    /// The LET factor applies only to LET OTS and LET Voogdij, whose base measures are OTS and
    /// Voogdij.
    #[error("{measure} has no base measure for the LET factor; use LET JB OTS or LET JB Voogdij")]
    NotALetMeasure {
        /// The measure given.
        measure: Measure,
    },
    /// The catalogue has no product of this measure with norm hours per year, so nothing can be
    /// derived from it.
    #[error(
        "the {region} catalogue {year} has no product of measure {measure} with norm hours per year"
    )]
    NoNormHours {
        /// The measure looked for.
        measure: Measure,
        /// The catalogue's region.
        region: Text<24>,
        /// The catalogue's year.
        year: i32,
    },
    // --- orders --------------------------------------------------------------------------
    /// An operation that applies to one measure was asked of an order of another measure.
    #[error("{operation} applies to a {expected} order, not to a {actual} order")]
    WrongMeasure {
        /// What was asked, e.g. `"the Holland Rijnland OTS code"`.
        operation: &'static str,
        /// The measure the operation applies to.
        expected: Measure,
        /// The measure of the order given.
        actual: Measure,
    },
    /// A date lies outside the period of an order.
    #[error("{measure}: {date} lies outside the order {start} to {end}")]
    DateOutsideOrder {
        /// The order's measure.
        measure: Measure,
        /// The date asked about.
        date: NaiveDate,
        /// First day of the order.
        start: NaiveDate,
        /// Last day of the order (inclusive).
        end: NaiveDate,
    },
    // --- pricing and budgets ---------------------------------------------------------------
    /// A volume of zero was to be priced or declared: there is nothing to declare (iJw IV079's
    /// minimum of one hour applies to care actually delivered).
    #[error("the {what} to price must be at least 1, got 0")]
    EmptyVolume {
        /// Which volume, e.g. `"minutes"`.
        what: &'static str,
    },
    /// A family (or chain of orders) without any member was given.
    #[error("{what} is empty: {rule}")]
    Empty {
        /// What was empty, e.g. `"family"`.
        what: &'static str,
        /// Why at least one member is needed.
        rule: &'static str,
    },
    /// A caseload entry's measure does not fall under the reduction target it is planned with.
    #[error("{measure} is outside the scope of the target {target:?} ({scope})")]
    OutOfTargetScope {
        /// The entry's measure.
        measure: Measure,
        /// The target's name.
        target: &'static str,
        /// The target's scope, in words.
        scope: &'static str,
    },
    // --- regions --------------------------------------------------------------------------
    /// The product exists, but the catalogue's source publishes no tariffs at all (the Holland
    /// Rijnland segment Veiligheid lists services and rules, no prices). Not the same as
    /// [`Error::NotOffered`]: no provider has a price here; take the tariff from the contract.
    #[error(
        "the {region} catalogue {year} publishes no tariffs: product {code} is listed without a price; take its tariff from the contract with the provider"
    )]
    TariffsNotPublished {
        /// The product that was looked up.
        code: ProductCode,
        /// The catalogue's region.
        region: Text<24>,
        /// The catalogue's year.
        year: i32,
    },
    // --- input ranges ---------------------------------------------------------------------
    /// A value lies outside the range the crate accepts for its quantity: too large, or with
    /// more decimals than the quantity has. Inside the ranges every result is exact to the
    /// cent; the ranges and why they are what they are: [`crate::money`], "Ranges".
    #[error("{what} {value} is out of range: {limit} (see jbjr::money, Ranges)")]
    OutOfRange {
        /// Which value, e.g. `"norm hours"` or `"hourly rate"`.
        what: &'static str,
        /// The value given, as given.
        value: Decimal,
        /// The range it must lie in (boxed: a [`crate::money::Range`] is 40 bytes, and the
        /// error stays small).
        limit: Box<crate::money::Range>,
    },
    // --- iJw messages ---------------------------------------------------------------------
    /// An iJw message (or one of its values) breaks its XSD: where (source, line, column,
    /// element path) and what (feature `ijw`; see [`crate::ijw::MessageError`]). Boxed, so
    /// that `Error` stays small.
    #[cfg(feature = "ijw")]
    #[error("{0}")]
    Message(Box<crate::message_error::MessageError>),
}

/// User input as an error echoes it: whole (one allocation of its length). The name is older
/// than unclipped texts; nothing is clipped.
pub(crate) fn clip(input: &str) -> Text<24> {
    Text::from(input)
}

/// The product an `InvalidCatalogue` names: its code as written, or, when that is empty, words
/// that say so (not "product , field `code`").
struct ProductLabel<'a>(&'a str);

impl std::fmt::Display for ProductLabel<'_> {
    /// "product 48B10, ", "product with an empty code, ", or nothing for a field of the
    /// catalogue itself (`"-"`): the field says where.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            "-" => Ok(()),
            "" => f.write_str("product with an empty code, "),
            code => write!(f, "product {code}, "),
        }
    }
}

/// A month as a person reads it: "January 2027".
struct MonthName(NaiveDate);

impl std::fmt::Display for MonthName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use chrono::Datelike;
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let name = NAMES
            .get(self.0.month0() as usize)
            .copied()
            .unwrap_or("month");
        write!(f, "{name} {}", self.0.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_is_small_and_owns_its_long_texts() {
        // Texts live on the heap, so an `Error` has drop glue (see tests/alloc.rs: an error
        // allocates once per text it carries, a lookup that succeeds never).
        assert!(std::mem::needs_drop::<Error>());
        // Issue 16: `Result<Tariff, Error>` at most 64 bytes (it was 128, with a 120-byte
        // `Error`). A new variant that breaks this boxes its large field (see the module doc).
        #[cfg(target_pointer_width = "64")]
        {
            use std::mem::size_of;
            assert!(size_of::<Error>() <= 64, "{}", size_of::<Error>());
            assert_eq!(size_of::<Text<24>>(), 16);
            assert!(size_of::<Result<crate::Tariff, Error>>() <= 64);
            assert!(size_of::<Result<crate::Quote, Error>>() <= size_of::<crate::Quote>() + 64);
            assert!(size_of::<Result<crate::ProductCode, Error>>() <= 64);
            assert!(size_of::<Result<&crate::Product, Error>>() <= 64);
        }
    }

    #[test]
    fn an_empty_product_code_is_named_as_empty() {
        let err = Error::InvalidCatalogue {
            product: Text::new(),
            field: "code",
            reason: "invalid product code \"\": the code is empty".into(),
        };
        assert_eq!(
            err.to_string(),
            "invalid catalogue: product with an empty code, field `code`: invalid product code \
             \"\": the code is empty"
        );
    }

    #[test]
    fn no_tariff_names_the_month() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let err = Error::NoTariff {
            code: "48B10".parse().unwrap(),
            month: d(2027, 1, 1),
            covered_from: d(2026, 1, 1),
            covered_to: d(2026, 12, 31),
        };
        assert_eq!(
            err.to_string(),
            "no tariff for 48B10 in January 2027: the catalogue covers 2026-01-01 to 2026-12-31"
        );
        for (month, name) in [(2, "February"), (12, "December")] {
            assert_eq!(
                MonthName(d(2026, month, 1)).to_string(),
                format!("{name} 2026")
            );
        }
    }
}
