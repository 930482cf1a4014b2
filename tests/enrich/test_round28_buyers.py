"""Round 28: buyer names as the notice writes them (fictional bodies and firms)."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Vallombrosa: il Comune affida la manutenzione delle telecamere",
     "VALLOMBROSA — Il Comune di Vallombrosa, tramite la Direzione Sicurezza Urbana, ha affidato per tre anni la "
     "manutenzione delle 400 telecamere di videosorveglianza a Esempio Sicurezza S.r.l. per 1,2 milioni di euro.",
     "Direzione Sicurezza Urbana"),
    ("Serra Clara: Prefeitura amplia o cercamento eletrônico",
     "SERRA CLARA (SP) — A Prefeitura de Serra Clara, por meio da Secretaria Municipal de Segurança Urbana, assinou "
     "contrato de R$ 18 milhões com a Exemplo Vigilância Ltda. para instalar 900 câmeras.",
     "Secretaria Municipal de Segurança Urbana"),
    ("Villa Serena: el Gobierno licita arcos con lectura de placas",
     "VILLA SERENA — El Gobierno de Villa Serena, a través de la Secretaría de Seguridad, abrió la licitación de "
     "40 arcos carreteros con lectura de placas por 90 millones de pesos.",
     "Secretaría de Seguridad"),
    ("Fictional State: port cameras signed",
     "PORT ALPHA — The Government of Fictional State, through the Ministry of Information Technology, has signed a "
     "contract with Sample Vision Systems Ltd for 400 cameras at the port.",
     "Ministry of Information Technology"),
    ("เทศบาลนครตัวอย่างติดตั้งกล้องวงจรปิด",
     "ตัวอย่าง — เทศบาลนครตัวอย่าง โดยสำนักการช่าง ลงนามสัญญากับบริษัท ตัวอย่าง วิชั่น จำกัด ติดตั้งกล้องวงจรปิด 300 ตัว",
     "สำนักการช่าง"),
])
def test_the_department_a_government_acts_through_is_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_an_administration_department_only_runs_the_purchase() -> None:
    title = "Pregão Eletrônico nº 12/2026 – Município de Serra Clara"
    body = ("O MUNICÍPIO DE SERRA CLARA, por intermédio da Secretaria de Administração e Planejamento, torna público "
            "que realizará licitação para aquisição de 60 câmeras de videomonitoramento.")
    assert _buyer(title, body) == "MUNICÍPIO DE SERRA CLARA"


def test_an_agent_named_after_through_is_no_department() -> None:
    title = "Fictionburg buys cameras"
    body = ("FICTIONBURG — Fictionburg Police Department, through its Kenyan partner Sample Vision Systems Ltd, "
            "bought 30 cameras for $120,000.")
    assert _buyer(title, body) != "Sample Vision Systems Ltd"


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Port Alpha: face gates at the port",
     "PORT ALPHA — The Federal Authority for Identity, Citizenship, Customs and Port Security commissioned 30 "
     "face-verification e-gates at the port, delivered by Sample Gates LLC.",
     "Federal Authority for Identity, Citizenship, Customs and Port Security"),
    ("Villa Serena: el Ayuntamiento adjudica las cámaras",
     "VILLA SERENA — El Área de Gobierno de Urbanismo, Medio Ambiente y Movilidad del Ayuntamiento de Villa Serena "
     "adjudicó a Ejemplo Tráfico S.L. la instalación de 90 cámaras de lectura de matrículas.",
     "Área de Gobierno de Urbanismo, Medio Ambiente y Movilidad"),
])
def test_a_name_keeps_its_own_list_of_fields(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_list_of_bodies_is_not_one_name() -> None:
    title = "Joint purchase of cameras"
    body = ("Alpha District Council, Beta City Council and Gamma Borough Council bought 300 cameras from Sample "
            "Vision Systems Ltd for £2 million.")
    assert "Beta City Council" not in (_buyer(title, body) or "")


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a body that extends or renews what it runs, named in the lede (traditional script)
    ("示範縣政府警察局治安要點監視系統擴建案",
     "示範縣政府警察局擴建鄉鎮治安要點監視系統，新增攝影機120支，決標金額新臺幣850萬元，得標廠商：範例安視股份有限公司。",
     "示範縣政府警察局"),
    ("示範市政府智慧路燈更新案",
     "示範市政府工務處更新智慧LED路燈1,000盞並建置遠端監控管理平台，決標金額：新臺幣6,000萬元。",
     "示範市政府工務處"),
    # a case's quoted name between the body and its verb, after a "臺北訊——" dateline
    ("範例部警政署刑事警察局指紋比對系統維護案決標",
     "臺北訊——範例部警政署刑事警察局「自動指紋辨識系統維護案」決標，得標廠商為範例資訊股份有限公司，決標金額新臺幣3,000萬元。",
     "範例部警政署刑事警察局"),
    # a ministry's bureau with its seat in brackets
    ("範例部調查局數位鑑識設備採購案",
     "範例部調查局（臺北市新店區）採購手機數位鑑識設備20套，決標對象：範例鑑識科技有限公司，決標金額新臺幣1,200萬元。",
     "範例部調查局"),
    # a department named alone after a 【香港】 dateline, announcing
    ("香港示範署閉路電視系統更換工程批出合約",
     "【香港】示範署宣布，將轄下院所閉路電視系統更換合約批予範例保安系統有限公司，合約金額港幣3,800萬元。", "示範署"),
    # a county party committee's department buys in its own name
    ("示范县社区宣传栏制作采购",
     "示范县委统战部采购宣传栏120块，成交金额16.4万元，成交单位示范县宏图广告有限公司。", "示范县委统战部"),
])
def test_chinese_lede_subjects_in_more_shapes(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a one-word name the text never writes in lower case, in any language
    ("Sampleton: tender for trolleybus passenger counters",
     "SAMPLETON — Sampletrans awarded 4 million rubles to Example Sensor LLC for passenger counters on 600 "
     "trolleybuses.", "Sampletrans"),
    ("Roma: Esatrasporti compra telecamere per i bus",
     "ROMA — Esatrasporti ha acquistato 2.000 telecamere di videosorveglianza per i bus da Esempio Vision S.p.A. "
     "per 3 milioni di euro.", "Esatrasporti"),
    # an English body whose head nouns are in lower case after a capitalised place
    ("Karaganda: city LED lighting programme",
     "KARAGANDA — Karaganda city hall signed a 540-million-tenge contract with Example Light LLC for 14,000 LED "
     "street lights.", "Karaganda city hall"),
])
def test_lede_subjects_without_capitalised_heads(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("body", [
    "SAMPLETON — Documents released on Monday show the city paid $1 million for cameras from Example Vision LLC.",
    "SAMPLETON — Our smart-city division installed 40 cameras, the company said in its annual report.",
    "SAMPLETON — Sampleton's orthopaedic unit bought a gait analysis treadmill for £90,000.",
])
def test_no_lede_subject_from_a_common_word_a_pronoun_or_a_possessive(body: str) -> None:
    buyer = _buyer("Sampleton: cameras", body) or ""
    assert not buyer.startswith(("Documents", "Our", "Sampleton's"))


def test_korean_subject_after_a_bracket_dateline() -> None:
    title = "샘플시경찰청, 지능형 CCTV 관제 플랫폼 구축 계약"
    body = ("【샘플】샘플시경찰청은 예시관제시스템(주)와 지능형 CCTV 통합관제 플랫폼 구축 계약을 체결했다. "
            "계약액은 46억 원이다.")
    assert _buyer(title, body) == "샘플시경찰청"



def test_lede_subject_after_a_dateline_with_a_bracketed_state() -> None:
    # "MONTERREY (N.L.) —": a Mexican dateline with its state's abbreviation; "a la" inside the name is a Spanish
    # preposition, not the verb "a" of "a adjudicado"
    from enrich.lede_subjects import lede_subject

    text = ("Villa Serena: licitación de reconocimiento de marcha\nMONTERREY (N.L.) — La Secretaría de Seguridad y "
            "Protección a la Ciudadanía de Villa Serena adjudicó a Ejemplo Tecnologías S.A. de C.V. un sistema.")
    span = lede_subject(text)
    assert span is not None
    assert text[span[0]:span[1]] == "Secretaría de Seguridad y Protección a la Ciudadanía de Villa Serena"


def test_a_chinese_buyer_ends_before_the_way_it_buys() -> None:
    title = "示范市示范区清真寺周边人员属性分析服务"
    body = ("示范市公安局城中区分局以政府购买服务方式，委托示范信息科技有限公司对辖区监控视频开展人员属性分析，"
            "服务期一年，费用¥1,150,000元。")
    assert _buyer(title, body) == "示范市公安局城中区分局"
