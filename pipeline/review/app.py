"""The review web app: FastAPI routes, pages rendered on the server with Jinja2 (autoescaped).

Every page is plain HTML and every action a form POST, so it works with the keyboard and
without script; ``static/review.js`` only fills the "add a missed fact" form from a selection.
The app reads the store, writes decisions to their own table, and writes datasets on request
through ``pipeline.export.write_datasets`` (which applies the decisions).
"""

from __future__ import annotations

import getpass
import json
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from pipeline.config import Settings
from pipeline.export import write_datasets
from pipeline.review import charts, graph
from pipeline.review.apply import FACT_TABLES, VALUE_FIELDS, Review, load_review
from pipeline.review.decisions import (
    FIELDS,
    DecisionError,
    added_record,
    changes_of,
    decision_row,
    document_decision,
    follow_up,
    form_values,
)
from pipeline.review.gold import export_gold
from pipeline.review.highlight import LABELS, render, spans_of
from pipeline.review.places import places
from pipeline.review.present import SINGULAR, TITLES, changed_fields, evidence_html, number, summary
from pipeline.review.queue import consistency_issues, queue
from pipeline.review.security import LOOPBACK_NAMES, Guard, safe_next
from pipeline.review.sources import Sources
from pipeline.store import Store

HERE = Path(__file__).parent
PER_PAGE = 50
DONE = {  # ?done=... after a POST: fixed messages only, never text from the address
    "accept": "Accepted.", "reject": "Rejected: it is left out of the datasets.", "correct": "Correction saved.",
    "reset": "Back to pending.", "add": "Fact added.", "reviewed": "Document marked as reviewed.",
    "unreviewed": "Document marked as not reviewed.", "dismiss": "Decision dismissed.",
    "exported": "Datasets written.", "unchanged": "Nothing was changed, so the record was accepted as it is.",
}


@dataclass
class App:
    store: Store
    out_dir: Path
    settings: Settings
    user: str
    sources: Sources
    guard: Guard
    gold_dir: Path
    templates: Jinja2Templates

    def review(self, doc_ids: list[str] | None = None) -> Review:
        return load_review(self.store, doc_ids, text_of=lambda document: self.sources.load(document).text)

    def document(self, review: Review, doc_id: str) -> dict:
        document = next((d for d in review.documents if d["doc_id"] == doc_id), None)
        if document is None:
            raise HTTPException(404, "This document is not in the store. It may have been extracted again "
                                     "from a changed file: find it again in the list of documents.")
        return document

    def unexported(self) -> int:
        """Decisions made since the datasets were last written."""
        written = self.out_dir / "documents.csv"
        since = datetime.fromtimestamp(written.stat().st_mtime, UTC) if written.exists() else None
        return sum(1 for d in self.store.decisions()
                   if since is None or datetime.fromisoformat(d["created_at"]) > since)

    def page(self, request: Request, name: str, review: Review | None = None, status_code: int = 200,
             **context) -> Response:
        review = review or self.review()
        issues = consistency_issues(review.tables["port_metrics"])
        flagged = sum(1 for item in queue(review.tables, issues, self.settings.review_threshold) if item["tier"] < 2)
        context.setdefault("nav", "")
        flash = DONE.get(request.query_params.get("done", ""))
        return self.templates.TemplateResponse(request, name, {
            "csrf": self.guard.form_token, "user": self.user, "flash": flash, "flagged": flagged,
            "unmatched": len(review.unmatched()), "unexported": self.unexported(), "here": _here(request),
            **context}, status_code=status_code)


def _here(request: Request) -> str:
    """This page's path and query without the one-off ``done`` message: where forms come back to."""
    query = [(k, v) for k, v in request.query_params.multi_items() if k not in ("done", "token")]
    return request.url.path + (f"?{urlencode(query)}" if query else "")


def _after(next_url: str, done: str, fragment: str = "") -> RedirectResponse:
    parts = urlsplit(next_url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "done"] + [("done", done)]
    return RedirectResponse(urlunsplit(("", "", parts.path, urlencode(query), fragment)), status_code=303)


def _table_of(ref: str, review: Review) -> str:
    if ref.startswith("added-"):
        thread = review.thread(int(ref.removeprefix("added-")))
        if thread is None:
            raise HTTPException(404, "No such added fact.")
        return thread.table
    table = ref.rsplit("-", 1)[0]
    if table not in FACT_TABLES:
        raise HTTPException(404, "No such record.")
    return table


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(summary=summary, evidence_html=evidence_html, number=number, TITLES=TITLES,
                       SINGULAR=SINGULAR, LABELS=LABELS, FIELDS=FIELDS, changed_fields=changed_fields)
    return Jinja2Templates(env=env)


def create_app(store_url: str, out_dir: Path, settings: Settings | None = None, user: str | None = None,
               allowed_hosts: list[str] | None = None, gold_dir: Path | None = None) -> FastAPI:
    """The app over the store at ``store_url``, writing datasets to ``out_dir``.

    ``allowed_hosts``: Host header names served (default: loopback names only).
    """
    settings = settings or Settings()
    out_dir = Path(out_dir)
    state = App(store=Store(store_url), out_dir=out_dir, settings=settings,
                user=user or getpass.getuser() or "reviewer",
                sources=Sources(settings, [Path.cwd(), out_dir.resolve().parent]),
                guard=Guard(settings.review_token), gold_dir=gold_dir or out_dir / "gold", templates=_templates())

    @asynccontextmanager
    async def lifespan(_app):
        threading.Thread(target=places, daemon=True).start()  # GeoNames for corrections, ready before needed
        yield
        state.store.close()

    app = FastAPI(title="trex review", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.review = state
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(BaseHTTPMiddleware, dispatch=state.guard)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_NAMES)  # outermost

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        titles = {403: "Refused", 404: "Not found", 409: "Changed meanwhile", 405: "Not allowed"}
        return state.templates.TemplateResponse(
            request, "error.html", {"title": titles.get(exc.status_code, "Error"), "message": exc.detail},
            status_code=exc.status_code)

    # --- pages -------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def documents(request: Request, status: str = "all", review: str = "all", q: str = ""):
        result = state.review()
        issues = consistency_issues(result.tables["port_metrics"])
        by_doc: dict[str, dict[str, list[dict]]] = {}
        for table in FACT_TABLES:
            for row in result.tables[table]:
                by_doc.setdefault(row["doc_id"], {t: [] for t in FACT_TABLES})[table].append(row)
        rejects: dict[str, int] = {}
        for reject in result.rejects:
            rejects[reject["doc_id"]] = rejects.get(reject["doc_id"], 0) + 1
        rows = []
        for document in result.documents:
            stats = _document_stats(result, document, by_doc.get(document["doc_id"], {}), issues,
                                    state.settings.review_threshold)
            stats["rejects"] = rejects.get(document["doc_id"], 0)
            if status != "all" and document["status"] != status:
                continue
            if review != "all" and stats["state"] != review and not (review == "attention" and stats["flagged"]):
                continue
            if q and q.casefold() not in document["source"].casefold():
                continue
            rows.append((document, stats))
        return state.page(request, "documents.html", result, nav="documents", rows=rows, status=status,
                          review_filter=review, q=q, total=len(result.documents),
                          failed=sum(d["status"] == "failed" for d in result.documents))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document_view(request: Request, doc_id: str, view: str = "text", show: str = "all"):
        return _document_page(request, doc_id, view, show)

    def _document_page(request: Request, doc_id: str, view: str = "text", show: str = "all",
                       error: dict | None = None) -> Response:
        result = state.review()
        document = state.document(result, doc_id)
        source = state.sources.load(document)
        tables = {t: [r for r in result.tables[t] if r["doc_id"] == doc_id] for t in FACT_TABLES}
        issues = consistency_issues(tables["port_metrics"])
        threads = {t.ref: t for t in result.threads if t.ref and t.doc_id == doc_id}
        text_html = None
        if source.text is not None:
            text_html = render(source.text.text, spans_of(
                tables, len(source.text.text), lambda t, r: f"{SINGULAR[t]}: {summary(t, r)} ({r['review_status']})"))
        pages = _pages(document, tables) if view == "pages" and source.text is not None else []
        shown = {t: [r for r in rows if _shown(r, show, issues, state.settings.review_threshold)]
                 for t, rows in tables.items()}
        unmatched = [t for t in result.unmatched()
                     if t.doc_id == doc_id or any(d["source"] == document["source"] for d in t.decisions)]
        return state.page(
            request, "document.html", result, status_code=422 if error else 200, nav="documents",
            document=document, source=source, text_html=text_html, tables=tables, shown=shown, show=show,
            issues=issues, threads=threads, view=view, pages=pages, unmatched=unmatched, error=error or {},
            rejects=[r for r in result.rejects if r["doc_id"] == doc_id],
            reviewed=result.is_reviewed(doc_id), form_values=form_values,
            doc_thread=result.document_threads.get(doc_id))

    def _pages(document: dict, tables: dict[str, list[dict]]) -> list[dict]:
        """Each page's size and the boxes of the facts on it, in PDF points."""
        sizes = state.sources.page_sizes(document)
        pages = [{"number": i + 1, "width": w, "height": h, "boxes": []} for i, (w, h) in enumerate(sizes)]
        for table, rows in tables.items():
            for row in rows:
                if not row.get("bbox") or not row.get("page") or row["page"] > len(pages):
                    continue
                try:
                    x0, top, x1, bottom = (float(v) for v in row["bbox"].split(","))
                except ValueError:
                    continue
                pages[row["page"] - 1]["boxes"].append({
                    "ref": row["_ref"], "table": table, "status": row["review_status"], "x": x0 - 1.5,
                    "y": top - 1.5, "w": x1 - x0 + 3, "h": bottom - top + 3, "title": summary(table, row)})
        return pages

    @app.get("/documents/{doc_id}/pages/{page}.png")
    def page_image(doc_id: str, page: int):
        result = state.review([doc_id])
        document = state.document(result, doc_id)
        if state.sources.load(document).text is None:
            raise HTTPException(404, "The document's file is missing or changed, so its pages cannot be shown.")
        png = state.sources.page_png(document, page)
        if png is None:
            raise HTTPException(404, f"The document has no page {page}.")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    @app.get("/queue", response_class=HTMLResponse)
    def review_queue(request: Request, page: int = 1, table: str = "all"):
        result = state.review()
        issues = consistency_issues(result.tables["port_metrics"])
        items = queue({t: rows for t, rows in result.tables.items() if table in ("all", t)}, issues,
                      state.settings.review_threshold)
        pages = max(1, -(-len(items) // PER_PAGE))
        page = min(max(page, 1), pages)
        sources = {d["doc_id"]: d["source"] for d in result.documents}
        return state.page(request, "queue.html", result, nav="queue", table=table, page=page, pages=pages,
                          total=len(items), items=items[(page - 1) * PER_PAGE: page * PER_PAGE], sources=sources)

    @app.get("/decisions", response_class=HTMLResponse)
    def decisions(request: Request, show: str = "all"):
        result = state.review()
        threads = sorted(result.threads, key=lambda t: -t.last["decision_id"])
        if show != "all":
            threads = [t for t in threads if t.state == show]
        sources = {d["doc_id"]: d["source"] for d in result.documents}
        return state.page(request, "decisions.html", result, nav="decisions", threads=threads, show=show,
                          sources=sources, record_of=_record_of)

    @app.get("/charts", response_class=HTMLResponse)
    def chart_page(request: Request):
        result = state.review()
        country = places().country_name
        figures = [charts.cities_per_country(result.dataset_rows("cities"), country),
                   charts.top_industries(result.dataset_rows("industries")),
                   *charts.throughput_by_year(result.dataset_rows("port_metrics"))]
        return state.page(request, "charts.html", result, nav="charts", figures=figures)

    @app.get("/partnerships", response_class=HTMLResponse)
    def partnerships(request: Request):
        result = state.review()
        figure, edges = graph.partnership_graph(result.dataset_rows("partnerships"))
        return state.page(request, "partnerships.html", result, nav="partnerships", figure=figure, edges=edges)

    @app.get("/places", response_class=HTMLResponse)
    def place_search(request: Request, q: str = ""):
        found = places().search(q) if q.strip() else []
        return state.page(request, "places.html", nav="places", q=q, found=found, describe=places().describe)

    # --- decisions ----------------------------------------------------------------------------
    @app.post("/documents/{doc_id}/facts/{ref}")
    async def decide(request: Request, doc_id: str, ref: str):
        form = await request.form()
        state.guard.check_form(request, form)
        action = str(form.get("action") or "")
        if action not in ("accept", "reject", "reset", "correct"):
            raise HTTPException(400, "Unknown action: use the Accept, Reject, Undo or Correct buttons.")
        result = state.review([doc_id])
        document = state.document(result, doc_id)
        table = _table_of(ref, result)
        row = result.row(ref)
        if row is None:
            raise HTTPException(409, "This record is no longer there: the document was extracted again since "
                                     "the page was loaded. Reload the page and decide again.")
        thread = result.thread(row["_thread"]) if row["_thread"] else None
        anchor_row = row["_raw"] or {k: v for k, v in row.items() if not k.startswith("_")}
        changes, done = None, action
        if action == "correct":
            # What the correction is measured against: the extracted record, with an added fact it
            # was matched to in place (a correction back to the extracted value must still count).
            base = thread.outcome()[1] if thread else None
            reference = dict(row["_raw"] or base)
            if row["_raw"] and base:
                reference.update({k: base[k] for k in VALUE_FIELDS[table] if k in base})
            try:
                changes = changes_of(table, reference, form, places())
            except DecisionError as exc:
                return _document_page(request, doc_id, error={"ref": ref, "message": str(exc), "values": dict(form)})
            if not changes:
                action, done = ("accept", "unchanged") if row["review_status"] != "corrected" else ("reset", "reset")
        state.store.add_decision(decision_row(action, table, anchor_row, document, state.user,
                                              thread=thread.id if thread else None, changes=changes,
                                              note=str(form.get("note") or "")))
        return _after(safe_next(form.get("next"), f"/documents/{doc_id}"), done, f"r-{ref}")

    @app.post("/documents/{doc_id}/add")
    async def add_fact(request: Request, doc_id: str):
        form = await request.form()
        state.guard.check_form(request, form)
        table = str(form.get("table") or "")
        if table not in FACT_TABLES:
            raise HTTPException(400, "Choose what kind of fact to add.")
        result = state.review([doc_id])
        document = state.document(result, doc_id)
        source = state.sources.load(document)
        try:
            if source.text is None:
                raise DecisionError(f"Facts can only be added where the text can be shown: {source.problem}.")
            record = added_record(table, form, document, source.text, places())
        except DecisionError as exc:
            return _document_page(request, doc_id, error={"ref": f"add-{table}", "message": str(exc),
                                                          "values": dict(form)})
        decision_id = state.store.add_decision(decision_row("add", table, record, document, state.user,
                                                            record=record, note=str(form.get("note") or "")))
        return _after(f"/documents/{doc_id}", "add", f"r-added-{decision_id}")

    @app.post("/documents/{doc_id}/state")
    async def document_state(request: Request, doc_id: str):
        form = await request.form()
        state.guard.check_form(request, form)
        action = str(form.get("action") or "")
        if action not in ("reviewed", "unreviewed"):
            raise HTTPException(400, "Unknown action.")
        result = state.review([doc_id])
        document = state.document(result, doc_id)
        thread = result.document_threads.get(doc_id)
        state.store.add_decision(document_decision(action, document, state.user, thread.id if thread else None))
        return _after(safe_next(form.get("next"), f"/documents/{doc_id}"), action)

    @app.post("/decisions/{thread_id}/dismiss")
    async def dismiss(request: Request, thread_id: int):
        form = await request.form()
        state.guard.check_form(request, form)
        thread = state.review().thread(thread_id)
        if thread is None:
            raise HTTPException(404, "No such decision.")
        state.store.add_decision(follow_up(thread.last, "dismiss", state.user))
        return _after(safe_next(form.get("next"), "/decisions"), "dismiss")

    @app.post("/export")
    async def export(request: Request):
        form = await request.form()
        state.guard.check_form(request, form)
        write_datasets(state.store, state.out_dir)
        return _after(safe_next(form.get("next"), "/"), "exported")

    @app.post("/export-gold", response_class=HTMLResponse)
    async def gold(request: Request):
        form = await request.form()
        state.guard.check_form(request, form)
        result = state.review()
        written = export_gold(result, state.sources, state.gold_dir)
        return state.page(request, "gold.html", result, nav="documents", written=written, gold_dir=state.gold_dir)

    return app


def _shown(row: dict, show: str, issues: dict, threshold: float) -> bool:
    if show == "pending":
        return row["review_status"] == "pending"
    if show == "flagged":
        return row["review_status"] == "pending" and (
            row["_ref"] in issues or row.get("needs_review") or row["confidence"] < threshold)
    if show == "decided":
        return row["review_status"] != "pending"
    return True


def _document_stats(review: Review, document: dict, tables: dict[str, list[dict]], issues: dict,
                    threshold: float) -> dict:
    doc_id = document["doc_id"]
    counts, pending, flagged, decided = {}, 0, 0, 0
    for table in FACT_TABLES:
        rows = tables.get(table, [])
        counts[table] = sum(r["review_status"] != "rejected" for r in rows)
        for row in rows:
            if row["review_status"] == "pending":
                pending += 1
                flagged += bool(row["_ref"] in issues or row.get("needs_review") or row["confidence"] < threshold)
            else:
                decided += 1
    reviewed = review.is_reviewed(doc_id)
    state = "reviewed" if reviewed == "reviewed" else "in-progress" if decided else "not-started"
    return {"counts": counts, "pending": pending, "flagged": flagged, "decided": decided, "state": state,
            "changed": reviewed == "changed"}


def _record_of(decision: dict) -> dict:
    return json.loads(decision["record"]) if decision.get("record") else {}
