"""The review app and what it records: decisions on extracted facts, re-applied on every export.

Only ``apply`` (and what it needs) is imported by the pipeline's export; the web app in ``app``
imports FastAPI and is loaded by ``trex review`` alone.
"""
