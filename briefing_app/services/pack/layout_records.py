"""What the page-number estimate needs from a filled document, read in one pass.

An XSLT stylesheet (run by libxslt, in C) writes one record per line for each body
paragraph and table, table row and cell, with just what the layout model in
:mod:`.pagination` uses: style ids, direct spacing / page-break / keep-with-next /
indent, each run's size and bold and its text, tabs and breaks, the height of inline
pictures, bookmarks, table
styles, cell margins, grid and cell widths. Walking tens of thousands of paragraphs
through lxml element proxies in Python was most of the estimate's time.

Record kinds (first character): ``P`` paragraph, ``T`` table, ``R`` row, ``C`` cell
(its paragraphs follow), ``E`` end of a table. Fields are separated by private-use
characters that do not occur in a pack's text.
"""

from __future__ import annotations

from functools import lru_cache

from docx.oxml.ns import nsmap
from lxml import etree

FIELD, RUN, ITEM, TEXT = "\ue001", "\ue002", "\ue003", "\ue007"
TAB, BR, PAGE = "\ue004", "\ue005", "\ue006"
#: A picture in the run, followed by its height in EMU (``wp:extent/@cy``) and TEXT.
#: Only pictures in line with the text: a floating shape (``wp:anchor``, the
#: seating chart's) takes no room in the flow.
PICTURE = "\ue008"
_EXTRACT = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="{nsmap["w"]}" xmlns:wp="{nsmap["wp"]}">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="/">
  <xsl:for-each select="*/w:p|*/w:tbl">
    <xsl:choose>
      <xsl:when test="self::w:p"><xsl:call-template name="p"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="tbl"/></xsl:otherwise>
    </xsl:choose>
  </xsl:for-each>
</xsl:template>
<xsl:template name="tbl">
  <xsl:text>&#10;T</xsl:text><xsl:value-of select="w:tblPr/w:tblStyle/@w:val"/>
  <xsl:text>{FIELD}</xsl:text>
  <xsl:for-each select="w:tblPr/w:tblCellMar">
    <xsl:value-of select="concat('m', w:top/@w:w, ',', w:bottom/@w:w, ',',
                                 w:left/@w:w, ',', w:right/@w:w)"/>
  </xsl:for-each>
  <xsl:text>{FIELD}</xsl:text>
  <xsl:for-each select="w:tblGrid/w:gridCol"><xsl:value-of select="@w:w"/>,</xsl:for-each>
  <xsl:for-each select="w:tr">
    <xsl:text>&#10;R</xsl:text>
    <xsl:for-each select="w:trPr/w:tblHeader">h<xsl:value-of select="@w:val"/></xsl:for-each>
    <xsl:for-each select="w:tc">
      <xsl:text>&#10;C</xsl:text><xsl:value-of select="w:tcPr/w:tcW/@w:type"/>
      <xsl:text>{FIELD}</xsl:text><xsl:value-of select="w:tcPr/w:tcW/@w:w"/>
      <xsl:for-each select="w:p"><xsl:call-template name="p"/></xsl:for-each>
    </xsl:for-each>
  </xsl:for-each>
  <xsl:text>&#10;E</xsl:text>
</xsl:template>
<xsl:template name="p">
  <xsl:text>&#10;P</xsl:text><xsl:value-of select="w:pPr/w:pStyle/@w:val"/>
  <xsl:text>{FIELD}</xsl:text><xsl:value-of select="w:bookmarkStart/@w:name"/>
  <xsl:text>{FIELD}</xsl:text>
  <xsl:if test="w:pPr/*[not(self::w:pStyle)]">
    <xsl:for-each select="w:pPr/w:spacing/@*|w:pPr/w:pageBreakBefore|w:pPr/w:keepNext">
      <xsl:value-of select="concat('{ITEM}', local-name(), '=', string(.), @w:val)"/>
    </xsl:for-each>
    <xsl:for-each select="w:pPr/w:ind">
      <xsl:value-of select="concat('{ITEM}ind=', sum(@w:left|@w:right|@w:start|@w:end))"/>
    </xsl:for-each>
  </xsl:if>
  <xsl:for-each select="descendant::w:r[not(ancestor::w:txbxContent)]">
    <xsl:text>{RUN}</xsl:text>
    <xsl:choose>
      <xsl:when test="w:rPr">
        <xsl:value-of select="w:rPr/w:sz/@w:val"/><xsl:text>{ITEM}</xsl:text>
        <xsl:for-each select="w:rPr/w:b">b<xsl:value-of select="@w:val"/></xsl:for-each>
        <xsl:text>{ITEM}</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:text>{ITEM}{ITEM}</xsl:text></xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="*[not(self::w:rPr or self::w:t)]">
        <xsl:for-each select="w:t[string(.)]|w:tab|w:br|w:drawing[wp:inline]">
          <xsl:choose>
            <xsl:when test="self::w:t">
              <xsl:text>{TEXT}</xsl:text>
              <xsl:value-of select="translate(., '&#10;&#13;', '  ')"/>
            </xsl:when>
            <xsl:when test="self::w:drawing">
              <xsl:value-of select="concat('{PICTURE}', wp:inline/wp:extent/@cy, '{TEXT}')"/>
            </xsl:when>
            <xsl:when test="self::w:tab">{TAB}</xsl:when>
            <xsl:when test="@w:type='page'">{PAGE}</xsl:when>
            <xsl:otherwise>{BR}</xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>  <!-- only text: the run's string value is its text -->
        <xsl:text>{TEXT}</xsl:text><xsl:value-of select="translate(., '&#10;&#13;', '  ')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:for-each>
</xsl:template>
</xsl:stylesheet>"""


@lru_cache(maxsize=1)
def _stylesheet() -> etree.XSLT:
    return etree.XSLT(etree.XML(_EXTRACT))


def layout_records(body) -> list[str]:
    """The records of a document body (``w:body``), in document order."""
    return str(_stylesheet()(body)).split("\n")
