"""The one list of time zones every entry path checks against (domain.timezones)."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefing_app.domain import timezones as tz
from briefing_app.errors import UserError

NOT_ZONES = ["A", "Asia", "Asia/", "", "../etc", "/etc/localtime", "asia/shanghai", "localtime"]


@pytest.mark.parametrize("name", [*NOT_ZONES, None, 8, "Asia/Shanghai\x00"])
def test_prefixes_paths_and_other_spellings_are_not_zones(name):
    assert not tz.is_valid_zone(name)
    with pytest.raises(tz.UnknownTimeZoneError) as info:
        tz.zone(name)
    assert isinstance(info.value, UserError)
    assert "unknown time zone" in str(info.value) and "Asia/Shanghai" in str(info.value)
    assert "\n" not in str(info.value) and "\x00" not in str(info.value)


def test_real_zones_are_zones_and_the_list_is_sorted_and_complete():
    names = tz.zone_names()
    assert list(names) == sorted(names) and len(names) > 400
    for name in ("Asia/Shanghai", "Europe/Zurich", "America/Argentina/Buenos_Aires", "UTC"):
        assert tz.is_valid_zone(name) and name in names
        assert tz.zone(name).key == name
    assert "Asia" not in names and "localtime" not in names


def test_system_zone_prefers_a_real_hint_then_tz_and_never_returns_a_non_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Zurich")
    assert tz.system_zone("Asia/Shanghai") == "Asia/Shanghai"
    assert tz.system_zone("Asia") == "Europe/Zurich"
    monkeypatch.setenv("TZ", ":Asia")
    assert tz.is_valid_zone(tz.system_zone())


def test_daylight_saving_gap_and_overlap_are_named():
    gap = tz.local_time_problem(datetime(2026, 3, 29, 2, 30), "Europe/Zurich")
    assert gap and "does not exist in Europe/Zurich" in gap
    overlap = tz.local_time_problem(datetime(2026, 10, 25, 2, 30), "Europe/Zurich")
    assert overlap and "happens twice" in overlap and "UTC+02:00" in overlap
    assert tz.local_time_problem(datetime(2026, 3, 29, 3, 30), "Europe/Zurich") is None
    assert tz.local_time_problem(datetime(2026, 3, 29, 2, 30), "Asia/Shanghai") is None
    assert tz.local_time_problem(datetime(2026, 3, 29, 2, 30), "Asia") is None
    assert tz.utc_offset_text(datetime(2026, 7, 1, 9), "Europe/Zurich") == "UTC+02:00"
    assert tz.utc_offset_text(datetime(2026, 7, 1, 9), "Asia") == ""
