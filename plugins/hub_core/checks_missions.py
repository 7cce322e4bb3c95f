"""Checks across a mission and its trip reports (first version: none yet)."""


def mission_problems(items):
    """Problems of missions: stops outside the dates or out of order, unknown report stops."""
    return []
