"""Words for "what else a delete affects" (from ``library.impact`` counts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing_app.ui.views.common import plural

_CONTEXT = "impact"


def _phrases() -> dict[str, tuple[str, str]]:
    # Source strings for translation (one, many); %n is replaced by the count.
    return {
        "people": (
            QT_TRANSLATE_NOOP("impact", "%n person"),
            QT_TRANSLATE_NOOP("impact", "%n people"),
        ),
        "person_photos": (
            QT_TRANSLATE_NOOP("impact", "%n photo"),
            QT_TRANSLATE_NOOP("impact", "%n photos"),
        ),
        "participants": (
            QT_TRANSLATE_NOOP("impact", "%n participant seat"),
            QT_TRANSLATE_NOOP("impact", "%n participant seats"),
        ),
        "talking_point_targets": (
            QT_TRANSLATE_NOOP("impact", "%n talking-point target"),
            QT_TRANSLATE_NOOP("impact", "%n talking-point targets"),
        ),
        "talking_point_priorities": (
            QT_TRANSLATE_NOOP("impact", "%n talking point linked to it"),
            QT_TRANSLATE_NOOP("impact", "%n talking points linked to it"),
        ),
        "meeting_talking_points": (
            QT_TRANSLATE_NOOP("impact", "%n talking point chosen for a meeting"),
            QT_TRANSLATE_NOOP("impact", "%n talking points chosen for meetings"),
        ),
        "engagements": (
            QT_TRANSLATE_NOOP("impact", "%n engagement in the history"),
            QT_TRANSLATE_NOOP("impact", "%n engagements in the history"),
        ),
        "agenda_items": (
            QT_TRANSLATE_NOOP("impact", "%n agenda item"),
            QT_TRANSLATE_NOOP("impact", "%n agenda items"),
        ),
        "pack_versions": (
            QT_TRANSLATE_NOOP("impact", "%n pack version"),
            QT_TRANSLATE_NOOP("impact", "%n pack versions"),
        ),
        "review_comments": (
            QT_TRANSLATE_NOOP("impact", "%n review comment"),
            QT_TRANSLATE_NOOP("impact", "%n review comments"),
        ),
        "participant_principals": (
            QT_TRANSLATE_NOOP("impact", "%n interpreter's or note-taker's link to a principal"),
            QT_TRANSLATE_NOOP("impact", "%n interpreters' or note-takers' links to principals"),
        ),
        "seating_plans": (
            QT_TRANSLATE_NOOP("impact", "%n seating plan"),
            QT_TRANSLATE_NOOP("impact", "%n seating plans"),
        ),
        "seats": (
            QT_TRANSLATE_NOOP("impact", "%n seat"),
            QT_TRANSLATE_NOOP("impact", "%n seats"),
        ),
        "pack_files": (
            QT_TRANSLATE_NOOP("impact", "%n pack file"),
            QT_TRANSLATE_NOOP("impact", "%n pack files"),
        ),
        "organizations.parent_id": (
            QT_TRANSLATE_NOOP("impact", "%n organization loses its parent"),
            QT_TRANSLATE_NOOP("impact", "%n organizations lose their parent"),
        ),
        "meetings.host_organization_id": (
            QT_TRANSLATE_NOOP("impact", "%n meeting loses its host"),
            QT_TRANSLATE_NOOP("impact", "%n meetings lose their host"),
        ),
        "meetings.chair_person_id": (
            QT_TRANSLATE_NOOP("impact", "%n meeting loses its chair"),
            QT_TRANSLATE_NOOP("impact", "%n meetings lose their chair"),
        ),
        "agenda_items.speaker_person_id": (
            QT_TRANSLATE_NOOP("impact", "%n agenda item loses its speaker"),
            QT_TRANSLATE_NOOP("impact", "%n agenda items lose their speaker"),
        ),
        "seats.participant_id": (
            QT_TRANSLATE_NOOP("impact", "%n seat is left empty"),
            QT_TRANSLATE_NOOP("impact", "%n seats are left empty"),
        ),
    }


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def impact_text(affected: dict[str, int]) -> str:
    """'This also removes 3 people, 2 participant seats…' or '' when nothing else."""
    phrases = _phrases()
    removed, cleared = [], []
    order = {key: i for i, key in enumerate(phrases)}
    for key, n in sorted(affected.items(), key=lambda item: order.get(item[0], len(order))):
        one, many = phrases.get(key, (f"%n {key}", f"%n {key}"))
        text = plural(_t(one), _t(many), n)
        (cleared if "." in key else removed).append(text)
    parts = []
    if removed:
        parts.append(
            QCoreApplication.translate("impact", "This also removes {items}.").format(
                items=", ".join(removed)
            )
        )
    if cleared:
        parts.append("; ".join(cleared) + ".")
    return "\n".join(parts)
