"""The review app end to end in a real headless Chromium: Debian's ``chromium`` driven by Playwright.

An analyst opens a document, rejects one fact and corrects another, exports, and the datasets
change; the document is ingested again and the decisions still hold. A document full of script
and HTML is shown as text and nothing of it runs. The screenshots in docs/screenshots come from here:
``TREX_SCREENSHOTS=docs/screenshots make test`` refreshes them; otherwise they go to a temporary
folder, so a test run leaves the working tree as it was.
"""

from __future__ import annotations

import csv
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from pipeline.run import ingest

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS_TO = os.environ.get("TREX_SCREENSHOTS")
# Playwright adds its own automation flags; these keep Chromium off the network (none here) and
# let it run as root in a container.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed and could not be (make test installs it when run as root: "
                    "apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Served:
    """The review app under uvicorn on a free loopback port, in a thread of this process."""

    def __init__(self, out: Path, settings):
        import uvicorn

        from pipeline.review.app import create_app

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        app = create_app(settings.store_url(out), out, settings, user="ana")
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the review app did not start"
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def rows(out: Path, table: str) -> list[dict]:
    with (out / f"{table}.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def card(page, mention: str):
    """The record card whose mention is exactly ``mention``."""
    return page.locator("li.card").filter(has=page.locator(".mention", has_text=f"“{mention}”"))


def test_reject_correct_export_then_reingest_in_chromium(page, tmp_path, settings, monkeypatch):
    SCREENSHOTS = Path(SCREENSHOTS_TO).resolve() if SCREENSHOTS_TO else tmp_path / "screenshots"
    from playwright.sync_api import expect

    monkeypatch.chdir(tmp_path)  # sources as a user types them: reports/NAME, not a temporary path
    docs = Path("reports")
    docs.mkdir()
    for name in ("hamburg-port-press-release.txt", "duisburg-binnenhafen.pdf"):
        shutil.copy(SAMPLES / name, docs / name)
    out = Path("outputs")
    ingest([docs], out, settings)
    before = {r["mention"] for r in rows(out, "port_metrics")}
    assert {"8.3 million TEU", "12 million TEU"} <= before

    with Served(out, settings) as base:
        page.goto(base + "/")
        expect(page.locator("h1")).to_contain_text("Documents")
        page.get_by_role("link", name="hamburg-port-press-release.txt").click()
        expect(page.locator("h1.source")).to_contain_text("hamburg-port-press-release.txt")
        expect(page.locator("#doc-text mark.ent-port_metrics").first).to_be_visible()

        card(page, "8.3 million TEU").get_by_role("button", name="Reject").click()
        expect(page.locator(".flash")).to_have_text("Rejected: it is left out of the datasets.")
        expect(card(page, "8.3 million TEU").locator(".badge.rejected")).to_be_visible()

        capacity = card(page, "12 million TEU")
        capacity.locator("summary", has_text="Correct").click()
        capacity.get_by_label("Value").fill("12500000")
        capacity.get_by_role("button", name="Save correction").click()
        expect(page.locator(".flash")).to_have_text("Correction saved.")
        expect(card(page, "12 million TEU").locator(".was")).to_contain_text("12,500,000")

        # A missed fact: select its words in the text (the page's script fills the form), then add it.
        page.evaluate("""(words) => {
            const run = [...document.querySelectorAll('#doc-text [data-o]')].find(r => r.textContent.includes(words));
            const node = run.firstChild, at = node.textContent.indexOf(words), range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
            document.getElementById('doc-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }""", "cruise ships")
        expect(page.locator("#add-fact .selection")).to_have_text("Selected: “cruise ships”")
        add = page.locator("#add-industries")
        add.locator("summary").click()
        expect(add.get_by_label("Text as written")).to_have_value("cruise ships")
        add.get_by_label("City").fill("Hamburg")
        add.get_by_label("Industry").fill("cruise shipping")
        add.get_by_role("button", name="Add industry").click()
        expect(page.locator(".flash")).to_have_text("Fact added.")
        expect(page.locator("li.card.ent-industries", has_text="cruise shipping")).to_contain_text("added by a reviewer")

        expect(page.locator(".stale")).to_contain_text("3 decisions not in the datasets yet")
        page.get_by_role("button", name="Export datasets").click()
        expect(page.locator(".flash")).to_have_text("Datasets written.")
        page.locator("#doc-text").scroll_into_view_if_needed()
        page.evaluate("window.scrollTo(0, 0)")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "document.png"))

        def decisions_hold():
            metrics = rows(out, "port_metrics")
            assert "8.3 million TEU" not in {r["mention"] for r in metrics}
            corrected = next(r for r in metrics if r["mention"] == "12 million TEU")
            assert float(corrected["value"]) == 12_500_000 and corrected["review_status"] == "corrected"
            assert len(metrics) == len(before) - 1
            added = next(r for r in rows(out, "industries") if r["industry"] == "cruise shipping")
            assert added["city"] == "Hamburg" and added["review_status"] == "accepted"
            text = (docs / "hamburg-port-press-release.txt").read_text(encoding="utf-8")
            assert text[int(added["start_char"]):int(added["end_char"])] == "cruise ships"

        decisions_hold()

        # Ingest the document again, changed a little (every offset moves): the decisions still hold.
        source = docs / "hamburg-port-press-release.txt"
        source.write_text("Revised edition.\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
        ingest([docs], out, settings)
        decisions_hold()
        page.goto(base + "/")
        page.get_by_role("link", name="hamburg-port-press-release.txt").click()
        expect(card(page, "8.3 million TEU").locator(".badge.rejected")).to_be_visible()
        expect(card(page, "12 million TEU").locator(".badge.corrected")).to_be_visible()
        expect(page.locator("nav .count.warn")).to_have_count(0)  # no decision left unmatched

        # The PDF: its page image with the facts' boxes drawn on it.
        page.goto(base + "/")
        page.get_by_role("link", name="duisburg-binnenhafen.pdf").click()
        page.get_by_role("link", name="Pages").click()
        expect(page.locator("figure.page rect.box").first).to_be_visible()
        assert page.evaluate("document.querySelector('figure.page image').getBBox().width") > 500
        page.screenshot(path=str(SCREENSHOTS / "document-pdf-page.png"))

        page.goto(base + "/charts")
        expect(page.locator("svg.chart")).to_have_count(4)
        page.screenshot(path=str(SCREENSHOTS / "charts.png"), full_page=True)
        page.goto(base + "/partnerships")
        expect(page.locator("svg.chart line.edge").first).to_be_attached()
        page.screenshot(path=str(SCREENSHOTS / "partnerships.png"))
        page.goto(base + "/queue")
        page.screenshot(path=str(SCREENSHOTS / "queue.png"))


PAYLOADS = """Hostile report

The Port of Hamburg handled 7.7 million TEU in 2023. <script>window.__pwned = 1; document.title = "pwned"</script>
Hamburg has been twinned with Marseille since 1958. <img src=x onerror="window.__pwned = 2">
Rotterdam<svg onload="window.__pwned = 3"></svg> is the largest port in Europe.
"><script>alert(1)</script><a href="javascript:window.__pwned=4">click</a> {{ 7*7 }} ${7*7}
</textarea></mark><iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe><style>body{display:none}</style>
"""


def test_script_and_html_in_a_document_never_run(page, tmp_path, settings):
    from playwright.sync_api import expect

    report = tmp_path / "docs" / "hostile<script>.txt"
    report.parent.mkdir()
    report.write_text(PAYLOADS, encoding="utf-8")
    out = tmp_path / "out"
    ingest([report], out, settings)
    assert rows(out, "documents")[0]["status"] == "ok"
    dialogs, refused = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: refused.append(message.text) if "Refused" in message.text else None)
    with Served(out, settings) as base:
        for path in ("/", "/queue", "/charts", "/partnerships", "/decisions"):
            page.goto(base + path)
        page.goto(base + "/")
        page.locator("table.documents a").first.click()
        expect(page.locator("#doc-text")).to_be_visible()
        text = page.locator("#doc-text").inner_text()
        assert '<script>window.__pwned = 1; document.title = "pwned"</script>' in text
        assert '<img src=x onerror="window.__pwned = 2">' in text and "{{ 7*7 }}" in text
        assert page.locator("#doc-text script, #doc-text img, #doc-text svg, #doc-text iframe, #doc-text style").count() == 0
        expect(page.locator("h1.source")).to_contain_text("hostile<script>.txt")
        assert page.evaluate("window.__pwned") is None
        assert page.title() != "pwned" and "hostile" in page.title()
        assert page.locator("body").is_visible()
        page.wait_for_timeout(300)  # give an onerror or onload handler its chance to fire
        assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    # Nothing was blocked by the Content-Security-Policy either: the text was escaped, so there was
    # no script for the policy to refuse.
    assert refused == []
