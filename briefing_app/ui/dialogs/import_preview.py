"""Preview of an edited participant list before it is applied.

Shows what the import would do — rows added, rows changed field by field,
participants missing from the file, rows that match several people, and any
problems — and enables Apply only when the import can be applied as a whole.
Takes the plain ``ImportPreview`` the worker returned (no database access).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ImportPreviewDialog(QDialog):
    """Read-only account of an ImportPreview with Apply / Cancel."""

    def __init__(self, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import participant list"))
        self.resize(720, 520)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Details")])
        self.tree.setColumnWidth(0, 320)
        self._fill()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(bool(preview.can_apply and preview.has_changes))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(self.buttons)

    def _summary_text(self) -> str:
        p = self.preview
        text = self.tr(
            "{added} added, {changed} changed, {removed} not in the file (they will be "
            "removed from the meeting), {ambiguous} ambiguous, {unchanged} unchanged."
        ).format(
            added=len(p.added),
            changed=len(p.changed),
            removed=len(p.removed),
            ambiguous=len(p.ambiguous),
            unchanged=p.unchanged,
        )
        if not p.can_apply:
            text += " " + self.tr("Fix the problems below in the file, then import it again.")
        elif not p.has_changes:
            text += " " + self.tr("Nothing to apply.")
        return text

    def _group(self, title: str, count: int) -> QTreeWidgetItem | None:
        if not count:
            return None
        group = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        group.setExpanded(True)
        return group

    def _fill(self) -> None:
        p = self.preview
        if group := self._group(self.tr("Added"), len(p.added)):
            for a in p.added:
                name = a.name or self.tr("(seat to be named)")
                QTreeWidgetItem(
                    group,
                    [self.tr("Row {0}: {1}").format(a.row, name), f"{a.organization} ({a.kind})"],
                )
        if group := self._group(self.tr("Changed"), len(p.changed)):
            for c in p.changed:
                row = QTreeWidgetItem(
                    group, [self.tr("Row {0}: {1}").format(c.row, c.name), c.organization]
                )
                row.setExpanded(True)
                for change in c.changes:
                    QTreeWidgetItem(row, [change.label, change.describe()])
        if group := self._group(self.tr("Not in the file"), len(p.removed)):
            for r in p.removed:
                QTreeWidgetItem(group, [r.name or self.tr("(seat to be named)"), r.organization])
        if group := self._group(self.tr("Ambiguous"), len(p.ambiguous)):
            for amb in p.ambiguous:
                QTreeWidgetItem(
                    group,
                    [self.tr("Row {0}: {1}").format(amb.row, amb.name), "; ".join(amb.candidates)],
                )
        for title, texts in ((self.tr("Problems"), p.problems), (self.tr("Notes"), p.warnings)):
            if group := self._group(title, len(texts)):
                for text in texts:
                    QTreeWidgetItem(group, ["", text]).setToolTip(1, text)
