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
        # "des Maschinen- und Anlagenbaus": the genitive of a word the table knows
        label = next((_table_label(words[:-n]) for n in (1, 2) if words.endswith("es"[2 - n:]) and len(words) > 6
                      and _table_label(words[:-n])), None)
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
    labels = _indexes()[0]
    if folded in labels:
        return labels[folded]
    # "oil refineries" where the table holds "oil refinery"
    singular = re.sub(r"ies$", "y", folded) if folded.endswith("ies") else folded[:-1] if folded.endswith("s") else folded
    return labels.get(singular) if singular != folded and len(singular) > 3 else None


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, str], dict[str, tuple[int, str]], list[tuple[int, str, str]]]:
    """The table as look-ups: labels by keyword; rank and code by one-word keyword; the phrases. The rank is
    the keyword's place in ``industry_table``'s order, so the first keyword that matches still decides."""
    labels: dict[str, str] = {}
    words: dict[str, tuple[int, str]] = {}
    phrases: list[tuple[int, str, str]] = []
    for rank, (keyword, label, code) in enumerate(industry_table()):
        if label:
            labels.setdefault(keyword, label)
        spaced = keyword.replace("-", " ")  # "e-commerce" is looked for as the label's words are: "e commerce"
        if " " in spaced:
            phrases.append((rank, spaced, code))
        else:
            words.setdefault(keyword, (rank, code))
    return labels, words, phrases


@lru_cache(maxsize=65536)
def sector_code(label: str) -> str | None:
    """The code of the first keyword (in ``industry_table``'s order) that the label holds: a phrase anywhere in
    it, a word of it, or (five letters or more) the start or end of one of its words."""
    folded = label.casefold().replace("-", " ")
    _, words, phrases = _indexes()
    hits = [(rank, code) for rank, keyword, code in phrases if keyword in folded]
    for token in set(folded.split()):
        hits.extend(words[part] for part in {token, *(token[:i] for i in range(5, len(token))),
                                             *(token[-i:] for i in range(5, len(token)))} if part in words)
    return min(hits)[1] if hits else None
