"""Shared look-ups over a processed Doc: city mentions, groups of coordinated cities, units of text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.nlp.gazetteer import demonym_bases
from pipeline.nlp.layout import span_text, text_of

CITIES_KEY = "cities"
# Words that may stand between coordinated cities: "A, B and C", "A/ B/ C", "A & B", "A und B".
_JOINER = re.compile(r"^(?:\s|,|/|&|;|\band\b|\bund\b|\bor\b|\boder\b|\bas well as\b|\bsowie\b|"
                     r"\((?:since|seit|from|ab|est\.)?\s*(?:1[89]|20)\d\d\))*$", re.I)

# "near Shanghai", "östlich von Graz": a city named only to say where something else is.
# "nahe" in lower case only: "Hunsrück und Nahe" names a river, not a place near the next word.
_RELATIVE_LOCATION = re.compile(r"(?:\bnear|\bclose to|\boutside(?: of)?|(?<!das )(?<!die )(?<!dem )(?<!den )\b(?-i:nahe)|\bbei|\bin der N(?:ä|ae)he von|\bunweit|"
                                # "south-west of", "südwestlich von", "nordöstlich von"
                                r"\b(?:north|south)?-?(?:north|south|east|west) of|"
                                r"\b(?:nord|süd|sued)?(?:n(?:ö|oe)rdlich|s(?:ü|ue)dlich|westlich|(?:ö|oe)stlich) von)"
                                r"\s+(?:the\s+)?(?:city of\s+|von\s+)?$", re.I)


def only_locates(doc: Doc, span: Span) -> bool:
    """The city is named only as a landmark (``near Shanghai``, ``östlich von Graz``)."""
    return _RELATIVE_LOCATION.search(text_of(doc)[max(0, span.start_char - 40):span.start_char]) is not None


@dataclass
class CityGroup:
    spans: list[Span]

    @property
    def start_char(self) -> int:
        return self.spans[0].start_char

    @property
    def end_char(self) -> int:
        return self.spans[-1].end_char

    @property
    def ids(self) -> list[int]:
        out: list[int] = []
        for span in self.spans:
            gid = int(span.kb_id_)
            if gid not in out:
                out.append(gid)
        return out


def city_spans(doc: Doc, start_char: int = 0, end_char: int | None = None) -> list[Span]:
    """City mentions within [start_char, end_char), in text order."""
    if CITIES_KEY not in doc.spans:
        return []
    group = doc.spans[CITIES_KEY]
    # Every extractor asks this per sentence: order the group once per document, not on every call.
    # Only plain ints are kept in user_data, so the Doc still serialises.
    cached = doc.user_data.get("trex_city_order")
    if cached is None or cached[0] != len(group):
        order = sorted(range(len(group)), key=lambda i: group[i].start_char)
        cached = (len(group), order, [group[i].start_char for i in order])
        doc.user_data["trex_city_order"] = cached
    _, order, starts = cached
    end_char = len(text_of(doc)) if end_char is None else end_char
    found = []
    for position in range(bisect_left(starts, start_char), len(order)):
        if starts[position] >= end_char:
            break
        span = group[order[position]]
        if span.end_char <= end_char:
            found.append(span)
    return found


def city_token_ids(doc: Doc) -> set[int]:
    if CITIES_KEY not in doc.spans:
        return set()
    return {i for span in doc.spans[CITIES_KEY] for i in range(span.start, span.end)}


def group_cities(doc: Doc, spans: list[Span]) -> list[CityGroup]:
    """Coordinated cities (only commas, slashes and conjunctions between them) form one group."""
    groups: list[CityGroup] = []
    for span in spans:
        if groups and _JOINER.match(text_of(doc)[groups[-1].end_char:span.start_char]) and \
                "\n" not in text_of(doc)[groups[-1].end_char:span.start_char]:
            groups[-1].spans.append(span)
        else:
            groups.append(CityGroup([span]))
    return groups


def mention_counts(doc: Doc) -> Counter:
    return Counter(int(s.kb_id_) for s in city_spans(doc))


def dominant_city(doc: Doc, lenient: bool = False) -> int | None:
    """The city a document is about, when one clearly stands out: 3+ mentions and twice the next, or, when
    ``lenient``, the most mentions and the first mention too (the city of the title or opening sentence)."""
    ranked = mention_counts(doc).most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        if not lenient:
            return None
        spans = city_spans(doc)
        if ranked[0][1] == ranked[1][1] or not spans or int(spans[0].kb_id_) != ranked[0][0]:
            return None
    return ranked[0][0]


def sentences_before(doc: Doc, sent: Span, back: int):
    """The sentences before ``sent``, nearest first, at most ``back`` of them."""
    start = sent.start
    for _ in range(back):
        if start == 0:
            return
        previous = doc[start - 1].sent
        yield previous
        start = previous.start


def recent_subject(doc: Doc, sent: Span, back: int = 5, exclude: set[int] = frozenset()) -> Span | None:
    """The first city of the nearest earlier sentence that names one (the likely antecedent of
    "it", "the port", "die Stadt"), looking back at most ``back`` sentences; of its cities, the first
    not named in passing ("Mit dem polnischen Słubice bildet Frankfurt ...": Frankfurt)."""
    for previous in sentences_before(doc, sent, back):
        spans = [s for s in city_spans(doc, previous.start_char, previous.end_char) if int(s.kb_id_) not in exclude]
        if spans:
            # A group ("nach Hamburg oder Bremerhaven") is in passing as its first city is.
            return next((g.spans[0] for g in group_cities(doc, spans) if not in_passing(g.spans[0])), spans[0])
    return None


PASSING_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "via", "with", "bei", "aus", "nach", "nahe", "im",
                                  "mit", "vom", "zum", "zur", "zu", "gegenüber"})
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "dem", "den", "des", "ein", "einem", "einer"})


def in_passing(span: Span) -> bool:
    """A town a sentence only places something in or relates to: "the plants in Devnya", "mit dem polnischen
    Słubice", "Werke bei Emden"; a preposition, then at most articles and adjectives, before the name."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and (span.doc[i].lower_ in _ARTICLES or
                                              (span.doc[i].is_alpha and span.doc[i].text.islower()
                                               and span.doc[i].lower_ not in PASSING_PREPOSITIONS)):
        i -= 1
    return i >= 0 and span.doc[i].lower_ in PASSING_PREPOSITIONS


def recent_group(doc: Doc, sent: Span, back: int = 5, unnamed: re.Pattern | None = None) -> CityGroup | None:
    """Like ``recent_subject`` but the whole first group (``Mainburg, Wolnzach und Au`` ... ``Die drei Orte``).

    A sentence in between that matches ``unnamed`` ("the city", "der Stadt") speaks of the document's
    city without naming it, and the topic stays with that city.
    """
    for previous in sentences_before(doc, sent, back):
        groups = group_cities(doc, city_spans(doc, previous.start_char, previous.end_char))
        if groups:
            return groups[0]
        if unnamed is not None and unnamed.search(span_text(previous)):
            return dominant_group(doc)
    return None


_HEADING_END = re.compile(r"[.!?:;,]\s*$")


def section_city(doc: Doc, start: int, back: int = 12, others: bool = False, latest: bool = False) -> CityGroup | None:
    """The city a section is about when its heading is that city's name alone ("Dresden", "Leipzig
    (Sachsen)"): reports that profile one city after another speak of "die Landeshauptstadt" below it.
    Another heading in between starts a section about something else. ``others``: the heading's city
    even where the section has since named other cities. ``latest``: of a heading's several cities, the one
    the section named last (else the first)."""
    text = text_of(doc)
    end = text.rfind("\n", 0, start)
    for _ in range(back):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = re.sub(r"^\d{1,2}[.)]\s+", "", text[begin:end].strip())  # "1. THESSALONIKI": a numbered heading
        line = re.sub(r",(?:\s+[A-Z][\w-]*){1,3}$", "", line)  # "Halifax, Nova Scotia": the town and its province
        if line and len(line.split()) <= 8 and not _HEADING_END.search(line) and line[:1].isupper():
            spans = city_spans(doc, begin, end)
            if not spans:
                return None
            named = "".join(span_text(s) for s in spans)
            rest = re.sub(r"\([^)]*\)|[\W\d_]", "", line)
            if len(rest) - len(re.sub(r"[\W\d_]", "", named)) > 3:
                return None
            if latest and len({s.kb_id_ for s in spans}) > 1:
                # "Pilsen und Jungbunzlau": a section about two towns speaks of the one it last named.
                heading_ids = {s.kb_id_ for s in spans}
                named_since = [s for s in city_spans(doc, end, start) if s.kb_id_ in heading_ids]
                if named_since:
                    return CityGroup([next(s for s in spans if s.kb_id_ == named_since[-1].kb_id_)])
            # Once the section names another city, "the city" may be that one: leave it to the nearer rules.
            # Towns named in passing ("trains run to Montreal and Chicago") do not end the section's topic.
            if not others and any(s.kb_id_ != spans[0].kb_id_ for g in group_cities(doc, city_spans(doc, end, start))
                                  if not in_passing(g.spans[0]) for s in g.spans):
                return None
            return CityGroup(spans[:1])
        end = begin - 1
    return None


def dominant_group(doc: Doc, lenient: bool = False) -> CityGroup | None:
    """``dominant_city`` as a group of its first mention."""
    dominant = dominant_city(doc, lenient)
    if dominant is None:
        return None
    return CityGroup([next(s for s in city_spans(doc) if int(s.kb_id_) == dominant)])


_UMLAUTS = str.maketrans("äöü", "aou")


def adjective_city(doc: Doc, start: int, end: int) -> Span | None:
    """A city the text names by its German adjective: ``Ingolstädter`` (Ingolstadt), ``Dresdner`` (Dresden).

    Only cities the document also names outright count, so ``Dresdner Bank`` alone links nothing.
    """
    spans = city_spans(doc)
    # The names are gathered once per document (as plain data, so the Doc still serialises).
    cached = doc.user_data.get("trex_named_towns")
    if cached is None or cached[0] != len(spans):
        named: dict[str, int] = {}
        for i, span in enumerate(spans):
            named.setdefault(span_text(span).lower().translate(_UMLAUTS), i)
        cached = doc.user_data["trex_named_towns"] = (len(spans), named)
    named = cached[1]
    text = text_of(doc)
    for word in re.findall(r"\w+", text[start:end]):
        if not word[:1].isupper():
            continue
        for base in demonym_bases(word.lower().translate(_UMLAUTS)):
            if base in named:
                return spans[named[base]]
    return None


def group_head(doc: Doc, span: Span) -> Span:
    """The first city of the coordinated group ``span`` stands in (``Leipzig/Halle`` -> Leipzig)."""
    line_start = text_of(doc).rfind("\n", 0, span.start_char) + 1
    for group in group_cities(doc, city_spans(doc, line_start, span.end_char)):
        if span in group.spans:
            return group.spans[0]
    return span


def sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Character bounds of the sentence holding ``char``."""
    span = doc.char_span(char, min(char + 1, len(text_of(doc))), alignment_mode="expand")
    if span is None or not len(span):
        return 0, len(text_of(doc))
    sent = span[0].sent
    return sent.start_char, sent.end_char


def clean_evidence(text: str) -> str:
    return " ".join(text.split())
