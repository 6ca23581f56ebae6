"""Every zip archive the app opens (.docx packs and templates, .xlsx lists) is read here.

A zip bomb — a small file whose members expand to gigabytes — is refused before
anything is decompressed, from the sizes the archive declares: how many members
(read from the archive's end record before its directory is even parsed),
each member's size, their total, and each member's compression ratio
(``settings.ARCHIVE_LIMITS``). The members are then decompressed here, once,
counting the bytes actually produced as they stream: an archive whose directory
lies about a size is refused (naming the member) as soon as the count passes
what was declared, and a checksum that does not match is reported as damage.

What the caller gets is :func:`checked_copy`: the same archive rebuilt in memory
with every member stored uncompressed. python-docx, docxtpl and openpyxl open
that copy, so nothing they read can expand any further.
"""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib
from pathlib import Path

from briefing_app import settings
from briefing_app.errors import UserError

_CHUNK = 1024 * 1024
#: What decompressing a damaged member raises (zlib and lzma have their own errors).
_DAMAGE = (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError)
_DAMAGE += (zlib.error, lzma.LZMAError)


class ArchiveError(UserError):
    """An archive refused before use: too large when expanded, or damaged."""


def _refuse(label: str, member: str, why: str) -> ArchiveError:
    where = f"{label}: member {member}" if member else label
    return ArchiveError(f"{where}: refused: {why}")


#: Bytes of directory allowed per member (real entries take 50-150).
_DIRECTORY_BYTES_PER_MEMBER = 1024


def check_directory(path: str | Path, label: str) -> None:
    """Refuse an archive whose directory lists too many members, from its last bytes,
    before ``zipfile`` reads the directory (a million entries take seconds and
    hundreds of megabytes before anything could count them)."""
    limit = settings.ARCHIVE_LIMITS.members
    try:
        with open(path, "rb") as fh:
            end = zipfile._EndRecData(fh)  # the end record, zip64-aware (stable since 2.6)
    except (OSError, AttributeError, struct.error):
        return  # not a zip, or unreadable: the caller's own check says so
    if not end:
        return
    count, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]
    if count > limit or size > limit * _DIRECTORY_BYTES_PER_MEMBER:
        raise _refuse(
            label,
            "",
            f"its directory lists {count:,} files in {size:,} bytes (more than {limit:,} files)",
        )


def check_declared(label: str, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse, from the declared sizes alone, an archive that would expand too far."""
    limits = settings.ARCHIVE_LIMITS
    if len(infos) > limits.members:
        raise _refuse(label, "", f"it holds {len(infos):,} files (more than {limits.members:,})")
    total = 0
    seen: set[str] = set()
    for info in infos:
        if info.filename in seen:  # which of the two would a reader take?
            raise _refuse(label, info.filename, "the archive holds two files of that name")
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise _refuse(label, info.filename, "it is encrypted (password-protected)")
        if info.file_size > limits.member_bytes:
            raise _refuse(
                label,
                info.filename,
                f"it would expand to {info.file_size:,} bytes (more than "
                f"{limits.member_bytes:,}; a zip bomb or not a normal document)",
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.ratio:
            raise _refuse(
                label,
                info.filename,
                f"it would expand {ratio:,.0f} times, from {info.compress_size:,} to "
                f"{info.file_size:,} bytes (a zip bomb or not a normal document)",
            )
        total += info.file_size
    if total > limits.total_bytes:
        raise _refuse(
            label,
            "",
            f"its files would expand to {total:,} bytes together (more than "
            f"{limits.total_bytes:,}; a zip bomb or not a normal document)",
        )


def _copy_member(src: zipfile.ZipFile, info: zipfile.ZipInfo, dst: zipfile.ZipFile, label: str):
    """Decompress one member into ``dst`` (stored), counting what it really expands to."""
    limit = min(info.file_size, settings.ARCHIVE_LIMITS.member_bytes)
    count = 0
    try:
        with src.open(info) as fh, dst.open(_stored(info), "w") as out:
            while chunk := fh.read(_CHUNK):
                count += len(chunk)
                if count > limit:
                    raise _refuse(
                        label,
                        info.filename,
                        f"it expands beyond the {info.file_size:,} bytes the archive "
                        "declares (a crafted or damaged file)",
                    )
                out.write(chunk)
    except _DAMAGE as exc:
        raise _refuse(label, info.filename, f"it is damaged ({_reason(exc)})") from exc
    if count != info.file_size:
        raise _refuse(
            label,
            info.filename,
            f"it expands to {count:,} bytes, not the {info.file_size:,} the archive declares "
            "(a crafted or damaged file)",
        )


def _stored(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    copy = zipfile.ZipInfo(info.filename, info.date_time)
    copy.compress_type = zipfile.ZIP_STORED
    copy.external_attr = info.external_attr
    copy.file_size = info.file_size  # tells zipfile whether the copy needs zip64 headers
    return copy


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


def checked_copy(path: str | Path, label: str | None = None) -> io.BytesIO:
    """The archive at ``path`` rebuilt in memory, members stored uncompressed, after
    every check above; :class:`ArchiveError` naming ``label`` (default: the path) and
    the member otherwise. The caller has already made sure ``path`` is a zip."""
    path = Path(path)
    label = label or str(path)
    check_directory(path, label)
    try:
        src = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ArchiveError(f"{label}: is damaged ({_reason(exc)})") from exc
    buffer = io.BytesIO()
    with src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED, allowZip64=True) as dst:
        infos = src.infolist()
        check_declared(label, infos)
        for info in infos:
            if not info.is_dir():
                _copy_member(src, info, dst, label)
    buffer.seek(0)
    return buffer
