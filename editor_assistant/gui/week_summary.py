"""The week at a glance: figures, posts per day, each post's tone, livelihood topics."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from editor_assistant.core.model import Report
from editor_assistant.core.week import (
    GAP_WARNING_DAYS,
    ORIGINAL_MAX_COPIED,
    WeekSummary,
    summarize_week,
)
from editor_assistant.gui.bar_chart import Bar, BarChart
from editor_assistant.gui.labels import NOT_CHECKED
from editor_assistant.gui.score_cards import STATE_COLOURS

# The unit's own targets ([review] in the settings, shared with the week report); the city
# survey measured a picture rate of about 20 %, so the default asks for well above it.
DEFAULT_TARGETS = {"picture_rate_target": 0.6, "original_rate_target": 0.6}


def _rate(value: float | None) -> str:
    return NOT_CHECKED if value is None else f"{value:.0%}"


def _tile(title: str) -> tuple[QWidget, QLabel, QLabel]:
    tile = QWidget()
    tile.setObjectName("tile")
    tile.setStyleSheet("#tile { background: #fff; border: 1px solid #ddd; border-radius: 4px; }")
    value, note = QLabel("—"), QLabel("")
    value.setStyleSheet("font-size: 17pt; font-weight: 600;")
    note.setWordWrap(True)
    note.setStyleSheet("color: #555;")
    layout = QVBoxLayout(tile)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(value)
    layout.addWidget(note)
    return tile, value, note


def tone_colour(score: float | None) -> str:
    if score is None:
        return STATE_COLOURS["unchecked"]
    return STATE_COLOURS["good" if score < 40 else "fair" if score < 65 else "poor"]


def day_bars(summary: WeekSummary) -> list[Bar]:
    """Every day from the first post to the last, empty days included, so gaps show."""
    if summary.first_date is None:
        return []
    days = (summary.last_date - summary.first_date).days + 1
    bars = []
    for offset in range(days):
        day = summary.first_date + timedelta(days=offset)
        posts = summary.posts_per_day.get(day, 0)
        bars.append(Bar(day.strftime("%m-%d"), posts, "#4a78b5" if posts else "#ddd"))
    return bars


class WeekSummaryView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary: WeekSummary | None = None
        grid = QGridLayout()
        self.tiles = {}
        for column, (key, title) in enumerate(
            (
                ("posts", "篇数"),
                ("pictures", "配图率"),
                ("original", "原创率"),
                ("tone", "平均文风"),
                ("gap", "最长间隔"),
            )
        ):
            tile, value, note = _tile(title)
            self.tiles[key] = (value, note)
            grid.addWidget(tile, 0, column)
        self.per_day = BarChart("每日发稿数")
        self.tone = BarChart("各篇文风（0 平实 — 100 公文腔）")
        charts = QHBoxLayout()
        charts.addWidget(self.per_day, 3)
        charts.addWidget(self.tone, 2)
        self.topics = QLabel()
        self.topics.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)
        layout.addWidget(self.topics)
        self.show_reports([])

    def _set(self, key: str, value: str, note: str, state: str = "") -> None:
        value_label, note_label = self.tiles[key]
        value_label.setText(value)
        colour = STATE_COLOURS.get(state, "#222")
        value_label.setStyleSheet(f"font-size: 17pt; font-weight: 600; color: {colour};")
        note_label.setText(note)

    def show_reports(self, reports: list[Report], review: dict | None = None) -> WeekSummary:
        """``review``: the [review] settings section, for the unit's rate targets."""
        targets = {**DEFAULT_TARGETS, **(review or {})}
        summary = self.summary = summarize_week(reports)
        span = (
            f"{summary.first_date:%m-%d} 至 {summary.last_date:%m-%d}"
            if summary.first_date
            else "无发布日期"
        )
        self._set("posts", str(summary.posts), span)
        picture_state = (
            ""
            if summary.picture_rate is None
            else ("good" if summary.picture_rate >= targets["picture_rate_target"] else "fair")
        )
        per_post = summary.images_per_post
        self._set(
            "pictures",
            _rate(summary.picture_rate),
            f"平均每篇 {per_post} 张图，目标 {targets['picture_rate_target']:.0%}"
            if per_post is not None
            else "",
            picture_state,
        )
        original_state = (
            ""
            if summary.original_rate is None
            else ("good" if summary.original_rate >= targets["original_rate_target"] else "poor")
        )
        original_note = (
            "未连接往期稿件库"
            if summary.original_rate is None
            else f"重合不超过 {ORIGINAL_MAX_COPIED:.0%} 计为原创，目标 {targets['original_rate_target']:.0%}"
        )
        self._set("original", _rate(summary.original_rate), original_note, original_state)
        tone = summary.average_officialese
        tone_state = (
            "" if tone is None else ("good" if tone < 40 else "fair" if tone < 65 else "poor")
        )
        self._set(
            "tone", NOT_CHECKED if tone is None else str(round(tone)), "越低越平实", tone_state
        )
        gap = summary.longest_gap_days
        if gap is None:
            self._set("gap", "—", "至少两篇有日期的稿件才能计算")
        elif summary.gap_warning:
            self._set(
                "gap", f"{gap} 天", f"已达 {GAP_WARNING_DAYS} 天：检查指标视为长期未更新", "poor"
            )
        else:
            self._set("gap", f"{gap} 天", f"不足 {GAP_WARNING_DAYS} 天", "good")
        self.per_day.set_bars(day_bars(summary))
        tone_bars = [
            Bar(
                r.draft.published_at.strftime("%m-%d") if r.draft.published_at else "—",
                round(r.metrics["officialese"]),
                tone_colour(r.metrics["officialese"]),
                hint=r.draft.title or "无标题",
            )
            for r in sorted(reports, key=lambda r: r.draft.published_at or date.min)
            if r.metrics.get("officialese") is not None
        ]
        self.tone.empty_text = "文风检查未运行"
        self.tone.set_bars(tone_bars, maximum=100)
        covered = "".join(_chip(name, "#2e7d32", "#e3f3e4") for name in summary.topics_covered)
        missed = "".join(_chip(name, "#8a8a8a", "#f0f0f0") for name in summary.topics_missed)
        self.topics.setText(
            "<b>民生话题</b>（调查报告列出的七类）　已覆盖："
            + (covered or "无")
            + "　未覆盖："
            + (missed or "无")
        )
        return summary


def _chip(name: str, colour: str, background: str) -> str:
    return f"<span style='color:{colour}; background:{background};'>&nbsp;{name}&nbsp;</span> "
