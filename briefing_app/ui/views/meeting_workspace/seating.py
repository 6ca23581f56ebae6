"""The Seating tab: the meeting's table drawn with a name on every chair
(docs/seating.md). Drag a person onto another chair to swap (or move to an
empty one); lock a chair; seat everyone automatically around the locked
chairs. Every change is a step on the workspace's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.views.meeting_workspace.room_documents import RoomDocumentsBar

# Scene pixels per centimetre of the floor plan, and a seat's box.
SCALE = 1.8
BOX_W, BOX_H = 120, 60
# The door / screen marker beside the chairs.
MARK_W, MARK_H = 110, 30
# Below this zoom the names on the seats are too small to read: scroll instead.
READABLE_ZOOM = 0.8
FILL = {"host": "#FFE699", "chair": "#FFE699", "head_of_delegation": "#DDEBF7", "staff": "#EDEDED"}


class SeatItem(QGraphicsRectItem):
    """One chair: number, name and organization; a thick red frame when locked."""

    def __init__(self, row) -> None:
        super().__init__(QRectF(-BOX_W / 2, -BOX_H / 2, BOX_W, BOX_H))
        self.position = row.position
        self.row = row
        self.setPos(QPointF(row.x * SCALE, row.y * SCALE))
        self.setBrush(QBrush(QColor(FILL.get(row.role, "#FFFFFF"))))
        pen = QPen(QColor("#C00000" if row.locked else "#404040"), 3 if row.locked else 1)
        self.setPen(pen)
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
        font = QFont()
        font.setPointSizeF(8.5)
        metrics = QFontMetrics(font)
        lines = [str(row.position), *row.name.split("\n")[:2], row.organization]
        # a long organization name would run out of the box: elided ("…")
        lines = [metrics.elidedText(x, Qt.TextElideMode.ElideRight, BOX_W - 8) for x in lines if x]
        text = QGraphicsSimpleTextItem("\n".join(lines), self)
        text.setFont(font)
        self.setToolTip("\n".join(x for x in (row.name, row.organization) if x))
        box = text.boundingRect()
        text.setPos(-box.width() / 2, -box.height() / 2)


class RoomMarker(QGraphicsRectItem):
    """The room's door (white) or screen (dark), labelled."""

    def __init__(self, kind: str, centre: QPointF) -> None:
        super().__init__(QRectF(-MARK_W / 2, -MARK_H / 2, MARK_W, MARK_H))
        self.kind = kind
        self.setPos(centre)
        dark = kind == "screen"
        self.setBrush(QBrush(QColor("#404040" if dark else "#FFFFFF")))
        self.setPen(QPen(QColor("#404040"), 2))
        words = {"door": QCoreApplication.translate("SeatingTab", "Door"),
                 "screen": QCoreApplication.translate("SeatingTab", "Screen")}  # fmt: skip
        text = QGraphicsSimpleTextItem(words[kind], self)
        font = QFont()
        font.setPointSizeF(9)
        font.setBold(True)
        text.setFont(font)
        text.setBrush(QBrush(QColor("#FFFFFF" if dark else "#000000")))
        box = text.boundingRect()
        text.setPos(-box.width() / 2, -box.height() / 2)


class SeatingScene(QGraphicsView):
    """The drawing; a drag from one chair to another asks for a swap."""

    swap_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)  # owned by the view: not collected
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._from: SeatItem | None = None

    def seat_at(self, point) -> SeatItem | None:
        for item in self.items(point):
            while item is not None and not isinstance(item, SeatItem):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def seat_item(self, position: int) -> SeatItem | None:
        return next(
            (i for i in self.scene().items() if isinstance(i, SeatItem) and i.position == position),
            None,
        )

    def mousePressEvent(self, event) -> None:
        self._from = self.seat_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        target = self.seat_at(event.position().toPoint())
        source, self._from = self._from, None
        super().mouseReleaseEvent(event)
        # dragging an empty chair moves nobody
        if source is not None and target not in (None, source) and source.row.name:
            self.swap_requested.emit(source.position, target.position)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """The whole table when it fits at a readable size; else readable and
        scrolled to the place of honour (Ctrl+wheel zooms)."""
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if rect.isEmpty():
            return
        self.setSceneRect(rect)
        room = self.viewport().size()
        zoom = min(room.width() / rect.width(), room.height() / rect.height())
        zoom = min(1.2, max(READABLE_ZOOM, zoom))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        host = next((i for i in self.scene().items() if isinstance(i, SeatItem)
                     and i.row.role == "host"), None)  # fmt: skip
        if host is not None and zoom == READABLE_ZOOM:  # from the top (screen, chairs
            # behind the host, the host), across from the host
            self.centerOn(QPointF(host.pos().x(), rect.top() + room.height() / zoom / 2))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            return
        super().wheelEvent(event)

    def draw(self, view) -> None:
        scene = self.scene()
        scene.clear()
        if view is None:
            return
        for t in view.tables:
            left, top = (t.x - t.w / 2) * SCALE, (t.y - t.h / 2) * SCALE
            rect = QRectF(left, top, t.w * SCALE, t.h * SCALE)
            kind = QGraphicsEllipseItem if t.kind == "ellipse" else QGraphicsRectItem
            table = kind(rect.adjusted(BOX_H / 2, BOX_H / 2, -BOX_H / 2, -BOX_H / 2))
            table.setBrush(QBrush(QColor("#F2F2F2")))
            table.setPen(QPen(QColor("#808080")))
            scene.addItem(table)
        for row in view.seats:
            if row.at_table or row.name or row.locked or view.shape == "theatre":
                scene.addItem(SeatItem(row))
        self._room_markers(view)
        self.fit()

    def _room_markers(self, view) -> None:
        """The door (white) and screen (dark) beside the chairs, on their side."""
        around = self.scene().itemsBoundingRect()
        for kind, side in (("door", view.door), ("screen", view.screen)):
            if not side:
                continue
            shared = view.door == view.screen
            shift = (-0.6 if kind == "door" else 0.6) if shared else 0.0
            centre = {
                "top": QPointF(around.center().x() + shift * 2 * MARK_W, around.top() - 40),
                "bottom": QPointF(around.center().x() + shift * 2 * MARK_W, around.bottom() + 40),
                "left": QPointF(around.left() - MARK_W, around.center().y() + shift * 3 * MARK_H),
                "right": QPointF(around.right() + MARK_W, around.center().y() + shift * 3 * MARK_H),
            }[side]
            self.scene().addItem(RoomMarker(kind, centre))


class SeatingTab(QWidget):
    """The plan of one meeting, editable."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shape = QComboBox()
        for value, label in self._shapes():
            self.shape.addItem(label, value)
        self.seats = QSpinBox()
        self.seats.setRange(0, 500)
        self.seats.setSpecialValueText(self.tr("automatic"))
        self.seats.setToolTip(self.tr("Seats at the table (automatic: one per delegate)"))
        self.auto = QPushButton(self.tr("Seat &automatically"))
        self.auto.setToolTip(self.tr("Seat everyone by precedence; locked seats stay"))
        self.door, self.screen = QComboBox(), QComboBox()
        for combo in (self.door, self.screen):
            for value, label in self._sides():
                combo.addItem(label, value)
            combo.setEnabled(False)
        self.door.setToolTip(self.tr("Where the room's door is on the drawing"))
        self.screen.setToolTip(self.tr("Where the room's screen is on the drawing"))
        self.lock = QPushButton(self.tr("&Lock seat"))
        self.lock.setCheckable(True)
        self.lock.setEnabled(False)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #C00000;")
        self.drawing = SeatingScene()
        self.drawing.setMinimumHeight(240)
        self.documents = RoomDocumentsBar(ctx, self)
        self._layout()
        self.auto.clicked.connect(self.seat_automatically)
        self.door.activated.connect(lambda _i: self.set_room(door=self.door.currentData()))
        self.screen.activated.connect(lambda _i: self.set_room(screen=self.screen.currentData()))
        self.lock.toggled.connect(self._lock_toggled)
        self.drawing.swap_requested.connect(self.swap)
        self.drawing.scene().selectionChanged.connect(self._selection_changed)
        self.ctx.reloaded.connect(self.reload)
        self.view = None
        self.reload()

    def _shapes(self) -> list[tuple[str, str]]:
        return [
            ("round", self.tr("Round table")),
            ("boardroom", self.tr("Boardroom, principals facing")),
            ("head", self.tr("Rectangular, host at the head")),
            ("u_shape", self.tr("U-shape")),
            ("theatre", self.tr("Theatre with head table")),
        ]

    def _sides(self) -> list[tuple[str, str]]:
        return [
            ("", self.tr("not shown")),
            ("top", self.tr("top")),
            ("bottom", self.tr("bottom")),
            ("left", self.tr("left")),
            ("right", self.tr("right")),
        ]

    def _layout(self) -> None:
        bar = QHBoxLayout()
        shape_label = QLabel(self.tr("&Table:"))
        shape_label.setBuddy(self.shape)
        seats_label = QLabel(self.tr("&Seats:"))
        seats_label.setBuddy(self.seats)
        door_label = QLabel(self.tr("&Door:"))
        door_label.setBuddy(self.door)
        screen_label = QLabel(self.tr("Sc&reen:"))
        screen_label.setBuddy(self.screen)
        for widget in (shape_label, self.shape, seats_label, self.seats, self.auto, self.lock,
                       door_label, self.door, screen_label, self.screen):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        hint = QLabel(
            self.tr("Drag a person onto another seat to swap them; moved seats are locked.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.warnings)
        layout.addWidget(self.drawing, 1)
        layout.addWidget(self.documents)

    # ----------------------------------------------------------------- reading
    def reload(self) -> None:
        from briefing_app.services.meetings import find_meeting
        from briefing_app.services.seating import plan_view

        def load(session):
            return plan_view(session, find_meeting(session, self.ctx.meeting_id), self.ctx.language)

        self.view = self.ctx.read(load)
        self.drawing.draw(self.view)
        if self.view is not None:
            self.shape.setCurrentIndex(max(0, self.shape.findData(self.view.shape)))
        for combo, side in ((self.door, "door"), (self.screen, "screen")):
            combo.setEnabled(self.view is not None)
            value = getattr(self.view, side) if self.view is not None else ""
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._show_warnings()
        self._selection_changed()

    def _show_warnings(self) -> None:
        if self.view is None:
            text = self.tr("No seating plan yet: choose a table and seat automatically.")
            self.warnings.setText(text)
            return
        lines = []
        if self.view.unseated:
            names = ", ".join(self.view.unseated)
            text = self.tr("Without a seat (%1): %2").replace("%1", str(len(self.view.unseated)))
            lines.append(text.replace("%2", names))
        if self.view.twice:
            text = self.tr("Seated more than once: %1").replace("%1", ", ".join(self.view.twice))
            lines.append(text)
        seated = len({r.participant_uid for r in self.view.seats if r.participant_uid})
        total = seated + len(self.view.unseated)
        if total > len(self.view.seats):
            text = self.tr("%1 participants for %2 chairs").replace("%1", str(total))
            lines.append(text.replace("%2", str(len(self.view.seats))))
        self.warnings.setText("\n".join(lines))

    def selected_position(self) -> int | None:
        items = [i for i in self.drawing.scene().selectedItems() if isinstance(i, SeatItem)]
        return items[0].position if items else None

    def _selection_changed(self) -> None:
        position = self.selected_position()
        rows = self.view.seats if self.view else []
        row = next((r for r in rows if r.position == position), None)
        self.lock.blockSignals(True)
        self.lock.setEnabled(row is not None)
        self.lock.setChecked(bool(row and row.locked))
        self.lock.blockSignals(False)

    # ----------------------------------------------------------------- editing
    def _step(self, text: str, change) -> None:
        from briefing_app.errors import UserError
        from briefing_app.services.seating.edit import plan_state, restore_plan

        mid = self.ctx.meeting_id
        before = self.ctx.read(plan_state, mid)
        try:
            self.ctx.do(text, change, lambda s: restore_plan(s, mid, before))
        except UserError as exc:
            from briefing_app.ui.views.problem_text import error_text

            self.ctx.error.emit(self.tr("Cannot change the seating"), error_text(exc))
        self.reload()

    def seat_automatically(self) -> None:
        from briefing_app.services.meetings import find_meeting
        from briefing_app.services.seating import seat_meeting

        shape, seats = self.shape.currentData(), self.seats.value() or None

        def change(session):
            meeting = find_meeting(session, self.ctx.meeting_id)
            seat_meeting(session, meeting, shape, seats, fit=seats is None)

        self._step(self.tr("Seat automatically"), change)

    def set_room(self, door: str | None = None, screen: str | None = None) -> None:
        from briefing_app.services.seating.edit import set_room

        mid = self.ctx.meeting_id
        text = self.tr("Move the door") if door is not None else self.tr("Move the screen")
        self._step(text, lambda s: set_room(s, mid, door, screen))

    def swap(self, a: int, b: int) -> None:
        from briefing_app.services.seating.edit import swap_seats

        mid = self.ctx.meeting_id
        self._step(
            self.tr("Swap seats %1 and %2").replace("%1", str(a)).replace("%2", str(b)),
            lambda s: swap_seats(s, mid, a, b),
        )

    def _lock_toggled(self, locked: bool) -> None:
        from briefing_app.services.seating.edit import set_locked

        position, mid = self.selected_position(), self.ctx.meeting_id
        if position is None:
            return
        text = self.tr("Lock seat %1") if locked else self.tr("Unlock seat %1")
        text = text.replace("%1", str(position))
        self._step(text, lambda s: set_locked(s, mid, position, locked))
        item = self.drawing.seat_item(position)
        if item is not None:
            item.setSelected(True)
