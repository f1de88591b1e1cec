"""Where words stand in a document's text: for facts a reviewer adds, and to place them again
when the text has changed (a changed file, or a reader that now extracts the text differently).
"""

from __future__ import annotations

import re

from pipeline.ingest import ExtractedText
from pipeline.review.anchors import MIN_CONTEXT, normalize, similarity

_ABBREVIATION = re.compile(r"\b(?:Mio|Mrd|Nr|ca|bzw|Dr|Prof|St|No|approx|vs|Co|Inc|Ltd|z\.B|u\.a|e\.g|i\.e)\.$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+|\n\s*\n|\n(?=\s*[-*\u2022])")
_WINDOW = 3000  # a sentence is looked for this far around the words, not through the whole text


def _ends(text: str, lo: int, hi: int):
    for match in _SENTENCE_END.finditer(text, lo, hi):
        if not _ABBREVIATION.search(text[max(0, match.start() - 8):match.start() + 1]):
            yield match


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end): between the nearest sentence ends, skipping abbreviations."""
    begin = max(0, start - _WINDOW)
    for match in _ends(text, begin, start):
        if match.end() <= start:
            begin = match.end()
    finish = min(len(text), end + _WINDOW)
    for match in _ends(text, end, finish):
        finish = match.start() + (1 if text[match.start()] in ".!?" else 0)
        break
    return begin, finish


def evidence_at(text: str, start: int, end: int) -> str:
    s_start, s_end = sentence_around(text, start, end)
    return " ".join(text[s_start:s_end].split())


def occurrences(text: str, words: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(words), text)]


def locate(text: str, words: str, near: int | None) -> tuple[int, int] | None:
    """Where ``words`` stand: the occurrence nearest ``near``, else the first; None when they do not occur."""
    starts = occurrences(text, words)
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - near)) if near is not None else starts[0]
    return start, start + len(words)


def place_again(record: dict, words: str, extracted: ExtractedText) -> dict | None:
    """The record moved to where ``words`` now stand in a sentence like its evidence, or None.

    Already in place (the words at its offsets): unchanged. Otherwise the occurrence whose sentence
    is most like the old evidence, nearest the old offset on a tie.
    """
    text = extracted.text
    start, end = record.get("start_char"), record.get("end_char")
    if start is not None and text[start:end] == words:
        return record
    context = normalize(record.get("evidence"))
    best = None
    for at in occurrences(text, words):
        evidence = evidence_at(text, at, at + len(words))
        score = similarity(context, normalize(evidence), normalize(words))
        if score >= MIN_CONTEXT and (best is None or (score, -abs(at - (start or 0))) > best[0]):
            best = ((score, -abs(at - (start or 0))), at, evidence)
    if best is None:
        return None
    _, at, evidence = best
    return {**record, "start_char": at, "end_char": at + len(words), "page": extracted.page_of(at),
            "bbox": extracted.bbox_of(at, at + len(words)), "evidence": evidence}
