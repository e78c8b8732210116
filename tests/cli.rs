//! The `jbjr` command run in-process (`jbjr::cli::run`) on the made-up exchange of data/ijw
//! (MADE-UP DATA: test BSNs, made-up AGB code 12340001 of JbGld): `check` writes the JW325 and a
//! report per line naming rule and retour code (TR418 → 0611, TR346 → 9346, TR384 → 9384),
//! exit 0 also for an answer that rejects; inputs that cannot be read are exit 2 naming
//! file:line:column; `declare` writes a JW323 that `check` approves (8001); `book` prints the
//! product book.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

fn data(name: &str) -> String {
    format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A fresh directory under the system temp dir, unique per process and call.
fn temp_dir() -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "jbjr-cli-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Run {
    status: u8,
    out: String,
    err: String,
}

fn run(args: &[&str]) -> Run {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = jbjr::cli::run(
        std::iter::once("jbjr").chain(args.iter().copied()),
        &mut out,
        &mut err,
    );
    Run {
        status,
        out: String::from_utf8(out).unwrap(),
        err: String::from_utf8(err).unwrap(),
    }
}

/// The inputs of data/ijw/README.md: allocations, starts, the March history and the GI.
fn inputs() -> Vec<String> {
    let mut args = Vec::new();
    for name in [
        "jw301_toewijzing.xml",
        "jw301_toewijzing_999900018.xml",
        "jw301_toewijzing_999900031.xml",
        "jw301_toewijzing_999900031_v2.xml",
    ] {
        args.extend(["--allocations".to_string(), data(name)]);
    }
    for name in [
        "jw305_start.xml",
        "jw305_start_999900006_49B99.xml",
        "jw305_start_999900018.xml",
        "jw305_start_999900031.xml",
    ] {
        args.extend(["--care".to_string(), data(name)]);
    }
    for name in ["jw323_maart.xml", "jw325_maart.xml"] {
        args.extend(["--history".to_string(), data(name)]);
    }
    args.extend(["--gi".to_string(), "JbGld=12340001".to_string()]);
    args
}

fn check(extra: &[&str], declaration: &str) -> Run {
    let inputs = inputs();
    let mut args: Vec<&str> = vec!["check"];
    args.extend(inputs.iter().map(String::as_str));
    args.extend(["--date", "2026-05-13"]);
    args.extend(extra);
    args.push(declaration);
    run(&args)
}

/// `jbjr check` on data/ijw: JW325 to stdout, equal (after its comment line) to the stored
/// data/ijw/jw325_antwoord.xml; the report on stderr names each wrong line's rule and retour
/// code; exit 0 although lines are rejected.
#[test]
fn check_writes_the_stored_answer_and_reports_the_wrong_lines() {
    let r = check(&[], &data("jw323_declaratie.xml"));
    assert_eq!(r.status, 0, "{}", r.err);
    let stored = std::fs::read_to_string(data("jw325_antwoord.xml")).unwrap();
    let without_comment: String = stored
        .lines()
        .filter(|l| !l.starts_with("<!--"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(r.out, without_comment);
    for (reference, rule, code) in [
        ("JBG2026040003", "TR418", "0611"),
        ("JBG2026040004", "TR346", "9346"),
        ("JBG2026040006", "TR384", "9384"),
    ] {
        let row = r
            .err
            .lines()
            .find(|l| l.contains(reference))
            .unwrap_or_else(|| panic!("no row for {reference}: {}", r.err));
        assert!(row.contains(&format!("rejected: {rule} ({code})")), "{row}");
    }
    for reference in ["JBG2026040001", "JBG2026040002", "JBG2026040005"] {
        let row = r.err.lines().find(|l| l.contains(reference)).unwrap();
        assert!(row.ends_with(": approved"), "{row}");
    }
    assert!(
        r.err.contains(
            "answer 0200: 6 lines, submitted 3681.84, approved 1173.81, rejected 2508.03 (3 lines)"
        ),
        "{}",
        r.err
    );
}

/// `--out` writes the JW325 to a file (stdout stays empty); `--report FILE.csv` and
/// `FILE.json` write the report there (stderr stays empty).
#[test]
fn check_out_and_report_files() {
    let dir = temp_dir();
    let out = dir.join("answer.xml");
    let csv = dir.join("report.csv");
    let r = check(
        &[
            "--out",
            out.to_str().unwrap(),
            "--report",
            csv.to_str().unwrap(),
        ],
        &data("jw323_declaratie.xml"),
    );
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(r.out.is_empty() && r.err.is_empty(), "{} {}", r.out, r.err);
    let answer = std::fs::read_to_string(&out).unwrap();
    assert!(answer.contains("<jw325:RetourCode>9384</jw325:RetourCode>"));
    let report = std::fs::read_to_string(&csv).unwrap();
    let mut rows = report.lines();
    assert_eq!(
        rows.next().unwrap(),
        "line,reference,client,month,product,amount,verdict,rule,retour_code,reason"
    );
    let row = rows.find(|l| l.contains("JBG2026040003")).unwrap();
    assert!(
        row.starts_with("3,JBG2026040003,999900018,2026-04,47B10,1100.00,rejected,TR418,0611,"),
        "{row}"
    );

    let json = dir.join("report.json");
    let r = check(
        &[
            "--out",
            out.to_str().unwrap(),
            "--report",
            json.to_str().unwrap(),
        ],
        &data("jw323_declaratie.xml"),
    );
    assert_eq!(r.status, 0, "{}", r.err);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(v["retour_code"], "0200");
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 6);
    let deleted = rows
        .iter()
        .find(|r| r["reference"] == "JBG2026040006")
        .unwrap();
    assert_eq!(
        (&deleted["rule"], &deleted["retour_code"]),
        (&"TR384".into(), &"9384".into())
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// An answer that rejects the whole message (TR358 → 0001) is still exit 0: the answer was
/// written.
#[test]
fn check_exit_0_for_a_message_rejected_as_a_whole() {
    let dir = temp_dir();
    let bad = dir.join("total.xml");
    let xml = std::fs::read_to_string(data("jw323_declaratie.xml"))
        .unwrap()
        .replace(
            "<ijw:TotaalBedrag>368184</ijw:TotaalBedrag>",
            "<ijw:TotaalBedrag>1</ijw:TotaalBedrag>",
        );
    std::fs::write(&bad, xml).unwrap();
    let r = check(&[], bad.to_str().unwrap());
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(r.out.contains("<jw325:RetourCode>0001</jw325:RetourCode>"));
    assert!(!r.out.contains("DeclaratieAntwoord"));
    assert!(r.err.contains("TR358 (0001)"), "{}", r.err);
    assert!(r.err.contains("answer 0001"), "{}", r.err);
    std::fs::remove_dir_all(dir).unwrap();
}

/// Writes `text` to `name` in a fresh temp dir and checks it; returns the run and the path.
fn check_bad(name: &str, text: &str) -> (Run, PathBuf) {
    let dir = temp_dir();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let r = check(&[], path.to_str().unwrap());
    (r, path)
}

fn assert_input_error(r: &Run, path: &Path, line_column: &str) {
    assert_eq!(r.status, 2, "{}", r.err);
    assert!(r.out.is_empty());
    let at = format!("{}:{line_column}", path.display());
    assert!(r.err.starts_with("jbjr: "), "{}", r.err);
    assert!(r.err.contains(&at), "expected {at} in {}", r.err);
}

/// Exit 2 with file:line:column for XML that is not well-formed.
#[test]
fn not_well_formed_xml_is_exit_2_with_line_and_column() {
    let xml = std::fs::read_to_string(data("jw323_declaratie.xml"))
        .unwrap()
        .replacen("</jw323:BerichtCode>", "</jw323:Berichtcode>", 1);
    let (r, path) = check_bad("broken.xml", &xml);
    assert_input_error(&r, &path, "5:");
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

/// Exit 2 for a root element in another namespace (a JW325 given as the declaration).
#[test]
fn wrong_namespace_is_exit_2_with_line_and_column() {
    let xml = std::fs::read_to_string(data("jw323_declaratie.xml"))
        .unwrap()
        .replace("ijw/3_2/jw323/schema", "ijw/3_1/jw323/schema");
    let (r, path) = check_bad("namespace.xml", &xml);
    assert_input_error(&r, &path, "3:");
    assert!(r.err.contains("namespace"), "{}", r.err);
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

/// Exit 2 for a BSN failing the 11-proef (CS002), naming where it is.
#[test]
fn bsn_failing_the_elfproef_is_exit_2_with_line_and_column() {
    let xml = std::fs::read_to_string(data("jw323_declaratie.xml"))
        .unwrap()
        .replacen(
            "<jw323:Bsn>999900018</jw323:Bsn>",
            "<jw323:Bsn>999900019</jw323:Bsn>",
            1,
        );
    let line = xml.lines().position(|l| l.contains("999900019")).unwrap() + 1;
    let (r, path) = check_bad("bsn.xml", &xml);
    assert_input_error(&r, &path, &format!("{line}:"));
    assert!(r.err.contains("Bsn"), "{}", r.err);
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

/// `jbjr declare --month 2026-05` writes a JW323 (with `--deliveries` for the 49B99 hours of
/// 999900006) that `jbjr check` approves (8001).
#[test]
fn declare_then_check_approves_8001() {
    let dir = temp_dir();
    let deliveries = dir.join("hours.csv");
    std::fs::write(
        &deliveries,
        "client,code,gi,date,minutes\n999900006,49B99,JbGld,2026-04-14,360\n999900006,49B99,JbGld,2026-05-12,300\n999900006,49B99,JbGld,2026-05-19,150\n",
    )
    .unwrap();
    let declaration = dir.join("may.xml");
    // The April answer, so that April's approved lines are not declared again.
    let inputs = inputs();
    let mut args: Vec<&str> = vec!["declare"];
    args.extend(inputs.iter().map(String::as_str));
    let (april, april_answer) = (data("jw323_declaratie.xml"), data("jw325_antwoord.xml"));
    args.extend(["--history", &april, "--history", &april_answer]);
    args.extend([
        "--deliveries",
        deliveries.to_str().unwrap(),
        "--month",
        "2026-05",
        "--number",
        "JBG202605",
        "--date",
        "2026-06-03",
        "--out",
        declaration.to_str().unwrap(),
    ]);
    let r = run(&args);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(r.err.is_empty(), "{}", r.err);
    let xml = std::fs::read_to_string(&declaration).unwrap();
    // May: 300 + 150 minutes of 49B99 summed, then rounded to whole hours (IV079): 7.5 → 8
    // hours × 146.25 = 1170.00. April's 360 minutes (6 hours) were approved: no credit of them.
    assert!(
        xml.contains("<jw323:GeleverdVolume>8</jw323:GeleverdVolume>\n            <jw323:Eenheid>04</jw323:Eenheid>\n            <jw323:ProductTarief>14625</jw323:ProductTarief>\n            <jw323:IngediendBedrag>\n              <ijw:Bedrag>117000</ijw:Bedrag>"),
        "{xml}"
    );
    assert!(!xml.contains("<ijw:VorigReferentieNummer>JBG2026040002</ijw:VorigReferentieNummer>"));
    assert!(xml.contains("<jw323:DeclaratieNummer>JBG202605</jw323:DeclaratieNummer>"));

    let mut args: Vec<&str> = vec!["check"];
    args.extend(inputs.iter().map(String::as_str));
    args.extend(["--history", &april, "--history", &april_answer]);
    args.extend(["--date", "2026-06-10", declaration.to_str().unwrap()]);
    let r = run(&args);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(
        r.out.contains("<jw325:RetourCode>8001</jw325:RetourCode>"),
        "{}\n{}",
        r.out,
        r.err
    );
    assert!(r.err.contains("answer 8001"), "{}", r.err);
    assert!(!r.err.contains("rejected:"), "{}", r.err);
    std::fs::remove_dir_all(dir).unwrap();
}

/// `jbjr book` prints the Gelderland 2026 product book: OTS 48B10 at 1259.29 per month.
#[test]
fn book_prints_48b10_1259_29() {
    let r = run(&["book"]);
    assert_eq!(r.status, 0, "{}", r.err);
    let row = r.out.lines().find(|l| l.starts_with("48B10")).unwrap();
    assert!(row.contains("1259.29"), "{row}");
}

/// A bad `--gi` and a bad `--month` are exit 2 with the expected format in the message.
#[test]
fn bad_gi_and_bad_month_are_exit_2_naming_the_format() {
    let r = run(&[
        "check",
        "--gi",
        "JbGld:12340001",
        &data("jw323_declaratie.xml"),
    ]);
    assert_eq!(r.status, 2, "{}", r.err);
    assert!(
        r.err.contains("expected NAME=AGB, like JbGld=12345678"),
        "{}",
        r.err
    );

    let r = run(&[
        "declare",
        "--allocations",
        &data("jw301_toewijzing.xml"),
        "--gi",
        "JbGld=12340001",
        "--month",
        "2026-13",
        "--number",
        "X1",
    ]);
    assert_eq!(r.status, 2, "{}", r.err);
    assert!(
        r.err.contains("expected YYYY-MM, like 2026-04"),
        "{}",
        r.err
    );
    assert!(r.out.is_empty());
}

/// A file that does not exist is exit 2 naming it.
#[test]
fn missing_file_is_exit_2_naming_it() {
    let r = check(&[], "/nonexistent/jw323.xml");
    assert_eq!(r.status, 2);
    assert!(
        r.err.contains("/nonexistent/jw323.xml: cannot be read"),
        "{}",
        r.err
    );
}

/// `--care` and `--history` tell a JW307 from a JW305, and a JW325 from a JW323, by the root
/// element's namespace, also when a comment before the root mentions `Bericht`.
#[test]
fn message_kind_by_root_namespace_despite_a_comment_naming_bericht() {
    let dir = temp_dir();
    let note = "<!-- Bericht: a note before the root element -->\n";
    let with_note = |name: &str| {
        let xml = std::fs::read_to_string(data(name)).unwrap();
        let i = xml.find("?>").unwrap() + 3;
        let path = dir.join(name);
        std::fs::write(&path, format!("{}{note}{}", &xml[..i], &xml[i..])).unwrap();
        path.to_str().unwrap().to_string()
    };
    let (stop, answer) = (with_note("jw307_stop.xml"), with_note("jw325_maart.xml"));
    let declaration = data("jw323_declaratie.xml");
    let inputs: Vec<String> = inputs()
        .into_iter()
        .map(|a| {
            if a.ends_with("jw325_maart.xml") {
                answer.clone()
            } else {
                a
            }
        })
        .collect();
    let mut args: Vec<&str> = vec!["check"];
    args.extend(inputs.iter().map(String::as_str));
    args.extend(["--care", &stop, "--date", "2026-05-13", &declaration]);
    let r = run(&args);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(r.err.contains("answer 0200: 6 lines"), "{}", r.err);
    std::fs::remove_dir_all(dir).unwrap();
}
