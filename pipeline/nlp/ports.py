"""Port-metric extractor: throughput and capacity figures and rankings of sea, inland and air ports.

Writes ``doc._.trex_port_metrics``: dicts with the city's GeoNames id, metric, value (a plain
number in ``unit``), period, rank, scope, port type, character span and confidence.
"""

from __future__ import annotations

import re
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.gazetteer import fold_key
from pipeline.nlp.layout import BULLETS, doc_language, span_text, text_of
from pipeline.nlp.numbers import NUMBER_PATTERN, SCALE_PATTERN, scale_factor, scaled
from pipeline.nlp.spans import adjective_city, city_spans, dominant_city, group_head, recent_subject
from pipeline.nlp.tables import table_figures
from pipeline.nlp.units import normalise

RULES = srsly.read_json(Path(__file__).parent / "data" / "port_rules.json")
UNITS = RULES["units"]  # the unit words the number pattern looks for; pint does the arithmetic
SCOPES = RULES["scopes"]
COUNTRY_WORDS = frozenset(RULES["country_scope_words"])
COUNTRY_OF_THE_PORT = "@country"
LAND_OF_THE_PORT = "@land:"  # + the Land the report names; Germany's Land for a German port, else the country
CAPACITY = re.compile(RULES["capacity_cues"], re.I)
PORT_CUES = re.compile(RULES["port_cues"], re.I)
HANDLED = re.compile(r"\b(?:handled|handles|moved|shipped|throughput|umgeschlagen|schlug|schlugen|umschlug|abgefertigt|"
                     r"abfertigte)\b", re.I)
ANNUAL = re.compile(RULES["annual_cues"], re.I)
AIR = re.compile(RULES["air_cues"], re.I)
INLAND = re.compile(RULES["inland_cues"], re.I)
YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")

_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
# "vier Millionen Tonnen", "two million TEU": a number word counts only before a scale word.
NUMBER_WORDS = {w: float(i + 1) for words in (
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"))
    for i, w in enumerate(words)} | {"eine": 1.0, "a": 1.0, "half a": 0.5, "einer halben": 0.5, "eine halbe": 0.5}
_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN}|\b(?:{_NUMBER_WORD})(?=\s+{SCALE_PATTERN}\b))"
    rf"(?:\s*(?P<scale>{SCALE_PATTERN})(?![\w]))?\.?\s*"
    rf"(?P<unit>{_UNIT_WORDS})(?![\w])\.?",
    re.I,
)
_ORD_EN = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10, "2nd": 2, "3rd": 3}
_ORD_DE = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "fuenft": 5, "sechst": 6, "siebt": 7, "acht": 8,
           "neunt": 9, "zehnt": 10}
_PORT_KIND = r"(?:container\s+|cargo\s+|sea|inland\s+|river\s+|air\s*|deep-?sea\s+|transshipment\s+)?" \
             r"(?:ports?|harbou?rs?|airports?|seaports?|hubs?|gateways?|terminals?)"
RANK_EN = re.compile(
    r"(?P<pre>\b(?:one of|among)\s+(?:the\s+)?(?:top\s+)?(?:(?:two|three|four|five|ten|fifteen|twenty|fifty|\d+)\s+)?)?"
    r"(?:(?P<scope1>(?:\b(?:northern|southern|eastern|western|central)\s+)?\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?|"
    r"\bworld|\bthe world|\bthe country|\bthe nation)['’]s\s+)?"
    r"(?:(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[- ]?)?"
    r"(?P<sup>largest|biggest|busiest|most important|leading|most significant|highest-volume)\s+"
    r"(?P<mid>(?:[\w/-]+\s+){0,3}?)" + r"(?P<kind>" + _PORT_KIND + r")\b"
    r"(?:\s+(?:in|of|on|along|at)\s+(?:the\s+)?(?P<scope2>world|country|nation|"
    r"(?:(?:sub-Saharan|northern|southern|eastern|western|central)\s+)?"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:of\s+)?(?:[A-Z][a-z]+|Sea|Coast|states|countries))?))?",
)
RANK_EN_NUMBER = re.compile(
    r"\b(?:the\s+)?(?:number|no\.)\s*(?P<ord>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?:\s+(?:in|on|among)\s+(?:the\s+)?(?P<mid>(?:[\w-]+\s+){0,3})(?:[\w-]+)?)?",
)
RANK_EN_IMPLIED = re.compile(
    r"(?P<pre>\bone of (?:the\s+)?)(?P<sup>largest|biggest|busiest|most important|leading)\s+"
    r"(?:in|on|of)\s+(?:the\s+)?(?P<scope2>world|[A-Z][a-z]+(?:\s+Sea)?)",
)
RANK_DE_PLACE = re.compile(
    r"\b(?:(?P<scope1>europaweit|weltweit|deutschlandweit|bundesweit)\s+)?(?:belegt|erreicht|liegt auf|auf)\s+"
    r"(?:(?P<scope1b>europaweit|weltweit|deutschlandweit|bundesweit)\s+)?(?:den\s+|dem\s+)?(?:Rang|Platz)\s+"
    r"(?P<ord>\d{1,2}|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn)\b",
    re.I,
)
RANK_EN_TOP = re.compile(
    r"(?P<pre>\b(?:among|one of) the (?:top|largest|biggest|busiest) (?:\d{1,3}|ten|twenty|five|fifty)\s+)"
    r"(?P<mid>(?:[\w-]+\s+){0,2}?)(?P<kind>" + _PORT_KIND + r")\b"
    r"(?:\s+(?P<scope2>worldwide|globally|in the world|in [A-Z][a-z]+|of [A-Z][a-z]+))?",
)
RANK_DE_NUMBER = re.compile(
    r"\bNummer\s+(?P<ord>eins|zwei|drei|vier|fünf|\d{1,2})\b(?:\s+unter\s+den\s+(?P<mid>(?:[\wäöüß]+\s+){0,2}?)"
    r"[\wäöüß-]*(?:häfen|hafen|flughäfen|standorten))?",
)
RANK_EN_VERB = re.compile(
    r"\brank(?:s|ed|ing)?\s+(?:as\s+)?(?:number\s+|no\.\s*)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)?)\s+(?:(?:in|among)\s+(?:the\s+)?)?(?P<scope2>world|[A-Z][a-z]+)?",
)
RANK_DE = re.compile(
    r"(?P<pre>\beine[rsn]? der\s+|\bzu den\s+(?:(?:zwei|drei|vier|fünf|zehn|\d+)\s+)?)?(?:(?P<scope1>[A-ZÄÖÜ][\wäöüß-]+s|der Welt)\s+)?"
    r"(?P<ord>zweit|dritt|viert|fünft|fuenft|sechst|siebt|acht|neunt|zehnt)?"
    r"(?P<sup>gr(?:ö|oe|o)(?:ß|ss)te|wichtigste|verkehrsreichste|bedeutendste|umschlagst(?:ä|ae)rkste)[nrsm]?\s+"
    r"(?P<mid>(?:\w+\s+){0,2}?)(?P<kind>[\w-]*(?:hafen|häfen|haefen|drehkreuz|hub|hubs|terminal|flughafen))\b"
    r"(?:\s+(?P<scope2>der Welt|weltweit|in Europa|in Deutschland|in China|an der Ostsee|am Mittelmeer|"
    r"des Landes|des [A-ZÄÖÜ][\wäöüß-]+?e?s\b|der [A-ZÄÖÜ][\wäöüß-]+|in der [A-ZÄÖÜ][\wäöüß-]+|"
    r"(?:an der|am|in der|im) (?:gesamten |ganzen )?[A-ZÄÖÜ][\wäöüß-]+(?:\s+Meer(?:es)?\b)?|[A-ZÄÖÜ][\wäöüß-]+s\b))?",
    re.I,
)

if not Doc.has_extension("trex_port_metrics"):
    Doc.set_extension("trex_port_metrics", default=None)


@Language.factory("trex_port_metrics", assigns=["doc._.trex_port_metrics"], requires=["doc.spans"],
                  default_config={"confidence": 0.8})
def make_port_metric_extractor(nlp: Language, name: str, confidence: float) -> PortMetricExtractor:
    return PortMetricExtractor(name, confidence=confidence)


class PortMetricExtractor:
    def __init__(self, name: str = "trex_port_metrics", *, confidence: float = 0.8):
        self.name = name
        self.confidence = confidence

    def __call__(self, doc: Doc) -> Doc:
        lang = doc_language(doc)
        facts: list[dict] = []
        for sent in doc.sents:
            facts.extend(self._quantities(doc, sent, lang))
            facts.extend(self._ranks(doc, sent))
        facts.extend(self._table_cells(doc, lang))
        # "('000 TEU)" in a header read as prose is "000 TEU": no port moves nothing.
        doc._.trex_port_metrics = [f for f in facts if f["metric"] == "rank" or f["value"]]
        return doc

    def _table_cells(self, doc: Doc, lang: str) -> list[dict]:
        """One fact per figure in a table; the row's city, else the city the text around it is about."""
        out = []
        figures = [(f, city_spans(doc, f.row_label.start, f.row_label.end)) for f in table_figures(text_of(doc), lang)]
        per_port = {f.table for f, row_cities in figures if row_cities}
        for figure, row_cities in figures:
            # "Eisen und Stahl | 298.000" above "Gesamt": a cargo group's share, not the port's figure; in a table
            # with ports down its rows, a row that names none is a group or a total ("AGTI group | 640,000")
            if not row_cities and (figure.breakdown or figure.table in per_port):
                continue
            if not row_cities and figure.caption is not None:
                # "Güterumschlag im Dortmunder Hafen 2019–2023": the caption names the port.
                named = city_spans(doc, *figure.caption) or [c for c in [adjective_city(doc, *figure.caption)] if c]
                row_cities = named[:1]
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is None:
                continue
            fact = {"metric": figure.metric, "value": figure.value, "unit": figure.unit, "rank": None,
                    "scope": None, "period": figure.period}
            if row_cities:
                text = text_of(doc)
                fact.update({"city": int(row_cities[0].kb_id_), "start_char": figure.start,
                             "end_char": figure.end, "confidence": round(0.85 * self.confidence, 3),
                             "port_type": _port_type(text, figure.start, figure.end)})
                out.append(fact)
            elif not figure.label_only:
                out.append(self._with_city(doc, span.sent, figure.start, figure.end, fact))
        return out

    def _quantities(self, doc: Doc, sent: Span, lang: str) -> list[dict]:
        out = []
        text = span_text(sent)
        for m in QUANTITY.finditer(text):
            written = m.group("unit")
            if written == "T":
                continue  # a capital T alone is rarely tonnes
            unit = UNITS.get(written.lower())
            if unit is None:
                continue
            if unit == "containers" and re.match(r"\s+[A-Za-zäöü]{3,}", text[m.end():]) and \
                    not re.match(r"\s+(?:in|per|pro|a|im|each|every|last|this|that|annually|jährlich)\b",
                                 text[m.end():]):
                continue  # "40 container ports", "200 container cranes": a count of something else
            if unit != "TEU" and not PORT_CUES.search(text):
                continue
            try:
                word = NUMBER_WORDS.get(m.group("num").lower())
                value = word * scale_factor(m.group("scale")) if word else \
                    scaled(m.group("num"), scale_factor(m.group("scale")), lang)
            except ValueError:
                continue
            normalised = normalise(value, written)
            if normalised is None:
                continue
            value, unit = normalised
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            mention = text_of(doc)[start:end].rstrip(". ")
            end = start + len(mention)
            before = text[max(0, m.start() - 90):m.start()]
            after = re.split(r"[\n;,(]|\d", text[m.end():m.end() + 30], maxsplit=1)[0]
            # "built for 40 million tonnes a year, but the port handled only 10.2 million", "ist auf 200 000 TEU
            # ausgelegt": the nearest word before or after the figure decides.
            distances = [(len(before) - c.end(), "capacity") for c in CAPACITY.finditer(before)] + \
                [(len(before) - h.end(), "throughput") for h in HANDLED.finditer(before)] + \
                [(c.start(), "capacity") for c in CAPACITY.finditer(after)]
            metric = min(distances)[1] if distances else "throughput"
            if metric == "capacity" and _plant_capacity(before):
                continue  # "a refinery with a capacity of 15 million tonnes of crude a year": not the port's
            fact = self._with_city(doc, sent, start, end, {
                "metric": metric, "value": value, "unit": unit, "rank": None, "scope": None,
                "period": _period(text_of(doc), start, sent.start_char + m.end()),
            })
            if fact:
                out.append(fact)
        return out

    def _ranks(self, doc: Doc, sent: Span) -> list[dict]:
        out = []
        text = span_text(sent)
        taken: list[tuple[int, int]] = []
        for pattern in (RANK_EN_TOP, RANK_EN, RANK_DE, RANK_EN_IMPLIED, RANK_EN_NUMBER, RANK_DE_NUMBER, RANK_DE_PLACE,
                        RANK_EN_VERB):
            for m in pattern.finditer(text):
                if pattern in CONTEXT_RANKS and not PORT_CUES.search(text):
                    continue
                if any(s < m.end() and m.start() < e for s, e in taken) or _possessed(text, m.start()):
                    continue
                groups = m.groupdict()
                ordinal = _ordinal(groups.get("ord"), groups.get("sup"))
                rank = None if groups.get("pre") else ordinal
                scope = (_scope(groups.get("scope1")) or _scope(groups.get("scope1b")) or _scope(groups.get("scope2"))
                         or _scope_in(groups.get("mid")) or _region_before_port(groups.get("mid")))
                land = german_state(doc) if scope == COUNTRY_OF_THE_PORT and doc_language(doc) == "de" else None
                if land:
                    # "der zweitgrößte Binnenhafen des Landes" in a Land's report: that Land, for a German port.
                    scope = LAND_OF_THE_PORT + land
                if scope is None and pattern is RANK_DE_PLACE:
                    scope = _scope_in(text[max(0, m.start() - 60):m.start()])
                taken.append((m.start(), m.end()))
                if rank is None and scope is None:
                    continue
                start = sent.start_char + m.start("pre") if groups.get("pre") else sent.start_char + m.start()
                end = sent.start_char + m.end()
                mention = text_of(doc)[start:end].rstrip()
                fact = self._with_city(doc, sent, start, start + len(mention), {
                    "metric": "rank", "value": None, "unit": None, "rank": rank, "scope": scope,
                    "period": None,
                })
                if fact:
                    out.append(fact)
        return out

    def _with_city(self, doc: Doc, sent: Span, start: int, end: int, fact: dict) -> dict | None:
        city, confidence = _port_city(doc, sent, start, end)
        port_type = _port_type(span_text(sent), start - sent.start_char, end - sent.start_char)
        fact.update({"city": city, "start_char": start, "end_char": end, "port_type": port_type,
                     "confidence": round(self.confidence * confidence, 3)})
        return fact


PORT_OF = re.compile(r"(?:port of|harbour of|harbor of|Hafen von|Hafen|Flughafen|airport of)\s+$", re.I)
BACK_REFERENCES = frozenset({"it", "its", "the", "this", "they", "es", "er", "sie", "der", "die", "das", "dort",
                             "hier", "damit", "there"})
COPULA_BEFORE = re.compile(r"\b(?:ist|is|bleibt|remains|war|was|makes|made|macht|machte)\s+$")
# "the second-busiest in the world, behind Hong Kong": the city compared with, not the one ranked
COMPARED_WITH = re.compile(r"\b(?:behind|after|than|ahead\s+of|hinter|nach|vor)\s+(?:the\s+|dem\s+|der\s+)?$", re.I)
ASIDE = re.compile(r",\s+(?:which|who|that|where|whose|die|der|das|wo|welche[rs]?)\b[^,;:]*,|\([^()]*\)")
# "Paradip, on the Mahanadi delta 90 km from the state capital Bhubaneswar, handled ...": where the subject lies
APPOSITION = re.compile(r",\s+(?:on|in|at|near|about|some|around|north|south|east|west|upstream|downstream|across|"
                        r"beside|by|the|a|an|an der|am|im|nahe|rund|etwa)\s+[^,;:()]*,")


def _port_city(doc: Doc, sent: Span, start: int, end: int) -> tuple[int | None, float]:
    """The city whose port the figure is about, and how sure that is: the nearest city before it in the
    sentence (the first of a group such as ``Leipzig/Halle``), else the first after it, else the
    subject of a recent sentence ("In 2023 it handled ..."), else the city the document is about."""
    spans = city_spans(doc, sent.start_char, sent.end_char)
    asides = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in ASIDE.finditer(span_text(sent))
              if m.end() + sent.start_char <= start]
    asides += [(m.start() + sent.start_char, m.end() + sent.start_char) for m in APPOSITION.finditer(span_text(sent))
               if m.end() + sent.start_char <= start and any(s.end_char == m.start() + sent.start_char for s in spans)]
    # "Valenciaport, which also manages the harbours of Sagunto and Gandia, is Spain's leading ...":
    # cities inside a closed relative clause or parenthesis are not the subject.
    named_port = [s for s in spans if s.end_char <= start and PORT_OF.search(text_of(doc)[max(0, s.start_char - 14):s.start_char])]
    if named_port:  # "Leixões, der Hafen von Porto, kam auf 700.000 TEU": the port is Porto's
        return int(named_port[-1].kb_id_), 0.9
    before = [s for s in spans if s.end_char <= start and not any(a <= s.start_char < b for a, b in asides)]
    if before:
        return int(group_head(doc, before[-1]).kb_id_), 1.0
    after = [s for s in spans if s.start_char >= end and not COMPARED_WITH.search(
        text_of(doc), max(sent.start_char, s.start_char - 12), s.start_char)]
    adjective = adjective_city(doc, sent.start_char, start)
    if adjective is not None and not after:
        return int(adjective.kb_id_), 0.85  # "Der Dortmunder Hafen ist der größte Kanalhafen Europas"
    opener = next((t for t in sent if not (t.is_space or t.is_punct or t.text[:1] in BULLETS)), None)
    refers_back = opener is not None and opener.lower_ in BACK_REFERENCES
    if after and (not refers_back or COPULA_BEFORE.search(text_of(doc), max(sent.start_char, after[0].start_char - 8),
                                                          after[0].start_char)):
        return int(after[0].kb_id_), 0.85  # also "Der wichtigste Seehafen ist Constanța": the city it is
    # "It is Canada's second-busiest port after Vancouver": the pronoun's city, not the one compared.
    # A list line with no pronoun ("Containers: 848,000 TEU") belongs to the city the document is about.
    subject = recent_subject(doc, sent)
    dominant = dominant_city(doc)
    if refers_back and subject is not None:
        return int(subject.kb_id_), 0.7
    if dominant is not None:
        return dominant, 0.6
    if subject is not None:
        return int(subject.kb_id_), 0.6
    if after:
        return int(after[0].kb_id_), 0.6
    return None, 0.3


SEA = re.compile(r"\b(?:sea)?ports?\b|harbou?rs?|\bhafen|seehafen|container\s*terminal", re.I)


PLANT = re.compile(r"\b(?:refiner(?:y|ies)|plants?|smelters?|mills?|factor(?:y|ies)|power\s+stations?|steelworks|"
                   r"Raffinerie|Werk|Kraftwerk|Hütte)\b", re.I)


def _plant_capacity(before: str) -> bool:
    """Whether the capacity named last before a figure is a plant's, not the port's ("a state-owned refinery
    with a capacity of ...")."""
    cues = list(CAPACITY.finditer(before))
    if not cues:
        return False
    lead = before[max(0, cues[-1].start() - 50):cues[-1].start()]
    plants = list(PLANT.finditer(lead))
    return bool(plants) and not SEA.search(lead, plants[-1].end())


def _port_type(text: str, start: int, end: int) -> str:
    """The kind of port named closest to the figure: ``air``, ``inland`` or ``sea``."""
    cues = []
    for kind, pattern in (("air", AIR), ("inland", INLAND), ("sea", SEA)):
        for m in pattern.finditer(text):
            distance = start - m.end() if m.end() <= start else (m.start() - end) * 1.5 if m.start() >= end else 0
            cues.append((distance, kind != "sea", kind))
    inside = [c for c in cues if c[0] == 0]
    if inside:
        return max(inside, key=lambda c: c[1])[2]
    return min(cues, key=lambda c: (c[0], not c[1]))[2] if cues else "sea"


def _period(text: str, start: int, end: int) -> str | None:
    window_start = max(0, start - 80)
    window = text[window_start:end + 60]
    years = [(abs(window_start + y.start() - start), y.group()) for y in YEAR.finditer(window)]
    if years:
        return min(years)[1]
    if ANNUAL.search(text[end:end + 40]) or ANNUAL.search(text[max(0, start - 40):start]):
        return "annual"
    return None


CONTEXT_RANKS = (RANK_EN_VERB, RANK_EN_NUMBER, RANK_EN_IMPLIED, RANK_DE_PLACE, RANK_DE_NUMBER)
_CARDINALS = {"one": 1, "eins": 1, "two": 2, "zwei": 2, "three": 3, "drei": 3, "four": 4, "vier": 4, "five": 5,
              "fünf": 5, "fuenf": 5, "six": 6, "sechs": 6, "seven": 7, "sieben": 7, "eight": 8, "nine": 9, "neun": 9,
              "ten": 10, "zehn": 10}
_POSSESSIVES = re.compile(r"\b(?:its|their|our|his|her|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren|unser\w*)\s+$",
                          re.I)


def _possessed(text: str, start: int) -> bool:
    """``its largest terminal``, ``sein größtes Drehkreuz``: a company's or a part's ranking, not the port's."""
    return bool(_POSSESSIVES.search(text[max(0, start - 12):start]))


def _ordinal(word: str | None, superlative: str | None) -> int | None:
    if not word:
        return 1
    word = word.lower()
    if word == "first":
        return 1
    if word in _CARDINALS:
        return _CARDINALS[word]
    if word in _ORD_EN:
        return _ORD_EN[word]
    if word in _ORD_DE:
        return _ORD_DE[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def _scope(words: str | None) -> str | None:
    if not words:
        return None
    key = words.strip().lower().replace("’", "'")
    if key in COUNTRY_WORDS:
        return COUNTRY_OF_THE_PORT  # "the busiest port in the country": filled in with the port city's country
    if key in SCOPES:
        return SCOPES[key]
    key = re.sub(r"^(?:in der|in|an der|am|im|the|der|des)\s+(?:gesamten\s+|ganzen\s+)?", "", key)
    if key in SCOPES:
        return SCOPES[key]
    if words.strip().lower().startswith("des ") and re.fullmatch(r"[a-zäöüß-]+e?s", key):
        # "des Saarlandes", "des Ruhrgebiets": a region's genitive; the scope is its name.
        base = key[:-2] if key.endswith("es") and not _country_name(key[:-1]) else key[:-1]
        return _country_name(base) or words.strip()[4:4 + len(base)]
    region = _region_name(words.strip())
    if region:  # "in Brittany", "Scotland's": the region, not its country
        return region
    country = _country_name(key) or (_country_name(key[:-1]) if key.endswith("s") else None)
    if country:  # "Österreichs", "in Spain"
        return country
    first = words.split()[0].lower()
    if " " in key and (first in SENTENCE_ADVERBS or all(w[:1].isupper() and w.lower() not in SCOPE_QUALIFIERS
                                                        for w in words.split()[:-1])) \
            and _country_name(words.split()[-1]):
        # "Today Germany's busiest port": a capitalised adverb before it; "makes Fredericia Denmark's largest
        # oil port": the port's own name before it
        return _country_name(words.split()[-1])
    if re.fullmatch(r"[a-zäöüß]+s", key) and words.strip()[:1].isupper():
        return None  # a German genitive that names no country or region ("Hamburgs")
    # "in sub-Saharan Africa", "northern Australia's": a part of a continent or country keeps its qualifier.
    if re.match(r"(?:sub-saharan|northern|southern|eastern|western|central)\s+[A-Z]", words.strip(), re.I):
        return words.strip()
    return words.strip() if words.strip()[:1].isupper() and not key.startswith("the ") else None


# "Western Australia", "Atlantic Canada", "New England": a part of the country is a scope of its own.
SCOPE_QUALIFIERS = frozenset({"western", "eastern", "northern", "southern", "central", "atlantic", "pacific", "new",
                              "upper", "lower", "greater", "north", "south", "east", "west", "mainland", "continental",
                              "nord", "süd", "ost", "mittel"})
SENTENCE_ADVERBS = frozenset({"today", "now", "also", "meanwhile", "thus", "hence", "indeed", "still", "yet", "so",
                              "and", "but", "since", "by", "with", "as", "in", "last", "this"})


def _region_before_port(words: str | None) -> str | None:
    """``the largest Great Lakes port``, ``the busiest Gulf Coast port``: a region's name before the port word."""
    phrase = " ".join((words or "").split())
    if re.fullmatch(r"(?:[A-Z][a-z]+\s+){0,2}(?:Lakes?|Coast|Sea|Gulf|Bay|Valley|River|Delta|Basin)", phrase):
        return phrase
    return None


GERMAN_STATES = {
    "baden-württemberg": "Baden-Württemberg", "bayern": "Bavaria", "brandenburg": "Brandenburg", "hessen": "Hesse",
    "mecklenburg-vorpommern": "Mecklenburg-Vorpommern", "niedersachsen": "Lower Saxony",
    "nordrhein-westfalen": "North Rhine-Westphalia", "rheinland-pfalz": "Rhineland-Palatinate", "saarland": "Saarland",
    "sachsen": "Saxony", "sachsen-anhalt": "Saxony-Anhalt", "schleswig-holstein": "Schleswig-Holstein",
    "thüringen": "Thuringia"}
_STATE_NAMES = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(GERMAN_STATES, key=len, reverse=True))
                          + r")(?:e?s)?\b(?!-)", re.I)


def german_state(doc: Doc) -> str | None:
    """The German Land a report names most often: "des Landes" in it means that Land, not Germany."""
    if "trex_german_state" in doc.user_data:
        return doc.user_data["trex_german_state"]
    counts: dict[str, int] = {}
    for m in _STATE_NAMES.finditer(text_of(doc)):
        name = GERMAN_STATES[m.group(1).lower()]
        counts[name] = counts.get(name, 0) + 1
    doc.user_data["trex_german_state"] = max(counts, key=counts.get) if counts else None
    return doc.user_data["trex_german_state"]


def _region_name(words: str) -> str | None:
    """The region (a province, a nation of the United Kingdom) that ``words`` end with, as written."""
    from pipeline.nlp.cities import region_codes

    name = words if fold_key(words) in region_codes() else re.sub(r"(?:['’]s|s)$", "", words)
    name = re.sub(r"^(?:(?:in|im|in der|the|der|des)\s+)+", "", name, flags=re.I)
    return name if fold_key(name) in region_codes() else None


def _country_name(word: str) -> str | None:
    """English name of the country ``word`` names, in English or German (``Österreich`` -> ``Austria``)."""
    from pipeline.nlp.cities import country_codes_by_name, english_country_names

    code = country_codes_by_name().get(fold_key(word))
    return english_country_names().get(code) if code else None


def _scope_in(words: str | None) -> str | None:
    """A scope named by an adjective among ``words``: ``European``, ``im europäischen Vergleich``."""
    for word in (words or "").split():
        key = word.lower().strip(",.")
        if key in SCOPES:
            return SCOPES[key]
        stem = re.sub(r"(?:en|er|es|em|e)$", "", key)
        if stem in SCOPES and stem != key:
            return SCOPES[stem]
    return None
