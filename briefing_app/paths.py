"""Every file location the app uses is decided here, and only here.

User data (the database, backups, settings) lives in the platform's user data
directory; `BRIEFING_APP_HOME` moves all of it (tests and portable installs).
Resources and templates ship inside the wheel as ``briefing_app/resources``
and ``briefing_app/templates``; in a source checkout they are the top-level
``resources/`` and ``templates/`` folders. The desktop bundle
(``packaging/briefing-app.spec``) lays them out as the wheel does, beside the
frozen package in ``sys._MEIPASS`` (``<bundle>/_internal/briefing_app/``), so
the same lookup serves it: no other code asks whether the app is frozen.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from briefing_app.errors import UserError


class DataFolderError(UserError):
    """The user data folder cannot be created or used."""


_PACKAGE_DIR = Path(__file__).resolve().parent
_APP_DIRNAME = "BriefingApp"


def _shipped_dir(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def user_data_dir() -> Path:
    """Folder for the database, backups and settings (created on demand)."""
    home = os.environ.get("BRIEFING_APP_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(_APP_DIRNAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(
            f"cannot use the data folder {path}: {exc.strerror or exc} "
            "(set BRIEFING_APP_HOME to a folder you can write to)"
        ) from exc
    return path


def database_override() -> str:
    """The database the environment names (``BRIEFING_APP_DB``: a path or URL), or ""."""
    return os.environ.get("BRIEFING_APP_DB", "")


def default_database_path() -> Path:
    return user_data_dir() / "briefing.db"


def backups_dir(database: Path | None = None) -> Path:
    """Backups sit beside the data: ``<data dir>/backups/<database stem>/``."""
    stem = (database or default_database_path()).stem
    path = user_data_dir() / "backups" / stem
    path.mkdir(parents=True, exist_ok=True)
    return path


def template_code_dir() -> Path:
    """Where compiled pack template code is cached (not created here): the user's cache
    folder, or ``<BRIEFING_APP_HOME>/cache/template-code`` when that is set."""
    home = os.environ.get("BRIEFING_APP_HOME")
    if home:
        return Path(home) / "cache" / "template-code"
    return Path(platformdirs.user_cache_dir(_APP_DIRNAME, appauthor=False)) / "template-code"


def settings_file() -> Path:
    return user_data_dir() / "settings.json"


def log_file() -> Path:
    """Where unexpected errors are logged with their traceback (never shown on screen)."""
    return user_data_dir() / "briefing-app.log"


def resources_dir() -> Path:
    return _shipped_dir("resources")


def templates_dir() -> Path:
    return _shipped_dir("templates")


def demo_data_file() -> Path:
    return resources_dir() / "demo" / "roundtable-2022.json"


def demo_database_path() -> Path:
    """A database of its own for the demo, when the user's library should stay clean."""
    return user_data_dir() / "demo.db"


def user_guide(language: str = "en") -> Path:
    """The user guide shipped with the app (Markdown), in ``language`` if there is one."""
    folder = resources_dir() / "help"
    translated = folder / f"user-guide.{language}.md"
    return translated if language != "en" and translated.is_file() else folder / "user-guide.md"


def default_pack_template() -> Path:
    return templates_dir() / "pack.docx"


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "db" / "migrations"
