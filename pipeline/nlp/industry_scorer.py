"""A learned second opinion on the industry rules' facts: how likely each one is right.

The rules find a trade and tie it to a town; which of their facts an analyst would accept depends on
more than any one rule sees (the words around the trade, how far the town is, how many trades the
town already has). A logistic regression over such features, trained on the annotated dev reports
(``scripts/train_industry_scorer.py``), gives each fact a probability of being right. That
probability becomes the fact's confidence, so the review threshold means what it says; a fact the
model finds very unlikely is set aside, and ``doc_records`` turns it into a ``rejects`` row with the
reason, so nothing is dropped silently.

The weights are a data file (``data/industry_scorer.json``), saved and loaded with the pipeline like a
ruler's patterns.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from pipeline.nlp.layout import doc_language, text_of
from pipeline.nlp.spans import CITIES_KEY, clean_evidence, sentence_bounds

WEIGHTS = Path(__file__).parent / "data" / "industry_scorer.json"
WORD = re.compile(r"[a-zäöüß]+")

if not Doc.has_extension("trex_industries_set_aside"):
    Doc.set_extension("trex_industries_set_aside", default=None)


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def fact_features(doc: Doc, fact: dict, labels_of_city: int, siblings: int = 0, overlaps: bool = False,
                  towns: _TownsBySentence | None = None, bounds: tuple[int, int] | None = None) -> dict[str, float]:
    """What the model sees of one fact. Training reads the same function, so the two cannot drift apart."""
    lang = doc_language(doc)
    s_start, s_end = bounds or sentence_bounds(doc, fact["start_char"])
    in_sentence = (towns or _TownsBySentence(doc)).between(s_start, s_end)
    sentence = text_of(doc)[s_start:s_end]
    mention = text_of(doc)[fact["start_char"]:fact["end_char"]]
    label = fact["industry"]
    rule_confidence = float(fact["confidence"])
    features = {
        "bias": 1.0, f"lang={lang}": 1.0, "rule_confidence": rule_confidence,
        f"rule_confidence={lang}_{round(rule_confidence * 10) / 10:.1f}": 1.0,
        f"rule={fact.get('rule', 'none')}": 1.0,
        f"sector={(fact['sector'] or 'none')[:1]}": 1.0, f"division={(fact['sector'] or 'none')[:3]}": 1.0,
        f"label_words={min(len(label.split()), 4)}": 1.0,
        f"labels_of_city={min(labels_of_city, 6)}": 1.0,
        "mention_is_label": float(mention.lower() == label.lower()),
        # "rockets and satellites" may be one trade or two: how crowded the town's sentence is
        f"siblings={min(siblings, 5)}": 1.0, "overlaps_another": float(overlaps),
    }
    # Where the town stands: in the sentence or not, before or after the trade, how far off.
    features[f"towns_in_sentence={min(len({s.kb_id_ for s in in_sentence}), 4)}"] = 1.0
    own = [s for s in in_sentence if s.kb_id_ == str(fact["city"])]
    if own:
        nearest = min(own, key=lambda s: abs(s.start_char - fact["start_char"]))
        before = nearest.start_char < fact["start_char"]
        between = text_of(doc)[nearest.end_char:fact["start_char"]] if before else \
            text_of(doc)[fact["end_char"]:nearest.start_char]
        features[f"town_gap={int(before)}_{min(len(_words(between)) // 4, 4)}"] = 1.0
    else:
        features["town_gap=none"] = 1.0
    for word in _words(label):
        features[f"label={word}"] = 1.0
    for word in _words(mention):
        features[f"mention={word}"] = 1.0
    local = fact["start_char"] - s_start, fact["end_char"] - s_start
    for word in _words(sentence[:local[0]])[-3:]:
        features[f"before={word}"] = 1.0
    for word in _words(sentence[local[1]:])[:3]:
        features[f"after={word}"] = 1.0
    for word in set(_words(clean_evidence(sentence))):
        features[f"sentence={word}"] = 1.0
    return features


class _TownsBySentence:
    """The document's city mentions in text order, so each fact finds its sentence's towns by bisection."""

    def __init__(self, doc: Doc):
        self.spans = sorted(doc.spans.get(CITIES_KEY, []), key=lambda s: s.start_char)
        self.starts = [s.start_char for s in self.spans]

    def between(self, start: int, end: int) -> list:
        return self.spans[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def first_per_label(facts: list[dict]) -> dict[tuple[int, str], dict]:
    """The first fact of each (city, label): the one whose mention and evidence become the dataset's row."""
    first: dict[tuple[int, str], dict] = {}
    for fact in facts:
        first.setdefault((fact["city"], fact["industry"].lower()), fact)
    return first


def scored_facts(doc: Doc, facts: list[dict]) -> list[tuple[tuple[int, str], dict[str, float]]]:
    """One feature set per (city, label) key, read from the key's first fact: the one that becomes the row."""
    first = first_per_label(facts)
    per_city = Counter(city for city, _ in first)
    bounds = {key: sentence_bounds(doc, fact["start_char"]) for key, fact in first.items()}
    per_sentence = Counter((key[0], bounds[key]) for key in first)
    spans = sorted((fact["start_char"], fact["end_char"], key) for key, fact in first.items())
    starts = [s for s, _, _ in spans]
    longest = max((e - s for s, e, _ in spans), default=0)

    def overlaps(key, fact) -> bool:
        # only mentions that start less than the longest mention before this one ends can overlap it
        nearby = spans[bisect_left(starts, fact["start_char"] - longest):bisect_left(starts, fact["end_char"])]
        return any(s < fact["end_char"] and fact["start_char"] < e and other != key for s, e, other in nearby)

    towns = _TownsBySentence(doc)
    return [(key, fact_features(doc, fact, per_city[key[0]], per_sentence[(key[0], bounds[key])] - 1,
                                overlaps(key, fact), towns, bounds[key])) for key, fact in first.items()]


@Language.factory("trex_industry_scorer", assigns=["doc._.trex_industries", "doc._.trex_industries_set_aside"],
                  requires=["doc._.trex_industries"], default_config={"min_probability": 0.3})
def make_industry_scorer(nlp: Language, name: str, min_probability: float) -> IndustryScorer:
    return IndustryScorer(name, min_probability=min_probability)


class IndustryScorer:
    def __init__(self, name: str = "trex_industry_scorer", *, min_probability: float = 0.3,
                 weights: dict | None = None):
        self.name = name
        self.min_probability = min_probability
        self.set_weights(weights if weights is not None else srsly.read_json(WEIGHTS))

    def set_weights(self, weights: dict) -> None:
        self.weights: dict[str, float] = weights["weights"]

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.trex_industries or []
        probability = {key: self.probability(features) for key, features in scored_facts(doc, facts)}
        kept, set_aside = [], []
        for fact in facts:
            p = probability[(fact["city"], fact["industry"].lower())]
            fact["rule_confidence"] = fact["confidence"]
            fact["confidence"] = round(p, 3)
            if p < self.min_probability:
                set_aside.append({**fact, "reason": f"industry scorer: probability {p:.2f} that this fact is right, "
                                                    f"below {self.min_probability:.2f}"})
            else:
                kept.append(fact)
        doc._.trex_industries = kept
        doc._.trex_industries_set_aside = set_aside
        return doc

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "weights.json", {"weights": self.weights})

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> IndustryScorer:
        self.set_weights(srsly.read_json(ensure_path(path) / "weights.json"))
        return self
