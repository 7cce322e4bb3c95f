"""Text helpers shared by the outputs (calendars, feeds, JSON-LD)."""

import re

from markupsafe import Markup

BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html):
    """The text of an HTML fragment: tags removed, entities decoded, spaces
    collapsed, one line per paragraph (or list item, heading, line break)."""
    pieces = (Markup(piece).striptags() for piece in BLOCK_END.split(html or ""))
    return "\n".join(piece for piece in pieces if piece)
