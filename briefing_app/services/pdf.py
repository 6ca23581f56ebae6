"""PDF copies of documents we wrote, made by LibreOffice when the machine has it.

``find_office()`` looks for ``soffice`` (or ``libreoffice``) on PATH;
``convert_to_pdf`` runs it headless, with a throw-away user profile (so a
LibreOffice the user has open does not swallow the request), into a temporary
folder beside the targets, and moves each PDF over its target only once it is
complete (``files.atomic_write``): a failed conversion never leaves a
half-written PDF nor destroys the previous one.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from briefing_app.errors import UserError
from briefing_app.services.files import atomic_write

#: Seconds a conversion may take before we give up (a first start of LibreOffice
#: with a fresh profile takes a few seconds; a large pack some more).
TIMEOUT_S = 300

#: What the user reads when no converter is installed.
NOT_AVAILABLE = (
    "PDF copies need LibreOffice, which was not found on this computer "
    "(install it, or put soffice on the PATH)"
)


class PdfError(UserError):
    """LibreOffice is missing or could not convert a document."""


def find_office() -> str | None:
    """The LibreOffice program that converts documents, or None if there is none."""
    return shutil.which("soffice") or shutil.which("libreoffice")


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


def _run_office(office: str, work_dir: Path, sources: list[Path]) -> None:
    profile = (work_dir / "profile").as_uri()
    command = [
        office,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work_dir),
        *map(str, sources),
    ]
    names = ", ".join(s.name for s in sources)
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


def _move(work_dir: Path, source: Path, target: Path) -> Path:
    made = work_dir / f"{source.stem}.pdf"
    if not made.is_file() or made.stat().st_size == 0:
        raise PdfError(f"LibreOffice made no PDF of {source.name}")
    return atomic_write(target, lambda tmp: shutil.move(made, tmp))
