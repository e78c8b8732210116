//! The file format of a [`Catalogue`] and of a [`Contract`] (feature `serde`): JSON, TOML or
//! any serde format.
//!
//! Made to be read and edited by hand. This is **format version 2**; every file says so in its
//! first field. A catalogue is a table with:
//!
//! | Field | Type | Meaning |
//! |---|---|---|
//! | `format_version` | integer | `2` |
//! | `note` | string, optional | a remark for people (JSON has no comments), at most 2,000 bytes, no control characters; read and checked, **not kept**: a catalogue does not hold it and exporting does not write it, as a TOML comment is not |
//! | `region` | string | purchasing region, e.g. `"Gelderland"` (1 to 200 bytes, no control characters) |
//! | `year` | integer | the calendar year the tariffs hold for, 1900 to 9999 |
//! | `publishes_tariffs` | bool, optional (default `true`) | `false` for a source without prices ([`Catalogue::holland_rijnland`]); such a file has no tariffs and no hourly rates |
//! | `providers` | list of providers | the GIs the catalogue declares, in column order; may be empty |
//! | `products` | list of products | in any order; written in code order |
//!
//! each provider a table with:
//!
//! | Field | Type | Meaning |
//! |---|---|---|
//! | `short_name` | string | the GI's short name as printed: `"JbGld"`, `"WSS"`, `"JBWest"` (see [`Provider`]); kept as spelled |
//! | `full_name` | string | the GI's full name |
//! | `agb` | string, optional | its AGB code, 8 digits: `"01234567"` |
//! | `hourly_rate` | amount, optional | its hourly rate at 100 % |
//!
//! and each product a table with:
//!
//! | Field | Type | Meaning |
//! |---|---|---|
//! | `code` | string | iJw product code, 1 to 5 letters or digits: `"48B10"` |
//! | `measure` | string | a [`Measure`] in snake case: `"ots"`, `"voogdij"`, `"let_ots"` (its label, `"LET JB OTS"`, and the spellings of format version 1, `"LetOts"`, are read too) |
//! | `name` | string | the name as printed |
//! | `unit` | string | a [`Unit`]: `"month"`, `"hour"`, `"minute"`, `"traject"`, `"piece"` |
//! | `pupil_costs` | string, optional (default `"none"`) | a [`PupilCosts`]: `"none"`, `"marked"`, `"unmarked"`, `"supra_regional"` |
//! | `purchasing_regions` | list of strings, optional (default: every region) | the only regions that purchase the product, e.g. `["Centraal Gelderland", "Rijk van Nijmegen"]` for 48B80 ([`crate::catalogue`]); not empty, no name twice (ignoring ASCII case) |
//! | `norm_hours` | table, optional | `{ hours = "102.0", per = "year" }`; `per` is a [`NormPeriod`] that must fit the unit ([`Unit::fits_norm`]) |
//! | `tariffs` | map provider → amount | `{ JbGld = "1259.29", WSS = "1287.26" }`; every provider must be declared in `providers` (any case); one that is absent does not offer the product ("n.v.t."); may be empty |
//!
//! **Amounts are strings** of plain decimal digits with exactly two decimals, `"1259.29"`,
//! `"975.00"`: never floating-point numbers, so no cent is lost; a number such as `1259.29`,
//! and `"1e2"`, `"+5"`, `"1_000"`, `".50"`, `"-0.00"` or `"1259.2900"` are refused. Norm hours
//! are plain digits too (`"102.0"`, `"214.20"`).
//!
//! A contract file ([`Contract`]: one GI's tariffs to complete a catalogue that publishes none,
//! see [`Catalogue::with_contract`]) is a table with `format_version = 2`, `region`, `year`,
//! `provider` (one provider table as above) and `tariffs` (a map code → amount):
//!
//! ```toml
//! format_version = 2
//! region = "Holland Rijnland"
//! year = 2026
//! tariffs = { 48A04 = "1300.00", 48A06 = "980.00" }
//!
//! [provider]
//! short_name = "JBVoorbeeld"
//! full_name = "Jeugdbescherming Voorbeeld (made up)"
//! ```
//!
//! ## Format version 1
//!
//! Files of jbjr 0.1 had no `format_version` and a map `hourly_rates` (provider → rate) instead
//! of `providers`, and could name only the four Gelderland GIs. Reading one fails with an error
//! that says what to change: add `format_version = 2`, and replace `hourly_rates` by a
//! `[[providers]]` table per GI with its `short_name`, `full_name` and `hourly_rate`.
//!
//! ## Validation
//!
//! Reading a catalogue goes through [`Catalogue::new`] (and [`Catalogue::without_tariffs`]),
//! so a file is held to the same rules as a catalogue built in code. It is refused when it has
//! a duplicate code, a negative amount, an amount not written as above, a tariff of a provider
//! it does not declare (or one named twice), a provider declared twice, a norm period that does
//! not fit the unit, an unknown field, or a missing field. The message of the format's error is
//! that of [`Error::InvalidCatalogue`]: it names the product (its code, or `#n`, its place in
//! the list, when the code itself is missing or unreadable; `-` for the catalogue's own fields)
//! and the field, e.g.
//! `invalid catalogue: product 48B10, field `tariffs`: WSS: a tariff must not be negative, got -1.00`;
//! JSON and TOML add the line and column of the value at fault.
//!
//! Writing is deterministic: export → load → export gives the same text, and load gives a
//! catalogue equal to the one exported. Providers are written as the catalogue spells them.
//!
//! ## Example files
//!
//! `data/gelderland_2027.json` and `data/gelderland_2027.toml` are an *example* 2027 edition:
//! the Gelderland product book 2026 with every tariff and hourly rate × 1.0300 (an
//! illustrative index, not a published one), rounded to cents half away from zero, as stated
//! in `data/README.md`, in each file's `note` and in the TOML file's header. `data/holland_rijnland.toml` is the Holland
//! Rijnland segment without tariffs, `data/holland_rijnland_contract_example.toml` a made-up
//! contract for it. `examples/load_catalogue.rs` loads a catalogue, `examples/contract_tariffs.rs`
//! completes Holland Rijnland with a contract.
//!
//! ```
//! use jbjr::{Catalogue, Provider};
//!
//! // Export the embedded book, edit a tariff, read it back.
//! let json = serde_json::to_string_pretty(Catalogue::gelderland_2026())?;
//! let edited = json.replace("\"1259.29\"", "\"1300.00\"");
//! let book: Catalogue = serde_json::from_str(&edited)?;
//! assert_eq!(book.tariff("48B10".parse()?, Provider::JbGld)?.amount().to_string(), "1300.00");
//!
//! // The same in TOML.
//! let toml_text = toml::to_string(Catalogue::gelderland_2026())?;
//! let back: Catalogue = toml::from_str(&toml_text)?;
//! assert_eq!(&back, Catalogue::gelderland_2026());
//!
//! // An invalid file is refused with the product and the field.
//! let bad = json.replace("\"1259.29\"", "\"1259.295\"");
//! let err = serde_json::from_str::<Catalogue>(&bad).unwrap_err().to_string();
//! assert!(err.contains("product 48B10, field `tariffs`"), "{err}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A catalogue with a GI of its own, in TOML:
//!
//! ```toml
//! format_version = 2
//! region = "Voorbeeld"
//! year = 2027
//! publishes_tariffs = true
//!
//! [[providers]]
//! short_name = "JBWest"
//! full_name = "Jeugdbescherming west"
//! agb = "00000000"
//! hourly_rate = "150.00"
//!
//! [[products]]
//! code = "48B10"
//! measure = "ots"
//! name = "OTS"
//! unit = "month"
//! pupil_costs = "marked"
//! norm_hours = { hours = "102.0", per = "year" }
//! tariffs = { JBWest = "1300.00" }
//! ```

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{
    AgbCode, Catalogue, Contract, Error, Measure, NormHours, NormPeriod, Product, ProductCode,
    Provider, ProviderInfo, PupilCosts, Unit,
};

/// The format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 2;

/// `text` without a leading UTF-8 byte order mark (U+FEFF), if it has one.
///
/// TOML readers skip a BOM; `serde_json` refuses one. Pass a file's text through this before
/// either, and both formats take the same files.
///
/// # Example
///
/// ```
/// let file = "\u{feff}{\"format_version\": 2}";
/// assert_eq!(jbjr::catalogue::format::without_bom(file), "{\"format_version\": 2}");
/// assert_eq!(jbjr::catalogue::format::without_bom("region = 1"), "region = 1");
/// ```
#[must_use]
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

// --- writing --------------------------------------------------------------------------------

/// A product's tariffs as a provider → amount map, providers spelled as `providers` declares
/// them (as they display when the product stands alone).
struct Amounts<'a> {
    tariffs: &'a [(Provider, Decimal)],
    providers: &'a [ProviderInfo],
}

impl Serialize for Amounts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.tariffs.len()))?;
        for (provider, amount) in self.tariffs {
            match self.providers.iter().find(|p| p.provider == *provider) {
                Some(info) => map.serialize_entry(info.short_name(), &amount.to_string())?,
                None => map.serialize_entry(&*provider.short_name(), &amount.to_string())?,
            }
        }
        map.end()
    }
}

/// A product with the spelling of its catalogue's providers.
struct ProductOut<'a> {
    product: &'a Product,
    providers: &'a [ProviderInfo],
}

impl Serialize for ProductOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.product;
        let has_costs = p.pupil_costs != PupilCosts::None;
        let regions = p.purchasing_regions();
        let fields = 5
            + usize::from(has_costs)
            + usize::from(p.norm.is_some())
            + usize::from(regions.is_some());
        let mut st = s.serialize_struct("Product", fields)?;
        st.serialize_field("code", &p.code)?;
        st.serialize_field("measure", &p.measure)?;
        st.serialize_field("name", p.name())?;
        st.serialize_field("unit", &p.unit)?;
        if has_costs {
            st.serialize_field("pupil_costs", &p.pupil_costs)?;
        } else {
            st.skip_field("pupil_costs")?;
        }
        match regions {
            Some(regions) => st.serialize_field("purchasing_regions", regions)?,
            None => st.skip_field("purchasing_regions")?,
        }
        if let Some(norm) = &p.norm {
            st.serialize_field("norm_hours", norm)?;
        } else {
            st.skip_field("norm_hours")?;
        }
        st.serialize_field(
            "tariffs",
            &Amounts {
                tariffs: &p.tariffs,
                providers: self.providers,
            },
        )?;
        st.end()
    }
}

impl Serialize for Product {
    /// A product on its own: providers written as they display.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ProductOut {
            product: self,
            providers: &[],
        }
        .serialize(s)
    }
}

impl Serialize for ProviderInfo {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let fields = 2 + usize::from(self.agb.is_some()) + usize::from(self.hourly_rate.is_some());
        let mut st = s.serialize_struct("Provider", fields)?;
        st.serialize_field("short_name", self.short_name())?;
        st.serialize_field("full_name", self.full_name())?;
        match &self.agb {
            Some(agb) => st.serialize_field("agb", agb)?,
            None => st.skip_field("agb")?,
        }
        match &self.hourly_rate {
            Some(rate) => st.serialize_field("hourly_rate", &rate.to_string())?,
            None => st.skip_field("hourly_rate")?,
        }
        st.end()
    }
}

/// The products of a catalogue, with its providers' spelling.
struct ProductsOut<'a>(&'a Catalogue);

impl Serialize for ProductsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.products.len()))?;
        for product in self.0.products() {
            seq.serialize_element(&ProductOut {
                product,
                providers: self.0.providers(),
            })?;
        }
        seq.end()
    }
}

impl Serialize for Catalogue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Catalogue", 6)?;
        st.serialize_field("format_version", &FORMAT_VERSION)?;
        st.serialize_field("region", self.region())?;
        st.serialize_field("year", &self.year)?;
        st.serialize_field("publishes_tariffs", &self.publishes_tariffs)?;
        st.serialize_field("providers", self.providers())?;
        st.serialize_field("products", &ProductsOut(self))?;
        st.end()
    }
}

/// A contract's tariffs as a code → amount map.
struct ContractTariffs<'a>(&'a [(ProductCode, Decimal)]);

impl Serialize for ContractTariffs<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (code, amount) in self.0 {
            map.serialize_entry(code.as_str(), &amount.to_string())?;
        }
        map.end()
    }
}

impl Serialize for Contract {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Contract", 5)?;
        st.serialize_field("format_version", &FORMAT_VERSION)?;
        st.serialize_field("region", self.region())?;
        st.serialize_field("year", &self.year)?;
        st.serialize_field("tariffs", &ContractTariffs(&self.tariffs))?;
        st.serialize_field("provider", &self.provider)?;
        st.end()
    }
}

// --- reading --------------------------------------------------------------------------------

const PRODUCT_FIELDS: &[&str] = &[
    "code",
    "measure",
    "name",
    "unit",
    "pupil_costs",
    "purchasing_regions",
    "norm_hours",
    "tariffs",
];
const CATALOGUE_FIELDS: &[&str] = &[
    "format_version",
    "region",
    "year",
    "publishes_tariffs",
    "providers",
    "products",
    "note",
];
const PROVIDER_FIELDS: &[&str] = &["short_name", "full_name", "agb", "hourly_rate"];
const CONTRACT_FIELDS: &[&str] = &["format_version", "region", "year", "tariffs", "provider"];

/// What to do with a file of format version 1.
const VERSION_1_HINT: &str = "this is a file of format version 1 (jbjr 0.1); to read it, add \
    `format_version = 2`, and replace `hourly_rates` by a `[[providers]]` table per GI with its \
    `short_name`, `full_name` and `hourly_rate` (see the docs of jbjr::catalogue::format)";

/// The short names of `declared`, for a message: "JbGld, WSS" (or "no provider").
fn declared_list(declared: &[ProviderInfo]) -> String {
    if declared.is_empty() {
        return "no provider".to_string();
    }
    declared
        .iter()
        .map(|d| d.provider.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The catalogue error for `product`/`field`, as a format error.
fn invalid<E: de::Error>(product: &str, field: &'static str, reason: impl fmt::Display) -> E {
    E::custom(Error::InvalidCatalogue {
        product: product.into(),
        field,
        reason: crate::text::text!("{reason}"),
    })
}

/// The static name of a known field, or an "unknown field" error.
fn field_name<E: de::Error>(
    product: &str,
    key: &str,
    fields: &'static [&'static str],
) -> Result<&'static str, E> {
    fields.iter().copied().find(|f| *f == key).ok_or_else(|| {
        invalid(
            product,
            "-",
            format!(
                "unknown field `{}`; expected one of: {}",
                crate::error::clip(key),
                fields.join(", ")
            ),
        )
    })
}

/// Whether `text` is plain decimal digits: an optional `-`, digits without a leading zero
/// (except a lone `0`), and optionally a point with digits after it.
fn is_plain_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (units, decimals) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    !units.is_empty()
        && !decimals.is_empty()
        && units.bytes().all(|b| b.is_ascii_digit())
        && decimals.bytes().all(|b| b.is_ascii_digit())
        && (units == "0" || !units.starts_with('0'))
}

/// An amount as written: plain decimal digits with exactly two decimals, not negative.
fn parse_amount(text: &str) -> Result<Decimal, String> {
    if !is_plain_decimal(text) {
        return Err(format!(
            "write the amount {text:?} as plain decimal digits, e.g. \"1259.29\""
        ));
    }
    let amount = Decimal::from_str(text).map_err(|_| format!("{text:?} is too large an amount"))?;
    if text.starts_with('-') {
        return Err(format!("a tariff must not be negative, got {text}"));
    }
    crate::money::validate_amount("-", amount).map_err(|e| match e {
        Error::InvalidCatalogue { reason, .. } => reason.to_string(),
        other => other.to_string(),
    })?;
    if !matches!(text.split_once('.'), Some((_, cents)) if cents.len() == 2) {
        return Err(format!(
            "write the amount {text:?} with exactly two decimals, e.g. \"1300.00\""
        ));
    }
    Ok(amount)
}

/// Norm hours as written: plain decimal digits (`"102"`, `"102.0"`, `"214.20"`), not negative.
fn parse_hours(text: &str) -> Result<Decimal, String> {
    if !is_plain_decimal(text) {
        return Err(format!(
            "hours {text:?}: write norm hours as plain decimal digits, e.g. \"102.0\""
        ));
    }
    let hours =
        Decimal::from_str(text).map_err(|_| format!("hours {text:?} is too large a number"))?;
    if text.starts_with('-') {
        return Err(format!("norm hours must not be negative, got {text}"));
    }
    Ok(hours)
}

/// A string value, parsed and checked by `check` where it is read (so that JSON and TOML point
/// at the value); the error names `product` and `field`.
struct Checked<'a, F> {
    product: &'a str,
    field: &'static str,
    check: F,
}

impl<'de, T, F: FnOnce(&str) -> Result<T, String>> DeserializeSeed<'de> for Checked<'_, F> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)
            .map_err(|e| invalid::<D::Error>(self.product, self.field, e))?;
        (self.check)(&text).map_err(|r| invalid(self.product, self.field, r))
    }
}

/// Any value, with its errors naming `product` and `field`.
struct Named<'a, T> {
    product: &'a str,
    field: &'static str,
    marker: std::marker::PhantomData<T>,
}

fn named<'a, T>(product: &'a str, field: &'static str) -> Named<'a, T> {
    Named {
        product,
        field,
        marker: std::marker::PhantomData,
    }
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Named<'_, T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::deserialize(d).map_err(|e| invalid(self.product, self.field, e))
    }
}

/// The tariffs of one product: provider → amount, each provider checked against the declared
/// ones (when they are known yet) and each amount where it is written.
struct TariffsSeed<'a> {
    product: &'a str,
    declared: Option<&'a [ProviderInfo]>,
}

impl<'de> DeserializeSeed<'de> for TariffsSeed<'_> {
    type Value = Vec<(Provider, Decimal)>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TariffsSeed<'_> {
    type Value = Vec<(Provider, Decimal)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of provider to amount string, e.g. { \"WSS\": \"1287.26\" }")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out: Vec<(Provider, Decimal)> = Vec::new();
        while let Some(name) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let provider = Provider::from_str(&name)
                .map_err(|e| invalid::<A::Error>(self.product, "tariffs", e))?;
            if let Some(declared) = self.declared {
                if !declared.iter().any(|d| d.provider == provider) {
                    return Err(invalid(
                        self.product,
                        "tariffs",
                        format!(
                            "unknown provider {name:?}: `providers` declares {}",
                            declared_list(declared)
                        ),
                    ));
                }
            }
            if out.iter().any(|(p, _)| *p == provider) {
                return Err(invalid(
                    self.product,
                    "tariffs",
                    format!("{provider} appears more than once"),
                ));
            }
            let amount = map.next_value_seed(Checked {
                product: self.product,
                field: "tariffs",
                check: |t: &str| parse_amount(t).map_err(|r| format!("{provider}: {r}")),
            })?;
            out.push((provider, amount));
        }
        Ok(out)
    }
}

/// A product's code as written, with the code if it is one; a code that an earlier product of
/// the list has is refused here, so JSON and TOML point at it.
struct CodeSeed<'a> {
    label: &'a str,
    seen: Option<&'a std::collections::HashSet<ProductCode>>,
}

impl<'de> DeserializeSeed<'de> for CodeSeed<'_> {
    type Value = (String, Option<ProductCode>);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let text =
            String::deserialize(d).map_err(|e| invalid::<D::Error>(self.label, "code", e))?;
        match text.parse::<ProductCode>() {
            Ok(code) if self.seen.is_some_and(|s| s.contains(&code)) => Err(invalid(
                code.as_str(),
                "code",
                "the code appears more than once",
            )),
            Ok(code) => Ok((code.to_string(), Some(code))),
            Err(_) => Ok((text, None)),
        }
    }
}

/// Norm hours as written: `{ hours = "102.0", per = "year" }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NormText {
    hours: String,
    per: String,
}

/// A product's norm hours, checked where they are written (the fit with the unit is checked
/// once the product is read).
struct NormSeed<'a> {
    label: &'a str,
}

impl<'de> DeserializeSeed<'de> for NormSeed<'_> {
    type Value = NormHours;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<NormHours, D::Error> {
        let who = self.label;
        let norm =
            NormText::deserialize(d).map_err(|e| invalid::<D::Error>(who, "norm_hours", e))?;
        let hours =
            parse_hours(&norm.hours).map_err(|r| invalid::<D::Error>(who, "norm_hours", r))?;
        let per = NormPeriod::from_str(&norm.per).map_err(|e| invalid(who, "norm_hours", e))?;
        NormHours::new(hours, per).map_err(|e| invalid(who, "norm_hours", e))
    }
}

/// Reads one product; `index` (0-based place in the list) names it while its code is unknown.
struct ProductSeed<'a> {
    index: Option<usize>,
    declared: Option<&'a [ProviderInfo]>,
    /// The codes of the products read before this one (a repeated code is refused at the
    /// code, so JSON and TOML point at it).
    seen: Option<&'a std::collections::HashSet<ProductCode>>,
}

impl ProductSeed<'_> {
    fn label(&self, code: Option<&str>) -> String {
        match (code, self.index) {
            (Some(code), _) => code.to_string(),
            (None, Some(i)) => format!("#{}", i.saturating_add(1)),
            (None, None) => "?".into(),
        }
    }
}

impl<'de> DeserializeSeed<'de> for ProductSeed<'_> {
    type Value = Product;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Product, D::Error> {
        d.deserialize_struct("Product", PRODUCT_FIELDS, self)
    }
}

impl<'de> Visitor<'de> for ProductSeed<'_> {
    type Value = Product;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a product table with code, measure, name, unit and tariffs")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Product, A::Error> {
        let mut code: Option<(String, Option<ProductCode>)> = None;
        let mut measure: Option<Measure> = None;
        let mut name: Option<String> = None;
        let mut unit: Option<Unit> = None;
        let mut pupil_costs: Option<PupilCosts> = None;
        let mut norm: Option<NormHours> = None;
        let mut tariffs: Option<Vec<(Provider, Decimal)>> = None;
        let mut regions: Option<Vec<String>> = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let who = self.label(code.as_ref().map(|(c, _)| c.as_str()));
            let field = field_name::<A::Error>(&who, &key, PRODUCT_FIELDS)?;
            let twice = || invalid::<A::Error>(&who, field, "the field appears more than once");
            match field {
                "code" if code.is_some() => return Err(twice()),
                "code" => {
                    code = Some(map.next_value_seed(CodeSeed {
                        label: &who,
                        seen: self.seen,
                    })?);
                }
                "measure" if measure.is_some() => return Err(twice()),
                "measure" => {
                    measure = Some(map.next_value_seed(Checked {
                        product: &who,
                        field: "measure",
                        check: |t: &str| Measure::from_str(t).map_err(|e| e.to_string()),
                    })?);
                }
                "name" if name.is_some() => return Err(twice()),
                "name" => name = Some(map.next_value_seed(named(&who, "name"))?),
                "unit" if unit.is_some() => return Err(twice()),
                "unit" => {
                    unit = Some(map.next_value_seed(Checked {
                        product: &who,
                        field: "unit",
                        check: |t: &str| Unit::from_str(t).map_err(|e| e.to_string()),
                    })?);
                }
                "pupil_costs" if pupil_costs.is_some() => return Err(twice()),
                "pupil_costs" => {
                    pupil_costs = Some(map.next_value_seed(Checked {
                        product: &who,
                        field: "pupil_costs",
                        check: |t: &str| PupilCosts::from_str(t).map_err(|e| e.to_string()),
                    })?);
                }
                "purchasing_regions" if regions.is_some() => return Err(twice()),
                "purchasing_regions" => {
                    regions = Some(map.next_value_seed(named(&who, "purchasing_regions"))?);
                }
                "norm_hours" if norm.is_some() => return Err(twice()),
                "norm_hours" => {
                    norm = Some(map.next_value_seed(NormSeed { label: &who })?);
                }
                "tariffs" if tariffs.is_some() => return Err(twice()),
                _ => {
                    tariffs = Some(map.next_value_seed(TariffsSeed {
                        product: &who,
                        declared: self.declared,
                    })?);
                }
            }
        }
        let who = self.label(code.as_ref().map(|(c, _)| c.as_str()));
        let missing = |field: &'static str| invalid::<A::Error>(&who, field, "missing field");
        let (code_text, code) = code.ok_or_else(|| missing("code"))?;
        let measure = measure.ok_or_else(|| missing("measure"))?;
        let name = name.ok_or_else(|| missing("name"))?;
        let unit = unit.ok_or_else(|| missing("unit"))?;
        let tariffs = tariffs.ok_or_else(|| missing("tariffs"))?;
        let code = match code {
            Some(code) => code,
            None => {
                let err = ProductCode::from_str(&code_text).err();
                return Err(invalid(
                    &who,
                    "code",
                    err.map(|e| e.to_string()).unwrap_or_default(),
                ));
            }
        };
        crate::text::check_name(&who, "name", &name).map_err(A::Error::custom)?;
        let mut product = Product::new(code, measure, name, unit)
            .with_pupil_costs(pupil_costs.unwrap_or_default());
        if let Some(norm) = norm {
            product = product.with_norm_hours(norm).map_err(|e| match e {
                Error::InvalidCatalogue { reason, .. } => invalid(&who, "norm_hours", reason),
                other => invalid(&who, "norm_hours", other),
            })?;
        }
        if let Some(names) = regions {
            let refused = |e: Error| match e {
                Error::InvalidCatalogue { reason, .. } => {
                    invalid::<A::Error>(&who, "purchasing_regions", reason)
                }
                other => invalid(&who, "purchasing_regions", other),
            };
            let regions = names
                .into_iter()
                .map(crate::catalogue::PurchasingRegion::new)
                .collect::<Result<Vec<_>, Error>>()
                .map_err(refused)?;
            product = product.with_purchasing_regions(regions).map_err(refused)?;
        }
        product.tariffs = std::borrow::Cow::Owned(tariffs);
        Ok(product)
    }
}

impl<'de> Deserialize<'de> for Product {
    /// Reads and validates one product (see the [module docs](crate::catalogue::format)); any provider
    /// may have a tariff (a catalogue checks that it declares them).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ProductSeed {
            index: None,
            declared: None,
            seen: None,
        }
        .deserialize(d)
    }
}

/// The `products` list, each product read with its place in the list.
struct ProductList<'a> {
    declared: Option<&'a [ProviderInfo]>,
}

impl<'de> DeserializeSeed<'de> for ProductList<'_> {
    type Value = Vec<Product>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ProductList<'_> {
    type Value = Vec<Product>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of products")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Product>, A::Error> {
        let mut products: Vec<Product> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while let Some(p) = seq.next_element_seed(ProductSeed {
            index: Some(products.len()),
            declared: self.declared,
            seen: Some(&seen),
        })? {
            seen.insert(p.code);
            products.push(p);
        }
        Ok(products)
    }
}

/// Reads one provider declaration; `index` names it while its short name is unknown.
struct ProviderSeed {
    index: usize,
}

impl<'de> DeserializeSeed<'de> for ProviderSeed {
    type Value = ProviderInfo;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<ProviderInfo, D::Error> {
        d.deserialize_struct("Provider", PROVIDER_FIELDS, self)
    }
}

impl<'de> Visitor<'de> for ProviderSeed {
    type Value = ProviderInfo;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a provider table with short_name, full_name and optionally agb and hourly_rate",
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ProviderInfo, A::Error> {
        let mut short: Option<String> = None;
        // The other fields as written; checked where they are read when the short name is
        // known by then (JSON, in the usual order), else once it is (TOML, whose keys come
        // sorted, `short_name` last), so that every message names the provider.
        let mut full: Option<String> = None;
        let mut agb: Option<String> = None;
        let mut rate: Option<String> = None;
        // Named by its short name once that is read ("provider WSS"), by its place in the list
        // before ("provider #2"); JSON and TOML add the position of the value at fault.
        let index = self.index;
        let who = move |short: Option<&str>| match short {
            Some(name) => format!("provider {name}"),
            None => format!("provider #{}", index.saturating_add(1)),
        };
        let named = |short: Option<&str>, what: &str, e: &dyn fmt::Display| {
            format!("{}: {what}: {e}", who(short))
        };
        let check_full = |t: &str| {
            crate::text::check_name("-", "full_name", t)
                .map(|()| t.to_string())
                .map_err(|e| match e {
                    Error::InvalidCatalogue { reason, .. } => reason.to_string(),
                    other => other.to_string(),
                })
        };
        let check_agb = |t: &str| AgbCode::from_str(t).map_err(|e| e.to_string());
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let Some(field) = PROVIDER_FIELDS.iter().copied().find(|f| *f == key) else {
                return Err(invalid(
                    "-",
                    "providers",
                    format!(
                        "{}: unknown field `{key}`; expected one of: {}",
                        who(short.as_deref()),
                        PROVIDER_FIELDS.join(", ")
                    ),
                ));
            };
            let name = short.clone();
            let label = |what: &str, e: &dyn fmt::Display| named(name.as_deref(), what, e);
            let twice =
                || invalid::<A::Error>("-", "providers", label(field, &"appears more than once"));
            // The text of `field`, checked with `check` now if the provider's name is known.
            let read = |map: &mut A, check: &dyn Fn(&str) -> Result<(), String>| {
                map.next_value_seed(Checked {
                    product: "-",
                    field: "providers",
                    check: |t: &str| match &name {
                        Some(_) => check(t)
                            .map(|()| t.to_string())
                            .map_err(|e| label(field, &e)),
                        None => Ok(t.to_string()),
                    },
                })
            };
            match field {
                "short_name" if short.is_some() => return Err(twice()),
                "short_name" => {
                    short = Some(map.next_value_seed(Checked {
                        product: "-",
                        field: "providers",
                        check: |t: &str| {
                            ProviderInfo::named(t, "-")
                                .map(|_| t.to_string())
                                .map_err(|e| label("short_name", &e))
                        },
                    })?);
                }
                "full_name" if full.is_some() => return Err(twice()),
                "full_name" => full = Some(read(&mut map, &|t| check_full(t).map(drop))?),
                "agb" if agb.is_some() => return Err(twice()),
                "agb" => agb = Some(read(&mut map, &|t| check_agb(t).map(drop))?),
                "hourly_rate" if rate.is_some() => return Err(twice()),
                _ => rate = Some(read(&mut map, &|t| parse_amount(t).map(drop))?),
            }
        }
        let Some(short) = short else {
            return Err(invalid::<A::Error>(
                "-",
                "providers",
                named(None, "short_name", &"missing field"),
            ));
        };
        let fail = |what: &str, e: &dyn fmt::Display| {
            invalid::<A::Error>("-", "providers", named(Some(&short), what, e))
        };
        let full = full.ok_or_else(|| fail("full_name", &"missing field"))?;
        let full = check_full(&full).map_err(|e| fail("full_name", &e))?;
        let mut info = ProviderInfo::named(&short, full).map_err(A::Error::custom)?;
        if let Some(agb) = agb {
            info.agb = Some(check_agb(&agb).map_err(|e| fail("agb", &e))?);
        }
        if let Some(rate) = rate {
            info.hourly_rate = Some(parse_amount(&rate).map_err(|e| fail("hourly_rate", &e))?);
        }
        Ok(info)
    }
}

/// The `providers` list.
struct ProviderList;

impl<'de> DeserializeSeed<'de> for ProviderList {
    type Value = Vec<ProviderInfo>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ProviderList {
    type Value = Vec<ProviderInfo>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of provider tables")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out: Vec<ProviderInfo> = Vec::new();
        while let Some(info) = seq.next_element_seed(ProviderSeed { index: out.len() })? {
            if out.iter().any(|d| d.provider == info.provider) {
                return Err(invalid(
                    "-",
                    "providers",
                    format!("{} is declared more than once", info.short_name()),
                ));
            }
            out.push(info);
        }
        Ok(out)
    }
}

/// `format_version`, checked where it is written.
fn check_version<E: de::Error>(version: u32) -> Result<u32, E> {
    if version == FORMAT_VERSION {
        Ok(version)
    } else {
        Err(invalid(
            "-",
            "format_version",
            format!(
                "format version {version} is not supported; this version of jbjr reads format version {FORMAT_VERSION}"
            ),
        ))
    }
}

/// An integer field checked where it is written.
struct Year;

impl<'de> DeserializeSeed<'de> for Year {
    type Value = i32;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<i32, D::Error> {
        let year = i64::deserialize(d).map_err(|e| invalid::<D::Error>("-", "year", e))?;
        i32::try_from(year)
            .ok()
            .filter(|y| crate::CATALOGUE_YEARS.contains(y))
            .ok_or_else(|| {
                invalid(
                    "-",
                    "year",
                    format!(
                        "year {year} is outside the years {} to {}",
                        crate::CATALOGUE_YEARS.start(),
                        crate::CATALOGUE_YEARS.end()
                    ),
                )
            })
    }
}

/// The format version, checked where it is written.
struct Version;

impl<'de> DeserializeSeed<'de> for Version {
    type Value = u32;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<u32, D::Error> {
        let v = u32::deserialize(d).map_err(|e| invalid::<D::Error>("-", "format_version", e))?;
        check_version(v)
    }
}

/// The most bytes of a catalogue file's `note`.
const MAX_NOTE_LEN: usize = 2000;

/// A catalogue file's `note`: a remark for people, read and checked, not kept.
fn check_note(text: &str) -> Result<(), String> {
    if text.len() > MAX_NOTE_LEN {
        Err(format!(
            "the note has {} bytes, at most {MAX_NOTE_LEN}",
            text.len()
        ))
    } else if let Some(c) = text.chars().find(|c| c.is_control()) {
        Err(format!("the note holds the control character {c:?}"))
    } else {
        Ok(())
    }
}

/// A region's name, checked where it is written.
fn check_region(text: &str) -> Result<String, String> {
    crate::text::check_name("-", "region", text)
        .map(|()| text.to_string())
        .map_err(|e| match e {
            Error::InvalidCatalogue { reason, .. } => reason.to_string(),
            other => other.to_string(),
        })
}

/// The fields a catalogue file and a contract file both start with, each checked where it is
/// written.
#[derive(Default)]
struct Header {
    version: Option<u32>,
    region: Option<String>,
    year: Option<i32>,
}

impl Header {
    /// Reads `field` into the header if it is one of its fields (`Ok(true)`), refusing a field
    /// that appears twice; `Ok(false)` for any other field.
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        field: &'static str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        let twice = || invalid::<A::Error>("-", field, "the field appears more than once");
        match field {
            "format_version" if self.version.is_some() => Err(twice()),
            "format_version" => {
                self.version = Some(map.next_value_seed(Version)?);
                Ok(true)
            }
            "region" if self.region.is_some() => Err(twice()),
            "region" => {
                self.region = Some(map.next_value_seed(Checked {
                    product: "-",
                    field: "region",
                    check: check_region,
                })?);
                Ok(true)
            }
            "year" if self.year.is_some() => Err(twice()),
            "year" => {
                self.year = Some(map.next_value_seed(Year)?);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// The region and year; a missing field is an error (a missing format version says
    /// `hint`, if any: what to change in a file of format version 1).
    fn finish<E: de::Error>(self, hint: Option<&str>) -> Result<(String, i32), E> {
        let missing = |field: &'static str| invalid::<E>("-", field, "missing field");
        if self.version.is_none() {
            return Err(match hint {
                Some(hint) => invalid("-", "format_version", format!("missing field; {hint}")),
                None => missing("format_version"),
            });
        }
        let region = self.region.ok_or_else(|| missing("region"))?;
        let year = self.year.ok_or_else(|| missing("year"))?;
        Ok((region, year))
    }
}

struct CatalogueVisitor;

impl<'de> Visitor<'de> for CatalogueVisitor {
    type Value = Catalogue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a catalogue table with format_version, region, year, providers and products")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Catalogue, A::Error> {
        let mut header = Header::default();
        let mut publishes: Option<bool> = None;
        let mut note = false;
        let mut providers: Option<Vec<ProviderInfo>> = None;
        let mut products: Option<Vec<Product>> = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "hourly_rates" {
                return Err(invalid("-", "hourly_rates", VERSION_1_HINT));
            }
            let field = field_name::<A::Error>("-", &key, CATALOGUE_FIELDS)?;
            if header.read(field, &mut map)? {
                continue;
            }
            let twice = || invalid::<A::Error>("-", field, "the field appears more than once");
            match field {
                "note" if note => return Err(twice()),
                "note" => {
                    map.next_value_seed(Checked {
                        product: "-",
                        field: "note",
                        check: check_note,
                    })?;
                    note = true;
                }
                "publishes_tariffs" if publishes.is_some() => return Err(twice()),
                "publishes_tariffs" => {
                    publishes = Some(map.next_value_seed(named("-", "publishes_tariffs"))?);
                }
                "providers" if providers.is_some() => return Err(twice()),
                "providers" => providers = Some(map.next_value_seed(ProviderList)?),
                "products" if products.is_some() => return Err(twice()),
                // Errors inside a product already name it.
                _ => {
                    products = Some(map.next_value_seed(ProductList {
                        declared: providers.as_deref(),
                    })?);
                }
            }
        }
        let (region, year) = header.finish(Some(VERSION_1_HINT))?;
        let missing = |field: &'static str| invalid::<A::Error>("-", field, "missing field");
        let providers = providers.ok_or_else(|| missing("providers"))?;
        let products = products.ok_or_else(|| missing("products"))?;
        // Products read before the providers were declared: check their tariffs now.
        for p in &products {
            if let Some((provider, _)) = p
                .tariffs
                .iter()
                .find(|(g, _)| !providers.iter().any(|d| d.provider == *g))
            {
                return Err(invalid(
                    p.code.as_str(),
                    "tariffs",
                    format!(
                        "unknown provider \"{provider}\": `providers` declares {}",
                        declared_list(&providers)
                    ),
                ));
            }
        }
        let catalogue =
            Catalogue::new(region, year, providers, products).map_err(A::Error::custom)?;
        if publishes.unwrap_or(true) {
            Ok(catalogue)
        } else {
            catalogue.without_tariffs().map_err(A::Error::custom)
        }
    }
}

use de::Error as _;

impl<'de> Deserialize<'de> for Catalogue {
    /// Reads and validates a catalogue (see the [module docs](crate::catalogue::format)).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_struct("Catalogue", CATALOGUE_FIELDS, CatalogueVisitor)
    }
}

impl<'de> Deserialize<'de> for ProviderInfo {
    /// Reads and validates one provider declaration (see the [module docs](crate::catalogue::format)).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ProviderSeed { index: 0 }.deserialize(d)
    }
}

/// A contract's `tariffs`: code → amount.
struct ContractTariffsSeed;

impl<'de> DeserializeSeed<'de> for ContractTariffsSeed {
    type Value = Vec<(ProductCode, Decimal)>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ContractTariffsSeed {
    type Value = Vec<(ProductCode, Decimal)>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of product code to amount string, e.g. { \"48A04\": \"1300.00\" }")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out: Vec<(ProductCode, Decimal)> = Vec::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let code =
                ProductCode::from_str(&key).map_err(|e| invalid::<A::Error>(&key, "tariffs", e))?;
            if out.iter().any(|(c, _)| *c == code) {
                return Err(invalid(
                    code.as_str(),
                    "tariffs",
                    "the code appears more than once",
                ));
            }
            let amount = map.next_value_seed(Checked {
                product: code.as_str(),
                field: "tariffs",
                check: parse_amount,
            })?;
            out.push((code, amount));
        }
        Ok(out)
    }
}

struct ContractVisitor;

impl<'de> Visitor<'de> for ContractVisitor {
    type Value = Contract;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a contract table with format_version, region, year, provider and tariffs")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Contract, A::Error> {
        let mut header = Header::default();
        let mut provider: Option<ProviderInfo> = None;
        let mut tariffs: Option<Vec<(ProductCode, Decimal)>> = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let field = field_name::<A::Error>("-", &key, CONTRACT_FIELDS)?;
            if header.read(field, &mut map)? {
                continue;
            }
            let twice = || invalid::<A::Error>("-", field, "the field appears more than once");
            match field {
                "provider" if provider.is_some() => return Err(twice()),
                "provider" => provider = Some(map.next_value_seed(ProviderSeed { index: 0 })?),
                "tariffs" if tariffs.is_some() => return Err(twice()),
                _ => tariffs = Some(map.next_value_seed(ContractTariffsSeed)?),
            }
        }
        let (region, year) = header.finish(None)?;
        let missing = |field: &'static str| invalid::<A::Error>("-", field, "missing field");
        let provider = provider.ok_or_else(|| missing("provider"))?;
        let tariffs = tariffs.ok_or_else(|| missing("tariffs"))?;
        let mut contract = Contract::new(region, year, provider);
        contract.tariffs = tariffs;
        contract.tariffs.sort_by_key(|(code, _)| *code);
        Ok(contract)
    }
}

impl<'de> Deserialize<'de> for Contract {
    /// Reads and validates a contract file (see the [module docs](crate::catalogue::format)).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_struct("Contract", CONTRACT_FIELDS, ContractVisitor)
    }
}

// --- reading a file's text ------------------------------------------------------------------

impl Catalogue {
    /// Reads a catalogue from the text of a JSON file (format version 2, see
    /// [`crate::catalogue::format`]; a leading byte order mark is skipped) and validates it as
    /// [`Catalogue::new`] does. Nothing is rounded: amounts are read as written, in whole cents.
    ///
    /// The error is a [`jbjr::Error`](Error), so a caller's `?` reports it like any other; its
    /// message names the line and column, the product or provider and the field, and never
    /// quotes the file.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidFile`] with format `"JSON"`, the line and column (1-based) where reading
    /// stopped, and what is wrong there (the product and field of an invalid value, as
    /// [`Error::InvalidCatalogue`] names them; a missing or unknown field; malformed JSON).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, Provider};
    ///
    /// let json = serde_json::to_string_pretty(Catalogue::gelderland_2026()).unwrap();
    /// let book = Catalogue::from_json_str(&json)?;
    /// assert_eq!(&book, Catalogue::gelderland_2026());
    ///
    /// let bad = json.replace("\"1259.29\"", "\"1259.295\"");
    /// let err = Catalogue::from_json_str(&bad).unwrap_err();
    /// assert!(matches!(err, Error::InvalidFile { format: "JSON", line: 2.., .. }));
    /// let text = err.to_string();
    /// assert!(text.starts_with("invalid JSON catalogue at line "), "{text}");
    /// assert!(text.contains("product 48B10, field `tariffs`"), "{text}");
    /// assert!(text.len() < 200, "the file is not quoted: {text}");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Catalogue, Error> {
        serde_json::from_str(without_bom(text)).map_err(|e| {
            let (line, column) = (e.line(), e.column());
            // serde_json's message ends in " at line L column C": said by the error's fields.
            let message = e.to_string();
            let message = message
                .strip_suffix(&format!(" at line {line} column {column}"))
                .unwrap_or(&message);
            file_error("JSON", line, column, message)
        })
    }

    /// Reads a catalogue from the text of a TOML file (format version 2, see
    /// [`crate::catalogue::format`]) and validates it as [`Catalogue::new`] does. Nothing is
    /// rounded: amounts are read as written, in whole cents.
    ///
    /// The error is a [`jbjr::Error`](Error): its message names the line and column, the
    /// product or provider and the field, and never quotes the file (the `toml` crate's own
    /// message shows the offending line of the file).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidFile`] with format `"TOML"`, the line and column (1-based) of the value
    /// at fault, and what is wrong there.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error};
    ///
    /// let text = "format_version = 2\nregion = \"Voorbeeld\"\nyear = 2027\n\
    ///             providers = []\nproducts = []\n";
    /// assert_eq!(Catalogue::from_toml_str(text)?.region(), "Voorbeeld");
    ///
    /// let err = Catalogue::from_toml_str(&text.replace("2027", "2027x")).unwrap_err();
    /// assert!(matches!(err, Error::InvalidFile { format: "TOML", line: 3, .. }), "{err}");
    /// assert!(!err.to_string().contains("region = "), "the file is not quoted: {err}");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Catalogue, Error> {
        let text = without_bom(text);
        toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map_or((0, 0), |span| line_and_column(text, span.start));
            file_error("TOML", line, column, e.message())
        })
    }
}

/// The 1-based line and column (in characters) of byte `offset` of `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// [`Error::InvalidFile`]: `message` without the "invalid catalogue: " that the format's own
/// error (an [`Error::InvalidCatalogue`] made into text) starts with.
#[cold]
fn file_error(format: &'static str, line: usize, column: usize, message: &str) -> Error {
    let reason = message.trim_end();
    let reason = reason.strip_prefix("invalid catalogue: ").unwrap_or(reason);
    Error::InvalidFile {
        format,
        line,
        column,
        reason: reason.into(),
    }
}
