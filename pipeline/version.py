"""What an extraction result depends on: trex's version plus a fingerprint of the code and data that read
and extract documents.

The fingerprint keys the on-disk pipeline cache and tells incremental runs whether a stored document
is still current, so changing a rule or a data table can never leave stale results behind, even
when nobody remembers to bump a version number.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pipeline import __version__

_ROOT = Path(__file__).resolve().parent
# The parts whose behaviour changes the rows of a document (not the CLI, store, export or review app).
_INPUTS = ("ingest", "nlp", "models.py", "validate.py")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _INPUTS:
        base = _ROOT / name
        files = [base] if base.is_file() else sorted(
            p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
        for path in files:
            digest.update(str(path.relative_to(_ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def pipeline_version() -> str:
    """For example ``0.1.0+3fa9c2d1e0``: stored with every document."""
    return f"{__version__}+{code_fingerprint()}"
