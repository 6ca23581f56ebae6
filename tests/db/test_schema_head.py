"""The fast start's head revision constant is Alembic's script head."""

from __future__ import annotations

from briefing_app.db.migrate import alembic_config, head_revision
from briefing_app.db.schema_head import HEAD_REVISION


def test_head_revision_constant_is_the_script_head():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD_REVISION]
    assert head_revision() == HEAD_REVISION


def test_a_new_database_is_at_the_constant(db):
    from briefing_app.db.migrate import current_revision

    assert current_revision(db.engine) == HEAD_REVISION
