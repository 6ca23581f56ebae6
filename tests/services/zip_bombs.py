"""Zip bombs for the archive tests, built by hand in a few megabytes and a fraction of a
second: a deflate stream that expands to hundreds of megabytes is one compressed chunk
repeated (each chunk ends with a full flush, so chunks are independent), and the zip's
headers are written directly, so a central directory can declare any size. No tests here."""

from __future__ import annotations

import random
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

MiB = 1024 * 1024


@dataclass
class Member:
    name: str
    deflated: bytes  # raw deflate stream (no zlib header)
    size: int  # what it really expands to
    crc: int
    declared_size: int | None = None  # what the central directory says (default: size)


def deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def member_from(name: str, data: bytes) -> Member:
    return Member(name, deflate(data), len(data), zlib.crc32(data))


def repeated(name: str, chunk: bytes, times: int, declared_size: int | None = None) -> Member:
    """A member whose content is ``chunk`` ``times`` over, compressed once."""
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return Member(name, block * times + tail, len(chunk) * times, crc, declared_size)


def zeros(name: str, mib: int, declared_size: int | None = None) -> Member:
    """``mib`` MiB of zeros: about a thousand times smaller compressed."""
    return repeated(name, bytes(MiB), mib, declared_size)


def text_like(name: str, mib: int) -> Member:
    """``mib`` MiB that compress only about 30 times, like real text (so a size
    limit, not the compression ratio, is what refuses it)."""
    pattern = random.Random(7).randbytes(24 * 1024)
    chunk = (pattern * (MiB // len(pattern) + 1))[:MiB]
    return repeated(name, chunk, mib)


def write_zip(path: Path, members: list[Member]) -> Path:
    """A zip of deflated members; the central directory states ``declared_size``."""
    out, central = bytearray(), bytearray()
    for m in members:
        name = m.name.encode()
        offset = len(out)
        local = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, m.crc, len(m.deflated), m.size,
            len(name), 0,
        )  # fmt: skip
        out += local + name + m.deflated
        declared = m.size if m.declared_size is None else m.declared_size
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, m.crc, len(m.deflated),
            declared, len(name), 0, 0, 0, 0, 0, offset,
        ) + name  # fmt: skip
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0
    )
    path.write_bytes(bytes(out + central + end))
    return path


def members_of(path: Path) -> list[Member]:
    """The members of a real .docx/.xlsx, to build a bomb that is otherwise genuine."""
    with zipfile.ZipFile(path) as zf:
        return [member_from(info.filename, zf.read(info)) for info in zf.infolist()]


def with_member(source: Path, out: Path, bomb: Member) -> Path:
    """``source`` with ``bomb`` in place of its member of the same name (or added)."""
    members = [m for m in members_of(source) if m.name != bomb.name]
    return write_zip(out, [*members, bomb])
