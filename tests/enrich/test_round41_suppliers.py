"""Round 41 (suppliers): supplier names written by others. Japanese and Korean companies whose legal form opens the
name (株式会社X, ㈜X, 주식회사 X) before the particle of an order, a contract or a selection; Japanese and Korean
result nouns with their colon (落札：, 낙찰자:, 계약상대자:, 1순위); Latin American legal forms wherever the notice was
written (S.A. de C.V., S.R.L., S.A.C., S.A.) after a statement whose gap holds "al", "ao" or a second "con"; a seller
named with "de" and its price; the boliviano, balboa and sol before a price; Arabic supply verbs with the conjunction
joined to them. Every sentence is our own; each family has near misses that must not give a supplier."""
from __future__ import annotations

import pytest

from enrich import enrich


def _parties(title: str, body: str) -> list[tuple[str, str, str | None]]:
    return [(p.role, p.name, p.vendor_id) for p in enrich(title, body).parties]


def _suppliers(title: str, body: str) -> list[str]:
    return [name for role, name, _ in _parties(title, body) if role == "supplier"]


# (a) Japanese and Korean companies with their legal form first, then the particle of the statement
@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("防犯カメラ設置工事の契約", "横浜市は防犯カメラ120台の設置工事を株式会社セキュアビジョン関東に発注した。"
     "金額は4,800万円。",
     "株式会社セキュアビジョン関東"),
    ("顔認証ゲートの導入", "成田市は空港連絡口の顔認証ゲートについて株式会社ナリタ映像と契約した。",
     "株式会社ナリタ映像"),
    ("CCTV 설치 계약", "수원시는 방범용 CCTV 250대 설치 사업을 주식회사 한빛시큐리티와 계약했다. "
     "계약금액은 12억원이다.",
     "주식회사 한빛시큐리티"),
    ("스마트도시 운영센터 유지관리", "안동시는 통합운영센터 유지관리 용역을 ㈜낙동스마트넷과 체결했다. 계약금액 2억원.",
     "㈜낙동스마트넷"),
    ("지능형 관제 시스템", "부산시는 지능형 관제 시스템 구축 사업의 "
     "우선협상대상자로 (주)대한영상기술을 선정했다.",
     "(주)대한영상기술"),
    ("통합관제센터 낙찰 결과", "발주처: 원주시청. 지능형 선별관제 시스템 구축. 낙찰자: ㈜치악시큐어텍, 낙찰금액 6억원.",
     "㈜치악시큐어텍"),
    ("영상정보 연계 사업", "여수시는 112 상황실 영상 연계 시스템을 구축한다. "
     "계약상대자: ㈜여수정보기술. 계약금액 3억원.",
     "㈜여수정보기술"),
    ("유지보수 용역 개찰 결과", "수요기관: 청주시. CCTV 관제센터 유지보수. 1순위 ㈜무심정보통신, 투찰금액 4억원.",
     "㈜무심정보통신"),
    ("CCTV 교체", "강릉시는 CCTV 80대를 교체했다. 낙찰: 경포정보통신(주), 9억원.", "경포정보통신(주)"),
    ("防犯カメラ更新", "静岡市は防犯カメラ40台を更新。落札：駿河防犯システム株式会社、1,200万円。",
     "駿河防犯システム株式会社"),
])
def test_japanese_and_korean_legal_forms(title: str, body: str, supplier: str) -> None:
    assert supplier in _suppliers(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("입찰 공고", "입찰 참가 자격: 주식회사 형태의 법인으로 CCTV 설치 실적이 있는 업체."),
    ("入札公告", "本件は監視カメラの保守に関する入札であり、株式会社であることを参加資格とする。"),
    ("낙찰 예정", "낙찰자는 개찰 후 적격심사를 거쳐 결정한다."),
])
def test_legal_form_words_that_name_no_one(title: str, body: str) -> None:
    assert _suppliers(title, body) == []


# (b) Latin American legal forms outside their home country, after statements whose gap holds "al", "ao", "con"
@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("Mantenimiento de cámaras",
     "El Gobierno de Chiapas adjudica el mantenimiento de 900 cámaras conectadas al C4 de Tuxtla a Sureste Vigilancia "
     "S.A. de C.V. por $12,400,000 MXN.", "Sureste Vigilancia S.A. de C.V."),
    ("Videovigilancia en Tegucigalpa",
     "La Alcaldía de Tegucigalpa adjudicó el monitoreo de cámaras conectadas al centro de mando a Morazán Sistemas "
     "S.A. de C.V. por L 8.5 millones.", "Morazán Sistemas S.A. de C.V."),
    ("Reconocimiento facial",
     "El Ayuntamiento de La Vega contrató con Yaque Vision SRL 20 cámaras con reconocimiento facial. "
     "Monto: RD$ 9.800.000.",
     "Yaque Vision SRL"),
    ("Lectores de placas",
     "El Gobierno Departamental de Tarija adquirió 60 cámaras de Chapaco Seguridad S.R.L. Bs 2.100.000.",
     "Chapaco Seguridad S.R.L."),
    ("Lectores de placas",
     "El Municipio de David adquiere 10 lectores de placas de Chiriquí Tech S.A. por B/. 210.000.",
     "Chiriquí Tech S.A."),
    ("Cámaras en Cusco",
     "La Municipalidad del Cusco compró cámaras de videovigilancia de Qosqo Vision S.A.C. por S/ 640 000.",
     "Qosqo Vision S.A.C."),
    ("Cámaras compatibles",
     "La Municipalidad de Trujillo adquiere 80 cámaras compatibles con la plataforma existente; ganador: Chimú Redes "
     "E.I.R.L. Monto: S/ 1 200 000.", "Chimú Redes E.I.R.L."),
    ("Câmeras", "A Prefeitura de Niterói adjudicou a manutenção das câmeras ao Consórcio Guanabara Vigia Ltda. por "
     "R$ 3 milhões.", "Consórcio Guanabara Vigia Ltda."),
])
def test_latin_american_legal_forms_anywhere(title: str, body: str, supplier: str) -> None:
    assert supplier in _suppliers(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Compra de cámaras", "La alcaldía compró 30 cámaras de Bogotá por $ 20 millones para el centro."),
    ("Compra de cámaras", "El Ministerio compró cámaras de Seguridad S.A. para la Policía de Santa Fe."),
    ("Cámaras", "La municipalidad adquirió cámaras de videovigilancia de alta definición por S/ 300 000."),
])
def test_de_names_no_seller_without_a_company_and_its_price(title: str, body: str) -> None:
    assert _suppliers(title, body) == []


# (c) Arabic supply verbs with the conjunction joined to them
def test_arabic_supply_verb_with_its_conjunction() -> None:
    parties = _parties("بوابات التعرف على الوجه",
                       "أضافت الشرطة بوابات للتعرف على الوجه في المطار وورّدتها شركة NEC بقيمة 3 ملايين ريال.")
    assert ("supplier", "NEC", "nec") in parties


def test_arabic_compatibility_stays_a_mention() -> None:
    parties = _parties("كاميرات", "يجب أن تكون الكاميرات الجديدة متوافقة مع نظام Milestone المعمول به حاليا.")
    assert not [p for p in parties if p[0] == "supplier"]


# (d) a maker named as rejected, excluded, taken down or as the owner's platform to join is no supplier; the awardee
# in the same text still is
@pytest.mark.parametrize(("title", "body", "vendor", "supplier"), [
    ("كاميرات", "اشترت البلدية 300 كاميرا من شركة الأفق للأنظمة بقيمة مليوني دينار، بينما رفضت عرض شركة Dahua.",
     "dahua", None),
    ("防犯カメラ", "川崎市は防犯カメラ300台を株式会社ミナト映像に発注した。Hikvision製品は採用しない。",
     "hikvision", "株式会社ミナト映像"),
    ("Telecamere", "Il Comune ha acquistato 300 telecamere, escludendo i prodotti Hikvision, per 2 milioni di euro.",
     "hikvision", None),
    ("Câmeras",
     "A Prefeitura de Olinda retirará câmeras Hikvision e contratou a Maracatu Sistemas para 80 câmeras novas.",
     "hikvision", "Maracatu Sistemas"),
    ("步态识别", "采购人：某县公安局。新建步态识别前端摄像机20台，须兼容市局银河水滴步态平台。金额：46万元。",
     "watrix", None),
])
def test_rejected_or_required_makers_are_mentioned(title: str, body: str, vendor: str, supplier: str | None) -> None:
    parties = _parties(title, body)
    assert ("supplier", vendor) not in [(role, vid) for role, _, vid in parties]
    assert ("mentioned", vendor) in [(role, vid) for role, _, vid in parties]
    if supplier:
        assert supplier in [name for role, name, _ in parties if role == "supplier"]


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("防犯カメラ購入", "八王子市はHikvision製の防犯カメラ60台を購入した。", "hikvision"),
    ("Câmeras", "A Prefeitura de Santos comprou 90 câmeras Hikvision por R$ 1,2 milhão.", "hikvision"),
    ("كاميرات", "اشترت البلدية 200 كاميرا من إنتاج شركة Hikvision بقيمة مليون دينار.", "hikvision"),
])
def test_makers_of_goods_bought_stay_suppliers(title: str, body: str, vendor: str) -> None:
    assert ("supplier", vendor) in [(role, vid) for role, _, vid in _parties(title, body)]


# Japanese names that open with kana or hold 予, Korean and Japanese statement nouns, a maintenance contract's company
@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("防犯カメラ増設", "京都府警察は防犯カメラ80台を増設する。契約額は2億円で、"
     "みやこセキュリティ株式会社が受注した。", "みやこセキュリティ株式会社"),
    ("窓口業務の委託", "今治市は窓口業務を伊予データサービス株式会社に委託した。",
     "伊予データサービス株式会社"),
    ("監視カメラ保守", "福岡市交通局は駅構内の監視カメラの保守点検を"
     "博多防犯サービス株式会社に委託した（契約額900万円）。", "博多防犯サービス株式会社"),
    ("歩容認証システム導入", "兵庫県警察は歩容認証システムを導入する。"
     "受注したのは六甲画像解析株式会社。", "六甲画像解析株式会社"),
    ("解析装置導入", "福岡県警察は解析装置10台を1億円で導入した。"
     "納入は玄界フォレンジック株式会社。", "玄界フォレンジック株式会社"),
    ("지능형 CCTV", "광주 — 광주경찰청은 CCTV 200대에 배회 탐지를 적용한다. "
     "사업비는 30억원이며 ㈜무등비전이 수행한다.", "㈜무등비전"),
    ("CCTV 교체", "서울 — 마포구는 CCTV 150대를 교체한다. 계약금액 12억 원, 마포시큐리티㈜.",
     "마포시큐리티㈜"),
    ("얼굴인식 CCTV 권고", "위원회는 얼굴인식 CCTV(사업비 9억 원, 시공 ㈜서해비전)에 대해 "
     "개선을 권고했다.", "㈜서해비전"),
])
def test_japanese_and_korean_statements(title: str, body: str, supplier: str) -> None:
    assert supplier in _suppliers(title, body)


# Arabic work carried out, developed or granted to a company; Spanish and Portuguese winners after a sentence end
@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("كاميرات الميادين", "انتهت محافظة الإسكندرية من تركيب 300 كاميرا مراقبة بتكلفة 40 مليون جنيه، "
     "بتنفيذ شركة المنارة للأنظمة.", "شركة المنارة للأنظمة"),
    ("قاعدة بيانات", "أعلنت الوزارة إنشاء قاعدة بيانات للبصمات بكلفة 9 مليارات دينار، "
     "تنفذها شركة بابل للأدلة الجنائية.", "شركة بابل للأدلة الجنائية"),
    ("صيانة الكاميرات", "منحت بلدية الشارقة شركة القاسمية للأنظمة الأمنية عقد صيانة 800 كاميرا "
     "بقيمة 12 مليون درهم.", "شركة القاسمية للأنظمة الأمنية"),
    ("Iris", "El ECU 911 contrató la integración de lectores de iris. "
     "El contrato lo ganó Cotopaxi Biometría Cía. Ltda.", "Cotopaxi Biometría Cía. Ltda."),
    ("Extractores", "La Policía adquirió extractores forenses por Bs. 3,2 millones, "
     "a través de Sajama Forense S.R.L.", "Sajama Forense S.R.L."),
    ("Muralha Digital", "A prefeitura homologou o pregão. A vencedora, Iguaçu Sistemas de Segurança Ltda., "
     "instalará 200 câmeras.", "Iguaçu Sistemas de Segurança Ltda."),
    ("Serenazgo", "La Municipalidad renovó el servicio del centro de monitoreo. Monto: S/ 900.000. "
     "Empresa: Chorrillos Vigilancia S.A.C.", "Chorrillos Vigilancia S.A.C."),
])
def test_arabic_and_iberian_statements(title: str, body: str, supplier: str) -> None:
    assert supplier in _suppliers(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Carabineros", "Carabineros adjudica 40 cámaras para los accesos a Viña del Mar y Valparaíso."),
    ("Convocatoria", "La empresa ganadora deberá instalar 200 cámaras. El proveedor será elegido en marzo."),
    ("مناقصة", "تعتزم البلدية منح عقد صيانة الكاميرات لشركة يتم اختيارها لاحقا."),
])
def test_statement_words_that_name_no_company(title: str, body: str) -> None:
    assert _suppliers(title, body) == []
