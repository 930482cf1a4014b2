"""Chinese product phrases right after a two-character brand: the context that makes 华为, 科达, 中兴 a brand.

Why: item lists name the goods bought as brand + product phrase with no marker between them ("采购科达高清摄像机64台",
"华为视频云存储设备2套", "宇视车辆卡口8处", "云从人证核验终端", "科达执法记录仪"). The plain product words of
enrich/vendor_mentions.py need the product noun right after the name; here one or two of a few bounded modifiers
(高清, 视频, 车辆, 人证, 执法 ...) may come first, and the nouns are the goods that such lists name (a cloud node, a
structuring server, a gate, a recorder) - not software, which a notice more often names as the platform
already there (平台采用X视频管理软件). Bounded: a fixed word list, at most two modifiers, no open run of characters.
"""
from __future__ import annotations

import re

_MODIFIERS = ("超高清|高清|智能|网络|视频|车辆|人车|人证|人像|人脸识别|人脸|执法|警用|安防|"
              "红外|全景|星光|一体化|移动")
_PRODUCTS = ("云存储|云平台|云节点|云|存储|结构化|会议|会商|监控|卡口|核验|比对|记录仪|终端|眼镜|电子围栏|围栏|"
             "解码器|服务器|摄像机|摄像头|相机|平台|一体机|分析仪|抓拍机")

_COMPANY_TAIL = r"(?![\u4e00-\u9fff]{0,6}(?:有限公司|公司|商行))"  # 科达视频监控工程有限公司: a company's own name

CJK_PRODUCT_AFTER_RE = re.compile(rf"(?:{_MODIFIERS}){{0,2}}(?:{_PRODUCTS}){_COMPANY_TAIL}")
