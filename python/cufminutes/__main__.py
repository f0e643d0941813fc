"""``python -m cufminutes``: the same command line as ``cufminutes``."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
