//! [`Reason`]: why the municipality's check rejects a declaration line, each with the iJw rule
//! or SAP GI clause it applies and the values that broke it.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::{Error, Unit};

/// A field of a declaration line that could not be read (Basisschema formats: a product code of
/// 1 to 5 letters or digits, dates, whole numbers, amounts in whole eurocents).
///
/// # Example
///
/// ```
/// use jbjr::declaration::{LineText, Submitted};
/// let text = LineText { code: "48-10", ..LineText::default() };
/// match Submitted::read("bsn", &text) {
///     Submitted::Unreadable { problems, .. } => assert_eq!(problems[0].field, "product code"),
///     other => panic!("{other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{field} {input:?} cannot be read: {problem}")]
pub struct Unreadable {
    /// The field, as named in these docs ("product code", "amount in eurocents", …).
    pub field: &'static str,
    /// The text as it came.
    pub input: String,
    /// What is wrong with it.
    pub problem: String,
}

/// Why a declaration line is rejected. [`Reason::rule`] names the iJw rule or SAP GI clause; the
/// message (`Display`) gives the values.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, declaration::Reason};
/// let r = Reason::TariffDiffers { declared: Decimal::new(125000, 2), contract: Decimal::new(125929, 2) };
/// assert_eq!(r.rule(), "TR418");
/// assert!(r.to_string().contains("1259.29"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Reason {
    /// A field could not be read.
    #[error("unreadable line: {0}")]
    Unreadable(Unreadable),
    /// The product period ends before it starts.
    #[error("the product period {start} to {end} ends before it starts")]
    PeriodReversed {
        /// Declared first day.
        start: NaiveDate,
        /// Declared last day.
        end: NaiveDate,
    },
    /// The product period is not inside one calendar month (OP367).
    #[error("the product period {start} to {end} is not inside one calendar month")]
    NotInOneMonth {
        /// Declared first day.
        start: NaiveDate,
        /// Declared last day.
        end: NaiveDate,
    },
    /// The volume is negative (IV042: `GeleverdVolume` is a whole number of the unit).
    #[error("the volume {volume} is negative")]
    NegativeVolume {
        /// Declared volume.
        volume: i64,
    },
    /// A monthly or per-traject product is declared with a volume other than 1 (SAP GI
    /// "Declaratie-eenheid": JB and JR per month, GBM-advies 1 piece, once).
    #[error("a product priced per {unit} is declared with volume 1, not {volume}")]
    VolumeNotOne {
        /// Declared volume.
        volume: i64,
        /// The product's unit.
        unit: Unit,
    },
    /// The product tariff is negative or not whole eurocents (Basisschema: amounts in eurocents).
    #[error("the product tariff {tariff} is not a non-negative amount in whole cents")]
    TariffNotCents {
        /// Declared product tariff.
        tariff: Decimal,
    },
    /// The amount lies outside 0 to 99,999,999 eurocents (Basisschema).
    #[error("the amount of {cents} eurocents lies outside 0 to 99999999")]
    AmountOutOfRange {
        /// Declared amount in eurocents.
        cents: i64,
    },
    /// There is no contract tariff: the product is unknown, not offered by that GI, priced by
    /// volume where a month was declared, or the month lies outside the catalogues' years
    /// (TR418 compares with the contract tariff of the product code).
    #[error("no contract tariff: {0}")]
    NoContractTariff(Error),
    /// The declared unit is not the unit of the allocation or the product (TR341; IV081 allows
    /// minutes against an hourly tariff).
    #[error("declared per {declared}, but the allocation is per {expected}")]
    UnitDiffers {
        /// Declared unit.
        declared: Unit,
        /// The allocation's (or product's) unit.
        expected: Unit,
    },
    /// The product tariff differs from the contract tariff (TR418; for minutes the hourly
    /// tariff ÷ 60 rounded to cents, IV081).
    #[error("product tariff {declared} differs from the contract tariff {contract}")]
    TariffDiffers {
        /// Declared product tariff.
        declared: Decimal,
        /// Contract tariff for the declared unit.
        contract: Decimal,
    },
    /// The amount is not volume × product tariff (TR346; for minutes `hourly tariff × minutes ÷
    /// 60` rounded to cents, IV081).
    #[error("amount {declared_cents} eurocents, expected {expected_cents} (volume × tariff)")]
    AmountDiffers {
        /// Declared amount in eurocents.
        declared_cents: i64,
        /// Volume × contract tariff in eurocents.
        expected_cents: i64,
    },
    /// No allocation of this product by this GI for this client (TR339, TR340: category and
    /// product code match the allocation).
    #[error("no allocation of this product by this GI for this client")]
    NoAllocation,
    /// The product period lies outside the allocation and care (TR307, TR308), or care has not
    /// started (no JW305).
    #[error("the product period {start} to {end} lies outside the case period {case_start} to {}", case_end.map_or("open".to_string(), |d| d.to_string()))]
    OutsideAllocation {
        /// Declared first day.
        start: NaiveDate,
        /// Declared last day.
        end: NaiveDate,
        /// First day of the case (allocation ∩ care).
        case_start: NaiveDate,
        /// Last day of the case, if any.
        case_end: Option<NaiveDate>,
    },
    /// Care has not started: no JW305 for the allocation.
    #[error("care has not started for this allocation (no JW305)")]
    CareNotStarted,
    /// The product period does not start on the 1st, or on the case's first day when that is
    /// later in the month (TR387).
    #[error("the product period starts on {start}, expected {expected}")]
    PeriodStart {
        /// Declared first day.
        start: NaiveDate,
        /// The first day TR387 gives.
        expected: NaiveDate,
    },
    /// The product period does not end on the last day of the month, or on the case's last day
    /// when that is earlier in the month (TR388).
    #[error("the product period ends on {end}, expected {expected}")]
    PeriodEnd {
        /// Declared last day.
        end: NaiveDate,
        /// The last day TR388 gives.
        expected: NaiveDate,
    },
    /// The first broken month, which SAP GI does not bill unless care also ends in it.
    #[error("{month} is the first broken month of a case from {case_start}: not billed")]
    FirstBrokenMonth {
        /// The declared month (its first day).
        month: NaiveDate,
        /// First day of the case.
        case_start: NaiveDate,
    },
    /// A per-traject or per-piece product (GBM advies) declared other than once, in full, in
    /// the month the traject ends (SAP GI: "éénmalige declaratie").
    #[error("a per-traject product is declared once, in the month it ends ({}), not in {month}", case_end.map_or("not yet ended".to_string(), |d| d.to_string()))]
    NotOnceAtEnd {
        /// The declared month (its first day).
        month: NaiveDate,
        /// Last day of the case, if it has one.
        case_end: Option<NaiveDate>,
    },
    /// LET GTO (48B15) is declared once per family, for its three-month term (Productenboek JB/JR
    /// 2026 Gelderland, LET GTO 48B15).
    #[error("LET GTO is declared once per family, for its term {term_start} to {term_end}")]
    LetGtoOnce {
        /// First day of the family's LET GTO term.
        term_start: NaiveDate,
        /// Last day of the term (three months).
        term_end: NaiveDate,
    },
    /// The declared volume exceeds the allocated volume per month (TR321, TR322).
    #[error("volume {declared} {unit} exceeds the allocated {allocated} {unit}")]
    VolumeAboveAllocation {
        /// Declared volume.
        declared: i64,
        /// Allocated volume per month, in the declared unit.
        allocated: i64,
        /// The unit.
        unit: Unit,
    },
    /// The same client, product, GI and month was approved before and not credited, or earlier
    /// in this declaration (TR389, TR416: no double billing).
    #[error("{month} is already approved for this client and product and was not credited")]
    AlreadyApproved {
        /// The month (its first day).
        month: NaiveDate,
    },
    /// A credit for a line that was never approved (SAP GI "Correcties op declaraties": an
    /// approved line is credited, then declared again corrected).
    #[error("credit for a line that was never approved")]
    CreditWithoutApproval,
    /// The month of the product period has not ended on the declaration date (TR318, TR319: no
    /// period in the future).
    #[error("the month ending {month_end} has not ended on the declaration date {declared_on}")]
    MonthNotEnded {
        /// Last day of the declared month.
        month_end: NaiveDate,
        /// The declaration date.
        declared_on: NaiveDate,
    },
}

impl Reason {
    /// The iJw rule codes or SAP GI clause the reason applies.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::Reason;
    /// assert_eq!(Reason::AmountDiffers { declared_cents: 1, expected_cents: 2 }.rule(), "TR346");
    /// assert_eq!(Reason::NoAllocation.rule(), "TR339, TR340");
    /// ```
    #[must_use]
    pub const fn rule(&self) -> &'static str {
        match self {
            Reason::Unreadable(_) => "Basisschema formats",
            Reason::PeriodReversed { .. } | Reason::NotInOneMonth { .. } => "OP367",
            Reason::NegativeVolume { .. } => "IV042",
            Reason::VolumeNotOne { .. } => "SAP GI Declaratie-eenheid",
            Reason::TariffNotCents { .. } | Reason::AmountOutOfRange { .. } => {
                "Basisschema amounts"
            }
            Reason::NoContractTariff(_) | Reason::TariffDiffers { .. } => "TR418",
            Reason::UnitDiffers { .. } => "TR341",
            Reason::AmountDiffers { .. } => "TR346",
            Reason::NoAllocation => "TR339, TR340",
            Reason::OutsideAllocation { .. } => "TR307, TR308",
            Reason::CareNotStarted => "SAP GI Startzorg (JW305)",
            Reason::PeriodStart { .. } => "TR387",
            Reason::PeriodEnd { .. } => "TR388",
            Reason::FirstBrokenMonth { .. } => "SAP GI Declareren via maandtarief",
            Reason::NotOnceAtEnd { .. } => "SAP GI GBM-Advies",
            Reason::LetGtoOnce { .. } => "Productenboek Gelderland 2026 LET GTO 48B15",
            Reason::VolumeAboveAllocation { .. } => "TR321, TR322",
            Reason::AlreadyApproved { .. } => "TR389, TR416",
            Reason::CreditWithoutApproval => "SAP GI Correcties op declaraties",
            Reason::MonthNotEnded { .. } => "TR318, TR319",
        }
    }
}
