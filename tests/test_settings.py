"""Settings: declared defaults, saved and read back, damaged file tolerated."""

from __future__ import annotations

from briefing_app import paths
from briefing_app.settings import Settings


def test_defaults_when_no_file():
    assert Settings.load() == Settings()


def test_round_trip_and_unknown_keys_ignored():
    s = Settings(office_name="办事处", backup_interval_minutes=5)
    s.save()
    text = paths.settings_file().read_text(encoding="utf-8")
    paths.settings_file().write_text(text.replace("{", '{"retired_key": 1,', 1), encoding="utf-8")
    assert Settings.load() == s


def test_damaged_file_falls_back_to_defaults():
    paths.settings_file().write_text("{not json", encoding="utf-8")
    assert Settings.load() == Settings()
