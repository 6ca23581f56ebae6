"""DrawingML shapes (``wps:wsp``) anchored on the page of a python-docx document:
the boxes and outlines of the seating chart. Word 2010+, LibreOffice and Pages
draw them; a shape's text is ordinary Word paragraphs (``w:txbxContent``)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.oxml import parse_xml

EMU_PER_CM = 360000
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


@dataclass(frozen=True)
class Line:
    """One line of a shape's text."""

    text: str
    size_pt: float
    bold: bool = False
    colour: str = "000000"


@dataclass(frozen=True)
class Box:
    """A shape on the page: top-left corner and size in centimetres."""

    left: float
    top: float
    width: float
    height: float
    geometry: str = "roundRect"  # or "ellipse", "rect"
    fill: str = "FFFFFF"
    outline: str = "404040"
    lines: tuple[Line, ...] = ()
    name: str = "Shape"
    #: Text alignment: "center", "left" or "right".
    align: str = "center"
    #: A "line" shape runs from the box's top-left to bottom-right corner; "h"
    #: flips it to top-right to bottom-left.
    flip: str = ""


def _emu(cm: float) -> int:
    return round(cm * EMU_PER_CM)


def _run(line: Line, align: str = "center") -> str:
    size = round(line.size_pt * 2)
    bold = "<w:b/><w:bCs/>" if line.bold else ""
    return (
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        f'<w:jc w:val="{align}"/></w:pPr><w:r><w:rPr>'
        '<w:rFonts w:eastAsia="SimSun" w:hint="eastAsia"/>'
        f'{bold}<w:color w:val="{line.colour}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        f'</w:rPr><w:t xml:space="preserve">{escape(line.text)}</w:t></w:r></w:p>'
    )


def _text(box: Box) -> str:
    if not box.lines:
        return ""
    body = "".join(_run(line, box.align) for line in box.lines)
    return f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"


def _flip(box: Box) -> str:
    return ' flipH="1"' if box.flip == "h" else ""


def anchored_shape(box: Box, shape_id: int, z: int):
    """A ``w:r`` holding ``box`` as a floating shape, positioned from the page's corner."""
    w, h = _emu(box.width), _emu(box.height)
    xml = f"""<w:r {_NS}><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{_emu(box.left)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{_emu(box.top)}</wp:posOffset></wp:positionV>
<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{shape_id}" name="{escape(box.name)}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr/><wps:spPr>
<a:xfrm{_flip(box)}><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>
<a:prstGeom prst="{box.geometry}"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{box.fill}"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="{box.outline}"/></a:solidFill></a:ln>
</wps:spPr>{_text(box)}
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="18000" tIns="18000" rIns="18000" bIns="18000"
 anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""
    return parse_xml(xml)
