//! Productenboek JB/JR 2026 of the Gelderland regions (source `002_1b572f4924ef38f6.txt`),
//! Tabel 1 "tarieven en productcodes JB/JR 2026 per GI" and the norm hours of each product's
//! section ("Productcode en normering").
//!
//! Every figure is typed here once, as printed, unless the OCR text is illegible or
//! inconsistent; those cells hold the value decided with the tariff model, and
//! [`crate::provenance::GELDERLAND_2026`] records printed value, chosen value and reason.
//! Figures the model derives (LET norm hours = 2.1 × the base measure, VoVo's hours per year)
//! are derived, not typed.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::code::code;
use crate::money::{dec, eur};
use crate::{Catalogue, Measure, NormHours, NormPeriod, PerProvider, Product, PupilCosts, Unit};

/// Norm hours of an OTS per year, in tenths of an hour (section 1, "102 uur").
pub(crate) const OTS_NORM_TENTHS: u32 = 1020;
/// Norm hours of a Voogdij per year, in tenths of an hour (section 2, "78 uur").
pub(crate) const VOOGDIJ_NORM_TENTHS: u32 = 780;
/// The LET conversion factor ("omrekenfactor LET") 2,1, in tenths.
pub(crate) const LET_FACTOR_TENTHS: u32 = 21;

/// The 2026 hourly rate at 100 % of JbGld and JvV: € 146,25 (Kostprijs footnote ***).
pub(crate) const RATE_JBGLD_JVV: Decimal = eur(14_625);
/// The 2026 hourly rate at 100 % of WSS and LdH: € 149,17 (Tabel 1, hourly products).
pub(crate) const RATE_WSS_LDH: Decimal = eur(14_917);

const fn norm(tenths: u32, per: NormPeriod) -> Option<NormHours> {
    Some(NormHours::new_const(dec(tenths, 1), per))
}

/// LET norm hours: `factor × base`, computed exactly (scale 2) at compile time.
const fn let_norm(base_tenths: u32) -> Option<NormHours> {
    Some(NormHours::new_const(
        dec(base_tenths * LET_FACTOR_TENTHS, 2),
        NormPeriod::Year,
    ))
}

/// A tariff cell in cents.
const fn t(cents: u32) -> Option<Decimal> {
    Some(eur(cents))
}

/// "n.v.t.": not offered.
const NVT: Option<Decimal> = None;

#[allow(clippy::too_many_arguments)]
const fn p(
    code: crate::ProductCode,
    measure: Measure,
    name: &'static str,
    unit: Unit,
    norm: Option<NormHours>,
    pupil_costs: PupilCosts,
    tariffs: [Option<Decimal>; 4],
) -> Product {
    let [jbgld, wss, ldh, jvv] = tariffs;
    Product {
        code,
        measure,
        name: Cow::Borrowed(name),
        unit,
        norm,
        pupil_costs,
        tariffs: PerProvider::new(jbgld, wss, ldh, jvv),
    }
}

use Measure as M;
use NormPeriod::{Month as PerMonth, Quarter, ThreeMonths, Traject as PerTraject, Year};
use PupilCosts as S;
use Unit::{Hour, Month, Piece, Traject};

/// Tabel 1 plus 48B84, sorted by code. Columns: JbGld, WSS, LdH, JvV.
#[rustfmt::skip]
static PRODUCTS: [Product; 23] = [
    p(code!("47B10"), M::Jeugdreclassering, "Reguliere jeugdreclassering", Month,
      norm(876, Year), S::None, [t(106_763), t(108_894), t(108_894), NVT]),
    p(code!("47B11"), M::GbmAdvies, "Gedragsbeïnvloedende maatregel - advies", Traject,
      norm(216, PerTraject), S::None, [t(315_900), t(322_207), t(322_207), NVT]),
    p(code!("47B12"), M::GbmBegeleiding, "Gedragsbeïnvloedende maatregel - begeleiding", Month,
      norm(875, Year), S::None, [t(106_641), t(108_770), t(108_770), NVT]),
    p(code!("47B13"), M::ItbCriem, "ITB CRIEM", Month,
      norm(2491, Year), S::None, [t(303_591), t(309_652), t(309_652), NVT]),
    p(code!("47B14"), M::ItbHardeKern, "ITB Harde Kern", Month,
      norm(1872, Year), S::None, [t(228_150), t(232_705), t(232_705), NVT]),
    p(code!("47B15"), M::Samenloop, "Samenloop jeugdbescherming - jeugdreclassering", Month,
      norm(248, Year), S::None, [t(30_225), t(30_828), t(30_828), NVT]),
    p(code!("47B16"), M::Stp, "Scholing en trainingsprogramma", Month,
      norm(2491, Year), S::None, [t(303_591), t(309_652), t(309_652), NVT]),
    p(code!("48B07"), M::VoVo, "VoVo", Month,
      norm(200, Quarter), S::None, [t(97_500), t(99_447), t(99_447), NVT]),
    p(code!("48B10"), M::Ots, "OTS", Month,
      norm(OTS_NORM_TENTHS, Year), S::Marked, [t(125_929), t(128_726), t(128_589), NVT]),
    p(code!("48B11"), M::Voogdij, "Voogdij", Month,
      norm(VOOGDIJ_NORM_TENTHS, Year), S::Marked, [t(96_298), t(93_892), t(93_755), NVT]),
    p(code!("48B12"), M::LetOts, "LET JB OTS", Month,
      let_norm(OTS_NORM_TENTHS), S::None, [t(261_056), t(266_268), t(266_268), NVT]),
    p(code!("48B13"), M::LetVoogdij, "LET JB Voogdij", Month,
      let_norm(VOOGDIJ_NORM_TENTHS), S::None, [t(199_631), t(203_617), t(203_617), NVT]),
    p(code!("48B15"), M::LetGto, "LET Gedeeltelijke Traject Overname (GTO)", Month,
      norm(440, ThreeMonths), S::None, [t(161_900), t(161_900), t(161_900), NVT]),
    p(code!("48B80"), M::IntensiefGezinsgericht,
      "Intensief gezinsgerichte en systeemgerichte aanpak", Month,
      None, S::SupraRegional, [t(216_148), t(215_898), NVT, t(216_148)]),
    p(code!("48B84"), M::IntensiefGezinsgericht,
      "Intensief gezinsgerichte en systeemgerichte aanpak, overige kinderen (zonder financiële waarde)",
      Month, None, S::None, [t(0), t(0), NVT, t(0)]),
    p(code!("48B97"), M::WachtlijstJr, "Wachtlijsttarief JB JR", Month,
      norm(520, Year), S::None, [t(63_375), NVT, NVT, NVT]),
    p(code!("48B98"), M::WachtlijstVoogdij, "Wachtlijsttarief JB Voogdij", Month,
      norm(520, Year), S::Unmarked, [t(64_199), NVT, NVT, NVT]),
    p(code!("48B99"), M::WachtlijstOts, "Wachtlijsttarief JB OTS", Month,
      norm(520, Year), S::Unmarked, [t(64_199), NVT, NVT, NVT]),
    p(code!("49B01"), M::Consultatie, "Consultatie (via factuur)", Hour,
      None, S::None, [t(14_625), t(14_917), t(14_917), t(14_625)]),
    p(code!("49B03"), M::Forza, "Forza", Month,
      norm(120, PerMonth), S::None, [t(175_500), t(179_004), NVT, NVT]),
    p(code!("49B07"), M::Instemmingsverklaring, "Instemmingsverklaring gesloten jeugdhulp", Piece,
      norm(120, PerTraject), S::None, [t(175_500), t(179_004), t(179_004), NVT]),
    p(code!("49B98"), M::AcdJb, "Actieve consultatieve dienstverlening Jeugdbescherming", Hour,
      None, S::None, [t(14_625), t(14_917), t(14_917), t(14_625)]),
    p(code!("49B99"), M::KansRijk,
      "Actieve consultatieve dienstverlening Jeugdreclassering (KansRijk)", Hour,
      None, S::None, [t(14_625), t(14_917), t(14_917), t(14_625)]),
];

/// The catalogue behind [`Catalogue::gelderland_2026`].
pub(crate) static CATALOGUE: Catalogue = Catalogue {
    region: Cow::Borrowed("Gelderland"),
    year: 2026,
    hourly_rates: PerProvider::new(
        Some(RATE_JBGLD_JVV),
        Some(RATE_WSS_LDH),
        Some(RATE_WSS_LDH),
        Some(RATE_JBGLD_JVV),
    ),
    products: Cow::Borrowed(&PRODUCTS),
    index: crate::index::ProductIndex::build(&PRODUCTS),
    publishes_tariffs: true,
};
