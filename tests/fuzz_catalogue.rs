//! Robustness of catalogue deserialization: any JSON or TOML text, and any mutation of a valid
//! file, gives `Ok` or `Err`, never a panic; whatever loads is valid and round-trips.
//!
//! The normal tests run at proptest's default case count. The `#[ignore]`d `fuzz_*` tests run
//! 100 000 cases each (cargo-fuzz needs nightly, which this project does not require):
//!
//! ```text
//! cargo test --release --all-features --test fuzz_catalogue -- --ignored
//! ```
#![cfg(feature = "serde")]

mod common;

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

/// Whatever loads is a valid catalogue that exports and loads back equal.
fn check_loaded(result: Result<Catalogue, String>) -> Result<(), TestCaseError> {
    match result {
        Ok(c) => {
            let again: Catalogue = serde_json::from_str(&serde_json::to_string(&c).unwrap())
                .map_err(|e| TestCaseError::fail(format!("re-load failed: {e}")))?;
            prop_assert_eq!(again, c);
        }
        Err(e) => prop_assert!(!e.is_empty()),
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
}

proptest! {
    #![proptest_config(ProptestConfig { cases: FUZZ_CASES, ..common::persisted("proptest-regressions/fuzz_catalogue.txt") })]

    #[test]
    #[ignore = "fuzz run, 100 000 cases: cargo test --release --all-features --test fuzz_catalogue -- --ignored"]
    fn fuzz_mutated_files_100k(texts in valid_texts(), edits in prop::collection::vec(edit(), 1..4)) {
        check_mutated(&texts, &edits)?;
    }

    #[test]
    #[ignore = "fuzz run, 100 000 cases: cargo test --release --all-features --test fuzz_catalogue -- --ignored"]
    fn fuzz_arbitrary_text_100k(s in "\\PC{0,64}") {
        check_text(&s, &s)?;
    }
}

#[test]
fn the_mutation_harness_changes_text() {
    assert_eq!(apply("abc", &[Edit::Delete(1)]), "ac");
    assert_eq!(apply("abc", &[Edit::Insert(3, 'd')]), "abcd");
    assert_eq!(apply("", &[Edit::Replace(5, 'x')]), "");
}
