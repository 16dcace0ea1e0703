"""Six cards beside the text: a figure, a colour state and one line saying why.

The cards read the Report generically: a check that has not landed, is switched off or
failed shows "未检查" instead of a misleading zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from editor_assistant.core.model import MEDIA_LABELS, Report, Severity
from editor_assistant.gui.labels import NOT_CHECKED, category_name, number

STATE_COLOURS = {"good": "#2e7d32", "fair": "#b26a00", "poor": "#b3261e", "unchecked": "#8a8a8a"}
STATE_NAMES = {"good": "良好", "fair": "留意", "poor": "需修改", "unchecked": NOT_CHECKED}


@dataclass(frozen=True)
class Card:
    key: str
    title: str
    value: str
    state: str  # good | fair | poor | unchecked
    why: str
    detail: str = ""  # longer text for the tooltip (e.g. the tone's factor breakdown)


def _worst(report: Report, categories: tuple[str, ...]) -> tuple[str, list]:
    found = [f for f in report.findings if f.category in categories]
    if any(f.severity is Severity.ERROR for f in found):
        return "poor", found
    if any(f.severity is Severity.WARNING for f in found):
        return "fair", found
    return "good", found


@dataclass(frozen=True)
class Factor:
    label: str
    contribution: float  # points added to (or, negative, taken from) the tone score
    value: str  # the measured value with its unit


def tone_factors(report: Report) -> list[Factor]:
    """The tone check's breakdown, biggest contributions first."""
    items = report.details.get("officialese", {}).get("factors") or []
    factors = [
        Factor(
            str(item.get("label") or item.get("name", "")),
            float(item.get("contribution") or 0),
            f"{number(item.get('value'))}{item.get('unit', '')}",
        )
        for item in items
        if isinstance(item, dict)
    ]
    return sorted(factors, key=lambda f: -abs(f.contribution))


def _tone(report: Report, ran: set[str]) -> Card:
    score = report.metrics.get("officialese")
    if "officialese" not in ran or score is None:
        return Card("officialese", "文风", NOT_CHECKED, "unchecked", "文风检查未运行")
    state = "good" if score < 40 else "fair" if score < 65 else "poor"
    details = report.details.get("officialese", {})
    parts = [details.get("band_label") or ("平实" if state == "good" else "偏公文腔")]
    readability = details.get("readability", {})
    if readability.get("label"):
        parts.append(f"易读性{readability['label']}（{number(report.metrics.get('readability'))}）")
    main = [f.label for f in tone_factors(report) if f.contribution >= 3][:2]
    if main:
        parts.append("主因：" + "、".join(main))
    lines = [f"{f.label}：{f.contribution:+.1f} 分（{f.value}）" for f in tone_factors(report)]
    detail = "\n".join([details.get("summary") or "文风分：0 平实 — 100 公文腔", "", *lines])
    return Card("officialese", "文风", number(score), state, " · ".join(parts), detail)


def _images(report: Report, ran: set[str]) -> Card:
    count = report.metrics.get("images", 0)
    per = report.metrics.get("chars_per_image")
    if "images" not in ran:
        return Card("images", "配图", f"{count} 张", "unchecked", "配图检查未运行")
    state, found = _worst(report, ("images",))
    why = found[0].message if found else (f"每图约 {number(per)} 字" if per else "篇幅短，可不配图")
    return Card("images", "配图", f"{count} 张", state, why)


def _originality(report: Report, ran: set[str]) -> Card:
    score = report.metrics.get("originality")
    if "originality" not in ran or score is None:
        why = "未连接往期稿件库" if "originality" in ran else "原创度检查未运行"
        return Card("originality", "原创度", NOT_CHECKED, "unchecked", why)
    matches = report.details.get("originality", {}).get("matches") or []
    state = "good" if score >= 70 else "fair" if score >= 30 else "poor"
    if matches:
        top = matches[0]
        where = "，".join(str(x) for x in (top.get("account"), top.get("published_at")) if x)
        why = f"与《{top.get('title', '')}》{f'（{where}）' if where else ''}重合，点此对照"
    else:
        why = "往期稿件库中未见重合段落"
    return Card("originality", "原创度", f"{number(score)}%", state, why)


def _multimedia(report: Report, ran: set[str]) -> Card:
    if "multimedia" not in ran:
        return Card("multimedia", "多媒体建议", NOT_CHECKED, "unchecked", "多媒体检查未运行")
    if not report.multimedia:
        return Card("multimedia", "多媒体建议", "无", "good", "图文即可")
    first = report.multimedia[0]
    kinds = "、".join(dict.fromkeys(MEDIA_LABELS[s.kind] for s in report.multimedia))
    return Card("multimedia", "多媒体建议", kinds, "fair", first.reason)


def _service(report: Report, ran: set[str]) -> Card:
    if not {"service", "interaction"} & ran:
        return Card("service", "服务要素", NOT_CHECKED, "unchecked", "服务要素检查未运行")
    state, found = _worst(report, ("service", "interaction"))
    if found:
        return Card("service", "服务要素", f"缺 {len(found)} 项", state, found[0].message)
    if "service" not in ran:
        return Card("service", "服务要素", "无问题", state, "办事要素检查未运行；互动渠道无问题")
    if report.metrics.get("service_post"):
        return Card("service", "服务要素", "齐全", state, "办事类稿件，未发现缺项")
    return Card("service", "服务要素", "非办事类", state, "不是办事类稿件，不查办事要素")


def _compliance(report: Report, ran: set[str]) -> Card:
    categories = ("privacy", "wording", "typography")
    if not set(categories) & ran:
        return Card("compliance", "合规", NOT_CHECKED, "unchecked", "合规检查未运行")
    state, found = _worst(report, categories)
    counts = [f"{category_name(c)} {n}" for c in categories if (n := len(report.findings_in(c)))]
    value = f"{len(found)} 处" if found else "通过"
    return Card(
        "compliance", "合规", value, state, " · ".join(counts) or "未见隐私、用词、排版问题"
    )


def build_cards(report: Report) -> list[Card]:
    ran = set(report.checks_run)
    builders = (_tone, _images, _originality, _multimedia, _service, _compliance)
    return [build(report, ran) for build in builders]


class ScoreCard(QFrame):
    sig_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.key = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title, self.value, self.why = QLabel(), QLabel(), QLabel()
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.why):
            layout.addWidget(label)

    def show_card(self, card: Card) -> None:
        self.key = card.key
        colour = STATE_COLOURS[card.state]
        self.setStyleSheet(
            f"ScoreCard {{ border: 1px solid #ddd; border-left: 5px solid {colour};"
            " border-radius: 4px; background: #fff; }"
        )
        self.title.setText(
            f"<b>{card.title}</b> <span style='color:{colour}'>{STATE_NAMES[card.state]}</span>"
        )
        self.value.setText(card.value)
        size = 18 if len(card.value) <= 6 else 13  # a list of forms must still fit the card
        self.value.setStyleSheet(f"font-size: {size}pt; font-weight: 600; color: {colour};")
        self.why.setText(card.why)
        self.setToolTip(card.detail or card.why)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit(self.key)
        super().mouseReleaseEvent(event)


class ToneBreakdown(QLabel):
    """What makes up the tone score: a bar per factor, plain ones green, stiff ones amber."""

    BAR_UNITS = 18

    def show_report(self, report: Report) -> None:
        factors = [f for f in tone_factors(report) if abs(f.contribution) >= 0.5][:5]
        self.setVisible(bool(factors))
        if not factors:
            return
        top = max(abs(f.contribution) for f in factors)
        rows = []
        for factor in factors:
            colour = "#e0a000" if factor.contribution > 0 else "#2e9d48"
            bar = "&nbsp;" * max(1, round(abs(factor.contribution) / top * self.BAR_UNITS))
            rows.append(
                f"<tr><td>{factor.label}</td>"
                f"<td><span style='background:{colour}'>{bar}</span></td>"
                f"<td align=right>{factor.contribution:+.1f}</td></tr>"
            )
        self.setText(
            "<b>文风构成</b>（加分越多越像公文）<table cellspacing=2>" + "".join(rows) + "</table>"
        )


class ScoreCards(QWidget):
    sig_card_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cards = [ScoreCard(self) for _ in range(6)]
        self.tone = ToneBreakdown()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for index, card in enumerate(self.cards):
            card.sig_clicked.connect(self.sig_card_clicked)
            grid.addWidget(card, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.tone)
        self.tone.hide()

    def show_report(self, report: Report) -> list[Card]:
        cards = build_cards(report)
        for widget, card in zip(self.cards, cards, strict=True):
            widget.show_card(card)
        self.tone.show_report(report)
        return cards
