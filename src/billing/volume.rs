//! Hourly volumes: see the [`billing`](crate::billing) layer docs.

use rust_decimal::Decimal;

use crate::money::{mul_exact, round_cents_ratio, to_cents};
use crate::{Catalogue, Error, ProductCategory, ProductCode, Provider, Unit};

/// Minutes in an hour.
const MINUTES_PER_HOUR: u32 = 60;

/// The hours to declare for `minutes` of care over a declaration period (iJw IV079): rounded
/// arithmetically (< 30 minutes down, ≥ 30 minutes up) on the period total, at least 1 hour.
///
/// # Errors
///
/// [`Error::EmptyVolume`] for `0` minutes: there is nothing to declare.
///
/// # Example
///
/// ```
/// use jbjr::billing::iv079_hours;
/// assert_eq!(iv079_hours(4 * 95)?, 6); // IV079's example: 380 min = 6 h 20 min → 6 h
/// assert_eq!(iv079_hours(90)?, 2);     // 1 h 30 min → 2 h
/// assert_eq!(iv079_hours(10)?, 1);     // minimum 1 hour
/// assert!(iv079_hours(0).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn iv079_hours(minutes: u32) -> Result<u32, Error> {
    if minutes == 0 {
        return Err(Error::EmptyVolume { what: "minutes" });
    }
    let whole = minutes / MINUTES_PER_HOUR;
    let rest = minutes % MINUTES_PER_HOUR;
    let hours = if rest >= MINUTES_PER_HOUR / 2 {
        whole + 1
    } else {
        whole
    };
    Ok(hours.max(1))
}

/// A priced volume: hours (IV079), minutes (IV081) or units (TR346) of one product.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Provider, Unit};
/// let book = Catalogue::gelderland_2026();
/// let p = book.price_minutes("49B01".parse()?, Provider::Wss, 50)?;
/// assert_eq!(p.unit(), Unit::Minute);
/// assert_eq!(p.volume(), 50);
/// assert_eq!(p.product_tariff().to_string(), "2.49"); // 149.17 ÷ 60 = 2.486…
/// assert_eq!(p.amount().to_string(), "124.31");      // 149.17 × 50 ÷ 60 = 124.308…
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VolumePrice {
    code: ProductCode,
    provider: Provider,
    unit: Unit,
    volume: u32,
    contract_tariff: Decimal,
    product_tariff: Decimal,
    amount: Decimal,
}

impl VolumePrice {
    /// The product code.
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?;
    /// assert_eq!(p.code().as_str(), "49B01");
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
    /// let p = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?;
    /// assert_eq!(p.provider(), jbjr::Provider::Wss);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn provider(&self) -> Provider {
        self.provider
    }

    /// The unit the volume is declared in.
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?;
    /// assert_eq!(p.unit(), jbjr::Unit::Hour);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// The declared volume (whole hours after IV079 rounding, minutes, or units).
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 150)?;
    /// assert_eq!(p.volume(), 3); // 2 h 30 min → 3 h
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn volume(&self) -> u32 {
        self.volume
    }

    /// The `ProductTarief` of the declaration: the contract tariff, or for minutes the hourly
    /// rate ÷ 60 rounded to cents (IV081; shown, not used for the amount).
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::Catalogue::gelderland_2026().price_minutes("49B01".parse()?, jbjr::Provider::JbGld, 1)?;
    /// assert_eq!(p.product_tariff().to_string(), "2.44"); // 146.25 ÷ 60 = 2.4375
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn product_tariff(&self) -> Decimal {
        self.product_tariff
    }

    /// The contract tariff per the product's unit (for hourly products, the hourly rate), in
    /// euros and whole cents as in the catalogue; not rounded here.
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::Catalogue::gelderland_2026().price_minutes("49B01".parse()?, jbjr::Provider::JbGld, 1)?;
    /// assert_eq!(p.contract_tariff().to_string(), "146.25");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn contract_tariff(&self) -> Decimal {
        self.contract_tariff
    }

    /// The amount in euros (whole cents).
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::JbGld, 380)?;
    /// assert_eq!(p.amount().to_string(), "877.50"); // 6 h × 146.25
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn amount(&self) -> Decimal {
        self.amount
    }

    /// The price as an iJw declaration line.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when an amount does not fit an `i64` of cents.
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::Catalogue::gelderland_2026().price_minutes("49B98".parse()?, jbjr::Provider::LdH, 45)?;
    /// let line = p.ijw()?;
    /// assert_eq!(line.unit_code(), Some("01"));
    /// assert_eq!(line.amount_cents(), 11188); // 149.17 × 45 ÷ 60 = 111.8775 → 111.88
    /// assert!(line.tr346_holds());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn ijw(&self) -> Result<IjwLine, Error> {
        let hourly = (self.unit == Unit::Minute).then_some(self.contract_tariff);
        IjwLine::new(
            self.code,
            self.unit,
            self.volume,
            self.product_tariff,
            self.amount,
            hourly,
        )
    }
}

/// One declaration line as iJw (JW323) carries it: product category (JZ020), product code,
/// unit (WJ756), volume, `ProductTarief` and `IngediendBedrag` in whole eurocents.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, ProductCategory, Provider};
/// // 130 minutes of ACD JR (49B99) by JbGld, declared in hours: 2 h 10 min → 2 hours (IV079).
/// let line = Catalogue::gelderland_2026().price_hours("49B99".parse()?, Provider::JbGld, 130)?.ijw()?;
/// assert_eq!(line.category(), Some(ProductCategory::PreventiefJustitieel));
/// assert_eq!(line.unit_code(), Some("04"));
/// assert_eq!((line.volume(), line.product_tariff_cents(), line.amount_cents()), (2, 14625, 29250));
/// assert!(line.tr346_holds());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IjwLine {
    category: Option<ProductCategory>,
    code: ProductCode,
    unit: Unit,
    volume: u32,
    product_tariff_cents: i64,
    amount_cents: i64,
    hourly_rate_cents: Option<i64>,
}

impl IjwLine {
    pub(crate) fn new(
        code: ProductCode,
        unit: Unit,
        volume: u32,
        product_tariff: Decimal,
        amount: Decimal,
        hourly_rate: Option<Decimal>,
    ) -> Result<IjwLine, Error> {
        Ok(IjwLine {
            category: code.category(),
            code,
            unit,
            volume,
            product_tariff_cents: to_cents(product_tariff)?,
            amount_cents: to_cents(amount)?,
            hourly_rate_cents: hourly_rate.map(to_cents).transpose()?,
        })
    }

    /// The JZ020 product category (from the code), if the code has one.
    ///
    /// # Example
    ///
    /// ```
    /// // 60 minutes of consultation (49B01) by WSS, declared in hours: 1 hour at € 149.17.
    /// let line = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?.ijw()?;
    /// assert_eq!(line.category().map(|c| c.code()), Some(49));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn category(&self) -> Option<ProductCategory> {
        self.category
    }

    /// The product code.
    ///
    /// # Example
    ///
    /// ```
    /// // 60 minutes of consultation (49B01) by WSS, declared in hours: 1 hour at € 149.17.
    /// let line = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?.ijw()?;
    /// assert_eq!(line.code().as_str(), "49B01");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn code(&self) -> ProductCode {
        self.code
    }

    /// The unit.
    ///
    /// # Example
    ///
    /// ```
    /// // 60 minutes of consultation (49B01) by WSS, declared in hours: 1 hour at € 149.17.
    /// let line = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?.ijw()?;
    /// assert_eq!(line.unit(), jbjr::Unit::Hour);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// The WJ756 unit code ([`Unit::wj756`]); `None` for a month, which WJ756 3.2 does not
    /// list: fill it as your regional agreement prescribes.
    ///
    /// # Example
    ///
    /// ```
    /// // 60 minutes of consultation (49B01) by WSS, declared in minutes (IV081).
    /// let line = jbjr::Catalogue::gelderland_2026().price_minutes("49B01".parse()?, jbjr::Provider::Wss, 60)?.ijw()?;
    /// assert_eq!(line.unit_code(), Some("01"));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn unit_code(&self) -> Option<&'static str> {
        self.unit.wj756()
    }

    /// `GeleverdVolume`.
    ///
    /// # Example
    ///
    /// ```
    /// // 61 minutes of consultation (49B01) by WSS, declared in minutes (IV081).
    /// let line = jbjr::Catalogue::gelderland_2026().price_minutes("49B01".parse()?, jbjr::Provider::Wss, 61)?.ijw()?;
    /// assert_eq!(line.volume(), 61);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn volume(&self) -> u32 {
        self.volume
    }

    /// `ProductTarief` in eurocents.
    ///
    /// # Example
    ///
    /// ```
    /// // 60 minutes of consultation (49B01) by WSS, declared in hours: 1 hour at € 149.17.
    /// let line = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?.ijw()?;
    /// assert_eq!(line.product_tariff_cents(), 14917);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn product_tariff_cents(&self) -> i64 {
        self.product_tariff_cents
    }

    /// `IngediendBedrag` in eurocents.
    ///
    /// # Example
    ///
    /// ```
    /// // 60 minutes of consultation (49B01) by WSS, declared in hours: 1 hour at € 149.17.
    /// let line = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?.ijw()?;
    /// assert_eq!(line.amount_cents(), 14917);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn amount_cents(&self) -> i64 {
        self.amount_cents
    }

    /// Whether the line satisfies TR346: `amount = volume × ProductTarief`; for an hourly rate
    /// declared in minutes, `amount = round(hourly rate × minutes ÷ 60)` (IV081).
    ///
    /// # Example
    ///
    /// ```
    /// // 60 minutes of consultation (49B01) by WSS, declared in hours: 1 hour at € 149.17.
    /// let line = jbjr::Catalogue::gelderland_2026().price_hours("49B01".parse()?, jbjr::Provider::Wss, 60)?.ijw()?;
    /// assert!(line.tr346_holds());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn tr346_holds(&self) -> bool {
        let volume = i128::from(self.volume);
        let expected = match self.hourly_rate_cents {
            // round half away from zero of rate × minutes ÷ 60, in cents (non-negative values)
            Some(rate) => (i128::from(rate) * volume * 2 + 60) / 120,
            None => volume * i128::from(self.product_tariff_cents),
        };
        expected == i128::from(self.amount_cents)
    }
}

impl Catalogue {
    fn hourly_tariff(&self, code: ProductCode, provider: Provider) -> Result<Decimal, Error> {
        let tariff = self.tariff(code, provider)?;
        if tariff.unit() != Unit::Hour {
            return Err(Error::UnitMismatch {
                code,
                expected: Unit::Hour,
                actual: tariff.unit(),
            });
        }
        Ok(tariff.amount())
    }

    /// Prices `minutes` of care over a declaration period, declared in hours: IV079 rounding
    /// of the period total to whole hours (< 30 min down, ≥ 30 up, at least 1 hour), then
    /// `hours × hourly rate` (TR346; exact, no rounding needed).
    ///
    /// # Errors
    ///
    /// [`Error::EmptyVolume`] for 0 minutes; [`Error::UnitMismatch`] when the product is not
    /// priced per hour; [`Error::UnknownProduct`], [`Error::NotOffered`]; [`Error::Overflow`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let book = Catalogue::gelderland_2026();
    /// // IV079: 4 weeks × 95 minutes = 380 minutes → 6 hours.
    /// let p = book.price_hours("49B01".parse()?, Provider::Wss, 4 * 95)?;
    /// assert_eq!(p.volume(), 6);
    /// assert_eq!(p.amount().to_string(), "895.02"); // 6 × 149.17
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn price_hours(
        &self,
        code: ProductCode,
        provider: Provider,
        minutes: u32,
    ) -> Result<VolumePrice, Error> {
        let rate = self.hourly_tariff(code, provider)?;
        let hours = iv079_hours(minutes)?;
        let amount = mul_exact(rate, Decimal::from(hours), "hours × hourly rate")?;
        Ok(VolumePrice {
            code,
            provider,
            unit: Unit::Hour,
            volume: hours,
            contract_tariff: rate,
            product_tariff: rate,
            amount,
        })
    }

    /// Prices `minutes` of care of an hourly product declared in minutes (IV081):
    /// amount = `hourly rate × minutes ÷ 60`, rounded once to cents half away from zero. The
    /// `ProductTarief` shown is `hourly rate ÷ 60`, rounded to cents; it is not used for the
    /// amount.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyVolume`] for 0 minutes; [`Error::UnitMismatch`] when the product is not
    /// priced per hour; [`Error::UnknownProduct`], [`Error::NotOffered`]; [`Error::Overflow`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let p = Catalogue::gelderland_2026().price_minutes("49B01".parse()?, Provider::JbGld, 95)?;
    /// // 146.25 × 95 ÷ 60 = 231.5625 → 231.56; per-minute tariff 2.4375 → 2.44 (95 × 2.44 = 231.80, not used)
    /// assert_eq!(p.amount().to_string(), "231.56");
    /// assert_eq!(p.product_tariff().to_string(), "2.44");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn price_minutes(
        &self,
        code: ProductCode,
        provider: Provider,
        minutes: u32,
    ) -> Result<VolumePrice, Error> {
        let rate = self.hourly_tariff(code, provider)?;
        if minutes == 0 {
            return Err(Error::EmptyVolume { what: "minutes" });
        }
        // Each rounded once, from the exact value (integer arithmetic on the mantissa).
        let amount = round_cents_ratio(
            rate,
            minutes,
            MINUTES_PER_HOUR,
            "hourly rate × minutes ÷ 60",
        )?;
        let per_minute = round_cents_ratio(rate, 1, MINUTES_PER_HOUR, "hourly rate ÷ 60")?;
        Ok(VolumePrice {
            code,
            provider,
            unit: Unit::Minute,
            volume: minutes,
            contract_tariff: rate,
            product_tariff: per_minute,
            amount,
        })
    }

    /// Prices `volume` units of a product at its tariff: amount = volume × tariff (TR346), exact.
    /// For hourly products `volume` is whole hours (round partial hours first with
    /// [`iv079_hours`], or use [`Catalogue::price_hours`]); for per-piece products, pieces.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyVolume`] for a volume of 0; [`Error::UnknownProduct`],
    /// [`Error::NotOffered`]; [`Error::Overflow`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Catalogue, Provider};
    /// let p = Catalogue::gelderland_2026().price_volume("49B07".parse()?, Provider::Wss, 2)?;
    /// assert_eq!(p.amount().to_string(), "3580.08"); // 2 × 1790.04
    /// assert!(p.ijw()?.tr346_holds());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn price_volume(
        &self,
        code: ProductCode,
        provider: Provider,
        volume: u32,
    ) -> Result<VolumePrice, Error> {
        let tariff = self.tariff(code, provider)?;
        if volume == 0 {
            return Err(Error::EmptyVolume { what: "volume" });
        }
        let amount = mul_exact(tariff.amount(), Decimal::from(volume), "volume × tariff")?;
        Ok(VolumePrice {
            code,
            provider,
            unit: tariff.unit(),
            volume,
            contract_tariff: tariff.amount(),
            product_tariff: tariff.amount(),
            amount,
        })
    }
}
