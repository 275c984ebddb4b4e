"""Prefect flows: thin wiring over `consistency.pipeline`; all the work lives in `src/consistency`."""
