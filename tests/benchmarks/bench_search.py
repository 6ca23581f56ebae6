"""Search-as-you-type on the scale database: p50/p95 per language.

    .venv/bin/python -m tests.benchmarks.bench_search [--db PATH] [--repeats 5]

Every prefix of English and Chinese terms, keystroke by keystroke, through
``services.search.search`` (all four groups, described as the GUI shows them),
on the scale database of ``bench_startup`` (5,000 organizations, 20,000 people,
50,000 talking points, 500 meetings). The last term of each list matches
nothing, so its one- and two-character prefixes are the worst case for short
terms. Target: p95 <= 10 ms in each language. The baseline measured in the same
run: the same searches with the short terms matched by a LIKE scan (how they
were matched before the one-character index, migration 0014).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from tests.benchmarks.bench_gui import EN_TERMS, ZH_TERMS, _percentile
from tests.benchmarks.bench_startup import scale_database

TARGET_MS = 10.0


def timed_searches(db_path: Path, terms: list[str], repeats: int) -> tuple[list, list]:
    """Milliseconds per query (wall, processor), every prefix of every term, as typed."""
    from briefing_app.db.session import connect
    from briefing_app.services.search import search

    db = connect(f"sqlite:///{db_path}")
    wall, cpu = [], []
    with db.session() as s:
        search(s, "warm")  # the first query of a session loads the schema
        for _ in range(repeats):
            for term in terms:
                for n in range(1, len(term) + 1):
                    start, start_cpu = time.perf_counter(), time.thread_time()
                    search(s, term[:n])
                    cpu.append((time.thread_time() - start_cpu) * 1000)
                    wall.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return wall, cpu


def _short_terms_scanned():
    """The search as it was: short terms alone matched by a LIKE scan (a context manager)."""
    import contextlib

    from briefing_app.services import search

    @contextlib.contextmanager
    def scanning():
        saved = search._indexed_short
        search._indexed_short = lambda *args: False
        try:
            yield
        finally:
            search._indexed_short = saved

    return scanning()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    db = scale_database(args.db)
    print("search-as-you-type, scale database (every prefix, as typed):")
    for label, terms in (("English", EN_TERMS), ("Chinese", ZH_TERMS)):
        with _short_terms_scanned():
            before, before_cpu = timed_searches(db, terms, args.repeats)
        ms, cpu = timed_searches(db, terms, args.repeats)
        p50, p95 = statistics.median(ms), _percentile(ms, 95)
        verdict = "OK" if p95 <= TARGET_MS else "SLOW"
        print(
            f"  {label} {terms}: {len(ms)} queries, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(ms):.1f} ms (target p95 <= {TARGET_MS:.0f} ms) {verdict}\n"
            f"    processor time p50 {statistics.median(cpu):.1f} ms, p95 "
            f"{_percentile(cpu, 95):.1f} ms; baseline, short terms by a LIKE scan: p95 "
            f"{_percentile(before, 95):.1f} ms (processor {_percentile(before_cpu, 95):.1f} ms), "
            f"max {max(before):.1f} ms"
        )
    print("  (wall times include waiting for the processor on a busy machine; the processor")
    print("   time is what the search itself costs)")


if __name__ == "__main__":
    main()
