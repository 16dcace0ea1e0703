"""The one exception readers raise: a code for programs and a Chinese reason for people."""

from __future__ import annotations


class ReadError(Exception):
    def __init__(self, path: str, code: str, reason: str):
        super().__init__(f"{path}：{reason}")
        self.path = path
        self.code = code
        self.reason = reason

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self)}
