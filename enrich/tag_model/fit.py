"""Fit the tag model: run as a script by a Python that has the training build of fastText (`make tag-model`).

It imports nothing of survtrack: the runtime's fastText (fasttext-predict) cannot train, and the training build
installs a module of the same name, so training runs in its own environment (.venv-train) on a corpus that
training.py prepared with the runtime's own `prepare`. Usage: fit.py CORPUS OUTPUT PARAMS_JSON
"""
import json
import sys

import fasttext  # the training build (fasttext-numpy2), not fasttext-predict


def main() -> None:
    corpus, output, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    fasttext.train_supervised(corpus, **params).save_model(output)


if __name__ == "__main__":
    main()
