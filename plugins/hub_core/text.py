"""Text helpers shared by the outputs (calendars, feeds, JSON-LD)."""

import re
import unicodedata

import lxml.html
from markupsafe import Markup

BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html: str | None) -> str:
    """The text of an HTML fragment: tags removed, entities decoded, spaces
    collapsed, one line per paragraph (or list item, heading, line break)."""
    pieces = (Markup(piece).striptags() for piece in BLOCK_END.split(html or ""))
    return "\n".join(piece for piece in pieces if piece)


# How `description` shortens, as Jinja's `truncate` filter does by default: a text longer than
# its length plus the leeway is cut at the last space before `length - len(end)`, and `end` added.
DESCRIPTION_LENGTH = 300
TRUNCATE_LEEWAY = 5  # Jinja's `truncate.leeway` policy
TRUNCATE_END = "..."


def description(summary: str | None, length: int = DESCRIPTION_LENGTH) -> str | None:
    """A page's description (meta description, og:description): the plain text of its summary,
    cut at a word boundary, as `summary|striptags|truncate(300)` writes it; None without a summary.

    Plain text, not HTML: templates escape it when they write it.
    """
    if not summary:
        return None
    text = Markup(str(summary)).striptags()
    if len(text) <= length + TRUNCATE_LEEWAY:
        return text
    return text[: length - len(TRUNCATE_END)].rsplit(" ", 1)[0] + TRUNCATE_END


# Articles a heading may start with, ignored when two headings are compared.
LEADING_ARTICLES = re.compile(r"^(?:l'|le |la |les |un |une |des |the |a |an )")


def heading_key(text: str) -> str:
    """A heading's words for comparison: accents, case, punctuation and a leading article
    ignored (« L'itinéraire » and « Itinéraire » are the same heading)."""
    text = unicodedata.normalize("NFKD", (text or "").replace("’", "'").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = LEADING_ARTICLES.sub("", " ".join(text.split()))
    return re.sub(r"[^\w]+", " ", text).strip()


def has_heading(html: str, text: str) -> bool:
    """Whether the HTML fragment has a heading (h1–h6) saying `text` (see heading_key)."""
    if not html or not text:
        return False
    wanted = heading_key(str(text))
    for element in lxml.html.fragments_fromstring(str(html)):
        if isinstance(element, str):
            continue
        for heading in element.iter("h1", "h2", "h3", "h4", "h5", "h6"):
            if heading_key(heading.text_content()) == wanted:
                return True
    return False
