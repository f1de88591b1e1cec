"""No loss from format: one report as txt, html, pdf and docx (samples/formats) extracts to the same facts."""

from __future__ import annotations


from conftest import ROOT
from pipeline.evaluate import evaluate
from pipeline.run import ingest

FORMATS = ROOT / "samples" / "formats"


def test_every_format_scores_within_five_points_of_the_others(settings, tmp_path):
    out = tmp_path / "out"
    summary = ingest([FORMATS], out, settings)
    assert summary["failed"] == []
    scores = {}
    for gold in sorted(FORMATS.glob("*.gold.json")):
        single = tmp_path / gold.name.removesuffix(".gold.json")
        single.mkdir()
        source = gold.name.removesuffix(".gold.json")
        document = next(p for p in FORMATS.glob(f"{source}.*") if p != gold)  # the document beside its gold
        (single / gold.name).write_bytes(gold.read_bytes())
        (single / document.name).write_bytes(document.read_bytes())
        scores[document.suffix] = evaluate(single, out).macro_f1
    print("macro F1 per format:", scores)
    assert set(scores) == {".txt", ".html", ".pdf", ".docx"}
    assert max(scores.values()) - min(scores.values()) <= 0.05, scores
    assert min(scores.values()) >= 0.6, scores
