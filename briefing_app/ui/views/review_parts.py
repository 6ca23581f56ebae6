"""Pieces of the review view: worker jobs (run on the pool, plain data in and
out) and small widget helpers. Kept apart so ``review.py`` stays readable."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView

from briefing_app.services.review.diff import compare_versions
from briefing_app.services.review.diff_render import format_html
from briefing_app.services.review.versions import export_version
from briefing_app.services.review.word_comments import import_word_comments


def import_comments_job(db, meeting_id: int, path: str, *, progress):
    """Worker: attach the Word comments of ``path``; returns the plain ImportResult."""
    progress(0, 1, "reading comments")
    with db.session() as session, session.begin():
        return import_word_comments(session, meeting_id, path)


def compare_job(db, meeting_id: int, old: int, new: int, language: str, *, progress) -> str:
    """Worker: the comparison of versions ``old`` and ``new`` as HTML in ``language``
    ("en" or "zh"; large packs take a few hundred milliseconds: not on the UI thread)."""
    progress(0, 1, "comparing")
    with db.session() as session:
        return format_html(compare_versions(session, meeting_id, old, new), language)


def export_version_job(db, meeting_id: int, number: int, out: str, *, progress):
    """Worker: write version ``number`` again from its snapshot; returns the path."""
    progress(0, 1, "writing the pack")
    with db.session() as session:
        return str(export_version(session, meeting_id, number, out))


def make_table(model) -> QTableView:
    """A read-only table selecting whole rows, one at a time."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def default_name() -> str:
    """The user's name from Preferences, or "" (the user types it; never the login name,
    which is rarely how a reviewer wants to be recorded)."""
    from briefing_app.settings import Settings

    return Settings.load().user_name.strip()


def hbox(*widgets, stretch: bool = False) -> QHBoxLayout:
    """A horizontal layout of ``widgets``, with a trailing stretch if asked."""
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout
