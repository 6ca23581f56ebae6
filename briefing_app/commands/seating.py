"""``briefing-app seating MEETING``: seat a meeting by protocol rules; write the
plan as JSON or a one-page Word chart (or its PDF) (docs/seating.md)."""

from __future__ import annotations

from briefing_app.commands import database

SHAPES = ("round", "boardroom", "head", "u_shape", "theatre")
SIDES = ("none", "top", "bottom", "left", "right")


def register(sub) -> None:
    p = sub.add_parser(
        "seating", help="seat a meeting by protocol rules; write the plan (.json, .docx or .pdf)"
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or part of its title")
    p.add_argument("--shape", choices=SHAPES, help="table shape (default: the plan's, else round)")
    p.add_argument("--seats", type=int, metavar="N", help="seats at the table (or head table)")
    p.add_argument("--back-seats", type=int, metavar="N", help="chairs behind / audience seats")
    for name in ("door", "screen"):
        p.add_argument(
            f"--{name}", choices=SIDES,
            help=f"side of the drawing the room's {name} is on (none: not shown)",
        )  # fmt: skip
    p.add_argument(
        "--out", metavar="FILE", help="plan.json, plan.docx or plan.pdf (made by LibreOffice)"
    )
    p.add_argument(
        "--lang", "--language", dest="language", choices=("en", "zh", "both"),
        help="language of names on the chart (default: the meeting's)",
    )  # fmt: skip
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.errors import UserError
    from briefing_app.services.files import check_target

    out = args.out or ""
    kind = out.lower().rsplit(".", 1)[-1] if "." in out else ""
    if out and kind not in ("json", "docx", "pdf"):
        raise UserError(f"{out}: the seating plan is written as .json, .docx or .pdf")
    if out:
        check_target(out)  # before seating: a target we cannot write changes nothing
    db = database(args)
    try:
        with db.session() as session, session.begin():
            meeting, view, lines = _seat(session, args)
    finally:
        db.dispose()
    if kind:
        lines.append(_write(kind, out, meeting, view))
    for line in lines:
        print(line)
    return 0


def _seat(session, args):
    """Seat the meeting (in the caller's transaction); return it as plain values."""
    from types import SimpleNamespace

    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.seating import plan_view, seat_meeting

    meeting = find_meeting(session, args.meeting)
    seat_meeting(session, meeting, args.shape, args.seats, args.back_seats)
    if args.door or args.screen:
        from briefing_app.services.seating.edit import set_room

        side = {None: None, "none": ""}
        set_room(session, meeting.id, side.get(args.door, args.door),
                 side.get(args.screen, args.screen))  # fmt: skip
    language = args.language or meeting.language or "en"
    view = plan_view(session, meeting, language)
    seated = sum(1 for r in view.seats if r.name)
    lines = [f"{meeting.title}: {view.shape}, {view.seat_count} seats at the table, "
             f"{len(view.seats) - view.seat_count} behind; {seated} seated"]  # fmt: skip
    lines += [f"warning: {w}" for w in view.warnings]
    about = SimpleNamespace(
        language=language, marking=meeting.classification or "", title_zh=meeting.title_zh or ""
    )
    return about, view, lines


def _write(kind: str, out: str, meeting, view) -> str:
    import json
    from pathlib import Path

    from briefing_app.services.files import atomic_write
    from briefing_app.services.pdf import make_pdf
    from briefing_app.services.seating import plan_json
    from briefing_app.services.seating.chart import write_chart

    if kind == "json":
        text = json.dumps(plan_json(view), ensure_ascii=False, indent=2) + "\n"
        path = atomic_write(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        return f"{path}: seating plan (JSON)"

    def chart(target):
        return write_chart(view, target, meeting.language, meeting.marking, meeting.title_zh)

    if kind == "pdf":
        make_pdf(out, chart, ".docx")
        return f"{Path(out).resolve()}: seating chart (PDF)"
    return f"{chart(out)}: seating chart (Word)"
