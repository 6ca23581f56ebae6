"""Backups of the SQLite database, thinning, and restore (no Qt).

A backup is written with ``VACUUM INTO`` from a read-only connection: SQLite
produces a consistent, compact copy even while the app is writing (a plain
file copy of a live WAL database can be torn). The copy goes to a temporary
name, is checked, and only then renamed into place, so a crash or a full disk
never leaves a half backup that looks whole.

Backups live in ``paths.backups_dir(db)`` as ``<stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.db``.
Old ones are thinned: the newest ``KEEP_RECENT`` are kept, then the newest of
each day for ``KEEP_DAYS`` days, then the newest of each week for ``KEEP_WEEKS``
weeks. Restore refuses anything that is not a healthy Briefing App database and
backs up the current file first.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from briefing_app import paths
from briefing_app.db.session import Database
from briefing_app.errors import UserError
from briefing_app.services.check import (
    DISK_FULL_CODES,
    NOT_OURS,
    SQLITE_MAGIC,
    CheckReport,
    check_database,
    known_revisions,
    open_sqlite_read_only,
    quick_integrity,
)
from briefing_app.services.files import create_user_file

KEEP_RECENT = 10
KEEP_DAYS = 14
KEEP_WEEKS = 12
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-(.+)$")  # ours: <stem>-<stamp>-<reason>
_STAMP_LAST = re.compile(r"^(.*)-(\d{8}-\d{6}(?:-\d{6})?)$")  # <stem>-<reason>-<stamp>


class BackupError(UserError):
    """A backup could not be written (disk full, folder not writable...)."""


class NotABackupError(UserError):
    """The file offered for restore is not a healthy Briefing App database."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when and why it was taken."""

    path: Path
    created: datetime
    reason: str
    size: int


def _database_path(target: Database | Path | str) -> Path:
    path = target.path if isinstance(target, Database) else Path(target)
    if path is None:
        raise BackupError(
            "backups are made of SQLite database files; a database server is backed up "
            "by its administrator"
        )
    return Path(path)


def _slug(reason: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.]+", "-", reason).strip("-")[:60] or "backup"


def backup_name(database: Path, reason: str, when: datetime | None = None) -> str:
    return f"{database.stem}-{(when or datetime.now()).strftime(_STAMP)}-{_slug(reason)}.db"


def backup_now(
    target: Database | Path | str, reason: str = "manual", out: Path | str | None = None
) -> Path:
    """Write a consistent backup of the database; returns its path.

    Without ``out`` it goes to the backups folder (which is then thinned).
    """
    database = _database_path(target)
    if not database.exists():
        raise BackupError(f"{database} does not exist; there is nothing to back up")
    if out is None:
        destination = paths.backups_dir(database) / backup_name(database, reason)
    else:
        destination = Path(out).expanduser().resolve()
    if destination == database.resolve():
        raise BackupError(f"{destination} is the database itself; choose another file")
    if destination.exists() and not destination.is_file():
        raise BackupError(f"{destination} is not a regular file; choose another file name")
    _vacuum_into(database, destination)
    if out is None:
        thin(destination.parent)
    return destination


def backup_before(reason: str, target: Database | Path | str | None) -> Path | None:
    """Backup before a risky change (``"import"``, ``"restore"``...); None when there is no file.

    Importers call this once before they apply anything.
    """
    if target is None:
        return None
    database = target.path if isinstance(target, Database) else Path(target)
    if database is None or not database.exists() or database.stat().st_size == 0:
        return None
    return backup_now(database, f"before-{reason}")


def _vacuum_into(database: Path, destination: Path) -> None:
    """``VACUUM INTO`` a temporary file beside ``destination``, check it, then rename."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot create the folder {destination.parent}: {exc.strerror}") from exc
    tmp = destination.with_name(destination.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        create_user_file(tmp)  # VACUUM INTO fills an empty file; it keeps the file's mode
        conn = open_sqlite_read_only(database)
        try:
            conn.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            conn.close()
        problem = quick_integrity(tmp)
        if problem:
            raise BackupError(f"the backup {destination} failed its check: {problem}")
        _fsync(tmp)
        os.replace(tmp, destination)
    except sqlite3.Error as exc:
        raise BackupError(_backup_failure(database, destination, exc)) from exc
    except OSError as exc:
        raise BackupError(f"cannot write the backup {destination}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _backup_failure(database: Path, destination: Path, exc: sqlite3.Error) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    if code in DISK_FULL_CODES or "full" in str(exc).lower():
        return f"cannot write the backup {destination}: the disk is full (nothing was changed)"
    return f"cannot back up {database}: {exc}"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- listing and thinning -------------------------------------------------------------------


def _parse_stamp(stamp: str) -> datetime | None:
    for fmt in (_STAMP, "%Y%m%d-%H%M%S"):
        with contextlib.suppress(ValueError):
            return datetime.strptime(stamp, fmt)
    return None


def describe_file(path: Path, stem: str = "") -> BackupInfo:
    """When and why a backup was taken, from its name (the file time as a fallback).

    Understands our names and ``<stem>-pre-migration-<rev>-<stamp>`` /
    ``<stem>-pre-import-<stamp>`` written by the migration and import code.
    """
    created, reason = None, "backup"
    ours, stamp_last = _NAME.search(path.stem), _STAMP_LAST.match(path.stem)
    if ours:
        created, reason = _parse_stamp(ours.group(1)), ours.group(2)
    elif stamp_last:
        head = stamp_last.group(1)
        created = _parse_stamp(stamp_last.group(2))
        reason = head[len(stem) + 1 :] if stem and head.startswith(stem + "-") else head
    stat = path.stat()
    return BackupInfo(path, created or datetime.fromtimestamp(stat.st_mtime), reason, stat.st_size)


def list_backups(target: Database | Path | str) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    database = _database_path(target)
    return _infos(paths.backups_dir(database), database.stem)


def _infos(folder: Path, stem: str = "") -> list[BackupInfo]:
    infos = []
    for path in folder.glob("*.db"):
        with contextlib.suppress(OSError):
            infos.append(describe_file(path, stem or folder.name))
    return sorted(infos, key=lambda b: b.created, reverse=True)


def choose_kept(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Which backups thinning keeps: newest few, then one a day, then one a week."""
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    kept = {b.path for b in newest_first[:KEEP_RECENT]}
    seen_days: set = set()
    seen_weeks: set = set()
    for b in newest_first:
        age = now - b.created
        if age <= timedelta(days=KEEP_DAYS) and b.created.date() not in seen_days:
            seen_days.add(b.created.date())
            kept.add(b.path)
        week = b.created.isocalendar()[:2]
        if age <= timedelta(weeks=KEEP_WEEKS) and week not in seen_weeks:
            seen_weeks.add(week)
            kept.add(b.path)
    return kept


def thin(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups ``choose_kept`` does not keep; returns what was removed."""
    backups = _infos(folder)
    kept = choose_kept(backups, now or datetime.now())
    removed = []
    for b in backups:
        if b.path not in kept:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


# -- restore --------------------------------------------------------------------------------


def validate_backup(path: Path | str, shown_as: Path | str | None = None) -> str:
    """The schema revision of a healthy Briefing App database at ``path``; else NotABackupError.

    Healthy: SQLite's ``integrity_check`` and ``foreign_key_check`` pass, the
    schema revision is known and the schema is exactly that revision's (no
    extra trigger, no dropped column: ``services/schema_check.py``). The
    message names ``shown_as`` (the file the user chose) instead of ``path``.
    """
    path = Path(path).expanduser()
    shown = Path(shown_as) if shown_as is not None else path
    if not path.is_file():
        raise NotABackupError(f"{shown} does not exist or is not a file")
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_MAGIC:
        raise NotABackupError(f"{shown} is not a Briefing App backup: not a SQLite database file")
    report = check_database(path, count_rows=False)
    if not report.ok:
        raise NotABackupError(_refusal(shown, report))
    return report.revision


def _refusal(shown: Path, report: CheckReport) -> str:
    """One line: why the file cannot be restored (the first problem, and how many more)."""
    first = report.problems[0]
    if first.startswith(NOT_OURS):
        return f"{shown} is not a Briefing App backup: it is a database of another program"
    if report.revision is not None and report.revision not in known_revisions():
        return (
            f"{shown} was written by a newer or unknown version of Briefing App "
            f"(schema {report.revision}); update the app to restore it"
        )
    more = len(report.problems) - 1
    tail = f" (and {more} more; 'briefing-app --db FILE check' lists them)" if more else ""
    first = first if len(first) <= 160 else first[:157] + "…"
    return f"{shown} cannot be restored, nothing was changed: {first}{tail}"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: Path | None  # the backup of the database as it was before the restore


def restore(target: Database | Path | str, backup_file: Path | str) -> RestoreResult:
    """Replace the database with ``backup_file`` after backing up the current one.

    The file is copied beside the database first and the copy is what is
    checked and put in place, so what was checked is what is restored. A
    refused file changes nothing. The caller holds the writer lock and has
    closed its connections (``db.dispose()``).
    """
    database = _database_path(target).resolve()
    source = Path(backup_file).expanduser().resolve()
    if source == database:
        raise NotABackupError(f"{source} is the database itself, not a backup")
    if not source.is_file():
        raise NotABackupError(f"{source} does not exist or is not a file")
    tmp = database.with_name(database.name + ".restore-part")
    try:
        _copy_beside(source, database, tmp)
        validate_backup(tmp, shown_as=source)
        previous = _save_current(database)
        _drop_journal_files(database)
        os.replace(tmp, database)
    except OSError as exc:
        raise BackupError(f"cannot restore into {database}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return RestoreResult(source, previous)


def _copy_beside(source: Path, database: Path, tmp: Path) -> None:
    """Copy the backup to ``tmp``, with the database's permissions, flushed to disk."""
    shutil.copyfile(source, tmp)
    if database.exists():
        shutil.copymode(database, tmp)  # the restored file keeps the database's permissions
    _fsync(tmp)


def _save_current(database: Path) -> Path | None:
    """Back up the database about to be replaced; a damaged one is copied as it is."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    if quick_integrity(database) is None:
        _checkpoint(database)
        return backup_now(database, "before-restore")
    folder = paths.backups_dir(database)
    stamp = datetime.now().strftime(_STAMP)
    damaged = folder / f"{database.stem}-{stamp}-damaged-before-restore.bin"
    shutil.copyfile(database, damaged)  # not a .db: it is never offered for restore
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            shutil.copyfile(side, damaged.with_name(damaged.name + suffix))
    return damaged


def _checkpoint(database: Path) -> None:
    """Fold the WAL into the file so no stale -wal is ever paired with the restored file."""
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(database)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _drop_journal_files(database: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()
