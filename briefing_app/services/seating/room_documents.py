"""Place cards and badges written for a meeting, as Word or PDF: the one entry
point the ``place-cards`` and ``badges`` commands and the Seating tab share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting
from briefing_app.errors import UserError
from briefing_app.services.pdf import make_pdf, output_format
from briefing_app.services.seating.attendees import LANGUAGES, AttendeeList, attendee_list


@dataclass(frozen=True)
class Written:
    """What was written: the file, how many cards or badges, how many pages."""

    path: Path
    count: int
    pages: int


def _attendees(session: Session, meeting: Meeting, language: str | None, what: str) -> AttendeeList:
    if language is not None and language not in LANGUAGES:
        raise UserError(f'{what}: unknown language "{language}" (use en, zh or both)')
    people = attendee_list(session, meeting, language)
    if not people.attendees:
        raise UserError(f'{meeting.title}: no participants (other than those who declined) '
                        f"to make {what} for")  # fmt: skip
    return people


def _write(out, write, what: str) -> Path:
    if output_format(out, ".docx", what) == "pdf":
        make_pdf(out, write, ".docx")
        return Path(out).resolve()
    return write(out)


def export_cards(
    session: Session,
    meeting: Meeting,
    out,
    language: str | None = None,
    paper: str = "a4",
    organization: bool = False,
    progress=None,
) -> Written:
    """Write the meeting's place cards to ``out`` (.docx or .pdf)."""
    from briefing_app.services.seating.cards import PAPERS, CardOptions, write_cards
    from briefing_app.services.seating.cards_odt import write_cards_odt

    if paper not in PAPERS:
        raise UserError(f'place cards: unknown paper "{paper}" (use a4 or letter)')
    kind = output_format(out, ".docx", "place cards")  # refused before any work
    people = _attendees(session, meeting, language, "place cards")
    options = CardOptions(paper, organization)
    if kind == "pdf":  # LibreOffice turns Chinese text right only in its own shapes
        make_pdf(out, lambda target: write_cards_odt(people, target, options), ".fodt")
        path = Path(out).resolve()
    else:
        path = write_cards(people, out, options, progress)
    return Written(path, len(people.attendees), len(people.attendees))


def export_badges(
    session: Session, meeting: Meeting, out, layout, language: str | None = None, progress=None
) -> Written:
    """Write the meeting's name badges on ``layout`` (a LabelSheet) to ``out``."""
    from briefing_app.services.seating.badges import write_badges

    output_format(out, ".docx", "badges")
    people = _attendees(session, meeting, language, "badges")
    path = _write(out, lambda target: write_badges(people, target, layout, progress), "badges")
    count = len(people.attendees)
    return Written(path, count, -(-count // layout.per_sheet))
