"""A document's text and page images for the review app, read again from its source file.

The store keeps rows, not texts. The app reads the file again with the reader the run used and
checks that its bytes still hash to the document's id, so that offsets and boxes fit; a moved or
changed file is said so, and the records are still shown with their evidence.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import TrexError
from pipeline.ingest import ExtractedText, Limits, doc_id_for, read_text_of, sniff_format

PAGE_SCALE = 1.5  # PNG pixels per PDF point: sharp enough to read, about 150 KB a page
_PDFIUM = threading.Lock()  # pdfium is not thread-safe; the app serves requests from a thread pool


@dataclass
class Source:
    path: Path | None
    text: ExtractedText | None
    problem: str | None = None  # why the text cannot be shown


class _Lru(OrderedDict):
    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)
        return value


class Sources:
    def __init__(self, settings: Settings, base_dirs: list[Path]):
        self.settings = settings
        self.base_dirs = base_dirs
        self._texts = _Lru(16)
        self._pages = _Lru(48)
        self._lock = threading.Lock()

    def locate(self, document: dict) -> Path | None:
        """The file of a document: its source as given, else relative to the folders the app knows."""
        source = Path(document["source"])
        candidates = [source] if source.is_absolute() else [source, *(base / source for base in self.base_dirs)]
        return next((p for p in candidates if p.is_file()), None)

    def load(self, document: dict) -> Source:
        key = document["doc_id"]
        with self._lock:
            if key in self._texts:
                return self._texts[key]
        source = self._read(document)
        with self._lock:
            return self._texts.put(key, source)

    def _read(self, document: dict) -> Source:
        if document["status"] != "ok":
            return Source(None, None, "the document failed, so there is no text")
        path = self.locate(document)
        if path is None:
            return Source(None, None, f"the file {document['source']} is not there any more (moved or deleted)")
        try:
            data = path.read_bytes()
        except OSError as exc:
            return Source(path, None, f"the file cannot be read: {exc.strerror or exc}")
        if doc_id_for(data) != document["doc_id"]:
            return Source(path, None, "the file has changed since it was extracted: run trex ingest again "
                                      "to see the text with its facts")
        limits = Limits(max_pages=self.settings.max_pages, max_chars=self.settings.max_chars,
                        max_unzipped_bytes=int(self.settings.max_unzipped_mb * 1024 * 1024))
        try:
            text = read_text_of(path, sniff_format(path, data[:512]), data, limits)
        except TrexError as exc:
            return Source(path, None, f"the file cannot be read again: {exc}")
        except Exception as exc:  # a reader bug must not take the page down; say what broke
            return Source(path, None, f"reading the file failed: {type(exc).__name__}: {exc}")
        return Source(path, text)

    def page_sizes(self, document: dict) -> list[tuple[float, float]]:
        """(width, height) in PDF points of every page, the coordinates the facts' boxes are in."""
        path = self.locate(document)
        if path is None or document["format"] != "pdf":
            return []
        import pypdfium2 as pdfium

        with _PDFIUM:
            pdf = pdfium.PdfDocument(str(path))
            try:
                return [pdf[i].get_size() for i in range(len(pdf))]
            finally:
                pdf.close()

    def page_png(self, document: dict, page: int) -> bytes | None:
        """The page rendered as PNG, or None when the file or the page is not there."""
        key = (document["doc_id"], page)
        with self._lock:
            if key in self._pages:
                return self._pages[key]
        path = self.locate(document)
        if path is None or document["format"] != "pdf":
            return None
        import pypdfium2 as pdfium

        with _PDFIUM:
            pdf = pdfium.PdfDocument(str(path))
            try:
                if not 1 <= page <= len(pdf):
                    return None
                image = pdf[page - 1].render(scale=PAGE_SCALE).to_pil()
            finally:
                pdf.close()
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=True)
        with self._lock:
            return self._pages.put(key, buffer.getvalue())
