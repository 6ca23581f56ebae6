"""Every table or reference a library delete can reach has words in the delete
dialog (ui/views/impact.py), so no raw name such as ``participant_principals``
reaches the user, in English or Chinese."""

from __future__ import annotations

from briefing_app.services.library import MODELS
from briefing_app.services.record_snapshot import _referencing
from briefing_app.ui.views.impact import _phrases, impact_text


def _reachable(table, seen: set[str]) -> set[str]:
    """The keys ``Snapshot.affected`` can give for a delete of a ``table`` row."""
    if table.name in seen:
        return set()
    seen.add(table.name)
    keys: set[str] = set()
    for child, column, ondelete in _referencing(table):
        if ondelete == "CASCADE":
            keys |= {child.name} | _reachable(child, seen)
        elif ondelete == "SET NULL":
            keys.add(f"{child.name}.{column}")
    return keys


def test_every_key_a_delete_can_report_has_words():
    phrases = _phrases()
    for kind, model in MODELS.items():
        missing = _reachable(model.__table__, set()) - set(phrases)
        assert not missing, f"deleting a {kind}: no words for {sorted(missing)}"


def test_a_person_delete_reads_as_words(qapp):
    text = impact_text({"participant_principals": 1, "agenda_items.speaker_person_id": 2})
    assert "participant_principals" not in text and "speaker_person_id" not in text
    assert "2 agenda items lose their speaker" in text
