"""JSON inside an HTML `<script>` element (JSON-LD), safe from the text it carries."""

import json
from typing import TypeAlias

from markupsafe import Markup

# What could end the <script> element or open a comment in it, and two line
# terminators that old JavaScript refuses raw in strings.
_SCRIPT_ESCAPES = {c: f"\\u{ord(c):04x}" for c in "<>&\u2028\u2029"}

# A JSON document: what json.dumps writes (JSON-LD, data files).
JSON: TypeAlias = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None


def script_json(data: object) -> Markup:
    """`data` as JSON safe inside `<script type="application/ld+json">`, deterministic.

    `<`, `>`, `&`, U+2028 and U+2029 are written as `\\uXXXX` escapes: they can only occur
    inside JSON strings, where the escape means the same character, so the value parses back
    unchanged while editor text such as `</script>` or `<!--` cannot end the element.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for character, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(character, escape)
    return Markup(text)


def prune(value: JSON) -> JSON:
    """Drop None, empty strings, lists and dicts, at every depth (JSON-LD omits unknowns)."""
    if isinstance(value, dict):
        pruned = {key: prune(item) for key, item in value.items()}
        return {key: item for key, item in pruned.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        kept = [prune(item) for item in value]
        return [item for item in kept if item not in (None, "", [], {})]
    return value
