# Every target creates .venv on first use, so a fresh clone needs nothing but python3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench clean ocr postgres chromium

# OCR for scanned PDF pages comes from Debian's Tesseract. Installed when missing and we may
# (root, as in CI); otherwise trex records scanned PDFs as failed with a message saying what to install.
ocr:
	@command -v tesseract >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu >/dev/null; } || \
		echo "note: Tesseract not installed; scanned PDF pages will be reported as needing OCR"

# The store tests start a throwaway PostgreSQL cluster from Debian's server binaries; installed when
# missing and we may (root, as in CI); otherwise those tests skip and say why.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || \
		echo "note: PostgreSQL not installed; the PostgreSQL store tests will be skipped"

# The review app's browser tests drive Debian's Chromium through Playwright (Playwright's own browser
# download cannot work here). Installed when missing and we may (root, as in CI); otherwise those tests skip.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		chromium fonts-dejavu-core fonts-liberation >/dev/null; } || \
		echo "note: Chromium not installed; the review app's browser tests will be skipped"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run ocr
	$(BIN)/trex ingest samples --out outputs

test: $(VENV)/.installed-dev ocr postgres chromium
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.parquet outputs/*.db
