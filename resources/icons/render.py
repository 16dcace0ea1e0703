"""Render app.svg to the PNG sizes the app and the installers use (Qt's own SVG renderer),
and the Windows icon app.ico (all sizes in one file, packed by Pillow).

Run from the repository root: QT_QPA_PLATFORM=offscreen python resources/icons/render.py
"""

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).parent
SIZES = (16, 32, 48, 64, 128, 256)

if __name__ == "__main__":
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(FOLDER / "app.svg"))
    assert renderer.isValid(), "app.svg cannot be read"
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(FOLDER / f"app-{size}.png"))
    with Image.open(FOLDER / "app-256.png") as largest:
        largest.save(FOLDER / "app.ico", sizes=[(size, size) for size in SIZES])
