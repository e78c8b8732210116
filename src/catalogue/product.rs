//! [`Product`]: one line of a product book; [`NormHours`], [`PupilCosts`] and [`Tariff`].

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::money::cents_amount;
use crate::{Measure, NormPeriod, ProductCategory, ProductCode, Provider, Unit};

/// Norm hours of a product: the hours of work a GI spends per period, as set by the national
/// quality framework (KKPB, Significant) and printed in the product's section. Deserializing
/// (feature `serde`) checks them as [`NormHours::new`] does.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, NormPeriod};
///
/// let vovo = Catalogue::gelderland_2026().product("48B07".parse()?)?;
/// let norm = vovo.norm_hours().expect("VoVo has norm hours");
/// assert_eq!(norm.hours(), jbjr::Decimal::from(20));
/// assert_eq!(norm.per(), NormPeriod::Quarter);
/// assert_eq!(norm.per_year()?, Some(jbjr::Decimal::from(80)));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
// Deserialized through `NormHours::new`: the same checks as the constructor.
#[cfg_attr(feature = "serde", serde(try_from = "NormHoursFields"))]
pub struct NormHours {
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    hours: Decimal,
    per: NormPeriod,
}

/// [`NormHours`] as written, before validation.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NormHoursFields {
    #[serde(with = "rust_decimal::serde::str")]
    hours: Decimal,
    per: NormPeriod,
}

#[cfg(feature = "serde")]
impl TryFrom<NormHoursFields> for NormHours {
    type Error = crate::Error;

    fn try_from(fields: NormHoursFields) -> Result<NormHours, crate::Error> {
        NormHours::new(fields.hours, fields.per)
    }
}

impl NormHours {
    /// Norm hours `hours` per `per`, kept as given (`102.0` stays `102.0`).
    ///
    /// # Errors
    ///
    /// [`crate::Error::NegativeInput`] when `hours` is negative; [`crate::Error::OutOfRange`]
    /// (`what: "norm hours"`) when they lie outside [`crate::money::HOURS`] (above 99,999.9999
    /// or with more than four decimals). The cost model checks the hours per year it derives
    /// against the same range.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, NormHours, NormPeriod};
    /// let norm = NormHours::new(Decimal::from(102), NormPeriod::Year)?;
    /// assert_eq!(norm.hours(), Decimal::from(102));
    /// assert!(NormHours::new(Decimal::NEGATIVE_ONE, NormPeriod::Year).is_err());
    /// assert!(NormHours::new(Decimal::new(1, 5), NormPeriod::Year).is_err()); // 5 decimals
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(hours: Decimal, per: NormPeriod) -> Result<NormHours, crate::Error> {
        crate::money::HOURS.check("norm hours", hours)?;
        Ok(NormHours { hours, per })
    }

    pub(crate) const fn new_const(hours: Decimal, per: NormPeriod) -> NormHours {
        NormHours { hours, per }
    }

    /// The hours per [`NormHours::per`].
    ///
    /// # Example
    ///
    /// ```
    /// # use jbjr::{Decimal, NormHours, NormPeriod};
    /// let norm = NormHours::new(Decimal::from(12), NormPeriod::Month)?;
    /// assert_eq!(norm.hours(), Decimal::from(12));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn hours(&self) -> Decimal {
        self.hours
    }

    /// The period the hours are counted per.
    ///
    /// # Example
    ///
    /// ```
    /// # use jbjr::{Decimal, NormHours, NormPeriod};
    /// let norm = NormHours::new(Decimal::from(12), NormPeriod::Month)?;
    /// assert_eq!(norm.per(), NormPeriod::Month);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn per(&self) -> NormPeriod {
        self.per
    }

    /// The hours per year (`hours × periods per year`), exact; `None` for a per-traject norm.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Overflow`] if the multiplication overflows.
    ///
    /// # Example
    ///
    /// ```
    /// # use jbjr::{Decimal, NormHours, NormPeriod};
    /// let forza = NormHours::new(Decimal::from(12), NormPeriod::Month)?;
    /// assert_eq!(forza.per_year()?, Some(Decimal::from(144)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn per_year(&self) -> Result<Option<Decimal>, crate::Error> {
        self.per
            .per_year()
            .map(|n| crate::money::mul(self.hours, Decimal::from(n), "norm hours per year"))
            .transpose()
    }
}

/// Whether and how a tariff includes the surcharge for pupil costs ("opslag pupilkosten"), per
/// the asterisks of Tabel 1. (The cost-price footnote speaks of "Opslag pupilkosten- en
/// buffervermogen"; Tabel 1, which sets the tariffs, names the pupil costs only.)
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, PupilCosts};
/// let ots = Catalogue::gelderland_2026().product("48B10".parse()?)?;
/// assert_eq!(ots.pupil_costs(), PupilCosts::Marked);
/// assert!(ots.pupil_costs().is_included());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::EnumIter,
    strum::VariantArray,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(
    serialize_all = "snake_case",
    ascii_case_insensitive,
    parse_err_fn = pupil_parse_error,
    parse_err_ty = crate::Error
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PupilCosts {
    /// No surcharge: the tariff is the model (norm hours × hourly rate ÷ 12).
    #[default]
    None,
    /// Marked `*` in Tabel 1 (OTS, Voogdij): JbGld and JvV add 1.30 %; WSS and LdH add what
    /// they agreed with the VNG ("cf. gemaakte afspraken met de VNG").
    Marked,
    /// Not marked, yet the published tariff is the model plus 1.30 %: the JbGld waiting-list
    /// tariffs for Voogdij and OTS (48B98, 48B99) follow their base measures.
    Unmarked,
    /// Marked `****` (48B80): included per the supra-regional agreement, the tariff of the
    /// GI's own region (Jeugd Veilig Verder with the Amsterdam region).
    SupraRegional,
}

impl PupilCosts {
    /// Every pupil-cost marking, in declaration order: the pupil-cost markings this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::PupilCosts;
    /// assert_eq!(PupilCosts::all().first(), Some(&PupilCosts::None));
    /// assert!(PupilCosts::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [PupilCosts] {
        <PupilCosts as strum::VariantArray>::VARIANTS
    }
}

fn pupil_parse_error(input: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: "pupil costs",
        input: crate::error::clip(input),
        expected: "none, marked, unmarked, supra_regional",
    }
}

impl PupilCosts {
    /// Whether the tariff includes a pupil-cost surcharge.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!jbjr::PupilCosts::None.is_included());
    /// assert!(jbjr::PupilCosts::Unmarked.is_included());
    /// ```
    #[must_use]
    pub const fn is_included(self) -> bool {
        !matches!(self, PupilCosts::None)
    }
}

/// One product of a catalogue: code, measure, name, unit, norm hours, pupil-cost surcharge and
/// the tariff of each provider that offers it (a provider without one: "n.v.t.", not offered).
///
/// Tariffs are kept per provider, for any number of providers; in a catalogue they are in the
/// order the catalogue declares its providers ([`crate::Catalogue::providers`]), and every
/// provider with a tariff is declared.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Measure, Provider, Unit};
///
/// let book = Catalogue::gelderland_2026();
/// let forza = book.product("49B03".parse()?)?;
/// assert_eq!(forza.measure(), Measure::Forza);
/// assert_eq!(forza.unit(), Unit::Month);
/// assert_eq!(forza.tariff_amount(Provider::Wss).map(|d| d.to_string()), Some("1790.04".into()));
/// assert_eq!(forza.tariff_amount(Provider::LdH), None); // n.v.t.
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub(crate) code: ProductCode,
    pub(crate) measure: Measure,
    pub(crate) name: Cow<'static, str>,
    pub(crate) unit: Unit,
    pub(crate) norm: Option<NormHours>,
    pub(crate) pupil_costs: PupilCosts,
    /// The tariffs of the providers that offer the product, each provider once; in a catalogue,
    /// in its declaration order.
    pub(crate) tariffs: Cow<'static, [(Provider, Decimal)]>,
    /// The regions that purchase the product; empty when every region does (see
    /// [`crate::catalogue`]).
    pub(crate) purchasing_regions: Cow<'static, [crate::catalogue::PurchasingRegion]>,
}

impl Product {
    /// A product without tariffs (every provider "n.v.t.") and without norm hours; add them with
    /// [`Product::with_norm_hours`] and [`Product::with_tariff`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Measure, Product, Unit};
    /// let p = Product::new("48B10".parse()?, Measure::Ots, "OTS", Unit::Month);
    /// assert_eq!(p.name(), "OTS");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn new(
        code: ProductCode,
        measure: Measure,
        name: impl Into<String>,
        unit: Unit,
    ) -> Product {
        Product {
            code,
            measure,
            name: Cow::Owned(name.into()),
            unit,
            norm: None,
            pupil_costs: PupilCosts::None,
            tariffs: Cow::Borrowed(&[]),
            purchasing_regions: Cow::Borrowed(&[]),
        }
    }

    /// This product with norm hours.
    ///
    /// # Errors
    ///
    /// [`crate::Error::InvalidCatalogue`] when the norm period does not fit the unit
    /// (see [`Unit::fits_norm`]).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, Measure, NormHours, NormPeriod, Product, Unit};
    /// let p = Product::new("48B10".parse()?, Measure::Ots, "OTS", Unit::Month)
    ///     .with_norm_hours(NormHours::new(Decimal::from(102), NormPeriod::Year)?)?;
    /// assert_eq!(p.norm_hours().map(|n| n.hours()), Some(Decimal::from(102)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_norm_hours(mut self, norm: NormHours) -> Result<Product, crate::Error> {
        if !self.unit.fits_norm(norm.per()) {
            return Err(crate::Error::InvalidCatalogue {
                product: crate::text::text!("{}", self.code),
                field: "norm_hours",
                reason: crate::text::text!(
                    "norm hours per {} do not fit a tariff per {}",
                    norm.per(),
                    self.unit
                ),
            });
        }
        self.norm = Some(norm);
        Ok(self)
    }

    /// This product with a pupil-cost marking.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Measure, Product, PupilCosts, Unit};
    /// let p = Product::new("48B10".parse()?, Measure::Ots, "OTS", Unit::Month)
    ///     .with_pupil_costs(PupilCosts::Marked);
    /// assert_eq!(p.pupil_costs(), PupilCosts::Marked);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn with_pupil_costs(mut self, pupil_costs: PupilCosts) -> Product {
        self.pupil_costs = pupil_costs;
        self
    }

    /// This product with `provider`'s tariff set to `amount` (euros, at most two decimals, kept
    /// with exactly two: `1300` is `1300.00`; not rounded), replacing any tariff it had. A
    /// catalogue built with the product must declare `provider`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::InvalidCatalogue`] when `amount` is negative or has more than two
    /// decimals; [`crate::Error::OutOfRange`] above € 999,999,999.99
    /// ([`crate::money::AMOUNT`]).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, Measure, Product, Provider, Unit};
    /// let p = Product::new("48B10".parse()?, Measure::Ots, "OTS", Unit::Month)
    ///     .with_tariff(Provider::JbGld, Decimal::new(125929, 2))?;
    /// assert_eq!(p.tariff_amount(Provider::JbGld), Some(Decimal::new(125929, 2)));
    /// assert!(p.clone().with_tariff(Provider::Wss, Decimal::new(1, 3)).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_tariff(
        mut self,
        provider: Provider,
        amount: Decimal,
    ) -> Result<Product, crate::Error> {
        let amount = cents_amount(self.code.as_str(), amount)?;
        let tariffs = self.tariffs.to_mut();
        match tariffs.iter_mut().find(|(p, _)| *p == provider) {
            Some((_, slot)) => *slot = amount,
            None => tariffs.push((provider, amount)),
        }
        Ok(self)
    }

    /// The product code.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// let code = "48B10".parse()?;
    /// assert_eq!(book.product(code)?.code(), code);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn code(&self) -> ProductCode {
        self.code
    }

    /// The measure or service.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.product("48B11".parse()?)?.measure(), jbjr::Measure::Voogdij);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn measure(&self) -> Measure {
        self.measure
    }

    /// The Dutch product name as printed in the catalogue.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.product("49B03".parse()?)?.name(), "Forza");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the tariff is per.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.product("47B11".parse()?)?.unit(), jbjr::Unit::Traject);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// The norm hours, or `None` where the product book gives none (hourly products, 48B80).
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// let let_ots = book.product("48B12".parse()?)?.norm_hours().expect("LET OTS has norm hours");
    /// assert_eq!(let_ots.hours().normalize().to_string(), "214.2"); // 2.1 × 102
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn norm_hours(&self) -> Option<NormHours> {
        self.norm
    }

    /// Whether the tariff includes the pupil-cost surcharge.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.product("47B10".parse()?)?.pupil_costs(), jbjr::PupilCosts::None);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn pupil_costs(&self) -> PupilCosts {
        self.pupil_costs
    }

    /// The domain (JB, JR, preventive) of the product's measure.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.product("47B16".parse()?)?.domain(), jbjr::Domain::Jeugdreclassering);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn domain(&self) -> crate::Domain {
        self.measure.domain()
    }

    /// The iJw product category (JZ020), from the code's first two digits.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// let forza = book.product("49B03".parse()?)?;
    /// assert_eq!(forza.category(), Some(jbjr::ProductCategory::PreventiefJustitieel));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn category(&self) -> Option<ProductCategory> {
        self.code.category()
    }

    /// `provider`'s tariff in euros, or `None` when the provider does not offer the product.
    /// Whole cents, as in the catalogue; not rounded here.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    /// let ots = jbjr::Catalogue::gelderland_2026().product("48B10".parse()?)?;
    /// assert_eq!(ots.tariff_amount(Provider::JbGld).map(|d| d.to_string()), Some("1259.29".into()));
    /// assert_eq!(ots.tariff_amount(Provider::JvV), None);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn tariff_amount(&self, provider: Provider) -> Option<Decimal> {
        self.tariffs
            .iter()
            .find(|(p, _)| *p == provider)
            .map(|(_, amount)| *amount)
    }

    /// The tariff of every provider that offers the product, in euros as in the catalogue
    /// (whole cents; not rounded here), in the catalogue's declaration order. A provider that
    /// is absent does not offer it ("n.v.t.").
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    /// let ots = jbjr::Catalogue::gelderland_2026().product("48B10".parse()?)?;
    /// assert_eq!(ots.tariffs().len(), 3);
    /// assert_eq!(ots.tariffs()[1], (Provider::Wss, "1287.26".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn tariffs(&self) -> &[(Provider, Decimal)] {
        &self.tariffs
    }

    /// The providers that offer this product, in column order.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    /// let wait = jbjr::Catalogue::gelderland_2026().product("48B97".parse()?)?;
    /// assert_eq!(wait.providers().collect::<Vec<_>>(), [Provider::JbGld]);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn providers(&self) -> impl Iterator<Item = Provider> + '_ {
        self.tariffs.iter().map(|(p, _)| *p)
    }
}

/// A provider's tariff for one product in one catalogue year. Deserializing (feature `serde`)
/// checks it as a catalogue checks its tariffs: not negative, whole cents, at most
/// € 999,999,999.99 ([`crate::money::AMOUNT`]), and a year in [`crate::CATALOGUE_YEARS`].
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Provider, Unit};
///
/// let t = Catalogue::gelderland_2026().tariff("48B10".parse()?, Provider::Wss)?;
/// assert_eq!(t.amount().to_string(), "1287.26");
/// assert_eq!(t.unit(), Unit::Month);
/// assert_eq!(t.year(), 2026);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
// Deserialized with the checks a catalogue applies to its tariffs (`cents_amount`) and
// years (`validate_year`); serialized through `TariffRecord`, whose fields are in the order
// they were always written (amount, provider, code, year, unit). `Debug` and `Hash` keep that
// order too.
#[cfg_attr(
    feature = "serde",
    serde(try_from = "TariffFields", into = "TariffRecord")
)]
// Layout: the amount first and the struct 16-aligned, so the amount is one aligned 16-byte
// value, written and read back whole (reading it across two stores would defeat
// store-to-load forwarding and cost ~15 cycles per lookup). The unit next: it is the niche
// that `Option<Tariff>` and `Result<Tariff, Error>` use, and with it right after the amount
// the compiler keeps the amount apart from the other fields when `.ok()` moves a `Tariff`
// into an `Option`, so only the amount is copied where only the amount is used (with the
// unit last, it copied all 44 bytes in 16-byte pieces, each read across two or more stores,
// and `.ok()` took twice as long as a `match`).
#[repr(C, align(16))]
pub struct Tariff {
    amount: Decimal,
    unit: Unit,
    year: i32,
    code: ProductCode,
    provider: Provider,
}

impl std::fmt::Debug for Tariff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tariff")
            .field("amount", &self.amount)
            .field("provider", &self.provider)
            .field("code", &self.code)
            .field("year", &self.year)
            .field("unit", &self.unit)
            .finish()
    }
}

impl std::hash::Hash for Tariff {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.amount.hash(state);
        self.provider.hash(state);
        self.code.hash(state);
        self.year.hash(state);
        self.unit.hash(state);
    }
}

/// [`Tariff`] as written, in this field order.
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
#[serde(rename = "Tariff")]
struct TariffRecord {
    #[serde(with = "rust_decimal::serde::str")]
    amount: Decimal,
    provider: Provider,
    code: ProductCode,
    year: i32,
    unit: Unit,
}

#[cfg(feature = "serde")]
impl From<Tariff> for TariffRecord {
    fn from(t: Tariff) -> TariffRecord {
        TariffRecord {
            amount: t.amount,
            provider: t.provider,
            code: t.code,
            year: t.year,
            unit: t.unit,
        }
    }
}

/// [`Tariff`] as written, before validation.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TariffFields {
    #[serde(with = "rust_decimal::serde::str")]
    amount: Decimal,
    code: ProductCode,
    provider: Provider,
    unit: Unit,
    year: i32,
}

#[cfg(feature = "serde")]
impl TryFrom<TariffFields> for Tariff {
    type Error = crate::Error;

    fn try_from(f: TariffFields) -> Result<Tariff, crate::Error> {
        // Stored in its canonical form, as a catalogue stores it (`-0` as `0.00`).
        let amount = cents_amount(f.code.as_str(), f.amount)?;
        validate_year(f.code.as_str(), f.year)?;
        Ok(Tariff::new(f.code, f.provider, f.year, amount, f.unit))
    }
}

/// Checks that a tariff's year is one a catalogue may be of ([`crate::CATALOGUE_YEARS`], the
/// rule `Catalogue::new` applies).
#[cfg(feature = "serde")]
fn validate_year(product: &str, year: i32) -> Result<(), crate::Error> {
    if crate::CATALOGUE_YEARS.contains(&year) {
        Ok(())
    } else {
        Err(crate::Error::InvalidCatalogue {
            product: product.into(),
            field: "year",
            reason: crate::text::text!(
                "year {year} is outside the years {} to {}",
                crate::CATALOGUE_YEARS.start(),
                crate::CATALOGUE_YEARS.end()
            ),
        })
    }
}

impl Tariff {
    #[inline]
    pub(crate) const fn new(
        code: ProductCode,
        provider: Provider,
        year: i32,
        amount: Decimal,
        unit: Unit,
    ) -> Tariff {
        Tariff {
            code,
            provider,
            year,
            amount,
            unit,
        }
    }

    /// The amount in euros, two decimals (whole cents, as in the catalogue; not rounded here).
    ///
    /// # Example
    ///
    /// ```
    /// let t = jbjr::Catalogue::gelderland_2026().tariff("48B07".parse()?, jbjr::Provider::JbGld)?;
    /// assert_eq!(t.amount().to_string(), "975.00");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn amount(&self) -> Decimal {
        self.amount
    }

    /// What the amount is per.
    ///
    /// # Example
    ///
    /// ```
    /// let t = jbjr::Catalogue::gelderland_2026().tariff("49B01".parse()?, jbjr::Provider::JvV)?;
    /// assert_eq!(t.unit(), jbjr::Unit::Hour);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    #[inline]
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// The product.
    ///
    /// # Example
    ///
    /// ```
    /// let t = jbjr::Catalogue::gelderland_2026().tariff("49B01".parse()?, jbjr::Provider::JvV)?;
    /// assert_eq!(t.code().as_str(), "49B01");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn code(&self) -> ProductCode {
        self.code
    }

    /// The provider.
    ///
    /// # Example
    ///
    /// ```
    /// let t = jbjr::Catalogue::gelderland_2026().tariff("49B01".parse()?, jbjr::Provider::JvV)?;
    /// assert_eq!(t.provider(), jbjr::Provider::JvV);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn provider(&self) -> Provider {
        self.provider
    }

    /// The catalogue year the tariff holds for.
    ///
    /// # Example
    ///
    /// ```
    /// let t = jbjr::Catalogue::gelderland_2026().tariff("49B01".parse()?, jbjr::Provider::JvV)?;
    /// assert_eq!(t.year(), 2026);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.year
    }
}
