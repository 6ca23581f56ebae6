"""``briefing-app photo PERSON FILE``: set a person's photo from an image file
(checked, re-encoded; docs/your-data.md "Photos"); ``--remove`` removes it,
``--out FILE`` writes the stored photo to a file."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "photo", help="set (or --remove, or --out) a person's photo from an image file"
    )
    p.add_argument("person", metavar="PERSON", help="person id, uid or name")
    p.add_argument("file", metavar="FILE", nargs="?", help="image file (JPEG, PNG, WebP...)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--remove", action="store_true", help="remove the person's photo")
    what.add_argument("--out", metavar="FILE", help="write the stored photo to FILE")
    p.set_defaults(handler=run, writes=lambda a: a.out is None)


def run(args) -> int:
    from briefing_app.errors import UserError

    if bool(args.file) == bool(args.remove or args.out):
        raise UserError("photo: give an image FILE, or --remove, or --out FILE (one of them)")
    db = database(args)
    try:
        with db.session() as session, session.begin():
            line = _act(session, args)
    finally:
        db.dispose()
    print(line)
    return 0


def _act(session, args) -> str:
    from briefing_app.services.photos import read_photo
    from briefing_app.services.photos.store import find_person, remove_photo, set_photo

    person = find_person(session, args.person)
    who = f"{person.given_name} {person.family_name}".strip()
    if args.remove:
        removed = remove_photo(session, person)
        return f"{who}: photo removed" if removed else f"{who}: had no photo"
    if args.out:
        return _write_out(session, person, who, args.out)
    photo = read_photo(args.file)
    set_photo(session, person, photo)
    size = f"{photo.width} x {photo.height} {photo.format.upper()}, {len(photo.data) // 1024} KB"
    return f"{who}: photo set from {args.file} ({size})"


def _write_out(session, person, who: str, out: str) -> str:
    from pathlib import Path

    from briefing_app.errors import NotFoundError
    from briefing_app.services.files import atomic_write, check_target
    from briefing_app.services.photos.store import get_photo

    photo = get_photo(session, person.id)
    if photo is None:
        raise NotFoundError(f"{who} has no photo")
    target = check_target(out)
    atomic_write(target, lambda tmp: Path(tmp).write_bytes(photo.data))
    return f"{who}: photo written to {target} ({photo.format.upper()})"
