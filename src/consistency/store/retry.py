"""Retrying store writes while the database is briefly unreachable (a restart, a failover)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

log = logging.getLogger("consistency.store")
T = TypeVar("T")
_FIRST_DELAY = 0.5
_MAX_DELAY = 8.0


class StoreUnavailable(RuntimeError):
    """The database did not come back within the retry budget; nothing of the failed batch was written."""


def is_connection_error(exc: BaseException) -> bool:
    """True for errors a retry can cure: the server went away, refused, or the connection broke."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError)


def with_retry(action: Callable[[], T], engine: Engine, what: str, budget_s: float,
               sleep: Callable[[float], None] = time.sleep) -> T:
    """Run ``action`` (one whole transaction), retrying with exponential backoff on connection errors.

    Each attempt is a whole unit of work, rolled back on failure, so a retry never writes half a
    batch twice. After ``budget_s`` seconds of waiting it raises :class:`StoreUnavailable` with a
    message naming the database and the last error.
    """
    delay, waited, tries = _FIRST_DELAY, 0.0, 0
    while True:
        tries += 1
        try:
            return action()
        except DBAPIError as exc:
            if not is_connection_error(exc):
                raise
            reason = " ".join(str(exc.orig or exc).split())[:300]
            if waited >= budget_s:
                raise StoreUnavailable(
                    f"{what}: the database at {engine.url.render_as_string(hide_password=True)} did not answer "
                    f"after {tries} tries over {waited:.0f} s ({reason}). Nothing of this batch was written; "
                    f"start the database and run the same command again (loads are idempotent)."
                ) from None
            log.warning("%s: database unreachable (%s); retry %d in %.1f s", what, reason, tries, delay)
            engine.dispose()  # pooled connections to the old server are dead
            sleep(delay)
            waited += delay
            delay = min(delay * 2, _MAX_DELAY, max(budget_s - waited, 0.1))
