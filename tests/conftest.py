"""Shared fixtures: every test gets its own data folder and real SQLite files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from briefing_app.db.migrate import open_database


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory, monkeypatch):
    """A fresh user data folder (database, backups, settings) for each test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFING_APP_HOME", str(home))
    monkeypatch.delenv("BRIEFING_APP_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def _one_at_a_time(request, tmp_path_factory):
    """A test marked ``one_at_a_time("name")`` waits while another worker runs one of
    that name (tests/one_at_a_time.py)."""
    mark = request.node.get_closest_marker("one_at_a_time")
    if mark is None or not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    from tests.one_at_a_time import one_at_a_time

    with one_at_a_time(tmp_path_factory, mark.args[0]):
        yield


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.db"


BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """Tests of a module marked ``both_backends`` run on SQLite and on PostgreSQL.

    A test of such a module that must stay on SQLite (it reads the file...) is
    marked ``sqlite_only``.
    """
    if "db_backend" not in metafunc.fixturenames:
        return
    if not metafunc.definition.get_closest_marker("both_backends"):
        return
    only = metafunc.definition.get_closest_marker("sqlite_only")
    backends = BACKENDS[:1] if only else BACKENDS
    metafunc.parametrize("db_backend", backends, indirect=True)


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server for the session (tests/postgres_cluster.py)."""
    from tests import postgres_cluster

    cluster = postgres_cluster.external_cluster()
    if cluster is None:
        bin_dir = postgres_cluster.server_binaries()
        if bin_dir is None:
            if os.environ.get("CI"):  # CI installs it (.ci/system-packages.txt): never skip there
                pytest.fail("PostgreSQL server binaries not found on CI")
            pytest.skip(
                "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's "
                f"postgresql or set {postgres_cluster.ENV_URL}"
            )
        cluster = postgres_cluster.start_cluster(bin_dir)
    try:
        cluster.make_template()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def db_backend(request):
    """The database engine under test: "sqlite" unless the test is parametrized."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_location(request, db_backend, db_path):
    """Where ``db`` lives: the SQLite file, or the URL of a fresh PostgreSQL database."""
    if db_backend == "sqlite":
        yield str(db_path)
        return
    with request.getfixturevalue("pg_cluster").database() as url:
        yield url


@pytest.fixture
def db(db_location):
    """An empty, migrated database: a real SQLite file, or a PostgreSQL database."""
    database = open_database(db_location)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db):
    """The database with the demo roundtable loaded."""
    from briefing_app.services.demo import load_demo

    with db.session() as session, session.begin():
        load_demo(session)
    return db


@pytest.fixture
def session(db):
    with db.session() as s:
        yield s


@pytest.fixture
def no_office(tmp_path, monkeypatch):
    """A machine without LibreOffice (for this process and the children it starts)."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("BRIEFING_APP_OFFICE", "")
