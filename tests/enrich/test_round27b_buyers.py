"""Round 27b: buyer names read with a press dateline or a labelled value's seat (fictional bodies and firms)."""
from __future__ import annotations

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


def test_japanese_bracket_dateline_is_not_part_of_the_buyer() -> None:
    # a Japanese newspaper lede opens with the desk's town in lenticular brackets: 【大阪】
    title = "府警、顔認証システムを導入へ 契約額2億円"
    body = ("【大阪】大阪府警察本部は、防犯カメラ映像から人物を特定する顔認証システムを導入する。"
            "契約相手は浪速架空解析株式会社で、契約額は2億円。")
    assert _buyer(title, body) == "大阪府警察本部"


def test_labelled_buyer_drops_town_and_state_in_brackets() -> None:
    # a US award record writes the sub-agency's seat as "(Town, ST)" after its name
    title = "Award PIID 99X00000C0000001 — Fictional Bureau of Identity — support"
    body = ("Awarding agency: Department of Examples. Awarding sub-agency: Fictional Bureau of Identity, Biometric "
            "Records Division (Clarksburg, WV). Recipient: Sample Vision Systems LLC. Award type: definitive contract. "
            "Description: operations of the fingerprint and iris matching subsystems. Obligated amount: $1,250,000.00.")
    assert _buyer(title, body) == "Fictional Bureau of Identity, Biometric Records Division"


def test_labelled_buyer_keeps_a_bracketed_acronym() -> None:
    title = "Contract award: fingerprint scanners"
    body = ("Awarding agency: Fictional Police Service (FPS). Recipient: Sample Vision Systems LLC. "
            "Description: fingerprint scanners for booking. Obligated amount: $250,000.00.")
    assert _buyer(title, body) == "Fictional Police Service (FPS)"


def test_department_authorised_to_contract_is_the_buyer() -> None:
    # a council record headed by the city: the police department it authorises to contract is the buyer
    title = "File #26-0001: Body-worn camera replacement — Sample Vision Systems LLC"
    body = ("City of Fictionburg, City Council, Consent Agenda, November 10, 2026. Resolution authorizing the "
            "Fictionburg Police Department to enter into a five-year agreement with Sample Vision Systems LLC for "
            "300 body-worn cameras and digital evidence storage, in the amount of $2,500,000.")
    assert _buyer(title, body) == "Fictionburg Police Department"


def test_department_the_purchase_is_for_leaves_the_city() -> None:
    # "for the X Police Department" alone names the user, and the labelled sets keep the city there
    title = "Agenda item 9: license plate reader cameras"
    body = ("City of Fictionburg, Examplestate. Approve purchase of 40 license plate reader cameras from Sample Vision "
            "Systems LLC for $400,000 for the Fictionburg Police Department.")
    assert _buyer(title, body) == "City of Fictionburg"


def test_macau_headline_prefix_dropped_after_a_press_dateline() -> None:
    # the headline adds 澳門; the lede, after its 【澳門】 dateline, names the bureau as it names itself
    title = "澳門示例事務局監控系統判給"
    body = ("【澳門】示例事務局判給公共地方視像監察系統更新工程予虛構科技工程有限公司，"
            "金額澳門幣920萬元，新增攝影鏡頭300支。")
    assert _buyer(title, body) == "示例事務局"


def test_board_of_an_authority_is_the_authority() -> None:
    title = "Transit board approves station camera contract"
    body = ("The Board of the Fictional Transit Authority approved a $12 million contract with Sample Vision "
            "Systems LLC for 2,000 station CCTV cameras with video analytics.")
    assert _buyer(title, body) == "Fictional Transit Authority"


def test_junta_de_gobierno_of_an_ayuntamiento_is_the_ayuntamiento() -> None:
    title = "Ficticia: videovigilancia"
    body = ("La Junta de Gobierno del Ayuntamiento de Villaficticia adjudicó a Ejemplo Seguridad S.L. la instalación "
            "de 120 cámaras de videovigilancia por 1.200.000 euros.")
    assert _buyer(title, body) == "Ayuntamiento de Villaficticia"
