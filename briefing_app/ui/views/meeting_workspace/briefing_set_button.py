"""The "Export briefing set…" button of the export panel.

One click writes the meeting's Word pack and Excel list (and PDF copies when
LibreOffice is installed) into one folder. The folder is asked for the first
time only and remembered in the settings (``briefing_set_folder``); the
button's menu shows it, changes it, and switches PDF copies on or off
(``briefing_set_pdf``). Without LibreOffice that choice is greyed out and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from briefing_app.errors import UserError
from briefing_app.services.pdf import find_office
from briefing_app.settings import Settings


class BriefingSetButton(QToolButton):
    """Click: export into the remembered folder (asked once). Menu: folder, PDF copies."""

    #: Export into (folder, with PDF copies).
    requested = Signal(str, bool)
    #: A setting could not be saved: the message.
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingSetButton")
        self.setText(self.tr("Export &briefing set…"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.office = find_office()
        menu = QMenu(self)
        self.folder_action = menu.addAction("")
        self.folder_action.setEnabled(False)
        self.change_action = menu.addAction(self.tr("Change folder…"))
        self.change_action.triggered.connect(lambda _checked=False: self.ask_folder())
        menu.addSeparator()
        self.pdf_action = menu.addAction(self.tr("Also make PDF copies"))
        self.pdf_action.setCheckable(True)
        self.pdf_action.toggled.connect(self._remember_pdf)
        self.setMenu(menu)
        self.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        """Show the remembered folder and PDF choice (the settings may have changed)."""
        settings = Settings.load()
        folder = self.folder()
        self.folder_action.setText(
            self.tr("Folder: {folder}").format(folder=folder)
            if folder
            else self.tr("Folder: asked for at the first export")
        )
        self.pdf_action.blockSignals(True)
        self.pdf_action.setChecked(settings.briefing_set_pdf and self.office is not None)
        self.pdf_action.blockSignals(False)
        self.pdf_action.setEnabled(self.office is not None)
        if self.office is None:
            self.pdf_action.setText(self.tr("PDF copies: not available (LibreOffice not found)"))
        self.setToolTip(self._tool_tip(folder))

    def _tool_tip(self, folder: str) -> str:
        where = folder or self.tr("a folder you choose once")
        text = self.tr("Word pack and participant list into {folder}").format(folder=where)
        if self.office is None:
            return text + "\n" + self.tr("No PDF copies: LibreOffice is not installed.")
        return text

    def folder(self) -> str:
        """The remembered folder if it still exists, else ""."""
        folder = Settings.load().briefing_set_folder
        return folder if folder and Path(folder).is_dir() else ""

    def pdf_wanted(self) -> bool:
        return self.office is not None and self.pdf_action.isChecked()

    def export(self) -> None:
        folder = self.folder() or self.ask_folder()
        if folder:
            self.requested.emit(folder, self.pdf_wanted())

    def ask_folder(self) -> str:
        """Ask for the folder, remember it; "" if the user cancelled."""
        start = self.folder() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for briefing sets"), start)
        if folder:
            self._save(briefing_set_folder=folder)
        return folder

    def _remember_pdf(self, checked: bool) -> None:
        self._save(briefing_set_pdf=bool(checked))

    def _save(self, **values) -> None:
        settings = Settings.load()
        for name, value in values.items():
            setattr(settings, name, value)
        try:
            settings.save()
        except UserError as exc:
            self.failed.emit(str(exc))
        self.refresh()
