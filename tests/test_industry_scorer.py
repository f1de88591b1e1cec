"""The industry scorer: a learned probability per fact, shipped weights, set-aside facts kept as rejects."""

from __future__ import annotations

import json
import math
import re

import pytest

from pipeline.nlp.industry_scorer import WEIGHTS, IndustryScorer, fact_features, scored_facts


def _rules_only(nlp, text: str, lang: str = "en"):
    doc = nlp.make_doc(text)
    doc._.trex_lang = lang
    with nlp.select_pipes(disable=["trex_industry_scorer"]):
        return nlp(doc)


def test_features_say_where_the_town_stands(nlp):
    doc = _rules_only(nlp, "Bremen is known for shipbuilding and coffee roasting.")
    keyed = dict(scored_facts(doc, doc._.trex_industries))
    features = keyed[(2944388, "shipbuilding")]
    assert features["town_gap=1_0"] == 1.0  # the town comes first, a few words before the trade
    assert features["siblings=1"] == 1.0  # coffee roasting is the other trade of Bremen in the sentence
    assert features["labels_of_city=2"] == 1.0
    assert features["before=for"] == 1.0 and features["after=and"] == 1.0
    assert features["rule=trigger"] == 1.0


def test_a_town_outside_the_sentence_is_said(nlp):
    doc = _rules_only(nlp, "Bremen sits on the Weser. Its economy rests on shipbuilding.")
    fact = next(f for f in doc._.trex_industries if f["industry"] == "shipbuilding")
    assert "town_gap=none" in fact_features(doc, fact, 1)


def test_probability_is_the_logistic_of_the_weighted_features(nlp):
    doc = _rules_only(nlp, "Bremen is known for shipbuilding and coffee roasting.")
    scorer = IndustryScorer(weights={"weights": {"bias": 0.5, "label=coffee": -4.0}})
    features = dict(scored_facts(doc, doc._.trex_industries))
    assert scorer.probability(features[(2944388, "shipbuilding")]) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert scorer.probability(features[(2944388, "coffee roasting")]) == pytest.approx(1 / (1 + math.exp(3.5)))


def test_unlikely_facts_are_set_aside_with_the_reason_and_the_rest_get_the_probability(nlp):
    doc = _rules_only(nlp, "Bremen is known for shipbuilding and coffee roasting.")
    scorer = IndustryScorer(min_probability=0.3, weights={"weights": {"bias": 0.5, "label=coffee": -4.0}})
    doc = scorer(doc)
    assert [f["industry"] for f in doc._.trex_industries] == ["shipbuilding"]
    assert doc._.trex_industries[0]["confidence"] == round(1 / (1 + math.exp(-0.5)), 3)
    [aside] = doc._.trex_industries_set_aside
    assert aside["industry"] == "coffee roasting"
    assert re.fullmatch(r"industry scorer: probability 0\.03 that this fact is right, below 0\.30", aside["reason"])


def test_weights_travel_with_the_pipeline(tmp_path):
    scorer = IndustryScorer(weights={"weights": {"bias": -1.25, "rule=lexicon": 0.5}})
    scorer.to_disk(tmp_path / "scorer")
    loaded = IndustryScorer(weights={"weights": {}}).from_disk(tmp_path / "scorer")
    assert loaded.weights == {"bias": -1.25, "rule=lexicon": 0.5}


FEATURE_FAMILIES = ("bias", "lang=", "rule_confidence", "rule=", "sector=", "division=", "label_words=",
                    "labels_of_city=", "mention_is_label", "siblings=", "overlaps_another", "towns_in_sentence=",
                    "town_gap=", "label=", "mention=", "before=", "after=", "sentence=")


def test_shipped_weights_were_trained_on_the_features_the_scorer_computes(nlp):
    """Renaming a feature without retraining would silently zero its weight: retrain instead
    (scripts/train_industry_scorer.py)."""
    shipped = json.loads(WEIGHTS.read_text())
    assert shipped["trained_on"] > 1000
    names = shipped["weights"]
    assert all(name.startswith(FEATURE_FAMILIES) for name in names)
    doc = _rules_only(nlp, "Bremen is known for shipbuilding and coffee roasting.")
    computed = {name for _, features in scored_facts(doc, doc._.trex_industries) for name in features}
    # every family the scorer computes here carries weight in the shipped file
    for family in FEATURE_FAMILIES:
        if any(name.startswith(family) for name in computed):
            assert any(name.startswith(family) for name in names), family


def test_set_aside_facts_reach_the_rejects_table(nlp, settings, tmp_path):
    from pipeline.run import process_batch

    report = tmp_path / "report.txt"
    report.write_text("Bremen is known for shipbuilding and coffee roasting.\n", encoding="utf-8")
    scorer = nlp.get_pipe("trex_industry_scorer")
    kept = scorer.min_probability
    scorer.min_probability = 1.01  # nothing is likely enough: every fact goes to rejects
    try:
        [result] = process_batch([report], settings)
    finally:
        scorer.min_probability = kept
    assert result.tables["industries"] == []
    rejected = [r for r in result.tables["rejects"] if r["table"] == "industries"]
    assert {json.loads(r["record"])["industry"] for r in rejected} == {"shipbuilding", "coffee roasting"}
    assert all(r["error"].startswith("industry scorer: probability") for r in rejected)
    assert all("reason" not in json.loads(r["record"]) for r in rejected)


def test_shipped_model_keeps_a_plain_fact(nlp):
    scorer = nlp.get_pipe("trex_industry_scorer")
    plain = _rules_only(nlp, "Bremen is known for shipbuilding.")
    [(_, features)] = scored_facts(plain, plain._.trex_industries)
    assert scorer.probability(features) >= scorer.min_probability
