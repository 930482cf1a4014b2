"""`survtrack ingest` of real-world formats: saved HTML pages (generic and ccgp), OCDS JSON, TED XML and packages.

Fixtures are fictional, in the real shapes (tests/fixtures/ingest/); the TED package is built here with tarfile.
"""
from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import tarfile
from pathlib import Path

import psycopg
import pytest

from survtrack.cli import main
from survtrack.ingest.html_page import read_page
from survtrack.ingest.kinds import infer_kind

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
EFORMS = (FIXTURES / "eforms_award_valbrune.xml").read_bytes()
LEGACY_TED = b"""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication" DOC_ID="000777-2021">
<CODED_DATA_SECTION><REF_OJS><DATE_PUB>20210104</DATE_PUB></REF_OJS><NOTICE_DATA><ISO_COUNTRY VALUE="PT"/>
<LG_ORIG>PT</LG_ORIG></NOTICE_DATA><CODIF_DATA><TD_DOCUMENT_TYPE CODE="7">Contract award notice</TD_DOCUMENT_TYPE>
</CODIF_DATA></CODED_DATA_SECTION><FORM_SECTION><F03_2014 LG="PT" CATEGORY="ORIGINAL" FORM="F03"><CONTRACTING_BODY>
<ADDRESS_CONTRACTING_BODY><OFFICIALNAME>Municipio de Vale Demo</OFFICIALNAME><TOWN>Vale Demo</TOWN>
</ADDRESS_CONTRACTING_BODY>
</CONTRACTING_BODY><OBJECT_CONTRACT><TITLE><P>Sistema de videovigilancia municipal</P></TITLE></OBJECT_CONTRACT>
</F03_2014></FORM_SECTION></TED_EXPORT>"""


def rows(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchall()


def notices(url: str) -> dict[str, tuple]:
    """source_notice_id → (source, kind, title, text, url)."""
    return {r[0]: r[1:] for r in rows(url, "SELECT source_notice_id, source_id, kind, title, text, url FROM notices")}


def eforms_with_number(number: str) -> bytes:
    return EFORMS.replace(b"00654321-2024", number.encode())


def build_package(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as package:
        directory = tarfile.TarInfo("20240314")
        directory.type = tarfile.DIRTYPE
        package.addfile(directory)
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            package.addfile(info, io.BytesIO(data))
    return path


# --- HTML pages ----------------------------------------------------------------------------------------------------

def test_html_page_title_kind_and_text_without_banner_comments_or_scripts(database_url):
    page = FIXTURES / "eastbrook_award.html"
    assert main(["ingest", str(page)]) == 0
    (source, kind, title, text, url), = notices(database_url).values()
    assert title == "Contract award: town-centre CCTV renewal"
    assert kind == "award"
    assert (source, url) == ("import", page.resolve().as_uri())
    assert "Northgate Vision Demo Ltd" in text and "£412,500" in text
    for hidden in ("COMMENT-TEXT", "SCRIPT-TEXT", "STYLE-TEXT", "NOSCRIPT-TEXT", "TEMPLATE-TEXT", "draft value"):
        assert hidden not in text


def test_ccgp_award_page_is_read_as_the_spider_reads_it(database_url):
    assert main(["ingest", str(FIXTURES / "ccgp_award_detail.html")]) == 0
    (source, kind, title, text, url), = notices(database_url).values()
    assert title == "东湖示范县公安局视频监控及人脸识别系统采购项目中标公告"
    assert kind == "award"
    assert "中标供应商:东湖示范智能科技有限公司" in text  # stored text is NFKC: full-width colons become ":"
    assert "采购单位:东湖示范县公安局" in text
    assert "COMMENT-TEXT" not in text and "SCRIPT-TEXT" not in text
    assert "财政部唯一指定" not in text  # the site banner is not part of the notice
    (published,), = rows(database_url, "SELECT published_on FROM notices")
    assert str(published) == "2024-04-18"


@pytest.mark.parametrize("html, title", [
    ("<title>Annual CCTV maintenance - Eastbrook Borough Council</title><body><div>Eastbrook Borough Council</div>"
     "<h1>Other heading</h1>", "Annual CCTV maintenance"),
    ("<title>Eastbrook Borough Council</title><meta property='og:site_name' content='Eastbrook Borough Council'>"
     "<body><div>Banner</div><h1>Tender: ANPR cameras</h1>", "Tender: ANPR cameras"),
    ("<title>Home</title><body><div>Banner</div><h1>Avis d'attribution : vidéoprotection</h1>",
     "Avis d'attribution : vidéoprotection"),
    ("<title>某县公安局人脸识别系统公开招标公告_中国政府采购网</title><body><div>首页</div></body>",
     "某县公安局人脸识别系统公开招标公告"),
    ("<title>Videoüberwachung Marktplatz | Stadt Beispielstadt</title><body><h1>Videoüberwachung Marktplatz</h1>",
     "Videoüberwachung Marktplatz"),
    ("<body><div>Site banner</div></body>", "Site banner"),
])
def test_title_choice(html, title):
    assert read_page(html, "file:///page.html")["title"] == title


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY tricky "]>">]>',
])
def test_doctype_internal_subset_never_becomes_the_title(database_url, tmp_path, doctype):
    page = tmp_path / "hostile.html"
    page.write_text(f"{doctype}<html><head><title>Public notice: CCTV</title></head>"
                    "<body><div>Banner</div><p>&c; &xxe; Body text</p></body></html>", encoding="utf-8")
    assert main(["ingest", str(page)]) == 0
    (_, _, title, text, _), = notices(database_url).values()
    assert title == "Public notice: CCTV"
    assert "]>" not in text and "root:" not in text


@pytest.mark.parametrize("title, body, kind", [
    ("深圳市某中学空调采购中标（成交）结果公告", "", "award"),
    ("某县公安局视频监控项目竞争性磋商成交公告", "", "award"),
    ("某县公安局视频监控项目公开招标公告", "", "tender"),
    ("某县询价公告", "", "tender"),
    ("Contract award notice: ANPR cameras", "", "award"),
    ("Invitation to tender: CCTV renewal", "", "tender"),
    ("Avis d’attribution – vidéoprotection", "", "award"),
    ("Appel d'offres vidéoprotection", "", "tender"),
    ("Anuncio de adjudicación: videovigilancia", "", "award"),
    ("Licitación de cámaras", "", "tender"),
    ("Aviso de adjudicação", "", "award"),
    ("Zuschlagskriterien für Videoüberwachung", "", "other"),
    ("Videoüberwachung", "Home\nÖffentliche Ausschreibung\nZuschlagskriterien: Preis", "tender"),
    ("Form 20-F 2023", "", "disclosure"),
    ("Corrigendum to the call for tenders", "", "other"),
    ("Minutes of the council meeting", "The council discussed cameras.", "other"),
])
def test_kind_inferred_from_words(title, body, kind):
    assert infer_kind(title, body) == kind


# --- OCDS ----------------------------------------------------------------------------------------------------------

def test_ocds_release_package_and_json_lines_load_every_release(database_url, capsys):
    package, lines = FIXTURES / "ocds_release_package.json", FIXTURES / "ocds_releases.jsonl"
    assert main(["ingest", str(package), str(lines)]) == 0
    assert "4 inserted" in capsys.readouterr().out
    stored = notices(database_url)
    assert sorted(stored) == ["ocds-demo01-EBC-2024-031/EBC-2024-031-award",
                              "ocds-demo01-EBC-2024-031/EBC-2024-031-tender",
                              "ocds-demo02-RVW-0007/RVW-0007-01", "ocds-demo02-RVW-0008"]
    assert {s[0] for s in stored.values()} == {"import_ocds"}
    award = stored["ocds-demo01-EBC-2024-031/EBC-2024-031-award"]
    assert award[1] == "award" and award[2] == "Town-centre CCTV renewal"
    assert award[4] == f"{package.resolve().as_uri()}#ocds-demo01-EBC-2024-031/EBC-2024-031-award"
    assert stored["ocds-demo02-RVW-0008"][1] == "award"
    assert rows(database_url, "SELECT count(*) FROM documents")[0][0] == 2  # each file archived once


def test_ocds_is_recognised_by_content_and_user_source_wins(database_url, tmp_path):
    download = tmp_path / "download"  # no extension: the content says what it is
    shutil.copy(FIXTURES / "ocds_release_package.json", download)
    assert main(["ingest", "--source", "eastbrook_mirror", str(download)]) == 0
    assert {s[0] for s in notices(database_url).values()} == {"eastbrook_mirror"}


def test_bad_ocds_line_is_an_error_row_and_the_rest_load(database_url, tmp_path, capsys):
    good = (FIXTURES / "ocds_releases.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good[0], '{"ocid": "broken", "tag": [', json.dumps({"hello": "world"}), good[1]])
                    + "\n", encoding="utf-8")
    assert main(["ingest", str(path)]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("survtrack: error:")]
    assert any(line.startswith(f"survtrack: error: {path}:2: ") for line in err)
    assert any(line.startswith(f"survtrack: error: {path}:3: ") and "not an OCDS" in line for line in err)
    assert len(err) == 2
    assert sorted(notices(database_url)) == ["ocds-demo02-RVW-0007/RVW-0007-01", "ocds-demo02-RVW-0008"]
    assert rows(database_url, "SELECT count(*) FROM crawl_errors")[0][0] == 2


def test_contract_jsonl_without_kind_gets_one_from_its_title(database_url, tmp_path):
    path = tmp_path / "notices.jsonl"
    path.write_text(json.dumps({"url": "https://eastbrook.example/n/1", "title": "Award notice: CCTV renewal",
                                "body": "<p>Buyer: Eastbrook Borough Council<!-- COMMENT-TEXT --></p>"}) + "\n")
    assert main(["ingest", str(path)]) == 0
    (_, kind, _, text, _), = notices(database_url).values()
    assert kind == "award" and "COMMENT-TEXT" not in text


# --- TED -----------------------------------------------------------------------------------------------------------

def test_eforms_xml_file_is_a_ted_notice(database_url, tmp_path):
    saved = tmp_path / "notice.txt"  # a misnamed download: sniffed as XML
    saved.write_bytes(EFORMS)
    assert main(["ingest", str(saved)]) == 0
    stored = notices(database_url)
    assert list(stored) == ["00654321-2024"]
    source, kind, title, text, url = stored["00654321-2024"]
    assert (source, kind, url) == ("import_ted", "award", "https://ted.europa.eu/en/notice/00654321-2024")
    assert title == "Extension du système de vidéoprotection urbaine"
    assert "Winner: Vigie Systèmes Démo SAS" in text
    (facts,), = rows(database_url, "SELECT facts FROM notices")
    assert facts["publication_number"] == "00654321-2024"


def test_ted_package_loads_good_members_and_names_the_broken_one(database_url, tmp_path, capsys):
    members = {"20240314/00111111_2024.xml": eforms_with_number("00111111-2024"),
               "20240314/README.txt": b"not a notice",
               "20240314/00222222_2024.xml": b"<?xml version='1.0'?><ContractNotice><cbc:Name>unclosed",
               "20240314/00333333_2024.xml": eforms_with_number("00333333-2024"),
               "20210104/000777_2021.xml": LEGACY_TED}
    package = build_package(tmp_path / "TED_daily_2024-03-14", members)  # no extension: sniffed as gzip/tar
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["ingest", str(package)]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("survtrack: error:")]
    assert len(err) == 1 and err[0].startswith(f"survtrack: error: {package}: 20240314/00222222_2024.xml: ")
    stored = notices(database_url)
    assert sorted(stored) == ["000777-2021", "00111111-2024", "00333333-2024"]
    assert stored["000777-2021"][1:3] == ("award", "Sistema de videovigilancia municipal")
    assert stored["000777-2021"][4] == "https://ted.europa.eu/en/notice/000777-2021"
    assert {s[0] for s in stored.values()} == {"import_ted"}
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted next to the package
    archived = {r[0]: r[1] for r in rows(database_url, "SELECT url, sha256 FROM documents")}
    member_url = f"{package.resolve().as_uri()}#20240314/00111111_2024.xml"
    assert archived[member_url] == hashlib.sha256(members["20240314/00111111_2024.xml"]).hexdigest()
    assert len(archived) == 4  # every XML member archived before parsing, the broken one too
    (error_url,), = rows(database_url, "SELECT url FROM crawl_errors")
    assert error_url.endswith("#20240314/00222222_2024.xml")


def test_oversized_and_hostile_package_members_are_errors(database_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("survtrack.ingest.bulk.MAX_MEMBER_BYTES", len(EFORMS) + 100)
    xxe = (b'<?xml version="1.0"?><!DOCTYPE ContractNotice [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&x;'
           b'</ContractNotice>')
    package = build_package(tmp_path / "ted.tar.gz", {"big.xml": EFORMS + b" " * 200, "xxe.xml": xxe,
                                                       "ok.xml": eforms_with_number("00444444-2024")})
    assert main(["ingest", str(package)]) == 1
    err = capsys.readouterr().err
    assert f"{package}: big.xml: " in err and "larger than the" in err
    assert f"{package}: xxe.xml: " in err
    assert sorted(notices(database_url)) == ["00444444-2024"]


def test_truncated_package_keeps_the_members_read_before_the_damage(database_url, tmp_path, capsys):
    whole = build_package(tmp_path / "whole.tar.gz", {
        "a.xml": eforms_with_number("00555555-2024"),
        "b.xml": eforms_with_number("00666666-2024") + b"<!--" + random.Random(1).randbytes(100_000) + b"-->"})
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole.read_bytes()[:-2000])
    assert main(["ingest", str(cut)]) == 1
    err = capsys.readouterr().err
    assert f"survtrack: error: {cut}: unreadable TED package" in err
    assert sorted(notices(database_url)) == ["00555555-2024"]
