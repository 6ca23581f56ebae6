"""``briefing-app seating MEETING``: seat a meeting by protocol rules; write the
plan as JSON or a one-page Word chart (docs/seating.md)."""

from __future__ import annotations

from briefing_app.commands import database

SHAPES = ("round", "boardroom", "head", "u_shape", "theatre")


def register(sub) -> None:
    p = sub.add_parser(
        "seating", help="seat a meeting by protocol rules; write the plan (.json or .docx)"
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or part of its title")
    p.add_argument("--shape", choices=SHAPES, help="table shape (default: the plan's, else round)")
    p.add_argument("--seats", type=int, metavar="N", help="seats at the table (or head table)")
    p.add_argument("--back-seats", type=int, metavar="N", help="chairs behind / audience seats")
    p.add_argument("--out", metavar="FILE", help="plan.json or plan.docx to write")
    p.add_argument(
        "--lang", "--language", dest="language", choices=("en", "zh", "both"),
        help="language of names on the chart (default: the meeting's)",
    )  # fmt: skip
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.errors import UserError

    out = args.out or ""
    kind = out.lower().rsplit(".", 1)[-1] if "." in out else ""
    if out and kind not in ("json", "docx"):
        raise UserError(f"{out}: the seating plan is written as .json or .docx")
    db = database(args)
    try:
        with db.session() as session, session.begin():
            lines = _seat_and_write(session, args, kind)
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0


def _seat_and_write(session, args, kind: str) -> list[str]:
    import json

    from briefing_app.services.files import atomic_write
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.seating import plan_json, plan_view, seat_meeting
    from briefing_app.services.seating.chart import write_chart

    meeting = find_meeting(session, args.meeting)
    seat_meeting(session, meeting, args.shape, args.seats, args.back_seats)
    language = args.language or meeting.language or "en"
    view = plan_view(session, meeting, language)
    seated = sum(1 for r in view.seats if r.name)
    lines = [f"{meeting.title}: {view.shape}, {view.seat_count} seats at the table, "
             f"{len(view.seats) - view.seat_count} behind; {seated} seated"]  # fmt: skip
    lines += [f"warning: {w}" for w in view.warnings]
    if kind == "json":
        text = json.dumps(plan_json(view), ensure_ascii=False, indent=2) + "\n"
        path = atomic_write(args.out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        lines.append(f"{path}: seating plan (JSON)")
    elif kind == "docx":
        marking = meeting.classification or ""
        path = write_chart(view, args.out, language, marking, meeting.title_zh or "")
        lines.append(f"{path}: seating chart (Word)")
    return lines
