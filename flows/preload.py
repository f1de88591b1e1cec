"""Imported once by the fork server that worker processes are forked from (see ``flows.prestart``).

It loads the pipeline that the environment's settings describe, so each worker begins life with it in
memory, shared page by page with its siblings, instead of importing Prefect and loading its own copy.
"""

import prefect.task_runners  # noqa: F401  the workers' initializer lives here

from pipeline.config import Settings
from pipeline.nlp.build import warm_pipeline

warm_pipeline(Settings())
