import json, psycopg
from survtrack.cli import main
from tests.cli.test_ingest_export import NOTICE_ZH, NOTICE_EN, write_jsonl

def test_debug(database_url, tmp_path, capsys):
    main(["ingest", str(write_jsonl(tmp_path / "n.jsonl", [NOTICE_ZH, NOTICE_EN]))])
    with psycopg.connect(database_url) as conn:
        before = {r[0]: r[1] for r in conn.execute("SELECT notice_id, enrichment FROM enrichment_snapshots")}
    main(["reprocess"])
    with psycopg.connect(database_url) as conn:
        hist = conn.execute("SELECT notice_id, enrichment FROM enrichment_history").fetchall()
        after = {r[0]: r[1] for r in conn.execute("SELECT notice_id, enrichment FROM enrichment_snapshots")}
    for k in before:
        if before[k] != after[k]:
            print(json.dumps(before[k]["amounts"], ensure_ascii=False)); print(json.dumps(after[k]["amounts"], ensure_ascii=False))
    assert 0
