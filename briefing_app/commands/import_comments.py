"""``briefing-app import-comments MEETING FILE.docx``: read Word comments back from a pack."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "import-comments",
        help="attach the Word comments in an exported pack to its pack version",
        description="Read the comments reviewers wrote in FILE.docx (a pack of MEETING "
        "exported by this app) and attach each to the pack version, and to the talking point "
        "or organization section it sits in. Comments already imported are skipped. A file "
        "that is not one of our packs, or a pack of another meeting, is refused.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument("file", metavar="FILE.docx", help="the pack with Word comments")
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.services.review.word_comments import import_word_comments

    db = database(args)
    try:
        with db.session() as session, session.begin():
            result = import_word_comments(session, args.meeting, args.file)
    finally:
        db.dispose()
    print(
        f"{args.file}: {len(result.added)} comment(s) added to pack version {result.version}"
        + (f", {result.skipped} already imported" if result.skipped else "")
    )
    for c in result.added:
        print(f"  [{c.about}] {c.author}: {c.text}")
    return 0
