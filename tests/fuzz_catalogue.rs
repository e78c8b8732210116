//! Robustness of catalogue deserialization: any JSON or TOML text, and any mutation of a valid
//! file, gives `Ok` or `Err`, never a panic; whatever loads is valid and round-trips through
//! JSON and TOML byte for byte. Amounts written in a spelling a file must not use (`-0`,
//! `-0.00`, `1259.2900000000`, `+5`, `1e2`, …) are refused in both formats.
//!
//! The normal tests run at proptest's default case count. The `#[ignore]`d `fuzz_*` tests run
//! 100 000 cases each; coverage-guided fuzzing with cargo-fuzz is in `fuzz/` (see its README):
//!
//! ```text
//! cargo test --release --all-features --test suite -- --ignored fuzz_catalogue::
//! ```
#![cfg(feature = "serde")]

use crate::common;

use jbjr::{Catalogue, Product};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const FUZZ_CASES: u32 = 100_000;

/// One edit of a text: replace, insert or delete a character at a position.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, char),
    Insert(usize, char),
    Delete(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let ch = prop_oneof![
        prop::sample::select(vec![
            '"', '{', '}', '[', ']', ',', ':', '=', '-', '.', '0', '9', '\n', ' ', 'e', '\\'
        ]),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), ch.clone()).prop_map(|(i, c)| Edit::Replace(i, c)),
        (any::<usize>(), ch).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<usize>().prop_map(Edit::Delete),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let n = chars.len().max(1);
        match *e {
            Edit::Replace(i, c) if !chars.is_empty() => chars[i % n] = c,
            Edit::Insert(i, c) => chars.insert(i % (chars.len() + 1), c),
            Edit::Delete(i) if !chars.is_empty() => {
                chars.remove(i % n);
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// A valid file in JSON and TOML, from a generated catalogue or an embedded one.
fn valid_texts() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        1 => Just(Catalogue::gelderland_2026().clone()),
        1 => Just(Catalogue::holland_rijnland().clone()),
        4 => common::catalogue(),
    ]
    .prop_map(|c| {
        (
            serde_json::to_string(&c).unwrap(),
            toml::to_string(&c).unwrap(),
        )
    })
}

/// Whatever loads is a valid catalogue that exports (JSON and TOML), loads back equal and
/// exports the same bytes again.
fn check_loaded(result: Result<Catalogue, String>) -> Result<(), TestCaseError> {
    match result {
        Ok(c) => {
            let json = serde_json::to_string(&c).unwrap();
            let again: Catalogue = serde_json::from_str(&json)
                .map_err(|e| TestCaseError::fail(format!("JSON re-load failed: {e}\n{json}")))?;
            prop_assert_eq!(&again, &c);
            prop_assert_eq!(serde_json::to_string(&again).unwrap(), json);
            let toml_text = toml::to_string(&c)
                .map_err(|e| TestCaseError::fail(format!("TOML export failed: {e}")))?;
            let again: Catalogue = toml::from_str(&toml_text).map_err(|e| {
                TestCaseError::fail(format!("TOML re-load failed: {e}\n{toml_text}"))
            })?;
            prop_assert_eq!(&again, &c);
            prop_assert_eq!(toml::to_string(&again).unwrap(), toml_text);
            for p in c.products() {
                for (_, amount) in p.tariffs() {
                    prop_assert_eq!(amount.scale(), 2, "{} stored as {}", p.code(), amount);
                    prop_assert!(
                        !amount.is_sign_negative(),
                        "{} stored as {}",
                        p.code(),
                        amount
                    );
                }
            }
        }
        Err(e) => prop_assert!(!e.is_empty()),
    }
    Ok(())
}

// --- amounts in spellings a file must not use (issue 13) ----------------------------------

/// A spelling of a canonical amount `a` (`"1259.29"`) that a file must refuse.
#[derive(Clone, Copy)]
struct Spelling {
    name: &'static str,
    spell: fn(&str) -> String,
}

impl std::fmt::Debug for Spelling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} (\"1259.29\" → {:?})",
            self.name,
            (self.spell)("1259.29")
        )
    }
}

fn bad_spelling() -> impl Strategy<Value = Spelling> {
    let s = |name, spell| Spelling { name, spell };
    prop::sample::select(vec![
        s("negative zero", |_| "-0".to_string()),
        s("negative zero cents", |_| "-0.00".to_string()),
        s("negative zero, one decimal", |_| "-0.0".to_string()),
        s("negative", |a| format!("-{a}")),
        s("three decimals", |a| format!("{a}0")),
        s("ten trailing zeros", |a| format!("{a}0000000000")),
        s("25 trailing zeros", |a| {
            format!("{a}0000000000000000000000000")
        }),
        s("plus sign", |a| format!("+{a}")),
        s("exponent", |a| format!("{a}e0")),
        s("underscore", |a| format!("1_{a}")),
        s("leading zero", |a| format!("0{a}")),
        s("leading space", |a| format!(" {a}")),
        s("trailing space", |a| format!("{a} ")),
        s("no decimals", |a| {
            a.split_once('.')
                .map_or(a.to_string(), |(u, _)| u.to_string())
        }),
        s("no units", |a| {
            a.split_once('.')
                .map_or(a.to_string(), |(_, c)| format!(".{c}"))
        }),
    ])
}

/// Replaces the first tariff (or else the first hourly rate) of a catalogue in JSON by its
/// refused spelling; `None` when it has neither. Returns the field the edit is in (an hourly
/// rate is reported inside the field `providers`, as `hourly_rate`).
fn edit_json_amount(json: &str, spelling: Spelling) -> Option<(String, &'static str)> {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut field = None;
    for p in v["products"].as_array_mut()? {
        if let Some((_, amount)) = p["tariffs"].as_object_mut()?.iter_mut().next() {
            *amount = (spelling.spell)(amount.as_str()?).into();
            field = Some("tariffs");
            break;
        }
    }
    if field.is_none() {
        for p in v["providers"].as_array_mut()? {
            if let Some(rate) = p.get_mut("hourly_rate") {
                *rate = (spelling.spell)(rate.as_str()?).into();
                field = Some("hourly_rate");
                break;
            }
        }
    }
    Some((serde_json::to_string(&v).unwrap(), field?))
}

/// The same edit in TOML.
fn edit_toml_amount(text: &str, spelling: Spelling) -> Option<(String, &'static str)> {
    let mut t: toml::Table = toml::from_str(text).unwrap();
    let mut field = None;
    if let Some(products) = t.get_mut("products").and_then(|p| p.as_array_mut()) {
        for p in products {
            let tariffs = p.get_mut("tariffs").and_then(|t| t.as_table_mut())?;
            if let Some((_, amount)) = tariffs.iter_mut().next() {
                *amount = (spelling.spell)(amount.as_str()?).into();
                field = Some("tariffs");
                break;
            }
        }
    }
    if field.is_none() {
        for p in t.get_mut("providers").and_then(|p| p.as_array_mut())? {
            if let Some(rate) = p.get_mut("hourly_rate") {
                *rate = (spelling.spell)(rate.as_str()?).into();
                field = Some("hourly_rate");
                break;
            }
        }
    }
    Some((toml::to_string(&t).unwrap(), field?))
}

/// A file with one amount in a refused spelling does not load, and its error names the field,
/// in JSON and TOML alike.
fn check_bad_amount(texts: &(String, String), spelling: Spelling) -> Result<(), TestCaseError> {
    if let Some((json, field)) = edit_json_amount(&texts.0, spelling) {
        match serde_json::from_str::<Catalogue>(&json) {
            Ok(_) => {
                return Err(TestCaseError::fail(format!(
                    "loaded with a bad amount:\n{json}"
                )));
            }
            Err(e) => prop_assert!(e.to_string().contains(field), "{e}"),
        }
    }
    if let Some((toml_text, field)) = edit_toml_amount(&texts.1, spelling) {
        match toml::from_str::<Catalogue>(&toml_text) {
            Ok(_) => {
                return Err(TestCaseError::fail(format!(
                    "loaded with a bad amount:\n{toml_text}"
                )));
            }
            Err(e) => prop_assert!(e.to_string().contains(field), "{e}"),
        }
    }
    Ok(())
}

fn check_text(json: &str, toml_text: &str) -> Result<(), TestCaseError> {
    check_loaded(serde_json::from_str::<Catalogue>(json).map_err(|e| e.to_string()))?;
    check_loaded(toml::from_str::<Catalogue>(toml_text).map_err(|e| e.to_string()))?;
    let _ = serde_json::from_str::<Product>(json);
    let _ = toml::from_str::<Product>(toml_text);
    Ok(())
}

fn check_mutated(texts: &(String, String), edits: &[Edit]) -> Result<(), TestCaseError> {
    check_text(&apply(&texts.0, edits), &apply(&texts.1, edits))
}

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/fuzz_catalogue.txt"))]
    #[test]
    fn mutated_files_never_panic(texts in valid_texts(), edits in prop::collection::vec(edit(), 1..4)) {
        check_mutated(&texts, &edits)?;
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,64}") {
        check_text(&s, &s)?;
    }

    #[test]
    fn amounts_in_refused_spellings_do_not_load(texts in valid_texts(), spelling in bad_spelling()) {
        check_bad_amount(&texts, spelling)?;
    }

    #[test]
    fn generated_catalogues_reload_through_json_and_toml(c in common::catalogue()) {
        check_loaded(Ok(c))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: FUZZ_CASES, ..common::persisted("proptest-regressions/fuzz_catalogue.txt") })]

    #[test]
    #[ignore = "fuzz run, 100 000 cases: cargo test --release --all-features --test suite -- --ignored fuzz_catalogue::"]
    fn fuzz_mutated_files_100k(texts in valid_texts(), edits in prop::collection::vec(edit(), 1..4)) {
        check_mutated(&texts, &edits)?;
    }

    #[test]
    #[ignore = "fuzz run, 100 000 cases: cargo test --release --all-features --test suite -- --ignored fuzz_catalogue::"]
    fn fuzz_arbitrary_text_100k(s in "\\PC{0,64}") {
        check_text(&s, &s)?;
    }

    #[test]
    #[ignore = "fuzz run, 100 000 cases: cargo test --release --all-features --test suite -- --ignored fuzz_catalogue::"]
    fn fuzz_amounts_in_refused_spellings_100k(texts in valid_texts(), spelling in bad_spelling()) {
        check_bad_amount(&texts, spelling)?;
    }
}

#[test]
fn the_mutation_harness_changes_text() {
    assert_eq!(apply("abc", &[Edit::Delete(1)]), "ac");
    assert_eq!(apply("abc", &[Edit::Insert(3, 'd')]), "abcd");
    assert_eq!(apply("", &[Edit::Replace(5, 'x')]), "");
}
