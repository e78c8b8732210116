//! Productenboek JB/JR 2026 of the Gelderland regions (source `002_1b572f4924ef38f6.txt`),
//! Tabel 1 "tarieven en productcodes JB/JR 2026 per GI" and the norm hours of each product's
//! section ("Productcode en normering").
//!
//! Every figure is typed here once, as printed, unless the OCR text is illegible or
//! inconsistent; those cells hold the value decided with the tariff model, and
//! [`crate::catalogue::provenance::GELDERLAND_2026`] records printed value, chosen value and reason.
//! Figures the model derives (LET norm hours = 2.1 × the base measure, VoVo's hours per year)
//! are derived, not typed.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::code::code;
use crate::money::{dec, eur};
use crate::{Catalogue, Measure, NormHours, NormPeriod, Product, Provider, PupilCosts, Unit};

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

/// A row of Tabel 1 (JbGld, WSS, LdH, JvV) as the offered tariffs first, in column order; the
/// rest is padding that [`offered`] cuts off.
const fn pack(row: [Option<Decimal>; 4]) -> [(Provider, Decimal); 4] {
    let columns = Provider::gelderland();
    let mut out = [(Provider::JbGld, Decimal::ZERO); 4];
    let mut n = 0;
    let mut rest: &[Option<Decimal>] = &row;
    let mut cols: &[Provider] = &columns;
    while let ([cell, cells @ ..], [col, more @ ..]) = (rest, cols) {
        if let Some(amount) = cell {
            if let Some(slot) = out.split_at_mut(n).1.first_mut() {
                *slot = (*col, *amount);
            }
            n += 1;
        }
        rest = cells;
        cols = more;
    }
    out
}

/// The offered tariffs of a packed row: its first `n` entries, `n` the cells that are not
/// "n.v.t.".
const fn offered(
    packed: &'static [(Provider, Decimal); 4],
    row: [Option<Decimal>; 4],
) -> &'static [(Provider, Decimal)] {
    let mut n = 0;
    let mut rest: &[Option<Decimal>] = &row;
    while let [cell, cells @ ..] = rest {
        if cell.is_some() {
            n += 1;
        }
        rest = cells;
    }
    packed.split_at(n).0
}

/// A Tabel 1 row as a product's tariffs (in a `static` initialiser, so the packed row is
/// static data).
macro_rules! row {
    ($($cell:expr),* $(,)?) => {
        offered(&pack([$($cell),*]), [$($cell),*])
    };
}

#[allow(clippy::too_many_arguments)]
const fn p(
    code: crate::ProductCode,
    measure: Measure,
    name: &'static str,
    unit: Unit,
    norm: Option<NormHours>,
    pupil_costs: PupilCosts,
    tariffs: &'static [(Provider, Decimal)],
) -> Product {
    only(code, measure, name, unit, norm, pupil_costs, tariffs, &[])
}

/// [`p`] for a product that only `regions` purchase ([`crate::catalogue`]).
#[allow(clippy::too_many_arguments)]
const fn only(
    code: crate::ProductCode,
    measure: Measure,
    name: &'static str,
    unit: Unit,
    norm: Option<NormHours>,
    pupil_costs: PupilCosts,
    tariffs: &'static [(Provider, Decimal)],
    regions: &'static [crate::catalogue::PurchasingRegion],
) -> Product {
    Product {
        code,
        measure,
        name: Cow::Borrowed(name),
        unit,
        norm,
        pupil_costs,
        tariffs: Cow::Borrowed(tariffs),
        purchasing_regions: Cow::Borrowed(regions),
    }
}

/// 48B80 and 48B84: "Dit product wordt enkel afgenomen door de regio's Centraal Gelderland en
/// Rijk van Nijmegen." (section 48B80; 48B84 is issued in the same section).
const IGS_REGIONS: &[crate::catalogue::PurchasingRegion] =
    &crate::catalogue::INTENSIEF_GEZINSGERICHT_2026;

use Measure as M;
use NormPeriod::{Month as PerMonth, Quarter, ThreeMonths, Traject as PerTraject, Year};
use PupilCosts as S;
use Unit::{Hour, Month, Piece, Traject};

/// The products of the book: the 22 codes of Tabel 1 and 48B84.
const PRODUCT_COUNT: usize = 23;

/// Tabel 1 plus 48B84, sorted by code. Columns: JbGld, WSS, LdH, JvV.
#[rustfmt::skip]
static PRODUCTS: [Product; PRODUCT_COUNT] = [
    p(code!("47B10"), M::Jeugdreclassering, "Reguliere jeugdreclassering", Month,
      norm(876, Year), S::None, row![t(106_763), t(108_894), t(108_894), NVT]),
    p(code!("47B11"), M::GbmAdvies, "Gedragsbeïnvloedende maatregel - advies", Traject,
      norm(216, PerTraject), S::None, row![t(315_900), t(322_207), t(322_207), NVT]),
    p(code!("47B12"), M::GbmBegeleiding, "Gedragsbeïnvloedende maatregel - begeleiding", Month,
      norm(875, Year), S::None, row![t(106_641), t(108_770), t(108_770), NVT]),
    p(code!("47B13"), M::ItbCriem, "ITB CRIEM", Month,
      norm(2491, Year), S::None, row![t(303_591), t(309_652), t(309_652), NVT]),
    p(code!("47B14"), M::ItbHardeKern, "ITB Harde Kern", Month,
      norm(1872, Year), S::None, row![t(228_150), t(232_705), t(232_705), NVT]),
    p(code!("47B15"), M::Samenloop, "Samenloop jeugdbescherming - jeugdreclassering", Month,
      norm(248, Year), S::None, row![t(30_225), t(30_828), t(30_828), NVT]),
    p(code!("47B16"), M::Stp, "Scholing en trainingsprogramma", Month,
      norm(2491, Year), S::None, row![t(303_591), t(309_652), t(309_652), NVT]),
    p(code!("48B07"), M::VoVo, "VoVo", Month,
      norm(200, Quarter), S::None, row![t(97_500), t(99_447), t(99_447), NVT]),
    p(code!("48B10"), M::Ots, "OTS", Month,
      norm(OTS_NORM_TENTHS, Year), S::Marked, row![t(125_929), t(128_726), t(128_589), NVT]),
    p(code!("48B11"), M::Voogdij, "Voogdij", Month,
      norm(VOOGDIJ_NORM_TENTHS, Year), S::Marked, row![t(96_298), t(93_892), t(93_755), NVT]),
    p(code!("48B12"), M::LetOts, "LET JB OTS", Month,
      let_norm(OTS_NORM_TENTHS), S::None, row![t(261_056), t(266_268), t(266_268), NVT]),
    p(code!("48B13"), M::LetVoogdij, "LET JB Voogdij", Month,
      let_norm(VOOGDIJ_NORM_TENTHS), S::None, row![t(199_631), t(203_617), t(203_617), NVT]),
    p(code!("48B15"), M::LetGto, "LET Gedeeltelijke Traject Overname (GTO)", Month,
      norm(440, ThreeMonths), S::None, row![t(161_900), t(161_900), t(161_900), NVT]),
    only(code!("48B80"), M::IntensiefGezinsgericht,
      "Intensief gezinsgerichte en systeemgerichte aanpak", Month,
      None, S::SupraRegional, row![t(216_148), t(215_898), NVT, t(216_148)], IGS_REGIONS),
    only(code!("48B84"), M::IntensiefGezinsgericht,
      "Intensief gezinsgerichte en systeemgerichte aanpak, overige kinderen (zonder financiële waarde)",
      Month, None, S::None, row![t(0), t(0), NVT, t(0)], IGS_REGIONS),
    p(code!("48B97"), M::WachtlijstJr, "Wachtlijsttarief JB JR", Month,
      norm(520, Year), S::None, row![t(63_375), NVT, NVT, NVT]),
    p(code!("48B98"), M::WachtlijstVoogdij, "Wachtlijsttarief JB Voogdij", Month,
      norm(520, Year), S::Unmarked, row![t(64_199), NVT, NVT, NVT]),
    p(code!("48B99"), M::WachtlijstOts, "Wachtlijsttarief JB OTS", Month,
      norm(520, Year), S::Unmarked, row![t(64_199), NVT, NVT, NVT]),
    p(code!("49B01"), M::Consultatie, "Consultatie (via factuur)", Hour,
      None, S::None, row![t(14_625), t(14_917), t(14_917), t(14_625)]),
    p(code!("49B03"), M::Forza, "Forza", Month,
      norm(120, PerMonth), S::None, row![t(175_500), t(179_004), NVT, NVT]),
    p(code!("49B07"), M::Instemmingsverklaring, "Instemmingsverklaring gesloten jeugdhulp", Piece,
      norm(120, PerTraject), S::None, row![t(175_500), t(179_004), t(179_004), NVT]),
    p(code!("49B98"), M::AcdJb, "Actieve consultatieve dienstverlening Jeugdbescherming", Hour,
      None, S::None, row![t(14_625), t(14_917), t(14_917), t(14_625)]),
    p(code!("49B99"), M::KansRijk,
      "Actieve consultatieve dienstverlening Jeugdreclassering (KansRijk)", Hour,
      None, S::None, row![t(14_625), t(14_917), t(14_917), t(14_625)]),
];

/// The four GIs of Tabel 1 with their hourly rates at 100 %, in column order.
static PROVIDERS: [crate::ProviderInfo; 4] = crate::ProviderInfo::gelderland([
    Some(RATE_JBGLD_JVV),
    Some(RATE_WSS_LDH),
    Some(RATE_WSS_LDH),
    Some(RATE_JBGLD_JVV),
]);

/// The book's columns: the four GIs of Tabel 1.
const COLUMNS: [Provider; 4] = Provider::gelderland();
/// The book's tariffs beyond the index's inline columns, by column and product, built at
/// compile time (none: the book's four columns are all inline).
static CELLS: [Option<Decimal>;
    PRODUCT_COUNT * COLUMNS.len().saturating_sub(crate::catalogue::index::HEAD)] =
    crate::catalogue::index::embedded_cells(&PRODUCTS, &COLUMNS);

/// The catalogue behind [`Catalogue::gelderland_2026`].
pub(crate) static CATALOGUE: Catalogue = Catalogue {
    region: Cow::Borrowed("Gelderland"),
    year: 2026,
    providers: Cow::Borrowed(&PROVIDERS),
    products: Cow::Borrowed(&PRODUCTS),
    index: crate::catalogue::index::ProductIndex::embedded(
        &crate::catalogue::index::embedded_index::<64>(&PRODUCTS, &COLUMNS),
    ),
    grid: crate::catalogue::index::TariffGrid::embedded(PRODUCT_COUNT, &COLUMNS, &CELLS),
    publishes_tariffs: true,
};
