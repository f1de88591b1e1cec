"""The review app through FastAPI's TestClient: decisions, their anchors across re-runs, the datasets
and gold files they produce, and the app's defences (CSRF, escaping, host and token checks).

The first tests build small stores by hand (no spaCy); the ``slow`` ones ingest real reports.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SAMPLES

from pipeline.config import Settings
from pipeline.evaluate import evaluate
from pipeline.ingest import doc_id_for
from pipeline.review.apply import build_review, load_review
from pipeline.review.highlight import Span, render
from pipeline.review.queue import consistency_issues, queue
from pipeline.run import ingest
from pipeline.store import Store

with warnings.catch_warnings():  # starlette's note about httpx2 is not ours to act on
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from pipeline.review.app import create_app

BASE = "http://127.0.0.1"
HAMBURG, SHANGHAI, ROTTERDAM = 2911298, 1796236, 2747891


# --- helpers ---------------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def client_for(out: Path, settings: Settings | None = None, **kwargs) -> TestClient:
    settings = settings or Settings()
    return TestClient(create_app(settings.store_url(out), out, settings, user="ana", **kwargs), base_url=BASE)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def post(client: TestClient, url: str, data: dict, page: str = "/"):
    """A form POST as the browser sends it: with the token of the page it was on."""
    token = csrf_of(client.get(page).text)
    return client.post(url, data={"csrf_token": token, **data}, follow_redirects=False)


def document_row(path: Path, text: str) -> dict:
    return {"doc_id": doc_id_for(path.read_bytes()), "source": str(path), "format": "txt", "language": "en",
            "pages": None, "status": "ok", "error": None, "warnings": None, "chars": len(text),
            "pipeline_version": "test"}


def fact(doc_id: str, text: str, words: str, evidence: str, confidence: float = 0.9, nth: int = 0, **fields) -> dict:
    start = [m.start() for m in re.finditer(re.escape(words), text)][nth]
    return {"doc_id": doc_id, "start_char": start, "end_char": start + len(words), "page": None,
            "evidence": evidence, "bbox": None, "confidence": confidence, "review_status": "pending",
            "needs_review": confidence < 0.6, **fields}


def port_metric(doc_id, text, mention, evidence, metric, value=None, unit=None, rank=None, scope=None,
                confidence=0.9, nth=0, period=None):
    return fact(doc_id, text, mention, evidence, confidence, nth, mention=mention, city_geonames_id=HAMBURG,
                port="Port of Hamburg", port_type="sea", metric=metric, value=value, unit=unit, period=period,
                rank=rank, scope=scope)


SENTENCES = ["Hamburg handled 7.7 million TEU in 2023.", "Its terminals have a capacity of 6 million TEU.",
             "Hamburg is the largest port in Germany.", "Hamburg is the third-largest port in Germany.",
             "Hamburg and Shanghai are twinned since 1986.",
             "<script>document.title='pwned'</script> <img src=x onerror=\"document.title='pwned'\"> Rotterdam & Co."]
TEXT = " ".join(SENTENCES)


@pytest.fixture
def hand_store(tmp_path):
    """A store made by hand: one text document with a throughput above capacity, two ranks, a partnership,
    and a city whose mention and evidence carry script and HTML."""
    path = tmp_path / "docs" / "report <b>one<i>.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    document = document_row(path, TEXT)
    d = document["doc_id"]
    sentences = SENTENCES
    tables = {
        "cities": [
            fact(d, TEXT, "Hamburg", sentences[0].strip(), 0.95, geonames_id=HAMBURG, name="Hamburg",
                 country_code="DE", latitude=53.55, longitude=10.0, mention="Hamburg", mentions=4),
            fact(d, TEXT, "Rotterdam", sentences[5], 0.4,
                 geonames_id=ROTTERDAM, name="Rotterdam", country_code="NL", latitude=51.92, longitude=4.48,
                 mention="Rotterdam", mentions=1),
        ],
        "port_metrics": [
            port_metric(d, TEXT, "7.7 million TEU", sentences[0].strip(), "throughput", 7_700_000, "TEU",
                        period="2023", confidence=0.8),
            port_metric(d, TEXT, "6 million TEU", sentences[1].strip(), "capacity", 6_000_000, "TEU", confidence=0.9),
            port_metric(d, TEXT, "largest port in Germany", sentences[2].strip(), "rank", rank=1, scope="Germany",
                        confidence=0.95),
            port_metric(d, TEXT, "third-largest port in Germany", sentences[3].strip(), "rank", rank=3,
                        scope="Germany", confidence=0.95),
        ],
        "partnerships": [
            fact(d, TEXT, "Hamburg and Shanghai", sentences[4].strip(), 0.5, city_a_geonames_id=HAMBURG,
                 city_a="Hamburg", city_b_geonames_id=SHANGHAI, city_b="Shanghai", kind="city", since=1986),
        ],
    }
    out = tmp_path / "out"
    store = Store(Settings().store_url(out))
    store.replace_document(document, tables)
    store.close()
    return out, document, path


def refs(out: Path, table: str) -> dict[str, str]:
    """mention (or city pair) -> the record's reference in the app, as the store stands now."""
    store = Store(Settings().store_url(out))
    try:
        rows = load_review(store).tables[table]
    finally:
        store.close()
    return {r.get("mention") or f"{r['city_a']}-{r['city_b']}": r["_ref"] for r in rows}


class _Checker(HTMLParser):
    """Fails on markup a document could have smuggled in: script elements and event-handler attributes."""

    def __init__(self):
        super().__init__()
        self.scripts, self.handlers = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs).get("src"))
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


# --- pieces without the app ------------------------------------------------------------------
def test_highlight_nests_and_cuts_crossing_spans_and_escapes_the_text():
    text = "A <b>Hamburg</b> & Shanghai partnership"
    spans = [Span(0, 39, "partnerships", "partnerships-1", "pending", "pair"),
             Span(5, 12, "cities", "cities-1", "accepted", "Hamburg"),
             Span(10, 28, "industries", "industries-1", "pending", "crossing")]
    html = str(render(text, spans))
    assert "<b>" not in html and "A &lt;b&gt;" in html and "&amp; Shanghai" in html
    assert html.count('id="t-industries-1"') == 1  # a cut span keeps one id and one label
    assert html.count('href="#r-industries-1"') == 1
    stack = []  # well formed: every mark closes in order

    class Nesting(HTMLParser):
        def handle_starttag(self, tag, attrs):
            stack.append(tag)

        def handle_endtag(self, tag):
            assert stack.pop() == tag

    Nesting().feed(html)
    assert stack == []
    plain = re.sub(r"<a class=\"ent-label\"[^>]*>[A-Z]+</a>", "", html)
    assert re.sub(r"<[^>]+>", "", plain).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


def test_consistency_rules_and_queue_order(hand_store):
    out, _, _ = hand_store
    store = Store(Settings().store_url(out))
    review = load_review(store)
    store.close()
    issues = consistency_issues(review.tables["port_metrics"])
    by_mention = {r["mention"]: r["_ref"] for r in review.tables["port_metrics"]}
    assert "above the stated capacity" in issues[by_mention["7.7 million TEU"]][0]
    assert "below a stated throughput" in issues[by_mention["6 million TEU"]][0]
    assert "ranked 1, 3 at once" in issues[by_mention["largest port in Germany"]][0]
    order = [item["row"].get("mention") or "partnership" for item in queue(review.tables, issues, 0.6)]
    # rule breaks first (least confident first), then low confidence, then the rest
    assert order[:4] == ["7.7 million TEU", "6 million TEU", "largest port in Germany",
                         "third-largest port in Germany"]
    assert order[4:6] == ["Rotterdam", "partnership"]
    assert order[6:] == ["Hamburg"]


def test_anchors_follow_a_fact_to_its_sentence_and_list_what_no_longer_matches():
    evidence = ["Hamburg handled 7.7 million TEU in 2023.", "Hamburg expects 7.7 million TEU again in 2025."]

    def rows(shift, sentences):
        return [{"row_id": 100 + i, "doc_id": "b" * 16, "start_char": shift + 50 * i, "end_char": shift + 50 * i + 15,
                 "page": None, "evidence": s, "city_geonames_id": HAMBURG, "metric": "throughput",
                 "mention": "7.7 million TEU", "value": 7.7e6, "unit": "TEU", "review_status": "pending",
                 "needs_review": False, "confidence": 0.7} for i, s in enumerate(sentences)]

    decision = {"decision_id": 1, "thread": None, "action": "reject", "target": "port_metrics", "source": "r.txt",
                "doc_id": "a" * 16, "anchor_ids": str(HAMBURG), "anchor_mention": "7.7 million teu",
                "anchor_key": '["throughput"]', "anchor_context": evidence[1].casefold(), "page": None,
                "start_char": 50, "record": "{}", "changes": None}
    document = {"doc_id": "b" * 16, "source": "r.txt"}
    # The file changed: offsets moved by 300 and a word in the sentence changed; the second fact is still the one.
    moved = rows(300, [evidence[0], "Hamburg now expects 7.7 million TEU again in 2025."])
    review = build_review([document], {"port_metrics": moved}, [], [decision])
    assert [r["review_status"] for r in review.tables["port_metrics"]] == ["pending", "rejected"]
    assert review.unmatched() == []
    # The sentence is gone: the decision matches nothing and is listed, not dropped.
    review = build_review([document], {"port_metrics": rows(0, [evidence[0]])}, [], [decision])
    assert [r["review_status"] for r in review.tables["port_metrics"]] == ["pending"]
    assert [t.id for t in review.unmatched()] == [1]
    assert "no record" in review.unmatched()[0].reason


def test_an_added_fact_that_the_extraction_later_finds_is_not_doubled():
    evidence = "Hamburg is a centre of shipbuilding."
    added = {"doc_id": "a" * 16, "city_geonames_id": HAMBURG, "city": "Hamburg", "industry": "shipbuilding",
             "sector": "C30.1", "mention": "shipbuilding", "start_char": 23, "end_char": 35, "page": None,
             "evidence": evidence, "bbox": None, "confidence": 1.0, "review_status": "accepted",
             "needs_review": False, "_words": "shipbuilding"}
    decision = {"decision_id": 7, "thread": None, "action": "add", "target": "industries", "source": "r.txt",
                "doc_id": "a" * 16, "anchor_ids": str(HAMBURG), "anchor_mention": "shipbuilding",
                "anchor_key": "[]", "anchor_context": evidence.casefold(), "page": None, "start_char": 23,
                "record": json.dumps(added), "changes": None}
    extracted = {**added, "row_id": 3, "doc_id": "b" * 16, "sector": None, "industry": "ship building",
                 "confidence": 0.7, "review_status": "pending", "start_char": 40, "end_char": 52,
                 "evidence": "Today Hamburg is a centre of shipbuilding."}
    del extracted["_words"]
    review = build_review([{"doc_id": "b" * 16, "source": "r.txt"}], {"industries": [extracted]}, [], [decision])
    rows = review.tables["industries"]
    assert len(rows) == 1  # the added fact met the extracted one: one record, with the reviewer's values
    assert (rows[0]["industry"], rows[0]["sector"], rows[0]["start_char"]) == ("shipbuilding", "C30.1", 40)
    assert rows[0]["review_status"] == "corrected" and review.thread(7).state == "applied"


# --- the app, on a store made by hand ----------------------------------------------------------
def test_document_text_is_escaped_everywhere(hand_store):
    out, document, _ = hand_store
    with client_for(out) as client:
        for url in ("/", f"/documents/{document['doc_id']}", "/queue", "/partnerships", "/charts"):
            html = client.get(url).text
            checker = _Checker()
            checker.feed(html)
            assert checker.scripts == ["/static/review.js"], url
            assert checker.handlers == [], url
            assert "<b>one<i>" not in html
        page = client.get(f"/documents/{document['doc_id']}").text
        assert "&lt;script&gt;document.title=" in page
        assert "report &lt;b&gt;one&lt;i&gt;.txt" in page
        headers = client.get("/").headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY"


def test_state_changes_need_a_post_with_the_form_token(hand_store):
    out, document, _ = hand_store
    ref = refs(out, "port_metrics")["6 million TEU"]
    url = f"/documents/{document['doc_id']}/facts/{ref}"
    with client_for(out) as client:
        assert client.get(url).status_code == 405  # no state change by GET
        refused = client.post(url, data={"action": "reject"})
        assert refused.status_code == 403 and "reload the page" in refused.text
        forged = client.post(url, data={"action": "reject", "csrf_token": "guess"})
        assert forged.status_code == 403
        token = csrf_of(client.get("/").text)
        cross_site = client.post(url, data={"action": "reject", "csrf_token": token},
                                 headers={"Origin": "http://evil.example"}, follow_redirects=False)
        assert cross_site.status_code == 403 and "another site" in cross_site.text
        assert client.post("/export", data={}).status_code == 403
        store = Store(Settings().store_url(out))
        assert store.decisions() == []
        store.close()
        accepted = client.post(url, data={"action": "reject", "csrf_token": token},
                               headers={"Origin": BASE}, follow_redirects=False)
        assert accepted.status_code == 303
        assert accepted.headers["location"].endswith(f"done=reject#r-{ref}")


def test_only_loopback_host_names_are_served(hand_store):
    out, _, _ = hand_store
    with client_for(out) as client:
        assert client.get("/").status_code == 200
        assert client.get("/", headers={"Host": "rebound.example"}).status_code == 400
        assert client.get("/", headers={"Host": "localhost:8000"}).status_code == 200


def test_access_token_when_set(hand_store):
    out, _, _ = hand_store
    settings = Settings(review_token="s3cret-token")
    with client_for(out, settings) as client:
        locked = client.get("/queue")
        assert locked.status_code == 401 and "Access token needed" in locked.text
        assert client.get("/queue?token=wrong").status_code == 401
        opened = client.get("/queue?token=s3cret-token&page=1", follow_redirects=False)
        assert opened.status_code == 303 and opened.headers["location"] == "/queue?page=1"
        assert "httponly" in opened.headers["set-cookie"].lower()
        assert "samesite=strict" in opened.headers["set-cookie"].lower()
        assert client.get("/queue").status_code == 200  # the cookie carries it from now on
    with client_for(out, settings) as other:
        assert other.get("/", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200


def test_corrections_are_validated_and_explained(hand_store):
    out, document, _ = hand_store
    ref = refs(out, "port_metrics")["7.7 million TEU"]
    page = f"/documents/{document['doc_id']}"
    with client_for(out) as client:
        bad = post(client, f"{page}/facts/{ref}", {
            "action": "correct", "city_geonames_id": "Portland", "port_type": "sea", "metric": "throughput",
            "value": "seven", "unit": "TEU", "period": "2023", "rank": "", "scope": ""}, page)
        assert bad.status_code == 422
        assert "names" in bad.text and "5746545" in bad.text  # Portland, Oregon among the candidates
        assert "Value: a plain number" in bad.text
        assert 'value="seven"' in bad.text  # the form comes back as it was typed
        incomplete = post(client, f"{page}/facts/{ref}", {
            "action": "correct", "city_geonames_id": str(HAMBURG), "port_type": "sea", "metric": "throughput",
            "value": "", "unit": "TEU", "period": "2023", "rank": "", "scope": ""}, page)
        assert incomplete.status_code == 422 and "needs a positive value and a unit" in incomplete.text
        missing = post(client, f"{page}/add", {"table": "cities", "mention": "Atlantis", "geonames_id": "2911298"},
                       page)
        assert missing.status_code == 422 and "does not occur in the document text" in missing.text
    store = Store(Settings().store_url(out))
    assert store.decisions() == []
    store.close()


def test_decisions_shape_the_datasets(hand_store):
    out, document, _ = hand_store
    page = f"/documents/{document['doc_id']}"
    metrics, cities = refs(out, "port_metrics"), refs(out, "cities")
    with client_for(out) as client:
        assert post(client, f"{page}/facts/{metrics['third-largest port in Germany']}", {"action": "reject"},
                    page).status_code == 303
        assert post(client, f"{page}/facts/{metrics['6 million TEU']}", {
            "action": "correct", "city_geonames_id": str(HAMBURG), "port_type": "sea", "metric": "capacity",
            "value": "12,000,000", "unit": "TEU", "period": "", "rank": "", "scope": ""}, page).status_code == 303
        assert post(client, f"{page}/facts/{cities['Rotterdam']}", {"action": "accept"}, page).status_code == 303
        added = post(client, f"{page}/add", {"table": "partnerships", "mention": "Hamburg and Shanghai",
                                            "near": "0", "city_a_geonames_id": "2911298",
                                            "city_b_geonames_id": "Shanghai", "kind": "port", "since": "2005"}, page)
        assert added.status_code == 303, added.text
        listing = client.get("/").text
        assert "4 decisions not in the datasets yet" in listing
        assert post(client, "/export", {"next": page}).status_code == 303
        assert "not in the datasets yet" not in client.get("/").text
        view = client.get(page).text
        assert "Corrected: value <del>6,000,000</del> → <ins>12,000,000</ins>" in view
        assert "added by a reviewer" in view

    metrics_csv = read_csv(out / "port_metrics.csv")
    assert "third-largest port in Germany" not in {r["mention"] for r in metrics_csv}
    capacity = next(r for r in metrics_csv if r["metric"] == "capacity")
    assert float(capacity["value"]) == 12_000_000 and capacity["review_status"] == "corrected"
    assert capacity["needs_review"] == "false"
    rotterdam = next(r for r in read_csv(out / "cities.csv") if r["name"] == "Rotterdam")
    assert rotterdam["review_status"] == "accepted"
    partnerships = read_csv(out / "partnerships.csv")
    port = next(r for r in partnerships if r["kind"] == "port")
    assert (port["city_b"], port["since"], port["review_status"]) == ("Shanghai", "2005", "accepted")
    assert TEXT[int(port["start_char"]):int(port["end_char"])] == "Hamburg and Shanghai"
    # the rank that stayed no longer breaks a rule, so it left the queue's first tier
    store = Store(Settings().store_url(out))
    review = load_review(store)
    store.close()
    assert not any("ranked" in " ".join(v) for v in consistency_issues(review.tables["port_metrics"]).values())


def test_rejected_facts_can_be_taken_back_and_unmatched_decisions_dismissed(hand_store):
    out, document, _ = hand_store
    page = f"/documents/{document['doc_id']}"
    ref = refs(out, "port_metrics")["largest port in Germany"]
    with client_for(out) as client:
        post(client, f"{page}/facts/{ref}", {"action": "reject"}, page)
        post(client, f"{page}/facts/{ref}", {"action": "reset"}, page)
        post(client, "/export", {})
        assert "largest port in Germany" in {r["mention"] for r in read_csv(out / "port_metrics.csv")}
        # The document changes and its rank sentence goes; the store's rows are re-extracted without it.
        store = Store(Settings().store_url(out))
        rows = store.fact_rows("port_metrics")
        store.replace_document(document, {"port_metrics": [
            {k: v for k, v in r.items() if k != "row_id"} for r in rows if r["mention"] != "largest port in Germany"]})
        store.close()
        unmatched = client.get("/decisions?show=unmatched").text
        assert "unmatched" in unmatched and "largest port in germany" in unmatched
        thread = re.search(r'action="/decisions/(\d+)/dismiss"', unmatched).group(1)
        assert post(client, f"/decisions/{thread}/dismiss", {}, "/decisions").status_code == 303
        assert "largest port in germany" not in client.get("/decisions?show=unmatched").text
        assert "dismissed" in client.get("/decisions?show=dismissed").text


# --- the app on real reports (spaCy) ----------------------------------------------------------
@pytest.fixture(scope="module")
def hamburg(tmp_path_factory, settings):
    """The Hamburg press release ingested by the library (no Prefect) into a fresh folder."""
    root = tmp_path_factory.mktemp("review-hamburg")
    source = root / "docs" / "hamburg-port-press-release.txt"
    source.parent.mkdir()
    shutil.copy(SAMPLES / source.name, source)
    out = root / "out"
    ingest([source], out, settings)
    return root, source, out


def _rows(out: Path, table: str) -> list[dict]:
    return read_csv(out / f"{table}.csv")


@pytest.mark.slow
def test_decisions_survive_a_changed_file_and_unmatched_ones_are_listed(hamburg, settings):
    _, source, out = hamburg
    text = source.read_text(encoding="utf-8")
    doc_id = doc_id_for(source.read_bytes())
    page = f"/documents/{doc_id}"
    metrics = {r["mention"]: r for r in _rows(out, "port_metrics")}
    assert "8.3 million TEU" in metrics and "12 million TEU" in metrics
    vienna = next(r for r in _rows(out, "cities") if r["name"] == "Vienna")
    with client_for(out, settings) as client:
        view = client.get(page).text
        ref_of = {m: re.search(rf'id="t-(port_metrics-\d+)"[^>]*>(?:<[^>]+>)*{re.escape(m)}', view).group(1)
                  for m in ("8.3 million TEU", "12 million TEU")}
        vienna_ref = re.search(r'id="t-(cities-\d+)"[^>]*>(?:<[^>]+>)*Vienna', view).group(1)
        post(client, f"{page}/facts/{ref_of['8.3 million TEU']}", {"action": "reject"}, page)
        post(client, f"{page}/facts/{ref_of['12 million TEU']}", {
            "action": "correct", "city_geonames_id": str(HAMBURG), "port_type": "sea", "metric": "capacity",
            "value": "12500000", "unit": "TEU", "period": "", "rank": "", "scope": ""}, page)
        post(client, f"{page}/facts/{vienna_ref}", {"action": "correct", "geonames_id": "4791160"}, page)  # Vienna, Virginia
        added = post(client, f"{page}/add", {"table": "industries", "mention": "cruise ships",
                                            "city_geonames_id": str(HAMBURG), "industry": "cruise shipping",
                                            "sector": "H50"}, page)
        assert added.status_code == 303
        post(client, "/export", {})

    def check():
        metric_rows = _rows(out, "port_metrics")
        assert "8.3 million TEU" not in {r["mention"] for r in metric_rows}
        capacity = next(r for r in metric_rows if r["mention"] == "12 million TEU")
        assert (float(capacity["value"]), capacity["review_status"]) == (12_500_000, "corrected")
        city = next(r for r in _rows(out, "cities") if r["mention"] == "Vienna")
        assert (city["geonames_id"], city["country_code"], city["review_status"]) == ("4791160", "US", "corrected")
        industry = next(r for r in _rows(out, "industries") if r["industry"] == "cruise shipping")
        assert industry["review_status"] == "accepted" and industry["city"] == "Hamburg"
        current = source.read_text(encoding="utf-8")
        for table in ("port_metrics", "cities", "industries"):
            for row in _rows(out, table):
                assert current[int(row["start_char"]):int(row["end_char"])] == row["mention"]

    check()
    assert vienna["geonames_id"] == "2761369"
    # The file changes a little: a line on top (every offset moves) and a word in Vienna's sentence.
    changed = ("Updated on 15 February 2024 with corrected rail figures.\n\n"
               + text.replace("Roughly 2,000 freight trains", "About 2,100 freight trains"))
    source.write_text(changed, encoding="utf-8")
    ingest([source], out, settings)
    assert doc_id_for(source.read_bytes()) != doc_id
    check()
    with client_for(out, settings) as client:
        assert "No decisions of this kind yet" in client.get("/decisions?show=unmatched").text
    # The capacity sentence goes: that decision no longer matches anything, and it is listed, not dropped.
    source.write_text(changed.replace("What matters is that the terminals together now offer a handling "
                                      "capacity of around 12 million TEU. ", ""), encoding="utf-8")
    ingest([source], out, settings)
    assert "12 million TEU" not in {r["mention"] for r in _rows(out, "port_metrics")}
    with client_for(out, settings) as client:
        unmatched = client.get("/decisions?show=unmatched").text
        assert "12 million teu" in unmatched and "no record of the current extraction matches it" in unmatched
    store = Store(settings.store_url(out))
    assert len(store.decisions()) == 4
    store.close()


@pytest.mark.slow
def test_reviewed_documents_export_as_gold_that_scores_perfectly(tmp_path, settings):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("hamburg-port-press-release.txt", "duisburg-binnenhafen.pdf"):
        shutil.copy(SAMPLES / name, docs / name)
    out = tmp_path / "out"
    ingest([docs], out, settings)
    documents = {Path(d["source"]).name: d["doc_id"] for d in _rows(out, "documents")}
    with client_for(out, settings, gold_dir=tmp_path / "gold") as client:
        hamburg = f"/documents/{documents['hamburg-port-press-release.txt']}"
        pdf = client.get(f"/documents/{documents['duisburg-binnenhafen.pdf']}?view=pages").text
        assert "<image href=" in pdf and 'class="box ent-' in pdf
        png = client.get(f"/documents/{documents['duisburg-binnenhafen.pdf']}/pages/1.png")
        assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
        charts = client.get("/charts").text
        assert charts.count("<svg") >= 3 and "Cities per country" in charts and "Germany" in charts
        assert "Port throughput by year (TEU)" in charts
        graph = client.get("/partnerships").text
        assert "Dar es Salaam" in graph and "<line" in graph
        nothing = post(client, "/export-gold", {})
        assert "No document is marked reviewed yet" in nothing.text
        view = client.get(hamburg).text
        first_industry = re.search(r'id="r-(industries-\d+)"', view).group(1)
        post(client, f"{hamburg}/facts/{first_industry}", {"action": "reject"}, hamburg)
        assert post(client, f"{hamburg}/state", {"action": "reviewed"}, hamburg).status_code == 303
        assert "Mark not reviewed" in client.get(hamburg).text
        written = post(client, "/export-gold", {})
        assert "1 reviewed document written" in written.text
        post(client, "/export", {})
    gold_file = tmp_path / "gold" / "hamburg-port-press-release.gold.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert gold["source"] == "hamburg-port-press-release.txt" and gold["language"] == "en"
    assert HAMBURG in gold["cities"]
    assert set(gold) == {"source", "language", "cities", "industries", "port_metrics", "partnerships"}
    assert all(set(m) >= {"city", "metric", "value", "unit", "rank", "scope"} for m in gold["port_metrics"])
    assert all(set(p) == {"a", "b", "kind", "since"} for p in gold["partnerships"])
    assert (tmp_path / "gold" / "hamburg-port-press-release.txt").read_bytes() == (docs / gold["source"]).read_bytes()
    # Marking the document reviewed vouched for the records nobody decided on.
    hamburg_id = documents["hamburg-port-press-release.txt"]
    statuses = {r["review_status"] for t in ("cities", "industries", "port_metrics", "partnerships")
                for r in _rows(out, t) if r["doc_id"] == hamburg_id}
    assert statuses == {"accepted"}
    assert "pending" in {r["review_status"] for r in _rows(out, "cities")}  # the PDF is not reviewed
    # The gold is what the reviewed datasets say, so scoring them against it is perfect.
    result = evaluate(tmp_path / "gold", out)
    assert result.macro_f1 == pytest.approx(1.0), {t: vars(s) for t, s in result.tables.items()}
