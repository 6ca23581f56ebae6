"""Where the database file lives, and whether that place is safe to write (no Qt).

Two hazards are detected before a database is opened:

* a **network path** (a Windows UNC path ``\\\\server\\share``, or a folder on
  an NFS/SMB/CIFS/SSHFS mount per ``/proc/mounts``): SQLite's locking is not
  reliable there, so a shared file can be corrupted; the user is warned;
* a **read-only** file or folder: the database is opened read-only instead of
  failing on the first save (the GUI shows a banner).
"""

from __future__ import annotations

import os
import stat
import sys
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.db.session import sqlite_path
from briefing_app.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy import Engine

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "fuse.sshfs", "sshfs",
     "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "lustre", "gpfs"}
)  # fmt: skip

NETWORK_WARNING = (
    "{path} is on a network drive ({kind}). SQLite databases are not safe on network "
    "drives: two people using the file at once can corrupt it. Keep the database on this "
    "computer (File ▸ Preferences) and share documents instead; a team that must share "
    "data uses a database server."
)


def _unescape_mount(field: str) -> str:
    """/proc/mounts escapes spaces, tabs, newlines and backslashes as octal."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def read_mounts(mounts_file: str | os.PathLike = "/proc/mounts") -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs; empty where there is no /proc."""
    try:
        text = Path(mounts_file).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    pairs = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            pairs.append((_unescape_mount(parts[1]), parts[2]))
    return pairs


def filesystem_type(path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """Type of the filesystem holding ``path`` (longest matching mount point)."""
    mounts = read_mounts() if mounts is None else mounts
    target = str(path)
    best, kind = -1, None
    for point, fstype in mounts:
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, kind = len(point), fstype
    return kind


def is_unc_path(raw: str) -> bool:
    r"""``\\server\share\...`` or ``//server/share/...`` (Windows network paths)."""
    return raw.startswith("\\\\") or (raw.startswith("//") and not raw.startswith("///"))


def network_kind(path: str | os.PathLike, mounts: list[tuple[str, str]] | None = None) -> str:
    """ "UNC path", the network filesystem type, or "" when the path is local."""
    raw = os.fspath(path)
    if is_unc_path(raw):
        return "UNC path"
    if sys.platform == "win32":
        return _windows_drive_kind(raw)
    kind = filesystem_type(Path(raw).absolute(), mounts)
    return kind if kind in NETWORK_FILESYSTEMS else ""


def _windows_drive_kind(raw: str) -> str:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(raw))[0] + "\\"
    drive_remote = 4
    return "network drive" if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote else ""


def network_warning(path: str | os.PathLike | None, mounts=None) -> str | None:
    """A warning for the user when ``path`` is on a network drive, else None."""
    if path is None:
        return None
    kind = network_kind(path, mounts)
    return NETWORK_WARNING.format(path=os.fspath(path), kind=kind) if kind else None


def _writable(path: Path) -> bool:
    """Writable for us, and not marked read-only (root ignores permission bits)."""
    mode = path.stat().st_mode
    marked = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return os.access(path, os.W_OK) and not marked


def read_only_reason(path: str | os.PathLike | None) -> str | None:
    """Why the database at ``path`` can only be read (file or folder), or None."""
    if path is None:
        return None
    path = Path(path)
    try:
        if path.exists() and not _writable(path):
            return f"the file {path} is read-only"
        if path.parent.exists() and not _writable(path.parent):
            return f"the folder {path.parent} is read-only"
    except OSError as exc:
        return f"{path} cannot be checked: {exc.strerror or exc}"
    return None


# -- storage errors as messages for users ---------------------------------------------------


class DiskFullError(UserError):
    """SQLite could not grow the database: the disk (or the database's size limit) is full."""


class ReadOnlyDatabaseError(UserError):
    """A write reached a database that is open read-only or stored read-only."""


_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_IOERR = 13, 8, 10
_translated: weakref.WeakSet = weakref.WeakSet()


def storage_error(exc: BaseException, where: str = "the database") -> UserError | None:
    """The UserError for a SQLite storage failure (disk full, read-only, I/O), else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(
            f"cannot save to {where}: the disk is full (or the database reached its size "
            "limit). Nothing was changed; free some space and save again"
        )
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyDatabaseError(
            f"cannot save to {where}: it is open read-only. Nothing was changed"
        )
    if primary == _SQLITE_IOERR or "disk i/o error" in text:
        return UserError(
            f"cannot save to {where}: the disk reported an error ({exc}). Nothing was "
            "changed; check the drive and save again"
        )
    return None


def install_storage_errors(engine: Engine) -> None:
    """Turn disk-full / read-only / I/O failures on ``engine`` into readable UserErrors.

    Every caller (CLI command, GUI action, worker) then shows one clear line
    instead of a driver error; SQLite has already rolled the statement back.
    """
    from sqlalchemy import event

    if engine in _translated:
        return
    _translated.add(engine)
    path = sqlite_path(engine.url.render_as_string(hide_password=True))
    where = str(path) if path else "the database"

    def _translate(context) -> None:
        error = storage_error(context.original_exception, where)
        if error is not None:
            raise error from context.original_exception

    event.listen(engine, "handle_error", _translate)
