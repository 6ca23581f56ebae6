"""The "At a glance" page: the meeting on one page, for a reader with two minutes.

Rules (docs/pack.md, "At a glance"):

- **when and where**: the cover's date and time (with time zone and UTC offset),
  venue and city;
- **purpose**: the first paragraph of the meeting's objectives (write the main
  purpose first; the full text follows under "Purpose and objectives"); a paragraph
  longer than two lines (0 characters) is cut after its first clause (up to the first
  ";" or sentence end), when that is shorter;
- **who leads each delegation**: for each participating organization in order of
  precedence, its first person in order of precedence who is host, chair or head of
  delegation and has not declined, else its first person who has not declined, else
  "to be named"; the name in the pack's language with its native script;
- **messages that matter most**: the first key message under each priority,
  priorities in their order, at most five; when that gives fewer than three, the
  next key messages in the order of the Key messages section;
- **decisions sought**: the meeting's "decisions sought", one per line.
"""

from __future__ import annotations

import re
from unicodedata import east_asian_width

from briefing_app.db.models import Meeting, Participant
from briefing_app.domain.enums import ParticipantRole, Rsvp
from briefing_app.domain.text import CleanReport
from briefing_app.services.pack.fmt import TextPicker, split_paragraphs
from briefing_app.services.pack.labels import labels
from briefing_app.services.pack.model import (
    Cover,
    Glance,
    GlanceMessage,
    Lead,
    MessageGroup,
)
from briefing_app.services.pack.sections import person_name

MOST_MESSAGES, FEWEST_MESSAGES = 5, 3
#: Wider than this (in Latin characters; a Chinese one counts two), the purpose is cut
#: after its first clause (about two lines).
PURPOSE_CHARACTERS = 160
_CLAUSE_END = re.compile(r"[;；。]|\.\s")
_LEADING = {ParticipantRole.HOST.value, ParticipantRole.CHAIR.value}
_LEADING.add(ParticipantRole.HEAD_OF_DELEGATION.value)


def at_a_glance(
    meeting: Meeting,
    cover: Cover,
    participants: list[Participant],
    key_messages: list[MessageGroup],
    pick: TextPicker,
) -> Glance:
    """The page's content; ``participants`` in order of precedence."""
    comma = "，" if pick.language == "zh" else ", "
    return Glance(
        when=comma.join(part for part in (cover.date, cover.time) if part),
        where=cover.venue,
        purpose=_purpose(meeting, pick),
        leads=_leads(participants, pick),
        messages=top_messages(key_messages),
        decisions=pick.paragraphs(meeting.decisions, meeting.decisions_zh, "decisions"),
    )


def short_purpose(text: str) -> str:
    """``text``, or its first clause when it is longer than two lines."""
    match = _CLAUSE_END.search(text)
    width = sum(2 if east_asian_width(c) in "WF" else 1 for c in text)  # CJK: two
    if width <= PURPOSE_CHARACTERS or match is None or match.start() == 0:
        return text
    end = "。" if match.group() in "；。" else ""
    return text[: match.start()].rstrip() + end


def _purpose(meeting: Meeting, pick: TextPicker) -> list[str]:
    """The first paragraph of the objectives in each language the pack shows, shortened
    (cleaned again apart: the purpose section already reported what cleaning removed)."""
    quiet = TextPicker(pick.language, CleanReport(), family_caps=pick.family_caps)
    firsts = [
        split_paragraphs(text or "")[:1] for text in (meeting.objectives, meeting.objectives_zh)
    ]
    en, zh = ("".join(first) for first in firsts)
    return [short_purpose(p) for p in quiet.paragraphs(en, zh, "objectives")]


def _leader(seats: list[Participant]) -> Participant | None:
    present = [p for p in seats if p.person is not None and str(p.rsvp) != Rsvp.DECLINED.value]
    leading = [p for p in present if str(p.role) in _LEADING]
    return (leading or present or [None])[0]


def _leads(participants: list[Participant], pick: TextPicker) -> list[Lead]:
    by_org: dict[int, list[Participant]] = {}
    for p in participants:
        by_org.setdefault(p.organization_id, []).append(p)
    # Names with their own script in every language but Chinese (where the Chinese
    # form is the name); "both" already shows both.
    language = "zh" if pick.language == "zh" else "both"
    leads = []
    for seats in by_org.values():
        org = seats[0].organization
        lead = Lead(organization=pick.one(org.name_en, org.name_zh, f"organizations[{org.uid}]"))
        leader = _leader(seats)
        if leader is None:
            lead.name = labels(pick.language)["to_be_named"]
        else:
            person = leader.person
            lead.name = person_name(person, pick, language=language)
            lead.title = pick.one(person.title_en, person.title_zh, f"people[{person.uid}].title")
        leads.append(lead)
    return leads


def top_messages(groups: list[MessageGroup]) -> list[GlanceMessage]:
    """The first key message of each priority (in order), at most five; topped up from
    the rest in order when there are fewer than three."""
    firsts = [g.talking_points[0] for g in groups if g.uid and g.talking_points]
    chosen = firsts[:MOST_MESSAGES]
    if len(chosen) < FEWEST_MESSAGES:
        rest = [tp for g in groups for tp in g.talking_points if tp not in chosen]
        chosen += rest[: FEWEST_MESSAGES - len(chosen)]
    return [GlanceMessage(title=tp.title, draft=tp.draft) for tp in chosen]
