"""Engines that lint many articles at once: a local process pool and a Dask cluster."""
