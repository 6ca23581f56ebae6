"""Whose biographies a pack has (heads of delegation, all participants, none): the
Preferences' default (the ``pack_biographies`` setting) and the export row's choice
for one pack, one list of words for both (``services/pack/biographies.SCOPES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

_CHOICES = (
    ("heads", QT_TRANSLATE_NOOP("BiographyChoice", "Heads of delegation")),
    ("all", QT_TRANSLATE_NOOP("BiographyChoice", "All participants")),
    ("none", QT_TRANSLATE_NOOP("BiographyChoice", "None")),
)


def biography_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    """A list of the scopes, ``current`` chosen (heads when it is not one of them)."""
    combo = QComboBox(parent)
    combo.setObjectName("biographies")
    for scope, words in _CHOICES:
        combo.addItem(QCoreApplication.translate("BiographyChoice", words), scope)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
