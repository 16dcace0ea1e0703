import sys

from editor_assistant.cli import main

sys.exit(main())
