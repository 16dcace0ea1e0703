"""argparse's own words (usage, help, errors) in Chinese, like the rest of the command line.

argparse looks its messages up through a module-level gettext function and ships no Chinese
catalogue, so we give it one: the words a user meets in ``--help`` and in usage errors.
"""

from __future__ import annotations

import argparse

_WORDS = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "必须给出其中一个参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "invalid %(type)s value: %(value)r": "%(type)s 值无效：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选 %(choices)s）",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}


def speak_chinese() -> None:
    argparse._ = lambda text: _WORDS.get(text, text)
