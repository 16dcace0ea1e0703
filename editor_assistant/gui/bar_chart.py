"""A small bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str = "#4a78b5"
    text: str = ""  # shown above the bar; the value when empty
    hint: str = ""  # the tooltip's name for the bar; the label when empty


class BarChart(QWidget):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.maximum: float | None = None
        self.empty_text = "暂无数据"
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def set_bars(self, bars: list[Bar], maximum: float | None = None) -> None:
        self.bars, self.maximum = list(bars), maximum
        self.setToolTip(
            "\n".join(f"{b.hint or b.label}：{b.text or _format(b.value)}" for b in self.bars)
        )
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, line + 10, -8, -(line + 8))
        painter.setPen(QColor("#333"))
        painter.drawText(
            QRectF(8, 4, self.width() - 16, line + 4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        if not self.bars:
            painter.setPen(QColor("#888"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        top = max(self.maximum or 0, *(b.value for b in self.bars)) or 1
        slot = area.width() / len(self.bars)
        width = min(slot * 0.7, 48)
        painter.setPen(QPen(QColor("#ccc"), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        widest = max(metrics.horizontalAdvance(b.label + "  ") for b in self.bars)
        label_every = max(1, int(len(self.bars) * widest / area.width()) + 1)
        for index, bar in enumerate(self.bars):
            centre = area.left() + slot * (index + 0.5)
            height = (area.height() - line) * bar.value / top
            rect = QRectF(centre - width / 2, area.bottom() - height, width, height)
            painter.fillRect(rect, QColor(bar.colour))
            painter.setPen(QColor("#333"))
            above = QRectF(centre - slot / 2, rect.top() - line - 2, slot, line)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, bar.text or _format(bar.value))
            if index % label_every == 0:
                below = QRectF(
                    centre - slot * label_every / 2, area.bottom() + 4, slot * label_every, line
                )
                painter.setPen(QColor("#555"))
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, bar.label)


def _format(value: float) -> str:
    return str(round(value)) if float(value).is_integer() else f"{value:.1f}"
