"""The kinds of organization shipped with the app (key, English, Chinese).

Kinds are data (table ``organization_kinds``): migration 0009 writes these
rows, the office adds its own. Keys are what organizations and the
interchange format store.
"""

from __future__ import annotations

SHIPPED_KINDS: tuple[tuple[str, str, str], ...] = (
    ("legislature", "Legislature", "立法机关"),
    ("parliament", "Parliament", "议会"),
    ("court", "Court", "法院"),
    ("procuratorate", "Procuratorate", "检察院"),
    ("ministry", "Ministry", "部委"),
    ("administration", "Administration", "行政机关"),
    ("party_organ", "Party organ", "党的机关"),
    ("international_organisation", "International organization", "国际组织"),
    ("university", "University", "大学"),
    ("research_institute", "Research institute", "研究机构"),
    ("ngo", "NGO", "非政府组织"),
    ("company", "Company", "企业"),
    ("industry_association", "Industry association", "行业协会"),
    ("media", "Media", "媒体"),
    ("forum", "Forum", "论坛"),
    ("embassy", "Embassy", "使馆"),
    ("other", "Other", "其他"),
)
