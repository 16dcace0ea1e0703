"""Entry point of the frozen app: with no arguments (a double-click) it opens the window."""

import sys

from editor_assistant.cli import main

sys.exit(main(sys.argv[1:] or ["gui"]))
