"""Where the sources are read from and where the generated sample data goes."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "tools" / "sample_sources"
OUT = ROOT / "resources" / "samples"
WEEK = OUT / "week"
IMAGES = WEEK / "images"
FEED = OUT / "feed"
