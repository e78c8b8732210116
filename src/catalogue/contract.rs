//! [`Contract`]: one GI's contract tariffs for a region, to complete a catalogue that
//! publishes none ([`Catalogue::with_contract`](crate::Catalogue::with_contract)).

use rust_decimal::Decimal;

use crate::{Error, ProductCode, ProviderInfo};

/// A provider's contract with a region: the GI (with its full name, AGB code and hourly rate)
/// and its tariff per product code, for one year.
///
/// A region such as Holland Rijnland publishes services and rules but no prices: each GI's
/// tariffs are in its contract. [`Catalogue::with_contract`](crate::Catalogue::with_contract)
/// adds the GI and its tariffs to the region's catalogue, which then quotes and budgets. With
/// the `serde` feature a contract is also a file (see `catalogue::format`).
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Contract, Decimal, ProviderInfo};
///
/// // A made-up GI with made-up tariffs.
/// let gi = ProviderInfo::new("JBVoorbeeld".parse()?, "Jeugdbescherming Voorbeeld")?;
/// let contract = Contract::new("Holland Rijnland", 2026, gi)
///     .with_tariff("48A04".parse()?, Decimal::new(125000, 2))?
///     .with_tariff("48A06".parse()?, Decimal::new(98000, 2))?;
/// assert_eq!(contract.tariffs().len(), 2);
/// let hr = Catalogue::holland_rijnland().with_contract(&contract)?;
/// assert_eq!(hr.providers().len(), 1);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contract {
    pub(crate) region: String,
    pub(crate) year: i32,
    pub(crate) provider: ProviderInfo,
    pub(crate) tariffs: Vec<(ProductCode, Decimal)>,
}

impl Contract {
    /// A contract of `provider` with `region` for `year`, without tariffs yet.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Contract, ProviderInfo};
    /// let c = Contract::new("Holland Rijnland", 2026, ProviderInfo::new("Nidos".parse()?, "Nidos")?);
    /// assert_eq!(c.region(), "Holland Rijnland");
    /// assert_eq!(c.year(), 2026);
    /// assert!(c.tariffs().is_empty());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn new(region: impl Into<String>, year: i32, provider: ProviderInfo) -> Contract {
        Contract {
            region: region.into(),
            year,
            provider,
            tariffs: Vec::new(),
        }
    }

    /// This contract with the tariff `amount` (euros, whole cents) for `code`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] when the amount is negative or not whole cents, or when the
    /// contract already has a tariff for `code`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Contract, Decimal, ProviderInfo};
    /// let c = Contract::new("Holland Rijnland", 2026, ProviderInfo::new("Nidos".parse()?, "Nidos")?)
    ///     .with_tariff("48A04".parse()?, Decimal::new(125000, 2))?;
    /// assert!(c.clone().with_tariff("48A04".parse()?, Decimal::new(1, 0)).is_err()); // twice
    /// assert!(c.with_tariff("48A05".parse()?, Decimal::new(1, 3)).is_err()); // not whole cents
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_tariff(mut self, code: ProductCode, amount: Decimal) -> Result<Contract, Error> {
        let amount = crate::money::cents_amount(code.as_str(), amount)?;
        if self.tariffs.iter().any(|(c, _)| *c == code) {
            return Err(Error::InvalidCatalogue {
                product: code.as_str().into(),
                field: "tariffs",
                reason: "the contract has a tariff for this code more than once".into(),
            });
        }
        let at = self.tariffs.partition_point(|(c, _)| *c < code);
        self.tariffs.insert(at, (code, amount));
        Ok(self)
    }

    /// The region the contract is with.
    ///
    /// # Example
    ///
    /// ```
    /// # use jbjr::{Contract, ProviderInfo};
    /// let c = Contract::new("Holland Rijnland", 2026, ProviderInfo::new("Nidos".parse()?, "Nidos")?);
    /// assert_eq!(c.region(), "Holland Rijnland");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The year the contract's tariffs hold for.
    ///
    /// # Example
    ///
    /// ```
    /// # use jbjr::{Contract, ProviderInfo};
    /// let c = Contract::new("Holland Rijnland", 2026, ProviderInfo::new("Nidos".parse()?, "Nidos")?);
    /// assert_eq!(c.year(), 2026);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The contracted provider, as the completed catalogue will declare it.
    ///
    /// # Example
    ///
    /// ```
    /// # use jbjr::{Contract, ProviderInfo};
    /// let c = Contract::new("Holland Rijnland", 2026, ProviderInfo::new("Nidos".parse()?, "Nidos")?);
    /// assert_eq!(c.provider().full_name(), "Nidos");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn provider(&self) -> &ProviderInfo {
        &self.provider
    }

    /// The contract's tariffs (euros, whole cents; not rounded), in code order.
    ///
    /// # Example
    ///
    /// ```
    /// # use jbjr::{Contract, Decimal, ProviderInfo};
    /// let c = Contract::new("Holland Rijnland", 2026, ProviderInfo::new("Nidos".parse()?, "Nidos")?)
    ///     .with_tariff("48A06".parse()?, Decimal::new(98000, 2))?;
    /// assert_eq!(c.tariffs()[0].1, Decimal::new(98000, 2));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn tariffs(&self) -> &[(ProductCode, Decimal)] {
        &self.tariffs
    }
}
