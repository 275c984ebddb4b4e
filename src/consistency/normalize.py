"""Raw records -> canonical rows: stable ids, masked text, pseudonymous people, local business dates."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from consistency.masking import mask_pii
from consistency.records import MysteryShopRecord, RawInteraction, Rejected

__all__ = ["Normalizer", "mask_pii", "mask_raw", "pseudonymise", "stable_id", "without_nul"]


def stable_id(*parts: str) -> str:
    """A short, stable hash: the same source record always gets the same id, on any machine."""
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=12).hexdigest()


def pseudonymise(value: str | None, key: str, prefix: str) -> str | None:
    """Keyed hash of a person's id: joinable across channels, not reversible without the key."""
    if value is None or not str(value).strip():
        return None
    digest = hmac.new(key.encode("utf-8"), str(value).strip().lower().encode("utf-8"), hashlib.sha256)
    return f"{prefix}-{digest.hexdigest()[:12]}"


@dataclass(frozen=True)
class Normalizer:
    """Turns connector output into rows for the store, given the chain's time zone and key."""

    tz: ZoneInfo
    pseudonym_key: str

    def interaction(self, raw: RawInteraction, run_id: int | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Return the interaction row and its turn rows."""
        iid = stable_id(raw.source, raw.native_id)
        local = raw.started_at.astimezone(self.tz)
        handle = (raw.ended_at - raw.started_at).total_seconds() if raw.ended_at else None
        row = {
            "id": iid,
            "source": raw.source,
            "native_id": raw.native_id,
            "channel": raw.channel,
            "branch": raw.branch.strip(),
            "agent": pseudonymise(raw.agent, self.pseudonym_key, "ag"),
            "customer": pseudonymise(raw.customer, self.pseudonym_key, "cu"),
            "started_at": _utc(raw.started_at),
            "ended_at": _utc(raw.ended_at) if raw.ended_at else None,
            "business_date": local.date(),
            "hour": local.hour,
            "lang": raw.lang,
            "topic": (raw.topic or "unknown").strip().lower() or "unknown",
            "wait_s": raw.wait_seconds,
            "handle_s": handle if handle is None or handle >= 0 else None,
            "transfers": int(raw.transfers or 0),
            "outcome": raw.outcome.upper() if raw.outcome else None,
            "csat": raw.csat,
            "n_turns": len(raw.turns),
            "file": raw.file,
            "row": raw.row,
            "run_id": run_id,
        }
        turns = [
            {"interaction_id": iid, "idx": i, "speaker": t.speaker, "text": mask_pii(t.text), "offset_s": t.offset_s}
            for i, t in enumerate(raw.turns)
        ]
        return without_nul(row), without_nul(turns)

    def mystery(self, rec: MysteryShopRecord, run_id: int | None) -> dict[str, Any]:
        return without_nul({
            "id": stable_id("mystery_shop", rec.native_id),
            "native_id": rec.native_id,
            "shop_date": rec.shop_date,
            "branch": rec.branch.strip(),
            "channel": rec.channel,
            "shopper": pseudonymise(rec.shopper, self.pseudonym_key, "sh"),
            "scores": {k: float(v) for k, v in rec.scores.items()},
            "comment": mask_pii(rec.comment or ""),
            "file": rec.file,
            "row": rec.row,
            "run_id": run_id,
        })

    @staticmethod
    def quarantine(rej: Rejected, run_id: int | None, now: datetime) -> dict[str, Any]:
        return without_nul({
            "id": stable_id(rej.source, rej.file, str(rej.row), rej.rule),
            "run_id": run_id,
            "source": rej.source,
            "file": rej.file,
            "row": rej.row,
            "rule": rej.rule,
            "message": rej.message,
            # Kept so it can be read and fixed, but masked like all stored text; ids and lineage
            # stay as written so the record can be found. The original stays in the source file
            # (and a stored copy) named by the lineage, which is what a replay reads.
            "raw": mask_raw(rej.raw),
            "created_at": now,
        })


# Fields of a quarantined record that identify it or say where it came from: never masked.
_ID_FIELDS = {"native_id", "file", "row", "source", "branch", "call_id", "visit_id", "conversation_id", "shop_id",
              "message_id", "started_at", "ended_at", "start", "end", "time_in", "time_out", "shop_date", "channel",
              "outcome", "topic", "lang", "transcript"}


def mask_raw(raw: str) -> str:
    """Mask PII in a quarantined record: JSON values field by field (ids kept), other text whole."""
    if not raw:
        return raw
    try:
        data = json.loads(raw)
    except ValueError:
        return mask_pii(raw)
    return json.dumps(_mask_value(data, None), ensure_ascii=False, default=str)


def _mask_value(value: Any, key: str | None) -> Any:
    if isinstance(value, dict):
        return {k: _mask_value(v, str(k).lower()) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_value(v, key) for v in value]
    if isinstance(value, str) and key not in _ID_FIELDS:
        return mask_pii(value)
    return value


def without_nul(value: Any) -> Any:
    """Strings without NUL characters, through dicts and lists: PostgreSQL refuses NUL in text."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    return value


def _utc(ts: datetime) -> datetime:
    return ts.astimezone(timezone.utc)
