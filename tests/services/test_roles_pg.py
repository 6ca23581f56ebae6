"""Roles on a PostgreSQL server (migration 0016): the server itself refuses a staff
login's approval, through the app and through plain SQL alike."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from briefing_app.db.migrate import open_database
from briefing_app.services.org_kinds import add_kind
from briefing_app.services.review.delivery import generate_version
from briefing_app.services.review.status import change_status
from briefing_app.services.roles import NotPermittedError
from tests.one_at_a_time import one_at_a_time
from tests.services.review_data import make_meeting

pytestmark = pytest.mark.parametrize("db_backend", ["postgresql"], indirect=True)

LOGINS = {"staff_t": (), "director_t": ("briefing_director",), "admin_t": ("briefing_admin",)}


@pytest.fixture(scope="session")
def server_roles(pg_cluster, tmp_path_factory):
    """The group roles and one login each (cluster-wide; made once per session, by one
    worker at a time: workers may share a server)."""
    statements = []
    for group in ("briefing_director", "briefing_admin"):
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    for login, groups in LOGINS.items():
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{login}') "
            f"THEN CREATE ROLE {login} LOGIN; END IF; END $$"
        )
        statements += [f"GRANT {group} TO {login}" for group in groups]
    with one_at_a_time(tmp_path_factory, "pg_server_names"):
        pg_cluster.execute(*statements)
    return LOGINS


@pytest.fixture
def as_login(db, server_roles):
    """``as_login(name)``: the test database opened by that login (granted its tables)."""
    with db.engine.begin() as conn:
        for login in server_roles:
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                              f"public TO {login}"))  # fmt: skip
            conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {login}"))
    opened = []

    def open_as(login: str):
        url = make_url(db.url).set(username=login).render_as_string(hide_password=False)
        opened.append(open_database(url))
        return opened[-1]

    yield open_as
    for database in opened:
        database.dispose()


@pytest.fixture
def submitted(db, tmp_path):
    with db.session() as s, s.begin():
        meeting_id = make_meeting(s)
    generate_version(db, meeting_id, tmp_path / "v1.docx")
    with db.session() as s, s.begin():
        change_status(s, meeting_id, 1, "submit", by="Anna")
    return meeting_id


def test_a_staff_login_cannot_approve_by_app_or_by_sql(as_login, submitted):
    staff = as_login("staff_t")
    with pytest.raises(NotPermittedError) as refused, staff.session() as s, s.begin():
        change_status(s, submitted, 1, "approve", by="Anna")
    assert str(refused.value) == (
        "the server refused: only a director may approve or request changes on a pack "
        "version (login staff_t is not in briefing_director)"
    )
    with pytest.raises(ProgrammingError, match="only a director"), staff.engine.begin() as conn:
        conn.execute(text("UPDATE pack_versions SET review_status = 'approved'"))
    with staff.session() as s, s.begin():  # what staff may do still works
        s.execute(text("UPDATE pack_versions SET reviewer = 'Anna'"))


def test_a_director_login_approves(as_login, submitted):
    director = as_login("director_t")
    with director.session() as s, s.begin():
        pv = change_status(s, submitted, 1, "request_changes", by="Director Liu")
        assert pv.review_status == "changes_requested"


def test_only_an_administrator_changes_the_organization_kinds(as_login):
    for login in ("staff_t", "director_t"):
        refused = pytest.raises(NotPermittedError, match="only an administrator")
        with refused, as_login(login).session() as s, s.begin():
            add_kind(s, "Think tank")
    admin = as_login("admin_t")
    with admin.session() as s, s.begin():
        assert add_kind(s, "Think tank") == "think_tank"
