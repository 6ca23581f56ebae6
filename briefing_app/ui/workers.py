"""The one background-work helper: run a function on a QThreadPool.

``run_task(fn, *args)`` wraps ``fn`` in a :class:`Task` (a QRunnable) and
starts it. The function receives a :class:`Progress` as its ``progress``
keyword: calling it reports progress and raises :class:`Cancelled` once the
user pressed Cancel, so cancelling is cooperative and happens at the next
progress report. Results come back through the task's signals, always on the
UI thread (queued connections):

- ``progress(done, total, message)``
- ``finished(result)`` — ``result`` must be plain data (ids, dataclasses, paths)
- ``failed(message)`` — a UserError's own text, or a short account of a bug
  (the traceback goes to the log, never on screen)
- ``cancelled()``

Workers receive ids and plain values, open their own Session and return plain
dataclasses: ORM objects never cross threads. Tests (and the UI-stall
benchmark's baseline) use :class:`SynchronousPool`, which runs a task at once
on the calling thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing_app.errors import UserError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by :class:`Progress` once the task was cancelled."""


class Progress:
    """Progress reporter handed to a task function; also its cancel check.

    Accepts the shapes services use: ``(done, total)``, ``(done, total,
    message)``, a fraction ``(0.4,)`` or just a message ``("Writing…",)``.
    """

    def __init__(self, signals: TaskSignals, stop: threading.Event) -> None:
        self._signals = signals
        self._stop = stop

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user cancelled."""
        if self._stop.is_set():
            raise Cancelled

    def __call__(self, done: Any = None, total: Any = None, message: str = "") -> None:
        self.check()
        if isinstance(done, str):
            done, message = None, done
        if isinstance(done, float) and total is None:
            done, total = round(done * 100), 100
        done_i = int(done) if done is not None else -1
        total_i = int(total) if total is not None else -1
        self._signals.progress.emit(done_i, total_i, str(message or ""))


class TaskSignals(QObject):
    """Signals of one task; created on the UI thread so slots run there."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


def describe_error(exc: BaseException) -> str:
    """What the user reads when a task fails."""
    if isinstance(exc, UserError):
        return str(exc)
    return f"An unexpected error stopped the task ({type(exc).__name__}). Details are in the log."


class Task(QRunnable):
    """A function call to run off the UI thread, with signals and a cancel flag."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (kept alive in _RUNNING until done)
        self.signals = TaskSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._stop = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._stop.set()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._fn(
                *self._args, progress=Progress(self.signals, self._stop), **self._kwargs
            )
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.exception("background task %s failed", getattr(self._fn, "__name__", "?"))
            self.signals.failed.emit(describe_error(exc))
        else:
            if self._stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()
            _RUNNING.discard(self)


class SynchronousPool:
    """Drop-in for QThreadPool that runs each task immediately on this thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True


_RUNNING: set[Task] = set()
_pool_override: QThreadPool | SynchronousPool | None = None


def set_default_pool(pool: QThreadPool | SynchronousPool | None) -> None:
    """Use ``pool`` for tasks started without one (tests pass a SynchronousPool)."""
    global _pool_override
    _pool_override = pool


def default_pool() -> QThreadPool | SynchronousPool:
    return _pool_override if _pool_override is not None else QThreadPool.globalInstance()


def make_task(
    fn: Callable[..., Any],
    *args: Any,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    **kwargs: Any,
) -> Task:
    """A Task for ``fn(*args, progress=..., **kwargs)`` with its signals connected.

    Keep a reference before :func:`start_task`: on a synchronous pool the
    callbacks run inside ``start_task`` itself.
    """
    task = Task(fn, *args, **kwargs)
    for signal, slot in (
        (task.signals.finished, on_finished),
        (task.signals.failed, on_failed),
        (task.signals.progress, on_progress),
        (task.signals.cancelled, on_cancelled),
    ):
        if slot is not None:
            signal.connect(slot)
    return task


def start_task(task: Task, pool: QThreadPool | SynchronousPool | None = None) -> Task:
    """Start ``task`` on ``pool`` (default: :func:`default_pool`)."""
    _RUNNING.add(task)
    (pool or default_pool()).start(task)
    return task


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    pool: QThreadPool | SynchronousPool | None = None,
    **kwargs: Any,
) -> Task:
    """``make_task`` then ``start_task``: start ``fn`` on ``pool``; returns the Task."""
    return start_task(make_task(fn, *args, **kwargs), pool)


# -- CPU-heavy work in a child process ---------------------------------------------------------
#
# Threads share Python's GIL, and document writers (lxml, docxtpl) hold it in
# long C calls: a pack export on a thread still froze the UI for up to half a
# second. Tasks that are CPU-bound call ``run_in_process`` from their worker
# thread: the function runs in a spawned child process, the worker thread
# waits (without the GIL) relaying progress, and Cancel reaches the child
# through an Event checked at its next progress report.


def _child_main(target: str, args: tuple, messages, stop) -> None:
    """Entry point of the child process: run ``target`` and report back."""
    import importlib
    import traceback

    module_name, _, name = target.partition(":")
    fn = getattr(importlib.import_module(module_name), name)

    def progress(done=None, total=None, message=""):
        if stop.is_set():
            raise Cancelled
        messages.put(("progress", (done, total, message)))

    try:
        messages.put(("finished", fn(*args, progress=progress)))
    except Cancelled:
        messages.put(("cancelled", None))
    except UserError as exc:
        messages.put(("user_error", str(exc)))
    except Exception:
        messages.put(("bug", traceback.format_exc()))


class WorkerProcessError(RuntimeError):
    """The child process failed unexpectedly (its traceback is in the message, for the log)."""


def _handle(kind: str, value, progress: Progress):
    if kind == "progress":
        progress(*value)
        return None
    if kind == "cancelled":
        raise Cancelled
    if kind == "user_error":
        raise UserError(value)
    if kind == "bug":
        raise WorkerProcessError(value)
    return value


def run_in_process(target: str, *args: Any, progress: Progress) -> Any:
    """Run ``module:function(*args, progress=...)`` in a child process; return its result.

    Arguments and result must be picklable plain data. UserErrors keep their
    message; cancelling (through ``progress``) stops the child cooperatively.
    """
    import multiprocessing
    import queue

    context = multiprocessing.get_context("spawn")  # never fork a process running Qt
    messages, stop = context.Queue(), context.Event()
    child = context.Process(target=_child_main, args=(target, args, messages, stop), daemon=True)
    child.start()
    try:
        while True:
            try:
                kind, value = messages.get(timeout=0.05)
            except queue.Empty:
                if progress.cancelled:
                    stop.set()
                if not child.is_alive() and messages.empty():
                    code = child.exitcode
                    raise WorkerProcessError(f"worker process ended (exit code {code})") from None
                continue
            try:
                result = _handle(kind, value, progress)
            except Cancelled:
                stop.set()
                raise
            if kind == "finished":
                return result
    finally:
        _drain_and_join(child, messages)


def _drain_and_join(child, messages, timeout_s: float = 30.0) -> None:
    """Wait for the child to end, emptying the queue so its feeder thread can exit."""
    import queue
    import time

    deadline = time.monotonic() + timeout_s
    while child.is_alive() and time.monotonic() < deadline:
        try:
            while True:
                messages.get_nowait()
        except queue.Empty:
            pass
        child.join(timeout=0.05)
    if child.is_alive():
        child.terminate()
        child.join(timeout=5)
