//! The catalogue: a product book of one region and year ([`Catalogue`]), its [`Product`]s,
//! [`Tariff`]s and lookups, the embedded books (Gelderland 2026, Holland Rijnland), a GI's
//! [`Contract`] that completes a region without published tariffs, the file format (feature
//! `serde`), the provenance of every embedded figure and a cross-walk between regions' codes.
//!
//! **Layer.** Uses only the identity types at the crate root (codes, units, measures, GIs,
//! money, errors); every layer above (cost, law, billing, declaration) uses it.
//!
//! | module | what it holds |
//! |---|---|
//! | here | [`Catalogue`], [`Product`], [`Tariff`], [`NormHours`], [`PupilCosts`], [`Contract`] |
//! | [`provenance`] | where every embedded figure comes from; every OCR decision |
//! | [`crosswalk`] | Holland Rijnland ↔ Gelderland codes |
//! | here, purchasing | [`PurchasingRegion`], [`Catalogue::check_purchasing_region`]: products some regions buy |
//! | here, table | [`BookTable`]: the book as a table for people |
//! | `format` | catalogue and contract files, JSON or TOML (feature `serde`) |
//!
//! # Purchasing regions
//!
//! Purchasing regions: a product that only some regions of a catalogue buy.
//!
//! The Gelderland product book is bought by the seven Gelderland regions together, but one
//! service is not: "Intensief gezinsgerichte en systeemgerichte aanpak, productcode 48B80 […]
//! Dit product wordt enkel afgenomen door de regio's Centraal Gelderland en Rijk van
//! Nijmegen." (Productenboek JB/JR 2026 Gelderland, source `002_1b572f4924ef38f6.txt`). The
//! embedded catalogue records this on 48B80 and on 48B84, the code the same section issues to
//! the family's other children ("Op de andere kinderen wordt productcode 48B84 afgegeven").
//!
//! A product without a list is bought by every region of the catalogue. The list is data: it
//! is kept per [`Product`] ([`Product::purchasing_regions`],
//! [`Product::with_purchasing_regions`]) and, with the `serde` feature, read and written as
//! the optional field `purchasing_regions` of a catalogue file. Check a region with
//! [`Product::is_purchased_by`] or [`Catalogue::check_purchasing_region`].

mod contract;
pub mod crosswalk;
pub(crate) mod data;
#[cfg(feature = "serde")]
pub mod format;
pub(crate) mod index;
mod product;
pub mod provenance;
mod purchasing;
mod table;

pub use contract::Contract;
pub use product::{NormHours, Product, PupilCosts, Tariff};
pub use purchasing::*;
pub use table::BookTable;

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::text::check_name;
use crate::{Error, ProductCode, Provider, ProviderInfo, Text};

/// A product book: the products of one region for one calendar year, the providers (GIs) it
/// declares, and each declared provider's tariffs and hourly rate.
///
/// A catalogue can describe any region's book with any GIs: it declares its providers
/// ([`Catalogue::providers`], each a [`ProviderInfo`] with full name, AGB code and hourly
/// rate), and its tariffs are per declared provider, however many there are.
///
/// The Gelderland product book 2026 is compiled in: [`Catalogue::gelderland_2026`] returns a
/// `&'static` reference and every lookup works on static data, without I/O, parsing or
/// allocation. Products are kept sorted by code, so [`Catalogue::products`] iterates in code
/// order; lookups go through a hash index built with the catalogue, O(1) and allocation-free
/// at any size.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Provider};
///
/// let book = Catalogue::gelderland_2026();
/// assert_eq!(book.year(), 2026);
/// assert_eq!(book.products().count(), 23);
/// let ots = book.tariff("48B10".parse()?, Provider::JbGld)?;
/// assert_eq!(ots.amount().to_string(), "1259.29");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    pub(crate) region: Cow<'static, str>,
    pub(crate) year: i32,
    /// The declared providers, in declaration order (the columns of the book).
    pub(crate) providers: Cow<'static, [ProviderInfo]>,
    pub(crate) products: Cow<'static, [Product]>,
    /// Hash index over `products`, each slot with its product's tariffs in the first four
    /// provider columns (see `crate::catalogue::index`).
    pub(crate) index: crate::catalogue::index::ProductIndex,
    /// The provider columns, and the tariffs of any columns beyond the first four by product
    /// position (derived from `products`).
    pub(crate) grid: crate::catalogue::index::TariffGrid,
    /// `false` for a source that lists products but publishes no tariffs (Holland Rijnland
    /// segment Veiligheid): [`Catalogue::tariff`] then fails with
    /// [`Error::TariffsNotPublished`].
    pub(crate) publishes_tariffs: bool,
}

impl Catalogue {
    /// The embedded product book 2026 of the Gelderland regions ("Productenboek JB/JR 2026"):
    /// 23 products (the 22 codes of Tabel 1 and 48B84) for JbGld, WSS, LdH and JvV. No I/O, no
    /// parsing at run time.
    ///
    /// Where the OCR text of the source is illegible or inconsistent, the value was decided with
    /// the tariff model; see [`crate::catalogue::provenance`].
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.region(), "Gelderland");
    /// ```
    #[must_use]
    pub fn gelderland_2026() -> &'static Catalogue {
        &crate::catalogue::data::gelderland_2026::CATALOGUE
    }

    /// Builds a catalogue from its providers and products, validating it: the region's name
    /// is 1 to 200 bytes without control characters, the year one whose every day can be
    /// quoted, each provider is declared once, every tariff belongs to a declared provider,
    /// codes are unique, tariffs not negative and in whole cents, norm periods fit units.
    /// Products are sorted by code; each product's tariffs are put in declaration order.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] naming the product (or `-` for the catalogue) and the field
    /// at fault; a tariff of an undeclared provider names the product and the provider.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Decimal, Measure, Product, Provider, ProviderInfo, Unit};
    ///
    /// let west: Provider = "JBWest".parse()?;
    /// let ots = Product::new("48B10".parse()?, Measure::Ots, "OTS", Unit::Month)
    ///     .with_tariff(west, Decimal::new(130000, 2))?;
    /// let gis = vec![ProviderInfo::new(west, "Jeugdbescherming west")?];
    /// let book = Catalogue::new("Voorbeeld", 2027, gis.clone(), vec![ots.clone()])?;
    /// assert_eq!(book.tariff(ots.code(), west)?.amount(), Decimal::new(130000, 2));
    ///
    /// // A duplicate code, or a tariff of a GI the catalogue does not declare, is refused.
    /// assert!(Catalogue::new("Dubbel", 2027, gis, vec![ots.clone(), ots.clone()]).is_err());
    /// let err = Catalogue::new("Leeg", 2027, vec![], vec![ots]).unwrap_err();
    /// assert!(err.to_string().contains("JBWEST is not declared"), "{err}");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(
        region: impl Into<String>,
        year: i32,
        providers: Vec<ProviderInfo>,
        mut products: Vec<Product>,
    ) -> Result<Catalogue, Error> {
        let region = region.into();
        check_name("-", "region", &region)?;
        check_year(year)?;
        let mut providers = providers;
        for info in &mut providers {
            if let Some(rate) = &mut info.hourly_rate {
                let provider = info.provider;
                *rate = crate::money::cents_amount(&provider.short_name(), *rate).map_err(|e| {
                    Error::InvalidCatalogue {
                        product: "-".into(),
                        field: "providers",
                        reason: match e {
                            Error::InvalidCatalogue { reason, .. } => {
                                crate::text::text!("{provider}: hourly rate: {reason}")
                            }
                            other => crate::text::text!("{provider}: hourly rate: {other}"),
                        },
                    }
                })?;
            }
        }
        for (i, info) in providers.iter().enumerate() {
            check_name(&info.provider.short_name(), "full_name", &info.full_name)?;
            if providers
                .iter()
                .take(i)
                .any(|other| other.provider == info.provider)
            {
                return Err(Error::InvalidCatalogue {
                    product: "-".into(),
                    field: "providers",
                    reason: crate::text::text!("{} is declared more than once", info.provider),
                });
            }
        }
        let column = |provider: Provider| providers.iter().position(|d| d.provider == provider);
        for p in &mut products {
            let code = p.code.as_str();
            check_name(code, "name", &p.name)?;
            for (_, amount) in p.tariffs.to_mut().iter_mut() {
                *amount = crate::money::cents_amount(code, *amount)?;
            }
            for (i, (provider, _)) in p.tariffs.iter().enumerate() {
                if column(*provider).is_none() {
                    return Err(Error::UndeclaredProvider {
                        provider: *provider,
                        code: Some(p.code),
                        region: Text::from(region.as_str()),
                        year,
                    });
                }
                if p.tariffs.iter().take(i).any(|(other, _)| other == provider) {
                    return Err(Error::InvalidCatalogue {
                        product: code.into(),
                        field: "tariffs",
                        reason: crate::text::text!("{provider} appears more than once"),
                    });
                }
            }
            p.tariffs
                .to_mut()
                .sort_by_key(|(provider, _)| column(*provider));
            if let Some(norm) = p.norm {
                if !p.unit.fits_norm(norm.per()) {
                    return Err(Error::InvalidCatalogue {
                        product: code.into(),
                        field: "norm_hours",
                        reason: crate::text::text!(
                            "norm hours per {} do not fit a tariff per {}",
                            norm.per(),
                            p.unit
                        ),
                    });
                }
                if norm.hours().is_sign_negative() && !norm.hours().is_zero() {
                    return Err(Error::InvalidCatalogue {
                        product: code.into(),
                        field: "norm_hours",
                        reason: "norm hours must not be negative".into(),
                    });
                }
            }
        }
        products.sort_by_key(|p| p.code);
        if let Some(pair) = products
            .windows(2)
            .find(|w| matches!(w, [a, b] if a.code == b.code))
        {
            let code = pair
                .first()
                .map(|p| Text::from(p.code.as_str()))
                .unwrap_or_default();
            return Err(Error::InvalidCatalogue {
                product: code,
                field: "code",
                reason: "the code appears more than once".into(),
            });
        }
        if u32::try_from(products.len()).is_err() {
            return Err(Error::InvalidCatalogue {
                product: "-".into(),
                field: "products",
                reason: crate::text::text!("{} products: at most 2^32 - 1", products.len()),
            });
        }
        let columns: Vec<Provider> = providers.iter().map(|p| p.provider).collect();
        let index = crate::catalogue::index::ProductIndex::build(&products, &columns);
        let grid = crate::catalogue::index::TariffGrid::build(&products, columns);
        Ok(Catalogue {
            region: Cow::Owned(region),
            year,
            grid,
            providers: Cow::Owned(providers),
            products: Cow::Owned(products),
            index,
            publishes_tariffs: true,
        })
    }

    /// The providers (GIs) the catalogue declares, in declaration order (the columns of the
    /// book): the Gelderland book 2026 declares JbGld, WSS, LdH and JvV; the Holland Rijnland
    /// segment none until a contract adds one ([`Catalogue::with_contract`]).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let gis: Vec<Provider> = Catalogue::gelderland_2026().providers().iter().map(|p| p.provider()).collect();
    /// assert_eq!(gis, Provider::gelderland());
    /// assert!(Catalogue::holland_rijnland().providers().is_empty());
    /// ```
    #[must_use]
    pub fn providers(&self) -> &[ProviderInfo] {
        &self.providers
    }

    /// What the catalogue declares about `provider`, or `None` if it does not declare it.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let book = Catalogue::gelderland_2026();
    /// assert_eq!(book.provider_info(Provider::LdH).map(|p| p.full_name()),
    ///            Some("Leger des Heils Jeugdbescherming & Jeugdreclassering"));
    /// assert!(book.provider_info("Nidos".parse()?).is_none());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn provider_info(&self, provider: Provider) -> Option<&ProviderInfo> {
        self.providers.iter().find(|p| p.provider == provider)
    }

    /// The calendar year the catalogue's tariffs hold for.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Catalogue::gelderland_2026().year(), 2026);
    /// ```
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The region (purchasing area) the catalogue belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Catalogue::gelderland_2026().region(), "Gelderland");
    /// ```
    #[must_use]
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The first and last day the catalogue's tariffs hold for: 1 January to 31 December of
    /// [`Catalogue::year`], inclusive.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let (from, to) = jbjr::Catalogue::gelderland_2026().covers();
    /// assert_eq!(from, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    /// assert_eq!(to, NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
    /// ```
    #[must_use]
    pub fn covers(&self) -> (NaiveDate, NaiveDate) {
        // `new` refuses years whose 1 January or 31 December NaiveDate cannot represent.
        let from = NaiveDate::from_ymd_opt(self.year, 1, 1).unwrap_or(NaiveDate::MIN);
        let to = NaiveDate::from_ymd_opt(self.year, 12, 31).unwrap_or(NaiveDate::MAX);
        (from, to)
    }

    /// Every product, in code order.
    ///
    /// # Example
    ///
    /// ```
    /// let codes: Vec<String> = jbjr::Catalogue::gelderland_2026()
    ///     .products()
    ///     .map(|p| p.code().to_string())
    ///     .take(3)
    ///     .collect();
    /// assert_eq!(codes, ["47B10", "47B11", "47B12"]);
    /// ```
    pub fn products(&self) -> impl Iterator<Item = &Product> {
        self.products.iter()
    }

    /// The product with this code.
    ///
    /// No allocation, found or not: a hash-table lookup (a multiply, a shift, about 1.5 slot reads
    /// on average at any catalogue size).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownProduct`] with the code, region and year when the catalogue has no such
    /// product.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, Measure};
    /// let book = Catalogue::gelderland_2026();
    /// assert_eq!(book.product("48B07".parse()?)?.measure(), Measure::VoVo);
    /// assert!(matches!(book.product("48A04".parse()?), Err(Error::UnknownProduct { .. })));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[inline]
    pub fn product(&self, code: ProductCode) -> Result<&Product, Error> {
        match self.find(code) {
            Some(product) => Ok(product),
            None => Err(self.unknown_product(code)),
        }
    }

    /// The product with this code, or `None`: the allocation-free core of every lookup.
    #[inline]
    pub(crate) fn find(&self, code: ProductCode) -> Option<&Product> {
        self.index.get(&self.products, code)
    }

    /// The position of the product with this code in `products` (sorted by code), by the
    /// same lookup as [`Catalogue::product`].
    #[inline]
    pub(crate) fn position(&self, code: ProductCode) -> Result<usize, Error> {
        self.index
            .find(code)
            .ok_or_else(|| self.unknown_product(code))
    }

    /// [`Error::UnknownProduct`] for `code` in this catalogue (cold: off the lookup's hot
    /// path).
    #[cold]
    #[inline(never)]
    pub(crate) fn unknown_product(&self, code: ProductCode) -> Error {
        Error::UnknownProduct {
            code,
            region: Text::from(&*self.region),
            year: self.year,
            suggestion: self.nearest_code(code),
        }
    }

    /// A code of this catalogue one edit away from `code` (a character replaced, missing,
    /// added, or two neighbours swapped: `48B1O` → `48B10`), if there is one: the suggestion
    /// of [`Error::UnknownProduct`]. Computed only when that error is built. A catalogue of a
    /// few hundred products is scanned (the first such code in code order); a larger one is
    /// asked for each code one edit away (about 400 index lookups, whatever its size).
    #[cold]
    fn nearest_code(&self, code: ProductCode) -> Option<ProductCode> {
        let typed = code.as_str().as_bytes();
        if self.products.len() <= 512 {
            return self
                .products
                .iter()
                .map(|p| p.code)
                .find(|c| crate::catalogue::index::one_edit(typed, c.as_str().as_bytes()));
        }
        crate::catalogue::index::one_edit_variants(typed).find(|c| self.index.find(*c).is_some())
    }

    /// `provider`'s tariff for the product with this code.
    ///
    /// The amount is the published tariff (euros, two decimals), not recomputed: no rounding.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownProduct`] for an unknown code; [`Error::NotOffered`] with the code and
    /// provider when the provider has no tariff for it ("n.v.t."); [`Error::TariffsNotPublished`]
    /// with the code and region when the catalogue's source publishes no tariffs at all
    /// ([`Catalogue::holland_rijnland`]).
    ///
    /// # Speed
    ///
    /// A hit is a hash of the code, one slot read and two compares (code and provider) for
    /// the catalogue's first GI, a few more for the others; no allocation, and an error is
    /// built only on a miss. How the caller's compiler keeps the returned `Result` decides the
    /// rest: where it does not inline `Error`'s drop (which frees the error's texts), it keeps
    /// the whole `Result` in memory and a hit costs a few nanoseconds more. A loop that expects
    /// misses, or that must be as fast as can be, calls [`Catalogue::find_tariff`] or
    /// [`Catalogue::offers`], which build no error and return no `Error` to drop.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, Provider};
    /// let book = Catalogue::gelderland_2026();
    /// assert_eq!(book.tariff("47B11".parse()?, Provider::Wss)?.amount().to_string(), "3222.07");
    /// assert!(matches!(
    ///     book.tariff("49B03".parse()?, Provider::LdH),
    ///     Err(Error::NotOffered { provider: Provider::LdH, .. })
    /// ));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[inline]
    pub fn tariff(&self, code: ProductCode, provider: Provider) -> Result<Tariff, Error> {
        match self.find_tariff(code, provider) {
            Some(tariff) => Ok(tariff),
            None => Err(self.tariff_error(code, provider)),
        }
    }

    /// `provider`'s tariff for the product with this code, or `None` when there is none: the
    /// code is not in the catalogue, the provider is not declared or does not offer the product
    /// ("n.v.t."), or the catalogue publishes no tariffs. The call for a loop that expects
    /// misses: it builds no error, so a miss costs what a hit does (no allocation, no
    /// formatting). Use [`Catalogue::tariff`] when a miss is a failure to report; it says which
    /// of the reasons above it was.
    ///
    /// The amount is the published tariff (euros, two decimals), not recomputed: no rounding.
    ///
    /// # Errors
    ///
    /// None: a miss is `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let book = Catalogue::gelderland_2026();
    /// let ots = "48B10".parse()?;
    /// assert_eq!(book.find_tariff(ots, Provider::Wss).map(|t| t.amount().to_string()),
    ///            Some("1287.26".to_string()));
    /// // 49B03 is "n.v.t." for LdH; 48A04 is not in the book; Nidos is not declared.
    /// assert_eq!(book.find_tariff("49B03".parse()?, Provider::LdH), None);
    /// assert_eq!(book.find_tariff("48A04".parse()?, Provider::LdH), None);
    /// assert_eq!(book.find_tariff(ots, "Nidos".parse()?), None);
    ///
    /// // Which GIs offer each product, without an error per "n.v.t.":
    /// let gis: Vec<_> = book.providers().iter().map(|p| p.provider()).collect();
    /// let offered = book
    ///     .products()
    ///     .flat_map(|p| gis.iter().filter_map(move |g| book.find_tariff(p.code(), *g)))
    ///     .count();
    /// assert!(offered > 23);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    ///
    /// It need not check [`Catalogue::publishes_tariffs`]: a catalogue that publishes no tariffs
    /// lists none ([`Catalogue::without_tariffs`] refuses one that does), so every amount is
    /// `None` there.
    // `always`: the call is a few compares and one load, and only inlined does its `Tariff`
    // stay in registers (as a called function it returns the `Option<Tariff>` through memory).
    #[inline(always)]
    #[must_use]
    pub fn find_tariff(&self, code: ProductCode, provider: Provider) -> Option<Tariff> {
        // The product's index slot carries its tariffs in the first few columns. The first
        // column's is found with one compare of the home slot's key (code and "has a tariff
        // in the first column" together) and one of the provider; the other columns' by
        // column. A product without a tariff in the first column, one past its home slot and
        // a code not in the catalogue take the way out of line. Every way ends in a reference
        // to the amount, so the `Tariff` is built once, here, in registers.
        let slot = self.index.home_slot(code)?;
        let (amount, unit) = if slot.holds_with_first_column(code.hash_key()) {
            if self.grid.is_first_column(provider) {
                (slot.first_amount(), slot.unit())
            } else {
                (self.amount_in_other_column(slot, provider)?, slot.unit())
            }
        } else {
            self.amount_elsewhere(slot, code, provider)?
        };
        Some(Tariff::new(code, provider, self.year, *amount, unit))
    }

    /// The amount and unit of `code` for `provider` when its home slot `slot` does not hold
    /// it with a tariff in the first column: the product has none there, or it is past its
    /// home slot (about a third of a large catalogue's products; none of an embedded one's),
    /// or the catalogue has no such code. Out of line.
    #[inline(never)]
    fn amount_elsewhere<'a>(
        &'a self,
        slot: &'a crate::catalogue::index::Slot,
        code: ProductCode,
        provider: Provider,
    ) -> Option<(&'a Decimal, crate::Unit)> {
        if slot.holds(code.hash_key()) {
            Some((self.amount_in(slot, provider)?, slot.unit()))
        } else if slot.is_empty() {
            None
        } else {
            self.amount_further(code, provider)
        }
    }

    /// The amount and unit of a product that is not in its home slot (about a third of a
    /// large catalogue's; none of an embedded one's), found by probing: part of
    /// [`Catalogue::amount_elsewhere`]'s way, out of line with it.
    #[inline]
    fn amount_further(
        &self,
        code: ProductCode,
        provider: Provider,
    ) -> Option<(&Decimal, crate::Unit)> {
        let slot = self.index.slot(code)?;
        Some((self.amount_in(slot, provider)?, slot.unit()))
    }

    /// The amount in `slot`'s product's row of `provider`'s column.
    #[inline]
    fn amount_in<'a>(
        &'a self,
        slot: &'a crate::catalogue::index::Slot,
        provider: Provider,
    ) -> Option<&'a Decimal> {
        if self.grid.is_first_column(provider) {
            slot.amount(0)
        } else {
            self.amount_in_other_column(slot, provider)
        }
    }

    /// The amount in `slot`'s product's row of `provider`'s column, for a provider that is
    /// not the first column.
    #[inline]
    fn amount_in_other_column<'a>(
        &'a self,
        slot: &'a crate::catalogue::index::Slot,
        provider: Provider,
    ) -> Option<&'a Decimal> {
        match self.grid.head_column(provider) {
            Some(column) => slot.amount(column),
            None => self.amount_beyond_head(slot, provider),
        }
    }

    /// The amount in `slot`'s product's row of `provider`'s column, for a provider that is
    /// not among the columns the slot carries: read from the grid, out of line.
    #[inline(never)]
    fn amount_beyond_head(
        &self,
        slot: &crate::catalogue::index::Slot,
        provider: Provider,
    ) -> Option<&Decimal> {
        if !self.grid.has_more_columns() {
            return None;
        }
        let column = self.grid.column_beyond_head(provider)?;
        self.grid.cell(slot.position(), column)
    }

    /// Whether `provider` has a tariff for the product with this code in this catalogue:
    /// "does this GI offer this product?". `false` for an unknown code, an undeclared provider,
    /// a product that is "n.v.t." for the provider and a catalogue that publishes no tariffs.
    /// Builds no error, so it is the call for a loop that expects many misses.
    ///
    /// # Errors
    ///
    /// None: a miss is `false`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let book = Catalogue::gelderland_2026();
    /// assert!(book.offers("49B03".parse()?, Provider::JbGld));
    /// assert!(!book.offers("49B03".parse()?, Provider::LdH)); // n.v.t.
    /// assert!(!book.offers("48A04".parse()?, Provider::LdH)); // not in the book
    /// assert!(!Catalogue::holland_rijnland().offers("48A04".parse()?, Provider::LdH));
    ///
    /// // The products LdH offers, without an error per miss:
    /// let ldh = book.products().filter(|p| book.offers(p.code(), Provider::LdH)).count();
    /// assert!(ldh < 23);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn offers(&self, code: ProductCode, provider: Provider) -> bool {
        self.find_tariff(code, provider).is_some()
    }

    /// The error that [`Catalogue::tariff`] returns when [`Catalogue::find_tariff`] found
    /// nothing. Which error it is, and its texts, are worked out out of line ([`Miss`]); the
    /// variant itself is built here, inline, so that a caller's `match` or `.ok()` on the
    /// result sees which variant a miss is and never takes a miss for a hit: the tariff of a
    /// hit then stays in registers instead of going through memory. (`always`: a plain
    /// `#[inline]` is not taken on a cold path, and the point is to be inlined there.)
    #[inline(always)]
    fn tariff_error(&self, code: ProductCode, provider: Provider) -> Error {
        match self.miss(code, provider) {
            Miss::UnknownProduct => Error::UnknownProduct {
                code,
                region: self.region_text(),
                year: self.year,
                suggestion: self.nearest_code(code),
            },
            Miss::TariffsNotPublished => Error::TariffsNotPublished {
                code,
                region: self.region_text(),
                year: self.year,
            },
            Miss::UndeclaredProvider => Error::UndeclaredProvider {
                provider,
                code: Some(code),
                region: self.region_text(),
                year: self.year,
            },
            Miss::NotOffered => Error::NotOffered {
                code,
                provider,
                year: self.year,
            },
        }
    }

    /// Why [`Catalogue::find_tariff`] found nothing. Cold and out of line, so the hot path
    /// carries no error-building code.
    #[cold]
    #[inline(never)]
    fn miss(&self, code: ProductCode, provider: Provider) -> Miss {
        if self.find(code).is_none() {
            Miss::UnknownProduct
        } else if !self.publishes_tariffs {
            Miss::TariffsNotPublished
        } else if self.provider_info(provider).is_none() {
            Miss::UndeclaredProvider
        } else {
            Miss::NotOffered
        }
    }

    /// The region's name as an error's text (cold: only errors carry it).
    #[cold]
    #[inline(never)]
    fn region_text(&self) -> Text<24> {
        Text::from(&*self.region)
    }

    /// The column (declaration position) of `provider`; [`Error::UndeclaredProvider`] naming
    /// `code` when the catalogue does not declare it (or [`Error::TariffsNotPublished`] when
    /// the catalogue has no tariffs at all).
    pub(crate) fn column(&self, provider: Provider, code: ProductCode) -> Result<usize, Error> {
        match self.grid.column(provider) {
            Some(column) => Ok(column),
            None => Err(self.column_error(provider, code)),
        }
    }

    /// The error of [`Catalogue::column`], built from its inputs out of line.
    #[cold]
    #[inline(never)]
    fn column_error(&self, provider: Provider, code: ProductCode) -> Error {
        if self.publishes_tariffs {
            self.undeclared(provider, Some(code))
        } else {
            Error::TariffsNotPublished {
                code,
                region: Text::from(&*self.region),
                year: self.year,
            }
        }
    }

    /// [`Error::UndeclaredProvider`] for `provider` in this catalogue.
    #[cold]
    pub(crate) fn undeclared(&self, provider: Provider, code: Option<ProductCode>) -> Error {
        Error::UndeclaredProvider {
            provider,
            code,
            region: Text::from(&*self.region),
            year: self.year,
        }
    }

    /// The GI this catalogue declares under `name` (its short name or full name, in any case:
    /// what [`Provider`]'s `FromStr` reads): the way to read a GI's name from input against a
    /// catalogue.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownProvider`] when the name is not a GI the catalogue declares: the message
    /// echoes the name as typed and lists the GIs the catalogue declares ("unknown GI
    /// \"JBGELDERLAND\"; the Gelderland catalogue 2026 declares JbGld, WSS, LdH, JvV").
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, Provider};
    /// let book = Catalogue::gelderland_2026();
    /// assert_eq!(book.parse_provider("wss")?, Provider::Wss);
    /// assert_eq!(book.parse_provider("Leger des Heils Jeugdbescherming & Jeugdreclassering")?, Provider::LdH);
    /// let err = book.parse_provider("JbGelderland").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "unknown GI \"JbGelderland\"; the Gelderland catalogue 2026 declares JbGld, WSS, LdH, JvV"
    /// );
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn parse_provider(&self, name: &str) -> Result<Provider, Error> {
        let trimmed = name.trim();
        let declared = |p: Provider| self.provider_info(p).is_some();
        if let Ok(provider) = trimmed.parse::<Provider>() {
            if declared(provider) {
                return Ok(provider);
            }
        }
        if let Some(info) = self
            .providers
            .iter()
            .find(|p| p.full_name().eq_ignore_ascii_case(trimmed))
        {
            return Ok(info.provider);
        }
        Err(self.unknown_provider(name))
    }

    /// [`Error::UnknownProvider`] for `input` in this catalogue.
    #[cold]
    #[inline(never)]
    fn unknown_provider(&self, input: &str) -> Error {
        use std::fmt::Write as _;
        let mut declared: Text<64> = Text::new();
        for (i, info) in self.providers.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            let _ = write!(declared, "{sep}{}", info.provider);
        }
        if declared.is_empty() {
            declared = "no GI".into();
        }
        Error::UnknownProvider {
            input: input.into(),
            declared,
            region: Text::from(&*self.region),
            year: self.year,
        }
    }

    /// `provider`'s hourly rate (the "landelijk uurtarief" at 100 %), or `None` if the catalogue
    /// does not declare the provider or gives no rate for it. In euros and whole cents, as in
    /// the catalogue; not rounded here.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let book = Catalogue::gelderland_2026();
    /// assert_eq!(book.hourly_rate(Provider::JbGld).map(|d| d.to_string()), Some("146.25".into()));
    /// assert_eq!(book.hourly_rate(Provider::Wss).map(|d| d.to_string()), Some("149.17".into()));
    /// ```
    #[must_use]
    pub fn hourly_rate(&self, provider: Provider) -> Option<Decimal> {
        self.provider_info(provider)?.hourly_rate
    }

    /// Every declared provider that has an hourly rate, with the rate (euros, whole cents; not
    /// rounded here), in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    /// let rates: Vec<_> = jbjr::Catalogue::gelderland_2026().hourly_rates().collect();
    /// assert_eq!(rates.len(), 4);
    /// assert_eq!(rates[3], (Provider::JvV, rates[0].1));
    /// ```
    pub fn hourly_rates(&self) -> impl Iterator<Item = (Provider, Decimal)> + '_ {
        self.providers
            .iter()
            .filter_map(|p| Some((p.provider, p.hourly_rate?)))
    }

    /// The embedded Holland Rijnland catalogue, segment 7 "Veiligheid" (source
    /// `000_e047e89f7a0dbd72.txt`): the 15 *kernbedingen* (core services) with their regional
    /// codes, mapped onto [`crate::Measure`]. The source publishes **no tariffs**:
    /// [`Catalogue::publishes_tariffs`] is `false` and [`Catalogue::tariff`] fails with
    /// [`Error::TariffsNotPublished`]. The rules of each service's description (target ages,
    /// durations) are in [`crate::Kernbeding`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, Measure, Provider};
    ///
    /// let hr = Catalogue::holland_rijnland();
    /// assert_eq!(hr.products().count(), 15);
    /// assert_eq!(hr.product("48A06".parse()?)?.measure(), Measure::Voogdij);
    /// assert!(matches!(
    ///     hr.tariff("48A06".parse()?, Provider::JbGld),
    ///     Err(Error::TariffsNotPublished { .. })
    /// ));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn holland_rijnland() -> &'static Catalogue {
        &crate::catalogue::data::holland_rijnland::CATALOGUE
    }

    /// Whether the catalogue's source publishes tariffs. `false` for a list of products without
    /// prices, such as [`Catalogue::holland_rijnland`].
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jbjr::Catalogue::gelderland_2026().publishes_tariffs());
    /// assert!(!jbjr::Catalogue::holland_rijnland().publishes_tariffs());
    /// ```
    #[must_use]
    pub const fn publishes_tariffs(&self) -> bool {
        self.publishes_tariffs
    }

    /// This catalogue, marked as publishing no tariffs: lookups of a tariff fail with
    /// [`Error::TariffsNotPublished`] instead of [`Error::NotOffered`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] when a product has a tariff (field `tariffs`) or a provider
    /// has an hourly rate (field `providers`): a catalogue without tariffs lists none.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, Measure, Product, Provider, Unit};
    ///
    /// let ots = Product::new("48A04".parse()?, Measure::Ots, "OTS", Unit::Month);
    /// let list = Catalogue::new("Voorbeeld", 2026, vec![], vec![ots])?
    ///     .without_tariffs()?;
    /// assert!(matches!(
    ///     list.tariff("48A04".parse()?, Provider::Wss),
    ///     Err(Error::TariffsNotPublished { .. })
    /// ));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn without_tariffs(mut self) -> Result<Catalogue, Error> {
        if let Some((provider, _)) = self.hourly_rates().next() {
            return Err(Error::InvalidCatalogue {
                product: "-".into(),
                field: "providers",
                reason: crate::text::text!(
                    "publishes no tariffs, yet {provider} has an hourly rate"
                ),
            });
        }
        if let Some(product) = self
            .products
            .iter()
            .find(|p| p.providers().next().is_some())
        {
            return Err(Error::InvalidCatalogue {
                product: crate::text::text!("{}", product.code),
                field: "tariffs",
                reason: "a catalogue that publishes no tariffs lists no tariff".into(),
            });
        }
        self.publishes_tariffs = false;
        Ok(self)
    }

    /// This catalogue completed with a provider's contract ([`Contract`]):
    /// the contract's GI is declared and its tariffs added, so the result quotes and budgets.
    ///
    /// This is how a region whose source publishes no tariffs
    /// ([`Catalogue::holland_rijnland`]) becomes a catalogue with prices: one contract per GI.
    /// A catalogue that publishes no tariffs takes the contract's year (the contract says for
    /// which year its tariffs hold); one that has tariffs must be of the contract's year. The
    /// contract's products not listed keep "n.v.t." for its GI. Nothing is rounded.
    ///
    /// # Errors
    ///
    /// [`Error::ContractMismatch`] when the contract is for another region, for another year
    /// than a catalogue with tariffs, or for a GI the catalogue already declares;
    /// [`Error::UnknownProduct`] for a contract tariff of a code the catalogue does not have.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Contract, Decimal, ProviderInfo};
    ///
    /// // A made-up GI with made-up tariffs: Holland Rijnland publishes none of its own.
    /// let gi = ProviderInfo::new("JBVoorbeeld".parse()?, "Jeugdbescherming Voorbeeld")?;
    /// let contract = Contract::new("Holland Rijnland", 2026, gi.clone())
    ///     .with_tariff("48A04".parse()?, Decimal::new(130000, 2))?;
    /// let hr = Catalogue::holland_rijnland().with_contract(&contract)?;
    /// assert!(hr.publishes_tariffs());
    /// assert_eq!(hr.year(), 2026);
    /// assert_eq!(hr.tariff("48A04".parse()?, gi.provider())?.amount(), Decimal::new(130000, 2));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_contract(&self, contract: &crate::Contract) -> Result<Catalogue, Error> {
        let mismatch = |reason: Text<48>| Error::ContractMismatch {
            provider: contract.provider().provider(),
            region: Text::from(&*self.region),
            year: self.year,
            reason,
        };
        if contract.region() != self.region() {
            return Err(mismatch(crate::text::text!(
                "the contract is for the region {:?}",
                contract.region()
            )));
        }
        let has_tariffs = self.publishes_tariffs;
        if has_tariffs && contract.year() != self.year {
            return Err(mismatch(crate::text::text!(
                "the contract's tariffs hold for {}, the catalogue's for {}",
                contract.year(),
                self.year
            )));
        }
        let provider = contract.provider().provider();
        if self.provider_info(provider).is_some() {
            return Err(mismatch(
                "the catalogue already declares this provider".into(),
            ));
        }
        let mut products = self.products.to_vec();
        for (code, amount) in contract.tariffs() {
            let position = self.position(*code)?;
            if let Some(product) = products.get_mut(position) {
                product.tariffs.to_mut().push((provider, *amount));
            }
        }
        let mut providers = self.providers.to_vec();
        providers.push(contract.provider().clone());
        Catalogue::new(
            self.region.to_string(),
            contract.year(),
            providers,
            products,
        )
    }
}

/// Why a tariff lookup found nothing: the variant of its [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Miss {
    /// [`Error::UnknownProduct`].
    UnknownProduct,
    /// [`Error::TariffsNotPublished`].
    TariffsNotPublished,
    /// [`Error::UndeclaredProvider`].
    UndeclaredProvider,
    /// [`Error::NotOffered`].
    NotOffered,
}

/// The years a catalogue may be of: every day of them, and the month after, can be quoted.
pub const CATALOGUE_YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

fn check_year(year: i32) -> Result<(), Error> {
    if CATALOGUE_YEARS.contains(&year) {
        Ok(())
    } else {
        Err(Error::InvalidCatalogue {
            product: "-".into(),
            field: "year",
            reason: crate::text::text!(
                "year {year} is outside the years {} to {}",
                CATALOGUE_YEARS.start(),
                CATALOGUE_YEARS.end()
            ),
        })
    }
}
