"""Checks across the parts of blog series (first version: none yet)."""


def series_problems(items):
    """Problems of series: parts numbered twice, gaps, a title spelled differently."""
    return []
