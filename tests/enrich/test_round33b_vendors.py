"""Round 33b, supplier links (issue 10): families of wording behind set ai's spurious vendor links, each counted on
several development sets before it was written:
- the brand of equipment already there, in brackets after it (对原有监控系统（前端设备为X品牌）进行维护,
  在现有平台（X）上增加, "cámaras existentes (marca X)");
- a brand named as the equal of the goods in Indonesian ("setara X");
- goods the text keeps out of this contract ("Existing X cameras are not part of the contract",
  "Камеры X в контракт не входят"), equipment installed earlier (ru);
- a rule, bill or specification that excludes or bars a maker's goods ("excludes any equipment from X",
  "would bar agencies from buying equipment from X", "X製品は対象外"), goods that will not be bought (ru);
- texts that say there is no contract or purchase decision ("No hay contrato.", "has no current contract.",
  لم تُتخذ أي قرارات شراء, "sem indicar novas compras").
Every text was written for this file (fictional buyers and firms; real registry names only in the role the test
names); none comes from an evaluation set. Each case is checked with the role model on (the default) and with the
rules alone (the model switched off)."""
from __future__ import annotations

import pytest

from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


NOT_SUPPLIERS = [
    ("zh: existing system, brand in brackets after 为", "北岭县城区视频监控系统维护项目成交公告",
     "北岭县公安局对城区原有视频监控系统（前端设备为宇视品牌）进行年度维护，内容包括设备巡检、故障更换。"
     "成交供应商：北岭县恒安安防工程有限公司，成交金额：368,000元。", "uniview"),
    ("zh: existing platform, brand alone in brackets", "北岭县公安局人脸布控模块采购",
     "北岭县公安局在现有视频监控平台（天地伟业）上增加人脸布控模块授权50路。中标人：北岭县智视科技有限公司，"
     "中标金额：320,000元。", "tiandy"),
    ("es: existing cameras (marca X)", "Northvale adquiere analítica de video",
     "La Municipalidad de Northvale adquirió un módulo de analítica de video para 60 cámaras existentes de la "
     "terminal (marca Hikvision), por $210 millones, a Northvale Datos SpA.", "hikvision"),
    ("id: spesifikasi setara X", "Pemkot Northvale beli kamera CCTV",
     "Pemerintah Kota Northvale membeli 40 kamera CCTV dengan spesifikasi \"setara Dahua\" dari CV Northvale Teknik "
     "senilai Rp 900 juta.", "dahua"),
    ("en: existing X cameras are not part of the contract", "Northvale ALPR contract",
     "Northvale City Council awarded Riverbend Traffic Ltd a contract for 40 plate readers, $2.1 million. Existing "
     "Hikvision cameras are not part of the contract.", "hikvision"),
    ("ru: камеры X в контракт не входят", "Северодольск: обслуживание камер",
     "Администрация Северодольска заключила с ООО «Северодольск Видео» контракт на обслуживание 800 камер, 40 млн "
     "рублей. Камеры Dahua в метро в контракт не входят.", "dahua"),
    ("ru: камеры X, установленные ранее", "Северодольск: распознавание походки",
     "ГУ МВД по Северодольской области закупило систему распознавания походки для 60 камер за 12 млн рублей у "
     "ООО «Северодольск Аналитика». Камеры Hikvision, установленные ранее, сохраняются.", "hikvision"),
    ("ru: камеры X закупаться не будут", "Северодольск: камеры в школах",
     "Мэрия Северодольска при ремонте школ установит камеры отечественного производства (ООО «Северодольск Видео», "
     "18 млн руб.); камеры Hikvision закупаться не будут.", "hikvision"),
    ("en: specification excludes equipment from X", "Street lighting contract excludes cameras",
     "Northvale Council awarded Northvale Lighting a $1.1 million LED street lighting contract. The specification "
     "excludes cameras and any equipment from Hikvision or Dahua.", "dahua"),
    ("en: a bill would bar buying equipment from X", "Bill would bar purchases from listed vendors",
     "A bill introduced in the Northvale Senate would bar state agencies from buying equipment from Hikvision, "
     "Dahua and ZTE. It has not been voted on.", "hikvision"),
    ("ja: X製品は対象外", "北山市：公園防犯カメラ更新",
     "北山市は公園防犯カメラ40台の更新を北山防犯システム株式会社に発注した（2,400万円）。"
     "仕様書でDahua製品は対象外とされた。", "dahua"),
    ("es: No hay contrato.", "Northvale: la policía descarta reconocimiento facial",
     "La Policía de Northvale informó que no adquirirá el módulo de reconocimiento facial presentado por Huawei para "
     "sus cámaras. No hay contrato.", "huawei"),
    # ("en: the force has no current contract": police searches using Clearview AI name the body's vendor, a supplier
    # by the labelling rule of 2026-12-06 13:17, part 2; tests/enrich/test_round43_suppliers.py)
    ("ar: no purchase decision taken", "تقرير عن مشاريع المدن الآمنة",
     "ناقشت لجنة برلمانية في نورثفيل تقريراً عن المدن الآمنة، وذكر التقرير أن شركتي هواوي وZTE قدمتا عروضاً سابقة "
     "في دول أخرى. لم تُتخذ أي قرارات شراء.", "huawei"),
    ("pt: report cites suppliers without indicating new purchases", "Pesquisa mapeia reconhecimento facial",
     "Um levantamento de uma organização de Northvale mapeou o uso de reconhecimento facial. O relatório cita "
     "fornecedores como Hikvision e Dahua em contratos anteriores, sem indicar novas compras.", "hikvision"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NOT_SUPPLIERS, ids=[c[0] for c in NOT_SUPPLIERS])
def test_not_this_purchase_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" not in roles.get(vendor, set()), roles


# Near misses: the new wording does not undo plain supply wording next to the name.
NEAR_MISSES = [
    ("zh: new platform built by X, brand in brackets", "北岭县公安局视频监控平台建设项目中标公告",
     "北岭县公安局新建视频监控平台。中标人：浙江宇视科技有限公司，中标金额：1,680,000元。", "uniview"),
    ("en: a ban years ago, then bought cameras from X", "Northvale cameras",
     "Northvale, which banned facial recognition in 2021, bought 40 body-worn cameras from Axon for $300,000.",
     "axon"),
    ("en: the supplier's contract covers the cameras", "Northvale CCTV",
     "Northvale City Council bought 120 CCTV cameras from Hikvision for $400,000; maintenance is not part of the "
     "contract.", "hikvision"),
    ("en: no contract with another firm, a purchase from X", "Northvale plate readers",
     "Northvale Police bought 30 plate readers from Flock Safety for $90,000. It has no contract with any other "
     "camera network.", "flock_safety"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_stay_suppliers(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles
