"""编辑助手: a content-quality assistant for editors of government new-media accounts."""

__version__ = "0.1.0"
