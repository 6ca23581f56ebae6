"""Compiled Jinja code of pack templates, kept on disk between packs.

Compiling the shipped template's body takes about 25 ms, and a user's template
rarely changes, so the code Jinja compiles is written to the user's cache folder
and read back by the next pack from the same source. This runs only in the limited
child process that fills the template in (``render_xml_part`` in
:mod:`.docxtpl_speedups`): Jinja folds constant expressions while compiling
(``{{ 'x'|center(2000000000) }}`` builds the string), so a template's source is
never compiled in the app's own process.

A file is named by a SHA-256 of the source, Jinja's version, Python's bytecode
tag, the environment's class and whether it escapes, and Jinja's ``Bucket``
checks its own marker (Jinja's and Python's) and the same checksum when it is read.
A file that cannot be read, is damaged or is stale, and a folder that cannot be
written, only mean compiling again (logged): a pack never fails for the cache.
The newest few files are kept; older ones are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from briefing_app import paths

log = logging.getLogger(__name__)

#: Files kept: a template's body, headers and footers, for a few templates.
KEPT = 12
_SUFFIX = ".jinja-code"


def template_from(env, source: str):
    """``env.from_string(source)``, with the compiled code read from (or written to)
    the cache folder."""
    key = _key(env, source)
    folder = paths.template_code_dir()
    bucket = Bucket(env, key, key)
    code = _load(bucket, folder / f"{key}{_SUFFIX}")
    if code is None:
        code = env.compile(source)
        bucket.code = code
        _store(bucket, folder)
    return env.template_class.from_code(env, code, env.make_globals(None), None)


def _key(env, source: str) -> str:
    digest = hashlib.sha256()
    for part in (
        jinja2.__version__,
        sys.implementation.cache_tag or "",
        importlib.util.MAGIC_NUMBER.hex(),
        f"{type(env).__module__}.{type(env).__qualname__}",
        repr(bool(env.autoescape)),
    ):
        digest.update(part.encode() + b"\0")
    digest.update(source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _load(bucket: Bucket, file: Path):
    """The code in ``file``, or None (no file, or one that cannot be used)."""
    try:
        with open(file, "rb") as f:
            bucket.load_bytecode(f)
    except FileNotFoundError:
        return None
    except Exception as exc:
        log.warning("template code cache: cannot read %s (%s); compiling", file, exc)
        return None
    if bucket.code is None:
        log.warning("template code cache: %s is stale or damaged; compiling", file)
        return None
    with _quietly(file):
        os.utime(file)  # the newest are kept
    return bucket.code


def _store(bucket: Bucket, folder: Path) -> None:
    """Write the code atomically (a temporary file renamed), then keep the newest."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                bucket.write_bytecode(f)
            os.replace(temp, folder / f"{bucket.key}{_SUFFIX}")
        except BaseException:
            with _quietly(Path(temp)):
                os.unlink(temp)
            raise
    except (OSError, ValueError) as exc:
        log.warning("template code cache: cannot write in %s (%s)", folder, exc)
        return
    _prune(folder)


def _prune(folder: Path) -> None:
    """Remove all but the newest KEPT files, and what a stopped write left (a day old)."""
    try:
        entries = [(entry.stat().st_mtime, entry) for entry in os.scandir(folder)]
    except OSError:
        return
    files = sorted((when, entry.path) for when, entry in entries if entry.name.endswith(_SUFFIX))
    left = [entry.path for when, entry in entries
            if entry.name.endswith(".tmp") and when < time.time() - 86400]  # fmt: skip
    for path in [path for _, path in files[:-KEPT]] + left:
        with _quietly(Path(path)):
            os.unlink(path)


@contextlib.contextmanager
def _quietly(file: Path):
    """Ignore an OSError about ``file`` (logged)."""
    try:
        yield
    except OSError as exc:
        log.warning("template code cache: %s: %s", file, exc)
