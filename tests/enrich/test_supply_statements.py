"""Round 26: suppliers outside the registry named in supply statements and in supplier fields of more languages.

Every sentence is fictional; each family has a near miss that must not give a supplier.
"""
from __future__ import annotations

import pytest

from enrich.legal_forms import ends_with_legal_form
from enrich.parties import extract_parties
from enrich.supply_statements import supply_statements


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end in supply_statements(text)]


def _suppliers(text: str) -> list[str]:
    return [p.name for p in extract_parties(text) if p.role == "supplier"]


@pytest.mark.parametrize(("text", "name"), [
    ("The 40 kiosks were supplied for $2.1 million by Quillfeather Kiosk Systems.", "Quillfeather Kiosk Systems"),
    ("The shire bought 12 speed signs for £84,000 from Brambleton Signage Ltd.", "Brambleton Signage Ltd"),
    ("Officials signed a 3-year maintenance agreement with Corvid Lane Analytics.", "Corvid Lane Analytics"),
    ("The board paid NZ$ 0.4 million to Tussock Widget Works for the pilot.", "Tussock Widget Works"),
    ("The contractor was named as Harrowgate Signal Services.", "Harrowgate Signal Services"),
    ("Form 10-Q – Plover Civic Devices, Inc. (quarterly report)", "Plover Civic Devices, Inc."),
    ("Las cámaras fueron provistas por Pampa Ejemplo Visión S.A.C.", "Pampa Ejemplo Visión S.A.C."),
    ("O contrato de 3 milhões foi assinado com a empresa Serra Exemplo Tecnologia.", "Serra Exemplo Tecnologia"),
    ("Les bornes ont été livrées par la société Ardoise Exemple SARL.", "Ardoise Exemple SARL"),
    ("Die Stadt hat 300 Zähler bei der Moorbach Beispiel GmbH bestellt.", "Moorbach Beispiel GmbH"),
    ("Il servizio è stato affidato alla Brenta Esempio S.r.l. per due anni.", "Brenta Esempio S.r.l."),
    ("Gmina podpisała umowę z firmą Przykładowe Systemy sp. z o.o. na dostawę.", "Przykładowe Systemy sp. z o.o."),
    ("Заказчик заключил контракт на 12 млн рублей с ООО «Пример Видео» на поставку.", "ООО «Пример Видео»"),
    ("Департамент уклав договір на 8 млн грн з ТОВ «Приклад Систем» на камери.", "ТОВ «Приклад Систем»"),
    ("تعاقدت البلدية مع شركة الواحة للأنظمة المثالية على تركيب الكاميرات.", "شركة الواحة للأنظمة المثالية"),
    ("Belediye, Örnek Görüntü Sistemleri A.Ş. ile 12 milyon TL’lik sözleşme imzaladı.",
     "Örnek Görüntü Sistemleri A.Ş."),
    ("Alat tersebut dipasok PT Contoh Sarana Digital senilai Rp 4 miliar.", "PT Contoh Sarana Digital"),
    ("Thành phố ký hợp đồng với Công ty Mẫu Giám Sát Số để lắp camera.", "Công ty Mẫu Giám Sát Số"),
    ("เทศบาลลงนามสัญญากับบริษัท ตัวอย่างวิชั่น จำกัด ติดตั้งกล้อง", "บริษัท ตัวอย่างวิชั่น จำกัด"),
    ("该项目由示例县星河视联科技有限公司承建，包括摄像机120台。", "示例县星河视联科技有限公司"),
    ("契約額は一億円で、見本画像解析株式会社が受注した。", "見本画像解析株式会社"),
    ("계약 금액은 12억 원이며 샘플비전㈜이 맡는다.", "샘플비전㈜"),
])
def test_supply_statement_families(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "The council bought 400 cameras from China last year.",  # a country, not a company
    "The grant was paid to the National Police Service.",  # a public body
    "The ministry received funding from the European Union.",
    "A rival bid from Hikvision was rejected.",  # no supply statement of an unknown company
    "The works were carried out by volunteers.",  # no company's shape
    "Die Stadt hat bei der Sitzung beschlossen, nichts zu kaufen.",
    "该项目由县公安局负责建设。",  # a public body is no company head
    "The report involves no purchase; the cameras were supplied by Quillfeather Kiosk Systems.",  # nothing bought
])
def test_near_misses_give_no_supplier(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Wartość: 4 200 000 PLN. Wykonawca: Przykład Analityka sp. z o.o.", "Przykład Analityka sp. z o.o."),
    ("采购人：示例县公安局\n供应商：示例市某通科技有限公司\n成交金额：1,420,000.00元", "示例市某通科技有限公司"),
    ("采购人：示例县公安局\n拟定供应商：示例天眸科技有限公司\n拟采购金额：76万元", "示例天眸科技有限公司"),
    ("Kosten 2 Mio. Euro; Lieferant: Beispiel Technik GmbH", "Beispiel Technik GmbH"),
    ("العقد بقيمة 3 ملايين. المنفذ: شركة الواحة المثالية", "شركة الواحة المثالية"),
])
def test_supplier_fields_of_more_languages(text: str, name: str) -> None:
    assert name in _suppliers(text)


def test_a_bidder_field_is_no_supplier_field() -> None:
    assert _suppliers("采购人：示例县公安局\n投标供应商：示例某某科技有限公司") == []


def test_legal_forms_from_cleanco() -> None:
    assert ends_with_legal_form("Tussock Widget Works Ltd")
    assert ends_with_legal_form("Brenta Esempio S.r.l.")
    assert ends_with_legal_form("Örnek Görüntü A.Ş.")
    assert not ends_with_legal_form("Tussock Widget Works")
    assert not ends_with_legal_form("works done as")  # a word-like form counts only in capitals


@pytest.mark.parametrize(("text", "name"), [
    ("التعاقد مع شركة الواحة للأمثلة الأمنية ذ.م.م لتوريد الكاميرات", "شركة الواحة للأمثلة الأمنية ذ.م.م"),
    ("نفذته شركة الواحة للحلول المثالية.", "شركة الواحة للحلول المثالية"),  # the sentence's dot, not a form's
    ("Gmina zawarła umowę z firmą Przykład Systemy Sp. z o.o. na dostawę", "Przykład Systemy Sp. z o.o."),
    ("The kits were supplied by Lilongwe-based Chikondi Example Ltd. The force said", "Chikondi Example Ltd"),
    ("Le telecamere sono state fornite da Brenta Esempio S.p.A. Il capitolato", "Brenta Esempio S.p.A."),
    ("La fornitura è stata affidata a Vesuvio Esempio 36 telecamere comprese", "Vesuvio Esempio"),
    ("Thành phố ký hợp đồng với Công ty Cổ phần Công nghệ Mẫu Long để lắp camera.",
     "Công ty Cổ phần Công nghệ Mẫu Long"),
])
def test_name_edges(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Form 10-K — Item 1A. Risk Factors",  # a filing's heading
    "Las cámaras fueron provistas por la Guardia Civil de Tráfico.",  # a public body
    "The cameras were supplied by Hikvision Example Ltd under the framework.",  # holds a registry vendor's name
])
def test_no_unlisted_supplier(text: str) -> None:
    assert [p for p in extract_parties(text) if p.role == "supplier" and p.vendor_id is None] == []


def test_a_registry_vendors_subsidiary_stays_the_vendor() -> None:
    parties = extract_parties("O ministério assinou contrato com a ZTE Exemplo para 300 câmaras.")
    assert [(p.name, p.vendor_id) for p in parties if p.role == "supplier"] == [("ZTE", "zte")]


@pytest.mark.parametrize(("text", "name"), [
    ("Harbour Transit awarded Kauri Example Ltd a NZ$3.4 million contract to renew its cameras.", "Kauri Example Ltd"),
    ("Its new patient monitoring system came from Sampleray Medical, not from a rival.", "Sampleray Medical"),
    ("The network upgrade goes to local firm Illimani Ejemplo Redes.", "Illimani Ejemplo Redes"),
    ("The 4,000 cameras go to a consortium led by Indus Example Systems, covering the city.",
     "Indus Example Systems"),
    ("The vendor was listed only as \"Stride Example LLC\".", "Stride Example LLC"),
    ("La obra estará a cargo de Istmo Ejemplo Seguridad.", "Istmo Ejemplo Seguridad"),
    ("Le marché de 870 000 euros a été confié à Phocée Exemple Analytics.", "Phocée Exemple Analytics"),
    ("Den Auftrag über 690.000 Euro erhielt Weser Beispiel Sicherheitstechnik.", "Weser Beispiel Sicherheitstechnik"),
    ("Контракт на 410 млн рублей выполняет ООО «Терек Пример».", "ООО «Терек Пример»"),
])
def test_more_supply_wordings(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "The jury awarded Jane Example Smith $2 million in damages.",  # no contract: a person's award
    "Officials went to Washington Square for the hearing.",  # no contract goes anywhere
    "The money for the stadium came from Public Works funds.",
])
def test_more_near_misses(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Veriscan Example Holdings, Inc. — Form 10-K (excerpt)\nItem 1. Business", "Veriscan Example Holdings, Inc."),
    ("华晟示例科技股份有限公司关于签订日常经营重大合同的公告\n本公司及董事会", "华晟示例科技股份有限公司"),
])
def test_a_filings_issuer(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_filings_heading_is_no_issuer() -> None:
    assert _names("Annual Report — Form 10-K\nItem 1. Business") == []


def test_chinese_winner_fields_written_short() -> None:
    text = "采购人：示例市生态环境局。中标：云南示例环境科技有限公司，金额：115万元。"
    assert _suppliers(text) == ["云南示例环境科技有限公司"]
    assert _suppliers("中标：是\n成交：2026-01-01") == []


def test_a_masked_company_is_no_name() -> None:
    assert _names("该项目由浙江某科技股份有限公司承建。") == []
