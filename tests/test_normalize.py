from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from consistency.normalize import Normalizer, mask_pii, pseudonymise, stable_id
from consistency.records import MysteryShopRecord, RawInteraction, Rejected, Turn


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to anna.berg@example.no please", "write to [EMAIL] please"),
        ("my card 4111 1111 1111 1111 was blocked", "my card [CARD] was blocked"),
        ("card 4111-1111-1111-1112 fails Luhn", "card 4111-1111-1111-1112 fails Luhn"),
        ("IBAN DE89 3704 0044 0532 0130 00 please", "IBAN [IBAN] please"),
        ("call me on +44 20 7946 0958", "call me on [PHONE]"),
        ("звоните +7 (495) 123-45-67", "звоните [PHONE]"),
        ("Rufen Sie 0176-12345678 an", "Rufen Sie [PHONE] an"),
        ("order 123456789 from 21.11.2026", "order 123456789 from 21.11.2026"),
        ('{"start": "2026-11-21 09:00", "end": "21/11/2026 09:15"}', '{"start": "2026-11-21 09:00", "end": "21/11/2026 09:15"}'),
        ("", ""),
    ],
)
def test_mask_pii_replaces_personal_data_and_keeps_references(text: str, expected: str) -> None:
    assert mask_pii(text) == expected


def test_stable_id_is_stable_and_source_specific() -> None:
    assert stable_id("chat", "CH-1") == stable_id("chat", "CH-1")
    assert stable_id("chat", "CH-1") != stable_id("email", "CH-1")
    assert len(stable_id("chat", "CH-1")) == 24


def test_pseudonyms_depend_on_the_key_and_join_across_channels() -> None:
    a = pseudonymise("cust-17", "k1", "cu")
    assert a == pseudonymise(" CUST-17 ", "k1", "cu")  # same person, differently typed
    assert a != pseudonymise("cust-17", "k2", "cu")
    assert "cust-17" not in a
    assert pseudonymise(None, "k1", "cu") is None and pseudonymise("  ", "k1", "cu") is None


def _raw(**kw: object) -> RawInteraction:
    base = dict(source="chat", native_id="CH-1", branch="BER ", started_at=datetime(2026, 11, 21, 23, 30, tzinfo=timezone.utc),
                ended_at=datetime(2026, 11, 21, 23, 40, tzinfo=timezone.utc),
                turns=[Turn("customer", "mail: x@y.de"), Turn("agent", "Danke!")], file="chat.jsonl", row=3,
                agent="ag-1", customer="c-9", topic=None, outcome="resolved")
    base.update(kw)
    return RawInteraction(**base)  # type: ignore[arg-type]


def test_interaction_row_uses_local_business_date_and_masks_turns() -> None:
    norm = Normalizer(ZoneInfo("Europe/Berlin"), "key")
    row, turns = norm.interaction(_raw(), run_id=5)
    assert row["business_date"].isoformat() == "2026-11-22"  # 00:30 in Berlin
    assert row["hour"] == 0
    assert row["branch"] == "BER" and row["topic"] == "unknown" and row["outcome"] == "RESOLVED"
    assert row["handle_s"] == 600 and row["n_turns"] == 2
    assert row["file"] == "chat.jsonl" and row["row"] == 3 and row["run_id"] == 5
    assert row["agent"].startswith("ag-") and row["agent"] != "ag-1"
    assert turns[0]["text"] == "mail: [EMAIL]" and turns[1]["idx"] == 1


def test_negative_handle_time_is_dropped_not_stored() -> None:
    row, _ = Normalizer(ZoneInfo("UTC"), "k").interaction(
        _raw(ended_at=datetime(2026, 11, 21, 22, 0, tzinfo=timezone.utc)), None)
    assert row["handle_s"] is None


def test_mystery_and_quarantine_rows() -> None:
    from datetime import date

    norm = Normalizer(ZoneInfo("UTC"), "k")
    ms = norm.mystery(MysteryShopRecord("S1", date(2026, 11, 2), "LON", "phone", "Eve", {"courtesy": 4}, "ok", "f.csv", 2), 1)
    assert ms["scores"] == {"courtesy": 4.0} and ms["shopper"].startswith("sh-")
    q = Normalizer.quarantine(Rejected("chat", "c.jsonl", 7, "bad_json", "line 7 is not JSON", '{"a": "x@y.com"'), 1,
                              datetime.now(timezone.utc))
    assert q["id"] == Normalizer.quarantine(Rejected("chat", "c.jsonl", 7, "bad_json", "other", ""), 2,
                                            datetime.now(timezone.utc))["id"]
    assert q["raw"] == '{"a": "[EMAIL]"'
