//! The file format of a [`Catalogue`] (feature `serde`): JSON, TOML or any serde format.
//!
//! Made to be read and edited by hand. A catalogue is a table with:
//!
//! | Field | Type | Meaning |
//! |---|---|---|
//! | `region` | string | purchasing region, e.g. `"Gelderland"` |
//! | `year` | integer | the calendar year the tariffs hold for |
//! | `publishes_tariffs` | bool, optional (default `true`) | `false` for a source without prices ([`Catalogue::holland_rijnland`]); such a file has no tariffs and no hourly rates |
//! | `hourly_rates` | map provider → amount | each GI's hourly rate at 100 %; may be empty |
//! | `products` | list of products | in any order; written in code order |
//!
//! and each product a table with:
//!
//! | Field | Type | Meaning |
//! |---|---|---|
//! | `code` | string | iJw product code, 1 to 5 letters or digits: `"48B10"` |
//! | `measure` | string | a [`Measure`] name: `"Ots"`, `"Voogdij"`, `"Forza"` |
//! | `name` | string | the name as printed |
//! | `unit` | string | a [`Unit`]: `"month"`, `"hour"`, `"minute"`, `"traject"`, `"piece"` |
//! | `pupil_costs` | string, optional (default `"none"`) | a [`PupilCosts`]: `"none"`, `"marked"`, `"unmarked"`, `"supra_regional"` |
//! | `norm_hours` | table, optional | `{ hours = "102.0", per = "year" }`; `per` is a [`NormPeriod`] that must fit the unit ([`Unit::fits_norm`]) |
//! | `tariffs` | map provider → amount | `{ JbGld = "1259.29", WSS = "1287.26" }`; a provider that is absent does not offer the product ("n.v.t."); may be empty |
//!
//! Providers are their short names (`"JbGld"`, `"WSS"`, `"LdH"`, `"JvV"`, case-insensitive).
//! **Amounts are strings** of plain decimal digits, `"1259.29"`: never floating-point numbers,
//! so no cent is lost; a number such as `1259.29` is refused.
//!
//! ## Validation
//!
//! Reading a catalogue goes through [`Catalogue::new`] (and [`Catalogue::without_tariffs`]),
//! so a file is held to the same rules as a catalogue built in code. It is refused when it has
//! a duplicate code, a negative amount, an amount with more than two decimals, an amount not
//! written as plain decimal digits, an unknown provider (or one named twice), a norm period
//! that does not fit the unit, an unknown field, or a missing field. The message of the
//! format's error is that of [`Error::InvalidCatalogue`]: it
//! names the product (its code, or `#n`, its place in the list, when the code itself is
//! missing or unreadable) and the field, e.g.
//! `invalid catalogue: product 48B10, field `tariffs`: WSS: a tariff must not be negative, got -1.00`.
//!
//! Writing is deterministic: export → load → export gives the same text, and load gives a
//! catalogue equal to the one exported.
//!
//! ## Example files
//!
//! `data/gelderland_2027.json` and `data/gelderland_2027.toml` are an *example* 2027 edition:
//! the Gelderland product book 2026 with every tariff and hourly rate × 1.0300 (an
//! illustrative index, not a published one), rounded to cents half away from zero, as stated
//! in `data/README.md` and the TOML file's header. `data/holland_rijnland.toml` is the Holland
//! Rijnland segment without tariffs. `examples/load_catalogue.rs` loads either.
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
//! A product in TOML:
//!
//! ```toml
//! [[products]]
//! code = "48B10"
//! measure = "Ots"
//! name = "OTS"
//! unit = "month"
//! pupil_costs = "marked"
//! norm_hours = { hours = "102.0", per = "year" }
//! tariffs = { JbGld = "1259.29", WSS = "1287.26", LdH = "1285.89" }
//! ```

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{
    Catalogue, Error, Measure, NormHours, NormPeriod, PerProvider, Product, ProductCode, Provider,
    PupilCosts, Unit,
};

// --- writing --------------------------------------------------------------------------------

/// A provider → amount map, `None` entries left out.
struct Amounts<'a>(&'a PerProvider<Option<Decimal>>);

impl Serialize for Amounts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let present = self.0.iter().filter(|(_, a)| a.is_some()).count();
        let mut map = s.serialize_map(Some(present))?;
        for (provider, amount) in self.0.iter() {
            if let Some(amount) = amount {
                map.serialize_entry(provider.short_name(), &amount.to_string())?;
            }
        }
        map.end()
    }
}

impl Serialize for Product {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let has_costs = self.pupil_costs != PupilCosts::None;
        let fields = 5 + usize::from(has_costs) + usize::from(self.norm.is_some());
        let mut st = s.serialize_struct("Product", fields)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("measure", &self.measure)?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("unit", &self.unit)?;
        if has_costs {
            st.serialize_field("pupil_costs", &self.pupil_costs)?;
        } else {
            st.skip_field("pupil_costs")?;
        }
        if let Some(norm) = &self.norm {
            st.serialize_field("norm_hours", norm)?;
        } else {
            st.skip_field("norm_hours")?;
        }
        st.serialize_field("tariffs", &Amounts(&self.tariffs))?;
        st.end()
    }
}

impl Serialize for Catalogue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Catalogue", 5)?;
        st.serialize_field("region", self.region())?;
        st.serialize_field("year", &self.year)?;
        st.serialize_field("publishes_tariffs", &self.publishes_tariffs)?;
        st.serialize_field("hourly_rates", &Amounts(&self.hourly_rates))?;
        st.serialize_field("products", &*self.products)?;
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
    "norm_hours",
    "tariffs",
];
const CATALOGUE_FIELDS: &[&str] = &[
    "region",
    "year",
    "publishes_tariffs",
    "hourly_rates",
    "products",
];

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

/// Entries of a string → string map in file order, duplicates kept (they are refused later).
struct Pairs(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PairsVisitor;
        impl<'de> Visitor<'de> for PairsVisitor {
            type Value = Pairs;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of provider to amount string, e.g. { \"WSS\": \"1287.26\" }")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Pairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    pairs.push((k, v));
                }
                Ok(Pairs(pairs))
            }
        }
        d.deserialize_map(PairsVisitor)
    }
}

/// An amount as written: plain decimal digits, not negative, at most two decimals.
fn parse_amount(text: &str) -> Result<Decimal, String> {
    let amount = Decimal::from_str(text)
        .map_err(|_| format!("{:?} is not a decimal amount", crate::error::clip(text)))?;
    if amount.to_string() != text {
        return Err(format!(
            "write the amount {:?} as plain decimal digits, e.g. \"1259.29\"",
            crate::error::clip(text)
        ));
    }
    crate::product::validate_amount("-", amount).map_err(|e| match e {
        Error::InvalidCatalogue { reason, .. } => reason.to_string(),
        other => other.to_string(),
    })?;
    Ok(amount)
}

/// Provider → amount pairs into one value per provider, refusing unknown or repeated providers
/// and invalid amounts; errors name `product` and `field`.
fn per_provider<E: de::Error>(
    product: &str,
    field: &'static str,
    pairs: Pairs,
) -> Result<PerProvider<Option<Decimal>>, E> {
    let mut out = PerProvider::<Option<Decimal>>::default();
    for (name, text) in pairs.0 {
        let provider = Provider::from_str(&name).map_err(|e| invalid(product, field, e))?;
        let amount =
            parse_amount(&text).map_err(|r| invalid(product, field, format!("{provider}: {r}")))?;
        let slot = out.get_mut(provider);
        if slot.is_some() {
            return Err(invalid(
                product,
                field,
                format!("{provider} appears more than once"),
            ));
        }
        *slot = Some(amount);
    }
    Ok(out)
}

/// Norm hours as written: `{ hours = "102.0", per = "year" }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NormText {
    hours: String,
    per: String,
}

/// Reads one product; `index` (0-based place in the list) names it while its code is unknown.
struct ProductSeed {
    index: Option<usize>,
}

impl ProductSeed {
    fn label(&self, code: Option<&str>) -> String {
        match (code, self.index) {
            (Some(code), _) => crate::error::clip(code).to_string(),
            (None, Some(i)) => format!("#{}", i.saturating_add(1)),
            (None, None) => "?".into(),
        }
    }
}

impl<'de> DeserializeSeed<'de> for ProductSeed {
    type Value = Product;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Product, D::Error> {
        d.deserialize_struct("Product", PRODUCT_FIELDS, self)
    }
}

impl<'de> Visitor<'de> for ProductSeed {
    type Value = Product;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a product table with code, measure, name, unit and tariffs")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Product, A::Error> {
        let mut code: Option<String> = None;
        let mut measure: Option<String> = None;
        let mut name: Option<String> = None;
        let mut unit: Option<String> = None;
        let mut pupil_costs: Option<String> = None;
        let mut norm: Option<NormText> = None;
        let mut tariffs: Option<Pairs> = None;
        while let Some(key) = map.next_key::<String>()? {
            let who = self.label(code.as_deref());
            let field = field_name::<A::Error>(&who, &key, PRODUCT_FIELDS)?;
            let twice = || invalid::<A::Error>(&who, field, "the field appears more than once");
            let wrap = |e: A::Error| invalid::<A::Error>(&who, field, e);
            match field {
                "code" if code.is_some() => return Err(twice()),
                "code" => code = Some(map.next_value().map_err(wrap)?),
                "measure" if measure.is_some() => return Err(twice()),
                "measure" => measure = Some(map.next_value().map_err(wrap)?),
                "name" if name.is_some() => return Err(twice()),
                "name" => name = Some(map.next_value().map_err(wrap)?),
                "unit" if unit.is_some() => return Err(twice()),
                "unit" => unit = Some(map.next_value().map_err(wrap)?),
                "pupil_costs" if pupil_costs.is_some() => return Err(twice()),
                "pupil_costs" => pupil_costs = Some(map.next_value().map_err(wrap)?),
                "norm_hours" if norm.is_some() => return Err(twice()),
                "norm_hours" => norm = Some(map.next_value().map_err(wrap)?),
                "tariffs" if tariffs.is_some() => return Err(twice()),
                _ => tariffs = Some(map.next_value().map_err(wrap)?),
            }
        }
        let who = self.label(code.as_deref());
        let missing = |field: &'static str| invalid::<A::Error>(&who, field, "missing field");
        let code_text = code.ok_or_else(|| missing("code"))?;
        let measure = measure.ok_or_else(|| missing("measure"))?;
        let name = name.ok_or_else(|| missing("name"))?;
        let unit = unit.ok_or_else(|| missing("unit"))?;
        let tariffs = tariffs.ok_or_else(|| missing("tariffs"))?;

        let code = ProductCode::from_str(&code_text).map_err(|e| invalid(&who, "code", e))?;
        let measure = Measure::from_str(&measure).map_err(|e| invalid(&who, "measure", e))?;
        let unit = Unit::from_str(&unit).map_err(|e| invalid(&who, "unit", e))?;
        let pupil_costs = pupil_costs
            .map(|t| PupilCosts::from_str(&t))
            .transpose()
            .map_err(|e| invalid(&who, "pupil_costs", e))?
            .unwrap_or_default();
        let mut product = Product::new(code, measure, name, unit).with_pupil_costs(pupil_costs);
        if let Some(norm) = norm {
            let hours = Decimal::from_str(&norm.hours).map_err(|_| {
                invalid(
                    &who,
                    "norm_hours",
                    format!(
                        "hours {:?} is not a decimal",
                        crate::error::clip(&norm.hours)
                    ),
                )
            })?;
            let per =
                NormPeriod::from_str(&norm.per).map_err(|e| invalid(&who, "norm_hours", e))?;
            let norm = NormHours::new(hours, per).map_err(|e| invalid(&who, "norm_hours", e))?;
            product = product.with_norm_hours(norm).map_err(|e| match e {
                Error::InvalidCatalogue { reason, .. } => invalid(&who, "norm_hours", reason),
                other => invalid(&who, "norm_hours", other),
            })?;
        }
        product.tariffs = per_provider(&who, "tariffs", tariffs)?;
        Ok(product)
    }
}

impl<'de> Deserialize<'de> for Product {
    /// Reads and validates one product (see the [module docs](crate::format)).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ProductSeed { index: None }.deserialize(d)
    }
}

/// The `products` list, each product read with its place in the list.
struct ProductList(Vec<Product>);

impl<'de> Deserialize<'de> for ProductList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = ProductList;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of products")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ProductList, A::Error> {
                let mut products = Vec::new();
                while let Some(p) = seq.next_element_seed(ProductSeed {
                    index: Some(products.len()),
                })? {
                    products.push(p);
                }
                Ok(ProductList(products))
            }
        }
        d.deserialize_seq(ListVisitor)
    }
}

struct CatalogueVisitor;

impl<'de> Visitor<'de> for CatalogueVisitor {
    type Value = Catalogue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a catalogue table with region, year, hourly_rates and products")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Catalogue, A::Error> {
        let mut region: Option<String> = None;
        let mut year: Option<i32> = None;
        let mut publishes: Option<bool> = None;
        let mut rates: Option<Pairs> = None;
        let mut products: Option<ProductList> = None;
        while let Some(key) = map.next_key::<String>()? {
            let field = field_name::<A::Error>("-", &key, CATALOGUE_FIELDS)?;
            let twice = || invalid::<A::Error>("-", field, "the field appears more than once");
            let wrap = |e: A::Error| invalid::<A::Error>("-", field, e);
            match field {
                "region" if region.is_some() => return Err(twice()),
                "region" => region = Some(map.next_value().map_err(wrap)?),
                "year" if year.is_some() => return Err(twice()),
                "year" => year = Some(map.next_value().map_err(wrap)?),
                "publishes_tariffs" if publishes.is_some() => return Err(twice()),
                "publishes_tariffs" => publishes = Some(map.next_value().map_err(wrap)?),
                "hourly_rates" if rates.is_some() => return Err(twice()),
                "hourly_rates" => rates = Some(map.next_value().map_err(wrap)?),
                "products" if products.is_some() => return Err(twice()),
                // Errors inside a product already name it.
                _ => products = Some(map.next_value()?),
            }
        }
        let missing = |field: &'static str| invalid::<A::Error>("-", field, "missing field");
        let region = region.ok_or_else(|| missing("region"))?;
        let year = year.ok_or_else(|| missing("year"))?;
        let rates = rates.ok_or_else(|| missing("hourly_rates"))?;
        let products = products.ok_or_else(|| missing("products"))?;
        let rates = per_provider("-", "hourly_rates", rates)?;
        let catalogue =
            Catalogue::new(region, year, rates, products.0).map_err(A::Error::custom)?;
        if publishes.unwrap_or(true) {
            Ok(catalogue)
        } else {
            catalogue.without_tariffs().map_err(A::Error::custom)
        }
    }
}

use de::Error as _;

impl<'de> Deserialize<'de> for Catalogue {
    /// Reads and validates a catalogue (see the [module docs](crate::format)).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_struct("Catalogue", CATALOGUE_FIELDS, CatalogueVisitor)
    }
}
