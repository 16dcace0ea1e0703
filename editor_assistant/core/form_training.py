"""Fitting the form model on the calibration drafts (``resources/calibration/multimedia``).

Used by ``tools/train_multimedia.py`` and by the tests that hold the shipped model to its data;
never at run time. The fit is one-vs-rest logistic regression with an L2 penalty, by plain
gradient descent from zero for a fixed number of steps, so the same drafts always give the same
weights. Honest figures come from leaving one batch of drafts out at a time: each batch was
written by someone who never saw the cues, so a left-out batch stands for drafts nobody has seen.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from editor_assistant.core import cues, form_model
from editor_assistant.core.checks import multimedia
from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import load_rules
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.resources import resource_path
from editor_assistant.core.tone import segmenter

OUTPUTS = (*multimedia.KINDS, form_model.NONE)
L2 = 2.0
STEPS = 400
RATE = 0.5
MIN_DRAFTS = 2  # a word seen in one draft only is that draft's, not a sign of its kind
KEEP = 1e-3  # weights smaller than this change no ranking and are not shipped
COMMON = 0.08  # a word in more drafts than this share says how posts are written, not what


@dataclass(frozen=True)
class Case:
    name: str
    batch: str
    expected: tuple[str, ...]
    service: bool
    text: str


def calibration_dir() -> Path:
    return resource_path("calibration", "multimedia")


def load_cases(folder: Path | None = None) -> list[Case]:
    cases = []
    for path in sorted((folder or calibration_dir()).glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        batch = data["split"]
        cases.append(
            Case(path.name, batch, tuple(data["expected"]), data["service"], data["text"].strip())
        )
    return cases


def fingerprint(folder: Path | None = None) -> str:
    """What the model was fitted on: the drafts, the cues, the code that reads and fits them."""
    digest = hashlib.sha256()
    paths = sorted((folder or calibration_dir()).glob("*.toml"))
    code = [Path(m.__file__) for m in (form_model, multimedia, cues, segmenter)] + [Path(__file__)]
    paths += [resource_path("rules", "multimedia.toml"), *code]
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(importlib.metadata.version("jieba").encode())  # its dictionary splits the words
    return digest.hexdigest()


def case_features(cases: list[Case]) -> list[dict[str, float]]:
    rules = load_rules(multimedia.NAME)
    return [multimedia.read(read_pasted(case.text), rules).features for case in cases]


def targets(cases: list[Case]) -> np.ndarray:
    return np.array(
        [[kind in c.expected for kind in multimedia.KINDS] + [not c.expected] for c in cases],
        dtype=float,
    )


def fit(found: list[dict[str, float]], y: np.ndarray) -> form_model.FormModel:
    counts = Counter(name for row in found for name in row)
    names = sorted(n for n, c in counts.items() if c >= MIN_DRAFTS or not n.startswith("word:"))
    index = {name: i for i, name in enumerate(names)}
    # A draft has a few hundred of the thousands of features: keep only those (row, column,
    # value) triples, so one step of the descent costs the draft's words, not the vocabulary.
    entries = [
        (i, index[name], value)
        for i, row in enumerate(found)
        for name, value in row.items()
        if name in index
    ]
    rows, cols, values = (np.array(part) for part in zip(*entries, strict=True))
    by_column = np.argsort(cols, kind="stable")
    column_starts = np.searchsorted(cols[by_column], np.arange(len(names)))
    row_starts = np.searchsorted(rows, np.arange(len(found)))  # entries come row by row
    weights = np.zeros((len(names), y.shape[1]))
    penalty = np.full(len(names), L2)
    penalty[index["bias"]] = 0.0  # the base rate of a kind is not a weight to shrink
    for _ in range(STEPS):
        logits = np.add.reduceat(values[:, None] * weights[cols], row_starts)
        errors = 1.0 / (1.0 + np.exp(-logits)) - y
        contributions = (values[:, None] * errors[rows])[by_column]
        gradient = np.add.reduceat(contributions, column_starts)
        weights -= RATE * (gradient + penalty[:, None] * weights) / len(found)
    common = frozenset(
        n.removeprefix("word:")
        for n, c in counts.items()
        if n.startswith("word:") and c > COMMON * len(found)
    )
    return form_model.FormModel(OUTPUTS, index, weights, common)


def to_json(model: form_model.FormModel, trained_on: str, figures: dict) -> dict:
    weights = {
        name: [round(float(w), 4) for w in model.weights[row]]
        for name, row in sorted(model.index.items())
        if np.abs(model.weights[row]).max() >= KEEP
    }
    return {
        "format": form_model.FORMAT,
        "kinds": list(model.kinds),
        "trained_on": trained_on,
        "fit": {"l2": L2, "steps": STEPS, "rate": RATE, "min_drafts": MIN_DRAFTS, "common": COMMON},
        "figures": figures,
        "weights": weights,
        "common_words": sorted(model.common),
    }


@dataclass(frozen=True)
class Outcome:
    """How the check does on some drafts: an expected kind in its top three, nothing for none."""

    hits: int
    calling: int
    quiet: int
    quiet_total: int
    missed: tuple[str, ...]

    @staticmethod
    def total(outcomes: Iterable[Outcome]) -> Outcome:
        """The outcomes of several batches as one."""
        parts = list(outcomes)
        return Outcome(
            sum(o.hits for o in parts),
            sum(o.calling for o in parts),
            sum(o.quiet for o in parts),
            sum(o.quiet_total for o in parts),
            tuple(name for o in parts for name in o.missed),
        )

    def as_dict(self) -> dict:
        return {
            "top3": [self.hits, self.calling],
            "quiet": [self.quiet, self.quiet_total],
            "missed": list(self.missed),
        }


def score(cases: list[Case], model: form_model.FormModel | None = None) -> Outcome:
    """Run the whole check (with ``model`` in place of the shipped one) on ``cases``."""
    hits = calling = quiet = quiet_total = 0
    missed = []
    for case in cases:
        kinds = [s.kind for s in suggestions(case, model)][:3]
        if case.expected:
            calling += 1
            hit = bool(set(kinds) & set(case.expected))
            hits += hit
        else:
            quiet_total += 1
            hit = not kinds
            quiet += hit
        if not hit:
            missed.append(case.name)
    return Outcome(hits, calling, quiet, quiet_total, tuple(missed))


def suggestions(case: Case, model: form_model.FormModel | None = None):
    draft = read_pasted(case.text)
    context = CheckContext()  # the default settings, as a new user has them
    if model is None:
        return multimedia.check(draft, context).multimedia
    return multimedia.suggest(draft, context.settings.section(multimedia.NAME), model).multimedia


def _batch_order(batch: str) -> tuple[int, str]:
    """``tune`` first, then holdout, holdout2 … holdout11 in the order they were written."""
    number = batch.removeprefix("holdout")
    return (int(number or 1) if batch != "tune" else 0, batch)


def leave_one_batch_out(cases: list[Case], found: list[dict[str, float]]) -> dict[str, Outcome]:
    """Each batch scored by a model fitted on all the others."""
    y = targets(cases)
    outcomes = {}
    for batch in sorted({c.batch for c in cases}, key=_batch_order):
        inside = [i for i, c in enumerate(cases) if c.batch != batch]
        model = fit([found[i] for i in inside], y[inside])
        outcomes[batch] = score([c for c in cases if c.batch == batch], model)
    return outcomes
