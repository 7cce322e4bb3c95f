"""Read calendars with ical.js (Thunderbird's engine) from the tests, through node.

`tests/js/check_ics.mjs` does the reading; see there for the JSON it returns. Tests call
`read_with_icaljs` and fail, never skip, when node or the pinned ical.js is missing.
"""

import json
import shutil
import subprocess
from pathlib import Path

JS_DIR = Path(__file__).resolve().parent / "js"
SCRIPT = JS_DIR / "check_ics.mjs"
INSTALL_HINT = "run `npm ci --prefix tests/js`"


def read_with_icaljs(paths) -> dict:
    """Parse each .ics file with ical.js: {"files": [{"path", "error", "events": [...]}]}."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError(f"ical.js checks need node on PATH, then {INSTALL_HINT}")
    if not (JS_DIR / "node_modules" / "ical.js" / "package.json").is_file():
        raise RuntimeError(f"ical.js is not installed in {JS_DIR}: {INSTALL_HINT}")
    completed = subprocess.run(
        [node, str(SCRIPT), *(str(path) for path in paths)],
        capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"{SCRIPT.name} failed (exit code {completed.returncode}): {completed.stderr.strip()}"
        )
    return json.loads(completed.stdout)
