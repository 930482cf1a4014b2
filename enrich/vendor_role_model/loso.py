"""Measure the vendor role model leave-one-set-out, in the engine: `python -m enrich.vendor_role_model.loso`.

For each labelled set (or those named), a model is trained on every other set and the snippets, and the set is
enriched twice - the model off, then on with it - and scored as bench.eval scores vendors: supplier resolution and
spurious supplier links. Switch the model on (``ENABLED``) only if the totals improve (tests/eval/README.md,
"Vendor role model"). Needs the training build of fastText (`make train-venv`); ~5 minutes for all sets.
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import enrich.vendor_role_model as model
from enrich.tag_model.training import ROOT, labelled_sets, sha256
from enrich.vendor_role_model.training import fit, set_lines, snippet_lines, write_corpus


def main(argv: list[str] | None = None) -> int:
    from bench.eval import load_engine, load_set, predict, score_vendors

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set file names in tests/eval (default: every labelled set)")
    parser.add_argument("--python", default=str(ROOT / ".venv-train" / "bin" / "python"))
    parser.add_argument("--veto", type=float, default=model.VETO_BELOW)
    parser.add_argument("--promote", type=float, default=model.PROMOTE_ABOVE)
    parser.add_argument("--strong-veto", type=float, default=model.STRONG_VETO_BELOW,
                        help="the veto's threshold for suppliers named by the strongest supply wording (0: never)")
    args = parser.parse_args(argv)
    sets = labelled_sets()  # never a blind set
    targets = [p for p in sets if not args.sets or p.name in args.sets]
    lines = {p.name: list(set_lines(p)) for p in sets}
    snippets = list(snippet_lines())
    enrich_fn, largest = load_engine()
    saved = model.ENABLED, model.VETO_BELOW, model.PROMOTE_ABOVE, model.MODEL_PATH, model.STRONG_VETO_BELOW
    totals = {"off": [0, 0, 0, 0], "on": [0, 0, 0, 0]}
    try:
        for target in targets:
            with tempfile.TemporaryDirectory() as tmp:
                corpus_path, model_path = Path(tmp) / "corpus.txt", Path(tmp) / "model.bin"
                write_corpus(corpus_path, {n: v for n, v in lines.items() if n != target.name}, snippets)
                fit(args.python, corpus_path, model_path)
                # the engine names the model it runs by the hash its training recorded (`model_hash`)
                model_path.with_suffix(".json").write_text(json.dumps({"model_sha256": sha256(model_path)}),
                                                           encoding="utf-8")
                model.MODEL_PATH, model.VETO_BELOW, model.PROMOTE_ABOVE = model_path, args.veto, args.promote
                model.STRONG_VETO_BELOW = args.strong_veto
                model._model.cache_clear()
                records = load_set(target)
                cells = []
                for mode in ("off", "on"):
                    model.ENABLED = mode == "on"
                    rows = [(r["labels"].get("suppliers") or [], predict(r, enrich_fn, largest)["parties"])
                            for r in records]
                    v = score_vendors(rows)
                    counts = [v["supplier_correct"], v["n"], v["spurious_supplier_ids"], v["supplier_links"]]
                    totals[mode] = [a + b for a, b in zip(totals[mode], counts, strict=True)]
                    cells.append(f"{mode} {counts[0]}/{counts[1]} spurious {counts[2]}/{counts[3]}")
                print(f"{target.name:28} " + " | ".join(cells), flush=True)
                model._model.cache_clear()
    finally:
        model.ENABLED, model.VETO_BELOW, model.PROMOTE_ABOVE, model.MODEL_PATH, model.STRONG_VETO_BELOW = saved
    for mode, (correct, gold, spurious, links) in totals.items():
        print(f"total {mode}: supplier resolution {correct}/{gold} = {correct / max(gold, 1):.3f}, "
              f"spurious {spurious}/{links} = {spurious / max(links, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
