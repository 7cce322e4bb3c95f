"""`hub translate FILE`: start the English translation of a French content file.

The new file sits beside the original (`diner-rimouski.md` -> `diner-rimouski-en.md`) and is the
original with, at the top of its front matter, `lang: en`, the original's `slug` (so that both
are one item; a mission's slug is its folder) and `status: draft`: nothing in French is published
as English before an editor has translated it and removed that line. `tags` are left out: a
translation shares its original's (tag pages are in French). Everything else is copied as written
(comments and layout included), for the editor to translate in place.
"""

import re
from pathlib import Path

from hub_core.i18n import N_, words

# The comment at the top of the draft, in the language of hub's messages.
NOTE = N_("À traduire en anglais : title, summary, image_alt, les textes et le corps ; retirez ensuite « status: draft » pour publier.")
TOP_LEVEL = {name: re.compile(rf"^{name}\s*:") for name in ("lang", "slug", "status", "tags")}
CONTINUED = re.compile(r"^(\s|-\s|-$)")  # a line that continues the field above (a block list, sub-fields)


def translation_path(path):
    """`content/events/x.md` -> `content/events/x-en.md`."""
    path = Path(path)
    return path.with_name(f"{path.stem}-en{path.suffix}")


def translation_text(text, slug, content_type, lang="fr"):
    """The text of the translation's file: the original's, marked English, same slug, draft;
    its note to the translator in `lang`."""
    lines = text.splitlines(keepends=True)
    start = 1 if lines and lines[0].strip() == "---" else None
    if start is None:
        raise ValueError("no_front_matter")
    end = next((i for i in range(start, len(lines)) if lines[i].rstrip("\r\n") == "---"), None)
    if end is None:
        raise ValueError("unclosed_front_matter")
    kept, dropping = [], False
    for line in lines[start:end]:
        if any(p.match(line) for p in TOP_LEVEL.values()):
            dropping = True
        elif not (dropping and CONTINUED.match(line)):
            dropping = False
            kept.append(line)
    added = [f"# {words(lang, NOTE)}\n", "lang: en\n"]
    if content_type != "mission":
        added.append(f"slug: {slug}\n")
    added.append("status: draft\n")
    return "".join([lines[0], *added, *kept, *lines[end:]])
