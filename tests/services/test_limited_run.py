"""run_limited: work in a real child process, its result or error back in the parent,
and the child stopped at each limit."""

from __future__ import annotations

import os
import time

import pytest

from briefing_app.errors import NotFoundError, ValidationError
from briefing_app.services.limited_run import ChildFailed, LimitExceeded, Limits, run_limited

GENEROUS = Limits(cpu_seconds=20, wall_seconds=30, memory_bytes=512 * 2**20)


def test_the_result_comes_from_a_child_process():
    parent = os.getpid()
    assert run_limited(lambda: str(os.getpid()).encode(), GENEROUS) != str(parent).encode()


def test_a_large_result_is_read_while_the_child_writes_it():
    data = os.urandom(5 * 2**20)
    assert run_limited(lambda: data, GENEROUS) == data


def test_user_errors_come_back_as_they_were_raised():
    def refuse():
        raise ValidationError(["row 3: bad", "row 4: worse"], source="list.xlsx")

    with pytest.raises(ValidationError) as caught:
        run_limited(refuse, GENEROUS)
    assert caught.value.problems == ["row 3: bad", "row 4: worse"]
    assert caught.value.source == "list.xlsx"

    def missing():
        raise NotFoundError("no meeting 7")

    with pytest.raises(NotFoundError, match=r"^no meeting 7$"):
        run_limited(missing, GENEROUS)


def test_a_bug_in_the_child_is_a_bug_with_its_traceback():
    with pytest.raises(ChildFailed, match=r"(?s)Traceback.*KeyError: 'oops'"):
        run_limited(lambda: {}["oops"], GENEROUS)


def test_the_wall_clock_limit_stops_a_child_that_waits():
    start = time.monotonic()
    with pytest.raises(LimitExceeded) as caught:
        run_limited(lambda: time.sleep(60) or b"", Limits(20, 0.5, 512 * 2**20))
    assert caught.value.kind == "wall"
    assert time.monotonic() - start < 30  # stopped, not waited for


def test_the_processor_time_limit_stops_a_child_that_computes():
    def spin() -> bytes:
        while True:
            pass

    with pytest.raises(LimitExceeded) as caught:
        run_limited(spin, Limits(1, 60, 512 * 2**20))
    assert caught.value.kind == "cpu"


def test_the_memory_limit_refuses_what_the_child_adds():
    with pytest.raises(LimitExceeded) as caught:
        run_limited(lambda: bytes(300 * 2**20), Limits(20, 60, 100 * 2**20))
    assert caught.value.kind == "memory"
    assert run_limited(lambda: bytes(50 * 2**20)[:3], Limits(20, 60, 100 * 2**20)) == b"\0" * 3


def test_an_interrupted_wait_stops_the_child(tmp_path):
    """Ctrl+C while the parent waits: the child is killed and reaped, not left running."""
    import signal

    pid_file = tmp_path / "child.pid"

    def wait_forever() -> bytes:
        pid_file.write_text(str(os.getpid()))
        time.sleep(60)
        return b""

    def interrupt(_signum, _frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 1.0)
    try:
        with pytest.raises(KeyboardInterrupt):
            run_limited(wait_forever, GENEROUS)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)


def test_no_process_to_spare_is_a_user_error(monkeypatch):
    """fork() refused (the system's process limit): one clear message, no frozen collector."""
    import errno
    import gc

    from briefing_app.errors import UserError

    def refuse():
        raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    monkeypatch.setattr(os, "fork", refuse)
    before = gc.get_freeze_count()
    with pytest.raises(UserError, match=r"^cannot start a process for this work: Resource"):
        run_limited(lambda: b"", GENEROUS)
    assert gc.get_freeze_count() == before
