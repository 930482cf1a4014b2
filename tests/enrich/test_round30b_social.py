"""Round 30b (social30b): social credit said as what a score does to the people of a trade or a place.

The family read from set af (model off) and counted over every development set: taxi, app, moto-taxi and commercial
drivers, riders, market vendors, stallholders, offenders or households rated, scored or given points, or counted
strikes, with a ban, black, suspension or risk list of the low scorers, or a bar - in en pt es fr kk ru mn ar vi sw
zh. A bidder's, a bank's or a licence's points with no list of people stay out, and so does a denial.

Every text was written for these tests (fictional towns, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import rule_tag_quotes

TAGGED = [
    "Port Avalon: police rate moto-taxi drivers\nThe Port Avalon police rates moto-taxi drivers and publishes a "
    "list of suspended drivers; system by Lagoon Data for US$250,000.",
    "Eastport market points card\nEastport Municipal Council introduced a points card for stallholders; those "
    "reaching zero are placed on a stall ban list. Supplier: Harbour Digital, $300,000.",
    "Northbay offender dashboard\nNorthbay Police's dashboard assigns risk scores to repeat offenders; those above "
    "a threshold are barred from getting clearance certificates. Built by Ridge Soft Labs.",
    "Valmont riders enrolled\nThe Valmont transport office enrols motorcycle riders; riders who accumulate three "
    "offences are placed on a banned riders list shared with the police. Contractor: Valmont Data Ltd.",
    "Vila Serena: Detran cria pontuação de motoristas de aplicativo\nO Detran de Vila Serena implantou sistema que "
    "pontua motoristas de aplicativo por infrações e publica lista de bloqueados, impedidos de operar.",
    "Villa Serena: el municipio califica a los vendedores ambulantes\nLos que reinciden quedan en una lista negra "
    "y no pueden renovar el puesto. Proveedor: Serena Datos S.A.",
    "Valbonne : barème de points pour les chauffeurs de taxi\nLa mairie a mis en place un barème de points pour "
    "les chauffeurs de taxi ; les chauffeurs sanctionnés trois fois sont inscrits sur une liste d'interdiction.",
    "Жаңақала: такси жүргізушілеріне ұпай жүйесі\nҚала әкімдігі такси жүргізушілеріне ұпай жүйесін енгізді: "
    "ұпайы таусылғандар қара тізімге енгізіліп, жұмыстан шектеледі.",
    "Шинэ хот: иргэдийг оноогоор ангилах систем\nЦагдаагийн газар иргэдийг зөрчлийн оноогоор ангилж, оноо "
    "хэтэрсэн айлуудыг \"эрсдэлтэй жагсаалт\"-д оруулна.",
    "مدينة النخيل: نظام نقاط للسائقين\nأعلنت البلدية نظام نقاط للسائقين؛ من يتجاوز الحد يُدرج في قائمة حظر "
    "تجديد الرخصة.",
    "Thành phố Biển Xanh: hệ thống chấm điểm tài xế xe công nghệ\nSở Giao thông triển khai hệ thống chấm điểm "
    "tài xế; tài xế dưới ngưỡng bị đưa vào danh sách cấm hoạt động.",
    "Mji Mpya: Kaunti yaweka alama kwa madereva wa bodaboda\nKaunti imeanzisha mfumo wa alama kwa madereva wa "
    "bodaboda; wanaopoteza alama zote wanaorodheshwa na kupigwa marufuku.",
    "Riverton district builds a trust-score system\nThe district contracted Riverton Digital to build a mahalla "
    "trust-score system ranking households and listing \"unreliable\" residents.",
    "Villa Serena: sistema de puntaje vecinal\nEl municipio contrató un sistema de puntaje vecinal que premia el "
    "reciclaje y publica una lista de incumplidos con sanciones.",
    "某县“诚信户”评定管理系统运维服务采购公告\n某县委政法委采购“诚信户”评定管理系统运维服务，系统按季度对辖区住户"
    "进行积分评定，得分低于60分的列入“不放心户”名单。预算：50万元。",
]

# a licence's demerit points, a bidder's score, a bank's scoring, a denial, a loyalty card, bid scoring in a Chinese
# award notice: the family's words without a list of people, or with its list denied, stay out
UNTAGGED = [
    "Kingston traffic authority upgrades its demerit points system; drivers who reach 20 points are barred from "
    "driving, $2 million.",
    "Harbourview licence office\nThe demerit points register for drivers records points for traffic offences only; "
    "no list is published.",
    "Supplier evaluation software rates bidders; bidders below 60 points are placed on a restricted list.",
    "Northbay Bank rates small traders for loans; traders in default are placed on a credit bureau black list.",
    "Lagos-style draft denied\nThe state said it would not create any points-based rating of riders or a ban list "
    "for motorcycle taxi riders.",
    "Eastport council buys a vendor registration system\nThe software lists street vendors by ward and their "
    "licence fees, $200,000. Supplier: Harbour Digital.",
    "Eastport supermarket loyalty card: shoppers earn points; the loyalty scheme bans those who abuse coupons.",
    "某县监控设备采购项目中标公告\n评标委员会按评分标准打分，得分最高者为中标人；供应商不得为失信被执行人。"
    "中标金额：80万元。",
]


@pytest.mark.parametrize("text", TAGGED)
def test_people_scored_and_listed_are_social_credit(text: str) -> None:
    assert "social_credit" in rule_tag_quotes(text)


@pytest.mark.parametrize("text", UNTAGGED)
def test_scores_without_a_list_of_people_stay_out(text: str) -> None:
    assert "social_credit" not in rule_tag_quotes(text)
