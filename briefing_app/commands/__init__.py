"""One module per CLI command; each defines ``register(subparsers)``.

``cli.py`` imports only the chosen command's module, and every module here stays light
at module level (no SQLAlchemy, docx, openpyxl...): a command imports its services
inside its handler (``tests/test_light_imports.py``)."""

from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.db.session import Database


def add_bios_option(parser) -> None:
    """``--bios heads|all|none``: whose biographies the pack has (``pack``, ``briefing-set``;
    the scopes of ``services/pack/biographies.py``)."""
    parser.add_argument(
        "--bios",
        choices=("heads", "all", "none"),
        default=None,
        help="biographies with photos: of heads of delegation, of all participants, or "
        "none (default: the pack_biographies setting, heads)",
    )


def database(args: Namespace) -> Database:
    """Open (and upgrade) the database the front door chooses (``db.open.choose_location``:
    ``--db``, ``BRIEFING_APP_DB``, Preferences, the default file), as the GUI does.

    A file that cannot be written (read-only file, folder or medium) is opened
    read-only, as the GUI does: every command that only reads works on it; one
    that writes gets one clear line when it tries.
    """
    from briefing_app.db.migrate import open_database
    from briefing_app.db.session import resolve_url, sqlite_path
    from briefing_app.services.environment import install_storage_errors, read_only_reason

    path = sqlite_path(resolve_url(args.db))
    reason = read_only_reason(path)
    if reason:
        from briefing_app.services.lock import open_read_only_database

        return open_read_only_database(path, reason)
    db = open_database(args.db)
    install_storage_errors(db.engine)  # disk full / read-only: one clear line, exit 2
    return db
