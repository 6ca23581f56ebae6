"""The schema revision this version of the app expects, as a constant (no SQLAlchemy,
no Alembic): the GUI's fast start compares a database's ``alembic_version`` with it
using only ``sqlite3``.

A new migration must update it; ``tests/db/test_schema_head.py`` checks it equals
Alembic's script head.
"""

HEAD_REVISION = "0023"
