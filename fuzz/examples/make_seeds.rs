//! Writes the seed corpus in `fuzz/seeds/<target>/`: the real data files of `data/` (copied),
//! the embedded catalogues exported to JSON and TOML, and small hand-made inputs for each
//! parser (every value's display text, the accepted spellings and a few refused ones).
//!
//! Run from the repository root after a change to `data/` or to the format:
//!
//! ```text
//! cargo run --manifest-path fuzz/Cargo.toml --example make_seeds
//! ```

use std::fmt::Display;
use std::fs;
use std::path::{Path, PathBuf};

use jbjr::cost::reconcile::ReasonKind;
use jbjr::{
    BillingRule, Catalogue, Domain, Measure, NormPeriod, ProductCategory, PupilCosts, Unit,
};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn write(target: &str, name: &str, bytes: impl AsRef<[u8]>) -> Result {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(target);
    fs::create_dir_all(&dir)?;
    fs::write(dir.join(name), bytes)?;
    Ok(())
}

fn copy(target: &str, data_file: &str) -> Result {
    let bytes = fs::read(root().join("data").join(data_file))?;
    write(target, data_file, bytes)
}

/// One seed per value (its display text), plus `extra` spellings and refused texts.
fn names<T: Display>(target: &str, all: &[T], extra: &[&str]) -> Result {
    for (i, v) in all.iter().enumerate() {
        write(target, &format!("value_{i:02}"), v.to_string())?;
    }
    for (i, s) in extra.iter().enumerate() {
        write(target, &format!("extra_{i:02}"), s)?;
    }
    Ok(())
}

/// Hand-made catalogue files: the smallest valid one, and the edge cases of issue 13 that
/// must be refused (`-0`, trailing zeros, exponent, format version 1).
const MINIMAL_TOML: &str = r#"format_version = 2
region = "Voorbeeld"
year = 2027

[[providers]]
short_name = "JBWest"
full_name = "Jeugdbescherming west"
agb = "00000000"
hourly_rate = "150.00"

[[products]]
code = "48B10"
measure = "Ots"
name = "OTS"
unit = "month"
pupil_costs = "marked"
norm_hours = { hours = "102.0", per = "year" }
tariffs = { JBWest = "1300.00" }

[[products]]
code = "49B01"
measure = "AcdJb"
name = "ACD JB"
unit = "hour"
tariffs = { jbwest = "146.25" }
"#;

const MINIMAL_JSON: &str = r#"{"format_version":2,"region":"Voorbeeld","year":2027,"providers":[{"short_name":"JBWest","full_name":"Jeugdbescherming west","agb":"00000000","hourly_rate":"150.00"}],"products":[{"code":"48B10","measure":"Ots","name":"OTS","unit":"month","pupil_costs":"marked","norm_hours":{"hours":"102.0","per":"year"},"tariffs":{"JBWest":"1300.00"}},{"code":"49B01","measure":"AcdJb","name":"ACD JB","unit":"hour","tariffs":{"jbwest":"146.25"}}]}"#;

const VERSION_1_JSON: &str = r#"{"region":"Voorbeeld","year":2026,"hourly_rates":{"JbGld":"146.25"},"products":[{"code":"48B10","measure":"Ots","name":"OTS","unit":"month","tariffs":{"JbGld":"1259.29"}}]}"#;

const CONTRACT_JSON_SMALL: &str = r#"{"format_version":2,"region":"Holland Rijnland","year":2026,"provider":{"short_name":"JBVoorbeeld","full_name":"Voorbeeld"},"tariffs":{"48A04":"1300.00","45070":"150.00"}}"#;

fn main() -> Result {
    // The catalogue loaders: the real files, the embedded books, hand-made edge cases.
    copy("catalogue_json", "gelderland_2027.json")?;
    copy("catalogue_toml", "gelderland_2027.toml")?;
    copy("catalogue_toml", "holland_rijnland.toml")?;
    for (name, book) in [
        ("gelderland_2026", Catalogue::gelderland_2026()),
        ("holland_rijnland", Catalogue::holland_rijnland()),
    ] {
        write(
            "catalogue_json",
            &format!("{name}.json"),
            serde_json::to_string_pretty(book)?,
        )?;
        write(
            "catalogue_toml",
            &format!("{name}.toml"),
            toml::to_string(book)?,
        )?;
    }
    write("catalogue_json", "minimal.json", MINIMAL_JSON)?;
    write("catalogue_toml", "minimal.toml", MINIMAL_TOML)?;
    write("catalogue_json", "version_1.json", VERSION_1_JSON)?;
    for (name, amount) in [
        ("negative_zero", "-0"),
        ("negative_zero_cents", "-0.00"),
        ("trailing_zeros", "1300.0000000000000000000000000"),
        ("exponent", "1.3e3"),
        ("underscores", "1_300.00"),
        ("near_max", "79228162514264337593543950335.00"),
    ] {
        let json = MINIMAL_JSON.replace("\"1300.00\"", &format!("\"{amount}\""));
        let toml_text = MINIMAL_TOML.replace("\"1300.00\"", &format!("\"{amount}\""));
        write("catalogue_json", &format!("{name}.json"), json)?;
        write("catalogue_toml", &format!("{name}.toml"), toml_text)?;
    }
    write(
        "catalogue_toml",
        "bom.toml",
        format!("\u{feff}{MINIMAL_TOML}"),
    )?;
    write(
        "catalogue_json",
        "bom.json",
        format!("\u{feff}{MINIMAL_JSON}"),
    )?;

    // The contract loader (JSON and TOML in one target).
    copy("contract", "holland_rijnland_contract_example.toml")?;
    let example: jbjr::Contract = toml::from_str(&fs::read_to_string(
        root().join("data/holland_rijnland_contract_example.toml"),
    )?)?;
    write(
        "contract",
        "holland_rijnland_contract_example.json",
        serde_json::to_string_pretty(&example)?,
    )?;
    write("contract", "small.json", CONTRACT_JSON_SMALL)?;

    // The parsers.
    names(
        "product_code",
        &[] as &[&str],
        &[
            "48B10",
            "48b10",
            "4711",
            "45070",
            "A",
            "48B100",
            "",
            " 48B10",
            "48-10",
            "ééé",
            "48B1é",
            "\u{feff}48B10",
        ],
    )?;
    names(
        "provider",
        &jbjr::Provider::gelderland(),
        &[
            "wss",
            "JBWEST",
            "Nidos",
            "A&B.C_D-E F",
            "Jeugd Veilig Verder",
            "William Schrikker Stichting",
            "ABCDEFGHIJKLMNO",
            " WSS",
            "W  S",
            "",
        ],
    )?;
    names(
        "agb_code",
        &[] as &[&str],
        &[
            "01234567",
            "00000000",
            "1234567",
            "123456789",
            "0123456a",
            "",
        ],
    )?;
    names(
        "product_category",
        ProductCategory::all(),
        &["48", "39", "4", "048", "+8", ""],
    )?;
    names("measure", Measure::all(), &["ots", "LETOTS", "Let Ots", ""])?;
    names(
        "unit",
        Unit::all(),
        &[
            "maandtarief",
            "maand",
            "uur",
            "stuks",
            "stuk",
            "minuut",
            "MONTH",
            "",
        ],
    )?;
    names(
        "norm_period",
        NormPeriod::all(),
        &["ThreeMonths", "three-months", "QUARTER", ""],
    )?;
    names(
        "pupil_costs",
        PupilCosts::all(),
        &["SupraRegional", "supra-regional", "MARKED", ""],
    )?;
    names(
        "billing_rule",
        BillingRule::all(),
        &["SapGi", "sap-gi", "PRO_RATA_DAILY", ""],
    )?;
    names("domain", Domain::all(), &["jb", "preventive", "JBJR", ""])?;
    names(
        "reason_kind",
        ReasonKind::all(),
        &["InferredSurcharge", "no-model", "EXACT", ""],
    )?;
    Ok(())
}
