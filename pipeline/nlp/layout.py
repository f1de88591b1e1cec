"""Layout component: sentence starts at paragraph and list-item breaks, and the text's language.

Runs before the parser, which keeps boundaries set earlier. Bulleted lines and blank-line
paragraphs are units of meaning in reports; the statistical parser alone runs them together.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

BULLETS = frozenset("•◦▪‣●○■□–—-*·")
SENTENCE_END = frozenset(".:;!?")
SENTENCE_ENDING_ABBREVIATIONS = frozenset({"etc.", "usw.", "etc"})
SENTENCE_END_TOKENS = frozenset({".", "!", "?", "…"})
# Abbreviations that a line may end with in mid-sentence ("... und St." / "Paul"): no sentence break there.
NON_ENDING_ABBREVIATIONS = frozenset({"st.", "dr.", "prof.", "mr.", "mrs.", "ms.", "nr.", "no.", "ca.", "bzw.",
                                      "z.b.", "u.a.", "mio.", "mrd.", "tsd.", "mill.", "inc.", "co.", "ltd.",
                                      "corp.", "jr.", "gen.", "ggf.", "evtl.", "vgl.", "dipl.", "ing.", "mag."})
_WORD = re.compile(r"[a-zäöüß]+")
_EN = frozenset("the and of to in is for with that are on as by from has this which".split())
_DE = frozenset("der die das und ist für mit von den im dem des eine ein sich auf wird zu nicht".split())

if not Doc.has_extension("trex_lang"):
    Doc.set_extension("trex_lang", default=None)


def detect_language(text: str) -> str:
    """'en' or 'de' from the share of common function words; 'und' (undetermined) for other languages."""
    words = _WORD.findall(text[:20000].lower())
    en = sum(w in _EN for w in words)
    de = sum(w in _DE for w in words)
    if words and max(en, de) < 0.04 * len(words) and len(words) > 50:
        return "und"
    return "de" if de > en else "en"


def text_of(doc: Doc) -> str:
    """The document's text. ``doc.text`` is not stored: it is joined from every token on each call, which
    made text look-ups the most expensive part of extraction. Kept once per document here."""
    text = doc.user_data.get("trex_text")
    if text is None:
        text = doc.user_data["trex_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` without rebuilding it from tokens (the same string: a span ends at its last token)."""
    return text_of(span.doc)[span.start_char:span.end_char]


def doc_language(doc: Doc) -> str:
    if doc._.trex_lang is None:
        doc._.trex_lang = detect_language(text_of(doc))
    return doc._.trex_lang


_RUN_ON_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from",
                           "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
                           "oder", "mit", "von", "zu", "im", "in", "auf", "für", "an", "bei", "nach", "aus"})


def line_is_heading(line: str) -> bool:
    stripped = re.sub(r"^\d{1,2}[.)]\s+", "", line.strip())  # "5. Aircraft interiors (Everett)": a numbered heading
    words = stripped.split()
    return (0 < len(stripped) <= 80 and stripped[-1] not in ".,;" and not stripped[0].islower()
            and not re.search(r"[.!?;]\s", stripped) and " | " not in stripped  # a table row is no heading
            # a wrapped line of prose ends on a function word ("... signed a memorandum of")
            and not (len(words) > 3 and words[-1].lower() in _RUN_ON_WORDS))


@Language.factory("trex_layout", assigns=["token.is_sent_start"])
def make_layout(nlp: Language, name: str) -> Layout:
    return Layout(name)


class Layout:
    """Sentence boundaries by rule, for English and German alike.

    The statistical parser is the slowest part of the English pipeline, gives nothing the
    extractors use, and splits German text at random; punctuation and line structure do better here.
    """

    def __init__(self, name: str = "trex_layout"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc_language(doc)
        if not len(doc):
            return doc
        doc[0].is_sent_start = True
        # Only a token after a line break or after sentence-final punctuation can start a sentence; the
        # rules run for those few, every other token is marked from plain lists (no Token objects).
        texts = [t.text for t in doc]
        candidates = set()
        for i in range(1, len(texts)):
            previous = texts[i - 1]
            if "\n" in previous or previous in SENTENCE_END_TOKENS or previous.lower() in SENTENCE_ENDING_ABBREVIATIONS:
                candidates.add(i)
            elif previous.isspace() and i >= 2 and (texts[i - 2] in SENTENCE_END_TOKENS
                                                    or texts[i - 2].lower() in SENTENCE_ENDING_ABBREVIATIONS):
                candidates.add(i)
        width = wrap_width(text_of(doc))
        # Tokens left unmarked count as inside a sentence (spaCy's sents and Span.sent read only starts);
        # one explicit mark after the first token tells spaCy that boundaries are set at all.
        for i in sorted(candidates | {1}):
            if i < len(doc):
                doc[i].is_sent_start = i in candidates and self._starts_sentence(doc, doc[i], width)
        return doc

    def _starts_sentence(self, doc: Doc, token, wrap_width: int | None = None) -> bool:
        if token.is_space:
            return False
        prev = doc[token.i - 1]
        before = _previous_word(doc, token.i - 1)
        if before is None:
            return False
        first = token.text[:1]
        if prev.is_space and "\n" in prev.text:
            return (
                prev.text.count("\n") >= 2
                or first in BULLETS
                or (token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text in {".", ")"})
                or (before.text[-1:] in SENTENCE_END and before.lower_ not in NON_ENDING_ABBREVIATIONS)
                # A heading is followed by a new sentence; a line that runs on in lower case was wrapped.
                or (line_is_heading(_line_before(doc, token.i)) and not first.islower()
                    and not _wrapped(_line_before(doc, token.i), wrap_width))
                or " | " in _line_before(doc, token.i)  # table rows, as readers write them, stand alone
            )
        ends = before.text in {".", "!", "?", "…"} or before.lower_ in SENTENCE_ENDING_ABBREVIATIONS
        if ends and before.text == "." and _german_ordinal(doc, before.i):
            return False  # "im 19. Jahrhundert", "am 1. Januar": an ordinal's point ends no sentence
        spaced = prev.is_space or bool(before.whitespace_)
        opens = first.isupper() or first.isdigit() or first in BULLETS or first in "\"\u201c\u201e(["
        return ends and spaced and opens and before.i >= token.i - 2
        return False


GERMAN_MONTHS = frozenset({"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                           "oktober", "november", "dezember"})
# Words a German ordinal stands before ("19. Jahrhundert", "3. Quartal"), and the small words before one ("am 1.").
ORDINAL_NOUNS = frozenset({"jahrhundert", "jahrhunderts", "jahrtausend", "quartal", "quartals", "halbjahr", "halbjahres",
                           "platz", "rang", "stock", "etage", "mal", "jahrestag", "geburtstag", "auflage", "runde", "liga",
                           "klasse", "stelle", "weltkrieg", "weltkrieges", "weltkriegs"})
BEFORE_ORDINAL = frozenset({"am", "im", "vom", "zum", "bis", "seit", "ab", "der", "die", "das", "dem", "den", "des",
                            "ihr", "ihrem", "seinem", "zur", "beim"})


def _german_ordinal(doc: Doc, point: int) -> bool:
    """Whether the full stop at ``point`` belongs to a German ordinal number: "19." before "Jahrhundert"."""
    if doc_language(doc) != "de" or point < 1 or point + 1 >= len(doc):
        return False
    number, nxt = doc[point - 1], _next_word(doc, point + 1)
    if not (number.text.isdigit() and len(number.text) <= 2 and not number.whitespace_) or nxt is None:
        return False
    if nxt.lower_ in GERMAN_MONTHS or nxt.lower_ in ORDINAL_NOUNS:
        return True
    before = _previous_word(doc, point - 2)
    return before is not None and before.lower_ in BEFORE_ORDINAL


def _next_word(doc: Doc, i: int):
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _previous_word(doc: Doc, i: int):
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text was wrapped at (a plain-text newsletter, a mail), or None: the length
    most of its prose lines come close to."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if 40 <= len(line.rstrip()) <= 120)
    if len(lengths) < 8:
        return None
    return lengths[int(0.9 * (len(lengths) - 1))]


def _wrapped(line: str, width: int | None) -> bool:
    """A line that ends near the wrap width and holds a clause's worth of words was broken for width, not
    set as a heading ("Gütersloh und Châteauroux feiern 2027 das 50-jährige Bestehen ihrer")."""
    return width is not None and len(line.rstrip()) >= width - 12 and len(line.split()) >= 6


def _line_before(doc: Doc, i: int) -> str:
    text = text_of(doc)
    end = doc[i].idx
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end]
