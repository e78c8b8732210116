//! The run and the check agree (issue 18): months of runs, each checked, with stops learned
//! late, hourly care delivered late, family products, overlapping allocations and the cases in
//! random orders. Every line the run sends is approved by the check (SAP GI v1.3, JW323/JW325),
//! a second run declares nothing new, nothing panics; and quotes, budgets and the run bill the
//! same months.

use crate::common;

use chrono::{Datelike, Days, Months, NaiveDate};
use jbjr::billing::{Case, Volume, cases_budget};
use jbjr::declaration::{DeclarationLine, Delivery, Submitted, check, run};
use jbjr::{Catalogue, Decimal, Editions, ProductCode, Provider, Unit};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Products of every kind with a GI that offers them (Productenboek Gelderland 2026): monthly,
/// LET GTO (once per family), per traject (GBM advies), without financial value, hourly.
const PRODUCTS: [(&str, Provider); 8] = [
    ("48B10", Provider::JbGld),
    ("48B11", Provider::Wss),
    ("47B10", Provider::LdH),
    ("48B15", Provider::JbGld),
    ("47B11", Provider::Wss),
    ("48B84", Provider::JvV),
    ("49B99", Provider::JbGld),
    ("49B01", Provider::Wss),
];

/// Months simulated: January 2026 to March 2027.
const MONTHS: u32 = 15;

fn month(k: u32) -> NaiveDate {
    d(2026, 1, 1) + Months::new(k)
}

/// 2026 and an indexed 2027 (3 %).
fn editions() -> Editions {
    let base = Catalogue::gelderland_2026();
    Editions::new([
        base.clone(),
        base.indexed(2027, Decimal::new(3, 0)).unwrap(),
    ])
    .unwrap()
}

/// A case as it finally is, and the month (offset) its stop becomes known.
#[derive(Debug, Clone)]
struct Story {
    case: Case<u8>,
    stop: Option<NaiveDate>,
    known_in: u32,
}

fn story() -> impl Strategy<Value = Story> {
    story_of(0..PRODUCTS.len())
}

/// A story of one of `PRODUCTS[products]`.
fn story_of(products: std::ops::Range<usize>) -> impl Strategy<Value = Story> {
    (
        (0u8..4, products, 0u64..420, prop::option::of(0u64..300)),
        (0u64..40, prop::option::of(0u64..400), 0u32..MONTHS),
        (
            prop::option::of((0u32..25, any::<bool>())),
            prop::option::of(0u64..2),
        ),
    )
        .prop_map(
            |((client, p, start, alloc), (delay, stop, known_in), (volume, family))| {
                let (code, provider) = PRODUCTS[p];
                let start = d(2026, 1, 1) + Days::new(start);
                let care = start + Days::new(delay);
                let mut case = Case::new(
                    client,
                    code.parse::<ProductCode>().unwrap(),
                    provider,
                    start,
                )
                .with_care(care, None);
                if let Some(n) = alloc {
                    case = case.with_end(start + Days::new(n));
                }
                if let Some((amount, minutes)) = volume {
                    case = case.with_volume(if minutes {
                        Volume {
                            amount: amount * 60,
                            unit: Unit::Minute,
                        }
                    } else {
                        Volume {
                            amount,
                            unit: Unit::Hour,
                        }
                    });
                }
                if let Some(f) = family {
                    case = case.with_family(f);
                }
                Story {
                    case,
                    stop: stop.map(|n| care + Days::new(n)),
                    known_in,
                }
            },
        )
}

/// Care delivered for an hourly product in a month, registered `late` months after it.
fn delivery() -> impl Strategy<Value = (Delivery<u8>, u32)> {
    (
        0u8..4,
        6usize..PRODUCTS.len(),
        0u32..MONTHS,
        0u32..1_500,
        0u32..3,
    )
        .prop_map(|(client, p, k, minutes, late)| {
            let (code, provider) = PRODUCTS[p];
            let d = Delivery {
                client,
                code: code.parse().unwrap(),
                provider,
                month: month(k),
                minutes,
            };
            (d, k + late)
        })
}

/// A permutation of `0..n` from a seed (Fisher–Yates on a small LCG).
fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut v = items.to_vec();
    let mut x = seed | 1;
    for i in (1..v.len()).rev() {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = (x >> 33) as usize % (i + 1);
        v.swap(i, j);
    }
    v
}

/// The cases as known in month `k`.
fn known(stories: &[Story], k: u32) -> Vec<Case<u8>> {
    stories
        .iter()
        .map(|s| match s.stop {
            Some(stop) if s.known_in <= k => s.case.clone().stopped(stop),
            _ => s.case.clone(),
        })
        .collect()
}

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/declaration_agreement.txt"))]

    // Every line the run sends is approved by the check; a second run sends nothing; whatever
    // the order of the cases.
    #[test]
    fn every_line_sent_is_approved_and_a_second_run_sends_nothing(
        stories in prop::collection::vec(story(), 0..10),
        deliveries in prop::collection::vec(delivery(), 0..12),
        seeds in prop::collection::vec(any::<u64>(), 2 * MONTHS as usize),
    ) {
        let books = editions();
        let mut approved: Vec<DeclarationLine<u8>> = Vec::new();
        for k in 0..MONTHS {
            let cases = known(&stories, k);
            let registered: Vec<Delivery<u8>> = deliveries
                .iter()
                .filter(|(_, known)| *known <= k)
                .map(|(d, _)| d.clone())
                .collect();
            let for_run = shuffled(&cases, seeds[2 * k as usize]);
            let for_check = shuffled(&cases, seeds[2 * k as usize + 1]);
            let r = run(&books, &for_run, &registered, &approved, month(0), month(k));
            let checked = check(
                &books,
                &for_check,
                &approved,
                r.lines.iter().cloned().map(Submitted::from),
                month(k + 1),
            );
            for v in &checked.verdicts {
                prop_assert!(v.is_approved(), "{}: rejected {:?}\ncases {:?}", month(k), v, cases);
            }
            approved.extend(r.lines);
            let again = run(&books, &for_check, &registered, &approved, month(0), month(k));
            prop_assert!(again.lines.is_empty(), "{}: sent again {:?}", month(k), again.lines);
        }
    }

    // One schedule: for a monthly or per-traject case, the months quoted through a month, the
    // months a run through that month declares and (through December) the months budgeted are
    // the same months, at the same amounts.
    #[test]
    fn quoted_budgeted_and_declared_months_agree(s in story_of(0..6), through in 0u32..12) {
        let books = Editions::gelderland();
        let case = match s.stop {
            Some(stop) => s.case.clone().stopped(stop),
            None => s.case.clone(),
        };
        let last = month(through + 1) - Days::new(1);
        let r = run(&books, std::slice::from_ref(&case), &[], &[], month(0), month(through));
        let declared: Vec<(NaiveDate, NaiveDate, i64)> = r.lines.iter().map(|l| (l.start, l.end, l.amount_cents)).collect();
        let quoted: Vec<(NaiveDate, NaiveDate, i64)> = match case.quote(&books, last) {
            Ok(q) => q.lines().map(|l| (l.period_start(), l.period_end(), jbjr::money::to_cents(l.amount()).unwrap())).collect(),
            // No period: the allocation ends before care starts.
            Err(jbjr::Error::InvalidPeriod { .. }) => Vec::new(),
            Err(e) => return Err(TestCaseError::fail(format!("{e}"))),
        };
        prop_assert_eq!(&declared, &quoted, "case {:?}", case);
        if through == 11 {
            let (budget, bad) = cases_budget(Catalogue::gelderland_2026(), std::slice::from_ref(&case)).unwrap();
            prop_assert!(bad.is_empty());
            let budgeted: Vec<(NaiveDate, i64)> = budget.lines().map(|l| (l.month, jbjr::money::to_cents(l.amount).unwrap())).collect();
            let months: Vec<(NaiveDate, i64)> = declared.iter().map(|(s, _, c)| (d(s.year(), s.month(), 1), *c)).collect();
            prop_assert_eq!(budgeted, months, "case {:?}", case);
        }
    }
}
