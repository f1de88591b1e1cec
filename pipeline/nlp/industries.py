"""Industry matcher: "A, known for X and Y", "key industries are ...", "bekannt für ...".

Writes ``doc._.trex_industries``: dicts with the city's GeoNames id, the character span of the
words as written, a normalised English label, a NACE Rev. 2 code and a confidence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.gazetteer import data_lines
from pipeline.nlp.layout import doc_language
from pipeline.nlp.spans import CityGroup, city_spans, city_token_ids, group_cities

RULES = srsly.read_json(Path(__file__).parent / "data" / "industry_triggers.json")
TRIGGER = re.compile(r"\b(?:" + "|".join(RULES["triggers"]) + r")", re.I)
STOP = re.compile(RULES["stops"], re.I)
SPLIT_CHUNKS = re.compile(r",|\bas well as\b|\bsowie\b|\bplus\b", re.I)
SPLIT_ELEMENTS = re.compile(r"\s&\s|/|\band\b|\bund\b|\bor\b|\boder\b", re.I)
HEADS = tuple(RULES["heads"])
GERMAN_HEADS = tuple(sorted(RULES["german_heads"], key=len, reverse=True))
COMBINING = tuple(sorted(RULES["combining_forms"], key=len, reverse=True))
DROP_START = tuple(RULES["drop_item_start"])
DROP_WORDS = frozenset(RULES["drop_item_words"])
FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "ADV"})
LEADING_FILLER = frozenset(EN_STOP | DE_STOP | {"esp", "especially", "particularly", "mainly", "notably",
                                                 "including", "related", "traditionally"})

GENERIC_SECTOR_WORDS = frozenset({"engineering", "research", "trade", "construction", "data", "communication",
                                  "material", "bio", "electro", "it", "port", "machine", "traffic"})

if not Doc.has_extension("trex_industries"):
    Doc.set_extension("trex_industries", default=None)


@lru_cache(maxsize=1)
def industry_table() -> list[tuple[str, str, str]]:
    rows = []
    for line in data_lines("industries.tsv"):
        keyword, label, code = (line.split("\t") + ["", ""])[:3]
        rows.append((keyword.casefold(), label, code))
    # Specific words decide before generic ones: "automotive engineering" is C29, not M71.
    return sorted(rows, key=lambda r: (r[0] in GENERIC_SECTOR_WORDS, -len(r[0])))


def normalise_industry(words: str) -> tuple[str, str | None]:
    """(English label, NACE code) for the words of one industry."""
    folded = " ".join(words.replace("-", " - ").split()).replace(" - ", "-").casefold()
    for keyword, label, code in industry_table():
        if label and folded == keyword:
            return label, code
    label = " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words.split())
    label = re.sub(r"\b(it)[- ]security\b", r"IT security", label, flags=re.I)
    code = None
    folded = folded.replace("-", " ")
    tokens = set(folded.split())
    for keyword, _, kcode in industry_table():
        if (" " in keyword and keyword in folded) or keyword in tokens or \
                (len(keyword) > 4 and any(t.startswith(keyword) or t.endswith(keyword) for t in tokens)):
            code = kcode
            break
    return label, code


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
        for sent in doc.sents:
            for trigger in TRIGGER.finditer(sent.text):
                facts.extend(self._from_trigger(doc, sent, trigger, lang))
        doc._.trex_industries = facts
        return doc

    def _from_trigger(self, doc: Doc, sent, trigger: re.Match, lang: str) -> list[dict]:
        base = sent.start_char
        t_start, t_end = base + trigger.start(), base + trigger.end()
        groups = group_cities(doc, city_spans(doc, sent.start_char, sent.end_char))
        subject, confidence = _subject(groups, t_start)
        if subject is None:
            subject, confidence = _subject_before(doc, sent)
        if subject is None:
            return []
        end = _list_end(doc, sent, t_end, subject)
        items = list(_items(doc, t_end, end, lang))
        facts = []
        for start, stop, label_words in items:
            label, code = normalise_industry(label_words)
            for gid in subject.ids:
                facts.append({"city": gid, "start_char": start, "end_char": stop, "industry": label,
                              "sector": code, "confidence": confidence * self.confidence})
        return facts


def _subject(groups: list[CityGroup], trigger_start: int) -> tuple[CityGroup | None, float]:
    """The cities the trigger speaks of: the nearest group before it, else the first after it."""
    before = [g for g in groups if g.end_char <= trigger_start]
    if before:
        return before[-1], 1.0
    after = [g for g in groups if g.start_char >= trigger_start]
    return (after[0], 0.75) if after else (None, 0.0)


def _subject_before(doc: Doc, sent) -> tuple[CityGroup | None, float]:
    """No city in the sentence: the last group of the previous sentence of the same paragraph."""
    if sent.start == 0 or "\n" in doc[sent.start - 1].text:
        return None, 0.0
    previous = doc[sent.start - 1].sent
    groups = group_cities(doc, city_spans(doc, previous.start_char, previous.end_char))
    return (groups[-1], 0.6) if groups else (None, 0.0)


def _list_end(doc: Doc, sent, start: int, subject: CityGroup) -> int:
    end = sent.end_char
    stop = STOP.search(doc.text, start, end)
    if stop:
        end = stop.start()
    for span in city_spans(doc, start, end):
        if int(span.kb_id_) not in subject.ids:
            end = min(end, span.start_char)
            break
    # A finite verb ends the list in English ("..., logistics, hosts the fair").
    window = doc.char_span(start, end, alignment_mode="expand")
    for token in window or []:
        if token.tag_ in FINITE_VERB_TAGS and token.idx > start and doc_language(doc) == "en":
            return token.idx
    return end


def _items(doc: Doc, start: int, end: int, lang: str):
    """(start, end, words for the label) of each industry in text[start:end], coordinations resolved."""
    chunks = [c for c in _split(doc.text, start, end, SPLIT_CHUNKS)]
    pending_prefix: list[tuple[int, int, str]] = []
    for c_start, c_end in chunks:
        elements = [_trim(doc, s, e, lang) for s, e in _split(doc.text, c_start, c_end, SPLIT_ELEMENTS)]
        elements = [e for e in elements if e is not None and
                    (doc.text[e[0]:e[1]].endswith("-") or _keep(doc.text[e[0]:e[1]]))]
        if not elements:
            continue
        words = [doc.text[s:e] for s, e in elements]
        last = words[-1]
        if all(w.endswith("-") for w in words):
            pending_prefix.extend((s, e, w) for (s, e), w in zip(elements, words))
            continue
        for s, e, w in pending_prefix:
            yield s, e, _strip_combining_hyphen(_attach_prefix(w, last))
        pending_prefix = []
        head = _head_word(last)
        for idx, ((s, e), w) in enumerate(zip(elements, words)):
            if w.endswith("-"):
                w = _attach_prefix(w, last)
            elif head and idx < len(words) - 1 and len(w.split()) <= 2 and not _head_word(w):
                w = f"{w} {head}"
            w = _strip_combining_hyphen(w)
            if _keep(w):
                yield s, e, w


def _split(text: str, start: int, end: int, pattern: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in pattern.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _trim(doc: Doc, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """Drop leading words that are not part of the industry ("for", "their", "related to it")."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[-1].is_punct and tokens[-1].text != "-"):
        tokens.pop()
    cut = 0
    for i, tok in enumerate(tokens):
        if tok.text.isupper() and len(tok.text) > 1:  # acronyms: IT, ICT
            continue
        filler = tok.lower_ in LEADING_FILLER or tok.is_punct and tok.text != "-"
        if lang == "en" and tok.pos_ in FUNCTION_POS and tok.text != "-":
            filler = True
        if filler:
            cut = i + 1
    tokens = tokens[cut:]
    # "Tsingtao beer" said of Qingdao: a city's own name is not part of the industry.
    cities = city_token_ids(doc)
    while len(tokens) > 1 and tokens[0].i in cities:
        tokens = tokens[1:]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


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


def _keep(words: str) -> bool:
    lower = words.lower().strip()
    if len(lower) < 2 or len(lower.split()) > 6 or not re.search(r"[a-zäöüß]", lower):
        return False
    if lower.startswith(DROP_START) or all(w in HEADS for w in lower.split()):
        return False
    return not (set(re.findall(r"[\wäöüß]+", lower)) & DROP_WORDS)
