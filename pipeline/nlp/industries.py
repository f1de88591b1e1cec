"""Industry matcher: "A, known for X and Y", "key industries are ...", "bekannt für ...",
"home to X", "Riga's pharmaceutical companies", "von der Stahlindustrie geprägt".

Writes ``doc._.trex_industries``: dicts with the city's GeoNames id, the character span of the
words as written, a normalised English label, a NACE Rev. 2 code and a confidence.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import srsly
from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.industry_labels import GENERIC_SECTOR_WORDS, normalise_industry, sector_code
from pipeline.nlp.german import (adjective, coordinated_stem, first_part, rest_after_first, split_compound,
                                 translate)
from pipeline.nlp.cities import (CONTINENTS, country_codes_by_name, country_of_adjective, national_capitals,
                                 region_codes, word_zipf)
from pipeline.nlp.pos import pos_of, tag_of, tag_sentences
from pipeline.nlp.tables import not_sector_cells, sector_rows
from pipeline.nlp.layout import doc_language, span_text, text_of
from pipeline.nlp.gazetteer import fold_key, plain_key
from pipeline.nlp.spans import (CityGroup, adjective_city, city_spans, city_token_ids, dominant_group, group_cities,
                                in_passing, only_locates, recent_group, section_city, sentences_before)

RULES = srsly.read_json(Path(__file__).parent / "data" / "industry_triggers.json")
TRIGGER = re.compile(r"\b(?:" + "|".join(RULES["triggers"]) + r")", re.I)
FRAMES = [re.compile(f, re.I) for f in RULES["frames"]]


def _gate(frame: str) -> re.Pattern | None:
    """What follows a leading lazy ``(?P<items>[^.;:]{3,80}?)``: a cheap search that must succeed before the
    frame itself, whose lazy group is otherwise tried at every position of every sentence."""
    body = frame.removeprefix(r"\b")
    if not body.startswith("(?P<items>[^") or "}?)" not in body:
        return None
    return re.compile(body[body.index("}?)") + 3:], re.I)


GATES = [_gate(f) for f in RULES["frames"]]
# A frame's name for the industry scorer: a digest of its pattern, so that its learned weight stays with it
# when frames are added or reordered, and a changed frame starts afresh.
FRAME_NAMES = [f"frame {zlib.crc32(f.encode()):08x}" for f in RULES["frames"]]
STOP = re.compile(RULES["stops"], re.I)
# "software companies, from game studios to banking-software houses": examples of the firms named before
EXAMPLE_RANGE = re.compile(r"\bfrom\s+[^,.;]+?\s+to\s+[^,.;]+", re.I)
SPLIT_CHUNKS = re.compile(r",|\bas well as\b|\bsowie\b|\bplus\b|\bof course\b|\bnatürlich\b", re.I)
# Not "assembly-and-test", and not the pairs that name one industry ("oil and gas", "pulp and paper").
PAIR_FIRSTS = ("oil", "pulp", "food", "research")
SPLIT_ELEMENTS = re.compile(r"\s&\s|/|(?<!-)" + "".join(rf"(?<!\b{w} )" for w in PAIR_FIRSTS) + r"\band\b(?!-)"
                            r"|\bund\b|\bor\b|\boder\b", re.I)
# "Riga's pharmaceutical companies", "Bermeo's canneries", "Greenville's catfish processors": what a town's
# works are. A word that names its trade alone ("canneries") needs nothing before it; "Riga's companies" does.
_OWNED_HEADS = r"(?:industry|industries|sector|companies|firms|manufacturers|makers|producers|processors|cluster|plants|yards|mills)"
_OWNED_WORKS = r"(?:canneries|refineries|shipyards|breweries|distilleries|wineries|foundries|smelters|steelworks|sawmills)"
POSSESSIVE = re.compile(
    rf"['’]s\s+(?:own\s+)?(?P<items>(?:[\w-]+\s+){{1,3}}?{_OWNED_HEADS}|(?:[\w-]+\s+){{0,2}}?{_OWNED_WORKS})\b"
    rf"(?:\s+and\s+its\s+(?P<more>(?:[\w-]+\s+){{1,3}}?{_OWNED_HEADS}|(?:[\w-]+\s+){{0,2}}?{_OWNED_WORKS})\b)?")
HEADS = tuple(RULES["heads"])
GERMAN_HEADS = tuple(sorted(RULES["german_heads"], key=len, reverse=True))
COMBINING = tuple(sorted(RULES["combining_forms"], key=len, reverse=True))
DROP_START = tuple(RULES["drop_item_start"])
DROP_WORDS = frozenset(RULES["drop_item_words"])
NOT_INDUSTRY_LABELS = frozenset(RULES["not_industry_labels"])  # words that frame an economy but name no industry
LIST_NOUNS = re.compile(r"\b(?:pillars?|sectors?|industries|areas|branches|strengths|fields|clusters|Säulen|"
                        r"Branchen|Bereiche|Schwerpunkte|Felder|Industrien)\b", re.I)
# "grew rich on aircraft manufacturing and, since the 1990s, on software": a date set off by commas.
TIME_ASIDE = re.compile(r",\s+(?:since|from|by|in|seit|ab)\s+(?:the\s+)?(?:\d{4}s?|\d{4}er(?:-Jahren)?)\s*,\s*", re.I)
ASIDE_DASHES = re.compile(r"\s[–—]\s[^–—]{3,120}?\s[–—]\s")
QUOTES = "„“\"'«»‚‘"
# "financial services sector", "only aluminium": words around the industry that no label needs.
TIDY_LABEL = re.compile(r"^(?:only|mainly|mostly|largely)\s+|\s+(?:sectors?|parks?)$|\s+(?:and|or|und|oder)$|"
                        # "a dense cluster of food and drink producers": the producers, not the cluster
                        r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:cluster|group|handful|number|range|host|string|"
                        r"concentration)\s+of\s+", re.I)
COMPANY_WORDS = re.compile(r"[\s-]+(?:compan(?:y|ies)|firms?|headquarters|manufacturers?|makers?|producers?|plants?|factor(?:y|ies)|yards|(?:work)?shops|"
                           r"clusters?|studios|scenes?|houses|foundr(?:y|ies)|sectors?|Spezialisten|Hersteller[n]?|Firmen|Anbieter[n]?|Unternehmen)$",
                           re.I)
PORT_SUBJECT = re.compile(r"^\W*(?:(?:its|the|der|die|das|sein|ihr)\s+)?(?:\w+\s+)?(?:port|harbou?r|terminal|Hafen|Seehafen)"
                          r"\b(?!\s+(?:city|town|Stadt|area|region))(?:,[^,]*,)?\s*(?:\w+\s+){0,2}$", re.I)
MAKERS = re.compile(r"(?P<made>[\w-]+(?:\s+[\w-]+)?)[\s-]+(?P<firm>makers?|manufacturers?|producers?|assemblers?|designers?|"
                    r"builders?|processors?|packers?|weavers?|refiners?|roasters?|wholesalers?)$", re.I)
MAKER_ROLES = frozenset({"decision", "policy", "law", "rule", "deal", "peace", "trouble", "money", "pace", "play",
                         "match", "holiday", "noise"})
MAKER_ACTIVITY = {"maker": "manufacturing", "manufacturer": "manufacturing", "producer": "production",
                  "assembler": "assembly", "designer": "design", "builder": "manufacturing", "processor": "processing",
                  "packer": "processing", "weaver": "weaving", "refiner": "refining", "roaster": "roasting",
                  "wholesaler": "wholesale"}
# "boat builders" build boats: boatbuilding, as the trade calls it, not "boat manufacturing".
BUILT_SOLID = frozenset({"ship", "boat", "yacht", "barge"})
OFFICE_WORDS = frozenset({"headquarters", "offices", "seat", "base"})  # "the headquarters of parcel companies"
GENERIC_LABEL_WORDS = frozenset({"industry", "industrie", "sector", "branch", "the", "and", "of"})
POSSESSIVE_BACK = re.compile(r"\b(?:its|their|ihre[rnms]?|seine[rnms]?|the\s+(?:city|town)[’']s)\b", re.I)
LOCATIVE = re.compile(r"\b(?:hier|dort|vor Ort|here|in the city|in town)\b|\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|may|might|seems?)\b)", re.I)
NATIONALITY_TOWN = re.compile(r"\b(?:[Tt]he|[Dd]ie|[Dd]er|dem|den)\s+(?P<adj>[A-ZÄÖÜ][\w-]+)\s+(?:(?:economic|commercial|"
                              r"industrial|second|wirtschaftliche|heimliche)\s+)?(?:city|town|capital|port city|"
                              r"metropolis|Stadt|Hauptstadt|Hafenstadt|Metropole)\b")
NATIONAL_CAPITAL = re.compile(r"\b(?:the|die|der)\s+(?:[\w-]+\s+)?(?:capital|Hauptstadt)\b", re.I)
SINGULAR_TOWN = re.compile(r"\b(?:der Stadt|die Stadt|der Landeshauptstadt|die Landeshauptstadt|der Hansestadt|die Hansestadt|"
                           r"the city|the town|"
                           r"the city's|the town's)\b", re.I)
# "In der Deichstadt sind ...": a town's epithet where it is, said of the town named before.
TOWN_EPITHET = re.compile(r"\b(?:[Ii]n|[Aa]us|[Aa]n|[Bb]ei)\s+der\s+[A-ZÄÖÜ][a-zäöüß]+stadt\b")
# A sentence opening like this speaks of the place named before: "The city lives from ...", "Die drei Orte ...".
BACK_REFERENCES = frozenset({"the", "it", "its", "this", "these", "they", "die", "der", "das", "es", "sie", "diese",
                             "dieser", "dort", "hier"})
# Works said to have closed or stopped: "The steel mill at Saldanha closed in 2020", "die Produktion eingestellt".
CLOSED_WORDS = (r"closed(?:\s+down)?|shut(?:\s+down)?|(?:moved|relocated|shifted)\s+(?:their|its)\s+(?:production|plants?|"
                r"factor(?:y|ies))\s+(?:to|abroad)|were\s+shut|idle|mothballed|decommissioned|no\s+longer|stillgelegt|"
                r"abgeschaltet|geschlossen|"
                r"nicht\s+mehr|(?:Produktion|Bau|Betrieb|Fertigung)\b[^.;]{0,40}?\beingestellt|"
                r"(?:ceased|stopped|ended)\s+(?:production|assembly|processing|producing|operations|operating)|endete|(?-i:schloss|schlossen)")
CLOSED = re.compile(rf"\b(?:{CLOSED_WORDS})\b", re.I)
# What a town lived from before, or no longer has.
PAST = re.compile(r"\b(?:(?:ist|sind|is|are)\s+(?:heute\s+|now\s+|long\s+|hier\s+|dort\s+|längst\s+|seit\s+(?:den\s+)?[\w-]+\s+)?"
                  r"(?:Geschichte|history)|(?:längst\s+)?Geschichte\s+(?:ist|sind)|"
                  r"bis\s+(?:19|20)\d\d\b[^.;]{0,60}?\b(?:wurde|wurden|war|waren)|einst|ehemalig\w*|once|früher(?:e[nmrs]?)?|"
                  r"lost\s+(?:its|their)|used to|long gone|(?:is|are) gone|verlor(?:en)?|"
                  # "Hamm, lange eine Hochburg des Steinkohlenbergbaus, ...": what it long was
                  r"(?:lange|long)\s+(?:eine?|an?)(?=\s+(?:[\w-]+\s+)?(?:Hochburg|Zentrum|Stadt|centre|center|stronghold|town|city|hub)\b|\s*$)|"
                  # "Malmö has turned from a shipyard town into a city of software": what it was before
                  r"(?:turned|changed|grown|grew|developed|evolved)\s+from\s+an?|"
                  # "the old steel mills along the estuary", but not "a 200-year-old brewery" or "the old harbour quarter"
                  r"(?:the|its|their|an)\s+(?:old|former)\s+(?:[\w-]+\s+){0,2}?(?:mills?|works|plants?|factor(?:y|ies)|"
                  r"(?:ship)?yards?|industr(?:y|ies)|town|trade)|verschwunden|disappeared|vanished|"
                  # "Eine Halbleiterindustrie gibt es in Magdeburg bislang nicht": what a town does not have
                  r"gibt\s+es\s+(?:[^.;]{0,40}?\s)?(?:noch\s+|bislang\s+|bisher\s+)?nicht|"
                  r"(?:sind|ist)\s+(?:\w+\s+){0,3}?vorbei|(?:kaum\s+etwas|nichts|wenig)\s+(?:mehr\s+)?geblieben|"
                  rf"{CLOSED_WORDS})\b", re.I)
CLAUSE_BREAK = re.compile(r"[,;]")
THE_CITY_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:city|town)\s+$")
REGIONAL_CAPITAL = re.compile(r"\b(?:(?:[Dd]ie|[Dd]er|[Dd]es|[Dd]en)\s+(?P<adj>[a-zäöü][\wäöüß-]*isch)(?:e|en|er)\s+"
                              r"(?:Landes)?[Hh]auptstadt|[Tt]he\s+(?P<adj_en>[A-Z][\w-]+)\s+capital)\b")
TWINNING = re.compile(r"\b(?:twinned|twin\s+towns?|sister[- ]cit(?:y|ies)|sister[- ]ports?|verschwistert|"
                      r"Partnerst(?:a|ä)dt\w*|St(?:ä|ae)dtepartnerschaft\w*|Städtefreundschaft\w*)\b")
# "Łódź war eine Textilstadt", "Kenitra was a quiet garrison town": what the town was
WAS_A = re.compile(r"\b(?:war|was)\s+(?:once\s+|einst\s+|lange\s+|long\s+)?(?:an?|eine?)\s+(?:[\w-]+\s+)?$")
LOST_BEFORE = re.compile(r"\b(?:verlor(?:en)?|lost)\b[^.;,]*$")  # "verlor nach 1990 nahezu alle Spinnereien"
ENDED = re.compile(r"\b(?:Ende|end|closure|Schließung)\s+(?:der|des|of(?:\s+the)?)\s+$", re.I)  # "seit dem Ende der Autoproduktion"
NOT_YET = re.compile(r"\s*(?:[\w-]+\s+){0,2}?\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?"
                     r"(?:planned|proposed|announced)|announced\s+(?:for|in|at|on|by)|"
                     r"(?:is|are)\s+(?:still\s+)?due\s+to\s+(?:start|open|begin)|"
                     r"(?:still\s+)?(?:under\s+construction|being\s+built)|"  # also "the plant being built in Boden"
                     r"(?:ist|sind|wird|werden)\s+"
                     r"(?:\w+\s+){0,4}?(?:geplant|vorgesehen|beantragt|angekündigt|in\s+Planung))\b", re.I)
# "A proposed aircraft-seat factory", "Ein Investor will dort ein Futtermittelwerk bauen": not there yet
PLANNED_BEFORE = re.compile(r"\b(?:proposed|planned|announced|geplante[nmrs]?|future|künftige[nmrs]?)\s+(?:[\w-]+\s+)?$",
                            re.I)
PLANNED_FIRST = re.compile(r"(?:proposed|planned|announced|geplante[nmrs]?|future|künftige[nmrs]?)\s", re.I)
WANTS_TO = re.compile(r"\b(?:will|wollen|soll|sollen|plans?\s+to|wants?\s+to)\s+(?:[\w-]+\s+){0,5}?$", re.I)
TO_BE_BUILT = re.compile(r"[^.;,]{0,40}?\b(?:bauen|errichten|eröffnen|ansiedeln|build|open|set\s+up)\b", re.I)
ANOTHER_TOWN = re.compile(r"\b(?:an?|one)\s+(?P<adj>[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port)$")
# A clause about a port: what it "handles" or "schlägt um" is cargo even where no town is named in it.
PORT_WORDS = re.compile(r"\b(?:port|harbou?r|terminal|quays?|\w*[Hh]afen\w*|\w*[Hh]äfen\w*|Kai)\b")
REGION_AFTER = re.compile(r"\s*\(?(?:prov\.?|province|Provinz|county|region|district|Kreis|Landkreis|Bezirk|oblast|"
                          r"governorate|state)\b", re.I)
BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")
NOT_YET_REMARK = re.compile(r"\b(?:geplant|planned|proposed|im\s+Bau|in\s+Planung|under\s+construction)\b", re.I)
# "a sister-city link with a mining town in Chile": a town of that country, not one the text names
TOWN_IN_A_COUNTRY = re.compile(r"[\w-]*\s+(?:town|city|village|port)\s+in\s+(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
TOPIC_VERBS_AFTER = re.compile(r"\b(?:zusammenarbeiten|zusammenzuarbeiten|kooperieren|zu\s+kooperieren|forschen)\b")
# "beide Städte arbeiten vor allem bei Wasserversorgung und Abfallwirtschaft zusammen": what they do together,
# unlike "Unternehmen der Lebensmitteltechnologie arbeiten eng mit der Universität zusammen".
WORK_TOGETHER_ON = re.compile(r"\barbeite[nt]\b[^.;:]{0,60}?\b(?:bei|beim|im\s+Bereich|in\s+den\s+Bereichen|auf\s+dem\s+Gebiet)\s+"
                              r"(?P<topic>[^.;:]{3,100}?)\s+zusammen\b")
CLAUSE_MARKS = (";", ":", " – ", " — ")
PHRASE_PREPOSITIONS = frozenset({"from", "of", "on", "in", "with", "by", "von", "vom", "aus", "mit"})
GERMAN_MAKERS = frozenset({"hersteller", "herstellern", "herstellers", "produzent", "produzenten", "anbieter",
                           "anbietern", "zulieferer", "zulieferern", "spezialisten", "spezialist",
                           # "Betriebe der Kunststoff- und Metallverarbeitung": firms of an industry
                           "betriebe", "betrieben", "unternehmen", "firmen"})
GERMAN_ARTICLES_OPENING = frozenset({"die", "der", "das"})
GERMAN_TOWN_NOUNS = frozenset({"orte", "ort", "gemeinde", "gemeinden", "kommune", "kommunen", "städte", "metropole",
                               "region", "standorte"})
TAIL_WORDS_EN = frozenset({"that", "which", "who", "where", "around", "near", "next", "in", "at", "on", "for", "with", "from",
                           "based", "located", "headquartered", "making", "producing", "supplying", "serving", "old",
                           "across", "along", "since", "thanks", "while", "whose", "rather", "instead", "such", "again",
                           "after", "before", "despite", "than"})
# "industrial zones full of chemical plants", "a solid base of engineering firms": the industry is what follows.
FILLED_WITH = frozenset({"full of", "packed with", "filled with", "base of", "host of", "range of", "number of",
                         "network of", "handful of", "mix of", "wealth of", "voller"})
FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "ADV", "NUM"})
LEADING_FILLER = frozenset(EN_STOP | DE_STOP | set(RULES["strip_words"]) | {
    "esp", "especially", "particularly", "mainly", "notably", "including", "related", "traditionally", "only",
    "biggest", "largest", "leading", "national", "regional", "state-owned", "state-run", "family-owned", "booming",
    "thriving", "flourishing", "second", "third", "dozen", "dozens", "hundred", "hundreds", "score", "scores", "handful"})
if not Doc.has_extension("trex_industries"):
    Doc.set_extension("trex_industries", default=None)


@Language.factory("trex_industries", assigns=["doc._.trex_industries"],
                  requires=["doc.spans"], default_config={"confidence": 0.8})
def make_industry_matcher(nlp: Language, name: str, confidence: float) -> IndustryMatcher:
    return IndustryMatcher(name, confidence=confidence)


class IndustryMatcher:
    def __init__(self, name: str = "trex_industries", *, confidence: float = 0.8):
        self.name = name
        self.confidence = confidence

    def __call__(self, doc: Doc) -> Doc:
        facts: list[dict] = []
        lang = doc_language(doc)
        sentences = list(doc.sents)
        # The list rules read parts of speech: tag the sentences they will look at in one batch.
        tag_sentences(doc, [s for s in sentences if TRIGGER.search(span_text(s)) or POSSESSIVE.search(span_text(s))
                            or any(gate.search(span_text(s)) for gate in GATES if gate is not None)])
        for sent in sentences:
            for trigger in TRIGGER.finditer(span_text(sent)):
                clause = span_text(sent).rfind(";", 0, trigger.start()) + 1
                if PAST.search(span_text(sent), max(0, clause, trigger.start() - 25), trigger.start()):
                    continue  # "once known for jute, jam and journalism": what the town lived from before
                if PORT_SUBJECT.search(span_text(sent), 0, trigger.start()):
                    continue  # "Its port ... lives mainly from liquid bulk and grain": cargo, not industries
                start, end = self._list_bounds(doc, sent, trigger)
                facts.extend(self._facts(doc, sent, sent.start_char + trigger.start(), start, end, lang))
            sent_text = span_text(sent)
            names_a_town = None  # asked once a sentence, and only if a frame needs it
            for index, (frame, gate) in enumerate(zip(FRAMES, GATES)):
                if gate is not None and gate.search(sent_text) is None:
                    continue
                if "needs_city" in frame.groupindex:
                    if names_a_town is None:
                        names_a_town = _names_a_town(doc, sent)
                    if not names_a_town:
                        continue  # "builds cars" says something about a city only where one is named
                for m in frame.finditer(sent_text):
                    if "city_before" in frame.groupindex and not _city_ends_at(doc, sent.start_char + m.start()) \
                            and not THE_CITY_BEFORE.search(sent_text, 0, m.start()):
                        continue  # "Fort Worth builds fighter jets", "the city builds", not "its yard builds submarines"
                    if _closed_or_not_yet(sent_text, m.start(), m.end()) or \
                            LOST_BEFORE.search(sent_text, max(0, m.start("items") - 60), m.start("items")):
                        continue  # "The steel mill at Saldanha closed in 2020", "Geelong lost its last car plant"
                    start, end = sent.start_char + m.start("items"), sent.start_char + m.end("items")
                    # A frame with an "after" group names its city after it ("... is concentrated around X").
                    anchor = sent.start_char + m.end() if "after" in frame.groupindex else start
                    found = self._facts(doc, sent, anchor, start, end, lang, prefer_after="after" in frame.groupindex,
                                        rule=FRAME_NAMES[index])
                    if "known" in frame.groupindex:
                        # A loose frame ("the country's food-processing capital"): only words the sector table knows;
                        # but what a town named right before the verb makes is a product ("Kirkcaldy still makes linoleum").
                        found = [f for f in found if f["sector"] or "city_before" in frame.groupindex and _a_product(doc, f)]
                    facts.extend(found)
            facts.extend(self._possessives(doc, sent, lang))
            facts.extend(self._yards(doc, sent, lang))
        facts.extend(self._sector_lists(doc, lang))
        facts.extend(self._town_lines(doc, lang))
        rows = sector_rows(text_of(doc))
        facts.extend(self._sector_tables(doc, lang, rows))
        # Cells under "Schwerpunkte der Zusammenarbeit" or "Main cargo" are no town's industries, nor a province's.
        taken = [(f["start_char"], f["end_char"]) for f in facts] + not_sector_cells(text_of(doc)) + _region_rows(doc, rows)
        economic = [(sent, continued) for sent in doc.sents if (continued := self._about_an_economy(doc, sent)) is not None]
        # the ones whose terms ``lexicon_spans`` will read parts of speech around, tagged in one batch
        tag_sentences(doc, [sent for sent, _ in economic if lang == "en" and HEAD_OR_TERM.search(span_text(sent))])
        for sent, continued in economic:
            facts.extend(self._lexicon_terms(doc, sent, lang, taken, continued))
        cities = city_token_ids(doc)
        for fact in facts:
            fact["industry"] = TIDY_LABEL.sub("", fact["industry"]).strip() or fact["industry"]
            # "paper plants", "food machinery manufacturers": the industry, not the kind of firm
            fact["industry"] = _without_firm_word(fact["industry"], lang)
        town_names = {span_text(s).lower() for s in city_spans(doc)}
        doc._.trex_industries = _dedupe([f for f in facts if f["industry"] and f["industry"].lower() not in NOT_INDUSTRY_LABELS
                                         and f["industry"].lower() not in town_names  # "Coventry firms"
                                         and not (lang == "en" and _proper_name(text_of(doc)[f["start_char"]:f["end_char"]],
                                                                                f["sector"]))
                                         and not _only_city_words(doc, f, cities)
                                         and not ON_PAPER.search(text_of(doc), max(0, f["start_char"] - 20), f["end_char"])
                                         and not (lang == "de" and _untranslated(f["industry"],
                                                                                 text_of(doc)[f["start_char"]:f["end_char"]]))])
        return doc

    def _sector_lists(self, doc: Doc, lang: str) -> list[dict]:
        """Bullet lists under a heading such as "Key sectors" or "Branchen": each line an industry (or a few)."""
        facts = []
        for heading in SECTOR_HEADING.finditer(text_of(doc)):
            pos = heading.end()
            anchor = doc.char_span(heading.start(), heading.end(), alignment_mode="expand")
            if anchor is None:
                continue
            subject, confidence = _subject(doc, anchor.sent, heading.start())
            if subject is None:
                continue
            for line in BULLET_LINE.finditer(text_of(doc), pos):
                if line.start() != pos:
                    break
                pos = line.end()
                for s, e, words in _items(doc, line.start("item"), line.end("item"), lang):
                    label, code = normalise_industry(words, lang)
                    for gid in subject.ids:
                        facts.append({"city": gid, "start_char": s, "end_char": e, "industry": label,
                                      "sector": code, "confidence": round(0.8 * confidence * self.confidence, 3),
                                      "rule": "sector list"})
        return facts

    def _town_lines(self, doc: Doc, lang: str) -> list[dict]:
        """A line that is a town's name, a dash and what it does ("- Lake Charles – LNG terminals, casino
        resorts and aircraft maintenance"): a profile in the shape of a list."""
        facts = []
        for line in TOWN_LINE.finditer(text_of(doc)):
            towns = city_spans(doc, line.start("town"), line.end("town"))
            if len(towns) != 1 or towns[0].start_char != line.start("town") or \
                    not TOWN_QUALIFIER.fullmatch(text_of(doc), towns[0].end_char, line.end("town")):
                continue  # the whole name before the dash must be the town's ("Cameron Parish – ..." is not)
            first_town = next(iter(city_spans(doc, line.start("items"), line.end("items"))), None)
            if "|" in line.group() or LINE_CARGO.search(line.group("items")) or TITLE_CASE.fullmatch(line.group("items")) \
                    or first_town is not None and first_town.start_char == line.start("items"):
                # a table row; "- Astana – diplomatic mail, exhibition freight": what is shipped there; a title
                # ("Valencia – Trade and Investment Brief"); a twinning ("Steyr – Kettering (Ohio)")
                continue
            # the list ends at a clause or at whom it serves: "castings for power generation, wind and shipbuilding"
            tail = LINE_LIST_END.search(text_of(doc), line.start("items"), line.end("items"))
            end = tail.start() if tail else line.end("items")
            # "Mtwara – cashew shelling has created about 3,000 jobs": a clause whose subject is the trade
            clause = doc.char_span(line.start("items"), end, alignment_mode="expand")
            verb = next((t for t in clause or [] if tag_of(t) in FINITE_VERB_TAGS), None)
            if verb is not None:
                end = verb.idx
            for s, e, words in _items(doc, line.start("items"), end, lang):
                item = doc.char_span(s, e, alignment_mode="expand")
                if _closed_or_not_yet(text_of(doc), s, e) or item is None or pos_of(item[-1]) == "ADJ":
                    continue  # "anchovy canning, labour-intensive and seasonal": what it is like, not what it is
                label, code = normalise_industry(words, lang)
                if code is None and len(words.split()) == 1:
                    continue  # "stores on request", "bottling": one word the sector table does not know
                facts.append({"city": int(towns[0].kb_id_), "start_char": s, "end_char": e, "industry": label,
                              "sector": code, "confidence": round(0.8 * self.confidence, 3), "rule": "town line"})
        return facts

    def _sector_tables(self, doc: Doc, lang: str, rows) -> list[dict]:
        """A table column of sectors ("Stadt | Schwerpunktbranchen | ..."): each item the industry of the town
        its row names."""
        facts = []
        for others, cell in rows:
            town = _row_town(doc, others)
            if town is None or _names_a_region(doc, town, others):
                continue  # "Kreis Borken", "Region total", "Osmaniye prov.": a row that names no town
            # "Car assembly (new model)": a remark in brackets is no industry; "Flüssiggas (LNG)" names it again
            bracket = re.search(r"\([^)]*[a-zäöü][^)]*\)?\s*$", cell.text)
            cell_end = cell.start + bracket.start() if bracket and bracket.start() > 0 else cell.end
            items = list(_items(doc, cell.start, cell_end, lang))
            if bracket and NOT_YET_REMARK.search(bracket.group()):
                items = items[:-1]  # "Wartung, Wasserstoff (geplant)": the last one is not there yet
            for s, e, words in items:
                label, code = normalise_industry(words, lang)
                facts.append({"city": int(town.kb_id_), "start_char": s, "end_char": e, "industry": label,
                              "sector": code, "confidence": round(0.8 * self.confidence, 3), "rule": "sector table"})
        return facts

    def _about_an_economy(self, doc: Doc, sent: Span) -> bool | None:
        """Whether ``_lexicon_terms`` should read the sentence: None if not, else whether it only continues
        about the city of the sentence before. Asked for every sentence before any is read, so that those
        let through are tagged in one batch."""
        text = span_text(sent)
        cued = ECONOMY_CUES.search(text) is not None
        has_city = bool(city_spans(doc, sent.start_char, sent.end_char))
        # Without an economy word, a known industry term beside a city still counts, unless the sentence
        # is about goods moving (steel shipped through a port is cargo, not the city's industry).
        answer = _answers_economy_question(doc, sent)
        in_section = not has_city and section_city(doc, sent.start_char) is not None
        # "Fast alle Banken haben hier ihre Zentrale": a sentence placed in the city named just before.
        placed = not has_city and LOCATIVE.search(text) is not None and not CARGO_CUES.search(text)
        # "Der Zwickauer Automobilbau ...", "Hamiltonians have worked in ...": a town's adjective or people name it.
        # The costliest of these tests, so asked only where the sentence would otherwise be left.
        if not placed and not answer and not in_section and (not has_city or not cued and CARGO_CUES.search(text)):
            placed = adjective_city(doc, sent.start_char, sent.end_char) is not None
        if not cued and not answer and not in_section and not placed and (not has_city or CARGO_CUES.search(text)):
            return None
        # "Tatsächlich ist die Stadt ein Industriestandort. Im Osten sitzen Werften ...": a paragraph that goes on
        # about the city its sentence before spoke of.
        continued = not has_city and cued and _continues_about_a_city(doc, sent)
        if not has_city and not answer and not in_section and not placed and not continued and not _refers_back(sent):
            return None
        return continued

    def _lexicon_terms(self, doc: Doc, sent: Span, lang: str, taken: list[tuple[int, int]],
                       continued: bool) -> list[dict]:
        """Industry words in a sentence about a city's economy that no pattern above caught.

        Recall for phrasings no trigger foresaw; lower confidence, so they are flagged for review.
        Topics of a cooperation, a trade fair's show and the like are left out.
        """
        text = span_text(sent)
        has_city = bool(city_spans(doc, sent.start_char, sent.end_char))
        facts = []
        if SAID_NOT_AN_INDUSTRY.search(text):
            return []  # "... which draws teachers from all over the world but is not an industry"
        ranges = [(sent.start_char + m.start(), sent.start_char + m.end()) for m in EXAMPLE_RANGE.finditer(text)]
        for start, end in lexicon_spans(doc, sent, lang):
            if any(s < end and start < e for s, e in taken + ranges):
                continue
            if TOPIC_CUES.search(text_of(doc), max(sent.start_char, start - 60), start):
                continue
            semicolon = text_of(doc).rfind(";", sent.start_char, start)
            if FAIR_CUES.search(text_of(doc), max(sent.start_char, semicolon + 1, start - 150), start):
                continue  # "the fair ... covers machine tools, welding, plastics": the show, not the town
            clause_start, clause_end = _clause(doc, sent, start, end)
            together = WORK_TOGETHER_ON.search(text_of(doc), clause_start, clause_end) if lang == "de" else None
            if together and together.start("topic") <= start < together.end("topic"):
                continue
            if lang == "de" and TOPIC_VERBS_AFTER.search(text_of(doc), end, clause_end):
                continue  # "wollen bei Landstrom und Wasserstoff zusammenarbeiten": what the partners work on
            handling_from = _joined_clause_start(text_of(doc), clause_start, start)
            if (has_city or PORT_WORDS.search(text_of(doc), handling_from, clause_end)) and \
                    HANDLING_CUES.search(text_of(doc), handling_from, clause_end):
                continue  # "...; im Hafen werden vor allem Düngemittel, Stahl und Getreide umgeschlagen"
            if _said_of_the_past(doc, max(sent.start_char, start - 25), min(sent.end_char, end + 60)) or \
                    NOT_YET.search(text_of(doc), end, min(clause_end, end + 60)) or \
                    ENDED.search(text_of(doc), max(sent.start_char, start - 25), start) or \
                    LOST_BEFORE.search(text_of(doc), max(clause_start, start - 60), start) or \
                    WAS_A.search(text_of(doc), max(clause_start, start - 40), start):
                continue  # "Die großen Schuhfabriken ... sind Geschichte": a past industry, not the town's today
            remark = BRACKETED.match(text_of(doc), end)
            if remark and NOT_YET_REMARK.search(remark.group()):
                continue  # "Wasserstoff (geplant)"
            if _planned(text_of(doc), max(clause_start, start - 50), start, end, clause_end):
                continue
            if _names_customers(text_of(doc), sent.start_char, start, end, lang):
                continue  # who buys the product, not what is made
            other = ANOTHER_TOWN.search(text_of(doc), max(sent.start_char, start - 30), end) if lang == "en" else None
            if other and country_of_adjective(other.group("adj").lower()):
                continue  # "between Fécamp and a Norwegian fishing town": some other place, not the one named
            elsewhere = TOWN_IN_A_COUNTRY.match(text_of(doc), start, min(sent.end_char, end + 40)) if lang == "en" else None
            if elsewhere and fold_key(elsewhere.group("country")) in country_codes_by_name():
                continue  # "a sister-city link with a mining town in Chile"
            subject, confidence = _subject(doc, sent, start)
            placed_after = _placed_after(doc, end, clause_end)
            if placed_after is not None:
                subject, confidence = CityGroup([placed_after]), 1.0  # "a chemical complex operates in Estarreja"
            if continued and (subject is None or confidence < 0.6) and not (
                    _names_country_before(doc, sent, start) or _names_region_before(doc, sent, start)):
                opener = _opening_city(doc, sent, past_passing=True)
                subject, confidence = (CityGroup([opener]), 0.6) if opener is not None else (None, 0.0)
            if subject is None or confidence < 0.6:
                continue
            if TWINNING.search(text) and _partner_side(doc, sent, subject):
                continue  # "Greifswald ist mit Osnabrück, Lund und Hamar verschwistert; ... Werften": not the partners'
            words = _lexicon_words(doc, start, end)
            if lang == "en" and len(words.split()) > 1 and words.split()[-1].lower() in EN_COMPANY_HEADS and not (
                    words.split()[-1].lower() in CENTRES and words.lower() in EN_TERM_SET):
                # the industry, not the kind of firm; but "call centres" and "data centres" are the trade itself
                words = _without_firm_word(words, lang, always=True)
            if not _keep(words):
                continue
            label, code = normalise_industry(words, lang)
            if code is None and lang == "en" and _only_describes(doc, start, end):
                continue  # "dusty factories", "mid-sized mills": what the works are like, not what they make
            for gid in subject.ids:
                facts.append({"city": gid, "start_char": start, "end_char": end, "industry": label,
                              "sector": code, "confidence": round(0.7 * confidence * self.confidence, 3),
                              "rule": "lexicon"})
            taken.append((start, end))
        return facts

    def _list_bounds(self, doc: Doc, sent: Span, trigger: re.Match) -> tuple[int, int]:
        start = sent.start_char + trigger.end()
        # "rests on three manufacturing pillars: automotive, ..." - the list follows the colon.
        colon = text_of(doc).find(":", start, sent.end_char)
        if colon != -1 and len(text_of(doc)[start:colon].split()) <= 5 and LIST_NOUNS.search(text_of(doc)[start:colon]):
            start = colon + 1
        return start, sent.end_char

    def _facts(self, doc: Doc, sent: Span, anchor: int, start: int, end: int, lang: str,
               prefer_after: bool = False, rule: str = "trigger") -> list[dict]:
        subject, confidence = _subject(doc, sent, anchor, prefer_after, adjective_end=max(anchor, start))
        if subject is None or SAID_NOT_AN_INDUSTRY.search(span_text(sent)):
            return []
        segments = []
        aside = ASIDE_DASHES.search(text_of(doc), start, end) or TIME_ASIDE.search(text_of(doc), start, end)
        if aside:  # "die Luft- und Raumfahrt – die Elbe Flugzeugwerke bauen ... – sowie die Pharmazie"
            segments.append((aside.end(), _list_end(doc, aside.end(), end, subject)))
            end = aside.start()
        segments.insert(0, (start, _list_end(doc, start, end, subject)))
        facts = []
        for s, e, words in (item for seg in segments for item in _items(doc, seg[0], seg[1], lang)):
            if NOT_YET.match(text_of(doc), e, _clause(doc, sent, s, e)[1]) or \
                    PLANNED_BEFORE.search(text_of(doc), max(sent.start_char, s - 30), s) or PLANNED_FIRST.match(words):
                continue  # "and a hydrogen industry is planned there", "its planned textile park": not there yet
            label, code = normalise_industry(words, lang)
            placed_after = _placed_after(doc, e, _clause(doc, sent, s, e)[1])
            for gid in [int(placed_after.kb_id_)] if placed_after is not None else subject.ids:
                facts.append({"city": gid, "start_char": s, "end_char": e, "industry": label, "sector": code,
                              "confidence": round(confidence * self.confidence, 3), "rule": rule})
        return facts

    def _yards(self, doc: Doc, sent: Span, lang: str) -> list[dict]:
        """A yard that builds (or repairs) vessels: shipbuilding (or ship repair) of the town it stands in.
        The mention runs from the yard to the vessels, so product words inside it give way to the trade."""
        text, facts = span_text(sent), []
        for yard in YARD.finditer(text):
            # "eine Werft, die Fähren baut", "a yard, which builds ferries": the clause goes on past the comma
            relative = re.match(r",\s+(?:die|der|that|which|where|wo)\b", text[yard.end():])
            clause_end = CLAUSE_BREAK.search(text, yard.end() + (relative.end() if relative else 0))
            window = text[yard.end():min(clause_end.start() if clause_end else len(text), yard.end() + 90)]
            work = YARD_WORK.search(window)
            vessels = work and (VESSELS.search(window, work.end(), work.end() + 60) or (
                lang == "de" and VESSELS.search(window, 0, work.start())))  # "die Fähren baut"
            if not vessels:
                continue
            start, end = sent.start_char + yard.start(), sent.start_char + yard.end() + max(work.end(), vessels.end())
            if _closed_or_not_yet(text_of(doc), start, end) or PAST.search(text, max(0, yard.start() - 40),
                                                                           yard.end() + work.end()):
                continue  # "the yard closed in 1990", "the yard once built trawlers"
            # "the yards in Messina build ...", "die Werft der Stadt Wismar baut ...": the town right after the yard
            town = next((c for c in city_spans(doc, start, end) if YARD_PLACE.fullmatch(
                text_of(doc)[sent.start_char + yard.end():c.start_char])), None)
            subject, confidence = (CityGroup([town]), 1.0) if town is not None else _subject(doc, sent, start)
            if subject is None or confidence < 0.6:
                continue
            # yachts and workboats are boatbuilding, a trade of its own
            trade = "ship repair" if not work.group("build") else "boatbuilding" if BOATS.fullmatch(
                vessels.group()) else "shipbuilding"
            label, code = normalise_industry(trade, "en")
            facts += [{"city": gid, "start_char": start, "end_char": end, "industry": label, "sector": code,
                       "confidence": round(0.8 * confidence * self.confidence, 3), "rule": "yard"}
                      for gid in subject.ids]
        return facts

    def _possessives(self, doc: Doc, sent: Span, lang: str) -> list[dict]:
        """``Riga's pharmaceutical companies and its woodworking industry``."""
        facts = []
        for span in city_spans(doc, sent.start_char, sent.end_char):
            m = POSSESSIVE.match(text_of(doc), span.end_char, sent.end_char)
            if not m or _closed_or_not_yet(text_of(doc), m.start(), m.end()):
                continue  # "Leeds's last woollen mills closed in 1990"
            for group in ("items", "more"):
                if not m.group(group):
                    continue
                s, e = m.start(group), m.end(group)
                # "Spartanburg's tire and chemical plants": each element of a coordination is an industry.
                for start, end, words in _items(doc, s, e, lang):
                    if not _keep(words):
                        continue
                    label, code = normalise_industry(words, lang)
                    facts.append({"city": int(span.kb_id_), "start_char": start, "end_char": end,
                                  "industry": label, "sector": code, "confidence": round(0.75 * self.confidence, 3),
                                  "rule": "possessive"})
        return facts


# "the yards in Messina build hydrofoils and fast ferries", "eine Werft, die Fähren baut": a yard that builds
# or outfits vessels is shipbuilding, one that only repairs them ship repair, whatever the vessels are called.
YARD = re.compile(r"\b(?:(?:ship|dock|naval |navy )?yards?|shipyards?|(?:Groß|Marine)?[Ww]erft(?:en)?)\b")
YARD_WORK = re.compile(
    r"\b(?P<build>build(?:s|ing)?|assembles?|delivers?|constructs?|outfits?|turns out|(?:ge)?baut|bauen|fertigt|"
    r"entstehen|r(?:ü|ue)stet\s+\w+\s+aus)\b|"
    r"\b(?P<repair>repairs?|maintains?|refits?|converts?|reparier\w*|w(?:a|ä)rtet|umbaut)\b")
BOATS = re.compile(r"(?i:[\w-]*(?:yachts?|yachten)|(?:work|sail|motor|leisure|pleasure)boats?|(?:sport|segel|motor)boote?)")
YARD_PLACE = re.compile(r"\s+(?:(?:in|at|of|on|near)\s+(?:the\s+)?(?:city\s+of\s+|port\s+of\s+)?|"
                        r"(?:in|der|des|von|bei)\s+(?:der\s+|dem\s+)?(?:Stadt\s+|Hansestadt\s+)?)")
VESSELS = re.compile(r"(?i:\b(?:[\w-]*(?:ships?|vessels?|boats?|ferr(?:y|ies)|carriers?|tankers?|frigates?|corvettes?|"
                     r"submarines?|warships?|barges?|hulls?|trawlers?|tugs?|yachts?|hydrofoils?|catamarans?)|"
                     r"[\w-]*(?:schiffe?|boote?|f(?:ä|ae)hren|fahrzeuge|tanker|fregatten|u-boote|kutter|yachten))\b)")


SECTOR_HEADING = re.compile(r"^(?:Key |Main |Leading |Major |Important |Other |Further |Weitere |Wichtige |"
                            r"Wirtschaftliche )?(?:sectors|industries|clusters|strengths|focus sectors|Branchen|"
                            r"Leitbranchen|Schlüsselbranchen|Wirtschaftszweige|Schwerpunktbranchen|Kernbranchen|"
                            r"Schwerpunkte|Kompetenzfelder|Cluster|Stärken)\s*:?[ \t]*\n", re.I | re.M)
# "- Sfax – olive-oil milling and bottling": a town, a dash, then words that are no sentence of their own.
TOWN_LINE = re.compile(r"^[ \t]*(?:[-•*·▪][ \t]+)?(?P<town>[^\W\d][^\n–—:|]{1,50}?)[ \t]+[–—][ \t]+"
                       r"(?!(?:the|a|an|its|their|his|her|which|who|where|when|not|one|there|it|we|our|home|known|seat|base|"
                       r"der|die|das|ein|eine|wo|nicht|Sitz|bekannt)\b)(?P<items>[^\W\d][^\n–—]{2,160})$", re.M | re.I)
LINE_CARGO = re.compile(r"\b(?:freight|cargo(?:es)?|shipments?|imports?|containers?|Fracht|Ladung)\b", re.I)
TITLE_CASE = re.compile(r"[A-Z][\w-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w-]*))+\s*")
LINE_LIST_END = re.compile(r"[:;]|\s(?:for|at|in|on|to|with|from|near|around|für|bei|im|am|an|auf|mit|nach)\s")
TOWN_QUALIFIER = re.compile(r"(?:,?\s*\(?[A-Z][\w .]{1,25}\)?)?\s*")  # "Kochi (Kerala)", "Portland, Maine"
BULLET_LINE = re.compile(r"[ \t]*[-•*–·▪][ \t]+(?P<item>[^\n]{2,80})\n?")
LEXICON = srsly.read_json(Path(__file__).parent / "data" / "industry_lexicon.json")
ECONOMY_CUES = re.compile(LEXICON["economy_cues"], re.I)
TOPIC_CUES = re.compile(LEXICON["topic_cues"], re.I)
CARGO_CUES = re.compile(LEXICON["cargo_cues"], re.I)
# Within one clause only goods being moved mark cargo: "imports its raw materials" is said of a working smelter.
HANDLING_CUES = re.compile(LEXICON["handling_cues"], re.I)
FAIR_CUES = re.compile(r"\b(?:fairs?|exhibitions?|\w*[Mm]esse\w*|Ausstellung\w*|\w*[Tt]hem(?:a|en)|themes?|topics?)\b")
EN_HEADS = frozenset(LEXICON["english_heads"])
# "IT firms", "a steel town", "a zinc refinery", "makers of": the kind of firm names the industry.
EN_COMPANY_HEADS = frozenset(LEXICON["english_company_heads"])
CENTRES = frozenset({"centre", "centres", "center", "centers"})
LOOSE_HEADS = CENTRES | {"scene", "houses", "town", "towns", "city"}  # "software houses", "a retail centre", "a mill town"
GENERIC_FIRM_WORDS = frozenset({"different", "various", "many", "numerous", "foreign", "domestic", "local", "small",
                                "large", "big", "major", "leading", "international", "private", "state", "family",
                                "new", "young", "established", "member", "partner", "client", "customer"})
def _trie_pattern(terms: list[str]) -> str:
    """One regular expression for many terms, written as a trie ("steel(?:making| mills?)?"): Python's re tries a
    flat alternation's branches one by one at every position, a trie's only along the letters that match.
    A space matches a space or a hyphen; the longest term wins, as in a longest-first alternation."""
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"[\s-]" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Bullets, quotes and numbers before a sentence's first word, when that word is capitalised like a common noun.
SENTENCE_OPENING = re.compile(r"[\W\d]*?(?=[A-Z][a-z]+\b)")
# "medical technology" also written "medical-technology" (as a modifier: "medical-technology companies").
EN_TERMS = re.compile(r"\b(?:" + _trie_pattern(LEXICON["english_terms"]) + r")\b")
EN_TERM_SET = frozenset(t.lower() for t in LEXICON["english_terms"])
HEAD_OR_TERM = re.compile(EN_TERMS.pattern + r"|\b(?:" + "|".join(sorted(EN_HEADS | EN_COMPANY_HEADS)) + r")\b|\w(?:makers?|builders?)\b",
                          re.I)
DE_HEADS = tuple(LEXICON["german_heads"])
SKIP_WORDS = frozenset(LEXICON["skip_words"])


# "Seehafen", "Schmuckmesse", "Biergarten", "Erzbahn": a place, fair, line or thing named by what it serves.
PLACE_HEADS_DE = frozenset({"hafen", "häfen", "messe", "messen", "bahn", "zug", "garten", "kraftwerk", "station", "schiff",
                            "vieh", "schrott", "kabel", "see", "straße", "route", "linie", "terminal", "lager", "markt"})
GERMAN_PAIR = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+-\s+(?:und|oder)\s+[A-ZÄÖÜ][a-zäöüß]+")
FOR_CUSTOMERS = re.compile(r"(\w+)\s+für\s+(?:(?:die|den|das)\s+)?(?:[\w-]+(?:,\s*|\s+(?:und|oder)\s+))*$")
HUB_NOUNS = frozenset({"zentrum", "standort", "drehscheibe", "hochburg", "schwerpunkt", "cluster", "netzwerk",
                       "kompetenzzentrum", "hub", "knotenpunkt", "region", "stadt", "platz"})


def _row_town(doc: Doc, cells) -> Span | None:
    """The first town named in a table row's other cells."""
    return next((spans[0] for spans in (city_spans(doc, c.start, c.end) for c in cells) if spans), None)


def _names_a_region(doc: Doc, town: Span, cells) -> bool:
    """"Osmaniye prov. | 150,000 | groundnuts": the row is the province's, named after its town."""
    return any(c.start <= town.start_char < c.end and REGION_AFTER.match(text_of(doc), town.end_char, c.end)
               for c in cells)


def _region_rows(doc: Doc, rows) -> list[tuple[int, int]]:
    """Sector cells of table rows (``sector_rows``) that speak of a province, not of its town."""
    out = []
    for others, cell in rows:
        town = _row_town(doc, others)
        if town is not None and _names_a_region(doc, town, others):
            out.append((cell.start, cell.end))
    return out


def _names_customers(text: str, sentence_start: int, start: int, end: int, lang: str) -> bool:
    """Whether the industry term text[start:end] names the buyers of a town's products, not what the town makes:
    "fertigt Hubmagnete für Autos und Maschinen", "beliefert Fahrzeughersteller weltweit", "a supplier of mill
    liners ... to the mining industry", "bars for the car industry"."""
    if lang == "de":
        m = FOR_CUSTOMERS.search(text, max(sentence_start, start - 60), start)
        if m is not None and m.group(1)[:1].isupper() and m.group(1).lower() not in HUB_NOUNS:
            return True
        return CUSTOMERS_DE.search(text, max(sentence_start, start - 80), start) is not None
    # "supply car makers" names buyers; "supply compressors and castings" names what is supplied
    buyers = CUSTOMERS_EN.search(text, max(sentence_start, start - 80), start)
    if buyers is not None and (not buyers.group().lower().startswith(SUPPLY_VERBS) or BUYER_WORDS.search(text[start:end])):
        return True
    some = FOR_SOME.search(text, max(sentence_start, start - 30), start)
    if some and BUYER_WORDS.search(text[start:end]) and \
            not PRAISED_FOR.search(text, max(sentence_start, some.start() - 50), some.start()):
        return True  # "pellets for Japanese power plants"; not "known throughout the Arab world for its furniture makers"
    return FOR_AN_INDUSTRY.search(text, max(sentence_start, start - 30), start) is not None \
        and text[start:end].lower().endswith("industry")


def lexicon_spans(doc: Doc, sent: Span, lang: str) -> list[tuple[int, int]]:
    """Character spans of industry terms in ``sent``: known terms, and noun groups ending in an
    industry head (``petrochemical industry``, ``Keramikindustrie``)."""
    spans: list[tuple[int, int]] = []
    cities = city_token_ids(doc)
    if lang == "de":
        for token in sent:
            word = token.text
            if not word[:1].isupper() or word.isupper() or token.i in cities or len(word) < 5:  # not "UNTER DRUCK"
                continue
            parts = split_compound(word)
            # "Keramikindustrie" by its head; "Designmöbeln", "Sensoren" by a translation the sector table knows
            if len(parts) >= 2 and parts[-1] in DE_HEADS and parts[0] not in SKIP_WORDS or \
                    (parts and parts[0] not in SKIP_WORDS and parts[-1] not in PLACE_HEADS_DE
                     and translate(word) and sector_code(translate(word) or "")):
                spans.append((token.idx, token.idx + len(word)))
        # "Luft- und Raumfahrt": a coordination the table knows as one industry; "Aluminium- und
        # Lebensmittelindustrie": two, the first taking the second's head (see ``_lexicon_words``).
        for m in GERMAN_PAIR.finditer(span_text(sent)):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            label = translate(m.group())
            if label and sector_code(label):
                spans = [(s, e) for s, e in spans if not (s < end and start < e)] + [(start, end)]
            elif any(s <= end <= e for s, e in spans):
                prefix_end = start + m.group().index("-") + 1
                spans = [(s, e) for s, e in spans if not (s < prefix_end and start < e)] + [(start, prefix_end)]
        return sorted(spans)

    def modifies_next(start_char: int, end_char: int) -> bool:
        """``trading port``, ``trade association``: the word qualifies a following noun, it is no industry."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            return False
        nxt = doc[span.end]
        return pos_of(nxt) in ("NOUN", "PROPN") and nxt.is_alpha and nxt.i < sent.end

    triggers = [(sent.start_char + m.start(), sent.start_char + m.end()) for m in TRIGGER.finditer(span_text(sent))]
    for m in EN_TERMS.finditer(_first_word_lowered(span_text(sent))):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if m.group()[0] != text_of(doc)[start] and not _opens_a_clause(doc, sent, start):
            continue  # "Shipping your household goods", "Sugar, finally": a heading, not a sentence about a trade
        if not modifies_next(start, end):
            spans.append((start, end))
    for token in sent:
        maker = _maker_compound(token)
        if token.lower_ not in EN_HEADS and token.lower_ not in EN_COMPANY_HEADS and not maker \
                or token.i == sent.start or modifies_next(token.idx, token.idx + len(token)) \
                or token.lower_ == "works" and pos_of(token) != "NOUN":  # "our sales agent works from Celle"
            continue
        first = token.i
        company = token.lower_ in EN_COMPANY_HEADS or maker
        while first - 1 >= sent.start and token.i - first - _hyphens(doc, first, token.i) < 2:
            prev = doc[first - 1]
            if prev.text == "-" and not prev.whitespace_ and first - 2 >= sent.start and not doc[first - 2].whitespace_ \
                    and doc[first - 2].is_alpha and doc[first - 2].i not in cities:  # but not "Dhaka-area mills"
                first -= 2  # "farm-machinery makers": a hyphenated word is one word
                continue
            if pos_of(prev) not in ("ADJ", "NOUN", "PROPN") and not _prenominal_gerund(prev) or tag_of(prev) == "JJS" \
                    or prev.lower_ in SKIP_WORDS or prev.lower_ in LEADING_FILLER and not prev.text.isupper() \
                    or prev.i in cities or prev.lower_ in CUSTOMER_VERBS \
                    or country_of_adjective(prev.lower_) \
                    or not prev.is_alpha and "-" not in prev.text:
                break
            if company and (prev.lower_ in GENERIC_FIRM_WORDS or COMPASS.fullmatch(prev.lower_)
                            or (pos_of(prev) in ("ADJ", "PROPN") and prev.text[:1].isupper() and not prev.text.isupper()
                                and prev.i > sent.start)):  # a sentence's first word is capitalised anyway
                break  # "different German companies", "the Jeep plant": who the firms are, not what they make
            first -= 1
        modifier = text_of(doc)[doc[first].idx:token.idx].strip()
        if token.lower_ in LOOSE_HEADS and (not sector_code(modifier) or modifier.lower() in GENERIC_SECTOR_WORDS):
            continue  # "the conference centre", "a research centre": only a named trade makes a centre one
        if first < token.i or maker:
            spans.append((doc[first].idx, token.idx + len(token.text)))
            spans.extend(_shared_head_conjuncts(doc, sent, first, cities))
    spans = [(s, e) for s, e in spans if not any(ts < e and s < te for ts, te in triggers)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:  # a known term inside a longer group counts once
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _first_word_lowered(text: str) -> str:
    """"Tourism keeps the old town busy", "- Ship repair": a term that opens a sentence or a bullet is
    capitalised only because of where it stands. A word in capitals or a name with inner capitals stays."""
    lead = SENTENCE_OPENING.match(text)
    if lead is None:
        return text
    i = lead.end()
    return text[:i] + text[i].lower() + text[i + 1:]


def _opens_a_clause(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence with a verb of its own ("Tourism keeps ...") or a list
    line ("Footwear and eyewear: Wenzhou"), as a noun: not "Shipping your goods", not the heading "Sugar, finally"."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or first.end < len(doc) and pos_of(doc[first.end]) in ("DET", "PRON"):
        return False
    return any(pos_of(t) in ("VERB", "AUX") or t.text == ":" for t in sent if t.i > first[0].i)


def _shared_head_conjuncts(doc: Doc, sent: Span, first: int, cities: set[int]) -> list[tuple[int, int]]:
    """"textile and clothing firms", "steel, glass and chemical plants": the words before "and" share the
    head, so each names an industry of its own. Only words that name a sector on their own count, so
    "small and medium firms" gives nothing."""
    spans = []
    i = first - 1
    if i < sent.start or doc[i].lower_ not in ("and", "or", "&"):
        return spans
    while i - 1 >= sent.start:
        word = doc[i - 1]
        if not word.is_alpha or word.i in cities or word.lower_ in LEADING_FILLER or word.lower_ in SKIP_WORDS \
                or pos_of(word) not in ("ADJ", "NOUN", "PROPN") or word.text[:1].isupper() and word.i > sent.start \
                or word.lower_ in GENERIC_SECTOR_WORDS or word.lower_ in PAIR_FIRSTS or not sector_code(word.text):
            break
        spans.append((word.idx, word.idx + len(word.text)))
        if i - 2 < sent.start or doc[i - 2].text != ",":
            break
        i -= 2
    return spans


# "the south-east business of a logistics group": where it works, not what it does
COMPASS = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?")
# -ing words that stand before a noun without naming what is made there ("the remaining plants").
NOT_A_TRADE_ING = frozenset({"including", "leading", "growing", "booming", "thriving", "existing", "remaining",
                             "following", "surrounding", "neighbouring", "neighboring", "emerging", "struggling",
                             "competing", "operating", "outstanding", "supporting", "promising", "expanding",
                             "according", "during", "having", "being", "visiting"})


# "the toolmakers of Leiria supply car makers": the verb before the buyers, which the tagger may read as a noun
CUSTOMER_VERBS = frozenset({"supply", "supplies", "serve", "serves", "deliver", "delivers"})


def _said_of_the_past(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] says what a town lived from before; "the explosives used to blast the pits"
    is what explosives are for, not what the town used to do."""
    for m in PAST.finditer(text_of(doc), start, end):
        if m.group().lower().startswith("used"):
            used = doc.char_span(m.start(), m.start() + 4)
            if used is not None and tag_of(used[0]) == "VBN":
                continue
        return True
    return False


def _planned(text: str, window_start: int, start: int, end: int, clause_end: int) -> bool:
    """A plant that is proposed or that someone wants to build: "a proposed seat factory", "will dort ein
    Futtermittelwerk bauen"."""
    return PLANNED_BEFORE.search(text, window_start, start) is not None or (
        WANTS_TO.search(text, window_start, start) is not None and TO_BE_BUILT.match(text, end, clause_end) is not None)


def _maker_compound(token) -> bool:
    """``toolmakers``, ``watchmakers``, ``shipbuilders``: a firm word grown into one word with what it makes."""
    return len(token.text) > 8 and token.lower_.endswith(("makers", "builders")) and token.text.islower() \
        and token.lower_ not in NOT_MAKERS


# People who make no product: "holidaymakers", "policymakers".
NOT_MAKERS = frozenset({"holidaymakers", "policymakers", "decisionmakers", "lawmakers", "peacemakers", "dealmakers",
                        "matchmakers", "troublemakers", "homemakers", "merrymakers", "rainmakers", "kingmakers",
                        "bodybuilders", "housebuilders"})


def _prenominal_gerund(token) -> bool:
    """``fish-processing plants``, ``a cocoa-grinding industry``: the tagger reads the -ing word as a verb, but
    before a noun it names the trade."""
    return token.lower_.endswith("ing") and token.lower_ not in NOT_A_TRADE_ING and pos_of(token) == "VERB" \
        and token.i + 1 < len(token.doc) and pos_of(token.doc[token.i + 1]) in ("NOUN", "PROPN") \
        and not (token.i > 0 and pos_of(token.doc[token.i - 1]) == "AUX")  # "is drawing battery suppliers"


def _hyphens(doc: Doc, start: int, end: int) -> int:
    """Tokens that join a hyphenated word between ``start`` and ``end`` (the hyphen and the part before it)."""
    return 2 * sum(1 for t in doc[start:end] if t.text == "-" and not t.whitespace_)


def _lexicon_words(doc: Doc, start: int, end: int) -> str:
    """The words of a lexicon span; a German prefix ("Aluminium-") takes the head of the word after "und"."""
    words = text_of(doc)[start:end]
    if words.endswith("-"):
        following = re.match(r"\s+(?:und|oder)\s+([\wäöüßÄÖÜ-]+)", text_of(doc)[end:end + 60])
        joined = _attach_prefix(words, following.group(1)) if following else None
        return joined if joined and translate(joined) else ""  # "" is dropped by _keep
    return words


def _continues_about_a_city(doc: Doc, sent: Span) -> bool:
    """The sentence before, in the same paragraph, names one city or speaks of "the city"."""
    previous = next(sentences_before(doc, sent, 1), None)
    if previous is None or "\n" in text_of(doc)[previous.start_char:sent.start_char]:
        return False
    named = {s.kb_id_ for s in city_spans(doc, previous.start_char, previous.end_char)}
    return len(named) == 1 or (not named and _refers_back(previous))


def _clause(doc: Doc, sent: Span, start: int, end: int) -> tuple[int, int]:
    """Where the clause around text[start:end] begins and ends: at a semicolon, a colon or a dash."""
    text = text_of(doc)
    before = max((text.rfind(mark, sent.start_char, start) for mark in CLAUSE_MARKS), default=-1)
    after = [i for i in (text.find(mark, end, sent.end_char) for mark in CLAUSE_MARKS) if i >= 0]
    return (before + 1 if before >= 0 else sent.start_char), (min(after) if after else sent.end_char)


JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|und|aber|während)\s+")


def _joined_clause_start(text: str, clause_start: int, start: int) -> int:
    """Where the last clause joined by ", and" before ``start`` begins: "Callao handles 2.6 million TEU, and the port
    city also has fishmeal plants" speaks of cargo first and of the town's works after."""
    joins = [m.end() for m in JOINED_CLAUSE.finditer(text, clause_start, start)]
    return joins[-1] if joins else clause_start


def _city_ends_at(doc: Doc, position: int) -> bool:
    """A city's name stands right before ``position`` (a verb whose subject it is), or before an aside that
    ends there ("Windsor – the Ontario one, not the royal town – builds minivans")."""
    spans = city_spans(doc, max(0, position - 160), position)
    if any(0 <= position - s.end_char <= 2 for s in spans):
        return True
    text = text_of(doc)
    return any(CLOSED_ASIDE.fullmatch(text, s.end_char, position) for s in spans)


# An aside in dashes, brackets or commas right after a town, closed before its verb.
CLOSED_ASIDE = re.compile(r"\s*(?:[–—]\s[^–—.;:]{3,120}?\s[–—]|\([^().;:]{3,120}\)|,\s[a-z][^,.;:()–—]{2,100},)\s*")


def _names_a_town(doc: Doc, sent: Span) -> bool:
    """The sentence names a city, says "the city", or stands under a city's heading."""
    return bool(city_spans(doc, sent.start_char, sent.end_char)) or SINGULAR_TOWN.search(span_text(sent)) is not None \
        or section_city(doc, sent.start_char) is not None


def _proper_name(words: str, sector: str | None) -> bool:
    """A single capitalised word that names no sector ("Coventry" of "two Coventry firms"): a name, not an industry."""
    words = COMPANY_WORDS.sub("", words.strip())
    if sector is None and re.fullmatch(r"[A-Z][a-z]+\s+(?:industry|economy|business)", words):
        return True  # "Regiomontano industry": whose industry (a demonym), not which
    return len(words.split()) == 1 and words[:1].isupper() and not words.isupper() and sector is None


def _only_city_words(doc: Doc, fact: dict, cities: set[int]) -> bool:
    """"in Nürnberg" caught as a list item: a city's name is never its industry."""
    span = doc.char_span(fact["start_char"], fact["end_char"], alignment_mode="expand")
    return span is not None and all(t.i in cities or t.is_punct for t in span)


def _still_german(label: str) -> bool:
    """A label no table could put into English ("gewerbegebiet", "schulaustausch"): German words that no
    rule knows as an industry are far more often something else (a place, an event) than one."""
    words = re.findall(r"[a-zäöüß]+", label.lower())
    return bool(words) and all(word_zipf(w, "de") >= word_zipf(w, "en") for w in words)


def _untranslated(label: str, mention: str) -> bool:
    """A German mention that came through as its own words: no table put it into English. "Salami", which the
    table gives as "salami", was translated."""
    return _still_german(label) and _as_written(label, mention) and translate(mention) is None


def _as_written(label: str, mention: str) -> bool:
    """The label is the mention's own words, no table having put it into English."""
    written = mention.lower()
    return all(w in written for w in re.findall(r"[a-zäöüß]+", label.lower()))


def _dedupe(facts: list[dict]) -> list[dict]:
    # "aero engines" found whole and "engines" found inside it: the longer words say what the industry is.
    facts = [f for f in facts if not any(g is not f and g["city"] == f["city"] and g["start_char"] <= f["start_char"]
                                         and f["end_char"] <= g["end_char"] and g["end_char"] - g["start_char"] >
                                         f["end_char"] - f["start_char"] for g in facts)]
    # "steel" and "the steel industry", "mining" and "mining services" of one town are one industry for
    # the analyst: one record, with the more specific label and where that label was found.
    out: list[tuple[dict, frozenset[str]]] = []
    for fact in facts:
        words = _label_words(fact["industry"])
        same = next((i for i, (kept, kept_words) in enumerate(out) if kept["city"] == fact["city"] and
                     (words <= kept_words or kept_words <= words)), None)
        if same is None:
            out.append((fact, words))
        elif len(words) > len(out[same][1]) and fact["confidence"] >= 0.75 * out[same][0]["confidence"]:
            out[same] = (fact, words)  # but not a guess from a weaker rule ("Edelsteinbörse" for Edelsteinindustrie)
    return [fact for fact, _ in out]


def _label_words(label: str) -> frozenset[str]:
    """The words that tell one industry label from another, in the singular."""
    words = [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
             for w in re.findall(r"[a-z0-9]+", label.lower())]
    return frozenset(w for w in words if w not in GENERIC_LABEL_WORDS) or frozenset(words)


def _answers_economy_question(doc: Doc, sent: Span) -> bool:
    """An FAQ answer ("Three things, mainly: food processing, textiles and tourism.") to a question about
    the economy ("What are the main industries?")."""
    if sent.start == 0:
        return False
    previous = span_text(doc[sent.start - 1].sent).strip()
    return previous.endswith("?") and ECONOMY_CUES.search(previous) is not None


def _opener(sent: Span):
    """The sentence's first word."""
    return next((t for t in sent if not t.is_space and not t.is_punct), None)


def _back_reference(opener) -> bool:
    """A sentence opening that speaks of something named before ("The city", "Its", "Die Orte"); a German article
    alone opens most sentences ("Die Raffinerie in Karlsruhe ..."), so only before a word for a town."""
    if opener is None or opener.lower_ not in BACK_REFERENCES:
        return False
    if opener.lower_ in GERMAN_ARTICLES_OPENING:
        nxt = opener.nbor(1) if opener.i + 1 < len(opener.doc) else None
        return nxt is not None and (nxt.lower_ in GERMAN_TOWN_NOUNS or nxt.lower_.endswith("stadt")
                                    or nxt.is_digit or nxt.lower_ in ("beiden", "drei", "vier", "fünf"))
    return True


def _refers_back(sent: Span) -> bool:
    """A sentence without a city that speaks of the one named before: "Its economy ...", "The city ..."."""
    opener = _opener(sent)
    head = span_text(sent)[:60]
    return _back_reference(opener) or bool(SINGULAR_TOWN.search(head)) or bool(TOWN_EPITHET.search(head)) \
        or bool(re.search(r"\b(?:its|their|ihre?|seine?)\b", head, re.I))


def _subject(doc: Doc, sent: Span, anchor: int, prefer_after: bool = False,
             adjective_end: int | None = None) -> tuple[CityGroup | None, float]:
    """The cities a trigger speaks of: the nearest group before it in the sentence, else a city named by
    an adjective ("der Ingolstädter Wirtschaft"), else the first group after it, else the subject of a
    recent sentence ("The city lives from ..."), else the document's city."""
    named = _city_by_nationality(doc, sent, anchor)
    if named is not None:
        return named, 0.8
    # "nördlich von Angers, dessen Wirtschaft ...": a landmark that the relative clause then speaks of
    groups = group_cities(doc, [s for s in city_spans(doc, sent.start_char, sent.end_char)
                                if (not only_locates(doc, s) or RELATIVE_OWNER.match(text_of(doc), s.end_char))
                                and not MARKET_BEFORE.search(text_of(doc), max(0, s.start_char - 60), s.start_char)
                                and not DISTRICT_BEFORE.search(text_of(doc), max(0, s.start_char - 20), s.start_char)
                                and not _placed_in_an_aside(doc, s)])
    before = [g for g in groups if g.end_char <= anchor]
    after = [g for g in groups if g.start_char >= anchor]
    if prefer_after and after:
        return after[0], 0.9
    if before:
        return before[-1], 1.0
    adjective = adjective_city(doc, sent.start_char, adjective_end or anchor)
    if adjective is not None:
        return CityGroup([adjective]), 0.85
    capital = _regional_capital(doc, sent, anchor)
    if capital is not None:
        return CityGroup([capital]), 0.8  # "Die lothringische Hauptstadt lebt heute vor allem von Verwaltung"
    if (_names_country_before(doc, sent, anchor) or _names_region_before(doc, sent, anchor)) and not after:
        return None, 0.0  # "Chile was chosen because its mining and port sectors ...": a country's industries
    there = _the_place_named_last(doc, sent, anchor)
    if there is not None:
        return CityGroup([there]), 0.75  # "... sollte nach Basel fahren. Dort gibt die Pharmaindustrie den Ton an."
    opener = _opener(sent)
    # "Today its employers are concentrated in health care ..., anchored by the air base at nearby X":
    # a possessive before the industries speaks of the city named before, not of one named after.
    possessive = POSSESSIVE_BACK.search(text_of(doc), sent.start_char, anchor) is not None
    # "Das Edelstahlwerk der Stadt ..., und die Zulieferer aus dem nahen Dresden": the town spoken of before.
    refers_back = _back_reference(opener) or possessive or \
        re.match(r"\S*\s+(?:der Stadt|of the (?:city|town))\b", text_of(doc)[anchor:anchor + 60]) is not None
    if after and not refers_back:
        return after[0], 0.75
    if after and OF_THE_TOWN.fullmatch(text_of(doc), anchor, after[0].start_char):
        return after[0], 0.75  # "The toolmakers of Leiria ...": the works of the town named right after them
    section = section_city(doc, sent.start_char)
    if section is not None:
        return section, 0.75  # under the heading "Dresden": "Die Landeshauptstadt ..."
    run_in = _run_in_city(doc, sent.start_char)
    if run_in is not None:
        return CityGroup([run_in]), 0.75  # "Winsen (Luhe). Nicht zu verwechseln ... Logistikunternehmen prägen ..."
    dominant = dominant_group(doc)
    if dominant is not None and SINGULAR_TOWN.search(span_text(sent)):
        # "The city's economy rests on ...": the city the sentence before opened with, else the city the
        # document is about ("Die Wirtschaft der Stadt ...").
        opener = _opening_city(doc, sent)
        return (CityGroup([opener]), 0.7) if opener is not None else (dominant, 0.7)
    if SINGULAR_TOWN.search(span_text(sent)):
        opener = _opening_city(doc, sent, past_passing=True)
        if opener is not None:
            return CityGroup([opener]), 0.65
    recent = recent_group(doc, sent, unnamed=SINGULAR_TOWN)
    if recent is not None:
        return _the_capital(doc, sent, anchor, recent), 0.65
    if dominant is not None:
        return dominant, 0.5
    return None, 0.0


RUN_IN_HEADING = re.compile(r"[ \t]*(?P<name>[A-ZÄÖÜ][^.:\n]{1,40}?)[.:][ \t]+[A-ZÄÖÜ]")


OF_THE_TOWN = re.compile(r"[\w-]+(?:\s+[\w-]+){0,2}\s+of\s+")
# "dort", "there" (not "there is"): the place, not the subject, the text named last.
THERE = re.compile(r"\b(?:[Dd]ort|[Tt]here)\b(?!\s+(?:is|are|was|were|has|have|had|will|may|might|seems?)\b)")


def _the_place_named_last(doc: Doc, sent: Span, anchor: int) -> Span | None:
    """For a sentence that says "dort"/"there" before its industries and names no town of its own: the last
    town named in the sentences before it."""
    if THERE.search(text_of(doc), sent.start_char, anchor) is None:
        return None
    for previous in sentences_before(doc, sent, 3):
        spans = city_spans(doc, previous.start_char, previous.end_char)
        if spans:
            # only a place the text went to or was in ("nach Basel fahren"), not a partner ("mit Kassel
            # verschwistert") or a landmark ("north of Rabat"): those leave "dort" to the subject
            last = spans[-1]
            went = WENT_TO.search(text_of(doc), max(0, last.start_char - 20), last.start_char)
            return last if went is not None and not only_locates(doc, last) else None
    return None


WENT_TO = re.compile(r"\b(?:nach|in|im|to|into|zu|zum|zur|visiting|besuchten|besucht)\s+(?:der\s+|die\s+|dem\s+|the\s+)?$", re.I)
# "... draws teachers from all over the world but is not an industry", "kein Wirtschaftszweig der beiden Städte"
SAID_NOT_AN_INDUSTRY = re.compile(r"\b(?:(?:is|are)\s+not\s+(?:an?\s+)?(?:industry|industries|sector)|"
                                  # "those are cargoes, not our industries"
                                  r"not\s+(?:our|its|their|the\s+(?:city|town)['’]s)\s+(?:own\s+)?(?:industry|industries|trades?)|"
                                  r"(?:ist|sind)\s+kein(?:e|en)?\s+(?:Industrie|Branche|Wirtschaftszweig)|"
                                  r"kein(?:e|en)?\s+(?:Wirtschaftszweig|Branche)\s+der)\b")
# "now sells in Singapore and Seoul", "supplies an airline workshop in Doha": where the goods go, not where they are made
MARKET_BEFORE = re.compile(r"\b(?:sells?|sold|supplies|supplied|delivers?|delivered|exports?|exported)\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:in|to)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,\s*|\s+and\s+))*$")
CUSTOMERS_EN = re.compile(r"\b(?:suppliers?\s+of|supplies|supplying|serves|serving)\b[^.;]*?\b(?:to|for)\s+(?:the\s+)?$"
                          # "the toolmakers of Leiria supply car makers", "wire rod and bars for the car industry"
                          r"|\b(?:supply|supplies|supplied|serve|serves|served)\s+(?:the\s+)?$", re.I)
SUPPLY_VERBS = ("supply", "supplies", "supplied")
BUYER_WORDS = re.compile(r"\b(?:\w*makers?|manufacturers?|producers?|industr(?:y|ies)|sectors?|plants?|factor(?:y|ies)|"
                         r"companies|firms|yards?|mills?|builders?|assemblers?|carmakers|automakers|OEMs?|brewers|"
                         r"breweries|distillers|distilleries|bakers|bakeries|dairies|retailers|farmers|growers|"
                         r"refiner(?:s|ies)|processors|operators|utilities|airlines|hospitals)\s*$", re.I)
PRAISED_FOR = re.compile(r"\b(?:known|famous|renowned|noted|reputation|base|centre|center|hub|home|magnet)\b[^.;]*$",
                         re.I)
FOR_SOME = re.compile(r"(?<!known )(?<!famous )(?<!renowned )(?<!noted )\bfor\s+(?:[\w-]+\s+){0,2}$", re.I)
FOR_AN_INDUSTRY = re.compile(r"(?<!known )(?<!famous )(?<!renowned )\bfor\s+the\s+$", re.I)
CUSTOMERS_DE = re.compile(r"\b(?:beliefer[nt]|liefer[nt]\b[^.;]{0,80}?\ban)\s+(?:die\s+|den\s+|das\s+)?(?:[\w-]+\s+)?$")
RELATIVE_OWNER = re.compile(r",\s+(?:dessen|deren|whose)\b")
PLACED_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:operates?|operating|is|are|sits?|sit|stands?|stand|located|based|lies|"
                          r"situated|steht|stehen|sitzt|sitzen|liegt|liegen|befindet\s+sich|arbeitet|arbeiten)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:in|at|im|bei)\s+$"  # "stand across the bay in San Roque"
                          r"|\s+(?:in|at)\s+(?:nearby\s+|neighbouring\s+|neighboring\s+)?$")  # "builds vans in Ladson"


def _placed_after(doc: Doc, end: int, clause_end: int) -> Span | None:
    """The town a works is said to stand in after it is named: "a large chemical complex operates in Estarreja"."""
    after = city_spans(doc, end, clause_end)
    if not after or not PLACED_AFTER.fullmatch(text_of(doc)[end:after[0].start_char]):
        return None
    return after[0]


def _run_in_city(doc: Doc, start: int) -> Span | None:
    """A paragraph that opens with a city's name as a run-in heading ("Celle. Die Celler Wirtschaft ...",
    "Soltau: ..."): the city the paragraph is about."""
    text = text_of(doc)
    begin = text.rfind("\n", 0, start) + 1
    heading = RUN_IN_HEADING.match(text, begin)
    if heading is None or heading.start("name") == start:
        return None
    spans = city_spans(doc, heading.start("name"), heading.end("name"))
    named = re.sub(r"\([^)]*\)|\s", "", heading.group("name"))
    if len(spans) == 1 and len(named) - len(re.sub(r"\s", "", span_text(spans[0]))) <= 2:
        return spans[0]
    return None


def _city_by_nationality(doc: Doc, sent: Span, anchor: int) -> CityGroup | None:
    """"speakers from the Canadian city explained how it became ...": the city of that country named last, in
    this sentence before the words or in the three before it."""
    said = None
    for m in NATIONALITY_TOWN.finditer(text_of(doc), sent.start_char, anchor):
        said = m
    if said is None:
        return None
    code = country_of_adjective(said.group("adj"))
    if code is None:
        return None
    countries = doc.user_data.get("trex_city_country", {})
    spans = [s for s in city_spans(doc, sent.start_char, said.start())]
    for previous in sentences_before(doc, sent, 3):
        if spans and any(countries.get(int(s.kb_id_)) == code for s in spans):
            break
        spans = city_spans(doc, previous.start_char, previous.end_char)
    found = [s for s in spans if countries.get(int(s.kb_id_)) == code]
    return CityGroup([found[-1]]) if found else None


def _the_capital(doc: Doc, sent: Span, anchor: int, group: CityGroup) -> CityGroup:
    """"Hull and Reykjavík are twin towns. Today the Icelandic capital relies on ...": of the cities just
    named, the national capital."""
    if len(group.spans) < 2 or not NATIONAL_CAPITAL.search(text_of(doc), sent.start_char, anchor):
        return group
    capitals = [s for s in group.spans if plain_key(span_text(s)) in national_capitals()]
    return CityGroup(capitals) if len({s.kb_id_ for s in capitals}) == 1 else group


REGION_NAME = re.compile(r"\b(?:[A-ZÄÖÜ][\wäöüß]*(?:land|revier|tal|gau|gebirge)|Ruhrgebiet|Ostwestfalen(?:-Lippe)?|Upstate|Oberfranken|"
                         r"Mittelfranken|Unterfranken|Oberpfalz|Niederbayern|Oberbayern|Vogtland|Lausitz|Hinterland)\b")


def _names_region_before(doc: Doc, sent: Span, anchor: int) -> bool:
    """"Das Münsterland lebt von ...", "Ostwestfalen-Lippe vom Maschinenbau": a region's industries, not a city's."""
    cities = city_token_ids(doc)
    codes = country_codes_by_name()
    regions = region_codes()
    if any(t.idx < anchor and t.i not in cities and (REGION_NAME.fullmatch(t.text) and fold_key(t.text) not in codes
                                                     or t.text[:1].isupper() and fold_key(t.text) in regions
                                                     # "Die Vorarlberger Textilindustrie": the land's adjective
                                                     or t.text[:1].isupper() and t.text.endswith("er")
                                                     and fold_key(t.text[:-2]) in regions
                                                     or _part_of_a_country(t.text, codes))
           and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in TOWN_AFTER_REGION)  # "the Saskatchewan capital"
           for t in sent if t.idx >= sent.start_char):
        return True  # "Sachsen-Anhalt insgesamt von Chemie", "Tirol lebt vom Tourismus"
    # "The Suez Canal Economic Zone is courting investors in ...", "Der Harz als Ganzes lebt ...": a zone or landscape;
    # "The governorate around it is famous for mangoes": the land around a town
    clause = max(text_of(doc).rfind(";", sent.start_char, anchor), text_of(doc).rfind(", but", sent.start_char, anchor))
    return ZONE_OR_LANDSCAPE.search(text_of(doc), sent.start_char, anchor) is not None or \
        AREA_AROUND.search(text_of(doc), max(sent.start_char, clause), anchor) is not None


def _placed_in_an_aside(doc: Doc, span: Span) -> bool:
    """"Gebze, closer to Istanbul, hosts ...": a town that only says where the subject lies."""
    text = text_of(doc)
    return ASIDE_PLACE.search(text, max(0, span.start_char - 40), span.start_char) is not None and \
        ASIDE_CLOSE.match(text, span.end_char) is not None or _inside_subject_aside(doc, span)


# "Ambur, between Vellore and the Karnataka border, has ...", "Ipswich (ours, not the one in Suffolk) is where
# ...": an aside opened right after a town, starting with a small word, and closed before the town's verb.
ASIDE_OPENED = re.compile(r"\s*(?:\((?P<bracket>[^()]*)|(?P<mark>,|\s[–—])\s+[a-z][^.;:()–—]*)$")


def _inside_subject_aside(doc: Doc, span: Span) -> bool:
    text = text_of(doc)
    before = [s for s in city_spans(doc, max(0, span.start_char - 150), span.start_char) if s.end_char <= span.start_char]
    if not before:
        return False
    opened = ASIDE_OPENED.match(text, before[-1].end_char, span.start_char)
    if opened is None:
        return False
    close = ")" if opened.group("bracket") is not None else opened.group("mark").strip()
    end = text.find(close, span.end_char, span.end_char + 150)
    if end < 0 or re.search(r"[.;:]", text[span.end_char:end]):
        return False
    after = doc.char_span(end + 1, min(len(text), end + 40), alignment_mode="expand")
    following = next((t for t in after or () if not t.is_space), None)
    # a finite verb: "..., has turned", not "Leipzig, known for ... & Nanjing, known for ...", a second subject
    return following is not None and tag_of(following) in FINITE_VERB_TAGS


def _part_of_a_country(word: str, codes: dict[str, str]) -> bool:
    """"Westschweden", "Norditalien", "Süddeutschland": a quarter of a country, written as one word."""
    m = re.fullmatch(r"(?:Nord|Süd|Ost|West|Mittel|Zentral)(?:ost|west)?([a-zäöü]{4,})", word)
    return m is not None and fold_key(m.group(1)) in codes


# ", an hour inland from Izmir,", ", on the Rio Grande opposite Eagle Pass in Texas,", ", not to be confused with
# Reggio Calabria on the Strait of Messina,", "– the one in Georgia, not Mâcon in Burgundy –"
ASIDE_PLACE = re.compile(r"(?:,|\s[–—])\s+(?:(?:\w+\s+){0,3}?(?:to|of|from|near|von|bei|nahe)|"
                         r"(?:\w+\s+){0,5}?(?:opposite|gegenüber)|"
                         r"(?:not\s+to\s+be\s+confused|nicht\s+zu\s+verwechseln)\s+(?:with|mit)|"
                         r"(?:[\w-]+\s+){0,4}?(?:not|nicht))\s+$")
ASIDE_CLOSE = re.compile(r"(?:\s+(?:in|on|at|im|am|an\s+der|in\s+der)\s+[^,;.–—]{1,40}?)?\s*(?:,|\s[–—])")
# "The district of Groß-Gerau as a whole ...", "im Landkreis Calw": the district named after a town.
DISTRICT_BEFORE = re.compile(r"\b(?:district|county|borough|province|Landkreis(?:es)?|Kreis(?:es)?|Provinz)\s+(?:of\s+)?$",
                             re.I)
TOWN_AFTER_REGION = frozenset({"capital", "city", "town", "port", "metropolis", "hauptstadt", "landeshauptstadt",
                               "stadt", "metropole", "hafenstadt"})
AREA_AROUND = re.compile(r"\b(?:[Tt]he|[Dd]ie|[Dd]as|[Dd]er)\s+(?:governorate|province|region|district|county|countryside|"
                         r"hinterland|surrounding\s+(?:area|region|district|countryside)|Umland|Region|Provinz|Landkreis)\b"
                         r"(?!\s+(?:capital|town|city|seat))")
ZONE_OR_LANDSCAPE = re.compile(r"\b(?:(?:Economic|Free|Special|Industrial|Export Processing)\s+(?:Trade\s+)?Zone|"
                               r"(?:Der|Die|Das|The)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?:als Ganzes|insgesamt|as a whole))\b")


def _names_country_before(doc: Doc, sent: Span, anchor: int) -> bool:
    codes = country_codes_by_name()
    # "The city is home to one of Poland's two big builders of trams": a country that only ranks what a
    # town named before has, where the sentence speaks of that town.
    ranks_only = _back_reference(_opener(sent))
    return any(t.idx < anchor and t.text[:1].isupper() and fold_key(t.text) in codes
               and not COUNTRYS_TOWN.match(text_of(doc), t.idx + len(t.text))  # "Greece's second city"
               and not (ranks_only and COUNTRYS_RANK.match(text_of(doc), t.idx + len(t.text)))
               for t in sent if t.idx >= sent.start_char)


COUNTRYS_RANK = re.compile(r"['’]s\s+(?:only|leading|main|first|second|third|two|three|four|five|[a-z]+est)\b")
# "Greece's second city", "Pakistan's largest port", "Österreichs zweitgrößte Stadt": a town by its rank in a country.
COUNTRYS_TOWN = re.compile(r"(?:['’]s|s)\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital|port|metropolis|Stadt|Hauptstadt|"
                           r"Hafenstadt|Metropole)\b")


def _opening_city(doc: Doc, sent: Span, back: int = 3, past_passing: bool = False) -> Span | None:
    """A lone city that opens one of the sentences just before ``sent`` (its subject), if the nearest sentence
    naming cities is such a one. ``past_passing``: or further back, past sentences that name towns only in
    passing ("the plants in Devnya ship ..."): the topic that "the city" keeps."""
    for previous in sentences_before(doc, sent, back):
        groups = group_cities(doc, city_spans(doc, previous.start_char, previous.end_char))
        if groups:
            first = groups[0]
            opening = len(span_text(previous)[:first.start_char - previous.start_char].split()) <= 2
            if len(first.spans) == 1 and opening:
                return first.spans[0]
            if not past_passing or not all(in_passing(s) for g in groups for s in g.spans):
                return None
    return None


def _list_end(doc: Doc, start: int, end: int, subject: CityGroup) -> int:
    stop = STOP.search(text_of(doc), start, end)
    if stop:
        end = _new_clause_start(doc, start, stop.start())
    for span in city_spans(doc, start, end):
        if int(span.kb_id_) not in subject.ids:
            end = min(end, span.start_char)
            break
    if doc_language(doc) == "en":
        # A finite verb ends the list in English ("..., logistics, hosts the fair").
        for token in doc.char_span(start, end, alignment_mode="expand") or []:
            if tag_of(token) in FINITE_VERB_TAGS and token.idx > start:
                return _new_clause_start(doc, start, token.idx)
    return end


# What "X makes ..." may be followed by that is no product.
NOT_PRODUCTS = frozenset({"money", "sense", "headlines", "history", "progress", "way", "room", "use", "news", "time",
                          "effort", "efforts", "friends", "deal", "deals", "case", "point", "difference", "comeback",
                          "changes", "decisions", "plans", "profit", "profits", "losses", "loss", "sure", "living",
                          "name", "mark", "impression", "list", "lists", "most", "part", "appearance", "contact"})


def _a_product(doc: Doc, fact: dict) -> bool:
    """A plain noun, not an everyday word of other uses: "linoleum", "crankshafts", but not "money", "headlines"."""
    span = doc.char_span(fact["start_char"], fact["end_char"], alignment_mode="expand")
    if span is None or not len(span) or len(span) > 3:
        return False
    head = span[-1]
    return pos_of(head) == "NOUN" and head.lower_ not in NOT_PRODUCTS and word_zipf(head.lower_, "en") < 4.5


def _new_clause_start(doc: Doc, start: int, verb: int) -> int:
    """Where a list that runs into a verb ends: before ", and ..." when the words between name no trade ("...
    and trucking, and two delegates have since appointed agents"), else at the verb (", and its insurers and
    credit unions employ thousands": the town's trades all the same)."""
    joins = list(JOINED_CLAUSE.finditer(text_of(doc), start, verb))
    if not joins:
        return verb
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text_of(doc)[joins[-1].end():verb])
    return verb if any(w.lower() not in GENERIC_SECTOR_WORDS and sector_code(w) for w in words) else joins[-1].start()


# "The town lives on that flow": what a demonstrative points back to was named before, as what it is
POINTS_BACK = re.compile(r"\s*(?:that|this|these|those)\s", re.I)


def _items(doc: Doc, start: int, end: int, lang: str):
    """(start, end, words for the label) of each industry in text[start:end], coordinations resolved."""
    pending_prefix: list[tuple[int, int, str]] = []
    previous_words: str | None = None
    for c_start, c_end in _split(text_of(doc), start, end, SPLIT_CHUNKS):
        chunk = text_of(doc)[c_start:c_end]
        if EXAMPLE_RANGE.match(chunk, len(chunk) - len(chunk.lstrip())):
            continue
        whole = _whole_coordination(doc, c_start, c_end) if lang == "de" else None
        if whole:  # "Luft- und Raumfahrt" is one industry; what stands before it is read as usual
            yield whole
            c_end = text_of(doc).rfind(" und ", c_start, whole[0]) if " und " in text_of(doc)[c_start:whole[0]] else whole[0]
        elements = [_trim(doc, s, e, lang) for s, e in _split(text_of(doc), c_start, c_end, SPLIT_ELEMENTS)
                    if not _is_clause_or_name(text_of(doc)[s:e]) and not POINTS_BACK.match(text_of(doc), s)]
        elements = [e for e in elements if e is not None and
                    (_dangling(text_of(doc)[e[0]:e[1]]) or _keep(text_of(doc)[e[0]:e[1]]))]
        if not elements:
            continue
        words = [text_of(doc)[s:e] for s, e in elements]
        last = words[-1]
        # "tourism and from ship repair": a second prepositional phrase, so "repair" is not shared.
        joiner = text_of(doc)[elements[-2][1]:elements[-1][0]].split() if len(elements) > 1 else []
        own_phrases = len(joiner) > 1 and joiner[1].lower() in PHRASE_PREPOSITIONS
        if all(w.endswith("-") for w in words):
            pending_prefix.extend((s, e, w) for (s, e), w in zip(elements, words))
            continue
        for s, e, w in pending_prefix:
            yield s, e, _strip_combining_hyphen(_attach_prefix(w, last))
        pending_prefix = []
        head = _head_word(last)
        for idx, ((s, e), w) in enumerate(zip(elements, words)):
            if w.endswith("-"):
                # "Buchhaltungs- und Servicezentren ... und Kongresstourismus": the prefix takes the next full word
                w = _attach_prefix(w, next((x for x in words[idx + 1:] if not x.endswith("-")), last))
            elif w.startswith("-") and previous_words:
                # "vom Hopfenanbau und von der -verarbeitung": the suffix takes the first part before it.
                stem = first_part(previous_words)
                w = f"{stem}{w[1:]}" if stem else w[1:]
            elif head and not own_phrases and idx < len(words) - 1 and len(w.split()) <= 2 and not _head_word(w) \
                    and not _whole_industry_word(w):
                # but "solar cells and water technology", "tourism and public services": a word that names an
                # industry by itself keeps its words
                w = f"{w} {head}"
            w = _gerund_to_industry(_without_firm_word(_strip_combining_hyphen(w), lang))
            previous_words = w
            if _keep(w):
                yield s, e, w


def _whole_industry_word(words: str) -> bool:
    """"tourism", "solar cells", "marine electronics": words that name an industry without a head; not an
    adjective such as "automotive" or "chemical", which takes the head after it."""
    lower = words.lower()
    last = lower.split()[-1] if lower.split() else lower
    return (lower in EN_TERM_SET or last in EN_TERM_SET) and not last.endswith(("ive", "al", "ic", "ary", "ous", "ian"))


def _whole_coordination(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    """A German coordination that names one industry (``ein wachsender Luft- und Raumfahrtcluster``)."""
    m = re.search(r"([A-ZÄÖÜ][\wäöüß]*)- und ([A-ZÄÖÜ][\wäöüß]*)", text_of(doc)[start:end])
    if not m:
        return None
    joined = coordinated_stem(m.group(1), m.group(2))
    if joined is None:
        return None
    return start + m.start(), start + m.end(), joined


def _is_clause_or_name(text: str) -> bool:
    """A list element that is a whole clause (more than six words) or a quoted name is not an industry."""
    stripped = text.strip()
    return len(stripped.split()) > 6 or stripped[:1] in QUOTES


def _dangling(words: str) -> bool:
    return words.endswith("-") or words.startswith("-")


def _split(text: str, start: int, end: int, pattern: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in pattern.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _trim(doc: Doc, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """Drop words around the industry that are not part of it ("for", "their", "a large", "related to it")."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    cities = city_token_ids(doc)
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[-1].is_punct and tokens[-1].text != "-"):
        tokens.pop()
    cut = 0
    for i, tok in enumerate(tokens):
        if tok.text.isupper() and len(tok.text) > 1:  # acronyms: IT, ICT
            continue
        filler = tok.lower_ in LEADING_FILLER or (tok.is_punct and tok.text != "-") or \
            (i + 1 < len(tokens) and tokens[i + 1].lower_ in ("'s", "’s"))  # "the state's only smelter"
        if lang == "en" and (pos_of(tok) in FUNCTION_POS or tag_of(tok) == "JJS") and tok.text != "-":
            filler = True  # "one of Germany's newest oil refineries": which one, not what it does
        in_compound = (i + 1 < len(tokens) and tokens[i + 1].text == "-" and not tok.whitespace_) or \
            (i > 0 and tokens[i - 1].text == "-" and not tokens[i - 1].whitespace_)
        if lang == "de" and tok.text[:1].islower() and not tok.text.startswith("-") and i < len(tokens) - 1 \
                and not adjective(tok.text) and not in_compound:
            filler = True  # articles and most adjectives are lower case; "maritime Wirtschaft" keeps its own
        if filler:
            cut = i + 1
        elif not tok.is_punct:
            break  # only leading words: "die Gesundheitswirtschaft rund um das Klinikum" keeps its industry
    tokens = tokens[cut:]
    while len(tokens) > 3 and tokens[1].text == "-" and not tokens[0].whitespace_ and not tokens[1].whitespace_ \
            and f"{tokens[0].lower_}-{tokens[2].lower_}" in LEADING_FILLER:
        tokens = tokens[3:]  # "state-owned carmakers": who owns them, not what they make
    if lang == "en" and len(tokens) > 1 and pos_of(tokens[0]) == "PROPN" and tokens[0].text[:1].isupper() \
            and not tokens[0].text.isupper() and tokens[1].text[:1].islower() and pos_of(tokens[1]) not in FUNCTION_POS \
            and tokens[0].i != tokens[0].sent.start and text_of(doc)[:tokens[0].idx].rstrip(" ")[-1:] not in ("|", "\n", "") \
            and tokens[0].lower_ not in EN_TERM_SET and tokens[0].i not in cities and word_zipf(tokens[0].lower_, "en") < 4.5:
        tokens = tokens[1:]  # "a Jeep assembly plant": the brand, not the industry
    for i in range(1, len(tokens) - 2):
        if f"{tokens[i].lower_} {tokens[i + 1].lower_}" in FILLED_WITH:
            tokens = tokens[i + 2:]  # "industrial zones full of chemical plants", "a solid base of engineering firms"
            break
    if len(tokens) >= 2 and (f"{tokens[-2].lower_} {tokens[-1].lower_}" in FILLED_WITH or tokens[-1].lower_ == "of"):
        return None  # "a solid base of", "the industrial parks of": cut off before what they hold
    while len(tokens) > 2 and tokens[0].text == "-" and not tokens[0].whitespace_:
        tokens = tokens[2:]  # "a long-established maker of": the rest of an adjective whose first part was cut
    if lang == "en" and len(tokens) > 2 and (tokens[0].lower_ in EN_COMPANY_HEADS or tokens[0].lower_ in OFFICE_WORDS) \
            and tokens[1].lower_ == "of":
        tokens = tokens[2:]  # "makers of white goods": the industry is what they make
        while len(tokens) > 1 and tokens[0].lower_ in LEADING_FILLER:
            tokens = tokens[1:]  # "the headquarters of several parcel companies"
    if lang == "de" and len(tokens) > 2 and tokens[0].lower_ in GERMAN_MAKERS and tokens[1].lower_ in ("von", "für", "der", "des", "aus"):
        tokens = tokens[2:]  # "ein Hersteller von Kabelbäumen"
    if lang == "en":
        # "steel mills that melt scrap", "logistics around the port": the industry ends before the clause.
        for i, tok in enumerate(tokens[1:], start=1):
            to_the = tok.lower_ == "to" and i + 1 < len(tokens) and tokens[i + 1].lower_ == "the"  # "... to the mining industry"
            if (tok.lower_ in TAIL_WORDS_EN or to_the) and not (tokens[i - 1].text == "-" and not tokens[i - 1].whitespace_):
                tokens = tokens[:i]  # but "car-making" stays whole
                break
        while len(tokens) > 1 and tokens[-1].lower_ in ("still", "also", "now", "today", "too", "alone", "there", "here",
                                                        "again"):
            tokens = tokens[:-1]  # "clothing trade still (employs thousands)"
        # "the steel industry of Linz (employs ...)": the town whose industry it is, not part of it.
        for i, tok in enumerate(tokens[1:-1], start=1):
            after = [t for t in tokens[i + 1:] if t.lower_ != "the"]
            if tok.lower_ == "of" and after and all(t.i in cities or t.is_punct for t in after):
                tokens = tokens[:i]
                break
    if lang == "de":
        # "Gesundheitswirtschaft rund um das Universitätsklinikum": the industry ends where lower-case
        # words that are neither adjectives nor compound parts begin.
        for i, tok in enumerate(tokens[1:], start=1):
            joined = tokens[i - 1].text == "-" or tok.text == "-" or not tokens[i - 1].whitespace_
            if tok.text[:1].islower() and not adjective(tok.text) and not joined:
                tokens = tokens[:i]
                break
        # "ein Hersteller von Stahlrohren Gründungspfähle (für ...)": two nouns side by side end one phrase and
        # begin the next; the first is the industry when it alone is known.
        if len(tokens) == 2 and all(t.text[:1].isupper() for t in tokens) and translate(tokens[0].text) and not translate(
                f"{tokens[0].text} {tokens[1].text}"):
            tokens = tokens[:1]
    # "the American auto industry", "der chinesischen Keramikindustrie": whose industry, not which.
    while len(tokens) > 1 and country_of_adjective(tokens[0].lower_):
        tokens = tokens[1:]
    # "Tsingtao beer" said of Qingdao: a city's own name is not part of the industry, nor its adjective
    # ("die Brunsbütteler Chemieindustrie").
    while len(tokens) > 1 and (tokens[0].i in cities or lang == "de" and tokens[0].text[:1].isupper()
                               and adjective_city(doc, tokens[0].idx, tokens[0].idx + len(tokens[0].text)) is not None):
        tokens = tokens[1:]
    # "Mikroelektronik-Cluster Europas": a trailing genitive place is not part of it either.
    while len(tokens) > 1 and lang == "de" and re.search(r"(?:europa|deutschland|china|asien|welt)s$",
                                                         tokens[-1].lower_):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _without_firm_word(words: str, lang: str, always: bool = False) -> str:
    """"paper plants" -> "paper", "food machinery firms" -> "food machinery"; but what makers make is an
    activity: "contract manufacturers" -> "contract manufacturing", "chip designers" -> "chip design"."""
    m = MAKERS.match(words.strip())
    if lang == "en" and m and m.group("made").lower() in MAKER_ROLES:
        return ""  # "decision-makers", "policy makers": people, not an industry
    if lang == "en" and m and m.group("made").lower() in ("film", "movie", "programme", "program"):
        return f"{m.group('made')} production"  # "film makers"
    if lang == "en" and m:
        made, firm = m.group("made"), m.group("firm").lower().rstrip("s")
        if firm == "builder" and re.split(r"[\s-]", made.lower())[-1].rstrip("s") in BUILT_SOLID:
            made = made.lower().rstrip("s")
            return f"{made}building" if made in BUILT_SOLID else f"{made} building"
        return f"{made} {MAKER_ACTIVITY[firm]}"
    # Written solid: "boatbuilders" build (boatbuilding), "carmakers" and "steelmakers" make what they name.
    solid = re.fullmatch(r"(\w{3,}?)(build|mak)ers?", words.strip(), re.I)
    if lang == "en" and solid and solid.group(1).lower() not in MAKER_ROLES:
        made = solid.group(1).lower()
        return f"{made}building" if solid.group(2).lower() == "build" else f"{made} manufacturing"
    shorter = COMPANY_WORDS.sub("", words).strip()
    if always and shorter == words.strip() and len(words.split()) > 1:
        shorter = words.rsplit(None, 1)[0]
    return shorter or words


def _gerund_to_industry(words: str) -> str:
    """"building business jets" -> "business jet manufacturing": the activity named by what it makes."""
    # but "building materials" are what builders buy, not the building of materials
    m = re.fullmatch(r"(?:building(?!\s+(?:materials?|products|supplies|services|societ))|making|producing|"
                     r"manufacturing|assembling)\s+([\w-]+(?:\s+[\w-]+)?)", words.strip(), re.I)
    if not m:
        return words
    made = m.group(1)
    if not made.endswith("s") or made.endswith("ss"):
        return words  # "building ships" makes ships; a "building society" is a bank
    made = made[:-1]
    return f"{made} manufacturing"


def _head_word(words: str) -> str | None:
    last = words.split()[-1].lower() if words.split() else ""
    last = last.rsplit("-", 1)[-1]
    return last if last in HEADS else None


def _attach_prefix(prefix: str, following: str) -> str:
    """``bio-`` + ``electro-technology`` -> ``bio-technology``; ``Maschinen-`` + ``Anlagenbau`` -> ``Maschinenbau``."""
    stem = prefix.rstrip("-").strip()
    word = following.split()[-1] if following.split() else following
    if "-" in word.strip("-"):
        return f"{stem}-{word.rsplit('-', 1)[1]}"
    shared = rest_after_first(word)
    if shared and shared.lower().startswith(stem.lower()):
        return shared[:1].upper() + shared[1:]  # "Maschinen- und Textilmaschinenbau": Maschinenbau, not Maschinenmaschinenbau
    if shared:
        return stem + shared
    lower = word.lower()
    for head in GERMAN_HEADS:
        if lower.endswith(head) and len(lower) > len(head):
            return stem + head
    for form in COMBINING:
        if lower.startswith(form) and len(lower) > len(form) + 3:
            return stem + lower[len(form):]
    rest = " ".join(following.split()[1:])
    return f"{stem} {rest}".strip() if rest else stem


def _strip_combining_hyphen(words: str) -> str:
    """``bio-technology`` -> ``biotechnology``: combining forms are written solid in labels."""
    m = re.match(r"^(\w+)-(\w+)(.*)$", words)
    if m and m.group(1).lower() in COMBINING:
        return m.group(1) + m.group(2) + m.group(3)
    return words


def _regional_capital(doc: Doc, sent: Span, anchor: int) -> Span | None:
    """The town meant by "die lothringische Hauptstadt", "the Saskatchewan capital": the town of that region the
    text named last before it ("Regina's inland port ... The Saskatchewan capital"), else the largest it names."""
    m = REGIONAL_CAPITAL.search(text_of(doc), sent.start_char, anchor)
    if m is None:
        return None
    stem = re.sub(r"(?:isch|ian|ish|an)$", "", (m.group("adj") or m.group("adj_en")).lower())
    if len(stem) < 4:
        return None
    regions = {code for name, code in region_codes().items() if plain_key(name).startswith(plain_key(stem))}
    where = doc.user_data.get("trex_city_region", {})
    towns = [s for s in city_spans(doc) if where.get(int(s.kb_id_), ("", "", 0))[:2] in regions]
    earlier = [s for s in towns if s.end_char <= m.start()]
    return earlier[-1] if earlier else max(towns, key=lambda s: where[int(s.kb_id_)][2], default=None)


def _partner_side(doc: Doc, sent: Span, subject: CityGroup) -> bool:
    """Whether ``subject`` is not the first town a twinning sentence names, so one of the partners it lists."""
    first = city_spans(doc, sent.start_char, sent.end_char)
    return bool(first) and subject.start_char > first[0].start_char


def _closed_or_not_yet(text: str, start: int, end: int) -> bool:
    """Whether the words after a works named in text[start:end], up to the next comma, say it has closed or is
    not yet running ("The steel mill at Saldanha closed in 2020"); not "..., while the refinery was closed"."""
    brk = CLAUSE_BREAK.search(text, end)
    after = min(brk.start() if brk else len(text), end + 60)
    if CLOSED.search(text, start, after) is not None or NOT_YET.search(text, end, after) is not None:
        return True
    # "The paper mill at Natchez, which used to take pulpwood by barge, closed in 2003": past one aside
    aside = ASIDE_THEN_VERB.match(text, brk.start()) if brk is not None and brk.start() < end + 60 else None
    return aside is not None and (CLOSED.match(text, aside.end()) is not None or NOT_YET.match(text, aside.end()) is not None)


ASIDE_THEN_VERB = re.compile(r",[^,.;:]{3,100},\s+(?:(?:already|finally|eventually|then|also)\s+)?")


def _only_describes(doc: Doc, start: int, end: int) -> bool:
    """A term whose words before its head are all adjectives or participles ("dusty", "mid-sized")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or (span[-1].lower_ not in EN_HEADS and span[-1].lower_ not in EN_COMPANY_HEADS):
        return False
    words = [t for t in span[:-1] if t.text != "-"]
    return bool(words) and all(pos_of(t) in ("ADJ", "VERB") for t in words)


# "a gigafactory on paper", "still mostly on paper": the idiom, not the paper industry
ON_PAPER = re.compile(r"\bon\s+paper$", re.I)
# "a few miles up the road": a distance, not a trade
DISTANCE_WORDS = frozenset({"miles", "mile", "kilometres", "kilometers", "km", "minutes", "hours"})


def _keep(words: str) -> bool:
    lower = words.lower().strip()
    if len(lower) < 2 or len(lower.split()) > 6 or not re.search(r"[a-zäöüß]", lower):
        return False
    if lower.startswith(DROP_START) or all(w in HEADS for w in lower.split()) or lower in NOT_INDUSTRY_LABELS \
            or DISTANCE_WORDS.intersection(lower.split()):
        return False
    if words[:1] in "„“\"'":
        return False  # a quoted name ("Silicon Saxony") is a brand, not an industry
    if len(words.split()) > 1 and words.isupper():
        return False  # "CAPE CAR CLUSTER": a heading set in capitals
    if lower in country_codes_by_name() or lower in CONTINENTS:
        return False  # "Belgium", "Europe": a place, not an industry
    tokens = re.findall(r"[\wäöüß]+", lower)
    if len(tokens) >= 2 and tokens[-1] in HEADS and all(w in CONTINENTS or w in country_codes_by_name()
                                                         for w in tokens[:-1]):
        return False  # "Asia services", "Europe trade": a route or market, not an industry
    words_written = words.split()
    if len(words_written) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words_written) and \
            not any(ch in "äöüß" for ch in lower) and (words_written[-1].lower() not in HEADS
                                                        or sector_code(words_written[0]) is None):
        return False  # "Guggenheim Museum Bilbao", "Kawasaki Heavy Industries": a name, not an industry
    dropped = set(re.findall(r"[\wäöüß]+", lower)) & DROP_WORDS
    return not (dropped - {"freight"} if "forwarding" in lower else dropped)  # "freight forwarding" is a trade
