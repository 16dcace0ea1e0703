"""Fit the form model of the multimedia check and write resources/models/multimedia.json.

Run it after changing resources/rules/multimedia.toml, the calibration drafts in
resources/calibration/multimedia or editor_assistant/core/form_model.py (a test fails until
then). It prints how each batch of drafts fares under a model fitted on all the other batches —
the figure for drafts nobody has seen — and stores those figures in the model file.

    .venv/bin/python tools/train_multimedia.py
"""

from __future__ import annotations

import json
import sys

from editor_assistant.core import form_training
from editor_assistant.core.atomic import write_atomic
from editor_assistant.core.resources import resource_path


def main() -> int:
    cases = form_training.load_cases()
    found = form_training.case_features(cases)
    outcomes = form_training.leave_one_batch_out(cases, found)
    all_of = form_training.Outcome.total(outcomes.values())
    for batch, outcome in outcomes.items():
        print(
            f"{batch:>9}: top-3 {outcome.hits}/{outcome.calling}, "
            f"nothing-drafts empty {outcome.quiet}/{outcome.quiet_total}  "
            f"missed {' '.join(outcome.missed)}"
        )
    print(
        f"left-out batches: top-3 {all_of.hits}/{all_of.calling} = "
        f"{all_of.hits / all_of.calling:.1%}, nothing-drafts empty {all_of.quiet}/{all_of.quiet_total}"
    )
    model = form_training.fit(found, form_training.targets(cases))
    figures = {
        "drafts": len(cases),
        "left_out_batches": {batch: o.as_dict() for batch, o in outcomes.items()},
    }
    data = form_training.to_json(model, form_training.fingerprint(), figures)
    path = resource_path("models", "multimedia.json")
    path.parent.mkdir(exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    write_atomic(path, text, overwrite=True)
    print(f"wrote {path} ({len(data['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
