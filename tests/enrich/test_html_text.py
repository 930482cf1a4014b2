"""enrich/html_text.py: what spiders and ingest cite must be page text, never markup comments."""
from __future__ import annotations

import lxml.html

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
