"""Run under a real X server: show the main window and check Chinese glyphs really render.

Missing CJK fonts draw every character as the same empty box, so two different characters
rendering to identical, or blank, pictures means the user would see boxes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from editor_assistant.core.context import CheckContext
from editor_assistant.gui.app import create_app
from editor_assistant.gui.main_window import MainWindow


def glyph(text: str) -> QImage:
    label = QLabel(text)
    label.setStyleSheet("background: white; color: black; font-size: 48px;")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.resize(80, 80)
    label.show()
    return label.grab().toImage()


def ink(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )


def main() -> int:
    app = create_app()
    assert app.platformName() == "xcb", app.platformName()
    window = MainWindow(CheckContext())
    window.show()
    app.processEvents()
    first, second = glyph("政"), glyph("务")
    if ink(first) < 50 or ink(second) < 50:
        print("blank glyphs")
        return 1
    if ink(glyph("℃")) < 50:  # weather posts: a font that draws the degree sign empty fails
        print("℃ draws as nothing")
        return 1
    if first == second:
        print("identical glyphs: boxes instead of Chinese")
        return 1
    window.grab().save(sys.argv[1])
    print("family:", app.font().family())
    return 0


if __name__ == "__main__":
    sys.exit(main())
