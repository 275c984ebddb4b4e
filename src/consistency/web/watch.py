"""The watch list, read through one adapter so the page works before the watch-list table exists.

The watch list (early-warning CUSUM items below flag level) is stored by another part of the
pipeline in a ``watch_items`` table read by ``repository.list_watch_items``. Until both exist the
page says so instead of failing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from consistency.web.users import Principal


def watch_items(session: Session, who: Principal) -> list[Any] | None:
    """Watch items the person may see, or None when this store has no watch list yet."""
    from consistency.store import repository as repo

    reader = getattr(repo, "list_watch_items", None)
    if reader is None or not inspect(session.get_bind()).has_table("watch_items"):
        return None
    return [w for w in reader(session) if who.sees(getattr(w, "branch", None))]


def describe(item: Any) -> dict[str, Any]:
    """The fields the page shows, whatever the exact shape of a watch item."""
    get = (lambda k: item.get(k)) if isinstance(item, dict) else (lambda k: getattr(item, k, None))
    return {k: get(k) for k in ("id", "business_date", "branch", "channel", "agent", "metric", "sentence",
                                "observed", "expected", "n", "statistic", "threshold", "first_seen", "status")}
