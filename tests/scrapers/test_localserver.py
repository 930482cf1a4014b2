"""The local snapshot server maps query-dependent APIs to files: JSON POST bodies (TED, USAspending) and
form-encoded POST bodies (cninfo's hisAnnouncement/query) alike; an unreadable body is a 400, not a wrong file."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from scrapers.localserver import SnapshotServer


@pytest.fixture
def server(tmp_path):
    site = tmp_path / "site"
    (site / "base/api/query").mkdir(parents=True)
    (site / "routes.json").write_text(json.dumps({"routes": [{"path": "api/query", "keys": ["stock", "pageNum"]}]}))
    (site / "base/api/query/002415_2.json").write_text('{"page": 2}')
    with SnapshotServer(tmp_path) as running:
        yield running


def post(server, body: bytes, content_type: str) -> tuple[int, bytes]:
    request = urllib.request.Request(f"{server.url}/site/api/query", data=body, method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_form_encoded_post_selects_the_file(server):
    body = b"stock=002415&pageNum=2&category=category_ndbg_szsh&searchkey=%E4%BA%BA%E8%84%B8"
    assert post(server, body, "application/x-www-form-urlencoded; charset=UTF-8") == (200, b'{"page": 2}')


def test_json_post_selects_the_file(server):
    assert post(server, b'{"stock": "002415", "pageNum": 2}', "application/json") == (200, b'{"page": 2}')


def test_unreadable_post_body_is_a_400(server):
    assert post(server, b"{not json", "application/json")[0] == 400
    assert post(server, b"\xff\xfe=\xff", "application/x-www-form-urlencoded")[0] == 400
