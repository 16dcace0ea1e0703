"""Personal data: exact results on the probe feed, checksums, masks, and what stays unflagged."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_assistant.core.checks import privacy
from editor_assistant.core.compliance import masking
from editor_assistant.core.compliance.identifiers import id_check_char, is_resident_id, luhn_valid
from editor_assistant.core.compliance.personal_data import PrivacyOptions, find_personal_data
from editor_assistant.core.context import CheckContext
from editor_assistant.core.fixes import apply_fixes
from editor_assistant.core.model import Severity
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.resources import resource_path
from editor_assistant.core.settings import Settings

PROBE = resource_path("samples", "privacy_probe", "feed.jsonl")


def _probe_posts() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()]


def _found(text: str, settings_data: dict | None = None) -> set[tuple[str, str]]:
    draft = read_pasted(text)
    context = CheckContext(settings=Settings(settings_data or {}))
    return {(f.rule, f.data["text"]) for f in privacy.check(draft, context).findings}


@pytest.mark.parametrize("post", _probe_posts(), ids=lambda post: post["url"].rsplit("/", 1)[-1])
def test_probe_feed_finds_every_planted_item_and_nothing_else(post):
    planted = {tuple(item) for item in post["planted"]}
    assert _found(post["title"] + "\n" + post["content"]) == planted


def test_probe_feed_plants_every_kind_and_many_public_numbers():
    posts = _probe_posts()
    kinds = {rule for post in posts for rule, _ in post["planted"]}
    assert kinds == {f"privacy.{kind}" for kind in privacy.MESSAGES}
    assert sum(not post["planted"] for post in posts) >= 4


def test_id_checksum_follows_gb_11643():
    assert id_check_char("11010519491231002") == "X"  # the standard's own example
    assert is_resident_id("11010519491231002X")
    assert not is_resident_id("110105194912310021")  # wrong check character
    assert not is_resident_id("990105194912310025")  # no such province
    assert not is_resident_id("370102650231123")  # 15 digits, 31 February
    assert is_resident_id("370102650315123")
    born_tomorrow = "11010520300102123" + id_check_char("11010520300102123")
    assert not is_resident_id(born_tomorrow, today=date(2030, 1, 1))


def test_luhn():
    assert luhn_valid("4111111111111111") and luhn_valid("79927398713")
    assert not luhn_valid("4111111111111112") and not luhn_valid("4111-1111")


def test_masks_keep_separators_and_hide_the_middle():
    assert masking.mask_id_number("110105199003071239") == "110105********1239"
    assert masking.mask_mobile("138-1234-5678") == "138-****-5678"
    assert masking.mask_bank_card("6222 0212 3456 7890") == "6222 **** **** 7890"
    assert masking.mask_email("zhangwei88@163.com") == "z***@163.com"
    assert masking.mask_plate("鲁A·12345") == "鲁A·***45"
    assert masking.mask_numbers("3号楼2单元501室") == "*号楼*单元***室"


def test_findings_are_errors_with_safe_masked_replacements():
    text = "申请人王某，身份证号11010519491231002X，联系电话13812345678。"
    result = privacy.check(read_pasted(text), CheckContext(settings=Settings({})))
    assert {f.severity for f in result.findings} == {Severity.ERROR}
    assert all(f.suggestion.safe for f in result.findings)
    fixed, applied = apply_fixes(text, result.findings)
    assert fixed == "申请人王某，身份证号110105********002X，联系电话138****5678。"
    assert len(applied) == 2
    assert result.details == {"counts": {"id_number": 1, "mobile": 1}}


@pytest.mark.parametrize(
    "text",
    [
        "请拨打12345政务服务便民热线，或110、119、120。",
        "咨询电话：0531-86123456，传真(0531)86123457，服务热线400-600-1234、95588。",
        "国际长途：+86 531 8888 6666；邮政编码250100。",
        "地区生产总值1,234.56亿元，人口523,000人，投资13500000000元。",
        "统一社会信用代码：12370000MB1234567X，文号鲁政发〔2024〕3号。",
        "订单号6222021234567890128，快递单号773012345678901。",
        "已脱敏：身份证号370102********2338，电话138****5678。",
        "活动地点：县文化馆三楼301室；办公地址：人民路88号302室。",
        "公交车鲁A12345停靠站台。",
        "投稿邮箱：qhfb@163.com，政务邮箱zwgk@qinghe.gov.cn。",
        "时间：2024-03-15 9:00，2035年远景目标，ISBN 978-7-123-45678-9。",
    ],
)
def test_public_numbers_are_not_personal_data(text):
    assert _found(text) == set()


def test_settings_switch_old_ids_and_public_mail_domains():
    text = "原身份证号370102650315123，邮箱li@qinghe.edu.cn。"
    assert _found(text) == {
        ("privacy.id_number", "370102650315123"),
        ("privacy.email", "li@qinghe.edu.cn"),
    }
    quiet = {"privacy": {"old_id_numbers": False, "public_mail_domains": ["gov.cn", "edu.cn"]}}
    assert _found(text, quiet) == set()


def test_a_checksummed_id_is_personal_after_any_label_but_an_organisations_code():
    number = "371426197806143513"
    assert _found(f"证书编号：{number}") == {("privacy.id_number", number)}
    assert _found(f"统一社会信用代码：{number}") == set()


def test_plate_needs_a_person_close_by():
    assert _found("车主张某的鲁B·D12345轿车被盗。") == {("privacy.plate", "鲁B·D12345")}
    far = "车主张某报警。" + "他说" * 5 + "，鲁B·D12345停在路边。"
    assert _found(far) == set()


_sentences = st.sampled_from(["申请人王某，身份证号", "经核实，", "（", "公民身份号码："])
_provinces = st.sampled_from(["11", "37", "44", "65"])
_births = st.dates(min_value=date(1930, 1, 1), max_value=date(2015, 12, 31))


@settings(max_examples=150, deadline=None)
@given(_sentences, _provinces, _births, st.integers(0, 9999), st.integers(0, 999))
def test_any_valid_id_number_is_found(lead, province, born, area, sequence):
    first17 = f"{province}{area:04d}{born:%Y%m%d}{sequence:03d}"
    number = first17 + id_check_char(first17)
    items = find_personal_data(f"{lead}{number}。", PrivacyOptions())
    assert [(item.kind, item.text) for item in items] == [("id_number", number)]


_public = st.one_of(
    st.builds("0{}-{}".format, st.integers(10, 999), st.integers(2000000, 89999999)),
    st.builds("400-{}-{}".format, st.integers(100, 999), st.integers(1000, 9999)),
    st.builds(
        "{}年{}月{}日".format, st.integers(1949, 2035), st.integers(1, 12), st.integers(1, 28)
    ),
    st.builds("{:,}元".format, st.integers(0, 10**12)),
    st.builds("第{}号".format, st.integers(1, 99999)),
    st.sampled_from(["12345", "12315", "110", "95588", "10086"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_public, min_size=1, max_size=4))
def test_generated_public_numbers_are_never_flagged(numbers):
    text = "咨询电话" + "，".join(numbers) + "。"
    assert find_personal_data(text) == []
