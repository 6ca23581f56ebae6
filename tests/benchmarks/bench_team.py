"""Team mode on PostgreSQL: moving in, search p95, and 10 users editing at once.

    .venv/bin/python -m tests.benchmarks.bench_team [--seconds 60] [--users 10] [--repeats 3]

Starts a throwaway cluster (as the tests do; or ``BRIEFING_APP_TEST_POSTGRES``),
moves the scale database of ``bench_startup`` (5,000 organizations, 20,000
people, 50,000 talking points) in with ``migrate-to`` (timed), then:

- search-as-you-type on the server, every prefix of the English and Chinese
  terms of ``bench_search``; target p95 <= 30 ms (issue 15). The baseline in
  the same run: the same searches on the SQLite file;
- ``--users`` processes, each its own PostgreSQL login, for ``--seconds``
  edit the same few organizations and one meeting's participants through
  ``save_with_version``: each reads a record, thinks a little, and appends its
  token to the text it read. A save that succeeds was built on the latest
  version, so every token a process reports saved must be in the final text:
  one missing is a lost update. Every refused save must be a ConflictError
  (a collision reported), never anything else.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import time
from pathlib import Path

from tests.benchmarks.bench_gui import EN_TERMS, ZH_TERMS, _percentile
from tests.benchmarks.bench_startup import scale_database

TARGET_MS = 30.0
HOT_ORGS = 5


def _cluster():
    from tests import postgres_cluster

    cluster = postgres_cluster.external_cluster()
    if cluster is None:
        bin_dir = postgres_cluster.server_binaries()
        if bin_dir is None:
            raise SystemExit("PostgreSQL server binaries not found (Debian: postgresql)")
        cluster = postgres_cluster.start_cluster(bin_dir)
    return cluster


def searches(location: str, terms: list[str], repeats: int) -> list[float]:
    """Milliseconds per query, every prefix of every term, as typed."""
    from briefing_app.db.migrate import open_database
    from briefing_app.services.search import search

    db = open_database(location)
    ms = []
    with db.session() as s:
        search(s, "warm")
        for _ in range(repeats):
            for term in terms:
                for n in range(1, len(term) + 1):
                    start = time.perf_counter()
                    search(s, term[:n])
                    ms.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return ms


def _editor(url: str, targets: list[tuple[str, int]], seconds: float, seed: int, out) -> None:
    """One user: edit random targets until the time is up; report saves and conflicts."""
    from briefing_app.db.migrate import open_database
    from briefing_app.db.models import Organization, Participant
    from briefing_app.services.conflicts import ConflictError, save_with_version

    models = {"organization": (Organization, "notes"), "participant": (Participant, "remarks")}
    rng, db = random.Random(seed), open_database(url)
    saved, conflicts, other = [], 0, []
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        kind, record_id = rng.choice(targets)
        model, column = models[kind]
        with db.session() as s:
            record = s.get(model, record_id)
            version, value = record.version, getattr(record, column)
        time.sleep(rng.uniform(0, 0.02))  # the user types
        token = f"{seed}.{n};"
        n += 1
        try:
            with db.session() as s, s.begin():
                save_with_version(s, model, record_id, version, {column: value + token})
            saved.append((kind, record_id, token))
        except ConflictError:
            conflicts += 1
        except Exception as exc:  # anything else is a finding
            other.append(f"{type(exc).__name__}: {exc}"[:200])
    db.dispose()
    out.put((saved, conflicts, other))


def _logins(cluster, database: str, users: int) -> list[str]:
    """One login per user, allowed to read and write the app's tables."""
    from sqlalchemy.engine import make_url

    names = [f"bench_user_{i}" for i in range(users)]
    cluster.execute(*[
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{n}') "
        f"THEN CREATE ROLE {n} LOGIN; END IF; END $$" for n in names
    ])  # fmt: skip
    grants = []
    for n in names:
        grants += [
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {n}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {n}",
        ]
    _run_in(cluster.url(database), grants)
    base = make_url(cluster.url(database))
    return [base.set(username=n).render_as_string(hide_password=False) for n in names]


def _run_in(url: str, statements: list[str]) -> None:
    from briefing_app.db.session import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        from sqlalchemy import text

        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


def _targets(url: str) -> list[tuple[str, int]]:
    from sqlalchemy import text

    from briefing_app.db.session import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        orgs = conn.execute(text("SELECT id FROM organizations ORDER BY id LIMIT :n"),
                            {"n": HOT_ORGS}).scalars().all()  # fmt: skip
        meeting = conn.execute(text("SELECT meeting_id FROM participants LIMIT 1")).scalar()
        people = conn.execute(text("SELECT id FROM participants WHERE meeting_id = :m LIMIT 5"),
                              {"m": meeting}).scalars().all()  # fmt: skip
    engine.dispose()
    return [("organization", i) for i in orgs] + [("participant", i) for i in people]


def _final_texts(url: str) -> dict[tuple[str, int], str]:
    from sqlalchemy import text

    from briefing_app.db.session import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        texts = {("organization", i): t for i, t in conn.execute(
            text("SELECT id, notes FROM organizations"))}  # fmt: skip
        texts |= {("participant", i): t for i, t in conn.execute(
            text("SELECT id, remarks FROM participants"))}  # fmt: skip
    engine.dispose()
    return texts


def load_test(cluster, database: str, users: int, seconds: float) -> None:
    urls = _logins(cluster, database, users)
    targets = _targets(cluster.url(database))
    queue = multiprocessing.get_context("spawn").Queue()
    workers = [
        multiprocessing.get_context("spawn").Process(
            target=_editor, args=(url, targets, seconds, i, queue)
        )
        for i, url in enumerate(urls)
    ]
    for w in workers:
        w.start()
    results = [queue.get(timeout=seconds + 120) for _ in workers]
    for w in workers:
        w.join()
    saved = [s for r in results for s in r[0]]
    conflicts = sum(r[1] for r in results)
    other = [o for r in results for o in r[2]]
    final = _final_texts(cluster.url(database))
    lost = [s for s in saved if s[2] not in (final.get((s[0], s[1])) or "")]
    print(f"  {users} users x {seconds:.0f} s on {len(targets)} records: {len(saved)} saves, "
          f"{conflicts} collisions reported, {len(lost)} lost updates, "
          f"{len(other)} other errors {'OK' if not lost and not other else 'FAILED'}")  # fmt: skip
    for line in other[:5]:
        print(f"    {line}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the scale SQLite database (built if missing)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    source = scale_database(args.db)
    cluster = _cluster()
    try:
        from briefing_app.db.migrate import open_database
        from briefing_app.services.move_in import migrate_to

        cluster.execute("DROP DATABASE IF EXISTS bench_team WITH (FORCE)",
                        "CREATE DATABASE bench_team")  # fmt: skip
        url = cluster.url("bench_team")
        local = open_database(str(source))
        start = time.perf_counter()
        report = migrate_to(local, url)
        local.dispose()
        print(f"migrate-to: {report.total():,} rows moved in and verified in "
              f"{time.perf_counter() - start:.1f} s")  # fmt: skip
        print("search-as-you-type on the scale database (every prefix, as typed):")
        for label, terms in (("English", EN_TERMS), ("Chinese", ZH_TERMS)):
            base = searches(str(source), terms, args.repeats)
            ms = searches(url, terms, args.repeats)
            p50, p95 = statistics.median(ms), _percentile(ms, 95)
            print(f"  {label}: PostgreSQL p50 {p50:.1f} ms, p95 {p95:.1f} ms "
                  f"({'OK' if p95 <= TARGET_MS else 'SLOW'}, target {TARGET_MS:.0f}); "
                  f"SQLite p95 {_percentile(base, 95):.1f} ms")  # fmt: skip
        print("editing together:")
        load_test(cluster, "bench_team", args.users, args.seconds)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
