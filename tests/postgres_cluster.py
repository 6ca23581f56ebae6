"""A throwaway PostgreSQL cluster for the tests (the ``postgresql`` backend of ``db``).

One cluster per test session: ``initdb`` in a temporary folder (as the
``postgres`` user through ``runuser`` when the tests run as root, as CI does:
``initdb`` refuses root), listening on 127.0.0.1 at a free port and on a Unix
socket in that folder, nothing else. Durability is switched off (``fsync``,
``synchronous_commit``): the data lives as long as the session.

A template database is migrated to the head revision once; every test gets its
own database cloned from it (``CREATE DATABASE ... TEMPLATE``, a file copy: far
faster than running the migrations again) and dropped afterwards.

``BRIEFING_APP_TEST_POSTGRES`` may name an existing server instead (a URL of a
role allowed to create databases), e.g. on a developer machine without the
server binaries. The test processes (pytest-xdist workers) then share it: each
has a template of its own (``briefing_template_gw0``...), and the tests that use
names the whole server shares (roles, a named database) take turns
(``one_at_a_time("pg_server_names")``, tests/one_at_a_time.py).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ENV_URL = "BRIEFING_APP_TEST_POSTGRES"
#: This process's template database: one per pytest-xdist worker ("gw0"...), which may
#: share a server.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
TEMPLATE = f"briefing_template_{_WORKER}" if _WORKER else "briefing_template"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian keeps them out of PATH), if any."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name or 0)
    )
    for folder in reversed(candidates):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    """``command`` as the postgres user when we are root (initdb and postgres refuse root)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@dataclass
class Cluster:
    """A running server: ``admin_url`` connects as its superuser to ``postgres``."""

    admin_url: str
    folder: Path | None = None
    bin_dir: Path | None = None
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.admin_url).set(database=database).render_as_string(False)

    def execute(self, *statements: str) -> None:
        """Run ``statements`` outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        from briefing_app.db.session import psycopg_conninfo

        with psycopg.connect(psycopg_conninfo(self.admin_url), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def make_template(self) -> None:
        from briefing_app.db.migrate import open_database

        self.execute(
            f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)", f"CREATE DATABASE {TEMPLATE}"
        )
        open_database(self.url(TEMPLATE)).dispose()

    @contextlib.contextmanager
    def database(self, template: str = TEMPLATE) -> Iterator[str]:
        """A fresh database cloned from ``template`` (migrated, empty); its URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        try:
            yield self.url(name)
        finally:
            self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run(
            _as_server_user([str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                             "-m", "immediate", "stop"]),
            capture_output=True, check=False,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(bin_dir: Path) -> Cluster:
    """initdb + pg_ctl start in a new temporary folder; loopback and a private socket only."""
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    # as root, in /tmp: the postgres user must reach the folder (TMPDIR may be root's own)
    folder = Path(tempfile.mkdtemp(prefix="briefing-pg-", dir="/tmp" if as_root else None))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    cluster = Cluster(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", folder, bin_dir)
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
              "--encoding=UTF8", "--locale=C.UTF-8"])  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
              "-l", str(folder / "server.log"), "-w", "-t", "60", "start"])  # fmt: skip
    except BaseException:
        cluster.stop()
        raise
    _stop_when_gone(cluster)
    return cluster


def _stop_when_gone(cluster: Cluster) -> None:
    """A detached watcher that stops the server and removes its folder once this
    process is gone, however it ends (a killed test run leaves no server behind)."""
    data = str(cluster.folder / "data")
    stop = shlex.join(_as_server_user([str(cluster.bin_dir / "pg_ctl"), "-D", data, "-m",
                                       "immediate", "stop"]))  # fmt: skip
    script = (
        f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
        f"{stop} >/dev/null 2>&1; rm -rf {shlex.quote(str(cluster.folder))}"
    )
    subprocess.Popen(
        ["sh", "-c", script],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _run(command: list[str]) -> None:
    done = subprocess.run(_as_server_user(command), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stdout}{done.stderr}")


def external_cluster() -> Cluster | None:
    url = os.environ.get(ENV_URL, "").strip()
    return Cluster(url) if url else None
