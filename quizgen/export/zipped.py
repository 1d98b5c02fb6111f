"""Zip archives with the same bytes for the same content: fixed entry order, times and permissions."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping

EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """A deflated zip holding `entries` (name, content) in the order given, every time the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def normalize_zip(data: bytes, fixes: Mapping[str, Callable[[bytes], bytes]] | None = None) -> bytes:
    """The same archive with the entry times and permissions fixed (for zips a library wrote), and the entries
    named in `fixes` passed through their fix (a time stamp the library wrote inside a file)."""
    fixes = fixes or {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(name, archive.read(name)) for name in archive.namelist()]
    return zip_bytes([(name, fixes[name](content) if name in fixes else content) for name, content in entries])
