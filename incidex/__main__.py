"""`python -m incidex`: the same as the `incidex` command."""

import sys

from incidex.cli import main

sys.exit(main())
