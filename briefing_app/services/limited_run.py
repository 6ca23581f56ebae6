"""Running one piece of untrusted work in a child process with limits.

A pack template is code its author controls: ``{{ 10**(10**9) }}`` computes for
hours, ``{{ 'x'|center(10**9) }}`` fills the memory. :func:`run_limited` runs
such work in a forked child (the parent's memory, template and content shared
copy-on-write: nothing to send over, nothing to import again) that the system
stops at a processor-time limit (``RLIMIT_CPU``) and refuses memory beyond a
limit (``RLIMIT_AS``); the parent stops it at a wall-clock limit. When a limit is
reached, :class:`LimitExceeded` says which, and the caller words the message; the
caller's transaction and writer lock are then released as for any error.

The work returns bytes. A UserError it raises is raised again in the parent; any
other exception comes back as a bug (exit 1, traceback in the log). Where there is
no ``fork`` (Windows), the work runs in this process, under the sandbox's own
limits only.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from briefing_app.errors import UserError, ValidationError

CAN_FORK = hasattr(os, "fork")


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int
    wall_seconds: float
    memory_bytes: int


class LimitExceeded(Exception):
    """The child was stopped: ``kind`` is "cpu", "wall" or "memory"."""

    def __init__(self, kind: str, limits: Limits, detail: str = "") -> None:
        self.kind, self.limits, self.detail = kind, limits, detail
        super().__init__(f"{kind} limit reached {detail}".strip())


class ChildFailed(RuntimeError):
    """The child hit a bug; the message carries its traceback (for the log)."""


def run_limited(work: Callable[[], bytes], limits: Limits) -> bytes:
    """``work()`` run in a child process under ``limits``; its result, or its error."""
    if not CAN_FORK:
        return work()
    pid, read_end = _start(work, limits)
    try:
        data, timed_out = _collect(read_end, limits.wall_seconds)
    except BaseException:  # Ctrl+C while waiting: the child must not outlive the wait
        _reap(pid, kill=True)
        raise
    finally:
        os.close(read_end)
    status, cpu_used = _reap(pid, kill=timed_out)
    if timed_out:
        raise LimitExceeded("wall", limits)
    return _outcome(data, status, cpu_used >= limits.cpu_seconds, limits)


def _start(work: Callable[[], bytes], limits: Limits) -> tuple[int, int]:
    """Fork the child that runs ``work``; (its pid, the end of the pipe it writes to)."""
    parent = os.getpid()
    read_end, write_end = os.pipe()
    # Objects that exist now are left alone by the child's garbage collector, so it does
    # not write to (and copy) every page of the parent's memory: ~15% less work.
    gc.freeze()
    try:
        pid = os.fork()
    except OSError as exc:  # too many processes, or no memory for one more
        os.close(read_end)
        os.close(write_end)
        raise UserError(f"cannot start a process for this work: {exc.strerror or exc}") from exc
    finally:
        if os.getpid() == parent:
            gc.unfreeze()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(work, limits, write_end)
    os.close(write_end)
    return pid, read_end


def _child(work: Callable[[], bytes], limits: Limits, fd: int) -> None:
    code = 0
    try:
        try:
            _set_limits(limits)
            reply = ("ok", work())
        except MemoryError:
            reply = ("memory", None)
        except ValidationError as exc:
            reply = ("validation", (exc.__class__, exc.problems, exc.source))
        except UserError as exc:
            reply = ("user_error", (exc.__class__, str(exc)))
        except BaseException:
            reply = ("bug", traceback.format_exc())
        data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
    except MemoryError:
        code = 3
    except BaseException:
        code = 4
    finally:
        os._exit(code)  # no clean-up of the parent's objects (database connections) here


def _set_limits(limits: Limits) -> None:
    """Processor time and memory of this (child) process; no core file when stopped."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    cpu = max(1, int(limits.cpu_seconds))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 2))  # SIGXCPU, then SIGKILL
    in_use = _address_space()
    if in_use:
        ceiling = in_use + limits.memory_bytes
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    _die_with_parent()


def _address_space() -> int:
    """Bytes of address space this process uses now (0 where the system does not say)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _die_with_parent() -> None:
    """Linux: the child is killed if the parent dies (a GUI export cancelled hard)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _collect(fd: int, wall_seconds: float) -> tuple[bytes, bool]:
    """Everything the child writes until it closes the pipe; (data, timed out)."""
    deadline = time.monotonic() + wall_seconds
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return b"".join(chunks), True
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _reap(pid: int, kill: bool) -> tuple[int, float]:
    """(wait status, processor seconds) of the child once it has ended."""
    if kill:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    try:
        _pid, status, usage = os.wait4(pid, 0)
    except ChildProcessError:
        return 0, 0.0
    return status, usage.ru_utime + usage.ru_stime


def _outcome(data: bytes, status: int, out_of_time: bool, limits: Limits) -> bytes:
    try:
        kind, value = pickle.loads(data)
    except Exception:  # nothing, or a partial reply: the child was stopped
        kind, value = None, None
    if kind == "ok":
        return value
    if kind == "validation":
        cls, problems, source = value
        raise cls(problems, source)
    if kind == "user_error":
        cls, text = value
        raise cls(text)
    if kind == "bug":
        raise ChildFailed(value)
    if out_of_time or (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU):
        raise LimitExceeded("cpu", limits)
    if kind == "memory" or (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3):
        raise LimitExceeded("memory", limits)
    # Killed another way (the system's out-of-memory killer) or crashed in C code.
    raise LimitExceeded("memory", limits, f"(the child stopped with status {status})")
