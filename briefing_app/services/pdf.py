"""PDF copies of documents we wrote, made by LibreOffice when the machine has it.

``find_office()`` takes ``BRIEFING_APP_OFFICE`` if set, else looks for
``soffice`` (or ``libreoffice``) on PATH, then in LibreOffice's usual install
places on Windows, macOS and Linux;
``convert_to_pdf`` runs it headless with a throw-away user profile (so a
LibreOffice the user has open does not swallow the request) and our macro
(``office_macro``: the contents and fields are updated before the PDF is
made, fonts embedded), into a temporary folder beside the targets, and moves
each PDF over its target only once it is complete (``files.atomic_write``): a
failed conversion never leaves a half-written PDF nor destroys the previous one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefing_app.errors import UserError
from briefing_app.services.files import atomic_write, check_target
from briefing_app.services.office_macro import MACRO_URL, install_macro, write_job

#: Seconds a conversion may take before we give up (a first start of LibreOffice
#: with a fresh profile takes a few seconds; a large pack some more).
TIMEOUT_S = 300

#: Environment variable naming the LibreOffice program (see ``find_office``).
OFFICE_ENV = "BRIEFING_APP_OFFICE"

#: What the user reads when no converter is installed.
NOT_AVAILABLE = (
    "PDF needs LibreOffice (free), which was not found on this computer: install it "
    "from libreoffice.org (or your system's software centre), or put its soffice "
    "program on the PATH, then try again"
)


T = TypeVar("T")


class PdfError(UserError):
    """LibreOffice is missing or could not convert a document."""


def install_places() -> list[Path]:
    """Where LibreOffice's program usually is when it is not on PATH."""
    if sys.platform == "win32":
        roots = [os.environ.get(v) for v in ("PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432")]
        roots += [r"C:\Program Files", r"C:\Program Files (x86)"]
        return [Path(r) / "LibreOffice" / "program" / "soffice.exe" for r in roots if r]
    if sys.platform == "darwin":
        apps = [Path("/Applications"), Path.home() / "Applications"]
        return [a / "LibreOffice.app" / "Contents" / "MacOS" / "soffice" for a in apps]
    opt = sorted(Path("/opt").glob("libreoffice*/program/soffice"), reverse=True)
    return [*opt, Path("/usr/lib/libreoffice/program/soffice"), Path("/snap/bin/libreoffice")]


def find_office() -> str | None:
    """The LibreOffice program that converts documents, or None if there is none.

    ``BRIEFING_APP_OFFICE`` names the program when it is somewhere unusual (set but
    empty: no PDF, as on a machine without LibreOffice)."""
    chosen = os.environ.get(OFFICE_ENV)
    if chosen is not None:
        return chosen if chosen and Path(chosen).is_file() else None
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((str(p) for p in install_places() if p.is_file()), None)


def convert_to_pdf(pairs: list[tuple[Path, Path]], office: str | None = None) -> list[Path]:
    """Convert each ``(source, target_pdf)``; returns the targets written.

    All sources are converted by one LibreOffice run (it starts once). Raises
    PdfError naming the document when LibreOffice is missing, fails or times out.
    """
    office = office or find_office()
    if office is None:
        raise PdfError(NOT_AVAILABLE)
    if not pairs:
        return []
    stems = [Path(source).stem for source, _target in pairs]
    if len(set(stems)) != len(stems):  # LibreOffice names its output after the source
        raise ValueError(f"sources converted together need distinct names: {stems}")
    folder = Path(pairs[0][1]).resolve().parent
    with tempfile.TemporaryDirectory(prefix=".pdf-", dir=folder) as work:
        work_dir = Path(work)
        _run_office(office, work_dir, [Path(source) for source, _target in pairs])
        return [_move(work_dir, Path(source), Path(target)) for source, target in pairs]


def _run(command: list[str], names: str, office: str) -> None:
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired as exc:
        raise PdfError(f"LibreOffice took over {TIMEOUT_S} s converting {names}; no PDF") from exc
    except OSError as exc:
        raise PdfError(f"cannot start LibreOffice ({office}): {exc.strerror or exc}") from exc
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
        raise PdfError(f"LibreOffice could not convert {names} to PDF: {last[0][:160]}")


def _run_office(office: str, work_dir: Path, sources: list[Path]) -> None:
    """Initialise a fresh profile, put the macro in it, and run it over ``sources``
    (each PDF is written into ``work_dir`` under the source's name)."""
    names = ", ".join(s.name for s in sources)
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as scratch:
        profile = Path(scratch) / "profile"
        env = f"-env:UserInstallation={profile.as_uri()}"
        _run([office, env, "--headless", "--norestore", "--terminate_after_init"], names, office)
        try:
            install_macro(profile)
        except OSError as exc:
            raise PdfError(f"cannot prepare LibreOffice to convert {names}: {exc}") from exc
        job = Path(scratch) / "job.txt"
        write_job(job, [(s.resolve(), work_dir / f"{s.stem}.pdf") for s in sources])
        macro = MACRO_URL.format(job=job)
        _run([office, env, "--headless", "--norestore", macro], names, office)


def _move(work_dir: Path, source: Path, target: Path) -> Path:
    made = work_dir / f"{source.stem}.pdf"
    if not made.is_file() or made.stat().st_size == 0:
        raise PdfError(f"LibreOffice made no PDF of {source.name}")
    return atomic_write(target, lambda tmp: shutil.move(made, tmp))


def output_format(out: str | os.PathLike, native: str, what: str) -> str:
    """ "pdf" or ``native`` (".docx", ".xlsx") by ``out``'s extension; any other is refused."""
    suffix = Path(out).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix != native:
        raise UserError(f"{out}: {what} is written as {native} or .pdf; name the file so")
    return native


def make_pdf(target: str | os.PathLike, write_source: Callable[[Path], T], suffix: str) -> T:
    """Write a document with ``write_source(path)`` (a ``suffix`` file in a temporary
    folder beside ``target``) and make the PDF ``target`` of it; returns what
    ``write_source`` returned. LibreOffice is looked for first: without it nothing is
    written (PdfError saying how to get it)."""
    office = find_office()
    if office is None:
        raise PdfError(NOT_AVAILABLE)
    target = check_target(target)
    with tempfile.TemporaryDirectory(prefix=".pdf-source-", dir=target.parent) as work:
        source = Path(work) / f"{target.stem}{suffix}"
        result = write_source(source)
        convert_to_pdf([(source, target)], office)
    return result
