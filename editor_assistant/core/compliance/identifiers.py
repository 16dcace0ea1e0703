"""Validation of the numbers that identify a person: resident ID numbers and bank cards.

The checksums are what tell a real ID or card number from an order number, a 统一社会信用代码
or a 文号 of the same length, so they are applied strictly.
"""

from __future__ import annotations

from datetime import date

# First two digits of a resident ID number: the province-level division (GB/T 2260),
# plus 71/81/82/83 for Taiwan, Hong Kong and Macao (港澳台居民居住证 numbers).
PROVINCE_CODES = frozenset(
    (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51)
) | frozenset((52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83))
# GB 11643-1999: weights 2^(17-i) mod 11 for the first 17 digits; the sum mod 11 picks the check.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)


def id_check_char(first17: str) -> str:
    """The 18th character of a resident ID number whose first 17 digits are given."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def _birth_date_valid(year: int, month: int, day: int, today: date) -> bool:
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return _EARLIEST_BIRTH <= born <= today


def is_resident_id(number: str, today: date | None = None) -> bool:
    """An 18-digit number with a valid province, birth date and GB 11643 check character,
    or a 15-digit first-generation number with a valid province and birth date (19YYMMDD)."""
    today = today or date.today()
    number = number.upper()
    if len(number) == 18:
        first17 = number[:17]
        return (
            first17.isdigit()
            and int(number[:2]) in PROVINCE_CODES
            and _birth_date_valid(int(number[6:10]), int(number[10:12]), int(number[12:14]), today)
            and id_check_char(first17) == number[17]
        )
    if len(number) == 15 and number.isdigit():
        return int(number[:2]) in PROVINCE_CODES and _birth_date_valid(
            1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]), today
        )
    return False


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check that every bank card number carries in its last digit."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
