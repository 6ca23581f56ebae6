"""Backups (VACUUM INTO, thinning), validated restore, and the backup/restore CLI."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from briefing_app import cli, paths
from briefing_app.db.migrate import head_revision
from briefing_app.db.models import Organization
from briefing_app.services import backup
from briefing_app.services.backup import BackupInfo, NotABackupError


def add_org(db, name: str, rank: int = 1) -> int:
    with db.session() as s, s.begin():
        org = Organization(name_en=name, precedence_rank=rank)
        s.add(org)
        s.flush()
        return org.id


def org_names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name_en FROM organizations ORDER BY id")]
    finally:
        conn.close()


def test_backup_is_consistent_copy_taken_while_a_writer_is_open(db):
    add_org(db, "Supreme People's Court")
    with db.session() as s:  # an open read transaction on the live WAL database
        s.execute(select(Organization)).all()
        target = backup.backup_now(db, "manual")
    assert target.parent == paths.backups_dir(db.path)
    assert org_names(target) == ["Supreme People's Court"]
    assert backup.validate_backup(target) == head_revision()
    assert not list(target.parent.glob("*.part"))
    [info] = backup.list_backups(db)
    assert info.path == target and info.reason == "manual" and info.size > 0


def test_backup_out_file_and_refuses_overwriting_database(db, tmp_path):
    add_org(db, "NPC")
    out = backup.backup_now(db, out=tmp_path / "copy.db")
    assert org_names(out) == ["NPC"]
    assert backup.list_backups(db) == []  # --out does not go to the backups folder
    with pytest.raises(backup.BackupError, match="database itself"):
        backup.backup_now(db, out=db.path)


def test_backup_before_import_names_reason(db):
    add_org(db, "MOFCOM")
    target = backup.backup_before("import", db)
    assert target is not None and target.name.endswith("-before-import.db")
    assert backup.backup_before("import", db.path.with_name("missing.db")) is None


def _fake(tmp_path, created: datetime) -> BackupInfo:
    return BackupInfo(tmp_path / f"b-{created:%Y%m%d-%H%M%S}.db", created, "auto", 1)


def test_thinning_keeps_recent_then_daily_then_weekly(tmp_path):
    now = datetime(2026, 6, 30, 12, 0)
    # every 2 hours for 120 days
    infos = [_fake(tmp_path, now - timedelta(hours=2 * i)) for i in range(12 * 120)]
    kept = backup.choose_kept(infos, now)
    kept_infos = [b for b in infos if b.path in kept]
    assert all(b.path in kept for b in infos[: backup.KEEP_RECENT])
    days = {b.created.date() for b in kept_infos if now - b.created <= timedelta(days=14)}
    assert len(days) == 15  # every day of the last two weeks has one
    old = [b for b in kept_infos if now - b.created > timedelta(days=15)]
    weeks = [b.created.isocalendar()[:2] for b in old]
    assert len(weeks) == len(set(weeks))  # older: at most one per week
    assert all(now - b.created <= timedelta(weeks=backup.KEEP_WEEKS) for b in old)
    assert len(kept) < 60


def test_thin_deletes_files_on_disk(db):
    add_org(db, "A")
    folder = paths.backups_dir(db.path)
    first = backup.backup_now(db)
    now = datetime.now()
    for minutes in range(1, backup.KEEP_RECENT + 1):  # fill the "recent" quota
        name = backup.backup_name(db.path, "auto", now - timedelta(minutes=minutes))
        (folder / name).write_bytes(first.read_bytes())
    old = folder / f"{db.path.stem}-20200101-000000-000000-auto.db"
    old.write_bytes(first.read_bytes())
    removed = backup.thin(folder)
    assert old in removed and first.exists() and not old.exists()
    assert len(list(folder.glob("*.db"))) == backup.KEEP_RECENT  # newest ten; same day


def test_restore_replaces_database_and_keeps_previous(db):
    add_org(db, "Before")
    saved = backup.backup_now(db)
    add_org(db, "After")
    db.dispose()
    result = backup.restore(db, saved)
    assert org_names(db.path) == ["Before"]
    assert result.previous is not None and org_names(result.previous) == ["Before", "After"]
    with db.session() as s:  # the same Database object works on the restored file
        assert [o.name_en for o in s.scalars(select(Organization))] == ["Before"]


BAD_BACKUPS = {
    "text": lambda p: p.write_text("hello, not a database"),
    "empty": lambda p: p.write_bytes(b""),
    "other_sqlite": lambda p: _other_program_db(p),
    "truncated": None,  # filled in by the test from a real backup
    "zip": lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * 200),
}


def _other_program_db(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", sorted(BAD_BACKUPS))
def test_restore_refuses_non_backups(db, tmp_path, kind):
    add_org(db, "Keep me")
    bad = tmp_path / f"{kind}.db"
    if kind == "truncated":
        good = backup.backup_now(db)
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    else:
        BAD_BACKUPS[kind](bad)
    with pytest.raises(NotABackupError) as info:
        backup.restore(db, bad)
    assert str(bad) in str(info.value)
    assert org_names(db.path) == ["Keep me"]


def test_restore_refuses_newer_schema(db, tmp_path):
    newer = backup.backup_now(db, out=tmp_path / "newer.db")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(NotABackupError, match="newer or unknown version"):
        backup.restore(db, newer)


def test_cli_backup_list_restore(db, tmp_path, capsys):
    add_org(db, "CLI org")
    out = tmp_path / "by-hand.db"
    assert cli.run(["--db", str(db.path), "backup", "--out", str(out)]) == 0
    assert cli.run(["--db", str(db.path), "backup"]) == 0
    assert cli.run(["--db", str(db.path), "backup", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and str(paths.backups_dir(db.path)) in listing
    add_org(db, "Later")
    db.dispose()
    assert cli.run(["--db", str(db.path), "restore", str(out)]) == 0
    assert org_names(db.path) == ["CLI org"]
    (tmp_path / "junk.db").write_text("junk")
    assert cli.run(["--db", str(db.path), "restore", str(tmp_path / "junk.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a Briefing App backup" in err


def test_backups_named_by_migration_and_import_code_are_listed(db):
    add_org(db, "x")
    folder = paths.backups_dir(db.path)
    first = backup.backup_now(db)
    for name in (
        "test-pre-migration-0001-20260101-101010-123456",
        "test-pre-import-20260102-090000",
    ):
        (folder / f"{name}.db").write_bytes(first.read_bytes())
    infos = {b.reason: b.created for b in backup.list_backups(db)}
    assert infos["pre-migration-0001"] == datetime(2026, 1, 1, 10, 10, 10, 123456)
    assert infos["pre-import"] == datetime(2026, 1, 2, 9, 0)
    assert "manual" in infos
