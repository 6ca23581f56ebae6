"""Font sizes that keep a name on one line: the text's width is estimated with
the character widths the pack's pagination uses (``services/pack/text_measure``:
DejaVu Sans, what LibreOffice shows for Calibri without Carlito, a little wider
than Calibri itself; Chinese characters one em), so a name that fits here fits
in Word and LibreOffice alike."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.names import _unbreakable, plain_name
from briefing_app.services.pack.text_measure import _BOLD, _em_width

PT_PER_CM = 72 / 2.54
#: Kept free of the estimated width: kerning and rounding in the real fonts.
SAFETY = 0.94


@dataclass(frozen=True)
class Fitted:
    """A line of text at the size that fits; ``whole``: held on one line
    (no-break joins), False when too long even at the smallest size (it wraps)."""

    text: str
    size_pt: float
    whole: bool


def width_em(text: str, bold: bool = False) -> float:
    """The width of ``text`` in em of its font size."""
    return _em_width(plain_name(text)) * (_BOLD if bold else 1.0)


def fit_line(
    text: str, width_cm: float, largest: float, smallest: float, bold: bool = True
) -> Fitted:
    """``text`` at ``largest`` points if it fits ``width_cm``, else shrunk (to
    half points) until it does; below ``smallest`` it is left to wrap."""
    em = width_em(text, bold)
    room = width_cm * PT_PER_CM * SAFETY
    size = largest if em * largest <= room else int(2 * room / em) / 2
    if size >= smallest:
        return Fitted(_unbreakable(text), size, True)
    return Fitted(text, smallest, False)
