"""Consistent copies of a live SQLite database, using SQLite's online backup
API (never a plain file copy, which can tear a WAL database)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefing_app.db.read_only import open_read_only


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` with the online backup API; atomic at ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        _backup_to(Path(source), tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
    return target


def _backup_to(source: Path, tmp: Path) -> None:
    src = open_read_only(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError(f"the copy of {source} failed its check")
        finally:
            dst.close()
    finally:
        src.close()
