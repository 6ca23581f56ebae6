"""``briefing-app photos FOLDER``: set the photos of many people from a folder of
image files named by the people's uids or names (``wang-yi.jpg``, ``王毅.png``).
Files no person matches, or several do, and files that are not usable images are
reported; the others are set (docs/your-data.md "Photos")."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "photos", help="set people's photos from a folder of image files named by uid or name"
    )
    p.add_argument("folder", metavar="FOLDER", help="folder of image files")
    p.add_argument("--dry-run", action="store_true", help="match and check, but write nothing")
    p.set_defaults(handler=run, writes=lambda a: not a.dry_run)


def run(args) -> int:
    from briefing_app.services.photos.folder import import_folder

    db = database(args)
    try:
        with db.session() as session:
            if args.dry_run:  # nothing committed: the session rolls back on close
                lines = _report(import_folder(session, args.folder), dry_run=True)
            else:
                with session.begin():
                    lines = _report(import_folder(session, args.folder), dry_run=False)
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0


def _report(result, dry_run: bool) -> list[str]:
    verb, done = ("would set", "would be set") if dry_run else ("set", "set")
    lines = [
        f"{len(result.set)} photo(s) {done}, {len(result.unmatched)} file(s) matched no one, "
        f"{len(result.ambiguous)} matched several people, {len(result.refused)} refused"
    ]
    for name, person in result.set:
        lines.append(f"  {verb}: {name} -> {person.given_name} {person.family_name}".rstrip())
    lines += [f"  no one matches: {name}" for name in result.unmatched]
    lines += [f"  several people match (rename it to the uid): {n}" for n in result.ambiguous]
    lines += [f"  refused: {line}" for line in result.refused]
    return lines
