"""Turn a picture reference (local path, ``data:`` URI, remote URL) into a DraftImage.

Remote pictures are counted and placed but never fetched: the app works offline.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlparse

from editor_assistant.core.model import DraftImage
from editor_assistant.core.readers.image_probe import probe_image

# A picture file larger than this is not read into memory; real post pictures are far smaller.
MAX_IMAGE_FILE_BYTES = 64 * 1024 * 1024
# A post has tens of pictures, a long photo story a hundred or two; a page naming the same
# file a hundred thousand times is an attack (and the image check measures every picture).
MAX_IMAGES_PER_DRAFT = 300
MAX_IMAGE_BYTES_PER_DRAFT = 256 * 1024 * 1024


def is_remote(source: str) -> bool:
    return source.startswith(("http://", "https://", "//", "ftp://"))


def _from_data_uri(source: str, alt: str) -> DraftImage:
    header, _, payload = source.partition(",")
    try:
        if header.endswith(";base64"):
            data = base64.b64decode(payload, validate=False)
        else:
            data = unquote(payload).encode("latin-1")
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return DraftImage(0, "data:", None, alt=alt, error="内嵌图片数据已损坏")
    return probe_image(0, "data:", data, alt=alt)


def _from_file(source: str, base: Path, alt: str) -> DraftImage:
    parsed = urlparse(source)
    relative = unquote(parsed.path if parsed.scheme == "file" else source)
    path = (base / relative).resolve()
    try:
        if path.stat().st_size > MAX_IMAGE_FILE_BYTES:
            return DraftImage(0, str(path), None, alt=alt, error="图片文件过大，未读取")
        data = path.read_bytes()
    except OSError:
        return DraftImage(0, str(path), None, alt=alt, error="图片文件缺失或无法读取")
    return probe_image(0, str(path), data, alt=alt)


def load_image_source(source: str, base: Path, alt: str = "") -> DraftImage:
    source = source.strip()
    if source.startswith("data:"):
        return _from_data_uri(source, alt)
    if is_remote(source):
        return probe_image(0, source, None, remote=True, alt=alt)
    return _from_file(source, base, alt)


class ImageLoader:
    """Loads one draft's pictures within a budget of count and bytes.

    A picture named twice is read once; pictures beyond the budget are placed with an error
    instead of their bytes, so a hostile page cannot fill the memory.
    """

    def __init__(self, base: Path) -> None:
        self.base = base
        self._loaded: dict[str, DraftImage] = {}
        self._count = 0
        self._bytes = 0

    def load(self, source: str, alt: str = "") -> DraftImage:
        self._count += 1
        if self._count > MAX_IMAGES_PER_DRAFT:
            return DraftImage(0, source[:200], None, alt=alt, error="图片数量过多，未读取")
        if source in self._loaded:
            return replace(self._loaded[source], alt=alt)
        if self._bytes >= MAX_IMAGE_BYTES_PER_DRAFT:
            return DraftImage(0, source[:200], None, alt=alt, error="图片总体积过大，未读取")
        image = load_image_source(source, self.base, alt=alt)
        self._bytes += image.byte_size
        self._loaded[source] = image
        return image
