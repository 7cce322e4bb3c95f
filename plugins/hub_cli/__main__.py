"""`python -m hub_cli …` (with plugins/ on PYTHONPATH)."""

from hub_cli.cli import main

main()
