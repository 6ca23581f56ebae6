"""What fitting a table's columns reads of its rows, cells and paragraphs, in one pass.

An XSLT stylesheet (run by libxslt, in C) writes one record per row of a table
(nested tables' rows too, in document order, as python-docx's ``iter`` finds them):
whether it is a header row, and for each cell its span, whether it may wrap,
whether its (first) properties hold a width, and its paragraphs' style ids and
texts. Walking the thousands of cells of a participants table through lxml element
proxies in Python was most of the fitting's time. See :mod:`.table_fit`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from docx.oxml.ns import nsmap
from lxml import etree

_ROW, _CELL, _PARA, _FIELD = "\ue001", "\ue002", "\ue003", "\ue004"
_EXTRACT = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="{nsmap["w"]}">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="/">
  <xsl:for-each select="//w:tr">
    <xsl:text>{_ROW}</xsl:text>
    <xsl:if test="w:trPr/w:tblHeader">h</xsl:if>
    <xsl:if test="ancestor::w:tbl[2]">n</xsl:if>
    <xsl:for-each select="w:tc">
      <xsl:text>{_CELL}</xsl:text><xsl:value-of select="(w:tcPr/w:gridSpan)[1]/@w:val"/>
      <xsl:text>{_PARA}</xsl:text>
      <xsl:if test="w:tcPr/w:noWrap">n</xsl:if>
      <xsl:if test="w:tcPr[1]/w:tcW">w</xsl:if>
      <xsl:if test="w:tcPr[2]">x</xsl:if>
      <xsl:for-each select=".//w:p">
        <xsl:text>{_PARA}</xsl:text><xsl:value-of select="(w:pPr/w:pStyle)[1]/@w:val"/>
        <xsl:text>{_FIELD}</xsl:text>
        <xsl:for-each select=".//w:t|.//w:br|.//w:cr">
          <xsl:choose>
            <xsl:when test="self::w:t"><xsl:value-of select="text()[1]"/></xsl:when>
            <xsl:otherwise><xsl:text>&#10;</xsl:text></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:for-each>
</xsl:template>
</xsl:stylesheet>"""


class Cell(NamedTuple):
    span: str  # as written ("" when the cell spans one column)
    no_wrap: bool
    has_width: bool  # its first w:tcPr holds a w:tcW
    one_properties: bool  # it has at most one w:tcPr
    paragraphs: list[tuple[str, str]]  # (style id or "", text with "\n" for breaks)


class Row(NamedTuple):
    header: bool  # marked as a repeated header row
    nested: bool  # a row of a table inside one of the table's cells
    cells: list[Cell]


@lru_cache(maxsize=1)
def _stylesheet() -> etree.XSLT:
    return etree.XSLT(etree.XML(_EXTRACT))


def table_rows(tbl) -> list[Row]:
    """The rows of ``tbl`` (a ``w:tbl``; nested tables' rows too), in document order."""
    rows = []
    for record in str(_stylesheet()(tbl)).split(_ROW)[1:]:
        head, *cells = record.split(_CELL)
        rows.append(Row("h" in head, "n" in head, [_cell(cell) for cell in cells]))
    return rows


def _cell(record: str) -> Cell:
    span, flags, *paragraphs = record.split(_PARA)
    return Cell(
        span,
        "n" in flags,
        "w" in flags,
        "x" not in flags,
        [tuple(p.split(_FIELD, 1)) for p in paragraphs],
    )
