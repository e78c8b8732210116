//! The reconciliation of every published tariff with the cost model: for each (product, GI)
//! cell of a [`Catalogue`], the published tariff, the tariff the model derives from the
//! catalogue's own data (norm hours, hourly rate, pupil-cost marks), the difference, and the
//! reason for it.
//!
//! The model per unit ([`crate::cost::model_tariff`]): monthly products norm hours per year ×
//! rate ÷ 12 × (1 + surcharge); per-traject products norm hours × rate × (1 + surcharge);
//! hourly products the rate. The surcharge is the pupil-cost surcharge where the product is
//! marked ([`PupilCosts`]) and the provider's surcharge is known
//! ([`ModelRules::pupil_costs`]), else zero. Where a marked product's provider follows its own
//! agreement (WSS and LdH: "cf. gemaakte afspraken met de VNG"), the surcharge is inferred from
//! the published tariff and reported as [`Reason::InferredSurcharge`].
//!
//! For the Gelderland product book 2026 every cell that follows the model is reproduced to the
//! cent ([`Reason::Exact`], after the OCR decisions of [`crate::catalogue::provenance`], reported as
//! [`Reason::SourceOrOcrError`]); the others are:
//!
//! - OTS (48B10) WSS and LdH: inferred surcharges +1.523 % and +1.415 %;
//! - Voogdij (48B11) WSS and LdH: *below* the unsurcharged model, inferred surcharges
//!   −3.165 % and −3.306 %: a negotiated price rather than a surcharge, reported as found;
//! - LET GTO (48B15): a negotiated traject price, € 4,857 per three months = 3 × € 1,619.00
//!   (the model would give 44 h per three months × rate ÷ 3 = € 2,145.00 for JbGld);
//! - 48B80: no norm hours (the JvV–Amsterdam tariff), [`Reason::NoModel`];
//! - 48B84: zero by definition, [`Reason::NoFinancialValue`].
//!
//! # Example
//!
//! ```
//! use jbjr::cost::reconcile::{self, ReasonKind};
//!
//! let cells = reconcile::gelderland_2026()?;
//! assert!(cells.iter().all(|c| c.reason.kind() != ReasonKind::Unexplained));
//! let ots_wss = cells.iter().find(|c| c.code.as_str() == "48B10" && c.provider == jbjr::Provider::Wss).unwrap();
//! assert_eq!(ots_wss.reason.kind(), ReasonKind::InferredSurcharge);
//! # Ok::<(), jbjr::Error>(())
//! ```

use rust_decimal::Decimal;

use crate::catalogue::provenance::OcrDecision;
use crate::cost::data::tariefbepaling_2026 as src;
use crate::cost::{model_tariff, unrounded_model};
use crate::money::{ROUNDING, add, div, mul, round_cents, to_cents};
use crate::{Catalogue, Error, Measure, Product, ProductCode, Provider, PupilCosts, Unit};

/// A price set by agreement rather than by the model: a traject price billed per month.
///
/// # Example
///
/// ```
/// let rules = jbjr::cost::reconcile::ModelRules::gelderland_2026();
/// let gto = &rules.negotiated[0];
/// assert_eq!(gto.code.as_str(), "48B15");
/// assert_eq!(gto.traject_price.to_string(), "4857.00");
/// assert_eq!(gto.monthly()?.to_string(), "1619.00");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NegotiatedPrice {
    /// The product.
    pub code: ProductCode,
    /// The price of one traject, euros.
    pub traject_price: Decimal,
    /// The months a traject lasts (and is billed over).
    pub months: u32,
    /// Where the price is stated.
    pub source: &'static str,
}

impl NegotiatedPrice {
    /// The monthly amount: traject price ÷ months, rounded to cents (half away from zero).
    ///
    /// # Errors
    ///
    /// [`Error::NotPositive`] when `months` is zero.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, cost::reconcile::NegotiatedPrice};
    /// let p = NegotiatedPrice { code: "48B15".parse()?, traject_price: Decimal::from(100), months: 3, source: "" };
    /// assert_eq!(p.monthly()?.to_string(), "33.33");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn monthly(&self) -> Result<Decimal, Error> {
        if self.months == 0 {
            return Err(Error::NotPositive {
                what: "months of a negotiated traject",
                value: Decimal::ZERO,
            });
        }
        let per_month = div(
            self.traject_price,
            Decimal::from(self.months),
            "traject price ÷ months",
        )?;
        Ok(round_cents(per_month))
    }
}

/// What the reconciliation needs besides the catalogue: the pupil-cost surcharge per provider,
/// the negotiated prices, and the OCR decisions on the catalogue's cells.
///
/// # Example
///
/// ```
/// use jbjr::{Provider, cost::reconcile::ModelRules};
/// let rules = ModelRules::gelderland_2026();
/// assert_eq!(rules.pupil_costs_of(Provider::JbGld).map(|s| s.to_string()), Some("0.013".into()));
/// assert_eq!(rules.pupil_costs_of(Provider::Wss), None); // own agreement: inferred
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelRules {
    /// The pupil-cost surcharge (a fraction) that a provider adds to marked products, for the
    /// providers listed; `None` when the provider follows its own agreement, so the surcharge is
    /// inferred. A provider not listed adds [`ModelRules::default_pupil_costs`].
    pub pupil_costs: Vec<(Provider, Option<Decimal>)>,
    /// The surcharge of every provider not listed in [`ModelRules::pupil_costs`] (`None`:
    /// inferred).
    pub default_pupil_costs: Option<Decimal>,
    /// Prices set by agreement.
    pub negotiated: Vec<NegotiatedPrice>,
    /// Decisions on the OCR text of the catalogue's cells.
    pub decisions: &'static [OcrDecision],
}

impl ModelRules {
    /// The rules of the Gelderland product book 2026: 1.30 % for JbGld and JvV (Tabel 1,
    /// footnote `*`), WSS and LdH per their own VNG agreements (inferred), LET GTO's traject
    /// price € 4,857 per three months (section LET GTO, "Tarief en normuren"), and
    /// [`crate::catalogue::provenance::GELDERLAND_2026`].
    ///
    /// # Example
    ///
    /// ```
    /// let rules = jbjr::cost::reconcile::ModelRules::gelderland_2026();
    /// assert_eq!(rules.negotiated.len(), 1);
    /// ```
    #[must_use]
    pub fn gelderland_2026() -> ModelRules {
        let national = Some(src::PUPIL_COSTS_JBGLD_JVV);
        ModelRules {
            pupil_costs: vec![
                (Provider::JbGld, national),
                (Provider::Wss, None),
                (Provider::LdH, None),
                (Provider::JvV, national),
            ],
            default_pupil_costs: None,
            negotiated: vec![NegotiatedPrice {
                code: src::LET_GTO_CODE,
                traject_price: src::LET_GTO_TRAJECT_PRICE,
                months: src::LET_GTO_TRAJECT_MONTHS,
                source: "Productenboek JB/JR 2026 Gelderland, LET GTO, \"Tarief en normuren\": \
                         € 4.857 per traject van drie maanden (prijspeil 2026)",
            }],
            decisions: crate::catalogue::provenance::GELDERLAND_2026,
        }
    }

    /// A model with one national surcharge for every provider, no negotiated prices and no
    /// OCR decisions: for catalogues that follow the model throughout.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, cost::reconcile::ModelRules};
    /// let rules = ModelRules::national(Decimal::new(13, 3));
    /// assert!(rules.negotiated.is_empty());
    /// ```
    #[must_use]
    pub fn national(surcharge: Decimal) -> ModelRules {
        ModelRules {
            pupil_costs: Vec::new(),
            default_pupil_costs: Some(surcharge),
            negotiated: Vec::new(),
            decisions: &[],
        }
    }
}

impl ModelRules {
    /// The pupil-cost surcharge (a fraction) `provider` adds to marked products, or `None`
    /// when it is to be inferred (the provider follows its own agreement).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, Provider, cost::reconcile::ModelRules};
    /// let rules = ModelRules::national(Decimal::new(13, 3));
    /// assert_eq!(rules.pupil_costs_of("Nidos".parse()?), Some(Decimal::new(13, 3)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn pupil_costs_of(&self, provider: Provider) -> Option<Decimal> {
        self.pupil_costs
            .iter()
            .find(|(p, _)| *p == provider)
            .map_or(self.default_pupil_costs, |(_, s)| *s)
    }
}

/// Why a published tariff differs (or not) from the model.
///
/// # Example
///
/// ```
/// use jbjr::cost::reconcile::{Reason, ReasonKind};
/// assert_eq!(Reason::Exact.kind(), ReasonKind::Exact);
/// assert_eq!(Reason::Exact.kind().to_string(), "exact");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// The published tariff is the model's, to the cent.
    Exact,
    /// Within one cent of the model (a different rounding order).
    Rounding,
    /// The printed figure was illegible or inconsistent and was decided with the model; the
    /// decision gives the printed text and the reason.
    SourceOrOcrError {
        /// The decision in [`crate::catalogue::provenance`].
        decision: &'static OcrDecision,
    },
    /// The provider follows its own surcharge agreement; the surcharge the published tariff
    /// implies over the unsurcharged model. It may be negative: then the tariff lies below the
    /// model and is a negotiated price rather than a surcharge.
    InferredSurcharge {
        /// The shortest fraction (fewest decimals) that reproduces the published tariff with
        /// the model, e.g. `0.01523` for +1.523 %.
        surcharge: Decimal,
        /// published ÷ unrounded model − 1, unrounded.
        exact: Decimal,
    },
    /// A price set by agreement (e.g. LET GTO's traject price).
    NegotiatedPrice {
        /// The agreement.
        price: NegotiatedPrice,
    },
    /// The catalogue gives no norm hours (or no hourly rate) to derive a tariff from.
    NoModel,
    /// The product has no financial value by definition (a zero tariff without norm hours,
    /// such as 48B84).
    NoFinancialValue,
    /// A difference of more than one cent that nothing above explains.
    Unexplained,
}

/// The kind of a [`Reason`], without its data: for counting, filtering and display.
///
/// `Display`/`FromStr` use snake case (`"inferred_surcharge"`); `FromStr` is
/// case-insensitive.
///
/// # Example
///
/// ```
/// use jbjr::cost::reconcile::ReasonKind;
/// let k: ReasonKind = "negotiated_price".parse()?;
/// assert_eq!(k, ReasonKind::NegotiatedPrice);
/// assert_eq!(k.to_string(), "negotiated_price");
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
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(
    serialize_all = "snake_case",
    ascii_case_insensitive,
    parse_err_fn = reason_parse_error,
    parse_err_ty = crate::Error
)]
#[non_exhaustive]
pub enum ReasonKind {
    /// [`Reason::Exact`].
    Exact,
    /// [`Reason::Rounding`].
    Rounding,
    /// [`Reason::SourceOrOcrError`].
    SourceOrOcrError,
    /// [`Reason::InferredSurcharge`].
    InferredSurcharge,
    /// [`Reason::NegotiatedPrice`].
    NegotiatedPrice,
    /// [`Reason::NoModel`].
    NoModel,
    /// [`Reason::NoFinancialValue`].
    NoFinancialValue,
    /// [`Reason::Unexplained`].
    Unexplained,
}

impl ReasonKind {
    /// Every reason kind, in declaration order: the reason kinds this version of the crate knows, without
    /// depending on strum (the type also implements strum's `IntoEnumIterator` and
    /// `VariantArray`).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::cost::reconcile::ReasonKind;
    /// assert_eq!(ReasonKind::all().first(), Some(&ReasonKind::Exact));
    /// assert!(ReasonKind::all().windows(2).all(|w| w[0] != w[1]));
    /// ```
    #[must_use]
    pub const fn all() -> &'static [ReasonKind] {
        <ReasonKind as strum::VariantArray>::VARIANTS
    }
}

fn reason_parse_error(input: &str) -> Error {
    Error::UnknownName {
        kind: "reconciliation reason",
        input: crate::error::clip(input),
        expected: "exact, rounding, source_or_ocr_error, inferred_surcharge, negotiated_price, \
                   no_model, no_financial_value, unexplained",
    }
}

impl Reason {
    /// The kind of this reason.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::cost::reconcile::{Reason, ReasonKind};
    /// assert_eq!(Reason::NoModel.kind(), ReasonKind::NoModel);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> ReasonKind {
        match self {
            Reason::Exact => ReasonKind::Exact,
            Reason::Rounding => ReasonKind::Rounding,
            Reason::SourceOrOcrError { .. } => ReasonKind::SourceOrOcrError,
            Reason::InferredSurcharge { .. } => ReasonKind::InferredSurcharge,
            Reason::NegotiatedPrice { .. } => ReasonKind::NegotiatedPrice,
            Reason::NoModel => ReasonKind::NoModel,
            Reason::NoFinancialValue => ReasonKind::NoFinancialValue,
            Reason::Unexplained => ReasonKind::Unexplained,
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Exact => f.write_str("exact"),
            Reason::Rounding => f.write_str("rounding (within one cent)"),
            Reason::SourceOrOcrError { decision } => {
                write!(
                    f,
                    "OCR decision: printed {:?}, chosen {}",
                    decision.printed, decision.chosen
                )
            }
            Reason::InferredSurcharge { surcharge, .. } => {
                let percent = surcharge
                    .checked_mul(Decimal::ONE_HUNDRED)
                    .unwrap_or_default();
                write!(f, "inferred surcharge {:+}%", percent.normalize())
            }
            Reason::NegotiatedPrice { price } => write!(
                f,
                "negotiated price: € {} per {} months",
                price.traject_price, price.months
            ),
            Reason::NoModel => f.write_str("no model (no norm hours)"),
            Reason::NoFinancialValue => f.write_str("no financial value"),
            Reason::Unexplained => f.write_str("UNEXPLAINED"),
        }
    }
}

/// One (product, GI) cell of a catalogue, reconciled with the model.
///
/// # Example
///
/// ```
/// use jbjr::{Provider, reconcile};
/// let cells = reconcile::gelderland_2026()?;
/// let jr = cells.iter().find(|c| c.code.as_str() == "47B10" && c.provider == Provider::JbGld).unwrap();
/// assert_eq!(jr.published.to_string(), "1067.63");
/// assert_eq!(jr.derived.map(|d| d.to_string()), Some("1067.63".into()));
/// assert_eq!(jr.difference_cents, Some(0));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The product.
    pub code: ProductCode,
    /// Its measure.
    pub measure: Measure,
    /// The provider (GI).
    pub provider: Provider,
    /// What the tariff is per.
    pub unit: Unit,
    /// The published tariff (the catalogue's value, after OCR decisions).
    pub published: Decimal,
    /// The model's tariff, if there is a model; for an inferred surcharge, the model *without*
    /// surcharge.
    pub derived: Option<Decimal>,
    /// The surcharge applied in `derived` (a fraction).
    pub surcharge: Decimal,
    /// `published − derived` in cents.
    pub difference_cents: Option<i64>,
    /// `(published − derived) ÷ derived × 100`, rounded to four decimals half away from zero;
    /// `None` without a model or when the model is zero.
    pub difference_percent: Option<Decimal>,
    /// Why they agree or differ.
    pub reason: Reason,
}

/// Reconciles every (product, provider) cell of `catalogue` that has a published tariff, in
/// code order and column order (JbGld, WSS, LdH, JvV).
///
/// The reason is decided in this order: no model (or a zero tariff without one: no financial
/// value); a negotiated price whose monthly amount is the published tariff; an OCR decision on
/// the cell; equal to the model (exact), within one cent (rounding); for a marked product whose
/// provider has no known surcharge, the inferred surcharge; otherwise unexplained.
///
/// Rounding: the derived tariff rounds once, as [`crate::cost::model_tariff`]; the percentage
/// to four decimals; the inferred surcharge is the shortest fraction (up to ten decimals) that
/// reproduces the published tariff.
///
/// # Errors
///
/// [`Error::Overflow`] if a step overflows (not for the embedded catalogue);
/// [`Error::NegativeInput`] for a negative surcharge in `rules`; [`Error::NotPositive`] for a
/// negotiated price of zero months.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, cost::reconcile::{self, ModelRules, ReasonKind}};
/// let cells = reconcile::reconcile(Catalogue::gelderland_2026(), &ModelRules::gelderland_2026())?;
/// assert_eq!(cells.len(), 65);
/// let gto = cells.iter().find(|c| c.code.as_str() == "48B15").unwrap();
/// assert_eq!(gto.reason.kind(), ReasonKind::NegotiatedPrice);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn reconcile(catalogue: &Catalogue, rules: &ModelRules) -> Result<Vec<Cell>, Error> {
    let mut cells = Vec::new();
    for product in catalogue.products() {
        for (provider, published) in product.tariffs() {
            cells.push(cell(catalogue, rules, product, *provider, *published)?);
        }
    }
    Ok(cells)
}

/// [`reconcile`] of [`Catalogue::gelderland_2026`] with [`ModelRules::gelderland_2026`].
///
/// # Errors
///
/// None in practice: as [`reconcile`].
///
/// # Example
///
/// ```
/// use jbjr::cost::reconcile::{self, ReasonKind};
/// let cells = reconcile::gelderland_2026()?;
/// let exact = cells.iter().filter(|c| c.reason.kind() == ReasonKind::Exact).count();
/// assert!(exact > 40);
/// # Ok::<(), jbjr::Error>(())
/// ```
pub fn gelderland_2026() -> Result<Vec<Cell>, Error> {
    reconcile(Catalogue::gelderland_2026(), &ModelRules::gelderland_2026())
}

/// The surcharge a cell's model uses: `Some(s)` known (zero for unmarked products), `None`
/// when the product is marked and the provider's surcharge is to be inferred.
fn known_surcharge(product: &Product, rules: &ModelRules, provider: Provider) -> Option<Decimal> {
    match product.pupil_costs() {
        PupilCosts::None => Some(Decimal::ZERO),
        _ => rules.pupil_costs_of(provider),
    }
}

fn cell(
    catalogue: &Catalogue,
    rules: &ModelRules,
    product: &Product,
    provider: Provider,
    published: Decimal,
) -> Result<Cell, Error> {
    let known = known_surcharge(product, rules, provider);
    let surcharge = known.unwrap_or(Decimal::ZERO);
    let derived = match catalogue.hourly_rate(provider) {
        Some(rate) => model_tariff(product, rate, surcharge)?,
        None => None,
    };
    let mut out = Cell {
        code: product.code(),
        measure: product.measure(),
        provider,
        unit: product.unit(),
        published,
        derived,
        surcharge,
        difference_cents: None,
        difference_percent: None,
        reason: Reason::NoModel,
    };
    let Some(model) = derived else {
        if published.is_zero() && product.norm_hours().is_none() {
            out.reason = Reason::NoFinancialValue;
        }
        return Ok(out);
    };
    let difference = add(published, -model, "published − derived")?;
    out.difference_cents = Some(to_cents(difference)?);
    if !model.is_zero() {
        let ratio = div(difference, model, "difference ÷ derived")?;
        let percent = mul(ratio, Decimal::ONE_HUNDRED, "difference in percent")?;
        out.difference_percent = Some(percent.round_dp_with_strategy(4, ROUNDING));
    }
    out.reason = reason(catalogue, rules, product, provider, published, model, known)?;
    Ok(out)
}

fn reason(
    catalogue: &Catalogue,
    rules: &ModelRules,
    product: &Product,
    provider: Provider,
    published: Decimal,
    model: Decimal,
    known: Option<Decimal>,
) -> Result<Reason, Error> {
    for price in rules.negotiated.iter().filter(|p| p.code == product.code()) {
        if price.monthly()? == published {
            return Ok(Reason::NegotiatedPrice { price: *price });
        }
    }
    if let Some(decision) = rules
        .decisions
        .iter()
        .find(|d| d.code == Some(product.code()) && d.provider == Some(provider))
    {
        return Ok(Reason::SourceOrOcrError { decision });
    }
    if published == model {
        return Ok(Reason::Exact);
    }
    let off = add(published, -model, "published − derived")?.abs();
    if off <= Decimal::new(1, 2) {
        return Ok(Reason::Rounding);
    }
    if known.is_none() {
        if let Some(rate) = catalogue.hourly_rate(provider) {
            if let Some(reason) = infer_surcharge(product, rate, published)? {
                return Ok(reason);
            }
        }
    }
    Ok(Reason::Unexplained)
}

/// The surcharge that turns the unsurcharged model into `published`: exact, and the shortest
/// fraction (1 to 10 decimals) that reproduces `published` when applied as
/// round(unrounded model × (1 + s)).
fn infer_surcharge(
    product: &Product,
    rate: Decimal,
    published: Decimal,
) -> Result<Option<Reason>, Error> {
    let Some(base) = unrounded_model(product, rate)? else {
        return Ok(None);
    };
    if base.is_zero() {
        return Ok(None);
    }
    let ratio = div(published, base, "published ÷ model")?;
    let exact = add(ratio, Decimal::NEGATIVE_ONE, "ratio − 1")?;
    for scale in 1..=10 {
        let candidate = exact.round_dp_with_strategy(scale, ROUNDING);
        let factor = add(Decimal::ONE, candidate, "1 + surcharge")?;
        if round_cents(mul(base, factor, "model × (1 + surcharge)")?) == published {
            return Ok(Some(Reason::InferredSurcharge {
                surcharge: candidate.normalize(),
                exact,
            }));
        }
    }
    Ok(Some(Reason::InferredSurcharge {
        surcharge: exact,
        exact,
    }))
}
