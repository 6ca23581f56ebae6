"""Fuzz the importers for a while: mutated JSON (``import``), .xlsx and .csv
(``import-participants``) and .docx (``import-comments``), drawn with
Hypothesis from seed files the app itself wrote.

Each case runs in process through the service entry points the command calls,
in a transaction that is rolled back, under a per-case time limit, and must end
as the CLI would with exit 0 or 2: success, or a UserError whose line (as the
CLI prints it) is one line of at most 300 characters. Anything else is a
finding: another exception (exit 1), a time-out (a hang), an exception Python
could not raise (a traceback on stderr). Every few minutes, and at the end,
a sample of the cases is run again through the real CLI in a subprocess
(exit code, stderr one line, no traceback).

    .venv/bin/python -m tests.fuzz.fuzz_importers [--minutes 10] [--case-timeout 20]

Prints the number of cases run per format and each finding; findings are kept
(input file and traceback) in the output folder. Exit status 1 if any.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from briefing_app.cli import _PREFIX, _user_line
from briefing_app.db.migrate import DatabaseOpenError
from briefing_app.db.session import DatabaseLocationError
from briefing_app.errors import LINE_LIMIT, UserError
from tests.fuzz.mutators import MUTATORS
from tests.fuzz.targets import TARGETS, Target, World, build_world

EXPECTED = (UserError, DatabaseOpenError, DatabaseLocationError)


class CaseTimeout(Exception):
    """The case ran longer than the per-case limit."""


@dataclass
class Run:
    world: World
    out: Path
    case_timeout: float
    counts: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)
    findings: list[str] = field(default_factory=list)
    kept: dict[str, list[Path]] = field(default_factory=dict)  # samples for the spot check
    unraisable: list[str] = field(default_factory=list)

    def case(self, target: Target, payload: bytes) -> None:
        n = sum(self.counts.values()) + 1
        path = self.out / "cases" / f"{n:07d}.{target.name}"
        path.write_bytes(payload)
        self.counts[target.name] += 1
        problem = self._run(target, path)
        if self.unraisable:
            problem = (problem or "") + "exception ignored (stderr): " + self.unraisable.pop()
            self.unraisable.clear()
        if problem:
            kept = self.out / "findings" / path.name
            shutil.copy(path, kept)
            kept.with_suffix(kept.suffix + ".txt").write_text(problem, encoding="utf-8")
            self.findings.append(f"{kept}: {problem.strip().splitlines()[-1][:200]}")
            print(f"FINDING {self.findings[-1]}", flush=True)
        samples = self.kept.setdefault(target.name, [])
        if len(samples) < 40 or random.random() < 0.02:  # a sample for the CLI spot check
            samples.append(path)
            if len(samples) > 40:
                samples.pop(random.randrange(len(samples))).unlink(missing_ok=True)
        else:
            path.unlink()

    def _run(self, target: Target, path: Path) -> str | None:
        session = self.world.db.session()
        signal.setitimer(signal.ITIMER_REAL, self.case_timeout)
        try:
            with session.begin():
                try:
                    target.run(session, path, self.world)
                    self.outcomes[f"{target.name} accepted"] += 1
                finally:
                    session.rollback()
        except EXPECTED as exc:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self.outcomes[f"{target.name} refused"] += 1
            line = _PREFIX + _user_line(exc)
            if "\n" in line or len(line) > LINE_LIMIT:
                return f"error not one line of <= {LINE_LIMIT} characters: {line[:1000]!r}"
        except CaseTimeout:
            return f"hang: still running after {self.case_timeout} s"
        except Exception:
            signal.setitimer(signal.ITIMER_REAL, 0)
            return "exit 1 (unexpected error):\n" + traceback.format_exc()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            session.close()
        return None


def _on_alarm(signum, frame):
    raise CaseTimeout()


def _batch(run: Run, target: Target, examples: int) -> None:
    seed = run.world.seeds[target.name]
    if target.name == "json":
        import json

        seed = json.loads(seed)
    mutate = MUTATORS[target.name]

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def fuzz(data):  # the time is checked between batches (Hypothesis wants repeatable runs)
        try:
            with warnings.catch_warnings():  # zipfile warns about the duplicates we make
                warnings.simplefilter("ignore")
                payload = mutate(data, seed)
        except Exception as exc:  # the mutation itself failed (openpyxl refused a value...)
            run.counts["mutations that failed"] += 1
            if run.counts["mutations that failed"] <= 3:
                print(f"(mutation failed: {exc!r})", flush=True)
            return
        run.case(target, payload)

    fuzz()


def spot_check(run: Run, per_target: int = 3) -> None:
    """A few kept cases again through the real CLI, each on a copy of the database."""
    for target in TARGETS:
        for path in random.sample(run.kept.get(target.name, []), per_target):
            if not path.exists():
                continue
            db = run.out / "spot.db"
            shutil.copy(run.world.db_path, db)
            command = [sys.executable, "-m", "briefing_app", "--db", str(db)]
            command += target.command(path)
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=300)
            except subprocess.TimeoutExpired:
                run.findings.append(f"{path}: CLI still running after 300 s")
                continue
            run.counts["cli spot checks"] += 1
            errors = done.stderr.splitlines()
            ok = done.returncode in (0, 2) and "Traceback" not in done.stderr
            ok = ok and len(errors) <= 1 and all(len(e) <= LINE_LIMIT for e in errors)
            if not ok:
                kept = run.out / "findings" / path.name
                shutil.copy(path, kept)
                run.findings.append(f"{kept}: CLI exit {done.returncode}: {done.stderr[:300]!r}")
                print(f"FINDING {run.findings[-1]}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long (default 10)")
    parser.add_argument("--case-timeout", type=float, default=20.0, help="seconds per case")
    parser.add_argument("--out", type=Path, help="where cases and findings go (default: temp)")
    parser.add_argument("--only", choices=[t.name for t in TARGETS], action="append")
    parser.add_argument("--replay", nargs="+", type=Path, help="run these case files only")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="briefing-fuzz-"))
    for sub in ("cases", "findings"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    log = logging.getLogger("briefing_app")  # the CLI's full problem lists: not on screen
    log.addHandler(logging.FileHandler(out / "briefing-app.log", encoding="utf-8"))
    log.propagate = False
    warnings.showwarning = lambda message, category, *rest, **kw: log.warning(
        "%s: %s", category.__name__, message
    )  # as the CLI does: a library's warning is logged (spot checks watch stderr)
    print(f"building the seeds in {out} ...", flush=True)
    run = Run(build_world(out / "world"), out, args.case_timeout)
    signal.signal(signal.SIGALRM, _on_alarm)
    sys.unraisablehook = lambda info: run.unraisable.append(repr(info.exc_value))
    if args.replay:
        by_name = {t.name: t for t in TARGETS}
        for path in args.replay:
            run.case(by_name[path.suffix.lstrip(".")], path.read_bytes())
        print(f"replayed {len(args.replay)} case(s); findings: {len(run.findings)}")
        return 1 if run.findings else 0
    targets = [t for t in TARGETS if not args.only or t.name in args.only]
    started = time.monotonic()
    until = started + args.minutes * 60
    next_spot = started + 180
    for target in itertools.cycle(targets):
        if time.monotonic() >= until:
            break
        _batch(run, target, examples=10)
        if time.monotonic() >= next_spot:
            spot_check(run)
            next_spot = time.monotonic() + 180
    spot_check(run)
    elapsed = time.monotonic() - started
    cases = sum(run.counts[t.name] for t in targets)
    print(f"\ncases run: {cases} in {elapsed / 60:.1f} min ({cases / elapsed:.1f}/s)")
    for name in [t.name for t in targets]:
        accepted, refused = run.outcomes[f"{name} accepted"], run.outcomes[f"{name} refused"]
        print(f"  {name}: {run.counts[name]} ({accepted} accepted, {refused} refused)")
    print(f"  CLI spot checks (subprocess): {run.counts['cli spot checks']}")
    print(f"  mutations that failed (not run): {run.counts['mutations that failed']}")
    where = f" (kept in {out / 'findings'})" if run.findings else ""
    print(f"findings: {len(run.findings)}{where}")
    for finding in run.findings:
        print(f"  {finding}")
    return 1 if run.findings else 0


if __name__ == "__main__":
    sys.exit(main())
