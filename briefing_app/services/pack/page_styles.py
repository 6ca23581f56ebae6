"""The paragraph and run properties the page-number estimate needs, resolved
from a document's styles (``basedOn`` chains, document defaults) and from a
paragraph's direct formatting as :mod:`.layout_records` extracts it."""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from briefing_app.services.pack.layout_records import ITEM as _ITEM

W = {name: qn(f"w:{name}") for name in (
    "p", "tbl", "tr", "tc", "r", "t", "tab", "br", "pPr", "rPr", "pStyle", "spacing", "sz",
    "b", "val", "pageBreakBefore", "keepNext", "ind", "left", "right", "start", "end", "type",
    "before", "after", "line", "lineRule", "style", "styleId", "basedOn", "tblPr", "tblStyle",
    "tcPr", "tcW", "w", "trPr", "tblHeader", "cantSplit", "gridCol", "tblGrid", "bookmarkStart",
    "name", "pgSz", "pgMar", "h", "top", "bottom", "sectPr", "docDefaults", "tblCellMar",
    "hyperlink", "gridSpan", "tblW",
)}  # fmt: skip

OFF = ("0", "false", "off")
_SPACING = {"before": "before", "after": "after", "line": "line"}
_TOGGLES = {"pageBreakBefore": "break_before", "keepNext": "keep_next"}


def int_attr(element, attr: str, default: int = 0) -> int:
    value = element.get(W[attr]) if element is not None else None
    return int(value) if value not in (None, "") else default


def _on(element) -> bool:
    """A toggle property (``<w:b/>``, ``<w:keepNext w:val="0"/>``)."""
    return element is not None and element.get(W["val"]) not in OFF


@dataclass(frozen=True)
class Props:
    """The paragraph and run properties the layout model uses (twips, half-points)."""

    before: int = 0
    after: int = 0
    line: int = 240
    line_rule: str = "auto"
    size: int = 22
    bold: bool = False
    break_before: bool = False
    keep_next: bool = False
    indent: int = 0

    def merged(self, ppr, rpr) -> Props:
        """These properties overridden by a ``w:pPr`` / ``w:rPr`` (either may be None)."""
        values = dict(self.__dict__)
        spacing = ppr.find(W["spacing"]) if ppr is not None else None
        if spacing is not None:
            for key in ("before", "after", "line"):
                if spacing.get(W[key]) is not None:
                    values[key] = int_attr(spacing, key)
            values["line_rule"] = spacing.get(W["lineRule"]) or values["line_rule"]
        if ppr is not None:
            for key, tag in (("break_before", "pageBreakBefore"), ("keep_next", "keepNext")):
                if ppr.find(W[tag]) is not None:
                    values[key] = _on(ppr.find(W[tag]))
            ind = ppr.find(W["ind"])
            if ind is not None:
                values["indent"] = sum(int_attr(ind, k) for k in ("left", "right", "start", "end"))
        if rpr is not None:
            if rpr.find(W["sz"]) is not None:
                values["size"] = int_attr(rpr.find(W["sz"]), "val", values["size"])
            if rpr.find(W["b"]) is not None:
                values["bold"] = _on(rpr.find(W["b"]))
        return Props(**values)

    def direct(self, spec: str) -> Props:
        """These properties overridden by a paragraph's direct formatting, as the
        extraction writes it: ``key=value`` items (``before=120``, ``keepNext=``...)."""
        values = dict(self.__dict__)
        for item in spec.split(_ITEM):
            key, _, value = item.partition("=")
            if key in _SPACING and value.lstrip("-").isdigit():
                values[_SPACING[key]] = int(value)
            elif key == "lineRule" and value:
                values["line_rule"] = value
            elif key in _TOGGLES:
                values[_TOGGLES[key]] = value not in OFF
            elif key == "ind":
                values["indent"] = int(float(value)) if value != "NaN" else 0
        return Props(**values)

    def run(self, size: str, bold: str) -> Props:
        """These properties with a run's own size (half-points) and bold toggle
        (``""`` = not set, ``"b"`` = on, ``"b0"`` = off)."""
        return Props(
            size=int(size) if size.isdigit() else self.size,
            bold=bold[1:] not in OFF if bold else self.bold,
        )

    def line_height(self, em: float) -> float:
        """Height of one line (twips) whose tallest font has line height ``em``."""
        natural = self.size * 10 * em
        if self.line_rule == "auto":
            return natural * self.line / 240
        return self.line if self.line_rule == "exact" else max(natural, self.line)


class Styles:
    """Resolved :class:`Props` of each paragraph and table style (basedOn chains)."""

    def __init__(self, doc):
        root = doc.styles.element
        self._raw = {s.get(W["styleId"]): s for s in root.iterchildren(W["style"])}
        defaults = root.find(W["docDefaults"])
        ppr = rpr = None
        if defaults is not None:
            ppr = defaults.find(f"{qn('w:pPrDefault')}/{W['pPr']}")
            rpr = defaults.find(f"{qn('w:rPrDefault')}/{W['rPr']}")
        self.default = Props().merged(ppr, rpr)
        self._cache: dict[str | None, Props] = {}
        normal = next((sid for sid, s in self._raw.items() if s.get(qn("w:default")) == "1"
                       and s.get(W["type"]) == "paragraph"), None)  # fmt: skip
        self.normal = normal

    def table_properties(self, style_id: str | None):
        """The ``w:tblPr`` of a table style (None if there is none)."""
        style = self._raw.get(style_id)
        return style.find(W["tblPr"]) if style is not None else None

    def props(self, style_id: str | None, _depth: int = 0) -> Props:
        if style_id in self._cache:
            return self._cache[style_id]
        style = self._raw.get(style_id)
        if style is None or _depth > 20:
            result = self.default if style_id == self.normal else self.props(self.normal, 21)
        else:
            based = style.find(W["basedOn"])
            base = (
                self.props(based.get(W["val"]), _depth + 1) if based is not None else self.default
            )
            result = base.merged(style.find(W["pPr"]), style.find(W["rPr"]))
        self._cache[style_id] = result
        return result
