"""Pasted content → text and pictures, through the same html reader files go through.

Word and the WeChat editor put html on the clipboard (Word's pictures as file:// paths in a
temporary folder, WeChat's as remote URLs); a screenshot arrives as a bare image. All of it
becomes plain text for the editor plus DraftImages placed by offset in that text.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage

from editor_assistant.core.model import DraftImage
from editor_assistant.core.readers.html_page import read_html
from editor_assistant.core.readers.image_probe import probe_image


@dataclass(frozen=True)
class Pasted:
    text: str
    images: tuple[DraftImage, ...]  # offsets relative to the start of ``text``


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def from_html(html: str) -> Pasted:
    # The reader resolves relative picture paths against the page's folder; a pasted page has
    # none, so an empty temporary folder stands in and relative paths read as missing.
    with tempfile.TemporaryDirectory(prefix="editor-assistant-paste-") as folder:
        draft = read_html(html, Path(folder) / "粘贴内容.html", "utf-8")
    return Pasted(draft.text, draft.images)


def from_mime(mime: QMimeData) -> Pasted | None:
    """What the editor should insert; None when the clipboard holds nothing it can use."""
    if mime.hasHtml() and mime.html().strip():
        pasted = from_html(mime.html())
        if pasted.text or pasted.images:
            return pasted
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            picture = probe_image(0, "clipboard:image.png", _png_bytes(image))
            return Pasted("", (picture,))
    if mime.hasText():
        return Pasted(mime.text(), ())
    return None
