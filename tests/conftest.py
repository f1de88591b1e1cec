from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples" / "dev"  # the split the rules were tuned on
SAMPLES_TEST = ROOT / "samples" / "test"  # held out: scored, never tuned on


def pytest_collection_modifyitems(items):
    """Tests that run flows go last. The Prefect client leaves threads behind that draw from the global
    `random`, and Hypothesis reports any such draw while it generates data ("Do not use the random module
    inside strategies"), so property tests run before any flow has started."""
    items.sort(key=lambda item: "prefect_harness" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def settings():
    from pipeline.config import Settings

    return Settings()


@pytest.fixture(scope="session")
def nlp(settings):
    """The full trex pipeline, built (or loaded from the cache) once for the whole test session."""
    from pipeline.nlp.build import load_pipeline

    return load_pipeline(settings)


@pytest.fixture(scope="session")
def gazetteer(nlp):
    return nlp.get_pipe("trex_cities").gazetteer


@pytest.fixture
def run_nlp(nlp):
    def run(text: str, lang: str | None = None):
        doc = nlp.make_doc(text)
        doc._.trex_lang = lang
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def shared_eval_dir() -> Path:
    path = SHARED / "eval" / "dev"
    if not path.is_dir():
        pytest.skip(f"the user's example is not here: {path} is absent (it lives in ../shared beside the repo)")
    return path


def city_ids(doc) -> set[int]:
    return {int(s.kb_id_) for s in doc.spans["cities"]}


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for every test that runs a flow, stopped before pytest exits."""
    import os

    from prefect.testing.utilities import prefect_test_harness

    # The CLI would otherwise start (or reuse) a background server on 127.0.0.1:4200.
    previous = os.environ.get("TREX_PREFECT_SERVER")
    os.environ["TREX_PREFECT_SERVER"] = "ephemeral"
    try:
        with prefect_test_harness():
            yield
    finally:
        if previous is None:
            os.environ.pop("TREX_PREFECT_SERVER", None)
        else:
            os.environ["TREX_PREFECT_SERVER"] = previous


@pytest.fixture(scope="session")
def postgres_url():
    """An SQLAlchemy URL of a PostgreSQL server: TREX_TEST_POSTGRES_URL, or a throwaway local cluster."""
    import os

    if os.environ.get("TREX_TEST_POSTGRES_URL"):
        yield os.environ["TREX_TEST_POSTGRES_URL"]
        return
    from postgres_server import PostgresUnavailable, postgres_server

    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(f"PostgreSQL cannot be started here: {exc}")
