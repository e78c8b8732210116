//! Cases: see the [`billing`](crate::billing) layer docs.

use chrono::NaiveDate;

use crate::billing::{CaseloadEntry, ScenarioEntry};
use crate::billing::{Child, Placement};
use crate::{Catalogue, Error, Order, ProductCode, Provider, Unit};

/// A municipality code (iJw `Gemeente`, the CBS *gemeentecode*): exactly four ASCII digits,
/// `"0202"` for Arnhem. `Display`/`FromStr` round trip.
///
/// # Example
///
/// ```
/// use jbjr::billing::Municipality;
/// let arnhem: Municipality = "0202".parse()?;
/// assert_eq!(arnhem.to_string(), "0202");
/// assert!("202".parse::<Municipality>().is_err());
/// assert!("02O2".parse::<Municipality>().is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Municipality([u8; 4]);

impl Municipality {
    /// The four digits.
    ///
    /// # Example
    ///
    /// ```
    /// let m: jbjr::billing::Municipality = "0344".parse()?;
    /// assert_eq!(m.as_str(), "0344");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl std::str::FromStr for Municipality {
    type Err = Error;

    fn from_str(s: &str) -> Result<Municipality, Error> {
        match <[u8; 4]>::try_from(s.as_bytes()) {
            Ok(digits) if digits.iter().all(u8::is_ascii_digit) => Ok(Municipality(digits)),
            _ => Err(Error::UnknownName {
                kind: "municipality code",
                input: crate::error::clip(s),
                expected: "four digits (CBS gemeentecode), e.g. 0202",
            }),
        }
    }
}

impl std::fmt::Display for Municipality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Municipality, as_str);

/// Start and stop of care as the GI reported them: JW305 (*Startzorg*) and JW307 (*Stopzorg*).
/// `stop` is the last day of care, inclusive; `None` while care runs.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::billing::Care;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let care = Care { start: d(3, 15), stop: Some(d(3, 25)) };
/// assert!(care.stop > Some(care.start));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Care {
    /// First day of care (JW305).
    pub start: NaiveDate,
    /// Last day of care (JW307), if care has stopped.
    pub stop: Option<NaiveDate>,
}

/// The allocated volume of a product that has one (iJw `Omvang`, IV042): `amount` of `unit`
/// per month. Hourly products (49B01, 49B98, 49B99) are allocated in hours; declaring in minutes
/// (`unit: Unit::Minute`) follows IV081, declaring in hours IV079.
///
/// # Example
///
/// ```
/// use jbjr::{Unit, billing::Volume};
/// let v = Volume { amount: 10, unit: Unit::Hour };
/// assert_eq!(v.unit, Unit::Hour);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Volume {
    /// The volume per month, in `unit`.
    pub amount: u32,
    /// Hours or minutes.
    pub unit: Unit,
}

/// One case: a product of one GI for one client, as allocated (JW301) and as cared for
/// (JW305/JW307). `C` is the caller's client id (a `String` by default).
///
/// Fields are public; [`Case::new`] and the `with_…` methods build one readably.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jbjr::{Provider, billing::Case};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let case = Case::new("999990019", "48B10".parse()?, Provider::JbGld, d(3, 15))
///     .with_municipality("0202".parse()?)
///     .with_care(d(3, 15), None);
/// assert_eq!(case.period(), Some((d(3, 15), None)));
/// // The stop arrives later (JW307): care ended on 25 March.
/// let case = case.stopped(d(3, 25));
/// assert_eq!(case.period(), Some((d(3, 15), Some(d(3, 25)))));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Case<C = String> {
    /// The client: any id of the caller's (for family products the youngest child).
    pub client: C,
    /// The allocated product.
    pub code: ProductCode,
    /// The GI that carries it out.
    pub provider: Provider,
    /// The municipality that allocated it, when known.
    pub municipality: Option<Municipality>,
    /// First day of the allocation.
    pub start: NaiveDate,
    /// Last day of the allocation (inclusive), if it has one.
    pub end: Option<NaiveDate>,
    /// Allocated volume per month, for products that have one (hourly products).
    pub volume: Option<Volume>,
    /// Start and stop of care, once care started.
    pub care: Option<Care>,
    /// The allocation number (iJw `ToewijzingNummer`, JW301), when known: the key a keyed
    /// declaration line names ([`Case::with_allocation`]). `None` in code that uses no numbers;
    /// lines are then matched by client, product and GI.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub allocation: Option<crate::AllocationNumber>,
    /// The family the case belongs to, when the caller knows it: any number of the caller's
    /// (a family file number, a household key). Cases of one family are one family for the
    /// products billed once per family (LET GTO 48B15) even when each child's case is filed
    /// under its own client id; cases with the same client are one family whatever this says.
    #[cfg_attr(feature = "serde", serde(default))]
    pub family: Option<u64>,
}

impl<C> Case<C> {
    /// A case allocated from `start`, open-ended, without municipality, volume or care.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case};
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let case = Case::new(7u64, "47B10".parse()?, Provider::Wss, d);
    /// assert_eq!((case.client, case.end, case.care), (7, None, None));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn new(client: C, code: ProductCode, provider: Provider, start: NaiveDate) -> Self {
        Case {
            client,
            code,
            provider,
            municipality: None,
            start,
            end: None,
            volume: None,
            care: None,
            allocation: None,
            family: None,
        }
    }

    /// The case with its allocation number (iJw `ToewijzingNummer`, JW301). A keyed declaration
    /// line names it; the check finds the case by it (TR338), and the keyed run puts it on
    /// every line of the case.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{AllocationNumber, Provider, billing::Case};
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let case = Case::new("a", "48B10".parse()?, Provider::JbGld, d)
    ///     .with_allocation(AllocationNumber::new(100_001)?);
    /// assert_eq!(case.allocation.map(AllocationNumber::get), Some(100_001));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn with_allocation(self, allocation: crate::AllocationNumber) -> Self {
        Case {
            allocation: Some(allocation),
            ..self
        }
    }

    /// The case with the allocation's last day.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case};
    /// let d = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
    /// let case = Case::new("a", "47B10".parse()?, Provider::Wss, d(1)).with_end(d(6));
    /// assert_eq!(case.end, Some(d(6)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn with_end(self, end: NaiveDate) -> Self {
        Case {
            end: Some(end),
            ..self
        }
    }

    /// The case with the allocating municipality.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case};
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let case = Case::new("a", "47B10".parse()?, Provider::Wss, d)
    ///     .with_municipality("0202".parse()?);
    /// assert_eq!(case.municipality.map(|m| m.to_string()).as_deref(), Some("0202"));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn with_municipality(self, municipality: Municipality) -> Self {
        Case {
            municipality: Some(municipality),
            ..self
        }
    }

    /// The case with an allocated volume per month (hourly products).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, Unit, billing::{Case, Volume}};
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let case = Case::new("a", "49B99".parse()?, Provider::JbGld, d)
    ///     .with_volume(Volume { amount: 8, unit: Unit::Hour });
    /// assert_eq!(case.volume.map(|v| v.amount), Some(8));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn with_volume(self, volume: Volume) -> Self {
        Case {
            volume: Some(volume),
            ..self
        }
    }

    /// The case as part of family `family` (any number of the caller's that names the family:
    /// a family file number, a household key). LET GTO (48B15) is declared once per family
    /// (Productenboek Gelderland 2026, LET GTO: "maar éénmaal gedeclareerd"): the run declares
    /// the family's first LET GTO case (by allocation start; between cases starting the same day,
    /// an order fixed by the client id, never by position) and the check rejects any
    /// other, also when each child's case has its own client id (SAP GI advises allocating
    /// family work on the youngest child's BSN, but a municipality may allocate per child).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Editions, Provider, billing::Case, declaration::{RunFailure, run}};
    /// let d = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
    /// let gto = |bsn: &str, m| Case::new(bsn.to_string(), "48B15".parse().unwrap(), Provider::JbGld, d(m))
    ///     .with_care(d(m), None)
    ///     .with_family(41);
    /// let cases = [gto("999990019", 2), gto("999990020", 3)];
    /// let r = run(&Editions::gelderland(), &cases, &[], &[], d(1), d(6));
    /// assert_eq!(r.lines.len(), 3); // one three-month term, on the first child
    /// assert_eq!(r.failures, [RunFailure::LetGtoRepeat { index: 1, first: 0 }]);
    /// ```
    #[must_use]
    pub fn with_family(self, family: u64) -> Self {
        Case {
            family: Some(family),
            ..self
        }
    }

    /// The case with care started on `start` (JW305) and, if known, stopped after `stop`
    /// (JW307).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case};
    /// let d = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
    /// let case = Case::new("a", "48B10".parse()?, Provider::JbGld, d(1)).with_care(d(2), None);
    /// assert_eq!(case.period(), Some((d(2), None)));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn with_care(self, start: NaiveDate, stop: Option<NaiveDate>) -> Self {
        Case {
            care: Some(Care { start, stop }),
            ..self
        }
    }

    /// The case with care stopped after `stop` (a JW307 that arrived). Without care started, care
    /// is taken to have started with the allocation.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case};
    /// let d = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
    /// let case = Case::new("a", "48B10".parse()?, Provider::JbGld, d(1)).stopped(d(5));
    /// assert_eq!(case.period(), Some((d(1), Some(d(5)))));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn stopped(self, stop: NaiveDate) -> Self {
        let start = self.care.map_or(self.start, |c| c.start);
        Case {
            care: Some(Care {
                start,
                stop: Some(stop),
            }),
            ..self
        }
    }

    /// The billed period: the overlap of the allocation and care, as `(first day, last day if
    /// any)`. `None` when care has not started, or care and allocation do not overlap, or a
    /// period ends before it starts.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let case = Case::new("a", "48B10".parse()?, Provider::JbGld, d(3, 1)).with_end(d(8, 31));
    /// assert_eq!(case.period(), None); // no care yet (JW305)
    /// let case = case.with_care(d(2, 20), Some(d(12, 31)));
    /// assert_eq!(case.period(), Some((d(3, 1), Some(d(8, 31)))));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn period(&self) -> Option<(NaiveDate, Option<NaiveDate>)> {
        let care = self.care?;
        let start = self.start.max(care.start);
        let end = match (self.end, care.stop) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if self.end.is_some_and(|e| e < self.start) || care.stop.is_some_and(|s| s < care.start) {
            return None;
        }
        match end {
            Some(e) if e < start => None,
            _ => Some((start, end)),
        }
    }

    /// The same case with the client id mapped (for example a `u32` child index to a BSN).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case};
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let case = Case::new(3u32, "48B10".parse()?, Provider::JbGld, d);
    /// let named: Case<String> = case.map_client(|i| format!("child-{i}"));
    /// assert_eq!(named.client, "child-3");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn map_client<D>(self, f: impl FnOnce(C) -> D) -> Case<D> {
        Case {
            client: f(self.client),
            code: self.code,
            provider: self.provider,
            municipality: self.municipality,
            start: self.start,
            end: self.end,
            volume: self.volume,
            care: self.care,
            allocation: self.allocation,
            family: self.family,
        }
    }

    /// A case for an [`Order`]: the allocation runs over the order's term (after its
    /// extensions; for an order taken up with [`Order::taken_up`], from its first day), care
    /// from the first day to the last.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Measure, Order, Provider, billing::Case};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // An OTS running since 15 March 2023, in its third year (two extensions so far).
    /// let ots = Order::taken_up(Measure::Ots, d(2023, 3, 15), d(2024, 3, 14), d(2025, 3, 15), d(2026, 3, 14), 2)?;
    /// let case = Case::from_order("bsn", "48B10".parse()?, Provider::JbGld, &ots);
    /// assert_eq!((case.start, case.end), (d(2023, 3, 15), Some(d(2026, 3, 14))));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn from_order(client: C, code: ProductCode, provider: Provider, order: &Order) -> Self {
        Case::new(client, code, provider, order.start())
            .with_end(order.end())
            .with_care(order.start(), Some(order.end()))
    }

    /// The [`Order`] of this case, checked against its measure's duration rule: the measure is
    /// the product's in `catalogue`, the term the allocation's (which must have a last day).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownProduct`] for a code not in `catalogue`; [`Error::InvalidPeriod`] when
    /// the allocation has no last day or it ends before it starts; [`Error::DurationRule`] as
    /// [`Order::new`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::Case};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let book = Catalogue::gelderland_2026();
    /// let case = Case::new("a", "48B10".parse()?, Provider::JbGld, d(2026, 3, 15));
    /// assert!(case.clone().with_end(d(2027, 3, 14)).order(book).is_ok());
    /// assert!(case.with_end(d(2027, 3, 15)).order(book).is_err()); // BW 1:258: at most a year
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn order(&self, catalogue: &Catalogue) -> Result<Order, Error> {
        let measure = catalogue.product(self.code)?.measure();
        let end = self.end.ok_or(Error::InvalidPeriod {
            start: self.start,
            end: self.start,
            reason: "the allocation has no last day, so its term cannot be checked",
        })?;
        Order::new(measure, self.start, end)
    }

    /// The case as a [`Placement`] of `child` for a budget: the billed [`period`](Case::period),
    /// ending on `through` when it runs past it. `None` without a period or when the period
    /// starts after `through`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Catalogue, Provider, billing::placements_budget, billing::Case};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let cases = vec![
    ///     Case::new("a", "48B10".parse()?, Provider::JbGld, d(1, 1)).with_care(d(1, 1), None),
    /// ];
    /// let placements = cases.iter().enumerate()
    ///     .filter_map(|(i, c)| c.placement(i as u32, d(12, 31)));
    /// let budget = placements_budget(Catalogue::gelderland_2026(), placements)?;
    /// assert_eq!(budget.total().to_string(), "15111.48"); // 12 × 1259.29
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn placement(&self, child: u32, through: NaiveDate) -> Option<Placement> {
        let (start, end) = self.period()?;
        let end = end.map_or(through, |e| e.min(through));
        (start <= end).then_some(Placement {
            child,
            code: self.code,
            provider: self.provider,
            start,
            end,
        })
    }
}

impl<C: Clone> Case<C> {
    /// A family case: the client is the youngest child (SAP GI "Gezinsgericht werken", chosen by
    /// [`family::youngest`](crate::billing::youngest)); for LET GTO (48B15), the youngest child
    /// with a legal measure (Productenboek Gelderland 2026, LET GTO: "gestapeld op het
    /// toegewezen jongst betrokken kind").
    ///
    /// # Errors
    ///
    /// [`Error::Empty`] when `children` is empty; [`Error::NotEligible`] for LET GTO when no
    /// child has a measure.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jbjr::{Provider, billing::Case, billing::Child};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let children = [
    ///     ("111".to_string(), Child { birth_date: d(2012, 1, 1), has_measure: true }),
    ///     ("222".to_string(), Child { birth_date: d(2016, 1, 1), has_measure: false }),
    /// ];
    /// let intensief = Case::for_family(&children, "48B80".parse()?, Provider::JbGld, d(2026, 1, 1))?;
    /// assert_eq!(intensief.client, "222");
    /// let gto = Case::for_family(&children, "48B15".parse()?, Provider::JbGld, d(2026, 1, 1))?;
    /// assert_eq!(gto.client, "111");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn for_family(
        children: &[(C, Child)],
        code: ProductCode,
        provider: Provider,
        start: NaiveDate,
    ) -> Result<Self, Error> {
        let kids: Vec<Child> = children.iter().map(|(_, c)| *c).collect();
        let i = if code == crate::billing::LET_GTO {
            crate::billing::let_gto_child(&kids)?
        } else {
            crate::billing::youngest(&kids)?
        };
        let client = children
            .get(i)
            .map(|(id, _)| id.clone())
            .ok_or(Error::Empty {
                what: "family",
                rule: "family billing needs at least one child",
            })?;
        Ok(Case::new(client, code, provider, start))
    }
}

impl From<Placement> for Case<u32> {
    /// A placement is an allocation with care over the same period; the child index becomes the
    /// client id.
    fn from(p: Placement) -> Case<u32> {
        Case::new(p.child, p.code, p.provider, p.start)
            .with_end(p.end)
            .with_care(p.start, Some(p.end))
    }
}

fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate), Error> {
    match (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(Error::InvalidPeriod {
            start: NaiveDate::MIN,
            end: NaiveDate::MAX,
            reason: "the year lies outside the supported date range",
        }),
    }
}

impl Case<u32> {
    /// The cases a [`CaseloadEntry`] stands for in `year`: `per_month` clients (ids `0..`)
    /// with the product allocated and cared for the whole year.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] for a year `NaiveDate` cannot represent.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Editions, Provider, billing::CaseloadEntry, billing::Case};
    /// let entry = CaseloadEntry { code: "48B10".parse()?, provider: Provider::JbGld, per_month: 2 };
    /// let cases: Vec<_> = Case::from_caseload(&entry, 2026)?.collect();
    /// assert_eq!(cases.len(), 2);
    /// let end = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    /// assert_eq!(cases[1].quote(&Editions::gelderland(), end)?.total().to_string(), "15111.48");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn from_caseload(
        entry: &CaseloadEntry,
        year: i32,
    ) -> Result<impl Iterator<Item = Case<u32>> + use<>, Error> {
        let (first, last) = year_bounds(year)?;
        let (code, provider) = (entry.code, entry.provider);
        Ok((0..entry.per_month).map(move |i| {
            Case::new(i, code, provider, first)
                .with_end(last)
                .with_care(first, Some(last))
        }))
    }

    /// The cases of a [`ScenarioEntry`] in `year`: `baseline` clients (ids `0..`) each with a
    /// term of `months_each` months from 1 January, as in
    /// [`ReductionTarget::scenario`](crate::billing::ReductionTarget::scenario).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPeriod`] for a year or term end `NaiveDate` cannot represent, or
    /// `months_each` of 0.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Measure, Provider, billing::ScenarioEntry, billing::Case};
    /// let entry = ScenarioEntry {
    ///     measure: Measure::Ots, code: "48B10".parse()?, provider: Provider::JbGld,
    ///     baseline: 3, months_each: 6,
    /// };
    /// let cases: Vec<_> = Case::from_scenario(&entry, 2026)?.collect();
    /// assert_eq!(cases.len(), 3);
    /// assert_eq!(cases[0].end, chrono::NaiveDate::from_ymd_opt(2026, 6, 30));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn from_scenario(
        entry: &ScenarioEntry,
        year: i32,
    ) -> Result<impl Iterator<Item = Case<u32>> + use<>, Error> {
        let (first, _) = year_bounds(year)?;
        if entry.months_each == 0 {
            return Err(Error::InvalidPeriod {
                start: first,
                end: first,
                reason: "a scenario entry needs at least one month per case",
            });
        }
        let last = crate::law::Term::Months(entry.months_each).last_day(first)?;
        let (code, provider) = (entry.code, entry.provider);
        Ok((0..entry.baseline).map(move |i| {
            Case::new(i, code, provider, first)
                .with_end(last)
                .with_care(first, Some(last))
        }))
    }
}

/// Whether a product unit is billed per month, once (per traject or piece) or by volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Billing {
    Monthly,
    Once,
    Volume,
}

impl Billing {
    pub(crate) const fn of(unit: Unit) -> Billing {
        match unit {
            Unit::Month => Billing::Monthly,
            Unit::Hour | Unit::Minute => Billing::Volume,
            _ => Billing::Once,
        }
    }
}
