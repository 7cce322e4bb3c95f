"""`python -m hub_cli …` (with plugins/ and cli/ on PYTHONPATH: `PYTHONPATH=plugins:cli`)."""

from hub_cli.cli import main

main()
