"""Layout component: sentence starts at paragraph and list-item breaks, and the text's language.

Runs before the parser, which keeps boundaries set earlier. Bulleted lines and blank-line
paragraphs are units of meaning in reports; the statistical parser alone runs them together.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

BULLETS = frozenset("•◦▪‣●○■□–—-*·")
SENTENCE_END = frozenset(".:;!?")
_WORD = re.compile(r"[a-zäöüß]+")
_EN = frozenset("the and of to in is for with that are on as by from has this which".split())
_DE = frozenset("der die das und ist für mit von den im dem des eine ein sich auf wird zu nicht".split())

if not Doc.has_extension("trex_lang"):
    Doc.set_extension("trex_lang", default=None)


def detect_language(text: str) -> str:
    """'de' or 'en' from the share of common function words (enough for these two)."""
    words = _WORD.findall(text[:20000].lower())
    en = sum(w in _EN for w in words)
    de = sum(w in _DE for w in words)
    return "de" if de > en else "en"


def doc_language(doc: Doc) -> str:
    if doc._.trex_lang is None:
        doc._.trex_lang = detect_language(doc.text)
    return doc._.trex_lang


def same_line(doc: Doc, i: int, j: int) -> bool:
    lo, hi = sorted((i, j))
    return "\n" not in doc[lo:hi + 1].text


def line_is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 80 and stripped[-1] not in ".,;" and not stripped[0].islower()


@Language.factory("trex_layout", assigns=["token.is_sent_start"])
def make_layout(nlp: Language, name: str) -> Layout:
    return Layout(name)


class Layout:
    def __init__(self, name: str = "trex_layout"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc_language(doc)
        for token in doc[1:]:
            if token.is_space:
                continue
            prev = doc[token.i - 1]
            if not prev.is_space or "\n" not in prev.text:
                continue
            before = _previous_word(doc, token.i - 1)
            if (
                prev.text.count("\n") >= 2
                or token.text[:1] in BULLETS
                or token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text in {".", ")"}
                or before is None
                or before.text[-1:] in SENTENCE_END
                or line_is_heading(_line_before(doc, token.i))
            ):
                token.is_sent_start = True
        return doc


def _previous_word(doc: Doc, i: int):
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _line_before(doc: Doc, i: int) -> str:
    text = doc.text
    end = doc[i].idx
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end]
