"""Translated labels for the domain's coded values (kinds, statuses, name order)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_ORG_KINDS = {
    "legislature": QT_TRANSLATE_NOOP("labels", "Legislature"),
    "court": QT_TRANSLATE_NOOP("labels", "Court"),
    "procuratorate": QT_TRANSLATE_NOOP("labels", "Procuratorate"),
    "ministry": QT_TRANSLATE_NOOP("labels", "Ministry"),
    "administration": QT_TRANSLATE_NOOP("labels", "Administration"),
    "party_organ": QT_TRANSLATE_NOOP("labels", "Party organ"),
    "forum": QT_TRANSLATE_NOOP("labels", "Forum"),
    "international_organisation": QT_TRANSLATE_NOOP("labels", "International organisation"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
_NAME_ORDERS = {
    "given_first": QT_TRANSLATE_NOOP("labels", "Given name first (Anna SMITH)"),
    "family_first": QT_TRANSLATE_NOOP("labels", "Family name first (LIU Hua)"),
}
_POINT_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "retired": QT_TRANSLATE_NOOP("labels", "Retired"),
}
_MEETING_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "confirmed": QT_TRANSLATE_NOOP("labels", "Confirmed"),
    "held": QT_TRANSLATE_NOOP("labels", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {k: QCoreApplication.translate("labels", v) for k, v in table.items()}


def org_kinds() -> dict[str, str]:
    return _translated(_ORG_KINDS)


def name_orders() -> dict[str, str]:
    return _translated(_NAME_ORDERS)


def point_statuses() -> dict[str, str]:
    return _translated(_POINT_STATUSES)


def meeting_statuses() -> dict[str, str]:
    return _translated(_MEETING_STATUSES)
