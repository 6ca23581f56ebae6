"""``briefing-app versions MEETING``: list a meeting's pack versions, or write one
again from its stored snapshot (``--export N --out FILE.docx``)."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "versions",
        help="list a meeting's pack versions and their review status",
        description="List the pack versions of MEETING (an id or a unique part of its title): "
        "number, when and by whom, review status, comments. With --export, write version N "
        "again from its stored snapshot (an approved version comes out without DRAFT).",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument("--export", metavar="N", help="version number to write again")
    p.add_argument("--out", metavar="FILE.docx", help="where to write --export")
    p.add_argument("--template", metavar="FILE.docx", help="Word template for --export")
    p.set_defaults(handler=run)


def version_line(v) -> str:
    """One line per version: number, date, author, files (languages and formats made of
    it), status (reviewer), comments, hash."""
    from briefing_app.services.review.status import STATUS_LABELS

    when = v.created_at.strftime("%Y-%m-%d %H:%M") if v.created_at else "?"
    status = STATUS_LABELS.get(v.status, v.status)
    if not v.is_delivered:
        status = "INTERRUPTED: file never confirmed, not for review"
    elif v.reviewer:
        decided = v.decided_at.strftime("%Y-%m-%d %H:%M") if v.decided_at else ""
        status += f" by {v.reviewer} {decided}".rstrip()
    comments = f"{v.comments} comment(s), {v.open_comments} open" if v.comments else "no comments"
    files = ", ".join(v.files) or v.language  # the languages (and formats) made of it
    fields = (f"v{v.number}", when, v.created_by, files, status, comments, v.file_hash[:12])
    approved = (f"approved file {v.approved_hash[:12]}",) if v.approved_hash else ()
    return "\t".join(fields + approved)


def run(args) -> int:
    from briefing_app.errors import UserError
    from briefing_app.services.review.versions import export_version, list_versions

    if bool(args.export) != bool(args.out):
        raise UserError("--export N and --out FILE.docx go together")
    db = database(args)
    try:
        if args.export:
            with db.session() as session, session.begin():  # records an approved file's hash
                path = export_version(session, args.meeting, args.export, args.out, args.template)
            print(f"{path}: pack version {args.export} written from its stored snapshot")
            return 0
        with db.session() as session:
            versions = list_versions(session, args.meeting)
    finally:
        db.dispose()
    if not versions:
        print("no pack versions yet: run `briefing-app pack MEETING --out FILE.docx`")
    for v in versions:
        print(version_line(v))
    return 0
