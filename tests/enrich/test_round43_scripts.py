"""Round 43 (scripts): supplier names in scripts without capitals, read from each language's award frame or company
shape (enrich/frame_script_suppliers.py, arabic_script_suppliers.py, sinhala_tamil_suppliers.py,
korean_headless_suppliers.py and the Korean role nouns of enrich/data/supply_statements.yaml). Fictional notices."""
from __future__ import annotations

import pytest

from enrich import enrich


def _parties(title: str, body: str) -> tuple[list[str], list[str], str]:
    result = enrich(title, body)
    suppliers = [p.name for p in result.parties if p.role == "supplier"]
    buyers = [p.name for p in result.parties if p.role == "buyer"]
    for party in result.parties:
        if party.role == "supplier" and party.evidence is not None:
            assert party.name in result.text[party.evidence.start:party.evidence.end + 40]
    return suppliers, buyers, result.text


@pytest.mark.parametrize("title, body, supplier", [
    # Khmer: "signed a contract with company X to install cameras"
    ("ខេត្តកំពតដំឡើងកាមេរ៉ា",
     "សាលាខេត្តកំពត បានចុះកិច្ចសន្យាជាមួយក្រុមហ៊ុន បូកគោ វីដេអូ ដើម្បីដំឡើងកាមេរ៉ាសុវត្ថិភាព ៨០ គ្រឿង។",
     "បូកគោ វីដេអូ"),
    # Lao: "signed a contract with company X Ltd to install CCTV"
    ("ສະຫວັນນະເຂດ ຕິດຕັ້ງກ້ອງ",
     "ຫ້ອງການປົກຄອງແຂວງສະຫວັນນະເຂດ ໄດ້ເຊັນສັນຍາກັບ ບໍລິສັດ ເຊບັ້ງໄຟ ວິຊັນ ຈຳກັດ ເພື່ອຕິດຕັ້ງກ້ອງວົງຈອນປິດ 50 ໜ່ວຍ.",
     "ບໍລິສັດ ເຊບັ້ງໄຟ ວິຊັນ ຈຳກັດ"),
    # Burmese: "bought 50 cameras from X company"
    ("ပုသိမ် CCTV", "ပုသိမ်မြို့နယ်ရဲတပ်ဖွဲ့သည် CCTV ကင်မရာ ၅၀ လုံးကို ငဝန် ဗီဒီယို ကုမ္ပဏီထံမှ ဝယ်ယူခဲ့သည်။",
     "ငဝန် ဗီဒီယို ကုမ္ပဏီ"),
    # Amharic: "the city administration signed a contract with X plc" (the administration is no supplier)
    ("የአዳማ ከተማ ካሜራዎች", "የአዳማ ከተማ አስተዳደር 70 የደህንነት ካሜራዎችን ለመትከል ከዝዋይ ቪዥን ኃ.የተ.የግ.ማ ጋር የ30 ሚሊዮን ብር ውል ተፈራረመ።",
     "ዝዋይ ቪዥን ኃ.የተ.የግ.ማ"),
    # Arabic: "the wilaya awarded the installation deal to company X for security"
    ("ولاية سطيف: كاميرات",
     "منحت ولاية سطيف صفقة تركيب 90 كاميرا مراقبة لشركة الهضاب للأنظمة الأمنية بقيمة 80 مليون دينار.",
     "شركة الهضاب للأنظمة الأمنية"),
    # Urdu: "gave the contract to X Systems (Private) Limited"
    ("ملتان کیمرے",
     "ملتان پولیس نے 300 کیمروں کی تنصیب کا ٹھیکہ سندھو ویژن سسٹمز (پرائیویٹ) لمیٹڈ کو 50 کروڑ روپے میں دیا۔",
     "سندھو ویژن سسٹمز (پرائیویٹ) لمیٹڈ"),
    # Pashto: "a contract with X company"
    ("د هرات ښاروالۍ کامرې", "د هرات ښاروالۍ د ۴۰ امنیتي کامرو لپاره د هریرود امنیت شرکت سره تړون لاسلیک کړ.",
     "هریرود امنیت شرکت"),
    # Sinhala: "bought from X (Pvt) company"
    ("ගාල්ල කැමරා", "ගාල්ල මහ නගර සභාව CCTV කැමරා 60ක් රුපියල් මිලියන 30කට රූමස්සල විෂන් (පුද්) සමාගමෙන් මිලදී ගත්තේය.",
     "රූමස්සල විෂන් (පුද්) සමාගම"),
    # Tamil: "gave the contract to X company"
    ("திருச்சி கேமராக்கள்",
     "திருச்சி மாநகராட்சி 200 கேமராக்களை பொருத்த உறையூர் விஷன் நிறுவனத்துக்கு ஒப்பந்தம் வழங்கியது.",
     "உறையூர் விஷன்"),
    # Korean: a project handed to a company written without its legal form, and a role noun before a headed name
    ("대구 CCTV 교체", "대구시 수성구는 CCTV 80대 교체 사업을 범어정보통신에 5억 원에 맡겼다.", "범어정보통신"),
    ("청주시 얼굴인식 도입", "청주시는 얼굴인식 출입 시스템을 도입했다. 계약금액 7억 원, "
     "수행사는 무심천비전㈜. 청주.", "무심천비전㈜"),
])
def test_supplier_read_in_script_without_capitals(title: str, body: str, supplier: str) -> None:
    suppliers, buyers, _ = _parties(title, body)
    assert supplier in suppliers
    assert supplier not in buyers


@pytest.mark.parametrize("title, body, not_supplier", [
    # Arabic: a company that signs as the buyer ("وقّعت شركة … عقداً") is not its own supplier
    ("مترو", "وقّعت شركة مترو الواحة للنقل عقداً لتركيب 40 كاميرا مراقبة في المحطات.", "شركة مترو الواحة للنقل"),
    # Amharic: the city administration before ከ is the buyer
    ("የጎንደር ከተማ", "የጎንደር ከተማ አስተዳደር 30 የደህንነት ካሜራዎችን ለመትከል ከፋሲል ቴክ ጋር ውል ተፈራረመ።", "ተማ አስተዳደር"),
    # Korean: a body something is reported to, with no price and no award verb
    ("보고", "경찰청은 이 사업을 서울시에 보고했다.", "서울시"),
])
def test_buyer_or_bystander_not_read_as_supplier(title: str, body: str, not_supplier: str) -> None:
    suppliers, _, _ = _parties(title, body)
    assert not any(not_supplier in name for name in suppliers)
