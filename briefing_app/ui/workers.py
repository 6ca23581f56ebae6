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

import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
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
        emit(self._signals, "progress", done_i, total_i, str(message or ""))


class TaskSignals(QObject):
    """Signals of one task; created on the UI thread so slots run there."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


def emit(signals: TaskSignals, name: str, *args: Any) -> bool:
    """Emit ``signals.<name>(*args)`` unless its QObject is gone; False if it was.

    The receivers (a closed workspace's preview, say) may be destroyed while
    the task runs; emitting on a deleted signal source raised "Signal source
    has been deleted" on the worker thread. Nobody is listening: skip it.
    """
    if not shiboken6.isValid(signals):
        return False
    try:
        getattr(signals, name).emit(*args)
    except RuntimeError:  # deleted between the check and the emit
        log.debug("task signal %s dropped: its source was deleted", name)
        return False
    return True


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
        #: The thread running ``run`` (None before it starts): a task cannot wait for itself.
        self.thread: int | None = None
        self.pool: QThreadPool | SynchronousPool | None = None  # set by start_task
        #: What the user started and would miss ("export", "import", "restore"...);
        #: "" for housekeeping (preview, automatic backup) that quitting just cancels.
        self.purpose = ""

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._stop.set()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        self.thread = threading.get_ident()
        try:
            result = self._fn(
                *self._args, progress=Progress(self.signals, self._stop), **self._kwargs
            )
        except Cancelled:
            emit(self.signals, "cancelled")
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.exception("background task %s failed", getattr(self._fn, "__name__", "?"))
            emit(self.signals, "failed", describe_error(exc))
        else:  # finished, even if Cancel came too late to stop it: say what happened
            emit(self.signals, "finished", result)
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
    receiver: QObject | None = None,
    **kwargs: Any,
) -> Task:
    """A Task for ``fn(*args, progress=..., **kwargs)`` with its signals connected.

    ``receiver``: the widget the callbacks act on. When it is destroyed (a
    meeting tab closed) the task is cancelled and its callbacks no longer run.
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
            signal.connect(slot if receiver is None else _while_alive(receiver, slot))
    if receiver is not None:
        _cancel_with(receiver, task)
    return task


def _cancel_with(receiver: QObject, task: Task) -> None:
    """Cancel ``task`` if ``receiver`` is destroyed first; forget it once the task ends."""
    ref = weakref.ref(task)
    connection = receiver.destroyed.connect(lambda *_a: (t := ref()) is not None and t.cancel())

    def forget(*_args: Any) -> None:
        if shiboken6.isValid(receiver):
            receiver.destroyed.disconnect(connection)

    for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
        signal.connect(forget)


def _while_alive(receiver: QObject, slot: Callable[..., Any]) -> Callable[..., None]:
    """``slot``, skipped once ``receiver`` (its widget) has been deleted."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(receiver):
            slot(*args)

    return call


def start_task(task: Task, pool: QThreadPool | SynchronousPool | None = None) -> Task:
    """Start ``task`` on ``pool`` (default: :func:`default_pool`)."""
    task.pool = pool or default_pool()
    _RUNNING.add(task)
    task.pool.start(task)
    return task


def running_tasks(user_work_only: bool = False) -> list[Task]:
    """Tasks started and not yet done; ``user_work_only``: those with a ``purpose``."""
    tasks = [task for task in list(_RUNNING) if not task.done.is_set()]
    return [task for task in tasks if task.purpose] if user_work_only else tasks


def cancel_and_wait(timeout_ms: int = 60_000) -> bool:
    """Cancel every running task and wait (at most ``timeout_ms``) for them to end.

    Quitting must not dispose the database, and release its writer lock, while
    an export child process, an import or a restore still uses it. Cancel is
    cooperative: a task stops at its next progress report. True if all ended.
    """
    # A task whose own callback asks this (a restore's "validated" step, run on its
    # thread by a synchronous pool) cannot end while it waits: cancel it, do not wait.
    others = [t for t in running_tasks() if t.thread != threading.get_ident()]
    for task in running_tasks():
        task.cancel()
    tasks = others
    pools = {id(task.pool): task.pool for task in tasks}
    deadline = time.monotonic() + timeout_ms / 1000
    for pool in pools.values():
        pool.waitForDone(max(0, int((deadline - time.monotonic()) * 1000)))
    for task in tasks:  # a task on a pool already finished, or still ending its run()
        task.done.wait(max(0.0, deadline - time.monotonic()))
    left = [t for t in others if not t.done.is_set()]
    if left:
        log.warning("%d background task(s) still running at quit", len(left))
    return not left


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
# thread: the function runs in a fresh child interpreter
# (``ui/process_child.py``), the worker thread waits (without the GIL)
# relaying progress, and Cancel reaches the child at its next progress report.


class WorkerProcessError(RuntimeError):
    """The child process failed unexpectedly (its traceback is in the message, for the log)."""


def _handle(kind: str, value, progress: Progress):
    if kind == "progress":
        progress(*value)
    elif kind == "cancelled":
        raise Cancelled
    elif kind == "user_error":
        raise UserError(value)
    elif kind == "bug":
        raise WorkerProcessError(value)
    return value


def _pump(stream, messages) -> None:
    """Reader thread: frames from the child into ``messages``; None at the end."""
    from briefing_app.ui.process_child import read_frame

    try:
        while True:
            messages.put(read_frame(stream))
    except (EOFError, OSError, ValueError):
        messages.put(None)


def run_in_process(target: str, *args: Any, progress: Progress) -> Any:
    """Run ``module:function(*args, progress=...)`` in a child process; return its result.

    Arguments and result must be picklable plain data. UserErrors keep their
    message; cancelling (through ``progress``) stops the child cooperatively,
    so files it was writing are cleaned up by the child itself.
    """
    import queue
    import subprocess
    import sys

    from briefing_app.ui.process_child import write_frame

    child = subprocess.Popen(
        [sys.executable, "-m", "briefing_app.ui.process_child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    messages: queue.Queue = queue.Queue()
    threading.Thread(target=_pump, args=(child.stdout, messages), daemon=True).start()
    try:
        write_frame(child.stdin, (target, args))
        return _relay(child, messages, progress)
    finally:
        _finish_child(child)


def _relay(child, messages, progress: Progress) -> Any:
    """Relay the child's frames until its final answer."""
    import queue

    from briefing_app.ui.process_child import write_frame

    asked_to_stop = False
    while True:
        try:
            frame = messages.get(timeout=0.05)
        except queue.Empty:
            frame = ("tick", None)
        if frame is None:
            raise WorkerProcessError(f"worker process ended (exit code {child.wait()})")
        kind, value = frame
        if progress.cancelled and not asked_to_stop:
            asked_to_stop = True
            write_frame(child.stdin, "cancel")
        if kind == "tick" or (kind == "progress" and asked_to_stop):
            continue
        result = _handle(kind, value, progress)
        if kind == "finished":
            return result


def _finish_child(child, timeout_s: float = 30.0) -> None:
    import subprocess

    with contextlib.suppress(OSError):
        child.stdin.close()
    try:
        child.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
