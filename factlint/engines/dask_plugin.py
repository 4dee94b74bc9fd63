"""The Dask worker plugin that builds factlint's pipeline once per worker process and keeps it.

Imported only by the Dask engine, after it has checked that dask.distributed is installed.
"""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

from factlint.engines.work import warm_up


class Pipeline(WorkerPlugin):
    """On each worker's start (a restarted one too), build spaCy and the rule table; they stay for its life."""

    name = "factlint-pipeline"

    def setup(self, worker) -> None:
        """Build the pipeline now rather than in the first batch."""
        warm_up()
