"""Build the sample data under resources/samples/ from the sources in tools/sample_sources/.

Run from the repository root:

    python tools/build_samples.py

Outputs (all deterministic, rebuilt from scratch on every run):

* resources/samples/feed/past_feed.jsonl and past_feed.csv - the archive of past feed articles
* resources/samples/week/ - 13 drafts of one week (txt in four encodings, md, docx, html)
* resources/samples/week/images/ - the pictures (drawn with Pillow, fixed random seeds)
* resources/samples/week/README.md - the manifest of the week
* resources/samples/expectations.json - machine-readable facts per draft, used by the tests

The source formats are described in tools/samples/feed.py and tools/samples/drafts.py.

Needs Pillow and python-docx. Chinese text on the pictures is drawn with the WenQuanYi Micro Hei font
(apt package fonts-wqy-microhei); without it the pictures are drawn without text, so their bytes differ.
The build ends with self-checks (image counts read back from the written files, ID/bank-card check
digits, copied passages present, encodings, lengths) and fails loudly if a fact would be wrong.
"""

import sys

# Run as a script, this file's folder (tools/) is first on sys.path, so the package imports as is.
from samples.build import main

if __name__ == "__main__":
    sys.exit(main())
