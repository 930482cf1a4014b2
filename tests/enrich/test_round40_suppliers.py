"""Round 40 (suppliers): filers of exchange announcements and company press releases, winners named as the subject in
nine languages, Japanese and Korean companies a buyer ordered from, contracted with or bought from, Indonesian PT/CV
statements, Spanish leases, and names opening with a capital of Latin Extended-A. Every sentence is our own; each
family has near misses that must not give a supplier."""
from __future__ import annotations

import pytest

from enrich import enrich


def _suppliers(title: str, body: str) -> list[str]:
    return [p.name for p in enrich(title, body).parties if p.role == "supplier"]


# (a) customers in disclosures: the filer of an exchange filing, investor deck or company press release is the supplier
@pytest.mark.parametrize(("title", "body", "filer"), [
    ("ASX announcement – Coral Sea Vision Ltd",
     "Coral Sea Vision Ltd advises that Townsville City Council has ordered 80 of its cameras for the Strand.",
     "Coral Sea Vision Ltd"),
    ("NSE filing – Savannah Secure plc",
     "The board informs shareholders that Nakuru County Government has contracted the company to install CCTV.",
     "Savannah Secure plc"),
    ("JSE SENS announcement – Karoo Vision Holdings",
     "The City of Tshwane awarded a subsidiary of the group a contract for 300 plate-reading cameras.",
     "Karoo Vision Holdings"),
    ("Investor presentation – Fjord Analytics ASA",
     "Our video analytics run in four Norwegian municipalities; growth in the Nordic police market.",
     "Fjord Analytics ASA"),
    ("Hecho relevante – Cordillera Vigilancia S.A.",
     "La sociedad informa que la Municipalidad de Arequipa le adjudicó la renovación de 90 cámaras.",
     "Cordillera Vigilancia S.A."),
    ("Fato relevante – Cerrado Vigilância S.A.",
     "A companhia informa que a Prefeitura de Anápolis contratou sua solução de câmeras com reconhecimento facial.",
     "Cerrado Vigilância S.A."),
    ("Prospectus – Norrsken Forensics AB (risk factors)",
     "A large part of revenue comes from police customers in the Nordic region.",
     "Norrsken Forensics AB"),
    ("Press release – Thistle Vision plc wins Aberdeen contract",
     "Thistle Vision plc announces that Aberdeen City Council has ordered 120 cameras and its video management system.",
     "Thistle Vision plc"),
    ("Communiqué – Vigimont SA : chiffre d'affaires semestriel",
     "Les ventes de vidéoprotection aux collectivités progressent de 12 %.",
     "Vigimont SA"),
    ("사업보고서 – (주)누리비전", "당사는 지방자치단체에 CCTV 영상분석 솔루션을 판매한다.", "(주)누리비전"),
    ("瀚瞳科技股份有限公司重大訊息公告", "本公司接獲臺中市政府警察局通知，得標「路口監視器汰換案」。",
     "瀚瞳科技股份有限公司"),
])
def test_filer_of_an_announcement_is_the_supplier(title: str, body: str, filer: str) -> None:
    assert filer in _suppliers(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("COMMUNIQUÉ DE PRESSE - La Région Normandie équipe 40 lycées en vidéoprotection",
     "La Région Normandie a confié l'installation des caméras à plusieurs entreprises locales."),
    ("Press release: Police Scotland expands body-worn video",
     "Police Scotland will issue body-worn cameras to 2,000 more officers this year."),
])
def test_a_public_bodys_press_release_has_no_filer(title: str, body: str) -> None:
    names = _suppliers(title, body)
    assert not any("Région" in n or "Police" in n for n in names)


# (b) the winner named as the subject, cut at its legal form
@pytest.mark.parametrize(("body", "name"), [
    ("La Municipalidad de Piura licitó 60 cámaras. Tallán Seguridad S.A.C. se adjudicó el contrato por S/ 1,8 "
     "millones.",
     "Tallán Seguridad S.A.C."),
    ("Gmina Sanok ogłosiła przetarg na monitoring. Bieszczady Systemy sp. z o.o. wygrała przetarg za 260 tys. zł.",
     "Bieszczady Systemy sp. z o.o."),
    ("Мэрия закупает камеры видеонаблюдения. ООО «Вектор Безопасности» выиграло тендер на 9 млн рублей.",
     "ООО «Вектор Безопасности»"),
    ("A Prefeitura de Londrina abriu pregão para 120 câmeras. A Paraná Vigilância Ltda. venceu a licitação.",
     "Paraná Vigilância Ltda."),
    ("Dinas Kominfo Kota Medan membuka lelang CCTV. PT Deli Kamera Nusantara memenangkan tender senilai Rp 9 miliar.",
     "PT Deli Kamera Nusantara"),
    ("Belediye 150 kamera için ihale açtı. Ege Güvenlik Sistemleri A.Ş. ihaleyi 8 milyon TL ile kazandı.",
     "Ege Güvenlik Sistemleri A.Ş."),
    ("La Ville de Tours a lancé un appel d'offres de vidéoprotection. Loire Vidéo SAS a remporté le marché.",
     "Loire Vidéo SAS"),
    ("Die Stadt Ulm schrieb 30 Kameras aus. Donau Sicherheit GmbH hat den Zuschlag erhalten.", "Donau Sicherheit GmbH"),
    ("Il Comune di Trento ha bandito una gara per 50 telecamere. Dolomiti Video S.r.l. si è aggiudicata la gara.",
     "Dolomiti Video S.r.l."),
    ("El concurso fue reñido. Cotopaxi Redes y Seguridad Cía. Ltda. ganó la licitación de 90 cámaras.",
     "Cotopaxi Redes y Seguridad Cía. Ltda."),
])
def test_winner_as_subject(body: str, name: str) -> None:
    assert name in _suppliers("Cámaras / kamery / cameras", body)


@pytest.mark.parametrize("body", [
    "El Municipio de Loja se adjudicó fondos del gobierno central para 40 cámaras de videovigilancia.",
    "A Guarda Municipal venceu a licitação interna para comprar 20 câmeras corporais.",
    "The council won the bid for funding to install 40 CCTV cameras in the town centre.",
    "Komenda Miejska Policji ogłosiła przetarg na 30 kamer nasobnych; nikt go jeszcze nie wygrał.",
])
def test_no_company_no_winner(body: str) -> None:
    assert _suppliers("Cameras", body) == []


# Japanese and Korean companies a buyer ordered from, contracted with or bought from
@pytest.mark.parametrize(("body", "name"), [
    ("仙台市は、駅前の防犯カメラ60台の更新を青葉セキュリティ株式会社に発注した。契約額は3,100万円。",
     "青葉セキュリティ株式会社"),
    ("静岡市は、防犯カメラ保守業務を駿河電設株式会社と2,400万円で契約した。", "駿河電設株式会社"),
    ("千葉県警察は、顔認証システムを房総システム株式会社から1億円で調達した。", "房総システム株式会社"),
    ("청주시는 방범용 CCTV 90대 교체 사업을 직지정보통신(주)에 7억 원에 발주했다.", "직지정보통신(주)"),
    ("전주시는 CCTV 유지보수 용역을 완산시큐리티(주)와 5억원에 체결했다.", "완산시큐리티(주)"),
    ("경기남부경찰청은 휴대전화 포렌식 장비를 수원포렌식(주)로부터 구매했다.", "수원포렌식(주)"),
])
def test_cjk_company_as_object(body: str, name: str) -> None:
    assert name in _suppliers("防犯カメラ / CCTV", body)


@pytest.mark.parametrize("body", [
    "仙台市は、防犯カメラの設置について青葉セキュリティ株式会社に意見を求めた。",
    "청주시는 직지정보통신(주)에 CCTV 현황 자료를 요청했다.",
])
def test_cjk_company_without_a_purchase_verb(body: str) -> None:
    assert _suppliers("防犯カメラ / CCTV", body) == []


# Indonesian PT/CV statements, Spanish leases, Latin Extended-A capitals
@pytest.mark.parametrize(("body", "name"), [
    ("Pemerintah Kota Semarang mengontrak PT Lawang Sewu Digital untuk pemeliharaan 800 CCTV kota, Rp 12 miliar.",
     "PT Lawang Sewu Digital"),
    ("Polda Bali membeli 2 unit penangkap IMSI dari PT Dewata Sinyal senilai Rp 40 miliar.", "PT Dewata Sinyal"),
    ("La Alcaldía de Santa Ana arrendó a Lempa Video S.A. de C.V. 60 cámaras fijas para el centro.",
     "Lempa Video S.A. de C.V."),
    ("Urząd Miasta Opola zlecił firmie Śląskie Systemy Wizyjne Sp. z o.o. montaż 90 kamer monitoringu.",
     "Śląskie Systemy Wizyjne Sp. z o.o."),
])
def test_more_statements(body: str, name: str) -> None:
    assert name in _suppliers("CCTV / cámaras / kamery", body)


def test_indonesian_statement_needs_a_company_form() -> None:
    assert _suppliers("CCTV", "Pemerintah Kota Semarang menunjuk Dinas Kominfo untuk mengelola 800 CCTV kota.") == []


# (a) the customer a filer names as the subject of its purchase is the disclosure's buyer; a customer by kind is none
def _buyer(title: str, body: str) -> str | None:
    return next((p.name for p in enrich(title, body).parties if p.role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Formulário de Referência – Pampa Vigilância S.A.",
     "Em 2026, o Governo do Estado do Paraná contratou nossa solução de leitura de placas para 90 pontos.",
     "Governo do Estado do Paraná"),
    ("Document d'enregistrement universel – Vidéolys SA",
     "En 2026, la Métropole de Rouen a déployé notre solution de vidéoprotection sur 60 sites.", "Métropole de Rouen"),
    ("Memoria anual – Altiplano Vigilancia S.A.",
     "Durante 2026, la Municipalidad de Arequipa contrató nuestra plataforma de videovigilancia.",
     "Municipalidad de Arequipa"),
    ("Prospectus – Fjellvakt Analytics AB",
     "Customers include the Norwegian Police Service, which uses our video search in all districts.",
     "Norwegian Police Service"),
    ("有価証券報告書 – 株式会社ヒカリ映像", "当期、札幌市交通局が当社の顔認証改札を導入しました。", "札幌市交通局"),
    ("瀚瞳科技股份有限公司重大訊息公告", "本公司接獲臺中市政府警察局通知，得標「路口監視器汰換案」。",
     "臺中市政府警察局"),
])
def test_customer_as_subject_is_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body"), [
    ("Formulário de Referência – Pampa Vigilância S.A.",
     "Nossos clientes são prefeituras do interior; um cliente municipal contratou nossa solução em 2026."),
    ("Prospectus – Fjellvakt Analytics AB", "Customers include police agencies in the Nordic region."),
    ("Form 10-K – Curbside Signals, Inc.",
     "Curbside sells parking guidance signs that count free bays and read no plates. "
     "Customers include the City of Tulsa."),
    ("有価証券報告書 – 株式会社ヒカリ映像", "当期、複数の自治体が当社の顔認証システムを導入しました。"),
])
def test_customer_by_kind_is_no_buyer(title: str, body: str) -> None:
    assert _buyer(title, body) is None
