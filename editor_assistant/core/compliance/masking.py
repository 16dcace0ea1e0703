"""Masked forms of personal data, as local rules require them for publication.

Separators (spaces, hyphens, the plate's middle dot) are kept, so the masked text still reads
like the original: ``138-1234-5678`` becomes ``138-****-5678``.
"""

from __future__ import annotations

import re

MASK = "*"
_NUMBER_PART = re.compile(r"[0-9一二三四五六七八九十百]")


def mask_middle(value: str, keep_start: int, keep_end: int) -> str:
    """Mask every letter or digit except the first ``keep_start`` and the last ``keep_end``."""
    positions = [i for i, char in enumerate(value) if char.isalnum()]
    hidden = set(positions[keep_start : len(positions) - keep_end])
    return "".join(MASK if i in hidden else char for i, char in enumerate(value))


def mask_id_number(value: str) -> str:
    """``110105199001011234`` → ``110105********1234``; old 15-digit ones keep 6 + 3."""
    digits = sum(char.isalnum() for char in value)
    return mask_middle(value, 6, 4 if digits == 18 else 3)


def mask_mobile(core: str) -> str:
    """The 11-digit part of a mobile number: ``13812345678`` → ``138****5678``."""
    return mask_middle(core, 3, 4)


def mask_bank_card(value: str) -> str:
    """Keep the issuer prefix and the last four digits: ``6222 **** **** 1234``."""
    return mask_middle(value, 4, 4)


def mask_email(value: str) -> str:
    """``zhangwei88@163.com`` → ``z***@163.com``: a fixed mask hides the name's length too."""
    local, _, domain = value.partition("@")
    return f"{local[:1]}{MASK * 3}@{domain}"


def mask_plate(value: str) -> str:
    """``鲁A·12345`` → ``鲁A·***45``: province and city letter stay, the vehicle does not."""
    return mask_middle(value, 2, 2)


def mask_numbers(value: str) -> str:
    """Every digit of a house, building, unit or room number: ``3号楼2单元501室`` → ``*号楼*单元***室``."""
    return _NUMBER_PART.sub(MASK, value)
