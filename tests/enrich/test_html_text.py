"""enrich/html_text.py: what spiders and ingest cite must be page text, never markup comments; tables keep which
label belongs to which value (enrich/html_tables.py)."""
from __future__ import annotations

import lxml.html
import pytest

from enrich.html_text import html_to_text


def test_comments_and_processing_instructions_are_not_text_but_their_tails_are():
    # Parsed the way Scrapy/parsel parse a page: comments stay in the tree.
    root = lxml.html.fromstring("<div><p>采购单位：<!-- <span>旧模板 COMMENT-TEXT</span> -->东湖示范县公安局</p>"
                                "<?php echo 'PI-TEXT'; ?><p>中标金额：286.5万元</p></div>")
    assert html_to_text(root) == "采购单位：东湖示范县公安局\n中标金额：286.5万元"


def test_comment_inside_a_table_cell_keeps_the_label_value_row():
    assert html_to_text("<table><tr><td>Buyer</td><td><!-- old: Westbrook -->Eastbrook Borough Council</td></tr>"
                        "</table>") == "Buyer：Eastbrook Borough Council"


def test_scripts_styles_and_templates_are_still_dropped():
    assert html_to_text("<div>a<script>SCRIPT</script><style>STYLE</style><template>TPL</template>"
                        "<noscript>NOSCRIPT</noscript>b</div>") == "ab"


def test_header_row_over_data_rows_becomes_an_aligned_grid():
    html = ("<table><tr><td>序号</td><td>供应商名称</td><td>中标价(元)</td><td>工期</td></tr>"
            "<tr><td>1</td><td>某某科技有限公司</td><td>8865005.32</td><td>90日历天</td></tr>"
            "<tr><td>2</td><td></td><td>123.00</td><td></td></tr></table>")
    assert html_to_text(html) == ("序号\t供应商名称\t中标价(元)\t工期\n1\t某某科技有限公司\t8865005.32\t90日历天\n"
                                  "2\t\t123.00\t")


def test_rowspan_and_colspan_keep_columns_aligned():
    html = ("<table><tr><th>标段</th><th>排名</th><th>投标报价(万元)</th></tr>"
            "<tr><td rowspan='2'>第一标段</td><td>1</td><td>386.5</td></tr><tr><td>2</td><td>391.2</td></tr>"
            "<tr><td colspan='2'>合计</td><td>777.7</td></tr></table>")
    assert html_to_text(html) == "标段\t排名\t投标报价(万元)\n第一标段\t1\t386.5\n\t2\t391.2\n合计\t\t777.7"


@pytest.mark.parametrize("html, text", [
    # label/value tables read as before: "label：value" per pair, wide rows tab-separated
    ("<table><tr><td>采购单位</td><td>东湖示范县公安局</td></tr></table>", "采购单位：东湖示范县公安局"),
    ("<table><tr><td>项目名称</td><td colspan='3'>某项目</td></tr><tr><td>中标人</td><td>某公司</td>"
     "<td>中标价(元)</td><td>100.00</td></tr></table>", "项目名称：某项目\n中标人：某公司\n中标价(元)：100.00"),
    ("<table><tr><td>采购人</td><td>某局</td><td>代理机构</td><td>某咨询公司</td></tr>"
     "<tr><td>中标人</td><td>某公司</td><td>中标金额</td><td>100万元</td></tr></table>",
     "采购人：某局\n代理机构：某咨询公司\n中标人：某公司\n中标金额：100万元"),
    ("<table><tr><td>名称</td><td>品牌</td><td>数量</td></tr><tr><td>摄像机</td><td>示范</td><td>台</td></tr></table>",
     "名称\t品牌\t数量\n摄像机\t示范\t台"),
])
def test_label_value_tables_are_unchanged(html, text):
    assert html_to_text(html) == text
