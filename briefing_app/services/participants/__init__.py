"""The Excel participant list and the RSVP round trip.

The GUI and the CLI call these (each takes the caller's Session and never commits):

- ``export_participants(session, meeting_id, out_path, progress=None) -> Path``
- ``preview_import(session, meeting_id, file_path) -> ImportPreview`` (writes nothing)
- ``apply_import(session, meeting_id, preview) -> ApplyResult`` (re-validates, then
  applies in the caller's transaction)

``progress`` is an optional ``callable(done, total, message)``.
"""

from __future__ import annotations

from briefing_app.services.participants.apply import ApplyResult, apply_import
from briefing_app.services.participants.diff import ImportPreview, preview_import
from briefing_app.services.participants.export import export_participants

__all__ = [
    "ApplyResult",
    "ImportPreview",
    "apply_import",
    "export_participants",
    "preview_import",
]
