"""Industry labels: a normalised English label and a NACE Rev. 2 code for the words of an industry."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.gazetteer import data_lines
from pipeline.nlp.german import translate

GENERIC_SECTOR_WORDS = frozenset({"engineering", "research", "trade", "construction", "data", "communication",
                                  "material", "bio", "electro", "it", "port", "machine", "traffic"})


@lru_cache(maxsize=1)
def industry_table() -> list[tuple[str, str, str]]:
    rows = []
    for line in data_lines("industries.tsv"):
        keyword, label, code = (line.split("\t") + ["", ""])[:3]
        rows.append((keyword.casefold(), label, code))
    # Specific words decide before generic ones: "automotive engineering" is C29, not M71.
    return sorted(rows, key=lambda r: (r[0] in GENERIC_SECTOR_WORDS, -len(r[0])))


def normalise_industry(words: str, lang: str = "en") -> tuple[str, str | None]:
    """(English label, NACE code) for the words of one industry."""
    label = _table_label(words)
    if label is None and lang == "de":
        label = translate(words)
        # The translation may itself have a preferred label: Werften -> shipyards -> shipbuilding.
        label = label and (_table_label(label) or label)
    if label is None:
        label = " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words.split())
        label = re.sub(r"\b(it)[- ]security\b", r"IT security", label, flags=re.I)
    return label, sector_code(label)


def _table_label(words: str) -> str | None:
    folded = " ".join(words.replace("-", " - ").split()).replace(" - ", "-").casefold()
    for keyword, table_label, _ in industry_table():
        if table_label and folded == keyword:
            return table_label
    return None


@lru_cache(maxsize=65536)
def sector_code(label: str) -> str | None:
    folded = label.casefold().replace("-", " ")
    tokens = set(folded.split())
    for keyword, _, code in industry_table():
        if (" " in keyword and keyword in folded) or keyword in tokens or \
                (len(keyword) > 4 and any(t.startswith(keyword) or t.endswith(keyword) for t in tokens)):
            return code
    return None
