//! # jbjr — the Dutch JB/JR product catalogue, typed
//!
//! `jbjr` models the product catalogue for *jeugdbescherming* (JB, youth protection) and
//! *jeugdreclassering* (JR, youth probation) carried out by certified institutions
//! (*gecertificeerde instellingen*, GIs). It is for Rust developers who build billing,
//! checking and budget software for municipalities, purchasing regions and GIs:
//!
//! - a **typed catalogue**: [`Measure`]s, [`ProductCode`]s, [`Provider`]s (any GI, by its short
//!   name), [`Unit`]s and JZ020 [`ProductCategory`]s, with the **2026 product book of the
//!   Gelderland regions compiled in** ([`Catalogue::gelderland_2026`]) and the Holland Rijnland
//!   segment Veiligheid as a second catalogue ([`Catalogue::holland_rijnland`], its
//!   [`Kernbeding`]s, and a [`catalogue::crosswalk`] between the two regions'
//!   codes); any region's book, with any GIs, from code ([`Catalogue::new`] with
//!   [`ProviderInfo`] declarations) or from a file, and a region without published tariffs
//!   completed with a GI's [`Contract`] ([`Catalogue::with_contract`]);
//! - the **cost model** of the national tariffs: productivity per FTE → hourly rate → norm
//!   hours → cost price → tariff, and a reconciliation of every published tariff against it
//!   ([`cost`]);
//! - **rules**: duration, extension, age and eligibility per measure ([`law`]: [`DurationRule`],
//!   [`Order`], [`check_stp`], [`kansrijk_consent`]); the product book's service terms on a
//!   calendar of Dutch public holidays ([`law::ServiceTerm`], [`law::is_working_day`]);
//!   products bought by some purchasing regions only
//!   ([`Catalogue::check_purchasing_region`]);
//! - **billing**: tariff lookup, period quotes the way GIs bill under SAP GI
//!   ([`Catalogue::quote`]), hourly volumes by the iJw rules, several years side by side
//!   ([`Editions`]), family rules and chains, the waiting-list path of JbGld
//!   ([`billing::quote_wachtlijst`]), Consultatie 49B01's quarterly settlement by invoice
//!   ([`billing::settle_quarters`]), and budgets with the Holland Rijnland reduction targets
//!   ([`billing`]);
//! - **declarations**: one [`Case`] type for an allocation with its care, the GI's monthly
//!   billing run and the municipality's check of it under SAP GI v1.3 ([`declaration`]);
//! - catalogues as **files** (JSON, TOML) behind the `serde` feature;
//! - money as [`Decimal`] euros, rounded to cents half away from zero at documented steps only
//!   ([`money`]); dates as [`chrono::NaiveDate`], every period inclusive of both ends, as in iJw.
//!
//! ## Map
//!
//! The crate is built in layers; a layer uses only the ones above it in this list. The common
//! types are re-exported at the root.
//!
//! | module | layer | start here to … |
//! |---|---|---|
//! | the root | identity: [`ProductCode`], [`Unit`], [`Measure`], [`Provider`], [`ProductCategory`], [`Error`] | name things |
//! | [`money`] | identity: amounts, ranges, rounding | know where and how amounts round |
//! | [`catalogue`] | the product books, their data and files, provenance | look up a product or tariff, load a region's book |
//! | [`cost`] | the cost model: norm hours × hourly rate → tariff; reconciliation | see where a tariff comes from |
//! | [`law`] | durations, orders, ages, eligibility, kernbedingen | check a court order |
//! | [`billing`] | quotes (SAP GI), hourly volumes, editions, families, budgets, cases | price a period, budget a caseload |
//! | [`declaration`] | the GI's monthly run and the municipality's check | declare a month, check an invoice |
//! | `ijw` (feature `ijw`) | the iJw messages JW301/305/307/323/325, read and written; an `Exchange` | read or write the files users exchange |
//! | `cli` (feature `cli`) | the `jbjr` command | check or declare without writing Rust |
//!
//! No public function panics: every failure is an [`Error`] that carries the values explaining
//! it, and its message is printed in full, never clipped. The error is small (at most 64 bytes,
//! and so is a `Result<Tariff, Error>`): its texts are [`Text`]s, one heap allocation each,
//! made only when something fails, so a call that succeeds never pays for its error. A miss
//! that is no failure (does this GI offer this product?) has calls that build no error at all
//! ([`Catalogue::offers`], [`Catalogue::find_tariff`]).
//!
//! ## Example
//!
//! ```
//! use jbjr::{Catalogue, Measure, Provider, Unit};
//!
//! let book = Catalogue::gelderland_2026();
//!
//! // Look up the OTS (family supervision order) tariff of Jeugdbescherming Gelderland.
//! let ots = book.tariff("48B10".parse()?, Provider::JbGld)?;
//! assert_eq!(ots.amount().to_string(), "1259.29");
//! assert_eq!(ots.unit(), Unit::Month);
//!
//! // Every product, with its measure and the providers that offer it.
//! for product in book.products() {
//!     let offered: Vec<String> = product.providers().map(|p| p.to_string()).collect();
//!     // The measure as the product book prints it: "OTS", "LET JB OTS", "ACD JB".
//!     println!("{} {:<28} {}", product.code(), product.measure(), offered.join(" "));
//! }
//! assert_eq!(book.product("48B12".parse()?)?.measure().to_string(), "LET JB OTS");
//! assert_eq!(book.product("49B03".parse()?)?.measure(), Measure::Forza);
//! # Ok::<(), jbjr::Error>(())
//! ```
//!
//! ## Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` for the public data types and the
//!   catalogue file format of `catalogue::format`. Product codes and providers are strings
//!   (`"48B10"`, `"WSS"`); amounts are decimal strings (`"1259.29"`) through rust_decimal's
//!   per-field `serde::str`, so no precision is lost in JSON or TOML. Deserializing a catalogue
//!   validates it and names the product and field at fault; `Catalogue::from_json_str` and
//!   `from_toml_str` read a file's text (serde_json and toml, parsing only).
//! - `ijw` (off by default): the iJw 3.2 messages JW301, JW305, JW307, JW323 and JW325 as typed
//!   values, read from and written to XML exactly as their XSDs say, and the `Exchange` of a
//!   municipality and a GI that checks and declares with them (`ijw`, on memchr: the XML
//!   tokenizer is the crate's own, tested against quick-xml).
//! - `cli` (off by default; turns on `ijw` and `serde`): the `jbjr` command — `jbjr check`,
//!   `jbjr declare`, `jbjr book` — for people who check or declare without writing Rust
//!   (`cli`, on clap and csv; `cargo build --release --features cli`).
//!
//! ## Data provenance
//!
//! The embedded figures come from the Gelderland *Productenboek JB/JR 2026* (Tabel 1 and the
//! norm hours of each product section) and its "Tariefbepaling" pages (productivity, cost
//! prices); the Holland Rijnland segment Veiligheid gives codes, names, rules and goals but no
//! tariffs. The product book is OCR text; every illegible or
//! inconsistent cell was decided with the tariff model and is listed, with the printed value,
//! the chosen value and the reason, in [`provenance`]. Figures the model derives (LET norm hours
//! = 2.1 × the base measure) are derived, not typed. Tests pin every cell to its source.
//!
//! ## Conventions
//!
//! - **Money**: [`Decimal`] euros; never `f64`. Rounding is
//!   [`RoundingStrategy::MidpointAwayFromZero`](rust_decimal::RoundingStrategy) to cents, and
//!   each function says where it rounds. Every input quantity has a documented range
//!   ([`money`], "Ranges"); inside them results are exact to the cent, outside them an
//!   [`Error::OutOfRange`].
//! - **Dates**: periods are inclusive of both dates (iJw `Einddatum` is the last day of care).
//! - **Names**: domain terms keep the Dutch names of the product book (Ots, Voogdij, VoVo,
//!   Forza); generic concepts are English (Catalogue, Tariff, Provider).
//! - **Spellings**: an enum's `Display` is for people (`Measure::LetOts` is `"LET JB OTS"`, as
//!   the product book prints it; `NormPeriod::ThreeMonths` is `"3 months"`); its machine
//!   spelling, which serde writes, is the variant name in snake_case (`"let_ots"`,
//!   `"three_months"`). `FromStr` accepts both, and the older spellings (`"LetOts"`).
//! - **Listing values**: every enum without data lists its values with `all()`
//!   ([`Measure::all`], [`Unit::all`], [`BillingRule::all`], …), so no strum dependency is
//!   needed; where a type has `FromStr`, the `Display` of each value parses back to it.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Errors are built lazily (`ok_or_else(|| Error::…)`), even the cheap-looking ones: `Error` owns
// its long texts, so an error built eagerly and not used must still be dropped, a call on the
// success path of every checked step. Clippy counts such a closure as unnecessary.
#![allow(clippy::unnecessary_lazy_evaluations)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

// Identity: codes, units, measures, GIs, money and the one error (re-exported at the root).
mod category;
mod code;
mod error;
mod keys;
mod measure;
#[cfg(feature = "ijw")]
mod message_error;
pub mod money;
mod provider;
#[cfg(feature = "serde")]
mod serde_str;
mod text;
mod unit;

// The layers, each in its folder, lowest first: a layer uses only those above it in this list
// (one `mod` per paragraph, so that rustfmt keeps the order).
pub mod catalogue;

pub mod cost;

pub mod law;

pub mod billing;

pub mod declaration;

// The iJw messages, on top of the declarations (feature `ijw`).
#[cfg(feature = "ijw")]
pub mod ijw;

// The command, on top of every layer (feature `cli`).
#[cfg(feature = "cli")]
pub mod cli;

// The public paths of 0.1 before the layers (hidden, kept so that code written against them
// still compiles): each old module is the layer that now holds its items.
#[doc(hidden)]
pub use billing as budget;
#[doc(hidden)]
pub use billing as case;
#[doc(hidden)]
pub use billing as edition;
#[doc(hidden)]
pub use billing as family;
#[doc(hidden)]
pub use billing as pricing;
#[doc(hidden)]
pub use billing as volume;
#[doc(hidden)]
pub use catalogue::crosswalk;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use catalogue::format;
#[doc(hidden)]
pub use catalogue::provenance;
#[doc(hidden)]
pub use cost::productivity;
#[doc(hidden)]
pub use cost::reconcile;
#[doc(hidden)]
pub use law as duration;

pub use billing::{
    BillingRule, Care, Case, EditionQuote, Editions, IjwLine, Municipality, Quote, QuoteLine,
    Volume, VolumePrice,
};
pub use catalogue::{CATALOGUE_YEARS, Catalogue, Contract, NormHours, Product, PupilCosts, Tariff};
pub use category::ProductCategory;
pub use code::{MAX_CODE_LEN, ProductCode};
pub use declaration::{Checked, DeclarationLine, Delivery, Run, Submitted, Verdict};
pub use error::Error;
pub use keys::{AllocationNumber, DeclarationNumber, Reference, ReferenceSeries, elfproef};
pub use law::{
    AgeAt, AgeRange, Consent, DurationRule, Extension, Kernbeding, MAJORITY_AGE, Order,
    SegmentRule, Span, Term, TermFrom, age_on, check_age, check_age_rule, check_samenloop,
    check_stp, kansrijk_consent, majority_last_day,
};
pub use measure::{Domain, Measure};
pub use provider::{AgbCode, MAX_PROVIDER_LEN, Provider, ProviderInfo, ShortName};
pub use rust_decimal::Decimal;
pub use text::Text;
pub use unit::{NormPeriod, Unit};

// The README's example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
