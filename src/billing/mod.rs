//! Billing: what a measure costs over time — period quotes the way GIs bill (SAP GI), hourly
//! volumes by the iJw rules, several catalogue years side by side, family rules and chains, budgets
//! of caseloads and placements, and one [`Case`] type for an allocation with its care.
//!
//! **Layer.** Uses the identity types, the catalogue ([`crate::catalogue`]) and the law
//! ([`crate::law`]: terms, ages, Samenloop); used by [`crate::declaration`]. Every item is
//! re-exported here, flat: one module for one job.
//!
//! | file | what it holds |
//! |---|---|
//! | pricing | [`Catalogue::quote`], [`Quote`], [`QuoteLine`], [`BillingRule`], [`billed_months`] |
//! | schedule | the months a case is due, shared by the run, the check, [`Case::quote`] and [`cases_budget`]; LET GTO once per family |
//! | volume | [`Catalogue::price_hours`], [`Catalogue::price_minutes`], [`IjwLine`], [`iv079_hours`] |
//! | family | LET GTO once per family, 48B80/48B84, Samenloop, chains ([`quote_chain`]) |
//! | edition | [`Editions`], [`EditionQuote`], [`Catalogue::indexed`] |
//! | budget | [`caseload_budget`], [`placements_budget`], [`HOLLAND_RIJNLAND_TARGETS`] |
//! | case | [`Case`], [`Care`], [`Volume`], [`Municipality`], [`cases_budget`] |
//! | wachtlijst | [`quote_wachtlijst`]: the waiting-list months, then the regular product |
//! | consultatie | [`Settlement`], [`settle_quarters`], [`collective_invoices`]: 49B01 by quarterly invoice |
//!
//! # Pricing a period
//!
//! Pricing a period: [`Catalogue::quote`], [`Quote`], its month [`QuoteLine`]s and the
//! [`BillingRule`]s that decide which months are billed.
//!
//! ## The SAP GI rule (default)
//!
//! Certified institutions bill JB and JR measures per month (SAP GI v1.3, "Declareren via
//! maandtarief"): *the first broken month is not billed, the last broken month is billed in
//! full*. For an inclusive period `start..=end` the billed months are every calendar month from
//! the start month to the end month, **except the start month when `start` is not the 1st and
//! `end` lies in a later month**. A period that starts and ends inside one month is billed one
//! month.
//!
//! Two other rules exist beside it and are chosen explicitly with [`Catalogue::quote_with`]:
//! [`BillingRule::ProRataDaily`] (each touched month, tariff × days in the period ÷ days in the
//! month, **rounded per line** to cents half away from zero, once, from the exact value) and
//! [`BillingRule::EveryTouchedMonth`] (each touched month in full).
//!
//! ## Lines
//!
//! A quote has one [`QuoteLine`] per billed month: the month, the product period clamped to that
//! month (iJw OP367: a product period lies inside one calendar month; TR387: it starts on the
//! 1st unless the assignment starts later in the month; TR388: it ends on the last day unless
//! the assignment ends earlier) and the amount. Lines and year totals are produced lazily by
//! iterators: [`Catalogue::quote`] does not allocate and [`Quote`] is a small `Copy` value.
//!
//! ## Per-traject and per-piece products
//!
//! A product priced per traject or per piece (GBM advies 47B11, instemmingsverklaring 49B07) is
//! billed once, the whole amount at once (SAP GI: GBM-advies "1 stuk, éénmalige declaratie"),
//! in the **month the period ends** (the month the work is delivered), with the product period
//! clamped to that month. [`Quote::billed_months`] is `0` for such products.
//!
//! ## Years
//!
//! A catalogue holds one calendar year. A period that touches a month outside it fails with
//! [`Error::NoTariff`], even a month the rule would not bill: nothing is ever priced at another
//! year's tariff. Several years side by side are [`crate::Editions`].
//!
//! Month ends follow the convention of [`crate::law`] (leap years included). A period must
//! lie in months [`NaiveDate`] can represent and may not end in the last of them (December of
//! `NaiveDate::MAX.year()`): [`Error::InvalidPeriod`].
//!
//! # Hourly volumes
//!
//! Volume pricing of hourly products ([`Catalogue::price_hours`], [`Catalogue::price_minutes`],
//! [`Catalogue::price_volume`]) and the iJw declaration view [`IjwLine`].
//!
//! The iJw rules:
//!
//! - **IV079** (declaring in hours): the care delivered over the declaration period is summed
//!   first, then rounded arithmetically to whole hours (< 30 minutes down, ≥ 30 minutes up),
//!   with a minimum of 1 hour. 4 weeks × 95 minutes = 380 minutes = 6 h 20 min → 6 hours.
//! - **IV081** (hourly tariff, declared in minutes): the amount is
//!   `hourly rate × minutes ÷ 60`, rounded once to cents half away from zero. The
//!   `ProductTarief` shown is `hourly rate ÷ 60` rounded to cents (1.455 → 1.46), but it is
//!   **not** used for the amount.
//! - **TR346**: unless the unit is euros (WJ756 `83`), the amount is volume × `ProductTarief`
//!   (with the IV081 exception for minutes).
//!
//! # Families, Samenloop and chains
//!
//! Billing rules that involve more than one order: families, Samenloop and chains of orders.
//!
//! - **48B80 / 48B84** (Productenboek Gelderland 2026, "Intensief gezinsgerichte en
//!   systeemgerichte aanpak"): "Op het jongste kind van het gezin wordt de productcode 48B80
//!   afgegeven. Op de andere kinderen wordt productcode 48B84 afgegeven", 48B84 being a product
//!   without financial value. [`quote_intensief_gezinsgericht`].
//! - **LET GTO 48B15**: "Onafhankelijk van het aantal betrokken jeugdigen met een juridische
//!   maatregel wordt deze dienst maar éénmaal gedeclareerd en gestapeld op het toegewezen jongst
//!   betrokken kind"; a term of three months at the monthly tariff, together the traject price of
//!   € 4,857. [`quote_let_gto`].
//! - **Samenloop 47B15**: "het samengaan van jeugdbescherming (enkel OTS) en
//!   jeugdreclassering": a surcharge on an OTS, so only alongside an OTS of the same child.
//!   [`check_samenloop_placement`].
//! - **Chains** (VOTS → OTS, a handover between GIs): [`quote_chain`] bills each calendar month
//!   once.
//!
//! SAP GI advises assigning family work to the BSN of the youngest child ("Gezinsgericht
//! werken"). The *youngest* child is the one with the latest birth date; between children born
//! on the same day (twins), the first listed.
//!
//! # Editions: several years
//!
//! Several catalogue years side by side ([`Editions`]), quotes across years ([`EditionQuote`])
//! and later years built by an explicit indexation percentage ([`Catalogue::indexed`]).
//!
//! A period that spans several years is priced month by month at **each month's own edition**:
//! January 2027 at the 2027 tariff, December 2026 at the 2026 tariff. A period that touches a
//! month without an edition fails with [`Error::NoTariff`]; it is never priced at another year's
//! tariff. The billing rule is applied to the whole period (so the SAP GI first broken month is
//! the period's first month, not each year's).
//!
//! # Budgets
//!
//! Budgets for a purchasing region: cost per month, product (measure) and GI of a caseload
//! ([`caseload_budget`]) or of a list of placements ([`placements_budget`]), and the reduction
//! targets of Holland Rijnland as data with their target path and effect on the budget
//! ([`ReductionTarget`], [`HOLLAND_RIJNLAND_TARGETS`]).
//!
//! Budgets are exact: amounts are summed in whole eurocents (every tariff is whole cents) with
//! checked arithmetic, and no rounding happens. [`placements_budget`] allocates one table for
//! the catalogue (products × 12 months × 4 GIs) and nothing per placement.
//!
//! # Cases
//!
//! [`Case`]: one shape for one case — one product of one GI for one client, as the municipality
//! allocated it (iJw *toewijzing*, JW301) with the start and stop of care the GI reported
//! (JW305/JW307).
//!
//! The declaration run and check ([`crate::declaration`]) take cases; so can quotes
//! ([`Case::quote`]), budgets ([`Case::placement`] feeds
//! [`placements_budget`]) and the duration rules
//! ([`Case::order`]), and [`cases_budget`] budgets cases directly.
//!
//! ## One schedule
//!
//! [`Case::quote`] and [`cases_budget`] bill exactly the months a declaration run would have
//! declared by then (`through`'s month; the end of the budget's year), at the same amounts: the
//! months SAP GI v1.3 has due, as the [`declaration`](crate::declaration) docs list them. A
//! case still running is not billed its first broken month (from 3 December and running on:
//! nothing in December); an open GBM advies is not billed until it ends, and then in the month
//! it ends; LET GTO for its three-month term. [`Case::placement`] is the plain period, for
//! [`placements_budget`]'s own rule. The older shapes convert into it: an [`Order`] ([`Case::from_order`]), a
//! [`Placement`] (`From`), a [`CaseloadEntry`] ([`Case::from_caseload`]) and a [`ScenarioEntry`]
//! ([`Case::from_scenario`]).
//!
//! ## Client and family
//!
//! The client is any id the caller uses (`Case<C>`, a `String` by default): a BSN, a file
//! number, a database key. For family products (48B80, LET GTO 48B15) SAP GI v1.3 advises
//! allocating on the BSN of the youngest child ("Gezinsgericht werken: toewijzen op BSN van het
//! jongste kind"); [`Case::for_family`] picks that child with the [`family`](crate::billing)
//! rules. When each child's case carries its own client id, [`Case::with_family`] says which
//! cases form one family, so that LET GTO is declared once for them.
//!
//! ## Periods
//!
//! Dates are inclusive. The allocation runs from [`Case::start`] to [`Case::end`] (`None`: no
//! last day yet); care runs from [`Care::start`] to [`Care::stop`]. What is billed is the
//! overlap of the two, [`Case::period`]: nothing before the allocation's first day or after its
//! last, nothing before care started.
//!
//! # Wachtlijsttarief (waiting list)
//!
//! The waiting-list tariff (wachtlijsttarief) of Jeugdbescherming Gelderland: 48B97 (JR),
//! 48B98 (Voogdij), 48B99 (OTS), billed for the months a court-imposed measure waits for its
//! regular execution, then the regular product.
//!
//! ## Source
//!
//! Productenboek JB/JR 2026 Gelderland (source `002_1b572f4924ef38f6.txt`), the sections
//! "Wachtlijsttarief JR, productcode 48B97", "… JB Voogdij, productcode 48B98" and "… JB OTS,
//! productcode 48B99":
//!
//! - "Met deze dienst zal enkel die inzet in rekening worden gebracht die ook feitelijk wordt
//!   geleverd in de periode dat het niet lukt reguliere uitvoering te leveren aan de opgelegde
//!   maatregel aan een deel van onze jeugdigen."
//! - "De levering van deze dienst is gebaseerd op de afspraken uit het SAP GI rond "gebroken
//!   maanden"."
//! - Doel: "De acute veiligheid in beeld brengen, houden en herstellen waar nodig voor OTS,
//!   voogdij of JR maatregel, waarvoor de rechtbank de gecertificeerde instelling heeft
//!   benoemd."
//! - Only JbGld offers it (Tabel 1: WSS, LdH and JvV "n.v.t."; "Voor Jeugdbescherming
//!   Gelderland (JbGld.) is het wachtlijstarief van toepassing").
//!
//! ## The path
//!
//! A measure imposed on `start` waits until regular execution begins on `switch`, and runs
//! until `end` (inclusive). The waiting period `start..=switch − 1` is billed with the waiting
//! list code, the regular period `switch..=end` with the regular code, **each by the SAP GI
//! rule** ([`crate::billing`]: the first broken month is not billed, the last broken month is
//! billed in full). At the switch this gives: the month of the switch is the waiting period's
//! last month, billed in full at the waiting-list tariff; it is the regular period's first,
//! broken month, not billed with the regular code. So every calendar month is billed once, as
//! [`crate::billing::quote_chain`] bills a chain of orders. A switch on the 1st of a month
//! leaves no broken month: the waiting period ends with the month before.
//!
//! No rounding: every line is a whole month at a tariff in whole cents.
//!
//! # Consultatie: quarterly settlement
//!
//! Consultatie 49B01 "(via factuur)": settled per quarter, outside the monthly iJw declaration,
//! and billed as a quarterly collective invoice per municipality when asked anonymously.
//!
//! ## Source
//!
//! Productenboek JB/JR 2026 Gelderland (source `002_1b572f4924ef38f6.txt`), Tabel 1:
//! "Consultatie (via factuur) 49B01 | uur"; section "Consultatie, productcode 49B01":
//!
//! - "De declaratie vindt plaats o.b.v. toegewezen uren tussen Lokaal Team en GI; met een
//!   vastgestelde uurprijs per GI. De afrekening vindt per kwartaal plaats."
//! - "Anonieme bespreking (zonder BSN-nummer) is mogelijk." "De wijze van declareren, de
//!   Consultatie behoefte wordt toegewezen via het IJW berichtenverkeer of op basis van het
//!   "anoniem" bespreken van de casus buiten het berichtenverkeer, maakt geen verschil."
//! - "Facturatie zonder bsn: Indien er anoniem Consultatie wordt gevraagd kan er geen
//!   afwikkeling binnen het berichtenverkeer plaatsvinden. In dat geval wordt er per kwartaal
//!   een verzamelfactuur van de uren Consultatie aan de betreffende gemeente verstuurd."
//!
//! SAP GI v1.3 ("Cliënten zonder BSN": "facturatie buiten iJw-berichtenverkeer") says the same
//! of every client without a BSN. The ACD products beside it (49B98, 49B99) are, by contrast,
//! settled "maandelijks … via het IJW berichtenverkeer".
//!
//! ## What the crate does
//!
//! - [`Settlement`] says how a product of a region is settled: monthly through the iJw
//!   messages (every product, SAP GI's "maandelijkse declaratie"), or per quarter by invoice
//!   (Gelderland's 49B01). [`Catalogue::settlement`] and [`Settlement::of`] give it; the
//!   monthly declaration run should leave out every product whose settlement is not
//!   [`Settlement::IjwMonthly`].
//! - [`settle_quarters`] sums the consultations per [`Quarter`], GI, municipality and
//!   [`Route`] and prices each sum at the GI's hourly rate; [`collective_invoices`] keeps the
//!   anonymous ones: the "verzamelfactuur" per quarter per municipality (and per GI, each GI
//!   invoicing its own hours).
//!
//! **Rounding**: the minutes of one invoice line (quarter, GI, municipality, route) are summed
//! first, then priced once as `hourly rate × minutes ÷ 60`, rounded to cents half away from
//! zero ([`Catalogue::price_minutes`], the IV081 rule); never per consultation.

mod budget;
mod case;
mod consultatie;
mod edition;
mod family;
mod pricing;
mod schedule;
mod volume;
mod wachtlijst;

pub use budget::*;
pub use case::*;
pub use consultatie::*;
pub use edition::*;
pub use family::*;
pub use pricing::*;
pub use schedule::cases_budget;
pub(crate) use schedule::*;
pub use volume::*;
pub use wachtlijst::*;

// Names the layer docs link to.
#[cfg(doc)]
use crate::{Catalogue, Error, Measure, Order, ProductCode, Provider, Unit};
#[cfg(doc)]
use chrono::{Datelike, NaiveDate};
