"""An atheris fuzz target for the readers: any bytes, any reader, only QuizgenError may escape.

Run: .venv/bin/python tests/fuzz/fuzz_readers.py -max_total_time=60   (tests/test_fuzz.py runs it briefly)
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports(include=["quizgen"]):
    from quizgen.errors import QuizgenError
    from quizgen.readers import READERS, article_from_bytes

SUFFIXES = ["", *sorted(READERS)]


def test_one_input(data: bytes) -> None:
    """Read `data` with the reader the first byte picks; any exception but QuizgenError is a bug."""
    provider = atheris.FuzzedDataProvider(data)
    suffix = provider.PickValueInList(SUFFIXES)
    with contextlib.suppress(QuizgenError):
        article_from_bytes("fuzz", provider.ConsumeBytes(provider.remaining_bytes()), suffix)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
