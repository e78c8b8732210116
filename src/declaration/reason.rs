//! [`Reason`]: why the municipality's check rejects a declaration line or a whole declaration,
//! each with the iJw rule or SAP GI clause it applies, its WJ001 retour code and the values
//! that broke it.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::{AllocationNumber, Error, ProductCode, Reference, Unit};

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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[error("{field} {input:?} cannot be read: {problem}")]
pub struct Unreadable {
    /// The field, as named in these docs ("product code", "amount in eurocents", …).
    pub field: &'static str,
    /// The text as it came.
    pub input: String,
    /// What is wrong with it.
    pub problem: String,
}

/// The names [`Unreadable::field`] takes, to read one back (serde).
#[cfg(feature = "serde")]
const FIELD_NAMES: [&str; 9] = [
    "product code",
    "GI",
    "first day",
    "last day",
    "volume",
    "unit",
    "product tariff in eurocents",
    "amount in eurocents",
    "field",
];

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Unreadable {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Unreadable, D::Error> {
        #[derive(serde::Deserialize)]
        struct Wire {
            field: String,
            input: String,
            problem: String,
        }
        let w = Wire::deserialize(d)?;
        let field = FIELD_NAMES
            .iter()
            .find(|n| **n == w.field)
            .copied()
            .ok_or_else(|| serde::de::Error::custom(format!("unknown field name {:?}", w.field)))?;
        Ok(Unreadable {
            field,
            input: w.input,
            problem: w.problem,
        })
    }
}

/// At which level iJw checks a rule (IV088): inside one message, or across messages.
///
/// # Example
///
/// ```
/// use jbjr::declaration::{Level, Reason};
/// assert_eq!(Reason::TotalDiffers { declared_cents: 1, lines_cents: 2 }.level(), Level::Message);
/// assert_eq!(Reason::CreditWithoutApproval.level(), Level::Line);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Level {
    /// An in-message rule (XSD formats, XSLT: CD/CS/RS conditions and the XSLT TRs): breaking
    /// it rejects the whole declaration with retour code 0001 and no verdict per line.
    Message,
    /// A rule across messages or against an external source (allocations, contract, earlier
    /// declarations): breaking it rejects the line with the rule's own retour code.
    Line,
}

/// Why a declaration line (or, for the in-message rules, a whole declaration) is rejected.
/// [`Reason::rule`] names the iJw rule or SAP GI clause, [`Reason::retour_code`] its WJ001
/// retour code (messages.md §4), [`Reason::level`] whether it rejects the line or the
/// declaration; the message (`Display`) gives the values.
///
/// With the feature `serde` a reason serializes as a map with its `kind`, its values, its
/// `rule`, `retour_code` and `message` (read back, the three last are ignored; an [`Error`]
/// inside is read back as [`Error::Reported`], its message).
///
/// # Retour codes chosen where WJ001 has none of its own
///
/// WJ001 has no code for the SAP GI rules and the catalogue's; the closest is used:
///
/// - **first broken month** (SAP GI "Declareren via maandtarief") → **9307**: under SAP GI a
///   monthly measure is billable from the first whole month, so a line for the first broken
///   month lies before the billable period, as TR307 rejects a line before the allocation.
/// - **LET GTO once per family** (Productenboek Gelderland 2026) → **9322**: LET GTO is
///   allocated once per family for one three-month term; a second family member's LET GTO, or
///   a month past the term, exceeds that cumulative allocated volume (TR322).
/// - **GBM-Advies once, at the end** (SAP GI "éénmalige declaratie") → **9319** for a traject
///   that has not ended in the declared month (not yet delivered, as a future period), **9308**
///   for a month after it ended.
/// - **volume other than 1** for a monthly or per-traject product (SAP GI
///   "Declaratie-eenheid") → **9321**: the allocation is 1 per month or per traject.
/// - **care not started** (no JW305) → **9307**: the line lies before the start of care.
/// - formats (Basisschema: unreadable fields, negative volume, amounts out of range or with
///   fractions of a cent) → **0001**: an XSD failure, which iJw never lets through to a line.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, declaration::Reason};
/// let r = Reason::TariffDiffers { declared: Decimal::new(125000, 2), contract: Decimal::new(125929, 2) };
/// assert_eq!((r.rule(), r.retour_code()), ("TR418", "0611"));
/// assert!(r.to_string().contains("1259.29"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(remote = "Self", tag = "kind")
)]
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
    NoContractTariff(#[cfg_attr(feature = "serde", serde(with = "reported"))] Error),
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
    // --- the keys, across messages ------------------------------------------------------
    /// The line names an allocation number that is not among this GI's allocations (TR338).
    #[error("allocation {allocation} is not known for this GI")]
    UnknownAllocation {
        /// The number the line names.
        allocation: AllocationNumber,
    },
    /// The line names an allocation the municipality deleted (JW301 `RedenWijziging` 13,
    /// TR384): nothing may be declared on it.
    #[error("allocation {allocation} was deleted (RedenWijziging 13)")]
    DeletedAllocation {
        /// The number the line names.
        allocation: AllocationNumber,
    },
    /// The line's allocation belongs to another client (TR304).
    #[error("allocation {allocation} belongs to another client")]
    AllocationOfOtherClient {
        /// The number the line names.
        allocation: AllocationNumber,
    },
    /// The line's product category differs from its allocation's (TR339).
    #[error("product {declared} is of another category than allocation {allocation} ({allocated})")]
    CategoryDiffers {
        /// The number the line names.
        allocation: AllocationNumber,
        /// The declared product.
        declared: ProductCode,
        /// The allocated product.
        allocated: ProductCode,
    },
    /// The line's product code differs from its allocation's (TR340).
    #[error("product {declared} differs from allocation {allocation} ({allocated})")]
    CodeDiffers {
        /// The number the line names.
        allocation: AllocationNumber,
        /// The declared product.
        declared: ProductCode,
        /// The allocated product.
        allocated: ProductCode,
    },
    /// The line's reference was used before by this GI (TR314).
    #[error("reference {reference} was used before")]
    ReferenceUsed {
        /// The reference.
        reference: Reference,
    },
    /// A credit names a line that was not approved: unknown, rejected, or itself a credit
    /// (TR323: a credit refers to an approved debit).
    #[error("credit of {previous}, which is not an approved debit line")]
    CreditOfUnknownLine {
        /// The reference the credit names (`VorigReferentieNummer`).
        previous: Reference,
    },
    /// A credit names an approved line that was credited already (TR390).
    #[error("line {previous} was credited already")]
    AlreadyCredited {
        /// The reference the credit names.
        previous: Reference,
    },
    /// A credit is not a copy of the line it names (client, allocation, product, period,
    /// volume, tariff, amount: IV085), so it credits no approved line (TR323).
    #[error("credit of {previous} does not repeat that line")]
    CreditDiffers {
        /// The reference the credit names.
        previous: Reference,
    },
    /// The product period lies after the declaration period (TR319: current or earlier
    /// periods only).
    #[error("the product period of {month} lies after the declaration period of {period}")]
    AfterDeclarationPeriod {
        /// The declared month (its first day).
        month: NaiveDate,
        /// The declaration period's month (its first day).
        period: NaiveDate,
    },
    // --- in-message rules (the whole declaration, 0001) ---------------------------------
    /// The client's BSN fails the 11-proef (CS002).
    #[error("BSN {bsn:?} fails the 11-proef")]
    InvalidBsn {
        /// The client as given.
        bsn: String,
    },
    /// The declaration period is not exactly one calendar month (CS340).
    #[error("the declaration period {start} to {end} is not one whole calendar month")]
    PeriodNotAMonth {
        /// First day of the declaration period.
        start: NaiveDate,
        /// Last day of the declaration period.
        end: NaiveDate,
    },
    /// The header total is not the sum of the debits minus the credits (TR358).
    #[error(
        "the declaration's total is {declared_cents} eurocents, its lines add up to {lines_cents}"
    )]
    TotalDiffers {
        /// The header's total (`TotaalIngediendBedrag`, signed).
        declared_cents: i64,
        /// Debits minus credits of the lines.
        lines_cents: i64,
    },
    /// An amount of 0 is declared as a credit (CS325: a zero amount is a debit).
    #[error("an amount of 0 is declared as a credit")]
    ZeroCredit,
    /// A credit without the reference of the line it credits, or a debit with one (CD060).
    #[error("{}", if *credit { "a credit without a previous reference" } else { "a debit with a previous reference" })]
    PreviousReferenceMisplaced {
        /// Whether the line is a credit.
        credit: bool,
    },
    /// Two credits in one declaration name the same line (TR315).
    #[error("two credits in this declaration name {previous}")]
    PreviousTwice {
        /// The reference named twice.
        previous: Reference,
    },
    /// A debit is credited in the same declaration (TR316).
    #[error("debit {reference} is credited in the same declaration")]
    CreditedInSameDeclaration {
        /// The debit's reference.
        reference: Reference,
    },
    /// Two lines of one declaration have the same reference (TR101: no two classes with one key).
    #[error("two lines of this declaration have reference {reference}")]
    ReferenceTwice {
        /// The reference.
        reference: Reference,
    },
    /// Two debits of one declaration for the same allocation, month and product (TR416).
    #[error("two debits in this declaration for {month}, same allocation and product")]
    DuplicateInDeclaration {
        /// The month (its first day).
        month: NaiveDate,
    },
    /// The product period ended more than five years before the declaration date (TR335).
    #[error("the product period ending {end} lies more than five years before {declared_on}")]
    TooOld {
        /// Last day of the product period.
        end: NaiveDate,
        /// The declaration date.
        declared_on: NaiveDate,
    },
}

/// `Error` through serde as its message; read back as [`Error::Reported`].
#[cfg(feature = "serde")]
pub(crate) mod reported {
    use crate::Error;

    pub(crate) fn serialize<S: serde::Serializer>(e: &Error, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(e)
    }

    pub(crate) fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Error, D::Error> {
        let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        Ok(Error::Reported {
            message: crate::Text::from(text.as_ref()),
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Inner<'a>(&'a Reason);
        impl serde::Serialize for Inner<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                Reason::serialize(self.0, s)
            }
        }
        #[derive(serde::Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            reason: Inner<'a>,
            rule: &'static str,
            retour_code: &'static str,
            message: String,
        }
        serde::Serialize::serialize(
            &Out {
                reason: Inner(self),
                rule: self.rule(),
                retour_code: self.retour_code(),
                message: self.to_string(),
            },
            s,
        )
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Reason, D::Error> {
        Reason::deserialize(d)
    }
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
            Reason::PeriodReversed { .. } => "TR018",
            Reason::NotInOneMonth { .. } => "OP367",
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
            Reason::UnknownAllocation { .. } => "TR338",
            Reason::DeletedAllocation { .. } => "TR384",
            Reason::AllocationOfOtherClient { .. } => "TR304",
            Reason::CategoryDiffers { .. } => "TR339",
            Reason::CodeDiffers { .. } => "TR340",
            Reason::ReferenceUsed { .. } => "TR314",
            Reason::CreditOfUnknownLine { .. } | Reason::CreditDiffers { .. } => "TR323",
            Reason::AlreadyCredited { .. } => "TR390",
            Reason::AfterDeclarationPeriod { .. } => "TR319",
            Reason::InvalidBsn { .. } => "CS002",
            Reason::PeriodNotAMonth { .. } => "CS340",
            Reason::TotalDiffers { .. } => "TR358",
            Reason::ZeroCredit => "CS325",
            Reason::PreviousReferenceMisplaced { .. } => "CD060",
            Reason::PreviousTwice { .. } => "TR315",
            Reason::CreditedInSameDeclaration { .. } => "TR316",
            Reason::ReferenceTwice { .. } => "TR101",
            Reason::DuplicateInDeclaration { .. } => "TR416",
            Reason::TooOld { .. } => "TR335",
        }
    }

    /// The WJ001 retour code a municipality writes for this reason in its JW325 answer
    /// (messages.md §4.2, §4.3): the rule's own code for a rule across messages, `0001` for an
    /// in-message rule (which rejects the whole declaration). Where WJ001 has no code of its
    /// own, the closest one, as the [type docs](Reason) explain.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::Reason;
    /// assert_eq!(Reason::AmountDiffers { declared_cents: 1, expected_cents: 2 }.retour_code(), "9346");
    /// assert_eq!(Reason::CreditWithoutApproval.retour_code(), "8017"); // TR323
    /// assert_eq!(Reason::ZeroCredit.retour_code(), "0001"); // CS325, in the message
    /// ```
    #[must_use]
    pub fn retour_code(&self) -> &'static str {
        match self {
            Reason::Unreadable(_)
            | Reason::PeriodReversed { .. }
            | Reason::NotInOneMonth { .. }
            | Reason::NegativeVolume { .. }
            | Reason::TariffNotCents { .. }
            | Reason::AmountOutOfRange { .. }
            | Reason::InvalidBsn { .. }
            | Reason::PeriodNotAMonth { .. }
            | Reason::TotalDiffers { .. }
            | Reason::ZeroCredit
            | Reason::PreviousReferenceMisplaced { .. }
            | Reason::PreviousTwice { .. }
            | Reason::CreditedInSameDeclaration { .. }
            | Reason::ReferenceTwice { .. }
            | Reason::DuplicateInDeclaration { .. }
            | Reason::TooOld { .. } => "0001",
            Reason::VolumeNotOne { .. } | Reason::VolumeAboveAllocation { .. } => "9321",
            Reason::NoContractTariff(_) | Reason::TariffDiffers { .. } => "0611",
            Reason::UnitDiffers { .. } => "9341",
            Reason::AmountDiffers { .. } => "9346",
            Reason::NoAllocation => "9340",
            Reason::OutsideAllocation {
                start, case_start, ..
            } => {
                if start < case_start {
                    "9307"
                } else {
                    "9308"
                }
            }
            Reason::CareNotStarted | Reason::FirstBrokenMonth { .. } => "9307",
            Reason::PeriodStart { .. } => "9387",
            Reason::PeriodEnd { .. } => "9388",
            Reason::NotOnceAtEnd { month, case_end } => match case_end {
                Some(end)
                    if crate::billing::month_index(*month) < crate::billing::month_index(*end) =>
                {
                    "9319"
                }
                Some(_) => "9308",
                None => "9319",
            },
            Reason::LetGtoOnce { .. } => "9322",
            Reason::AlreadyApproved { .. } => "9389",
            Reason::CreditWithoutApproval
            | Reason::CreditOfUnknownLine { .. }
            | Reason::CreditDiffers { .. } => "8017",
            Reason::MonthNotEnded { .. } | Reason::AfterDeclarationPeriod { .. } => "9319",
            Reason::UnknownAllocation { .. } => "9338",
            Reason::DeletedAllocation { .. } => "9384",
            Reason::AllocationOfOtherClient { .. } => "8187",
            Reason::CategoryDiffers { .. } => "9339",
            Reason::CodeDiffers { .. } => "9340",
            Reason::ReferenceUsed { .. } => "8021",
            Reason::AlreadyCredited { .. } => "9390",
        }
    }

    /// Whether iJw checks this rule inside the message (the whole declaration is rejected,
    /// 0001) or across messages (the line is rejected with its code).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::declaration::{Level, Reason};
    /// assert_eq!(Reason::NoAllocation.level(), Level::Line);
    /// assert_eq!(Reason::ZeroCredit.level(), Level::Message);
    /// ```
    #[must_use]
    pub fn level(&self) -> Level {
        if self.retour_code() == "0001" {
            Level::Message
        } else {
            Level::Line
        }
    }
}
