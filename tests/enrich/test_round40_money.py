"""Round 40 (money): one cancellation reader shared by the classifier's withdrawn notices and the money rules
(enrich/tender_cancellation.py), and amount mistakes of text written by others."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.tender_cancellation import cancels_tender, names_tender, postpones, voids_tender


def _headline(title: str, body: str, language: str | None = None) -> tuple[Decimal, str | None] | None:
    amount = enrich(title, body, language=language).headline_amount
    return None if amount is None else (amount.value, amount.currency)


@pytest.mark.parametrize("text", [
    # words the classifier's `withdraws` cues knew and round 39b's list did not
    "Tender withdrawn\nThe county health board has withdrawn its tender for ward cameras (estimate EUR 90,000).",
    "Licitație anulată\nPrimăria Brașov a anulat licitația pentru camere de supraveghere (valoare 2,1 mil. lei).",
    "Διαγωνισμός για κάμερες\nΟ Δήμος Πατρέων ακυρώνει τον διαγωνισμό για κάμερες (προϋπολογισμός 300.000 €).",
    "Закупівля камер\nМіська рада скасувала закупівлю камер відеоспостереження вартістю 4 млн грн.",
    "防犯カメラの入札について\n松江市は防犯カメラ更新工事の入札を中止した。予定価格は3千万円。",
    "CCTV 입찰 공고\n순천시는 방범용 CCTV 구매 입찰이 유찰됐다고 밝혔다. 추정가격 2억 원.",
    "视频监控采购项目公告\n某县公安局视频监控采购项目因有效投标人不足三家，本项目废标。预算金额：120万元。",
    "Pregão de câmeras\nA Prefeitura de Caruaru revogou o pregão para câmeras de monitoramento (R$ 800.000,00).",
])
def test_the_one_reader_knows_both_lists(text: str) -> None:
    assert voids_tender(text)


@pytest.mark.parametrize("text", [
    # an earlier tender's fate told by a notice that runs the tender again
    "小区监控维修项目（第二次）\n第一次招标因投标人不足三家流标。本次采购预算：¥880,000.00。",
    "Bodycams for park rangers (second call)\nAfter the first tender was cancelled for lack of bids, the city invites "
    "offers again; budget EUR 75,000.",
    # a denial, a ban, a contract voted down, a negated tender
    "Police deny tender was cancelled\nThe force denied that the camera tender had been cancelled.",
    "Council drops camera plan\nThe council cancelled its plan for street cameras; no tender follows.",
    # bought first: an earlier tender's cancellation
    "Moshi buys CCTV\nMoshi Municipal Council bought 40 cameras for TSh 90 million after an earlier tender was "
    "cancelled.",
])
def test_what_cancels_no_tender(text: str) -> None:
    assert not voids_tender(text)


def test_withdrawn_reading_shares_the_nouns_and_denials() -> None:
    thai = "ยกเลิกการประกวดราคาจัดซื้อกล้องวงจรปิด\nเทศบาลนครขอนแก่นยกเลิกการประกวดราคา งบประมาณ 4,500,000 บาท"
    assert cancels_tender(thai, (0, 6))
    assert names_tender("mesto zrusilo sutaz na kamery")
    assert not names_tender("no tender will follow")
    denial = "Police deny cancelling camera tender\nThe police denied reports."
    assert not cancels_tender(denial, (7, 11))
    text = "Adiamento do pregão de câmeras\nAdiada a sessão do pregão."
    assert postpones(text, (0, 9))


@pytest.mark.parametrize(("title", "body", "language"), [
    ("Tender for dashcams withdrawn", "Wexford County Council has withdrawn its tender for fleet dashcams "
     "(estimated value EUR 140,000).", "en"),
    ("Licitație anulată: camere", "Primăria Sibiu a anulat licitația pentru camere de supraveghere, cu o valoare "
     "estimată de 1.250.000 lei.", "ro"),
])
def test_cancelled_tenders_state_no_amount(title: str, body: str, language: str) -> None:
    assert _headline(title, body, language) is None


def test_tenders_that_go_on_keep_their_budget() -> None:
    assert _headline("小区监控维修项目（第二次）", "第一次招标因投标人不足三家流标。本次采购预算：¥880,000.00。"
                     "建设内容：监控点位维修。", "zh") == (Decimal("880000"), "CNY")
    assert _headline("Gemeente Zwolle – camera's", "De gemeente Zwolle koopt 30 camera's voor het centrum voor "
                     "EUR 210.000; een eerdere aanbesteding was ingetrokken.", "nl") == (Decimal("210000"), "EUR")


def test_a_re_run_tender_named_after_its_failure_keeps_its_budget() -> None:
    assert not voids_tender("某市公安局治安监控采购项目流标后重新招标公告\n预算金额：150万元。")
    assert voids_tender("某市公安局治安监控采购项目流标公告\n本项目（预算金额：150万元）因投标人不足三家流标。")


@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    # a stated total whose label holds "total" beats the lots before it
    ("Municipalidad de Ciudad del Este – licitación por lotes", "Lote 1 – Obras: monto estimado ₲ 2.100.000.000.\n"
     "Lote 2 – Cámaras de seguridad: monto estimado ₲ 900.000.000.\nMonto total estimado: ₲ 3.000.000.000.", "es",
     (Decimal("3000000000"), "PYG")),
    # the award, not a losing offer listed after it
    ("Adjudicación de cámaras – Cuenca", "Monto total adjudicado: USD 154.300,00. Otras ofertas: Redes Andinas S.A. "
     "(USD 171.900,00), descalificada.", "es", (Decimal("154300"), "USD")),
])
def test_totals_labelled_with_total_inside(title: str, body: str, language: str,
                                           expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body, language) == expected


def test_prose_lot_awards_are_awards() -> None:
    result = enrich("Gobierno de Jalisco: cámaras", "Partida 1: 300 cámaras, adjudicada a Vigilancia Occidente S.A. "
                    "de C.V. por MXN 41.000.000. Partida 2: software de monitoreo, adjudicada a Datos Tapatíos S.A. "
                    "de C.V. por MXN 9.500.000.", language="es")
    expected = {(Decimal("41000000"), "award"), (Decimal("9500000"), "award")}
    assert {(a.value, a.kind) for a in result.amounts} == expected
    lots = enrich("某县公安局治安防控（一包：卡口；二包：监控）",
                  "一包：车辆卡口12处，中标人甲安防公司，126万元；二包：视频监控30处，中标人乙科技公司，84万元。",
                  language="zh")
    assert {a.kind for a in lots.amounts} == {"award"}


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Ununuzi wa kamera", "Halmashauri ya Manispaa ya Moshi imenunua kamera 40 za usalama kwa Sh milioni 90.",
     (Decimal("90000000"), "TZS")),
    ("Kaunti ya Machakos", "Serikali ya Kaunti ya Machakos imenunua kamera 25 kwa Sh milioni 12.",
     (Decimal("12000000"), "KES")),
    ("Jinja CCTV", "Jinja City Council imenunua kamera 30 kwa Sh milioni 480.", (Decimal("480000000"), "UGX")),
])
def test_swahili_shilling_by_town(title: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body, "sw") == expected


def test_an_offerings_proceeds_are_no_amount() -> None:
    assert _headline("某科技股份有限公司招股说明书", "公司为公安机关提供人脸识别系统。本次拟募集资金4.8亿元。",
                     "zh") is None
    assert _headline("Prospectus: Vantage Vision Inc.", "We sell video analytics to police departments. We intend to "
                     "use the net proceeds of this offering of approximately $61 million for research.", "en") is None
    # a contract a company signed keeps its sum
    assert _headline("某科技股份有限公司关于签订重大合同的公告",
                     "公司与某市公安局签订视频监控建设合同，合同金额2,680万元。", "zh") == (Decimal("26800000"), "CNY")


def test_a_colombian_national_body_decides_the_peso_sign() -> None:
    assert _headline("Arcos detectores en cárceles", "El Instituto Nacional Penitenciario y Carcelario compró arcos "
                     "detectores de metales por $2.400 millones.", "es") == (Decimal("2400000000"), "COP")
