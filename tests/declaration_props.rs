//! Property tests of the declaration run and check (SAP GI v1.3; JW323/JW325).

use crate::common;

use chrono::{Days, NaiveDate};
use jbjr::billing::Case;
use jbjr::declaration::{DeclarationLine, Submitted, check, run};
use jbjr::money::to_cents;
use jbjr::{Decimal, Editions, ProductCode, Provider, Unit};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Monthly and per-traject products with the GIs that offer them (Productenboek 2026).
const OFFERED: [(&str, Provider); 6] = [
    ("48B10", Provider::JbGld),
    ("48B11", Provider::Wss),
    ("47B10", Provider::LdH),
    ("48B15", Provider::JbGld),
    ("47B11", Provider::Wss),
    ("48B84", Provider::JvV),
];

/// A day of 2026, as an offset.
fn day() -> impl Strategy<Value = NaiveDate> {
    (0u64..365).prop_map(|n| d(2026, 1, 1) + Days::new(n))
}

/// A case of 2026: allocation, care start, the final stop (if any) and the month the stop
/// becomes known (it arrives late).
#[derive(Debug, Clone)]
struct Story {
    case: Case<u8>,
    stop: Option<NaiveDate>,
    known_in: u32,
}

fn story() -> impl Strategy<Value = Story> {
    (
        0u8..6,
        0usize..OFFERED.len(),
        day(),
        0u64..40,
        prop::option::of(0u64..400),
        1u32..=12,
    )
        .prop_map(|(client, p, start, care_delay, length, known_in)| {
            let (code, provider) = OFFERED[p];
            let care = (start + Days::new(care_delay)).min(d(2026, 12, 31));
            let stop = length.map(|n| (care + Days::new(n)).min(d(2026, 12, 31)));
            Story {
                case: Case::new(
                    client,
                    code.parse::<ProductCode>().unwrap(),
                    provider,
                    start,
                )
                .with_care(care, None),
                stop,
                known_in,
            }
        })
}

/// Stories whose clients are all different (one case per client, product and GI).
fn distinct_stories() -> impl Strategy<Value = Vec<Story>> {
    prop::collection::vec(story(), 0..8).prop_map(|mut v| {
        for (i, s) in v.iter_mut().enumerate() {
            s.case.client = i as u8;
        }
        v
    })
}

/// The cases as known in month `m`.
fn known(stories: &[Story], m: u32) -> Vec<Case<u8>> {
    stories
        .iter()
        .map(|s| match s.stop {
            Some(stop) if s.known_in <= m => s.case.clone().stopped(stop),
            _ => s.case.clone(),
        })
        .collect()
}

/// Every month of 2026, recording each run's lines; checks idempotence on the way.
fn year_of_runs(stories: &[Story]) -> (Vec<DeclarationLine<u8>>, Editions) {
    let books = Editions::gelderland();
    let mut declared = Vec::new();
    for m in 1..=12 {
        let cases = known(stories, m);
        let r = run(&books, &cases, &[], &declared, d(2026, 1, 1), d(2026, m, 1));
        declared.extend(r.lines);
        let again = run(&books, &cases, &[], &declared, d(2026, 1, 1), d(2026, m, 1));
        assert!(again.lines.is_empty(), "month {m}: {:?}", again.lines);
    }
    (declared, books)
}

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/declaration_props.txt"))]

    // The run is pure and idempotent: after its lines are recorded it yields nothing.
    #[test]
    fn the_run_is_idempotent(stories in prop::collection::vec(story(), 0..8)) {
        let _ = year_of_runs(&stories);
    }

    // Everything ever declared minus credits equals the quote of each final care period
    // (Editions::quote, SAP GI rule; LET GTO cut to its three-month term), however late the stop
    // arrived.
    #[test]
    fn declared_minus_credits_is_the_quote_of_the_final_period(stories in distinct_stories()) {
        let (declared, books) = year_of_runs(&stories);
        for c in known(&stories, 12) {
            let Some((start, end)) = c.period() else { continue };
            let end = if c.code.as_str() == "48B15" {
                let term = jbjr::billing::term_end(start, jbjr::billing::LET_GTO_MONTHS).unwrap();
                Some(end.map_or(term, |e| e.min(term)))
            } else {
                end
            };
            // Only periods that ended inside the year of runs.
            let Some(end) = end.filter(|e| *e <= d(2026, 12, 31)) else { continue };
            let expected = to_cents(books.quote(c.code, c.provider, start, end).unwrap().total()).unwrap();
            let sum: i64 = declared
                .iter()
                .filter(|l| l.client == c.client && l.code == c.code && l.provider == c.provider)
                .map(DeclarationLine::signed_cents)
                .sum();
            prop_assert_eq!(sum, expected, "case {:?}", c);
        }
    }

    // What the run sends, the check approves: the lines that stand after a year of runs (debits
    // net of their credits) are all approved against the final cases.
    #[test]
    fn the_standing_lines_pass_the_check(stories in distinct_stories()) {
        let (declared, books) = year_of_runs(&stories);
        let mut standing: Vec<DeclarationLine<u8>> = Vec::new();
        for l in declared {
            if l.credit {
                let k = standing.iter().position(|s| s.client == l.client && s.code == l.code
                    && s.provider == l.provider && s.same_content(&l));
                prop_assert!(k.is_some(), "a credit of nothing: {:?}", l);
                standing.swap_remove(k.unwrap());
            } else {
                standing.push(l);
            }
        }
        let cases = known(&stories, 12);
        let n = standing.len();
        let c = check(&books, &cases, &[], standing.into_iter().map(Submitted::from), d(2027, 1, 15));
        prop_assert_eq!(c.verdicts.len(), n);
        for v in &c.verdicts {
            prop_assert!(v.is_approved(), "{:?}", v);
        }
    }

    // The check never loses a line: as many verdicts as lines, in order, whatever the input.
    #[test]
    fn every_line_gets_exactly_one_verdict(
        lines in prop::collection::vec((
            0u8..4, 0usize..OFFERED.len(), day(), -40i64..40, -3i64..5,
            -1_000_000i64..1_000_000, 0u32..=4, any::<bool>(), 0u8..3,
        ), 0..40),
    ) {
        let books = Editions::gelderland();
        let cases: Vec<Case<u8>> = (0u8..4).map(|c| {
            let (code, provider) = OFFERED[usize::from(c)];
            Case::new(c, code.parse().unwrap(), provider, d(2026, 2, 10)).with_care(d(2026, 2, 10), None)
        }).collect();
        let submitted: Vec<Submitted<u8>> = lines.iter().map(|&(client, p, start, len, volume, cents, scale, credit, unit)| {
            let (code, provider) = OFFERED[p];
            Submitted::from(DeclarationLine {
                client,
                code: code.parse().unwrap(),
                provider,
                start,
                end: start.checked_add_signed(chrono::Duration::days(len)).unwrap(),
                volume,
                unit: [Unit::Month, Unit::Hour, Unit::Traject][usize::from(unit)],
                product_tariff: Decimal::new(cents, scale),
                amount_cents: cents,
                credit,
            })
        }).collect();
        let c = check(&books, &cases, &[], submitted.clone(), d(2026, 8, 1));
        prop_assert_eq!(c.verdicts.len(), submitted.len());
        for (v, s) in c.verdicts.iter().zip(&submitted) {
            prop_assert_eq!(&v.line, s);
        }
        prop_assert_eq!(c.totals.lines, submitted.len());
        prop_assert_eq!(c.totals.submitted_cents, c.totals.approved_cents + c.totals.rejected_cents);
    }

    // Any text at all is read into a line or an unreadable line, and checked, without a panic.
    #[test]
    fn any_text_is_read_and_checked(
        fields in prop::collection::vec(prop::collection::vec("[ -~]{0,10}|[é€ß\\u{0}]{0,3}|-?[0-9]{1,20}|2026-0[1-9]-[0-3][0-9]|48B1[0-5]|JbGld|month", 8), 0..12),
        credit in any::<bool>(),
    ) {
        let books = Editions::gelderland();
        let submitted: Vec<Submitted<u8>> = fields.iter().map(|f| {
            let text = jbjr::declaration::LineText {
                code: &f[0], provider: &f[1], start: &f[2], end: &f[3], volume: &f[4],
                unit: &f[5], product_tariff_cents: &f[6], amount_cents: &f[7], credit,
            };
            Submitted::read(0u8, &text)
        }).collect();
        let c = check(&books, &[], &[], submitted.clone(), d(2026, 8, 1));
        prop_assert_eq!(c.verdicts.len(), submitted.len());
        for v in &c.verdicts {
            prop_assert!(!v.is_approved()); // no allocation was granted
        }
    }
}
