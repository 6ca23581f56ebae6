"""Backups of a team's PostgreSQL database with pg_dump and pg_restore (no Qt).

A backup is ``pg_dump --format=custom`` written to a temporary name, read back
with ``pg_restore --list`` and only then renamed into place, so a half backup
never looks whole. Backups of a server go to ``<data dir>/backups/<server
stem>/`` as ``<stem>-<stamp>-<reason>.dump``, where the stem names the host,
port and database; ``--out`` puts one anywhere.

Restore refuses a file that is not a Briefing App dump of a schema revision
this app knows (read from the dump's ``alembic_version`` before anything is
touched), backs up the database as it is first, then replays the dump in one
transaction (``--single-transaction --exit-on-error``: all or nothing),
dropping the app's objects before re-creating them. The pg_trgm extension is
left as the administrator installed it. Ownership and grants are not replayed:
objects belong to the login that restores (docs/team.md).

Passwords never go on a command line: the URL's password reaches the programs
in ``PGPASSWORD``; without one libpq reads ``~/.pgpass`` (``PGPASSFILE``).
The server's own backups (its administrator's) remain the ones that count;
these are the team's safety net before risky work.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from briefing_app import paths
from briefing_app.db.session import display_location, libpq_environment, psycopg_conninfo
from briefing_app.errors import UserError
from briefing_app.services.backup import BackupInfo, backup_name, describe_file

SUFFIX = ".dump"
#: Every custom-format archive starts with these bytes.
MAGIC = b"PGDMP"
TIMEOUT_S = 3600


class ServerBackupError(UserError):
    """pg_dump or pg_restore is missing, failed, or the file is not a backup of ours."""


def server_stem(url: str) -> str:
    """``host-port-database``, a file-name-safe name for a server database's backups."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    parts = [parsed.host or "local", str(parsed.port or 5432), parsed.database or "postgres"]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", "-".join(parts))  # no dots: Path.stem keeps it whole


def backups_folder(url: str) -> Path:
    return paths.backups_dir(Path(server_stem(url)))


def find_program(name: str) -> str:
    """pg_dump or pg_restore: on PATH, else the newest in Debian's /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return str(candidates[-1])
    raise ServerBackupError(
        f"{name} was not found: install PostgreSQL's client programs (Debian: postgresql-client)"
        " at a version at least the server's, or rely on the server's own backups"
    )


def _run(name: str, args: list[str], url: str) -> subprocess.CompletedProcess:
    command = [find_program(name), *args]
    try:
        done = subprocess.run(
            command, capture_output=True, env=libpq_environment(url), timeout=TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerBackupError(f"{name} could not run: {exc}") from exc
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = next(
            (line for line in error if "error" in line.lower()), error[0] if error else ""
        )
        raise ServerBackupError(f"{display_location(url)}: {name} failed: {detail}")
    return done


def _dbname(url: str) -> str:
    return f"--dbname={psycopg_conninfo(url, with_password=False)}"


def backup_server(url: str, reason: str = "manual", out: Path | str | None = None) -> Path:
    """Dump the database at ``url`` (custom format); returns the file written."""
    if out is None:
        folder = backups_folder(url)
        name = backup_name(Path(server_stem(url)), reason)
        destination = folder / (name.removesuffix(".db") + SUFFIX)
    else:
        destination = Path(out).expanduser().resolve()
    if destination.exists() and not destination.is_file():
        raise ServerBackupError(f"{destination} is not a regular file; choose another file name")
    tmp = destination.with_name(f".{destination.name}.{os.getpid()}.part")
    try:
        _run("pg_dump", ["--format=custom", f"--file={tmp}", _dbname(url)], url)
        _entries(tmp, url)  # readable to the end, or not a backup
        os.replace(tmp, destination)
    finally:
        tmp.unlink(missing_ok=True)
    return destination


def list_server_backups(url: str) -> list[BackupInfo]:
    """This server database's backups in the backups folder, newest first."""
    stem = server_stem(url)
    infos = [describe_file(p, stem) for p in backups_folder(url).glob(f"*{SUFFIX}")]
    return sorted(infos, key=lambda b: b.created, reverse=True)


def _entries(path: Path, url: str) -> list[str]:
    """The table of contents of a custom-format archive (pg_restore --list)."""
    listing = _run("pg_restore", ["--list", str(path)], url).stdout.decode("utf-8", "replace")
    return [line for line in listing.splitlines() if line and not line.startswith(";")]


def dump_revision(path: Path, url: str) -> str | None:
    """The schema revision recorded in a dump's ``alembic_version`` table, if any."""
    script = _run(
        "pg_restore", ["--data-only", "--table=alembic_version", "--file=-", str(path)], url
    ).stdout.decode("utf-8", "replace")
    lines = script.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return None if value == "\\." else value
    return None


@dataclass(frozen=True)
class ServerRestoreResult:
    restored_from: Path
    previous: Path  # the dump of the database as it was before the restore
    revision: str


def validate_dump(path: Path, url: str) -> str:
    """The dump's revision; ServerBackupError naming the file if it is not ours."""
    from briefing_app.db.migrate import known_revisions

    try:
        with path.open("rb") as handle:
            head = handle.read(len(MAGIC))
    except OSError as exc:
        raise ServerBackupError(f"{path}: cannot be read ({exc.strerror})") from exc
    if head != MAGIC:
        raise ServerBackupError(
            f"{path}: not a PostgreSQL backup (pg_dump --format=custom); nothing was changed"
        )
    revision = dump_revision(path, url)
    if revision is None:
        raise ServerBackupError(f"{path}: not a backup of a Briefing App database")
    if revision not in known_revisions():
        raise ServerBackupError(
            f"{path}: written by a newer version of Briefing App (schema {revision}); "
            "update the app first"
        )
    return revision


def restore_server(url: str, backup_file: Path | str) -> ServerRestoreResult:
    """Replace the database at ``url`` with ``backup_file``, after dumping it as it is."""
    source = Path(backup_file).expanduser().resolve()
    if not source.is_file():
        raise ServerBackupError(f"{source}: no such file")
    revision = validate_dump(source, url)
    previous = backup_server(url, "pre-restore")
    keep = [e for e in _entries(source, url) if " EXTENSION " not in e]
    listing = previous.with_name(f".{previous.stem}.restore-list")
    listing.write_text("\n".join(keep) + "\n", encoding="utf-8")
    try:
        _run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-acl",
                            "--single-transaction", "--exit-on-error", f"--use-list={listing}",
                            _dbname(url), str(source)], url)  # fmt: skip
    finally:
        listing.unlink(missing_ok=True)
    return ServerRestoreResult(source, previous, revision)
