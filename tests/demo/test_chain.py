"""The chain: catalogue branches and languages, staff on every channel, customers and calendar."""

from __future__ import annotations

import random
from datetime import date

from consistency.demo.chain import CHANNELS, build_branches, calendar


def test_twelve_branches_cover_five_languages_and_every_channel_has_staff():
    chain = build_branches(random.Random(7), 12, 100)
    assert len({b.code for b in chain}) == 12
    assert {b.lang for b in chain} == {"en", "de", "id", "nb", "ru"}
    for b in chain:
        assert 6 <= len(b.agents) <= 12
        assert all(b.staff_for(ch) for ch in CHANNELS)
        assert all(1 <= len(a.channels) <= 2 for a in b.agents)
    ids = [a.agent_id for b in chain for a in b.agents]
    assert len(ids) == len(set(ids))


def test_more_branches_than_the_catalogue_get_distinct_codes_and_case_mix_differs():
    chain = build_branches(random.Random(7), 14, 5)
    assert len({b.code for b in chain}) == 14
    assert len({b.topic_weights for b in chain}) == 14


def test_calendar_ends_on_the_given_day():
    days = calendar(date(2026, 3, 1), 3)
    assert days == [date(2026, 2, 27), date(2026, 2, 28), date(2026, 3, 1)]
