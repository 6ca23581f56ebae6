"""``briefing-app agenda MEETING [add|edit|remove|move]``: list a meeting's agenda, or
change it through the services the GUI's agenda tab uses (``services/meeting_edit``)."""

from __future__ import annotations

from briefing_app.commands import database

#: option -> agenda field (``--speaker`` and ``--speaker-person`` are handled apart).
_FIELDS = {
    "title": "title",
    "title_zh": "title_zh",
    "time": "start_time",
    "minutes": "duration_minutes",
    "speaker_zh": "speaker_zh",
    "notes": "notes",
    "notes_zh": "notes_zh",
}


def register(sub) -> None:
    p = sub.add_parser(
        "agenda",
        help="list a meeting's agenda, or add, edit, remove or move an item",
        description="Without an action: the agenda as a table (number, time, minutes, "
        "item, speaker; Chinese title, Chinese speaker and notes below each item). "
        "ITEM is the item's number as listed, or a unique part of its English or "
        "Chinese title. Every change is recorded in the history, as an edit in the app is.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument(
        "--lang", choices=("en", "zh"), default="en",
        help="language in which speakers chosen from the people are named (listing)",
    )  # fmt: skip
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="append an item (or put it at --at N)")
    add.add_argument("title", metavar="TITLE", help="the item's title in English")
    add.add_argument("--at", type=int, metavar="N", help="its number on the agenda (1 = first)")
    _field_options(add, with_title=False)
    edit = actions.add_parser("edit", help="change fields of an item ('' clears one)")
    edit.add_argument("item", metavar="ITEM", help="item number or part of its title")
    _field_options(edit, with_title=True)
    remove = actions.add_parser("remove", help="remove an item")
    remove.add_argument("item", metavar="ITEM", help="item number or part of its title")
    move = actions.add_parser("move", help="move an item to another place")
    move.add_argument("item", metavar="ITEM", help="item number or part of its title")
    move.add_argument("to", type=int, metavar="N", help="its new number (1 = first)")
    p.set_defaults(handler=run, writes=lambda a: a.action is not None)


def _field_options(p, with_title: bool) -> None:
    if with_title:
        p.add_argument("--title", metavar="TEXT", help="title in English")
    p.add_argument("--title-zh", metavar="TEXT", help="title in Chinese")
    p.add_argument("--time", metavar="HH:MM", help="start time ('' for none)")
    p.add_argument("--minutes", metavar="N", help="duration in minutes ('' or 0 for none)")
    speaker = p.add_mutually_exclusive_group()
    speaker.add_argument("--speaker", metavar="TEXT", help="speaker as free text")
    speaker.add_argument(
        "--speaker-person", metavar="PERSON",
        help="speaker as a person (id, uid or name): named in the pack from the person",
    )  # fmt: skip
    p.add_argument("--speaker-zh", metavar="TEXT", help="the free-text speaker in Chinese")
    p.add_argument("--notes", metavar="TEXT", help="notes (printed under the item in the pack)")
    p.add_argument("--notes-zh", metavar="TEXT", help="the notes in Chinese")


def run(args) -> int:
    db = database(args)
    try:
        with db.session() as session, session.begin():
            lines = _act(session, args)
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0


def _act(session, args) -> list[str]:
    from briefing_app.services import meeting_edit as me
    from briefing_app.services.meetings import find_meeting

    meeting = find_meeting(session, args.meeting)
    if args.action is None:
        return _listing(meeting.title, me.list_agenda(session, meeting.id, args.lang))
    if args.action == "add":
        return [_add(session, meeting, args)]
    item = me.find_agenda_item(session, meeting.id, args.item)
    where = f'{meeting.title}: agenda item {me.item_number(session, item)} "{item.title}"'
    if args.action == "remove":
        me.delete_agenda_item(session, item.id)
        return [f"{where} removed"]
    if args.action == "move":
        me.move_agenda_item(session, item.id, args.to - 1)
        return [f"{where} moved to {args.to}"]
    values = _values(session, args, me.item_label(session, item))
    if not values:
        from briefing_app.errors import UserError

        raise UserError(f"{where}: nothing to change (give --title, --time, --notes-zh, …)")
    me.update_agenda_item(session, item.id, **values)
    return [f"{where} changed: {', '.join(sorted(values))}"]


def _add(session, meeting, args) -> str:
    from briefing_app.services import meeting_edit as me

    values = _values(session, args, f'meeting "{meeting.title}", new agenda item')
    item_id = me.add_agenda_item(session, meeting.id, args.title, **values)
    if args.at is not None:
        me.move_agenda_item(session, item_id, args.at - 1)
    number = len(me.list_agenda(session, meeting.id)) if args.at is None else args.at
    return f'{meeting.title}: agenda item {number} "{args.title.strip()}" added'


def _values(session, args, where: str) -> dict:
    """The fields the options give, as the services take them; a value that does not
    parse is a ValidationError naming ``where`` (the meeting and item) and the field."""
    from briefing_app.errors import UserError, ValidationError
    from briefing_app.services import meeting_edit as me

    given = {f: getattr(args, o) for o, f in _FIELDS.items() if getattr(args, o, None) is not None}
    if args.action == "add":
        given.pop("title", None)  # the TITLE argument, not an option
    try:
        values = {field: me.field_value(field, value) for field, value in given.items()}
        if args.speaker_person is not None:
            from briefing_app.services.photos.store import find_person

            if args.speaker_zh is not None:
                raise ValidationError(["speaker_zh: a speaker chosen from the people is named "
                                       "from the person (no free text)"])  # fmt: skip
            person = find_person(session, args.speaker_person)
            values |= me.speaker_values(person_id=person.id)
        elif args.speaker is not None:
            values |= me.speaker_values(text=args.speaker)
    except ValidationError as exc:
        raise ValidationError(exc.problems, where) from None
    except UserError as exc:
        raise ValidationError([f"speaker_person_id: {exc}"], where) from None
    return values


def _listing(title: str, rows) -> list[str]:
    if not rows:
        return [f"{title}: no agenda items"]
    table = [("#", "Time", "Min", "Item", "Speaker")]
    details = []
    for number, r in enumerate(rows, 1):
        time = r.start_time.strftime("%H:%M") if r.start_time else ""
        minutes = str(r.duration_minutes or "")
        table.append((str(number), time, minutes, r.title, r.speaker_display))
        details.append(_details(r))
    head, *body = _text_table(table, right=(0, 2))
    lines = [f"{title}: agenda ({len(rows)} items)", head]
    for line, extra in zip(body, details, strict=True):
        lines += [line, *extra]
    return lines


def _details(row) -> list[str]:
    """The lines under an item: its Chinese title and speaker, its notes."""
    pairs = (
        ("title (zh)", row.title_zh),
        ("speaker (zh)", row.speaker_zh if not row.speaker_person_id else ""),
        ("notes", row.notes),
        ("notes (zh)", row.notes_zh),
    )
    return [f"{'':5}{label}: {text}" for label, text in pairs if text]


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (a Chinese character two)."""
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def _text_table(rows: list[tuple], right: tuple = ()) -> list[str]:
    """``rows`` (the first the header) as aligned lines; columns in ``right`` right-aligned,
    the last column not padded."""
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, (text, width) in enumerate(zip(row, widths, strict=True)):
            pad = " " * (width - _width(text)) if i < len(row) - 1 or i in right else ""
            cells.append(pad + text if i in right else text + pad)
        lines.append("  ".join(cells).rstrip())
    return lines
