"""Work that makes many short-lived objects at once (a pack's rows and XML nodes,
an export's rows and texts)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while tens of thousands of short-lived
    objects (ORM rows, XML nodes, table rows) are made: its passes find nothing to
    free there and cost about a third of the time of reading a large meeting, a
    tenth of an export of the whole database."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
