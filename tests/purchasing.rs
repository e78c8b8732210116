//! 48B80, Productenboek JB/JR 2026 Gelderland (source `002_1b572f4924ef38f6.txt`): "Dit product
//! wordt enkel afgenomen door de regio's Centraal Gelderland en Rijk van Nijmegen."

use jbjr::catalogue::PurchasingRegion;
use jbjr::{Catalogue, Error, Measure};

fn region(name: &str) -> PurchasingRegion {
    name.parse().unwrap()
}

#[test]
fn only_centraal_gelderland_and_rijk_van_nijmegen_purchase_48b80_002() {
    let book = Catalogue::gelderland_2026();
    for code in ["48B80", "48B84"] {
        let p = book.product(code.parse().unwrap()).unwrap();
        let names: Vec<&str> = p
            .purchasing_regions()
            .unwrap()
            .iter()
            .map(PurchasingRegion::as_str)
            .collect();
        assert_eq!(
            names,
            ["Centraal Gelderland", "Rijk van Nijmegen"],
            "{code}"
        );
        assert!(p.is_purchased_by(&region("centraal gelderland")));
        assert!(!p.is_purchased_by(&region("Achterhoek")));
    }
    let err = book
        .check_purchasing_region("48B80".parse().unwrap(), &region("Achterhoek"))
        .unwrap_err();
    match &err {
        Error::NotEligible {
            measure,
            source_ref,
            detail,
            ..
        } => {
            assert_eq!(*measure, Measure::IntensiefGezinsgericht);
            assert!(source_ref.contains(
                "enkel afgenomen door de regio's Centraal Gelderland en Rijk van Nijmegen"
            ));
            assert!(detail.contains("Achterhoek") && detail.contains("Rijk van Nijmegen"));
        }
        other => panic!("{other:?}"),
    }
    // Every other product is bought by every region.
    let restricted: Vec<String> = book
        .products()
        .filter(|p| p.purchasing_regions().is_some())
        .map(|p| p.code().to_string())
        .collect();
    assert_eq!(restricted, ["48B80", "48B84"]);
    assert!(
        book.check_purchasing_region("48B10".parse().unwrap(), &region("Achterhoek"))
            .is_ok()
    );
    assert!(matches!(
        book.check_purchasing_region("48A04".parse().unwrap(), &region("Achterhoek")),
        Err(Error::UnknownProduct { .. })
    ));
}

#[cfg(feature = "serde")]
mod files {
    use super::*;

    const FILE: &str = r#"format_version = 2
note = "made up, for a test"
region = "Voorbeeld"
year = 2026

[[providers]]
short_name = "JBWest"
full_name = "Jeugdbescherming west"

[[products]]
code = "48B80"
measure = "intensief_gezinsgericht"
name = "IGS"
unit = "month"
purchasing_regions = ["Noord", "Zuid"]
tariffs = { JBWest = "2000.00" }

[[products]]
code = "48B10"
measure = "ots"
name = "OTS"
unit = "month"
tariffs = { JBWest = "1300.00" }
"#;

    #[test]
    fn purchasing_regions_load_and_round_trip() {
        let book: Catalogue = toml::from_str(FILE).unwrap();
        let igs = book.product("48B80".parse().unwrap()).unwrap();
        assert!(igs.is_purchased_by(&region("zuid")));
        assert!(!igs.is_purchased_by(&region("Oost")));
        let err = book
            .check_purchasing_region("48B80".parse().unwrap(), &region("Oost"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("purchasing_regions"), "{err}");
        // The note is read, not kept: the export has none and loads back equal.
        let out = toml::to_string(&book).unwrap();
        assert!(!out.contains("note"));
        assert!(
            out.contains("purchasing_regions = [\"Noord\", \"Zuid\"]"),
            "{out}"
        );
        let back: Catalogue = toml::from_str(&out).unwrap();
        assert_eq!(back, book);
        assert_eq!(toml::to_string(&back).unwrap(), out);
        let json = serde_json::to_string(&book).unwrap();
        assert_eq!(serde_json::from_str::<Catalogue>(&json).unwrap(), book);
    }

    #[test]
    fn a_bad_list_or_note_is_refused_naming_the_field() {
        for (bad, field) in [
            (
                FILE.replace("[\"Noord\", \"Zuid\"]", "[]"),
                "purchasing_regions",
            ),
            (
                FILE.replace("[\"Noord\", \"Zuid\"]", "[\"Noord\", \"noord\"]"),
                "purchasing_regions",
            ),
            (
                FILE.replace("[\"Noord\", \"Zuid\"]", "[\"\"]"),
                "purchasing_regions",
            ),
            (
                FILE.replace("[\"Noord\", \"Zuid\"]", "\"Noord\""),
                "purchasing_regions",
            ),
            (FILE.replace("made up, for a test", "two\\nlines"), "note"),
        ] {
            let err = toml::from_str::<Catalogue>(&bad).unwrap_err().to_string();
            assert!(err.contains(&format!("field `{field}`")), "{err}");
        }
    }

    /// The example files say inside that they are an illustration, not a published book.
    #[test]
    fn the_2027_example_files_say_they_are_an_illustration() {
        for path in ["data/gelderland_2027.json", "data/gelderland_2027.toml"] {
            let text = std::fs::read_to_string(path).unwrap();
            assert!(
                text.contains("An EXAMPLE, not a published product book"),
                "{path}"
            );
        }
    }
}
