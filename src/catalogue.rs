//! [`Catalogue`]: a product book of one region and year, and its lookups.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::{Error, PerProvider, Product, ProductCode, Provider, Tariff, Text};

/// A product book: the products of one region for one calendar year, with each provider's
/// tariff and hourly rate.
///
/// The Gelderland product book 2026 is compiled in: [`Catalogue::gelderland_2026`] returns a
/// `&'static` reference and every lookup works on static data, without I/O, parsing or
/// allocation. Products are kept sorted by code, so [`Catalogue::products`] iterates in code
/// order; lookups go through a perfect-hash index built with the catalogue.
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
    pub(crate) hourly_rates: PerProvider<Option<Decimal>>,
    pub(crate) products: Cow<'static, [Product]>,
    /// Perfect-hash index over `products` (see `crate::index`).
    pub(crate) index: crate::index::ProductIndex,
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
    /// the tariff model; see [`crate::provenance`].
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.region(), "Gelderland");
    /// ```
    #[must_use]
    pub fn gelderland_2026() -> &'static Catalogue {
        &crate::data::gelderland_2026::CATALOGUE
    }

    /// Builds a catalogue from products, validating it: codes must be unique, tariffs not
    /// negative and in whole cents, norm periods must fit units. Products are sorted by code.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] naming the product and the field at fault.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Decimal, Measure, PerProvider, Product, Provider, Unit};
    ///
    /// let ots = Product::new("48B10".parse()?, Measure::Ots, "OTS", Unit::Month)
    ///     .with_tariff(Provider::JbGld, Decimal::new(130000, 2))?;
    /// let book = Catalogue::new("Voorbeeld", 2027, PerProvider::default(), vec![ots.clone()])?;
    /// assert_eq!(book.tariff(ots.code(), Provider::JbGld)?.amount(), Decimal::new(130000, 2));
    /// assert!(Catalogue::new("Dubbel", 2027, PerProvider::default(), vec![ots.clone(), ots]).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(
        region: impl Into<String>,
        year: i32,
        hourly_rates: PerProvider<Option<Decimal>>,
        mut products: Vec<Product>,
    ) -> Result<Catalogue, Error> {
        let invalid = |product: Text<24>, field, reason: Text<64>| Error::InvalidCatalogue {
            product,
            field,
            reason,
        };
        if NaiveDate::from_ymd_opt(year, 1, 1).is_none()
            || NaiveDate::from_ymd_opt(year, 12, 31).is_none()
        {
            return Err(invalid(
                "-".into(),
                "year",
                crate::text::text!("year {year} is out of range"),
            ));
        }
        for (_, rate) in hourly_rates.iter() {
            if let Some(rate) = rate {
                crate::product::validate_amount("-", *rate).map_err(|_| {
                    invalid(
                        "-".into(),
                        "hourly_rates",
                        crate::text::text!(
                            "an hourly rate must be non-negative whole cents, got {rate}"
                        ),
                    )
                })?;
            }
        }
        for p in &products {
            let code = p.code.as_str();
            for (_, amount) in p.tariffs.iter() {
                if let Some(amount) = amount {
                    crate::product::validate_amount(code, *amount)?;
                }
            }
            if let Some(norm) = p.norm {
                if !p.unit.fits_norm(norm.per()) {
                    return Err(invalid(
                        code.into(),
                        "norm_hours",
                        crate::text::text!(
                            "norm hours per {} do not fit a tariff per {}",
                            norm.per(),
                            p.unit
                        ),
                    ));
                }
                if norm.hours().is_sign_negative() && !norm.hours().is_zero() {
                    return Err(invalid(
                        code.into(),
                        "norm_hours",
                        "norm hours must not be negative".into(),
                    ));
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
            return Err(invalid(
                code,
                "code",
                "the code appears more than once".into(),
            ));
        }
        let index = crate::index::ProductIndex::build(&products);
        Ok(Catalogue {
            region: Cow::Owned(region.into()),
            year,
            hourly_rates,
            products: Cow::Owned(products),
            index,
            publishes_tariffs: true,
        })
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
    /// No allocation, found or not: a perfect-hash lookup (a multiply, a shift, two reads).
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
            .find(&self.products, code)
            .ok_or_else(|| self.unknown_product(code))
    }

    /// [`Error::UnknownProduct`] for `code` in this catalogue (cold: off the lookup's hot
    /// path).
    #[cold]
    pub(crate) fn unknown_product(&self, code: ProductCode) -> Error {
        Error::UnknownProduct {
            code,
            region: Text::from(&*self.region),
            year: self.year,
        }
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

    /// The tariff, or `None` for any failure: the allocation-free core of [`Catalogue::tariff`].
    #[inline]
    ///
    /// It need not check [`Catalogue::publishes_tariffs`]: a catalogue that publishes no tariffs
    /// lists none (`without_tariffs` refuses one that does), so every amount is `None` there.
    fn find_tariff(&self, code: ProductCode, provider: Provider) -> Option<Tariff> {
        let product = self.find(code)?;
        let amount = product.tariff_amount(provider)?;
        Some(Tariff::new(code, provider, self.year, amount, product.unit))
    }

    /// The error that [`Catalogue::tariff`] returns when [`Catalogue::find_tariff`] found
    /// nothing. Cold and out of line, so the hot path carries no error-building code; and as
    /// `Error` has no drop glue, the caller's `Result` is never spilled to memory on the `Ok`
    /// path.
    #[cold]
    #[inline(never)]
    fn tariff_error(&self, code: ProductCode, provider: Provider) -> Error {
        if self.find(code).is_none() {
            self.unknown_product(code)
        } else if self.publishes_tariffs {
            Error::NotOffered {
                code,
                provider,
                year: self.year,
            }
        } else {
            Error::TariffsNotPublished {
                code,
                region: Text::from(&*self.region),
                year: self.year,
            }
        }
    }

    /// `provider`'s hourly rate (the "landelijk uurtarief" at 100 %), or `None` if the catalogue
    /// has none for it. In euros and whole cents, as in the catalogue; not rounded here.
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
    pub const fn hourly_rate(&self, provider: Provider) -> Option<Decimal> {
        *self.hourly_rates.get(provider)
    }

    /// Every provider's hourly rate, as in the catalogue (euros, whole cents; not rounded here).
    ///
    /// # Example
    ///
    /// ```
    /// let rates = jbjr::Catalogue::gelderland_2026().hourly_rates();
    /// assert_eq!(rates.jvv, rates.jbgld);
    /// ```
    #[must_use]
    pub const fn hourly_rates(&self) -> &PerProvider<Option<Decimal>> {
        &self.hourly_rates
    }

    // --- issue 7: catalogues without tariffs, Holland Rijnland ---

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
        &crate::data::holland_rijnland::CATALOGUE
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
    /// has an hourly rate (field `hourly_rates`): a catalogue without tariffs lists none.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, Measure, PerProvider, Product, Provider, Unit};
    ///
    /// let ots = Product::new("48A04".parse()?, Measure::Ots, "OTS", Unit::Month);
    /// let list = Catalogue::new("Voorbeeld", 2026, PerProvider::default(), vec![ots])?
    ///     .without_tariffs()?;
    /// assert!(matches!(
    ///     list.tariff("48A04".parse()?, Provider::Wss),
    ///     Err(Error::TariffsNotPublished { .. })
    /// ));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn without_tariffs(mut self) -> Result<Catalogue, Error> {
        if let Some((provider, _)) = self.hourly_rates.iter().find(|(_, r)| r.is_some()) {
            return Err(Error::InvalidCatalogue {
                product: "-".into(),
                field: "hourly_rates",
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
}
