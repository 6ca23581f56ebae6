"""Item data roles as the numbers Qt passes to a model's ``data()``: the values of
``Qt.ItemDataRole``, for the modules the GUI's first paint imports.

Those modules do not touch ``PySide6.QtCore.Qt`` before the first paint (not even
``from PySide6.QtCore import Qt`` at module level, nor a call whose overloads take a
``Qt`` enum, such as ``QSplitter(parent)`` or ``QAction.setShortcut``): PySide creates all
of that namespace's hundred-odd enums the first time it is used, about 15 ms of
processor time, a tenth of a bare window's whole start. They import it where it is used
after the paint. ``tests/ui/test_fast_start.py`` checks that the first paint leaves it
alone and that these numbers are Qt's.
"""

from __future__ import annotations

DisplayRole = 0
EditRole = 2
ToolTipRole = 3
UserRole = 0x0100
