"""The checks, one small module each, listed explicitly in ``registry.CHECKS``.

A check module defines ``NAME`` (its rule prefix), ``TITLE`` (Chinese, for views) and
``check(draft, context) -> CheckResult``.
"""
