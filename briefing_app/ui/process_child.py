"""The child side of ``workers.run_in_process`` (run as ``python -m``; no Qt).

Protocol, over the child's stdin/stdout as length-prefixed pickles: the parent
sends ``(target, args)`` then, at any time, ``"cancel"``; the child answers
with ``("progress", (done, total, message))`` frames and finally one of
``("finished", result)``, ``("cancelled", None)``, ``("user_error", text)`` or
``("bug", traceback)``. Started as a fresh interpreter (not multiprocessing's
spawn), so the parent's ``__main__`` is never re-imported.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import struct
import sys
import threading
import traceback
from typing import Any, BinaryIO

_HEADER = struct.Struct("!I")


class Cancelled(Exception):
    """The parent asked the child to stop."""


def write_frame(stream: BinaryIO, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: BinaryIO) -> Any:
    """The next frame, or raise EOFError when the other side has gone."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def _listen_for_cancel(stream: BinaryIO, stop: threading.Event) -> None:
    try:
        while read_frame(stream) != "cancel":
            pass
    except (EOFError, OSError):
        pass  # the parent went away: stop too
    stop.set()


def _run(target: str, args: tuple, out: BinaryIO, stop: threading.Event) -> None:
    module_name, _, name = target.partition(":")
    fn = getattr(importlib.import_module(module_name), name)

    def progress(done=None, total=None, message=""):
        if stop.is_set():
            raise Cancelled
        write_frame(out, ("progress", (done, total, message)))

    from briefing_app.errors import UserError

    try:
        write_frame(out, ("finished", fn(*args, progress=progress)))
    except Cancelled:
        write_frame(out, ("cancelled", None))
    except UserError as exc:
        write_frame(out, ("user_error", str(exc)))
    except Exception:
        write_frame(out, ("bug", traceback.format_exc()))


def main() -> None:
    if hasattr(os, "nice"):  # background work yields the CPU to the app the user sees
        with contextlib.suppress(OSError):
            os.nice(5)
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # stray prints must not corrupt the frames
    inp = sys.stdin.buffer
    target, args = read_frame(inp)
    stop = threading.Event()
    threading.Thread(target=_listen_for_cancel, args=(inp, stop), daemon=True).start()
    _run(target, args, out, stop)
    out.close()
    sys.stderr.flush()
    # The cancel listener is still blocked reading stdin; a normal interpreter
    # shutdown would abort on its lock. Everything is written: leave at once.
    os._exit(0)


if __name__ == "__main__":
    main()
