"""Translated words of the review tab: version statuses, what a comment is about,
and the language the comparison is written in.

The services speak English (``STATUS_LABELS``, ``comments.SECTIONS``,
``describe``); the GUI shows the same words through the translation files.
The comparison is put into words by the services (``diff_labels``), in the
language :func:`briefing_app.ui.language.data_language` names.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "review"

STATUSES = {
    "draft": QT_TRANSLATE_NOOP("review", "draft"),
    "submitted": QT_TRANSLATE_NOOP("review", "submitted for review"),
    "approved": QT_TRANSLATE_NOOP("review", "approved"),
    "changes_requested": QT_TRANSLATE_NOOP("review", "changes requested"),
    # delivery, not review: a pack whose file was never confirmed written (see delivery.py)
    "pending": QT_TRANSLATE_NOOP("review", "interrupted: file never confirmed"),
}

SECTIONS = {
    "": QT_TRANSLATE_NOOP("review", "whole pack"),
    "cover": QT_TRANSLATE_NOOP("review", "Cover"),
    "contents": QT_TRANSLATE_NOOP("review", "Contents"),
    "purpose": QT_TRANSLATE_NOOP("review", "Purpose and objectives"),
    "agenda": QT_TRANSLATE_NOOP("review", "Agenda"),
    "participants": QT_TRANSLATE_NOOP("review", "Participants"),
    "organizations": QT_TRANSLATE_NOOP("review", "Participating organizations"),
    "key_messages": QT_TRANSLATE_NOOP("review", "Key messages"),
    "annex": QT_TRANSLATE_NOOP("review", "Annex"),
}

_KINDS = {
    "section": QT_TRANSLATE_NOOP("review", "section: {name}"),
    "organization": QT_TRANSLATE_NOOP("review", "organization: {name}"),
    "talking_point": QT_TRANSLATE_NOOP("review", "talking point: {name}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(status: str) -> str:
    """ "approved" -> the translated "approved" (unknown statuses as they are)."""
    return _tr(STATUSES[status]) if status in STATUSES else status


def version_status_label(version) -> str:
    """A VersionInfo's status as shown: "interrupted…" for a version never delivered."""
    return status_label(version.status if version.is_delivered else version.delivery)


def about_label(kind: str, ref: str, name: str) -> str:
    """What a comment is about, e.g. "section: Agenda" or "organization: CNIPA", translated."""
    if kind == "section":
        label = _tr(SECTIONS[ref]) if ref in SECTIONS else name
        return label if not ref else _tr(_KINDS["section"]).format(name=label)
    template = _KINDS.get(kind)
    return _tr(template).format(name=name) if template else f"{kind}: {name}"


def about_of(comment) -> str:
    """``about_label`` for a ``CommentInfo`` (its name is the part after the colon)."""
    name = comment.about.split(": ", 1)[-1]
    return about_label(comment.target_kind, comment.target_ref, name)


def yes() -> str:
    return _tr(QT_TRANSLATE_NOOP("review", "yes"))
