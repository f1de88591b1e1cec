"""Score datasets against gold files (format: shared eval/FORMAT.md): precision, recall, F1 per table,
and per document what was missed and what was extra."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from pipeline.ingest import doc_id_for

TABLES = ("cities", "industries", "port_metrics", "partnerships")
_GENERIC = frozenset("industry industries sector sectors production engineering technology technologies tech "
                     "processing manufacturing the and of new branch field industrie technik technologie branche "
                     "wirtschaft und".split())
_GENERIC_ENDINGS = ("technology", "technologies", "engineering", "industry", "industries", "industrie", "branche",
                    "technik", "technologie", "wirtschaft")
_SCOPE_SYNONYMS = {"worldwide": "world", "global": "world", "globe": "world", "welt": "world", "european": "europe",
                   "europa": "europe", "chinese": "china", "german": "germany", "deutschland": "germany"}
_UNIT_SYNONYMS = {"tons": "t", "ton": "t", "tonnes": "t", "tonne": "t", "metric tons": "t", "tonnen": "t", "mt": "t",
                  "teu": "TEU", "teus": "TEU", "container": "containers", "boxes": "containers"}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _blank(value) -> bool:
    return value is None or str(value).strip() in ("", "nan", "None", "null")


def _int(value) -> int | None:
    return None if _blank(value) else int(float(value))


def _float(value) -> float | None:
    return None if _blank(value) else float(value)


def _industry_words(label: str) -> tuple[frozenset[str], str]:
    words = [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
             for w in re.findall(r"[a-z0-9]+", _fold(label))]
    content = [w for w in words if w not in _GENERIC] or words
    joined = "".join(content)
    for ending in _GENERIC_ENDINGS:
        if joined.endswith(ending) and len(joined) > len(ending):
            joined = joined[:-len(ending)]
    return frozenset(content), joined


def industry_similarity(predicted: str, gold: str | list[str]) -> float:
    """1.0 for the same content words, partial for close labels, 0 for different industries."""
    best = 0.0
    p_words, p_joined = _industry_words(predicted)
    for alternative in gold if isinstance(gold, list) else [gold]:
        g_words, g_joined = _industry_words(alternative)
        if p_joined == g_joined:
            return 1.0
        overlap = len(p_words & g_words) / max(1, len(p_words | g_words))
        ratio = SequenceMatcher(None, p_joined, g_joined).ratio()
        if overlap >= 0.5 or ratio >= 0.8:
            best = max(best, overlap, ratio)
    return best


def _scope(value) -> str | None:
    if _blank(value):
        return None
    text = _fold(str(value).strip()).replace("the ", "")
    return _SCOPE_SYNONYMS.get(text, text)


def _unit(value) -> str | None:
    return None if _blank(value) else _UNIT_SYNONYMS.get(str(value).strip().lower(), str(value).strip())


def metric_matches(pred: dict, gold: dict) -> bool:
    if pred.get("city") != gold.get("city") or pred.get("metric") != gold.get("metric"):
        return False
    if gold["metric"] == "rank":
        return _int(pred.get("rank")) == _int(gold.get("rank")) and _scope(pred.get("scope")) == _scope(gold.get("scope"))
    p, g = _float(pred.get("value")), _float(gold.get("value"))
    return (p is not None and g is not None and _unit(pred.get("unit")) == _unit(gold.get("unit"))
            and abs(p - g) <= 0.02 * abs(g))


def _greedy(preds: list, golds: list, score) -> tuple[int, set[int], set[int]]:
    candidates = sorted(((s, i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
                         if (s := score(p, g))), reverse=True)
    used_p, used_g = set(), set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p), used_p, used_g


@dataclass
class TableScore:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    tables: dict[str, TableScore] = field(default_factory=lambda: {t: TableScore() for t in TABLES})
    by_language: dict[str, dict[str, TableScore]] = field(default_factory=dict)
    documents: dict[str, dict] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return macro(self.tables)


def macro(tables: dict[str, TableScore]) -> float:
    return sum(s.f1 for s in tables.values()) / len(TABLES)


def _read(out_dir: Path, name: str, warnings: list[str]) -> list[dict]:
    path = out_dir / f"{name}.csv"
    if not path.exists():
        warnings.append(f"missing {path}")
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if (r.get("review_status") or "").lower() != "rejected"]


def evaluate(gold_dir: Path, out_dir: Path) -> Evaluation:
    """Compare the datasets in ``out_dir`` with every ``*.gold.json`` under ``gold_dir``."""
    result = Evaluation()
    documents = _read(out_dir, "documents", result.warnings)
    rows = {t: _read(out_dir, t, result.warnings) for t in TABLES}
    gold_files = sorted(Path(gold_dir).glob("*.gold.json"))  # this folder only: splits live in subfolders
    if not gold_files:
        raise FileNotFoundError(f"no *.gold.json files in {gold_dir}")
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = gold_path.parent / gold["source"]
        digest = doc_id_for(source.read_bytes()) if source.exists() else None
        ids = {d["doc_id"] for d in documents if d["doc_id"] == digest or Path(d["source"]).name == gold["source"]}
        if not ids:
            result.warnings.append(f"no document row for {gold['source']}")
        mine = {t: [r for r in rows[t] if r["doc_id"] in ids] for t in TABLES}
        per_language = result.by_language.setdefault(gold.get("language", "?"), {t: TableScore() for t in TABLES})
        result.documents[gold["source"]] = _score_document(gold, mine, result.tables, per_language)
    return result


def _score_document(gold: dict, mine: dict[str, list[dict]], totals: dict[str, TableScore],
                    per_language: dict[str, TableScore]) -> dict:
    errors: dict[str, dict] = {}

    pred_cities = {_int(r["geonames_id"]) for r in mine["cities"]} - {None}
    gold_cities = set(gold.get("cities", []))
    for scores in (totals, per_language):
        _add(scores["cities"], len(pred_cities & gold_cities), len(pred_cities), len(gold_cities))
    errors["cities"] = {"missed": sorted(gold_cities - pred_cities), "extra": sorted(pred_cities - gold_cities)}

    pred_ind = sorted({(_int(r["city_geonames_id"]), r["industry"].strip()) for r in mine["industries"]
                       if not _blank(r.get("city_geonames_id")) and r.get("industry")}, key=str)
    gold_ind = gold.get("industries", [])
    n, used_p, used_g = _greedy(pred_ind, gold_ind, lambda p, g: industry_similarity(p[1], g["industry"])
                                if p[0] == g["city"] else 0)
    for scores in (totals, per_language):
        _add(scores["industries"], n, len(pred_ind), len(gold_ind))
    errors["industries"] = {"missed": [g for j, g in enumerate(gold_ind) if j not in used_g],
                            "extra": [{"city": p[0], "industry": p[1]} for i, p in enumerate(pred_ind) if i not in used_p]}

    keys = ("city", "metric", "value", "unit", "rank", "scope")
    pred_met = [dict(t) for t in sorted({tuple((k, r.get(k) if k != "city" else _int(r.get("city_geonames_id")))
                                               for k in keys) for r in mine["port_metrics"]
                                         if not _blank(r.get("city_geonames_id"))}, key=str)]
    gold_met = gold.get("port_metrics", [])
    n, used_p, used_g = _greedy(pred_met, gold_met, lambda p, g: 1 if metric_matches(p, g) else 0)
    for scores in (totals, per_language):
        _add(scores["port_metrics"], n, len(pred_met), len(gold_met))
    errors["port_metrics"] = {"missed": [g for j, g in enumerate(gold_met) if j not in used_g],
                              "extra": [p for i, p in enumerate(pred_met) if i not in used_p]}

    def pair(a, b, kind):
        kind = (kind or "city").strip().lower()
        return frozenset((a, b)), kind if kind in ("city", "port") else "city"

    pred_par = {pair(_int(r["city_a_geonames_id"]), _int(r["city_b_geonames_id"]), r.get("kind"))
                for r in mine["partnerships"]}
    pred_par = {p for p in pred_par if None not in p[0] and len(p[0]) == 2}
    gold_par = {pair(g["a"], g["b"], g.get("kind")) for g in gold.get("partnerships", [])}
    for scores in (totals, per_language):
        _add(scores["partnerships"], len(pred_par & gold_par), len(pred_par), len(gold_par))
    errors["partnerships"] = {"missed": [(sorted(p[0]), p[1]) for p in gold_par - pred_par],
                              "extra": [(sorted(p[0]), p[1]) for p in pred_par - gold_par]}
    return errors


def _add(score: TableScore, matched: int, predicted: int, gold: int) -> None:
    score.matched += matched
    score.predicted += predicted
    score.gold += gold
