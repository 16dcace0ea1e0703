"""The README.md of the sample week: one table row per draft plus the facts the code relies on."""

from __future__ import annotations

from .drafts import Draft
from .paths import WEEK

FORMAT_LABELS = {
    "utf-8": "txt, UTF-8",
    "utf-8-sig": "txt, UTF-8 with BOM",
    "gb18030": "txt, GB18030 (GBK subset), CRLF",
    "utf-16": "txt, UTF-16 LE with BOM, CRLF",
}

README_HEAD = """# 样例周稿件 / Sample week

清河县政务微信公众号「清河发布」2026-11-23（周一）至 2026-11-29（周日）一周的 13 篇待发稿件，
质量参差，专门用来演示和测试编辑助手的各项检查。往期文章库在 `../feed/past_feed.jsonl`
（同内容的 `past_feed.csv` 供 CSV 导入），逐篇的机器可读事实在 `../expectations.json`。

All persons, ID numbers, bank cards and phone numbers are fictional. Everything here is generated
by `python tools/build_samples.py` from `tools/sample_sources/`; edit the sources, not these files.

| 文件 | 格式 / 编码 | 用来展示什么 | 图片 |
| --- | --- | --- | --- |
"""

README_TAIL = """
## 须知 / Facts the code relies on

- 标题：每篇第一行（txt）或第一个一级标题（md `#`、docx Heading 1、html `<h1>`）。
- 日期：11 篇取自文件名前缀；`清河半马交通管制.md` 取自正文第二行「发布时间：2026-11-25」；
  `公积金新政来了.docx` 取自 docx 核心属性 `created`（2026-11-26T08:30:00Z）。其余 docx 的 `created`
  与文件名日期一致。
- 编码：gb18030 稿只用 GBK 内的字符（gbk 与 gb18030 解码结果相同）；GB18030 与 UTF-16 两篇用 CRLF 换行。
- 图片计数含 html 里的远程图（`data-src="https://mmbiz.qpic.cn/..."`，不可下载）和 base64 内嵌图；
  docx 里「重点项目集中签约」有 2 张嵌入式图和 1 张浮动图（`wp:anchor`）。
- `images/festival_lantern_a_1080x720.jpg` 与 `festival_lantern_b_1080x720.jpg` 是近似重复图（亮度 +5%），
  同在「冬季文旅季开幕」中；`marathon_2025_lowres_320x213.jpg` 低清；`signing_group_blurry_1080x720.jpg` 模糊
  （GaussianBlur 6）；`marathon_banner_1080x120.jpg` 极端长宽比；`industrial_park_4000x3000.jpg` 大图；
  `econ_indicators_chart.png` 是唯一的 PNG。docx 与 html 内嵌的图片也在 `images/` 里留了一份。
- 隐私：「的哥拾金不昧」里未打码的身份证号 `371426197806143513`（校验位正确）、银行卡号
  `6228480316275840916`（Luhn 正确）、私人手机 `13853481276`；12345、12333、12329、96110、110 以及
  `0531-` 开头的座机都是公共电话，不算个人信息。其他稿件没有 11 位手机号或 15 位以上的长数字。
- 抄袭关系见上表与 `expectations.json` 的 `copies_from` / `copy_kind`；「冬季供暖开始」与往期
  「今冬供暖准备就绪 城区11月23日正式供暖」同题，但全部重新写作，不应判为抄袭。
- 排版与提法问题（`slips`）：半角逗号/冒号混入中文、「！！！」、未闭合的「“」、「党史教育」（应为党史学习教育）、
  「1-10月」（应为 1—10月）。
- html 稿模拟从公众号编辑器保存的页面：`<title>` 与 `<h1>` 同为标题；`<style>` 和 `<script>` 里有
  「轻触阅读原文」「张图片已懒加载」等中文，必须忽略；正文有 `&nbsp;`、`<br>`、`&quot;`，一个段落常被拆成多个 `<span>`。
- `expectations.json` 以文件名为键；非 txt 的 `encoding` 为 null；另有 `slips` 字段列出故意埋下的排版/提法问题原文。
- 本 README.md 和 `images/` 与稿件放在同一目录，读取整个目录时要跳过它们。
- 没有覆盖的民生领域：教育（往期文章库里有）。
"""


def write_manifest(drafts: list[Draft], facts: dict[str, dict]) -> None:
    rows = []
    for draft in drafts:
        fact = facts[draft.file]
        fmt = FORMAT_LABELS.get(fact["encoding"] or "", draft.fmt)
        shows = draft.meta["shows"]
        if fact["copies_from"]:
            shows += "；来源文章：" + "、".join(f"「{t}」" for t in fact["copies_from"])
        pics = str(fact["images"]) + (
            f"（远程 {fact['remote_images']}）" if fact["remote_images"] else ""
        )
        rows.append(f"| `{draft.file}` | {fmt} | {shows} | {pics} |")
    (WEEK / "README.md").write_text(
        README_HEAD + "\n".join(rows) + "\n" + README_TAIL, encoding="utf-8"
    )
