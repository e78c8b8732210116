//! The checks the fuzz targets run, shared so that every target states the same properties.
//!
//! A check panics (which libFuzzer reports as a crash) when the crate panics, or when it breaks
//! a property it documents:
//!
//! - a `FromStr` that accepts a text displays a text it accepts again, as the same value;
//! - a catalogue or contract that loads exports (JSON and TOML), loads back equal and exports
//!   the same bytes again;
//! - a catalogue that loads can be quoted (every product, every declared provider, every
//!   billing rule, over a few periods), priced by volume, budgeted and reconciled: each call
//!   gives `Ok` or `Err`, never a panic.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use chrono::NaiveDate;
use jbjr::billing::Placement;
use jbjr::billing::{CaseloadEntry, caseload_budget, placements_budget};
use jbjr::{BillingRule, Catalogue, Contract, Decimal, Error, Unit};

/// The input as text: the bytes when they are UTF-8, else their lossy reading (so that every
/// input reaches the parser).
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// `T::from_str` on the input: an error has a message; a value displays as a text that parses
/// back to the same value and displays the same.
pub fn from_str<T>(data: &[u8]) -> Option<T>
where
    T: FromStr<Err = Error> + Display + PartialEq + Debug,
{
    let s = text(data);
    match T::from_str(&s) {
        Ok(value) => {
            let shown = value.to_string();
            let again = T::from_str(&shown)
                .unwrap_or_else(|e| panic!("{value:?} displays as {shown:?}, which fails: {e}"));
            assert_eq!(again, value, "{s:?} → {shown:?} parses as another value");
            assert_eq!(again.to_string(), shown);
            Some(value)
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "empty message for {s:?}");
            let _ = format!("{e:?}");
            None
        }
    }
}

/// Export `catalogue` to JSON (compact and pretty) and TOML; each loads back equal and
/// exports the same bytes again.
pub fn round_trip(catalogue: &Catalogue) {
    let json = serde_json::to_string(catalogue).expect("a loaded catalogue exports to JSON");
    let back: Catalogue = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("the exported JSON does not load: {e}\n{json}"));
    assert_eq!(&back, catalogue, "JSON round trip changed the catalogue");
    assert_eq!(serde_json::to_string(&back).unwrap(), json);

    let pretty = serde_json::to_string_pretty(catalogue).expect("pretty JSON export");
    let back: Catalogue = serde_json::from_str(&pretty)
        .unwrap_or_else(|e| panic!("the exported pretty JSON does not load: {e}\n{pretty}"));
    assert_eq!(
        &back, catalogue,
        "pretty JSON round trip changed the catalogue"
    );

    let toml_text = toml::to_string(catalogue)
        .unwrap_or_else(|e| panic!("a loaded catalogue does not export to TOML: {e}"));
    let back: Catalogue = toml::from_str(&toml_text)
        .unwrap_or_else(|e| panic!("the exported TOML does not load: {e}\n{toml_text}"));
    assert_eq!(&back, catalogue, "TOML round trip changed the catalogue");
    assert_eq!(toml::to_string(&back).unwrap(), toml_text);
}

fn day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A few periods around the catalogue's year: the whole year, broken months, one day, the
/// last day, a leap day, and periods running out of the year (which are `NoTariff`).
fn periods(year: i32) -> Vec<(NaiveDate, NaiveDate)> {
    [
        (day(year, 1, 1), day(year, 12, 31)),
        (day(year, 3, 15), day(year, 5, 10)),
        (day(year, 1, 31), day(year, 2, 28)),
        (day(year, 2, 29), day(year, 2, 29)),
        (day(year, 12, 31), day(year, 12, 31)),
        (day(year, 6, 30), day(year, 6, 1)),
        (day(year, 12, 31), day(year + 1, 1, 1)),
        (day(year - 1, 12, 1), day(year, 1, 31)),
        (day(year - 1, 12, 1), day(year + 1, 1, 1)),
    ]
    .into_iter()
    .filter_map(|(s, e)| Some((s?, e?)))
    .collect()
}

/// Every call that prices with a catalogue, on every product and declared provider (plus one
/// undeclared): `Ok` or `Err`, never a panic; a quote's total is the sum of its lines and not
/// negative, a budget's total the sum of its months.
pub fn exercise(catalogue: &Catalogue) {
    let year = catalogue.year();
    let (from, to) = catalogue.covers();
    assert!(from <= to);
    let periods = periods(year);
    let mut providers: Vec<_> = catalogue.providers().iter().map(|p| p.provider()).collect();
    providers.push(jbjr::Provider::new_const("NOT-DECLARED").expect("a valid short name"));
    let rules = BillingRule::all();
    for product in catalogue.products() {
        let code = product.code();
        let _ = catalogue.product(code);
        for &provider in &providers {
            if let Ok(t) = catalogue.tariff(code, provider) {
                assert!(!t.amount().is_sign_negative() || t.amount().is_zero());
                assert_eq!(t.unit(), product.unit());
            }
            for &(start, end) in &periods {
                for &rule in rules {
                    if let Ok(q) = catalogue.quote_with(code, provider, start, end, rule) {
                        let mut sum = Decimal::ZERO;
                        for line in q.lines() {
                            sum = sum.checked_add(line.amount()).expect("lines sum");
                        }
                        assert_eq!(sum, q.total(), "{code} {provider} {start}..={end} {rule}");
                        assert!(!q.total().is_sign_negative() || q.total().is_zero());
                        let _ = q.year_totals().count();
                        let _ = format!("{q:?}");
                    }
                }
            }
            if product.unit() == Unit::Hour {
                for minutes in [0, 1, 59, 60, 95, u32::MAX] {
                    let _ = catalogue.price_hours(code, provider, minutes);
                    let _ = catalogue.price_minutes(code, provider, minutes);
                }
            }
        }
    }
    // Budgets: one invalid entry fails a whole budget, so the entries with a tariff per month,
    // traject or piece (hours are priced by volume) are budgeted together, once per count
    // (`u32::MAX` overflows), and the others one by one; placements once per period.
    let mut valid = Vec::new();
    let mut invalid = Vec::new();
    for product in catalogue.products() {
        for &provider in &providers {
            let code = product.code();
            match catalogue.tariff(code, provider) {
                Ok(t) if !matches!(t.unit(), Unit::Hour | Unit::Minute) => {
                    valid.push((code, provider));
                }
                _ => invalid.push((code, provider)),
            }
        }
    }
    let caseload =
        |pairs: &[(jbjr::ProductCode, jbjr::Provider)], per_month| -> Vec<CaseloadEntry> {
            pairs
                .iter()
                .map(|&(code, provider)| CaseloadEntry {
                    code,
                    provider,
                    per_month,
                })
                .collect()
        };
    for per_month in [1, 7, u32::MAX] {
        if let Ok(b) = caseload_budget(catalogue, &caseload(&valid, per_month)) {
            check_budget(&b);
        }
    }
    for pair in invalid.iter().take(8) {
        assert!(caseload_budget(catalogue, &caseload(std::slice::from_ref(pair), 1)).is_err());
    }
    for &(start, end) in &periods {
        let placements = valid.iter().map(|&(code, provider)| Placement {
            child: 0,
            code,
            provider,
            start,
            end,
        });
        if let Ok(b) = placements_budget(catalogue, placements) {
            check_budget(&b);
        }
    }
    let _ = jbjr::cost::reconcile::reconcile(
        catalogue,
        &jbjr::cost::reconcile::ModelRules::gelderland_2026(),
    );
    for percentage in [
        Decimal::ZERO,
        Decimal::new(3, 0),
        Decimal::new(-100, 0),
        Decimal::MAX,
    ] {
        if let Some(next) = year.checked_add(1)
            && let Ok(indexed) = catalogue.indexed(next, percentage)
        {
            assert_eq!(indexed.publishes_tariffs(), catalogue.publishes_tariffs());
        }
    }
}

fn check_budget(budget: &jbjr::billing::Budget<'_>) {
    let months = (1..=12).try_fold(Decimal::ZERO, |sum, m| {
        sum.checked_add(budget.month_total(m))
    });
    if let Some(months) = months {
        assert_eq!(
            months,
            budget.total(),
            "a budget's months do not add up to its total"
        );
    }
    let _ = budget.lines().count();
}

/// A loaded catalogue: round trip and every pricing call.
pub fn loaded(catalogue: &Catalogue) {
    round_trip(catalogue);
    exercise(catalogue);
}

/// A loaded contract: exports (JSON, TOML) and loads back equal with the same bytes; applied
/// to the Holland Rijnland catalogue (and the Gelderland book), the result is `Ok` or `Err`,
/// and a catalogue made is checked like a loaded one.
pub fn contract(contract: &Contract) {
    let json = serde_json::to_string(contract).expect("a loaded contract exports to JSON");
    let back: Contract = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("the exported contract JSON does not load: {e}\n{json}"));
    assert_eq!(&back, contract);
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    let toml_text = toml::to_string(contract)
        .unwrap_or_else(|e| panic!("a loaded contract does not export to TOML: {e}"));
    let back: Contract = toml::from_str(&toml_text)
        .unwrap_or_else(|e| panic!("the exported contract TOML does not load: {e}\n{toml_text}"));
    assert_eq!(&back, contract);
    assert_eq!(toml::to_string(&back).unwrap(), toml_text);

    for base in [Catalogue::holland_rijnland(), Catalogue::gelderland_2026()] {
        if let Ok(completed) = base.with_contract(contract) {
            assert!(completed.publishes_tariffs());
            loaded(&completed);
        }
    }
}

// --- the targets: one function each, called by `fuzz_targets/<name>.rs` and by the seed
// replay test below ---------------------------------------------------------------------------

/// Target `product_code`: what parses is 1 to 5 ASCII letters or digits, stored upper case.
pub fn product_code(data: &[u8]) {
    if let Some(code) = from_str::<jbjr::ProductCode>(data) {
        let s = text(data);
        assert!((1..=jbjr::MAX_CODE_LEN).contains(&s.len()), "{s:?} parsed");
        assert!(s.bytes().all(|b| b.is_ascii_alphanumeric()), "{s:?} parsed");
        assert_eq!(code.as_str(), s.to_ascii_uppercase());
    }
}

/// Target `provider`: what parses has a short name of at most `MAX_PROVIDER_LEN` bytes that
/// parses back to the same GI.
pub fn provider(data: &[u8]) {
    if let Some(provider) = from_str::<jbjr::Provider>(data) {
        let short = provider.short_name();
        assert!(short.as_str().len() <= jbjr::MAX_PROVIDER_LEN);
        assert_eq!(
            short.as_str().parse::<jbjr::Provider>().ok(),
            Some(provider)
        );
        let _ = provider.known_full_name();
    }
}

/// Target `measure`: [`from_str`] for `jbjr::Measure`.
pub fn measure(data: &[u8]) {
    let _ = from_str::<jbjr::Measure>(data);
}

/// Target `unit`: [`from_str`] for `jbjr::Unit`.
pub fn unit(data: &[u8]) {
    let _ = from_str::<jbjr::Unit>(data);
}

/// Target `norm_period`: [`from_str`] for `jbjr::NormPeriod`.
pub fn norm_period(data: &[u8]) {
    let _ = from_str::<jbjr::NormPeriod>(data);
}

/// Target `pupil_costs`: [`from_str`] for `jbjr::PupilCosts`.
pub fn pupil_costs(data: &[u8]) {
    let _ = from_str::<jbjr::PupilCosts>(data);
}

/// Target `billing_rule`: [`from_str`] for `jbjr::BillingRule`.
pub fn billing_rule(data: &[u8]) {
    let _ = from_str::<jbjr::BillingRule>(data);
}

/// Target `domain`: [`from_str`] for `jbjr::Domain`.
pub fn domain(data: &[u8]) {
    let _ = from_str::<jbjr::Domain>(data);
}

/// Target `reason_kind`: [`from_str`] for `jbjr::cost::reconcile::ReasonKind`.
pub fn reason_kind(data: &[u8]) {
    let _ = from_str::<jbjr::cost::reconcile::ReasonKind>(data);
}

/// Target `product_category`: [`from_str`] for `jbjr::ProductCategory`.
pub fn product_category(data: &[u8]) {
    let _ = from_str::<jbjr::ProductCategory>(data);
}

/// Target `agb_code`: [`from_str`] for `jbjr::AgbCode`.
pub fn agb_code(data: &[u8]) {
    let _ = from_str::<jbjr::AgbCode>(data);
}

/// Target `catalogue_json`: a catalogue that loads from JSON passes [`loaded`]; a single
/// product loads or fails likewise.
pub fn catalogue_json(data: &[u8]) {
    match serde_json::from_slice::<Catalogue>(data) {
        Ok(catalogue) => loaded(&catalogue),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    let _ = serde_json::from_slice::<jbjr::Product>(data);
}

/// Target `catalogue_toml`: a catalogue that loads from TOML passes [`loaded`]; a single
/// product loads or fails likewise. TOML is UTF-8: other bytes are skipped.
pub fn catalogue_toml(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match toml::from_str::<Catalogue>(text) {
        Ok(catalogue) => loaded(&catalogue),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    let _ = toml::from_str::<jbjr::Product>(text);
}

/// Target `contract`: a contract that loads from JSON or TOML passes [`contract`].
pub fn contract_file(data: &[u8]) {
    if let Ok(c) = serde_json::from_slice::<Contract>(data) {
        contract(&c);
    }
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(c) = toml::from_str::<Contract>(text)
    {
        contract(&c);
    }
}

/// Target `declaration_check`: a GI's invoice as text, one line per row, fields separated by
/// `;` (code, GI, first day, last day, volume, unit, product tariff in cents, amount in cents,
/// `C` for a credit), read with `Submitted::read` and checked against a small granted caseload
/// and a month already approved: the check never panics, gives exactly one verdict per line,
/// and its JW325 totals add up (submitted = approved + rejected).
pub fn declaration_check(data: &[u8]) {
    use chrono::NaiveDate;
    use jbjr::billing::Case;
    use jbjr::declaration::{LineText, Submitted, check, run};
    use jbjr::{Editions, Provider};

    let text = text(data);
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day);
    let (Some(mar15), Some(jan1), Some(may1), Some(jun30), Some(jul1)) =
        (d(3, 15), d(1, 1), d(5, 1), d(6, 30), d(7, 1))
    else {
        return;
    };
    let code = |c: &str| c.parse().ok();
    let (Some(ots), Some(voogdij), Some(gbm)) = (code("48B10"), code("48B11"), code("47B11"))
    else {
        return;
    };
    let granted = vec![
        Case::new("a".to_string(), ots, Provider::JbGld, mar15).with_care(mar15, None),
        Case::new("b".to_string(), voogdij, Provider::Wss, jan1).with_care(jan1, Some(jun30)),
        Case::new("c".to_string(), gbm, Provider::LdH, may1).with_care(may1, None),
    ];
    let books = Editions::gelderland();
    // What the GI's run declared through May counts as approved before.
    let approved = run(&books, &granted, &[], &[], jan1, may1).lines;
    let lines: Vec<Submitted<String>> = text
        .lines()
        .take(256)
        .enumerate()
        .map(|(i, row)| {
            let mut f = row.split(';');
            let mut next = || f.next().unwrap_or("");
            let line = LineText {
                code: next(),
                provider: next(),
                start: next(),
                end: next(),
                volume: next(),
                unit: next(),
                product_tariff_cents: next(),
                amount_cents: next(),
                credit: next() == "C",
            };
            let client = ["a", "b", "c", "d"].get(i % 4).copied().unwrap_or("a");
            Submitted::read(client.to_string(), &line)
        })
        .collect();
    let n = lines.len();
    let checked = check(&books, &granted, &approved, lines, jul1);
    assert_eq!(checked.verdicts.len(), n, "one verdict per line");
    let t = checked.totals;
    assert_eq!(t.lines, n);
    assert_eq!(
        i128::from(t.submitted_cents),
        i128::from(t.approved_cents) + i128::from(t.rejected_cents),
        "JW325 totals"
    );
}

/// An iJw reader on any bytes: `Ok` or `Err`, never a panic; the same result (value, or error
/// with its position and text) when the bytes arrive a few at a time (so that the reader's
/// fast ways meet the end of its buffer); what reads writes out and reads back to the same
/// value.
macro_rules! ijw_target {
    ($name:ident, $ty:ty, $label:literal) => {
        #[doc = concat!("Target `", $label, "`: [`", stringify!($ty), "`]'s reader and writer.")]
        pub fn $name(data: &[u8]) {
            let whole = <$ty>::read(data, "fuzz");
            let chunk = 1 + data.len() % 7;
            let chunked = <$ty>::read(std::io::BufReader::with_capacity(chunk, data), "fuzz");
            match (&whole, &chunked) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "read in chunks of {chunk}"),
                (Err(a), Err(b)) => {
                    assert_eq!(a.to_string(), b.to_string(), "read in chunks of {chunk}")
                }
                _ => panic!("whole {whole:?}, in chunks of {chunk} {chunked:?}"),
            }
            if let Ok(msg) = whole {
                let xml = msg
                    .to_xml_string()
                    .expect("a message that was read can be written");
                let again =
                    <$ty>::read(xml.as_bytes(), "written").expect("what was written reads back");
                assert_eq!(again, msg);
            }
        }
    };
}

ijw_target!(ijw_jw301, jbjr::ijw::Jw301, "ijw_jw301");
ijw_target!(ijw_jw305, jbjr::ijw::Jw305, "ijw_jw305");
ijw_target!(ijw_jw307, jbjr::ijw::Jw307, "ijw_jw307");
ijw_target!(ijw_jw323, jbjr::ijw::Jw323, "ijw_jw323");
ijw_target!(ijw_jw325, jbjr::ijw::Jw325, "ijw_jw325");

/// A target's checks on one input.
pub type Target = fn(&[u8]);

/// Every target by name, as in `fuzz_targets/`.
pub const TARGETS: &[(&str, Target)] = &[
    ("product_code", product_code),
    ("provider", provider),
    ("measure", measure),
    ("unit", unit),
    ("norm_period", norm_period),
    ("pupil_costs", pupil_costs),
    ("billing_rule", billing_rule),
    ("domain", domain),
    ("reason_kind", reason_kind),
    ("product_category", product_category),
    ("agb_code", agb_code),
    ("catalogue_json", catalogue_json),
    ("catalogue_toml", catalogue_toml),
    ("contract", contract_file),
    ("declaration_check", declaration_check),
    ("ijw_jw301", ijw_jw301),
    ("ijw_jw305", ijw_jw305),
    ("ijw_jw307", ijw_jw307),
    ("ijw_jw323", ijw_jw323),
    ("ijw_jw325", ijw_jw325),
];

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every seed of `seeds/<target>/` passes its target's checks (a quick replay without
    /// libFuzzer: `cargo test --manifest-path fuzz/Cargo.toml`), and every target in
    /// `fuzz_targets/` has seeds and an entry in `TARGETS`.
    #[test]
    fn every_seed_passes_its_target() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = 0;
        for entry in std::fs::read_dir(root.join("fuzz_targets")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            let (_, run) = super::TARGETS
                .iter()
                .find(|(n, _)| *n == name)
                .unwrap_or_else(|| panic!("fuzz target {name} is not in TARGETS"));
            let seeds: Vec<_> = std::fs::read_dir(root.join("seeds").join(&name))
                .unwrap_or_else(|e| panic!("no seeds/{name}: {e}"))
                .map(|e| e.unwrap().path())
                .collect();
            assert!(!seeds.is_empty(), "seeds/{name} is empty");
            for seed in seeds {
                run(&std::fs::read(&seed).unwrap());
                files += 1;
            }
        }
        assert_eq!(
            super::TARGETS.len(),
            std::fs::read_dir(root.join("fuzz_targets"))
                .unwrap()
                .count()
        );
        assert!(files > 100, "{files} seeds");
    }
}
