"""Round 34, supplier links (task vendors34): families of wording counted on three development sets or more by
different writers.

- A company noun of a script without capitals right before a short Latin name ("من شركة Axon", "وردتها شركة NEC",
  "บริษัท NEC"): there the name is the company's, so it needs no other brand context (sets aa, ad; set w's negated
  "ولم تشارك شركة ZTE" stays `mentioned`).
- Goods from X in Arabic, their count or kind between ("بـ 400 كاميرا من X", "أجهزة … من شركة X"; sets ad, ae, af) -
  never "كاميرا من نوع X" replaced, nor a headline that asks ("… من X؟ لا"): ؟ ends a question like "?" (set ab).
- A council approving a count of X's goods ("approved 16 X plate-reading cameras", "approved $296,000 for 60 X
  cameras"; sets ad, af) - a failed motion "to approve the purchase of 42 X cameras" stays a proposal (set g).
- A runner-up, or a vendor considered and set aside ("X was runner-up", "X had been considered but excluded"; sets af,
  ai, 12) is no supplier.
- Compatibility with X in the plural and in more languages ("câmeras compatíveis com a plataforma X", "telecamere
  compatibili con il sistema X"): X is a requirement (the singular forms were cues already; sets q, v, af, ai).
- The maker of what is already there: "X had supplied the original cameras", "X built the original network" (sets ai,
  y; aa, ab, ac, r and z write it "X, which built the original …") - never "X, which provided the first units".
- Technology added from or of X ("added face recognition from X to 40 cameras", "added X face analytics"; sets af, ah,
  ai), services moved to or built on X's cloud ("moved its portal to X", "built its app on X"; sets ac, ae, af, ah, ai),
  the seller after "auprès de", German compounds with von ("Gesichtserkennungssoftware von X"), licences named with the
  maker ("ses licences d'extraction X"), and brand words in cs/ms ("značky X", "jenama X") (sets ab, ae, af, ag, u, z).
- Tencent Cloud's operating company (腾讯云计算（北京）有限责任公司) resolves to Tencent (awardee in sets ac, ad, af,
  ag, ai).

Every text was written for this file (fictional buyers and places; real registry names only in the role the test
names); none comes from an evaluation set. Each case runs with the role model on and with the rules alone."""
from __future__ import annotations

import pytest

from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


SUPPLIERS = [
    ("ar: bought body cameras from the company X", "نورثفيل: الشرطة تقتني كاميرات محمولة",
     "نورثفيل — اقتنت مديرية الشرطة في نورثفيل 800 كاميرا محمولة على البزات من شركة Axon بقيمة 21 مليون درهم.",
     "axon"),
    ("ar: face gates from the company X", "نورثفيل: بوابات للتعرف على الوجه في المطار",
     "نورثفيل — أضافت شرطة نورثفيل بوابات للتعرف على الوجه من شركة NEC في مطار نورثفيل بقيمة 3.2 مليون دينار.",
     "nec"),
    ("ar: N cameras from X", "نورثفيل: توسيع شبكة كاميرات الطرق",
     "وسّعت بلدية نورثفيل شبكة كاميرات الطرق بـ 250 كاميرا من هواوي متصلة بمركز القيادة، بقيمة 40 مليون ريال.",
     "huawei"),
    ("en: council approved N X cameras", "Northvale council approves plate cameras",
     "The Northvale Town Council approved 24 Flock Safety plate-reading cameras at school entrances for $72,000 a "
     "year.", "flock_safety"),
    ("en: council approved a sum for N X cameras", "Northvale council approves plate cameras",
     "The Northvale City Council approved $180,000 for 40 Flock Safety licence plate cameras on arterial roads.",
     "flock_safety"),
    ("zh: Tencent Cloud's operating company as awardee", "北山县政务云资源租赁服务成交公告",
     "北山县大数据中心租用政务云资源。成交供应商：腾讯云计算（北京）有限责任公司，成交金额：¥1,200,000元。",
     "tencent"),
    ("en: added face recognition from X", "Northvale ferry cameras get face recognition",
     "Northvale City Council added face recognition from SenseTime to 30 cameras at the ferry terminal, $0.8 million.",
     "sensetime"),
    ("en: added X face analytics", "Northvale underpasses get face analytics",
     "Northvale City added Megvii face analytics to 45 pedestrian underpass cameras, $0.5 million.", "megvii"),
    ("en: moved its portal to X's cloud", "Northvale portal moves to the cloud",
     "The Northvale State Government moved its e-services portal to Alibaba Cloud under a $2 million agreement.",
     "alibaba"),
    ("en: built its app on X's cloud", "Northvale tourism app",
     "The Northvale Tourism Board built its visitor app on Tencent Cloud, $1.1 million.", "tencent"),
    ("fr: licences extended auprès de X", "Northvale : licences d'extraction de téléphones",
     "La police de Northvale a étendu ses licences d'extraction de données de téléphones auprès de Cellebrite pour "
     "1,2 million d'euros.", "cellebrite"),
    ("fr: licences of X renewed via a reseller", "Northvale renouvelle ses licences",
     "La police de Northvale a renouvelé ses licences d'extraction de téléphones Cellebrite via Northvale Forensique "
     "SARL, pour 90 000 euros.", "cellebrite"),
    ("de: Gesichtserkennungssoftware von X", "Northvale verlängert Gesichtserkennungslizenz",
     "Das Landeskriminalamt Northvale hat die Lizenz für die Gesichtserkennungssoftware von Cognitec um zwei Jahre "
     "verlängert, 310.000 Euro.", "cognitec"),
    ("cs: zařízení značky X", "Northvale: stanice pro extrakci dat",
     "Policie v Northvale nakoupila forenzní stanice za 12 milionů Kč od společnosti Northvale Forensic s.r.o., která "
     "dodává zařízení značky Cellebrite.", "cellebrite"),
    ("ms: kamera jenama X", "Northvale: kamera pengecaman wajah",
     "Polis Northvale memasang 40 kamera pengecaman wajah jenama Dahua di terminal bas.", "dahua"),
    ("en: X, which provided the first units, supplies the second phase", "Northvale cameras, second phase",
     "The cameras will be supplied under the second phase of an agreement with Dahua, which provided the first "
     "1,000 units, and installed by Northvale Link Ltd.", "dahua"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), SUPPLIERS, ids=[c[0] for c in SUPPLIERS])
def test_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles


def test_a_company_noun_makes_a_short_latin_name_known(mode: str) -> None:
    """"บริษัท NEC" (Thai: the company NEC): the name is recorded; its role still comes from the wording."""
    roles = _roles("ตำรวจนอร์ทเวลศึกษาระบบจดจำใบหน้า", "ตำรวจนอร์ทเวลได้รับการนำเสนอจากบริษัท NEC เมื่อเดือนที่แล้ว")
    assert "nec" in roles, roles


NOT_SUPPLIERS = [
    ("ar: the company X did not take part", "نورثفيل: شبكة الاتصالات الأمنية",
     "اشترت وزارة الداخلية في نورثفيل معدات اتصال بقيمة 90 مليون دينار من شركة الشمال للاتصالات. ولم تشارك شركة ZTE "
     "في المناقصة.", "zte"),
    ("ar: a headline asking whether the goods came from X (Arabic question mark)",
     "نورثفيل: وزارة الصحة تشتري أجهزة مراقبة المرضى من هواوي؟ لا، من شركة محلية",
     "اشترت وزارة الصحة في نورثفيل 300 جهاز لمراقبة العلامات الحيوية للمرضى بقيمة 20 مليون ريال من شركة الشمال الطبية.",
     "huawei"),
    ("ar: cameras of X's kind replaced", "نورثفيل: البلدية تستبدل الكاميرات",
     "استبدلت بلدية نورثفيل 200 كاميرا من نوع Hikvision بكاميرات من شركة الشمال للأنظمة بقيمة 12 مليون ريال.",
     "hikvision"),
    ("en: a failed motion to approve N X cameras", "Northvale council: plate readers, second reading",
     "Council Member Ortiz moved to approve the purchase of 30 Flock Safety cameras; the motion failed 2-5. No "
     "contract will be signed.", "flock_safety"),
    ("en: X was runner-up", "Northvale police buys face recognition cameras",
     "Northvale Police accepted 90 face recognition cameras, supplied by Huawei Technologies for $2.1 million; Dahua "
     "Technology was runner-up.", "dahua"),
    ("en: X had been considered but excluded", "Northvale prison calls get voiceprints",
     "The Northvale Department of Corrections bought a voiceprint system for inmate calls, $0.9 million, from "
     "Northvale Voice Ltd. iFlytek had been considered but excluded by state law.", "iflytek"),
    ("es: X fue considerada pero descartada", "Northvale compra cámaras corporales",
     "La Policía de Northvale compró 300 cámaras corporales a Northvale Seguridad S.A. por 2 millones de dólares. "
     "Axon fue considerada pero descartada por el precio.", "axon"),
    ("en: a service kept off X's cloud", "Northvale parking app",
     "Northvale awarded $0.4 million to Northvale Digital for a parking payment app hosted in the national data "
     "centre rather than on Alibaba Cloud, as first proposed.", "alibaba"),
    ("en: a question whether the force adds X", "Northvale Police adds Clearview AI? Force says no contract",
     "Northvale Police said it has no contract with Clearview AI and has not tested it.", "clearview_ai"),
    ("pt: cameras compatible (plural) with X's existing platform", "Northvale compra câmeras compatíveis",
     "A Prefeitura de Northvale comprou 90 câmeras compatíveis com a plataforma de vídeo Huawei já existente, da "
     "Northvale Tecnologia Ltda., por R$ 1,4 milhão.", "huawei"),
    ("it: cameras compatible (plural) with X's system", "Northvale acquista telecamere",
     "Il Comune di Northvale ha acquistato 40 telecamere compatibili con il sistema Hikvision della centrale, da "
     "Northvale Impianti S.r.l., per 180.000 euro.", "hikvision"),
    ("en: X had supplied the original cameras", "Northvale adds gait recognition",
     "Northvale Metro Police contracted Watrix for gait recognition on 120 cameras at stations, $1.9 million. "
     "Kedacom had supplied the original cameras.", "kedacom"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NOT_SUPPLIERS, ids=[c[0] for c in NOT_SUPPLIERS])
def test_not_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" not in roles.get(vendor, set()), roles
