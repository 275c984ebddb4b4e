"""Validation: suites are read from expectations/*.json, failing rows become Rejected, good rows pass."""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from consistency.ingest import read_tree
from consistency.records import SOURCE_KINDS, MysteryShopRecord, RawInteraction, Rejected, Turn
from consistency.validate import EXPECTATIONS_DIR, load_suite, validate_batch
from tests.conftest import REPO

TZ = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def examples() -> dict[str, list[RawInteraction | MysteryShopRecord]]:
    by_kind: dict[str, list[RawInteraction | MysteryShopRecord]] = {}
    for item in read_tree(REPO / "examples", TZ):
        assert not isinstance(item, Rejected), str(item)
        by_kind.setdefault(item.source if isinstance(item, RawInteraction) else "mystery_shop", []).append(item)
    return by_kind


@pytest.mark.parametrize("kind", SOURCE_KINDS)
def test_suite_file_round_trips_through_great_expectations(kind: str) -> None:
    on_disk = json.loads((EXPECTATIONS_DIR / f"{kind}.json").read_text(encoding="utf-8"))
    loaded = load_suite(kind).to_json_dict()
    assert loaded["name"] == on_disk["name"] == kind

    def key(e: dict) -> str:
        return json.dumps([e["type"], {k: v for k, v in e["kwargs"].items()}], sort_keys=True)

    as_floats = [json.loads(json.dumps(e), parse_int=float) for e in on_disk["expectations"]]
    assert sorted(map(key, json.loads(json.dumps(loaded["expectations"]), parse_int=float))) == sorted(map(key, as_floats))


@pytest.mark.parametrize("kind", SOURCE_KINDS)
def test_example_records_pass_their_suite_unchanged(kind: str, examples: dict) -> None:
    good, bad = validate_batch(kind, examples[kind])
    assert bad == [] and good == examples[kind]


def _broken(base: RawInteraction, **changes: object) -> RawInteraction:
    return dataclasses.replace(base, **{"turns": list(base.turns), "extra": dict(base.extra), **changes})


@pytest.mark.parametrize(
    ("change", "rule", "words"),
    [
        ({"csat": 7.0}, "expect_column_values_to_be_between:csat", "csat = 7 is outside 1..5"),
        ({"csat": 0.0}, "expect_column_values_to_be_between:csat", "csat = 0"),
        ({"wait_seconds": -3.0}, "expect_column_values_to_be_between:wait_seconds", "wait_seconds = -3"),
        ({"wait_seconds": 90_000.0}, "expect_column_values_to_be_between:wait_seconds", "90000 is outside 0..86400"),
        ({"transfers": 25}, "expect_column_values_to_be_between:transfers", "transfers = 25"),
        ({"branch": "  "}, "expect_column_values_to_not_be_null:branch", "branch is missing"),
        ({"native_id": ""}, "expect_column_values_to_not_be_null:native_id", "native_id is missing"),
        ({"agent": None}, "expect_column_values_to_not_be_null:agent", "agent is missing"),
        ({"outcome": "DONE"}, "expect_column_values_to_be_in_set:outcome", "outcome = 'DONE' is not one of"),
        ("ends_early", "expect_column_pair_values_a_to_be_greater_than_b:ended_at/started_at", "is before started_at"),
    ],
)
def test_failing_phone_rows_become_rejected_with_file_row_rule_and_value(
        change: dict | str, rule: str, words: str, examples: dict) -> None:
    calls = examples["phone"]
    if change == "ends_early":
        change = {"ended_at": calls[2].started_at - timedelta(minutes=5)}
    batch = [*calls[:2], _broken(calls[2], **change), *calls[3:]]
    good, bad = validate_batch("phone", batch)
    assert [r.rule for r in bad] == [rule]
    assert (bad[0].source, bad[0].file, bad[0].row) == ("phone", calls[2].file, calls[2].row)
    assert words in bad[0].message
    assert json.loads(bad[0].raw)["native_id"] == batch[2].native_id  # the record is kept for replay
    assert good == [*calls[:2], *calls[3:]]


def test_a_row_breaking_two_rules_gives_two_rejects_and_leaves_the_batch(examples: dict) -> None:
    chats = examples["chat"]
    batch = [_broken(chats[0], csat=9.0, turns=[]), *chats[1:]]
    good, bad = validate_batch("chat", batch)
    assert sorted(r.rule for r in bad) == ["expect_column_values_to_be_between:csat",
                                           "expect_column_values_to_be_between:n_turns"]
    assert {r.row for r in bad} == {1} and good == chats[1:]


def test_mystery_shop_channel_and_scores_including_vendor_criteria(examples: dict) -> None:
    shops: list[MysteryShopRecord] = examples["mystery_shop"]
    batch = [
        dataclasses.replace(shops[0], channel="fax"),
        dataclasses.replace(shops[1], scores={**shops[1].scores, "greeting": 6.0}),
        dataclasses.replace(shops[2], scores={**shops[2].scores, "wait": 0.0}),
        shops[3],
    ]
    good, bad = validate_batch("mystery_shop", batch)
    assert good == [shops[3]]
    assert sorted((r.row, r.rule) for r in bad) == [
        (2, "expect_column_values_to_be_in_set:channel"),
        (3, "expect_column_values_to_be_between:greeting"),
        (4, "expect_column_values_to_be_between:other_criteria_extreme"),
    ]
    bad.sort(key=lambda r: r.row)
    assert "channel = 'fax' is not one of phone, email, chat, in_person" in bad[0].message
    assert "other_criteria_extreme = 0 is outside 1..5" in bad[2].message


def test_suites_are_read_from_the_files_at_run_time(tmp_path: Path, examples: dict) -> None:
    suites = tmp_path / "expectations"
    shutil.copytree(EXPECTATIONS_DIR, suites)
    path = suites / "phone.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    for e in doc["expectations"]:
        if e["kwargs"].get("column") == "csat":
            e["kwargs"]["min_value"] = 4  # a stricter house rule, edited in the file only
    path.write_text(json.dumps(doc), encoding="utf-8")
    good, bad = validate_batch("phone", examples["phone"], directory=suites)
    strict_fails = {c.native_id for c in examples["phone"] if c.csat is not None and c.csat < 4}
    assert strict_fails and {json.loads(r.raw)["native_id"] for r in bad} == strict_fails
    assert len(good) == len(examples["phone"]) - len(strict_fails)


def test_empty_batch_and_unknown_kind() -> None:
    assert validate_batch("phone", []) == ([], [])
    with pytest.raises(FileNotFoundError):
        load_suite("fax")


def test_ten_thousand_records_validate_well_under_five_seconds(examples: dict) -> None:
    base: RawInteraction = examples["chat"][0]
    batch = [dataclasses.replace(base, native_id=f"CH-{i}", csat=6.0 if i % 1000 == 0 else 4.0,
                                 turns=[Turn("customer", "Hallo")]) for i in range(10_000)]
    validate_batch("chat", batch[:10])  # GE import and context set-up are paid once per process
    started = time.perf_counter()
    good, bad = validate_batch("chat", batch)
    seconds = time.perf_counter() - started
    print(f"validate_batch: 10,000 chat records in {seconds:.2f} s")
    assert len(bad) == 10 and len(good) == 9_990
    assert seconds < 5


def test_shop_dates_are_checked_as_dates(examples: dict) -> None:
    shops = examples["mystery_shop"]
    good, bad = validate_batch("mystery_shop", [dataclasses.replace(shops[0], shop_date=date(2026, 11, 1))])
    assert bad == [] and len(good) == 1
