"""Partnership extractor: twinned cities, sister ports, Städtepartnerschaften.

A partnership needs a cue (``twinned with``, ``port partnership``, ``Partnerstadt``) in the
sentence, or in the line that introduces a bulleted list. Writes ``doc._.trex_partnerships``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.layout import BULLETS, line_is_heading, span_text, text_of
from pipeline.nlp.spans import (CityGroup, city_spans, dominant_group, group_cities, in_passing, only_locates,
                                recent_subject, section_city, sentences_before)

RULES = srsly.read_json(Path(__file__).parent / "data" / "partnership_rules.json")
PORT_CUE = re.compile(RULES["port_cues"], re.I)
CITY_CUE = re.compile(RULES["city_cues"], re.I)
NEGATION = re.compile(RULES["negations"], re.I)
# "... but this is not a twinning", "no formal partnership between them": the whole sentence is denied.
DENIAL = re.compile(RULES["denials"], re.I)
WITH_BEFORE = re.compile(RULES["joiner_with"], re.I)
SINCE = re.compile(RULES["since"], re.I)
RELATION_WORDS = (r"\b(?:verbunden|linked|ties|connected|paired|relations?hips?|Beziehungen|friends|Freundschaft)\b|"
                  r"(?<!rail )(?<!ferry )(?<!road )(?<!shipping )\blink with\b")
RELATION = re.compile(r"\b(?:since|seit)\s+(?:18|19|20)\d\d\b|" + RELATION_WORDS, re.I)
# A clause that states a relation in words, not only a year ("Halle (seit 1975) und Gabrovo (seit 1974)").
STATED_RELATION = re.compile(RELATION_WORDS, re.I)
# More partners added to a list the sentence before began: "1964 kam Rochester hinzu", "Lyon joined in 1979".
JOINED_LIST = re.compile(r"\b(?:hinzu|joined|followed|folgten|folgte|were added|was added)\b", re.I)
# "Die Partnerschaft der Stadt mit Sélestat", "the town's twinning with": the town spoken of just before.
TOWNS_OWN = re.compile(r"\b(?:(?:Partnerschaft|Partnerstadt|Städtepartnerschaft)\s+der\s+Stadt|"
                       r"the\s+(?:city|town)['’]s\s+(?:\w+\s+)?(?:twinning|partnership|sister|twin|partner))\b", re.I)
_ASIDE = r"(?:among others|amongst others|for example|for instance|e\.\s?g\.|unter anderem|u\.\s?a\.|zum Beispiel|z\.\s?B\.|beispielsweise)"
ASIDE_AFTER = re.compile(_ASIDE + r"\s*,", re.I)
ASIDE_BEFORE = re.compile(_ASIDE + r"$", re.I)
# "Mit Częstochowa pflegen wir ...", "unsere Partnerstadt", "our sister city": the writers' own town's partner
# (not "unsere Nachbarn pflegen Partnerschaften", where the neighbours are named).
FIRST_PERSON = re.compile(r"\b(?:[Uu]nsere[rnms]?\s+(?:[\wäöü-]+\s+)?(?:Partner\w*|Schwester\w*|Freundschaft\w*)|"
                          r"[Oo]ur\s+(?:[\w-]+\s+)?(?:sister|twin|partner|friendship)\w*|"
                          r"(?:pflegen|unterhalten|haben|feiern)\s+wir|verbindet\s+uns|[Ww]e\s+(?:are|have\s+been)\s+"
                          r"(?:twinned|partnered))\b")
BACK_REFERENCE = re.compile(r"(?:(?:Die|Der|The)\s+(?:Landeshauptstadt|Hauptstadt|Hansestadt|Stadt|city|town|"
                            r"port city|Hafenstadt|Kreisstadt)|It|Sie|Es)\b")
LIST_OF_PARTNERS = re.compile(r"\b(?:sind|are|include|including|umfassen|zählen|mit|with|to)\b|:", re.I)
BOTH_SIDES = re.compile(r"\b(?:zwischen|between|von|of)\b", re.I)
LIST_CONTINUES = re.compile(r"(?:\s*\((?:seit|since)?\s*\d{4}\)|\s+(?:in|im|bei|an der|am|on|auf)\s+[\w .-]{1,30}?|"
                            # "of Portland, Oregon, since 1959 and of Munich": a state after the partner
                            r",\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?,?)?(?:\s+(?:since|seit)\s+\d{4})?"
                            r"\s*(?:,|\bund\b|\band\b|,\s*(?:und|and)\b)\s*"
                            # "... von Felixstowe und von Hagerstown", "of Osaka and of Tianjin", "und dem ungarischen Raab"
                            r"(?:(?:von|of|mit|with)\s+)?(?:(?:dem|der|den|the)\s+)?(?:[a-zäöü][\wäöüß]+\s+)?", re.I)
OWNER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:sister|twin|partner|friendship)", re.I)
BESIDES = re.compile(r"\W*(?:Neben|Besides|Apart\s+from|Aside\s+from|Außer)\s+(?:dem\s+|der\s+)?", re.I)
# "zu Hamms Partnerstädten", "Hamburg's oldest sister city": the city whose partners the sentence lists
OWNS_PARTNERS = re.compile(r"(?:['’]s)?\s+(?:(?!(?:sind|ist|waren|war|wurden|are|is|were|was|have|has|had)\b)"
                           r"[a-zäöüß][\w-]*\s+){0,2}?(?:Partnerst[äa]dt|Schwesterst[äa]dt|Partnerhäfen|Partnerhafen|"
                           r"sister[- ](?:cit|town|port)|twin[- ](?:cit|town)|partner[- ](?:cit|town|port))", re.I)
# "..., Gießen seit 1963 mit dem englischen Winchester": an adjective of the partner's country may stand before it.
ELLIPTIC_WITH = re.compile(r"\s+(?:since|seit)\s+(?:18|19|20)\d\d\s+(?:with|mit)\s+(?:(?:dem|der|the)\s+"
                           r"(?:[\wäöüß-]+(?<=en)\s+)?)?", re.I)
ELLIPTIC_PAIR = re.compile(r"\s+(?:since|seit)\s+(?:18|19|20)\d\d\b", re.I)
BARE_YEAR = re.compile(r"(?<![\d.,/–-])\b((?:18|19|20)\d\d)\b(?![\d.,/–-]\d)")
# A negation said of a ferry or a line, not of the partnership: "die frühere Fährlinie", "the ferry ended".
LINK_WORDS = re.compile(r"\b(?:ferr(?:y|ies)|lines?|routes?|services?|sailings?|flights?|trains?|F(?:ä|ae)hr\w*|"
                        r"\w*[Ll]inien?|Verbindung\w*|Strecke\w*|Züge|Zug|Flüge|Flug|Bus(?:se)?|bus(?:es)?|coach(?:es)?|Lkw\w*|trucks?)\b")
CLAUSE_SUBJECT = re.compile(r",\s+(?=[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+(?:ist|sind|war|waren|hat|haben|pflegt|"
                            r"pflegen|unterhält|is|are|was|were|has|have|became|signed|seit\s+\d{4}|since\s+\d{4})\b"
                            # "..., die Landeshauptstadt Bregenz mit Bangor": a title, a city and its partner
                            r"|(?:die|der|das|the)\s+[\wäöüß-]+\s+[A-ZÄÖÜ][\w-]+\s+(?:mit|with)\s+[A-ZÄÖÜ])")
# Cue words that name a partnership of any kind: beside a port's cue, they are the ports'.
GENERIC_CUE = re.compile(r"partnerships?|cooperation agreement|relationship with|Partnerschaft(?:en)?", re.I)
# The clause after such a comma: the title before its city, and "mit" before the partner.
ELLIPTIC_TITLE = re.compile(r"\s*(?:die|der|das|the)\s+[\wäöüß-]+\s+$", re.I)
ELLIPTIC_BARE_WITH = re.compile(r"\s+(?:with|mit)\s+")
# "... sind Partnerstädte der Klingenstadt", "... are twin towns of the city": partners of a town named by an epithet.
PARTNERS_OF_EPITHET = re.compile(r"^[^.;]*?\b(?:Partnerst(?:ä|ae)dte|Partnerstadt|sister cities|twin towns|twin cities|"
                                 r"partner cities)\s+(?:der|des|of\s+the|of)\s+(?:[\wäöüß-]*stadt|city|town)\b", re.I)
CLAUSE_BREAK = re.compile(r",\s+(?:and|while|whereas|und|während)\s+|;\s+", re.I)

if not Doc.has_extension("trex_partnerships"):
    Doc.set_extension("trex_partnerships", default=None)


def cue_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the port and city partnership cues in ``text``."""
    text = text.replace("\n", " ")  # "a memorandum of\nunderstanding" wrapped in a plain-text file
    return [(m.start(), m.end()) for cue in (PORT_CUE, CITY_CUE) for m in cue.finditer(text) if not _in_a_name(text, m)]


def _in_a_name(text: str, m: re.Match) -> bool:
    """"der Twin City Liner", "Sister Cities International": a cue word inside a capitalised name."""
    if re.search(r"\s(?:of|von)$", m.group()):
        return False  # "... die Häfen von Rostock": a cue that ends before the name it introduces
    return m.group()[:1].isupper() and m.start() > 0 and text[m.start() - 2:m.start()].strip() not in ("", ".", ":") \
        and re.match(r"\s+[A-Z]\w+", text[m.end():]) is not None


def negated_cues(text: str, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Those of ``cues`` that a negation makes planned or past."""
    text = text.replace("\n", " ")
    return [c for c in cues if _negated(text, c, cues)]


# Where a sentence begins its next clause: "... with Grenoble, and talks ...", "... Partnerstädten; ..."
CLAUSE_JOIN = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|und|aber|doch|während)\b", re.I)


def _negated(text: str, cue: tuple[int, int], cues: list[tuple[int, int]]) -> bool:
    # A negation belongs to the cue nearest to it: in "twinned with X since 1946, has kept its
    # partnership with Y suspended", "suspended" is said of the partnership with Y only.
    cue_start, cue_end = cue  # ``text`` comes flattened (no line breaks) from the callers
    window_start = max(0, cue_start - 60)
    for n in NEGATION.finditer(text[window_start:cue_end + 160]):
        start, end = window_start + n.start(), window_start + n.end()
        if _former_name(text, start, end):
            continue
        own = max(0, start - cue_end, cue_start - end)
        if re.search(r";\s*(?:eine?|a|an)\b|,\s+(?:but|aber|doch)\b[^;]*\b(?:a|an|eine?|einen)\s", text[cue_end:start], re.I):
            continue  # "... Partnerstädte; eine gemeinsame Konferenz ist geplant": a new thing is planned
        if re.search(r";[^;]*\b(?:with|mit)\s+[A-ZÄÖÜ]", text[cue_end:start]):
            continue  # "...; the tie with Arkhangelsk was suspended": said of the partner that clause names
        link = LINK_WORDS.search(text, max(0, start - 30), min(len(text), end + 30))
        if link and max(0, link.start() - end, start - link.end()) < own:
            continue  # "die frühere Fährlinie", "the ferry itself ended": the link is past, not the partnership
        nearer = any(max(0, start - e, s - end) < own for s, e in cues if (s, e) != cue)
        join = CLAUSE_JOIN.search(text, cue_end, start) if nearer else None
        if join and re.search(r"\b(?:with|mit|between|zwischen)\s+[A-ZÄÖÜ]", text[join.end():end + 80].split(";")[0]):
            continue  # "Sfax is twinned with Grenoble, and talks on a port partnership with Ravenna are under way"
        if own <= 60 or not nearer:
            return True
    return False


FORMER = re.compile(r"früher\w*|former(?:ly)?|ehemalig\w*", re.I)


def _former_name(text: str, start: int, end: int) -> bool:
    """"mit Chomutov, dem früheren Komotau", "formerly Karl-Marx-Stadt": an old name, not a past partnership."""
    return bool(FORMER.fullmatch(text[start:end])) and bool(re.match(r"\s+(?:called\s+|known as\s+)?[A-ZÄÖÜ]", text[end:]))


def _negation_in(text: str) -> bool:
    """A word that makes a relation planned or past, other than one before an old name."""
    return any(not _former_name(text, n.start(), n.end()) for n in NEGATION.finditer(text))


def cue_kinds(text: str) -> set[str]:
    """``{"port"}``, ``{"city"}``, both or neither, from the cue words in ``text``.

    A cue near a word that makes it planned or past (``plans to``, ``ended``, ``geplant``) does not count.
    """
    text = text.replace("\n", " ")
    cues = cue_spans(text)

    def negated(m: re.Match) -> bool:
        return _negated(text, (m.start(), m.end()), cues)

    kinds = set()
    ports = [m for m in PORT_CUE.finditer(text) if not _in_a_name(text, m)]
    if any(not negated(m) for m in ports):
        kinds.add("port")
    covered = [(m.start(), m.end()) for m in ports]
    for m in CITY_CUE.finditer(text):
        if _in_a_name(text, m):
            continue
        if ports and GENERIC_CUE.fullmatch(m.group()):
            continue  # "The ports of Oslo and Kiel signed a cooperation agreement": the ports' agreement
        if not any(s <= m.start() < e or s < m.end() <= e for s, e in covered) and not negated(m):
            kinds.add("city")
    return kinds


def _nearest_is_denied(sent: Span, partner: Span, cues: list[tuple[int, int]],
                       denied: list[tuple[int, int]]) -> bool:
    start, end = partner.start_char - sent.start_char, partner.end_char - sent.start_char
    nearest = min(cues, key=lambda c: max(0, start - c[1], c[0] - end), default=None)
    return nearest in denied


@Language.factory("trex_partnerships", assigns=["doc._.trex_partnerships"], requires=["doc.spans"],
                  default_config={"confidence": 0.8})
def make_partnership_extractor(nlp: Language, name: str, confidence: float) -> PartnershipExtractor:
    return PartnershipExtractor(name, confidence=confidence)


class PartnershipExtractor:
    def __init__(self, name: str = "trex_partnerships", *, confidence: float = 0.8):
        self.name = name
        self.confidence = confidence

    def __call__(self, doc: Doc) -> Doc:
        found: dict[tuple[frozenset[int], str], dict] = {}
        list_kinds: set[str] = set()
        section_kinds: set[str] = set()
        list_owner: Span | None = None  # "Pune currently has two sister cities:" - whose partners the items name
        for unit in units(doc):
            first = unit[0].text.lstrip()
            if len(unit) == 1 and line_is_heading(unit[0].text) and not unit[0].text.rstrip().endswith(":") \
                    and not (section_kinds and _pair_line(doc, unit[0])):
                # A heading such as "Partnerstädte" or "Sister cities" frames the section below it.
                section_kinds = cue_kinds(unit[0].text)
                continue
            is_item = first[:1] in BULLETS or bool(re.match(r"\d{1,2}[.)]\s", first))
            if not is_item:
                list_kinds = set()
                list_owner = None
            if is_item and list_kinds:
                self._add(found, doc, group_pairs(doc, self._partners(doc, unit[0].start_char, unit[-1].end_char)),
                          unit, unit, list_kinds, confidence=0.85)
            last_pairs: list[tuple[Span, Span]] = []
            previous_kinds: set[str] = set()
            for sent in unit:
                kinds = cue_kinds(span_text(sent))
                if not kinds and section_kinds and not NEGATION.search(span_text(sent)) and (
                        RELATION.search(span_text(sent)) or _pair_line(doc, sent)):
                    # under a "Partnerstädte" heading, a dated or stated relation, or a line "Steyr – Kettering (Ohio)"
                    kinds = section_kinds
                if not kinds and previous_kinds and not NEGATION.search(span_text(sent)) and \
                        STATED_RELATION.search(span_text(sent)):
                    kinds = previous_kinds  # "... ihrer Städtepartnerschaft. Die Stadt ist außerdem mit X verbunden."
                joined = not kinds and bool(previous_kinds) and not NEGATION.search(span_text(sent)) and (
                    JOINED_LIST.search(span_text(sent)) is not None or (
                        RELATION.search(span_text(sent)) is not None and self._all_after_with(doc, sent)))
                if joined:
                    kinds = previous_kinds  # "... seit 1962 mit Caen. 1964 kam Rochester hinzu, 1979 Ōtsu."
                if DENIAL.search(span_text(sent).replace("\n", " ")):
                    kinds = set()
                previous_kinds = kinds
                if not kinds:
                    continue
                own = self._partners(doc, sent.start_char, sent.end_char)
                cues = cue_spans(span_text(sent))
                denied = negated_cues(span_text(sent), cues)
                if denied:
                    # A partner whose nearest cue is negated ("... partnership with St Petersburg suspended").
                    own = [p for p in own if not _nearest_is_denied(sent, p, cues, denied)] or own
                distinct = {int(s.kb_id_) for s in own}
                owner = next((s for s in own if _owns_partners(doc, s)), None)
                if owner is None and len(distinct) >= 3 and BESIDES.fullmatch(text_of(doc), sent.start_char,
                                                                              own[0].start_char):
                    # "Neben Caen ist Würzburg mit Dundee und mit Umeå verschwistert": Caen is one more partner
                    owner = next((s for s in own[1:] if s.kb_id_ != own[0].kb_id_ and not WITH_BEFORE.search(
                        text_of(doc)[max(0, s.start_char - 20):s.start_char])), None)
                if owner is not None and len(distinct) >= 2 and _all_in_clause_of(sent, owner, own):
                    # "neben Chattanooga zählen Bradford und Kalisz zu Hamms Partnerstädten": all are Hamm's
                    pairs = [(owner, span) for span in _distinct(own) if span.kb_id_ != owner.kb_id_]
                    self._add(found, doc, pairs, [sent], [sent], kinds, 0.8)
                    last_pairs = pairs
                    continue
                clause_pairs = [] if _partners_of_the_city_before(sent, own) else self._clause_pairs(doc, sent)
                if clause_pairs:
                    # "Montreal and Lyon are sister cities, and Halifax is twinned with Hakodate": one pair a clause.
                    for clause, pairs in clause_pairs:
                        # "The Port of Santos signed a sister-port agreement with Sines, and the city of Santos has
                        # been a sister city of Nagasaki": each clause its own kind where it has a cue of its own.
                        own_kinds = cue_kinds(span_text(clause))
                        if not own_kinds and LINK_WORDS.search(span_text(clause)):
                            continue  # "..., and the Tallinn–Helsinki ferries remain busy": a route, not a twinning
                        clause_text = span_text(clause).replace("\n", " ")
                        if (cue_spans(clause_text) and not own_kinds) or (
                                not cue_spans(clause_text) and _negation_in(clause_text)):
                            continue  # "...; its twinning with Saint Petersburg was suspended in 2022"
                        self._add(found, doc, pairs, [sent], [clause], own_kinds or kinds, 1.0)
                    last_pairs = [p for _, pairs in clause_pairs for p in pairs]
                    continue
                appositions = _apposition_pairs(doc, own)
                if joined and last_pairs:
                    # "1964 kam Rochester hinzu, 1979 Ōtsu": more partners of the town whose list this goes on with.
                    home = last_pairs[0][0]
                    pairs = [(home, span) for span in _distinct(own) if span.kb_id_ != home.kb_id_]
                    confidence = 0.7
                elif joined or self._all_after_with(doc, sent):
                    # "Die ältesten bestehen seit 1962 mit Caen und mit Dundee": every city is a partner of the
                    # city the text is about, none of another.
                    pairs = [p for span in _distinct(own) for p in self._with_context_city(doc, sent, span)]
                    confidence = 0.7
                elif appositions:
                    # "Die Gruppe aus Saarlouis hatte Nantes besucht, die Partnerstadt von Saarbrücken": the pair
                    # the apposition names, not the town the visitors came from.
                    pairs, confidence = appositions, 0.8
                elif len(distinct) >= 2 and _partners_of_the_city_before(sent, own):
                    # "It has been a sister city of Busan since 1994 and of Kochi since 1997": all are partners
                    # of the city the sentences before were about.
                    pairs = [p for span in _distinct(own) for p in self._with_context_city(doc, sent, span)]
                    confidence = 0.7
                elif len(distinct) >= 2 and _listed(doc, own) and WITH_BEFORE.search(text_of(doc)[max(0, own[0].start_char - 20):own[0].start_char]) \
                        and (own[0].start_char - sent.start_char < 12 or BACK_REFERENCE.match(span_text(sent).lstrip())):
                    # "Mit Reval, dem heutigen Tallinn, verbindet die Landeshauptstadt ...": all are partners of
                    # the city the text is about; not so in "Mit Tampere pflegt Chemnitz ...", which names both.
                    pairs = [p for span in _distinct(own) for p in self._with_context_city(doc, sent, span)]
                    confidence = 0.7
                elif len(distinct) >= 2 and WITH_BEFORE.search(text_of(doc)[max(0, own[0].start_char - 20):own[0].start_char]) \
                        and own[0].start_char - sent.start_char < 12:
                    # "Mit Gorzów pflegen Frankfurt (Oder) und Eisenhüttenstadt eine Städtepartnerschaft": the
                    # cities after "mit" are partners of those the sentence then names.
                    groups = group_cities(doc, own)
                    partners, subjects = groups[0].spans, [s for g in groups[1:] for s in g.spans]
                    pairs = [(a, b) for a in _distinct(subjects) for b in _distinct(partners) if a.kb_id_ != b.kb_id_]
                    confidence = 0.8
                elif len(distinct) >= 2 and self._cue_before_all(sent, own):
                    # "Weitere Partnerstädte sind Tempe (seit 1978) und Pilsen (seit 1993)": a list of partners
                    # of the city the text is about, unless that city is itself in the list.
                    pairs = [p for span in _distinct(own) for p in self._with_context_city(doc, sent, span)]
                    subject, partners = _distinct(own)[0], self._after_with(doc, _distinct(own)[1:])
                    if partners and not self._after_with(doc, [subject]):
                        # "Auch unsere Nachbarn pflegen Partnerschaften: Bad Oldesloe ist mit A und B verbunden".
                        pairs = [(subject, span) for span in partners]
                    elif any(int(a.kb_id_) in distinct for a, _ in pairs) or not pairs:
                        pairs = group_pairs(doc, own)
                    confidence = 0.75
                elif len(distinct) >= 2:
                    pairs, confidence = group_pairs(doc, own), 1.0
                elif len(distinct) == 1 and OWNER.match(text_of(doc), own[0].end_char):
                    pairs, confidence = [], 0.0  # "Chicago's sister-city programme is large": whose partners, unsaid
                elif len(distinct) == 1 and is_item and list_owner is not None and list_owner.kb_id_ != own[0].kb_id_:
                    pairs, confidence = [(list_owner, own[0])], 0.8
                elif len(distinct) == 1:
                    pairs, confidence = self._with_context_city(doc, sent, own[0]), 0.7
                else:
                    # "That agreement grew out of the twinning of the two cities": the pair just named.
                    # Only cities named before it: a cue word alone ("Partnerschaft." as a run-in heading)
                    # does not pair the cities of the sentences that follow.
                    before = self._partners(doc, unit[0].start_char, sent.start_char)
                    ours = not before and FIRST_PERSON.search(span_text(sent)) is not None
                    section = section_city(doc, sent.start_char, others=True) if ours else None
                    publisher = _publisher(doc) if section is not None else None
                    if publisher is not None and publisher.kb_id_ != section.spans[0].kb_id_:
                        # Under the heading "Viljandi (Estland)": "Die Kleinstadt ist seit 1993 unsere Partnerstadt."
                        pairs = [(publisher, section.spans[0])]
                    elif not last_pairs and len({s.kb_id_ for s in before}) == 1:
                        # "Our oldest link is with Rotterdam. The two cities were twinned in 1936."
                        pairs = self._with_context_city(doc, sent, before[0])
                    else:
                        pairs = last_pairs or group_pairs(doc, before)
                    confidence = 0.6
                if pairs:
                    last_pairs = pairs
                self._add(found, doc, pairs, [sent], [sent], kinds, confidence)
            last = unit[-1].text.rstrip()
            if last.endswith(":"):
                list_kinds = cue_kinds(last)
                named = {s.kb_id_: s for s in self._partners(doc, unit[-1].start_char, unit[-1].end_char)}
                list_owner = next(iter(named.values())) if len(named) == 1 and list_kinds else None
        doc._.trex_partnerships = list(found.values())
        return doc

    def _clause_pairs(self, doc: Doc, sent: Span) -> list[tuple[Span, list[tuple[Span, Span]]]]:
        """Pairs per clause when a sentence joins two partnership statements; [] otherwise."""
        bounds, pos = [], sent.start_char
        breaks = list(CLAUSE_BREAK.finditer(span_text(sent)))
        many = len({s.kb_id_ for s in self._partners(doc, sent.start_char, sent.end_char)}) >= 4
        pairs_at_commas = not breaks and many
        if pairs_at_commas:
            # "Seattle and Kobe have been sister cities since 1957, Tacoma and Kitakyushu since 1959."
            # but not the commas around an aside: "twinned with, among others, Tartu, Lviv and Rockford"
            breaks = [m for m in re.finditer(r",\s+", span_text(sent))
                      if not ASIDE_AFTER.match(span_text(sent), m.end()) and
                      not ASIDE_BEFORE.search(span_text(sent), 0, m.start())]
        elif many:
            # "A und B sind seit 1955 verschwistert, C ist seit 1957 Partnerstadt von D, und ...": a comma
            # before a new subject and its verb begins a clause too.
            taken = [(m.start(), m.end()) for m in breaks]
            breaks += [m for m in CLAUSE_SUBJECT.finditer(span_text(sent))
                       if not any(s <= m.start() < e for s, e in taken)]
            breaks.sort(key=lambda m: m.start())
        for m in breaks:
            bounds.append((pos, sent.start_char + m.start()))
            pos = sent.start_char + m.end()
        bounds.append((pos, sent.end_char))
        if len(bounds) < 2:
            return []
        out = []
        subject: Span | None = None
        listing = False
        waiting: list[tuple[Span, list[Span]]] = []  # "Die Partnerschaft mit Rochdale ...; mit Concarneau ist Bielefeld ..."
        for index, (start, end) in enumerate(bounds):
            previous_end = bounds[index - 1][1] if index else start
            spans = self._partners(doc, start, end)
            clause = doc.char_span(start, end, alignment_mode="expand")
            words = text_of(doc)[start:end]
            # "..., Tacoma and Kitakyushu since 1959": the year follows the pair, no partner has its own.
            elliptic = len(spans) >= 2 and spans[0].start_char - start < 3 and ELLIPTIC_PAIR.match(
                text_of(doc)[spans[1].end_char:end]) and re.fullmatch(
                r"\s+(?:and|und)\s+", text_of(doc)[spans[0].end_char:spans[1].start_char])
            # "..., Essen seit 1949 mit Sunderland, ...": the verb is the previous clause's.
            elliptic = elliptic or (len(spans) >= 2 and spans[0].start_char - start < 3 and ELLIPTIC_WITH.fullmatch(
                text_of(doc)[spans[0].end_char:spans[1].start_char]))
            # "..., die Landeshauptstadt Bregenz mit Bangor", "..., and Rouen with Norwich since 1959".
            elliptic = elliptic or (len(spans) >= 2 and (spans[0].start_char - start < 3 or ELLIPTIC_TITLE.fullmatch(
                text_of(doc)[start:spans[0].start_char])) and ELLIPTIC_BARE_WITH.fullmatch(
                text_of(doc)[spans[0].end_char:spans[1].start_char]))
            # "...; Düsseldorf ist seit 2004 mit Chongqing verbunden": a clause with two cities and a relation
            # of its own is a pair of its own.
            before = text_of(doc)[start:spans[0].start_char] if spans else ""
            if subject is not None and spans and not elliptic and (
                    PARTNERS_OF_EPITHET.search(text_of(doc)[spans[-1].end_char:end])
                    # "..., außerdem ist die Stadt mit Gloucester und Weimar verschwistert",
                    # "...; the city's other partners include Taipei and Padua"
                    or (_listed(doc, spans) and (WITH_BEFORE.search(before) or (
                        LIST_OF_PARTNERS.search(before) and cue_kinds(before))))
                    # "Freiburg ist mit Besançon (seit 1959), Innsbruck (seit 1963) und Madison ... verschwistert"
                    or (listing and len(before.strip()) < 3 and re.fullmatch(r",\s*", text_of(doc)[previous_end:start])
                        and all(
                        LIST_CONTINUES.fullmatch(text_of(doc)[a.end_char:b.start_char]) for a, b in zip(spans, spans[1:])))):
                out.append((clause, [(subject, s) for s in _distinct(spans) if s.kb_id_ != subject.kb_id_]))
                listing = listing or bool(WITH_BEFORE.search(before))
                continue
            # Whether this clause ends a list of partners after "mit"/"with" that the next clause may go on with.
            listing = bool(spans) and bool(WITH_BEFORE.search(text_of(doc)[max(start, spans[-1].start_char - 60):
                                                                           spans[-1].start_char])) or (
                bool(spans) and len(spans) >= 2 and _listed(doc, spans[1:]) and
                bool(WITH_BEFORE.search(text_of(doc)[max(start, spans[1].start_char - 60):spans[1].start_char])))
            if len({s.kb_id_ for s in spans}) >= 2 and (subject is None or cue_kinds(words) or elliptic
                                                        or STATED_RELATION.search(words)):
                out.append((clause, group_pairs(doc, spans)))
                if subject is None:
                    # The clause's subject is the city not introduced by "mit"/"with".
                    subject = next((s for s in spans if not WITH_BEFORE.search(text_of(doc)[max(0, s.start_char - 20):
                                                                                          s.start_char])), spans[0])
                    out += [(c, [(subject, s) for s in _distinct(ss) if s.kb_id_ != subject.kb_id_]) for c, ss in waiting]
                    waiting = []
            elif subject is None and spans and cue_kinds(words):
                waiting.append((clause, spans))
            elif subject is not None and spans:
                # "...; es folgten Leeds (1969), Buffalo (1977) und Novi Sad": more partners of the same city.
                out.append((clause, [(subject, s) for s in _distinct(spans) if s.kb_id_ != subject.kb_id_]))
        return out if len(out) >= 2 else []

    def _all_after_with(self, doc: Doc, sent: Span) -> bool:
        """Every city of the sentence follows "mit"/"with" ("bestehen seit 1962 mit Caen und mit Dundee")."""
        spans = _distinct(self._partners(doc, sent.start_char, sent.end_char))
        return len(spans) >= 2 and all(WITH_BEFORE.search(text_of(doc)[max(0, s.start_char - 20):s.start_char])
                                       for s in spans)

    @staticmethod
    def _after_with(doc: Doc, spans: list[Span]) -> list[Span]:
        """``spans`` when each follows "mit"/"with", directly or in a list after it ("mit A und B"); else []."""
        previous = None
        for span in spans:
            gap = text_of(doc)[previous.end_char:span.start_char] if previous is not None else ""
            if not (WITH_BEFORE.search(text_of(doc)[max(0, span.start_char - 40):span.start_char]) or (
                    previous is not None and re.fullmatch(r"\s*(?:,|und|and|sowie)\s+(?:(?:dem|der|den|the)\s+)?"
                                                          r"(?:[\wäöüß-]+\s+)?", gap))):
                return []
            previous = span
        return spans

    @staticmethod
    def _cue_before_all(sent: Span, spans: list[Span]) -> bool:
        """The partnership word comes before every city of the sentence."""
        text = span_text(sent)
        starts = [m.start() for cue in (PORT_CUE, CITY_CUE) for m in cue.finditer(text)]
        first_city = min(s.start_char for s in spans) - sent.start_char
        if not starts or min(starts) >= first_city:
            return False
        # "Partnerstädte sind A und B", "twin towns include A, B", "Partnerschaften mit A und B" list partners;
        # "die Partnerschaft zwischen A und B" names both sides.
        between = text[min(starts):first_city]
        last_city = max(s.start_char for s in spans) - sent.start_char
        if any(first_city < start < last_city for start in starts):
            return False  # "folgende Partnerschaften: Greifswald ist Partnerstadt von Lund" pairs the two it names
        return bool(LIST_OF_PARTNERS.search(between)) and not BOTH_SIDES.search(between)

    def _with_context_city(self, doc: Doc, sent: Span, partner: Span) -> list[tuple[Span, Span]]:
        """One city in a partnership sentence ("Ties with Marseille ..."): its partner is the city the
        document is about, or else the subject of a recent sentence ("die Stadt")."""
        gid = int(partner.kb_id_)
        if BACK_REFERENCE.match(span_text(sent).lstrip()) or TOWNS_OWN.search(span_text(sent)):
            # Under the heading "Magdeburg", "Die Stadt pflegt Städtepartnerschaften mit ..." is Magdeburg,
            # whatever other city the sentence before named.
            section = section_city(doc, sent.start_char, others=True, latest=True)
            if section is not None and len(section.ids) == 1 and section.ids[0] != gid:
                return [(section.spans[0], partner)]
            # "Die Landeshauptstadt ist außerdem mit Tiflis verbunden": the city the sentence before named.
            recent = recent_subject(doc, sent, exclude={gid})
            if recent is not None:
                return [(recent, partner)]
        # "Chicago's sister-city programme is large. The most useful link is Hamburg, a sister city since 1994."
        previous = next(sentences_before(doc, sent, 1), None)
        if previous is not None and cue_spans(span_text(previous)):
            named = {s.kb_id_: s for s in city_spans(doc, previous.start_char, previous.end_char)
                     if int(s.kb_id_) != gid}
            owner = next(iter(named.values()), None)
            if len(named) == 1 and OWNER.match(text_of(doc), owner.end_char):
                return [(owner, partner)]  # the city whose twinning the sentence before was about
        # A twin-towns page names its partners nearly as often as itself: the city it opens with decides; on a page
        # that opens in the first person ("Unsere Partnerstädte"), the town of those who write.
        dominant = dominant_group(doc, lenient=True)
        paragraph = text_of(doc).rfind("\n", 0, sent.start_char) + 1
        # ... unless the paragraph has named its own subject before ("Zoppot ... ist mit Frankenthal verschwistert")
        publisher = _publisher(doc) if FIRST_PERSON.search(text_of(doc)[:300]) and not any(
            int(s.kb_id_) != gid and not in_passing(s) and not only_locates(doc, s)
            for s in city_spans(doc, paragraph, sent.start_char)) else None
        if publisher is not None and publisher.kb_id_ != partner.kb_id_:
            home = publisher
        elif dominant is not None and dominant.ids[0] != gid:
            home = dominant.spans[0]
        else:
            home = recent_subject(doc, sent, exclude={gid})
            publisher = _publisher(doc) if home is not None and FIRST_PERSON.search(span_text(sent)) else None
            if publisher is not None and publisher.kb_id_ != partner.kb_id_:
                home = publisher  # "Mit Częstochowa pflegen wir ...": the town of those who write
        return [(home, partner)] if home is not None else []

    def _partners(self, doc: Doc, start: int, end: int) -> list[Span]:
        """City mentions that can be a partner: not ones only named as a location (``near Shanghai``). In a row of
        cells ("Riga – Malmö | twin towns | 1993"), only the cities of the first cell that names any: cells
        stand side by side ("Seattle at 67 | Port figures | Yokohama's Canadian twin" pairs nothing)."""
        spans = [s for s in city_spans(doc, start, end) if not only_locates(doc, s)]
        text = text_of(doc)
        if spans and " | " in text[start:end]:
            cell = lambda s: text.count(" | ", start, s.start_char)  # noqa: E731
            first = cell(spans[0])
            spans = [s for s in spans if cell(s) == first]
        return spans

    def _add(self, found: dict, doc: Doc, pairs: list[tuple[Span, Span]], evidence: list[Span],
             cue_sents: list[Span], kinds: set[str], confidence: float) -> None:
        start, end = evidence[0].start_char, evidence[-1].end_char
        for a_span, b_span in pairs:
            a, b = int(a_span.kb_id_), int(b_span.kb_id_)
            since = _since(doc, cue_sents, b_span)
            if "city" in kinds and _named_as_port(doc, a_span) and _named_as_port(doc, b_span) and \
                    start <= min(a_span.start_char, b_span.start_char):
                # "zwischen dem Flughafen Wien und dem Flughafen Mailand"; but "the two cities" after a port
                # agreement between the two are the cities.
                kinds = (kinds - {"city"}) | {"port"}
            for kind in kinds:
                key = (frozenset((a, b)), kind)
                if key in found and (found[key]["since"] or not since):
                    continue
                # Offsets point at the partner named in the evidence (a context city may stand far away).
                inside = [s for s in (a_span, b_span) if start <= s.start_char and s.end_char <= end]
                span_start = min(s.start_char for s in inside) if inside else start
                span_end = max(s.end_char for s in inside) if inside else end
                found[key] = {
                    "city_a": a, "city_b": b, "kind": kind, "since": since,
                    "start_char": span_start, "end_char": span_end,
                    "evidence_start": start, "evidence_end": end,
                    "confidence": round(self.confidence * confidence, 3),
                }


APPOSITION_PARTNER = re.compile(r"(?:\s+[a-zäöüß]+)?,\s+(?:die|der|the|its|seine|ihre)\s+(?:[\w-]+\s+)?(?:Partnerstadt|Schwesterstadt|"
                                r"twin\s+town|twin\s+city|sister\s+city|partner\s+city)\s+(?:von|of|des|der)\s+$", re.I)


def _all_in_clause_of(sent: Span, owner: Span, spans: list[Span]) -> bool:
    """Every other city of ``spans`` stands in the clause of ``sent`` that holds ``owner``."""
    text, offset = span_text(sent), sent.start_char
    breaks = [(m.start() + offset, m.end() + offset) for m in CLAUSE_JOIN.finditer(text)]
    start = max((e for s, e in breaks if e <= owner.start_char), default=sent.start_char)
    end = min((s for s, e in breaks if s >= owner.end_char), default=sent.end_char)
    return all(start <= span.start_char < end for span in spans if span.kb_id_ != owner.kb_id_)


def _owns_partners(doc: Doc, span: Span) -> bool:
    """The city is in the genitive before its partner towns: "Hamms Partnerstädte", "Kiel's twin towns"."""
    genitive = span_text(span).endswith("s") or text_of(doc)[span.end_char:span.end_char + 2] in ("'s", "’s")
    return genitive and OWNS_PARTNERS.match(text_of(doc), span.end_char) is not None


def _apposition_pairs(doc: Doc, spans: list[Span]) -> list[tuple[Span, Span]]:
    """``Nantes, die Partnerstadt von Saarbrücken`` (also after a participle: "Nantes besucht, die ..."): the town
    and the one its apposition names."""
    return [(a, b) for a, b in zip(spans, spans[1:])
            if a.kb_id_ != b.kb_id_ and APPOSITION_PARTNER.fullmatch(text_of(doc)[a.end_char:b.start_char])]


def _publisher(doc: Doc) -> Span | None:
    """The town of those who write ("unsere Partnerstadt"): the first city the document names again later,
    else the first it names."""
    spans = city_spans(doc)
    counts = Counter(s.kb_id_ for s in spans)
    return next((s for s in spans if counts[s.kb_id_] >= 2), spans[0] if spans else None)


def _partners_of_the_city_before(sent: Span, own: list[Span]) -> bool:
    """The sentence opens with "It", "Die Stadt" and the like, and its partnership word comes before every city."""
    if not own or not BACK_REFERENCE.match(span_text(sent).lstrip()):
        return False
    cues = cue_spans(span_text(sent))
    return bool(cues) and sent.start_char + cues[0][0] < min(s.start_char for s in own)


def _pair_line(doc: Doc, line: Span) -> bool:
    """A line that is two towns and a dash between them, perhaps with their countries and a year:
    "Linz – Linköping (Schweden), seit 1995"."""
    towns = city_spans(doc, line.start_char, line.end_char)
    if len({t.kb_id_ for t in towns}) != 2 or len(towns) != 2:
        return False
    lead, between, tail = (text_of(doc)[line.start_char:towns[0].start_char],
                           text_of(doc)[towns[0].end_char:towns[1].start_char], text_of(doc)[towns[1].end_char:line.end_char])
    return PAIR_LEAD.fullmatch(lead) is not None and PAIR_DASH.fullmatch(between) is not None and \
        PAIR_TAIL.fullmatch(tail) is not None


PAIR_LEAD = re.compile(r"\s*(?:[-•*·▪–]\s+)?")
PAIR_DASH = re.compile(r"(?:\s*\([^()\n]{2,30}\))?\s+[–—-]\s+|\s*[–—/]\s*")
PAIR_TAIL = re.compile(r"(?:\s*\([^()\n]{2,30}\))?(?:,?\s*\(?(?:seit|since)?\s*(?:18|19|20)\d\d\)?)?\s*[.;]?\s*")


def group_pairs(doc: Doc, spans: list[Span]) -> list[tuple[Span, Span]]:
    return pair_groups(doc, group_cities(doc, spans))


PORT_NAMED = re.compile(r"(?:port of|harbour of|airport of|Hafen|Flughafen|Flughafens|Hafens)\s+$", re.I)


def _named_as_port(doc: Doc, span: Span) -> bool:
    after = text_of(doc)[span.end_char:span.end_char + 12]
    return bool(PORT_NAMED.search(text_of(doc)[max(0, span.start_char - 16):span.start_char])
                or re.match(r"[- ](?:Airport|Port|Harbour)\b", after))


def units(doc: Doc) -> list[list[Span]]:
    """Paragraphs and list items: runs of sentences between hard line breaks."""
    out: list[list[Span]] = []
    for sent in doc.sents:
        if not span_text(sent).strip():
            continue
        starts_line = sent.start == 0 or "\n" in doc[sent.start - 1].text or "\n" in text_of(doc)[
            max(0, sent.start_char - 3):sent.start_char]
        if starts_line or not out:
            out.append([sent])
        else:
            out[-1].append(sent)
    return out


def pair_groups(doc: Doc, groups: list[CityGroup]) -> list[tuple[Span, Span]]:
    """The first group of cities paired with its partners: the next group naming other cities,
    and any later group joined to the sentence by ``with`` / ``mit``. A lone group pairs within itself."""
    if not groups:
        return []
    first = groups[0]
    if len(groups) == 1 or all(set(g.ids) <= set(first.ids) for g in groups[1:]):
        # "Hamburg and Shanghai agreed ...", "zwischen Hamburg und Shanghai": partners within one group.
        spans = _distinct(first.spans)
        return [(a, b) for i, a in enumerate(spans) for b in spans[i + 1:]]
    first_ids = set(first.ids)
    partners: list[CityGroup] = []
    for group in groups[1:]:
        new = [s for s in group.spans if int(s.kb_id_) not in first_ids]
        if not new:
            continue
        joined_by_with = WITH_BEFORE.search(text_of(doc)[max(0, group.start_char - 60):group.start_char])
        # "mit Budweis (seit 1987), Linköping (seit 1995), Halle (seit 1975) und Gabrovo": the list after
        # "mit" goes on through commas, years and "und" however long it is.
        listed = bool(partners) and LIST_CONTINUES.fullmatch(text_of(doc)[partners[-1].end_char:group.start_char])
        if not partners or joined_by_with or listed:
            partners.append(CityGroup(new))
    pairs = []
    seen = set()
    for partner in partners:
        for a in _distinct(first.spans):
            for b in _distinct(partner.spans):
                key = frozenset((a.kb_id_, b.kb_id_))
                if a.kb_id_ != b.kb_id_ and key not in seen:
                    seen.add(key)
                    pairs.append((a, b))
    return pairs


def _listed(doc: Doc, spans: list[Span]) -> bool:
    """The cities follow one another as a list ("mit Tiflis und Cottbus"), not as partners in separate roles."""
    text = text_of(doc)
    return all(LIST_CONTINUES.fullmatch(text[a.end_char:b.start_char])
               or re.fullmatch(r",?\s*(?:dem|der|the)?\s*(?:heutigen|today's|present-day)?\s*", text[a.end_char:b.start_char])
               or WITH_BEFORE.search(text[max(0, b.start_char - 20):b.start_char])  # "..., mit Brest sogar seit 1964"
               for a, b in zip(spans, spans[1:]))


def _distinct(spans: list[Span]) -> list[Span]:
    out, seen = [], set()
    for span in spans:
        if span.kb_id_ not in seen:
            seen.add(span.kb_id_)
            out.append(span)
    return out


ANNIVERSARY = re.compile(r"\b(\d{1,3})-?jährige[nms]?\s+(?:Bestehen|Jubiläum|Jubiläums)|"
                         r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary", re.I)


def _age(text: str) -> int:
    """The years a sentence says a partnership has lasted: "feiern 2027 das 50-jährige Bestehen", "marks the
    40th anniversary in 2024" give the year it began when taken from the year named."""
    age = ANNIVERSARY.search(text)
    return int(age.group(1) or age.group(2)) if age else 0


def _since(doc: Doc, sents: list[Span], partner: Span) -> int | None:
    best = None
    for sent in sents:
        age = _age(span_text(sent))
        for m in SINCE.finditer(span_text(sent)):
            year = int(m.group(1) or m.group(2)) - age
            distance = abs(sent.start_char + m.start() - partner.end_char)
            if best is None or distance < best[0]:
                best = (distance, year)
    if best is None and len(sents) == 1:
        # "Die Häfen A und B haben 2018 eine Hafenpartnerschaft vereinbart": the one year the sentence names.
        text = span_text(sents[0])
        years = list(BARE_YEAR.finditer(text))
        if len(years) == 1 and not NEGATION.search(text, max(0, years[0].start() - 25), years[0].end() + 25):
            return int(years[0].group(1)) - _age(text)
        return None
    return best[1] if best else None
