"""People's words (English, Chinese) for the participant vocabularies.

One source for every document that names a role or an RSVP state: the Word
pack (``services/pack/labels.term``) and the Excel participant list
(``services/participants/columns``) use these, so both say 已婉拒 for a
declined invitation, and the list's import reads back what the pack shows.
"""

from __future__ import annotations

from briefing_app.domain.enums import ParticipantRole, Rsvp

ROLE_WORDS: dict[ParticipantRole, tuple[str, str]] = {
    ParticipantRole.HOST: ("Host", "主办方"),
    ParticipantRole.CHAIR: ("Chair", "主持人"),
    ParticipantRole.HEAD_OF_DELEGATION: ("Head of delegation", "团长"),
    ParticipantRole.MEMBER: ("Member", "成员"),
    ParticipantRole.OBSERVER: ("Observer", "观察员"),
    ParticipantRole.STAFF: ("Staff", "工作人员"),
}

RSVP_WORDS: dict[Rsvp, tuple[str, str]] = {
    Rsvp.INVITED: ("Invited", "已邀请"),
    Rsvp.CONFIRMED: ("Confirmed", "已确认"),
    Rsvp.TENTATIVE: ("Tentative", "待定"),
    Rsvp.DECLINED: ("Declined", "已婉拒"),
    Rsvp.ATTENDED: ("Attended", "已出席"),
}

#: The meeting kinds the app offers (the Details tab's list, ``ui/.../details.KINDS``) in
#: both languages: a pack names a meeting's kind in its own language whichever of the
#: two the kind was typed in (a kind not listed is printed as typed).
MEETING_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("Roundtable", "圆桌会议"),
    ("Bilateral meeting", "双边会谈"),
    ("Courtesy call", "礼节性拜会"),
    ("Workshop", "研讨班"),
    ("Seminar", "研讨会"),
    ("Conference", "大会"),
)


def meeting_kind_pair(kind: str) -> tuple[str, str] | None:
    """(English, Chinese) words of a listed meeting kind given in either language (any
    case, spaces around ignored); None for a kind of the user's own."""
    key = kind.strip().casefold()
    return next((pair for pair in MEETING_KIND_WORDS if key in (pair[0].casefold(), pair[1])), None)


#: Classification markings the app lists (the meeting's Details tab), with the Chinese
#: form a Chinese document prints when the marking has no Chinese of its own.
MARKING_WORDS: tuple[tuple[str, str], ...] = (
    ("FOR OFFICIAL USE ONLY", "仅供公务使用"),
    ("CONFIDENTIAL", "机密"),
    ("RESTRICTED", "限制分发"),
)


def marking_pair(marking: str, marking_zh: str = "") -> tuple[str, str]:
    """(English, Chinese) of a classification marking: ``marking_zh`` when given, else
    the listed Chinese form of a listed marking (any case), else "" (the documents then
    print the English)."""
    if marking_zh.strip():
        return marking, marking_zh
    key = marking.strip().casefold()
    listed = next((zh for en, zh in MARKING_WORDS if en.casefold() == key), "")
    return marking, listed
