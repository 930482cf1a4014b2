"""Round 31b (suppliers31b): registry vendors a notice names that are not its supplier, and one award frame.

Families (read on set ag, counted on the other development sets first):
* equipment already in place and its brand: the earlier brand (原品牌：X), equipment kept (保留原X平台), "X原有设备",
  "the existing camera network of X cameras", "existing cameras are X models", "Существующие камеры — производства
  X", "equipos X que ya existían", "câmeras da marca X já instaladas";
* a control-room watch service (值守, 驻场): the brand of the platform watched is not supplied;
* a report, study or trade-fair story that records no purchase ("makes no procurement", "No deals were announced",
  "no refiere ninguna compra", "لا يتناول أي عقد شراء");
* the buyer awarded the vendor the work itself ("awarded X an upgrade of …", "awarded X the supply of …").

Every notice is fictional (invented buyers and companies); each family has a near miss that keeps its supplier.
"""
from __future__ import annotations

import pytest

from enrich import enrich
from tests.enrich.notice_helpers import supplier_names


def _roles(title: str, body: str) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for party in enrich(title, body).parties:
        if party.vendor_id:
            roles.setdefault(party.vendor_id, set()).add(party.role)
    return roles


def _supplier_ids(title: str, body: str) -> set[str]:
    return {vid for vid, roles in _roles(title, body).items() if "supplier" in roles}


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("示例县监控杆件及补光灯更换采购",
     "示例县公安局更换损坏的监控立杆20根、补光灯40个，摄像机利旧（原品牌：大华）。成交供应商：示例钢构有限公司，成交价：12.5万元。",
     "dahua"),
    ("示例县景区安防系统升级",
     "示例县文化和旅游局升级景区安防系统，更换枪机球机60台，保留原天地伟业平台。成交供应商：示例数字科技有限公司，金额：98万元。",
     "tiandy"),
    ("示例县边境村监控中心驻场运维服务",
     "示例县委政法委采购监控中心驻场运维服务，供应商派驻4名值机员值守视频墙，视频墙为宇视原有设备。成交供应商：示例安保服务有限公司，金额：30万元。",
     "uniview"),
    ("示例县综治中心视频监控室值守服务",
     "示例县委政法委采购综治中心视频监控室值守服务，服务人员负责视频巡查；监控平台为天地伟业产品。成交供应商：示例保安服务有限公司，金额：20万元。",
     "tiandy"),
    ("Exampleton approves face analytics licence",
     "Exampleton City Council approves the purchase of a face-matching analytics license for its existing downtown "
     "camera network of Hikvision cameras from Riverbend Analytics LLC, $92,000.", "hikvision"),
    ("Council debate on park cameras ends without vote",
     "Councillors of the Town of Exampleton debated a motion to add cameras to Elm Park; the motion was referred to "
     "staff. Staff noted existing cameras are Axis models.", "axis"),
    ("Администрация Примерска продлила контракт на обслуживание камер",
     "Администрация города Примерска продлила контракт на техническое обслуживание 300 камер с ООО «Пример-Охрана» "
     "на 20 млн рублей. Существующие камеры — производства Hikvision.", "hikvision"),
    ("Prefeitura de Exemplópolis renova contrato de videomonitoramento",
     "A Prefeitura de Exemplópolis renovou por 12 meses o contrato de manutenção das 200 câmeras da marca Hikvision "
     "já instaladas com a Exemplo Segurança Eletrônica Ltda., no valor de R$ 2,1 milhões.", "hikvision"),
    ("Contraloría cuestiona contrato de cámaras",
     "La Contraloría de Villa Ejemplo cuestionó el contrato con Ejemplo Vigilancia S.A.S. para mantenimiento de 800 "
     "cámaras; el contratista instaló equipos Hikvision que ya existían en bodega.", "hikvision"),
    # reports, studies and fairs that record no purchase
    ("Study of plate reader accuracy in three cities",
     "Researchers at an Exampleton university evaluated plate reader misreads using data from Flock Safety systems "
     "in three cities. The paper makes no procurement.", "flock_safety"),
    ("Trade fair report: iris products on show",
     "At a security trade fair in Exampleton, exhibitors showed iris scanning products; visitors compared them with "
     "IDEMIA offerings. No deals were announced.", "idemia"),
    ("Informe de ONG sobre reconocimiento facial en estadios",
     "Una ONG publicó un informe sobre el uso del reconocimiento facial en estadios de Villa Ejemplo; menciona "
     "equipos de Hikvision. El informe no refiere ninguna compra nueva.", "hikvision"),
    ("تقرير: منظمة تنتقد كاميرات التعرف على الوجه",
     "انتقد تقرير لمنظمة حقوقية توسع استخدام كاميرات التعرف على الوجه في مدينة مثالية، وذكر منتجات هواوي. "
     "التقرير لا يتناول أي عقد شراء محدد.", "huawei"),
])
def test_named_vendor_is_not_the_supplier(title: str, body: str, vendor: str) -> None:
    assert vendor not in _supplier_ids(title, body)


@pytest.mark.parametrize(("title", "body", "vendor"), [
    # near misses: the same vendors bought now, not already there
    ("示例县平台升级采购",
     "示例县公安局对视频监控平台升级，成交供应商：浙江宇视科技有限公司，金额：48万元。", "uniview"),
    ("Exampleton buys new cameras",
     "Exampleton City Council awarded a contract to Axis Communications for 40 new cameras; the existing cameras "
     "will be removed, $92,000.", "axis"),
    # the award frame: the work itself
    ("Border agency adds face matching to e-gates",
     "The Immigration Department of Exampleland awarded NEC Corporation an upgrade of 24 automated e-gates at the "
     "capital's airport with face matching, for USD 3.1 million.", "nec"),
    ("Police award safe city project",
     "The Exampleton Regional Police awarded Huawei a safe city camera and command centre project worth USD 12 "
     "million.", "huawei"),
])
def test_vendor_bought_now_stays_supplier(title: str, body: str, vendor: str) -> None:
    assert vendor in _supplier_ids(title, body)



@pytest.mark.parametrize(("title", "body", "name"), [
    # a maintenance contract given to a company with an award verb: the company is the supplier
    ("Gemeente Voorbeeldstad verlengt onderhoud cameratoezicht",
     "De gemeente Voorbeeldstad heeft het onderhoud van 60 camera's voor cameratoezicht in het centrum gegund aan "
     "Polder Beveiliging BV, voor € 210.000.", "Polder Beveiliging BV"),
    ("Exempleville : la Commune confie la maintenance des caméras",
     "La Commune d'Exempleville a confié à Oasis Vision SARL la maintenance de 400 caméras reliées à la salle de "
     "commandement, pour 9 millions de dirhams.", "Oasis Vision SARL"),
    ("Comune di Esempio: manutenzione dell'impianto di videosorveglianza",
     "Il Comune di Esempio ha affidato a Collina Sicurezza S.r.l. la manutenzione dell'impianto di "
     "videosorveglianza cittadino per 180.000 euro.", "Collina Sicurezza S.r.l."),
])
def test_maintenance_contractor_named_by_an_award_verb(title: str, body: str, name: str) -> None:
    assert name in supplier_names(title, body)


def test_maintenance_brand_serviced_stays_mentioned() -> None:
    # near miss: in the same maintenance notice the brand of the cameras serviced is not supplied
    roles = _roles("Gemeente Voorbeeldstad verlengt onderhoud cameratoezicht",
                   "De gemeente Voorbeeldstad heeft het onderhoud van 60 camera's van Hikvision gegund aan Polder "
                   "Beveiliging BV, voor € 210.000.")
    assert "supplier" not in roles.get("hikvision", set())
