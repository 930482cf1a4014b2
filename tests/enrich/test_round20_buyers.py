"""Round 20, buyer names found wrong or cut at the wrong end: a Chinese body that the body's first sentence names as
the subject of its buying verb, where the title heads with the site, the project or an abbreviation; a buyer role word
followed by the name without a link ("采购人X，"); a parent's "subordinate unit" or a receiving verb read into a span;
a quoted firm with its legal form after (or before) a ministry's name; a lede name that goes on past the words its
headline shortened it to (a city's genitive, a bracketed acronym).

Every sentence here was written for these tests (fictional purchases; the bodies are named as such bodies are
named), none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import buyer_table_tests

# (title, body, buyer)
BUYERS = [
    # the body's buying subject over the title's site or project (simplified and traditional)
    ("青河县第一小学智慧教室建设项目",
     "青河县教育局采购智慧黑板20块，成交金额：88万元。成交供应商：阿勒泰某科技有限公司。",
     "青河县教育局"),
    ("库尔勒市图书馆门禁系统采购", "库尔勒市文化和旅游局采购人脸门禁闸机6套，预算40万元。", "库尔勒市文化和旅游局"),
    ("新北市政府交通局號誌更新採購", "新北市政府交通局交通管制工程處決標號誌控制器150組，決標金額新臺幣900萬元。",
     "新北市政府交通局交通管制工程處"),
    ("嘉義市政府：停車場改善工程決標", "嘉義市政府工務處公告停車場改善工程決標，得標金額新臺幣2,100萬元。",
     "嘉義市政府工務處"),
    # a funding body named later in the lede, after a clause about something else
    ("和田市：智慧社区上线", "和田市多个社区近日上线门禁系统，系统由某数据公司开发，和田市住房和城乡建设局出资52万元。",
     "和田市住房和城乡建设局"),
    # a body buying for its units: the body, not "… for the stations"
    ("莎车县公安局执法记录仪采购", "莎车县公安局为各派出所采购执法记录仪60台，中标金额：48万元。", "莎车县公安局"),
    # a buyer role word and the name without a link or colon
    ("英吉沙县视频监控项目中标公告",
     "中标单位：某科技有限公司；中标金额：120万元。采购人英吉沙县公安局，在乡镇新建摄像机40台。",
     "英吉沙县公安局"),
    # a parent's subordinate unit, a receiving verb: the unit itself
    ("关于签订重大合同的公告", "公司控股子公司与喀什地区行政公署下属单位喀什地区交通运输局签订了《智慧交通项目合同》。",
     "喀什地区交通运输局"),
    ("关于中标项目的公告", "公司于近日收到吐鲁番市高昌区人民政府办公室发出的《中标通知书》，中标金额为人民币800万元。",
     "吐鲁番市高昌区人民政府办公室"),
    # a quoted firm with its legal form, after or before (uz, az, kk-style Latin, ru)
    ("Samarqand: kameralar", "SAMARQAND - Favqulodda vaziyatlar vazirligi \"Zarafshon Tech\" MChJ bilan shartnoma "
     "tuzib, 300 ta kamera o'rnatadi.", "Favqulodda vaziyatlar vazirligi"),
    ("Gəncə: kameralar", "GƏNCƏ - Fövqəladə Hallar Nazirliyi \"Kəpəz Sistem\" MMC ilə müqavilə imzalayıb.",
     "Fövqəladə Hallar Nazirliyi"),
    # a lede's name carried on past its headline form by a city's genitive (pl, sk, cs)
    ("Kraków: Straż Miejska kupuje drony", "KRAKÓW - Straż Miejska miasta Krakowa kupiła 12 dronów za 400 tys. zł.",
     "Straż Miejska miasta Krakowa"),
    ("Košice: Mestská polícia kupuje kamery", "KOŠICE - Mestská polícia mesta Košice kúpila 80 kamier za 150 000 eur.",
     "Mestská polícia mesta Košice"),
    # a place's qualifier is part of the name the head frames (fa: "Greater …", "… Razavi", "… Sharqi")
    ("اصفهان: دوربین", "فرماندهی انتظامی اصفهان بزرگ ۳۰۰ دوربین جدید خریداری کرد.", "فرماندهی انتظامی اصفهان بزرگ"),
    ("تبریز: دوربین", "استانداری آذربایجان شرقی قرارداد نصب دوربین را امضا کرد.", "استانداری آذربایجان شرقی"),
]

# what must not be read as a buyer, or into or out of a name
KEPT = [
    # a notice sentence about the purchase intentions, dated, is no subject; the title's body stays
    ("阿图什市公安局2026年12月政府采购意向",
     "为便于供应商及时了解政府采购信息，现将阿图什市公安局2026年12月政府采购意向公开如下：",
     "阿图什市公安局"),
    # a body's subject with no buying verb leaves the title's buyer
    ("乌恰县公安局视频监控项目成交公告", "乌恰县公安局视频监控项目已完成验收，成交金额：66万元。", "乌恰县公安局"),
    # a quoted name without a legal form stays part of the name
    ("Praha: kamery", "PRAHA - Městská policie hl. m. Prahy koupila 40 kamer.", "Městská policie hl. m. Prahy"),
    # a headline and lede that agree, a verb after: nothing carried on
    ("Gdańsk: Straż Miejska kupuje kamery", "GDAŃSK - Straż Miejska kupiła 30 kamer od firmy Bałtyk Systemy.",
     "Straż Miejska"),
    # a firm's sentence naming the body after it is no buying subject
    ("路灯改造工程中标公告", "某光电科技股份有限公司与某县城市管理局签订路灯改造合同，合同金额：300万元。", None),
    # a qualifier word glued to a longer word is not read as the place's qualifier
    ("شیراز: دوربین", "شهرداری شیراز بزرگترین شبکه دوربین را راه‌اندازی کرد.", "شهرداری شیراز"),
    # a bracketed acronym with no place after it is not carried on
    ("Gdańsk: Straż Miejska kupuje kamery", "GDAŃSK - Straż Miejska (SM) kupiła 30 kamer.", "Straż Miejska"),
]

test_the_buyer_is_read, test_what_is_no_part_of_a_name = buyer_table_tests(BUYERS, KEPT)
