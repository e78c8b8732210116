//! Orders: see the [`law`](crate::law) layer docs.

use chrono::NaiveDate;

use crate::law::{DurationRule, Extension, Term, age_on, majority_last_day};
use crate::{Error, Measure, ProductCode, Text};

/// One measure imposed over a term, with its extensions.
///
/// Built with [`Order::new`] (or [`Order::with_rule`] for a rule variant such as KansRIJK
/// Begeleiding), which checks the first term against the measure's [`DurationRule`];
/// [`Order::extend`] checks each extension. Give the child's birth date with
/// [`Order::with_birth_date`] to check the age limits and, for civil measures, that the order
/// ends before the 18th birthday (BW 1:233) — also on every later extension.
///
/// Periods are inclusive: [`Order::end`] is the last day of the measure. The value is small
/// and `Copy`; building and extending it never allocates, not even when it fails.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Measure, Order};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // OTS: first term at most one year (BW 1:258) ...
/// let mut ots = Order::new(Measure::Ots, d(2026, 3, 15), d(2027, 3, 14))?;
/// assert!(Order::new(Measure::Ots, d(2026, 3, 15), d(2027, 3, 15)).is_err());
/// // ... extended each time by at most one year (BW 1:260).
/// ots.extend(d(2028, 3, 14))?;
/// ots.extend(d(2029, 3, 14))?;
/// assert_eq!(ots.extensions(), 2);
/// assert!(ots.extend(d(2030, 3, 15)).is_err()); // one day too long: unchanged
/// assert_eq!(ots.end(), d(2029, 3, 14));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Order {
    rule: &'static DurationRule,
    start: NaiveDate,
    end: NaiveDate,
    first_end: NaiveDate,
    extensions: u32,
    birth_date: Option<NaiveDate>,
}

fn broken(
    rule: &DurationRule,
    what: &'static str,
    start: NaiveDate,
    end: NaiveDate,
    limit: Text<56>,
) -> Error {
    Error::DurationRule {
        measure: rule.measure,
        rule: what,
        // The term and extension limits' own sources: BW 1:233 (majority) sets no length.
        source_ref: rule.term_source(),
        start,
        end,
        limit,
    }
}

impl Order {
    /// An order of `measure` from `start` to `end` (inclusive), checked against the first-term
    /// limits of [`DurationRule::of`]`(measure)`.
    ///
    /// # Errors
    ///
    /// - [`Error::InvalidPeriod`] when `end` is before `start`, or a limit date falls outside
    ///   [`NaiveDate`]'s range.
    /// - [`Error::DurationRule`] when the term is shorter than the rule's minimum or longer
    ///   than its maximum; the error names the rule, its source and the last allowed day.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Error, Measure, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // VOTS: at most three months (BW 1:257).
    /// let vots = Order::new(Measure::Vots, d(2026, 1, 31), d(2026, 4, 30))?;
    /// assert_eq!(vots.end(), d(2026, 4, 30));
    /// match Order::new(Measure::Vots, d(2026, 1, 31), d(2026, 5, 1)) {
    ///     Err(Error::DurationRule { source_ref, limit, .. }) => {
    ///         assert!(source_ref.contains("BW 1:257"));
    ///         assert!(limit.contains("2026-04-30"));
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(measure: Measure, start: NaiveDate, end: NaiveDate) -> Result<Order, Error> {
        Order::with_rule(DurationRule::of(measure), start, end)
    }

    /// An order under a given rule: a measure's own rule or a variant such as
    /// [`DurationRule::kansrijk_begeleiding`].
    ///
    /// # Errors
    ///
    /// As [`Order::new`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{DurationRule, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let rule = DurationRule::kansrijk_begeleiding();
    /// let mut k = Order::with_rule(rule, d(2026, 1, 1), d(2026, 6, 30))?;
    /// k.extend(d(2026, 12, 31))?; // once, by at most six months
    /// assert!(k.extend(d(2027, 1, 31)).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_rule(
        rule: &'static DurationRule,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Order, Error> {
        if end < start {
            return Err(Error::InvalidPeriod {
                start,
                end,
                reason: "the end lies before the start",
            });
        }
        if let Some(min) = rule.first_term_min {
            let earliest = min.last_day(start)?;
            if end < earliest {
                return Err(broken(
                    rule,
                    "the first term is shorter than the minimum",
                    start,
                    end,
                    crate::text::text!("at least {min}: ends on {earliest} or later"),
                ));
            }
        }
        if let (Some(max), Some(latest)) = (rule.first_term_max, rule.first_term_last_day(start)?) {
            if end > latest {
                return Err(broken(
                    rule,
                    "the first term is longer than the maximum",
                    start,
                    end,
                    crate::text::text!("at most {max}: last day {latest}"),
                ));
            }
        }
        Ok(Order {
            rule,
            start,
            end,
            first_end: end,
            extensions: 0,
            birth_date: None,
        })
    }

    /// Takes up an order that is already running, from its current term, without replaying
    /// every past extension: it started on `start`, its first term ended on `first_term_end`,
    /// and it has been extended `extensions` times, the last time to the current term
    /// `term_start..=term_end`. The first term is checked as by [`Order::new`]; the current term
    /// as by [`Order::extend`] (its size from `term_start`, and that the rule allows that many
    /// extensions). The terms in between are not known and not checked. Later
    /// [`Order::extend`] calls continue from the current term.
    ///
    /// With `extensions == 0` the current term is the first term: `term_start` must be `start`
    /// and `term_end` must be `first_term_end`.
    ///
    /// # Errors
    ///
    /// - [`Error::InvalidPeriod`] when the current term does not start after the first term
    ///   ended (or, with no extension, is not the first term), or ends before it starts.
    /// - [`Error::DurationRule`] as [`Order::new`] for the first term and as [`Order::extend`]
    ///   for the current one (too long; more extensions than the rule allows).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Measure, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // An OTS running since 15 March 2023, now in its third year (BW 1:258, 1:260).
    /// let mut ots = Order::taken_up(
    ///     Measure::Ots, d(2023, 3, 15), d(2024, 3, 14), d(2025, 3, 15), d(2026, 3, 14), 2,
    /// )?;
    /// assert_eq!((ots.start(), ots.end(), ots.extensions()), (d(2023, 3, 15), d(2026, 3, 14), 2));
    /// ots.extend(d(2027, 3, 14))?; // the next year
    /// assert_eq!(ots.extensions(), 3);
    /// // A current term of more than a year breaks the extension rule.
    /// assert!(Order::taken_up(
    ///     Measure::Ots, d(2023, 3, 15), d(2024, 3, 14), d(2025, 3, 15), d(2026, 3, 15), 2,
    /// ).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn taken_up(
        measure: Measure,
        start: NaiveDate,
        first_term_end: NaiveDate,
        term_start: NaiveDate,
        term_end: NaiveDate,
        extensions: u32,
    ) -> Result<Order, Error> {
        let mut order = Order::new(measure, start, first_term_end)?;
        let Some(before) = extensions.checked_sub(1) else {
            if (term_start, term_end) != (start, first_term_end) {
                return Err(Error::InvalidPeriod {
                    start: term_start,
                    end: term_end,
                    reason: "with no extension the current term is the first term",
                });
            }
            return Ok(order);
        };
        if term_end < term_start {
            return Err(Error::InvalidPeriod {
                start: term_start,
                end: term_end,
                reason: "the end lies before the start",
            });
        }
        if term_start <= first_term_end {
            return Err(Error::InvalidPeriod {
                start: term_start,
                end: term_end,
                reason: "an extended order's current term starts after its first term",
            });
        }
        // The order as it stood just before its last extension: ending the day before the
        // current term, with the earlier extensions counted. `extend` then checks the current
        // term exactly as it checked it when it was granted.
        order.end = term_start.pred_opt().ok_or(Error::InvalidPeriod {
            start: term_start,
            end: term_end,
            reason: "the day before the current term lies outside the supported date range",
        })?;
        order.extensions = before;
        order.extend(term_end)?;
        Ok(order)
    }

    /// An OTS that follows a VOTS: it starts the day after the VOTS ends and its first year is
    /// counted from its own start — the time under the VOTS does not count towards it (BW 1:258,
    /// second sentence). A birth date given to the VOTS carries over.
    ///
    /// # Errors
    ///
    /// [`Error::WrongMeasure`] when `vots` is not a VOTS; otherwise as [`Order::new`] and
    /// [`Order::with_birth_date`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Measure, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let vots = Order::new(Measure::Vots, d(2026, 1, 1), d(2026, 3, 31))?;
    /// let ots = Order::ots_after_vots(&vots, d(2027, 3, 31))?; // 15 months in all
    /// assert_eq!(ots.start(), d(2026, 4, 1));
    /// assert!(Order::ots_after_vots(&vots, d(2027, 4, 1)).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn ots_after_vots(vots: &Order, end: NaiveDate) -> Result<Order, Error> {
        if vots.measure() != Measure::Vots {
            return Err(Error::WrongMeasure {
                operation: "an OTS after a VOTS",
                expected: Measure::Vots,
                actual: vots.measure(),
            });
        }
        let start = vots.end.succ_opt().ok_or_else(|| Error::InvalidPeriod {
            start: vots.start,
            end: vots.end,
            reason: "the day after the VOTS lies outside the supported date range",
        })?;
        let ots = Order::new(Measure::Ots, start, end)?;
        match vots.birth_date {
            Some(birth) => ots.with_birth_date(birth),
            None => Ok(ots),
        }
    }

    /// The order with the child's birth date, checked: the age limit of the rule when it is
    /// checked at the start ([`AgeAt::Start`](crate::AgeAt::Start); criminal-law limits at the
    /// offence are checked with [`check_age`](crate::check_age)), and for measures that end at
    /// majority that the order ends by the day before the 18th birthday (BW 1:233). Later
    /// extensions are checked against the 18th birthday too.
    ///
    /// # Errors
    ///
    /// - [`Error::InvalidPeriod`] when the order starts before `birth`.
    /// - [`Error::NotEligible`] when the age at the start is outside the rule's range.
    /// - [`Error::DurationRule`] when a civil measure runs past the day before the 18th
    ///   birthday.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Measure, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let born = d(2008, 9, 1); // 18 on 2026-09-01
    /// let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 8, 31))?;
    /// assert!(ots.with_birth_date(born).is_ok());
    /// let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 9, 1))?;
    /// assert!(ots.with_birth_date(born).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_birth_date(self, birth: NaiveDate) -> Result<Order, Error> {
        age_on(birth, self.start)?; // the order must not start before the birth date
        if self.rule.age.is_some_and(|r| r.at == crate::AgeAt::Start) {
            crate::law::check_age_rule(self.rule, birth, self.start)?;
        }
        self.check_majority(birth, self.start, self.end)?;
        Ok(Order {
            birth_date: Some(birth),
            ..self
        })
    }

    fn check_majority(
        &self,
        birth: NaiveDate,
        from: NaiveDate,
        end: NaiveDate,
    ) -> Result<(), Error> {
        if !self.rule.ends_at_majority {
            return Ok(());
        }
        let last = majority_last_day(birth)?;
        if end > last {
            return Err(Error::DurationRule {
                measure: self.rule.measure,
                rule: "a civil measure ends on the day before the 18th birthday at the latest",
                source_ref: crate::law::MAJORITY_SOURCE,
                start: from,
                end,
                limit: crate::text::text!("last day {last} (born {birth})"),
            });
        }
        Ok(())
    }

    /// Extends the current term so that it ends on `new_end`, checking the rule's extension
    /// size and count (and, with a birth date, the 18th birthday). On error the order is
    /// unchanged.
    ///
    /// An extension runs from the day after the current end; "at most N months" means
    /// `new_end` is at most the last day of an N-month term starting that day. For GBM the size
    /// is at most the first term (Sr 77wd), measured in whole months when the first term is
    /// whole months, else in days.
    ///
    /// # Errors
    ///
    /// - [`Error::InvalidPeriod`] when `new_end` is not after the current end, or a limit date
    ///   falls outside [`NaiveDate`]'s range.
    /// - [`Error::DurationRule`] when the measure cannot be extended (any more), the extension
    ///   is too long, or a civil measure would run past the 18th birthday.
    /// - [`Error::Overflow`] after `u32::MAX` extensions.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Measure, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // GBM: 6 to 12 months, once extended by at most the first term (Sr 77w, 77wd).
    /// let mut gbm = Order::new(Measure::GbmBegeleiding, d(2026, 1, 1), d(2026, 9, 30))?;
    /// assert!(gbm.extend(d(2027, 7, 1)).is_err()); // 9 months and a day
    /// gbm.extend(d(2027, 6, 30))?;
    /// assert!(gbm.extend(d(2027, 7, 31)).is_err()); // only once
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn extend(&mut self, new_end: NaiveDate) -> Result<(), Error> {
        if new_end <= self.end {
            return Err(Error::InvalidPeriod {
                start: self.end,
                end: new_end,
                reason: "an extension must end after the current last day",
            });
        }
        let from = self.end.succ_opt().ok_or_else(|| Error::InvalidPeriod {
            start: self.end,
            end: new_end,
            reason: "the day after the order lies outside the supported date range",
        })?;
        let rule = self.rule;
        if let Some(max) = rule.extension.max_count() {
            if self.extensions >= max {
                let (what, limit) = if max == 0 {
                    ("the measure cannot be extended", Text::from("no extension"))
                } else {
                    (
                        "no further extension is allowed",
                        crate::text::text!("{max} extension(s), already {}", self.extensions),
                    )
                };
                return Err(broken(rule, what, from, new_end, limit));
            }
        }
        let size = match rule.extension {
            Extension::AtMost { term, .. } => Some(term),
            Extension::AtMostFirstTerm { .. } => Some(Term::spanning(self.start, self.first_end)?),
            _ => None,
        };
        if let Some(size) = size {
            let latest = size.last_day(from)?;
            if new_end > latest {
                return Err(broken(
                    rule,
                    "the extension is longer than allowed",
                    from,
                    new_end,
                    crate::text::text!("at most {size} from {from}: last day {latest}"),
                ));
            }
        }
        if let Some(birth) = self.birth_date {
            self.check_majority(birth, from, new_end)?;
        }
        let extensions = self
            .extensions
            .checked_add(1)
            .ok_or_else(|| Error::Overflow {
                operation: "the number of extensions",
            })?;
        self.end = new_end;
        self.extensions = extensions;
        Ok(())
    }

    /// Continues a VoVo past its three months because a request for custody was filed on
    /// `request_filed`, before the VoVo lapsed (BW 1:241 lid 4): it now ends on `new_end`.
    /// This is not an extension ([`Order::extensions`] is unchanged); with a birth date the
    /// VoVo still ends by the day before the 18th birthday. On error the order is unchanged.
    ///
    /// # Errors
    ///
    /// - [`Error::WrongMeasure`] when the order is not a VoVo.
    /// - [`Error::InvalidPeriod`] when `request_filed` is before the start or `new_end` is not
    ///   after the current end.
    /// - [`Error::DurationRule`] when the request was filed after the VoVo lapsed, or the new
    ///   end is past the 18th birthday.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Measure, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut vovo = Order::new(Measure::VoVo, d(2026, 1, 15), d(2026, 4, 15))?;
    /// assert!(vovo.clone().continue_vovo(d(2026, 4, 16), d(2026, 9, 30)).is_err());
    /// vovo.continue_vovo(d(2026, 4, 15), d(2026, 9, 30))?;
    /// assert_eq!(vovo.end(), d(2026, 9, 30));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn continue_vovo(
        &mut self,
        request_filed: NaiveDate,
        new_end: NaiveDate,
    ) -> Result<(), Error> {
        if self.measure() != Measure::VoVo {
            return Err(Error::WrongMeasure {
                operation: "continuing after a custody request",
                expected: Measure::VoVo,
                actual: self.measure(),
            });
        }
        if request_filed < self.start {
            return Err(Error::InvalidPeriod {
                start: self.start,
                end: request_filed,
                reason: "the custody request is dated before the VoVo started",
            });
        }
        if new_end <= self.end {
            return Err(Error::InvalidPeriod {
                start: self.end,
                end: new_end,
                reason: "the continued VoVo must end after the current last day",
            });
        }
        if let Some(lapse) = self.rule.first_term_last_day(self.start)? {
            if request_filed > lapse {
                return Err(broken(
                    self.rule,
                    "the custody request was filed after the VoVo lapsed",
                    self.start,
                    request_filed,
                    crate::text::text!("request filed on or before {lapse}"),
                ));
            }
        }
        if let Some(birth) = self.birth_date {
            self.check_majority(birth, self.start, new_end)?;
        }
        self.end = new_end;
        Ok(())
    }

    /// The Holland Rijnland product code of an OTS on `date`: 48A04 (OTS "korter dan één jaar")
    /// during the first year of the OTS, counted from its start, and 48A05 ("langer dan één
    /// jaar") from the first day of the second year on. Time under a preceding VOTS does not
    /// count (BW 1:258).
    ///
    /// # Errors
    ///
    /// - [`Error::WrongMeasure`] when the order is not an OTS.
    /// - [`Error::DateOutsideOrder`] when `date` is outside the order.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Measure, Order};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut ots = Order::new(Measure::Ots, d(2026, 3, 15), d(2027, 3, 14))?;
    /// ots.extend(d(2028, 3, 14))?;
    /// assert_eq!(ots.holland_rijnland_ots_code(d(2027, 3, 14))?.as_str(), "48A04");
    /// assert_eq!(ots.holland_rijnland_ots_code(d(2027, 3, 15))?.as_str(), "48A05");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn holland_rijnland_ots_code(&self, date: NaiveDate) -> Result<ProductCode, Error> {
        if self.measure() != Measure::Ots {
            return Err(Error::WrongMeasure {
                operation: "the Holland Rijnland OTS code (48A04/48A05)",
                expected: Measure::Ots,
                actual: self.measure(),
            });
        }
        if date < self.start || date > self.end {
            return Err(Error::DateOutsideOrder {
                measure: self.measure(),
                date,
                start: self.start,
                end: self.end,
            });
        }
        let first_year_last = Term::Months(12).last_day(self.start)?;
        Ok(if date <= first_year_last {
            HR_OTS_FIRST_YEAR
        } else {
            HR_OTS_LATER_YEARS
        })
    }

    /// The measure.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let o = jbjr::Order::new(jbjr::Measure::Forza, d, d)?;
    /// assert_eq!(o.measure(), jbjr::Measure::Forza);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn measure(&self) -> Measure {
        self.rule.measure
    }

    /// The rule the order is checked against.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let o = jbjr::Order::new(jbjr::Measure::Stp, d, d)?;
    /// assert_eq!(o.rule().source, jbjr::DurationRule::of(jbjr::Measure::Stp).source);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn rule(&self) -> &'static DurationRule {
        self.rule
    }

    /// The first day of the order.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// assert_eq!(jbjr::Order::new(jbjr::Measure::Ots, d, d)?.start(), d);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last day of the order (inclusive), after its extensions.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
    /// assert_eq!(jbjr::Order::new(jbjr::Measure::Ots, d(1), d(6))?.end(), d(6));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn end(&self) -> NaiveDate {
        self.end
    }

    /// The last day of the first term, before any extension.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
    /// let mut o = jbjr::Order::new(jbjr::Measure::Ots, d(1), d(6))?;
    /// o.extend(d(12))?;
    /// assert_eq!(o.first_term_end(), d(6));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn first_term_end(&self) -> NaiveDate {
        self.first_end
    }

    /// How many times the order was extended.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// assert_eq!(jbjr::Order::new(jbjr::Measure::Ots, d, d)?.extensions(), 0);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn extensions(&self) -> u32 {
        self.extensions
    }

    /// The child's birth date, when given with [`Order::with_birth_date`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// assert_eq!(jbjr::Order::new(jbjr::Measure::Ots, d, d)?.birth_date(), None);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn birth_date(&self) -> Option<NaiveDate> {
        self.birth_date
    }
}

const HR_OTS_FIRST_YEAR: ProductCode = crate::code::code!("48A04");
const HR_OTS_LATER_YEARS: ProductCode = crate::code::code!("48A05");
