"""``briefing-app backup [--out FILE] [--list]``: back up the database now, or list backups."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("backup", help="back up the database now (or --list the backups)")
    p.add_argument(
        "--out", metavar="FILE", help="write the backup here instead of the backups folder"
    )
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.set_defaults(handler=run)


def database_file(args) -> Path:
    """The SQLite file named by ``--db`` (or the default), without opening it."""
    from briefing_app.db.session import capabilities_at, resolve_url, sqlite_path
    from briefing_app.errors import UserError

    if not capabilities_at(args.db).file_backup:
        raise UserError("this command works on SQLite database files, not on a database server")
    return sqlite_path(resolve_url(args.db))


def server_url(args) -> str | None:
    """The URL of the PostgreSQL database ``--db`` (or the default) names; None for a file."""
    from briefing_app.db.open import backend_of
    from briefing_app.db.session import resolve_url

    url = resolve_url(args.db)
    return url if backend_of(url) == "postgresql" else None


def run(args) -> int:
    from briefing_app.services import backup

    url = server_url(args)
    if url is not None:
        return _server(args, url)
    database = database_file(args)
    if args.list:
        return _list(backup, database)
    target = backup.backup_now(database, "manual", out=Path(args.out) if args.out else None)
    size = target.stat().st_size / 1024
    print(f"{database}: backed up to {target} ({size:,.0f} KB)")
    return 0


def _list(backup, database: Path) -> int:
    return _print_list(backup.list_backups(database), database)


def _print_list(infos, database) -> int:
    if not infos:
        print(f"{database}: no backups yet")
        return 0
    for info in infos:
        when = info.created.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}  {info.reason:<28} {info.size / 1024:>8,.0f} KB  {info.path}")
    return 0


def _server(args, url: str) -> int:
    """pg_dump of a team's server database (services/server_backup.py)."""
    from briefing_app.db.session import display_location
    from briefing_app.services import server_backup

    if args.list:
        return _print_list(server_backup.list_server_backups(url), display_location(url))
    target = server_backup.backup_server(url, "manual", out=Path(args.out) if args.out else None)
    size = target.stat().st_size / 1024
    print(f"{display_location(url)}: backed up to {target} ({size:,.0f} KB, pg_dump custom format)")
    return 0
