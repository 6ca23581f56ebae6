"""The demo meeting: "Roundtable 2022" hosted by the WIPO Office in China
(modelled on ../shared/seed/roundtable-2022.txt). The data is a file in the
interchange format (resources/demo/roundtable-2022.json); the people in it are
fictional apart from public office-holders named in the article."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app import paths
from briefing_app.db.models import Meeting

DEMO_MEETING_UID = "ROUNDTABLE-2022"


def demo_present(session: Session) -> bool:
    """True if the demo meeting is already in the database."""
    return session.scalar(select(Meeting.id).where(Meeting.uid == DEMO_MEETING_UID)) is not None


def demo_meeting_id(session: Session) -> int | None:
    """The id of the demo meeting, if it is in the database."""
    return session.scalar(select(Meeting.id).where(Meeting.uid == DEMO_MEETING_UID))


def library_is_empty(session: Session) -> bool:
    """True if the database holds no organization and no meeting (a fresh database)."""
    from sqlalchemy import exists

    from briefing_app.db.models import Organization

    return not session.scalar(select(exists().where(Organization.id.is_not(None)))) and not (
        session.scalar(select(exists().where(Meeting.id.is_not(None))))
    )


def load_demo(session: Session) -> bool:
    """Load the demo data unless its meeting is present. True if it loaded.

    Idempotent: a second call writes nothing (and leaves the user's edits to
    the demo records alone). The caller owns the transaction.
    """
    if demo_present(session):
        return False
    from briefing_app.services.interchange import import_file

    import_file(session, paths.demo_data_file())
    return True
