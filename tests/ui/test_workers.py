"""The background-work helper: results, progress, errors and cancel, on a
synchronous pool and on a real QThreadPool."""

from __future__ import annotations

import os
import threading
import time

import pytest
from PySide6.QtCore import QThreadPool

from briefing_app.errors import TargetFileError
from briefing_app.ui import workers


def _collect(task):
    seen = {"progress": [], "finished": [], "failed": [], "cancelled": 0}
    task.signals.progress.connect(lambda d, t, m: seen["progress"].append((d, t, m)))
    task.signals.finished.connect(seen["finished"].append)
    task.signals.failed.connect(seen["failed"].append)
    task.signals.cancelled.connect(lambda: seen.__setitem__("cancelled", seen["cancelled"] + 1))
    return seen


def _count(n, *, progress):
    for i in range(n):
        progress(i + 1, n, f"step {i + 1}")
    progress(0.5)
    progress("done")
    return {"counted": n}


def test_synchronous_pool_reports_progress_and_result(qtbot):
    task = workers.Task(_count, 3)
    seen = _collect(task)
    workers.SynchronousPool().start(task)
    assert seen["finished"] == [{"counted": 3}]
    assert seen["progress"][:3] == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert seen["progress"][3:] == [(50, 100, ""), (-1, -1, "done")]


def _fail_user(*, progress):
    raise TargetFileError("cannot write /x/pack.docx: it is open in another program")


def _fail_bug(*, progress):
    return {}["missing"]


@pytest.mark.parametrize(
    ("fn", "expected"),
    [
        (_fail_user, "it is open in another program"),
        (_fail_bug, "unexpected error stopped the task (KeyError)"),
    ],
)
def test_failures_become_readable_messages(qtbot, fn, expected):
    failures = []
    task = workers.run_task(fn, pool=workers.SynchronousPool(), on_failed=failures.append)
    seen = {"failed": failures}
    assert task.done.is_set()
    assert len(seen["failed"]) == 1 and expected in seen["failed"][0]
    assert "Traceback" not in seen["failed"][0]


def test_real_pool_runs_off_the_ui_thread_and_delivers_on_it(qtbot):
    main = threading.get_ident()
    ran_on, delivered_on = [], []

    def where(*, progress):
        ran_on.append(threading.get_ident())
        progress(1, 1)
        return "ok"

    pool = QThreadPool()
    task = workers.Task(where)
    task.signals.finished.connect(lambda _r: delivered_on.append(threading.get_ident()))
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as blocker:
        pool.start(task)
    assert blocker.args == ["ok"]
    assert ran_on and ran_on[0] != main
    assert delivered_on == [main]
    pool.waitForDone()


def test_cancel_stops_at_next_progress_report(qtbot):
    started = threading.Event()

    def endless(*, progress):
        started.set()
        while True:
            progress(0, 0, "working")
            time.sleep(0.005)

    pool = QThreadPool()
    task = workers.run_task(endless, pool=pool)
    assert started.wait(5)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        task.cancel()
    assert pool.waitForDone(5000)
    assert task.done.is_set()


def test_default_pool_can_be_swapped_for_tests(qtbot):
    workers.set_default_pool(workers.SynchronousPool())
    try:
        results = []
        workers.run_task(_count, 2, on_finished=results.append)
        assert results == [{"counted": 2}]
    finally:
        workers.set_default_pool(None)
    assert workers.default_pool() is QThreadPool.globalInstance()


# -- run_in_process: targets the child imports by name -----------------------------------------


def child_square(n, *, progress):
    for i in range(3):
        progress(i, 3, "squaring")
    return {"square": n * n, "pid": os.getpid()}


def child_user_error(*, progress):
    raise TargetFileError("cannot write /x/list.xlsx: the disk is full")


def child_bug(*, progress):
    raise ZeroDivisionError("boom")


def child_forever(*, progress):
    while True:
        progress(0, 0, "waiting")
        time.sleep(0.01)


def _in_process(target, *args, cancel_after=None):
    seen = []
    task = workers.Task(workers.run_in_process, f"tests.ui.test_workers:{target}", *args)
    results = {"finished": [], "failed": [], "cancelled": []}
    task.signals.finished.connect(results["finished"].append)
    task.signals.failed.connect(results["failed"].append)
    task.signals.cancelled.connect(lambda: results["cancelled"].append(True))

    def on_progress(done, total, message):
        seen.append((done, total, message))
        if cancel_after is not None and len(seen) >= cancel_after:
            task.cancel()

    task.signals.progress.connect(on_progress)
    workers.SynchronousPool().start(task)
    return results, seen


def test_run_in_process_returns_plain_results_from_another_process(qtbot):
    results, seen = _in_process("child_square", 7)
    (result,) = results["finished"]
    assert result["square"] == 49 and result["pid"] != os.getpid()
    assert seen == [(0, 3, "squaring"), (1, 3, "squaring"), (2, 3, "squaring")]


def test_run_in_process_errors_and_cancel(qtbot):
    results, _ = _in_process("child_user_error")
    assert results["failed"] == ["cannot write /x/list.xlsx: the disk is full"]
    results, _ = _in_process("child_bug")
    assert "unexpected error stopped the task (WorkerProcessError)" in results["failed"][0]
    results, seen = _in_process("child_forever", cancel_after=2)
    assert results["cancelled"] == [True] and not results["finished"]
    assert len(seen) == 2  # nothing relayed after Cancel


def test_a_callback_of_a_task_can_cancel_and_wait_without_waiting_for_itself(qtbot):
    """A restore's "validated" step stops all work before the file is replaced; run by a
    synchronous pool it is called inside its own task, which cannot end meanwhile: it
    waited the whole timeout for itself (30 s per restore in the GUI tests)."""
    answers = []

    def step(progress):
        return "validated"

    task = workers.make_task(
        step, on_finished=lambda _r: answers.append(workers.cancel_and_wait(200))
    )
    workers.start_task(task, workers.SynchronousPool())
    assert answers == [True]
    assert task.done.is_set() and not workers.running_tasks()
