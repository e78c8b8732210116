//! Productivity per FTE: how many of a full-time worker's contract hours are left for the norm
//! hours of measures, and what that means for caseloads and staffing.
//!
//! The national tariffs start from the hours a full-time jeugdbeschermer or
//! jeugdreclasseerder works per year under the cao, minus holidays, absence, training and
//! indirect work ("Productiviteit", Tariefbepaling of the Gelderland product book 2026). Every
//! line is a public field of [`Productivity`], so next year's cao figures can be plugged in;
//! the subtotals and the productive hours are derived.
//!
//! ## The 2026 figures and the decisions on the OCR text
//!
//! | Line | Printed | Used | Why |
//! |---|---|---|---|
//! | Contracturen op jaarbasis conform cao | 1872 | 1872 | |
//! | Feestdagen | 47 | 47 | |
//! | Subtotaal werkdagen | 1825 | 1825 (derived) | 1872 − 47 |
//! | Ziekte-uren o.b.v. ziekteverzuim van 6,3 % | 119 | 115 (derived) | 6.3 % × 1825 = 114.975 → 115 whole hours; the printed subtotal 351 = 115 + 200 + 17 + 19 needs 115. "119" is a misread "115" (or a stale figure); the rate is kept as the input. |
//! | Verlofuren cao | 200 | 200 | |
//! | Bijzonder verlof | 17 | 17 | |
//! | Vitaliteitsverlof | 19 | 19 | |
//! | Subtotaal (absence) | 351 | 351 (derived) | |
//! | Totaal beschikbaar | 1474 | 1474 (derived) | 1825 − 351 |
//! | Opleiding (niet initieel) | 54 | 54 | |
//! | Initiële opleiding | 82 | 82 | |
//! | Subtotaal (training) | 134 | 136 (derived) | The two lines are the inputs a user plugs in, so the subtotal is their sum; the OCR cannot tell which of 54, 82 or 134 is misread. The printed 134 stays visible in [`PrintedProductivity`]. |
//! | Organisatie-overleggen | 79 | 79 | |
//! | Cliëntgebonden activiteiten buiten KKPB | "&3" | 60 | Illegible. "Totaal indirecte uren 139" is the sum of the two indirect lines (the training has its own subtotal; 136 + 79 alone exceed 139), so the line is 139 − 79 = 60. 63 (the likeliest reading of "&3") would give 142, 83 would give 162; neither matches the one legible total. |
//! | Totaal indirecte uren | 139 | 139 (derived) | 79 + 60 |
//! | Productive hours (not printed) | — | 1199 (derived) | 1474 − 136 − 139; the printed subtotals would give 1474 − 134 − 139 = 1201 ([`PrintedProductivity::productive_hours`]). |
//!
//! ## Rounding
//!
//! Sickness hours are rounded to whole hours, half away from zero (the source prints whole
//! hours and its subtotal 351 needs the rounded 115). Every other step is exact. Caseloads and
//! FTE counts are returned unrounded: round them as your planning needs.
//!
//! ## Ranges
//!
//! Hours lines lie in [`crate::money::HOURS`] (0 to 99,999.9999 h, four decimals), the sickness
//! rate in [`crate::money::FRACTION`] (0 to 1, seven decimals): see [`crate::money`],
//! "Ranges". [`Productivity::validate`] checks every line; deserializing runs it.

use rust_decimal::Decimal;

use crate::Error;
use crate::cost::data::tariefbepaling_2026 as src;
use crate::money::{FRACTION, HOURS, ROUNDING, add, div, mul, mul_exact, non_negative};

/// Productivity per FTE per year: every line of the "Productiviteit" table as a public field,
/// in hours (the sickness absence as a fraction). Subtotals and productive hours are derived
/// by the methods.
///
/// # Example
///
/// ```
/// use jbjr::{Decimal, cost::productivity::Productivity};
///
/// let p = Productivity::national_2026();
/// assert_eq!(p.available_hours()?, Decimal::from(1474));
/// assert_eq!(p.productive_hours()?, Decimal::from(1199));
///
/// // Next year's cao: 1 hour more vitality leave.
/// let next = Productivity { vitality_leave: Decimal::from(20), ..p };
/// assert_eq!(next.productive_hours()?, Decimal::from(1198));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
// Deserialized through `Productivity::validate`: a file cannot hold lines the methods refuse.
#[cfg_attr(feature = "serde", serde(try_from = "ProductivityFields"))]
pub struct Productivity {
    /// Contract hours per year under the cao ("contracturen op jaarbasis").
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub contract_hours: Decimal,
    /// Public holidays ("feestdagen"), hours.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub public_holidays: Decimal,
    /// Sickness absence ("ziekteverzuim") as a fraction of the working hours: 6.3 % is `0.063`.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub sickness_rate: Decimal,
    /// Leave under the cao ("verlofuren"), hours.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub leave: Decimal,
    /// Average special leave per FTE ("bijzonder verlof"), hours.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub special_leave: Decimal,
    /// Average vitality leave per FTE ("vitaliteitsverlof"), hours.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub vitality_leave: Decimal,
    /// Average non-initial training per FTE ("opleiding, niet initieel"), hours.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub training: Decimal,
    /// Average hours of an employee in initial training ("initiële opleiding").
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub initial_training: Decimal,
    /// Average organisational meetings per FTE ("organisatie-overleggen"), hours.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub organisational_meetings: Decimal,
    /// Client-related activities that are not part of the KKPB norm ("cliëntgebonden
    /// activiteiten die geen onderdeel zijn van KKPB"), hours.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub client_activities: Decimal,
}

/// [`Productivity`] as written, before validation.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ProductivityFields {
    #[serde(with = "rust_decimal::serde::str")]
    contract_hours: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    public_holidays: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    sickness_rate: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    leave: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    special_leave: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    vitality_leave: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    training: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    initial_training: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    organisational_meetings: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    client_activities: Decimal,
}

#[cfg(feature = "serde")]
impl TryFrom<ProductivityFields> for Productivity {
    type Error = Error;

    fn try_from(f: ProductivityFields) -> Result<Productivity, Error> {
        let p = Productivity {
            contract_hours: f.contract_hours,
            public_holidays: f.public_holidays,
            sickness_rate: f.sickness_rate,
            leave: f.leave,
            special_leave: f.special_leave,
            vitality_leave: f.vitality_leave,
            training: f.training,
            initial_training: f.initial_training,
            organisational_meetings: f.organisational_meetings,
            client_activities: f.client_activities,
        };
        p.validate()?;
        Ok(p)
    }
}

/// An hours line, checked against [`crate::money::HOURS`].
fn hours(value: Decimal, what: &'static str) -> Result<Decimal, Error> {
    HOURS.check(what, value)
}

/// `hours − deducted`, or [`Error::HoursExhausted`] when that is negative.
fn deduct(hours: Decimal, deducted: Decimal, step: &'static str) -> Result<Decimal, Error> {
    let rest = hours
        .checked_sub(deducted)
        .ok_or_else(|| Error::Overflow { operation: step })?;
    if rest.is_sign_negative() && !rest.is_zero() {
        return Err(Error::HoursExhausted {
            step,
            hours,
            deducted,
        });
    }
    Ok(rest)
}

fn positive(value: Decimal, what: &'static str) -> Result<Decimal, Error> {
    let value = non_negative(value, what)?;
    if value.is_zero() {
        return Err(Error::NotPositive { what, value });
    }
    Ok(value)
}

impl Productivity {
    /// Checks every line: the hours lie in [`crate::money::HOURS`] (0 to 99,999.9999 h, four
    /// decimals), the sickness rate in [`crate::money::FRACTION`] (0 to 1, seven decimals).
    /// Deserializing a `Productivity` runs this check; the methods check the lines they use
    /// the same way.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] for a negative line; [`Error::OutOfRange`] for a line outside
    /// its range; `what` names the line (`"contract hours"`, `"sickness rate"`, …).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, Error, cost::productivity::Productivity};
    /// let p = Productivity::national_2026();
    /// assert!(p.validate().is_ok());
    /// let sick = Productivity { sickness_rate: Decimal::from(2), ..p };
    /// assert!(matches!(sick.validate(), Err(Error::OutOfRange { what: "sickness rate", .. })));
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        for (line, what) in [
            (self.contract_hours, "contract hours"),
            (self.public_holidays, "public holidays"),
            (self.leave, "leave"),
            (self.special_leave, "special leave"),
            (self.vitality_leave, "vitality leave"),
            (self.training, "training"),
            (self.initial_training, "initial training"),
            (self.organisational_meetings, "organisational meetings"),
            (self.client_activities, "client-related activities"),
        ] {
            hours(line, what)?;
        }
        FRACTION.check("sickness rate", self.sickness_rate)?;
        Ok(())
    }

    /// The national model of 2026 (cao JB/JR; "Productiviteit" in the Tariefbepaling of the
    /// Gelderland product book 2026), with the decisions of the module docs: sickness 6.3 %
    /// (derived 115 h, printed 119), training lines 54 and 82 (derived subtotal 136, printed
    /// 134), client-related activities 60 h (printed "&3", decided as 139 − 79).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, cost::productivity::Productivity};
    /// let p = Productivity::national_2026();
    /// assert_eq!(p.contract_hours, Decimal::from(1872));
    /// assert_eq!(p.sickness_rate.to_string(), "0.063");
    /// assert_eq!(p.client_activities, Decimal::from(60));
    /// ```
    #[must_use]
    pub fn national_2026() -> Productivity {
        Productivity {
            contract_hours: src::CONTRACT_HOURS,
            public_holidays: src::PUBLIC_HOLIDAYS,
            sickness_rate: src::SICKNESS_RATE,
            leave: src::LEAVE,
            special_leave: src::SPECIAL_LEAVE,
            vitality_leave: src::VITALITY_LEAVE,
            training: src::TRAINING,
            initial_training: src::INITIAL_TRAINING,
            organisational_meetings: src::ORGANISATIONAL_MEETINGS,
            // Decided: the printed total of the indirect hours minus the legible line.
            client_activities: src::PRINTED_INDIRECT_HOURS
                .saturating_sub(src::ORGANISATIONAL_MEETINGS),
        }
    }

    /// Working hours ("subtotaal werkdagen"): contract hours − public holidays. Exact.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] for a negative line, [`Error::OutOfRange`] for one outside
    /// [`crate::money::HOURS`]; [`Error::HoursExhausted`] when the holidays exceed the contract
    /// hours.
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::cost::productivity::Productivity::national_2026();
    /// assert_eq!(p.working_hours()?.to_string(), "1825");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn working_hours(&self) -> Result<Decimal, Error> {
        let contract = hours(self.contract_hours, "contract hours")?;
        let holidays = hours(self.public_holidays, "public holidays")?;
        deduct(
            contract,
            holidays,
            "working hours = contract hours − public holidays",
        )
    }

    /// Sickness hours: sickness rate × working hours, rounded to whole hours half away from
    /// zero (6.3 % × 1825 = 114.975 → 115).
    ///
    /// # Errors
    ///
    /// As [`Productivity::working_hours`]; [`Error::NegativeInput`] for a negative rate,
    /// [`Error::OutOfRange`] for one outside [`crate::money::FRACTION`].
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::cost::productivity::Productivity::national_2026();
    /// assert_eq!(p.sickness_hours()?.to_string(), "115"); // printed: 119
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn sickness_hours(&self) -> Result<Decimal, Error> {
        let rate = FRACTION.check("sickness rate", self.sickness_rate)?;
        // Exact (a fraction of seven decimals × hours below 10⁵ with four), then one rounding.
        let sick = mul_exact(rate, self.working_hours()?, "sickness rate × working hours")?;
        Ok(sick.round_dp_with_strategy(0, ROUNDING))
    }

    /// Absence hours ("subtotaal"): sickness + leave + special leave + vitality leave.
    ///
    /// # Errors
    ///
    /// As [`Productivity::sickness_hours`]; [`Error::NegativeInput`] for a negative line,
    /// [`Error::OutOfRange`] for one outside [`crate::money::HOURS`].
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::cost::productivity::Productivity::national_2026();
    /// assert_eq!(p.absence_hours()?.to_string(), "351");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn absence_hours(&self) -> Result<Decimal, Error> {
        let op = "absence hours";
        let mut sum = self.sickness_hours()?;
        for (line, what) in [
            (self.leave, "leave"),
            (self.special_leave, "special leave"),
            (self.vitality_leave, "vitality leave"),
        ] {
            sum = add(sum, hours(line, what)?, op)?;
        }
        Ok(sum)
    }

    /// Available hours ("totaal beschikbaar"): working hours − absence hours.
    ///
    /// # Errors
    ///
    /// As [`Productivity::absence_hours`]; [`Error::HoursExhausted`] when the absence exceeds
    /// the working hours.
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::cost::productivity::Productivity::national_2026();
    /// assert_eq!(p.available_hours()?.to_string(), "1474");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn available_hours(&self) -> Result<Decimal, Error> {
        deduct(
            self.working_hours()?,
            self.absence_hours()?,
            "available hours = working hours − absence",
        )
    }

    /// Training hours ("subtotaal"): non-initial + initial training. Exact.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] for a negative line, [`Error::OutOfRange`] for one outside
    /// [`crate::money::HOURS`].
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::cost::productivity::Productivity::national_2026();
    /// assert_eq!(p.training_hours()?.to_string(), "136"); // printed: 134
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn training_hours(&self) -> Result<Decimal, Error> {
        add(
            hours(self.training, "training")?,
            hours(self.initial_training, "initial training")?,
            "training hours",
        )
    }

    /// Indirect hours ("totaal indirecte uren"): organisational meetings + client-related
    /// activities outside the norm. Exact.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeInput`] for a negative line, [`Error::OutOfRange`] for one outside
    /// [`crate::money::HOURS`].
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::cost::productivity::Productivity::national_2026();
    /// assert_eq!(p.indirect_hours()?.to_string(), "139");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn indirect_hours(&self) -> Result<Decimal, Error> {
        add(
            hours(self.organisational_meetings, "organisational meetings")?,
            hours(self.client_activities, "client-related activities")?,
            "indirect hours",
        )
    }

    /// Productive hours per FTE per year, the hours left for norm hours of measures:
    /// available − training − indirect hours. Exact (only the sickness hours are rounded).
    ///
    /// # Errors
    ///
    /// As the subtotals; [`Error::HoursExhausted`] when training and indirect hours exceed the
    /// available hours.
    ///
    /// # Example
    ///
    /// ```
    /// let p = jbjr::cost::productivity::Productivity::national_2026();
    /// assert_eq!(p.productive_hours()?.to_string(), "1199");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn productive_hours(&self) -> Result<Decimal, Error> {
        let after_training = deduct(
            self.available_hours()?,
            self.training_hours()?,
            "productive hours = available − training",
        )?;
        deduct(
            after_training,
            self.indirect_hours()?,
            "productive hours = available − training − indirect",
        )
    }

    /// Caseload per FTE: productive hours ÷ norm hours per year of a measure. Unrounded.
    ///
    /// # Errors
    ///
    /// As [`Productivity::productive_hours`]; [`Error::NegativeInput`] for negative norm
    /// hours, [`Error::OutOfRange`] for norm hours outside [`crate::money::HOURS`];
    /// [`Error::NotPositive`] for zero norm hours.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, cost::productivity::Productivity};
    /// let p = Productivity::national_2026();
    /// // OTS, 102 norm hours a year: 1199 ÷ 102 = 11.75… children per FTE.
    /// let ots = p.caseload_per_fte(Decimal::from(102))?;
    /// assert_eq!(jbjr::money::round_cents(ots).to_string(), "11.75");
    /// assert!(p.caseload_per_fte(Decimal::ZERO).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn caseload_per_fte(&self, norm_hours_per_year: Decimal) -> Result<Decimal, Error> {
        let norm = positive(
            hours(norm_hours_per_year, "norm hours per year")?,
            "norm hours per year",
        )?;
        div(
            self.productive_hours()?,
            norm,
            "productive hours ÷ norm hours",
        )
    }

    /// FTEs needed for `cases` running measures of `norm_hours_per_year` each:
    /// cases × norm hours ÷ productive hours. Unrounded.
    ///
    /// # Errors
    ///
    /// As [`Productivity::productive_hours`]; [`Error::NegativeInput`] for a negative input,
    /// [`Error::OutOfRange`] for norm hours outside [`crate::money::HOURS`];
    /// [`Error::NotPositive`] when the productive hours are zero; [`Error::Overflow`] if a step
    /// overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, cost::productivity::Productivity};
    /// let p = Productivity::national_2026();
    /// // 1199 Voogdij wards at 78 h: 78 FTE.
    /// assert_eq!(p.fte_for_caseload(Decimal::from(1199), Decimal::from(78))?, Decimal::from(78));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn fte_for_caseload(
        &self,
        cases: Decimal,
        norm_hours_per_year: Decimal,
    ) -> Result<Decimal, Error> {
        let cases = non_negative(cases, "cases")?;
        let norm = hours(norm_hours_per_year, "norm hours per year")?;
        let productive = positive(self.productive_hours()?, "productive hours")?;
        let hours = mul(cases, norm, "cases × norm hours")?;
        div(hours, productive, "hours ÷ productive hours")
    }

    /// Every subtotal next to the figure `printed` gives for it, in table order.
    ///
    /// # Errors
    ///
    /// As [`Productivity::productive_hours`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::cost::productivity::{PrintedProductivity, Productivity};
    /// let checks = Productivity::national_2026().compare(&PrintedProductivity::national_2026())?;
    /// let differing: Vec<&str> = checks.iter().filter(|c| !c.agrees()).map(|c| c.line).collect();
    /// assert_eq!(differing, ["sickness hours", "training hours", "productive hours"]);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn compare(&self, printed: &PrintedProductivity) -> Result<Vec<LineCheck>, Error> {
        let check = |line, printed, derived| LineCheck {
            line,
            printed,
            derived,
        };
        Ok(vec![
            check(
                "working hours",
                printed.working_hours,
                self.working_hours()?,
            ),
            check(
                "sickness hours",
                printed.sickness_hours,
                self.sickness_hours()?,
            ),
            check(
                "absence hours",
                printed.absence_hours,
                self.absence_hours()?,
            ),
            check(
                "available hours",
                printed.available_hours,
                self.available_hours()?,
            ),
            check(
                "training hours",
                printed.training_hours,
                self.training_hours()?,
            ),
            check(
                "indirect hours",
                printed.indirect_hours,
                self.indirect_hours()?,
            ),
            check(
                "productive hours",
                printed.productive_hours()?,
                self.productive_hours()?,
            ),
        ])
    }
}

/// The subtotals as printed in a source, beside [`Productivity`]'s derived figures.
///
/// # Example
///
/// ```
/// use jbjr::cost::productivity::PrintedProductivity;
/// let printed = PrintedProductivity::national_2026();
/// assert_eq!(printed.sickness_hours.to_string(), "119");
/// assert_eq!(printed.client_activities, "&3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PrintedProductivity {
    /// "Subtotaal werkdagen".
    pub working_hours: Decimal,
    /// "Ziekte-uren o.b.v. een ziekteverzuim van …".
    pub sickness_hours: Decimal,
    /// "Subtotaal" of the absence lines.
    pub absence_hours: Decimal,
    /// "Totaal beschikbaar".
    pub available_hours: Decimal,
    /// "Subtotaal" of the training lines.
    pub training_hours: Decimal,
    /// The client-related activities line as printed (OCR text).
    pub client_activities: &'static str,
    /// "Totaal indirecte uren".
    pub indirect_hours: Decimal,
}

impl PrintedProductivity {
    /// The printed subtotals of 2026 (Tariefbepaling, Gelderland product book 2026).
    ///
    /// # Example
    ///
    /// ```
    /// let printed = jbjr::cost::productivity::PrintedProductivity::national_2026();
    /// assert_eq!(printed.training_hours.to_string(), "134");
    /// ```
    #[must_use]
    pub const fn national_2026() -> PrintedProductivity {
        PrintedProductivity {
            working_hours: src::PRINTED_WORKING_HOURS,
            sickness_hours: src::PRINTED_SICKNESS_HOURS,
            absence_hours: src::PRINTED_ABSENCE_HOURS,
            available_hours: src::PRINTED_AVAILABLE_HOURS,
            training_hours: src::PRINTED_TRAINING_HOURS,
            client_activities: src::PRINTED_CLIENT_ACTIVITIES,
            indirect_hours: src::PRINTED_INDIRECT_HOURS,
        }
    }

    /// The productive hours the printed subtotals give: available − training − indirect
    /// (1474 − 134 − 139 = 1201 for 2026). Not printed in the source.
    ///
    /// # Errors
    ///
    /// [`Error::HoursExhausted`] when the subtraction leaves a negative number.
    ///
    /// # Example
    ///
    /// ```
    /// let printed = jbjr::cost::productivity::PrintedProductivity::national_2026();
    /// assert_eq!(printed.productive_hours()?.to_string(), "1201");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn productive_hours(&self) -> Result<Decimal, Error> {
        let step = "printed productive hours = available − training − indirect";
        let rest = deduct(self.available_hours, self.training_hours, step)?;
        deduct(rest, self.indirect_hours, step)
    }
}

/// One subtotal: the figure printed and the figure derived from the lines.
///
/// # Example
///
/// ```
/// use jbjr::cost::productivity::{PrintedProductivity, Productivity};
/// let checks = Productivity::national_2026().compare(&PrintedProductivity::national_2026())?;
/// assert!(checks[0].agrees()); // working hours 1825
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCheck {
    /// The subtotal, e.g. `"sickness hours"`.
    pub line: &'static str,
    /// As printed.
    pub printed: Decimal,
    /// As derived.
    pub derived: Decimal,
}

impl LineCheck {
    /// Whether printed and derived figures are equal.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, cost::productivity::LineCheck};
    /// let c = LineCheck { line: "x", printed: Decimal::from(119), derived: Decimal::from(115) };
    /// assert!(!c.agrees());
    /// ```
    #[must_use]
    pub fn agrees(&self) -> bool {
        self.printed == self.derived
    }
}
