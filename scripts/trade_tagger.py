"""Measure a trained trade-mention tagger against the lexicon (an experiment; nothing here is built in).

The README (Limits) gives the figures. To repeat them, from the repository root:

    .venv/bin/python scripts/trade_tagger.py data                 # English dev reports -> WORK/{train,dev}.spacy
    .venv/bin/python -m spacy init config WORK/config.cfg --lang en --pipeline ner --optimize efficiency
    .venv/bin/python -m spacy train WORK/config.cfg --output WORK/out --paths.train WORK/train.spacy \\
        --paths.dev WORK/dev.spacy --training.max_epochs 15 --training.patience 800
    .venv/bin/python scripts/trade_tagger.py compare WORK/out/model-best
    .venv/bin/python scripts/trade_tagger.py heldout HELDOUT_DIR  # links the held-out reports and gold files
    .venv/bin/trex ingest HELDOUT_DIR --out base
    .venv/bin/python scripts/trade_tagger.py union WORK/out/model-best HELDOUT_DIR union [--sector]
    .venv/bin/python scripts/trade_tagger.py filter WORK/out/model-best base filtered
    .venv/bin/trex eval --gold HELDOUT_DIR --out union --no-errors   # and base, filtered

WORK is ``outputs/trade-tagger`` unless ``TREX_TAGGER_DIR`` says otherwise. The training spans are the
gold labels' words where they occur in the text (distant supervision); a fifth of the English dev
reports, drawn with a fixed seed, is held out.
"""
from __future__ import annotations

import csv
import json
import os
import random
import re
import shutil
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from pipeline.config import Settings
from pipeline.run import read_source

DEV = Path("samples/dev")
WORK = Path(os.environ.get("TREX_TAGGER_DIR", "outputs/trade-tagger"))


def english_reports():
    for gold in sorted(DEV.glob("*.gold.json")):
        annotation = json.loads(gold.read_text())
        if annotation["language"] == "en":
            yield annotation, read_source(DEV / annotation["source"], Settings())[1].text


def gold_spans(annotation: dict, text: str) -> list[tuple[int, int]]:
    """Where the words of any accepted gold label occur, longest first, without overlaps."""
    labels = {a for f in annotation["industries"]
              for a in (f["industry"] if isinstance(f["industry"], list) else [f["industry"]]) if len(a) > 2}
    spans: list[tuple[int, int]] = []
    for label in sorted(labels, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", text, re.I):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def data() -> None:
    blank = spacy.blank("en")
    docs = []
    for annotation, text in english_reports():
        doc = blank.make_doc(text)
        ents = []
        for s, e in gold_spans(annotation, text):
            span = doc.char_span(s, e, label="TRADE", alignment_mode="contract")
            if span is not None and (not ents or span.start >= ents[-1].end):
                ents.append(span)
        doc.ents = ents
        docs.append((annotation["source"], doc))
    random.seed(0)
    random.shuffle(docs)
    held = len(docs) // 5
    WORK.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[d for _, d in docs[held:]]).to_disk(WORK / "train.spacy")
    DocBin(docs=[d for _, d in docs[:held]]).to_disk(WORK / "dev.spacy")
    (WORK / "heldout.json").write_text(json.dumps([s for s, _ in docs[:held]]))
    print(f"{len(docs) - held} reports to train on, {held} held out")


def heldout(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for source in json.loads((WORK / "heldout.json").read_text()):
        stem = source.rsplit(".", 1)[0]
        for path in (DEV / source, DEV / f"{stem}.gold.json"):
            target = out / path.name
            if not target.exists():
                target.symlink_to(path.resolve())


def _overlaps(span, spans) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def compare(model_path: str) -> None:
    from pipeline.nlp.build import load_pipeline
    from pipeline.nlp.industries import lexicon_spans
    model, nlp = spacy.load(model_path), load_pipeline()
    total = by_lexicon = by_model = model_only = lexicon_count = model_count = model_right = 0
    for gold_doc in DocBin().from_disk(WORK / "dev.spacy").get_docs(spacy.blank("en").vocab):
        gold = [(e.start_char, e.end_char) for e in gold_doc.ents]
        doc = nlp.make_doc(gold_doc.text)
        doc._.trex_lang = "en"
        doc = nlp(doc)
        lexicon = [span for sent in doc.sents for span in lexicon_spans(doc, sent, "en")]
        tagged = [(e.start_char, e.end_char) for e in model(gold_doc.text).ents]
        total, lexicon_count, model_count = total + len(gold), lexicon_count + len(lexicon), model_count + len(tagged)
        for span in gold:
            a, b = _overlaps(span, lexicon), _overlaps(span, tagged)
            by_lexicon, by_model, model_only = by_lexicon + a, by_model + b, model_only + (b and not a)
        model_right += sum(_overlaps(span, gold) for span in tagged)
    print(f"gold mentions {total}: the lexicon marks {by_lexicon / total:.2f} with {lexicon_count} spans, the model "
          f"{by_model / total:.2f} with {model_count} (precision {model_right / max(1, model_count):.2f}); "
          f"{model_only} only the model")


def union(model_path: str, gold_dir: str, out: str, sector_only: bool) -> None:
    """``trex ingest`` with the tagger's spans added to the lexicon's in English sentences."""
    import pipeline.nlp.industries as industries
    from pipeline.cli import main
    from pipeline.nlp.industry_labels import normalise_industry
    model, lexicon_spans = spacy.load(model_path), industries.lexicon_spans

    def spans(doc, sent, lang):
        found = lexicon_spans(doc, sent, lang)
        if lang != "en":
            return found
        if "tagger_spans" not in doc.user_data:
            doc.user_data["tagger_spans"] = [(e.start_char, e.end_char) for e in model(doc.text).ents]
        return found + [(s, e) for s, e in doc.user_data["tagger_spans"]
                        if sent.start_char <= s and e <= sent.end_char and not _overlaps((s, e), found)
                        and (not sector_only or normalise_industry(doc.text[s:e], "en")[1])]

    industries.lexicon_spans = spans
    sys.argv = ["trex", "ingest", gold_dir, "--out", out]
    main()


def filter_facts(model_path: str, out: str, new: str) -> None:
    """Keep the English industry facts whose mention the tagger also marks."""
    model = spacy.load(model_path)
    shutil.rmtree(new, ignore_errors=True)
    shutil.copytree(out, new)
    documents = {d["doc_id"]: d for d in csv.DictReader(open(f"{out}/documents.csv"))}
    rows = list(csv.DictReader(open(f"{out}/industries.csv")))
    tagged: dict[str, list[tuple[int, int]]] = {}
    kept = []
    for row in rows:
        document = documents[row["doc_id"]]
        if document["language"] == "en":
            if row["doc_id"] not in tagged:
                text = read_source(Path(document["source"]), Settings())[1].text
                tagged[row["doc_id"]] = [(e.start_char, e.end_char) for e in model(text).ents]
            if not _overlaps((int(row["start_char"]), int(row["end_char"])), tagged[row["doc_id"]]):
                continue
        kept.append(row)
    with open(f"{new}/industries.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), quoting=csv.QUOTE_NONNUMERIC)
        writer.writeheader()
        writer.writerows(kept)
    print(f"{len(rows)} -> {len(kept)} facts")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "data":
        data()
    elif command == "heldout":
        heldout(args[0])
    elif command == "compare":
        compare(args[0])
    elif command == "union":
        union(args[0], args[1], args[2], "--sector" in args)
    elif command == "filter":
        filter_facts(args[0], args[1], args[2])
    else:
        sys.exit(f"unknown command {command!r}: use data, heldout, compare, union or filter")
