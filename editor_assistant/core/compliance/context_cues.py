"""Words around a match that tell personal data from public data.

A number means different things after 统一社会信用代码 and after 身份证号, and an address after
家住 is a home while one after 办公地点 is an office. The cues look only at the clause before
the match (back to the last comma or full stop), so a cue never leaks from one item to the next.
"""

from __future__ import annotations

import re

_CLAUSE_BREAKS = "，。；！？、\n,;!?"
CLAUSE_WINDOW = 24

# A number after one of these is an organisation's or a thing's, not a person's.
NOT_PERSONAL_NUMBER = re.compile(
    "信用代码|识别号|税号|注册号|订单|单号|编号|流水|交易号|凭证|发票|合同|批次|条码|条形码"
    "|序列号|IMEI|文号|案号|备案|许可证|登记证|批准|型号|账单|工单|快递|运单|物流|客服|热线"
)
# An 18-digit number that passes the ID checksum is a person's even after 编号 (some
# certificates are numbered by ID number); only an organisation's code label overrides it.
ORGANISATION_CODE = re.compile("信用代码|识别号|税号|注册号|组织机构代码")
# A mailbox after one of these belongs to an office: 投稿邮箱, 举报信箱.
PUBLIC_MAILBOX = re.compile("投稿|征稿|来稿|举报|投诉|监督|信箱|官方|联系我们|咨询|报名|办公室")
# An address after one of these is a home.
HOME = re.compile(
    "家住|住在|住址|住所|居住|现住|现居|家庭地址|户籍地|户籍所在地|暂住|寄住|租住|家中|其家"
)
# An address after one of these (or followed by 办公/窗口…) is an office or a venue.
PUBLIC_PLACE = re.compile(
    "政务服务|服务中心|服务大厅|服务站|便民|大厅|大厦|大楼|写字楼|办公|政府|机关|委员会|居委会"
    "|村委会|党群|局|中心|医院|卫生院|学校|小学|中学|幼儿园|公司|银行|营业厅|馆|站|所|会议"
    "|园区|广场|商务|酒店|宾馆|超市|商场|市场|地点|报名|咨询|受理|办理|窗口|门店"
)
# Someone a licence plate can point to.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
)
PERSON = re.compile(
    f"[{_SURNAMES}]某{{1,2}}|[{_SURNAMES}](?:先生|女士|师傅|大爷|大妈|阿姨)"
    "|车主|驾驶人|驾驶员|驾驶|司机|男子|女子|当事人|本人|名下|车辆所有人|嫌疑人|违法行为人"
)


def clause_before(text: str, start: int, width: int = CLAUSE_WINDOW) -> str:
    """The text before ``start`` back to the nearest clause break, at most ``width`` chars."""
    window = text[max(0, start - width) : start]
    cut = max(window.rfind(char) for char in _CLAUSE_BREAKS)
    return window[cut + 1 :]


def clause_after(text: str, end: int, width: int = CLAUSE_WINDOW) -> str:
    window = text[end : end + width]
    cuts = [i for i in (window.find(char) for char in _CLAUSE_BREAKS) if i >= 0]
    return window[: min(cuts)] if cuts else window


def sentence_around(text: str, start: int, end: int, width: int) -> str:
    """The text within ``width`` chars of a match, not crossing a sentence end or a line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    cut = max(before.rfind(char) for char in "。！？\n")
    stops = [i for i in (after.find(char) for char in "。！？\n") if i >= 0]
    return before[cut + 1 :] + after[: min(stops) if stops else len(after)]
