"""The field labels that open a party's value in a notice, by role and language (read by enrich/parties.py).

Why a module of its own: the lists grow with every language the tracker reads, and the reading of fields
(enrich/parties.py) should not grow with them.
"""
from __future__ import annotations

from enrich.supply_statements import FIELD_LABELS

# A TED notice's section I holds its buyer: "Section I: Tampereen kaupunki. Section II: …" (no role label; when one
# follows, "Section I: Contracting authority: X", the value is empty and the role label's is read).
SECTION_ONE_LABELS = ("section i", "abschnitt i")
# Labels are matched case-insensitively; Chinese ones may carry OCR spaces between characters.
BUYER_LABELS = [
    # zh
    "采购人名称", "采购单位名称", "采购人", "采购单位", "采购方", "招标人名称", "招标人", "招标单位", "甲方",
    "购买方", "采购机构", "机关名称", "招标机关", "机关",
    # en (TED, OCDS-rendered, USAspending, UK Contracts Finder)
    "contracting authority", "name of the contracting authority", "contracting entity", "buyer", "buyer name",
    "procuring entity", "purchaser", "awarding agency", "awarding sub agency", "awarding sub-agency", "sub-agency",
    "sub agency", "funding agency", "funding office", "agency", "awarding office",
    "issuing authority",
    # de
    "öffentlicher auftraggeber", "auftraggeber", "name des auftraggebers", "vergabestelle",
    # ru
    "заказчик", "наименование заказчика", "государственный заказчик",
    # uk
    "замовник", "найменування замовника",
    # es
    "comitente", "entidad contratante", "órgano de contratación", "organo de contratacion",
    "entidad adjudicadora", "organismo contratante", "dependencia", "unidad compradora",
    # pt
    "órgão contratante", "orgao contratante", "órgão", "contratante", "unidade gestora", "uasg",
    "entidade adjudicante",
    # fr
    "pouvoir adjudicateur", "acheteur", "nom de l'acheteur", "entité adjudicatrice", "nom de l’acheteur",
    # hr/sr (Latin and Cyrillic)
    "naručitelj", "naziv naručitelja", "naručilac", "naziv naručioca", "javni naručitelj", "наручилац",
    "назив наручиоца",
    # more zh, en, es, pt, fr, de field names
    "项目单位", "建设单位", "需求单位", "招标采购单位", "业主单位",
    "procuring agency", "name of the procuring entity", "name of procuring entity", "tender inviting authority",
    "name of the buyer", "buyer organisation", "buyer organization", "contracting body", "employer",
    "entidad", "entidad convocante", "convocante", "nombre de la entidad", "institución contratante",
    "órgão licitante", "orgao licitante", "unidade compradora", "órgão gerenciador", "orgao gerenciador",
    "organisme acheteur", "identification de l'organisme qui passe le marché", "nom de l'organisme acheteur",
    "maître d'ouvrage", "maitre d'ouvrage", "auftraggeberin", "ausschreibende stelle",
    # it
    "stazione appaltante", "amministrazione aggiudicatrice", "ente appaltante", "denominazione stazione appaltante",
    # pl
    "zamawiający", "nazwa zamawiającego", "instytucja zamawiająca",
    # cs, sk, sl, ro, lt, lv, et, hu, bg, el, nordic (EU notices in their languages)
    "zadavatel", "veřejný zadavatel", "verejný obstarávateľ", "obstarávateľ", "naročnik", "autoritatea contractantă",
    "autoritate contractantă", "perkančioji organizacija", "pasūtītājs", "hankija", "ajánlatkérő", "възложител",
    "αναθέτουσα αρχή", "upphandlande myndighet", "ordregiver", "ordregivende myndighed", "hankintayksikkö",
    # tr
    "idare adı", "idarenin adı", "İdare adı", "İdarenin adı",  # İ does not fold to i
    # id
    "satuan kerja", "nama instansi", "instansi",
    # r39_buyers: own-script field names of portals and forms (th, hi, mr, bn, ur, fa, he); a colon follows them
    "ผู้ซื้อ", "หน่วยงานผู้ซื้อ", "หน่วยงาน", "ชื่อหน่วยงาน", "หน่วยงานเจ้าของโครงการ", "ผู้ว่าจ้าง",
    "क्रेता", "क्रेता का नाम", "क्रेता संगठन", "क्रेता विभाग", "खरीदार", "खरीदार का नाम", "खरेदीदार",
    "खरेदीदाराचे नाव", "ক্রেতা", "ক্রেতার নাম", "ক্রয়কারী সংস্থা", "ক্রয়কারী প্রতিষ্ঠান", "خریدار", "خریدار کا نام",
    "دستگاه مناقصه‌گزار", "دستگاه خریدار", "کارفرما", "המזמין", "הגוף המזמין", "הגורם המזמין", "שם המזמין",
    "buyer.name", *SECTION_ONE_LABELS,  # round 22: OCDS "buyer.name: X; buyer.address…", TED "Section I: X."
]
# round 36 (labelling rule, part 3): the unit that needs or runs the project; a buyer only when no 采购人 field is there
USING_UNIT_LABELS = ("项目单位", "建设单位", "需求单位", "业主单位")
SUPPLIER_LABELS = [
    # zh
    "中标供应商名称", "成交供应商名称", "中标（成交）供应商名称", "中标(成交)供应商名称", "中标（成交）供应商",
    "中标(成交)供应商", "中标供应商", "成交供应商", "中标人名称", "中标人", "中标单位名称", "中标单位",
    "成交人", "成交单位", "供应商名称", "第一中标候选人", "中标候选人第一名", "第一候选人", "第一名", "乙方",
    "得标厂商", "得标商",
    # en
    "awardee", "awardee name", "winner", "winning bidder", "winning tenderer", "successful tenderer",
    "supplier", "supplier name", "suppliers", "contractor", "name of the contractor", "recipient",
    "recipient name", "vendor", "vendor name", "awarded to", "awarded supplier",
    # de
    "auftragnehmer", "zuschlagsempfänger", "name des auftragnehmers", "zuschlag erteilt an", "zuschlag",
    # ru
    "поставщик", "победитель", "наименование поставщика", "исполнитель", "подрядчик",
    "победитель закупки", "участник-победитель",
    # es
    "adjudicatario", "empresa adjudicataria", "proveedor adjudicado", "contratista", "proveedor",
    "adjudicado a", "razón social del adjudicatario",
    # pt
    "contratada", "empresa contratada", "fornecedor", "empresa vencedora", "vencedor", "adjudicatário",
    # fr
    "adjudicataire", "titulaire", "attributaire", "nom du titulaire", "titulaire du marché",
    # hr/sr (Latin)
    "izabrani ponuditelj", "odabrani ponuditelj", "dobavljač", "izabrani ponuđač", "odabrani ponuđač",
    "naziv dobavljača",
    *FIELD_LABELS,  # round 26: more languages (enrich/supply_statements.py)
]
# Labels that may be followed by whitespace only (flattened tables); all others need a colon.
TABLE_LABELS = {
    "采购人名称", "采购单位名称", "采购单位", "采购人", "招标人", "中标供应商名称", "成交供应商名称",
    "中标（成交）供应商名称",
    "中标(成交)供应商名称", "中标人名称", "中标单位名称", "供应商名称", "第一中标候选人", "中标供应商", "成交供应商",
    "得标厂商", "机关名称",
}
# Labels that only end a value.
STOP_LABELS = [
    "地址", "供应商地址", "中标供应商地址", "采购人地址", "采购单位地址", "联系人", "项目联系人", "联系方式",
    "联系电话",
    "电话", "传真", "邮编", "邮政编码", "金额", "中标金额", "成交金额", "中标（成交）金额", "总中标金额", "报价",
    "统一社会信用代码", "行政区域", "公告时间", "代理机构", "代理机构名称", "采购代理机构", "项目名称", "项目编号",
    "品目", "评审专家", "预算金额", "采购单位联系方式", "名称",
    "address", "postal address", "town", "postal code", "country", "phone", "telephone", "tel", "fax", "email",
    "e-mail", "contact", "contact point", "internet address", "national registration number", "nuts code",
    "amount", "value", "award amount", "total value", "duns", "uei", "place of performance", "award id",
    "adresse", "anschrift", "ort", "postleitzahl", "telefon", "dirección", "direccion", "domicilio", "cif", "nif",
    "ruc", "cuit", "rfc", "endereço", "endereco", "cnpj", "cpf", "siret", "siren", "инн", "кпп", "огрн", "адрес",
    "телефон", "oib", "adresa", "pib", "matični broj", "roles of this organisation", "registration number",
]
EFORMS_NAME_LABELS = [  # eForms' "official name"; TED 2.0's section I.1 "name and addresses" (round 26), the role
    # from the section heading above it
    "official name", "nom officiel", "offizielle bezeichnung", "denominación oficial", "nome oficial",
    "официальное наименование", "službeni naziv", "denominazione ufficiale", "nazwa oficjalna", "officiële benaming",
    "denumire oficială", "hivatalos név", "úradný názov", "úřední název", "uradni naziv", "name and addresses",
    "nom et adresses", "name und adressen", "nombre y direcciones", "nome e indirizzi", "nome e endereços",
    "nazwa i adresy", "naam en adressen"]
