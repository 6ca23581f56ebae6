"""The GUI's one write path (ui/write_path.py): a change in its own transaction,
recorded as an undo step whose undo and redo replay service calls; a replay the
database refuses is reported once, in the interface's language, and dropped. The
library views and the meeting workspace both write this way."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from briefing_app.db.models import Organization
from briefing_app.services import library
from briefing_app.ui import undo
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext
from briefing_app.ui.views.organizations import OrganizationsView
from briefing_app.ui.write_path import WritePath, WriteStep


@pytest.fixture
def path(qapp, db):
    seen = {"replayed": [], "reported": []}
    stack = QUndoStack()
    writes = WritePath(
        db, stack, seen["replayed"].append, lambda t, m: seen["reported"].append((t, m))
    )
    yield writes, seen
    stack.clear()


def _name(db, org_id) -> str | None:
    with db.session() as s:
        org = s.get(Organization, org_id)
        return org.name_en if org else None


def _create(writes, name: str) -> int:
    return writes.write(lambda s: _create_in(s, name))


def _create_in(s, name: str) -> int:
    return library.create(s, "organization", {"name_en": name}).id


def _rename(org: int, name: str):
    """A service call renaming ``org`` over whatever version it has now."""

    def step(s) -> int:
        version = s.get(Organization, org).version
        return library.update(s, "organization", org, {"name_en": name}, version).id

    return step


def test_do_applies_now_and_undo_redo_replay_in_transactions(path, db):
    writes, seen = path
    org = _create(writes, "CNIPA")
    long_name = "China National IP Administration"
    assert writes.do("Rename", _rename(org, long_name), _rename(org, "CNIPA")) == org
    assert _name(db, org) == long_name
    assert writes.undo_stack.undoText() == "Rename"
    writes.undo_stack.undo()
    assert _name(db, org) == "CNIPA" and seen["replayed"] == [org]
    writes.undo_stack.redo()
    assert _name(db, org) == long_name and seen["replayed"] == [org, org]
    assert seen["reported"] == []


def test_a_refused_first_change_raises_and_records_nothing(path, db):
    from briefing_app.errors import UserError

    writes, _seen = path
    with pytest.raises(UserError):
        writes.do("Bad", lambda s: library.create(s, "organization", {}), lambda s: None)
    assert writes.undo_stack.count() == 0


def test_a_refused_replay_is_reported_once_and_the_step_dropped(path, db):
    writes, seen = path
    org = _create(writes, "MOFA")
    with db.session() as s:
        version = s.get(Organization, org).version
    writes.write(lambda s: library.update(s, "organization", org, {"name_en": "MFA"}, version))
    writes.record(
        "Edit “MFA”", *undo.updated("organization", org, {"name_en": "MOFA"}, {}, version + 1)
    )
    with db.session() as s, s.begin():  # someone else saves meanwhile
        s.get(Organization, org).name_en = "Ministry of Foreign Affairs"
    writes.undo_stack.undo()
    assert _name(db, org) == "Ministry of Foreign Affairs"  # theirs is not overwritten
    [(title, message)] = seen["reported"]
    assert title == "Cannot undo or redo" and message
    assert seen["replayed"] == []
    assert writes.undo_stack.count() == 0  # obsolete: dropped from the stack


def test_steps_group_several_changes_into_one(path, db):
    writes, _seen = path
    with writes.steps("Add two", 2):
        for name in ("A", "B"):
            writes.do(name, lambda s, n=name: _create_in(s, n), lambda s: None)
    assert writes.undo_stack.count() == 1 and writes.undo_stack.undoText() == "Add two"


def test_library_views_and_the_workspace_share_the_write_path(qtbot, db):
    view = OrganizationsView(db, QUndoStack())
    qtbot.addWidget(view)
    ctx = WorkspaceContext(db, 1)
    assert isinstance(view.writes, WritePath) and isinstance(ctx.writes, WritePath)
    org = _create(ctx.writes, "WIPO")
    ctx.do("Rename", _rename(org, "W"), _rename(org, "WIPO"))
    assert isinstance(ctx.undo_stack.command(0), WriteStep)
