//! The law: how long each measure may run and how it may be extended ([`DurationRule`],
//! [`Term`]), a court order checked against it ([`Order`]), ages and eligibility (STP, Samenloop,
//! KansRIJK consent) and the Holland Rijnland kernbedingen ([`Kernbeding`]).
//!
//! **Layer.** Uses the identity types and the catalogue ([`crate::catalogue`]); billing and
//! declarations use it (terms, ages, Samenloop). Every item is re-exported here, flat.
//!
//! | file | what it holds |
//! |---|---|
//! | duration | [`DurationRule`], [`Term`], [`Extension`], [`AgeRange`], [`age_on`], [`majority_last_day`] |
//! | order | [`Order`] |
//! | age | [`check_age`], [`check_age_rule`]: a measure's age limits |
//! | eligibility | [`check_stp`], [`check_samenloop`], [`kansrijk_consent`] |
//! | kernbeding | [`Kernbeding`], [`SegmentRule`], [`Span`] |
//! | holidays | [`Holiday`], [`is_working_day`], [`working_days_after`] (Algemene termijnenwet art. 3) |
//! | service_terms | [`ServiceTerm`]: the product book's deadlines (48B80, GBM advies) |
//!
//! # Duration rules
//!
//! Duration rules: how long each [`Measure`] may run, how often and how far it may be extended,
//! and who it is for — as data ([`DurationRule`]), with the date conventions ([`Term`]) that
//! turn "12 months" into a last day.
//!
//! ## Date conventions
//!
//! Every period is inclusive of both dates, as in iJw (`Einddatum` is the last day of care).
//!
//! - A term of **N days** starting on `start` ends on `start + N − 1`.
//! - A term of **N weeks** is a term of 7·N days.
//! - A term of **N months** starting on day D ends on the day before day D, N months later:
//!   2026-03-15 + 12 months → 2027-03-14; 2026-03-01 + 1 month → 2026-03-31.
//! - **Short months.** When day D does not exist N months later (a start on the 29th, 30th or
//!   31st), the term ends on the **last day of that month**: the day "after" the term rolls over
//!   to the 1st of the next month. 2026-01-31 + 1 month → 2026-02-28; 2026-01-29 + 1 month →
//!   2026-02-28; 2028-01-31 + 1 month → 2028-02-29. Starts on the 29th, 30th and 31st of January
//!   therefore share one last day: a term never ends before the end of a month that has no day
//!   D. This is the rule of Regulation (EEC, Euratom) 1182/71, art. 3(2)(c), for periods
//!   expressed in months; it is the lenient reading, so a checker built on it never refuses a
//!   term a court could lawfully impose.
//! - **Leap days.** 2024-02-29 + 12 months → 2025-02-28 (no 29 February in 2025); 2023-02-28
//!   + 12 months → 2024-02-27 (day 28 exists).
//! - **Month ends.** The last day of a month is its 30th (April, June, September, November),
//!   its 31st (the other months but February) or, for February, the 29th in a leap year and the
//!   28th otherwise. Leap years are those of the proleptic Gregorian calendar ([`NaiveDate`]'s):
//!   years divisible by 4, except centuries not divisible by 400 — 2024, 2028 and 2000 are leap
//!   years, 1900 and 2100 are not. The last day is found inside the month itself, never as "the
//!   day before the 1st of the next month", so the last month [`NaiveDate`] can represent
//!   (December of `NaiveDate::MAX.year()`) ends on [`NaiveDate::MAX`]. The crate has one helper
//!   for this ([`last_of_month`]); [`Term::last_day`] and the month arithmetic of
//!   [`crate::billing`] (a product period's last day, TR388; the days of a month for
//!   [`BillingRule::ProRataDaily`](crate::BillingRule::ProRataDaily)) both use it.
//! - **Age** is counted in completed years. A person born on day D turns N on day D, N years
//!   later; a person born on 29 February turns N on 1 March in a year without 29 February —
//!   the day after their minority term of 18 × 12 months ends, by the rule above.
//! - **Majority** (BW 1:233): a minor is a person who has not reached 18. A measure that ends at
//!   majority has as its **last day the day before the 18th birthday**
//!   ([`majority_last_day`]); on the birthday itself the child is of age and the measure has
//!   ended.
//! - Every computation is checked: a date outside [`NaiveDate`]'s range is
//!   [`Error::InvalidPeriod`], never a panic.
//!
//! ## Reading the rules
//!
//! A stated duration ("ITB-CRIEM duurt 3 maanden") is read as a **maximum**: measures may end
//! early ("niet langer dan nodig", Holland Rijnland kernbeding 1.5 and 4.4). An extension size
//! ("verlengd met drie maanden") is likewise a maximum. The age limits are in completed years,
//! inclusive: "12 tot 18 jaar" is 12..=17, "10 tot en met 18 jaar" is 10..=18.
//!
//! ## The rules
//!
//! `PB` is the Gelderland product book 2026 (`002_1b572f4924ef38f6.txt`), `HR` the Holland
//! Rijnland kernbedingen (`000_e047e89f7a0dbd72.txt`). "—" means the sources give no limit.
//! Ages are checked at the start of the order, or (criminal law, Sr 77c) at the offence.
//!
//! | Measure | First term | Extension | Ends at 18 | Age | Source |
//! |---|---|---|---|---|---|
#![doc = include_str!("duration_table.md")]
//!
//! ## Example
//!
//! ```
//! use chrono::NaiveDate;
//! use jbjr::{DurationRule, Extension, Measure, Term};
//!
//! let ots = DurationRule::of(Measure::Ots);
//! assert_eq!(ots.first_term_max, Some(Term::Months(12)));
//! assert_eq!(ots.extension, Extension::AtMost { term: Term::Months(12), times: None });
//!
//! let start = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
//! assert_eq!(Term::Months(12).last_day(start)?, NaiveDate::from_ymd_opt(2027, 3, 14).unwrap());
//! # Ok::<(), jbjr::Error>(())
//! ```
//!
//! # Orders
//!
//! [`Order`]: one measure imposed over a term, with its extensions, checked against the
//! measure's [`DurationRule`].
//!
//! # Eligibility
//!
//! Eligibility: the age limits of each measure, the STP conditions (RJJ art. 4), Samenloop
//! only alongside an OTS, and who gives consent for KansRIJK.
//!
//! # Kernbedingen
//!
//! [`Kernbeding`]: a core service (*kernbeding*) of the Holland Rijnland segment 7
//! "Veiligheid", with the rules its description gives ([`SegmentRule`]) as data.
//!
//! The source (`000_e047e89f7a0dbd72.txt`, "Kernbedingen die deel uitmaken van dit segment")
//! lists 15 services with regional product codes and describes each in numbered paragraphs
//! (*leden*). Only a few paragraphs state figures: target ages (ITB Harde Kern, ITB CRIEM),
//! durations (OTS, ITB CRIEM, GBM advice) and the OTS split by length (48A04 / 48A05). Those
//! are here, each with the Dutch text it comes from and its place in the source. The rules are
//! data: checking an order against them is the business of the duration and age rules.
//!
//! # Public holidays (Algemene termijnenwet)
//!
//! Dutch public holidays and working days, for the service terms of the product book
//! ([`crate::law`]) and any other deadline counted in working days.
//!
//! ## Source
//!
//! The *Algemene termijnenwet* (Atw, BWBR0002448), art. 3:
//!
//! > 1. Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de
//! >    Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag
//! >    waarop de verjaardag van de Koning wordt gevierd en de vijfde mei.
//! > 2. Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid
//! >    genoemde dagen gelijkgesteld.
//! > 3. Wij kunnen bepaalde dagen voor de toepassing van deze wet met de in het eerste lid
//! >    genoemde gelijkstellen. […]
//!
//! So **Bevrijdingsdag (5 May) is a holiday every year** (lid 1, "de vijfde mei"), and **Goede
//! Vrijdag** is one by lid 2; Easter Sunday and Whit Sunday are Sundays. Days made equal by a
//! decree under lid 3 (published per year in the Staatscourant, e.g. a Friday after
//! Hemelvaartsdag) are **not** modelled: they are not in the law and differ per year.
//!
//! A **working day** is a day that is not a Saturday, not a Sunday and not one of these
//! holidays: the days Atw art. 1 lid 1 names ("een zaterdag, zondag of algemeen erkende
//! feestdag").
//!
//! The day "waarop de verjaardag van de Koning wordt gevierd" is Koningsdag, **27 April, or
//! 26 April when 27 April is a Sunday**, since 2014 (before 2014 it was Koninginnedag, on
//! another date). The calendar therefore covers the years [`FIRST_YEAR`] to [`LAST_YEAR`];
//! a date outside them is an [`Error::InvalidPeriod`]. Easter is computed with the anonymous
//! Gregorian algorithm (Meeus/Jones/Butcher), [`easter_sunday`].
//!
//! # Service terms
//!
//! The service terms of the Gelderland product book 2026 (source `002_1b572f4924ef38f6.txt`):
//! deadlines counted from the start of a product, and GBM advies deployed once.
//!
//! | Term | Product | The book's sentence | Length |
//! |---|---|---|---|
//! | [`ServiceTerm::IntensiefFaceToFace`] | 48B80 | "Binnen vijf werkdagen is er een face to face contact met het gezin, is er een gezinsmanager/jeugdbeschermer gekoppeld aan het gezin, is er een veiligheidsplan voor de korte termijn" | 5 working days |
//! | [`ServiceTerm::IntensiefGezinsplan`] | 48B80 | "Binnen 6 weken is er een gezinsplan opgesteld in samenspraak met het gezin" | 6 weeks |
//! | [`ServiceTerm::GbmAdviesHaalbaarheid`] | 47B11 | "De jeugdreclasseerder heeft 6 weken om het haalbaarheidsonderzoek te doen." | 6 weeks |
//!
//! and for GBM advies "Dit product kan eenmalig worden ingezet." ([`check_gbm_advies_once`]).
//!
//! ## Counting
//!
//! A term begins on its start date and is counted from the **day after** it (the start date is
//! day 0): five working days from Monday 2 March 2026 end on Monday 9 March; six weeks from
//! Monday 2 March end on Monday 13 April. Working days are those of [`crate::law`]: not a
//! Saturday, Sunday or holiday of the Algemene termijnenwet art. 3. A term in weeks that ends
//! on a day that is not a working day is extended to the next working day, as the Algemene
//! termijnenwet art. 1 lid 1 does for terms set by law; the product book is a contract, not a
//! law, so the crate applies the rule by analogy, and says so here. A deadline is therefore
//! always a working day, and a later start never gives an earlier deadline.

mod age;
pub(crate) mod data;
mod duration;
mod eligibility;
mod holidays;
mod kernbeding;
mod order;
mod service_terms;

pub use age::*;
pub use duration::*;
pub use eligibility::*;
pub use holidays::*;
pub use kernbeding::*;
pub use order::*;
pub use service_terms::*;

// Names the layer docs link to.
#[cfg(doc)]
use crate::{Catalogue, Error, Measure, ProductCode, Unit};
#[cfg(doc)]
use chrono::{Datelike, NaiveDate};
