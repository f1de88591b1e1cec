"""Stable anchors: what identifies a fact across re-runs, when its offsets have moved.

A re-run replaces a document's rows (new row ids; new offsets if the file changed). A decision
therefore remembers the record by what survives that: the table, the GeoNames ids, the
normalized mention, the fields that tell two records of one mention apart (metric, kind), the
normalized evidence sentence and the page. Offsets only break ties between equal candidates.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

# (id fields, mention field, key fields) per table. Ids are sorted for partnerships: a pair has no order.
IDENTITY: dict[str, tuple[tuple[str, ...], str | None, tuple[str, ...]]] = {
    # One row per (document, city): the id alone identifies it; the first mention may move.
    "cities": (("geonames_id",), None, ()),
    "industries": (("city_geonames_id",), "mention", ()),
    "port_metrics": (("city_geonames_id",), "mention", ("metric",)),
    "partnerships": (("city_a_geonames_id", "city_b_geonames_id"), None, ("kind",)),
}
# Below this word-by-word similarity of the evidence sentences (mention left out) a candidate is
# another statement, not the same fact: a changed word or two keeps a sentence well above it.
MIN_CONTEXT = 0.6
_TRANSLATE = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"',
                            "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-",
                            "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u00ad": None})


def normalize(text: str | None) -> str:
    """Compare text as a reader would: NFKC, typographic quotes and dashes folded, one space, no case."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Anchor:
    table: str
    ids: tuple[int, ...]
    mention: str
    key: tuple
    context: str
    page: int | None = None
    start: int | None = None

    @property
    def identity(self) -> tuple:
        return self.table, self.ids, self.mention, self.key


def anchor_of(table: str, row: dict) -> Anchor:
    id_fields, mention_field, key_fields = IDENTITY[table]
    ids = tuple(int(row[f]) for f in id_fields if row.get(f) is not None)
    if table == "partnerships":
        ids = tuple(sorted(ids))
    return Anchor(table, ids, normalize(row.get(mention_field)) if mention_field else "",
                  tuple(row.get(f) for f in key_fields), normalize(row.get("evidence")),
                  row.get("page"), row.get("start_char"))


def anchor_columns(anchor: Anchor) -> dict:
    """The anchor as columns of the decisions table."""
    return {"target": anchor.table, "anchor_ids": "|".join(str(i) for i in anchor.ids),
            "anchor_mention": anchor.mention, "anchor_key": json.dumps(list(anchor.key)),
            "anchor_context": anchor.context, "page": anchor.page, "start_char": anchor.start}


def anchor_from_decision(decision: dict) -> Anchor:
    ids = tuple(int(i) for i in (decision.get("anchor_ids") or "").split("|") if i)
    key = tuple(json.loads(decision.get("anchor_key") or "[]"))
    return Anchor(decision["target"], ids, decision.get("anchor_mention") or "", key,
                  decision.get("anchor_context") or "", decision.get("page"), decision.get("start_char"))


def _words(context: str, mention: str) -> list[str]:
    """The sentence's words around the mention: two sentences about different facts share the mention."""
    if mention:
        context = context.replace(mention, " ")
    return re.findall(r"\w+", context)


def similarity(a: str, b: str, mention: str = "") -> float:
    """How alike two (normalized) evidence sentences are, word by word, the mention itself left out."""
    if a == b:
        return 1.0
    words_a, words_b = _words(a, mention), _words(b, mention)
    if not words_a and not words_b:
        return 1.0
    return SequenceMatcher(None, words_a, words_b, autojunk=False).ratio()


def match_score(anchor: Anchor, candidate: Anchor) -> float | None:
    """How well a current row fits a decision's anchor; None when it is not the same fact.

    Identity must be equal; the evidence sentence must be recognisably the same (a city row is
    unique per document, so there the sentence only ranks). Same page and nearby offsets break ties.
    """
    if anchor.identity != candidate.identity:
        return None
    context = similarity(anchor.context, candidate.context, anchor.mention)
    if anchor.table != "cities" and context < MIN_CONTEXT:
        return None
    score = context
    if anchor.page is not None and anchor.page == candidate.page:
        score += 0.1
    if anchor.start is not None and candidate.start is not None:
        score -= min(abs(anchor.start - candidate.start), 100_000) / 1_000_000
    return score
