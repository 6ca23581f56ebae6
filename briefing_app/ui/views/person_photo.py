"""The photo box of the people editor: the person's photo as a thumbnail, set by
dropping an image file on it or with "Choose photo…", taken away with "Remove
photo". The file is read and re-encoded on the worker pool (``services/photos``);
the change is one undo step of the view's write path. A file that cannot be used
is explained under the box, and the photo stays as it was.

Nothing here imports SQLAlchemy at module level (the people view is built before
the ORM is loaded): services are imported where photos are read and written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from briefing_app.ui import workers

THUMB_WIDTH, THUMB_HEIGHT = 96, 120
_FILTER_PATTERNS = "*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff"


def _read(path: str, progress) -> object:
    """Worker: the checked, re-encoded photo in ``path`` (a PreparedPhoto)."""
    from briefing_app.services.photos import read_photo

    progress(0, 1, "")
    return read_photo(path)


def _steps(person_id: int, new, old) -> tuple[Callable, Callable]:
    """Redo and undo of a photo change: each writes one photo (None: none)."""

    def put(photo) -> Callable:
        def step(session) -> int:
            from briefing_app.db.models import Person
            from briefing_app.errors import NotFoundError
            from briefing_app.services.photos.store import assign_photo

            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError("the person was deleted meanwhile")
            assign_photo(person, photo)
            return person_id

        return step

    return put(new), put(old)


def _stored(session, person_id: int):
    from briefing_app.services.photos.store import get_photo

    return get_photo(session, person_id)


class PhotoPanel(QFrame):
    """Thumbnail, drop target and buttons for one person's photo."""

    status = Signal(str)  # a message for the status bar

    def __init__(self, writes, read_only: bool, name_of: Callable[[int], str], parent=None):
        super().__init__(parent)
        self.setObjectName("photo_panel")
        self.writes, self.read_only, self.name_of = writes, read_only, name_of
        self.person_id: int | None = None
        self.pool = None  # the default pool; tests give a synchronous one
        self._task = None
        self.setAcceptDrops(True)
        self.picture = QLabel(self)
        self.picture.setObjectName("photo_picture")
        self.picture.setFixedSize(THUMB_WIDTH, THUMB_HEIGHT)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.error = QLabel(self)
        self.error.setObjectName("photo_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self._lay_out()
        self.set_person(None)

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(self.error)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 0)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)

    # -- showing -------------------------------------------------------------
    def set_person(self, person_id: int | None) -> None:
        """Show the photo of ``person_id`` (None: a new record or nothing open)."""
        self.person_id = person_id
        self.error.hide()
        self._show(self.writes.read(_stored, person_id) if person_id is not None else None)

    def _show(self, photo) -> None:
        has_photo = photo is not None
        if has_photo:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.data)
            self.picture.setPixmap(
                pixmap.scaled(
                    self.picture.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.picture.clear()
            self.picture.setText(self.tr("No photo"))
        editable = self.person_id is not None and not self.read_only
        self.choose_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and has_photo)
        self.setAcceptDrops(editable)
        if self.person_id is None:
            self.hint.setText(self.tr("Save the person first, then add a photo."))
        else:
            self.hint.setText(self.tr("Drop an image file here, or choose one."))

    def has_photo(self) -> bool:
        pixmap = self.picture.pixmap()
        return pixmap is not None and not pixmap.isNull()

    # -- setting ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.person_id is not None and self._dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event.mimeData())
        if path is None or self.person_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_from_file(path)

    @staticmethod
    def _dropped_file(mime) -> str | None:
        local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        return local[0] if local else None

    def choose_file(self) -> None:
        kinds = self.tr("Images ({patterns})").format(patterns=_FILTER_PATTERNS)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose photo"), "", kinds)
        if path:
            self.set_from_file(path)

    def set_from_file(self, path: str) -> None:
        """Read ``path`` on the worker pool; set it as the photo when it is usable."""
        if self.person_id is None or self.read_only:
            return
        self.error.hide()
        self.status.emit(self.tr("Reading {file}…").format(file=Path(path).name))
        person_id = self.person_id
        self._task = workers.make_task(
            _read, path, receiver=self,
            on_finished=lambda photo: self._prepared(person_id, photo),
            on_failed=self._show_error,
        )  # fmt: skip
        workers.start_task(self._task, self.pool)

    def _prepared(self, person_id: int, photo) -> None:
        if person_id != self.person_id:
            return  # another person is shown now: do not set it on them
        name = self.name_of(person_id)
        self._change(photo, self.tr("Set photo of “{name}”").format(name=name))
        self.status.emit(self.tr("Photo of “{name}” set.").format(name=name))

    def remove(self) -> None:
        if self.person_id is None or self.read_only:
            return
        name = self.name_of(self.person_id)
        self._change(None, self.tr("Remove photo of “{name}”").format(name=name))
        self.status.emit(self.tr("Photo of “{name}” removed.").format(name=name))

    def _change(self, photo, text: str) -> None:
        from briefing_app.errors import UserError

        old = self.writes.read(_stored, self.person_id)
        redo, undo = _steps(self.person_id, photo, old)
        try:
            self.writes.do(text, redo, undo)
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._show(photo)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.status.emit(self.tr("The photo was not changed."))
