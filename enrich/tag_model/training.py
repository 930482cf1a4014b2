"""Rebuild enrich/data/tag_model.bin from the labelled sets in tests/eval (`make tag-model`).

Every labelled notice becomes one fastText line: its technology ids as labels (``__label__none`` for a notice that
buys no surveillance) and `prepare(fold(title + "\\n" + body))`. So do the texts of the unit tests
(`test_snippets.jsonl`: every text tests/enrich and tests/scrapers gave the classifier in one run on 2026-12-03, set
texts and tests/enrich/test_tag_model.py's own left out), labelled by the cue rules those tests check (`--relabel`
labels them again with the rules as they are now): without them the model, trained on whole notices only, read
headline-length hard negatives by one word ("face masks and face shields" as face recognition). One thread and a
fixed seed make the fit repeatable. `tag_model.json` records the parameters and the SHA-256 of each set, of the
snippets and of the model, so a test can tell when a label changed after the model was trained
(tests/enrich/test_tag_model.py).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import tempfile
from pathlib import Path

from enrich.tag_model import MODEL_PATH, prepare
from enrich.text import fold

ROOT = Path(__file__).resolve().parents[2]
SETS_DIR = ROOT / "tests" / "eval"
META_PATH = MODEL_PATH.with_suffix(".json")
SNIPPETS_PATH = Path(__file__).with_name("test_snippets.jsonl")
#: Chosen leave-one-set-out on the development sets; a smaller model (dim 16, 50,000 buckets: ~4.5 MB) scored as
#: well as a 100 MB one, and quantising (.ftz) lost 0.03 micro-F1, so the model ships unquantised.
PARAMS = {"loss": "ova", "epoch": 30, "lr": 0.5, "wordNgrams": 2, "minn": 3, "maxn": 5, "dim": 16,
          "bucket": 50000, "minCount": 2, "thread": 1, "seed": 1, "verbose": 0}


#: Blind sets waiting to be scored (tests/eval/README.md): never trained on, or scoring them would measure nothing.
#: A set leaves this list once it has been scored; the next `make tag-model` then learns from it.
BLIND = frozenset({"heldout_2026_12at.jsonl", "heldout_2026_12au.jsonl"})


def labelled_sets() -> list[Path]:
    """Every labelled set in tests/eval but the blind ones, in name order."""
    return sorted(path for path in SETS_DIR.glob("*.jsonl") if path.name not in BLIND)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_line(technologies: list[str], text: str) -> str:
    labels = " ".join(f"__label__{t}" for t in technologies) or "__label__none"
    return f"{labels} {' '.join(prepare(fold(text)).split())}\n"


def relabel_snippets() -> None:
    """Label every snippet again with the cue rules alone (the model's proposals switched off)."""
    import enrich.tag_model as model
    from enrich.classify import classify_notice
    from enrich.model import TAXONOMY_IDS

    saved = model.THRESHOLD, model.NONE_CERTAIN
    model.THRESHOLD = model.NONE_CERTAIN = 2.0  # no probability reaches it: rules only
    try:
        rows = [json.loads(line) for line in SNIPPETS_PATH.read_text(encoding="utf-8").splitlines() if line]
        with SNIPPETS_PATH.open("w", encoding="utf-8") as out:
            for row in rows:
                tags = {tag.taxonomy_id for tag in classify_notice(row["text"])[0]}
                row["technologies"] = [tid for tid in TAXONOMY_IDS if tid in tags]
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        model.THRESHOLD, model.NONE_CERTAIN = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(ROOT / ".venv-train" / "bin" / "python"),
                        help="a Python with fasttext-numpy2 installed (make tag-model builds .venv-train)")
    parser.add_argument("--relabel", action="store_true", help="label test_snippets.jsonl with the rules first")
    args = parser.parse_args(argv)
    if args.relabel:
        relabel_snippets()
    sets = labelled_sets()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        with corpus.open("w", encoding="utf-8") as out:
            for path in sets:
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        record = json.loads(line)
                        out.write(corpus_line(record["labels"]["technologies"], f"{record['title']}\n{record['body']}"))
            for line in SNIPPETS_PATH.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    snippet = json.loads(line)
                    out.write(corpus_line(snippet["technologies"], snippet["text"]))
        fit = Path(__file__).with_name("fit.py")
        subprocess.run([args.python, str(fit), str(corpus), str(MODEL_PATH), json.dumps(PARAMS)], check=True)
    meta = {"params": PARAMS, "trainer": "fasttext-numpy2==0.10.4", "model_sha256": sha256(MODEL_PATH),
            "sets": {path.name: sha256(path) for path in sets}, "snippets_sha256": sha256(SNIPPETS_PATH)}
    META_PATH.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    size = MODEL_PATH.stat().st_size
    print(f"tag model: {len(sets)} sets and the test snippets -> {MODEL_PATH.name} ({size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
