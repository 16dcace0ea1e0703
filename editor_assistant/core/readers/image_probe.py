"""Read a picture's pixel size from its header without decoding the pixels."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from editor_assistant.core.model import DraftImage


def probe_image(
    offset: int, source: str, data: bytes | None, *, remote: bool = False, alt: str = ""
) -> DraftImage:
    if data is None:
        error = None if remote else "图片文件缺失或无法读取"
        return DraftImage(offset, source, None, remote=remote, alt=alt, error=error)
    try:
        with warnings.catch_warnings():
            # Huge pictures are judged by the image check, not refused while reading.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as picture:
                width, height = picture.size
    except Image.DecompressionBombError:
        reason = "图片像素数超过安全上限（疑似解压炸弹），未读取"
        return DraftImage(offset, source, data, alt=alt, error=reason)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        return DraftImage(offset, source, data, alt=alt, error=f"无法识别的图片（{exc}）")
    return DraftImage(offset, source, data, width, height, alt=alt)
