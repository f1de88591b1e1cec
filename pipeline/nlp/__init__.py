"""spaCy components for trex and the single place that builds the pipeline (``build.py``)."""
