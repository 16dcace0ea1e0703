"""Tone (文风) analysis for the officialese check: lexicon, structure, readability, score.

Kept out of ``core/checks`` so the check module stays small and the pieces can be tested
and benchmarked one by one. jieba and snownlp are imported on first use, never here.
"""
