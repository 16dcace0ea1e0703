"""Hostile input generated at test time (nothing big is committed)."""
