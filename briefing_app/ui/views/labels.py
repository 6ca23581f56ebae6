"""Translated labels for the domain's coded values (kinds, statuses, name order)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def name_orders() -> dict[str, str]:
    return _translated(_NAME_ORDERS)


def point_statuses() -> dict[str, str]:
    return _translated(_POINT_STATUSES)


def meeting_statuses() -> dict[str, str]:
    return _translated(_MEETING_STATUSES)
