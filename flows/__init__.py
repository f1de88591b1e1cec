"""Prefect flows over the ``pipeline`` library: thin tasks, one flow that reads like the process."""
