"""trex: extract cities, industries, port metrics and partnerships from trade reports.

A plain library: ingest -> nlp -> validate -> store -> export. Prefect lives in ``flows/``.
"""

__version__ = "0.1.0"
