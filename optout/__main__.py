import sys

from optout.cli import main

sys.exit(main())
