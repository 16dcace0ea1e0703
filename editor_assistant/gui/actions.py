"""Every action of the main window with its menu and keyboard shortcut, in one table.

The window implements ``act_<name>`` for each; the shortcut list in 帮助 is built from here,
so it cannot drift from what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Key = QKeySequence.StandardKey

MENUS = {
    "file": "文件(&F)",
    "edit": "编辑(&E)",
    "view": "视图(&V)",
    "tools": "工具(&T)",
    "help": "帮助(&H)",
}


@dataclass(frozen=True)
class ActionSpec:
    menu: str
    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey
    separator_before: bool = False


ACTIONS = (
    ActionSpec("file", "new", "新建稿件", Key.New),
    ActionSpec("file", "open", "打开稿件…", Key.Open),
    ActionSpec("file", "open_folder", "检查文件夹…", "Ctrl+Shift+O"),
    ActionSpec("file", "paste_new", "粘贴为新稿件", "Ctrl+Shift+V"),
    ActionSpec("file", "export_review", "导出审核单…", "Ctrl+Shift+R", separator_before=True),
    ActionSpec("file", "export_annotated", "导出批注版 Word…", "Ctrl+Shift+E"),
    ActionSpec("file", "export_week", "导出周汇总表与周报告…", "Ctrl+Shift+W"),
    ActionSpec("file", "quit", "退出", "Ctrl+Q", separator_before=True),
    ActionSpec("edit", "undo", "撤销", Key.Undo),
    ActionSpec("edit", "redo", "重做", Key.Redo),
    ActionSpec("edit", "apply_fix", "应用建议", "Ctrl+Return", separator_before=True),
    ActionSpec("edit", "apply_all", "应用全部安全建议", "Ctrl+Shift+Return"),
    ActionSpec("edit", "ignore", "忽略此条", "Ctrl+Shift+I"),
    ActionSpec("edit", "undo_ignore", "撤销上一次忽略", "Ctrl+Alt+Z"),
    ActionSpec("edit", "next_finding", "下一条问题", "F8"),
    ActionSpec("edit", "previous_finding", "上一条问题", "Shift+F8"),
    ActionSpec("edit", "recheck", "立即重新检查", "F5"),
    ActionSpec("view", "show_draft", "稿件", "Ctrl+1"),
    ActionSpec("view", "show_batch", "本周稿件", "Ctrl+2"),
    ActionSpec("view", "show_archive", "往期稿件库", "Ctrl+3"),
    ActionSpec("view", "find", "筛选 / 搜索", Key.Find, separator_before=True),
    ActionSpec("view", "compare", "原创度对照…", "Ctrl+Shift+C"),
    ActionSpec("tools", "cancel", "取消检查或导入", "Esc"),
    ActionSpec("tools", "archive_import", "导入往期稿件…", "Ctrl+Shift+A"),
    ActionSpec("tools", "archive_remove", "移除选中的往期稿件", "Ctrl+Shift+Delete"),
    ActionSpec("tools", "settings", "设置…", "Ctrl+,", separator_before=True),
    ActionSpec("help", "shortcuts", "快捷键一览", "F1"),
    ActionSpec("help", "about", "关于编辑助手", "Shift+F1"),
)


def _sequence(shortcut: str | QKeySequence.StandardKey) -> QKeySequence:
    return QKeySequence(shortcut)


def build_menus(window: QMainWindow) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create the menus and actions; each action calls ``window.act_<name>()``."""
    menus = {key: window.menuBar().addMenu(title) for key, title in MENUS.items()}
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, window)
        action.setShortcut(_sequence(spec.shortcut))
        action.triggered.connect(getattr(window, f"act_{spec.name}"))
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        window.addAction(action)  # shortcuts work even while the menu bar is hidden
        actions[spec.name] = action
    return actions, menus


def shortcut_table() -> str:
    """Rich text listing every action and its keys, for the 快捷键一览 dialog."""
    rows = []
    for menu_key, menu_title in MENUS.items():
        rows.append(f"<tr><td colspan=2><b>{menu_title.split('(')[0]}</b></td></tr>")
        for spec in ACTIONS:
            if spec.menu == menu_key:
                keys = _sequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                rows.append(f"<tr><td>{spec.text}</td><td>&nbsp;&nbsp;{keys}</td></tr>")
    rows.append("<tr><td>粘贴（含 Word、公众号编辑器的图文）</td><td>&nbsp;&nbsp;Ctrl+V</td></tr>")
    return "<table>" + "".join(rows) + "</table>"
