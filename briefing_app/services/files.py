"""Writing user-visible files safely: to a temporary file beside the target,
then ``os.replace``. A failure never leaves a half-written file and never
destroys the previous version; errors come back as TargetFileError with a
message a user can act on."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing_app.errors import TargetFileError


def _check_target(target: Path) -> None:
    folder = target.parent
    if not folder.exists():
        raise TargetFileError(f"cannot write {target}: folder {folder} does not exist")
    if not folder.is_dir():
        raise TargetFileError(f"cannot write {target}: {folder} is not a folder")
    if target.is_dir():
        raise TargetFileError(f"cannot write {target}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise TargetFileError(f"cannot write {target}: folder {folder} is not writable")
    lock = folder / f"~${target.name[2:] if len(target.name) > 2 else target.name}"
    office_lock = folder / f"~${target.name}"
    if lock.exists() or office_lock.exists():
        raise TargetFileError(
            f"cannot write {target}: it is open in another program (close it and try again)"
        )


def atomic_write(target: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` and move the result over ``target``.

    ``write`` must create the file at the path it is given. Returns the target.
    """
    target = Path(target).expanduser().resolve()
    _check_target(target)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, target)
    except PermissionError as exc:
        raise TargetFileError(
            f"cannot write {target}: permission denied (is it open in another program?)"
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise TargetFileError(f"cannot write {target}: the disk is full") from exc
        raise TargetFileError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
