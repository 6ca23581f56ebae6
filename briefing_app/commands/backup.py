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
    from briefing_app.db.session import resolve_url, sqlite_path
    from briefing_app.errors import UserError

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise UserError("this command works on SQLite database files, not on a database server")
    return path


def run(args) -> int:
    from briefing_app.services import backup

    database = database_file(args)
    if args.list:
        return _list(backup, database)
    target = backup.backup_now(database, "manual", out=Path(args.out) if args.out else None)
    size = target.stat().st_size / 1024
    print(f"{database}: backed up to {target} ({size:,.0f} KB)")
    return 0


def _list(backup, database: Path) -> int:
    infos = backup.list_backups(database)
    if not infos:
        print(f"{database}: no backups yet")
        return 0
    for info in infos:
        when = info.created.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}  {info.reason:<28} {info.size / 1024:>8,.0f} KB  {info.path}")
    return 0
