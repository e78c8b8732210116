//! The tokenizer of the iJw messages (src/ijw/scan.rs) reads the same, value for value and
//! error for error, however its input arrives: whole, or a few bytes at a time (so that every
//! element and every fast way of the reader meets the end of its buffer somewhere), on the
//! made-up messages of data/ijw (MADE-UP DATA), on a JW323 of hundreds of clients (many
//! buffers), and on those messages changed in the ways XML allows (comments, CDATA, references,
//! `\r\n` line ends, a byte order mark, prefixes and default namespaces) and in ways it does not.
#![cfg(feature = "ijw")]

use std::fmt::Debug;
use std::io::BufReader;

use jbjr::Error;
use jbjr::ijw::*;

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/ijw/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The input sizes a reader hands on at a time (`BufReader` capacities).
const CHUNKS: [usize; 6] = [1, 2, 3, 7, 64, 4096];

/// Reads `xml` whole and in every chunk size with `read`; every reading gives the same result
/// (the same value, or the same error with the same position and text). Returns it.
fn same_in_chunks<T: Debug + PartialEq>(
    xml: &str,
    read: impl Fn(&mut dyn std::io::BufRead) -> Result<T, Error>,
) -> Result<T, Error> {
    let whole = read(&mut xml.as_bytes());
    for chunk in CHUNKS {
        let chunked = read(&mut BufReader::with_capacity(chunk, xml.as_bytes()));
        match (&whole, &chunked) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "chunk {chunk}"),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "chunk {chunk}"),
            _ => panic!("chunk {chunk}: {whole:?} against {chunked:?}"),
        }
    }
    whole
}

fn jw323(xml: &str) -> Result<Jw323, Error> {
    same_in_chunks(xml, |r| Jw323::read(r, "t.xml"))
}

#[test]
fn every_sample_reads_the_same_in_any_chunks() {
    for name in [
        "jw323_declaratie.xml",
        "jw323_maart.xml",
        "example_jw323.xml",
    ] {
        jw323(&data(name)).unwrap();
    }
    for name in ["jw325_antwoord.xml", "jw325_maart.xml", "example_jw325.xml"] {
        same_in_chunks(&data(name), |r| Jw325::read(r, "t.xml")).unwrap();
    }
    for name in [
        "jw301_toewijzing.xml",
        "jw301_toewijzing_999900018.xml",
        "jw301_toewijzing_999900031.xml",
        "jw301_toewijzing_999900031_v2.xml",
    ] {
        same_in_chunks(&data(name), |r| Jw301::read(r, "t.xml")).unwrap();
    }
    for name in [
        "jw305_start.xml",
        "jw305_start_999900006_49B99.xml",
        "jw305_start_999900018.xml",
        "jw305_start_999900031.xml",
    ] {
        same_in_chunks(&data(name), |r| Jw305::read(r, "t.xml")).unwrap();
    }
    same_in_chunks(&data("jw307_stop.xml"), |r| Jw307::read(r, "t.xml")).unwrap();
}

/// `jw323_declaratie.xml` with its clients repeated `n` times.
fn many_clients(n: usize) -> String {
    let xml = data("jw323_declaratie.xml");
    let (open, close) = ("<jw323:Clienten>", "</jw323:Clienten>");
    let a = xml.find(open).unwrap() + open.len();
    let b = xml.find(close).unwrap();
    format!("{}{}{}", &xml[..a], xml[a..b].repeat(n), &xml[b..])
}

#[test]
fn a_document_of_many_buffers_reads_whole() {
    // About 2.3 MB: the reader's buffer (16 KiB) is refilled about 150 times, so tags, texts
    // and look-aheads are cut by its end everywhere.
    let xml = many_clients(400);
    let one = jw323(&data("jw323_declaratie.xml")).unwrap();
    let whole = Jw323::from_str(&xml, "t.xml").unwrap();
    assert_eq!(
        whole.declaratie.clienten.len(),
        400 * one.declaratie.clienten.len()
    );
    for (i, client) in whole.declaratie.clienten.iter().enumerate() {
        assert_eq!(
            client,
            &one.declaratie.clienten[i % one.declaratie.clienten.len()]
        );
    }
    for chunk in [7, 4096, 20_000] {
        let chunked = Jw323::read(BufReader::with_capacity(chunk, xml.as_bytes()), "t.xml");
        assert_eq!(chunked.unwrap(), whole, "chunk {chunk}");
    }
    // An error far into the document keeps its line and column.
    let bad = xml.replacen(
        "<jw323:Bsn>999900018</jw323:Bsn>",
        "<jw323:Bsn>999900019</jw323:Bsn>",
        1,
    );
    let line = 1 + xml[..xml.find("<jw323:Bsn>999900018").unwrap()]
        .matches('\n')
        .count();
    let e = jw323(&bad).unwrap_err().to_string();
    assert!(e.starts_with(&format!("t.xml:{line}:20: ")), "{e}");
}

/// What XML allows reads as the plain document does.
#[test]
fn what_xml_allows_reads_alike() {
    let xml = data("example_jw323.xml");
    let plain = jw323(&xml).unwrap();
    let variants = [
        // XML 1.0 §2.11: `\r\n` is a line end.
        xml.replace('\n', "\r\n"),
        // A UTF-8 byte order mark.
        format!("\u{feff}{xml}"),
        // A comment, a processing instruction and a DOCTYPE before the root.
        xml.replacen(
            "<jw323:Bericht",
            "<!-- made up -->\n<?app x?>\n<!DOCTYPE x [ <!ENTITY a \"]>\"> ]>\n<jw323:Bericht",
            1,
        ),
        // Comments between elements and inside a value.
        xml.replacen(
            "<jw323:ProductCode>",
            "<!-- a comment with <tags> and é --><jw323:ProductCode><!-- in the value -->",
            1,
        ),
        // A value in a CDATA section and through references.
        xml.replacen("<jw323:Eenheid>14</jw323:Eenheid>", "<jw323:Eenheid><![CDATA[14]]></jw323:Eenheid>", 1),
        xml.replacen("<jw323:Eenheid>14</jw323:Eenheid>", "<jw323:Eenheid>&#49;&#x34;</jw323:Eenheid>", 1),
        // White space inside tags; a line break inside a start tag.
        xml.replacen("<jw323:Bsn>999900018</jw323:Bsn>", "<jw323:Bsn\n  >999900018</jw323:Bsn  >", 1),
        // White space before the `>` of optional and repeated elements (the look-ahead that
        // decides whether they come must not take them for other elements).
        xml.replace("<jw323:ProductTarief>", "<jw323:ProductTarief\t>")
            .replace("<jw323:Client>", "<jw323:Client >")
            .replace("<jw323:Prestatie>", "<jw323:Prestatie\n>"),
        // Other prefixes for the same namespaces, declared on the root and again inside.
        xml.replace("jw323:", "m:")
            .replace("xmlns:jw323=", "xmlns:m=")
            .replace("ijw:", "b:")
            .replace("xmlns:ijw=", "xmlns:b="),
        xml.replacen(
            "<jw323:Clienten>",
            "<jw323:Clienten xmlns:x=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\" xsi:nil='false'>",
            1,
        ),
    ];
    for (i, variant) in variants.iter().enumerate() {
        assert_eq!(jw323(variant).as_ref().unwrap(), &plain, "variant {i}");
    }
    // The message's namespace as the default namespace.
    let default = xml.replace("jw323:", "").replace("xmlns:jw323=", "xmlns=");
    assert_eq!(jw323(&default).unwrap(), plain);
}

/// What XML or iJw does not allow is refused alike however it arrives, with its position.
#[test]
fn what_is_refused_is_refused_alike() {
    let xml = data("example_jw323.xml");
    let cases: Vec<(String, &str)> = vec![
        (
            xml.replacen("</jw323:Bsn>", "</jw323:Bsm>", 1),
            "</jw323:Bsm> where </jw323:Bsn> is due",
        ),
        (
            xml.replacen("</jw323:Clienten>", "</jw323:Clienten", 1),
            "not well-formed",
        ),
        (
            xml.replacen("<jw323:Eenheid>14", "<jw323:Eenheid>&foo;14", 1),
            "&foo;",
        ),
        (
            xml.replacen("<jw323:Eenheid>14", "<jw323:Eenheid a=\"1\">14", 1),
            "no attributes",
        ),
        (
            xml.replacen("<jw323:Eenheid>14", "<jw323:Eenheid xmlns:p=\"\">14", 1),
            "cannot be undeclared",
        ),
        (
            xml.replacen("<jw323:Eenheid>14", "<q:Eenheid>14", 1),
            "undeclared namespace prefix",
        ),
        (
            xml.replacen("<jw323:Eenheid>14", "<jw323:Eenheid>1<!-- never closed", 1),
            "-->",
        ),
        (
            xml.replacen(
                "<jw323:Eenheid>14</jw323:Eenheid>",
                "<jw323:Eenheid>1\u{e9}</jw323:Eenheid>",
                1,
            ),
            "Eenheid",
        ),
        (
            xml.replacen("<jw323:Eenheid>14</jw323:Eenheid>", "<jw323:Eenheid/>", 1),
            "RS033",
        ),
        (
            xml.replacen(
                "<jw323:Eenheid>14</jw323:Eenheid>",
                "<jw323:Eenheid>  </jw323:Eenheid>",
                1,
            ),
            "RS033",
        ),
        (xml[..xml.len() / 2].to_string(), "not well-formed"),
        (
            xml.replacen("<jw323:Bsn>", "<jw323:Bsn><x:y xmlns:x=\"urn:x\">", 1),
            "inside a simple element",
        ),
        (format!("{xml}<extra/>"), "after the root"),
        (
            xml.replacen("<jw323:Header>", "text<jw323:Header>", 1),
            "between elements",
        ),
    ];
    for (i, (bad, says)) in cases.iter().enumerate() {
        let e = jw323(bad).unwrap_err().to_string();
        assert!(e.contains(says), "case {i}: {e}");
        assert!(e.starts_with("t.xml:"), "case {i}: {e}");
    }
    // A character beyond ASCII counts as one column: the error after it is at column 25, not
    // 26 (`é` is two bytes).
    let e = jw323(&xml.replacen(
        "<jw323:Bsn>999900018</jw323:Bsn>",
        "<!--é--><jw323:Bsn>999900019</jw323:Bsn>",
        1,
    ))
    .unwrap_err()
    .to_string();
    assert!(e.contains(":80:28:"), "{e}");
}

/// Bytes that are not UTF-8 are refused where they are, however the input arrives; a character
/// of several bytes cut by the end of a read is put together again.
#[test]
fn bytes_that_are_not_utf8_are_refused_where_they_are() {
    let xml = data("example_jw323.xml");
    let at = xml.find("<jw323:Bsn>999900018").unwrap();
    let line = 1 + xml[..at].matches('\n').count();
    for bad in [&b"\xff"[..], b"\xc3", b"\xe2\x82", b"\xc3\x28"] {
        let mut bytes = xml.as_bytes()[..at].to_vec();
        bytes.extend_from_slice(b"<!-- ");
        bytes.extend_from_slice(bad);
        bytes.extend_from_slice(&xml.as_bytes()[at..]);
        let mut errors = Vec::new();
        for chunk in [1, 2, 3, 4096, bytes.len()] {
            let e = Jw323::read(BufReader::with_capacity(chunk, bytes.as_slice()), "t.xml")
                .unwrap_err()
                .to_string();
            errors.push(e);
        }
        let e = &errors[0];
        assert!(errors.iter().all(|x| x == e), "{errors:?}");
        assert!(e.starts_with(&format!("t.xml:{line}:14: ")), "{e}");
        assert!(e.contains("not UTF-8"), "{e}");
    }
    // `é` and `€` in a comment, cut by every read size: read as the plain document.
    let plain = jw323(&xml).unwrap();
    let with = xml.replacen("<jw323:Bsn>", "<!-- é € 😀 --><jw323:Bsn>", 1);
    assert_eq!(jw323(&with).unwrap(), plain);
}
