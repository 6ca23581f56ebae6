"""Writing user-visible files safely: to a temporary file beside the target,
then ``os.replace``. A failure never leaves a half-written file and never
destroys the previous version; errors come back as TargetFileError with a
message a user can act on.

The file gets the permissions any other program would give a new file
(``0666`` less the user's umask), or keeps those of the file it replaces: a
pack saved on a shared folder opens for colleagues as a file saved from Word
would (``tempfile.mkstemp`` would make every file private, ``0600``)."""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from briefing_app.errors import TargetFileError


def check_target(target: str | os.PathLike) -> Path:
    """The resolved ``target``; TargetFileError when it cannot be written (no folder,
    not writable, open in Word). Callers may check before doing the work."""
    target = Path(target).expanduser().resolve()
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
    return target


def atomic_write(target: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` and move the result over ``target``.

    ``write`` must create the file at the path it is given. Returns the target.
    """
    target = check_target(target)
    tmp = _new_temp_file(target)
    try:
        write(tmp)
        _keep_mode_of(target, tmp)
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


def create_user_file(path: Path) -> None:
    """Create the empty new file ``path`` with the mode a user's new file gets.

    ``0666`` less the umask (the kernel applies it); FileExistsError if it exists.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


def _new_temp_file(target: Path) -> Path:
    """An empty, new temporary file beside ``target`` (``0666`` less the umask)."""
    for _attempt in range(100):
        tmp = target.with_name(f".{target.stem}-{secrets.token_hex(4)}{target.suffix}")
        try:
            create_user_file(tmp)
        except FileExistsError:
            continue
        except OSError as exc:
            raise TargetFileError(f"cannot write {target}: {exc.strerror or exc}") from exc
        return tmp
    raise TargetFileError(f"cannot write {target}: no free temporary name in {target.parent}")


def _keep_mode_of(target: Path, tmp: Path) -> None:
    """A file that is replaced keeps its permissions (as saving over it in Word would)."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(tmp, mode)


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
