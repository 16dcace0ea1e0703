"""个人信息：身份证号、手机号、银行卡号、电子邮箱、详细家庭住址、与个人相关的车牌号。

What it flags: personal data in the draft, each with its masked form as a safe suggestion:
18-digit resident ID numbers that pass the GB 11643-1999 check (15-digit old ones with a valid
area code and birth date), mobile numbers (also +86 and 3-4-4 grouped), bank-card numbers of
16–19 digits that pass the Luhn check, personal e-mail addresses, detailed home addresses
(…号…室, …栋…单元…室, …村…组…号, or any house number after 家住), and licence plates in a
sentence that names a person (车主、驾驶人、张某…).

Why: the third part of the city survey of government accounts is security and privacy; the
national 政府网站与政务新媒体检查指标 treat leaking personal information as a serious error,
and local rules on 政务公开 require ID, phone and bank-card numbers to be masked before
publication (公示名单 of subsidies, 低保, 招聘 are where they usually leak).

Example: “申请人王某，身份证号110105199003071239，联系电话13812345678” → “110105********1239”,
“138****5678”.

Deliberately not flagged: public service numbers (12345, 110, 0531-86123456 landlines,
400/95 hotlines), numbers after 统一社会信用代码/订单号/文号/编号, amounts, dates, years,
ID-length numbers that fail the checksum, mailboxes of offices (投稿邮箱, *.gov.cn), office and
venue addresses (政务服务中心三楼302室), plates with no person in the sentence, and numbers
that are already masked (138****5678).
"""

from __future__ import annotations

from editor_assistant.core.compliance.personal_data import PrivacyOptions, find_personal_data
from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import CheckResult, Draft, Finding, Severity, Suggestion

NAME = "privacy"
TITLE = "个人信息"

MESSAGES = {
    "id_number": "疑似公民身份号码（校验通过），属于敏感个人信息，公开发布须脱敏",
    "mobile": "手机号码属于个人信息，公开发布须脱敏（工作联系电话确需公开且已获本人同意的，可忽略此条）",
    "bank_card": "疑似银行卡号（校验通过），属于敏感个人信息，公开发布须脱敏",
    "email": "个人电子邮箱属于个人信息，公开发布须脱敏或改用单位公共邮箱",
    "address": "详细家庭住址（楼栋、单元、门牌、室号）属于个人信息，公开发布须脱敏",
    "plate": "车牌号与具体个人同时出现，可识别到个人，公开发布须脱敏",
}


def options_from(settings: dict) -> PrivacyOptions:
    defaults = PrivacyOptions()
    domains = settings.get("public_mail_domains", defaults.public_mail_domains)
    return PrivacyOptions(
        old_id_numbers=bool(settings.get("old_id_numbers", defaults.old_id_numbers)),
        plate_person_window=int(settings.get("plate_person_window", defaults.plate_person_window)),
        public_mail_domains=tuple(str(d).lower().lstrip(".") for d in domains),
    )


def check(draft: Draft, context: CheckContext) -> CheckResult:
    options = options_from(context.settings.section(NAME))
    findings = []
    counts: dict[str, int] = {}
    for item in find_personal_data(draft.text, options):
        counts[item.kind] = counts.get(item.kind, 0) + 1
        findings.append(
            Finding(
                rule=f"{NAME}.{item.kind}",
                severity=Severity.ERROR,
                message=MESSAGES[item.kind],
                span=(item.start, item.end),
                suggestion=Suggestion(
                    replacement=item.masked, advice=f"改为“{item.masked}”", safe=True
                ),
                data={"text": item.text, "kind": item.kind},
            )
        )
    return CheckResult(findings=findings, details={"counts": counts} if counts else {})
