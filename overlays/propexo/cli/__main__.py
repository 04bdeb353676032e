"""`python -m propexo.cli ...`: the `propexo` command without its console script."""

from . import main

main()
