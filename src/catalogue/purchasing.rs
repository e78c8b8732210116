//! Purchasing regions: see the [`catalogue`](crate::catalogue) layer docs.

use std::borrow::Cow;

use crate::{Catalogue, Error, Product, ProductCode};

/// The name of a purchasing region (*inkoopregio*), e.g. `"Centraal Gelderland"`: 1 to 200
/// bytes, no control characters, kept as spelled. Two names are equal when they are equal
/// ignoring ASCII case and surrounding whitespace.
///
/// `Display` prints the name as spelled; `FromStr` is [`PurchasingRegion::new`].
///
/// # Example
///
/// ```
/// use jbjr::catalogue::PurchasingRegion;
/// let a: PurchasingRegion = "Rijk van Nijmegen".parse()?;
/// assert_eq!(a, "rijk van nijmegen".parse()?);
/// assert_eq!(a.to_string(), "Rijk van Nijmegen");
/// assert!("".parse::<PurchasingRegion>().is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PurchasingRegion(Cow<'static, str>);

impl PurchasingRegion {
    /// A region name, checked: not empty, at most 200 bytes, no control characters.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] (field `purchasing_regions`) naming what is wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::catalogue::PurchasingRegion;
    /// assert_eq!(PurchasingRegion::new("Achterhoek")?.as_str(), "Achterhoek");
    /// assert!(PurchasingRegion::new("Achter\nhoek").is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(name: impl Into<String>) -> Result<PurchasingRegion, Error> {
        let name = name.into();
        crate::catalogue::check_name("-", "purchasing_regions", &name)?;
        Ok(PurchasingRegion(Cow::Owned(name)))
    }

    /// An embedded name, not checked (the embedded data's tests check it).
    pub(crate) const fn embedded(name: &'static str) -> PurchasingRegion {
        PurchasingRegion(Cow::Borrowed(name))
    }

    /// The name as spelled.
    ///
    /// # Example
    ///
    /// ```
    /// let r = jbjr::catalogue::PurchasingRegion::new("Centraal Gelderland")?;
    /// assert_eq!(r.as_str(), "Centraal Gelderland");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn key(&self) -> &str {
        self.0.trim()
    }
}

impl PartialEq for PurchasingRegion {
    fn eq(&self, other: &Self) -> bool {
        self.key().eq_ignore_ascii_case(other.key())
    }
}

impl Eq for PurchasingRegion {}

impl std::hash::Hash for PurchasingRegion {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for b in self.key().bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
        state.write_u8(0xff);
    }
}

impl std::fmt::Display for PurchasingRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for PurchasingRegion {
    type Err = Error;

    fn from_str(s: &str) -> Result<PurchasingRegion, Error> {
        PurchasingRegion::new(s)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(PurchasingRegion, as_str);

/// The regions that purchase 48B80 and 48B84 in the Gelderland product book 2026: "Dit product
/// wordt enkel afgenomen door de regio's Centraal Gelderland en Rijk van Nijmegen."
pub(crate) static INTENSIEF_GEZINSGERICHT_2026: [PurchasingRegion; 2] = [
    PurchasingRegion::embedded("Centraal Gelderland"),
    PurchasingRegion::embedded("Rijk van Nijmegen"),
];

/// Where the embedded restriction is written.
const INTENSIEF_SOURCE: &str = "Productenboek JB/JR 2026 Gelderland, 48B80: \"Dit product wordt \
    enkel afgenomen door de regio's Centraal Gelderland en Rijk van Nijmegen.\"";

impl Product {
    /// The regions that purchase the product, in the order given; `None` when every region of
    /// the catalogue does (no restriction).
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// let regions: Vec<String> = book.product("48B80".parse()?)?
    ///     .purchasing_regions()
    ///     .map(|r| r.iter().map(|r| r.to_string()).collect())
    ///     .unwrap_or_default();
    /// assert_eq!(regions, ["Centraal Gelderland", "Rijk van Nijmegen"]);
    /// assert!(book.product("48B10".parse()?)?.purchasing_regions().is_none());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn purchasing_regions(&self) -> Option<&[PurchasingRegion]> {
        if self.purchasing_regions.is_empty() {
            None
        } else {
            Some(&self.purchasing_regions)
        }
    }

    /// This product, purchased only by `regions` (replacing any list it had).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] (field `purchasing_regions`) for an empty list (leave the
    /// restriction out instead) or a region named twice.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Measure, Product, Unit, catalogue::PurchasingRegion};
    /// let p = Product::new("48B80".parse()?, Measure::IntensiefGezinsgericht, "IGS", Unit::Month)
    ///     .with_purchasing_regions(vec![PurchasingRegion::new("Achterhoek")?])?;
    /// assert!(p.is_purchased_by(&"achterhoek".parse()?));
    /// assert!(p.clone().with_purchasing_regions(vec![]).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_purchasing_regions(
        mut self,
        regions: Vec<PurchasingRegion>,
    ) -> Result<Product, Error> {
        let invalid = |reason| Error::InvalidCatalogue {
            product: crate::text::text!("{}", self.code),
            field: "purchasing_regions",
            reason,
        };
        if regions.is_empty() {
            return Err(invalid(
                "the list is empty; a product bought by every region has no list".into(),
            ));
        }
        for (i, r) in regions.iter().enumerate() {
            if regions.iter().skip(i + 1).any(|other| other == r) {
                return Err(invalid(crate::text::text!(
                    "region {:?} is named twice",
                    r.as_str()
                )));
            }
        }
        self.purchasing_regions = Cow::Owned(regions);
        Ok(self)
    }

    /// Whether `region` purchases the product: always when the product has no list.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::catalogue::PurchasingRegion;
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// let igs = book.product("48B80".parse()?)?;
    /// assert!(igs.is_purchased_by(&PurchasingRegion::new("Rijk van Nijmegen")?));
    /// assert!(!igs.is_purchased_by(&PurchasingRegion::new("Achterhoek")?));
    /// assert!(book.product("48B10".parse()?)?.is_purchased_by(&PurchasingRegion::new("Achterhoek")?));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn is_purchased_by(&self, region: &PurchasingRegion) -> bool {
        self.purchasing_regions()
            .is_none_or(|list| list.contains(region))
    }
}

impl Catalogue {
    /// Checks that `region` purchases the product `code` of this catalogue
    /// ([`Product::is_purchased_by`]).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownProduct`] for an unknown code; [`Error::NotEligible`] (the product's
    /// measure, the rule, its source and the region with the regions that do purchase it) when
    /// `region` does not purchase it.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Error, catalogue::PurchasingRegion};
    /// let book = Catalogue::gelderland_2026();
    /// let igs = "48B80".parse()?;
    /// book.check_purchasing_region(igs, &"Centraal Gelderland".parse()?)?;
    /// let err = book.check_purchasing_region(igs, &PurchasingRegion::new("Achterhoek")?).unwrap_err();
    /// assert!(matches!(err, Error::NotEligible { .. }));
    /// assert!(err.to_string().contains("enkel afgenomen"), "{err}");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn check_purchasing_region(
        &self,
        code: ProductCode,
        region: &PurchasingRegion,
    ) -> Result<(), Error> {
        let product = self.product(code)?;
        let Some(list) = product.purchasing_regions() else {
            return Ok(());
        };
        if list.contains(region) {
            return Ok(());
        }
        let names: Vec<&str> = list.iter().map(PurchasingRegion::as_str).collect();
        let embedded = list == INTENSIEF_GEZINSGERICHT_2026.as_slice()
            && self.region().eq_ignore_ascii_case("Gelderland");
        Err(Error::NotEligible {
            measure: product.measure(),
            rule: "the product is purchased only by the regions the catalogue lists",
            source_ref: if embedded {
                INTENSIEF_SOURCE
            } else {
                "the product's purchasing_regions in the catalogue"
            },
            detail: crate::text::text!(
                "product {code}, region {}; purchased by: {}",
                region.as_str(),
                names.join(", ")
            ),
        })
    }
}
