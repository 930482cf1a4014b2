"""Reports → text → passages: real PDFs built in the test (text, encrypted, corrupt, image-only, 200 pages)."""
from __future__ import annotations

from enrich.disclosures import (
    company_name_from_cover,
    disclosure_body,
    extract_passages,
    legal_name,
    normalise_text,
    pdf_to_text,
    vendor_by_ticker,
)
from enrich.html_text import html_to_text
from tests.disclosures.pdfs import corrupt_pdf, encrypted_pdf, image_only_pdf, text_pdf

REPORT = [
    ["示例视界科技股份有限公司", "2023 年 年 度 报 告"],
    ["第三节 管理层讨论与分析", "报告期内，公司营业收入同比增长。"],
    ["公司持续服务平安城市、雪亮工程等项目，为公安客户提供", "人脸识别与视频监控解决方案。", "公司还开拓海外市场。"],
]


def test_text_pdf_is_read_page_by_page_nfkc_and_without_cjk_breaks():
    document = pdf_to_text(text_pdf(REPORT))
    assert document.status == "ok" and document.pages_total == 3
    assert "2023年年度报告" in document.text  # spaces between CJK characters removed
    assert "为公安客户提供人脸识别" in document.text  # line break inside the sentence removed
    assert "报告期内,公司" in document.text  # NFKC: full-width comma → ","
    assert company_name_from_cover(document) == "示例视界科技股份有限公司"


def test_passages_pair_technology_with_customer_and_keep_page_and_offsets():
    document = pdf_to_text(text_pdf(REPORT))
    passages = extract_passages(document, "zh")
    assert len(passages) == 1
    passage = passages[0]
    assert passage.page == 3
    assert document.text[passage.start:passage.end] == passage.text
    assert "人脸识别与视频监控解决方案" in passage.text
    assert set(passage.technologies) >= {"facial_recognition", "cctv"} and "公安" in passage.cues
    assert "营业收入同比增长" not in passage.text  # a sentence without a surveillance cue is not quoted


def test_disclosure_body_names_supplier_and_indexes_passages():
    document = pdf_to_text(text_pdf(REPORT))
    passages = extract_passages(document, "zh")
    body, refs = disclosure_body(supplier="示例视界科技股份有限公司", filer=None, language="zh",
                                 source_label="测试报告", passages=passages)
    assert body.splitlines()[0] == "供应商名称:示例视界科技股份有限公司"  # NFKC-normalised like all stored text
    assert body[refs[0].start:refs[0].end] == passages[0].text
    assert "[第3页]" in body


def test_encrypted_pdf_without_password_is_a_reason_not_a_crash():
    document = pdf_to_text(encrypted_pdf(REPORT, password="secret"))
    assert document.status == "failed" and "encrypted" in document.problems[0]


def test_encrypted_pdf_with_empty_user_password_is_read():
    document = pdf_to_text(encrypted_pdf(REPORT, password=""))
    assert document.status == "ok" and "人脸识别" in document.text


def test_corrupt_image_only_and_not_pdf():
    assert pdf_to_text(corrupt_pdf()).problems[0].startswith("corrupt PDF")
    scanned = pdf_to_text(image_only_pdf(3))
    assert scanned.status == "failed" and "no text layer" in scanned.problems[-1]
    assert pdf_to_text(b"<html>blocked</html>").problems == ["not a PDF (no %PDF header)"]


def test_200_page_report_is_read_and_capped_with_a_note():
    pages = [[f"第{i}页 公司经营情况正常。"] for i in range(1, 201)]
    pages[186] = ["公司为新疆地区公安客户建设视频监控系统。"]
    full = pdf_to_text(text_pdf(pages))
    assert full.status == "ok" and full.pages_total == 200
    passages = extract_passages(full, "zh")
    assert [p.page for p in passages] == [187] and "新疆" in passages[0].cues
    capped = pdf_to_text(text_pdf(pages), max_pages=150)
    assert capped.status == "partial" and capped.problems == ["only the first 150 of 200 pages were read"]


def test_html_filing_text_and_term_passages():
    html = ("<html><body><div><p>Item 1.</p></div><div><p>We sell biometric identification software to police "
            "departments.</p></div><div><p>Revenue grew.</p></div></body></html>")
    text = normalise_text(html_to_text(html))
    assert "We sell biometric identification software to police departments." in text
    passages = extract_passages(text, "en", terms=("biometric",))
    assert len(passages) == 1 and "police" in passages[0].cues and "Revenue grew" not in passages[0].text


def test_registry_ticker_lookup_for_cninfo():
    hikvision = vendor_by_ticker("SZ", "002415")
    assert hikvision is not None and hikvision.id == "hikvision"
    assert legal_name(hikvision, "zh") == "杭州海康威视数字技术股份有限公司"
    assert vendor_by_ticker("SZ", "009999") is None
