"""Find personal data in a text: ID and bank-card numbers, mobiles, mailboxes, homes, plates.

Precision comes from validation, not from guessing: an ID number must pass GB 11643, a card
number the Luhn check; a card-length or 15-digit number after 订单号, 流水号 or 文号 is not a
person's, and only an organisation's label (统一社会信用代码) overrides a valid 18-digit ID.
Public service numbers (12345, 0531-xxxxxxxx landlines, 400/95 hotlines) match none of the
patterns. Where two items overlap, the more specific kind wins (an ID beats a card number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from editor_assistant.core.compliance import masking
from editor_assistant.core.compliance.addresses import find_home_addresses
from editor_assistant.core.compliance.context_cues import (
    NOT_PERSONAL_NUMBER,
    ORGANISATION_CODE,
    PERSON,
    PUBLIC_MAILBOX,
    clause_before,
    sentence_around,
)
from editor_assistant.core.compliance.identifiers import is_resident_id, luhn_valid

_ALONE_BEFORE = r"(?<![0-9A-Za-z])"
_ALONE_AFTER = r"(?![0-9A-Za-z])"
_GROUPED_BEFORE = r"(?<!\d[ -])"
_GROUPED_AFTER = r"(?![ -]\d)"
_NOT_AMOUNT = r"(?!\s*(?:元|万|亿|千|百|人|次|吨|%))"

ID_NUMBER = re.compile(
    rf"{_ALONE_BEFORE}(?:\d{{17}}[\dXx]|\d{{6}}[ -]\d{{8}}[ -]\d{{3}}[\dXx]|\d{{15}}){_ALONE_AFTER}"
)
BANK_CARD = re.compile(
    rf"{_ALONE_BEFORE}(?:\d{{16,19}}|{_GROUPED_BEFORE}(?:\d{{4}}(?:[ -]\d{{4}}){{3}}(?:[ -]\d{{1,3}})?"
    rf"|\d{{6}}[ -]\d{{10,13}}){_GROUPED_AFTER}){_ALONE_AFTER}{_NOT_AMOUNT}"
)
MOBILE = re.compile(
    rf"(?<![0-9A-Za-z+＋])(?P<prefix>[+＋]?86[ -]?|[（(][+＋]?86[）)]\s?)?"
    rf"(?P<core>1[3-9]\d(?:[ -]?\d){{8}}){_ALONE_AFTER}{_GROUPED_AFTER}{_NOT_AMOUNT}"
)
EMAIL = re.compile(
    r"(?<![0-9A-Za-z._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.[A-Za-z]{2,}(?![A-Za-z0-9])"
)
PLATE = re.compile(
    r"(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[A-HJ-NP-Z][·•・. -]?(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学])(?![A-Za-z0-9])"
)
# First digit of Chinese bank cards: 62 UnionPay, 4 Visa, 5 Mastercard, 3 JCB/Amex, 9 old
# domestic debit cards. Order and waybill numbers mostly start with a date (1 or 2).
_CARD_FIRST_DIGITS = "34569"


@dataclass(frozen=True)
class PrivacyOptions:
    old_id_numbers: bool = True  # 15-digit first-generation ID numbers
    plate_person_window: int = 20  # how close a person must be for a plate to count
    public_mail_domains: tuple[str, ...] = ("gov.cn",)
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class PersonalItem:
    kind: str  # one of KINDS
    start: int
    end: int
    text: str
    masked: str


def _digits(value: str) -> str:
    return re.sub(r"[^0-9Xx]", "", value)


def _about_a_thing(text: str, start: int, cues: re.Pattern[str] = NOT_PERSONAL_NUMBER) -> bool:
    return bool(cues.search(clause_before(text, start)))


def _id_numbers(text: str, options: PrivacyOptions):
    for match in ID_NUMBER.finditer(text):
        number = _digits(match.group())
        if len(number) == 15 and not options.old_id_numbers:
            continue
        cues = ORGANISATION_CODE if len(number) == 18 else NOT_PERSONAL_NUMBER
        if is_resident_id(number, options.today) and not _about_a_thing(text, match.start(), cues):
            yield match, masking.mask_id_number(match.group())


def _bank_cards(text: str, options: PrivacyOptions):
    for match in BANK_CARD.finditer(text):
        number = _digits(match.group())
        if (
            number[0] in _CARD_FIRST_DIGITS
            and luhn_valid(number)
            and not is_resident_id(number, options.today)
            and not _about_a_thing(text, match.start())
        ):
            yield match, masking.mask_bank_card(match.group())


def _mobiles(text: str, options: PrivacyOptions):
    for match in MOBILE.finditer(text):
        yield match, (match.group("prefix") or "") + masking.mask_mobile(match.group("core"))


def _emails(text: str, options: PrivacyOptions):
    for match in EMAIL.finditer(text):
        domain = match.group().rpartition("@")[2].lower()
        if any(domain == d or domain.endswith("." + d) for d in options.public_mail_domains):
            continue
        if not PUBLIC_MAILBOX.search(clause_before(text, match.start())):
            yield match, masking.mask_email(match.group())


def _plates(text: str, options: PrivacyOptions):
    window = options.plate_person_window
    for match in PLATE.finditer(text):
        if not any(char.isdigit() for char in match.group()):
            continue
        if PERSON.search(sentence_around(text, match.start(), match.end(), window)):
            yield match, masking.mask_plate(match.group())


# Most specific first: on overlap the earlier kind keeps the span (addresses come last).
_FINDERS = {
    "email": _emails,
    "id_number": _id_numbers,
    "bank_card": _bank_cards,
    "mobile": _mobiles,
    "plate": _plates,
}


def find_personal_data(text: str, options: PrivacyOptions | None = None) -> list[PersonalItem]:
    """Every item of personal data in ``text``, in reading order, overlaps resolved."""
    options = options or PrivacyOptions()
    found: list[PersonalItem] = []

    def add(kind: str, start: int, end: int, masked: str) -> None:
        if not any(item.start < end and start < item.end for item in found):
            found.append(PersonalItem(kind, start, end, text[start:end], masked))

    for kind, finder in _FINDERS.items():
        for match, masked in finder(text, options):
            start, end = match.span()
            if kind == "mobile" and match.group("prefix"):
                start = match.start("prefix")
            add(kind, start, end, masked)
    for start, end in find_home_addresses(text):
        add("address", start, end, masking.mask_numbers(text[start:end]))
    return sorted(found, key=lambda item: item.start)
