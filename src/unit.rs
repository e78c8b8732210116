//! [`Unit`]: what a tariff is per, with its iJw code (WJ756) where one exists; and
//! [`NormPeriod`], what norm hours are per.

/// What a tariff is charged per.
///
/// `Display`/`FromStr` use lower-case English names (`"month"`, `"hour"`, `"traject"`,
/// `"piece"`, `"minute"`); `FromStr` is case-insensitive and also accepts the Dutch words of the
/// product book (`"maandtarief"`, `"maand"`, `"uur"`, `"stuks"`, `"minuut"`).
///
/// # Example
///
/// ```
/// use jbjr::Unit;
///
/// let unit: Unit = "maandtarief".parse()?;
/// assert_eq!(unit, Unit::Month);
/// assert_eq!(unit.to_string(), "month");
/// assert_eq!(Unit::Hour.wj756(), Some("04"));
/// assert_eq!(Unit::Month.wj756(), None);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::VariantArray,
    strum::EnumCount,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(ascii_case_insensitive, parse_err_fn = unit_parse_error, parse_err_ty = crate::Error)]
#[non_exhaustive]
pub enum Unit {
    /// A calendar month ("maandtarief"), billed by the SAP GI month rule.
    #[strum(to_string = "month", serialize = "maand", serialize = "maandtarief")]
    Month,
    /// An hour ("uur"); iJw WJ756 code `04`.
    #[strum(to_string = "hour", serialize = "uur")]
    Hour,
    /// A minute ("minuut"); iJw WJ756 code `01`. Hourly tariffs may be declared in minutes (IV081).
    #[strum(to_string = "minute", serialize = "minuut")]
    Minute,
    /// One traject (a whole piece of work billed once, e.g. a GBM advice); declared as one
    /// "stuks (output)", iJw WJ756 code `82`.
    #[strum(to_string = "traject")]
    Traject,
    /// One piece ("stuks"), e.g. one instemmingsverklaring; iJw WJ756 code `82`.
    #[strum(to_string = "piece", serialize = "stuks", serialize = "stuk")]
    Piece,
}

impl Unit {
    /// Every unit, in declaration order: the units this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Unit;
    /// assert_eq!(Unit::all().first(), Some(&Unit::Month));
    /// assert!(Unit::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [Unit] {
        <Unit as strum::VariantArray>::VARIANTS
    }
}

fn unit_parse_error(input: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: "unit",
        input: crate::error::clip(input),
        expected: "month, hour, minute, traject, piece",
    }
}

impl Unit {
    /// The iJw codelist WJ756 ("Eenheid") code, or `None` for a month, which WJ756 3.2 does not
    /// list (certified institutions declare months through their monthly tariff, SAP GI).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Unit::Piece.wj756(), Some("82"));
    /// ```
    #[must_use]
    pub const fn wj756(self) -> Option<&'static str> {
        match self {
            Unit::Month => None,
            Unit::Hour => Some("04"),
            Unit::Minute => Some("01"),
            Unit::Traject | Unit::Piece => Some("82"),
        }
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Unit, into);

/// What a product's norm hours are counted per, as printed in its section of the product book.
///
/// `Display` gives words a person reads after "per" (`"year"`, `"quarter"`, `"3 months"`,
/// `"month"`, `"traject"`); [`NormPeriod::as_str`] and serde the machine spelling, snake_case
/// like every enum of the crate (`"three_months"`). `FromStr` accepts both, ignoring ASCII
/// case, and the Dutch words of the product book (`"jaar"`, `"kwartaal"`, `"3 maanden"`,
/// `"maand"`).
///
/// # Example
///
/// ```
/// use jbjr::NormPeriod;
///
/// assert_eq!(NormPeriod::Quarter.per_year(), Some(4));
/// assert_eq!(NormPeriod::Traject.per_year(), None);
/// assert_eq!("quarter".parse::<NormPeriod>()?, NormPeriod::Quarter);
/// assert_eq!(format!("per {}", NormPeriod::ThreeMonths), "per 3 months");
/// assert_eq!(NormPeriod::ThreeMonths.as_str(), "three_months");
/// assert_eq!("3 maanden".parse::<NormPeriod>()?, NormPeriod::ThreeMonths);
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::VariantArray,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(
    ascii_case_insensitive,
    parse_err_fn = norm_parse_error,
    parse_err_ty = crate::Error
)]
#[non_exhaustive]
pub enum NormPeriod {
    /// Per year ("normuren per jaar").
    #[strum(to_string = "year", serialize = "jaar")]
    Year,
    /// Per quarter (VoVo: "20 uur per kwartaal").
    #[strum(to_string = "quarter", serialize = "kwartaal")]
    Quarter,
    /// Per three-month term (LET GTO: "normuren per 3 maanden").
    #[strum(
        to_string = "three_months",
        serialize = "3 months",
        serialize = "3 maanden"
    )]
    ThreeMonths,
    /// Per month (Forza: "normuren per maand").
    #[strum(to_string = "month", serialize = "maand")]
    Month,
    /// Per traject or piece (GBM advies, instemmingsverklaring).
    #[strum(to_string = "traject")]
    Traject,
}

impl NormPeriod {
    /// Every norm period, in declaration order: the norm periods this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::NormPeriod;
    /// assert_eq!(NormPeriod::all().first(), Some(&NormPeriod::Year));
    /// assert!(NormPeriod::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [NormPeriod] {
        <NormPeriod as strum::VariantArray>::VARIANTS
    }
}

fn norm_parse_error(input: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: "norm period",
        input: crate::error::clip(input),
        expected: "year, quarter, 3 months, month, traject",
    }
}

impl std::fmt::Display for NormPeriod {
    /// Readable words: `"3 months"`, not the machine spelling `"three_months"`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(match self {
            NormPeriod::Year => "year",
            NormPeriod::Quarter => "quarter",
            NormPeriod::ThreeMonths => "3 months",
            NormPeriod::Month => "month",
            NormPeriod::Traject => "traject",
        })
    }
}

impl NormPeriod {
    /// The machine spelling, snake_case (`"three_months"`), as serde writes it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::NormPeriod::Year.as_str(), "year");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// How many of these periods make a year; `None` for a traject.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::NormPeriod::ThreeMonths.per_year(), Some(4));
    /// ```
    #[must_use]
    pub const fn per_year(self) -> Option<u32> {
        match self {
            NormPeriod::Year => Some(1),
            NormPeriod::Quarter | NormPeriod::ThreeMonths => Some(4),
            NormPeriod::Month => Some(12),
            NormPeriod::Traject => None,
        }
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(NormPeriod, as_str);

impl Unit {
    /// Whether norm hours counted per `period` fit a tariff per this unit: per-traject and
    /// per-piece tariffs need norm hours per traject, monthly tariffs need hours per year,
    /// quarter, three months or month. Hourly tariffs have no norm hours.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{NormPeriod, Unit};
    /// assert!(Unit::Month.fits_norm(NormPeriod::Quarter));
    /// assert!(!Unit::Traject.fits_norm(NormPeriod::Year));
    /// ```
    #[must_use]
    pub const fn fits_norm(self, period: NormPeriod) -> bool {
        match self {
            Unit::Month => !matches!(period, NormPeriod::Traject),
            Unit::Traject | Unit::Piece => matches!(period, NormPeriod::Traject),
            Unit::Hour | Unit::Minute => false,
        }
    }
}
