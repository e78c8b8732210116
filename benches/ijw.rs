//! iJw messages: reading a JW323, checking it and writing its JW325, against the check alone.
//!
//! Run with `cargo bench --features ijw --bench ijw` (add `-- --sample-count 3` on a busy
//! machine). The input is made-up data made once in memory: a JW323 of N lines (60,000 and
//! 600,000) from one GI (JbGld, made-up AGB code 12340001) to Arnhem, N / 12 clients with valid
//! BSNs (11-proef, CS002), each holding one allocation of a monthly product of the Gelderland
//! product book 2026 and declaring the twelve months of 2026 at the book's tariff; every 100th
//! line declares a tariff one cent off, so the check rejects 1 % of the lines (TR418) and the
//! JW325 lists them (IV087). The cases the check is given match the lines.
//!
//! Timed, per size (divan, one iteration per sample):
//! - `read`: `Jw323::read` of the XML bytes (bytes counted: MB/s); `read_streaming`:
//!   `Jw323Reader` over the same bytes, keeping nothing;
//! - `convert_and_check`: `Jw323::lines` (to `DeclarationLine`s) and `declaration::check`;
//! - `build_and_write`: `build_jw325` from the verdicts and `Jw325::write` to a `Vec` (bytes
//!   written counted: MB/s); `write_jw323`: `Jw323::write` of the whole declaration;
//! - `check_alone`: `declaration::check` on the same lines, already converted;
//! - `pipeline`: read + convert + check + build + write, end to end.
//!
//! And the pipeline a user of the keyed API runs (`keyed_*`): `Jw323::read`,
//! `ijw::Exchange::declaration` (a typed `Declaration`, units from the editions),
//! `declaration::check_declaration` (with an empty `Ledger`; the cases carry their allocation
//! numbers), the JW325 built from the answer's rejected lines (as `Exchange::check` does) and
//! `Jw325::write`; against `check_declaration` alone on the same, already converted
//! `Declaration`. `keyed_declaration`: `Exchange::declaration` alone.
//!
//! After divan, `main` prints the ratios measured in alternating rounds (pipeline,
//! check alone, pipeline, …; the median of the per-round ratios), as `benches/declaration.rs`
//! does, so the drift of a shared machine stays out of the ratio: pipeline / check alone
//! (target ≤ 3), and per-line time at 600,000 against 60,000 (linear: ≤ 1.5). Every result is
//! checked before it is timed.

use std::hint::black_box;
use std::sync::LazyLock;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use divan::counter::BytesCount;
use jbjr::billing::Case;
use jbjr::declaration::{
    Answer, Checked, Declaration, DeclarationLine, Ledger, Submitted, check, check_declaration,
};
use jbjr::ijw::{
    BedragMetDc, BerichtIdentificatie, Bsn, Declaratie, Eenheid, Header, Jw323, Jw323Client,
    Jw323Reader, LineVerdict, Periode, Prestatie, ProductReferentie, ProviderMap, RetourCode,
    TotaalBedragMetDc, Volume, XsdVersie, build_jw325,
};
use jbjr::{AllocationNumber, Catalogue, Editions, Provider, Unit};

const SIZES: [usize; 2] = [60_000, 600_000];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn last_day(month: u32) -> NaiveDate {
    let next = if month == 12 {
        d(2027, 1, 1)
    } else {
        d(2026, month + 1, 1)
    };
    next.pred_opt().unwrap()
}

/// The `i`-th valid BSN from 100000000 up: eight digits and the 11-proef check digit, skipping
/// prefixes whose check digit would be 10.
fn bsns(n: usize) -> Vec<Bsn> {
    let mut out = Vec::with_capacity(n);
    let mut prefix: u32 = 10_000_000;
    while out.len() < n {
        let digits: Vec<u32> = prefix
            .to_string()
            .bytes()
            .map(|b| u32::from(b - b'0'))
            .collect();
        let sum: u32 = digits.iter().zip((2..=9).rev()).map(|(d, w)| d * w).sum();
        let check = sum % 11;
        if check < 10 {
            out.push(format!("{prefix}{check}").parse().unwrap());
        }
        prefix += 1;
    }
    out
}

/// One size's made-up exchange, made once.
struct Exchange {
    xml: Vec<u8>,
    msg: Jw323,
    cases: Vec<Case<String>>,
    lines: Vec<DeclarationLine<String>>,
    /// The same cases with their allocation numbers (the keyed check matches on them).
    keyed_cases: Vec<Case<String>>,
    /// `msg` as a typed declaration.
    declaration: Declaration<String>,
}

fn providers() -> ProviderMap {
    "JbGld=12340001".parse().unwrap()
}

/// Whether a year of monthly lines at the tariff passes the check for one allocation (leaves
/// out products with rules of their own, such as 48B15 once per family).
fn year_passes(t: &jbjr::Tariff) -> bool {
    let start = d(2025, 3, 1);
    let case =
        Case::new("999900006".to_string(), t.code(), Provider::JbGld, start).with_care(start, None);
    let lines = (1..=12).map(|m| {
        Submitted::from(DeclarationLine {
            client: "999900006".to_string(),
            code: t.code(),
            provider: Provider::JbGld,
            start: d(2026, m, 1),
            end: last_day(m),
            volume: 1,
            unit: Unit::Month,
            product_tariff: t.amount(),
            amount_cents: i64::try_from((t.amount() * jbjr::Decimal::ONE_HUNDRED).trunc()).unwrap(),
            credit: false,
        })
    });
    check(books(), &[case], &[], lines, declared_on())
        .totals
        .rejected_lines
        == 0
}

fn exchange(n: usize) -> Exchange {
    let book = Catalogue::gelderland_2026();
    // The monthly products JbGld has a tariff for, with their tariffs in cents.
    let products: Vec<_> = book
        .products()
        .filter_map(|p| {
            let t = book.tariff(p.code(), Provider::JbGld).ok()?;
            (t.unit() == Unit::Month && p.code().category().is_some()).then_some(t)
        })
        .filter(year_passes)
        .collect();
    assert!(products.len() >= 3, "monthly JbGld products in the book");
    let clients = n / 12;
    let mut clienten = Vec::with_capacity(clients);
    let mut cases = Vec::with_capacity(clients);
    let mut total: i64 = 0;
    for (i, bsn) in bsns(clients).into_iter().enumerate() {
        let t = products[i % products.len()];
        let code = t.code();
        let cents = i64::try_from((t.amount() * jbjr::Decimal::ONE_HUNDRED).trunc()).unwrap();
        let start = d(2025, 1, 1) + chrono::Days::new((i % 365) as u64);
        cases.push(
            Case::new(bsn.as_str().to_string(), code, Provider::JbGld, start)
                .with_care(start, None),
        );
        let prestaties = (1..=12)
            .map(|m| {
                let line = i * 12 + m as usize;
                let tarief = if line % 100 == 0 { cents + 1 } else { cents };
                total += tarief;
                let first = d(2026, m, 1);
                Prestatie {
                    product_referentie: ProductReferentie {
                        referentie_nummer: format!("JBG{line:010}").parse().unwrap(),
                        vorig_referentie_nummer: None,
                    },
                    toewijzing_nummer: (200_000_000 + i as u64).to_string().parse().unwrap(),
                    product_categorie: code.category().unwrap(),
                    product_code: code,
                    product_periode: Periode {
                        begindatum: first.into(),
                        einddatum: last_day(first.month()).into(),
                    },
                    geleverd_volume: Volume::ONE,
                    eenheid: Eenheid::StuksOutput,
                    product_tarief: Some(tarief.to_string().parse().unwrap()),
                    ingediend_bedrag: BedragMetDc::from_signed_cents(tarief).unwrap(),
                }
            })
            .collect();
        clienten.push(Jw323Client { bsn, prestaties });
    }
    let msg = Jw323 {
        header: Header {
            gemeente: "0202".parse().unwrap(),
            aanbieder: "12340001".parse().unwrap(),
            bericht_identificatie: BerichtIdentificatie {
                identificatie: "JBGBENCH".parse().unwrap(),
                dagtekening: d(2027, 1, 6).into(),
            },
            xsd_versie: XsdVersie::DEFAULT,
        },
        declaratie: Declaratie {
            declaratie_nummer: "JBG202612".parse().unwrap(),
            declaratie_periode: Periode {
                begindatum: d(2026, 12, 1).into(),
                einddatum: d(2026, 12, 31).into(),
            },
            declaratie_dagtekening: d(2027, 1, 6).into(),
            totaal_ingediend_bedrag: TotaalBedragMetDc::from_signed_cents(total).unwrap(),
            clienten,
        },
    };
    let mut xml = Vec::new();
    msg.write(&mut xml).unwrap();
    let lines: Vec<_> = msg
        .lines(&providers(), book)
        .unwrap()
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    assert_eq!(lines.len(), clients * 12);
    let keyed_cases = cases
        .iter()
        .enumerate()
        .map(|(i, c)| {
            c.clone()
                .with_allocation(AllocationNumber::new(200_000_000 + i as u32).unwrap())
        })
        .collect();
    let declaration = to_declaration(&msg);
    Exchange {
        xml,
        msg,
        cases,
        lines,
        keyed_cases,
        declaration,
    }
}

static SMALL: LazyLock<Exchange> = LazyLock::new(|| exchange(SIZES[0]));
static LARGE: LazyLock<Exchange> = LazyLock::new(|| exchange(SIZES[1]));

fn get(n: usize) -> &'static Exchange {
    if n == SIZES[0] { &SMALL } else { &LARGE }
}

fn declared_on() -> NaiveDate {
    d(2027, 1, 15)
}

fn books() -> &'static Editions {
    static BOOKS: LazyLock<Editions> = LazyLock::new(Editions::gelderland);
    &BOOKS
}

/// A return code for a rejected line: 0611 for TR418 (the tariff), 0001 otherwise (the bench
/// only rejects tariffs).
fn retour(v: &jbjr::declaration::Verdict<String>) -> RetourCode {
    if v.reasons.iter().any(|r| r.rule() == "TR418") {
        RetourCode::TARIEF_WIJKT_AF
    } else {
        RetourCode::TECHNISCH_AFGEKEURD
    }
}

fn read(xml: &[u8]) -> Jw323 {
    Jw323::read(xml, "bench.xml").unwrap()
}

fn convert_and_check(msg: &Jw323, cases: &[Case<String>]) -> Checked<String> {
    let lines = msg
        .lines(&providers(), Catalogue::gelderland_2026())
        .unwrap();
    check(
        books(),
        cases,
        &[],
        lines.into_iter().map(|(l, _)| Submitted::from(l)),
        declared_on(),
    )
}

fn build_and_write(msg: &Jw323, checked: &Checked<String>) -> Vec<u8> {
    // Verdicts are in input order, the same order as the message's lines.
    let verdicts: Vec<LineVerdict> = msg
        .declaratie
        .clienten
        .iter()
        .flat_map(|c| &c.prestaties)
        .zip(&checked.verdicts)
        .filter(|(_, v)| !v.is_approved())
        .map(|(p, v)| LineVerdict {
            referentie_nummer: p.product_referentie.referentie_nummer.clone(),
            retour_codes: vec![retour(v)],
        })
        .collect();
    write_jw325(msg, &verdicts)
}

/// The JW325 answering `msg` with `verdicts` (the rejected lines), written out.
fn write_jw325(msg: &Jw323, verdicts: &[LineVerdict]) -> Vec<u8> {
    let id = BerichtIdentificatie {
        identificatie: "ARNBENCH".parse().unwrap(),
        dagtekening: d(2027, 1, 20).into(),
    };
    let answer = build_jw325(msg, id, XsdVersie::DEFAULT, verdicts).unwrap();
    let mut out = Vec::new();
    answer.write(&mut out).unwrap();
    out
}

fn to_declaration(msg: &Jw323) -> Declaration<String> {
    jbjr::ijw::Exchange::new(providers())
        .declaration(books(), msg)
        .unwrap()
}

fn keyed_check_alone(x: &Exchange) -> Answer<String> {
    check_declaration(books(), &x.keyed_cases, &Ledger::new(), &x.declaration)
}

/// The JW325 of a keyed answer: the rejected lines with their return codes, as
/// `Exchange::check` builds it.
fn keyed_build_and_write(msg: &Jw323, answer: &Answer<String>) -> Vec<u8> {
    let Answer::Judged { checked, keys, .. } = answer else {
        panic!("the bench's declaration is not rejected whole")
    };
    let verdicts: Vec<LineVerdict> = checked
        .verdicts
        .iter()
        .zip(keys)
        .filter(|(v, _)| !v.reasons.is_empty())
        .map(|(v, k)| {
            let mut codes: Vec<RetourCode> = Vec::new();
            for r in &v.reasons {
                let code: RetourCode = r.retour_code().parse().unwrap();
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            LineVerdict {
                referentie_nummer: k.reference.as_str().parse().unwrap(),
                retour_codes: codes,
            }
        })
        .collect();
    write_jw325(msg, &verdicts)
}

/// `Jw323::read` → `Exchange::declaration` → `check_declaration` → JW325 → `Jw325::write`.
fn keyed_pipeline(x: &Exchange) -> usize {
    let msg = read(&x.xml);
    let declaration = to_declaration(&msg);
    let answer = check_declaration(books(), &x.keyed_cases, &Ledger::new(), &declaration);
    keyed_build_and_write(&msg, &answer).len()
}

fn pipeline(x: &Exchange) -> usize {
    let msg = read(&x.xml);
    let checked = convert_and_check(&msg, &x.cases);
    build_and_write(&msg, &checked).len()
}

fn check_alone(x: &Exchange, lines: Vec<Submitted<String>>) -> Checked<String> {
    check(books(), &x.cases, &[], lines, declared_on())
}

fn submitted(x: &Exchange) -> Vec<Submitted<String>> {
    x.lines.iter().cloned().map(Submitted::from).collect()
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn read_whole(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher
        .counter(BytesCount::of_slice(&x.xml))
        .bench(|| read(black_box(&x.xml)));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn read_streaming(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher.counter(BytesCount::of_slice(&x.xml)).bench(|| {
        let mut r = Jw323Reader::new(black_box(x.xml.as_slice()), "bench.xml").unwrap();
        let mut count = 0usize;
        while let Some(line) = r.next_line().unwrap() {
            count += black_box(&line).client as usize;
        }
        count
    });
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn convert_then_check(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher.bench(|| convert_and_check(black_box(&x.msg), &x.cases).totals);
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn build_jw325_and_write(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    let checked = convert_and_check(&x.msg, &x.cases);
    let len = build_and_write(&x.msg, &checked).len();
    bencher
        .counter(BytesCount::new(len))
        .bench(|| build_and_write(black_box(&x.msg), &checked));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn write_jw323(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher.counter(BytesCount::of_slice(&x.xml)).bench(|| {
        let mut out = Vec::with_capacity(x.xml.len());
        x.msg.write(&mut out).unwrap();
        out
    });
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn check_only(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher
        .with_inputs(|| submitted(x))
        .bench_local_values(|lines| check_alone(x, lines).totals);
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn read_check_write(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher.bench(|| pipeline(black_box(x)));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn keyed_declaration(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher.bench(|| to_declaration(black_box(&x.msg)).lines.len());
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn keyed_check_only(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher.bench(|| keyed_check_alone(black_box(x)).retour_code());
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn keyed_read_check_write(bencher: divan::Bencher, n: usize) {
    let x = get(n);
    bencher.bench(|| keyed_pipeline(black_box(x)));
}

/// Medians of `a`, of `b` and of the per-round ratios a / b, in ms, over alternating rounds.
fn paired(
    rounds: usize,
    mut a: impl FnMut() -> f64,
    mut b: impl FnMut() -> f64,
) -> (f64, f64, f64) {
    let (mut xs, mut ys, mut rs) = (vec![], vec![], vec![]);
    for _ in 0..rounds {
        let x = a();
        let y = b();
        xs.push(x);
        ys.push(y);
        rs.push(x / y);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (median(xs), median(ys), median(rs))
}

fn ms<T>(f: impl FnOnce() -> T) -> f64 {
    let t = Instant::now();
    black_box(f());
    t.elapsed().as_secs_f64() * 1e3
}

fn main() {
    // Check every result before timing it.
    for n in SIZES {
        let x = get(n);
        let msg = read(&x.xml);
        assert_eq!(msg, x.msg, "the written JW323 reads back the same");
        let checked = convert_and_check(&msg, &x.cases);
        assert_eq!(checked.verdicts.len(), n);
        let mut rules: Vec<(&str, String)> = checked
            .verdicts
            .iter()
            .flat_map(|v| {
                v.reasons.iter().map(move |r| {
                    let code = match &v.line {
                        Submitted::Line(l) => l.code.to_string(),
                        _ => String::new(),
                    };
                    (r.rule(), format!("{code} {r}"))
                })
            })
            .take(20)
            .collect();
        rules.sort();
        rules.dedup();
        assert_eq!(checked.totals.rejected_lines, n / 100, "{rules:?}");
        let answer = build_and_write(&msg, &checked);
        let back = jbjr::ijw::Jw325::read(answer.as_slice(), "answer").unwrap();
        let a = back.declaratie_antwoord.unwrap();
        let listed: usize = a.clienten.iter().map(|c| c.prestaties.len()).sum();
        assert_eq!(listed, n / 100);
        assert_eq!(
            check_alone(x, submitted(x)).totals,
            checked.totals,
            "the same check"
        );
        // The keyed pipeline: the same lines rejected, and only those listed.
        let answer = keyed_check_alone(x);
        let Answer::Judged { checked: keyed, .. } = &answer else {
            panic!("rejected whole: {:?}", answer.faults())
        };
        assert_eq!(keyed.totals, checked.totals, "the keyed check judges alike");
        let back = jbjr::ijw::Jw325::read(keyed_build_and_write(&msg, &answer).as_slice(), "keyed")
            .unwrap();
        let listed: usize = back
            .declaratie_antwoord
            .unwrap()
            .clienten
            .iter()
            .map(|c| c.prestaties.len())
            .sum();
        assert_eq!(listed, n / 100);
    }

    divan::main();

    // The ratios, in alternating rounds (skipped when run as a test).
    if std::env::args().any(|a| a == "--test") {
        return;
    }
    println!("\njbjr iJw (one run, this machine; medians of alternating rounds)");
    for n in SIZES {
        let x = get(n);
        let rounds = if n > 100_000 { 3 } else { 5 };
        let (p, c, r) = paired(
            rounds,
            || ms(|| pipeline(x)),
            || {
                let lines = submitted(x);
                ms(|| check_alone(x, lines).totals)
            },
        );
        let mb = x.xml.len() as f64 / 1e6;
        let read_ms = ms(|| read(&x.xml));
        let checked = convert_and_check(&x.msg, &x.cases);
        let write_ms = ms(|| {
            let mut out = Vec::with_capacity(x.xml.len());
            x.msg.write(&mut out).unwrap();
            out
        });
        println!(
            "{n:>7} lines ({mb:.0} MB): read+check+write {p:.0} ms, check alone {c:.0} ms, ratio {r:.2} ({} target ≤ 3); \
             per line {:.2} µs vs {:.2} µs; read {:.0} MB/s, JW323 write {:.0} MB/s; JW325 {} bytes",
            if r <= 3.0 { "meets" } else { "MISSES" },
            p * 1e3 / n as f64,
            c * 1e3 / n as f64,
            mb / (read_ms / 1e3),
            mb / (write_ms / 1e3),
            build_and_write(&x.msg, &checked).len(),
        );
    }
    for n in SIZES {
        let x = get(n);
        let rounds = if n > 100_000 { 3 } else { 5 };
        let (p, c, r) = paired(
            rounds,
            || ms(|| keyed_pipeline(x)),
            || ms(|| keyed_check_alone(x).retour_code()),
        );
        let conv = ms(|| to_declaration(&x.msg));
        println!(
            "{n:>7} lines, keyed (read → Exchange::declaration → check_declaration → JW325): {p:.0} ms, \
             check_declaration alone {c:.0} ms, ratio {r:.2} ({} target ≤ 3); Exchange::declaration {conv:.0} ms",
            if r <= 3.0 { "meets" } else { "MISSES" },
        );
    }
    let (big, small, r) = paired(
        3,
        || ms(|| pipeline(get(SIZES[1]))) / SIZES[1] as f64,
        || ms(|| pipeline(get(SIZES[0]))) / SIZES[0] as f64,
    );
    println!(
        "read+check+write per line: {:.2} µs at 600,000, {:.2} µs at 60,000: ratio {r:.2} ({} target ≤ 1.5, linear)",
        big * 1e3,
        small * 1e3,
        if r <= 1.5 { "meets" } else { "MISSES" }
    );
}
