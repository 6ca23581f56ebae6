"""What the processes of one test run (pytest-xdist workers) share, and how they take turns.

A test marked ``one_at_a_time("name")`` (tests/conftest.py) or code inside
``with one_at_a_time(tmp_path_factory, "name"):`` never runs while another
worker holds the same name. (pytest-xdist's own ``xdist_group`` cannot keep a
group on one worker under pytest 9.2: it renames tests through an attribute
pytest no longer reads.)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder shared by every worker of this test run (the run's own without workers)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def one_at_a_time(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[None]:
    """Hold the run's lock ``name``; another worker asking for it waits meanwhile. An
    ``flock``: the system releases it when its worker ends, however it ends."""
    import fcntl  # POSIX; where it is missing, the suite runs without workers (-n 0)

    with open(run_folder(tmp_path_factory) / f"{name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield  # closing the file releases the lock
