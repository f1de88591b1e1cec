"""Train the industry scorer's weights (``pipeline/nlp/data/industry_scorer.json``) on the dev reports.

From the repository root, with the dev extras installed (scikit-learn):

    .venv/bin/python scripts/train_industry_scorer.py                 # held-out figures, then write the weights
    .venv/bin/python scripts/train_industry_scorer.py --no-write      # held-out figures only
    .venv/bin/python scripts/train_industry_scorer.py --gold DIR ...  # more than one folder of reports and gold

Every dev report goes through the pipeline with the scorer switched off. Each (city, label) fact the rules
give is labelled right when the scorer of ``trex eval`` matches it to a gold fact. The held-out figures
come from folds that keep each batch of reports together (a batch shares its writer and its places), so
a fold's reports are as new to its model as an unseen batch would be. The weights written are fitted
on all the reports.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from rich.progress import track
from sklearn.model_selection import GroupKFold

from pipeline.config import Settings
from pipeline.evaluate import _greedy, industry_similarity
from pipeline.nlp.build import load_pipeline
from pipeline.nlp.layout import detect_language
from pipeline.nlp.industry_scorer import WEIGHTS, first_per_label, scored_facts
from pipeline.run import read_source

REGULARISATION = 0.1  # sklearn's C: the best calibrated on the held-out folds (Brier 0.149; 0.152 at 0.3, 0.162 at 1)


def batch_of(source: str) -> str:
    """``b63-...`` reports were written together; the early single reports are spread over six groups."""
    m = re.match(r"b(\d+)-", source)
    return f"b{m.group(1)}" if m else f"early{sum(map(ord, source)) % 6}"


def examples(gold_dirs: list[Path]):
    """(features, right, batch, language, gold count) per fact, per report."""
    settings = Settings()
    nlp = load_pipeline(settings)
    golds = [g for d in gold_dirs for g in sorted(d.glob("*.gold.json"))]
    rows, gold_counts = [], {}
    for gold_path in track(golds, description="extracting"):
        gold = json.loads(gold_path.read_text())
        _, text, failed = read_source(gold_path.parent / gold["source"], settings)
        if failed is not None:
            sys.exit(f"{gold['source']}: {failed.document['error']}")
        doc = nlp.make_doc(text.text)
        doc._.trex_lang = detect_language(text.text)
        with nlp.select_pipes(disable=["trex_industry_scorer"]):
            doc = nlp(doc)
        facts = doc._.trex_industries or []
        first = first_per_label(facts)
        # as ``trex eval`` orders them, so that ties are matched the same way
        keyed = sorted((((key[0], first[key]["industry"].strip()), features)
                        for key, features in scored_facts(doc, facts)), key=lambda pair: str(pair[0]))
        _, used, _ = _greedy([pred for pred, _ in keyed], gold["industries"],
                             lambda p, g: industry_similarity(p[1], g["industry"]) if p[0] == g["city"] else 0)
        for i, (_, features) in enumerate(keyed):
            rows.append((features, i in used, batch_of(gold["source"]), gold["language"], gold["source"]))
        gold_counts[gold["language"]] = gold_counts.get(gold["language"], 0) + len(gold["industries"])
    return rows, gold_counts


def fit(vectorizer: DictVectorizer, X, y) -> LogisticRegression:
    return LogisticRegression(C=REGULARISATION, max_iter=5000).fit(X, y)


def held_out(rows, gold_counts, thresholds=(0.2, 0.25, 0.3, 0.35)) -> None:
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([{k: v for k, v in f.items() if k != "bias"} for f, *_ in rows])
    y = np.array([right for _, right, *_ in rows])
    groups = [batch for _, _, batch, *_ in rows]
    languages = np.array([lang for *_, lang, _ in rows])
    p = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=8).split(X, y, groups):
        p[test] = fit(vectorizer, X[train], y[train]).predict_proba(X[test])[:, 1]
    print("held-out industries F1 (batch-grouped 8 folds), facts set aside below each probability:")
    for lang in sorted(gold_counts):
        sel = languages == lang
        g = gold_counts[lang]
        base = 2 * y[sel].sum() / (sel.sum() + g)
        line = [f"  {lang}: rules {base:.3f}"]
        for t in thresholds:
            keep = sel & (p >= t)
            f1 = 2 * y[keep].sum() / (keep.sum() + g)
            line.append(f"<{t:.2f}: {f1:.3f} ({int(sel.sum() - keep.sum())} set aside)")
        print("; ".join(line))
    print(f"  Brier score of the model's probability: {np.mean((p - y) ** 2):.3f} (lower is better)")


def write(rows, path: Path) -> None:
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([{k: v for k, v in f.items() if k != "bias"} for f, *_ in rows])
    y = np.array([right for _, right, *_ in rows])
    model = fit(vectorizer, X, y)
    weights = {"bias": round(float(model.intercept_[0]), 4)}
    for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]):
        if abs(w) >= 0.005:  # smaller ones move no probability by more than a rounding error
            weights[str(name)] = round(float(w), 3)
    # one weight a line, sorted: a retrained file diffs readably
    lines = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {v}" for k, v in sorted(weights.items()))
    path.write_text(f'{{"trained_on": {len(rows)}, "weights": {{\n{lines}\n}}}}\n', encoding="utf-8")
    print(f"wrote {len(weights)} weights from {len(rows)} facts to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, action="append", help="folder of reports and gold files (samples/dev)")
    parser.add_argument("--no-write", action="store_true", help="print the held-out figures only")
    parser.add_argument("--weights", type=Path, default=WEIGHTS)
    args = parser.parse_args()
    rows, gold_counts = examples(args.gold or [Path("samples/dev")])
    held_out(rows, gold_counts)
    if not args.no_write:
        write(rows, args.weights)


if __name__ == "__main__":
    main()
