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


def test_values_of_the_wrong_type_fall_back_to_their_default():
    paths.settings_file().write_text(
        '{"backup_interval_minutes": "30", "pack_language": 5, "office_name": "Office X"}',
        encoding="utf-8",
    )
    loaded = Settings.load()
    assert loaded.backup_interval_minutes == Settings().backup_interval_minutes
    assert loaded.pack_language == Settings().pack_language
    assert loaded.office_name == "Office X"


def test_save_failure_is_a_clear_error_and_keeps_the_old_file(tmp_path):
    import pytest

    from briefing_app.errors import UserError

    target = tmp_path / "missing-folder" / "settings.json"
    with pytest.raises(UserError, match="cannot save settings"):
        Settings().save(target)
    Settings(office_name="A").save()
    assert Settings.load().office_name == "A"
    assert [p.name for p in paths.settings_file().parent.glob(".settings-*")] == []


def test_user_name_falls_back_to_the_login_account(monkeypatch):
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(var, raising=False)
    assert Settings().resolved_user_name() not in ("", "unknown")
    assert Settings(user_name="Liu Hua").resolved_user_name() == "Liu Hua"


def test_reference_prefix_rule():
    from briefing_app.settings import reference_prefix_problem

    for fine in ("", "  ", "WOC", "woc-prot", "WOC.PROT_2", "9X", "A" * 16, " WOC "):
        assert reference_prefix_problem(fine) is None, fine
    too_long = reference_prefix_problem("A" * 17)
    assert too_long.code == "too_long" and too_long.params == {"n": 17, "limit": 16}
    for text, char in (("WOC/PROT", "/"), ("WOC PROT", " "), ("办事处", "办"), ("WÖC", "Ö")):
        problem = reference_prefix_problem(text)
        assert problem.code == "reference_prefix_char" and problem.params == {"char": char}
        assert f"“{char}” cannot be in a document reference" in problem
    assert reference_prefix_problem("-WOC").code == "reference_prefix_start"


def test_the_reference_prefix_in_use(caplog):
    assert Settings().resolved_reference_prefix() == "WOC"  # "WIPO Office in China"
    assert Settings(reference_prefix=" WOC-PROT ").resolved_reference_prefix() == "WOC-PROT"
    assert Settings(office_name="Österreich Office").resolved_reference_prefix() == "O"
    assert Settings(office_name="世界知识产权组织中国办事处").resolved_reference_prefix() == "BP"
    # One written into the file by hand that the Preferences would refuse: the default,
    # and the log says why (a reference never gets a "/" or a space it cannot hold).
    Settings(reference_prefix="WOC/2026").save()
    assert Settings.load().resolved_reference_prefix() == "WOC"
    assert "reference_prefix='WOC/2026' ignored" in caplog.text
