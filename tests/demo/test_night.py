"""The benchmark's big-night generator writes N distinct contacts in the real export formats."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from consistency import pipeline
from consistency.config import Settings
from consistency.demo.night import write_night


def test_a_cloned_night_loads_every_contact_once_and_nothing_is_quarantined(tmp_path: Path) -> None:
    day = date(2026, 11, 20)
    written = write_night(tmp_path / "n", day, 700, branches=3, template=200, part_size=300)
    assert written["interactions"] == 700 and written["parts"] == 3
    assert set(written["by_channel"]) == {"phone", "email", "chat", "in_person"}
    settings = Settings.from_env(db_url=f"sqlite:///{tmp_path / 'store.db'}")
    report = pipeline.ingest(pipeline.open_store(settings), Path(written["night"]), settings)
    assert sum(report.interactions.values()) == 700  # clones of one template contact do not collide
    assert dict(report.quarantined) == {}
    assert dict(report.interactions) == written["by_channel"]
