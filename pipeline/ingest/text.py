"""Plain text and Markdown: decode whatever encoding the file came in, normalise line ends."""

from __future__ import annotations

import codecs

from pipeline.errors import DocumentReadError
from pipeline.ingest import ExtractedText


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 (with BOM); else Windows-1252, which never fails."""
    # A UTF-16 byte-order mark wins; a Windows-1252 file that merely begins with "ÿþ" is told apart only
    # when its bytes cannot be UTF-16 (an odd count, a lone surrogate), since any even run of bytes can.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def read_plain_text(data: bytes) -> ExtractedText:
    text = normalise_newlines(decode_bytes(data))
    if not text.strip():
        raise DocumentReadError("empty document: the file holds no text")
    return ExtractedText(text=text)
