"""The domain model as SQLAlchemy 2.x typed ORM classes (DESIGN.md §2), one module
per area: ``library`` (organizations, people, priorities, talking points,
engagements), ``meetings`` (agenda, participants, seating, chosen talking
points), ``packs`` (pack versions, their files, review comments) and ``audit``.

Every record that people edit carries ``version`` as SQLAlchemy's version
counter and ``uid`` as its stable key (``tracked.Tracked``). Import the classes
from here (``from briefing_app.db.models import Meeting``): importing this
package registers every table on ``Base.metadata``.
"""

from briefing_app.db.models.audit import AuditEvent
from briefing_app.db.models.library import (
    Engagement,
    Organization,
    OrganizationKind,
    Person,
    PersonPhoto,
    Priority,
    TalkingPoint,
    talking_point_priorities,
    talking_point_targets,
)
from briefing_app.db.models.meetings import (
    AgendaItem,
    Meeting,
    MeetingTalkingPoint,
    Participant,
    Seat,
    SeatingPlan,
    participant_principals,
)
from briefing_app.db.models.packs import PackFile, PackVersion, ReviewComment
from briefing_app.db.models.tracked import Tracked

__all__ = [
    "AgendaItem",
    "AuditEvent",
    "Engagement",
    "Meeting",
    "MeetingTalkingPoint",
    "Organization",
    "OrganizationKind",
    "PackFile",
    "PackVersion",
    "Participant",
    "Person",
    "PersonPhoto",
    "Priority",
    "ReviewComment",
    "Seat",
    "SeatingPlan",
    "TalkingPoint",
    "Tracked",
    "participant_principals",
    "talking_point_priorities",
    "talking_point_targets",
]
