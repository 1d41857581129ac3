"""How a text file is encoded, as spreadsheets and editors save it (no pandas: the drafter reads articles with it)."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from geo.errors import Problem, RecordsError

_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")


def line_chunks(data: bytes, size: int = 1 << 22) -> Iterator[bytes]:
    """Yield ``data`` in pieces of about ``size`` bytes, each ending just after a line's \\n (the last as it ends)."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", min(start + size, len(data)) - 1)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def detect_encoding(name: str, data: bytes) -> str:
    """Return how a file is encoded: ``utf-16`` (with its BOM), ``utf-8`` or ``cp1251``.

    Excel writes «Unicode text» as UTF-16 with a BOM, and «CSV» on a Russian
    Windows as Windows-1251.  A UTF-8 file with a few bytes that are not
    UTF-8 (a paste from another program) is not read as Windows-1251, which
    would garble every letter: RecordsError names the first such byte.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # Checked a few megabytes at a time: the text of 100,000 records would be 110 MB at once.  A piece
    # ends at a line break, which no UTF-8 letter holds.
    offset = 0
    for chunk in line_chunks(data):
        try:
            chunk.decode("utf-8")
        except UnicodeDecodeError as e:
            bad_at = offset + e.start
            break
        offset += len(chunk)
    else:
        return "utf-8"
    sample = data[:1_000_000]
    bad = sample.decode("utf-8", errors="replace").count("\ufffd")
    if len(_UTF8_PAIR.findall(sample)) <= bad:
        # Windows-1251 decodes every byte but 0x98 (shown as �, not a crash).
        return "cp1251"
    start = data.rfind(b"\n", 0, bad_at) + 1
    line = data.count(b"\n", 0, bad_at) + 1
    column = len(data[start:bad_at].decode("utf-8", errors="replace")) + 1
    raise RecordsError(
        [
            Problem(
                name,
                line,
                "",
                f"byte 0x{data[bad_at]:02X} at character {column} is not UTF-8, while the rest of the file is",
                "save the file as UTF-8 again (in Excel: «CSV UTF-8»), or retype the character there",
            )
        ]
    )


def decode(name: str, data: bytes, *, encoding: str | None = None) -> str:
    """Return the text of a CSV file saved as UTF-8 (any BOM), UTF-16 (with BOM) or Windows-1251.

    ``encoding``, when the caller has detected it already (:func:`detect_encoding`), is not detected again.
    """
    encoding = encoding or detect_encoding(name, data)
    if encoding == "utf-8":
        return data.decode("utf-8-sig")
    return data.decode(encoding, errors="replace")
