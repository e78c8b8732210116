//! iJw 3.2 messages: every element tree read from the made-up samples in data/ijw (MADE-UP
//! DATA), the worked example of the iJw reference (§5) read and written, each class of bad
//! input refused with its line, column and path, and write-then-read round trips.
#![cfg(feature = "ijw")]

use jbjr::Error;
use jbjr::ijw::*;
use proptest::prelude::*;

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn message_error(r: Result<impl std::fmt::Debug, Error>) -> MessageError {
    match r {
        Err(Error::Message(e)) => *e,
        other => panic!("expected a message error, got {other:?}"),
    }
}

#[test]
fn every_sample_reads_and_writes_back_equal() {
    let m = Jw301::from_str(&data("jw301_toewijzing.xml"), "jw301").unwrap();
    assert_eq!(m.client.relaties.len(), 1);
    assert_eq!(
        m.client.contactgegevens[0]
            .adres
            .as_ref()
            .unwrap()
            .land_code
            .unwrap()
            .as_str(),
        "NL"
    );
    assert_eq!(
        m.client.commentaar.as_ref().unwrap().as_str(),
        "Made-up allocation for tests & examples."
    );
    assert_eq!(
        Jw301::from_str(&m.to_xml_string().unwrap(), "w").unwrap(),
        m
    );
    let m = Jw305::from_str(&data("jw305_start.xml"), "jw305").unwrap();
    assert_eq!(
        Jw305::from_str(&m.to_xml_string().unwrap(), "w").unwrap(),
        m
    );
    let m = Jw307::from_str(&data("jw307_stop.xml"), "jw307").unwrap();
    assert_eq!(
        Jw307::from_str(&m.to_xml_string().unwrap(), "w").unwrap(),
        m
    );
    let m = Jw323::from_str(&data("jw323_declaratie.xml"), "jw323").unwrap();
    assert_eq!(m.declaratie.clienten.len(), 3);
    assert_eq!(
        Jw323::from_str(&m.to_xml_string().unwrap(), "w").unwrap(),
        m
    );
    let m = Jw325::from_str(&data("jw325_antwoord.xml"), "jw325").unwrap();
    assert_eq!(
        Jw325::from_str(&m.to_xml_string().unwrap(), "w").unwrap(),
        m
    );
}

/// The worked example of the reference (§5, MADE-UP DATA): TR358 total 651950 D, line 3
/// rejected with 0611 (TR418), TotaalToegekendBedrag 19700 D (TR342).
#[test]
fn worked_example_tr342_iv087_read_written_and_rebuilt() {
    let jw323 = Jw323::from_str(&data("example_jw323.xml"), "example_jw323.xml").unwrap();
    let sum: i64 = jw323
        .declaratie
        .clienten
        .iter()
        .flat_map(|c| &c.prestaties)
        .map(|p| p.ingediend_bedrag.signed_cents())
        .sum();
    assert_eq!(sum, 651_950);
    assert_eq!(jw323.declaratie.totaal_ingediend_bedrag.signed_cents(), sum); // TR358
    let credit = &jw323.declaratie.clienten[0].prestaties[1];
    assert_eq!(
        credit
            .product_referentie
            .vorig_referentie_nummer
            .as_ref()
            .unwrap()
            .as_str(),
        "PR2026030001"
    ); // CD060
    let jw325 = Jw325::from_str(&data("example_jw325.xml"), "example_jw325.xml").unwrap();
    let built = build_jw325(
        &jw323,
        jw325.header.bericht_identificatie.clone(),
        XsdVersie::DEFAULT,
        &[LineVerdict {
            referentie_nummer: "PR2026040003".parse().unwrap(),
            retour_codes: vec![RetourCode::TARIEF_WIJKT_AF],
        }],
    )
    .unwrap();
    assert_eq!(built, jw325);
    let a = jw325.declaratie_antwoord.as_ref().unwrap();
    assert_eq!(a.totaal_toegekend_bedrag.signed_cents(), 19_700);
    // Written and read back: the same values.
    assert_eq!(
        Jw325::from_str(&built.to_xml_string().unwrap(), "w").unwrap(),
        jw325
    );
    assert_eq!(
        Jw323::from_str(&jw323.to_xml_string().unwrap(), "w").unwrap(),
        jw323
    );
}

#[test]
fn iv087_all_approved_is_8001_without_clients() {
    let jw323 = Jw323::from_str(&data("example_jw323.xml"), "x").unwrap();
    let id = BerichtIdentificatie {
        identificatie: "A1".parse().unwrap(),
        dagtekening: "2026-05-13".parse().unwrap(),
    };
    let a = build_jw325(&jw323, id.clone(), XsdVersie::DEFAULT, &[])
        .unwrap()
        .declaratie_antwoord
        .unwrap();
    assert_eq!(a.retour_codes, vec![RetourCode::VOLLEDIG_TOEGEKEND]);
    assert!(a.clienten.is_empty());
    assert_eq!(a.totaal_toegekend_bedrag, a.totaal_ingediend_bedrag);
    // TR366: a verdict on an unknown line is refused.
    let bad = [LineVerdict {
        referentie_nummer: "NOPE".parse().unwrap(),
        retour_codes: vec![RetourCode::TARIEF_WIJKT_AF],
    }];
    assert!(build_jw325(&jw323, id, XsdVersie::DEFAULT, &bad).is_err());
}

#[test]
fn conversions_to_the_declaration_layer() {
    let jw323 = Jw323::from_str(&data("jw323_declaratie.xml"), "x").unwrap();
    let lines = jw323
        .lines(
            &"JbGld=12340001".parse().unwrap(),
            jbjr::Catalogue::gelderland_2026(),
        )
        .unwrap();
    let hourly = &lines[1].0;
    assert_eq!(
        (hourly.unit, hourly.volume, hourly.amount_cents),
        (jbjr::Unit::Hour, 6, 87_750)
    );
    assert!(lines[4].0.credit);
    // Back to a JW323 with the same keys: the same lines.
    let with_bsn: Vec<_> = lines
        .iter()
        .map(|(l, k)| (l.clone().map_client_bsn(), k.clone()))
        .collect();
    let d = &jw323.declaratie;
    let rebuilt = build_jw323(
        jw323.header.clone(),
        d.declaratie_nummer.clone(),
        d.declaratie_periode,
        d.declaratie_dagtekening,
        &with_bsn,
    )
    .unwrap();
    assert_eq!(rebuilt, jw323);
    // An unknown AGB code is refused.
    assert!(
        jw323
            .lines(
                &"JbGld=11111111".parse().unwrap(),
                jbjr::Catalogue::gelderland_2026()
            )
            .is_err()
    );
    let jw301 = Jw301::from_str(&data("jw301_toewijzing.xml"), "x").unwrap();
    let cases = jw301.cases(&"JbGld=12340001".parse().unwrap()).unwrap();
    assert_eq!(cases[0].volume, None); // a monthly product: 1 × 82 per month
    assert_eq!(
        cases[1].end,
        Some(chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap())
    );
}

trait MapBsn {
    fn map_client_bsn(self) -> jbjr::DeclarationLine<Bsn>;
}
impl MapBsn for jbjr::DeclarationLine<String> {
    fn map_client_bsn(self) -> jbjr::DeclarationLine<Bsn> {
        jbjr::DeclarationLine {
            client: self.client.parse().unwrap(),
            code: self.code,
            provider: self.provider,
            start: self.start,
            end: self.end,
            volume: self.volume,
            unit: self.unit,
            product_tariff: self.product_tariff,
            amount_cents: self.amount_cents,
            credit: self.credit,
        }
    }
}

fn bad(from: &str, to: &str) -> MessageError {
    let xml = data("example_jw323.xml");
    assert!(xml.contains(from), "{from}");
    message_error(Jw323::from_str(&xml.replacen(from, to, 1), "bad.xml"))
}

#[test]
fn errors_name_source_line_column_and_path() {
    // Amount with decimals (LDT_Bedrag: whole eurocents).
    let e = bad(
        "<ijw:Bedrag>78800</ijw:Bedrag>",
        "<ijw:Bedrag>788.00</ijw:Bedrag>",
    );
    assert_eq!(
        (e.kind, e.line, e.column),
        (MessageErrorKind::InvalidValue, 73, 27)
    );
    assert_eq!(
        e.path,
        "Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/IngediendBedrag/Bedrag"
    );
    assert!(
        e.to_string()
            .starts_with("bad.xml:73:27: Bericht/Declaratie/"),
        "{e}"
    );
    // CS002: a BSN failing the 11-proef.
    let e = bad(
        "<jw323:Bsn>999900018</jw323:Bsn>",
        "<jw323:Bsn>999900019</jw323:Bsn>",
    );
    assert_eq!(
        (e.kind, e.line, e.column, e.path.as_str()),
        (
            MessageErrorKind::InvalidValue,
            80,
            20,
            "Bericht/Declaratie/Clienten/Client[2]/Bsn"
        )
    );
    assert!(e.reason.contains("11-proef"));
    // RS032: a date with a time zone.
    let e = bad(
        "<ijw:Einddatum>2026-03-31</ijw:Einddatum>",
        "<ijw:Einddatum>2026-03-31Z</ijw:Einddatum>",
    );
    assert_eq!(
        (e.line, e.path.as_str()),
        (
            67,
            "Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductPeriode/Einddatum"
        )
    );
    // RS033: an empty element.
    let e = bad(
        "<jw323:GeleverdVolume>8</jw323:GeleverdVolume>",
        "<jw323:GeleverdVolume/>",
    );
    assert_eq!(
        (e.kind, e.line, e.column),
        (MessageErrorKind::Empty, 69, 13)
    );
    assert!(e.path.ends_with("Prestatie[2]/GeleverdVolume"));
    // A missing element (in the middle, then at the end).
    let e = bad("<jw323:GeleverdVolume>8</jw323:GeleverdVolume>", "");
    assert_eq!((e.kind, e.line), (MessageErrorKind::Unexpected, 70));
    assert!(e.reason.contains("jw323:GeleverdVolume is missing"), "{e}");
    let e = bad(
        "<jw323:ProductTarief>21075</jw323:ProductTarief>\n            <jw323:IngediendBedrag>\n              <ijw:Bedrag>632250</ijw:Bedrag>\n              <ijw:DebetCredit>D</ijw:DebetCredit>\n            </jw323:IngediendBedrag>",
        "",
    );
    assert_eq!(e.kind, MessageErrorKind::Missing);
    assert!(e.path.ends_with("Client[2]/Prestaties/Prestatie[1]"), "{e}");
    // Out of order: Eenheid before GeleverdVolume.
    let e = bad(
        "<jw323:GeleverdVolume>10</jw323:GeleverdVolume>\n            <jw323:Eenheid>04</jw323:Eenheid>",
        "<jw323:Eenheid>04</jw323:Eenheid>\n            <jw323:GeleverdVolume>10</jw323:GeleverdVolume>",
    );
    assert_eq!(
        (e.kind, e.line, e.column),
        (MessageErrorKind::Unexpected, 47, 13)
    );
    // An unexpected element.
    let e = bad(
        "<jw323:Bsn>999900018</jw323:Bsn>",
        "<jw323:Bsn>999900018</jw323:Bsn><jw323:Naam>x</jw323:Naam>",
    );
    assert_eq!(
        (e.kind, e.line, e.column),
        (MessageErrorKind::Unexpected, 80, 41)
    );
    // Not well-formed.
    let e = bad("</jw323:Clienten>", "</jw323:Clienten");
    assert_eq!(e.kind, MessageErrorKind::NotWellFormed);
    // Wrong namespace (matched on URI, not prefix).
    let e = bad(
        "xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\"",
        "xmlns:ijw=\"urn:other\"",
    );
    assert_eq!((e.kind, e.line), (MessageErrorKind::WrongNamespace, 12));
    // Wrong BerichtCode, and another message altogether.
    let e = bad("<jw323:BerichtCode>490", "<jw323:BerichtCode>491");
    assert_eq!(
        (e.kind, e.line, e.column, e.path.as_str()),
        (
            MessageErrorKind::WrongMessage,
            6,
            24,
            "Bericht/Header/BerichtCode"
        )
    );
    let e = message_error(Jw323::from_str(&data("example_jw325.xml"), "x.xml"));
    assert_eq!(
        (e.kind, e.line, e.column),
        (MessageErrorKind::WrongMessage, 3, 1)
    );
    // A code outside its list (WJ756) and a return code outside WJ001.
    let e = bad(
        "<jw323:Eenheid>14</jw323:Eenheid>",
        "<jw323:Eenheid>15</jw323:Eenheid>",
    );
    assert!(
        e.path
            .ends_with("Client[2]/Prestaties/Prestatie[1]/Eenheid")
    );
    let e = message_error(Jw325::from_str(
        &data("example_jw325.xml").replace("0611", "0612"),
        "x",
    ));
    assert!(
        e.path.ends_with("Prestatie[1]/RetourCodes/RetourCode"),
        "{e}"
    );
    // CS319: a DeclaratieNummer with a dash.
    let e = bad(
        "<jw323:DeclaratieNummer>D202604001",
        "<jw323:DeclaratieNummer>D-20260401",
    );
    assert_eq!(e.path, "Bericht/Declaratie/DeclaratieNummer");
    // Prefixes are free: other prefixes, or a default namespace, read the same.
    let xml = data("example_jw323.xml")
        .replace("ijw:", "b:")
        .replace("xmlns:ijw", "xmlns:b")
        .replace("jw323:", "")
        .replace("xmlns:jw323", "xmlns");
    assert_eq!(
        Jw323::from_str(&xml, "x").unwrap(),
        Jw323::from_str(&data("example_jw323.xml"), "x").unwrap()
    );
}

#[test]
fn the_streaming_reader_yields_lines_in_order() {
    let xml = data("example_jw323.xml");
    let lines: Vec<_> = Jw323Reader::new(xml.as_bytes(), "x")
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        lines.iter().map(|l| l.client).collect::<Vec<_>>(),
        vec![1, 1, 2]
    );
    // An error ends the iteration after it is yielded once.
    let broken = xml.replace(
        "<ijw:Bedrag>632250</ijw:Bedrag>",
        "<ijw:Bedrag>x</ijw:Bedrag>",
    );
    let results: Vec<_> = Jw323Reader::new(broken.as_bytes(), "x").unwrap().collect();
    assert_eq!(results.len(), 3);
    assert!(results[2].is_err());
}

#[test]
fn writing_refuses_an_empty_list() {
    let mut m = Jw323::from_str(&data("example_jw323.xml"), "x").unwrap();
    m.declaratie.clienten[0].prestaties.clear();
    let e = message_error(m.to_xml_string());
    assert_eq!(e.kind, MessageErrorKind::Rule);
}

fn arb_text<const N: usize>() -> impl Strategy<Value = Tekst<N>> {
    "[A-Za-z0-9&<>'\"é][A-Za-z0-9 &<>é]{0,10}[A-Za-z0-9]?"
        .prop_filter_map("len", |s| s.trim().parse().ok())
}

prop_compose! {
    fn arb_date()(y in 2021i32..2030, m in 1u32..=12, d in 1u32..=28) -> Datum {
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap().into()
    }
}

prop_compose! {
    fn arb_prestatie()(
        r in "[A-Z0-9]{1,20}", vorig in proptest::option::of("[A-Z0-9]{1,20}"), tw in 0u32..=999_999_999,
        code in prop::sample::select(vec!["48B10", "47B10", "49B99", "48B11"]), b in arb_date(), e in arb_date(),
        vol in 0u32..=99_999_999, eenheid in prop::sample::select(Eenheid::all().to_vec()),
        tarief in proptest::option::of(0u32..=99_999_999), cents in -99_999_999i64..=99_999_999,
    ) -> Prestatie {
        let code: jbjr::ProductCode = code.parse().unwrap();
        Prestatie {
            product_referentie: ProductReferentie { referentie_nummer: r.parse().unwrap(), vorig_referentie_nummer: vorig.map(|v| v.parse().unwrap()) },
            toewijzing_nummer: ToewijzingNummer::new(tw).unwrap(),
            product_categorie: code.category().unwrap(),
            product_code: code,
            product_periode: Periode { begindatum: b, einddatum: e },
            geleverd_volume: Volume::new(vol).unwrap(),
            eenheid,
            product_tarief: tarief.and_then(Bedrag::new),
            ingediend_bedrag: BedragMetDc::from_signed_cents(cents).unwrap(),
        }
    }
}

fn bsn_strategy() -> impl Strategy<Value = Bsn> {
    (99_990_000u32..99_999_999).prop_filter_map("11-proef", |n| {
        format!("{n:08}0")
            .parse()
            .ok()
            .or_else(|| (1..10).find_map(|d| format!("{n:08}{d}").parse().ok()))
    })
}

prop_compose! {
    fn arb_header()(id in arb_text::<12>(), d in arb_date(), g in 0u32..10_000, a in 0u32..100_000_000) -> Header {
        Header {
            gemeente: format!("{g:04}").parse().unwrap(),
            aanbieder: format!("{a:08}").parse().unwrap(),
            bericht_identificatie: BerichtIdentificatie { identificatie: id, dagtekening: d },
            xsd_versie: XsdVersie { basisschema: Versie::new(g, 0, 1), bericht: Versie::new(1, a, 0) },
        }
    }
}

prop_compose! {
    fn arb_jw323()(
        header in arb_header(), nummer in "[A-Za-z0-9]{1,12}", b in arb_date(), e in arb_date(), d in arb_date(),
        total in -999_999_999_999i64..=999_999_999_999,
        clienten in prop::collection::vec((bsn_strategy(), prop::collection::vec(arb_prestatie(), 1..4)), 1..4),
    ) -> Jw323 {
        Jw323 {
            header,
            declaratie: Declaratie {
                declaratie_nummer: nummer.parse().unwrap(),
                declaratie_periode: Periode { begindatum: b, einddatum: e },
                declaratie_dagtekening: d,
                totaal_ingediend_bedrag: TotaalBedragMetDc::from_signed_cents(total).unwrap(),
                clienten: clienten.into_iter().map(|(bsn, prestaties)| Jw323Client { bsn, prestaties }).collect(),
            },
        }
    }
}

proptest! {
    /// Any generated JW323 written then read gives back equal values.
    #[test]
    fn jw323_write_then_read_is_identity(m in arb_jw323()) {
        let xml = m.to_xml_string().unwrap();
        prop_assert_eq!(Jw323::from_str(&xml, "prop").unwrap(), m);
    }

    /// Any generated JW325 (answer with returned lines) written then read gives back equal values.
    #[test]
    fn jw325_write_then_read_is_identity(m in arb_jw323(), xslt in proptest::option::of((0u32..5, 0u32..5, 0u32..5)), codes in prop::collection::vec(prop::sample::select(RetourCode::all().collect::<Vec<_>>()), 1..3)) {
        let id = m.header.bericht_identificatie.clone();
        let verdicts: Vec<_> = m.declaratie.clienten.iter().flat_map(|c| &c.prestaties).step_by(2)
            .map(|p| LineVerdict { referentie_nummer: p.product_referentie.referentie_nummer.clone(), retour_codes: codes.clone() }).collect();
        // Duplicate references in a generated message are possible; build only when unique.
        if let Ok(mut answer) = build_jw325(&m, id, XsdVersie::DEFAULT, &verdicts) {
            answer.header.xslt_versie = xslt.map(|(a, b, c)| Versie::new(a, b, c));
            let xml = answer.to_xml_string().unwrap();
            prop_assert_eq!(Jw325::from_str(&xml, "prop").unwrap(), answer);
        }
    }

    /// Value types: Display then FromStr is the identity; amounts with decimals are refused.
    #[test]
    fn values_round_trip(cents in 0u32..=99_999_999, n in 0u32..=999_999_999) {
        let b = Bedrag::new(cents).unwrap();
        prop_assert_eq!(b.to_string().parse::<Bedrag>().unwrap(), b);
        let with_decimals = format!("{}.5", cents);
        prop_assert!(with_decimals.parse::<Bedrag>().is_err());
        let t = ToewijzingNummer::new(n).unwrap();
        let padded = format!("00{}", t);
        prop_assert_eq!(padded.parse::<ToewijzingNummer>().unwrap(), t);
    }

    /// Reading arbitrary bytes never panics.
    #[test]
    fn reading_garbage_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = Jw323::read(bytes.as_slice(), "garbage");
        let _ = Jw325::read(bytes.as_slice(), "garbage");
        let _ = Jw301::read(bytes.as_slice(), "garbage");
    }
}

/// `build_jw323` groups lines per client with one lookup per line (not a search through the
/// clients so far): 12,000 clients of two lines each, interleaved, come out as 12,000 clients in
/// order of first appearance, each with its two lines in order. (The time is in the bench.)
#[test]
fn build_jw323_groups_many_clients_in_order() {
    let clients: Vec<Bsn> = (10_000_000u32..)
        .filter_map(|p| (0..10).find_map(|d| format!("{p}{d}").parse::<Bsn>().ok()))
        .take(12_000)
        .collect();
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let line = |bsn: Bsn, n: usize| {
        (
            jbjr::DeclarationLine {
                client: bsn,
                code: "48B10".parse().unwrap(),
                provider: jbjr::Provider::JbGld,
                start: d(4, 1),
                end: d(4, 30),
                volume: 1,
                unit: jbjr::Unit::Month,
                product_tariff: jbjr::Decimal::new(125_929, 2),
                amount_cents: 125_929,
                credit: false,
            },
            LineKeys {
                referentie_nummer: format!("R{n}").parse().unwrap(),
                vorig_referentie_nummer: None,
                toewijzing_nummer: "202600001".parse().unwrap(),
            },
        )
    };
    // First every client's first line, then every client's second line.
    let lines: Vec<_> = (0..2)
        .flat_map(|round| clients.iter().enumerate().map(move |(i, &b)| (round, i, b)))
        .map(|(round, i, b)| line(b, round * 100_000 + i))
        .collect();
    let header = Header {
        gemeente: "0202".parse().unwrap(),
        aanbieder: "12340001".parse().unwrap(),
        bericht_identificatie: BerichtIdentificatie {
            identificatie: "B1".parse().unwrap(),
            dagtekening: "2026-05-06".parse().unwrap(),
        },
        xsd_versie: XsdVersie::DEFAULT,
    };
    let periode = Periode {
        begindatum: d(4, 1).into(),
        einddatum: d(4, 30).into(),
    };
    let msg = build_jw323(
        header,
        "D1".parse().unwrap(),
        periode,
        d(5, 6).into(),
        &lines,
    )
    .unwrap();
    let c = &msg.declaratie.clienten;
    assert_eq!(c.len(), 12_000);
    for (i, (client, bsn)) in c.iter().zip(&clients).enumerate() {
        assert_eq!(client.bsn, *bsn);
        let refs: Vec<&str> = client
            .prestaties
            .iter()
            .map(|p| p.product_referentie.referentie_nummer.as_str())
            .collect();
        assert_eq!(refs, [format!("R{i}"), format!("R{}", 100_000 + i)]);
    }
    assert_eq!(
        msg.declaratie.totaal_ingediend_bedrag.signed_cents(),
        24_000 * 125_929
    );
}

proptest! {
    /// `Datum` reads `YYYY-MM-DD` by hand (no chrono format string): it takes exactly the
    /// strings chrono's `%Y-%m-%d` takes in that shape, as the same day, and refuses the rest
    /// (RS032: a time or a time zone is refused with its reason).
    #[test]
    fn datum_reads_as_chrono_does(y in 0u32..10_000, m in 0u32..14, d in 0u32..33, tail in prop_oneof![
        Just(""), Just("Z"), Just("+02:00"), Just("-01:00"), Just("T10:00:00"), Just(" ")
    ]) {
        let s = format!("{y:04}-{m:02}-{d:02}{tail}");
        let ours = s.parse::<Datum>();
        match chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
            Ok(date) if tail.trim().is_empty() => prop_assert_eq!(ours.unwrap().0, date),
            _ => {
                let e = ours.unwrap_err();
                if tail.starts_with('T') {
                    prop_assert!(e.reason.contains("holds a time"), "{}", e.reason);
                } else if !tail.trim().is_empty() {
                    prop_assert!(e.reason.contains("time zone"), "{}", e.reason);
                }
            }
        }
    }
}
