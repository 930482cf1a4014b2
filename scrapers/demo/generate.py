"""Generate the offline demo snapshot (scrapers/demo/corpus/) and the spiders' test fixtures (tests/fixtures/).

Why generated: ≥ 300 notices in seven real formats (ccgp HTML in new and old GBK layouts, TED search JSON +
eForms XML, FTS and Contracts Finder OCDS release packages, USAspending JSON, Legistar OData JSON, OCDS JSON
lines) are only reviewable as the code that writes them. Buyers are FICTIONAL (marked 演示 / Demo); suppliers
include real vendors named on export-control lists so the watchlist features have something to show; every
notice is flagged demo when crawled. Phase 2 (served after the first crawl) amends some notices and removes
others (404/410, withdrawn page, dropped from the listing).

Run: python -m scrapers.demo.generate [--out DIR] [--small]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

# ruff: noqa: E501 - the fixed demo tables below are one record a line (CJK text counts double width)

HERE = Path(__file__).resolve().parent

# --- vocabulary (fictional buyers; real places; vendors incl. real export-controlled firms) ---------------------
CN_PLACES = [("浙江省", "杭州市", "西湖区"), ("广东省", "深圳市", "龙华区"), ("辽宁省", "营口市", "站前区"),
             ("新疆维吾尔自治区", "喀什地区", "喀什市"), ("四川省", "成都市", "武侯区"), ("山东省", "济南市", "历下区"),
             ("河南省", "郑州市", "金水区"), ("贵州省", "贵阳市", "观山湖区"), ("江苏省", "南京市", "鼓楼区"),
             ("湖北省", "武汉市", "洪山区")]
CN_UNITS = ["公安局智慧警务示范中心（演示）", "社会治安综合治理中心（演示）", "城市运行管理中心（演示）",
            "公安局交通警察支队示范大队（演示）", "综合行政执法局演示分局"]
CN_VENDORS = [("杭州海康威视数字技术股份有限公司", True), ("浙江大华技术股份有限公司", True), ("北京旷视科技有限公司", True),
              ("上海商汤智能科技有限公司", True), ("科大讯飞股份有限公司", True), ("上海依图网络科技有限公司", True),
              ("青禾示范安防工程有限公司", False), ("云岭演示信息技术有限公司", False), ("星桥演示智能科技有限公司", False)]
CN_TECH = {
    "cctv": ("视频监控", "高清视频监控系统建设项目", "新建高清视频监控点位{n}个，含球机、枪机及NVR存储，接入雪亮工程视频共享平台。"),
    "facial_recognition": ("人脸识别", "动态人脸识别系统采购项目", "采购动态人脸识别抓拍机{n}台及人脸比对服务器，实现重点区域人像比对预警。"),
    "gait_recognition": ("人脸识别", "步态识别分析系统采购", "建设步态识别分析系统，对视频中人员进行步态特征提取与身份识别，覆盖{n}路视频。"),
    "vehicle_recognition": ("视频监控", "治安卡口车辆识别系统项目", "建设治安卡口{n}处，车辆号牌识别及车辆轨迹分析。"),
    "other_biometrics": ("人脸识别", "声纹及虹膜采集系统采购", "采购声纹采集设备及虹膜采集仪{n}套，用于公安采集工作站。"),
    "phone_tracking": ("电子围栏", "电子围栏及WiFi探针采购项目", "部署电子围栏设备{n}套（含IMSI采集）及WiFi探针，实现手机特征码采集。"),
    "ethnicity_analytics": ("人脸识别", "人像民族属性识别平台项目", "建设人像属性分析平台，支持少数民族识别报警，接入{n}路视频。"),
    "surveillance_platform": ("雪亮工程", "城市大脑公共安全平台建设项目", "建设城市大脑公共安全模块与重点人员管控平台，汇聚{n}类数据。"),
    "social_credit": ("雪亮工程", "社会信用信息平台及失信联合惩戒系统", "建设社会信用积分系统及失信联合惩戒公示屏{n}块。"),
}
EU = {  # country: (ISO3, language ISO-639-3, towns, buyer pattern, tech phrases)
    "FR": ("FRA", "fra", ["Lyon", "Nantes", "Lille"], "Ville de {town} — service démonstration",
           {"cctv": "Extension du système de vidéoprotection urbaine ({n} caméras)",
            "facial_recognition": "Expérimentation de reconnaissance faciale aux portiques",
            "vehicle_recognition": "Lecture automatique de plaques d'immatriculation (LAPI)"}),
    "DE": ("DEU", "deu", ["Köln", "Leipzig", "Bremen"], "Stadt {town} Demo-Vergabestelle",
           {"cctv": "Videoüberwachung öffentlicher Plätze ({n} Kameras)",
            "facial_recognition": "Gesichtserkennung für Zutrittskontrolle",
            "other_biometrics": "Fingerabdruck-Erfassungsstationen für die Polizei"}),
    "ES": ("ESP", "spa", ["Valencia", "Bilbao", "Málaga"], "Ayuntamiento de {town} (demostración)",
           {"cctv": "Sistema de videovigilancia urbana ({n} cámaras)",
            "facial_recognition": "Sistema de reconocimiento facial en estaciones",
            "surveillance_platform": "Centro de mando y control de seguridad ciudadana"}),
    "IT": ("ITA", "ita", ["Torino", "Bologna", "Bari"], "Comune di {town} (dimostrativo)",
           {"cctv": "Impianto di videosorveglianza cittadina ({n} telecamere)",
            "vehicle_recognition": "Varchi di lettura targhe OCR",
            "facial_recognition": "Sistema di riconoscimento facciale per la polizia locale"}),
    "PL": ("POL", "pol", ["Gdańsk", "Poznań", "Lublin"], "Gmina Miasto {town} (demo)",
           {"cctv": "Rozbudowa monitoringu wizyjnego miasta ({n} kamer)",
            "phone_tracking": "System lokalizacji telefonów komórkowych (IMSI catcher) dla policji"}),
    "RS": ("SRB", "srp", ["Novi Sad", "Niš"], "Grad {town} (demo)",
           {"cctv": "Sistem video nadzora ({n} kamera)",
            "facial_recognition": "Sistem za prepoznavanje lica za policiju"}),
}
EU_WINNERS = [("Hikvision Europe B.V.", "NL"), ("Dahua Technology Italy S.r.l.", "IT"),
              ("Demo Sécurité Systèmes SAS", "FR"), ("Beispiel Sicherheitstechnik GmbH", "DE"),
              ("Soluciones Demo Vigilancia S.L.", "ES"), ("Przykładowe Systemy Sp. z o.o.", "PL")]
UK_TECH = {"cctv": "CCTV camera replacement and monitoring for town centre ({n} cameras)",
           "facial_recognition": "Live facial recognition vans for police operations",
           "vehicle_recognition": "ANPR camera network extension",
           "surveillance_platform": "Real-time crime centre video analytics platform",
           "phone_tracking": "Mobile phone data extraction kiosks for custody suites"}
UK_BUYERS = ["Demo Borough Council", "Northshire Police (Demo)", "Eastmarch Combined Authority (Demo)"]
UK_WINNERS = ["Hikvision UK Limited", "Demo Vision Systems Ltd", "Example Secure Networks plc", "Dahua Technology UK Ltd"]
US_TECH = {"facial_recognition": "FACIAL RECOGNITION SOFTWARE LICENSES FOR INVESTIGATIONS",
           "vehicle_recognition": "AUTOMATED LICENSE PLATE READER CAMERAS AND SERVICE",
           "phone_tracking": "CELL-SITE SIMULATOR EQUIPMENT AND TRAINING",
           "cctv": "VIDEO SURVEILLANCE SYSTEM INSTALLATION AT PORT OF ENTRY",
           "other_biometrics": "BIOMETRIC IDENTIFICATION KIOSKS (FINGERPRINT AND IRIS)",
           "surveillance_platform": "REAL TIME CRIME CENTER VIDEO INTEGRATION PLATFORM"}
US_AGENCIES = [("Department of Homeland Security", "U.S. Customs and Border Protection"),
               ("Department of Justice", "Federal Bureau of Investigation"),
               ("Department of the Interior", "U.S. Park Police")]
US_RECIPIENTS = ["DEMO BIOMETRICS INC.", "EXAMPLE PLATE SYSTEMS LLC", "SAMPLE SIGNALS CORP", "DEMO VIDEO INTEGRATORS LLC"]
LATAM = {"BR": ("Prefeitura Municipal de Demonstração (SP)", "pt", "BRL", "Sistema de videomonitoramento com reconhecimento facial"),
         "MX": ("Secretaría de Seguridad Ciudadana de Demostración", "es", "MXN", "Sistema de videovigilancia y reconocimiento facial C5"),
         "CO": ("Alcaldía de Demostración (Antioquia)", "es", "COP", "Cámaras de videovigilancia con lectura de placas")}
LEGISTAR_TECH = {"facial_recognition": "Authorizing a contract for facial recognition software for the Police Department",
                 "vehicle_recognition": "Approving purchase of automated license plate reader cameras",
                 "cctv": "Surveillance technology ordinance: approval of citywide camera network",
                 "phone_tracking": "Surveillance impact report: cell site simulator use policy",
                 "surveillance_platform": "Contract for a real-time crime center surveillance platform"}


def w(path: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))


def jdump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)


# --- ccgp -------------------------------------------------------------------------------------------------------
def ccgp_detail(n: dict, withdrawn: bool = False) -> bytes:
    prov, city, county = n["place"]
    summary = (f'<tr><td class="title" width="128">采购项目名称</td><td colspan="3">{n["title"].replace("中标（成交）结果公告", "").replace("公开招标公告", "")}</td></tr>'
               f'<tr><td class="title">品目</td><td colspan="3"><p>安全监控设备</p></td></tr>'
               f'<tr><td class="title">采购单位</td><td colspan="3">{n["buyer"]}</td></tr>'
               f'<tr><td class="title">行政区域</td><td width="168">{county}</td><td class="title" width="128">公告时间</td>'
               f'<td width="168">{n["date"]:%Y年%m月%d日} 09:30</td></tr>'
               + (f'<tr><td class="title">总中标金额</td><td colspan="3">￥{n["amount"] / 10000:.6f} 万元（人民币）</td></tr>'
                  if n["award"] else f'<tr><td class="title">预算金额</td><td colspan="3">￥{n["amount"] / 10000:.6f} 万元（人民币）</td></tr>'))
    body_text = "该公告已撤销。根据采购人要求，本公告内容不再公开。" if withdrawn else n["text"]
    winner = (f'<p>三、中标（成交）信息</p><table><tr><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额</td></tr>'
              f'<tr><td class="code-winningSupplierName">{n["vendor"]}</td><td class="code-winningSupplierAddr">{city}高新区演示路{n["seq"] % 90 + 1}号</td>'
              f'<td class="code-summaryPrice">总价形式报价:{n["amount"]:.2f}(元)</td></tr></table>') if n["award"] and not withdrawn else ""
    if n["old"]:
        html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{n["title"]}</title></head>'
                f'<body><div class="vT_detail_main"><div class="vT_detail_header"><h2>{n["title"]}</h2></div>'
                f'<div class="vT_detail_content"><p>一、项目编号：{n["code"]}</p><p>二、项目名称：{n["title"]}</p>'
                f'<p>采购人：{n["buyer"]}，地址：{prov}{city}{county}</p><p>{body_text}</p>{winner}'
                f'<p>发布日期：{n["date"]:%Y-%m-%d}</p></div></div></body></html>')
        return html.encode("gbk")
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{n["title"]}">'
            f'<meta name="PubDate" content="{n["date"]:%Y-%m-%d} 09:30"><title>{n["title"]}</title></head><body>'
            f'<div class="vF_deail_currentloc"><p><a href="../../">首页</a> » <a class="CurrChnlCls">地方公告</a> » '
            f'<a class="CurrChnlCls">{"中标公告" if n["award"] else "公开招标"}</a></p></div>'
            f'<div class="vF_detail_main"><div class="vF_detail_header"><h2 class="tc">{n["title"]}</h2>'
            f'<p class="tc"><span id="pubTime">{n["date"]:%Y年%m月%d日} 09:30</span></p></div>'
            f'<div class="table"><h5>公告概要：</h5><table><tbody>{summary}</tbody></table></div>'
            f'<div class="vF_detail_content_container"><div class="vF_detail_content">'
            f'<p><span style="display:block">一、项目编号：{n["code"]}</span><span style="display:block">二、项目名称：{n["title"]}</span></p>'
            f'<p>{body_text}</p>{winner}<p>四、采购人信息</p><p>名称：{n["buyer"]}</p><p>地址：{prov}{city}{county}</p>'
            f'</div></div></div><script src="/_bot_placeholder.js"></script></body></html>')
    return html.encode("utf-8")


def ccgp_listing(rows: list[dict], page: int, pages: int, hide_links: bool) -> bytes:
    items = []
    for n in rows:
        href = "javascript:void(0)" if hide_links else n["url"]
        items.append(f'<li><a href="{href}" style="line-height:18px" target="_blank">{escape(n["list_title"])}</a>'
                     f'<p>{escape(n["text"][:60])}…</p><span>{n["list_date"]:%Y.%m.%d} 09:30:00 | 采购人：{n["buyer"]} | '
                     f'代理机构：演示招标代理有限公司<br><strong>{"中标公告" if n["award"] else "公开招标"}</strong> | '
                     f'{n["place"][0]} | <strong>安全监控设备</strong></span></li>')
    hidden = ",".join(n["url"] for n in rows)
    html = (f'<html><head><meta charset="utf-8"><title>搜索结果</title></head><body><div class="vT_z">'
            f'<p class="pager">共找到 <span>{len(rows)}</span> 条内容</p><ul class="vT-srch-result-list-bid">{"".join(items)}</ul>'
            f'<p class="pager"><script>Pager({{size: {pages}, current: {page}}});</script></p></div>'
            + (f'<script>var ohtmlurls="{hidden}";</script>' if hide_links else "") + '</body></html>')
    return html.encode("utf-8")


def gen_ccgp(root: Path, rng: random.Random, count: int, keywords: list[str]) -> dict:
    site = root / "china_ccgp"
    w(site / "routes.json", jdump({"routes": [{"path": "search/bxsearch", "keys": ["kw", "page_index"], "default": "empty"}]}))
    w(site / "base/search/bxsearch/empty.html", ccgp_listing([], 1, 1, False))
    techs = list(CN_TECH)
    notices: list[dict[str, Any]] = []
    for i in range(count):
        tech = techs[i % len(techs)]
        kw, title_stub, text = CN_TECH[tech]
        place = CN_PLACES[i % len(CN_PLACES)]
        vendor, listed = CN_VENDORS[(i * 7) % len(CN_VENDORS)]
        award = i % 3 != 0
        day = date(2018, 3, 1) + timedelta(days=(i * 23) % 2900)
        old = day.year <= 2018 and i % 2 == 0
        seq = 90000000 + i
        channel = "zbgg" if award else "gkzb"
        url = f"http://www.ccgp.gov.cn/cggg/dfgg/{channel}/{day:%Y%m}/t{day:%Y%m%d}_{seq}.htm"
        title = f"{place[1]}{place[2]}{title_stub}{'中标（成交）结果公告' if award else '公开招标公告'}"
        body = text.format(n=rng.randint(12, 900)) + f"本项目采购内容包括{kw}相关设备安装、调试及三年运维服务。"
        notices.append({"seq": seq, "url": url, "title": title, "list_title": title, "date": day, "list_date": day,
                        "place": place, "buyer": f"{place[1]}{CN_UNITS[i % len(CN_UNITS)]}", "vendor": vendor,
                        "award": award, "old": old, "amount": rng.randint(30, 5000) * 1000.0,
                        "code": f"DEMO-{day:%Y}-{i:04d}", "text": body, "kw": keywords[i % len(keywords)]})
    phase2 = {"dropped": notices[3:6], "gone404": notices[6:8], "withdrawn": notices[8:9], "amended": notices[9:12]}
    for n in notices:
        w(site / "base/www" / n["url"].split("ccgp.gov.cn/", 1)[1], ccgp_detail(n))
    for n in phase2["gone404"]:
        w(site / "phase2/www" / (n["url"].split("ccgp.gov.cn/", 1)[1] + ".status"), "404")
    for n in phase2["withdrawn"]:
        w(site / "phase2/www" / n["url"].split("ccgp.gov.cn/", 1)[1], ccgp_detail(n, withdrawn=True))
    for n in phase2["amended"]:
        amended = dict(n, title=n["title"] + "（更正）", text=n["text"] + "更正事项：供货期限调整为60日历天，预算金额调整。",
                       amount=n["amount"] * 1.1)
        w(site / "phase2/www" / n["url"].split("ccgp.gov.cn/", 1)[1], ccgp_detail(amended))
    changed_listing = {id(n) for n in phase2["gone404"] + phase2["withdrawn"] + phase2["amended"]}
    dropped = {id(n) for n in phase2["dropped"]}
    for phase in ("base", "phase2"):
        for k_index, kw in enumerate(keywords):
            rows = [dict(n, list_title=n["title"] + ("（更正）" if phase == "phase2" and id(n) in changed_listing else ""))
                    for n in notices if n["kw"] == kw and not (phase == "phase2" and id(n) in dropped)]
            pages = max(1, -(-len(rows) // 20))
            for p in range(pages):
                w(site / phase / f"search/bxsearch/{kw}_{p + 1}.html",
                  ccgp_listing(rows[p * 20:(p + 1) * 20], p + 1, pages, hide_links=(k_index + p) % 2 == 0))
    return {"notices": len(notices), "countries": ["CN"], "techs": techs}


# --- TED --------------------------------------------------------------------------------------------------------
def eforms_xml(n: dict, version: int = 1) -> bytes:
    kind_root = "ContractAwardNotice" if n["award"] else "ContractNotice"
    ns_root = f"urn:oasis:names:specification:ubl:schema:xsd:{kind_root}-2"
    winner, wcountry = n["winner"]
    result = (f"""<efac:NoticeResult><cbc:TotalAmount currencyID="EUR">{n['value']:.2f}</cbc:TotalAmount>
<efac:LotResult><cbc:ID schemeName="result">RES-0001</cbc:ID><cbc:TenderResultCode listName="winner-selection-status">selec-w</cbc:TenderResultCode>
<efac:LotTender><cbc:ID schemeName="tender">TEN-0001</cbc:ID></efac:LotTender><efac:TenderLot><cbc:ID schemeName="Lot">LOT-0001</cbc:ID></efac:TenderLot></efac:LotResult>
<efac:LotTender><cbc:ID schemeName="tender">TEN-0001</cbc:ID><cbc:RankCode>1</cbc:RankCode><cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">{n['value']:.2f}</cbc:PayableAmount></cac:LegalMonetaryTotal>
<efac:TenderingParty><cbc:ID schemeName="tendering-party">TPA-0001</cbc:ID></efac:TenderingParty></efac:LotTender>
<efac:SettledContract><cbc:ID schemeName="contract">CON-0001</cbc:ID><cbc:IssueDate>{n['date']}+01:00</cbc:IssueDate></efac:SettledContract>
<efac:TenderingParty><cbc:ID schemeName="tendering-party">TPA-0001</cbc:ID><efac:Tenderer><cbc:ID schemeName="organization">ORG-0002</cbc:ID></efac:Tenderer></efac:TenderingParty>
</efac:NoticeResult>""" if n["award"] else "")
    winner_org = (f"""<efac:Organization><efac:Company><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0002</cbc:ID></cac:PartyIdentification>
<cac:PartyName><cbc:Name>{escape(winner)}</cbc:Name></cac:PartyName><cac:PostalAddress><cac:Country><cbc:IdentificationCode listName="country">{n['wiso3']}</cbc:IdentificationCode></cac:Country></cac:PostalAddress></efac:Company></efac:Organization>"""
                  if n["award"] else "")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<{kind_root} xmlns="{ns_root}" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1">
<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>{result}
<efac:Organizations><efac:Organization><efac:Company><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
<cac:PartyName><cbc:Name languageID="{n['lang'].upper()}">{escape(n['buyer'])}</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:CityName>{escape(n['town'])}</cbc:CityName>
<cac:Country><cbc:IdentificationCode listName="country">{n['iso3']}</cbc:IdentificationCode></cac:Country></cac:PostalAddress></efac:Company></efac:Organization>{winner_org}</efac:Organizations>
<efac:Publication><efbc:NoticePublicationID schemeName="ojs-notice-id">{n['pubno']}</efbc:NoticePublicationID></efac:Publication>
</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
<cbc:UBLVersionID>2.3</cbc:UBLVersionID><cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
<cbc:ID schemeName="notice-id">{n['uuid']}</cbc:ID><cbc:IssueDate>{n['date']}+01:00</cbc:IssueDate><cbc:VersionID>{version:02d}</cbc:VersionID>
<cbc:NoticeTypeCode listName="{'result' if n['award'] else 'competition'}">{'can-standard' if n['award'] else 'cn-standard'}</cbc:NoticeTypeCode>
<cbc:NoticeLanguageCode>{n['lang'].upper()}</cbc:NoticeLanguageCode>
<cac:ContractingParty><cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party></cac:ContractingParty>
<cac:ProcurementProject><cbc:Name languageID="{n['lang'].upper()}">{escape(n['title'])}</cbc:Name><cbc:Description languageID="{n['lang'].upper()}">{escape(n['description'])}</cbc:Description>
<cbc:ProcurementTypeCode listName="contract-nature">supplies</cbc:ProcurementTypeCode>
<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">{n['value'] * 1.1:.2f}</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
<cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">{n['cpv']}</cbc:ItemClassificationCode></cac:MainCommodityClassification></cac:ProcurementProject>
<cac:ProcurementProjectLot><cbc:ID schemeName="Lot">LOT-0001</cbc:ID><cac:ProcurementProject><cbc:Name>{escape(n['title'])}</cbc:Name></cac:ProcurementProject></cac:ProcurementProjectLot>
</{kind_root}>"""
    return xml.encode("utf-8")


def gen_ted(root: Path, rng: random.Random, count: int) -> dict:
    site = root / "eu_ted"
    w(site / "routes.json", jdump({"routes": [{"path": "api/v3/notices/search", "keys": ["iterationNextToken"]}]}))
    cpvs = {"cctv": "32323500", "facial_recognition": "35125110", "vehicle_recognition": "35125300",
            "other_biometrics": "35125110", "surveillance_platform": "35120000", "phone_tracking": "35720000"}
    notices: list[dict[str, Any]] = []
    countries = list(EU)
    for i in range(count):
        cc = countries[i % len(countries)]
        iso3, lang, towns, buyer_pattern, techs = EU[cc]
        tech = list(techs)[i % len(techs)]
        town = towns[i % len(towns)]
        day = date(2019, 1, 10) + timedelta(days=(i * 31) % 2600)
        winner = EU_WINNERS[i % len(EU_WINNERS)]
        title = techs[tech].format(n=rng.randint(8, 400))
        notices.append({"pubno": f"{700000 + i}-{day.year}", "uuid": f"00000000-demo-4000-8000-{i:012d}", "date": day,
                        "award": i % 2 == 0, "cc": cc, "iso3": iso3, "lang": lang, "town": town,
                        "buyer": buyer_pattern.format(town=town), "title": title, "winner": winner,
                        "wiso3": {"NL": "NLD", "IT": "ITA", "FR": "FRA", "DE": "DEU", "ES": "ESP", "PL": "POL"}[winner[1]],
                        "description": f"{title}. {town}.", "value": rng.randint(40, 3000) * 1000.0, "cpv": cpvs[tech],
                        "version": 1})
    amended, dropped, gone = notices[2:4], notices[4:6], notices[6:7]
    for n in notices:
        w(site / f"base/web/en/notice/{n['pubno']}/xml", eforms_xml(n))
    for n in amended:
        w(site / f"phase2/web/en/notice/{n['pubno']}/xml", eforms_xml(dict(n, value=n["value"] * 1.25,
                                                                           description=n["description"] + " Modification: lot 2 added."), 2))
    for n in gone:
        w(site / f"phase2/web/en/notice/{n['pubno']}/xml.status", "410")
    for phase in ("base", "phase2"):
        listed = [dict(n, version=2 if phase == "phase2" and (n in amended or n in gone) else 1) for n in notices
                  if not (phase == "phase2" and n in dropped)]
        pages = [listed[i:i + 40] for i in range(0, len(listed), 40)]
        for p, chunk in enumerate(pages):
            token = "null" if p == 0 else f"tok{p}"
            payload = {"notices": [{"publication-number": n["pubno"], "notice-version": n["version"],
                                    "notice-type": "can-standard" if n["award"] else "cn-standard",
                                    "publication-date": f"{n['date']}+01:00", "title-proc": {n["lang"]: n["title"]},
                                    "buyer-country": [n["iso3"]],
                                    "links": {"xml": {"MUL": f"https://ted.europa.eu/en/notice/{n['pubno']}/xml"}}}
                                   for n in chunk],
                       "totalNoticeCount": len(listed), "iterationNextToken": f"tok{p + 1}" if p + 1 < len(pages) else None,
                       "timedOut": False}
            w(site / phase / f"api/v3/notices/search/{token}.json", jdump(payload))
    return {"notices": len(notices), "countries": countries}


# --- OCDS (FTS, Contracts Finder, generic) ------------------------------------------------------------------------
def ocds_release(i: int, ocid_prefix: str, buyer: str, country_name: str, lang: str, currency: str, title: str,
                 winner: str, value: float, day: date, award: bool, town: str) -> dict:
    ocid = f"{ocid_prefix}-{i:06d}"
    release: dict[str, Any] = {"ocid": ocid, "id": f"{ocid}-{'award' if award else 'tender'}-1", "date": f"{day}T10:00:00Z",
               "tag": ["award"] if award else ["tender"], "initiationType": "tender", "language": lang,
               "parties": [{"id": "B1", "name": buyer, "roles": ["buyer"],
                            "address": {"locality": town, "countryName": country_name}}],
               "buyer": {"id": "B1", "name": buyer},
               "tender": {"id": f"T-{i}", "title": title, "description": f"{title}. Demo notice.",
                          "value": {"amount": value * 1.1, "currency": currency}, "procurementMethod": "open",
                          "items": [{"id": "1", "description": title,
                                     "classification": {"scheme": "CPV", "id": "32323500", "description": "Video-surveillance system"}}]}}
    if award:
        release["parties"].append({"id": "S1", "name": winner, "roles": ["supplier"]})
        release["awards"] = [{"id": f"A-{i}", "title": title, "date": f"{day}T10:00:00Z", "status": "active",
                              "value": {"amount": value, "currency": currency}, "suppliers": [{"id": "S1", "name": winner}]}]
    return release


def package(releases: list[dict], next_url: str | None, uri: str) -> str:
    data = {"uri": uri, "version": "1.1", "publishedDate": "2026-01-01T00:00:00Z",
            "publisher": {"name": "survtrack demo snapshot (fictional)"}, "releases": releases}
    if next_url:
        data["links"] = {"next": next_url}
    return jdump(data)


def gen_uk(root: Path, rng: random.Random, count: int, name: str, host: str, path: str, prefix: str, encoding: str) -> dict:
    site = root / name
    w(site / "routes.json", jdump({"routes": [{"path": f"api/{path}", "keys": ["cursor"]}]}))
    releases = []
    for i in range(count):
        tech = list(UK_TECH)[i % len(UK_TECH)]
        day = date(2021, 2, 1) + timedelta(days=(i * 37) % 1900)
        releases.append(ocds_release(i, prefix, UK_BUYERS[i % 3], "United Kingdom", "en", "GBP",
                                     UK_TECH[tech].format(n=rng.randint(5, 300)), UK_WINNERS[i % 4],
                                     rng.randint(20, 900) * 1000.0, day, i % 2 == 0, ["Demoton", "Northshire", "Eastmarch"][i % 3]))
    amended, dropped = releases[1:3], releases[3:5]
    for phase in ("base", "phase2"):
        listed = []
        for r in releases:
            if phase == "phase2" and r in dropped:
                continue
            if phase == "phase2" and r in amended:
                r = json.loads(json.dumps(r))
                r["tender"]["description"] += " Amendment: contract period extended by 12 months and café kiosk cameras added."
            listed.append(r)
        size = 20 if count > 10 else 5
        chunks = [listed[i:i + size] for i in range(0, len(listed), size)]
        for c, chunk in enumerate(chunks):
            nxt = f"{host}/{path}?cursor={c + 2}&limit={size}" if c + 1 < len(chunks) else None
            text = package(chunk, nxt, f"{host}/{path}")
            w(site / phase / f"api/{path}/{'null' if c == 0 else c + 1}.json", text.encode(encoding, "replace"))
    return {"notices": count, "countries": ["GB"]}


def gen_ocds(root: Path, rng: random.Random, count: int) -> dict:
    site = root / "ocds"
    lines = []
    for i in range(count):
        cc = list(LATAM)[i % 3]
        buyer, lang, cur, title = LATAM[cc]
        country_name = {"BR": "Brazil", "MX": "Mexico", "CO": "Colombia"}[cc]
        day = date(2018, 6, 1) + timedelta(days=(i * 41) % 2500)
        winner = ["Hikvision do Brasil Ltda.", "Dahua Technology México S.A. de C.V.", "Demo Seguridad S.A.S."][i % 3]
        lines.append(ocds_release(i, f"ocds-demo{cc.lower()}", buyer, country_name, lang, cur,
                                  f"{title} — lote {i + 1}", winner, rng.randint(100, 9000) * 1000.0, day, True, "Demo"))
    for phase in ("base", "phase2"):
        out = []
        for j, r in enumerate(lines):
            if phase == "phase2" and j in (1, 2):
                r = json.loads(json.dumps(r))
                r["awards"][0]["value"]["amount"] *= 1.3
            out.append(json.dumps({"uri": "demo", "version": "1.1", "publishedDate": "2026-01-01T00:00:00Z",
                                   "releases": [r]}, ensure_ascii=False))
        w(site / phase / "feeds/latam.jsonl", "\n".join(out) + "\n")
    return {"notices": count, "countries": list(LATAM)}


# --- USAspending ------------------------------------------------------------------------------------------------
def gen_usaspending(root: Path, rng: random.Random, count: int) -> dict:
    site = root / "usa_usaspending"
    w(site / "routes.json", jdump({"routes": [{"path": "api/api/v2/search/spending_by_award",
                                               "keys": ["filters.award_type_codes.0", "filters.keywords.0", "page"],
                                               "default": "empty"}]}))
    empty = {"limit": 100, "results": [], "page_metadata": {"page": 1, "hasNext": False}, "messages": []}
    for phase in ("base",):
        w(site / phase / "api/api/v2/search/spending_by_award/empty.json", jdump(empty))
    awards: list[dict[str, Any]] = []
    for i in range(count):
        tech = list(US_TECH)[i % len(US_TECH)]
        agency, sub = US_AGENCIES[i % 3]
        day = date(2018, 10, 1) + timedelta(days=(i * 53) % 2500)
        grant = i % 5 == 4
        piid = f"DEMO{i:05d}"
        awards.append({"internal_id": 900000 + i, "Award ID": piid, "Recipient Name": US_RECIPIENTS[i % 4],
                       "Start Date": str(day), "End Date": str(day + timedelta(days=365)),
                       "Award Amount": float(rng.randint(50, 9000) * 100), "Description": US_TECH[tech],
                       "Awarding Agency": agency, "Awarding Sub Agency": sub,
                       "Place of Performance Country Code": "USA", "Place of Performance State Code": ["TX", "AZ", "DC"][i % 3],
                       "Place of Performance City Code": None, "recipient_id": f"demo-{i}-R",
                       **({"Award Type": "PROJECT GRANT (B)"} if grant else
                          {"Contract Award Type": "DEFINITIVE CONTRACT", "NAICS": {"code": "561621", "description": "SECURITY SYSTEMS SERVICES"},
                           "PSC": {"code": "6350", "description": "MISC ALARM, SIGNAL, SECURITY DETECTION SYSTEMS"}}),
                       "generated_internal_id": f"{'ASST_NON' if grant else 'CONT_AWD'}_{piid}_9700_-NONE-_-NONE-",
                       "_group": "02" if grant else "A"})
    amended, dropped = {awards[0]["Award ID"], awards[1]["Award ID"]}, {awards[2]["Award ID"]}
    for phase in ("base", "phase2"):
        for group in ("A", "02"):
            rows = []
            for a in awards:
                if a["_group"] != group or (phase == "phase2" and a["Award ID"] in dropped):
                    continue
                a = {k: v for k, v in a.items() if k != "_group"}
                if phase == "phase2" and a["Award ID"] in amended:
                    a["Award Amount"] = a["Award Amount"] + 125000.0
                rows.append(a)
            chunks = [rows[i:i + 100] for i in range(0, len(rows), 100)] or [[]]
            for p, chunk in enumerate(chunks):
                w(site / phase / f"api/api/v2/search/spending_by_award/{group}_facial recognition_{p + 1}.json",
                  jdump({"limit": 100, "results": chunk, "page_metadata": {"page": p + 1, "hasNext": p + 1 < len(chunks)},
                         "messages": ["For searches, time period start and end dates are currently limited to an earliest date of 2007-10-01."]}))
    return {"notices": count, "countries": ["US"]}


# --- Legistar ---------------------------------------------------------------------------------------------------
def gen_legistar(root: Path, rng: random.Random, count: int, clients: list[str]) -> dict:
    site = root / "usa_legistar"
    w(site / "routes.json", jdump({"routes": [{"path": r"api/v1/[^/]+/matters", "keys": ["$skip"]}]}))
    for c_index, client in enumerate(clients):
        matters: list[dict[str, Any]] = []
        for i in range(count // len(clients)):
            tech = list(LEGISTAR_TECH)[(i + c_index) % len(LEGISTAR_TECH)]
            day = date(2019, 2, 1) + timedelta(days=(i * 67 + c_index * 13) % 2400)
            mid = 5000 + c_index * 1000 + i
            matters.append({"MatterId": mid, "MatterGuid": f"DEMO-{mid}", "MatterFile": f"CB {day.year}-{i:03d}",
                            "MatterName": f"Demo matter {mid}", "MatterTitle": f"{LEGISTAR_TECH[tech]} ({client.title()} demo)",
                            "MatterTypeName": "Contract" if i % 2 == 0 else "Ordinance", "MatterStatusName": "Passed",
                            "MatterBodyName": "City Council (Demo)", "MatterIntroDate": f"{day}T00:00:00",
                            "MatterAgendaDate": f"{day + timedelta(days=14)}T00:00:00", "MatterPassedDate": None,
                            "MatterLastModifiedUtc": f"{day + timedelta(days=20)}T16:00:00.000"})
        for phase in ("base", "phase2"):
            listed = []
            for j, m in enumerate(matters):
                if phase == "phase2" and j == 0:
                    m = dict(m, MatterStatusName="Amended", MatterLastModifiedUtc="2026-01-05T10:00:00.000")
                listed.append(m)
            w(site / phase / f"api/v1/{client}/matters/0.json", jdump(listed))
        for j, m in enumerate(matters):
            attachments = [{"MatterAttachmentId": m["MatterId"] * 10 + k, "MatterAttachmentName": name,
                            "MatterAttachmentHyperlink": f"https://legistar.granicus.com/{client}/attachments/demo-{m['MatterId']}-{k}.pdf"}
                           for k, name in enumerate(["Staff report", "Surveillance impact report", "Vendor contract"])]
            w(site / "base" / f"api/v1/{client}/matters/{m['MatterId']}/attachments.json", jdump(attachments))
            if j == 0:
                w(site / "phase2" / f"api/v1/{client}/matters/{m['MatterId']}/attachments.json",
                  jdump(attachments + [{"MatterAttachmentId": 1, "MatterAttachmentName": "Amendment 1 to vendor contract",
                                        "MatterAttachmentHyperlink": f"https://legistar.granicus.com/{client}/attachments/amend.pdf"}]))
    return {"notices": count // len(clients) * len(clients), "countries": ["US"]}


def generate(out: Path, small: bool = False) -> dict:
    rng = random.Random(20261122)
    if out.exists():
        shutil.rmtree(out)
    scale = 0.25 if small else 1.0
    summary = {
        "china_ccgp": gen_ccgp(out, rng, int(120 * scale) or 12, ["人脸识别", "视频监控", "雪亮工程", "电子围栏"]),
        "eu_ted": gen_ted(out, rng, int(70 * scale) or 10),
        "uk_find_a_tender": gen_uk(out, rng, int(30 * scale) or 8, "uk_find_a_tender", "https://www.find-tender.service.gov.uk",
                                   "api/1.0/ocdsReleasePackages", "ocds-h6vhtk", "utf-8"),
        "uk_contracts_finder": gen_uk(out, rng, int(30 * scale) or 8, "uk_contracts_finder",
                                      "https://www.contractsfinder.service.gov.uk", "Published/Notices/OCDS/Search",
                                      "ocds-b5fd17", "iso-8859-1"),
        "ocds": gen_ocds(out, rng, int(30 * scale) or 6),
        "usa_usaspending": gen_usaspending(out, rng, int(40 * scale) or 10),
        "usa_legistar": gen_legistar(out, rng, int(20 * scale) or 6, ["lakeview", "harborcity"]),
    }
    w(out / "SUMMARY.json", jdump(summary))
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "corpus")
    parser.add_argument("--small", action="store_true", help="a quarter-size snapshot (test fixtures)")
    options = parser.parse_args()
    summary = generate(options.out, options.small)
    print(json.dumps({k: v["notices"] for k, v in summary.items()}), "notices in total:",
          sum(v["notices"] for v in summary.values()))


if __name__ == "__main__":
    main()
