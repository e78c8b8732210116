//! Every integration test of the crate in one test binary: one build and one link instead of
//! one per file (CI builds the tests once per feature set). Each file of `tests/` is a module
//! here, named after it, so `cargo test --test suite fuzz_parsing::` runs one file's tests.
//! `alloc.rs` and `ijw_streaming.rs` count allocations with their own global allocator and stay
//! binaries of their own (Cargo.toml lists the test targets: `autotests = false`).

// Strategies and helpers the property tests share.
mod common;

#[path = "all_values.rs"]
mod all_values;
#[path = "api_contract.rs"]
mod api_contract;
#[path = "case_shapes.rs"]
mod case_shapes;
#[path = "cli.rs"]
mod cli;
#[path = "consultatie.rs"]
mod consultatie;
#[path = "cost_properties.rs"]
mod cost_properties;
#[path = "cost_reconciliation.rs"]
mod cost_reconciliation;
#[path = "cost_tariefbepaling.rs"]
mod cost_tariefbepaling;
#[path = "court_imposed.rs"]
mod court_imposed;
#[path = "declaration_agreement.rs"]
mod declaration_agreement;
#[path = "declaration_check.rs"]
mod declaration_check;
#[path = "declaration_disagreements.rs"]
mod declaration_disagreements;
#[path = "declaration_keyed_props.rs"]
mod declaration_keyed_props;
#[path = "declaration_keys.rs"]
mod declaration_keys;
#[path = "declaration_ledger.rs"]
mod declaration_ledger;
#[path = "declaration_props.rs"]
mod declaration_props;
#[path = "declaration_run.rs"]
mod declaration_run;
#[path = "declaration_serde.rs"]
mod declaration_serde;
#[path = "duration_dates.rs"]
mod duration_dates;
#[path = "duration_rules.rs"]
mod duration_rules;
#[path = "error_texts.rs"]
mod error_texts;
#[path = "format_roundtrip.rs"]
mod format_roundtrip;
#[path = "format_validation.rs"]
mod format_validation;
#[path = "fuzz_catalogue.rs"]
mod fuzz_catalogue;
#[path = "fuzz_parsing.rs"]
mod fuzz_parsing;
#[path = "fuzz_regressions.rs"]
mod fuzz_regressions;
#[path = "gelderland_2026.rs"]
mod gelderland_2026;
#[path = "holland_rijnland.rs"]
mod holland_rijnland;
#[path = "ijw_exchange.rs"]
mod ijw_exchange;
#[path = "ijw_messages.rs"]
mod ijw_messages;
#[path = "ijw_tokenizer.rs"]
mod ijw_tokenizer;
#[path = "oracles.rs"]
mod oracles;
#[path = "order_props.rs"]
mod order_props;
#[path = "parse_names.rs"]
mod parse_names;
#[path = "pricing_budget.rs"]
mod pricing_budget;
#[path = "pricing_editions.rs"]
mod pricing_editions;
#[path = "pricing_family.rs"]
mod pricing_family;
#[path = "pricing_props.rs"]
mod pricing_props;
#[path = "pricing_quote.rs"]
mod pricing_quote;
#[path = "pricing_volume.rs"]
mod pricing_volume;
#[path = "provenance_doc.rs"]
mod provenance_doc;
#[path = "provenance_rules.rs"]
mod provenance_rules;
#[path = "providers.rs"]
mod providers;
#[path = "purchasing.rs"]
mod purchasing;
#[path = "ranges.rs"]
mod ranges;
#[path = "serde_validation.rs"]
mod serde_validation;
#[path = "service_terms.rs"]
mod service_terms;
#[path = "wachtlijst.rs"]
mod wachtlijst;
