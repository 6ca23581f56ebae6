"""Empty states of the library views: what to do next instead of a blank table
and a greyed-out form.

``attach_empty_state(view)`` adds two hints to a LibraryView: over the table
when it has no rows (nothing recorded yet: how to add the first; nothing
matching the filter: say so), and above the editor while it is greyed out
(select a row, or New). They follow the model, the filter and the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

_CONTEXT = "EmptyState"
#: What to do when a view has no record at all, per kind.
NEXT_STEP = {
    "meeting": QT_TRANSLATE_NOOP(
        "EmptyState",
        "No meetings yet. Create one with File ▸ New Meeting… (Ctrl+N), or open Help ▸ "
        "Getting Started to look at the demo meeting or import data.",
    ),
    "organization": QT_TRANSLATE_NOOP(
        "EmptyState",
        "No organizations yet. Press New (Ctrl+Shift+N) to add the first agency, or load your "
        "library from a file (File ▸ Import Data…).",
    ),
    "person": QT_TRANSLATE_NOOP(
        "EmptyState",
        "No people yet. Add their organizations first, then press New (Ctrl+Shift+N) to add "
        "the people who represent them.",
    ),
    "talking_point": QT_TRANSLATE_NOOP(
        "EmptyState",
        "No talking points yet. Press New (Ctrl+Shift+N) to write one; aim it at organizations "
        "or leave it general, and link it to the priorities it serves.",
    ),
    "priority": QT_TRANSLATE_NOOP(
        "EmptyState",
        "No priorities yet. Press New (Ctrl+Shift+N) to add the priorities your talking "
        "points serve.",
    ),
}
READ_ONLY = QT_TRANSLATE_NOOP("EmptyState", "Nothing recorded here yet.")
NO_MATCH = QT_TRANSLATE_NOOP("EmptyState", "No row matches “{text}”. Clear the filter to see all.")
SELECT_OR_NEW = QT_TRANSLATE_NOOP(
    "EmptyState",
    "Select a row on the left to see and edit its details, or press New (Ctrl+Shift+N).",
)
SELECT_READ_ONLY = QT_TRANSLATE_NOOP("EmptyState", "Select a row on the left to see its details.")
FIRST_NEW = QT_TRANSLATE_NOOP(
    "EmptyState", "Press New (Ctrl+Shift+N) to start filling in this form."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class EmptyState(QObject):
    """The two hints of one view, kept in step with it."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.table_hint = _hint(view, f"empty_{view.KIND}", "24px 12px")
        self.editor_hint = _hint(view, f"select_{view.KIND}", "8px")
        self._table_box = table_box = view.table.parentWidget().layout()
        table_box.insertWidget(table_box.indexOf(view.table), self.table_hint)
        editor_box = view.editor.parentWidget()
        while editor_box is not None and not hasattr(editor_box, "widget"):  # the scroll area
            editor_box = editor_box.parentWidget()
        side = editor_box.parentWidget() if editor_box is not None else None
        if side is not None and side.layout() is not None:
            side.layout().insertWidget(0, self.editor_hint)
        for signal in (
            view.model.modelReset, view.model.rowsInserted, view.model.rowsRemoved,
            view.proxy.modelReset, view.proxy.rowsInserted, view.proxy.rowsRemoved,
            view.proxy.layoutChanged,
        ):  # fmt: skip
            signal.connect(self.update)
        view.filter_edit.textChanged.connect(self.update)
        view.editor.installEventFilter(self)
        self.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self.update()
        return False

    def update(self, *_args) -> None:
        view = self.view
        total = view.model.total()
        shown = view.proxy.rowCount()
        if total == 0:
            text = _tr(READ_ONLY) if view.read_only else _tr(NEXT_STEP[view.KIND])
        elif shown == 0:
            text = _tr(NO_MATCH).format(text=view.filter_edit.text())
        else:
            text = ""
        self.table_hint.setText(text)
        self.table_hint.setVisible(bool(text))
        view.table.setVisible(total > 0)
        # Nothing recorded: the hint takes the table's place, just below the filter.
        self._table_box.setStretchFactor(self.table_hint, 1 if total == 0 else 0)
        idle = not view.editor.isEnabled()
        if total > 0:
            hint = _tr(SELECT_READ_ONLY if view.read_only else SELECT_OR_NEW)
        else:
            hint = "" if view.read_only else _tr(FIRST_NEW)
        self.editor_hint.setText(hint)
        self.editor_hint.setVisible(idle and bool(hint))


def _hint(parent, name: str, padding: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet(f"color: palette(dark); font-size: 11pt; padding: {padding};")
    label.hide()
    return label


def attach_empty_state(view) -> EmptyState:
    view.empty_state = EmptyState(view)
    return view.empty_state
