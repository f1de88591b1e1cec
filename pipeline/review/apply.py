"""Decisions applied to the extracted rows: what the datasets and the review app show.

Decisions on one record form a *thread* (the first decision's id names it); the latest decision
sets the record's state. On every export each thread is matched again to the document's current
rows by its anchors, so decisions survive re-runs; a thread that matches nothing is kept and
listed as unmatched, never dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.ingest import ExtractedText
from pipeline.models import FACT_MODELS, Fact
from pipeline.review.anchors import Anchor, anchor_from_decision, anchor_of, match_score
from pipeline.review.textpos import place_again
from pipeline.store import Store

TextOf = Callable[[dict], "ExtractedText | None"]  # a document row -> its current text, or None

FACT_TABLES = tuple(FACT_MODELS)
FACT_ACTIONS = ("accept", "reject", "correct", "reset", "add", "dismiss")
DOCUMENT_ACTIONS = ("reviewed", "unreviewed")
# The fields a reviewer may change: everything but provenance and the words as written.
VALUE_FIELDS = {table: [f for f in model.model_fields if f not in Fact.model_fields and f not in ("mention", "mentions")]
                for table, model in FACT_MODELS.items()}


def ref_of(table: str, row_id: int) -> str:
    return f"{table}-{row_id}"


def added_ref(thread_id: int) -> str:
    return f"added-{thread_id}"


@dataclass
class Thread:
    id: int
    table: str
    decisions: list[dict] = field(default_factory=list)
    doc_id: str | None = None  # the current document it applies to
    ref: str | None = None  # the current row it applies to (a store row, or the added fact itself)
    state: str = "unmatched"  # applied / added / unmatched / dismissed
    reason: str = ""

    @property
    def last(self) -> dict:
        return self.decisions[-1]

    def outcome(self) -> tuple[str, dict | None, dict]:
        """(state, added record or None, corrected fields), read from the decisions in order."""
        base, changes, state = None, {}, "pending"
        for decision in self.decisions:
            action = decision["action"]
            if action == "add":
                base, changes, state = json.loads(decision["record"]), {}, "accepted"
            elif action == "correct":
                changes, state = json.loads(decision["changes"] or "{}"), "corrected"
            elif action == "accept":
                state = "accepted"
            elif action == "reject":
                state = "rejected"
            elif action == "reset":
                changes, state = {}, "accepted" if base else "pending"
            elif action == "dismiss":
                state = "dismissed"
        return state, base, changes

    def anchors(self) -> list[Anchor]:
        """Every anchor the record was seen under, and the corrected record's own: a later pipeline that
        extracts the corrected fact directly still meets its decision."""
        found = []
        for decision in self.decisions:
            found.append(anchor_from_decision(decision))
            if decision["action"] in ("correct", "add") and decision.get("record"):
                record = {**json.loads(decision["record"]), **json.loads(decision.get("changes") or "{}")}
                found.append(anchor_of(self.table, record))
        return found


@dataclass
class Review:
    """Extracted rows with decisions applied. Fact rows carry ``_ref``, ``_thread`` and ``_raw``."""

    documents: list[dict]
    tables: dict[str, list[dict]]
    rejects: list[dict]
    threads: list[Thread]
    document_threads: dict[str, Thread]  # doc_id -> the whole-document thread (reviewed or not)

    def __post_init__(self) -> None:
        self._versions = {d["doc_id"]: d.get("pipeline_version") for d in self.documents}

    def dataset_rows(self, name: str) -> list[dict]:
        """What the datasets hold: rejected records left out, corrections in place, added facts present."""
        if name == "documents":
            return self.documents
        if name == "rejects":
            return self.rejects
        rows = [r for r in self.tables[name] if r["review_status"] != "rejected"]
        return _merge_cities(rows) if name == "cities" else rows

    def unmatched(self) -> list[Thread]:
        return [t for t in self.threads if t.state == "unmatched"]

    def thread(self, thread_id: int) -> Thread | None:
        return next((t for t in self.threads if t.id == thread_id), None)

    def row(self, ref: str) -> dict | None:
        for rows in self.tables.values():
            for row in rows:
                if row["_ref"] == ref:
                    return row
        return None

    def is_reviewed(self, doc_id: str) -> str | None:
        """"reviewed", "changed" (reviewed, but the file or the pipeline changed since) or None."""
        thread = self.document_threads.get(doc_id)
        return _reviewed_state(thread, doc_id, self._versions.get(doc_id))


def load_review(store: Store, doc_ids: list[str] | None = None, text_of: TextOf | None = None) -> Review:
    """The review of the whole store, or of some documents (every decision is read: they are few).

    ``text_of`` gives a document's current text, to place added facts again where it has changed.
    """
    documents = store.rows("documents")
    if doc_ids is not None:
        wanted = set(doc_ids)
        documents = [d for d in documents if d["doc_id"] in wanted]
    ids = [d["doc_id"] for d in documents] if doc_ids is not None else None
    raw = {name: store.fact_rows(name, ids) for name in FACT_TABLES}
    rejects = [r for r in store.rows("rejects") if ids is None or r["doc_id"] in set(ids)]
    return build_review(documents, raw, rejects, store.decisions(), text_of)


def build_review(documents: list[dict], raw: dict[str, list[dict]], rejects: list[dict],
                 decisions: list[dict], text_of: TextOf | None = None) -> Review:
    by_source = {d["source"]: d for d in documents}
    by_id = {d["doc_id"]: d for d in documents}
    texts: dict[str, ExtractedText | None] = {}

    def current_text(doc_id: str) -> ExtractedText | None:
        if text_of is None:
            return None
        if doc_id not in texts:
            texts[doc_id] = text_of(by_id[doc_id])
        return texts[doc_id]

    threads: dict[int, Thread] = {}
    for decision in decisions:
        tid = decision["thread"] or decision["decision_id"]
        threads.setdefault(tid, Thread(tid, decision["target"])).decisions.append(decision)

    fact_threads: list[Thread] = []
    document_threads: dict[str, Thread] = {}
    waiting: dict[tuple[str, str], list[Thread]] = {}
    for thread in threads.values():
        document = _current_document(thread, by_source, by_id)
        if thread.table == "documents":
            if document is not None:
                document_threads[document["doc_id"]] = thread
            continue
        fact_threads.append(thread)
        if thread.last["action"] == "dismiss":
            thread.state, thread.reason = "dismissed", "dismissed by a reviewer"
            continue
        if document is None:
            thread.reason = "its document is no longer in the store"
            continue
        thread.doc_id = document["doc_id"]
        waiting.setdefault((document["doc_id"], thread.table), []).append(thread)

    tables: dict[str, list[dict]] = {}
    for table in FACT_TABLES:
        rows_by_doc: dict[str, list[dict]] = {}
        for row in raw.get(table, []):
            rows_by_doc.setdefault(row["doc_id"], []).append(row)
        out: list[dict] = []
        doc_ids = list(rows_by_doc) + [d for (d, t) in waiting if t == table and d not in rows_by_doc]
        for doc_id in doc_ids:
            rows = rows_by_doc.get(doc_id, [])
            pending = waiting.pop((doc_id, table), [])
            matched = _match(table, rows, pending)
            for row in rows:
                out.append(_effective(table, row, matched.get(row["row_id"]), doc_id))
            for thread in pending:
                if thread.state != "unmatched":
                    continue
                if thread.outcome()[1] is not None:  # an added fact the extraction does not find: present as added
                    row = _placed(_effective(table, None, thread, doc_id), thread, current_text(doc_id))
                    if row is not None:
                        out.append(row)
                else:
                    thread.reason = "no record of the current extraction matches it"
        tables[table] = sorted(out, key=lambda r: (r["doc_id"], r["start_char"], r["end_char"]))
    # A document marked reviewed vouches for the records nobody decided on: they count as accepted.
    vouched = {d["doc_id"] for d in documents
               if _reviewed_state(document_threads.get(d["doc_id"]), d["doc_id"], d.get("pipeline_version")) == "reviewed"}
    for rows in tables.values():
        for row in rows:
            if row["doc_id"] in vouched and row["review_status"] == "pending":
                row["review_status"], row["needs_review"] = "accepted", False
    return Review(documents, tables, rejects, fact_threads, document_threads)


def _reviewed_state(thread: Thread | None, doc_id: str, pipeline_version: str | None) -> str | None:
    if thread is None or thread.last["action"] != "reviewed":
        return None
    seen = json.loads(thread.last.get("record") or "{}")
    same = thread.last["doc_id"] == doc_id and seen.get("pipeline_version", pipeline_version) == pipeline_version
    return "reviewed" if same else "changed"


def _current_document(thread: Thread, by_source: dict, by_id: dict) -> dict | None:
    """The document a thread belongs to now: same source (a changed file keeps its path), else same bytes."""
    for decision in reversed(thread.decisions):
        if decision["source"] in by_source:
            return by_source[decision["source"]]
    for decision in reversed(thread.decisions):
        if decision["doc_id"] in by_id:
            return by_id[decision["doc_id"]]
    return None


def _match(table: str, rows: list[dict], threads: list[Thread]) -> dict[int, Thread]:
    """row_id -> thread, one to one, best anchors first. Unmatched added facts become rows of their own."""
    if not threads:
        return {}
    row_anchors = [anchor_of(table, row) for row in rows]
    pairs = []
    for t_index, thread in enumerate(threads):
        anchors = thread.anchors()
        for r_index, candidate in enumerate(row_anchors):
            scores = [s for a in anchors if (s := match_score(a, candidate)) is not None]
            if scores:
                pairs.append((max(scores), -thread.id, t_index, r_index))
    pairs.sort(reverse=True)
    taken_threads, taken_rows, matched = set(), set(), {}
    for _, _, t_index, r_index in pairs:
        if t_index in taken_threads or r_index in taken_rows:
            continue
        taken_threads.add(t_index)
        taken_rows.add(r_index)
        matched[rows[r_index]["row_id"]] = threads[t_index]
    return matched


def _effective(table: str, raw: dict | None, thread: Thread | None, doc_id: str) -> dict:
    """One record as the datasets show it, with the decision (if any) applied."""
    if raw is not None:
        row = dict(raw)
        row["_ref"] = ref_of(table, raw["row_id"])
    else:
        row = {}
    row["_thread"] = thread.id if thread else None
    row["_raw"] = raw
    if thread is None:
        return row
    state, base, changes = thread.outcome()
    if raw is None:  # an added fact that the extraction does not find (yet): present as added
        row.update(base)
        row["doc_id"] = doc_id
        row["_ref"] = added_ref(thread.id)
        thread.state, thread.ref = "added", row["_ref"]
    else:
        if base:
            row.update({k: base[k] for k in VALUE_FIELDS[table] if k in base})
        thread.state, thread.ref = "applied", row["_ref"]
    thread.doc_id, thread.reason = doc_id, ""
    row.update(changes)
    if state != "pending" and state != "rejected" and raw is not None:
        state = "corrected" if any(row.get(k) != raw.get(k) for k in VALUE_FIELDS[table]) else "accepted"
    row["review_status"] = state
    if state in ("accepted", "corrected"):
        row["needs_review"] = False  # a person has looked at it
    return row


def _placed(row: dict, thread: Thread, text: ExtractedText | None) -> dict | None:
    """An added fact at its offsets in the current text; None (and the thread unmatched) when its words are gone."""
    words = row.get("_words") or row.get("mention")
    changed = any(d["action"] == "add" and d["doc_id"] != row["doc_id"] for d in thread.decisions)
    if text is None or not words:
        if not changed:
            return row  # same bytes: the offsets it was added at still hold
        thread.state, thread.ref = "unmatched", None
        thread.reason = "its document changed and the new text could not be read to place it again"
        return None
    placed = place_again(row, words, text)
    if placed is None:
        thread.state, thread.ref = "unmatched", None
        thread.reason = f"the words it was added on (“{words}”) are no longer in the document"
    return placed


def _merge_cities(rows: list[dict]) -> list[dict]:
    """One row per (document, city) as the contract says, also when a corrected link names a city
    the document already has: the first mention stays, the mention counts add up."""
    first: dict[tuple, dict] = {}
    out = []
    for row in rows:
        key = (row["doc_id"], row["geonames_id"])
        if key in first:
            first[key]["mentions"] = (first[key].get("mentions") or 1) + (row.get("mentions") or 1)
            continue
        row = dict(row)
        first[key] = row
        out.append(row)
    return out
