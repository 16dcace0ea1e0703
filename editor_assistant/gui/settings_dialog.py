"""Settings: rule switches, thresholds and profiles, word lists, archive location, ignores.

The form is built from the settings themselves (shipped defaults merged with the user's
file), so a threshold a check adds to defaults.toml shows up here without GUI changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_assistant.core import paths
from editor_assistant.core.atomic import WriteError
from editor_assistant.core.ignores import IgnoreStore
from editor_assistant.core.profiles import ProfileError, available_profiles
from editor_assistant.core.registry import CHECKS
from editor_assistant.core.settings import Settings, SettingsError
from editor_assistant.gui import user_settings
from editor_assistant.gui.labels import category_name, rule_name, setting_label
from editor_assistant.gui.toml_writer import TomlWriteError

# Sections with a tab of their own rather than the generic threshold form.
_OWN_TABS = {"rules", "account", "archive", "profile"}


def _is_word_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class SettingsDialog(QDialog):
    """``saved`` holds the new Settings after the user pressed OK and the file was written."""

    def __init__(self, settings: Settings, ignores: IgnoreStore, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("设置")
        self.resize(720, 560)
        self.settings, self.ignores = settings, ignores
        self.saved: Settings | None = None
        self.path = user_settings.user_file(settings)
        self.editors: dict[tuple[str, str], tuple[QWidget, type]] = {}
        tabs = QTabWidget()
        tabs.addTab(self._rules_tab(), "规则开关")
        tabs.addTab(_scroll(self._threshold_tab()), "阈值与方案")
        tabs.addTab(_scroll(self._word_list_tab()), "词表与列表")
        tabs.addTab(self._archive_tab(), "单位与稿件库")
        tabs.addTab(self._ignore_tab(), "忽略列表")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.initial = self._field_values()
        where = QLabel(f"保存到：{self.path}")
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)

    # --- tabs --------------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("取消勾选即停用整项检查；也可在下方按规则编号停用单条规则。"))
        disabled = list(self.settings.section("rules").get("disabled", []))
        self.check_boxes: dict[str, QCheckBox] = {}
        for module in CHECKS:
            box = QCheckBox(f"{module.TITLE}（{module.NAME}）")
            box.setChecked(module.NAME not in disabled)
            self.check_boxes[module.NAME] = box
            layout.addWidget(box)
        others = [rule for rule in disabled if rule not in self.check_boxes]
        self.disabled_rules = QPlainTextEdit("\n".join(others))
        self.disabled_rules.setPlaceholderText("每行一个规则编号，如 officialese.cliche")
        layout.addWidget(QLabel("停用的单条规则："))
        layout.addWidget(self.disabled_rules, 1)
        return page

    def _threshold_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        data = self.settings.data
        self.profile = QComboBox()
        self.profile.addItem("（不使用，按默认值）", "")
        for info in available_profiles():
            self.profile.addItem(f"{info.title}（{info.name}）", info.name)
            self.profile.setItemData(
                self.profile.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole
            )
        self.profile.setCurrentIndex(max(0, self.profile.findData(data.get("profile", ""))))
        form.addRow("省市方案", self.profile)
        for section, values in data.items():
            if section in _OWN_TABS or not isinstance(values, dict):
                continue
            fields = {k: v for k, v in values.items() if isinstance(v, bool | int | float | str)}
            if not fields:
                continue
            form.addRow(QLabel(f"<b>{category_name(section)}</b>（[{section}]）"))
            for key, value in fields.items():
                form.addRow(setting_label(section, key), self._field(section, key, value))
        return page

    def _field(self, section: str, key: str, value: Any) -> QWidget:
        if isinstance(value, bool):
            widget = QCheckBox()
            widget.setChecked(value)
        elif isinstance(value, int):
            widget = QSpinBox()
            widget.setRange(-1_000_000_000, 1_000_000_000)
            widget.setValue(value)
        elif isinstance(value, float):
            widget = QDoubleSpinBox()
            widget.setDecimals(3)
            widget.setRange(-1e9, 1e9)
            widget.setValue(value)
        else:
            widget = QLineEdit(value)
        self.editors[(section, key)] = (widget, type(value))
        return widget

    def _word_list_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            QLabel("每行一个词语。用于各项检查的自定义词表（例如本单位的敏感词、常用套话）。")
        )
        for section, values in self.settings.data.items():
            if section in _OWN_TABS or not isinstance(values, dict):
                continue
            for key, value in values.items():
                if _is_word_list(value):
                    editor = QPlainTextEdit("\n".join(value))
                    editor.setFixedHeight(90)
                    self.editors[(section, key)] = (editor, list)
                    form.addRow(f"{category_name(section)} · {setting_label(section, key)}", editor)
        return page

    def _archive_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        account = self.settings.section("account")
        for key, label in (("name", "公众号名称"), ("unit", "主办单位")):
            form.addRow(label, self._field("account", key, str(account.get(key, ""))))
        location = self.settings.section("archive").get("path") or ""
        self.archive_path = QLineEdit(location)
        self.archive_path.setPlaceholderText(f"默认：{paths.default_archive_file()}")
        browse = QPushButton("选择…")
        browse.clicked.connect(self._choose_archive)
        row = QHBoxLayout()
        row.addWidget(self.archive_path, 1)
        row.addWidget(browse)
        form.addRow("往期稿件库文件", row)
        return page

    def _choose_archive(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            "往期稿件库文件",
            self.archive_path.text() or str(paths.default_archive_file()),
            "SQLite 数据库 (*.sqlite3 *.db)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.archive_path.setText(chosen)

    def _ignore_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.ignored = QListWidget()
        ignored_keys = self.ignores.keys()  # IgnoreStore's own method, not a dict
        for key in ignored_keys:
            draft, rule, passage = key
            item = QListWidgetItem(f"{rule_name(rule)}：“{passage or '全文'}” — {Path(draft).name}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.ignored.addItem(item)
        restore = QPushButton("恢复选中的提示")
        restore.clicked.connect(self._restore_ignored)
        layout.addWidget(QLabel("被“忽略此条”隐藏的提示；恢复后重新检查时会再次出现。"))
        layout.addWidget(self.ignored, 1)
        layout.addWidget(restore)
        return page

    def _restore_ignored(self) -> None:
        for item in self.ignored.selectedItems() or [self.ignored.currentItem()]:
            if item is not None:
                self.ignores.remove(*item.data(Qt.ItemDataRole.UserRole))
                self.ignored.takeItem(self.ignored.row(item))

    # --- saving ------------------------------------------------------------------------------
    def _field_values(self) -> dict[tuple[str, str], Any]:
        """Every value the dialog shows, keyed by (section, key); "" is the top level."""
        disabled = [name for name, box in self.check_boxes.items() if not box.isChecked()]
        lines = self.disabled_rules.toPlainText().splitlines()
        disabled += [line.strip() for line in lines if line.strip()]
        values: dict[tuple[str, str], Any] = {
            ("rules", "disabled"): list(dict.fromkeys(disabled)),
            ("archive", "path"): self.archive_path.text().strip(),
            ("", "profile"): self.profile.currentData(),
        }
        for (section, key), (widget, kind) in self.editors.items():
            if kind is bool:
                value = widget.isChecked()
            elif kind in (int, float):
                value = kind(widget.value())
            elif kind is list:
                value = [w.strip() for w in widget.toPlainText().splitlines() if w.strip()]
            else:
                value = widget.text().strip()
            values[(section, key)] = value
        return values

    def edited_values(self) -> dict[str, Any]:
        """Only what the user changed: a value shown from a profile is not pinned by saving."""
        edited: dict[str, Any] = {}
        for (section, key), value in self._field_values().items():
            if value != self.initial[(section, key)]:
                (edited.setdefault(section, {}) if section else edited)[key] = value
        return edited

    def accept(self) -> None:
        try:
            self.saved = user_settings.save(self.path, self.edited_values())
        except (WriteError, TomlWriteError, ProfileError, SettingsError, OSError) as exc:
            QMessageBox.warning(self, "无法保存设置", str(exc))
            return
        super().accept()
