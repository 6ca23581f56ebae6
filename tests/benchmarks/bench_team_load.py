"""A team on one PostgreSQL server: users editing the same meeting and library at
once, then search on the scale database.

    .venv/bin/python -m tests.benchmarks.bench_team_load [--users 10] [--seconds 60] [--hot 6]

A throwaway server (``tests/postgres_cluster.py``) receives the scale database
(5,000 organizations, 20,000 people, 50,000 talking points, 500 meetings) by
``migrate-to``, set up as docs/team.md says: a group role with its grants and
one login per user. Then ``--users`` processes, each logged in as its own
user, edit for ``--seconds`` a small hot set of records (so they collide):
organizations and people of the library through the library's version-checked
save (``services.library.update``, as the GUI's forms), and the participants
of one meeting through the meeting workspace's service
(``meeting_edit.update_participant``). Each successful edit appends a token
(``user:n``) to the text it read.

Targets (printed with the figures):

- **no lost update**: every token a process was told it saved is in the final
  text of its record;
- **every collision reported**: an edit either saves on top of what it read,
  or is refused with the conflict error the app shows (never another failure);
- **search p95 <= 30 ms** on the server, every prefix of English and Chinese
  terms as typed (``services.search.search``); the same searches on the
  SQLite file are the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import time
from pathlib import Path

from tests.benchmarks.bench_gui import EN_TERMS, ZH_TERMS, _percentile
from tests.benchmarks.bench_startup import scale_database

SEARCH_TARGET_MS = 30.0
DATABASE = "briefing_load"


def _grant(cluster, users: int) -> list[str]:
    """The group role, its grants and one login per user (docs/team.md); their URLs."""
    statements = [
        "DO $$ BEGIN CREATE ROLE briefing_users NOLOGIN; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    ]
    for n in range(1, users + 1):
        statements += [
            f"DROP ROLE IF EXISTS load_user{n:02d}",
            f"CREATE ROLE load_user{n:02d} LOGIN IN ROLE briefing_users",
        ]
    cluster.execute(*statements)
    import psycopg

    from briefing_app.db.session import psycopg_conninfo

    with psycopg.connect(psycopg_conninfo(cluster.url(DATABASE)), autocommit=True) as conn:
        for statement in (
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO briefing_users",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO briefing_users",
        ):
            conn.execute(statement)
    from sqlalchemy.engine import make_url

    base = make_url(cluster.url(DATABASE))
    return [
        base.set(username=f"load_user{n:02d}").render_as_string(False) for n in range(1, users + 1)
    ]


def _hot_set(url: str, hot: int) -> dict[str, list[int]]:
    """A few organizations, their people, and the participants of one meeting."""
    from sqlalchemy import select

    from briefing_app.db.models import Meeting, Organization, Participant, Person
    from briefing_app.db.session import connect

    db = connect(url)
    with db.session() as s, s.begin():
        s.info["actor"] = "setup"
        orgs = s.scalars(select(Organization.id).order_by(Organization.id).limit(hot)).all()
        people = s.scalars(
            select(Person.id).where(Person.organization_id.in_(orgs)).order_by(Person.id).limit(hot)
        ).all()
        meeting = s.scalars(select(Meeting).order_by(Meeting.id)).first()
        seats = s.scalars(
            select(Participant.id).where(Participant.meeting_id == meeting.id).limit(hot)
        ).all()
        for org_id in orgs[len(seats) :]:  # the meeting needs seats to edit
            seat = Participant(meeting_id=meeting.id, organization_id=org_id)
            s.add(seat)
            s.flush()
            seats.append(seat.id)
    db.dispose()
    return {"organization": list(orgs), "person": list(people), "participant": list(seats)}


def _text_field(kind: str) -> str:
    return "remarks" if kind == "participant" else "notes"


def _edit_once(db, kind: str, record_id: int, token: str, rng: random.Random) -> bool:
    """Read the record, wait a moment (a person typing), save the text plus ``token``.
    True when saved; False when refused as a collision; anything else propagates."""
    from briefing_app.db.models import Participant
    from briefing_app.services import library
    from briefing_app.services.conflicts import ConflictError
    from briefing_app.services.meeting_edit import participants

    field = _text_field(kind)
    if kind == "participant":
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with db.session() as s, s.begin():
                current = s.get(Participant, record_id).remarks
                time.sleep(rng.uniform(0, 0.02))
                participants.update_participant(s, record_id, remarks=current + token)
        except (StaleDataError, ConflictError):
            return False
        return True
    with db.session() as s:
        values = library.get_values(s, kind, record_id)
    time.sleep(rng.uniform(0, 0.02))
    try:
        with db.session() as s, s.begin():
            library.update(
                s, kind, record_id, {field: (values[field] or "") + token}, values["version"]
            )
    except ConflictError:
        return False
    return True


def _user(url: str, seconds: float, hot: dict, seed: int, queue) -> None:
    """One user's minute: (saved tokens per record, collisions, other failures)."""
    from briefing_app.db.session import connect

    rng = random.Random(seed)
    db = connect(url)
    saved: dict[str, list[str]] = {}
    collisions, failures, n = 0, [], 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        kind = rng.choice(list(hot))
        record_id = rng.choice(hot[kind])
        n += 1
        token = f"[{seed}:{n}]"
        try:
            if _edit_once(db, kind, record_id, token, rng):
                saved.setdefault(f"{kind}:{record_id}", []).append(token)
            else:
                collisions += 1
        except Exception as exc:  # counted: the target is that none happens
            failures.append(f"{type(exc).__name__}: {exc}"[:200])
    db.dispose()
    queue.put((saved, collisions, failures))


def _final_texts(url: str, hot: dict) -> dict[str, str]:
    from briefing_app.db.models import Organization, Participant, Person
    from briefing_app.db.session import connect

    models = {"organization": Organization, "person": Person, "participant": Participant}
    db = connect(url)
    texts = {}
    with db.session() as s:
        for kind, ids in hot.items():
            for record_id in ids:
                record = s.get(models[kind], record_id)
                texts[f"{kind}:{record_id}"] = getattr(record, _text_field(kind)) or ""
    db.dispose()
    return texts


def _search_times(url: str, terms: list[str], repeats: int = 3) -> list[float]:
    from briefing_app.db.session import connect
    from briefing_app.services.search import search

    db = connect(url)
    times = []
    with db.session() as s:
        search(s, "warm")
        for _ in range(repeats):
            for term in terms:
                for n in range(1, len(term) + 1):
                    start = time.perf_counter()
                    search(s, term[:n])
                    times.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--hot", type=int, default=6, help="records of each kind edited")
    args = parser.parse_args(argv)

    from briefing_app.db.session import connect
    from briefing_app.services.move_in import migrate_to
    from tests.postgres_cluster import external_cluster, server_binaries, start_cluster

    sqlite_file: Path = scale_database(None)
    cluster = external_cluster()
    if cluster is None:
        binaries = server_binaries()
        if binaries is None:
            print("no PostgreSQL server binaries (Debian package postgresql): nothing measured")
            return 1
        cluster = start_cluster(binaries)
    try:
        cluster.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        cluster.execute(f"CREATE DATABASE {DATABASE}")
        url = cluster.url(DATABASE)
        source = connect(f"sqlite:///{sqlite_file}")
        start = time.perf_counter()
        migrate_to(source, url)
        source.dispose()
        print(f"scale database moved in by migrate-to in {time.perf_counter() - start:.1f} s")
        user_urls = _grant(cluster, args.users)
        hot = _hot_set(url, args.hot)

        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        workers = [
            context.Process(target=_user, args=(u, args.seconds, hot, n + 1, queue))
            for n, u in enumerate(user_urls)
        ]
        for w in workers:
            w.start()
        results = [queue.get(timeout=args.seconds + 120) for _ in workers]
        for w in workers:
            w.join()
        saved: dict[str, list[str]] = {}
        collisions, failures = 0, []
        for user_saved, user_collisions, user_failures in results:
            for key, tokens in user_saved.items():
                saved.setdefault(key, []).extend(tokens)
            collisions += user_collisions
            failures += user_failures
        texts = _final_texts(url, hot)
        lost = [(key, t) for key, tokens in saved.items() for t in tokens if t not in texts[key]]
        edits = sum(len(t) for t in saved.values())
        print(
            f"{args.users} users for {args.seconds:.0f} s on {sum(map(len, hot.values()))} "
            f"records: {edits} edits saved, {collisions} collisions reported as conflicts, "
            f"{len(failures)} other failures"
        )
        print(f"lost updates: {len(lost)} (target 0)" + (f", e.g. {lost[:3]}" if lost else ""))
        print(
            f"other failures: {len(failures)} (target 0)"
            + (f", e.g. {failures[:2]}" if failures else "")
        )
        ok = not lost and not failures and edits > 0

        for label, terms in (("English", EN_TERMS), ("Chinese", ZH_TERMS)):
            server = _search_times(url, terms)
            local = _search_times(f"sqlite:///{sqlite_file}", terms)
            p95, base = _percentile(server, 95), _percentile(local, 95)
            print(
                f"search {label}: PostgreSQL p50 {_percentile(server, 50):.1f} ms, "
                f"p95 {p95:.1f} ms (target <= {SEARCH_TARGET_MS:.0f} ms); SQLite file p95 "
                f"{base:.1f} ms; ratio {p95 / base:.1f}x"
            )
            ok = ok and p95 <= SEARCH_TARGET_MS
        print("all targets met" if ok else "TARGETS NOT MET")
        return 0 if ok else 1
    finally:
        cluster.stop()


if __name__ == "__main__":
    raise SystemExit(main())
