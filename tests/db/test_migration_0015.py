"""Revision 0015 (pack files, content hash): each version recorded before it becomes
one file of its own (its language, docx, its token, hash and delivery state) with an
unknown content hash; downgrade removes both."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from briefing_app.db.migrate import open_database
from briefing_app.services.review.delivery import generate_version
from tests.db.migration_helpers import migrate
from tests.services.review_data import make_meeting


def test_each_existing_version_becomes_one_file(db_path, tmp_path):
    db = open_database(str(db_path))
    with db.session() as s, s.begin():
        meeting_id = make_meeting(s)
    made = generate_version(db, meeting_id, tmp_path / "v1.docx", language="zh")
    migrate(db, command.downgrade, "0014")
    assert "pack_files" not in inspect(db.engine).get_table_names()
    with db.engine.connect() as conn:
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(pack_versions)"))]
    assert "content_hash" not in columns
    migrate(db, command.upgrade, "0015")
    with db.engine.connect() as conn:
        files = conn.execute(
            text("SELECT pack_version_id, language, format, file_hash, delivery FROM pack_files")
        ).all()
        token = conn.scalar(text("SELECT token FROM pack_files"))
        content_hash = conn.scalar(text("SELECT content_hash FROM pack_versions"))
    assert files == [(made.version.id, "zh", "docx", made.version.file_hash, "delivered")]
    assert token and content_hash == ""  # unknown: the next pack is a new version
    db.dispose()
